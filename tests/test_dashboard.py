"""The desk's front page counts the scheduled articles and links to them."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_the_dashboard_counts_scheduled_articles_and_links_to_the_filtered_list(admin_client):
    ArticleFactory(scheduled=True, headline="Budget day story")
    ArticleFactory(status="published", published_at=timezone.now() + dt.timedelta(hours=3), headline="Evening story")
    ArticleFactory(published=True, headline="Already out")
    ArticleFactory(headline="Just a draft")

    html = admin_client.get(reverse("admin:index")).content.decode()

    list_url = reverse("admin:articles_article_changelist") + "?publication=scheduled"
    assert f'<a href="{list_url}">2 scheduled</a>' in html
    assert html.index("Evening story") < html.index("Budget day story")  # soonest first
    assert "Already out" not in html and "Just a draft" not in html


def test_no_scheduled_article_says_so(admin_client):
    ArticleFactory(published=True)
    assert (
        "0 scheduled</a>: published, waiting for their time."
        in admin_client.get(reverse("admin:index")).content.decode()
    )


def test_the_dashboard_costs_the_same_queries_with_many_scheduled(admin_client, django_assert_max_num_queries):
    for _ in range(8):
        ArticleFactory(scheduled=True)
    admin_client.get(reverse("admin:index"))
    with django_assert_max_num_queries(8):
        html = admin_client.get(reverse("admin:index")).content.decode()
    assert "8 scheduled</a>" in html and html.count("Something happened") == 5
