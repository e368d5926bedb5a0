"""Bylines, sections and tags as readers see them (issue 13): article page and cards, the author,
section and tag pages and their feeds, JSON-LD, sitemaps, search, the API, the masthead, the
page cache, and drafts never showing through any of them."""

from __future__ import annotations

import datetime as dt
import json
import os
import re

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from articles.domain import workflow
from articles.domain.models import Article, Byline
from tests.conftest import skip_or_fail
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PersonFactory,
    SectionFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

REDIS_URL = "redis://127.0.0.1:6379/11"


def hours_ago(hours):
    return timezone.now() - dt.timedelta(hours=hours)


def story_by(*authors, **fields):
    """A published article with these authors, in this byline order."""
    article = ArticleFactory(published=True, **fields)
    for position, author in enumerate(authors, start=1):
        Byline.objects.create(article=article, author=author, position=position)
    return article


@pytest.fixture
def newsroom():
    """Two published stories and a draft, with authors, a section and tags; the draft has an
    author, a section and a tag of its own that nothing published uses."""
    ana = AuthorFactory(name="Ana Byline", slug="ana-byline", bio="Ana covers the budget.")
    ben = AuthorFactory(name="Ben Byline", slug="ben-byline")
    cal = AuthorFactory(name="Cal Byline", slug="cal-byline")
    politics = SectionFactory(name="Politics", slug="politics", description="Parliament and government.")
    budget = TagFactory(name="Budget", slug="budget")
    taxes = TagFactory(name="Taxes", slug="taxes")
    older = story_by(ana, headline="Older budget story", published_at=hours_ago(5), section=politics)
    older.tags.add(budget)
    newer = story_by(cal, ana, ben, headline="Newer budget story", published_at=hours_ago(1), section=politics)
    newer.tags.add(budget, taxes)

    ghost = AuthorFactory(name="Ghost Writer", slug="ghost-writer")
    secret = SectionFactory(name="Secret Desk", slug="secret-desk")
    embargo = TagFactory(name="Embargoed Topic", slug="embargoed-topic")
    draft = story_by(ghost, ana, headline="Draft headline nobody may read", section=secret)
    draft.status = Article.Status.DRAFT
    draft.published_at = None
    draft.save()
    draft.tags.add(embargo, budget)
    return {
        "ana": ana, "ben": ben, "cal": cal, "politics": politics, "budget": budget, "taxes": taxes,
        "older": older, "newer": newer, "ghost": ghost, "secret": secret, "embargo": embargo, "draft": draft,
    }  # fmt: skip


def json_ld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def byline_of(html: str) -> str:
    return re.sub(r"<[^>]+>", "", re.search(r'<p class="byline">(.*?)</p>', html, re.S).group(1))


# The article page and cards


def test_the_byline_lists_authors_in_byline_order_each_linked(client, newsroom):
    html = client.get(newsroom["newer"].get_absolute_url()).text

    assert byline_of(html) == "By Cal Byline, Ana Byline and Ben Byline"
    for author in ("cal", "ana", "ben"):
        assert f'href="/authors/{newsroom[author].slug}/" rel="author"' in html


@pytest.mark.parametrize(
    ("names", "expected"),
    [(["A One"], "By A One"), (["A One", "B Two"], "By A One and B Two")],
)
def test_short_bylines_read_naturally(client, names, expected):
    article = story_by(*[AuthorFactory(name=name) for name in names])

    assert byline_of(client.get(article.get_absolute_url()).text) == expected


def test_article_page_shows_section_kicker_and_linked_tags(client, newsroom):
    html = client.get(newsroom["newer"].get_absolute_url()).text

    assert '<p class="kicker"><a href="/sections/politics/">Politics</a></p>' in html
    assert '<a href="/tags/budget/" rel="tag">Budget</a>' in html
    assert '<a href="/tags/taxes/" rel="tag">Taxes</a>' in html


def test_an_article_without_byline_section_or_tags_shows_none(client, published_article):
    html = client.get(published_article.get_absolute_url()).text

    assert 'class="byline"' not in html and 'class="kicker"' not in html and 'rel="tag"' not in html


def test_cards_on_the_home_page_carry_byline_and_section(client, newsroom):
    html = client.get("/").text

    assert "By Cal Byline, Ana Byline and Ben Byline" in re.sub(r"<[^>]+>", "", html)
    assert html.count('<p class="kicker"><a href="/sections/politics/">Politics</a></p>') == 2


def test_related_articles_share_a_tag_or_a_person_newest_first_published_only(client, newsroom):
    article = newsroom["newer"]
    speaker = PersonFactory(name="Shared Person")
    article.people.add(speaker)
    by_person = ArticleFactory(published=True, headline="Shares a person", published_at=hours_ago(2))
    by_person.people.add(speaker)
    unrelated = ArticleFactory(published=True, headline="Shares nothing at all")
    old_ones = [ArticleFactory(published=True, published_at=hours_ago(10 + n)) for n in range(4)]
    for old in old_ones:
        old.tags.add(newsroom["taxes"])
    scheduled = ArticleFactory(scheduled=True, headline="Scheduled relative")
    scheduled.tags.add(newsroom["budget"])

    html = client.get(article.get_absolute_url()).text
    related = re.search(r'<aside class="related".*?</aside>', html, re.S).group(0)
    headlines = re.findall(r'<a href="[^"]+">([^<]+)</a>', related)

    assert headlines == ["Shares a person", "Older budget story", old_ones[0].headline, old_ones[1].headline]
    for hidden in ("Newer budget story", "Draft headline", "Scheduled relative", unrelated.headline):
        assert hidden not in related


# Author, section and tag pages


def test_author_page_shows_bio_and_published_articles_newest_first(client, newsroom):
    response = client.get("/authors/ana-byline/")
    html = response.text

    assert response.status_code == 200
    assert '<h1 class="page-title">Ana Byline</h1>' in html and "Ana covers the budget." in html
    assert html.index("Newer budget story") < html.index("Older budget story")
    assert "Draft headline" not in html
    assert 'href="/authors/ana-byline/feed/"' in html


def test_section_page_shows_description_and_its_articles(client, newsroom):
    html = client.get("/sections/politics/").text

    assert "Parliament and government." in html
    assert html.index("Newer budget story") < html.index("Older budget story")
    assert 'href="/sections/politics/feed/"' in html


def test_tag_page_lists_its_articles_only(client, newsroom):
    html = client.get("/tags/taxes/").text

    assert "Newer budget story" in html and "Older budget story" not in html
    assert 'href="/tags/taxes/feed/"' in html


@pytest.mark.parametrize(
    "url",
    [
        "/authors/ghost-writer/", "/sections/secret-desk/", "/tags/embargoed-topic/",
        "/authors/ghost-writer/feed/", "/sections/secret-desk/feed/", "/tags/embargoed-topic/feed/",
        "/authors/nobody/", "/sections/nowhere/", "/tags/nothing/",
    ],
)  # fmt: skip
def test_pages_of_authors_sections_and_tags_without_a_published_article_are_404(client, newsroom, url):
    assert client.get(url).status_code == 404


def test_a_scheduled_article_gives_no_page_until_its_time(client):
    author = AuthorFactory(name="Future Writer")
    article = ArticleFactory(scheduled=True)
    Byline.objects.create(article=article, author=author)

    assert client.get(author.get_absolute_url()).status_code == 404


def test_listing_pages_are_cursor_paged(client, settings, newsroom):
    settings.NEWSROOM_ARTICLES_PER_PAGE = 1
    first = client.get("/tags/budget/").text
    older = re.search(r'href="\?before=([^"]+)"', first).group(1)
    second = client.get(f"/tags/budget/?before={older}").text

    assert "Newer budget story" in first and "Older budget story" not in first
    assert "Older budget story" in second and "Newer budget story" not in second
    assert client.get("/tags/budget/?before=not-a-cursor").status_code == 404


# Feeds


def test_listing_feeds_carry_authors_and_categories(client, newsroom):
    rss = client.get("/authors/ana-byline/feed/").content.decode()

    assert "Newer budget story" in rss and "Older budget story" in rss and "Draft headline" not in rss
    creators = re.findall(r"<dc:creator[^>]*>([^<]+)</dc:creator>", rss)
    assert creators == ["Cal Byline", "Ana Byline", "Ben Byline", "Ana Byline"]  # newer story, then older
    assert "<category>Politics</category><category>Budget</category><category>Taxes</category>" in rss
    assert "Newer budget story" in client.get("/sections/politics/feed/").content.decode()
    assert "Older budget story" not in client.get("/tags/taxes/feed/").content.decode()


def test_site_feeds_carry_authors_and_categories(client, newsroom):
    rss = client.get(reverse("articles:feed-rss")).content.decode()
    atom = client.get(reverse("articles:feed-atom")).content.decode()

    assert '<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Cal Byline</dc:creator>' in rss
    assert "<category>Politics</category>" in rss
    assert (
        "<author><name>Cal Byline</name><uri>http://testserver/authors/cal-byline/</uri></author>"
        "<author><name>Ana Byline</name><uri>http://testserver/authors/ana-byline/</uri></author>"
    ) in atom
    assert '<category term="Taxes"/>' in atom
    assert "Ghost Writer" not in rss + atom and "Embargoed Topic" not in rss + atom


# JSON-LD


def test_news_article_json_ld_has_authors_section_and_keywords(client, newsroom):
    data = json_ld(client.get(newsroom["newer"].get_absolute_url()).text)

    assert data["author"] == [
        {"@type": "Person", "name": "Cal Byline", "url": "http://testserver/authors/cal-byline/"},
        {"@type": "Person", "name": "Ana Byline", "url": "http://testserver/authors/ana-byline/"},
        {"@type": "Person", "name": "Ben Byline", "url": "http://testserver/authors/ben-byline/"},
    ]
    assert data["articleSection"] == "Politics"
    assert data["keywords"] == ["Budget", "Taxes"]


def test_person_and_author_json_ld_carry_their_descriptions(client, newsroom):
    person = PersonFactory(name="Dee Scribed", description="Finance minister since 2024.")
    newsroom["newer"].people.add(person)

    person_data = json_ld(client.get(person.get_absolute_url()).text)
    author_data = json_ld(client.get("/authors/ana-byline/").text)

    assert person_data["description"] == "Finance minister since 2024."
    assert "Finance minister since 2024." in client.get(person.get_absolute_url()).text
    assert author_data == {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": "Ana Byline",
        "url": "http://testserver/authors/ana-byline/",
        "description": "Ana covers the budget.",
    }


# Sitemaps, masthead, favicon, search


def test_sitemaps_list_public_authors_sections_and_tags_only(client, newsroom):
    index = client.get("/sitemap.xml").text
    authors = client.get("/sitemap-authors.xml").text
    sections = client.get("/sitemap-sections.xml").text
    tags = client.get("/sitemap-tags.xml").text

    for name in ("authors", "sections", "tags"):
        assert f"http://testserver/sitemap-{name}.xml" in index
    assert "/authors/ana-byline/" in authors and "/authors/cal-byline/" in authors
    assert "/sections/politics/" in sections
    assert "/tags/budget/" in tags and "/tags/taxes/" in tags
    everything = authors + sections + tags
    assert "ghost-writer" not in everything and "secret-desk" not in everything and "embargoed" not in everything


def test_masthead_lists_sections_with_published_articles_in_order(client, newsroom):
    sport = SectionFactory(name="Sport", slug="sport", position=1)
    ArticleFactory(published=True, section=sport)
    hidden = SectionFactory(name="Hidden Desk", slug="hidden-desk", show_in_navigation=False)
    ArticleFactory(published=True, section=hidden)
    SectionFactory(name="Empty Desk", slug="empty-desk")

    html = client.get("/").text
    nav = re.search(r'<nav class="wrap sections-nav" aria-label="Sections">(.*?)</nav>', html, re.S).group(1)

    assert re.findall(r">([^<]+)</a>", nav) == ["Politics", "Sport"]  # position 0, then 1
    assert "Hidden Desk" not in nav and "Empty Desk" not in nav and "Secret Desk" not in nav
    assert 'aria-current="page"' in client.get("/sections/sport/").text


def test_the_404_page_needs_no_database_for_its_masthead(client, monkeypatch):
    from django.db import OperationalError

    from articles.domain.models import Section

    def unavailable(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(Section.objects, "public", unavailable)
    response = client.get("/no-such-page/")

    assert response.status_code == 404 and 'class="masthead"' in response.text
    assert "sections-nav" not in response.text


def test_favicon_is_linked_and_favicon_ico_redirects_to_it(client):
    html = client.get("/").text
    response = client.get("/favicon.ico")

    assert '<link rel="icon" href="/static/articles/favicon.svg" type="image/svg+xml">' in html
    assert response.status_code == 302 and response["Location"] == "/static/articles/favicon.svg"
    assert "max-age=86400" in response["Cache-Control"]


def test_search_finds_public_people_by_name_alias_or_title(client, newsroom):
    person = PersonFactory(name="Olena <b>Bold</b>", slug="olena", title="Finance Minister", aliases="Olenka")
    newsroom["newer"].people.add(person)
    hidden = PersonFactory(name="Olena Hidden", slug="olena-hidden")
    newsroom["draft"].people.add(hidden)

    by_name = client.get(reverse("articles:search"), {"q": "olena"}).text
    by_alias = client.get(reverse("articles:search"), {"q": "Olenka"}).text
    by_title = client.get(reverse("articles:search"), {"q": "finance minister"}).text

    assert 'href="/people/olena/">Olena &lt;b&gt;Bold&lt;/b&gt;</a>' in by_name
    assert "<b>Bold</b>" not in by_name
    assert "Olena Hidden" not in by_name
    assert 'href="/people/olena/"' in by_alias and 'href="/people/olena/"' in by_title


# Escaping


def test_names_bios_and_descriptions_are_escaped_everywhere(client):
    author = AuthorFactory(name="<script>alert('a')</script>", slug="evil-author", bio="<img src=x onerror=alert(1)>")
    section = SectionFactory(name="<i>Sec</i>", slug="evil-section", description="<b>desc</b>")
    tag = TagFactory(name="<u>tag</u>", slug="evil-tag")
    article = story_by(author, section=section)
    article.tags.add(tag)

    pages = [
        client.get(url).content.decode()
        for url in (
            article.get_absolute_url(),
            "/",
            "/authors/evil-author/",
            "/sections/evil-section/",
            "/tags/evil-tag/",
        )
    ]
    feeds = client.get("/authors/evil-author/feed/").content.decode()
    for html in pages:
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "<i>Sec</i>" not in html and "<u>tag</u>" not in html and "<b>desc</b>" not in html
    assert (
        "&lt;script&gt;" in pages[0] and "&lt;i&gt;Sec&lt;/i&gt;" in pages[0] and "&lt;u&gt;tag&lt;/u&gt;" in pages[0]
    )
    assert "<script>alert" not in feeds
    ld = json_ld(pages[0])
    assert ld["author"][0]["name"] == "<script>alert('a')</script>"  # JSON-LD keeps the text, escaped for <script>
    assert "\\u003Cscript" in pages[0]


# Drafts never shown anywhere


def test_a_draft_and_what_only_it_uses_never_reach_a_reader(client, newsroom):
    urls = [
        "/", "/authors/ana-byline/", "/sections/politics/", "/tags/budget/", "/authors/ana-byline/feed/",
        "/tags/budget/feed/", reverse("articles:feed-rss"), reverse("articles:feed-atom"),
        newsroom["newer"].get_absolute_url(), newsroom["older"].get_absolute_url(),
        "/sitemap-articles.xml", "/sitemap-authors.xml", "/sitemap-sections.xml", "/sitemap-tags.xml",
        "/search/?q=draft", "/search/?q=ghost", "/api/articles", "/api/authors", "/api/sections", "/api/tags",
        "/api/authors/ana-byline/articles", "/api/tags/budget/articles", "/api/sections/politics/articles",
    ]  # fmt: skip
    for url in urls:
        response = client.get(url)
        text = response.content.decode()
        assert response.status_code == 200, url
        for secret in ("Draft headline", "Ghost Writer", "ghost-writer", "Secret Desk", "Embargoed Topic"):
            assert secret not in text, (url, secret)


# Queries per page


@pytest.fixture
def crowded():
    """Fifteen published articles, each with five authors, five tags and a section."""
    section = SectionFactory(name="Crowded", slug="crowded")
    authors = AuthorFactory.create_batch(5)
    tags = TagFactory.create_batch(5)
    people = PersonFactory.create_batch(5)
    articles = []
    for n in range(15):
        article = story_by(*authors, section=section, published_at=hours_ago(n + 1))
        article.tags.set(tags)
        article.people.set(people)
        articles.append(article)
    return {"section": section, "author": authors[0], "tag": tags[0], "article": articles[0]}


@pytest.mark.parametrize(
    ("page", "bound"),
    [
        ("home", 4),  # ids and versions, articles, bylines, masthead
        ("author", 4),  # author, articles, bylines, masthead
        ("section", 4),
        ("tag", 4),
        ("article", 8),  # article, quotes, people, corrections, bylines, tags, related, masthead
    ],
)
def test_pages_with_many_authors_and_tags_make_constant_queries(
    client, crowded, page, bound, django_assert_max_num_queries
):
    url = {
        "home": "/",
        "author": crowded["author"].get_absolute_url(),
        "section": crowded["section"].get_absolute_url(),
        "tag": crowded["tag"].get_absolute_url(),
        "article": crowded["article"].get_absolute_url(),
    }[page]
    with django_assert_max_num_queries(bound):
        response = client.get(url)

    assert response.status_code == 200
    assert response.content.decode().count('rel="author"') >= 5


@pytest.mark.parametrize("which", ["site", "author", "tag"])
def test_feeds_with_many_authors_and_tags_make_constant_queries(client, crowded, which, django_assert_max_num_queries):
    url = {
        "site": reverse("articles:feed-rss"),
        "author": reverse("articles:author-feed", args=[crowded["author"].slug]),
        "tag": reverse("articles:tag-feed", args=[crowded["tag"].slug]),
    }[which]
    # articles, bylines, corrections, tags, and the retractions (site) or the author/tag
    with django_assert_max_num_queries(5):
        rss = client.get(url).content.decode()
    assert rss.count("<dc:creator") == 75


def test_the_api_article_list_makes_constant_queries(client, crowded, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):  # the page's ids and versions, articles, bylines, tags
        data = client.get("/api/articles").json()
    assert len(data["items"]) == 15 and len(data["items"][0]["authors"]) == 5


# API


def test_api_articles_carry_authors_section_and_tags(client, newsroom):
    listed = client.get("/api/articles").json()["items"][0]
    detail = client.get(f"/api/articles/{newsroom['newer'].slug}").json()

    for data in (listed, detail):
        assert [author["name"] for author in data["authors"]] == ["Cal Byline", "Ana Byline", "Ben Byline"]
        assert data["authors"][0]["url"] == "/authors/cal-byline/"
        assert data["section"] == {"slug": "politics", "name": "Politics", "url": "/sections/politics/"}
        assert [tag["slug"] for tag in data["tags"]] == ["budget", "taxes"]


def test_api_authors_sections_and_tags(client, newsroom):
    authors = client.get("/api/authors").json()["items"]
    ana = client.get("/api/authors/ana-byline").json()
    ana_articles = client.get("/api/authors/ana-byline/articles").json()["items"]
    sections = client.get("/api/sections").json()["items"]
    politics = client.get("/api/sections/politics").json()
    tags = client.get("/api/tags").json()["items"]
    taxes_articles = client.get("/api/tags/taxes/articles").json()["items"]

    assert [author["slug"] for author in authors] == ["ana-byline", "ben-byline", "cal-byline"]
    assert ana["bio"] == "Ana covers the budget."
    assert [article["headline"] for article in ana_articles] == ["Newer budget story", "Older budget story"]
    assert [section["slug"] for section in sections] == ["politics"]
    assert politics["description"] == "Parliament and government."
    assert [tag["slug"] for tag in tags] == ["budget", "taxes"]
    assert [article["headline"] for article in taxes_articles] == ["Newer budget story"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/authors/ghost-writer", "/api/sections/secret-desk", "/api/tags/embargoed-topic",
        "/api/authors/ghost-writer/articles", "/api/sections/secret-desk/articles", "/api/tags/embargoed-topic/articles",
        "/api/authors/nobody", "/api/tags/nothing/articles",
    ],
)  # fmt: skip
def test_api_is_404_without_a_published_article(client, newsroom, url):
    response = client.get(url)

    assert response.status_code == 404 and response.json() == {"detail": "Not Found"}


def test_api_schema_documents_404_and_422(client):
    schema = client.get("/api/openapi.json").json()

    for path in ("/api/authors/{slug}", "/api/sections/{slug}/articles", "/api/tags/{slug}", "/api/articles/{slug}"):
        assert {"200", "404", "422"} <= set(schema["paths"][path]["get"]["responses"]), path
    assert {"200", "422"} <= set(schema["paths"]["/api/tags"]["get"]["responses"])
    assert client.get("/api/tags?page=0").status_code == 422


# The page cache: a publish, unpublish or retraction shows at once on every listing


@pytest.fixture(params=["locmem", "redis"])
def page_cache(request, settings):
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
                "KEY_PREFIX": f"test-bylines-{os.getpid()}",
            }
        }
    else:
        settings.CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "bylines-test"}
        }
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 60
    from django.core.cache import cache

    cache.clear()
    yield request.param
    cache.clear()


LISTINGS = ("/authors/ana-byline/", "/sections/politics/", "/tags/budget/", "/tags/budget/feed/")


def test_publishing_unpublishing_and_retracting_show_at_once_on_cached_listings(client, page_cache, newsroom):
    editor = User.objects.create_superuser("chief", password="pw")
    for url in LISTINGS:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit", url
    draft = Article.objects.get(pk=newsroom["draft"].pk)
    draft.section = newsroom["politics"]
    draft.save()

    workflow.apply_transition(draft, "publish", editor)
    published = {url: client.get(url).content.decode() for url in LISTINGS}
    workflow.apply_transition(Article.objects.get(pk=draft.pk), "unpublish", editor)
    unpublished = {url: client.get(url).content.decode() for url in LISTINGS}
    workflow.apply_transition(Article.objects.get(pk=newsroom["newer"].pk), "retract", editor, reason="Wrong.")
    retracted = {url: client.get(url).content.decode() for url in LISTINGS}

    for url in LISTINGS:
        assert "Draft headline nobody may read" in published[url], url
        assert "Draft headline nobody may read" not in unpublished[url], url
        assert "Newer budget story" not in retracted[url], url


def test_renaming_an_author_refreshes_cached_pages(client, page_cache, newsroom):
    url = newsroom["newer"].get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    newsroom["cal"].name = "Cal Renamed"
    newsroom["cal"].save()

    assert "By Cal Renamed, Ana Byline and Ben Byline" in re.sub(r"<[^>]+>", "", client.get(url).text)
