"""The admin changelists of the big tables: constant queries, search, filters, pagination and
where the row count is an estimate (articles/admin_changelists.py). They run on SQLite and on
PostgreSQL; the estimates are PostgreSQL's only."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.desk.admin import ArticleAdmin, PersonAdmin, QuoteAdmin
from articles.desk.changelists import LargeTablePaginator
from articles.domain.models import Article
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db


def changelist(client, model, **params):
    response = client.get(reverse(f"admin:articles_{model}_changelist"), params)
    assert response.status_code == 200
    return response.context["cl"]


def queries_of(client, model, **params):
    with CaptureQueriesContext(connection) as captured:
        changelist(client, model, **params)
    return len(captured.captured_queries)


@pytest.fixture
def small_pages(monkeypatch):
    """Five rows a page, so a handful of rows makes several pages."""
    for model_admin in (ArticleAdmin, PersonAdmin, QuoteAdmin):
        monkeypatch.setattr(model_admin, "list_per_page", 5)


def add_quoted_articles(count):
    for _ in range(count):
        QuoteFactory(article=ArticleFactory(published=True))


@pytest.mark.parametrize(
    ("model", "params"),
    [
        ("article", {}),
        ("article", {"q": "happened"}),
        ("article", {"status__exact": "published", "p": "2"}),
        ("person", {}),
        ("person", {"q": "Example"}),
        ("quote", {}),
        ("quote", {"q": "Quoted"}),
        ("quote", {"q": "Example"}),
        ("quote", {"attribution_cue": "", "article__status__exact": "published"}),
    ],
)
def test_a_changelist_makes_as_many_queries_for_many_rows_as_for_few(
    admin_client, small_pages, django_assert_num_queries, model, params
):
    add_quoted_articles(12)
    few = queries_of(admin_client, model, **params)
    add_quoted_articles(30)

    with django_assert_num_queries(few):
        changelist(admin_client, model, **params)


def test_pages_hold_the_right_rows_in_order_with_their_counts(admin_client, small_pages):
    articles = [ArticleFactory(published=True) for _ in range(12)]
    for quotes, article in enumerate(articles):
        for position in range(quotes % 4):
            QuoteFactory(article=article, position=position + 1)
    newest_first = sorted(articles, key=lambda a: (a.published_at, a.pk), reverse=True)

    last = changelist(admin_client, "article", p="3")

    assert [a.pk for a in last.result_list] == [a.pk for a in newest_first[10:]]
    assert [a.quote_count for a in last.result_list] == [a.quotes.count() for a in newest_first[10:]]
    assert last.paginator.num_pages == 3


def test_a_deep_page_counts_quotes_for_its_own_rows_only(admin_client, small_pages):
    add_quoted_articles(12)

    with CaptureQueriesContext(connection) as captured:
        changelist(admin_client, "article", p="3")

    annotated = [q["sql"] for q in captured.captured_queries if '"quote_count"' in q["sql"]]
    assert len(annotated) == 1 and "OFFSET" not in annotated[0]


def test_sorting_by_quote_count_still_sorts_every_page(admin_client, small_pages):
    articles = [ArticleFactory(published=True) for _ in range(8)]
    for quotes, article in enumerate(articles):
        for position in range(quotes):
            QuoteFactory(article=article, position=position + 1)
    column = ArticleAdmin.list_display.index("quote_count") + 1  # after the action checkbox

    first = changelist(admin_client, "article", o=f"-{column}")
    second = changelist(admin_client, "article", o=f"-{column}", p="2")

    counts = [a.quote_count for a in first.result_list] + [a.quote_count for a in second.result_list]
    assert counts == [7, 6, 5, 4, 3, 2, 1, 0]


def test_article_search_finds_words_in_the_body_of_a_draft(admin_client):
    ArticleFactory(headline="Council meets", body="The councillors argued about the harbour all night.")
    ArticleFactory(headline="Something else")

    cl = changelist(admin_client, "article", q="harbour")

    assert [a.headline for a in cl.result_list] == ["Council meets"]
    assert cl.result_count == 1


def test_quote_search_finds_quotes_by_their_words_and_by_their_speaker(admin_client):
    speaker = PersonFactory(name="Orla Fitzgerald")
    QuoteFactory(text="The harbour will reopen", speaker=PersonFactory(name="Someone Else"))
    QuoteFactory(text="Nothing about boats", speaker=speaker)
    QuoteFactory(text="Unrelated words")

    by_words = changelist(admin_client, "quote", q="harbour")
    by_speaker = changelist(admin_client, "quote", q="Fitzgerald")

    assert [q.text for q in by_words.result_list] == ["The harbour will reopen"]
    assert [q.text for q in by_speaker.result_list] == ["Nothing about boats"]


def test_person_search_finds_aliases(admin_client):
    PersonFactory(name="Sergei Lavrov", aliases="Lavrov\nS. Lavrov")
    PersonFactory(name="Someone Else")

    cl = changelist(admin_client, "person", q="S. Lavrov")

    assert [p.name for p in cl.result_list] == ["Sergei Lavrov"]


def test_the_attribution_cue_filter_offers_the_cues_in_use_and_filters(admin_client):
    QuoteFactory(text="One", attribution_cue="surname")
    QuoteFactory(text="Two", attribution_cue="explicit")
    QuoteFactory(text="Three", attribution_cue="explicit")
    QuoteFactory(text="Four", attribution_cue="")

    with CaptureQueriesContext(connection) as captured:
        cl = changelist(admin_client, "quote", attribution_cue="explicit")

    if connection.vendor == "postgresql":  # found in the index, not by a DISTINCT over every quote
        assert not [q for q in captured.captured_queries if "DISTINCT" in q["sql"]]
    cue_filter = next(spec for spec in cl.filter_specs if spec.field_path == "attribution_cue")
    assert list(cue_filter.lookup_choices) == ["", "explicit", "surname"]
    assert sorted(q.text for q in cl.result_list) == ["Three", "Two"]


def test_filters_on_the_quotes_article_still_filter(admin_client):
    QuoteFactory(text="Published", article=ArticleFactory(published=True))
    QuoteFactory(text="Draft", article=ArticleFactory())

    cl = changelist(admin_client, "quote", article__status__exact="draft")

    assert [q.text for q in cl.result_list] == ["Draft"]
    assert cl.result_count == 1


def test_speaker_autocomplete_pages_through_the_same_paginator(admin_client):
    for n in range(25):
        PersonFactory(name=f"Autocomplete Person{n:02}")
    url = reverse("admin:autocomplete")
    params = {"app_label": "articles", "model_name": "quote", "field_name": "speaker", "term": "Autocomplete"}

    first = admin_client.get(url, params).json()
    second = admin_client.get(url, {**params, "page": 2}).json()

    assert len(first["results"]) == 20 and first["pagination"]["more"] is True
    assert len(second["results"]) == 5 and second["pagination"]["more"] is False


# The count -------------------------------------------------------------------------------------


def test_counts_are_exact_up_to_the_limit(admin_client, small_pages):
    add_quoted_articles(12)
    ArticleFactory(status=Article.Status.IN_REVIEW)

    assert changelist(admin_client, "article").result_count == 13
    assert changelist(admin_client, "article", status__exact="review").result_count == 1
    assert changelist(admin_client, "quote", q="Quoted").result_count == 12


def test_off_postgresql_counts_are_exact_past_the_limit(admin_client, monkeypatch):
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL estimates past the limit")
    monkeypatch.setattr(LargeTablePaginator, "exact_count_limit", 3)
    add_quoted_articles(6)

    assert changelist(admin_client, "article").result_count == 6
    assert changelist(admin_client, "quote", q="Quoted").result_count == 6


def test_an_unfiltered_list_past_the_limit_shows_the_size_analyze_measured(postgres, admin_client, monkeypatch):
    monkeypatch.setattr(LargeTablePaginator, "exact_count_limit", 3)
    add_quoted_articles(6)
    with postgres.cursor() as cursor:
        cursor.execute("ANALYZE articles_article")
    add_quoted_articles(2)

    with CaptureQueriesContext(postgres) as captured:
        cl = changelist(admin_client, "article")

    assert cl.result_count == 6  # the estimate: no COUNT(*) ran
    assert not [q for q in captured.captured_queries if "COUNT(*)" in q["sql"]]
    assert changelist(admin_client, "article", status__exact="published").result_count > 3


def test_a_filtered_list_past_the_limit_counts_no_further_than_the_limit(postgres, admin_client, monkeypatch):
    monkeypatch.setattr(LargeTablePaginator, "exact_count_limit", 3)
    add_quoted_articles(6)

    with CaptureQueriesContext(postgres) as captured:
        cl = changelist(admin_client, "article", status__exact="published")

    assert cl.result_count >= 4  # the planner's estimate, never below what was counted
    counts = [q["sql"] for q in captured.captured_queries if "COUNT(*)" in q["sql"]]
    assert len(counts) == 1 and "LIMIT 4" in counts[0]
    assert any(q["sql"].startswith("EXPLAIN") for q in captured.captured_queries)
