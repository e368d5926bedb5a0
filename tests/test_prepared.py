"""PreparedQuery: SQL compiled once from a queryset, run with fresh parameters."""

import datetime as dt

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.domain.models import Article
from articles.site.prepared import PreparedQuery
from articles.site.views import PUBLISHED_ARTICLE_BY_SLUG
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_the_article_lookup_follows_the_publish_rule():
    published = ArticleFactory(published=True)
    draft = ArticleFactory()
    scheduled = ArticleFactory(scheduled=True)
    retracted = ArticleFactory(status=Article.Status.RETRACTED, published_at=timezone.now() - dt.timedelta(days=1))
    now = timezone.now()

    for article in (published, draft, scheduled, retracted):
        expected = Article.objects.published(at=now).filter(slug=article.slug).first()
        assert PUBLISHED_ARTICLE_BY_SLUG.first(slug=article.slug, at=now) == expected
    assert PUBLISHED_ARTICLE_BY_SLUG.first(slug="no-such-article", at=now) is None


def test_a_scheduled_article_appears_once_its_time_has_come():
    scheduled = ArticleFactory(scheduled=True)

    later = scheduled.published_at + dt.timedelta(seconds=1)

    assert PUBLISHED_ARTICLE_BY_SLUG.first(slug=scheduled.slug, at=later) == scheduled


def test_the_lookup_returns_whole_articles_in_one_query():
    article = ArticleFactory(published=True, headline="Loaded in full")

    with CaptureQueriesContext(connection) as captured:
        found = PUBLISHED_ARTICLE_BY_SLUG.first(slug=article.slug, at=timezone.now())
        fields = (found.headline, found.body, found.deck, found.version, found.updated_at)

    assert len(captured) == 1 and fields[0] == "Loaded in full"


def test_the_sql_is_the_querysets_own():
    now = timezone.now()
    PUBLISHED_ARTICLE_BY_SLUG.first(slug="warm-up", at=now)

    with CaptureQueriesContext(connection) as prepared:
        PUBLISHED_ARTICLE_BY_SLUG.first(slug="some-slug", at=now)
    with CaptureQueriesContext(connection) as orm:
        list(Article.objects.published(at=now).filter(slug="some-slug")[:1])

    assert prepared[0]["sql"] == orm[0]["sql"]


def test_a_mark_missing_from_the_parameters_is_refused():
    lookup = PreparedQuery(lambda slug, other: Article.objects.filter(slug=slug)[:1], slug="\x00s", other="\x00o")

    with pytest.raises(ImproperlyConfigured):
        lookup.first(slug="a", other="b")
