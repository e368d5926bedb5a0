"""Bylines: "By Jane Doe and John Roe", "By JANE DOE, Associated Press", "By Jane Doe | Reuters",
"- JANE DOE".

`parse_byline(line)` reads one line (a whole block before the first paragraph) as a byline, or
returns None.  A byline is "By" (or a leading dash) and one or more names -- two to four
capitalised or all-capital name words each, joined by commas and "and" -- then, after a
comma, a bar, a slash or a dash, an optional affiliation.  Anything else is not a byline:
"By the time the rain stopped, ..." (a lower-case word), "By 2030 the city ..." (a number),
"By Monday, ..." (a calendar word), a sentence with a full stop.  Names come back properly
cased ("JANE O'NEILL" -> "Jane O'Neill").  Pure Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon

BYLINE_MAX_WORDS = 16
_LEAD = re.compile(r"^(?:by|BY|By)\s+|^[-\u2013\u2014]\s*(?=[A-Z])")
_AFFILIATION_SPLIT = re.compile(r"\s*(?:\||/|\s[-\u2013\u2014]\s)\s*")
_NAME_WORD = re.compile(
    r"^(?:[A-Z][a-z\u00df-\u00ff]*(?:['\u2019-][A-Za-z\u00c0-\u00ff]+)*\.?|[A-Z]\.|[A-Z][A-Z'\u2019\u00c0-\u00de-]+)$"
)
_AND = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|,\s*)", re.IGNORECASE)


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    affiliation: str = ""


def parse_byline(line: str) -> Byline | None:
    """The authors (and affiliation) of a byline line, or None when the line is not one."""
    text = " ".join(line.split())
    lead = _LEAD.match(text)
    if not lead or len(text.split()) > BYLINE_MAX_WORDS or text.rstrip().endswith((".", "!", "?", ":")):
        return None
    rest = text[lead.end() :]
    names_part, affiliation = _split_affiliation(rest)
    names = [part for part in _AND.split(names_part) if part]
    if not names:
        return None
    authors = []
    for index, name in enumerate(names):
        if not _is_name(name):
            if index > 0 and index == len(names) - 1 and not affiliation:
                affiliation = name  # "By Jane Doe, Associated Press"
                break
            return None
        authors.append(proper_case(name))
    if not authors:
        return None
    return Byline(authors, affiliation.strip())


def _split_affiliation(rest: str) -> tuple[str, str]:
    parts = _AFFILIATION_SPLIT.split(rest, maxsplit=1)
    if len(parts) == 2:
        return parts[0], parts[1]
    return rest, ""


def _is_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    for word in words:
        low = word.lower().rstrip(".")
        if low in lexicon.NAME_PARTICLES and word.islower():
            continue
        if not _NAME_WORD.match(word) or low in _NOT_NAME:
            return False
    return True


_NOT_NAME = (
    lexicon.NON_NAME_WORDS
    | lexicon.ORG_WORDS
    | lexicon.ROLE_NOUNS
    | frozenset(["staff", "wire", "wires", "reports", "writers", "services"])
)


def proper_case(name: str) -> str:
    """ "JANE O'NEILL" -> "Jane O'Neill", "MARY-KATE MCDONALD" -> "Mary-Kate McDonald"; a name
    already in mixed case is kept as written."""
    if not any(word.isupper() and len(word.rstrip(".")) > 1 for word in name.split()):
        return name
    return " ".join(_case_word(word) if word.isupper() else word for word in name.split())


def _case_word(word: str) -> str:
    if len(word.rstrip(".")) == 1:
        return word
    out = re.sub(r"[A-Z\u00c0-\u00de]+", lambda m: m.group().capitalize(), word)
    out = re.sub(r"^(Mc|O['\u2019])([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)
    return out
