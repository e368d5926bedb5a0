"""Page numbers, sitemap pages, API page sizes and cursors that are not ones we could have are
client errors (404 on pages, 422 from the API), never a server error, on every public route."""

import pytest

from articles.domain.models import Correction
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db

NOT_A_PAGE = ["abc", "999999999999999999999", "-1", "0", "1e3", "1.5", "10001", "0x10"]
# Numbers to int() and to the API's validation, but not how our pages are numbered.
ODD_NUMBERS = ["1_0", " 1", "1 ", "\u0661", "+1", "1.0"]
ODD = (
    NOT_A_PAGE
    + ODD_NUMBERS
    + ["", "1", "2", "9" * 5000, "%", "1.1.1", "1.99999999999999999999.1", "-9223372036854775809.1.1", "١.١.١"]
)


@pytest.fixture
def content():
    person = PersonFactory(name="Petra Params", slug="petra-params")
    article = ArticleFactory(published=True, slug="params-story")
    article.people.add(person)
    quote = QuoteFactory(article=article, speaker=person, position=1)
    Correction.objects.create(article=article, text="A correction")
    return {"person": person, "article": article, "quote": quote}


# Numbered lists: (url, parameter) -> what a bad value gives.
PAGED = [
    ("/", "page", 404),
    ("/corrections/", "page", 404),
    ("/sitemap-articles.xml", "p", 404),
    ("/sitemap-people.xml", "p", 404),
    ("/sitemap-quotes.xml", "p", 404),
    ("/api/articles", "page", 422),
    ("/api/people", "page", 422),
    ("/api/quotes", "page", 422),
    ("/api/people/petra-params/quotes", "page", 422),
    ("/api/articles", "page_size", 422),
    ("/api/people", "page_size", 422),
    ("/api/quotes", "page_size", 422),
    ("/api/people/petra-params/quotes", "page_size", 422),
]


@pytest.mark.parametrize("url, name, expected", PAGED)
@pytest.mark.parametrize("value", NOT_A_PAGE)
def test_a_value_that_is_not_a_page_is_a_client_error(client, content, url, name, value, expected):
    assert client.get(url, {name: value}).status_code == expected


@pytest.mark.parametrize("url, name", [(url, name) for url, name, expected in PAGED if expected == 404])
@pytest.mark.parametrize("value", ODD_NUMBERS)
def test_pages_are_numbered_in_ascii_digits_only(client, content, url, name, value):
    assert client.get(url, {name: value}).status_code == 404


@pytest.mark.parametrize("value", ["0", "-1", "101", "abc", "99999999999999999999", ""])
def test_api_page_size_outside_1_to_100_is_422(client, content, value):
    assert client.get("/api/quotes", {"page_size": value}).status_code == 422


def _public_routes(content):
    person, article, quote = content["person"], content["article"], content["quote"]
    return [
        "/",
        article.get_absolute_url(),
        person.get_absolute_url(),
        quote.get_absolute_url(),
        "/search/?q=words",
        "/corrections/",
        "/feeds/rss/",
        "/feeds/atom/",
        f"/people/{person.slug}/feed/",
        "/sitemap.xml",
        "/sitemap-articles.xml",
        "/sitemap-people.xml",
        "/sitemap-quotes.xml",
        "/sitemap-news.xml",
        "/robots.txt",
        "/api/articles",
        f"/api/articles/{article.slug}",
        "/api/people",
        f"/api/people/{person.slug}",
        f"/api/people/{person.slug}/quotes",
        "/api/quotes",
        f"/api/quotes/{quote.pk}",
    ]


@pytest.mark.parametrize("name", ["page", "p", "page_size", "before", "after", "q"])
def test_no_parameter_value_makes_any_public_route_fail(client, content, name):
    for url in _public_routes(content):
        separator = "&" if "?" in url else "?"
        for value in ODD:
            response = client.get(f"{url}{separator}{name}={value}")
            assert response.status_code in (200, 400, 404, 422), (url, name, value, response.status_code)
