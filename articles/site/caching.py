"""The anonymous page cache, and targeted invalidation by surrogate keys.

Readers without a session cookie get whole public pages from the cache for
NEWSROOM_PAGE_CACHE_SECONDS. Anyone with a session (staff) always gets a fresh page, and
responses marked private (previews, the admin) are never stored.

Invalidation is by surrogate key. A view declares what its page shows with
`depends_on(request, "article:12", "person:3", ...)`; every page also depends on EVERYTHING
(retired by bulk writes that send no model signal) and NAVIGATION (the masthead). A change
retires only the keys `articles.site.invalidation.keys_for` maps it to. Each key hashes to two
slots of a bounded table of versions (SLOTS entries, so nothing grows without bound); a page is
stored with the versions of its keys' slots, read before it was built, and stays valid while at
least one slot of each of its keys is unchanged. Retiring a key changes both of its slots; a
page is rebuilt needlessly only if other keys hit both slots of one of its keys (a collision on
one slot, about one in a few hundred for a page and an edit with one slot per key, retires
nothing).
Scheduled articles need no write to appear: a page is never kept past the time of a scheduled
article it will show (articles.site.invalidation.Schedule).

The table must be the same for every process that serves pages or changes content (each
gunicorn worker, `import_seeds`, a shell):

- With the default per-process memory cache it is a file under NEWSROOM_STATE_DIR that every
  process on the machine maps into memory (`FileVersions`): reading it costs no system call.
- With Redis (production) it is one Redis string (`RedisVersions`: a clock, an epoch and
  SLOTS 32-bit counters, changed atomically by a Lua script). Each process keeps a copy and
  refreshes it at most every SYNC_SECONDS (one small read; the whole table only when its clock
  moved), so a change is seen by every worker well within a second and most requests cost no
  round trip: pages are served from a small per-process first level (FIRST_LEVEL_PAGES, LRU)
  checked against that copy, then from Redis.

A page in the first level remembers the table's clock when it was last found current: while the
clock stands still (no change anywhere) it is served without reading its keys' versions.

Values kept apart from pages (`fetch_current`/`store_current`: an article's lookup, its story,
the masthead; and `fetch_many`/`store_many` for a list's items: articles.site.fragments) are
stored the same way, with the versions of their keys, and also stay in a per-process first level
(FIRST_LEVEL_VALUES), checked against the table like those read from the cache (and, like
pages there, not checked again while the clock stands still): a page rebuilt after a change
elsewhere reads what it keeps without a round trip.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import math
import mmap
import os
import pickle
import secrets
import struct
import threading
import time
import weakref
from collections import OrderedDict
from pathlib import Path

import redis
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from django.http import HttpResponse, QueryDict
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_http_date_safe, urlencode

NOT_CACHED_PREFIXES = ("/admin/", "/preview/", "/static/")
STALE_WHILE_REVALIDATE = 30
STALE_IF_ERROR = 24 * 3600
VERSIONS_FILE_NAME = "page-versions"
# (Renamed when the layout of kept entries changes: a new table has a new epoch, which retires
# every entry kept by the release before.)
VERSIONS_KEY = "newsroom:pages:versions:3"
SLOTS = 16_384
# One more slot, outside those keys hash to, for a value shared by every process (see set_version).
STATE_SLOT = SLOTS
SYNC_SECONDS = 0.1
FIRST_LEVEL_PAGES = 256
# Kept values (lookups, stories, the masthead, a list's cards and quote items) this process keeps
# as read or built, checked against the version table like those read from the cache, so most
# pages cost no cache round trip.
FIRST_LEVEL_VALUES = 2048
# Keys every page depends on.
EVERYTHING = "*"
NAVIGATION = "nav"
# The key of pages whose views declare nothing (see default_keys): every change retires them.
ANY = "any"
# Every query parameter a public page reads (lists, cursors, search, sitemap and API pages); a
# test checks the views read no other. Any other parameter is left out of the cache key.
KEY_PARAMETERS = frozenset({"page", "before", "after", "q", "p", "page_size"})
# The request headers get_conditional_response reads; without any, a hit is the stored page.
CONDITIONAL_HEADERS = frozenset(
    {"HTTP_IF_MATCH", "HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_UNMODIFIED_SINCE"}
)


def page_cache():
    return caches["default"]


@functools.lru_cache(maxsize=8192)
def slots_of(key: str) -> tuple[int, int]:
    """The key's two slots, from two independent halves of one hash."""
    digest = int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little")
    return digest % SLOTS, (digest >> 32) % SLOTS


# The version tables ---------------------------------------------------------------------------


class FileVersions:
    """A clock and SLOTS 8-byte versions in a file that every process on this machine maps.

    Readers take values from the shared mapping (no system call); writers take an exclusive lock
    on the file and store a value greater than both the clock and the current time, so a version
    never comes back, even if the file is lost.
    """

    SIZE = 8 * (SLOTS + 2)  # the clock, the slots, and STATE_SLOT

    def __init__(self, path: Path):
        self.path = path
        self._map = None
        self._fd = None

    def _mapped(self):
        if self._map is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if os.fstat(fd).st_size < self.SIZE:
                os.ftruncate(fd, self.SIZE)
            self._map, self._fd = mmap.mmap(fd, self.SIZE), fd
        return self._map

    def clock(self) -> int:
        return struct.unpack_from("<Q", self._mapped())[0]

    def current(self) -> FileView:
        return FileView(self, self.clock())

    fresh = current

    def version(self, slot: int) -> int:
        return struct.unpack_from("<Q", self._mapped(), 8 * (slot + 1))[0]

    def bump(self, slots) -> None:
        mapped = self._mapped()
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            value = max(self.clock() + 1, time.time_ns())
            for slot in slots:
                struct.pack_into("<Q", mapped, 8 * (slot + 1), value)
            struct.pack_into("<Q", mapped, 0, value)
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def set_version(self, slot: int, value: int) -> None:
        """Store a shared value in STATE_SLOT (no page depends on it)."""
        struct.pack_into("<Q", self._mapped(), 8 * (slot + 1), value)


class FileView:
    """The live file table as seen from one request: versions are read live; a value built from
    this view may be stored only if no change happened since it was taken."""

    epoch = 0

    def __init__(self, table: FileVersions, clock: int):
        self.table, self.clock = table, clock

    def version(self, slot: int) -> int:
        return self.table.version(slot)

    def versions_for(self, slots) -> tuple | None:
        if self.table.clock() != self.clock:
            return None  # a change while the value was built: it may show the state before it
        return tuple(self.table.version(slot) for slot in slots)


# KEYS[1] = the table; ARGV[1] = an epoch to use if the table is new; ARGV[2..] = slots.
# Layout: u32 #0 epoch, u32 #1 clock, u32 #(slot + 2) versions. One key, so an eviction or a
# flush loses the whole table at once and the new epoch retires everything kept before.
BUMP_SCRIPT = """
if redis.call('BITFIELD', KEYS[1], 'GET', 'u32', '#0')[1] == 0 then
  redis.call('BITFIELD', KEYS[1], 'SET', 'u32', '#0', ARGV[1])
end
for i = 2, #ARGV do
  redis.call('BITFIELD', KEYS[1], 'OVERFLOW', 'WRAP', 'INCRBY', 'u32', '#' .. (tonumber(ARGV[i]) + 2), 1)
end
redis.call('BITFIELD', KEYS[1], 'OVERFLOW', 'WRAP', 'INCRBY', 'u32', '#1', 1)
return 1
"""


class RedisView:
    """An immutable copy of the Redis table, as of the last sync."""

    def __init__(self, data: bytes):
        self.data = data
        self.epoch, self.clock = struct.unpack_from(">II", data) if len(data) >= 8 else (0, 0)

    def version(self, slot: int) -> int:
        offset = 4 * (slot + 2)
        if offset + 4 > len(self.data):
            return 0
        return struct.unpack_from(">I", self.data, offset)[0]

    def versions_for(self, slots) -> tuple:
        return tuple(self.version(slot) for slot in slots)


class RedisVersions:
    def __init__(self, cache: RedisCache):
        # A client of our own to the page cache's first (writing) server, as Django's RedisCache
        # picks it; redis-py's pool opens new connections in a forked worker.
        location = settings.CACHES["default"]["LOCATION"]
        servers = location.split(",") if isinstance(location, str) else list(location)
        self.client = redis.Redis.from_url(servers[0].strip())
        self.key = cache.make_key(VERSIONS_KEY)
        self.view = RedisView(b"")
        self.synced_at = -math.inf
        self._lock = threading.Lock()
        self._script = None

    def current(self) -> RedisView:
        if time.monotonic() - self.synced_at >= SYNC_SECONDS:
            self.sync()
        return self.view

    def fresh(self) -> RedisView:
        """The table as it is now (one read): on a miss, before building a page."""
        self.sync()
        return self.view

    def sync(self) -> None:
        with self._lock:
            client = self.client
            head = client.getrange(self.key, 0, 7) or b""
            if head != self.view.data[:8]:
                self.view = RedisView(client.get(self.key) or b"")
            self.synced_at = time.monotonic()

    def bump(self, slots) -> None:
        client = self.client
        if self._script is None:
            self._script = client.register_script(BUMP_SCRIPT)
        self._script(keys=[self.key], args=[secrets.randbits(31) + 1, *sorted(set(slots))])
        self.synced_at = -math.inf  # this process sees its own change on its next request

    def set_version(self, slot: int, value: int) -> None:
        """Store a shared value in STATE_SLOT (no page depends on it)."""
        self.client.bitfield(self.key).set("u32", f"#{slot + 2}", value).execute()
        self.synced_at = -math.inf


_tables: dict = {}
_redis_tables: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def version_table():
    """The file table when the page cache is local to this machine, the Redis table with Redis."""
    cache = page_cache()
    if isinstance(cache, RedisCache):
        table = _redis_tables.get(cache)
        if table is None:
            table = _redis_tables[cache] = RedisVersions(cache)
        return table
    path = Path(settings.NEWSROOM_STATE_DIR) / VERSIONS_FILE_NAME
    if path not in _tables:
        _tables[path] = FileVersions(path)
    return _tables[path]


def invalidate(keys) -> None:
    """Retire every page and kept value that depends on any of `keys`, in every process."""
    version_table().bump({slot for key in (ANY, *keys) for slot in slots_of(key)})


def bump_generation() -> None:
    """Retire everything (bulk writes that bypass the model signals)."""
    invalidate([EVERYTHING])


# Kept values: a cache entry stored with the versions of its keys -----------------------------


def _dependency_pairs(keys) -> list[tuple[int, int]]:
    return sorted({slots_of(key) for key in (EVERYTHING, *keys)})


def _dependency_slots(keys) -> tuple:
    """The slots of `keys` (and EVERYTHING), two by two: each key's pair in turn."""
    return tuple(slot for pair in _dependency_pairs(keys) for slot in pair)


def _is_current(entry, view) -> bool:
    """True while at least one slot of each key the entry depends on is unchanged."""
    epoch, slots, versions = entry[0], entry[1], entry[2]
    if epoch != view.epoch:
        return False
    version = view.version
    for index in range(0, len(slots), 2):
        if version(slots[index]) != versions[index] and version(slots[index + 1]) != versions[index + 1]:
            return False
    return True


def fetch_current(key: str):
    """(view, value): the value stored under `key` if none of its keys changed since, else None.
    From this process's first level, else with one cache round trip. Build the value after this
    call and store it with the view.

    The first level keeps the value pickled, as the cache does: each caller gets its own copy
    (a kept article is a model instance that a view may prefetch onto)."""
    view = version_table().current()
    now = time.time()
    kept = first_level_values.get(key)
    if kept is not None and now < kept.entry[4] and _still_current(kept, view):
        return view, pickle.loads(kept.entry[3])
    entry = page_cache().get(key)
    if entry is None or len(entry) < 5 or now >= entry[4] or not _is_current(entry, view):
        return view, None
    _keep_pickled(key, entry, view)
    return view, entry[3]


def _keep_pickled(key: str, entry, view) -> None:
    """Put a kept value's entry, current in `view`, in this process's first level with its value
    pickled."""
    pickled = (*entry[:3], pickle.dumps(entry[3], pickle.HIGHEST_PROTOCOL), entry[4])
    first_level_values.put(key, Kept(pickled, (view.epoch, view.clock)))


def _still_current(kept, view) -> bool:
    """Whether a value in the first level is still current in `view`. While the table's clock
    stands still (no change anywhere) since it was last found current, no version has moved
    either: its keys' versions are not read again (as for pages, AnonymousPageCacheMiddleware)."""
    stamp = (view.epoch, view.clock)
    if kept.checked_at == stamp:
        return True
    if _is_current(kept.entry, view):
        kept.checked_at = stamp
        return True
    return False


def fetch_or_build(key: str, build, keys_of):
    """The value kept under `key` if still current, else `build()`, kept as depending on
    `keys_of(value)`. A build that finds nothing (None) is not kept, so what is not visible yet
    (a scheduled article) is looked up again on the next request."""
    view, value = fetch_current(key)
    if value is None:
        value = build()
        if value is not None:
            store_current(key, view, value, keys_of(value))
    return value


def _entry(view, keys, value, expires_at=math.inf):
    """What is stored for a kept value: (epoch, its slots, their versions, the value, the time
    it expires), or None after a change since `view` was taken."""
    slots = _dependency_slots(keys)
    versions = view.versions_for(slots)
    return None if versions is None else (view.epoch, slots, versions, value, expires_at)


def store_current(key: str, view, value, keys, timeout=DEFAULT_TIMEOUT) -> None:
    """Store `value`, built after `view` was taken, as depending on `keys`. With a `timeout` in
    seconds it is gone after that time from the first levels too (the masthead: a scheduled
    section's first article comes out without a write)."""
    expires_at = math.inf if timeout is DEFAULT_TIMEOUT else time.time() + timeout
    entry = _entry(view, keys, value, expires_at)
    if entry is not None:
        page_cache().set(key, entry, timeout)
        _keep_pickled(key, entry, view)


def current_view():
    """The version table as this request sees it. Take it before reading what a kept value is
    built from, then fetch_many and store_many with it."""
    return version_table().current()


def fetch_many(view, keys) -> dict:
    """{key: value} of the values stored under `keys` that none of their keys retired since they
    were built (the keys neither found nor current are missing from the answer): from this
    process's first level (first_level_values), the others in one cache round trip."""
    found, wanted = {}, []
    stamp = (view.epoch, view.clock)
    for key, kept in zip(keys, first_level_values.get_many(keys), strict=True):
        if kept is not None and (kept.checked_at == stamp or _still_current(kept, view)):
            found[key] = kept.entry[3]
        else:
            wanted.append(key)
    if wanted:
        for key, entry in page_cache().get_many(wanted).items():
            if _is_current(entry, view):
                found[key] = entry[3]
                first_level_values.put(key, Kept(entry, stamp))
    return found


def store_many(view, values, timeout=DEFAULT_TIMEOUT) -> None:
    """Store each `key: (value, keys)` of `values`, built after `view` was taken, in one round trip."""
    entries = {}
    for key, (value, keys) in values.items():
        entry = _entry(view, keys, value)
        if entry is None:
            return  # a change while they were built: keep none of them
        entries[key] = entry
    if entries:
        page_cache().set_many(entries, timeout)
        stamp = (view.epoch, view.clock)
        for key, entry in entries.items():
            first_level_values.put(key, Kept(entry, stamp))


# The pages ------------------------------------------------------------------------------------


def depends_on(request, *keys: str) -> None:
    """Declare that the page answering `request` shows the content named by `keys`."""
    found = getattr(request, "_page_keys", None)
    if found is None:
        found = request._page_keys = set()
    found.update(keys)


def default_keys(request) -> set[str]:
    """Pages whose views declare nothing: feeds, sitemaps and the API by their kind; anything
    else depends on every change."""
    path = request.path
    if path.startswith("/api/"):
        return {"api"}
    if "/feed" in path:
        return {"feed"}
    if path.startswith("/sitemap"):
        return {"sitemap"}
    return {ANY}


class Kept:
    """A page or a kept value in the first level, with the table's (epoch, clock) it was last
    found current at: while the clock has not moved no version has, so it needs no check of its
    keys."""

    __slots__ = ("entry", "checked_at")

    def __init__(self, entry, checked_at):
        self.entry, self.checked_at = entry, checked_at


class FirstLevel:
    """The most requested pages (or kept values) of this process, kept as built (no unpickling),
    bounded (least recently used out first)."""

    def __init__(self, size: int = FIRST_LEVEL_PAGES):
        self.size = size
        self.pages: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self.pages.get(key)
            if entry is not None:
                self.pages.move_to_end(key)
            return entry

    def get_many(self, keys) -> list:
        """What get(key) gives for each of `keys`, in order, under one lock."""
        with self._lock:
            pages = self.pages
            found = [pages.get(key) for key in keys]
            for key, entry in zip(keys, found, strict=True):
                if entry is not None:
                    pages.move_to_end(key)
            return found

    def put(self, key, entry) -> None:
        with self._lock:
            self.pages[key] = entry
            self.pages.move_to_end(key)
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self.pages.clear()


first_level = FirstLevel()
first_level_values = FirstLevel(FIRST_LEVEL_VALUES)


def forget_first_levels() -> None:
    """Empty this process's first levels (pages and kept values): the cache's own copies stay."""
    first_level.clear()
    first_level_values.clear()


def _forget_after_fork() -> None:
    """A forked worker opens its own table file (flock locks belong to the open file, which a
    fork shares) and starts with an empty first level and fresh locks."""
    first_level.__init__(first_level.size)
    first_level_values.__init__(first_level_values.size)
    _tables.clear()
    _redis_tables.clear()


os.register_at_fork(after_in_child=_forget_after_fork)


def _seconds_until_scheduled(keys, view, lifetime) -> float | None:
    from articles.site.invalidation import schedule

    return schedule.seconds_until(set(_dependency_pairs(keys)), view, lifetime)


class AnonymousPageCacheMiddleware:
    """First in MIDDLEWARE, so a hit is answered before any other middleware runs. A stored
    page keeps every header the inner middleware gave it when it was built (security headers,
    CSP, ETag, Last-Modified); a hit still answers conditional GETs with 304.

    A page is looked up in this process's first level, then in the cache (one round trip), and
    is a hit only if none of its keys changed since it was built.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.NEWSROOM_PAGE_CACHE_SECONDS
        if not seconds or not self._cacheable_request(request):
            return self.get_response(request)

        key = self._key(request)
        table = version_table()
        view = table.current()
        now = time.time()
        entry = None
        kept = first_level.get(key)
        if kept is not None and now < kept.entry[3][2]:
            stamp = (view.epoch, view.clock)
            if kept.checked_at == stamp or _is_current(kept.entry, view):
                kept.checked_at = stamp
                entry = kept.entry
        if entry is None:
            entry = page_cache().get(key)
            if entry is not None and now < entry[3][2] and not _is_current(entry, view):
                # Maybe stored by a worker whose copy of the table is newer than ours: look
                # again with the latest versions (which the page is built against otherwise).
                view = table.fresh()
            elif entry is None or now >= entry[3][2]:
                view = table.fresh()
            if entry is not None and now < entry[3][2] and _is_current(entry, view):
                first_level.put(key, Kept(entry, (view.epoch, view.clock)))
            else:
                entry = None
        if entry is not None:
            return self._from_stored(request, entry[3])

        response = self.get_response(request)
        if self._cacheable_response(response):
            keys = {NAVIGATION, *(getattr(request, "_page_keys", None) or default_keys(request))}
            timeout = seconds
            until_scheduled = _seconds_until_scheduled(keys, view, seconds)
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
            entry = _entry(view, keys, page)
            if entry is not None:
                page_cache().set(key, entry, max(1, math.ceil(timeout)))
                first_level.put(key, Kept(entry, (view.epoch, view.clock)))
            response.headers["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _from_stored(request, stored):
        content, headers, _ = stored
        response = HttpResponse(content, headers=dict(headers))
        if CONDITIONAL_HEADERS.intersection(request.META):
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
        # get_host() validates the Host header against ALLOWED_HOSTS on every request.
        return _page_key(
            request.method, request.scheme, request.get_host(), request.path, request.META.get("QUERY_STRING", "")
        )


@functools.lru_cache(maxsize=4096)
def _page_key(method: str, scheme: str, host: str, path: str, query_string: str) -> str:
    """The page's address with only the query parameters public pages read, in a fixed order:
    `?x=random` (or a reordered query) finds the same entry instead of minting a new one."""
    query = QueryDict(query_string)
    params = sorted((name, value) for name, values in query.lists() if name in KEY_PARAMETERS for value in values)
    address = f"{scheme}://{host}{path}?{urlencode(params)}"
    return f"newsroom:page:{method}:{hashlib.sha256(address.encode()).hexdigest()}"
