import json

import pytest
from django.contrib.auth.models import User

from articles import api
from articles.domain import workflow
from articles.domain.models import Article, Byline, Quote
from tests.factories import ArticleFactory, AuthorFactory, PersonFactory, QuoteFactory, TagFactory
from tests.test_images import make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    speaker = PersonFactory(name="Ana Api", title="Spokesperson", aliases="Api")
    article = ArticleFactory(published=True, headline="Published through the API")
    article.people.add(speaker)
    quote = QuoteFactory(article=article, speaker=speaker, text="Open data matters", position=1)
    draft = ArticleFactory(headline="Draft must not leak")
    draft_speaker = PersonFactory(name="Draft Only")
    QuoteFactory(article=draft, speaker=draft_speaker, text="Leaked words")
    return {"article": article, "speaker": speaker, "quote": quote, "draft": draft, "draft_speaker": draft_speaker}


def test_article_list_is_paginated_and_published_only(client, content):
    data = client.get("/api/articles").json()

    assert len(data["items"]) == 1 and data["next_page"] is None and data["previous_page"] is None
    assert data["items"][0]["headline"] == "Published through the API"
    assert data["items"][0]["deck"] == ["The first summary line", "The second summary line"]


def test_article_detail_has_body_people_and_quotes(client, content):
    data = client.get(f"/api/articles/{content['article'].slug}").json()

    assert [block["kind"] for block in data["body"]] == ["paragraph", "paragraph", "crosshead", "caption", "paragraph"]
    assert data["people"][0]["name"] == "Ana Api"
    assert data["quotes"][0]["text"] == "Open data matters"
    assert data["quotes"][0]["speaker"]["slug"] == content["speaker"].slug


def test_people_and_quotes_endpoints(client, content):
    people = client.get("/api/people").json()
    person = client.get(f"/api/people/{content['speaker'].slug}").json()
    quotes = client.get("/api/quotes").json()
    quote = client.get(f"/api/quotes/{content['quote'].pk}").json()
    their_quotes = client.get(f"/api/people/{content['speaker'].slug}/quotes").json()

    assert [p["name"] for p in people["items"]] == ["Ana Api"]
    assert person["aliases"] == ["Api"] and person["title"] == "Spokesperson"
    assert [q["text"] for q in quotes["items"]] == ["Open data matters"]
    assert quote["article"]["slug"] == content["article"].slug
    assert len(their_quotes["items"]) == 1


def test_unpublished_content_is_404_or_absent(client, content):
    draft_quote = content["draft"].quotes.get()

    assert client.get(f"/api/articles/{content['draft'].slug}").status_code == 404
    assert client.get(f"/api/quotes/{draft_quote.pk}").status_code == 404
    assert client.get(f"/api/people/{content['draft_speaker'].slug}").status_code == 404
    everything = "".join(client.get(url).text for url in ("/api/articles", "/api/people", "/api/quotes"))
    assert "Leaked words" not in everything and "Draft" not in everything


def test_lists_page_without_counting(client):
    for _ in range(3):
        QuoteFactory()

    first = client.get("/api/quotes", {"page_size": 2}).json()
    second = client.get("/api/quotes", {"page_size": 2, "page": 2}).json()

    assert (len(first["items"]), first["next_page"], first["previous_page"]) == (2, 2, None)
    assert (len(second["items"]), second["next_page"], second["previous_page"]) == (1, None, 1)


@pytest.mark.parametrize("page", ["0", "-1", "99999999999999999999", "abc", "10001"])
def test_bad_page_numbers_are_client_errors(client, content, page):
    assert client.get("/api/quotes", {"page": page}).status_code == 422


def test_the_openapi_schema_describes_every_endpoint(client):
    schema = client.get("/api/openapi.json").json()

    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) >= {
        "/api/articles",
        "/api/articles/{slug}",
        "/api/people",
        "/api/people/{slug}",
        "/api/people/{slug}/quotes",
        "/api/quotes",
        "/api/quotes/{quote_id}",
    }


@pytest.mark.parametrize(
    ("url", "queries"),
    # Lists of kept items (issue 15) read the page's ids and versions, then the rows of the items
    # not kept; articles add their bylines and tags (issue 13).
    [("/api/articles", 4), ("/api/quotes", 2), ("/api/people", 1)],
)
def test_api_lists_use_a_constant_number_of_queries(client, url, queries, django_assert_max_num_queries):
    for _ in range(15):
        article = ArticleFactory(published=True)
        speaker = PersonFactory()
        article.people.add(speaker)
        QuoteFactory(article=article, speaker=speaker)

    with django_assert_max_num_queries(queries):
        assert client.get(url).status_code == 200


def test_article_detail_queries_are_constant(client, django_assert_max_num_queries):
    article = ArticleFactory(published=True)
    for position in range(1, 21):
        speaker = PersonFactory()
        article.people.add(speaker)
        QuoteFactory(article=article, speaker=speaker, position=position)

    with django_assert_max_num_queries(5):  # + bylines, tags (issue 13)
        assert client.get(f"/api/articles/{article.slug}").status_code == 200


def test_kept_quote_items_answer_what_serialising_the_rows_gives_and_follow_edits(
    client, django_assert_max_num_queries
):
    article = ArticleFactory(published=True, headline="Kept in the API")
    speaker = PersonFactory(name="Ada Kept", title="Mayor")
    quote = QuoteFactory(article=article, speaker=speaker, text="First words", position=1)
    first = client.get("/api/quotes").json()
    with django_assert_max_num_queries(1):  # every item kept: the page's ids and versions only
        assert client.get("/api/quotes").json() == first
    assert first["items"][0]["speaker"] == {
        "slug": speaker.slug, "name": "Ada Kept", "title": "Mayor", "url": speaker.get_absolute_url(),
    }  # fmt: skip

    speaker.title = "Former mayor"
    speaker.save()
    article.headline = "Kept in the API, updated"
    article.save()
    quote.refresh_from_db()
    quote.context = "At the town hall."
    quote.save()

    item = client.get("/api/quotes").json()["items"][0]
    assert item["speaker"]["title"] == "Former mayor"
    assert item["article"]["headline"] == "Kept in the API, updated"
    assert item["context"] == "At the town hall."

    chief = User.objects.create_superuser("chief", password="pw")
    workflow.apply_transition(Article.objects.get(pk=article.pk), "retract", chief, reason="Wrong.")
    assert client.get("/api/quotes").json()["items"] == []


def test_kept_article_items_follow_their_tags_authors_and_lead_image(client, django_assert_max_num_queries):
    image = make_image(700, 350, alt="Old words")
    article = ArticleFactory(published=True, headline="Kept summary", image=image)
    tag = TagFactory(name="Harbour")
    article.tags.add(tag)
    author = AuthorFactory(name="Kim Writer")
    Byline.objects.create(article=article, author=author, position=1)
    first = client.get("/api/articles").json()
    with django_assert_max_num_queries(1):  # every item kept: the page's ids and versions only
        assert client.get("/api/articles").json() == first
    assert first["items"][0]["image"]["url"].startswith("http://testserver/")
    other_host = client.get("/api/articles", HTTP_HOST="127.0.0.1").json()  # its own absolute URLs
    assert other_host["items"][0]["image"]["url"].startswith("http://127.0.0.1/")

    tag.name = "Harbour front"
    tag.save()
    author.name = "Kim Writer-Lee"
    author.save()
    image.alt_text = "New words"
    image.save()

    item = client.get("/api/articles").json()["items"][0]
    assert [t["name"] for t in item["tags"]] == ["Harbour front"]
    assert [a["name"] for a in item["authors"]] == ["Kim Writer-Lee"]
    assert item["image"]["alt"] == "New words"


@pytest.mark.parametrize(
    ("url", "rows", "schema"),
    [
        ("/api/quotes", lambda: api._quotes(), api.QuoteOut),
        ("/api/articles", lambda: api._articles(), api.ArticleSummary),
        ("/api/people/kept-speaker/quotes", lambda: api._quote_columns(Quote.objects.published()), api.QuoteOut),
    ],
)
def test_kept_list_pages_answer_what_validating_the_rows_with_their_schema_gives(
    client, rf, settings, tmp_path, url, rows, schema
):
    """A kept list answers from the items it keeps, without validating them again: the page must
    be what ninja itself makes of the rows (its paged schema, dump and renderer), first when the
    items are serialised and then when they are read back from the cache."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    speaker = PersonFactory(name="Kept Speaker", slug="kept-speaker", title="Harbour master")
    for number in range(3):
        article = ArticleFactory(
            published=True, headline=f"Kept story {number}", image=make_image(700, 350, alt="A pier")
        )
        article.tags.add(TagFactory())
        Byline.objects.create(article=article, author=AuthorFactory(), position=1)
        QuoteFactory(article=article, speaker=speaker, text=f"Words number {number}", position=1)
    request = rf.get(url)
    page = {"items": list(rows()), "page": 1, "next_page": None, "previous_page": None}
    made = api.paged(schema).model_validate(page, context={"request": request}).model_dump()
    expected = json.loads(api.api.renderer.render(request, made, response_status=200))

    assert len(expected["items"]) == 3
    assert client.get(url).json() == expected  # items serialised now, and kept
    assert client.get(url).json() == expected  # items read back
