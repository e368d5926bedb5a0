"""The seed converter's entry point: `parse_seed(bytes or str) -> ParsedArticle`.

Runs the stages in order -- read (decode), structure (date, deck, blocks), quotes
(spans), people (roster), attribute (speakers) -- and turns anything unexpected into a
ParseError, so that every input gives either an article or a ParseError.
"""

from __future__ import annotations

import re
from itertools import islice

from . import limits
from .attribute import attribute_quotes
from .byline import (
    is_closing_furniture,
    is_reporter_note,
    is_staff_credit,
    is_wire_advisory,
    parse_byline,
    trailing_signature,
)
from .model import MAX_SEED_BYTES, Block, ParsedArticle, ParsedPerson, ParsedQuote, ParseError
from .people import build_roster
from .quotes import SEG_BLOCK, SEG_DECK, find_spans, judge
from .read import read_text
from .structure import parse_structure, wire_dateline_length

__all__ = [
    "MAX_SEED_BYTES",
    "Block",
    "ParseError",
    "ParsedArticle",
    "ParsedPerson",
    "ParsedQuote",
    "parse_seed",
]


CLOSING_BLOCKS = 3  # the lines at the foot of a story that may be about its reporter


def _quote_ranges(spans):
    """Per segment, the character ranges (marks included) of real quotes and of rejected spans."""
    real: dict = {}
    rejected: dict = {}
    for span in spans:
        target = real if span.is_quote else rejected
        for n, (index, _a, b) in enumerate(span.parts):
            lo = span.open_pos if n == 0 else 0  # a later part opens its paragraph
            hi = span.close_pos if n == len(span.parts) - 1 else b
            target.setdefault((span.seg, index), []).append((lo, hi))
    for ranges in (*real.values(), *rejected.values()):
        ranges.sort()
    return real, rejected


# A word of three letters or more in capitals, with a vowel after its first letter (not an acronym
# such as "ANC" or "SNP"), opening the paragraph before a capitalised word: "OLIVER Dorran".
# "by Jane Doe NAIROBI (Xinhua) --", "By Jane Doe LAGOS, Nigeria --": two to four capitalised words, then
# a dateline in capitals
_BYLINE_BEFORE_A_DATELINE = re.compile(r"[Bb]y (?:[A-Z][a-z'\u2019-]+ ){1,3}[A-Z][a-z'\u2019-]+ (?=[A-Z]{3,}[ ,(])")
_CAPITALS_OPENING = re.compile(r"([A-Z])([A-Z]*[AEIOU][A-Z]*)(?= [A-Z][a-z])")


def _lede_in_sentence_case(text: str) -> str:
    """ "OLIVER Dorran challenged ..." -> "Oliver Dorran challenged ...": a lede's first word set in
    capitals, as some papers print it, in the case it has inside the story."""
    match = _CAPITALS_OPENING.match(text)
    if match is None or len(match.group(0)) < 3:
        return text
    return match.group(1) + match.group(2).lower() + text[match.end() :]


def _convert(data: bytes | str, filename: str) -> ParsedArticle:
    text = read_text(data, filename)
    structure = parse_structure(text, filename)
    deck, blocks = structure.deck, structure.blocks
    # Captions hold no quotations; crossheads are scanned alone and stop a running quotation.
    texts = [None if block.kind == "caption" else block.text for block in blocks]
    # A byline line names the authors, not people of the story, and holds no quotation.
    deck_texts = list(deck)
    if structure.byline_at is not None:
        kind, index = structure.byline_at
        target = deck_texts if kind == SEG_DECK else texts
        # blanked, not cut, so that every offset in the rest of the text stays as it was
        target[index] = " " * structure.byline_length + target[index][structure.byline_length :]
    # So does a staff credit ("Reporting by Jane Doe; Editing by John Roe"): blanked the same way.
    # And a wire advisory over the story ("(Corrects spelling of X's name from Y)"): Y is no one.
    for index, block in enumerate(blocks):
        if block.kind in ("paragraph", "crosshead") and (is_staff_credit(block.text) or is_wire_advisory(block.text)):
            texts[index] = " " * len(block.text)
    for index, line in enumerate(deck_texts):
        if is_staff_credit(line) or is_wire_advisory(line):
            deck_texts[index] = " " * len(line)
    # A lede opening in capitals ("OLIVER Dorran challenged ...", "MINISTER Ana Ruiz has ..."): a paper's
    # drop-cap style, read in the case of the name or title it begins (same length, offsets unchanged).
    first = next((i for i, block in enumerate(blocks) if block.kind == "paragraph"), None)
    if first is not None and texts[first] is not None:
        texts[first] = _lede_in_sentence_case(texts[first])
        # "by Jane Doe NAIROBI (Xinhua) -- ...": the reporter's name run into the lede before its
        # dateline is a byline, not a person of the story (blanked, offsets unchanged)
        if byline := _BYLINE_BEFORE_A_DATELINE.match(texts[first]):
            texts[first] = " " * byline.end() + texts[first][byline.end() :]
    # And a wire dateline ("NAGA CITY, Camarines Sur — "): a place and its region.
    for index, block in enumerate(blocks):
        if block.kind == "paragraph" and (length := wire_dateline_length(texts[index])):
            texts[index] = " " * length + texts[index][length:]
    # And a byline or signature closing the story ("By Jane Doe", "— Jane Doe, KWXT News"), or
    # notes about its reporter ("Jane Doe is a reporter at ...", "Follow Jane Doe on Twitter").
    # A rule or a link line among them ("___", "Follow AP's coverage at https://...") is passed over.
    closing = list(
        islice(
            (
                i
                for i in range(len(blocks) - 1, 0, -1)
                if blocks[i].kind != "caption" and not is_closing_furniture(blocks[i].text)
            ),
            CLOSING_BLOCKS,
        )
    )
    for position, index in enumerate(closing):
        text = blocks[index].text
        if is_reporter_note(text) or (position == 0 and parse_byline(text) is not None):
            texts[index] = " " * len(text)
        elif not is_staff_credit(text):
            break  # only the lines that close the story
    if closing and blocks[closing[0]].kind == "paragraph" and texts[closing[0]] is not None:
        # "..., Mr. Tarrant said. — Jane Doe": the reporter signs the last paragraph (a name the
        # story never uses otherwise)
        text = texts[closing[0]]
        signed = trailing_signature(text)
        if signed is not None and _named_only_there(signed[1], blocks, closing[0]):
            texts[closing[0]] = text[: signed[0]] + " " * (len(text) - signed[0])
    crossheads = frozenset(i for i, block in enumerate(blocks) if block.kind == "crosshead")
    spans = judge(find_spans(deck_texts, texts, crossheads), deck_texts, texts)
    segments = [((SEG_DECK, i), line) for i, line in enumerate(deck_texts)]
    segments += [
        ((SEG_BLOCK, i), block.text if text is None else text)
        for i, (block, text) in enumerate(zip(blocks, texts, strict=False))
    ]
    kinds = {(SEG_DECK, i): "deck" for i in range(len(deck))}
    kinds.update({(SEG_BLOCK, i): block.kind for i, block in enumerate(blocks)})
    real, rejected = _quote_ranges(spans)
    roster = build_roster(segments, real, rejected)
    quotes = attribute_quotes(segments, kinds, roster, spans)
    lines = list(structure.deck_lines) + [block.line for block in blocks]
    check_lengths(structure.headline, structure.headline_line, roster, lines, filename)
    return ParsedArticle(
        source=filename,
        date=structure.date,
        headline=structure.headline,
        deck=list(deck),
        blocks=list(blocks),
        people=roster.people,
        quotes=quotes,
        headline_line=structure.headline_line,
        byline=structure.byline,
    )


def check_lengths(headline: str, headline_line: int, roster, segment_lines: list[int], filename: str) -> None:
    """Refuse a headline, person name or title longer than its database field
    (`limits`); a person is reported at the line of the paragraph that first names them."""
    if len(headline) > limits.HEADLINE_MAX_LENGTH:
        raise ParseError(
            filename, headline_line, f"headline is {len(headline)} characters long (limit {limits.HEADLINE_MAX_LENGTH})"
        )
    for person, (pos, _) in zip(roster.people, roster.first_pos, strict=False):
        line = segment_lines[pos] if 0 <= pos < len(segment_lines) else 0
        if len(person.name) > limits.PERSON_NAME_MAX_LENGTH:
            raise ParseError(
                filename,
                line,
                f"person name {person.name[:40]!r}... is {len(person.name)} characters "
                f"long (limit {limits.PERSON_NAME_MAX_LENGTH})",
            )
        if len(person.title) > limits.PERSON_TITLE_MAX_LENGTH:
            raise ParseError(
                filename,
                line,
                f"title of {person.name[:40]!r} is {len(person.title)} characters "
                f"long (limit {limits.PERSON_TITLE_MAX_LENGTH})",
            )


def parse_seed(data: bytes | str, filename: str = "<seed>") -> ParsedArticle:
    """Convert one seed text; raises ParseError (never anything else) when it cannot."""
    try:
        return _convert(data, filename)
    except ParseError:
        raise
    except RecursionError as error:  # pragma: no cover - defensive
        raise ParseError(filename, 0, "input too deeply nested") from error
    except Exception as error:  # noqa: BLE001 - the contract: a ParseError for any input
        raise ParseError(filename, 0, f"internal error while parsing: {type(error).__name__}: {error}") from error


def _named_only_there(name: str, blocks: list[Block], index: int) -> bool:
    """The name's last word appears in no block but the one at `index`, where it signs off."""
    surname = name.split()[-1]
    return not any(surname in block.text for i, block in enumerate(blocks) if i != index)
