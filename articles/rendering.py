"""Article text -> safe HTML, with each quoted passage marked up and tied to its Quote.

Everything the editor typed is escaped; the only markup is ours. Quoted passages are found
by their quotation marks in each paragraph and matched, in order, to the article's quotes by
their words, so an editor's fix to a paragraph's wording does not break the page: an unmatched
passage is simply rendered as plain quoted text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from articles.ingest.bodytext import PARAGRAPH

OPENING_MARKS = "“„«"
CLOSING_MARKS = "”»"
STRAIGHT = '"'
_STRAIGHTEN = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_WORD_BEFORE = re.compile(r"[\w.,;:!?’')\]]")


@dataclass(frozen=True)
class RenderedBlock:
    kind: str
    html: SafeString
    credit: str = ""


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_STRAIGHTEN)
    return re.sub(r"\s+", " ", text).strip().casefold()


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each passage inside double quotation marks, marks excluded.

    A straight mark opens after a space or at the start and closes after a word; an
    opening mark left unclosed runs to the end of the paragraph (the wire convention for
    a quote continuing in the next paragraph).
    """
    spans, opened = [], None
    for index, char in enumerate(text):
        if char in OPENING_MARKS or (char == STRAIGHT and opened is None and not _closes(text, index)):
            if opened is None:
                opened = index + 1
        elif char in CLOSING_MARKS or char == STRAIGHT:
            if opened is not None:
                spans.append((opened, index))
                opened = None
    if opened is not None and opened < len(text):
        spans.append((opened, len(text)))
    return spans


def _closes(text: str, index: int) -> bool:
    return index > 0 and bool(_WORD_BEFORE.match(text[index - 1]))


class QuoteMatcher:
    """Hands out the article's quotes, in order, to the quoted passages that carry their words."""

    def __init__(self, quotes):
        self.quotes = [(normalise(quote.text), quote) for quote in quotes]
        self.next_index = 0
        self.current = None

    def match(self, passage: str):
        words = normalise(passage).rstrip(".,;:!? ")
        if not words:
            return None
        if self.current is not None and words in normalise(self.current.text):
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
    for start, end in quoted_spans(text):
        opening = start - 1
        closing = end + 1 if end < len(text) else end
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

