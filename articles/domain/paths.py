"""The reader site's addresses of articles, people, authors, sections, tags and quotes: what
`reverse()` gives, built by concatenation.

`reverse()` costs ~20 µs a call, and a list page asks for one to three addresses per item. What
comes before and after the slug (or id) in each address is found once per script prefix and
URLconf, by reversing a placeholder; an item's address is then that head, its slug and that
tail. A slug Django's `slug` path converter would not accept (or an id its `int` converter
would not) goes through `reverse()` itself, so it fails exactly as before (NoReverseMatch)
instead of becoming a link that leads nowhere. Slugs and ids that are accepted are ASCII
letters, digits, "-" and "_", which `reverse()` leaves as they are (no percent-encoding).
"""

from __future__ import annotations

import functools
import re

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

# What django.urls.converters' SlugConverter and IntConverter accept.
_SLUG = re.compile(r"[-a-zA-Z0-9_]+")
_INT = re.compile(r"[0-9]+")
_SLUG_PLACEHOLDER = "newsroom-path-placeholder"
_INT_PLACEHOLDER = 918273645

# URL name -> the keyword argument naming the item, its placeholder, and what its converter accepts.
_ROUTES = {
    "articles:detail": ("slug", _SLUG_PLACEHOLDER, _SLUG),
    "articles:person": ("slug", _SLUG_PLACEHOLDER, _SLUG),
    "articles:author": ("slug", _SLUG_PLACEHOLDER, _SLUG),
    "articles:section": ("slug", _SLUG_PLACEHOLDER, _SLUG),
    "articles:tag": ("slug", _SLUG_PLACEHOLDER, _SLUG),
    "articles:quote": ("pk", _INT_PLACEHOLDER, _INT),
}


@functools.lru_cache(maxsize=16)
def _affixes(script_prefix: str, urlconf) -> dict[str, tuple[str, str]]:
    """Each route's address before and after the item, for this script prefix and URLconf
    (reverse() reads both from the current thread; the arguments are the cache's key)."""
    affixes = {}
    for name, (keyword, placeholder, _) in _ROUTES.items():
        path = reverse(name, kwargs={keyword: placeholder}, urlconf=urlconf)
        head, found, tail = path.rpartition(str(placeholder))
        if not found:  # pragma: no cover - a URLconf that rewrites its argument
            raise ValueError(f"{name}: {path!r} does not hold its argument as given")
        affixes[name] = (head, tail)
    return affixes


def _path(name: str, value) -> str:
    keyword, _, accepted = _ROUTES[name]
    text = str(value)
    if accepted.fullmatch(text) is None:
        return reverse(name, kwargs={keyword: value})
    head, tail = _affixes(get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)[name]
    return head + text + tail


def article(slug) -> str:
    """reverse("articles:detail", kwargs={"slug": slug})"""
    return _path("articles:detail", slug)


def person(slug) -> str:
    """reverse("articles:person", kwargs={"slug": slug})"""
    return _path("articles:person", slug)


def author(slug) -> str:
    """reverse("articles:author", kwargs={"slug": slug})"""
    return _path("articles:author", slug)


def section(slug) -> str:
    """reverse("articles:section", kwargs={"slug": slug})"""
    return _path("articles:section", slug)


def tag(slug) -> str:
    """reverse("articles:tag", kwargs={"slug": slug})"""
    return _path("articles:tag", slug)


def quote(pk) -> str:
    """reverse("articles:quote", kwargs={"pk": pk})"""
    return _path("articles:quote", pk)
