import pytest

from articles.site.rendering import QuoteMatcher, mark_quotes, quoted_spans
from tests.factories import ArticleFactory, QuoteFactory


def test_quoted_spans_handle_curly_straight_and_mixed_marks():
    text = 'He said “one”, then "two" and “three".'

    assert [text[s:e] for s, e in quoted_spans(text)] == ["one", "two", "three"]


def test_an_unclosed_quote_runs_to_the_end_of_the_paragraph():
    text = "“We will continue the work"

    assert [text[s:e] for s, e in quoted_spans(text)] == ["We will continue the work"]


def test_apostrophes_do_not_open_quotes():
    text = "Ukraine’s leader said “yes”."

    assert [text[s:e] for s, e in quoted_spans(text)] == ["yes"]


@pytest.mark.django_db
def test_marked_quotes_are_escaped_and_linked_to_their_speaker():
    article = ArticleFactory(published=True)
    quote = QuoteFactory(article=article, text="<b>bold</b> words", position=1)

    html = mark_quotes("He said “<b>bold</b> words” & left.", QuoteMatcher([quote]))

    assert "<b>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt; words" in html
    assert "&amp; left." in html
    assert f'href="{quote.speaker.get_absolute_url()}"' in html
    assert f'cite="{quote.get_absolute_url()}"' in html


@pytest.mark.django_db
def test_a_quote_over_two_paragraphs_links_both_parts_to_the_same_quote():
    quote = QuoteFactory(text="First part of it. Second part of it.", position=1)
    matcher = QuoteMatcher([quote])

    first = mark_quotes("“First part of it.", matcher)
    second = mark_quotes("“Second part of it.”", matcher)

    assert quote.get_absolute_url() in first and quote.get_absolute_url() in second
