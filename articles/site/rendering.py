"""Article text -> safe HTML, with each quoted passage marked up and tied to its Quote.

Everything the editor typed is escaped; the only markup is ours. Quoted passages are found
by their quotation marks in each paragraph and matched, in order, to the article's quotes by
their words, so an editor's fix to a paragraph's wording does not break the page: an unmatched
passage is simply rendered as plain quoted text.

The body is plain text in the stored format of `articles.ingest.bodytext` (paragraphs,
crossheads, captions), with a small Markdown subset read inside it (markdown-it-py, CommonMark):

- in paragraphs, list items and block quotes: links `[text](https://…)`, bare `http(s)://` URLs,
  `mailto:` links, `*emphasis*` and `**strong**`;
- a block whose first line starts with `- `, `* `, `+ ` or `1. ` is a list (one item per line),
  one whose first line starts with `> ` a block quote.

A block that is only `![alt text](image:123)` is a library image (articles.domain.bodyformat):
a figure with the picture's renditions (lazy, srcset, width and height), the alt text typed or
else the library's, and as its caption the caption block right after it, if any, else the
library's caption and credit. An id with no image (never uploaded, or deleted) shows nothing.

Raw HTML, headings, code, other images, rules and entities are not read: they stay as typed.
Only http, https and mailto links are made (anything else stays text), and web links carry
rel="nofollow noopener". A paragraph with none of the Markdown characters is rendered exactly
as it was before the subset existed (and cheaply: the Markdown parser is not called).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from articles.domain.bodyformat import LIST_OR_QUOTE, MARKDOWN, allowed_link, image_block
from articles.ingest.bodytext import CAPTION, PARAGRAPH, comparable, split_body
from articles.ingest.marks import quoted_spans as find_quoted
from articles.site.pictures import LEAD_SIZES, body_images, figure_html

# A block rendered as complete HTML (a list or a block quote): the page does not wrap it in <p>.
FORMATTED = "formatted"
# A library image in the body: complete <figure> HTML.
IMAGE = "image"

EXTERNAL_REL = "nofollow noopener"

_BLANK_LINES = re.compile(r"\n\s*\n")  # as articles.ingest.bodytext splits blocks
# A paragraph without any of these is plain text to Markdown too: no parse needed.
_MARKDOWN_TRIGGERS = re.compile(r"[*_\[\\<]|https?://|mailto:", re.IGNORECASE)
_URL_TRAILERS = "”’»\"'.,;:!?"


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
    opening, closing = _quote_tags(quote, linked=True)
    return mark_safe(opening + escape(passage) + closing)


def _quote_tags(quote, linked: bool) -> tuple[str, str]:
    """The <q> around a passage: tied to its quote, and to the speaker's page when `linked`
    (never inside, or around, a link the editor made: links do not nest)."""
    if quote is None:
        return "<q>", "</q>"
    if quote.speaker_id is None or not linked:
        return format_html('<q cite="{}" class="quote">', quote.get_absolute_url()), "</q>"
    opening = format_html(
        '<q cite="{}" class="quote"><a class="quote-link" href="{}" title="{}">',
        quote.get_absolute_url(),
        quote.speaker.get_absolute_url(),
        f"Said by {quote.speaker.name}",
    )
    return opening, "</a></q>"


# Markdown --------------------------------------------------------------------------------------


def mark_inline(text: str, matcher: QuoteMatcher) -> SafeString:
    """A paragraph's text as inline HTML: the Markdown subset, and quotes marked up as by
    mark_quotes (a quote inside a link or emphasis, or around emphasis, is marked too)."""
    if not _MARKDOWN_TRIGGERS.search(text):
        return mark_quotes(text, matcher)
    return _render_inline(MARKDOWN.parseInline(text)[0].children or [], matcher)


def render_formatted(source: str, matcher: QuoteMatcher) -> SafeString:
    """A list or block quote block (its lines as typed) as HTML."""
    html = []
    for token in MARKDOWN.parse(source):
        if token.type == "inline":
            html.append(_render_inline(token.children or [], matcher))
        elif token.type == "paragraph_open" or token.type == "paragraph_close":
            if not token.hidden:
                html.append(f"<{'/' if token.nesting < 0 else ''}p>")
        elif token.type == "ordered_list_open" and token.attrGet("start") not in (None, 1, "1"):
            html.append(format_html('<ol start="{}">', token.attrGet("start")))
        elif token.tag in ("ul", "ol", "li", "blockquote") and token.nesting:
            html.append(f"<{'/' if token.nesting < 0 else ''}{token.tag}>")
    return mark_safe("".join(html))  # tags are ours; text goes through _render_inline


@dataclass
class _Quote:
    span: object  # articles.ingest.marks.Quoted, offsets in the paragraph's plain text
    closing: str = ""


def _inline_items(children) -> tuple[list[tuple[str, object]], str]:
    """Markdown's inline tokens as ("text", str) / ("open", (name, html)) / ("close", name)
    items, and the plain text they read as (what quotes are found in)."""
    items, plain = [], []
    children = _trim_bare_urls(children)
    for token in children:
        if token.type in ("text", "text_special"):
            items.append(("text", token.content))
            plain.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            items.append(("text", " "))  # lines are folded, as the stored format folds them
            plain.append(" ")
        elif token.type == "link_open":
            href = token.attrGet("href") or ""
            if href.lower().startswith("mailto:"):
                items.append(("open", ("a", format_html('<a href="{}">', href))))
            else:
                items.append(("open", ("a", format_html('<a href="{}" rel="{}">', href, EXTERNAL_REL))))
        elif token.type in ("em_open", "strong_open"):
            items.append(("open", (token.tag, f"<{token.tag}>")))
        elif token.type in ("link_close", "em_close", "strong_close"):
            items.append(("close", token.tag))
        else:  # nothing else is enabled; whatever it is, its text shows as typed
            items.append(("text", token.content))
            plain.append(token.content)
    return items, "".join(plain)


def _trim_bare_urls(children):
    """A bare URL ends before closing quotation marks and punctuation (“…see https://x.org/a,”):
    the reader's sentence goes on, not the address."""
    children, index = list(children), 0
    while index + 2 < len(children):
        token, text = children[index], children[index + 1]
        index += 1
        if token.type != "link_open" or token.markup != "linkify" or children[index + 1].type != "link_close":
            continue
        url = text.content.rstrip(_URL_TRAILERS)
        if url == text.content or not allowed_link(url) or not url.partition(":")[2].strip("/"):
            continue  # nothing to trim, or nothing left of the address: left as the parser made it
        children[index - 1] = token.copy(attrs={"href": MARKDOWN.normalizeLink(url)})
        children[index] = text.copy(content=url)
        children.insert(index + 2, text.copy(content=text.content[len(url) :]))
    return children


def _element_ranges(items) -> list[tuple[int, int, str]]:
    """(start, end, name) of each element, in plain-text offsets."""
    ranges, stack, position = [], [], 0
    for kind, value in items:
        if kind == "text":
            position += len(value)
        elif kind == "open":
            stack.append((position, value[0]))
        else:
            start, name = stack.pop()
            ranges.append((start, position, name))
    return ranges


def _well_nested(span, ranges) -> bool:
    """A quote can be marked when every element is outside it, around it, or inside its words."""
    return all(
        end <= span.open_mark
        or start >= span.after
        or (start <= span.open_mark and end >= span.after)
        or (start >= span.start and end <= span.end)
        for start, end, _ in ranges
    )


def _render_inline(children, matcher: QuoteMatcher) -> SafeString:
    items, plain = _inline_items(children)
    ranges = _element_ranges(items)
    spans = [span for span in find_quoted(plain) if _well_nested(span, ranges)]
    opens = {span.open_mark: span for span in spans}
    skips = {span.open_mark: span.start for span in spans} | {span.end: span.after for span in spans if span.closed}
    boundaries = sorted({offset for span in spans for offset in (span.open_mark, span.start, span.end, span.after)})
    out, stack, position = [], [], 0  # stack: element names and _Quote entries

    def close_quotes(at: int) -> None:
        while stack and isinstance(stack[-1], _Quote) and stack[-1].span.end <= at:
            out.append(stack.pop().closing)

    def open_quote(span) -> None:
        in_link = any(entry == "a" for entry in stack)
        has_link = any(name == "a" and start >= span.start and end <= span.end for start, end, name in ranges)
        quote = matcher.match(plain[span.start : span.end])
        opening, closing = _quote_tags(quote, linked=not (in_link or has_link))
        out.append(opening)
        stack.append(_Quote(span, closing))

    for kind, value in items:
        if kind == "open":
            close_quotes(position)
            out.append(value[1])
            stack.append(value[0])
        elif kind == "close":
            close_quotes(position)
            stack.pop()
            out.append(f"</{value}>")
        else:
            end, cursor = position + len(value), position
            while cursor < end:
                close_quotes(cursor)
                if cursor in opens:
                    open_quote(opens[cursor])
                if skips.get(cursor, cursor) > cursor:  # a quotation mark: <q> stands for it
                    cursor = min(skips[cursor], end)
                    continue
                following = next((p for p in boundaries[bisect_right(boundaries, cursor) :] if p < end), end)
                out.append(escape(plain[cursor:following]))
                cursor = following
            position = end
    close_quotes(len(plain))
    return mark_safe("".join(out))  # text escaped; tags built here or by format_html


def render_article(article, quotes, images=None) -> tuple[list[SafeString], list[RenderedBlock]]:
    """The deck lines and body blocks of `article` as HTML, with `quotes` marked up in place.
    `images`: the body's library images by id (body_images); fetched here when not given."""
    matcher = QuoteMatcher(quotes)
    deck = [mark_quotes(line, matcher) for line in article.deck_lines]
    blocks = []
    body = article.body.replace("\r\n", "\n").replace("\r", "\n")
    images = body_images(body) if images is None else images
    chunks = [chunk.strip() for chunk in _BLANK_LINES.split(body) if chunk.strip()]  # one per block
    pairs = list(zip(chunks, split_body(body), strict=True))
    captioned = set()  # caption blocks shown inside the image before them
    for index, (chunk, block) in enumerate(pairs):
        if index in captioned:
            continue
        ref = image_block(block.text) if block.kind == PARAGRAPH else None
        if ref is not None:
            image = images.get(ref.image_id)
            if image is None:
                continue  # not in the library (any more): nothing for readers to see
            following = pairs[index + 1][1] if index + 1 < len(pairs) else None
            caption = credit = None
            if following is not None and following.kind == CAPTION:
                caption, credit = following.text, following.credit or image.credit
                captioned.add(index + 1)
            html = figure_html(
                image, sizes=LEAD_SIZES, lazy=True, css_class="figure figure--body", alt=ref.alt, caption=caption,
                credit=credit,
            )  # fmt: skip
            blocks.append(RenderedBlock(IMAGE, html))
        elif block.kind != PARAGRAPH:
            blocks.append(RenderedBlock(block.kind, escape(block.text), block.credit))
        elif LIST_OR_QUOTE.match(chunk):
            blocks.append(RenderedBlock(FORMATTED, render_formatted(chunk, matcher)))
        else:
            blocks.append(RenderedBlock(block.kind, mark_inline(block.text, matcher)))
    return deck, blocks
