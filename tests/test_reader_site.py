"""Feeds, sitemaps, robots.txt, search, structured data and conditional GETs."""

import datetime as dt
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.domain.models import Article
from articles.site import search
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    """A published article with a quote, and a draft and a scheduled one that must stay hidden."""
    speaker = PersonFactory(name="Olena Visible", title="Finance Minister")
    published = ArticleFactory(published=True, headline="Budget passes after long night")
    quote = QuoteFactory(article=published, speaker=speaker, text="The budget protects pensions")
    published.people.add(speaker)
    hidden_speaker = PersonFactory(name="Hidden Person")
    draft = ArticleFactory(headline="Secret draft budget plan")
    QuoteFactory(article=draft, speaker=hidden_speaker, text="Secret budget words")
    scheduled = ArticleFactory(scheduled=True, headline="Scheduled budget story")
    QuoteFactory(article=scheduled, speaker=speaker, text="Embargoed budget words")
    return {"article": published, "quote": quote, "speaker": speaker, "hidden": hidden_speaker}


HIDDEN = ("Secret draft", "Secret budget words", "Scheduled budget story", "Embargoed budget words", "hidden-person")


def assert_nothing_hidden(text):
    for marker in HIDDEN:
        assert marker not in text


@pytest.mark.parametrize("name", ["articles:feed-rss", "articles:feed-atom"])
def test_site_feeds_list_published_articles_only(client, site, name):
    response = client.get(reverse(name))

    assert response.status_code == 200
    assert "Budget passes after long night" in response.text
    assert_nothing_hidden(response.text)


def test_person_feed_lists_their_published_quotes(client, site):
    response = client.get(reverse("articles:person-feed", args=[site["speaker"].slug]))

    assert response.status_code == 200
    assert "The budget protects pensions" in response.text
    assert_nothing_hidden(response.text)


def test_person_feed_of_a_draft_only_person_is_404(client, site):
    assert client.get(reverse("articles:person-feed", args=[site["hidden"].slug])).status_code == 404


def test_feed_descriptions_escape_markup(client):
    ArticleFactory(published=True, deck="<script>alert(1)</script>")

    response = client.get(reverse("articles:feed-rss"))

    assert "<script>" not in response.text
    assert "&lt;script&gt;" not in response.text.replace("&amp;lt;script&amp;gt;", "")


def test_pages_advertise_their_feeds(client, site):
    home = client.get("/").text
    person = client.get(site["speaker"].get_absolute_url()).text

    assert 'rel="alternate" type="application/rss+xml"' in home
    assert 'type="application/atom+xml"' in home
    assert reverse("articles:person-feed", args=[site["speaker"].slug]) in person


def test_sitemap_index_and_sections_hold_published_content_only(client, site):
    index = client.get("/sitemap.xml")
    sections = re.findall(r"<loc>(http://testserver[^<]+)</loc>", index.text)

    assert index.status_code == 200 and len(sections) == 6  # + authors, sections, tags (issue 13)
    bodies = "".join(client.get(url.removeprefix("http://testserver")).text for url in sections)
    assert site["article"].get_absolute_url() in bodies
    assert site["speaker"].get_absolute_url() in bodies
    assert site["quote"].get_absolute_url() in bodies
    assert "<lastmod>" in bodies
    assert_nothing_hidden(bodies)


def test_news_sitemap_lists_recent_articles_in_the_news_namespace(client, site):
    ArticleFactory(
        status=Article.Status.PUBLISHED, published_at=timezone.now() - dt.timedelta(days=5), headline="Old news"
    )

    response = client.get(reverse("news-sitemap"))

    assert 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' in response.text
    assert "Budget passes after long night" in response.text
    assert "Old news" not in response.text
    assert_nothing_hidden(response.text)


def test_robots_txt_names_the_sitemaps(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
    assert "Sitemap: http://testserver/sitemap-news.xml" in response.text


def test_search_finds_published_articles_and_quotes_with_highlights(client, site):
    response = client.get(reverse("articles:search"), {"q": "budget"})

    assert response.status_code == 200
    assert "Budget passes after long night" in response.text
    assert "protects pensions" in response.text
    assert "<mark>" in response.text
    assert_nothing_hidden(response.text)


def test_search_form_is_on_every_page(client, site):
    for url in ("/", site["article"].get_absolute_url(), site["quote"].get_absolute_url()):
        assert 'role="search"' in client.get(url).text


@pytest.mark.parametrize("query", ["", "   ", "x" * 10_000, "' OR 1=1 --", "<script>", "!!! & | :*", "a"])
def test_odd_search_queries_answer_safely(client, site, query):
    response = client.get(reverse("articles:search"), {"q": query})

    assert response.status_code == 200
    assert "<script>" not in response.text.split('role="search"')[1]


def test_search_escapes_stored_text_around_matches(client):
    article = ArticleFactory(published=True, headline="Plain", body="budget <img src=x onerror=alert(1)> budget")

    response = client.get(reverse("articles:search"), {"q": "budget"})

    assert article.headline in response.text
    assert "<img src=x" not in response.text


def test_a_fallback_search_snippet_shows_the_words_around_the_first_match():
    body = " ".join(f"w{i}" for i in range(40)) + "\n\nThe Budget passed.\n\nMore budget news."

    snippet = search._snippet(body, ["budget"])

    words = " ".join(f"w{i}" for i in range(31, 40))
    assert snippet == f"… {words} The \ue000Budget\ue001 passed. More \ue000budget\ue001 news."


def _ld_json(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_article_json_ld_describes_the_news_article(client, site):
    data = _ld_json(client.get(site["article"].get_absolute_url()).text)

    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Budget passes after long night"
    assert data["datePublished"] and data["dateModified"]
    assert [person["name"] for person in data["mentions"]] == ["Olena Visible"]


def test_person_and_quote_json_ld(client, site):
    person = _ld_json(client.get(site["speaker"].get_absolute_url()).text)
    quotation = _ld_json(client.get(site["quote"].get_absolute_url()).text)

    assert person["@type"] == "Person" and person["jobTitle"] == "Finance Minister"
    assert quotation["@type"] == "Quotation"
    assert quotation["creator"]["name"] == "Olena Visible"
    assert quotation["isPartOf"]["headline"] == "Budget passes after long night"


def test_json_ld_cannot_be_closed_by_stored_text(client):
    article = ArticleFactory(published=True, headline="</script><script>alert(1)</script>")

    html = client.get(article.get_absolute_url()).text

    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "</script" not in block and "<script" not in block
    assert json.loads(block)["headline"] == article.headline


def test_every_page_has_canonical_and_open_graph_tags(client, site):
    for url in (
        "/",
        site["article"].get_absolute_url(),
        site["speaker"].get_absolute_url(),
        site["quote"].get_absolute_url(),
    ):
        html = client.get(url).text
        assert f'<link rel="canonical" href="http://testserver{url}">' in html
        assert 'property="og:title"' in html and 'name="twitter:card"' in html


def test_quote_page_offers_a_citation(client, site):
    html = client.get(site["quote"].get_absolute_url()).text

    assert "Cite this quote" in html
    assert "Olena Visible, quoted in “Budget passes after long night”" in html


@pytest.mark.parametrize("page", ["article", "quote", "home"])
def test_pages_answer_conditional_gets_with_304(client, site, page):
    url = {"article": site["article"].get_absolute_url(), "quote": site["quote"].get_absolute_url(), "home": "/"}[page]
    first = client.get(url)

    assert first.has_header("ETag")
    again = client.get(url, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    if page != "home":
        assert first.has_header("Last-Modified")
        assert client.get(url, headers={"if-modified-since": first["Last-Modified"]}).status_code == 304


def test_search_queries_are_constant(client, site, django_assert_max_num_queries):
    for number in range(20):
        QuoteFactory(
            article=site["article"],
            speaker=PersonFactory(),
            text=f"budget words {number}",
            position=site["quote"].position + 1 + number,  # the factory's sequence could reach a fixed number
        )

    with django_assert_max_num_queries(4):  # + people, and the masthead (issue 13)
        assert client.get(reverse("articles:search"), {"q": "budget"}).status_code == 200
