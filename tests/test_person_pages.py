"""A person's page lists everything they said, newest first, in pages that start from a cursor
(so page 400 costs what page 1 costs); the quote order comes from a copy of each article's
publication time that must follow the article."""

import datetime as dt
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.domain import workflow
from articles.domain.models import Article, Quote
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db

PER_PAGE = 3


@pytest.fixture
def speaker(settings):
    settings.NEWSROOM_QUOTES_PER_PAGE = PER_PAGE
    person = PersonFactory(name="Paula Pager")
    start = timezone.now() - dt.timedelta(days=30)
    for day in range(4):  # four articles, two quotes each, one article per day
        article = ArticleFactory(published=True, published_at=start + dt.timedelta(days=day), headline=f"Day {day}")
        for position in (1, 2):
            QuoteFactory(article=article, speaker=person, position=position, text=f"Day {day} quote {position}")
    return person


def quote_texts(response):
    return re.findall(r"<p>(Day \d quote \d)</p>", response.text)


def link(response, rel):
    found = re.search(rf'rel="{rel}" href="([^"]+)"', response.text)
    return found and found.group(1).replace("&amp;", "&")


def walk(client, person, start="", rel="next"):
    pages, url = [], person.get_absolute_url() + start
    while url:
        response = client.get(url)
        assert response.status_code == 200
        pages.append(quote_texts(response))
        following = link(response, rel)
        url = following and person.get_absolute_url() + following
    return pages


def test_pages_run_newest_first_and_in_reading_order_within_an_article(client, speaker):
    pages = walk(client, speaker)

    assert pages == [
        ["Day 3 quote 1", "Day 3 quote 2", "Day 2 quote 1"],
        ["Day 2 quote 2", "Day 1 quote 1", "Day 1 quote 2"],
        ["Day 0 quote 1", "Day 0 quote 2"],
    ]


def test_newer_links_walk_back_to_the_first_page(client, speaker):
    last = speaker.get_absolute_url() + link(
        client.get(speaker.get_absolute_url() + link(client.get(speaker.get_absolute_url()), "next")), "next"
    )
    last_response = client.get(last)
    assert link(last_response, "next") is None

    back = walk(client, speaker, start=link(last_response, "prev"), rel="prev")

    assert back == [
        ["Day 2 quote 2", "Day 1 quote 1", "Day 1 quote 2"],
        ["Day 3 quote 1", "Day 3 quote 2", "Day 2 quote 1"],
    ]
    assert link(client.get(speaker.get_absolute_url()), "prev") is None


def test_a_cursor_never_reveals_unpublished_or_rejected_quotes(client, speaker):
    draft = ArticleFactory(headline="Draft")
    QuoteFactory(article=draft, speaker=speaker, position=1, text="Day 9 quote 1")
    rejected = Quote.objects.get(text="Day 1 quote 1")
    rejected.verification_status = Quote.Verification.REJECTED
    rejected.save()

    seen = [text for page in walk(client, speaker) for text in page]

    assert "Day 9 quote 1" not in seen and "Day 1 quote 1" not in seen
    assert len(seen) == 7


@pytest.mark.parametrize(
    "query",
    [
        "?before=x",
        "?after=1.2",
        "?before=1.2.3.4",
        "?before=99999999999999999999.1.1",
        "?before=1.1.1&after=1.1.1",
        "?before=%00",
    ],
)
def test_a_cursor_that_is_not_one_is_404(client, speaker, query):
    assert client.get(speaker.get_absolute_url() + query).status_code in (400, 404)


def test_a_cursor_past_the_end_is_404(client, speaker):
    assert client.get(speaker.get_absolute_url() + "?before=0.0.0").status_code == 404


def test_deep_pages_make_as_many_queries_as_the_first(client, speaker, django_assert_max_num_queries):
    url = speaker.get_absolute_url() + link(client.get(speaker.get_absolute_url()), "next")
    with django_assert_max_num_queries(2):
        assert client.get(url).status_code == 200


def test_the_copied_time_follows_the_article(speaker):
    article = Article.objects.get(headline="Day 0")
    later = timezone.now() - dt.timedelta(minutes=5)

    article.published_at = later
    article.save()

    assert set(article.quotes.values_list("article_published_at", flat=True)) == {later}


def test_the_copied_time_follows_a_workflow_transition():
    from django.contrib.auth.models import User

    article = ArticleFactory(headline="Draft to publish")
    quote = QuoteFactory(article=article, position=1)
    assert Quote.objects.get(pk=quote.pk).article_published_at is None

    workflow.apply_transition(article, "publish", User.objects.create_superuser("chief", password="pw"))

    article.refresh_from_db()
    assert Quote.objects.get(pk=quote.pk).article_published_at == article.published_at


def test_quotes_loaded_from_a_fixture_take_their_articles_time(tmp_path):
    fixture = tmp_path / "one.json"
    fixture.write_text(
        """[
 {"model": "articles.article", "fields": {"headline": "Loaded", "slug": "loaded", "status": "published",
  "published_at": "2026-01-02T03:04:05Z", "body": "x", "created_at": "2026-01-02T03:04:05Z",
  "updated_at": "2026-01-02T03:04:05Z"}},
 {"model": "articles.quote", "fields": {"article": ["loaded"], "text": "Loaded words", "position": 1,
  "created_at": "2026-01-02T03:04:05Z", "updated_at": "2026-01-02T03:04:05Z"}}
]"""
    )

    call_command("loaddata", str(fixture), verbosity=0)

    quote = Quote.objects.get(text="Loaded words")
    assert quote.article_published_at == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def test_imported_quotes_carry_their_articles_time(tmp_path):
    seed = tmp_path / "seed.txt"
    seed.write_text(
        "date 2025-03-12 Minister defends the plan\n\n"
        "The minister spoke on Monday.\n\n"
        "“We will not change course,” said Finance Minister Maria Rossi.\n"
    )
    call_command("import_seeds", str(tmp_path), verbosity=0)

    quote = Quote.objects.get()
    assert quote.article_published_at == quote.article.published_at is not None


def test_a_person_named_in_a_published_article_but_never_quoted_has_a_page(client):
    named = PersonFactory(name="Nora Named")
    ArticleFactory(published=True).people.add(named)

    response = client.get(named.get_absolute_url())

    assert response.status_code == 200
    assert "Nora Named" in response.text and "No published quotes yet." in response.text


def test_a_person_known_only_from_drafts_has_no_page_quoted_or_named(client):
    draft = ArticleFactory()
    quoted, named = PersonFactory(), PersonFactory()
    QuoteFactory(article=draft, speaker=quoted)
    draft.people.add(named)

    assert client.get(quoted.get_absolute_url()).status_code == 404
    assert client.get(named.get_absolute_url()).status_code == 404


# The page around the list of quotes is rendered once and kept with the person -------------------


def test_the_page_around_the_list_is_kept_and_follows_the_person(client, speaker, django_assert_max_num_queries):
    url = speaker.get_absolute_url()
    first = client.get(url).text
    with django_assert_max_num_queries(1):  # the list's ids and versions only
        assert client.get(url).text == first

    speaker.name = "Paula Renamed"
    speaker.description = "Now described."
    speaker.save()
    page = client.get(url).text

    assert "Paula Renamed" in page and "Paula Pager" not in page and "Now described." in page
    assert "<title>Paula Renamed · " in page and 'content="Paula Renamed"' in page


def test_the_page_around_the_list_follows_the_masthead(client, speaker):
    """The masthead is kept apart (with its own lifetime): the kept page is used only while it
    shows the masthead this request has."""
    from tests.factories import SectionFactory

    url = speaker.get_absolute_url()
    assert "Newly Shown" not in client.get(url).text
    section = SectionFactory(name="Newly Shown", slug="newly-shown", show_in_navigation=True)
    ArticleFactory(published=True, section=section)

    assert 'href="/sections/newly-shown/">Newly Shown</a>' in client.get(url).text


def test_every_page_of_the_list_is_in_the_same_page_around_it(client, speaker):
    pages = walk(client, speaker)
    first = client.get(speaker.get_absolute_url()).text
    older = client.get(speaker.get_absolute_url() + link(client.get(speaker.get_absolute_url()), "next")).text

    assert len(pages) == 3
    assert first.split('<ol class="quote-list">')[0] == older.split('<ol class="quote-list">')[0]
    assert first.split("</ol>")[-1].split("</nav>")[-1] == older.split("</ol>")[-1].split("</nav>")[-1]
