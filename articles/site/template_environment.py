"""The Jinja2 environment of the reader pages (articles/jinja2/).

Reader pages are rendered with Jinja2, through Django's own Jinja2 backend: the article page
is rendered thousands of times a second at a traffic peak, and Jinja2 compiles templates to
Python, several times faster than the Django template language. The admin and Django's own
pages keep the Django template language. Autoescaping is on (the backend's default), and the
helpers here are the ones the Django templates had: static files, URL reversing, Django's date
formats, and Django's word and character truncation.
"""

from __future__ import annotations

import functools

from django.core.signals import setting_changed
from django.templatetags.static import static
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.dates import MONTHS
from django.utils.text import Truncator
from jinja2 import Environment

from articles.site import pictures

# A static file's URL (hashed from the manifest in production) is the same for the life of the
# process, and every page looks two up (ManifestStaticFilesStorage.url joins and quotes each time).
static_url = functools.lru_cache(maxsize=64)(static)


def _forget_static_urls(*, setting, **kwargs):
    if setting in ("STATIC_URL", "STATIC_ROOT", "STORAGES"):
        static_url.cache_clear()


setting_changed.connect(_forget_static_urls)


def url(name: str, *args, **kwargs) -> str:
    return reverse(name, args=args or None, kwargs=kwargs or None)


def date(value, format_string: str) -> str:
    """Django's `date` filter: the value in the current time zone, in a Django date format."""
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    if format_string == "c":  # ISO 8601, in every <time datetime>: isoformat() is what "c" does, faster
        return value.isoformat()
    if format_string == "j F Y":  # every card's and quote's date: what dateformat makes of it, faster
        return f"{value.day} {MONTHS[value.month]} {value.year:04d}"
    return dateformat.format(value, format_string)


def truncatewords(value, count: int) -> str:
    return Truncator(value).words(count, truncate=" …")


def truncatechars(value, length: int) -> str:
    return Truncator(value).chars(length)


def environment(**options) -> Environment:
    env = Environment(**options)
    env.globals.update(static=static_url, url=url)
    env.globals.update(
        picture=pictures.picture_html,
        figure=pictures.figure_html,
        share_image=pictures.share_meta_html,
        prefetched_image=pictures.prefetched_image,
    )
    env.filters.update(date=date, truncatewords=truncatewords, truncatechars=truncatechars)
    return env
