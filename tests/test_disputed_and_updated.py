"""Readers see what the desk decided about a quote, and when an article changed."""

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from articles.domain import workflow
from articles.domain.corrections import record_quote_correction
from articles.domain.models import Article, Quote
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def disputed():
    speaker = PersonFactory(name="Dana Disputed")
    article = ArticleFactory(published=True, headline="A contested claim")
    quote = QuoteFactory(article=article, speaker=speaker, text="We never received the letter", position=1)
    editor = User.objects.create_superuser("chief", password="pw")
    workflow.verify_quotes([quote], Quote.Verification.DISPUTED, editor, note="The ministry has published a receipt.")
    return Quote.objects.get(pk=quote.pk)


def test_a_disputed_quote_is_labelled_with_the_note_everywhere_it_is_shown(client, disputed):
    pages = [
        disputed.article.get_absolute_url(),
        disputed.get_absolute_url(),
        disputed.speaker.get_absolute_url(),
    ]
    for url in pages:
        text = client.get(url).text
        assert "Disputed." in text and "published a receipt" in text, url

    feed = client.get(reverse("articles:person-feed", args=[disputed.speaker.slug])).text
    assert "Disputed: The ministry has published a receipt." in feed


def test_a_disputed_quote_says_so_in_its_json_ld(client, disputed):
    text = client.get(disputed.get_absolute_url()).text

    assert '"creativeWorkStatus": "Disputed"' in text


def test_a_verified_quote_carries_no_label(client):
    quote = QuoteFactory(text="Checked and true")
    Quote.objects.filter(pk=quote.pk).update(verification_status=Quote.Verification.VERIFIED)

    assert "Disputed." not in client.get(quote.get_absolute_url()).text


def test_disputed_quotes_block_publishing_under_the_block_policy(settings):
    settings.NEWSROOM_UNVERIFIED_QUOTES = "block"
    draft = ArticleFactory()
    quote = QuoteFactory(article=draft, position=1)
    Quote.objects.filter(pk=quote.pk).update(verification_status=Quote.Verification.DISPUTED)
    editor = User.objects.create_superuser("chief", password="pw")

    with pytest.raises(workflow.TransitionError, match="not verified"):
        workflow.apply_transition(draft, "publish", editor)


def test_an_article_changed_after_publication_shows_when(client):
    article = ArticleFactory(published=True)
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() + dt.timedelta(hours=2))

    text = client.get(article.get_absolute_url()).text

    assert 'class="updated">Updated <time' in text


def test_an_article_unchanged_since_publication_shows_no_update(client):
    article = ArticleFactory(published=True)
    Article.objects.filter(pk=article.pk).update(updated_at=article.published_at)

    assert 'class="updated"' not in client.get(article.get_absolute_url()).text


def test_the_permalink_of_a_corrected_quote_shows_the_correction(client):
    article = ArticleFactory(published=True, body="“We will win,” the coach said.")
    quote = QuoteFactory(article=article, text="We can win,", position=1, paragraph=0)

    record_quote_correction(quote, "We will win,", None)

    text = client.get(quote.get_absolute_url()).text
    assert "misquoted" in text and "We will win," in text


def test_a_kept_quote_permalink_shows_a_later_correction_and_a_retraction(client):
    article = ArticleFactory(published=True, body="“We will win,” the coach said.")
    quote = QuoteFactory(article=article, text="We can win,", position=1, paragraph=0)
    assert "misquoted" not in client.get(quote.get_absolute_url()).text  # the quote is now kept

    record_quote_correction(quote, "We will win,", None)
    assert "misquoted" in client.get(quote.get_absolute_url()).text

    chief = User.objects.create_superuser("chief", password="pw")
    workflow.apply_transition(Article.objects.get(pk=article.pk), "retract", chief, reason="Wrong.")
    assert "We will win," not in client.get(quote.get_absolute_url()).text
