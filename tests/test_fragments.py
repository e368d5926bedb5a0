"""Russian-doll fragments (articles.site.fragments): a list page rebuilt after a change renders
only the cards and quote items that changed, and never shows a kept item after an editorial
decision that changes it.

With the page cache off, every request renders its page; the items are kept in the default cache.
Each test edits one of two unrelated stories and checks that every list showing it shows the
change, and that the other story's kept items are still current. On local memory (the
file-mapped version table) and on Redis (db 14).
"""

import os

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from articles.domain import workflow
from articles.domain.models import Article, Author, Byline, Image, Quote, Section
from articles.domain.signals import content_bulk_changed
from articles.site import caching, fragments
from articles.site.bylines import card_rows
from tests.conftest import skip_or_fail
from tests.factories import ArticleFactory, AuthorFactory, PersonFactory, QuoteFactory, SectionFactory, TagFactory
from tests.test_images import make_image

REDIS_URL = "redis://127.0.0.1:6379/14"

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["locmem", "redis"])
def item_cache(request, settings, tmp_path):
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
                "KEY_PREFIX": f"fragments-{os.getpid()}",
            }
        }
    else:
        settings.CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments"}
        }
        settings.NEWSROOM_STATE_DIR = str(tmp_path / "state")
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0  # every page rendered: only the items are kept
    caching.page_cache().clear()
    caching.forget_first_levels()
    yield request.param
    caching.page_cache().clear()
    caching.forget_first_levels()


def make_story(name):
    speaker = PersonFactory(name=f"{name} Speaker")
    author = AuthorFactory(name=f"{name} Writer")
    section = SectionFactory(name=f"{name} Desk", show_in_navigation=False)
    tag = TagFactory(name=f"{name} topic")
    image = make_image(700, 350, alt=f"{name} picture")
    article = ArticleFactory(published=True, headline=f"The {name} story", section=section, image=image)
    article.tags.add(tag)
    Byline.objects.create(article=article, author=author, position=1)
    quote = QuoteFactory(article=article, speaker=speaker, text=f"Words of {name}", position=1)
    return {
        "article": article,
        "quote": quote,
        "speaker": speaker,
        "author": author,
        "section": section,
        "image": image,
        "lists": [
            "/",
            reverse("articles:author", args=[author.slug]),
            reverse("articles:section", args=[section.slug]),
            reverse("articles:tag", args=[tag.slug]),
        ],
        "person": speaker.get_absolute_url(),
    }


@pytest.fixture
def site(item_cache, client):
    hot, other = make_story("Hot"), make_story("Quiet")
    for story in (hot, other):
        for url in (*story["lists"], story["person"]):
            assert client.get(url).status_code == 200, url
    assert card_kept(hot) and card_kept(other) and item_kept(hot) and item_kept(other)
    return {"hot": hot, "other": other}


def card_kept(story) -> bool:
    """The story's card, as its article is now, is kept and current."""
    article = card_rows().get(pk=story["article"].pk)
    key = fragments.card_key(article)
    return key in caching.fetch_many(caching.current_view(), [key])


def item_kept(story) -> bool:
    quote = Quote.objects.select_related("article").get(pk=story["quote"].pk)
    key = fragments.quote_key(quote, False, True)
    return key in caching.fetch_many(caching.current_view(), [key])


def everywhere(client, story, *, showing=(), hiding=()):
    for url in story["lists"]:
        html = client.get(url).text
        for text in showing:
            assert text in html, (url, text)
        for text in hiding:
            assert text not in html, (url, text)


def editor():
    return User.objects.create_superuser("chief", password="pw")


def test_a_list_renders_its_items_once_then_reads_them_without_their_queries(
    item_cache, client, django_assert_max_num_queries
):
    stories = [make_story(f"Story {n}") for n in range(3)]
    caching.page_cache().clear()
    caching.forget_first_levels()
    with django_assert_max_num_queries(6) as cold:
        first = client.get("/").text
    with django_assert_max_num_queries(6) as warm:
        second = client.get("/").text
    # Cold: the list's ids and versions, the articles, their bylines, their renditions, the
    # masthead. Warm: the ids and versions only (the rest is read for cards not kept; the
    # masthead is kept too).
    assert (len(cold), len(warm)) == (5, 1)
    assert first == second
    for story in stories:
        assert card_kept(story)
        assert "Story" in first and story["article"].headline in first


def test_a_headline_edit_shows_on_every_list_and_the_persons_quotes(client, site):
    hot, other = site["hot"], site["other"]
    article = Article.objects.get(pk=hot["article"].pk)
    article.headline = "The Hot story, updated"
    article.save()

    everywhere(client, hot, showing=["The Hot story, updated"])
    assert "The Hot story, updated" in client.get(hot["person"]).text
    assert card_kept(other) and item_kept(other)


def test_renaming_an_author_retires_their_cards_only(client, site):
    hot, other = site["hot"], site["other"]
    author = Author.objects.get(pk=hot["author"].pk)
    author.name = "Renamed Writer"
    author.save()  # the article's version is unchanged: the card's keys retire it

    everywhere(client, hot, showing=["Renamed Writer"], hiding=["Hot Writer"])
    assert card_kept(other)


def test_renaming_a_section_retires_its_cards_only(client, site):
    hot, other = site["hot"], site["other"]
    section = Section.objects.get(pk=hot["section"].pk)
    section.name = "Renamed Desk"
    section.save()

    html = client.get("/").text
    assert "Renamed Desk" in html and "Hot Desk" not in html
    assert card_kept(other)


def test_changing_a_lead_images_words_retires_the_cards_showing_it(client, site):
    hot, other = site["hot"], site["other"]
    image = Image.objects.get(pk=hot["image"].pk)
    image.alt_text = "Corrected description"
    image.save()

    everywhere(client, hot, showing=['alt="Corrected description"'], hiding=['alt="Hot picture"'])
    assert card_kept(other)


def test_a_rendition_changed_on_its_own_retires_the_cards_showing_its_image(client, site):
    hot, other = site["hot"], site["other"]
    rendition = Image.objects.get(pk=hot["image"].pk).renditions.first()
    src = rendition.file.url
    assert src in client.get("/").text
    rendition.delete()

    assert not card_kept(hot)
    assert src not in client.get("/").text
    assert card_kept(other)


def test_a_byline_added_or_removed_shows_on_the_card(client, site):
    hot = site["hot"]
    second = AuthorFactory(name="Second Writer")
    Byline.objects.create(article=hot["article"], author=second, position=2)
    html = client.get("/").text
    assert "Hot Writer</a> and <a" in html and "Second Writer" in html

    Byline.objects.filter(article=hot["article"], author=hot["author"]).get().delete()
    html = client.get("/").text
    assert "Hot Writer" not in html and "Second Writer" in html


def test_retracting_and_unpublishing_take_the_items_off_every_list(client, site):
    hot, other = site["hot"], site["other"]
    workflow.apply_transition(hot["article"], "retract", editor(), reason="Forged documents.")

    everywhere(client, other, showing=["The Quiet story"], hiding=["The Hot story"])
    assert "Words of Hot" not in client.get(hot["person"]).text

    article = Article.objects.get(pk=other["article"].pk)
    article.status = Article.Status.DRAFT
    article.save()
    assert "The Quiet story" not in client.get("/").text


def test_disputing_rejecting_and_editing_a_quote_show_on_the_persons_page(client, site):
    hot, other = site["hot"], site["other"]
    workflow.verify_quotes([hot["quote"]], Quote.Verification.DISPUTED, editor(), note="The office denies it.")
    html = client.get(hot["person"]).text
    assert "Disputed." in html and "The office denies it." in html
    assert item_kept(other)

    quote = Quote.objects.get(pk=hot["quote"].pk)
    quote.text = "Corrected words of Hot"
    quote.save()
    assert "Corrected words of Hot" in client.get(hot["person"]).text

    workflow.verify_quotes([quote], Quote.Verification.REJECTED, User.objects.get(username="chief"))
    assert "Corrected words of Hot" not in client.get(hot["person"]).text
    assert item_kept(other)


def test_a_bulk_write_retires_every_item(client, site):
    content_bulk_changed.send(sender=Article)

    assert not card_kept(site["hot"]) and not card_kept(site["other"])
    assert not item_kept(site["hot"]) and not item_kept(site["other"])


def test_an_item_built_from_rows_read_before_a_change_is_not_kept_as_current(client, site):
    hot = site["hot"]
    caching.page_cache().clear()
    caching.forget_first_levels()
    view = caching.current_view()
    rows = list(card_rows().filter(pk=hot["article"].pk))  # read before the rename
    author = Author.objects.get(pk=hot["author"].pk)
    author.name = "Renamed Writer"
    author.save()

    fragments.article_cards(view, rows)  # rendered with the old byline, stored with the old view

    assert not card_kept(hot)
    assert "Renamed Writer" in client.get("/").text


def test_a_card_listed_by_version_is_left_out_if_its_article_is_no_longer_published(item_cache):
    shown = ArticleFactory(published=True, headline="Still out")
    gone = ArticleFactory(published=True, headline="Pulled meanwhile")
    view = caching.current_view()
    pairs = [(shown.pk, shown.version), (gone.pk, gone.version)]  # the list as read
    Article.objects.filter(pk=gone.pk).update(status=Article.Status.DRAFT)  # before its card is read

    html = fragments.article_cards_by_version(view, pairs)

    assert "Still out" in html and "Pulled meanwhile" not in html
    missing_key = fragments.card_key(gone)
    assert missing_key not in caching.fetch_many(caching.current_view(), [missing_key])


def test_a_quote_item_listed_by_version_is_left_out_if_the_quote_is_no_longer_shown(item_cache):
    speaker = PersonFactory(name="Listed Speaker")
    article = ArticleFactory(published=True)
    QuoteFactory(article=article, speaker=speaker, text="Words that stay", position=1)
    pulled = QuoteFactory(article=article, speaker=speaker, text="Words rejected meanwhile", position=2)
    view = caching.current_view()
    quotes = Quote.objects.said_by(speaker)
    rows = list(quotes.values_list("pk", "version", "article__version", named=True))  # the page as read
    Quote.objects.filter(pk=pulled.pk).update(verification_status=Quote.Verification.REJECTED)

    html = fragments.quote_items_by_version(view, rows, lambda: quotes.select_related("article"), show_article=True)

    assert "Words that stay" in html and "Words rejected meanwhile" not in html
