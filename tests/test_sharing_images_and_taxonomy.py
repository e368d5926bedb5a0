"""Issue 13's remaining gaps: the API carries lead images and photos (and documents them), feed
entries carry the lead image (Media RSS), the article page has OpenGraph article:section and
article:tag, and section and topic pages have JSON-LD CollectionPage."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from articles.domain.models import Byline
from tests.factories import ArticleFactory, AuthorFactory, PersonFactory, QuoteFactory, SectionFactory, TagFactory
from tests.test_images import make_image

pytestmark = pytest.mark.django_db

MEDIA = "{http://search.yahoo.com/mrss/}"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def story():
    section = SectionFactory(name="City & Port", slug="city")
    lead = make_image(2400, 1200, alt="Boats at dawn", caption="The harbour", credit="Pat Lee/Wire")
    article = ArticleFactory(published=True, slug="harbour", section=section, image=lead)
    article.tags.add(TagFactory(name="Harbour", slug="harbour"), TagFactory(name="<Storms>", slug="storms"))
    author = AuthorFactory(name="Ana Writer", slug="ana-writer", photo=make_image(600, 800, alt="Ana"))
    Byline.objects.create(article=article, author=author, position=1)
    speaker = PersonFactory(name="Mara Mayor", slug="mara-mayor", photo=make_image(500, 500, alt="The mayor"))
    article.people.add(speaker)
    QuoteFactory(article=article, speaker=speaker, position=1)
    return article


# The API ---------------------------------------------------------------------------------------


def test_the_api_article_carries_its_lead_image(client, story):
    detail = client.get("/api/articles/harbour").json()
    listed = client.get("/api/articles").json()["items"][0]

    image = detail["image"]
    assert image == listed["image"]
    assert image["url"].startswith("http://testserver/media/renditions/") and image["url"].endswith("/1280.jpg")
    assert (image["width"], image["height"], image["content_type"]) == (1280, 640, "image/jpeg")
    assert (image["alt"], image["caption"], image["credit"]) == ("Boats at dawn", "The harbour", "Pat Lee/Wire")


def test_an_article_without_an_image_has_null(client):
    ArticleFactory(published=True, slug="bare")
    assert client.get("/api/articles/bare").json()["image"] is None
    assert client.get("/api/articles").json()["items"][0]["image"] is None


def test_people_and_authors_carry_their_photo_urls(client, story):
    person = client.get("/api/people/mara-mayor").json()
    author = client.get("/api/authors/ana-writer").json()

    assert person["photo"]["url"].startswith("http://testserver/media/renditions/")
    assert (person["photo"]["width"], person["photo"]["alt"]) == (500, "The mayor")
    assert author["photo"]["url"].startswith("http://testserver/media/renditions/")
    assert author["photo"]["alt"] == "Ana"
    assert client.get("/api/people").json()["items"][0]["photo"] == person["photo"]
    assert client.get("/api/authors").json()["items"][0]["photo"] == author["photo"]


# The article list: the page's ids and versions, articles, bylines, tags, renditions.
@pytest.mark.parametrize(("url", "queries"), [("/api/articles", 5), ("/api/people", 2), ("/api/authors", 2)])
def test_api_lists_with_pictures_stay_at_constant_queries(client, url, queries, django_assert_max_num_queries):
    for n in range(6):
        article = ArticleFactory(published=True, image=make_image(400, 200, alt=f"Lead {n}"))
        speaker = PersonFactory(photo=make_image(300, 300, alt=f"Speaker {n}"))
        article.people.add(speaker)
        QuoteFactory(article=article, speaker=speaker)
        author = AuthorFactory(photo=make_image(300, 300, alt=f"Author {n}"))
        Byline.objects.create(article=article, author=author, position=1)

    with django_assert_max_num_queries(queries):
        items = client.get(url).json()["items"]
    assert len(items) == 6 and all((item.get("image") or item.get("photo"))["url"] for item in items)


def test_the_openapi_schema_documents_the_images(client):
    schema = client.get("/api/openapi.json").json()["components"]["schemas"]

    assert set(schema["ImageOut"]["required"]) == {"url", "width", "height", "content_type", "alt", "caption", "credit"}
    for name, field in (("ArticleDetail", "image"), ("ArticleSummary", "image"), ("PersonOut", "photo")):
        refs = json.dumps(schema[name]["properties"][field])
        assert "#/components/schemas/ImageOut" in refs and "null" in refs, name
    assert "#/components/schemas/ImageOut" in json.dumps(schema["AuthorOut"]["properties"]["photo"])


# Feeds -----------------------------------------------------------------------------------------


def test_rss_entries_carry_the_lead_image(client, story):
    ArticleFactory(published=True, slug="no-picture")
    root = ET.fromstring(client.get("/feeds/rss/").content)

    items = {item.findtext("link"): item for item in root.iter("item")}
    content = items["http://testserver/articles/harbour/"].find(f"{MEDIA}content")
    assert content.get("url").startswith("http://testserver/media/renditions/")
    assert (content.get("type"), content.get("medium")) == ("image/jpeg", "image")
    assert (content.get("width"), content.get("height")) == ("1280", "640")
    assert content.findtext(f"{MEDIA}description") == "Boats at dawn"
    assert content.findtext(f"{MEDIA}credit") == "Pat Lee/Wire"
    assert items["http://testserver/articles/no-picture/"].find(f"{MEDIA}content") is None


@pytest.mark.parametrize("url", ["/feeds/atom/", "/sections/city/feed/", "/tags/harbour/feed/"])
def test_the_other_feeds_carry_it_too(client, story, url):
    root = ET.fromstring(client.get(url).content)
    (content,) = list(root.iter(f"{MEDIA}content"))
    assert content.get("url").endswith("/1280.jpg") and content.get("width") == "1280"


def test_feeds_with_pictures_stay_at_constant_queries(client, django_assert_max_num_queries):
    ArticleFactory(published=True, image=make_image(400, 200))
    with django_assert_max_num_queries(10) as one:
        client.get("/feeds/rss/")
    for n in range(5):
        ArticleFactory(published=True, image=make_image(400 + n, 200))
    with django_assert_max_num_queries(len(one)):
        body = client.get("/feeds/rss/").content
    assert body.count(b"<media:content") == 6


# The article page -----------------------------------------------------------------------------


def test_the_article_page_has_opengraph_section_and_tags(client, story, django_assert_max_num_queries):
    html = client.get("/articles/harbour/").content.decode()

    assert '<meta property="article:section" content="City &amp; Port">' in html
    tags = re.findall(r'<meta property="article:tag" content="([^"]*)">', html)
    assert tags == ["&lt;Storms&gt;", "Harbour"]
    with django_assert_max_num_queries(0):  # warm: kept with the story, no query for the tags
        again = client.get("/articles/harbour/").content.decode()
    assert re.findall(r'<meta property="article:tag" content="([^"]*)">', again) == tags


def test_an_article_without_section_or_tags_has_neither_meta(client):
    article = ArticleFactory(published=True)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "article:section" not in html and "article:tag" not in html


# Section and topic pages ---------------------------------------------------------------------


def json_ld(html: str) -> list[dict]:
    return [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


@pytest.mark.parametrize(("url", "name"), [("/sections/city/", "City & Port"), ("/tags/storms/", "<Storms>")])
def test_section_and_topic_pages_are_collection_pages(client, story, url, name):
    other = ArticleFactory(published=True, section=story.section)
    other.tags.add(*story.tags.all())
    ArticleFactory(section=story.section, slug="draft-in-section").tags.add(*story.tags.all())  # a draft

    html = client.get(url).content.decode()

    (data,) = json_ld(html)
    assert data["@type"] == "CollectionPage" and data["name"] == name
    assert data["url"] == f"http://testserver{url}"
    listed = [item["url"] for item in data["mainEntity"]["itemListElement"]]
    assert listed == [f"http://testserver{other.get_absolute_url()}", "http://testserver/articles/harbour/"]
    assert "<Storms>" not in html  # escaped everywhere, the JSON-LD included
