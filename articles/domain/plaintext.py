"""The words of a body as readers read them: its blocks with the Markdown subset taken out.

The body may hold a little Markdown (links, emphasis, lists, block quotes; see the README):
`[the mayor](https://…)` reads “the mayor”, `*very*` reads “very”. Quotes are tied to those
words, as the reader's page finds them, so finding quotes in a body (and checking that a quote's
words are in it) reads this text, block by block, in the stored format's block order. An image
block (`![alt](image:123)`) has no words: readers see a picture there.
"""

from __future__ import annotations

import re

from articles.domain.bodyformat import LIST_OR_QUOTE, MARKDOWN, image_block
from articles.ingest.bodytext import PARAGRAPH, split_body

_BLANK_LINES = re.compile(r"\n\s*\n")  # as articles.ingest.bodytext splits blocks
_MARKDOWN_TRIGGERS = re.compile(r"[*_\[\\]")


def inline_text(text: str) -> str:
    """One line or paragraph of the subset as plain words."""
    if not _MARKDOWN_TRIGGERS.search(text):
        return text
    words = []
    for token in MARKDOWN.parseInline(text)[0].children or []:
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
        if image_block(block.text) is not None:
            texts.append("")  # a picture: nothing to quote
            continue
        lines = [line.strip() for line in chunk.strip().split("\n") if line.strip()]
        if LIST_OR_QUOTE.match(lines[0]):  # a list or block quote: each line read without its marker
            texts.append(" ".join(inline_text(LIST_OR_QUOTE.sub("", line, count=1)) for line in lines).strip())
        else:
            texts.append(inline_text(block.text))
    return texts
