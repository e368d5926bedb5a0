"""Scheduling is a state an editor can see: in the list (with a filter) and in the form."""

import re

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client):
    client.force_login(User.objects.create_superuser("chief", password="pw"))
    return client


def test_the_list_shows_scheduled_with_the_time_and_its_offset(admin):
    ArticleFactory(scheduled=True, headline="Embargoed until tomorrow")

    text = admin.get(reverse("admin:articles_article_changelist")).text

    assert "Scheduled" in text
    assert re.search(r"\d{2}:\d{2} [A-Z]{3,4} \([+-]\d{4}\)", text)


def test_the_scheduled_filter_lists_only_scheduled_articles(admin):
    ArticleFactory(scheduled=True, headline="Embargoed until tomorrow")
    ArticleFactory(published=True, headline="Already out")
    ArticleFactory(headline="Still a draft")

    cl = admin.get(reverse("admin:articles_article_changelist"), {"publication": "scheduled"}).context["cl"]

    assert [a.headline for a in cl.result_list] == ["Embargoed until tomorrow"]


def test_the_form_offers_publish_now_for_a_scheduled_article(admin):
    article = ArticleFactory(scheduled=True)

    text = admin.get(reverse("admin:articles_article_change", args=[article.pk])).text

    assert 'value="publish_now"' in text
