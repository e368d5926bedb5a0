"""Inputs that break naive code get a clear 4xx; an unreachable database gets a friendly 503."""

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import reverse

from tests.factories import ArticleFactory, QuoteFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    ["/search/?q=bud%00get", "/api/quotes?page=1%00", "/people/x/?page=%00", "/admin/articles/article/?q=%00"],
)
def test_nul_bytes_are_a_clear_400(admin_client, url):
    response = admin_client.get(url)

    assert response.status_code == 400
    assert b"NUL" in response.content


def test_nul_bytes_in_a_form_post_are_a_clear_400(admin_client):
    response = admin_client.post(reverse("admin:articles_person_add"), {"name": "Bad\x00Name", "slug": "bad"})

    assert response.status_code == 400


@pytest.mark.parametrize("page", ["999999999999999999999", "-5", "abc", "1e9", ""])
def test_huge_or_odd_page_numbers_are_answered_not_errors(client, page):
    quote = QuoteFactory()
    for url in ("/", quote.speaker.get_absolute_url(), reverse("articles:corrections")):
        assert client.get(url, {"page": page}).status_code in (200, 404)


@pytest.mark.parametrize(
    "url",
    [
        "/articles/not-a-real-slug/",
        "/quotes/99999999999999999999999/",
        "/quotes/abc/",
        "/people/%E2%80%AE/",
        "/preview/" + "x" * 5000 + "/",
        "/api/articles/nope",
        "/api/quotes/99999999999999999999999",
    ],
)
def test_malformed_addresses_are_404_or_422_never_500(client, url):
    assert client.get(url).status_code in (404, 422)


def test_malformed_dates_in_admin_filters_are_not_errors(admin_client):
    ArticleFactory(published=True)

    response = admin_client.get("/admin/articles/article/", {"published_at__year": "20x4", "published_at__month": "13"})

    assert response.status_code in (200, 302)


def test_an_unreachable_database_gives_a_503_page_with_retry_after(monkeypatch):
    from articles.site import views

    def unavailable(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")

    monkeypatch.setattr(views, "paginate", unavailable)
    client = Client(raise_request_exception=False)

    response = client.get("/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert b"Back in a moment" in response.content
    assert b"Traceback" not in response.content and b"5432" not in response.content


def test_other_errors_give_a_plain_500_page(monkeypatch):
    from articles.site import views

    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(views, "paginate", broken)
    response = Client(raise_request_exception=False).get("/")

    assert response.status_code == 500
    assert b"Something went wrong" in response.content and b"secret internal detail" not in response.content


def _has_site_frame(html: str) -> bool:
    return 'class="masthead"' in html and 'role="search"' in html and 'class="site-footer"' in html


def test_the_500_page_carries_the_masthead_search_and_footer(monkeypatch):
    from articles.site import views

    monkeypatch.setattr(views, "paginate", lambda *args, **kwargs: 1 / 0)
    response = Client(raise_request_exception=False).get("/")

    assert response.status_code == 500 and _has_site_frame(response.content.decode())


@pytest.mark.django_db
def test_the_404_page_carries_the_masthead_search_and_footer(client):
    response = client.get("/articles/no-such-story/")

    assert response.status_code == 404
    assert _has_site_frame(response.content.decode()) and "Page not found" in response.content.decode()
