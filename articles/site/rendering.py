"""Article text -> safe HTML, with each quoted passage marked up and tied to its Quote.

Everything the editor typed is escaped; the only markup is ours. Quoted passages are found
by their quotation marks in each paragraph and matched, in order, to the article's quotes by
their words, so an editor's fix to a paragraph's wording does not break the page: an unmatched
passage is simply rendered as plain quoted text.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from articles.ingest.bodytext import PARAGRAPH, comparable
from articles.ingest.marks import quoted_spans as find_quoted


@dataclass(frozen=True)
class RenderedBlock:
    kind: str
    html: SafeString
    credit: str = ""


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each passage inside quotation marks, marks excluded, as the converter
    finds them (`articles.ingest.marks.quoted_spans`, the one scanner): an opening mark left
    unclosed runs to the end of the paragraph (a quote continuing in the next paragraph)."""
    return [(q.start, q.end) for q in find_quoted(text)]


class QuoteMatcher:
    """Hands out the article's quotes, in order, to the quoted passages that carry their words."""

    def __init__(self, quotes):
        self.quotes = [(comparable(quote.text), quote) for quote in quotes]
        self.next_index = 0
        self.current = None

    def match(self, passage: str):
        words = comparable(passage).rstrip(".,;:!? ")
        if not words:
            return None
        if self.current is not None and words in comparable(self.current.text):
            return self.current
        for offset, (quote_words, quote) in enumerate(self.quotes[self.next_index :]):
            if words in quote_words or quote_words.rstrip(".,;:!? ") in words:
                self.next_index += offset + 1
                self.current = quote
                return quote
        return None


def mark_quotes(text: str, matcher: QuoteMatcher) -> SafeString:
    """Escape `text` and wrap each quoted passage in <q>, linked to its speaker when known."""
    pieces, cursor = [], 0
    for quoted in find_quoted(text):
        start, end, opening, closing = quoted.start, quoted.end, quoted.open_mark, quoted.after
        pieces.append(escape(text[cursor:opening]))
        pieces.append(_quote_html(text[start:end], matcher.match(text[start:end])))
        cursor = closing
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))  # every piece is escaped or built by format_html


def _quote_html(passage: str, quote) -> SafeString:
    if quote is None:
        return format_html("<q>{}</q>", passage)
    if quote.speaker_id is None:
        return format_html('<q cite="{}" class="quote">{}</q>', quote.get_absolute_url(), passage)
    return format_html(
        '<q cite="{}" class="quote"><a class="quote-link" href="{}" title="{}">{}</a></q>',
        quote.get_absolute_url(),
        quote.speaker.get_absolute_url(),
        f"Said by {quote.speaker.name}",
        passage,
    )


def render_article(article, quotes) -> tuple[list[SafeString], list[RenderedBlock]]:
    """The deck lines and body blocks of `article` as HTML, with `quotes` marked up in place."""
    matcher = QuoteMatcher(quotes)
    deck = [mark_quotes(line, matcher) for line in article.deck_lines]
    blocks = []
    for block in article.blocks:
        html = mark_quotes(block.text, matcher) if block.kind == PARAGRAPH else escape(block.text)
        blocks.append(RenderedBlock(block.kind, html, block.credit))
    return deck, blocks
