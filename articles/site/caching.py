"""The anonymous page cache, and the one rule that invalidates it.

Readers without a session cookie get whole public pages from the cache for
NEWSROOM_PAGE_CACHE_SECONDS. Anyone with a session (staff) always gets a fresh page, and
responses marked private (previews, the admin) are never stored.

Invalidation is by generation: every cached page's key carries the current content
generation, and any change to an article, person, quote or correction bumps it, so every page
that could show the change (article, home, person, quote, feeds, sitemaps, search, API) is
rebuilt on its next request. Scheduled articles need no write to appear: a page is never kept
past the next scheduled publication time.

The generation must be the same for every process that serves pages or changes content (each
gunicorn worker, `import_seeds`, a shell), or a change made in one is never seen by the others.
With a shared cache (Redis in production) it is a key in that cache, fetched with the page in
one round trip. With the default per-process memory cache it is a counter in a small file under
NEWSROOM_STATE_DIR that every process on the machine maps into memory (`FileClock`): reading it
costs no system call, and a change made by any process retires every process's pages at once.
"""

from __future__ import annotations

import fcntl
import hashlib
import math
import mmap
import os
import struct
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_http_date_safe, urlencode

GENERATION_KEY = "newsroom:pages:generation"
NOT_CACHED_PREFIXES = ("/admin/", "/preview/", "/static/")
STALE_WHILE_REVALIDATE = 30
STALE_IF_ERROR = 24 * 3600
CLOCK_FILE_NAME = "content-generation"
# Every query parameter a public page reads (lists, cursors, search, sitemap and API pages); a
# test checks the views read no other. Any other parameter is left out of the cache key.
KEY_PARAMETERS = frozenset({"page", "before", "after", "q", "p", "page_size"})


def page_cache():
    return caches["default"]


class CacheClock:
    """The generation as a key of the shared cache, read with the page in one round trip."""

    def read_with(self, key: str):
        found = page_cache().get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY)
        if generation is None:
            page_cache().add(GENERATION_KEY, time.time_ns(), timeout=None)
            generation = page_cache().get(GENERATION_KEY)
        return generation, found.get(key)

    def advance(self) -> None:
        # A new unique value rather than incr(): two concurrent advances can never leave one
        # generation standing for two different states of the content.
        page_cache().set(GENERATION_KEY, time.time_ns(), timeout=None)


class FileClock:
    """The generation in an 8-byte file that every process on this machine maps into memory.

    Readers take the value from the shared mapping (no system call); writers take an exclusive
    lock on the file and store a value greater than both the old one and the current time, so
    the generation never goes back, even if the file is lost.
    """

    def __init__(self, path: Path):
        self.path = path
        self._map = None
        self._fd = None

    def _mapped(self):
        if self._map is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if os.fstat(fd).st_size < 8:
                os.ftruncate(fd, 8)
            self._map, self._fd = mmap.mmap(fd, 8), fd
        return self._map

    def read(self) -> int:
        return struct.unpack_from("<Q", self._mapped())[0]

    def read_with(self, key: str):
        return self.read(), page_cache().get(key)

    def advance(self) -> None:
        mapped = self._mapped()
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            struct.pack_into("<Q", mapped, 0, max(self.read() + 1, time.time_ns()))
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)


_file_clocks: dict[Path, FileClock] = {}


def content_clock():
    """A file clock when the page cache is per-process memory, else the shared cache's key."""
    if isinstance(page_cache(), LocMemCache):
        path = Path(settings.NEWSROOM_STATE_DIR) / CLOCK_FILE_NAME
        if path not in _file_clocks:
            _file_clocks[path] = FileClock(path)
        return _file_clocks[path]
    return CacheClock()


def bump_generation() -> None:
    content_clock().advance()


def fetch_current(key: str):
    """(generation, value): the value stored under `key` if it was stored under the current
    content generation, else None; at most one cache round trip."""
    generation, stored = content_clock().read_with(key)
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


def _seconds_until_next_scheduled() -> float | None:
    from articles.domain.models import Article

    moment = Article.objects.scheduled().order_by("published_at").values_list("published_at", flat=True).first()
    if moment is None:
        return None
    return max(0.0, (moment - timezone.now()).total_seconds())


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
        if stored is not None and time.time() < stored[2]:
            return self._from_stored(request, stored)

        response = self.get_response(request)
        if self._cacheable_response(response):
            timeout = seconds
            until_scheduled = _seconds_until_next_scheduled()
            if until_scheduled is not None:
                timeout = min(timeout, until_scheduled)
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=int(timeout),
                stale_while_revalidate=STALE_WHILE_REVALIDATE,
                stale_if_error=STALE_IF_ERROR,
            )
            if hasattr(response, "render") and callable(response.render):
                response.render()
            # Plain data, not the response object: unpickling a whole HttpResponse costs more.
            # The page is good until the next scheduled article is due (checked on every hit, to
            # the second; the cache's own expiry only frees the memory).
            page = (response.content, list(response.items()), time.time() + timeout)
            store_current(key, generation, page, max(1, math.ceil(timeout)))
            response.headers["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _from_stored(request, stored):
        content, headers, _ = stored
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
        """The page's address with only the query parameters public pages read, in a fixed order:
        `?x=random` (or a reordered query) finds the same entry instead of minting a new one."""
        params = sorted(
            (name, value) for name, values in request.GET.lists() if name in KEY_PARAMETERS for value in values
        )
        address = f"{request.scheme}://{request.get_host()}{request.path}?{urlencode(params)}"
        return f"newsroom:page:{request.method}:{hashlib.sha256(address.encode()).hexdigest()}"
