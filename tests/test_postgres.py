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

    from articles.domain.models import QUOTE_SEARCH_VECTOR, SEARCH_CONFIG, Person, Quote

    query = SearchQuery("budget", search_type="websearch", config=SEARCH_CONFIG)
    with postgres.cursor() as cursor:
        # Tiny tables: leave the planner only the indexes' own lookups to choose from.
        cursor.execute("SET enable_seqscan = off; SET enable_indexscan = off")
        cursor.execute(
            "EXPLAIN SELECT article_id FROM articles_article_search WHERE document @@ websearch_to_tsquery('english', 'budget')"
        )
        article_plan = "\n".join(row[0] for row in cursor.fetchall())
    quote_plan = Quote.objects.annotate(search=QUOTE_SEARCH_VECTOR).filter(search=query).explain()
    person_plan = Person.objects.filter(Q(name__icontains="rossi") | Q(aliases__icontains="rossi")).order_by().explain()

    assert "articles_article_search_document" in article_plan
    assert "quote_search_idx" in quote_plan
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


# The search tables of migration 0007: kept by triggers, read by articles/search.py.


def search_row(table, key, pk):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT published_at, document::text FROM articles_{table}_search WHERE {key} = %s", [pk])
        return cursor.fetchone()


def test_search_rows_follow_writes_publication_and_deletion(postgres):
    from django.contrib.auth.models import User

    from articles.domain import workflow
    from articles.domain.models import Quote
    from tests.factories import QuoteFactory

    editor = User.objects.create_superuser("chief", password="pw")
    article = ArticleFactory(headline="Harbour plan", body="The harbour will be dredged.")
    quote = QuoteFactory(article=article, text="Dredging starts in spring", position=1)
    assert search_row("article", "article_id", article.pk)[0] is None  # a draft: nobody may see it
    assert "dredg" in search_row("quote", "quote_id", quote.pk)[1]

    workflow.apply_transition(article, "publish", editor)
    article.refresh_from_db()
    assert search_row("article", "article_id", article.pk)[0] == article.published_at
    assert search_row("quote", "quote_id", quote.pk)[0] == article.published_at

    article.body = "The lighthouse will be repainted."
    article.save()
    document = search_row("article", "article_id", article.pk)[1]
    assert "lighthous" in document and "dredg" not in document

    workflow.verify_quotes(Quote.objects.filter(pk=quote.pk), Quote.Verification.REJECTED, editor)
    assert search_row("quote", "quote_id", quote.pk)[0] is None

    workflow.apply_transition(article, "retract", editor)
    assert search_row("article", "article_id", article.pk)[0] is None

    article_pk, quote_pk = article.pk, quote.pk
    article.delete()
    assert search_row("article", "article_id", article_pk) is None
    assert search_row("quote", "quote_id", quote_pk) is None


def test_search_ranks_headline_words_above_body_words(postgres):
    from articles.site.search import search

    ArticleFactory(published=True, headline="Weather report", body="Later, a word about the lighthouse.")
    ArticleFactory(published=True, headline="Lighthouse saved", body="Volunteers repaired it.")

    results = search("lighthouse")

    assert [article.headline for article in results.articles] == ["Lighthouse saved", "Weather report"]


def test_search_never_trusts_a_stale_search_row(postgres):
    """The search tables only narrow the candidates; the publish rule decides what is shown."""
    from django.db import connection

    from articles.site.search import search

    draft = ArticleFactory(headline="Secret lighthouse draft")
    with connection.cursor() as cursor:
        cursor.execute("UPDATE articles_article_search SET published_at = now() - interval '1 day' WHERE article_id = %s", [draft.pk])

    assert search("lighthouse").articles == []


def test_search_reaches_back_past_the_recent_windows(postgres):
    import datetime as dt

    from django.utils import timezone

    from articles.site.search import WINDOWS, search

    long_ago = timezone.now() - WINDOWS[-1] - dt.timedelta(days=400)
    ArticleFactory(published=True, published_at=long_ago, headline="The old lighthouse")
    ArticleFactory(published=True, headline="The new lighthouse")

    assert {article.headline for article in search("lighthouse").articles} == {"The old lighthouse", "The new lighthouse"}


@pytest.mark.django_db(transaction=True)
def test_flushing_the_database_empties_the_search_tables(postgres):
    """flush (as transactional tests and `manage.py flush` do) TRUNCATEs the models' tables;
    the search tables, which are not models, follow."""
    from django.core.management import call_command

    from tests.factories import QuoteFactory

    QuoteFactory(text="Words to forget")

    call_command("flush", interactive=False, verbosity=0)

    with postgres.cursor() as cursor:
        cursor.execute("SELECT (SELECT count(*) FROM articles_article_search) + (SELECT count(*) FROM articles_quote_search)")
        assert cursor.fetchone()[0] == 0
