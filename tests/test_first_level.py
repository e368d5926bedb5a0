"""The production configuration (Redis as the page cache): a small per-process first level
checked against a copy of the shared version table, refreshed at most every SYNC_SECONDS.

Most requests cost no Redis round trip; a change made by any process reaches every worker
within a second. On Redis db 12 (this suite's own key prefix).
"""

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
import time_machine

from articles.domain.models import Article
from articles.site import caching
from tests.conftest import skip_or_fail
from tests.factories import ArticleFactory
from tests.test_workers import BASE_DIR, _free_port

REDIS_URL = "redis://127.0.0.1:6379/12"


def redis_available():
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception as error:  # noqa: BLE001 - any failure means "no Redis here"
        skip_or_fail("redis", f"needs Redis at {REDIS_URL}: {error}")


@pytest.fixture
def redis_pages(settings):
    redis_available()
    prefix = f"first-level-{os.getpid()}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 60
    caching.page_cache().clear()
    caching.first_level.clear()
    yield prefix
    caching.page_cache().clear()
    caching.first_level.clear()


def record_round_trips(monkeypatch) -> list:
    """From now on, each cache read and each sync of the version table (this process's copy is
    fresh) is recorded instead of made. The copy stays fresh for the test (a sync is due only
    every SYNC_SECONDS, which a slow machine could otherwise reach within the test's requests)."""
    monkeypatch.setattr(caching, "SYNC_SECONDS", 60.0)
    calls = []
    monkeypatch.setattr(caching.page_cache(), "get", lambda *args, **kwargs: calls.append(args))
    table = caching.version_table()
    monkeypatch.setattr(table, "sync", lambda: calls.append("sync"))
    table.synced_at = time.monotonic()
    return calls


@pytest.mark.django_db
def test_a_warm_page_is_served_without_a_round_trip_to_redis(client, redis_pages, monkeypatch):
    url = ArticleFactory(published=True, headline="Hot off the press").get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    calls = record_round_trips(monkeypatch)

    for _ in range(20):
        assert client.get(url)["X-Page-Cache"] == "hit"

    assert calls == []


@pytest.mark.django_db
def test_the_first_level_is_bounded(client, redis_pages, settings):
    level = caching.FirstLevel(size=3)
    for n in range(10):
        level.put(f"page-{n}", n)
    assert list(level.pages) == ["page-7", "page-8", "page-9"]
    assert caching.first_level.size == caching.FIRST_LEVEL_PAGES


@pytest.mark.django_db
def test_a_change_made_by_another_process_is_seen_here_within_a_second(client, redis_pages):
    article = ArticleFactory(published=True, headline="Before the other process")
    url = article.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    Article.objects.filter(pk=article.pk).update(headline="Changed by the other process")

    code = (
        "import django; django.setup()\n"
        "from django.conf import settings\n"
        f"settings.CACHES['default']['KEY_PREFIX'] = {redis_pages!r}\n"
        "from articles.site.caching import invalidate\n"
        f"invalidate(['article:{article.pk}'])\n"
    )
    settings_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "CACHE_URL": REDIS_URL.replace("redis://", "rediscache://"),
    }
    subprocess.run([sys.executable, "-c", code], cwd=BASE_DIR, env=settings_env, check=True)
    started = time.monotonic()  # the change was made just before the process ended

    while "Changed by the other process" not in client.get(url).text:
        assert time.monotonic() - started < 1, "the change was not seen within a second of it"
        time.sleep(0.02)
    assert time.monotonic() - started < 1


@pytest.fixture(scope="module")
def redis_site(tmp_path_factory):
    """Two gunicorn workers on the production configuration (Redis db 12) and one article."""
    redis_available()
    home = tmp_path_factory.mktemp("first-level")
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()  # db 12 is this suite's own; no key prefix by URL
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{home / 'db.sqlite3'}",
        "CACHE_URL": REDIS_URL.replace("redis://", "rediscache://"),
        "NEWSROOM_STATE_DIR": str(home / "state"),
        "DJANGO_STATIC_ROOT": str(home / "static"),
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "first-level-test-secret-key-not-for-production-0123456789",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "NEWSROOM_PAGE_CACHE_SECONDS": "60",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
    }

    def manage(*args):
        subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True, capture_output=True)

    manage("migrate", "--noinput")
    manage("collectstatic", "--noinput")
    manage(
        "shell",
        "-c",
        "from django.utils import timezone; from articles.domain.models import Article; "
        "Article.objects.create(headline='Breaking story', slug='breaking', body='First version.', "
        "status='published', published_at=timezone.now())",
    )
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{port}", "newsroom.wsgi"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=10)
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("gunicorn did not start serving within 60 s")
            time.sleep(0.2)
    try:
        yield {"base": base, "manage": manage}
    finally:
        server.terminate()
        server.wait(timeout=10)


def _fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get("X-Page-Cache", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("X-Page-Cache", ""), ""


def test_every_worker_sees_an_edit_and_a_retraction_within_a_second(redis_site):
    url = redis_site["base"] + "/articles/breaking/"
    warm = [_fetch(url) for _ in range(24)]
    assert {status for status, _, _ in warm} == {200}
    assert sum(cache == "hit" for _, cache, _ in warm) >= 20

    redis_site["manage"](
        "shell",
        "-c",
        "from articles.domain.models import Article; a = Article.objects.get(slug='breaking'); "
        "a.body = 'Second version.'; a.save()",
    )
    time.sleep(1)
    assert all("Second version." in text for _, _, text in (_fetch(url) for _ in range(24)))

    redis_site["manage"](
        "shell",
        "-c",
        "from articles.domain.models import Article; a = Article.objects.get(slug='breaking'); "
        "a.status = 'retracted'; a.save()",
    )
    time.sleep(1)
    assert {status for status, _, _ in (_fetch(url) for _ in range(24))} == {410}


# Values kept apart from pages (fetch_current / store_current): an article's lookup, its story,
# the masthead. A page rebuilt after a change elsewhere finds them without a round trip.


@pytest.mark.django_db
def test_a_kept_value_is_found_again_without_a_round_trip_to_redis(client, redis_pages, monkeypatch, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0  # every request builds the page, as after a change elsewhere
    article = ArticleFactory(published=True, headline="Kept where it is read")
    client.get(article.get_absolute_url())  # keeps the article's lookup, its story and the masthead
    calls = record_round_trips(monkeypatch)

    response = client.get(article.get_absolute_url())

    assert b"Kept where it is read" in response.content
    assert calls == []


@pytest.mark.django_db
def test_each_reader_of_a_kept_value_gets_its_own_copy(redis_pages):
    view, stored = caching.fetch_current("test:copy")
    assert stored is None
    caching.store_current("test:copy", view, {"names": ["Ana"]}, ["person:1"])

    first = caching.fetch_current("test:copy")[1]
    first["names"].append("changed by one request")

    assert caching.fetch_current("test:copy")[1] == {"names": ["Ana"]}


@pytest.mark.django_db
def test_a_change_retires_a_kept_value_in_the_first_level(redis_pages):
    view, _ = caching.fetch_current("test:retired")
    caching.store_current("test:retired", view, "before", ["person:7"])
    assert caching.fetch_current("test:retired")[1] == "before"

    caching.invalidate(["person:7"])

    assert caching.fetch_current("test:retired")[1] is None


@pytest.mark.django_db
def test_a_kept_value_with_a_timeout_leaves_the_first_level_when_it_expires(redis_pages):
    view, _ = caching.fetch_current("test:timed")
    caching.store_current("test:timed", view, "for a minute", [caching.NAVIGATION], timeout=60)
    assert caching.fetch_current("test:timed")[1] == "for a minute"

    with time_machine.travel(time.time() + 61, tick=False):
        assert caching.fetch_current("test:timed")[1] is None
