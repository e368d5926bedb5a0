"""The anonymous page cache, and the one rule that invalidates it.

Readers without a session cookie get whole public pages from the cache for
NEWSROOM_PAGE_CACHE_SECONDS. Anyone with a session (staff) always gets a fresh page, and
responses marked private (previews, the admin) are never stored.

Invalidation is by generation: every cached page's key carries the current content
generation, and any change to an article, person, quote or correction bumps it, so every page
that could show the change (article, home, person, quote, feeds, sitemaps, search, API) is
rebuilt on its next request. Scheduled articles need no write to appear: a page is never kept
past the next scheduled publication time.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.db import transaction
from django.utils import timezone
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_http_date_safe

GENERATION_KEY = "newsroom:pages:generation"
NOT_CACHED_PREFIXES = ("/admin/", "/preview/", "/static/")
STALE_WHILE_REVALIDATE = 30
STALE_IF_ERROR = 24 * 3600


def page_cache():
    return caches["default"]


def current_generation() -> int:
    generation = page_cache().get(GENERATION_KEY)
    if generation is None:
        page_cache().add(GENERATION_KEY, 1, timeout=None)
        generation = page_cache().get(GENERATION_KEY, 1)
    return generation


def bump_generation() -> None:
    try:
        page_cache().incr(GENERATION_KEY)
    except ValueError:  # the key expired or was evicted: any new value retires old pages
        page_cache().set(GENERATION_KEY, int(timezone.now().timestamp()), timeout=None)


def fetch_current(key: str):
    """(generation, value): the value stored under `key` if it was stored under the current
    content generation, else None; one cache round trip, the generation fetched with it."""
    found = page_cache().get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY) or current_generation()
    stored = found.get(key)
    return generation, (stored[1] if stored is not None and stored[0] == generation else None)


def store_current(key: str, generation: int, value, timeout=DEFAULT_TIMEOUT) -> None:
    """Store `value` for `generation`: the one read before building it, so that a change made
    meanwhile leaves it already stale."""
    page_cache().set(key, (generation, value), timeout)


def content_changed(**kwargs) -> None:
    """Signal receiver: retire every cached page now, and again when the transaction commits
    (a page rebuilt in between could otherwise cache the state before the commit)."""
    bump_generation()
    transaction.on_commit(bump_generation)


def _seconds_until_next_scheduled() -> int | None:
    from articles.models import Article

    moment = Article.objects.scheduled().order_by("published_at").values_list("published_at", flat=True).first()
    if moment is None:
        return None
    return max(1, int((moment - timezone.now()).total_seconds()))


class AnonymousPageCacheMiddleware:
    """First in MIDDLEWARE, so a hit is answered before any other middleware runs. A stored
    page keeps every header the inner middleware gave it when it was built (security headers,
    CSP, ETag, Last-Modified); a hit still answers conditional GETs with 304.

    One cache round trip per request: the generation and the page are fetched together, and a
    page stored under an older generation is a miss.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.NEWSROOM_PAGE_CACHE_SECONDS
        if not seconds or not self._cacheable_request(request):
            return self.get_response(request)

        key = self._key(request)
        generation, stored = fetch_current(key)
        if stored is not None:
            return self._from_stored(request, stored)

        response = self.get_response(request)
        if self._cacheable_response(response):
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=seconds,
                stale_while_revalidate=STALE_WHILE_REVALIDATE,
                stale_if_error=STALE_IF_ERROR,
            )
            timeout = seconds
            until_scheduled = _seconds_until_next_scheduled()
            if until_scheduled is not None:
                timeout = min(timeout, until_scheduled)
            if hasattr(response, "render") and callable(response.render):
                response.render()
            # Plain data, not the response object: unpickling a whole HttpResponse costs more.
            store_current(key, generation, (response.content, list(response.items())), timeout)
            response.headers["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _from_stored(request, stored):
        content, headers = stored
        response = HttpResponse(content, headers=dict(headers))
        last_modified = response.get("Last-Modified")
        response = get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=last_modified and parse_http_date_safe(last_modified),
            response=response,
        )
        response.headers["X-Page-Cache"] = "hit"
        return response

    @staticmethod
    def _cacheable_request(request) -> bool:
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(NOT_CACHED_PREFIXES)
        )

    @staticmethod
    def _cacheable_response(response) -> bool:
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in cache_control
            and "no-store" not in cache_control
        )

    @staticmethod
    def _key(request) -> str:
        url = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
        return f"newsroom:page:{request.method}:{url}"
