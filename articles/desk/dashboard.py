"""What the desk's front page (the admin index) shows above the models: articles waiting for their time."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

from articles.domain.models import Article

UPCOMING_SHOWN = 5


@dataclass
class Upcoming:
    headline: str
    when: str
    change_url: str


@dataclass
class ScheduledSummary:
    count: int
    upcoming: list[Upcoming]
    list_url: str


def scheduled_summary() -> ScheduledSummary:
    """How many articles are scheduled (published, their time still to come), the next few of
    them with their times in the newsroom's zone, and the article list filtered to them."""
    scheduled = Article.objects.scheduled()
    upcoming = [
        Upcoming(
            article.headline,
            f"{timezone.localtime(article.published_at):%a %d %b %Y, %H:%M %Z (%z)}",
            reverse("admin:articles_article_change", args=[article.pk]),
        )
        for article in scheduled.order_by("published_at", "pk").only("headline", "published_at")[:UPCOMING_SHOWN]
    ]
    count = len(upcoming) if len(upcoming) < UPCOMING_SHOWN else scheduled.count()
    return ScheduledSummary(count, upcoming, reverse("admin:articles_article_changelist") + "?publication=scheduled")
