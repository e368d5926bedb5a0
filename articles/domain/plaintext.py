"""The words of a body as readers read them: its blocks with the Markdown subset taken out.

The body may hold a little Markdown (links, emphasis, lists, block quotes; see the README):
`[the mayor](https://…)` reads “the mayor”, `*very*` reads “very”. Quotes are tied to those
words, as the reader's page finds them, so finding quotes in a body (and checking that a quote's
words are in it) reads this text, block by block, in the stored format's block order.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from articles.ingest.bodytext import PARAGRAPH, split_body

_BLANK_LINES = re.compile(r"\n\s*\n")  # as articles.ingest.bodytext splits blocks
_LIST_OR_QUOTE = re.compile(r"^\s*(?:(?:[-+*]|\d{1,9}[.)])(?:\s+|$)|>\s?)")
_MARKDOWN_TRIGGERS = re.compile(r"[*_\[\\]")

_LINK_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)


def _allowed_link(url: str) -> bool:
    """As the reader's page: other links (relative, javascript:, data:…) stay the text typed."""
    scheme = _SCHEME.match(url.strip())
    return bool(scheme) and scheme.group(1).lower() in _LINK_SCHEMES


# The inline rules the reader's page reads (articles/site/rendering.py); the rest stays as typed.
_INLINE = MarkdownIt("commonmark", {"html": False})
_INLINE.disable(["backticks", "image", "html_inline", "entity"])
_INLINE.validateLink = _allowed_link


def inline_text(text: str) -> str:
    """One line or paragraph of the subset as plain words."""
    if not _MARKDOWN_TRIGGERS.search(text):
        return text
    words = []
    for token in _INLINE.parseInline(text)[0].children or []:
        if token.type in ("text", "text_special"):
            words.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            words.append(" ")
    return "".join(words)


def block_texts(body: str) -> list[str]:
    """The plain words of each block of `body`, indexed as split_body indexes blocks (crossheads
    and captions as split_body reads them; list items and quoted lines without their markers)."""
    chunks = [chunk for chunk in _BLANK_LINES.split(body.replace("\r\n", "\n").replace("\r", "\n")) if chunk.strip()]
    texts = []
    for block, chunk in zip(split_body(body), chunks, strict=False):
        if block.kind != PARAGRAPH:
            texts.append(block.text)
            continue
        lines = [line.strip() for line in chunk.strip().split("\n") if line.strip()]
        if _LIST_OR_QUOTE.match(lines[0]):  # a list or block quote: each line read without its marker
            texts.append(" ".join(inline_text(_LIST_OR_QUOTE.sub("", line, count=1)) for line in lines).strip())
        else:
            texts.append(inline_text(block.text))
    return texts
