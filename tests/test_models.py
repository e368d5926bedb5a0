import datetime as dt

import pytest
from django.db import IntegrityError
from django.utils import timezone

from articles.domain.models import Article, Person, Quote
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("status", "offset", "visible"),
    [
        (Article.Status.PUBLISHED, -dt.timedelta(minutes=1), True),
        (Article.Status.PUBLISHED, dt.timedelta(minutes=1), False),
        (Article.Status.DRAFT, -dt.timedelta(minutes=1), False),
        (Article.Status.IN_REVIEW, -dt.timedelta(minutes=1), False),
        (Article.Status.RETRACTED, -dt.timedelta(minutes=1), False),
    ],
)
def test_published_requires_published_status_and_a_past_time(status, offset, visible):
    article = ArticleFactory(status=status, published_at=timezone.now() + offset)

    assert (article in Article.objects.published()) is visible
    assert article.is_published is visible


def test_published_status_without_a_date_is_refused_by_the_database():
    with pytest.raises(IntegrityError):
        ArticleFactory(status=Article.Status.PUBLISHED, published_at=None)


def test_quotes_of_unpublished_articles_are_not_published():
    visible = QuoteFactory(article=ArticleFactory(published=True))
    QuoteFactory(article=ArticleFactory(scheduled=True))
    QuoteFactory(article=ArticleFactory())

    assert list(Quote.objects.published()) == [visible]


def test_public_people_are_those_named_or_quoted_in_published_articles():
    quoted = QuoteFactory(article=ArticleFactory(published=True)).speaker
    named = PersonFactory()
    ArticleFactory(published=True).people.add(named)
    draft_only = QuoteFactory(article=ArticleFactory()).speaker

    public = set(Person.objects.public())

    assert quoted in public and named in public
    assert draft_only not in public


def test_natural_keys_round_trip():
    quote = QuoteFactory()

    assert Article.objects.get_by_natural_key(*quote.article.natural_key()) == quote.article
    assert Person.objects.get_by_natural_key(*quote.speaker.natural_key()) == quote.speaker
    assert Quote.objects.get_by_natural_key(*quote.natural_key()) == quote


def test_two_quotes_cannot_share_a_position_in_one_article():
    quote = QuoteFactory()
    with pytest.raises(IntegrityError):
        QuoteFactory(article=quote.article, position=quote.position)


def test_absolute_urls_point_at_the_public_pages():
    quote = QuoteFactory()

    assert quote.article.get_absolute_url() == f"/articles/{quote.article.slug}/"
    assert quote.speaker.get_absolute_url() == f"/people/{quote.speaker.slug}/"
    assert quote.get_absolute_url() == f"/quotes/{quote.pk}/"


def test_an_edit_changes_the_content_checksum():
    article = ArticleFactory(published=True)
    article.import_checksum = article.content_checksum()
    assert not article.edited_since_import

    article.body += "\n\nA new paragraph."

    assert article.edited_since_import


def test_converter_length_limits_match_the_model_fields():
    """The converter refuses what the database cannot hold, so its limits must be the fields'."""
    from articles.ingest import limits

    def max_length(model, field):
        return model._meta.get_field(field).max_length

    assert max_length(Article, "headline") == limits.HEADLINE_MAX_LENGTH
    assert max_length(Article, "slug") == limits.ARTICLE_SLUG_MAX_LENGTH
    assert max_length(Person, "name") == limits.PERSON_NAME_MAX_LENGTH
    assert max_length(Person, "slug") == limits.PERSON_SLUG_MAX_LENGTH
    assert max_length(Person, "title") == limits.PERSON_TITLE_MAX_LENGTH
    assert max_length(Quote, "reporting_verb") == limits.QUOTE_VERB_MAX_LENGTH
    assert max_length(Quote, "attribution_cue") == limits.QUOTE_CUE_MAX_LENGTH
