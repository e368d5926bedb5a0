"""The body's Markdown subset, defined once: what the reader's page renders
(articles/site/rendering.py) and what the desk reads as the body's plain words
(articles/domain/plaintext.py) must agree on what a link, a list or a block quote is.

Links, bare addresses, emphasis, strong, lists and block quotes; raw HTML, headings, code,
images, rules, entities and reference links stay as typed. Only http, https and mailto links.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

LINK_SCHEMES = ("http", "https", "mailto")

# A block whose first line starts with a list marker or ">" is a list or a block quote.
LIST_OR_QUOTE = re.compile(r"^\s*(?:(?:[-+*]|\d{1,9}[.)])(?:\s+|$)|>\s?)")

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
