"""Targeted invalidation: a change retires only the cached pages that show it.

Two unrelated stories (their own speaker, byline, section and tag) are cached; after each kind
of change every page showing the changed content is rebuilt (a miss, with the new content) and
the other story's pages are not (a hit: the entry stored before the change is served). On local
memory (the file-mapped version table) and on Redis (db 10).
"""

import datetime as dt
import os

import pytest
import time_machine
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from articles.domain import workflow
from articles.domain.models import Article, Byline, Correction, Person, Quote, Section
from articles.site import caching
from articles.site.invalidation import keys_for
from tests.conftest import skip_or_fail
from tests.factories import ArticleFactory, AuthorFactory, PersonFactory, QuoteFactory, SectionFactory, TagFactory

REDIS_URL = "redis://127.0.0.1:6379/10"

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["locmem", "redis"])
def page_cache(request, settings, tmp_path):
    if request.param == "redis":
        try:
            import redis

            redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
        except Exception as error:  # noqa: BLE001 - any failure means "no Redis here"
            skip_or_fail("redis", f"needs Redis at {REDIS_URL}: {error}")
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": REDIS_URL,
                "KEY_PREFIX": f"targeted-{os.getpid()}",
            }
        }
    else:
        settings.CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "targeted"}
        }
        settings.NEWSROOM_STATE_DIR = str(tmp_path)
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 60
    caching.page_cache().clear()
    caching.first_level.clear()
    yield request.param
    caching.page_cache().clear()
    caching.first_level.clear()


def make_story(name):
    speaker = PersonFactory(name=f"{name} Speaker")
    author = AuthorFactory(name=f"{name} Writer")
    # Out of the masthead: a section that appears in or leaves it changes every page.
    section = SectionFactory(name=f"{name} Desk", show_in_navigation=False)
    tag = TagFactory(name=f"{name} topic")
    article = ArticleFactory(published=True, headline=f"The {name} story", section=section)
    article.people.add(speaker)
    article.tags.add(tag)
    Byline.objects.create(article=article, author=author, position=1)
    quote = QuoteFactory(article=article, speaker=speaker, text=f"Words of {name}", position=1)
    return {
        "article": article,
        "quote": quote,
        "speaker": speaker,
        "author": author,
        "section": section,
        "tag": tag,
        "pages": {
            "article": article.get_absolute_url(),
            "quote": quote.get_absolute_url(),
            "person": speaker.get_absolute_url(),
            "author": reverse("articles:author", args=[author.slug]),
            "section": reverse("articles:section", args=[section.slug]),
            "tag": reverse("articles:tag", args=[tag.slug]),
        },
    }


LISTS = {
    "home": "/",
    "feed": "/feeds/rss/",
    "sitemap": "/sitemap-articles.xml",
    "search": "/search/?q=story",
    "api": "/api/articles",
    "corrections": "/corrections/",
}


@pytest.fixture
def site(page_cache, client):
    hot, other = make_story("Hot"), make_story("Quiet")
    everything = [*LISTS.values(), *hot["pages"].values(), *other["pages"].values()]
    for url in everything:
        assert client.get(url).status_code == 200, url
        assert client.get(url)["X-Page-Cache"] == "hit", url
    return {"hot": hot, "other": other}


def rebuilt(client, *urls, showing=None):
    for url in urls:
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", f"{url} was not rebuilt"
        if showing is not None:
            assert showing in response.text, url


def kept(client, *urls):
    for url in urls:
        assert client.get(url)["X-Page-Cache"] == "hit", f"{url} was rebuilt though it does not show the change"


def editor():
    return User.objects.create_superuser("chief", password="pw")


def test_an_edit_retires_the_story_its_lists_and_its_people_not_another_story(client, site):
    hot, other = site["hot"], site["other"]
    article = Article.objects.get(pk=hot["article"].pk)
    article.headline = "The Hot story, updated"
    article.save()

    rebuilt(client, hot["pages"]["article"], hot["pages"]["quote"], hot["pages"]["person"], showing="updated")
    rebuilt(client, LISTS["home"], LISTS["feed"], hot["pages"]["author"], hot["pages"]["section"], showing="updated")
    rebuilt(client, hot["pages"]["tag"], LISTS["api"], LISTS["search"], LISTS["sitemap"])
    kept(client, *other["pages"].values())


def test_publishing_retires_the_lists_and_the_people_it_names_only(client, site):
    hot, other = site["hot"], site["other"]
    draft = ArticleFactory(headline="A fresh story for the front")
    draft.people.add(hot["speaker"])
    kept(client, LISTS["home"])  # a draft is on no public page

    workflow.apply_transition(draft, "publish", editor())

    rebuilt(client, LISTS["home"], LISTS["feed"], showing="A fresh story for the front")
    rebuilt(client, hot["pages"]["person"])
    kept(client, *other["pages"].values())  # the Hot story and quote show the speaker: rebuilt too


def test_retracting_and_unpublishing_reach_every_page_of_the_story_only(client, site):
    hot, other = site["hot"], site["other"]
    workflow.apply_transition(hot["article"], "retract", editor(), reason="Forged documents.")

    assert client.get(hot["pages"]["article"]).status_code == 410
    assert client.get(hot["pages"]["quote"]).status_code == 410
    assert "The Hot story" not in client.get(LISTS["home"]).text
    assert "Words of Hot" not in client.get(LISTS["api"]).text
    rebuilt(client, LISTS["corrections"], showing="Forged documents.")
    kept(client, other["pages"]["article"], other["pages"]["quote"], other["pages"]["person"])

    article = Article.objects.get(pk=other["article"].pk)
    article.status = Article.Status.DRAFT
    article.save()
    assert client.get(other["pages"]["article"]).status_code == 404
    assert "The Quiet story" not in client.get(LISTS["home"]).text


@pytest.mark.parametrize("status", [Quote.Verification.VERIFIED, Quote.Verification.REJECTED])
def test_checking_a_quote_retires_its_story_permalink_and_speaker_not_the_front(client, site, status):
    hot, other = site["hot"], site["other"]
    workflow.verify_quotes([hot["quote"]], status, editor())

    rebuilt(client, hot["pages"]["article"], hot["pages"]["person"], LISTS["api"])
    if status == Quote.Verification.REJECTED:
        assert client.get(hot["pages"]["quote"]).status_code == 404
        assert "Words of Hot" not in client.get(hot["pages"]["article"]).text
    else:
        rebuilt(client, hot["pages"]["quote"], showing="Words of Hot")
    kept(client, LISTS["home"], hot["pages"]["section"], *other["pages"].values())


def test_a_correction_retires_its_story_and_quote_not_another_story(client, site):
    hot, other = site["hot"], site["other"]
    Correction.objects.create(article=hot["article"], quote=hot["quote"], text="We misquoted the speaker.")

    rebuilt(client, hot["pages"]["article"], hot["pages"]["quote"], showing="We misquoted the speaker.")
    rebuilt(client, LISTS["corrections"], showing="We misquoted the speaker.")
    kept(client, *other["pages"].values())


def test_a_person_edit_retires_the_pages_showing_their_name_only(client, site):
    hot, other = site["hot"], site["other"]
    person = Person.objects.get(pk=hot["speaker"].pk)
    person.name = "Renamed Speaker"
    person.save()

    for url in (hot["pages"]["person"], hot["pages"]["article"], hot["pages"]["quote"]):
        rebuilt(client, url, showing="Renamed Speaker")
    kept(client, LISTS["home"], hot["pages"]["section"], *other["pages"].values())


def test_a_new_byline_retires_the_story_the_lists_and_the_new_authors_page(client, site):
    hot, other = site["hot"], site["other"]
    newcomer = AuthorFactory(name="Second Writer")
    Byline.objects.create(article=hot["article"], author=newcomer, position=2)

    rebuilt(client, hot["pages"]["article"], LISTS["home"], showing="Second Writer")
    assert client.get(reverse("articles:author", args=[newcomer.slug])).status_code == 200
    kept(client, *other["pages"].values())


def test_moving_a_story_retires_both_sections_and_a_tag_change_both_tags(client, site):
    hot, other = site["hot"], site["other"]
    article = Article.objects.get(pk=hot["article"].pk)
    article.section = other["section"]
    article.save()

    assert "The Hot story" not in client.get(hot["pages"]["section"]).text
    rebuilt(client, other["pages"]["section"], showing="The Hot story")
    kept(client, other["pages"]["person"], other["pages"]["quote"], other["pages"]["tag"])

    hot["article"].tags.remove(hot["tag"])
    hot["article"].tags.add(other["tag"])
    rebuilt(client, other["pages"]["tag"], showing="The Hot story")
    kept(client, other["pages"]["person"], other["pages"]["quote"])


def test_renaming_a_section_retires_lists_and_the_masthead_not_person_pages(client, site):
    hot, other = site["hot"], site["other"]
    section = Section.objects.get(pk=hot["section"].pk)
    section.name = "Renamed Desk"
    section.show_in_navigation = True
    section.save()

    rebuilt(client, LISTS["home"], hot["pages"]["section"], showing="Renamed Desk")
    # The masthead lists the sections: on every page.
    rebuilt(client, other["pages"]["person"], other["pages"]["quote"], showing="Renamed Desk")


def test_an_update_to_the_text_retires_the_story_not_its_cards_or_its_speakers_page(client, site):
    hot, other = site["hot"], site["other"]
    article = Article.objects.get(pk=hot["article"].pk)
    article.body = "Update: a new paragraph."
    article.save()

    rebuilt(client, hot["pages"]["article"], showing="Update: a new paragraph.")
    rebuilt(client, LISTS["search"], LISTS["api"], LISTS["sitemap"], LISTS["feed"])
    kept(client, LISTS["home"], hot["pages"]["person"], hot["pages"]["quote"], hot["pages"]["section"])
    kept(client, *other["pages"].values())


def test_a_scheduled_article_appears_when_its_time_comes_and_retires_only_its_pages(client, site):
    hot, other = site["hot"], site["other"]
    moment = timezone.now() + dt.timedelta(seconds=30)
    scheduled = ArticleFactory(headline="Embargoed until noon", status=Article.Status.PUBLISHED, published_at=moment)
    scheduled.people.add(hot["speaker"])
    assert "Embargoed until noon" not in client.get(LISTS["home"]).text
    assert client.get(scheduled.get_absolute_url()).status_code == 404

    with time_machine.travel(moment + dt.timedelta(seconds=1), tick=False):
        rebuilt(client, LISTS["home"], LISTS["feed"], showing="Embargoed until noon")
        rebuilt(client, hot["pages"]["person"], hot["pages"]["article"])  # its speaker; related
        assert client.get(scheduled.get_absolute_url()).status_code == 200
        kept(client, *other["pages"].values())


def test_deleting_a_story_retires_its_tag_and_people_pages(client, site):
    hot, other = site["hot"], site["other"]
    Article.objects.get(pk=hot["article"].pk).delete()

    assert "The Hot story" not in client.get(LISTS["home"]).text
    for url in (hot["pages"]["tag"], hot["pages"]["author"], hot["pages"]["section"], hot["pages"]["person"]):
        assert client.get(url).status_code == 404  # no published article left: no page
    kept(client, *other["pages"].values())


def test_keys_for_maps_each_kind_of_content(site):
    hot = site["hot"]
    article_keys = keys_for(hot["article"])
    assert {
        f"article:{hot['article'].pk}",
        f"quote:{hot['quote'].pk}",
        f"person:{hot['speaker'].pk}",
        f"author:{hot['author'].pk}",
        f"section:{hot['section'].pk}",
        f"tag:{hot['tag'].pk}",
        "list:home",
        "feed",
        "sitemap",
        "search",
        "api",
    } <= article_keys
    assert f"article:{site['other']['article'].pk}" not in article_keys
    assert keys_for(hot["quote"]) >= {f"quote:{hot['quote'].pk}", f"person:{hot['speaker'].pk}"}
    assert "list:home" not in keys_for(hot["quote"])
    assert keys_for(hot["speaker"]) == {f"person:{hot['speaker'].pk}", "feed", "sitemap", "search", "api"}


def test_the_version_table_is_bounded(page_cache):
    table = caching.version_table()
    caching.invalidate([f"article:{n}" for n in range(50_000)])
    assert all(0 <= slot < caching.SLOTS for n in range(1000) for slot in caching.slots_of(f"article:{n}"))
    if page_cache == "redis":
        assert table.client.strlen(table.key) <= 4 * (caching.SLOTS + 3)
    else:
        assert table.path.stat().st_size == caching.FileVersions.SIZE


def _sharing_one_slot(key):
    """Another key with one slot in common with `key`."""
    first, second = caching.slots_of(key)
    for n in range(1_000_000):
        other = f"tag:{n}"
        if other != key and len(set(caching.slots_of(other)) & {first, second}) == 1:
            return other
    raise AssertionError("no key shares a slot")  # pragma: no cover - 16,384 slots, a million tries


def test_a_key_sharing_one_slot_with_a_retired_key_keeps_its_pages(page_cache):
    """A bounded table has collisions; with two slots per key, one shared slot retires nothing."""
    key = "article:1"
    neighbour = _sharing_one_slot(key)
    caching.invalidate(["tag:0"])  # the table exists (a new one starts a new epoch)
    caching.version_table().fresh()
    view, _ = caching.fetch_current("kept-value")
    caching.store_current("kept-value", view, "the page", [key])

    caching.invalidate([neighbour])
    caching.version_table().fresh()
    assert caching.fetch_current("kept-value")[1] == "the page"

    caching.invalidate([key])
    caching.version_table().fresh()
    assert caching.fetch_current("kept-value")[1] is None
