"""Where quotations are in a paragraph: the one quote-mark scanner of the project.

`quoted_spans(text)` finds the passages between quotation marks in one paragraph and gives
their character offsets, marks excluded; an opening mark left unclosed runs to the end of
the paragraph (the wire convention for a quotation that continues in the next paragraph).
The converter's quotes stage and the site's rendering both call it, so they agree on what
a quotation is.

Marks: double marks, curly or straight, in any mix, and the doubled apostrophes of some
print reprints (`''`, `‘‘`, `’’`), each read as one double mark.  With `single=True` (an
outlet that prints speech in single marks, see `uses_single_marks`) single marks delimit
quotations too, and an apostrophe inside or at the end of a word is told from a mark by
what stands around it.  Whether a mark opens or closes is read from what stands on either
side of it, then from its curly direction, then from the scanner's state; a quotation
opened inside another is nested in it.  Pure Python, no Django.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from . import lexicon

DOUBLE_MARKS = lexicon.DOUBLE_QUOTES
SINGLE_MARKS = lexicon.SINGLE_QUOTES
_OPEN_CURLY = lexicon.OPEN_CURLY
_CLOSE_CURLY = lexicon.CLOSE_CURLY
OPENING_CONTEXT = lexicon.OPENING_CONTEXT
CLOSING_CONTEXT = lexicon.CLOSING_CONTEXT

# A mark: a doubled apostrophe ('' ‘‘ ’’) read as one double mark, else one mark character.  Both
# patterns open with the set of mark characters (the second of a doubled pair is taken by a
# look-behind at the first), so the regex engine skips to the next mark instead of trying each
# alternative at every position.
_DOUBLED = "|".join(f"(?<={re.escape(m[0])}){re.escape(m[1])}" for m in lexicon.DOUBLED_APOSTROPHES)
_ALL_MARKS = "[" + re.escape("".join(sorted(DOUBLE_MARKS | SINGLE_MARKS))) + "]"
# double marks only: a single mark counts only doubled
_DOUBLE_RE = re.compile(_ALL_MARKS + "(?:" + _DOUBLED + "|(?<![" + re.escape("".join(sorted(SINGLE_MARKS))) + "]))")
_ANY_RE = re.compile(_ALL_MARKS + "(?:" + _DOUBLED + ")?")
# A single mark at the text's start or after a space, a bracket or a dash, then a word.  It opens
# with the mark itself (the look-behind follows it), so the regex engine can skip to the next mark
# instead of trying the pattern at every position.
_SINGLE_OPENER = re.compile(r"[\u2018'](?<![^\s(\[\u2014\u2013][\u2018'])(?=[^\W_])")


class Quoted(NamedTuple):
    """One quoted passage: `text[start:end]` is its content, marks excluded."""

    start: int  # offset of the first character after the opening mark
    end: int  # offset of the closing mark (len(text) when left open)
    open_mark: int  # offset of the opening mark
    after: int  # offset just after the closing mark (== end when left open)
    single: bool = False  # delimited by single marks

    @property
    def closed(self) -> bool:
        return self.after > self.end


def _is_single(mark: str) -> bool:
    return len(mark) == 1 and mark in SINGLE_MARKS


def classify_mark(text: str, i: int, mark: str) -> str:
    """'open', 'close', '' (undecided) or, for a single mark, 'apostrophe' for the mark `mark`
    at text[i].  A right single mark after a word is a closing mark here; whether it is a
    plural possessive ("the players’ union") is for the scanner to judge."""
    prev = text[i - 1] if i > 0 else " "
    j = i + len(mark)
    nxt = text[j] if j < len(text) else " "
    if _is_single(mark):
        if prev.isalnum() and nxt.isalnum():
            return "apostrophe"  # "don’t", "O’Neill"
        if mark == "\u2019" and (prev.isspace() or prev in "([{\u2014\u2013"):
            return "apostrophe"  # "’90s", "’em": an elision at a word start
        if _DECADE.match(text, j):
            return "apostrophe"  # "'90s", "'92": a year cut short, in any mark
        if _SPACED_POSSESSIVE.match(text, j) and prev == " " and i >= 2 and text[i - 2].isalnum():
            return "apostrophe"  # "the Kesby Party ‘s leader": a possessive typed after a space
    opening = (prev.isspace() or prev in OPENING_CONTEXT or prev in DOUBLE_MARKS) and not nxt.isspace()
    closing = (nxt.isspace() or nxt in CLOSING_CONTEXT or nxt in DOUBLE_MARKS) and not prev.isspace()
    if opening and not closing:
        return "open"
    if closing and not opening:
        return "close"
    if mark in _OPEN_CURLY:
        return "open"
    if mark in _CLOSE_CURLY:
        return "close"
    return ""


_SPACED_POSSESSIVE = re.compile(r"s(?![\w'\u2019])")
_DECADE = re.compile(r"\d\d(?:s\b|(?![\w'\u2019]))")
_LATER_CLOSE = re.compile("[\u2019'](?=[\\s.,;:!?)\u2014\u2013]|$)")


# Words that cannot follow a possessive (a noun phrase goes on after one): after "-s’" they show
# the mark closes a quotation ("told them to ‘believe in yourselves’ and that ...").
_NOT_AFTER_POSSESSIVE = frozenset(
    [
        "to",
        "in",
        "on",
        "at",
        "by",
        "from",
        "with",
        "about",
        "as",
        "into",
        "of",
        "for",
        "than",
        "that",
        "which",
        "who",
        "is",
        "was",
        "are",
        "were",
        "and",
        "or",
        "but",
        "when",
        "because",
        "if",
        "so",
        "while",
        "since",
        "until",
        "after",  # "described it as ‘tremendous’ after the game"
        "before",
        "given",
        "during",
        "despite",
        "following",
        # more prepositions: "making ‘reckless and untrue remarks’ against the Speaker"
        "against",
        "towards",
        "toward",
        "over",
        "under",
        "through",
        "without",
        "between",
        "among",
        # a subject pronoun or a reporting verb: the tag after the words ("‘This one is for the fans’
        # he said", "‘Credit to the lads’ said Bell")
        "he",
        "she",
        "they",
        "we",
        "said",
        "says",
        "added",
        "adds",
        "told",
        "tells",
    ]
)
_NEXT_WORD = re.compile(r"([a-z]+)(?![\w-])(?: ([a-z]+)[sz][\u2019'](?=\s))?")


def _possessive(text: str, i: int, opened: int = -1) -> bool:
    """ "the players’ union": a mark after a plural -s, then a lower-case word, is an apostrophe
    when a later mark can still close the quotation, or the quotation (opened at `opened`) is
    already a sentence's worth of words and may run on into the next paragraph ("‘It's
    Christmas, for goodness’ sake."); else it closes ("a ‘shambles’ on Friday"). Not when that
    word cannot follow a possessive ("‘yourselves’ and that": "and" only before a second
    possessive, "the players’ and coaches’ union")."""
    if not (i > 0 and text[i - 1] in "sz" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()):
        return False
    word = _NEXT_WORD.match(text, i + 2)
    if word and word.group(1) in _NOT_AFTER_POSSESSIVE and not (word.group(1) in ("and", "or") and word.group(2)):
        return False
    if _LATER_CLOSE.search(text, i + 1) is not None:
        return True
    return opened >= 0 and text.count(" ", opened, i) >= _SENTENCE_WORDS


# Words that end in "-in" of their own (the rest of "-in" words that are lower-case and not
# "-ain", "-ein", "-iin", "-uin" are mostly a dropped "g": "somethin’", "goin’", "askin’").
_WORDS_IN_IN = frozenset(
    [
        "begin",
        "within",
        "robin",
        "cabin",
        "margin",
        "origin",
        "cousin",
        "basin",
        "satin",
        "toxin",
        "skin",
        "thin",
        "twin",
        "spin",
        "chin",
        "grin",
        "muffin",
        "coffin",
        "napkin",
        "pumpkin",
        "raisin",
        "resin",
        "admin",
        "violin",
        "javelin",
        "insulin",
        "heroin",
        "dolphin",
        "goblin",
        "cumin",
        "pippin",
        "bodkin",
        "catkin",
        "gherkin",
        "kin",
        "akin",
    ]
)


def _elision(text: str, i: int) -> bool:
    """ "‘People keep askin’ me’", "rock ’n’ roll": a mark that ends a word cut short (a dropped
    "g" after "-in", the "n" of "’n’") inside a quotation that a later mark can still close."""
    if text[i + 1 : i + 2] != " " or not text[i + 2 : i + 3].islower():
        return False
    word_start = i
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:i]
    cut = (
        len(word) >= 4
        and word.endswith("in")
        and word[-3] not in "aeiu"
        and word.islower()
        and word not in _WORDS_IN_IN
    ) or (word == "n" and word_start >= 2 and text[word_start - 1] in "\u2019'" and text[word_start - 2] == " ")
    return cut and _LATER_CLOSE.search(text, i + 1) is not None


# A tag after a comma just before a double opening mark met inside a double-quoted passage (a
# double quotation nested in another is rare; a dropped closing mark is not).
_TAG_BEFORE = re.compile(
    ", (?:he|she|they|[A-Z][\\w\u2019'-]+(?: [A-Z][\\w\u2019'-]+)?) (?:said|says|added|adds|told [a-z]+)\\. $"
)

# A single closing mark after a comma, then a tag (a pronoun, or a name behind up to four title
# words, and a verb of saying): where a double quotation left open was closed by mistake.
_SINGLE_CLOSE_BEFORE_TAG = re.compile(
    ",['\u2019] (?:he|she|they|(?:[A-Z][\\w\u2019'.-]+ ){0,5}[A-Z][\\w\u2019'-]+) "
    "(?:said|says|asked|asks|added|adds|replied|replies|told)\\b"
)

_SENTENCE_WORDS = 3  # spaces inside a quotation before the mark: a clause, not a scare quote


def quoted_spans(text: str, continues: bool = False, single: bool = False) -> list[Quoted]:
    """Every quoted passage of one paragraph, in order.

    `continues`: the paragraph continues a quotation from the one before, and its opening
    mark is at offset 0.  `single`: single marks delimit quotations too; a single mark
    closes only a quotation a single mark opened, so a stray apostrophe cannot end a
    double-quoted passage.  A closing mark outside any quotation is ignored; an opening
    mark left unclosed runs to the end."""
    spans: list[Quoted] = []
    stack: list[bool] = []  # per open quotation: opened by a single mark?
    open_mark = content = -1
    outer_single = False
    pattern = _ANY_RE if single else _DOUBLE_RE
    for match in pattern.finditer(text):
        i, mark = match.start(), match.group()
        kind = classify_mark(text, i, mark)
        if kind == "apostrophe":
            continue
        is_single = _is_single(mark)
        if continues and i == 0:
            stack, open_mark, content, outer_single = [is_single], 0, len(mark), is_single
            continue
        if not stack:
            if kind == "close" or (is_single and kind != "open"):
                continue  # a stray closing mark (or an undecided apostrophe) outside any quotation
            stack, open_mark, content, outer_single = [is_single], i, i + len(mark), is_single
        elif kind == "open" and not (is_single and not _opens_single(text, i)):
            if not is_single and stack == [False] and (tag := _TAG_BEFORE.search(text, max(content, i - 50), i)):
                # "“We cannot stay, Lowe said. “Not now.”": the first quotation lost its closing
                # mark before its tag; it ends at the comma, and the mark opens the next one
                spans.append(Quoted(content, tag.start() + 1, open_mark, tag.start() + 2, False))
                open_mark, content = i, i + len(mark)
                continue
            stack.append(is_single)
        elif is_single:
            if stack[-1] and not (
                mark != "\u2018" and (_possessive(text, i, content if len(stack) == 1 else -1) or _elision(text, i))
            ):
                stack.pop()  # closes a single-quoted passage
            # otherwise an apostrophe inside a double-quoted passage
        else:
            while stack and stack[-1]:
                stack.pop()  # a single-quoted passage left open inside ends with its double one
            if stack:
                stack.pop()
        if not stack:
            spans.append(Quoted(content, i, open_mark, i + len(mark), outer_single))
    if stack and content < len(text):
        lost = _SINGLE_CLOSE_BEFORE_TAG.search(text, content) if stack == [False] else None
        if lost is not None:
            # "“If a stranger knocks, who do you call,' the prosecutor asked.": a double quotation closed
            # by a single mark before its tag ends there, and runs on into no other paragraph
            spans.append(Quoted(content, lost.start() + 1, open_mark, lost.start() + 2, False))
        else:
            spans.append(Quoted(content, len(text), open_mark, len(text), outer_single))
    return spans


def _opens_single(text: str, i: int) -> bool:
    """A single mark opening inside a quotation needs a word right after it."""
    return i + 1 < len(text) and text[i + 1].isalnum()


def opens_with_mark(text: str, single: bool = False) -> bool:
    """Whether the paragraph opens with a quotation mark that can open a quotation."""
    match = (_ANY_RE if single else _DOUBLE_RE).match(text)
    return bool(match) and classify_mark(text, 0, match.group()) not in ("close", "apostrophe")


def uses_single_marks(texts) -> bool:
    """Whether an article prints speech in single marks: at least two single opening marks at a
    word start outside double-quoted passages, and more of them than double-quoted passages (a
    title or a nickname in double marks does not make it a double-mark article)."""
    texts = [text for text in texts if text]
    # fewer than two single openers in all, wherever they stand, settles it without a scan
    # (most articles have none)
    if sum(1 for text in texts for _ in _SINGLE_OPENER.finditer(text)) < 2:
        return False
    singles = doubles = 0
    for text in texts:
        spans = quoted_spans(text)
        doubles += len(spans)
        opens = [q.open_mark for q in spans]
        for match in _SINGLE_OPENER.finditer(text):
            k = bisect_right(opens, match.start()) - 1
            if k < 0 or match.start() >= spans[k].end:
                singles += 1
    return singles >= 2 and singles > doubles


# A double mark with no space where careless copy dropped one: "…,”she said", "rise.“We …", or an
# opening mark typed after the space instead of before it ("said Bell." The lads …). A cheap test
# before the scan (_has_glued_mark): most paragraphs have none.
_MARK_BEFORE_WORD = re.compile('["\u201c\u201d][^\\W_]')
_MARK_AFTER_STOP = re.compile('[.!?]["\u201d] [A-Z]')
_LOOSE_BEFORE_A_MARK = "([\u2014\u2013/-"
_PLAIN_DOUBLE = frozenset('"\u201c\u201d')
# A single closing mark glued to the word after it, after a comma, "?" or "!" (no apostrophe stands
# there): the curly mark before any letter, the straight one only before a tag word.
_GLUED_SINGLE_CLOSE = re.compile("[,!?](?:\u2019(?=[^\\W\\d_])|'(?=(?:he|she|they|we|it|said|says|added|asked)\\b))")
_STOPS = frozenset(".,;:!?\u2026")
# Two sentences run together with no space, as pages that strip line breaks print them: a word of
# two lower-case letters or more, its stop (behind or before a closing mark), then a capitalised
# word ("exports.Kesby’s", "“later”.More"); not "a.m.The", "U.S.Army" or "St.Louis".
# The pattern opens with the stop so that the scan looks only at stops (4-5x faster than opening
# with the lookbehinds); the stop, and a closing mark after it, are kept and a space put after them.
_GLUED_SENTENCE = re.compile('[.!?](?:(?<=[a-z]{2}[.!?])[\u201d"]?|(?<=[a-z][\u201d"\u2019][.!?]))(?=[A-Z][a-z])')


def _has_glued_mark(text: str) -> bool:
    """A double mark right after a character other than a space, bracket, dash or slash and right
    before a letter or digit, or a closing mark between a stop and a capitalised word. (Found
    from the marks, which are few, rather than by a pattern tried at every character.)"""
    for match in _MARK_BEFORE_WORD.finditer(text):
        at = match.start()
        if at and not text[at - 1].isspace() and text[at - 1] not in _LOOSE_BEFORE_A_MARK:
            return True
    return _MARK_AFTER_STOP.search(text) is not None


def unglue_marks(text: str) -> str:
    """The paragraph with the spaces careless copy left out around double quotation marks put
    back: a space after a closing mark glued to the next word (`…,”she said` → `…,” she said`),
    before an opening mark glued to the stop of the sentence before (`rise."We` → `rise. "We`),
    and an opening mark typed on the wrong side of its space moved (`said Bell." The lads said."`
    → `said Bell. "The lads said."`: a mark after a stop that reads as closing, outside any
    quotation by the count of marks before it, with an odd number of marks after it); and a
    space after a single closing mark glued to the next word after a comma, "?" or "!"
    (`…effort,’he said` → `…effort,’ he said`)."""
    text = _GLUED_SINGLE_CLOSE.sub("\\g<0> ", text)
    if _GLUED_SENTENCE.search(text):  # (rare: sub() would build its template on every paragraph)
        text = _GLUED_SENTENCE.sub("\\g<0> ", text)  # "on steel exports.Kesby’s office", "“later”.More than"
    if _COMMA_BEFORE_A_LOOSE_MARK in text:
        text = _move_mark_after_a_comma(text)
    if not _has_glued_mark(text):
        return text
    marks = [i for i, ch in enumerate(text) if ch in _PLAIN_DOUBLE]
    if len(marks) % 2 == 0:
        for k in range(0, len(marks), 2):
            i = marks[k]
            if (
                i > 0
                and text[i - 1] in ".!?"
                and text[i + 1 : i + 2] == " "
                and text[i + 2 : i + 3].isupper()
                and classify_mark(text, i, text[i]) == "close"
            ):
                text = text[:i] + " " + text[i] + text[i + 2 :]
    inserts = []
    for q in quoted_spans(text):
        if q.closed and q.after < len(text) and text[q.after].isalpha() and text[q.end - 1] in _STOPS:
            inserts.append(q.after)
        if q.open_mark > 0 and text[q.open_mark - 1] in _STOPS and q.start < len(text) and text[q.start].isalnum():
            inserts.append(q.open_mark)
    for i in sorted(inserts, reverse=True):
        text = text[:i] + " " + text[i:]
    return text


_COMMA_BEFORE_A_LOOSE_MARK = '," '


def _move_mark_after_a_comma(text: str) -> str:
    """`said," The plan failed."` -> `said, "The plan failed."`: a straight mark typed on the wrong
    side of its space after a comma, where the count of marks before it says a quotation opens
    (an even number of double marks, curly or straight, in the paragraph, this one at an even
    place), and a capital follows."""
    marks = [i for i, ch in enumerate(text) if ch in _PLAIN_DOUBLE]
    if len(marks) % 2:
        return text
    for k in range(0, len(marks), 2):
        i = marks[k]
        if text[i] == '"' and text[i - 1 : i + 2] == '," ' and text[i + 2 : i + 3].isupper():
            text = text[: i - 1] + ', "' + text[i + 2 :]
    return text
