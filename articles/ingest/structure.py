"""Stage 2: clean text to date, headline, deck lines and typed blocks.

Layout rules (general to the seed format, not to any article):

* the first non-blank line is `date YYYY-MM-DD headline`;
* the rest is split into blocks at blank lines (lines inside one block are joined);
* a block ending in a parenthesised image credit is a caption, wherever it stands;
* before the body starts, a block is a deck (summary) line when it reads like a
  standfirst: it has no sentence-final punctuation, or it is one short sentence whose
  key words are mostly repeated by the lead paragraph that follows;
* a wire dateline ("SEOUL, Jan. 28 (Yonhap) --") always opens body text;
* after the body starts, a short line without sentence-final punctuation is a crosshead;
* a deck line or first block that reads as a byline ("By Jane Doe | Reuters") gives the
  article's byline (`byline.parse_byline`); it stays where it stands in the text.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from . import lexicon
from .byline import Byline, is_name_alone, is_outlet_line, name_line_byline, parse_byline, proper_case
from .marks import unglue_marks
from .model import Block, ParseError

_DATE_LINE = re.compile(r"^\s*date\s+(\S+)[ \t]*(.*)$", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DATELINE = re.compile(
    r"^[A-Z][\w.'\u2019-]*(?:[ ,]{1,2}(?:[A-Z][\w.'\u2019-]*|del|de|la|do|dos|da)){0,6}"
    r"(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})?\s*(?:\([^()]{1,40}\))?\s*(?:\u2014|\u2013|--|-)\s"
)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019')\]]*\s+(?=[\"\u201c\u2018(]?[A-Z0-9])")
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_TERMINAL = frozenset(".!?\u2026:;,")
_CLOSERS = "\"\u201d\u2019')]"
_OVERLAP_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "that",
        "with",
        "from",
        "this",
        "have",
        "has",
        "had",
        "was",
        "were",
        "are",
        "its",
        "their",
        "his",
        "her",
        "but",
        "not",
        "into",
        "over",
        "after",
        "than",
        "who",
        "which",
        "will",
        "would",
        "been",
        "also",
    ]
)
_NAME_AGENCY_CREDIT = re.compile(r"^[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+)+, [A-Z][\w&.-]+$")

DECK_MAX_WORDS = 45
CROSSHEAD_MAX_WORDS = 12
CROSSHEAD_MAX_CHARS = 100
DECK_OVERLAP = 0.5


@dataclass
class Structure:
    date: datetime.date
    headline: str
    deck: list[str]
    deck_lines: list[int]
    blocks: list[Block]
    headline_line: int = 1
    byline: Byline | None = None
    byline_at: tuple[str, int] | None = None  # ("deck", index) or ("block", index) of the byline line
    byline_length: int = 0  # characters of that text the byline takes (all of it, or its first line)


def parse_date_line(line: str, number: int, filename: str) -> tuple[datetime.date, str]:
    """`date YYYY-MM-DD headline` to (date, headline); a missing or impossible date is an error."""
    match = _DATE_LINE.match(line)
    if not match:
        raise ParseError(filename, number, "first line must be 'date YYYY-MM-DD headline'")
    raw, headline = match.group(1), match.group(2).strip()
    parts = _ISO_DATE.match(raw)
    if not parts:
        raise ParseError(filename, number, f"bad date {raw[:40]!r}: expected YYYY-MM-DD")
    try:
        date = datetime.date(int(parts.group(1)), int(parts.group(2)), int(parts.group(3)))
    except ValueError as error:
        raise ParseError(filename, number, f"impossible date {raw!r}: {error}") from None
    if not headline:
        raise ParseError(filename, number, "missing headline after the date")
    return date, " ".join(headline.split())


# A picture's credit closing a caption after its last sentence, without parentheses: "Ambulances
# outside the hospital. Picture: Jane Doe", "Voters queue in Accra. Photograph: Jane Doe for the
# Herald", "... on Monday. PHOTO: Jane Doe", "... Image: Jane Doe/Reuters", "... 2019. ― Picture by
# Jane Doe" (after a dash). A sentence that ends in a full stop ("Photos by Ana Ruiz went viral.") is
# prose, not a credit. Several photographers are listed with commas ("Photos: Jane Doe, John Roe,
# Ana Ruiz/The Post via Getty Images").
_TRAILING_CREDIT = re.compile(
    r"(?<=[.!?])\s+(?:[\u2013\u2014\u2015]\s+)?((?i:photo(?:graph)?s?|pictures?|images?|credits?)(?:\s+by|\s*:)\s*"
    r"[A-Z][\w.'\u2019&/-]*,?(?:\s+[\w.'\u2019&/-]+,?){0,14})(?<![.!?,])$"
)
# The same credit after a colon closed by a full stop: "... in Ely. Credit: Jane Doe." Only
# capitalised words, so that prose ("Credit: Ana Ruiz went viral.") stays prose.
_TRAILING_COLON_CREDIT = re.compile(
    r"(?<=[.!?])\s+((?i:photo(?:graph)?s?|pictures?|images?|credits?)\s*:\s*"
    r"[A-Z][\w'\u2019&/-]*(?:\s+[A-Z][\w'\u2019&/-]*){0,4})\.$"
)


# A photographer and an agency in capitals after a caption's last sentence, or the agency alone
# after a bar: "Fans at the final whistle. Jane Doe / INPHO", "The captain, left, with the coach. | AP".
_TRAILING_AGENCY = re.compile(
    r"(?<=[.!?])\s+((?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+\s*/\s*[A-Z]{2,}|\|\s*[A-Z]{2,})"
    r"(?:\s*/\s*[A-Z]{2,})*$"
)


def _agency_credit(text: str) -> tuple[str, str] | None:
    found = _TRAILING_AGENCY.search(text)
    if found is None or len(text[: found.start()].split()) < 3:
        return None
    return text[: found.start()].rstrip(), found.group(0).strip().lstrip("|").strip()


# A label under a picture, with no sentence of its own, then its credit after a colon: "Prime
# Minister Jane Doe Photo: John Roe"
_LABEL_CREDIT = re.compile(
    r"\s((?i:photo(?:graph)?|picture|image)\s*:\s*[A-Z][\w.'\u2019&/-]*(?:\s+[A-Z][\w.'\u2019&/-]*){0,3})$"
)


def _label_credit(text: str) -> re.Match | None:
    """The credit after a short label caption that holds no sentence stop, else None."""
    if len(text) > 120 or any(ch in text for ch in '.!?,;"\u201c\u201d'):
        return None
    return _LABEL_CREDIT.search(text)


def split_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when the text ends in a parenthesised (or bracketed: "[Jane Doe/Herald]")
    image credit, or in a picture's credit set after its last sentence ("... on Monday.
    Photograph: Jane Doe/AP"), else None."""
    close = text[-1:]
    if close != ")" and close != "]":
        if "/" in text[-30:] or "|" in text[-30:]:
            agency = _agency_credit(text)
            if agency:
                return agency
        tail = text[-120:].lower()
        if "photo" not in tail and "pictur" not in tail and "image" not in tail and "credit" not in tail:
            return None  # most blocks: no credit word at all
        found = _TRAILING_CREDIT.search(text) or _label_credit(text)
        if found is None and text.endswith("."):
            found = _TRAILING_COLON_CREDIT.search(text)
        if found is None or len(text[: found.start()].split()) < 3:
            return None
        return text[: found.start()].rstrip(), found.group(1)
    opener = "(" if close == ")" else "["
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch == close:
            depth += 1
        elif ch == opener:
            depth -= 1
            if depth == 0:
                break
    else:
        return None
    caption, credit = text[:i].rstrip(), text[i + 1 : -1].strip()
    if not caption or not credit or len(credit) > 160 or len(caption.split()) < 3:
        return None
    if not looks_like_credit(credit):
        return None
    return caption, credit


_OUTLET_COLON_CREDIT = re.compile(
    r"(?:(?:[A-Z][\w&'\u2019.-]*\s+){0,3}(?:News|Rural|Sport|Online|Photos?|Pictures?|Supplied|Facebook|Instagram)"
    r"|(?:ABC|SBS|BBC|CBC|AAP|RNZ|RTE|RT\u00c9)(?:\s+[A-Z][\w'\u2019.-]*){0,3})"  # "(ABC Southern Qld: Jane Doe)"
    r":\s*[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}$"
)


def looks_like_credit(credit: str) -> bool:
    """A parenthesis holds an image credit: agency/credit words, a slash list, © or 'Name, AGENCY'."""
    if "/" in credit or "\u00a9" in credit:
        return True
    if _OUTLET_COLON_CREDIT.match(credit):
        return True  # "(ABC News: Jane Doe)", "(Supplied: Jane Doe)"
    words = {w.lower() for w in _WORD.findall(credit)}
    if words & lexicon.CREDIT_WORDS:
        return True
    return bool(_NAME_AGENCY_CREDIT.match(credit))


def is_dateline(text: str) -> bool:
    return bool(_DATELINE.match(text))


def wire_dateline_length(text: str) -> int:
    """The length of a dateline in capitals opening a paragraph ("NAGA CITY, Camarines Sur — "),
    or 0: the place, and the region after it, name no one."""
    length = dateline_length(text)
    first = text[:length].split(None, 1)[0].rstrip(",") if length else ""
    return length if len(first) > 1 and first.isupper() else 0


def dateline_length(text: str) -> int:
    """How many characters of `text` a wire dateline opening it takes ("CHENNAI — "), or 0."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def _content_words(text: str) -> set[str]:
    return {w for w in (m.lower() for m in _WORD.findall(text)) if len(w) > 2 and w not in _OVERLAP_STOP}


def _has_terminal_punctuation(text: str) -> bool:
    """Ends like a sentence, looking through closing quotes and brackets ("...weapons.”")."""
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _TERMINAL


def _is_deck(text: str, following: str | None) -> bool:
    if following is None or is_dateline(text):
        return False
    if len(text.split()) > DECK_MAX_WORDS:
        return False
    if not _has_terminal_punctuation(text):
        return True
    if _SENTENCE_END.search(text):  # more than one sentence: a lead paragraph
        return False
    words = _content_words(text)
    if not words:
        return False
    return len(words & _content_words(following)) / len(words) >= DECK_OVERLAP


def _is_crosshead(text: str) -> bool:
    if _has_terminal_punctuation(text) or is_dateline(text):
        return False
    if len(text) > CROSSHEAD_MAX_CHARS or len(text.split()) > CROSSHEAD_MAX_WORDS:
        return False
    first = text[0]
    return not (first.islower() or first in lexicon.DOUBLE_QUOTES)


def split_blocks(lines: list[str], first: int) -> list[tuple[int, str]]:
    """(1-based line, text) for each run of non-blank lines from index `first` on."""
    out: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for index in range(first, len(lines)):
        stripped = lines[index].strip()
        if stripped:
            if not current:
                start = index + 1
            current.append(stripped)
        elif current:
            out.append((start, unglue_marks(" ".join(current))))
            current = []
    if current:
        out.append((start, unglue_marks(" ".join(current))))
    return out


def parse_structure(text: str, filename: str = "<seed>") -> Structure:
    """Date line, deck and blocks of a decoded seed text."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise ParseError(filename, 1, "empty file")
    date, headline = parse_date_line(lines[first], first + 1, filename)
    raw = split_blocks(lines, first + 1)

    kinds: list[str] = []
    captions: dict[int, tuple[str, str]] = {}
    for index, (_, block) in enumerate(raw):
        split = split_credit(block)
        if split:
            captions[index] = split
            kinds.append("caption")
        else:
            kinds.append("")

    body_started = False
    text_indexes = [i for i, kind in enumerate(kinds) if kind != "caption"]
    for position, index in enumerate(text_indexes):
        block = raw[index][1]
        if not body_started:
            following = raw[text_indexes[position + 1]][1] if position + 1 < len(text_indexes) else None
            if _is_deck(block, following):
                kinds[index] = "deck"
                continue
            body_started = True
            kinds[index] = "paragraph"
        else:
            kinds[index] = "crosshead" if _is_crosshead(block) else "paragraph"

    if "paragraph" not in kinds:
        # Nothing read as body text: whatever looked like a deck is the body after all.
        kinds = ["paragraph" if kind == "deck" else kind for kind in kinds]
    if "paragraph" not in kinds:
        raise ParseError(filename, first + 1, "no paragraphs after the date line")

    deck: list[str] = []
    deck_lines: list[int] = []
    blocks: list[Block] = []
    for index, ((line, block), kind) in enumerate(zip(raw, kinds, strict=False)):
        if kind == "deck":
            deck.append(block)
            deck_lines.append(line)
        elif kind == "caption":
            caption, credit = captions[index]
            blocks.append(Block("caption", caption, line, credit))
        else:
            blocks.append(Block(kind, block, line))
    structure = Structure(date, headline, deck, deck_lines, blocks, first + 1)
    find_byline(structure, lines)
    return structure


BYLINE_SEARCH_BLOCKS = 3


def find_byline(structure: Structure, lines: list[str]) -> None:
    """The first deck line, or a first paragraph, that reads as a byline ("By Jane Doe"); or
    the first source line of one of them ("By Jane Doe" over "WASHINGTON (AP) -- ...", which
    the blank-line rule joined into one block).  `byline_at` records where, and `byline_length`
    how many characters of that text the byline takes."""
    candidates = [
        ("deck", i, text, line)
        for i, (text, line) in enumerate(zip(structure.deck, structure.deck_lines, strict=False))
    ]
    # the first paragraphs: a byline may follow an editor's note or a standfirst read as a paragraph
    opening = [i for i, b in enumerate(structure.blocks) if b.kind != "caption"][:BYLINE_SEARCH_BLOCKS]
    for first in opening:
        candidates.append(("block", first, structure.blocks[first].text, structure.blocks[first].line))
    for n, (kind, index, text, line) in enumerate(candidates):
        byline = parse_byline(text)
        if byline is None and (kind, index) == ("deck", 0) and _surname_untold(text, structure, kind, index):
            byline = name_line_byline(text)
        length = len(text)
        if (
            byline is None
            and n + 1 < len(candidates)
            and _a_name_over_its_date(text, candidates[n + 1][2])
            and _surname_untold(text, structure, kind, index)
        ):
            byline = Byline([proper_case(text)])  # "Jane Doe" over "07 April 2021, 3:11 AM"
        if byline is None and 0 < line <= len(lines):
            head = " ".join(lines[line - 1].split())
            if head != text and text.startswith(head):
                byline, length = parse_byline(head), len(head)
                rest = text[length:].strip()
                if byline is not None and not byline.affiliation and is_outlet_line(rest):
                    byline.affiliation, length = rest, len(text)  # "By Jane Doe" over "Omaha World-Herald"
        if byline is not None:
            structure.byline, structure.byline_at, structure.byline_length = byline, (kind, index), length
            return


_DATE_OPENING = re.compile(r"\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}\b|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\b")


def _a_name_over_its_date(text: str, following: str) -> bool:
    """A page's byline with no "By": a line that is only a name, over a line that opens with a date."""
    return is_name_alone(text) and bool(_DATE_OPENING.match(following))


def _surname_untold(text: str, structure: Structure, kind: str, index: int) -> bool:
    """The last word of a line that is only a name appears in no other block of the story: the
    writer's name over the story, not a person the story is about."""
    surname = text.split()[-1]
    return not any(surname in block.text for i, block in enumerate(structure.blocks) if (kind, i) != ("block", index))
