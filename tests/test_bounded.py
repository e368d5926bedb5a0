"""Every public list is bounded: it never shows more than its page (or feed, or sitemap) size,
its queries do not grow with the archive, and a sitemap page does not count the archive."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.domain.models import Correction, Quote
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db

SIZE = 3  # every list's page size in these tests
ITEMS = 7  # more than two pages of everything


@pytest.fixture
def archive(settings, monkeypatch):
    settings.NEWSROOM_ARTICLES_PER_PAGE = SIZE
    settings.NEWSROOM_QUOTES_PER_PAGE = SIZE
    monkeypatch.setattr("articles.site.feeds.FEED_LENGTH", SIZE)
    monkeypatch.setattr("articles.site.sitemaps.PagedSitemap.limit", SIZE)
    monkeypatch.setattr("articles.site.views.NEWS_SITEMAP_LIMIT", SIZE)
    monkeypatch.setattr("articles.site.search.RESULTS_PER_KIND", SIZE)
    hot = PersonFactory(name="Hattie Hot")
    for n in range(ITEMS):
        article = ArticleFactory(published=True, headline=f"Bounded story {n}")
        article.people.add(hot)
        QuoteFactory(article=article, speaker=hot, text=f"Bounded words {n}", position=1)
        QuoteFactory(
            article=article, speaker=PersonFactory(name=f"Other Speaker{n}"), text=f"Bounded more {n}", position=2
        )
        Correction.objects.create(article=article, text=f"Bounded correction {n}")
    return {"hot": hot}


ARTICLE = r"/articles/something-happened-\d+/"
QUOTE = r"/quotes/\d+/"
PERSON = r"/people/(?:hattie-hot|other-speaker\d+)/"
CORRECTION = r"#correction-\d+"


def _lists(hot):
    """(url, what each item links to): every public list of the site."""
    return [
        ("/", ARTICLE),
        ("/?page=2", ARTICLE),
        ("/corrections/", CORRECTION),
        (hot.get_absolute_url(), QUOTE),
        ("/search/?q=Bounded", QUOTE),
        ("/search/?q=Bounded", ARTICLE),
        ("/feeds/rss/", ARTICLE),
        ("/feeds/atom/", ARTICLE),
        (f"/people/{hot.slug}/feed/", QUOTE),
        ("/sitemap-articles.xml", ARTICLE),
        ("/sitemap-articles.xml?p=2", ARTICLE),
        ("/sitemap-people.xml", PERSON),
        ("/sitemap-quotes.xml", QUOTE),
        ("/sitemap-quotes.xml?p=3", QUOTE),
        ("/sitemap-news.xml", ARTICLE),
    ]


def test_no_list_shows_more_than_its_size(client, archive):
    for url, item in _lists(archive["hot"]):
        response = client.get(url)

        assert response.status_code == 200, url
        found = set(re.findall(item, response.content.decode()))
        assert 0 < len(found) <= SIZE, (url, len(found))


@pytest.mark.parametrize("url", ["/api/articles", "/api/people", "/api/quotes", "/api/people/hattie-hot/quotes"])
def test_api_lists_return_at_most_their_page_size(client, archive, url):
    assert len(client.get(url, {"page_size": SIZE}).json()["items"]) == SIZE
    assert len(client.get(url, {"page_size": 100}).json()["items"]) <= 100
    assert client.get(url, {"page_size": 101}).status_code == 422


def test_list_queries_do_not_grow_with_the_archive(client, archive, django_assert_max_num_queries):
    # Cold (the sitemaps' statistics not yet cached) and after twice as much content.
    for _round in range(2):
        for url, _ in _lists(archive["hot"]):
            with django_assert_max_num_queries(5):
                assert client.get(url).status_code == 200, url
        # The article list cold: the page's ids and versions, its articles, bylines, tags.
        for url in ("/api/articles", "/api/people", "/api/quotes", "/api/people/hattie-hot/quotes"):
            with django_assert_max_num_queries(4):
                assert client.get(url).status_code == 200, url
        for _n in range(ITEMS):
            QuoteFactory(article=ArticleFactory(published=True), speaker=archive["hot"], position=1)


def test_sitemap_index_lists_every_page_and_the_pages_cover_each_url_once(client, archive):
    index = client.get("/sitemap.xml").text
    pages = re.findall(r"<loc>http://testserver([^<]+)</loc>", index)

    assert "/sitemap-quotes.xml?p=5" in pages and "/sitemap-quotes.xml?p=6" not in pages  # 14 quotes
    assert "/sitemap-articles.xml?p=3" in pages and "/sitemap-articles.xml?p=4" not in pages
    assert client.get("/sitemap-quotes.xml?p=6").status_code == 404
    quotes = [url for page in pages if "quotes" in page for url in re.findall(QUOTE, client.get(page).text)]
    assert len(quotes) == len(set(quotes)) == 2 * ITEMS
    assert "<lastmod>" in index


def test_a_sitemap_page_reads_its_rows_without_counting_the_section(client, archive):
    client.get("/sitemap.xml")  # the sections' sizes, once per content generation

    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sitemap-quotes.xml?p=2").status_code == 200
        assert client.get("/sitemap.xml").status_code == 200

    assert len(queries) == 1
    assert "COUNT(" not in queries[0]["sql"].upper() and "LIMIT" in queries[0]["sql"].upper()


def test_a_content_change_shows_in_the_sitemaps_at_once(client, archive):
    client.get("/sitemap.xml")
    new = QuoteFactory(article=ArticleFactory(published=True), position=1)

    pages = re.findall(r"<loc>http://testserver([^<]+)</loc>", client.get("/sitemap.xml").text)

    assert "/sitemap-quotes.xml?p=5" in pages
    assert new.get_absolute_url() in client.get("/sitemap-quotes.xml?p=5").text


def test_sitemap_locations_are_the_items_own_addresses(client, archive):
    from articles.domain.models import Article, Person

    Article.objects.filter(pk=ArticleFactory(published=True).pk).update(slug="Mixed_Case-slug-9")
    Person.objects.filter(pk=archive["hot"].pk).update(slug="Hattie_Hot-2")
    expected = {
        "articles": [a.get_absolute_url() for a in Article.objects.published()],
        "people": [p.get_absolute_url() for p in Person.objects.public()],
        "quotes": [q.get_absolute_url() for q in Quote.objects.published()],
    }
    for section, urls in expected.items():
        listed = []
        page = 1
        while (response := client.get(f"/sitemap-{section}.xml", {"p": page})).status_code == 200:
            listed += re.findall(r"<loc>http://testserver([^<]+)</loc>", response.text)
            page += 1
        assert sorted(listed) == sorted(urls), section
