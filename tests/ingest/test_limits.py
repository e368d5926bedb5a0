"""Headlines, names and titles longer than their database fields are refused with a ParseError."""

import pytest

from articles.ingest import limits
from articles.ingest.parse import ParseError, parse_seed
from articles.ingest.to_fixture import build_fixture

from .helpers import parse


def test_headline_over_the_limit_is_refused_at_the_date_line():
    text = "\n date 2024-03-05 " + "Long " * 61 + "\n\nA quiet day in Brindle.\n"
    with pytest.raises(ParseError) as info:
        parse_seed(text, "long.txt")
    assert (info.value.filename, info.value.line) == ("long.txt", 2)
    assert "headline" in info.value.message


def test_headline_at_the_limit_is_accepted():
    text = " date 2024-03-05 " + "x" * limits.HEADLINE_MAX_LENGTH + "\n\nA quiet day in Brindle.\n"
    assert len(parse_seed(text).headline) == limits.HEADLINE_MAX_LENGTH


def test_person_name_over_the_limit_is_refused_at_its_paragraph():
    surname = "V" + "o" * limits.PERSON_NAME_MAX_LENGTH
    with pytest.raises(ParseError) as info:
        parse("The council met on Monday.", f"\u201cWe are ready,\u201d said Ana {surname}.")
    assert info.value.line == 5
    assert "name" in info.value.message


def test_person_title_over_the_limit_is_refused():
    office = "D" + "e" * limits.PERSON_TITLE_MAX_LENGTH
    with pytest.raises(ParseError, match="title"):
        parse(f"\u201cWe are ready,\u201d said Ana Lorca, the spokeswoman for {office}.")


def test_article_slug_over_the_limit_is_refused(monkeypatch):
    article = parse("A quiet day in Brindle.")
    monkeypatch.setattr(limits, "ARTICLE_SLUG_MAX_LENGTH", 5)
    with pytest.raises(ParseError, match="slug"):
        build_fixture([article])
