"""Stage 3: find quotations in the deck lines and paragraphs.

Marks are found by `marks.quoted_spans`, the project's one scanner: double marks (curly or
straight, in any mix), doubled apostrophes, and single marks.  In an article that prints
speech in double marks, a single-quoted span must read as speech (‘Get out!’, a clause
after a reporting verb) and a deck's single marks are headline style.  A quotation still
open at the end of a paragraph continues into the next paragraph when that paragraph
opens with a quote mark (wire convention); otherwise it is closed at the paragraph end.

Each span is then judged: scare quotes, names and titles of works are dropped (one or two
words count only with a reporting or wording verb near, as a whole short sentence, or as
a two-word fragment not after a determiner); the rest is flagged partial or full.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from . import given_names, lexicon
from .marks import classify_mark, opens_with_mark, quoted_spans, uses_single_marks
from .tokens import sentence_at, sentence_spans

SEG_DECK = "deck"
SEG_BLOCK = "block"

MAX_SENTENCE = 1000
CONTEXT = 300  # characters either side of a short quotation searched for a reporting verb
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "or",
        "nor",
        "but",
        "in",
        "on",
        "at",
        "to",
        "by",
        "with",
        "from",
        "as",
        "is",
        "it",
        "vs",
        # particles of titles in other languages ("Perros del Norte", "La Vie en Rose")
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "des",
        "la",
        "le",
        "les",
        "el",
        "los",
        "las",
        "en",
        "y",
        "und",
        "der",
        "die",
        "von",
    ]
)
_END_PUNCT = ",.!?\u2026;:"
_ARTICLES = frozenset(["a", "an", "the"])
_BULLETS_AND_BRACKETS = "([\u2022\u25aa\u25e6\u00b7\u2023* "  # • ▪ ◦ · ‣
_BEFORE_A_TITLE = frozenset(["of", "with", "in", "on", "from"])
_OWNED_BEFORE_A_TITLE = re.compile(r"\b(?:of|with|in|on|from)\s+[A-Z][\w&.-]*['\u2019]s$")


def _after_a_title_word(before: str) -> bool:
    """ "the premiere of", "on CNBC's": where a title follows."""
    return _last_word(before) in _BEFORE_A_TITLE or bool(_OWNED_BEFORE_A_TITLE.search(before))


_AFTER_CLOSE = re.compile(r"\s+([a-z-]+)(?:\s+([a-z]+))?")


_SURNAME_AFTER = re.compile(r"\s+[A-Z][^\W\d_]")


def _nickname_between_names(before: str, inner: str, text: str, close: int) -> bool:
    """ "Johnny ‘the Cobbler’ Moriarty", "Dave 'Tank' Hollister": capitalised words (the first may
    be "the") in quotation marks right after a given name and right before a capitalised word."""
    if not before or before[-1:] in _NOT_A_NAME_END or not _SURNAME_AFTER.match(text, close):
        return False
    if _last_word(before) not in given_names.ALL:
        return False
    parts = inner.strip(" \"'\u201c\u201d\u2018\u2019").split()
    if parts and parts[0] == "the":
        parts = parts[1:]
    return bool(parts) and all(part[:1].isupper() for part in parts)


_NOT_A_NAME_END = frozenset(",.;:!?)\u2014\u2013-")


def _work_noun_follows(text: str, close: int) -> bool:
    """ "the “Otto e mezzo” talk show", "her “Kitchen Nights” podcast": a noun for a work (after at
    most one word that is not a function word) right after the closing mark."""
    match = _AFTER_CLOSE.match(text, close)
    if not match:
        return False
    first, second = match.groups()
    return (
        first in lexicon.WORK_NOUNS
        or first in _FEATURE_NOUNS
        or (second in lexicon.WORK_NOUNS and first not in _SMALL_WORDS)
    )


_FEATURE_NOUNS = frozenset(["feature", "column", "segment"])  # "its weekly “Ask the Coach” column"

# Nouns a quoted phrase can name, set before them: "the “no new debt” strategy", "its “zero waste” policy"
_LABEL_NOUNS = frozenset(
    ["strategy", "policy", "plan", "campaign", "initiative", "philosophy", "mantra", "slogan"]
    + ["motto", "program", "programme", "doctrine", "mentality", "movement", "award", "prize"]
)
_MAX_LABEL_WORDS = 4


# Words opening a fragment of a description ("took “a far more patient” line"), and endings of
# the adjective that would close one
_DESCRIPTION_OPENERS = frozenset(["more", "less", "most", "very", "so", "too", "a", "an", "the", "quite"])
_ADJECTIVE_ENDINGS = ("ive", "al", "ous", "ful", "ic", "able", "ible", "ant", "ent", "less", "ish")


def _names_a_thing(words: list[str]) -> bool:
    """Quoted words that read as a name ("no new debt"), not a fragment of a description
    ("more patient") whose noun follows the marks."""
    first, last = words[0].lower(), words[-1].lower().strip("\u2019'")
    return first not in _DESCRIPTION_OPENERS and not last.endswith(_ADJECTIVE_ENDINGS)


def _label_noun_follows(text: str, close: int) -> bool:
    """A noun for a policy, a plan or a slogan right after the closing mark."""
    match = _AFTER_CLOSE.match(text, close)
    return match is not None and match.group(1) in _LABEL_NOUNS


_RATING_CONTEXT = re.compile(
    r"\b(?:rat(?:ing|ings|ed)|upgrad|downgrad|recommendation|initiat|reiterat|price target|target price"
    r"|stock|shares)",
    re.IGNORECASE,
)


def _is_a_rating(quoted: str, text: str, sa: int, sb: int) -> bool:
    """ "raised the stock to “neutral” from “underweight”", "its ‘buy’ rating": an analyst's
    rating, a term of the trade, in a sentence (text[sa:sb], cut out only for a rating's words)
    about ratings or shares."""
    words = quoted.strip(" ,.;:").lower()
    if words in _CONSERVATION_STATUSES:
        return bool(_STATUS_CONTEXT.search(text[sa:sb]))  # "listed as “endangered” after years as “vulnerable”"
    return words in lexicon.ANALYST_RATINGS and bool(_RATING_CONTEXT.search(text[sa:sb]))


# A species' threat category, a term of its list, in a sentence about listing, rating or species
_CONSERVATION_STATUSES = frozenset(
    ["endangered", "critically endangered", "vulnerable", "threatened", "near threatened", "least concern"]
    + ["extinct in the wild", "data deficient", "of least concern"]
)
_STATUS_CONTEXT = re.compile(
    r"\b(?:rat(?:ing|ed|e)|list(?:ed|ing)?|status|classif|reclassif|categor|red list|species|upgrad|downgrad)",
    re.IGNORECASE,
)


# "known as", "known to generations of players as": a name follows.
_KNOWN_AS = re.compile(r"\bknown(?: [^\s.,;:!?]+){0,5} as$", re.IGNORECASE)

# "an AI assistant called “Pilot.”": a capitalised name of a word or three after "called" names a
# thing ("what he called “a betrayal”", lower case, quotes him).
_CALLING = frozenset(["called", "calls", "call"])


@dataclass
class QuoteSpan:
    seg: str  # SEG_DECK or SEG_BLOCK
    index: int  # deck line index or block index where the quote opens
    open_pos: int  # offset of the opening mark
    start: int  # offset of the content
    end_index: int  # block index where it ends (== index unless multi-paragraph)
    end: int  # offset just after the content, in the end block
    close_pos: int  # offset just after the closing mark (== end when unclosed)
    closed: bool
    parts: list[tuple[int, int, int]] = field(default_factory=list)  # (index, start, end) per paragraph
    text: str = ""
    is_partial: bool = False
    is_quote: bool = True  # False: a scare quote, a name, a title
    sentence: tuple[int, int] = (0, 0)  # sentence around the opening, in the first segment
    single: bool = False  # single marks in an article that prints speech in double marks


def scan(
    text: str, inside: bool, single: bool = False
) -> tuple[list[tuple[int, int, int, int, bool]], tuple[int, bool] | None]:
    """Quote marks of one text: (open_mark, content_start, content_end, after_close, single)
    for each closed quotation, and (content start, single) of one left open at the end (or None).

    `inside` means the text continues a quotation from the previous paragraph; its
    opening mark is at offset 0."""
    closed: list[tuple[int, int, int, int, bool]] = []
    left_open = None
    for q in quoted_spans(text, continues=inside, single=single):
        if q.closed:
            closed.append((q.open_mark, q.start, q.end, q.after, q.single))
        else:
            left_open = (q.start, q.single)
    return closed, left_open


def find_spans(deck: list[str], texts: list[str | None], crossheads: frozenset[int] = frozenset()) -> list[QuoteSpan]:
    """All quoted spans in text order: deck lines first, then the blocks.

    `texts[i]` is block i's text, or None for a block that holds no quotations
    (captions); a crosshead ("" or any text) is scanned on its own and stops a
    multi-paragraph quotation -- unless the paragraph after it opens with a mark: a crosshead
    (index in `crossheads`) set into a long quotation is passed over, as a caption is.
    Single marks are scanned everywhere; in an article that
    prints speech in double marks a single-quoted span is flagged `single` (judged
    strictly), and only double marks carry a quotation into the next paragraph."""
    single_mode = uses_single_marks([*deck, *texts])
    out: list[QuoteSpan] = []
    for index, line in enumerate(deck):
        spans, left_open = scan(line, False, True)
        for open_mark, start, end, after, single in spans:
            out.append(
                QuoteSpan(
                    SEG_DECK,
                    index,
                    open_mark,
                    start,
                    index,
                    end,
                    after,
                    True,
                    [(index, start, end)],
                    single=single and not single_mode,
                )
            )
        if left_open is not None:
            start, single = left_open
            out.append(
                QuoteSpan(
                    SEG_DECK,
                    index,
                    _mark_before(line, start),
                    start,
                    index,
                    len(line),
                    len(line),
                    False,
                    [(index, start, len(line))],
                    single=single and not single_mode,
                )
            )
    pending: QuoteSpan | None = None
    pending_from: int = -1
    for index, text in enumerate(texts):
        if text is None:
            continue
        inside = False
        if pending is not None and index in crossheads and _next_opens_with_mark(texts, index, single_mode):
            continue  # "“... in recent years. / Alternatives to closure / “We call upon ...”"
        if pending is not None and _a_link_line(text) and _next_opens_with_mark(texts, index, single_mode):
            continue  # "“... from the first whistle. / Kesby boss to ‘stay calm’ after slip / “Every one of ...”"
        if pending is not None:
            if opens_with_mark(text, single_mode) and pending_from >= 0 and not pending.single:
                inside = True
            elif not pending.single and (close := _dropped_opening_close(text)) >= 0:
                # the last paragraph of the quotation, its opening mark dropped
                pending.parts.append((index, 0, close))
                pending.end_index, pending.end, pending.close_pos, pending.closed = index, close, close + 1, True
                out.append(pending)
                pending = None
                pending_from = index
                continue
            else:
                out.append(pending)
                pending = None
        lost = -1 if inside or pending is not None else _lost_opening_mark(text)
        if lost >= 0:
            # "The gravel trucks start at dawn,” Farrow said. “...”: the first quotation lost its mark
            out.append(QuoteSpan(SEG_BLOCK, index, 0, 0, index, lost, lost + 1, True, [(index, 0, lost)]))
            text = " " * (lost + 1) + text[lost + 1 :]
        spans, left_open = scan(text, inside, True)
        for open_mark, start, end, after, single in spans:
            if inside and open_mark == 0:
                pending.parts.append((index, start, end))
                pending.end_index, pending.end, pending.close_pos, pending.closed = index, end, after, True
                out.append(pending)
                pending = None
                inside = False
                continue
            out.append(
                QuoteSpan(
                    SEG_BLOCK,
                    index,
                    open_mark,
                    start,
                    index,
                    end,
                    after,
                    True,
                    [(index, start, end)],
                    single=single and not single_mode,
                )
            )
        if left_open is not None:
            start, single = left_open
            if inside:  # still running on: this paragraph is a middle part
                pending.parts.append((index, start, len(text)))
                pending.end_index, pending.end, pending.close_pos = index, len(text), len(text)
            else:
                if pending is not None:
                    out.append(pending)
                pending = QuoteSpan(
                    SEG_BLOCK,
                    index,
                    _mark_before(text, start),
                    start,
                    index,
                    len(text),
                    len(text),
                    False,
                    [(index, start, len(text))],
                    single=single and not single_mode,
                )
        pending_from = index
    if pending is not None:
        out.append(pending)
    out.sort(key=lambda s: (s.seg != SEG_DECK, s.index, s.open_pos))
    return out


def _a_link_line(text: str) -> bool:
    """A short line with no closing stop and no double mark, set into a running quotation: a link
    to another story ("Kesby boss Ana Ruiz to ‘stay calm’ after slip")."""
    line = text.strip()
    return (
        bool(line)
        and line[-1] not in '.!?:;,"\u201d\u2019\u2026'
        and len(line.split()) <= _LINK_LINE_WORDS
        and not any(mark in line for mark in '"\u201c\u201d')
    )


_LINK_LINE_WORDS = 20


def _next_opens_with_mark(texts: list[str | None], index: int, single_mode: bool) -> bool:
    following = next((text for text in texts[index + 1 :] if text is not None), None)
    return following is not None and opens_with_mark(following, single_mode)


# the verbs of a closing tag: "said", and the wire's "alleged", "explained", "disclosed" ...
_TAG_VERBS = "(?:said|says|added|adds|alleged|explained|noted|stated|insisted|concluded|disclosed|revealed)"


# The one double mark of a paragraph, after a stop or a comma at its end or before a short tag ("…
# right,” Brannigan said."): the closing mark of a quotation carried over from the paragraph before
# whose last paragraph lost its opening mark.
_CLOSING_AT_END = re.compile(
    "[.!?\u2026][\"\u201d]$|[.,!?\u2026][\"\u201d] (?:(?:he|she|they|[A-Z][\\w\u2019'-]+(?: [A-Z][\\w\u2019'-]+)?) "
    f"{_TAG_VERBS}|{_TAG_VERBS} [A-Z][\\w\u2019'-]+(?: [A-Z][\\w\u2019'-]+)?)\\.$"
)


# A closing mark after a stop or a comma, then a tag: "..., next week,” Farrow said."
_CLOSE_THEN_TAG = re.compile(
    f"[.,!?\u2026][\"\u201d] (?:he|she|they|[A-Z][\\w\u2019'-]+(?: [A-Z][\\w\u2019'-]+)?) {_TAG_VERBS}\\b"
)
_MIN_LOST_OPENING_WORDS = 6
_DOUBLE_MARK = re.compile('["\u201c\u201d]')


def _lost_opening_mark(text: str) -> int:
    """Offset of the closing mark of words that open a paragraph without their opening mark, in
    either reading below, or -1."""
    lost = _lost_opening_close(text)
    # "We are getting closer to that,” he told media.": the paragraph's only double mark closing
    # words before a tag, however few
    return lost if lost >= 0 else _lost_its_opening_mark(text)


def _lost_opening_close(text: str) -> int:
    """Offset of the closing mark of a quotation that opens its paragraph without its opening
    mark (the paragraph's first double mark closes, after a stop or a comma, before a tag
    such as "Farrow said"), or -1."""
    if not text[:1].isupper():
        return -1
    mark = _DOUBLE_MARK.search(text)
    first = mark.start() if mark else -1
    if first < 1 or classify_mark(text, first, text[first]) != "close":
        return -1
    if _CLOSE_THEN_TAG.match(text, first - 1) is None or len(text[:first].split()) < _MIN_LOST_OPENING_WORDS:
        return -1
    return first


def _dropped_opening_close(text: str) -> int:
    """Offset of the closing mark ending a paragraph (or ending it before a short tag) that
    continues an open quotation without an opening mark of its own (its only double mark is
    that one), or -1."""
    text = text.rstrip()
    match = _CLOSING_AT_END.search(text)
    if match is None:
        return -1
    if text.count('"') + text.count("\u201c") + text.count("\u201d") != 1:
        return -1
    return match.start() + 1


# A paragraph's only double mark closing words before a tag: "... by Friday,” he told media."
_CLOSED_BEFORE_A_TAG = re.compile(
    "[,!?\u2026][\"\u201d] (?:he|she|they|[A-Z][\\w\u2019'-]+(?: [A-Z][\\w\u2019'-]+)?) "
    "(?:said|says|added|adds|told|explained|insisted|admitted|revealed)\\b"
)


def _lost_its_opening_mark(text: str) -> int:
    """Offset of the closing mark of words opening a paragraph that lost their opening mark: the
    paragraph opens with a capital, its only double mark closes the words after a comma (or a
    question or exclamation mark), and a tag follows it ("... by Friday,” he told media."); or -1."""
    if not text[:1].isupper() or text.count('"') + text.count("\u201c") + text.count("\u201d") != 1:
        return -1
    match = _CLOSED_BEFORE_A_TAG.search(text)
    if match is None or text[: match.start()].count(".") > 3:
        return -1
    return match.start() + 1


def _mark_before(text: str, content: int) -> int:
    """Offset of the opening mark that ends at `content` (one character, or a doubled apostrophe)."""
    return content - 2 if text[max(0, content - 2) : content] in lexicon.DOUBLED_APOSTROPHES else content - 1


def _last_word(text: str) -> str:
    cut = text.rfind(" ")
    return text[cut + 1 :].lower() if cut >= 0 else text.lower()


_ALNUM = re.compile(r"[^\W_]")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _words(text: str) -> list[str]:
    """The whitespace-separated words that hold a letter or a digit."""
    search = _ALNUM.search
    # `[^\W_]` is exactly str.isalnum on one character: most words pass on their first, unsearched
    return [w for w in text.split() if w[0].isalnum() or search(w)]


def _shows_words(before: str, quoted: str = "") -> bool:
    """ "a sign reading “Go Back to Madison”", "a banner: “Pay Up”", "a chant of “Over-rat-ed!”",
    "fans chanted “Pakistan Zindabad”", "sang “Meghna, Meghna”": written or chanted words, however
    capitalised (after a verb of singing only a refrain, a word sung again: else a song's title)."""
    last = _last_word(before).strip(",:")
    if last == "of":
        return _last_word(before[: before.rfind(" ")].rstrip()) in lexicon.CROWD_NOUNS
    if last in _SINGING:
        words = [word.strip(",.!?").lower() for word in quoted.split()]
        return len(set(words)) < len(words)
    return last in lexicon.WORDING_VERBS or last in lexicon.WRITTEN_NOUNS or last in _CHANTING


_CHANTING = frozenset(["chanted", "chanting", "chant", "chants", "chorused", "bellowed"])
_SINGING = frozenset(["sang", "sing", "singing", "sung", "serenaded"])


def is_title_like(text: str) -> bool:
    """Every word capitalised except small function words: a name or a title of a work."""
    # the words are filtered as they come: most texts fail at an early word
    search = _ALNUM.search
    capitalised = 0
    for word in text.split():
        if not (word[0].isalnum() or search(word)):
            continue
        core = word.strip("\"'\u2018\u2019\u201c\u201d([{)]},.;:!?")
        if not core:
            continue
        if core[0].isupper() or core[0].isdigit():
            capitalised += 1
        elif core.lower() not in _SMALL_WORDS:
            return False
    return capitalised > 0


def reads_as_speech(text: str, words: list[str], introduced: bool, reported: bool) -> bool:
    """Whether single marks in a double-mark article hold speech (‘Get out!’, a whole clause
    after a reporting verb), not a scare quote (‘shambles’) or an apostrophe's slip."""
    stripped = text.rstrip()
    if stripped[-1:] in ("!", "?") or (stripped[-1:] in (".", ",", "\u2026") and len(words) >= 2):
        return reported or introduced or len(words) >= 3
    return len(words) >= 2 and reported or len(words) >= 4 and introduced


def is_short_sentence(text: str) -> bool:
    """“Nobody slept.”, “Stop!”: one or two words that make a whole sentence."""
    core = text.strip().rstrip("\"'\u201d\u2019")
    return bool(core) and core[0].isupper() and core[-1] in ".!?"


def is_phrase_fragment(words: list[str], before: str) -> bool:
    """Two lower-case words lifted from someone's speech (“deterrent sentences”), not a scare
    quote after a determiner (the “tough love” approach) or a naming word."""
    if len(words) != 2 or not words[0][:1].islower():
        return False
    last = _last_word(before).strip("\"'\u201c\u2018(")
    return last not in _FRAGMENT_STOPS and not before.endswith(("-", "\u2014", "\u2013"))


# Words that doubt what the quoted word or two call a thing: "these alleged “volunteers”".
_DOUBTING_WORDS = frozenset(["alleged", "so-called", "supposed", "self-styled", "self-proclaimed", "purported"])

_DETERMINERS = frozenset(["the", "a", "an", "these", "those", "this", "that", "its", "his", "her", "their", "our"])


def _doubted(before: str) -> bool:
    """ "these alleged", "the so-called": a doubting word after a determiner right before the marks."""
    words = before.split()[-2:]
    return len(words) == 2 and words[1] in _DOUBTING_WORDS and words[0].lower() in _DETERMINERS


_FRAGMENT_STOPS = (
    frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "so-called"]) | lexicon.NAMING_WORDS
)


# Verbs that give their object a name in someone's words: "X branded the ruling “pathetic”",
# "described the mood as “Armageddon”", "accused him of a “con trick”" (not "called", which
# also names things: "an app called “Pilot”").
_LABELLING_VERBS = frozenset(
    ["branded", "brands", "branding", "termed", "terms", "labelled", "labeled", "labels", "dubbed", "dubs"]
    + ["hailed", "hails", "condemned", "condemns", "slammed", "slams", "decried", "decries", "denounced"]
    + ["described", "describes", "describing", "deemed", "deems", "accused", "accuses", "blasted", "lambasted"]
)
_LABELLING_WINDOW = 8  # words back from the quotation, within its sentence


def _a_gloss(before: str, text: str, close: int) -> bool:
    """A word or two in marks after ", or" (or "(or"), closed off by a comma or a bracket: the
    plain name of the thing just named ("a fabrication facility, or “fab”,"), not someone's words."""
    return before.endswith((", or", "(or")) and text[close : close + 1] in (",", ")")


_THEME_IS = re.compile(r"\b[Tt]heme\b[^.\u201c\u201d\"]{0,60}\b(?:is|was)[,:]?$")


# Verbs that judge their object in someone's words only with "as" right before the quotation:
# "dismissed the motion as “a sideshow”", "defended the two votes as an “innocent slip”".
_JUDGING_AS_VERBS = frozenset(["dismissed", "dismisses", "dismissing", "defended", "defends", "defending"])
_AS_BEFORE = re.compile(r"\bas(?:\s+(?:a|an|the))?$")
_DASH_ASIDE = re.compile(r"\s[-\u2013\u2014]\s[^-\u2013\u2014]*?\s[-\u2013\u2014]\s")


def _judged_as(before: str) -> bool:
    """ "X later defended the two votes - on the harbour bill, which the council lost - as an “...”": a
    judging verb among the last words (an aside between dashes passed over) and "as" right before
    the quotation."""
    if not _AS_BEFORE.search(before.rstrip()):
        return False
    words = _DASH_ASIDE.sub(" ", before).split()[-_LABELLING_WINDOW:]
    return any(w.strip(",;:").lower() in _JUDGING_AS_VERBS for w in words)


def _after_a_labelling_verb(before: str) -> bool:
    """A labelling verb among the last words before the quotation in its sentence."""
    words = before.split()[-_LABELLING_WINDOW:]
    return any(w.strip(",;:").lower() in _LABELLING_VERBS for w in words)


def _said_or_called_before(before: str) -> bool:
    """A reporting, labelling or calling verb earlier in the sentence, before the quotation."""
    if has_reporting_verb(before) or _after_a_labelling_verb(before):
        return True
    return any(w.strip(",;:").lower() in _CALLING for w in before.split()[-_LABELLING_WINDOW:])


def _reported_after(after: str) -> bool:
    """ "‘devastated’, agent says", "‘shambles’, says coach": a comma, then a reporting verb within
    the next three words."""
    after = after.lstrip("\u2019'\u201d\" ")
    if not after.startswith(","):
        return False
    return has_reporting_verb(" ".join(after[1:].split()[:3]))


# "“Look”, he said, “we lost.”", "“No”, said Ana Ruiz.": British punctuation leaves the comma outside the
# marks of a short quotation cut by its tag; a tag of a few words with a reporting verb, then the rest
# of the quotation, a participle or the sentence's end
_SPLIT_TAG = re.compile(
    r",\s+((?:[\w.\u2019'-]+\s+){0,3}[\w\u2019'-]+)(?:,\s*[\"\u201c\u2018']|,\s+[a-z]+ing\s|[.!?](?:\s|$))"
)


def _cut_by_a_tag(text: str, close: int) -> bool:
    """ "“Look”, he said, “we lost.”": a comma right after the closing mark, then a short tag with a
    reporting verb that goes on to the rest of the quotation, to a participle ("he said, pointing at
    ...") or to the sentence's end -- speech, however capitalised (not "“Tidewater”, the film she made,
    opens in May")."""
    tag = _SPLIT_TAG.match(text, close)
    return tag is not None and has_reporting_verb(tag.group(1))


# "“He's finished,” was how Ana Ruiz put it", "... was the verdict of Ana Ruiz": whose words they are
_OWNED_AFTER = re.compile(
    r"[\"'\u201d\u2019]?\s+(?:was|is)\s+(?:how\s|the\s+(?:[a-z-]+\s+){0,2}?(?:verdict|view|assessment|reaction|"
    r"response|message|warning|advice|take|opinion)\s+(?:of|from)\s)"
)


def has_reporting_verb(text: str) -> bool:
    """A reporting verb, "according to", or a verb that introduces written or shouted words
    ("the sign read", "someone yelled")."""
    lowered = text.lower()
    if lexicon.ACCORDING_TO in lowered:
        return True
    for word in lowered.split():
        word = word.strip("\"'\u201c\u201d\u2018\u2019,.;:!?()")
        if word in lexicon.REPORTING_VERBS or word in lexicon.WORDING_VERBS:
            return True
    return False


def outside_quotes(text: str, a: int, b: int, ranges: list[tuple[int, int]]) -> str:
    """text[a:b] with every quoted range blanked out."""
    out = []
    pos = a
    for k in range(bisect_right(ranges, a, key=lambda r: r[1]), len(ranges)):
        x, y = ranges[k]
        if x >= b:
            break
        if y <= pos:
            continue
        if x > pos:
            out.append(text[pos:x])
        out.append(" " * (min(y, b) - max(x, pos)))
        pos = min(y, b)
    if pos < b:
        out.append(text[pos:b])
    return "".join(out)


def _repeated_short_terms(spans: list[QuoteSpan], deck: list[str], texts: list[str | None]) -> set[str]:
    """The short quoted words (one paragraph, no closing stop or comma) quoted more than once."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for span in spans:
        if len(span.parts) != 1:
            continue
        index, a, b = span.parts[0]
        source = deck[index] if span.seg == SEG_DECK else texts[index]
        term = source[a:b].strip()
        if len(term) > 40 or term[-1:] in ".,!?":
            continue
        (repeated if term in seen else seen).add(term)
    return repeated


def judge(spans: list[QuoteSpan], deck: list[str], texts: list[str | None]) -> list[QuoteSpan]:
    """Fill in text, sentence, is_quote and is_partial for each span; returns the same list."""
    ranges: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for span in spans:
        for n, (index, _, b) in enumerate(span.parts):
            key = (span.seg, index)
            lo = span.open_pos if n == 0 else 0  # a later part opens its paragraph
            hi = span.close_pos if index == span.end_index and n == len(span.parts) - 1 else b
            ranges.setdefault(key, []).append((lo, hi))
    for items in ranges.values():
        items.sort()
    sentences: dict[tuple[str, int], list[tuple[int, int]]] = {}
    outside: dict[tuple[str, int], str] = {}

    def blanked(key, text: str) -> str:
        """The segment with every quotation blanked out, built once per segment."""
        if key not in outside:
            outside[key] = outside_quotes(text, 0, len(text), ranges.get(key, []))
        return outside[key]

    repeated = _repeated_short_terms(spans, deck, texts)
    previous: QuoteSpan | None = None
    last: QuoteSpan | None = None  # the span before, quotation or not
    for at, span in enumerate(spans):
        key = (span.seg, span.index)
        text = deck[span.index] if span.seg == SEG_DECK else texts[span.index]
        if key not in sentences:
            sentences[key] = sentence_spans(text, ranges.get(key, []))
        parts = []
        for index, a, b in span.parts:
            source = deck[index] if span.seg == SEG_DECK else texts[index]
            parts.append(source[a:b].strip())
        span.text = " ".join(p for p in parts if p)
        first_alnum = _ALNUM.search(span.text)  # [^\W_]: the first character that is str.isalnum
        if not first_alnum:
            span.is_quote = False  # only marks and punctuation: nothing more to judge
            continue
        sents = sentences[key]
        sa, sb = sents[sentence_at(sents, span.open_pos)]
        sb = (
            max(sb, sents[sentence_at(sents, max(span.open_pos, span.close_pos - 1))][1])
            if span.end_index == span.index
            else sb
        )
        # Clip run-on "sentences" so a huge unpunctuated paragraph stays linear to judge.
        sa, sb = max(sa, span.open_pos - MAX_SENTENCE), min(sb, max(span.close_pos, span.open_pos) + MAX_SENTENCE)
        span.sentence = (sa, sb)

        words = _words(span.text)
        stripped = span.text.rstrip("\"'\u201d\u2019 ")
        ends_punct = bool(stripped) and stripped[-1] in _END_PUNCT
        # a bounded look-back keeps this linear on a huge paragraph full of quotes
        before = text[max(0, span.open_pos - 200) : span.open_pos].rstrip()
        introduced = before.endswith((",", ":"))
        if not words or _INITIALS.fullmatch(stripped):
            span.is_quote = False  # Thomas “T.J.” Ferreira: initials are a nickname, never speech
        elif _is_a_rating(span.text, text, sa, sb):
            span.is_quote = False  # "cut the shares to “underweight”", "kept its ‘buy’ rating"
        elif last is not None and _a_title_after_a_title(last, span, key, text):
            span.is_quote = False  # "hits including “Ramblin' River” and “I Can't Be Still.”"
        elif len(words) <= 3 and not ends_punct and _nickname_between_names(before, span.text, text, span.close_pos):
            span.is_quote = False  # "Cllr Johnny ‘the Cobbler’ Moriarty": a nickname inside a name
        elif span.single and (_last_word(before) in lexicon.NAMING_WORDS or _KNOWN_AS.search(before[-80:])):
            span.is_quote = False  # "a drama titled ‘Ghar Wapsi’", "a leader known as ‘Papi Chulo’"
        elif span.text in repeated and 2 <= len(words) <= 3 and span.text[:1].isupper() and _last_word(before) == "the":
            span.is_quote = False  # "following the “Kesby incident”", quoted so again: a name for an event
        elif (
            span.single
            and span.seg == SEG_BLOCK
            and len(words) <= 3
            and not ends_punct
            and _last_word(before) in _ARTICLES
            and not _said_or_called_before(text[sa : span.open_pos])
        ):
            # "issued an ‘orange alert’": a term in single marks, where speech has double marks (not
            # "called it a ‘total shambles’", "said the ‘worst is over’")
            span.is_quote = False
        elif span.single:
            lo, hi = max(sa, span.open_pos - CONTEXT), min(sb, span.close_pos + CONTEXT)
            reported = has_reporting_verb(blanked(key, text)[lo:hi]) or _after_a_labelling_verb(
                text[sa : span.open_pos]
            )
            span.is_quote = reads_as_speech(span.text, words, introduced, reported) or (
                # a headline's style: "Colleagues say he is ‘dreaming’", "Industry says deadline ‘unworkable’",
                # "Ana Ruiz ‘devastated’, agent says"
                span.seg == SEG_DECK
                and (
                    has_reporting_verb(blanked(key, text)[sa : span.open_pos])
                    or _reported_after(blanked(key, text)[span.close_pos : sb])
                )
            )
        elif (
            len(words) <= 5
            # "the weekly “They Said What?!” feature": a title may end in "?" or "!"
            and (
                not ends_punct
                or (
                    stripped[-1] in "?!"
                    and not introduced
                    and is_title_like(span.text)
                    and not _said_or_called_before(text[sa : span.open_pos])
                )
            )
            and span.end_index == span.index
            and _work_noun_follows(text, span.close_pos)
        ):
            span.is_quote = False  # "told La7’s “Otto e mezzo” talk show": a title, however capitalised
        elif (
            len(words) <= 3
            and not ends_punct
            and not introduced
            and _a_product_name(span.text)
            and not _said_or_called_before(text[sa : span.open_pos])
        ):
            span.is_quote = False  # "showed off the new “kPad 7” at the fair": a product's name
        elif (
            0 < len(words) <= _MAX_LABEL_WORDS
            and not ends_punct
            and span.end_index == span.index
            and _label_noun_follows(text, span.close_pos)
            and _names_a_thing(words)
        ):
            span.is_quote = False  # "faulted the group’s “no new debt” strategy": the name of a policy
        elif len(words) <= 3 and (
            _after_a_labelling_verb(text[sa : span.open_pos]) or _judged_as(text[sa : span.open_pos])
        ):
            span.is_quote = True  # "branded the umpiring “pathetic”", "described it as “Orwellian”"
        elif (
            _last_word(before) in lexicon.NAMING_WORDS
            or _KNOWN_AS.search(before[-80:]) is not None
            or (_last_word(before) in _CALLING and len(words) <= 3 and is_title_like(span.text) and not introduced)
            or is_title_like(span.text)
            and (
                not (ends_punct or introduced)
                or _last_word(before).rstrip(",:") in lexicon.NICKNAME_NOUNS
                or _last_word(before).rstrip(",") in lexicon.WORK_NOUNS
                or _THEME_IS.search(before[-80:]) is not None  # "The theme of the summit is, “Building Trust.”"
                # "the premiere of “The Long Quiet,”", "closed with “Tidewater.”": American
                # punctuation inside the marks after a title
                or (not introduced and stripped[-1:] in ",." and _after_a_title_word(before))
                # "credits including “The Long Quiet,” “Harbour” and “Kesby Nights.”": the first of a
                # list of titles, each joined to the next by a comma or "and"
                or (not introduced and stripped[-1:] == "," and _a_title_before_a_title(span, spans, at, key, text))
                or (
                    not introduced and stripped[-1:] in "!?" and _last_word(before) == "of"
                )  # "the premiere of “Mamma Mia!”"
            )
            and not _shows_words(before, span.text)
            and not (span.open_pos == sa and span.end_index == span.index and _cut_by_a_tag(text, span.close_pos))
        ):
            span.is_quote = False
        elif len(words) <= 2 and not ends_punct and _doubted(before):
            span.is_quote = False  # "spending millions on these alleged “volunteers”": a scare quote
        elif len(words) <= 2 and _a_gloss(before, text, span.close_pos):
            span.is_quote = False  # "the new fabrication facility, or “fab”, near ...": another name for it
        elif len(words) <= 2:
            lo, hi = max(sa, span.open_pos - CONTEXT), min(sb, span.close_pos + CONTEXT)
            span.is_quote = (
                is_short_sentence(span.text)
                or is_phrase_fragment(words, before)
                or has_reporting_verb(blanked(key, text)[lo:hi])
                or _shows_words(before, span.text)
                or (stripped[-1:] == "," and _OWNED_AFTER.match(text, span.close_pos) is not None)
            )

        if first_alnum.group().islower():
            span.is_partial = True
        elif (
            not before
            or before[-1] in ".!?\u2026"
            # "• “I waited an hour.” -- a commuter", "(“I was tired,” she said.)": a bullet or a bracket
            # opening the paragraph or the sentence
            or (before[-1] in _BULLETS_AND_BRACKETS and before.rstrip(_BULLETS_AND_BRACKETS)[-1:] in ("", *".!?\u2026"))
            or before.rstrip("\"'\u201d\u2019)")[-1:] in (".", "!", "?")
            or before[-1] in ",:;\u2014\u2013-"
            or bracketed_note_before(text, span.open_pos)  # "(on the defence) “...”": a topic note
        ):
            span.is_partial = False
        elif (
            previous is not None
            and previous.is_quote
            and (previous.seg, previous.end_index) == key
            and text[previous.close_pos : span.open_pos].strip(" ,").lower() in ("and", "or")
        ):
            # "chanted, “Fund our schools,” and “Put kids first,”": coordinated with the one before
            span.is_partial = previous.is_partial
        elif stripped[-1:] in ("!", "?") or _shows_words(before, span.text):
            # "yelled “Get out!” and ran", "asked “Why now?”", "placards reading “Hands off our park”":
            # a whole exclamation, question or slogan, not a piece of a sentence
            span.is_partial = False
        else:
            span.is_partial = True
        if span.is_quote:
            previous = span
        last = span
    return spans


_CAMEL_CASE = re.compile(r"^[a-z]{1,3}[A-Z][a-z]")  # "kPad", "eKesby", "myHarrow"
_MODEL_NUMBER = re.compile(r"^[A-Z][\w-]*(?: [A-Z][\w-]*)? \d{1,4}[A-Za-z]?$")  # "Kesbyphone 4", "Model 3"


def _a_product_name(quoted: str) -> bool:
    """ "kPad 4", "eKesby", "Kesbyphone 12": a product's name in quotation marks (a word in camel
    case, or a capitalised name and a model number), never speech."""
    text = quoted.strip()
    return bool(_CAMEL_CASE.match(text) or _MODEL_NUMBER.match(text))


def _a_title_before_a_title(span: QuoteSpan, spans: list[QuoteSpan], at: int, key, text: str) -> bool:
    """ "credits including “The Long Quiet,” “Harbour” and “Kesby Nights.”": a capitalised passage
    closed on a comma whose next passage in the same paragraph follows with only a comma, "and" or
    "or" between and reads as a title too (at most eight words, every word capitalised)."""
    if at + 1 >= len(spans) or span.end_index != span.index:
        return False
    nxt = spans[at + 1]
    if (nxt.seg, nxt.index) != key or nxt.end_index != nxt.index or nxt.open_pos < span.close_pos:
        return False
    if text[span.close_pos : nxt.open_pos].strip(" ,").lower() not in ("and", "or", ""):
        return False
    words = text[nxt.open_pos : nxt.close_pos].strip("\u201c\u201d\u2018\u2019\"' .,")
    return 0 < len(words.split()) <= 8 and is_title_like(words)


def _a_title_after_a_title(last: QuoteSpan, span: QuoteSpan, key, text: str) -> bool:
    """ "hits including “Ramblin' River” and “I Can't Be Still.”": a capitalised passage joined by
    "and", "or" or a comma to the one before it in the paragraph, which was read as a title, is a
    title of the same list, full stop inside the marks or not."""
    if last.is_quote or (last.seg, last.end_index) != key or span.end_index != span.index:
        return False
    if text[last.close_pos : span.open_pos].strip(" ,").lower() not in ("and", "or", ""):
        return False
    return len(span.text.split()) <= 8 and is_title_like(span.text.rstrip(".,"))


def bracketed_note_before(text: str, at: int) -> bool:
    """ "(on the kicking game) “We are sharper there ...”": a paragraph opens with a short note in round
    brackets (a question's topic in a page of post-game quotes), and the quotation follows it."""
    lead = text[:at].strip()
    return (
        lead.startswith("(")
        and lead.endswith(")")
        and lead.count("(") == 1
        and lead.count(")") == 1
        and len(lead.split()) <= _NOTE_WORDS
    )


_NOTE_WORDS = 15  # words in a bracketed topic note before a quotation
