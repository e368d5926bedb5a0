"""The body's Markdown subset, defined once: what the reader's page renders
(articles/site/rendering.py) and what the desk reads as the body's plain words
(articles/domain/plaintext.py) must agree on what a link, a list or a block quote is.

Links, bare addresses, emphasis, strong, lists and block quotes; raw HTML, headings, code,
rules, entities and reference links stay as typed. Only http, https and mailto links.

One kind of image: a library image by its id, `![alt text](image:123)` alone in its block (an
image block). It has no words (nothing to quote), the page shows it as a figure, and a caption
block right after it is its caption. Any other Markdown image stays as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt

from articles.ingest.bodytext import PARAGRAPH, split_body

LINK_SCHEMES = ("http", "https", "mailto")

# A block whose first line starts with a list marker or ">" is a list or a block quote.
LIST_OR_QUOTE = re.compile(r"^\s*(?:(?:[-+*]|\d{1,9}[.)])(?:\s+|$)|>\s?)")

# `![alt text](image:123)` alone in its block: a library image (the alt text may be empty).
IMAGE_BLOCK = re.compile(r"^!\[(?P<alt>[^\]\n]*)\]\(\s*image:(?P<id>\d{1,18})\s*\)$")

_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)


def allowed_link(url: str) -> bool:
    """Relative, javascript:, data: and every other kind of address stays the text typed."""
    scheme = _SCHEME.match(url.strip())
    return bool(scheme) and scheme.group(1).lower() in LINK_SCHEMES


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": True})
    md.enable("linkify")
    md.disable(
        ["code", "fence", "hr", "reference", "html_block", "heading", "lheading"]
        + ["backticks", "image", "html_inline", "entity"]
    )
    md.linkify.set({"fuzzy_link": False, "fuzzy_email": False, "fuzzy_ip": False})
    md.validateLink = allowed_link
    return md


MARKDOWN = _markdown()


@dataclass(frozen=True)
class ImageRef:
    """An image block: the library image's id and the alt text typed (empty: the library's)."""

    image_id: int
    alt: str


def image_block(text: str) -> ImageRef | None:
    """The image a block's text refers to, if the block is an image block (see the docstring)."""
    found = IMAGE_BLOCK.match(text.strip())
    return ImageRef(int(found["id"]), found["alt"].strip()) if found else None


def image_ids(body: str) -> list[int]:
    """The library image ids of the body's image blocks, in order, once each."""
    ids = []
    for block in split_body(body):
        ref = image_block(block.text) if block.kind == PARAGRAPH else None
        if ref is not None and ref.image_id not in ids:
            ids.append(ref.image_id)
    return ids
