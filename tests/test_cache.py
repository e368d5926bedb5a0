"""The anonymous page cache on local memory and on Redis: hits, bypasses and invalidation."""

import datetime as dt
import os

import pytest
import time_machine
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from articles.domain import previews as preview
from articles.domain import workflow
from articles.domain.models import Article, Correction, Quote
from tests.conftest import skip_or_fail
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

REDIS_URL = "redis://127.0.0.1:6379/15"

pytestmark = pytest.mark.django_db


def redis_caches():
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception as error:  # noqa: BLE001 - any failure means "no Redis here"
        skip_or_fail("redis", f"needs Redis at {REDIS_URL}: {error}")
    # A key prefix of this test process's own: another checkout's test run on the same Redis
    # can neither see nor retire these pages.
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"test-{os.getpid()}",
        }
    }


@pytest.fixture(params=["locmem", "redis"])
def page_cache(request, settings):
    if request.param == "redis":
        settings.CACHES = redis_caches()
    else:
        settings.CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages-test"}
        }
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 60
    from django.core.cache import cache

    cache.clear()
    yield request.param
    cache.clear()


@pytest.fixture
def story():
    speaker = PersonFactory(name="Cached Speaker")
    article = ArticleFactory(published=True, headline="The cached story")
    article.people.add(speaker)
    quote = QuoteFactory(article=article, speaker=speaker, text="Words before the correction", position=1)
    return {"article": article, "quote": quote, "speaker": speaker}


def pages(story):
    return {
        "home": "/",
        "article": story["article"].get_absolute_url(),
        "person": story["speaker"].get_absolute_url(),
        "quote": story["quote"].get_absolute_url(),
        "feed": reverse("articles:feed-rss"),
        "person-feed": reverse("articles:person-feed", args=[story["speaker"].slug]),
        "sitemap": "/sitemap-articles.xml",
        "api": "/api/quotes",
        "search": "/search/?q=correction",
    }


def warm(client, urls):
    for url in urls:
        assert client.get(url).status_code == 200
        assert client.get(url)["X-Page-Cache"] == "hit", url


def test_anonymous_pages_are_served_from_the_cache_with_cdn_headers(client, page_cache, story):
    first = client.get("/")
    second = client.get("/")

    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert "s-maxage=60" in first["Cache-Control"]
    assert "stale-while-revalidate" in first["Cache-Control"] and "stale-if-error" in first["Cache-Control"]


def test_editing_a_quote_refreshes_every_page_that_shows_it(client, page_cache, story):
    urls = pages(story)
    warm(client, urls.values())

    quote = Quote.objects.get(pk=story["quote"].pk)
    quote.text = "Words after the correction"
    quote.save()

    for name in ("article", "person", "quote", "person-feed", "api", "search"):
        response = client.get(urls[name])
        assert response["X-Page-Cache"] == "miss", name
        assert "Words after the" in response.text, name


def test_publishing_shows_the_article_on_home_feed_and_sitemap(client, page_cache, story):
    urls = pages(story)
    warm(client, [urls["home"], urls["feed"], urls["sitemap"]])
    draft = ArticleFactory(headline="Fresh off the desk")
    editor = User.objects.create_superuser("chief", password="pw")

    workflow.apply_transition(draft, "publish", editor)

    assert "Fresh off the desk" in client.get(urls["home"]).text
    assert "Fresh off the desk" in client.get(urls["feed"]).text
    assert draft.get_absolute_url() in client.get(urls["sitemap"]).text


def test_retracting_removes_the_article_everywhere(client, page_cache, story):
    urls = pages(story)
    warm(client, urls.values())
    editor = User.objects.create_superuser("chief", password="pw")

    workflow.apply_transition(story["article"], "retract", editor, reason="The documents were forged.")

    assert client.get(urls["article"]).status_code == 410
    assert client.get(urls["quote"]).status_code == 410
    assert "Words before the correction" not in client.get(urls["article"]).text
    assert "The cached story" not in client.get(urls["home"]).text
    feed = client.get(urls["feed"]).text
    assert "Retracted: The cached story" in feed and "The documents were forged." in feed


def test_rejecting_a_quote_removes_it_from_cached_pages(client, page_cache, story):
    urls = pages(story)
    warm(client, urls.values())
    editor = User.objects.create_superuser("chief", password="pw")

    workflow.verify_quotes(Quote.objects.filter(pk=story["quote"].pk), Quote.Verification.REJECTED, editor)

    assert client.get(urls["quote"]).status_code == 404
    assert "Words before the correction" not in client.get(urls["api"]).text


def test_a_correction_appears_on_the_cached_article(client, page_cache, story):
    url = story["article"].get_absolute_url()
    warm(client, [url])

    Correction.objects.create(article=story["article"], text="We misnamed the agency.")

    assert "We misnamed the agency." in client.get(url).text


def test_staff_are_never_served_or_stored_from_the_cache(client, page_cache, story):
    draft = ArticleFactory(headline="Staff-only draft")
    user = User.objects.create_superuser("chief", password="pw")
    warm(client, ["/"])
    client.force_login(user)

    staff_home = client.get("/")
    staff_draft = client.get(draft.get_absolute_url())
    client.logout()

    assert "X-Page-Cache" not in staff_home and "X-Page-Cache" not in staff_draft
    assert staff_draft.status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_previews_and_the_admin_are_never_cached(client, page_cache, story):
    draft = ArticleFactory(headline="Preview draft")
    url = preview.preview_url(draft)

    first, second = client.get(url), client.get(url)
    login = client.get(reverse("admin:login"))

    assert "X-Page-Cache" not in second and "no-store" in first["Cache-Control"]
    assert "X-Page-Cache" not in login


def test_a_scheduled_article_appears_when_its_time_comes(client, page_cache, story):
    ArticleFactory(
        status=Article.Status.PUBLISHED,
        published_at=timezone.now() + dt.timedelta(seconds=2),
        headline="Embargo lifts soon",
    )
    home = client.get("/")
    assert "Embargo lifts soon" not in home.text
    assert client.get("/")["X-Page-Cache"] == "hit"

    with time_machine.travel(timezone.now() + dt.timedelta(seconds=3), tick=False):
        assert "Embargo lifts soon" in client.get("/").text


def test_the_cache_is_off_when_the_setting_is_zero(client, settings, story):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0

    assert "X-Page-Cache" not in client.get("/")


def test_a_hit_carries_the_security_headers_of_the_page_it_stored(client, page_cache, story):
    url = story["article"].get_absolute_url()
    miss = client.get(url)
    hit = client.get(url)

    assert hit["X-Page-Cache"] == "hit"
    assert hit.content == miss.content
    for header in (
        "Content-Security-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Content-Type",
        "ETag",
        "Last-Modified",
        "Cache-Control",
    ):
        assert hit[header] == miss[header], header


def test_a_hit_answers_a_conditional_get_with_304(client, page_cache, story):
    url = story["article"].get_absolute_url()
    etag = client.get(url)["ETag"]
    client.get(url)

    revalidated = client.get(url, headers={"If-None-Match": etag})

    assert revalidated.status_code == 304 and revalidated["X-Page-Cache"] == "hit"
    assert revalidated.content == b""


def test_a_page_stored_before_a_change_is_never_served_after_it(client, page_cache, story):
    url = story["article"].get_absolute_url()
    warm(client, [url])

    Article.objects.filter(pk=story["article"].pk).update(headline="Changed behind the signals")
    assert client.get(url)["X-Page-Cache"] == "hit"  # a queryset update sends no signal
    story["article"].refresh_from_db()
    story["article"].save()

    changed = client.get(url)
    assert changed["X-Page-Cache"] == "miss" and "Changed behind the signals" in changed.text


def test_the_page_cache_runs_before_every_other_middleware(settings):
    assert settings.MIDDLEWARE[0] == "articles.site.caching.AnonymousPageCacheMiddleware"


# Cache keys and the shared generation ----------------------------------------------------------


def test_unknown_query_parameters_find_the_same_cached_page(client, page_cache, story):
    """`?x=<random>` must not mint a new cache entry (and a new rebuild) per request."""
    first = client.get("/?x=1")
    second = client.get("/?x=2&utm_source=mail")

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"


def test_parameters_a_page_reads_still_tell_pages_apart(client, page_cache, story):
    assert client.get("/?page=1")["X-Page-Cache"] == "miss"
    assert client.get("/?x=3&page=1")["X-Page-Cache"] == "hit"
    assert client.get("/search/?q=cached")["X-Page-Cache"] == "miss"
    assert client.get("/search/?q=other")["X-Page-Cache"] == "miss"


def test_the_views_read_no_query_parameter_left_out_of_the_cache_key():
    """If a view read a parameter the key leaves out, two different pages would share an entry."""
    import re
    from pathlib import Path

    from articles.api import Pagination
    from articles.site.caching import KEY_PARAMETERS

    source = "\n".join(path.read_text() for path in Path("articles").rglob("*.py") if "ingest" not in path.parts)
    read = set(re.findall(r"request\.GET\.get\(\"(\w+)\"", source))
    read |= set(Pagination.Input.model_fields)
    read |= {"before", "after"}  # the person pages' cursors (articles/pagination.py)

    assert read <= KEY_PARAMETERS


def test_a_change_made_in_another_process_retires_this_processs_pages(client, settings, story, tmp_path):
    """The default cache is per process: the generation that retires pages is shared through a
    file every process maps, so a change made by import_seeds, a shell or another worker counts."""
    import subprocess
    import sys

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "x-proc"}}
    settings.NEWSROOM_STATE_DIR = str(tmp_path)
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 60
    url = story["article"].get_absolute_url()
    client.get(url)
    Article.objects.filter(pk=story["article"].pk).update(headline="Changed without a signal")
    assert client.get(url)["X-Page-Cache"] == "hit"

    subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from articles.site.caching import bump_generation; bump_generation()",
        ],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings", "NEWSROOM_STATE_DIR": str(tmp_path)},
        check=True,
    )

    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Changed without a signal" in response.text


def test_a_warm_article_page_reads_nothing_from_the_database(client, settings, story, django_assert_num_queries):
    """The published article and its rendered story are kept until content changes; with the
    page cache off, a warm article page still costs no query."""
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    url = story["article"].get_absolute_url()
    client.get(url)

    with django_assert_num_queries(0):
        assert client.get(url).status_code == 200


def test_a_kept_article_is_retired_by_a_retraction(client, settings, story):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    url = story["article"].get_absolute_url()
    client.get(url)

    article = Article.objects.get(pk=story["article"].pk)
    article.status = Article.Status.RETRACTED
    article.save()

    assert client.get(url).status_code == 410


def test_a_scheduled_article_is_never_kept_as_missing(client, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    article = ArticleFactory(scheduled=True)
    assert client.get(article.get_absolute_url()).status_code == 404

    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - dt.timedelta(seconds=1))

    assert client.get(article.get_absolute_url()).status_code == 200


def test_a_kept_page_is_retired_by_a_change_another_process_writes(client, settings, tmp_path, story):
    """A page in this process's first level is served without re-reading its keys only while the
    table's clock stands still; a change written through another mapping of the file moves it."""
    from articles.site import caching

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "kept"}}
    settings.NEWSROOM_STATE_DIR = str(tmp_path)
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 60
    url = story["article"].get_absolute_url()
    warm(client, [url])
    assert client.get(url)["X-Page-Cache"] == "hit"

    Article.objects.filter(pk=story["article"].pk).update(headline="Changed by another process")
    another_process = caching.FileVersions(tmp_path / caching.VERSIONS_FILE_NAME)
    another_process.bump(caching.slots_of(f"article:{story['article'].pk}"))

    changed = client.get(url)
    assert changed["X-Page-Cache"] == "miss" and "Changed by another process" in changed.text


def test_a_host_outside_allowed_hosts_is_refused_even_for_a_cached_page(client, page_cache, story):
    warm(client, ["/"])
    assert client.get("/")["X-Page-Cache"] == "hit"

    assert client.get("/", headers={"host": "attacker.example"}).status_code == 400
