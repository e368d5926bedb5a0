"""A quote the desk should look at twice says so: no speaker, or words not in the article."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from tests.factories import ArticleFactory, QuoteFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client):
    client.force_login(User.objects.create_superuser("chief", password="pw"))
    return client


def test_a_quote_without_a_speaker_or_whose_words_are_not_in_the_text_is_flagged():
    article = ArticleFactory(body="“We will rebuild the bridge,” said the mayor.")
    fine = QuoteFactory(article=article, text="We will rebuild the bridge,", position=1)
    nobody = QuoteFactory(article=article, text="We will rebuild the bridge,", position=2, speaker=None)
    invented = QuoteFactory(article=article, text="We will build a tunnel", position=3)

    assert fine.problems() == []
    assert [p.startswith("No speaker") for p in nobody.problems()] == [True]
    assert invented.problems() == ["These words are not in the article's text."]


def test_curly_or_straight_marks_and_case_do_not_count_as_a_difference():
    article = ArticleFactory(body="“It’s done,” she said.")

    assert QuoteFactory(article=article, text="it's done,", position=1).problems() == []


def test_the_warnings_show_in_the_article_form_and_the_quote_form(admin):
    article = ArticleFactory(body="Plain text with no quote at all.")
    quote = QuoteFactory(article=article, text="Words from nowhere", position=1, speaker=None)

    for url in (
        reverse("admin:articles_article_change", args=[article.pk]),
        reverse("admin:articles_quote_change", args=[quote.pk]),
    ):
        text = admin.get(url).text
        assert "not in the article&#x27;s text" in text and "No speaker" in text, url
