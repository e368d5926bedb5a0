"""Template tags for the desk's front page (admin/index.html); the figures come from articles.desk.dashboard."""

from django import template

from articles.desk.dashboard import scheduled_summary as _scheduled_summary

register = template.Library()


@register.simple_tag
def scheduled_summary():
    return _scheduled_summary()
