"""A person page's ?before=/?after= cursor is whatever a visitor typed: it is read as values of
the listing's own types and ranges, and anything else is a 404, never a server error."""

import datetime as dt

import pytest
from django.http import Http404
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.domain.models import SAID_BY_ORDER, Quote
from articles.site.pagination import decode_cursor, keyset_cursor
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

FIELDS = [name.lstrip("-") for name in SAID_BY_ORDER]
INT64_MAX = 2**63 - 1


def _decodes_or_404(cursor):
    try:
        return decode_cursor(cursor, FIELDS, Quote)
    except Http404:
        return None


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_any_text_is_a_cursor_or_a_404(cursor):
    values = _decodes_or_404(cursor)

    if values is not None:
        assert isinstance(values[0], dt.datetime) and all(isinstance(v, int) for v in values[1:])


numbers = st.one_of(
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, -1, INT64_MAX, INT64_MAX + 1, -(2**63), -(2**63) - 1, 2**31 - 1, 2**31, 10**19, 10**20 - 1]),
)
cursor_like = st.lists(numbers, min_size=1, max_size=5).map(lambda parts: ".".join(map(str, parts)))
decorated = st.tuples(
    st.sampled_from(["", " ", "+", "0", "\n", "\u0663"]), cursor_like, st.sampled_from(["", "\n", " ", ".", "x"])
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(cursor_like, decorated.map("".join)))
def test_number_shaped_cursors_decode_within_range_or_404(cursor):
    values = _decodes_or_404(cursor)

    if values is not None:
        moment, article_id, position = values
        assert dt.datetime(1, 1, 1, tzinfo=dt.UTC) < moment < dt.datetime(9999, 12, 31, tzinfo=dt.UTC)
        assert -(2**63) <= article_id <= INT64_MAX
        assert 0 <= position <= INT64_MAX


@pytest.mark.parametrize(
    "cursor",
    [
        "1.99999999999999999999.1",  # an article id past 64 bits: OverflowError on SQLite
        "1.1.99999999999999999999",
        "1.9223372036854775808.1",
        "1.1.-1",  # a position is never negative
        "99999999999999999999.1.1",
        "-99999999999999999999.1.1",
        "253402300800000000.1.1",  # year 10000
        "1.1.1\n",
        "\u0663.1.1",  # an Arabic-Indic digit is a digit to int(), not to a cursor
        "1.1",
        "1.1.1.1",
        "",
        "1..1",
    ],
)
def test_out_of_range_or_malformed_cursors_are_404(cursor):
    with pytest.raises(Http404):
        decode_cursor(cursor, FIELDS, Quote)


def test_a_cursor_made_from_a_row_decodes_to_its_values():
    moment = dt.datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=dt.UTC)
    quote = Quote(article_published_at=moment, article_id=INT64_MAX, position=7)

    assert decode_cursor(keyset_cursor(quote, SAID_BY_ORDER), FIELDS, Quote) == [moment, INT64_MAX, 7]


@pytest.fixture
def speaker(db):
    person = PersonFactory(name="Cora Cursor")
    QuoteFactory(article=ArticleFactory(published=True), speaker=person, position=1)
    return person


@pytest.mark.parametrize("direction", ["before", "after"])
@pytest.mark.parametrize(
    "cursor",
    [
        "1.99999999999999999999.1",
        "1.9223372036854775807.1",
        "1.-9223372036854775808.9223372036854775807",
        "-62135510400000000.1.0",  # the earliest time a cursor may name
        "253402128000000000.1.0",  # the latest
        "1.99999999999999999999.1&x=1",
    ],
)
def test_extreme_cursors_reach_the_database_as_404_or_a_page(client, speaker, direction, cursor):
    response = client.get(f"{speaker.get_absolute_url()}?{direction}={cursor}")

    assert response.status_code in (200, 404)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cursor=st.one_of(cursor_like, st.text(max_size=40)), direction=st.sampled_from(["before", "after"]))
def test_any_cursor_on_a_person_page_is_a_page_or_a_404(client, speaker, cursor, direction):
    response = client.get(speaker.get_absolute_url(), {direction: cursor})

    assert response.status_code in (200, 400, 404)
