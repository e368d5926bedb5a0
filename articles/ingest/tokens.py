"""Shared text helpers: word tokens with offsets and sentence boundaries.

Used by the quote, people and attribution stages so that all of them agree on where a
word or a sentence starts and ends.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from dataclasses import dataclass

from . import lexicon

_LEAD = "\"'\u201c\u201d\u2018\u2019([{\u00ab\u201e*"
_TRAIL = "\"'\u201c\u201d\u2018\u2019)]}\u00bb,;:!?.\u2026*"
_L = re.escape(_LEAD)
_T = re.escape(_TRAIL)
# Possessive quantifiers and a second branch that swallows a bare run of opening marks keep
# this linear even on a long run of quote marks.
_WORD = re.compile(f"([{_L}]*+)([^\\s{_T}]+(?:[{_T}]++[^\\s{_T}]+)*+)([{_T}]*+)|[{_L}]++")
_POSSESSIVE = ("'s", "\u2019s")
# Matches start only at the beginning of a run of stops, and the quantifiers never give
# back, so a long run of dots is scanned once.
_SENTENCE_END = re.compile(r"(?<![.!?\u2026])[.!?\u2026]++[\"'\u201d\u2019)\]]*+(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00C0-\u00DE])")
_INITIAL = re.compile(r"(?:^|[\s(])(?:[A-Z]|[A-Za-z]\.[A-Za-z]|[A-Za-z]\.[A-Za-z]\.[A-Za-z])$")
_ABBREV_DOT = lexicon.ABBREVIATIONS | {h.rstrip(".") for h in lexicon.HONORIFICS}


@dataclass(slots=True, eq=False)
class Token:
    start: int  # offset of the word core in the text
    end: int
    core: str  # the word without surrounding punctuation (an abbreviation keeps its final '.')
    lower: str
    possessive: bool  # "Zelensky’s", "Kyrgios’": the core has the possessive ending removed
    lead: str  # punctuation stripped from the front
    trail: str  # punctuation stripped from the back (comma, period, closing quote ...)


def tokenize(text: str) -> list[Token]:
    """Words with offsets.  The word pattern is an unrolled loop (no nested quantifier can
    retry), so a long run of punctuation is scanned in linear time."""
    out = []
    append = out.append
    for match in _WORD.finditer(text):
        lead, core, trail = match.groups()
        if core is None:
            continue
        start, end = match.span(2)
        possessive = False
        if trail:
            # Keep the period of an abbreviation ("Gov.", "N.Y.", "Jr.") as part of the word.
            if trail[0] == "." and ("." in core or core.lower() in _ABBREV_DOT):
                core += "."
                trail = trail[1:]
                end += 1
            elif trail[0] in "'\u2019" and core[-1:] == "s" and len(core) > 2:
                possessive = True  # "Kyrgios’"
        if core[-2:] in _POSSESSIVE and len(core) > 3:
            core = core[:-2]
            end -= 2
            trail = text[end:match.end()]
            possessive = True
        append(Token(start, end, core, core.lower(), possessive, lead, trail))
    return out


def sentence_spans(text: str, protected: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a full stop inside a protected range (a quotation) or
    after an abbreviation or an initial does not end a sentence."""
    return _sentence_spans(text, tuple(protected))


@lru_cache(maxsize=512)
def _sentence_spans(text: str, protected: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        pos = match.start()
        if protected and inside(protected, pos, strict=True):
            continue
        if text[pos] == ".":
            before = text[max(0, pos - 12):pos]
            word = before.rsplit(None, 1)[-1] if before.strip() else ""
            word = word.lstrip(_LEAD)
            if word.lower() in lexicon.ABBREVIATIONS or _INITIAL.search(before):
                continue
        spans.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_at(spans: list[tuple[int, int]], pos: int) -> int:
    """Index of the sentence span containing offset `pos` (the last one if past the end)."""
    index = bisect_right(spans, pos, key=lambda span: span[1])
    return min(index, len(spans) - 1)


def inside(ranges, pos: int, strict: bool = False) -> bool:
    """Whether pos lies in one of the sorted, non-overlapping (start, end) ranges
    (start <= pos < end; strict: start < pos < end)."""
    index = bisect_right(ranges, pos, key=lambda r: r[0]) - 1
    if index < 0:
        return False
    a, b = ranges[index]
    return (a < pos < b) if strict else (a <= pos < b)


def between(items, lo: int, hi: int, key):
    """The items (sorted by key) with lo <= key(item) < hi."""
    return items[bisect_left(items, lo, key=key) : bisect_left(items, hi, key=key)]
