"""Behaviour that only PostgreSQL shows; these run in CI (NEWSROOM_REQUIRE=postgres) and skip elsewhere."""

import pytest
from django.db import IntegrityError, transaction

from articles.domain.models import Article
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


def test_searches_use_their_indexes(postgres, published_article):
    from django.contrib.postgres.search import SearchQuery
    from django.db.models import Q

    from articles.domain.models import SEARCH_CONFIG, Person, Quote

    query = SearchQuery("budget", search_type="websearch", config=SEARCH_CONFIG)
    with postgres.cursor() as cursor:
        # Tiny tables: leave the planner only the indexes' own lookups to choose from.
        cursor.execute("SET enable_seqscan = off; SET enable_indexscan = off")
    article_plan = Article.objects.filter(search_document=query).explain()
    quote_plan = Quote.objects.filter(search_document=query).explain()
    person_plan = Person.objects.filter(Q(name__icontains="rossi") | Q(aliases__icontains="rossi")).order_by().explain()

    assert "article_document_idx" in article_plan
    assert "quote_document_idx" in quote_plan
    assert "person_search_trgm_idx" in person_plan


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


# The stored search words: generated columns PostgreSQL keeps; the publish rule decides what shows.


def test_the_search_words_follow_every_write_even_raw_sql(postgres):
    article = ArticleFactory(headline="Harbour plan", body="The harbour will be dredged.")
    Article.objects.filter(pk=article.pk).update(body="The lighthouse will be repainted.")
    with postgres.cursor() as cursor:
        cursor.execute("UPDATE articles_article SET deck = 'Ferry timetable' WHERE id = %s", [article.pk])

    document = str(Article.objects.values_list("search_document", flat=True).get(pk=article.pk))

    assert "lighthous" in document and "ferri" in document and "dredg" not in document


def test_search_shows_only_what_the_publish_rule_allows(postgres):
    from django.contrib.auth.models import User

    from articles.domain import workflow
    from articles.domain.models import Quote
    from articles.site.search import search
    from tests.factories import QuoteFactory

    editor = User.objects.create_superuser("chief", password="pw")
    article = ArticleFactory(headline="Harbour plan", body="The harbour will be dredged.")
    quote = QuoteFactory(article=article, text="Dredging starts in spring", position=1)
    assert search("dredging").count == 0  # a draft

    workflow.apply_transition(article, "publish", editor)
    assert search("dredging").count == 2

    workflow.verify_quotes(Quote.objects.filter(pk=quote.pk), Quote.Verification.REJECTED, editor)
    assert [a.headline for a in search("dredging").articles] == ["Harbour plan"] and search("dredging").quotes == []

    workflow.apply_transition(Article.objects.get(pk=article.pk), "retract", editor, reason="Sources recanted.")
    assert search("dredging").count == 0


def test_ordinary_queries_never_read_the_search_words(postgres, django_assert_num_queries, published_article):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        Article.objects.get(pk=published_article.pk)

    assert "search_document" not in queries[0]["sql"]


def test_a_dump_carries_no_search_words(postgres, published_article):
    from django.core import serializers

    assert "search_document" not in serializers.serialize("json", Article.objects.all())


def test_search_ranks_headline_words_above_body_words(postgres):
    from articles.site.search import search

    ArticleFactory(published=True, headline="Weather report", body="Later, a word about the lighthouse.")
    ArticleFactory(published=True, headline="Lighthouse saved", body="Volunteers repaired it.")

    results = search("lighthouse")

    assert [article.headline for article in results.articles] == ["Lighthouse saved", "Weather report"]


def test_search_reaches_back_through_the_whole_archive(postgres):
    import datetime as dt

    from django.utils import timezone

    from articles.site.search import search

    long_ago = timezone.now() - dt.timedelta(days=800)
    ArticleFactory(published=True, published_at=long_ago, headline="The old lighthouse")
    ArticleFactory(published=True, headline="The new lighthouse")

    assert {article.headline for article in search("lighthouse").articles} == {
        "The old lighthouse",
        "The new lighthouse",
    }
