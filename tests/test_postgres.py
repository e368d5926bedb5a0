"""Behaviour that only PostgreSQL shows; these run in CI (NEWSROOM_REQUIRE=postgres) and skip elsewhere."""

import pytest
from django.db import IntegrityError, transaction

from articles.models import Article
from tests.factories import ArticleFactory


def test_the_database_is_postgresql(postgres):
    assert postgres.vendor == "postgresql"
    with postgres.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        assert int(cursor.fetchone()[0]) >= 130000


def test_seed_source_is_unique_but_blank_sources_are_not(postgres):
    ArticleFactory(source="")
    ArticleFactory(source="")
    ArticleFactory(source="001.txt")

    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(source="001.txt")

    assert Article.objects.filter(source="").count() == 2


def test_published_articles_need_a_publication_time(postgres):
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(status=Article.Status.PUBLISHED, published_at=None)


def test_search_uses_the_gin_indexes(postgres, published_article):
    from django.contrib.postgres.search import SearchQuery

    from articles.models import ARTICLE_SEARCH_VECTOR, QUOTE_SEARCH_VECTOR, SEARCH_CONFIG, Quote

    query = SearchQuery("budget", search_type="websearch", config=SEARCH_CONFIG)
    with postgres.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
    article_plan = Article.objects.annotate(search=ARTICLE_SEARCH_VECTOR).filter(search=query).explain()
    quote_plan = Quote.objects.annotate(search=QUOTE_SEARCH_VECTOR).filter(search=query).explain()

    assert "article_search_idx" in article_plan
    assert "quote_search_idx" in quote_plan


def test_admin_article_search_uses_full_text_on_postgresql(postgres, admin_client):
    from django.urls import reverse

    ArticleFactory(headline="Council meets", body="The councillors argued about the budgets all night.")
    ArticleFactory(headline="Budget vote delayed")
    ArticleFactory(headline="Nothing here", slug="budget-only-in-the-slug")

    response = admin_client.get(reverse("admin:articles_article_changelist"), {"q": "budget"})

    headlines = {article.headline for article in response.context["cl"].result_list}
    assert headlines == {"Council meets", "Budget vote delayed"}


def test_admin_quote_search_finds_words_and_speakers_on_postgresql(postgres, admin_client):
    from django.urls import reverse

    from tests.factories import PersonFactory, QuoteFactory

    QuoteFactory(text="We will balance the budgets")
    QuoteFactory(text="Unrelated words", speaker=PersonFactory(name="Bea Budget"))
    QuoteFactory(text="Nothing to see")

    response = admin_client.get(reverse("admin:articles_quote_changelist"), {"q": "budget"})

    texts = {quote.text for quote in response.context["cl"].result_list}
    assert texts == {"We will balance the budgets", "Unrelated words"}
