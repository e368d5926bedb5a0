"""Shared text helpers: word tokens with offsets and sentence boundaries.

Used by the quote, people and attribution stages so that all of them agree on where a
word or a sentence starts and ends.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon

_LEAD = "\"'\u201c\u201d\u2018\u2019([{\u00ab\u201e*"
_TRAIL = "\"'\u201c\u201d\u2018\u2019)]}\u00bb,;:!?.\u2026*"
_L = re.escape(_LEAD)
_T = re.escape(_TRAIL)
# Possessive quantifiers and a second branch that swallows a bare run of opening marks keep
# this linear even on a long run of quote marks.
_WORD = re.compile(f"([{_L}]*+)([^\\s{_T}]+(?:[{_T}]++[^\\s{_T}]+)*+)([{_T}]*+)|[{_L}]++")
# a left mark set for the apostrophe ("Varnham\u2018s"), or a grave or acute accent typed for it, as
# some South Asian sites print it ("Baloch`s")
_POSSESSIVE = ("'s", "\u2019s", "\u2018s", "`s", "\u00b4s")
# Matches start only at the beginning of a run of stops, and the quantifiers never give
# back, so a long run of dots is scanned once.
# It opens with the stop itself (the look-behind follows it), so the regex engine can skip to the
# next stop character instead of trying the pattern at every position.
_SENTENCE_END = re.compile(
    r"[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*+[\"'\u201d\u2019)\]]*+(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00C0-\u00DE])"
)
_INITIAL = re.compile(r"(?:^|[\s(\"'\u201c\u2018])(?:[A-Z]|[A-Za-z]\.[A-Za-z]|[A-Za-z]\.[A-Za-z]\.[A-Za-z])$")
# Honorifics that are abbreviated ("Dr.", "Cllr."), not whole words ("Sir", "Madam", "Mama"): a
# full stop after a whole word ends the sentence ("They call her Mama. Ana Berg ...").
# A web address ("Tradezone.com", "bbc.co.uk") before a full stop ends the sentence; an abbreviation
# with inner stops ("N.Y.", "a.m.", "Ph.D.") keeps its last one.
_WEB_ADDRESS_END = re.compile(r"\.[a-z]{2,}$")
_ABBREV_DOT = lexicon.ABBREVIATIONS | {h[:-1] for h in lexicon.HONORIFICS if h.endswith(".")}


@dataclass(slots=True, eq=False)
class Token:
    start: int  # offset of the word core in the text
    end: int
    core: str  # the word without surrounding punctuation (an abbreviation keeps its final '.')
    lower: str
    possessive: bool  # "Okafor’s", "Jones’": the core has the possessive ending removed
    lead: str  # punctuation stripped from the front
    trail: str  # punctuation stripped from the back (comma, period, closing quote ...)


class StartsList(list):
    """Items with a `.start` offset, in order, whose starts are listed once on first use, so that
    `between` bisects without calling a key function at every probe.  Build it complete: the
    list of starts is not updated if items are added later."""

    __slots__ = ("_starts",)

    @property
    def starts(self) -> list[int]:
        # getattr with a default, not try / except: a Python-level exception on every list's first
        # use cost more than the rest of `between`
        starts = getattr(self, "_starts", None)
        if starts is None:
            starts = self._starts = [item.start for item in self]
        return starts


class TokenList(StartsList):
    """The tokens of one text, with `caps`: the indices of the tokens that start with a capital
    (where a name can start), so that later stages need not rescan every token."""

    __slots__ = ("caps",)


_LEAD_SET = frozenset(_LEAD)
_TRAIL_SET = frozenset(_TRAIL)
_EDGE_SET = _LEAD_SET | _TRAIL_SET


def tokenize(text: str) -> TokenList:
    """Words with offsets.  A whitespace-separated chunk without punctuation at either end (most
    words) is a token as it stands; one with opening / closing marks is stripped of them; any
    other chunk is split with `_WORD`, an unrolled loop (no nested quantifier can retry), so a
    long run of punctuation is scanned in linear time."""
    out = TokenList()
    caps: list[int] = []
    append = out.append
    find = text.find
    pos = 0
    edge, trail_set, possessives, particle_initials = _EDGE_SET, _TRAIL_SET, _POSSESSIVE, _PARTICLE_INITIALS
    # "(AP)\u2014Ron Kestle", "a classic\u2014and": a dash set solid reads as one set in spaces (each
    # chunk is still found, in order, in the text as printed)
    chunks = text.replace("\u2014", " \u2014 ").split() if "\u2014" in text else text.split()
    for chunk in chunks:
        base = find(chunk, pos)
        pos = base + len(chunk)
        first = chunk[0]
        last = chunk[-1]
        if first not in edge and last not in trail_set:
            # both possessive endings end in "s": most words skip the slice
            if last == "s" and chunk[-2:] in possessives and len(chunk) > 3:
                core = chunk[:-2]
                append(Token(base, pos - 2, core, core.lower(), True, "", chunk[-2:]))
            else:
                append(Token(base, pos, chunk, chunk.lower(), False, "", ""))
            # a particle opens a name only with "l-" after it or a capital inside ("deBoer"): most
            # lower-case words are neither, and skip the call
            if first.isupper() or (
                first in particle_initials
                and (chunk[1:3] == "l-" or not chunk.islower())
                and _opens_a_particle_name(chunk)
            ):
                caps.append(len(out) - 1)
            continue
        rest = chunk.lstrip(_LEAD)
        if not rest:
            continue
        if rest[0] in trail_set:
            tokens = _split_chunk(chunk, base)
        else:
            # opening marks, then one word (which may hold inner punctuation), then closing marks
            core = rest.rstrip(_TRAIL)
            start = pos - len(rest)
            end = start + len(core)
            trail = rest[len(core) :]
            possessive = False
            if trail:
                if trail[0] == "." and (
                    ("." in core and not _WEB_ADDRESS_END.search(core)) or core.lower() in _ABBREV_DOT
                ):
                    core += "."
                    trail = trail[1:]
                    end += 1
                elif trail[0] in "'\u2019" and core[-1:] == "s" and len(core) > 2:
                    possessive = True
            if core[-2:] in possessives and len(core) > 3:
                core = core[:-2]
                end -= 2
                trail = text[end:pos]
                possessive = True
            tokens = (Token(start, end, core, core.lower(), possessive, chunk[: len(chunk) - len(rest)], trail),)
        for token in tokens:
            core = token.core
            if core[0].isupper() or (
                core[0] in _PARTICLE_INITIALS
                and (core[1:3] == "l-" or not core.islower())
                and _opens_a_particle_name(core)
            ):
                caps.append(len(out))
            append(token)
    out.caps = caps
    return out


# The first letters of a lower-case particle that opens a name ("al-", "el-", "d'", "de", "le", "van").
_PARTICLE_INITIALS = frozenset("adelv")


def _opens_a_particle_name(word: str) -> bool:
    """ "al-Masri", "el-Sisi", "d'Amours", "deBoer", "vanHouten": a word in lower case that can
    still open a name (checked only for words that start with one of `_PARTICLE_INITIALS`)."""
    first = word[0]
    return (
        (first in "ae" and word[1:3] == "l-")
        or (first == "d" and word[1:2] in "'\u2019" and word[2:3].isupper())
        or (first in "dlv" and ("A" <= word[2:3] <= "Z" or "A" <= word[3:4] <= "Z"))
    )


def _split_chunk(text: str, base: int) -> list[Token]:
    out = []
    for match in _WORD.finditer(text):
        lead, core, trail = match.groups()
        if core is None:
            continue
        start, end = match.span(2)
        possessive = False
        if trail:
            # Keep the period of an abbreviation ("Gov.", "N.Y.", "Jr.") as part of the word.
            if trail[0] == "." and (("." in core and not _WEB_ADDRESS_END.search(core)) or core.lower() in _ABBREV_DOT):
                core += "."
                trail = trail[1:]
                end += 1
            elif trail[0] in "'\u2019" and core[-1:] == "s" and len(core) > 2:
                possessive = True  # "Jones’"
        if core[-2:] in _POSSESSIVE and len(core) > 3:
            core = core[:-2]
            end -= 2
            trail = text[end : match.end()]
            possessive = True
        out.append(Token(base + start, base + end, core, core.lower(), possessive, lead, trail))
    return out


def sentence_spans(text: str, protected: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a full stop inside a protected range (a quotation) or
    after an abbreviation or an initial does not end a sentence."""
    return _sentence_spans(text, tuple(protected))


@lru_cache(maxsize=512)
def _sentence_spans(text: str, protected: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    spans = []
    start = 0
    n = len(text)
    for pos, end in _stops(text):
        if (
            protected
            and inside(protected, pos, strict=True)
            and not _closes_a_quoted_sentence(text, protected, pos, end)
        ):
            continue
        spans.append((start, end))
        start = end
        while start < n and text[start].isspace():
            start += 1
    if start < n:
        spans.append((start, n))
    out = SentenceList(spans)
    out.ends = [end for _, end in spans]
    return out


def _closes_a_quoted_sentence(text: str, protected: tuple[tuple[int, int], ...], pos: int, end: int) -> bool:
    """'He called it “a masterpiece.” Tom Reed left.': a full stop right before the mark that
    closes a quotation, with a capital after, ends the sentence around it too ("!" and "?" do
    not: "“Stop!” Ana Ruiz shouted.")."""
    if text[pos] != "." or end - pos < 2 or text[pos + 1] not in _CLOSING_MARKS:
        return False
    index = bisect_right(protected, (pos, _INF)) - 1
    return index >= 0 and protected[index][1] <= end


_CLOSING_MARKS = frozenset("\"'\u201d\u2019")


class SentenceList(list):
    """Sentence spans with `ends`, their end offsets, for a bisection without a key function."""

    __slots__ = ("ends",)


@lru_cache(maxsize=256)
def _stops(text: str) -> tuple[tuple[int, int], ...]:
    """(position, end) of every run of stops that can end a sentence, whatever is protected: the
    scan and the abbreviation test depend on the text alone, so they are shared by every caller."""
    out = []
    for match in _SENTENCE_END.finditer(text):
        pos = match.start()
        if text[pos] == ".":
            before = text[max(0, pos - 12) : pos]
            word = before.rsplit(None, 1)[-1] if before.strip() else ""
            word = word.lstrip(_LEAD)
            if word.lower() in lexicon.ABBREVIATIONS or _INITIAL.search(before):
                continue
        out.append((pos, match.end()))
    return tuple(out)


def sentence_at(spans: list[tuple[int, int]], pos: int) -> int:
    """Index of the sentence span containing offset `pos` (the last one if past the end)."""
    ends = getattr(spans, "ends", None)
    index = bisect_right(ends, pos) if ends is not None else bisect_right(spans, pos, key=lambda span: span[1])
    return min(index, len(spans) - 1)


def inside(ranges, pos: int, strict: bool = False) -> bool:
    """Whether pos lies in one of the sorted, non-overlapping (start, end) ranges
    (start <= pos < end; strict: start < pos < end)."""
    # (pos, inf) sorts after every range that starts at or before pos: no key function to call
    index = bisect_right(ranges, (pos, _INF)) - 1
    if index < 0:
        return False
    a, b = ranges[index]
    return (a < pos < b) if strict else (a <= pos < b)


_INF = float("inf")


def between(items, lo: int, hi: int, key):
    """The items (sorted by key) with lo <= key(item) < hi.  For a StartsList the key must be
    the items' `.start`."""
    if isinstance(items, StartsList):
        starts = getattr(items, "_starts", None)
        if starts is None:
            starts = items.starts
        return items[bisect_left(starts, lo) : bisect_left(starts, hi)]
    return items[bisect_left(items, lo, key=key) : bisect_left(items, hi, key=key)]


def opens_sentence(toks: list[Token], k: int) -> bool:
    """Whether toks[k] opens a sentence: the first token, or one after a full stop, a question or
    an exclamation mark (behind any closing quotation mark or bracket)."""
    if k == 0:
        return True
    trail = toks[k - 1].trail.strip("\"'\u201d\u2019)")
    return bool(trail) and trail[-1] in ".!?"
