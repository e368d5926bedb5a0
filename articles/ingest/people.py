"""Stage 4: the people an article names, one entity per person, with titles and aliases.

Names are runs of capitalised words (with name particles, hyphens, diacritics, initials).
A run is split at its last title word ("State Senate Leader | Dana Whitfield"), trimmed
of leading places, nationalities and words the text also uses as a common noun ("the
Wild"), and dropped when it names an organisation, a place or a thing: organisation
words ("Systems", "Institute"), a determiner or a naming noun in front ("the journal
Nature Astronomy"), a role noun behind ("Wells Fargo analyst"), a ticker, or a list
shared with organisations.  Single words become people only after a title ("Brazil
star Pelé") or as a relative named by a given name ("his wife, Marta,"); otherwise they
are aliases of a full name (surname, given name).  A quoted nickname stays inside a name
(Ana “Bee” Lorca -> "Ana Lorca").

A full name must also show some evidence of being a person's (`has_personhood_evidence`):
a title or role, a reporting verb with it as subject, an age or "who" after it, a middle
initial, or a common given name (`given_names`) -- and nothing saying place or
organisation ("in X", "at X", "X says it ...", a brand-like word, a last word the text
uses as a lower-case noun).

`build_roster` runs named passes: tokenise, collect and judge runs (`analyse_run`:
`split_title`, `trim_leading_words`, then the organisation/place/thing checks), full
names, personhood, tail groups, titled singles, order of first mention, alias table,
mentions with their titles, then titles, unnamed roles and pronouns.

Inside quotations only known people are linked; inside scare quotes or titles nothing is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, pairwise

from . import given_names, lexicon
from .byline import proper_case
from .model import ParsedPerson
from .tokens import StartsList, Token, between, inside, opens_sentence, sentence_spans, tokenize

_TICKER = re.compile(r"\s*\((?:[A-Za-z ]{1,20}:\s*)?[A-Z]{2,6}\)")
_BREAK_TRAIL = re.compile(r"[,;:!?\u2026\"\u201c\u201d)\]}.\u2018\u2019]")
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "our", "this", "that", "these", "those"])
_APPOSITIVE_STOP = frozenset(
    ["who", "which", "where", "when", "whose", "whom", "that", "said", "says", "told", "and", "but", "or"]
    # "its chairman, Fergus Doyle, has served as a director": a predicate, not a role in apposition
    + ["has", "have", "had", "is", "was", "are", "were", "will", "would", "can", "could", "did", "does"]
    # "Asked about the referee, Paul Strand, he shrugged": the subject, not a role in apposition
    + ["he", "she", "they", "we", "i", "it"]
)


@dataclass
class Mention:
    start: int
    end: int
    person: int  # index into Roster.people
    possessive: bool
    in_quote: bool
    prev: str  # lower-cased word before the mention ("" at the start)
    title: str = ""  # title given at this mention
    appositive: bool = False  # title came from ", the ..., " after the name
    front_title: str = ""  # a title in front of the name when the appositive one was kept


@dataclass
class Run:
    seg: tuple[str, int]
    tokens: list[Token]
    start: int  # index in the segment's token list
    end: int  # exclusive
    name_from: int = 0  # first token of the name part (after a title / trimmed words)
    in_quote: bool = False
    org: bool = False
    title_tokens: int = 0  # tokens before name_from that form a title inside the run

    @property
    def name_tokens(self) -> list[Token]:
        return self.tokens[self.name_from : self.end]


@dataclass
class Roster:
    people: list[ParsedPerson] = field(default_factory=list)
    mentions: dict[tuple[str, int], list[Mention]] = field(default_factory=dict)
    first_pos: list[tuple[int, int, int]] = field(default_factory=list)  # order key of first mention
    tokens: dict[tuple[str, int], list[Token]] = field(default_factory=dict)  # per segment, shared with attribution

    def person_index(self, name: str) -> int:
        for i, person in enumerate(self.people):
            if person.name == name:
                return i
        return -1


def _norm_word(core: str) -> str:
    return core.lower().rstrip(".")


_NAME_CHARS = re.compile(r"[^\W\d_](?:[^\W\d_]|[-'\u2019.])*")
_HYPHEN_PREFIXES = ("al", "el", "bin", "ibn", "de", "van")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# "Jae-in", "Wen-hsuan": a romanised two-syllable given name keeps its second syllable lower case.
# a romanised Korean or Chinese syllable after a hyphen: "Jae-in", "Suk-yeol", "Jin-hyuk"
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|l|k|m)?")


@lru_cache(maxsize=8192)
def _is_name_word(core: str) -> bool:
    """A capitalised word that can be part of a name: "Okonkwo", "Garcia-Lopez", "O’Neill", "T.",
    "J.D.", "al-Masri", "Seo-jin"."""
    if not core[:1].isupper():
        # "al-Masri", "el-Sisi": a lower-case article prefix before a capitalised surname
        if core[:3] in ("al-", "el-") and len(core) > 4 and core[3].isupper():
            return _is_name_word(core[3:])
        particle = (core[2:3].isupper() or core[3:4].isupper()) and _camel_case_particle(core)
        if particle:
            return _is_name_word(core[len(particle) :])
        return _elided_particle(core) and _is_name_word(core[2:])
    if len(core) == 1 or (len(core) == 2 and core[1] == "."):
        return True  # an initial
    if core.isupper():
        # "J.D.", "RJ" (initials as a given name), not an acronym
        return bool(_INITIALS.fullmatch(core)) or core.lower() in given_names.EITHER
    if not _NAME_CHARS.fullmatch(core):
        return False  # digits / symbols
    if "-" in core:
        parts = core.split("-")
        if len(parts[-1]) == 1 and parts[-1].isupper() and len(parts[0]) > 1:
            return False  # "Triple-A Norfolk", "Class-A": a grade, not a name
        for n, part in enumerate(parts):
            if not part or not (part[0].isupper() or part.lower() in _HYPHEN_PREFIXES):
                if (
                    n == len(parts) - 1
                    and n == 1
                    and parts[0][:1].isupper()
                    and _SYLLABLE.fullmatch(part)
                    and len(parts[0]) <= 5
                ):
                    continue
                return False
    return True


_CAMEL_CASE_PARTICLES = frozenset(["de", "di", "da", "du", "la", "le", "del", "van", "von"])


def _camel_case_particle(core: str) -> str:
    """ "deBoer", "vanHouten", "leBlanc": the lower-case particle written joined to a capitalised
    surname ("de", "van"), else ""."""
    for n in (2, 3):
        if core[n : n + 1].isupper() and core[:n] in _CAMEL_CASE_PARTICLES and len(core) > n + 1:
            return core[:n]
    return ""


def _elided_particle(core: str) -> bool:
    """ "d'Amours", "d’Alessandro": an elided lower-case "de" before a capitalised surname."""
    return core[:1] == "d" and core[1:2] in ("'", "\u2019") and len(core) > 3 and core[2].isupper()


def _breaks_after(token: Token) -> bool:
    trail = token.trail
    if token.possessive:
        return True
    if trail == "." and len(token.core) == 1 and token.core.isupper():
        return False  # a middle initial: "Gregory T. Hale"
    return bool(trail) and not _BREAK_CHARS.isdisjoint(trail)


# the characters of `_BREAK_TRAIL`, for a set test without a regex search on every token
_BREAK_CHARS = frozenset(',;:!?\u2026"\u201c\u201d)]}.\u2018\u2019')


def _is_middle_initial(token: Token, tokens: list[Token], j: int) -> bool:
    """ "A." in "Benjamin A. Castellanos": an initial between name words, even a letter that is a word."""
    return (
        len(token.core) == 1
        and token.trail == "."
        and j + 1 < len(tokens)
        and _is_name_word(tokens[j + 1].core)
        and not tokens[j + 1].lead
    )


_CALENDAR_GIVEN_NAMES = frozenset(["april", "may", "june", "august", "summer", "autumn"])


def _calendar_name_after_title(tokens: list[Token], j: int) -> bool:
    """ "Councillor April Stone", "Sabres center June Winter": a month or season that is also a
    given name, right after a title or role noun and right before a capitalised name word."""
    tok = tokens[j]
    if tok.lower not in _CALENDAR_GIVEN_NAMES or tok.trail or j == 0 or j + 1 >= len(tokens):
        return False
    prev, nxt = tokens[j - 1], tokens[_past_particles(tokens, j + 1)]
    return (
        not prev.trail
        and not prev.possessive
        and (prev.lower in lexicon.ROLE_NOUNS or _is_title_word(prev.core))
        and not nxt.lead
        and _is_name_word(nxt.core)
        and nxt.lower.rstrip(".") not in _NON_NAME_WORDS
    )


def _compass_surname(tokens: list[Token], j: int) -> bool:
    """ "Carol West told police", "Adam North said": a compass word right after a common given
    name (not one that is also a place) is a surname, when no capitalised word follows it ("Grace
    West End" is no one)."""
    tok, first = tokens[j], tokens[j - 1]
    if tok.lower not in _COMPASS_SURNAMES or first.trail or first.possessive:
        return False
    if first.lower not in given_names.ALL or first.lower in lexicon.PLACE_GIVEN_NAMES or first.lower in lexicon.PLACES:
        return False
    return j + 1 >= len(tokens) or bool(tok.trail) or not tokens[j + 1].core[:1].isupper()


_COMPASS_SURNAMES = frozenset(["north", "south", "east", "west"])


def _capitals_opening(tokens: list[Token], k: int) -> bool:
    """ "KESTLE didn't note where ...": a word in capitals opening a paragraph before a lower-case
    word, a print style for the first word after a break -- a name if the story has it."""
    tok = tokens[k]
    if k != 0 or len(tok.core) < 3 or not tok.core.isalpha() or not tok.core.isupper() or tok.trail:
        return False
    return len(tokens) > 1 and tokens[1].core.islower() and not tokens[1].lead


def _initials_like_a_job(tokens: list[Token], k: int) -> bool:
    """ "customer DJ Kettleby said": initials that also name a job ("DJ"), then one surname and no
    more name words, are a given name (or a stage name, "DJ Kesby"); "DJ Tony Reed" is a title."""
    tok = tokens[k]
    if tok.core != "DJ" or tok.trail or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if nxt.lead or not _is_name_word(nxt.core) or nxt.core.isupper() or _norm_word(nxt.core) in given_names.ALL:
        return False
    return _breaks_after(nxt) or k + 2 >= len(tokens) or not tokens[k + 2].core[:1].isupper()


def _past_particles(tokens: list[Token], k: int) -> int:
    """ "Jan de | Vries", "June van der | Berg": the index of the first word from k that is not a
    name particle (up to three), or k when none is followed by a word."""
    j = k
    while (
        j < len(tokens)
        and j - k < 3
        and tokens[j].lower in lexicon.NAME_PARTICLES
        and tokens[j].core.islower()
        and not tokens[j].trail
    ):
        j += 1
    return j if j < len(tokens) else k


def _in_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return bool(ranges) and inside(ranges, pos)


def find_runs(seg, text: str, tokens: list[Token], quote_ranges, skip_ranges) -> list[Run]:
    """Maximal runs of name-like tokens in one segment."""
    runs: list[Run] = []
    n = len(tokens)
    caps = getattr(tokens, "caps", None)
    if caps is None:
        caps = [k for k, tok in enumerate(tokens) if tok.core[0].isupper()]
    i = 0
    for i0 in caps:  # a run starts with a capital
        if i0 < i:
            continue
        tok = tokens[i0]
        if (
            (
                tok.lower.rstrip(".") in _NON_NAME_WORDS
                and not (
                    _calendar_given_name(tokens, i0)
                    or _calendar_name_after_title(tokens, i0)
                    or (tok.lower == "read" and _web_word_surname_speaking(tokens, i0))
                    or _calendar_given_name_alone(tokens, i0)
                )
            )
            or not (_is_name_word(tok.core) or _initials_like_a_job(tokens, i0) or _capitals_opening(tokens, i0))
            or (skip_ranges and _in_ranges(tok.start, skip_ranges))
            or _opening_adverb(tokens, i0)
        ):
            continue
        i = i0
        j = i + 1
        if not _breaks_after(tok) or _apostrophe_ends_a_name_word(tokens, i):
            while j < n:
                nxt = tokens[j]
                length = nickname_length(tokens, j)
                if length:
                    j += length  # Ana “Bee” Lorca: the nickname stays inside the run
                    continue
                if nxt.lead or (skip_ranges and _in_ranges(nxt.start, skip_ranges)):
                    break
                if j - i >= 2 and _a_road_then_a_given_name(tokens[j - 1], nxt):
                    break  # "on Mill Pond Road George Tavner and his wife": the road, then the man
                if (
                    _is_name_word(nxt.core)
                    and (
                        nxt.lower.rstrip(".") not in _NON_NAME_WORDS
                        or _is_middle_initial(nxt, tokens, j)
                        or _calendar_surname(tokens, j)
                        or _web_word_surname(tokens, j)  # "Amy Read", not "Read more"
                        or _calendar_name_after_title(tokens, j)
                        or _calendar_given_name(tokens, j)  # "Ong Jun Hao", "Tan May Ling"
                        or _romanised_name_ending(tokens, j)  # "Wang Jun"
                        or (j == i + 1 and _compass_surname(tokens, j))  # "Carol West"
                    )
                    or (nxt.core[:1] == "h" and _irish_h_surname(tokens, j))  # "Ruairí Ó hAodha"
                    or (nxt.core.isupper() and _initials_run_together(tokens, j))  # "Chief Minister KR Ilango"
                    or (j == i + 1 and nxt.lower in _NUMBER_WORDS_IN_SURNAMES and _number_word_in_a_surname(tokens, j))
                ):
                    j += 1
                elif nxt.core == "an" and _irish_article_surname(tokens, j):
                    j += 2  # "Eoghan Mac an tSaoi": the article and the surname after it
                    if _breaks_after(tokens[j - 1]):
                        break
                    continue
                elif nxt.lower in lexicon.NAME_PARTICLES and not nxt.trail:
                    # "van de Zandschulp": particles only inside a name, before a name word
                    k = j
                    while (
                        k < n
                        and tokens[k].lower in lexicon.NAME_PARTICLES
                        and not tokens[k].trail
                        and not tokens[k].lead
                    ):
                        k += 1
                    if k < n and k - j <= 3 and _is_name_word(tokens[k].core) and not tokens[k].lead:
                        j = k
                    else:
                        break
                    continue
                elif nxt.lower in lexicon.NAME_SUFFIXES or nxt.lower.rstrip(".") in lexicon.NAME_SUFFIXES:
                    j += 1
                else:
                    break
                if _breaks_after(nxt) and not _apostrophe_ends_a_name_word(tokens, j - 1):
                    break
        runs.append(Run(seg, tokens, i, j, i, _in_ranges(tok.start, quote_ranges)))
        i = j
    return runs


def _apostrophe_ends_a_name_word(tokens: list[Token], j: int) -> bool:
    """ "Daniel Akinyi’ Owor’o": an apostrophe closing a name word (not a plural's possessive)
    before a capitalised name word with an apostrophe inside it -- part of the name, not a
    closing quotation mark."""
    tok = tokens[j]
    if tok.trail not in ("\u2019", "'") or tok.core[-1:] in "sS" or j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    inner = nxt.core[1:-1]
    return not nxt.lead and nxt.core[:1].isupper() and ("\u2019" in inner or "'" in inner) and _is_name_word(nxt.core)


def _initials_run_together(tokens: list[Token], j: int) -> bool:
    """ "Chief Minister KR Ilango", "Governor TS Pillai": two or three initials printed without
    stops (South Asian style) between a title word and a surname, not an acronym."""
    tok = tokens[j]
    core = tok.core
    if not (2 <= len(core) <= 3 and core.isupper() and core.isalpha()) or tok.trail or j + 1 >= len(tokens):
        return False
    prev, nxt = tokens[j - 1], tokens[j + 1]
    return (
        not prev.trail
        and not prev.possessive
        and _is_title_word(prev.core)
        and not nxt.lead
        and not nxt.core.isupper()
        and _is_name_word(nxt.core)
        and nxt.lower.rstrip(".") not in _NON_NAME_WORDS
    )


_NUMBER_WORDS_IN_SURNAMES = frozenset(["one", "two", "three", "four", "many"])
_ROAD_WORDS = frozenset(["street", "road", "avenue", "boulevard", "drive", "lane", "highway", "parkway"])


def _a_road_then_a_given_name(road: Token, nxt: Token) -> bool:
    """A road's last word ("Road", "Avenue") and a given name after it: where one name ends and a
    person's begins, not one long name."""
    return _norm_word(road.core) in _ROAD_WORDS and _norm_word(nxt.core) in given_names.ALL


def _number_word_in_a_surname(tokens: list[Token], j: int) -> bool:
    """ "Jesse Two Feathers, said", "Ada Many Horses said": a capitalised number word between a
    common given name and one more name word, with lower-case prose after it, starts a surname
    (not "Jordan Two Goals Clear", a headline in title case)."""
    tok = tokens[j]
    if tok.lower not in _NUMBER_WORDS_IN_SURNAMES or tok.trail or j + 1 >= len(tokens) or j < 1:
        return False
    last = tokens[j + 1]
    if last.lead or not _is_name_word(last.core) or last.lower.rstrip(".") in _NON_NAME_WORDS:
        return False
    if not (
        last.trail == ","
        or last.possessive
        or (not last.trail and j + 2 < len(tokens) and tokens[j + 2].core.islower())
    ):
        return False
    return _norm_word(tokens[j - 1].core) in given_names.ALL


def _opening_adverb(tokens: list[Token], k: int) -> bool:
    """ "Separately, Mr. Hegde said", "Ultimately, ...": an adverb set off at the start of a sentence;
    "Ultimately Hegde wants to ...": one of an adverb's own endings needs no comma."""
    tok = tokens[k]
    return (
        (tok.trail == "," or (not tok.trail and tok.lower.endswith(_ADVERB_ENDINGS)))
        and tok.lower.endswith("ly")
        and not _surname_in_lly(tok.lower)
        and len(tok.core) > 4
        and opens_sentence(tokens, k)
        and tok.lower not in given_names.ALL
    )


_ADVERB_ENDINGS = ("ally", "fully", "ively", "ously", "ently", "antly", "ably", "ibly", "edly", "ately")


def _surname_in_lly(word: str) -> bool:
    """ "Connolly", "Donnelly", "Reilly", "Tully": adverbs in -lly end in -ally or -fully
    ("Finally", "Thankfully"); other words in -lly are names."""
    return word.endswith("lly") and not word.endswith(("ally", "fully"))


def _calendar_given_name(tokens: list[Token], k: int) -> bool:
    """ "May Mabry", "Jan Hatzius", "Sun Weidong": a month or day that is also a given name (or a
    romanised surname, before a romanised name), joined to a surname that follows it, and not after
    a word that makes it a date ("in May", "last Sunday")."""
    tok = tokens[k]
    # "Mr Sunday Ayodele", "Chief Monday Okoro": a day given as a name (West Africa) after a style
    named_day = tok.lower in _DAYS_AS_NAMES and k > 0 and _after_a_style(tokens[k - 1])
    if (tok.lower not in _CALENDAR_NAME_WORDS and not named_day) or _breaks_after(tok) or k + 1 >= len(tokens):
        return False
    if tok.lower not in lexicon.CALENDAR_GIVEN_NAMES and not named_day and not _romanised(tokens[k + 1].core):
        return False
    if k > 0 and (tokens[k - 1].lower in lexicon.BEFORE_A_DATE or tokens[k - 1].core[-1:].isdigit()):
        return False
    surname = tokens[_past_particles(tokens, k + 1)]
    word = surname.lower.rstrip(".")
    return (
        not surname.lead
        and _is_name_word(surname.core)
        and word not in _NON_NAME_WORDS
        and word not in lexicon.ORG_WORDS
        and word not in lexicon.PLACES
        and not _is_title_word(surname.core)
    )


def _calendar_given_name_alone(tokens: list[Token], k: int) -> bool:
    """ "Owners Jan and Don Pellow", "May told the paper": a month that is also a given name, alone,
    before "and" and a given name and a surname (a couple sharing it), or as the subject of a
    reporting verb, and not after a word that makes it a date ("in May and June", "by May said")."""
    tok = tokens[k]
    if tok.lower not in lexicon.CALENDAR_GIVEN_NAMES or tok.trail or k + 2 >= len(tokens):
        return False
    if k > 0 and (tokens[k - 1].lower in lexicon.BEFORE_A_DATE or tokens[k - 1].core[-1:].isdigit()):
        return False
    nxt = tokens[k + 1]
    if nxt.core.islower() and nxt.lower in ("said", "says", "told", "tells", "recalled", "recalls"):
        return True
    if nxt.lower != "and" or nxt.trail or k + 3 >= len(tokens):
        return False
    given, surname = tokens[k + 2], tokens[k + 3]
    return (
        not given.trail
        and given.lower in given_names.ALL
        and given.lower not in lexicon.CALENDAR_GIVEN_NAMES
        and _is_name_word(surname.core)
        and surname.lower.rstrip(".") not in _NON_NAME_WORDS
    )


_CALENDAR_NAME_WORDS = lexicon.CALENDAR_GIVEN_NAMES | lexicon.CALENDAR_ROMANISED_NAMES
_DAYS_AS_NAMES = frozenset(["sunday", "monday", "friday"])


def _after_a_style(tok: Token) -> bool:
    """An honorific or style right before ("Mr", "Mrs.", "Chief", "Pastor"), with nothing between."""
    word = _norm_word(tok.core)
    return not tok.trail.strip(".") and (word in lexicon.HONORIFICS or word in _STYLES_OF_RANK or word == "pastor")


_ROMANISED = re.compile(f"(?:{_SYLLABLE.pattern}){{1,3}}")


def _romanised(core: str) -> bool:
    """ "Weidong", "Hang", "Nguyen": one to three romanised Chinese, Korean or Vietnamese syllables."""
    return core[:1].isupper() and bool(_ROMANISED.fullmatch(core.lower()))


def _romanised_name_ending(tokens: list[Token], j: int) -> bool:
    """ "Wang Jun,", "Tran Thu said": a weekday or month abbreviation that is also a romanised name,
    ending a name after a romanised syllable, and not before a date's number or another month."""
    if tokens[j].lower not in lexicon.CALENDAR_ROMANISED_NAMES or not _romanised(tokens[j - 1].core):
        return False
    if j + 1 >= len(tokens) or _breaks_after(tokens[j]):
        return True
    nxt = tokens[j + 1]
    return not nxt.core[:1].isdigit() and nxt.lower.rstrip(".") not in _NON_NAME_WORDS


_IRISH_PATRONYMICS = frozenset(["ó", "o", "ní", "ni", "uí", "ui", "ua"])


def _irish_h_surname(tokens: list[Token], j: int) -> bool:
    """ "Ó hAodha", "Ní hEaráin": an Irish surname after Ó, Ní or Uí takes an "h" before its
    capital vowel."""
    core = tokens[j].core
    return (
        len(core) > 2
        and core[0] == "h"
        and core[1] in "AEIOUÁÉÍÓÚ"
        and tokens[j - 1].lower in _IRISH_PATRONYMICS
        and tokens[j - 1].core[:1].isupper()
        and not tokens[j - 1].trail
        and _is_name_word(core[1:])
    )


_IRISH_SON_OF = frozenset(["mac", "nic", "mhic"])
# "tSaoi", "bhFearghail", "nGallchóir": the t-prefix or an eclipsis before a capital after "an"
_PREFIXED_SURNAME = re.compile(r"(?:t|n|bh|m|g|d|b)[A-ZÁÉÍÓÚ][^\W\d_]+")


def _irish_article_surname(tokens: list[Token], j: int) -> bool:
    """ "Mac an tSaoi", "Nic an Bhaird": the Irish article "an" after Mac or Nic, then a surname
    (with a t-prefix or an eclipsis before its capital), continues the name."""
    if j + 1 >= len(tokens):
        return False
    mac, surname = tokens[j - 1], tokens[j + 1]
    return (
        mac.lower in _IRISH_SON_OF
        and mac.core[:1].isupper()
        and not mac.trail
        and not tokens[j].trail
        and not surname.lead
        and (
            bool(_PREFIXED_SURNAME.fullmatch(surname.core))
            or (surname.core[:1].isupper() and _is_name_word(surname.core))
        )
    )


def _calendar_surname(tokens: list[Token], j: int) -> bool:
    """ "Theresa May": a month that is also a surname, right after a given name, not before a
    day's number ("Ana May 5" is a date)."""
    if tokens[j].lower not in lexicon.CALENDAR_SURNAMES or tokens[j - 1].lower not in given_names.ALL:
        return False
    return j + 1 >= len(tokens) or _breaks_after(tokens[j]) or not tokens[j + 1].core[:1].isdigit()


_WEB_WORD_SURNAMES = frozenset(["read"])  # a web page's "Read more" word that is also a surname
_AFTER_READ = frozenset(["more", "next", "also", "full", "the", "our", "on", "here"])


def _web_word_surname(tokens: list[Token], j: int) -> bool:
    """ "his captain, Amy Read, was asked": a web page's link word that is also a surname,
    right after a common given name and not before the rest of a link ("Read more")."""
    if tokens[j].lower not in _WEB_WORD_SURNAMES or tokens[j - 1].lower not in given_names.ALL:
        return False
    return j + 1 >= len(tokens) or _breaks_after(tokens[j]) or tokens[j + 1].lower not in _AFTER_READ


def _web_word_surname_speaking(tokens: list[Token], i: int) -> bool:
    """ "Read stressed that ...": that surname alone before a lower-case verb of saying."""
    if tokens[i].lower not in _WEB_WORD_SURNAMES or i + 1 >= len(tokens) or _breaks_after(tokens[i]):
        return False
    nxt = tokens[i + 1]
    return nxt.core.islower() and nxt.lower in lexicon.REPORTING_VERBS


_NICK_OPEN = frozenset("\"\u201c'\u2018")
_NICK_CLOSE = frozenset("\"\u201d'\u2019")
_NICKNAME = re.compile(
    "\\s*[\"\u201c'\u2018][^\\s\"\u201c\u201d'\u2018\u2019]+(?: [^\\s\"\u201c\u201d'\u2018\u2019]+){0,2}[\"\u201d'\u2019]\\s*"
)


def nickname_length(tokens: list[Token], j: int) -> int:
    """How many tokens, from tokens[j], make a nickname of one to three capitalised words (the first
    may be "the") in quotation marks between two name words (Ana “Bee” Lorca, Jim “Big Jim”
    Hollis, Tom “the Bull” Hollis); 0 if none."""
    tok = tokens[j]
    if not (tok.lead and tok.lead[-1] in _NICK_OPEN) or j == 0 or _breaks_after(tokens[j - 1]):
        return 0
    k = j
    while True:
        cur = tokens[k]
        if not (cur.core[:1].isupper() or (k == j and cur.lower == "the")) or (k > j and cur.lead):
            return 0  # but Michael “the Bull” Lorca
        if cur.trail:
            if cur.trail[0] not in _NICK_CLOSE or len(cur.trail) > 1:
                return 0
            break
        k += 1
        if k - j >= 3 or k >= len(tokens):
            return 0
    if k + 1 >= len(tokens):
        return 0
    nxt = tokens[k + 1]
    return k + 1 - j if not nxt.lead and _is_name_word(nxt.core) else 0


def _is_title_word(core: str) -> bool:
    low = core.lower()
    if low in _TITLE_WORDS or low.rstrip(".") in lexicon.HONORIFICS:
        return True
    if low.rstrip(".") in _PLURAL_TITLES and core[:1].isupper():
        return True  # "U.S. Reps. Ana Ruiz and Ivo Brandt": a plural title before two names
    # "Judge-Executive", "Secretary-Treasurer": a capitalised compound of two offices
    return "-" in low and core[:1].isupper() and all(part in lexicon.ROLE_NOUNS for part in low.split("-"))


_TITLE_WORDS = lexicon.ROLE_NOUNS | lexicon.HONORIFICS
_PLURAL_TITLES = frozenset(["reps", "sens", "govs", "drs", "profs"])
_NON_NAME_WORDS = lexicon.NON_NAME_WORDS


def _significant(tokens: list[Token]) -> list[Token]:
    return [
        t for t in tokens if t.lower not in lexicon.NAME_PARTICLES and t.lower.rstrip(".") not in lexicon.NAME_SUFFIXES
    ]


def analyse_run(run: Run, text: str, common, the_words: set[str]) -> None:
    """Split off a title and trim non-name words; mark organisations, places and things.

    Runs the passes in order; the first that finds the run is not a person's name stops."""
    if run.end - run.start > 1 and run.tokens[run.start].lower.rstrip(".") in lexicon.MALAY_STREET_OPENERS:
        run.org = True  # "Jalan Dato Keramat", "Jalan Tun Razak": a street named after someone
        return
    split_title(run)
    trim_leading_words(run, common, the_words)
    name = run.name_tokens
    if not name:
        run.org = True
        return
    run.org = (
        names_an_organisation_or_place(name)
        or followed_like_an_organisation(run, text)
        or introduced_like_a_thing(run)
        or described_as_a_thing(run)
        or joined_like_a_firm(run)
        or _joined_by_n(run)
        or named_like_a_shop(run)
        or _after_new(run)
        or _home_or_affiliation(run)
        or _a_part_played(run)
        or _a_street_after_on(run)
        or _a_place_left_or_reached(run)
        or _named_a_thing_by_its_neighbours(run)
        or _listed_after_a_kind_of_thing(run, text)
        or (run.tokens[run.start].core == "Col" and _a_mountain_pass(run))
    ) and not (_place_named_as_a_person(run) or _titled_by_a_role_noun(run, text) or _legal_name_in_brackets(run) >= 0)
    if not run.org and run.start > 0 and _a_national_office(run):
        run.org = True  # "a former U.K. Steward": an office, even after a role word


def _a_mountain_pass(run: Run) -> bool:
    """ "the Col du Vernaz", "Col d'Orsalle": "Col" with no full stop before a French particle is a
    mountain pass, not a colonel ("Col. de Smet")."""
    col, nxt = run.tokens[run.start], run.tokens[run.start + 1] if run.end - run.start > 1 else None
    if nxt is None or col.trail or nxt.lead:
        return False
    return nxt.lower in ("du", "de", "des") or nxt.lower[:2] in ("d'", "d\u2019")


def _legal_name_in_brackets(run: Run) -> int:
    """ "Hereditary Chief Wa'xalis (Norman Hanuse)": a given name and a surname in brackets right
    after a titled single name (a traditional name) are that person's legal name: the index of the
    traditional name, else -1."""
    toks, start, end = run.tokens, run.start, run.end
    if not 2 <= end - start <= 3 or start < 2 or not toks[start].lead.startswith("("):
        return -1
    if not toks[end - 1].trail.startswith(")") or _norm_word(toks[start].core) not in given_names.ALL:
        return -1
    name, title = toks[start - 1], toks[start - 2]
    if name.trail or title.trail or not name.core[:1].isupper() or _is_title_word(name.core):
        return -1
    return start - 1 if _is_title_word(title.core) else -1


def _an_alias(run: Run) -> bool:
    """ "Harpreet Singh alias Happy", "Tom Berg, aka Bomber": the other name of the one just named
    (police copy in South Asia), not one more person."""
    start = run.start
    return start > 0 and run.tokens[start - 1].lower in _ALIAS_WORDS and not run.tokens[start].lead


_ALIAS_WORDS = frozenset(["alias", "aka", "a.k.a."])


# Verbs of fleeing or being moved: "displaced from Beit Lahiya", "fled to Khan Younis".
_MOVING_VERBS = frozenset(
    [
        "displaced", "fled", "flee", "fleeing", "flees", "evacuated", "deported", "expelled",
        "relocated", "uprooted",
    ]
)  # fmt: skip


def _a_place_left_or_reached(run: Run) -> bool:
    """ "who was displaced from Beit Lahiya", "who fled to Khan Younis": a name right after a verb
    of fleeing or being moved and "from", "to" or "into" (or the verb alone: "who fled Khan
    Younis") is a place."""
    toks, start = run.tokens, run.name_from
    if run.title_tokens > 0 or start < 1 or toks[start].lead:
        return False
    k = start - 1
    if toks[k].lower in ("from", "to", "into") and not toks[k].trail and not toks[k].lead:
        k -= 1
        if _travelled_from(toks, k) and not toks[run.end - 1].possessive:
            return True
    return k >= 0 and toks[k].lower in _MOVING_VERBS and not toks[k].trail and toks[k].core.islower()


def _named_a_thing_by_its_neighbours(run: Run) -> bool:
    """The word right before or after the run says place, team, boat, title, alias, business,
    platform or work (each check below runs only when its cue word is there, to keep the pass
    cheap)."""
    toks, start, end = run.tokens, run.start, run.end
    if start > 0:
        before = toks[start - 1]
        prev = before.lower
        if prev == "from" and _where_the_subject_is_from(run):
            return True
        if prev in _TEAMS_IN_THE_STANDINGS and _a_team_in_the_standings(run):
            return True
        if (prev in _VESSEL_NOUNS or prev[:1] in _DIGITS) and _a_vessel_named_like_a_person(run):
            return True
        if prev in _ALIAS_WORDS and _an_alias(run):
            return True
        if before.possessive and _a_work_after_a_persons_possessive(run):
            return True
        if prev in _OPENING_VERBS and _a_business_opened(run):
            return True
        if prev == "on" and _a_platform_posted_on(run):
            return True
    for nxt in toks[end : end + 1]:
        if nxt.core == "o" and _before_a_maori_of(run):
            return True
        if nxt.core[:1] in _DIGITS and _a_side_in_a_scoreline(run):
            return True
        if nxt.lower in _PEOPLE_FROM_PLACES and _a_titled_town_before_its_people(run):
            return True
        if nxt.lower in lexicon.BARE_HONORIFICS and _a_title_before_an_honorific(run):
            return True
        if (nxt.lower in _STATE_ABBREVIATIONS or nxt.lower.rstrip(".") in _STATE_ABBREVIATIONS) and (
            _a_town_before_its_state(run)  # "Kesby, Ga." and, closing a sentence, "Ann Kesby, Mich."
        ):
            return True
        if nxt.lower in _STATE_FIRST_WORDS and _a_town_before_its_named_state(run):
            return True
        if nxt.lower in _TITLE_JOINERS and _before_a_title_tail(run):
            return True
        if nxt.lower in _WHICH_OR_ARTICLE and (_a_thing_before_which(run) or _a_firm_in_apposition(run)):
            return True
        if nxt.lower in _DWELLING_NOUNS and _a_place_before_a_home(run):
            return True
    return False


def _a_firm_in_apposition(run: Run) -> bool:
    """ "Kes Harrow, the company running the tramway, said", "Harrow Mac, the lender,": a name of two
    words or more set off before "the"/"a" and a firm's noun (not "the company secretary", not "the
    company's founder") is a firm's."""
    toks, end = run.tokens, run.end
    if end + 1 >= len(toks) or toks[end - 1].trail != "," or toks[end].lower not in ("the", "a", "an"):
        return False
    noun = toks[end + 1]
    if not noun.core.islower() or noun.possessive or noun.lower not in _FIRMS_IN_APPOSITION:
        return False
    if end + 2 < len(toks) and not noun.trail and toks[end + 2].lower in lexicon.ROLE_NOUNS:
        return False  # "Ana Ruiz, the company secretary,": her post
    return len(run.name_tokens) > 1  # "Con Kesby, the company running the tramway," even after a given name


_DWELLING_NOUNS = frozenset(["home", "house", "residence", "apartment", "condo", "neighborhood", "neighbourhood"])


def _a_place_before_a_home(run: Run) -> bool:
    """ "near her Calder Reach home": a name between a possessive determiner and a word for a
    dwelling says where the home is, not who lives there."""
    toks, start, end = run.tokens, run.start, run.end
    if run.title_tokens > 0 or start == 0 or toks[start].lead or toks[end - 1].trail:
        return False
    before = toks[start - 1]
    return (
        (before.lower in lexicon.POSSESSIVE_DETERMINERS or before.lower == "its")
        and not before.trail
        and toks[end].core.islower()
    )


_DIGITS = frozenset("0123456789")
_WHICH_OR_ARTICLE = frozenset(["which", "the", "a", "an"])
# "Sask" (its full stop in the trail) and "B.C." (its last full stop in the word)
_STATE_ABBREVIATIONS = lexicon.STATE_ABBREVIATIONS | {a + "." for a in lexicon.STATE_ABBREVIATIONS if "." in a}


_NATIONAL_INITIALS = frozenset(["U.S.", "U.K.", "U.N."])


def _a_national_office(run: Run) -> bool:
    """ "a former U.K. Steward", "a U.S. Ranger": a country's initials and one word after a
    determiner, a role word or "former" name an office (however spelt), not a person with two initials."""
    name = run.tokens[run.start : run.end]
    before = run.tokens[run.start - 1]
    return (
        len(name) == 2
        and name[0].core in _NATIONAL_INITIALS
        and not before.trail.strip()
        and (
            before.lower in _DETERMINERS
            or before.lower in lexicon.ROLE_NOUNS
            or before.lower in lexicon.TITLE_MODIFIERS
        )
    )


def _where_the_subject_is_from(run: Run) -> bool:
    """ "The senior from Baton Rouge said": a name between "the <noun> from" and a reporting verb
    is where the subject comes from, not the subject ("a letter from Ana Ruiz said": a given
    name opens a person's name)."""
    toks, start, end = run.tokens, run.start, run.end
    if run.title_tokens > 0 or start < 3 or end >= len(toks) or toks[start].lead or _breaks_after(toks[end - 1]):
        return False
    prep, noun, det = toks[start - 1], toks[start - 2], toks[start - 3]
    return (
        prep.lower == "from"
        and noun.core.islower()
        and det.lower in _DETERMINERS
        and not (prep.trail or noun.trail or det.trail)
        and toks[end].core.islower()
        and toks[end].lower in lexicon.REPORTING_VERBS
        and not _is_given_name_word(toks[start].lower)
    )


# Plural nouns a sports report sets before a team's name ("behind leaders Kesby Crown").
_TEAMS_IN_THE_STANDINGS = frozenset(
    ["leaders", "champions", "holders", "visitors", "opponents", "minnows", "strugglers", "finalists"]
    + ["newcomers", "debutants", "title-holders", "runners-up"]
)


def _a_team_in_the_standings(run: Run) -> bool:
    """ "three points behind leaders Kesby Crown", "against visitors Harrow Grael": a name after a
    plural noun of the standings names a team, unless a list of people follows ("champions Ana
    Ruiz and Tom Berg"); not "hosts", a verb as often ("the library hosts Ana Ruiz")."""
    toks, start, end = run.tokens, run.start, run.end
    if run.title_tokens > 0 or start == 0 or toks[start].lead:
        return False
    prev = toks[start - 1]
    if prev.lower not in _TEAMS_IN_THE_STANDINGS or prev.trail or not prev.core.islower():
        return False
    if prev.lower == "leaders" and _leaders_of_people(toks, start):
        return False  # "Opposition leaders Ana Ruiz (NDP), ...", "party leaders Ana Ruiz and ...": people
    return end >= len(toks) or toks[end].lower not in ("and", "&") or bool(toks[end - 1].trail)


def _after_leaders(toks, start: int) -> bool:
    """The run follows "leaders", or a list that does ("leaders Ana Ruiz (NDP), Tom Berg (Green)")."""
    return start > 0 and toks[start - 1].lower in ("leaders", "leader", "candidates", "members")


# Words that make "leaders" the heads of parties, faiths or communities rather than a table's top side
_LEADERS_OF = frozenset(
    ["party", "opposition", "political", "world", "union", "community", "business", "faith", "church"]
    + ["religious", "tribal", "student", "council", "provincial", "state", "regional", "local", "coalition"]
)


def _leaders_of_people(toks, start: int) -> bool:
    """ "Opposition leaders Ana Ruiz", "party leaders Ana Ruiz": a modifier of people before "leaders"
    and a given name opening the run."""
    if start < 2 or toks[start - 2].trail or not _is_given_name_word(toks[start].lower):
        return False
    return toks[start - 2].lower in _LEADERS_OF


def _before_a_maori_of(run: Run) -> bool:
    """ "Te Poho o Kesby Marae", "Te Rūnanga o Harrow": a name before the Māori "o" (of) and another
    capitalised word is the head of a place's or a body's name (English has no word "o")."""
    toks, end = run.tokens, run.end
    if end + 1 >= len(toks) or _breaks_after(toks[end - 1]):
        return False
    of = toks[end]
    return of.core == "o" and not of.lead and not of.trail and toks[end + 1].core[:1].isupper()


def _a_side_in_a_scoreline(run: Run) -> bool:
    """ "Kesby Trinity 30 Harrow Wessel 12": a result line names two sides, each followed by its
    points, the first before the second's capitalised name, the second after the first's points;
    a given name opening the run keeps it a person ("Ana Ruiz 7 Lise Marrow 4": darts)."""
    toks, start, end = run.tokens, run.start, run.end
    if run.title_tokens > 0 or end - start < 2 or end >= len(toks) or toks[end - 1].trail:
        return False
    points = toks[end]
    if points.lead or not points.core.isdigit() or _is_given_name_word(toks[start].lower):
        return False
    if start > 0 and toks[start - 1].core.isdigit() and not toks[start - 1].trail:
        return True
    return (
        end + 1 < len(toks)
        and not points.trail
        and toks[end + 1].core[:1].isupper()
        and any(tok.core.isdigit() for tok in toks[end + 2 : end + 6])
    )


def _a_titled_town_before_its_people(run: Run) -> bool:
    """ "A Prince Aldous woman", "the Prince Aldous couple": a titled name between a determiner
    and a lower-case noun of people from a place is a town ("a Prince Aldous fan" is a fan of the
    person; an untitled run after a determiner is already a thing)."""
    toks, start, end = run.tokens, run.start, run.end
    if run.title_tokens <= 0 or start == 0 or toks[end - 1].trail or toks[end - 1].possessive:
        return False
    det, nxt = toks[start - 1], toks[end]
    return det.lower in ("a", "an", "the") and not det.trail and nxt.core.islower() and nxt.lower not in ("fan", "fans")


def _a_town_before_its_state(run: Run) -> bool:
    """ "from Prince Albert, Sask., last year", "in Kesby, Ga.": a run before a comma and the
    abbreviation of a state or a province is a town, unless a given name opens it."""
    toks, end = run.tokens, run.end
    if end >= len(toks) or toks[end - 1].trail != "," or toks[end - 1].possessive:
        return False
    abbr = toks[end]
    dotted = "." in abbr.core or abbr.trail.startswith(".")
    return (
        dotted
        and abbr.core[:1].isupper()
        and abbr.lower.rstrip(".") in lexicon.STATE_ABBREVIATIONS
        and (not _is_given_name_word(toks[run.start].lower) or _after_a_place_preposition(run))
    )


_STATE_FIRST_WORDS = frozenset(name.split()[0] for name in lexicon.US_STATE_NAMES)


def _a_town_before_its_named_state(run: Run) -> bool:
    """ "Kesbyville, Iowa sheriff's Deputy X", "in Kesby, New Jersey": one word before a comma and
    a state's name is a town, unless a given name opens it ("Jordan, Georgia")."""
    toks, start, end = run.tokens, run.start, run.end
    if end - start != 1 or toks[start].trail != "," or toks[start].possessive or run.title_tokens:
        return False
    state = toks[end].lower
    if end + 1 < len(toks) and f"{state} {toks[end + 1].lower}" in lexicon.US_STATE_NAMES:
        state = f"{state} {toks[end + 1].lower}"
    return state in lexicon.US_STATE_NAMES and not _is_given_name_word(toks[start].lower)


_TOWN_PREPOSITIONS = frozenset(["in", "near", "outside", "around", "toward", "towards"])


def _after_a_place_preposition(run: Run) -> bool:
    """ "just outside of Ann Kesby, Mich.", "a farm near Mary Harrow, Fla.": a preposition of place
    right before a name that a state's abbreviation follows makes it a town, even one opening with a
    given name."""
    start, toks = run.start, run.tokens
    if start < 1 or toks[start].lead or toks[start - 1].trail:
        return False
    prev = toks[start - 1].lower
    if prev == "of" and start > 1 and not toks[start - 2].trail:
        prev = toks[start - 2].lower  # "outside of"
    return prev in _TOWN_PREPOSITIONS


# Vessels ("the trawler Lady Kesby"), and a length or tonnage before a vessel's name ("the 13-metre
# Lady Kesby"): a titled name after them is the boat's, not a person's.
_VESSEL_NOUNS = frozenset(
    ["boat", "ship", "vessel", "trawler", "ferry", "yacht", "tug", "tugboat", "schooner", "barge", "lifeboat"]
    + ["cutter", "icebreaker", "frigate", "tanker", "freighter", "liner", "dredger", "catamaran", "steamer"]
    + ["longliner", "seiner", "dragger"]
)
_VESSEL_SIZE = re.compile(r"\d[\d.,]*-?(?:metre|meter|m|foot|ft|tonne|ton)")


def _a_vessel_named_like_a_person(run: Run) -> bool:
    """ "the boat Lady Bernadette", "the Coast Guard ship Sir Kesby Grael", "The 13-metre Lady
    Kesby": a titled name right after a vessel noun, or after "the" and a length, is a boat's."""
    toks, start = run.tokens, run.start
    if run.title_tokens <= 0 or start == 0 or toks[start].lead:
        return False
    prev = toks[start - 1]
    if prev.trail or not prev.core.islower():
        return False
    if prev.lower in _VESSEL_NOUNS:
        return True
    return (
        bool(_VESSEL_SIZE.fullmatch(prev.lower))
        and start > 1
        and toks[start - 2].lower in ("the", "a")
        and not toks[start - 2].trail
    )


def _a_title_before_an_honorific(run: Run) -> bool:
    """ "Senior Planner Mr Olaf Brennan": capitalised words right before "Mr", "Ms", "Dr" ... are
    the title of the person named after it, not a person ("Nia Pugh MS, said": in capitals, the
    letters of a Member of the Senedd after her name)."""
    toks, end = run.tokens, run.end
    if end >= len(toks) or _breaks_after(toks[end - 1]) or toks[end - 1].possessive:
        return False
    nxt = toks[end]
    return (
        not nxt.lead
        and nxt.lower in lexicon.BARE_HONORIFICS
        and nxt.core[:1].isupper()
        and not (nxt.core.rstrip(".") in lexicon.POST_NOMINALS and _no_name_after(toks, end))
    )


def _no_name_after(toks: list[Token], k: int) -> bool:
    """Token k ends a clause, or no given name follows it ("MS. The", not "MS Nia Pugh")."""
    if toks[k].trail or k + 1 >= len(toks):
        return True
    nxt = toks[k + 1]
    return not nxt.core[:1].isupper() or (toks[k].core.endswith(".") and _norm_word(nxt.core) not in given_names.ALL)


# Verbs of travelling, and the adverbs that may follow them ("flew in from", "drove down to").
_TRAVEL_VERBS = frozenset(
    [
        "flew", "flown", "travelled", "traveled", "drove", "driven", "sailed", "emigrated", "immigrated",
        "commuted", "hails", "hailed", "hailing",
    ]
)  # fmt: skip
_TRAVEL_ADVERBS = frozenset(["in", "over", "back", "down", "up", "out", "home", "all", "here"])


def _travelled_from(toks: list[Token], k: int) -> bool:
    """ "His mother flew in from Santo Domingo", "who emigrated to Baton Rouge": toks[k] is a verb of
    travelling (an adverb or two after it skipped) right before "from" or "to"."""
    stop = k - 2
    while k > stop and k >= 0 and toks[k].lower in _TRAVEL_ADVERBS and not toks[k].trail:
        k -= 1
    return k >= 0 and toks[k].lower in _TRAVEL_VERBS and not toks[k].trail and toks[k].core.islower()


_STREET_WORDS = frozenset(["street", "way", "court", "parish"])


def _a_street_after_on(run: Run) -> bool:
    """ "a shop on Elliott Street", "lived off Harrow Way", "on West Monroe Street": a given name
    and a street word after a preposition of place (and a compass word) is the street, not someone
    named Street; so is any name after "the 4200 block of"."""
    toks, start = run.tokens, run.start
    if start == 0 or _breaks_after(toks[start - 1]) or run.end - run.name_from != 2:
        return False
    before = start - 1
    if toks[before].lower in _COMPASS and before > 0 and not _breaks_after(toks[before - 1]):
        before -= 1
    if toks[before].lower == "of" and before > 0 and toks[before - 1].lower == "block":
        return True
    return toks[before].lower in _ON_A_STREET and _norm_word(toks[run.end - 1].core) in _STREET_WORDS


_ON_A_STREET = frozenset(["on", "along", "off", "down", "up", "at", "in", "near", "onto", "into", "of"])


# Role nouns that also stand before an organisation or a place ("partner Goldman Sachs").
_ROLE_NOUNS_OF_THINGS = frozenset(
    ["partner", "owner", "producer", "customer", "member", "investor", "champion", "head", "parent", "star"]
)


def _titled_by_a_role_noun(run: Run, text: str) -> bool:
    """ "Taliban spokesman Sydney Power", "Sabres center June Winter", "Sydney Power, an airline
    analyst,": two name words right after a lower-case role noun, or before a role in apposition,
    name a person, even when they are also a place or organisation's words."""
    k = run.start
    if run.name_from != k or run.end - k != 2:
        return False
    role = _appositive(text, run.tokens, k + 1)
    if role and " which " in f" {role.lower()} ":
        return False  # "Kesby Warehouse, the retailer which founded Harrow,": a thing, not a post
    if role:
        words = role.lower().replace(",", " ").split()[:3]
        firm = _a_firm_by_its_words(run.tokens[k : k + 2])
        if any(
            w in lexicon.ROLE_NOUNS and w not in _ROLE_NOUNS_OF_THINGS and not (firm and _a_trade(words, n))
            for n, w in enumerate(words)
        ):
            return True
    if k == 0:
        return False
    prev = run.tokens[k - 1]
    return (
        prev.lower in lexicon.ROLE_NOUNS
        and prev.core.islower()
        and not prev.trail
        and not run.tokens[k].lead
        and prev.lower not in _ROLE_NOUNS_OF_THINGS
        and prev.lower not in _ADJECTIVE_RANKS
        and " ".join(t.lower for t in run.tokens[k : k + 2]) not in lexicon.KNOWN_ORGANISATIONS
    )


def _a_firm_by_its_words(name: list[Token]) -> bool:
    """ "Ollerton Securities", "Kesby Capital": no given name first and an organisation word last."""
    last = _norm_word(name[-1].core)
    return last in lexicon.ORG_WORDS and last not in lexicon.NAME_LIKE_ORG_WORDS and not _is_given_name(name[0].core)


# Role nouns that as often name a firm's trade ("Ollerton Securities, a broker,"); "manager" after
# the kind of money it manages ("Kesby Capital, an asset manager,").
_TRADES = frozenset(
    ["broker", "brokerage", "consultancy", "developer", "provider", "maker", "lender", "insurer", "retailer"]
    + ["publisher", "broadcaster", "carrier", "operator", "distributor", "manufacturer", "supplier"]
)
_MANAGED = frozenset(["asset", "fund", "funds", "wealth", "investment", "property", "hedge"])


def _a_trade(words: list[str], n: int) -> bool:
    """The role word at n describes a firm's trade rather than a person's post."""
    return words[n] in _TRADES or (words[n] == "manager" and n > 0 and words[n - 1] in _MANAGED)


_PLAYING = frozenset(
    ["cast", "plays", "played", "playing", "portrays", "portrayed", "portraying", "starring", "stars", "starred"]
    + ["voices", "voiced", "voicing", "dressed", "disguised", "recast"]
)
_PARTS = frozenset(["role", "part", "character"])


def _a_part_played(run: Run) -> bool:
    """ "cast as Lady Macbeth", "who starred as Hamlet", "the role of Willy Wonka", "her role as
    Willy Wonka": a character, not a person ("playing X" alone is as often a match against X)."""
    toks, start = run.tokens, run.start
    if start < 1 or toks[start].lead:
        return False
    prev = toks[start - 1]
    if prev.trail:
        return False
    before = toks[start - 2] if start > 1 else None
    if before is None or before.trail:
        return False
    if prev.lower == "as":
        return before.lower in _PLAYING or before.lower in _PARTS  # "her role as Lady Macbeth"
    if prev.lower == "of":
        return before.lower in _PARTS
    return _a_relative_played(toks, start)


_PLAYED_KIN = frozenset(
    ["son", "daughter", "mother", "father", "mom", "dad", "wife", "husband", "brother", "sister", "boss"]
    + ["friend", "sidekick", "rival", "lover", "girlfriend", "boyfriend", "grandmother", "grandfather"]
)
_SCREEN_WORDS = frozenset(
    ["actor", "actress", "actors", "actresses", "film", "series", "drama", "sitcom", "comedy", "role"]
    + ["cast", "musical", "movie", "episode", "show", "play", "stage", "screen", "soap", "character"]
)


def _a_relative_played(toks: list[Token], start: int) -> bool:
    """ "Ivo Brandt, the actor who played her son Tam Quell on the show": a verb of playing, an owner
    and a relation right before the name, with a word of stage or screen earlier in the sentence --
    a character, not a person ("he played his brother Tam in the final" has no such word)."""
    if start < 3:
        return False
    verb, owner, kin = toks[start - 3], toks[start - 2], toks[start - 1]
    if verb.trail or owner.trail or kin.trail or kin.lower not in _PLAYED_KIN:
        return False
    if owner.lower not in ("his", "her", "their") or verb.lower not in _PLAYING:
        return False
    return any(t.lower.strip('\u201c\u201d"') in _SCREEN_WORDS for t in toks[max(0, start - 30) : start - 3])


_PLACE_NOUNS = frozenset(["city", "town", "village", "county", "province", "district", "state", "region", "borough"])


def _home_or_affiliation(run: Run) -> bool:
    """ "Loretta Simms, 67, of Cedar Ford", "Professor Alan Reyes of Carrow Tech", "the city of Tan
    Loc": a name after "of" that follows a person's name, an age or a place noun is where they
    live or work."""
    toks, start = run.tokens, run.start
    if run.title_tokens > 0 or (run.name_from != start and run.title_tokens != -1) or start < 2 or toks[start].lead:
        return False  # but "of Gulf | Maritime Advisory", trimmed after "the Gulf", still counts
    of, before = toks[start - 1], toks[start - 2]
    if of.lower != "of" or of.trail or of.lead:
        return False
    if before.trail == ",":
        return before.core.isdigit()
    if before.trail:
        return False
    if before.core.islower():
        return before.lower in _PLACE_NOUNS
    return (
        _is_name_word(before.core) and start > 2 and _is_name_word(toks[start - 3].core) and not toks[start - 3].trail
    )


def _after_new(run: Run) -> bool:
    """ "New Orleans Saints", "New Hampshire": a name right after a capitalised "New" is part
    of a place's name (or of a team or firm named after one); no person's name starts with it."""
    k = run.start
    if k == 0 or run.name_from != k or run.tokens[k].lead:
        return False
    prev = run.tokens[k - 1]
    return prev.core == "New" and not prev.trail


def _place_named_as_a_person(run: Run) -> bool:
    """ "a man called Jordan", "her brother, Bill,": a place or an organisation word that is also a
    given name, introduced as someone's name."""
    name = run.name_tokens
    if len(name) != 1:
        return False
    word = _norm_word(name[0].core)
    return (word in lexicon.PLACE_GIVEN_NAMES or word in lexicon.NAME_LIKE_ORG_WORDS) and introduced_as_relative(run)


def split_title(run: Run) -> None:
    """The last title word inside the run starts the name ("Republican Gov. | Ana Ruiz"); a
    title word that ends a run after a name word is a surname ("Judge Alma Prince")."""
    toks, start, end = run.tokens, run.start, run.end
    last = end - 1  # the last name word: before a suffix ("Martin Luther King III")
    while last > start and toks[last].lower.rstrip(".") in lexicon.NAME_SUFFIXES:
        last -= 1
    for k in range(end - 1, start - 1, -1):
        if not (_is_title_word(toks[k].core) or _rank_after_rank(toks, start, k) or _malay_style_pair(toks, start, k)):
            continue
        if k in _nickname_tokens(toks, start, end):  # looked for only once a title word is found
            continue
        if k == last and _surname_after_name(toks, start, k):
            continue
        if k == start and _one_surname_after(toks, k, end) and _given_name_not_title(toks, k):
            continue  # "Dean O'Sullivan", "Dean “Deano” Whitcombe"
        run.name_from = k + 1
        run.title_tokens = k + 1 - start
        return
    if _position_before_a_name(toks, start, end) or _class_of_a_rank(toks, start, end):
        run.name_from = start + 1
        run.title_tokens = 1


def _malay_style_pair(toks: list[Token], start: int, k: int) -> bool:
    """ "Tan Sri Ana Yusof", "Puan Sri ...", "Dato' Sri ...", "Toh Puan ...": the second word of a
    Malaysian title of honour in two words, whose first ("Tan", "Toh") is also a surname alone."""
    if k <= start or toks[k - 1].trail.strip("'\u2019") or toks[k].trail:
        return False
    first, second = toks[k - 1].lower.rstrip("'\u2019"), toks[k].lower
    return (second in ("sri", "seri") and first in _MALAY_STYLE_FIRSTS) or (second == "puan" and first == "toh")


_MALAY_STYLE_FIRSTS = frozenset(["tan", "puan", "dato", "datuk"])


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth")


def _class_of_a_rank(toks: list[Token], start: int, end: int) -> bool:
    """ "Sgt. 1st Class Renata Oyelowo", "Petty Officer Second Class X": the word after a rank and
    an ordinal is the rest of the rank, never the start of a name."""
    if start < 2 or end - start < 3 or toks[start].lead:
        return False
    ordinal, rank = toks[start - 1], toks[start - 2]
    return (
        not ordinal.trail and not rank.trail and bool(_ORDINAL.fullmatch(ordinal.lower)) and _is_title_word(rank.core)
    )


def _position_before_a_name(toks: list[Token], start: int, end: int) -> bool:
    """ "F Omar Saleh", "QB Ana Berg": a player's position abbreviated before a given name and a
    surname (a letter with a period is an initial: "F. Omar Saleh")."""
    return (
        end - start == 3
        and toks[start].core in lexicon.POSITION_ABBREVIATIONS
        and not toks[start].trail
        and _norm_word(toks[start + 1].core) in given_names.ALL
    )


def _nickname_tokens(toks: list[Token], start: int, end: int) -> range:
    """The indices of a quoted nickname inside a run (Ana “Coach T” Lorca), which holds no title."""
    for k in range(start + 1, end):
        if toks[k].lead:
            length = nickname_length(toks, k)
            return range(k, k + length)
    return range(0)


def _rank_after_rank(toks: list[Token], start: int, k: int) -> bool:
    """ "Det Con Ana Ruiz": a word that is a rank only after another ("Con" is a given name too)."""
    return k > start and toks[k].lower.rstrip(".") in lexicon.RANKS_AFTER_RANKS and _is_title_word(toks[k - 1].core)


def _surname_after_name(toks: list[Token], start: int, k: int) -> bool:
    """toks[k], a title word ending the run, follows a given name ("Alma Prince", "Alma T. Prince":
    middle initials skipped) or a name word after an earlier title ("Judge Alma Prince"): it is a
    surname, not a title."""
    if k == start:
        return False
    j = k - 1
    while j > start and _is_initial(toks[j].core):
        j -= 1
    prev = toks[j]
    word = _norm_word(prev.core)
    if _is_title_word(prev.core) or not _is_name_word(prev.core) or word in lexicon.TITLE_MODIFIERS:
        return False
    if word in lexicon.DEMONYMS or word in lexicon.PLACES:
        return False
    return (
        word in given_names.ALL
        or any(_is_title_word(t.core) for t in toks[start:j])
        or (j == start and k == start + 1 and _after_a_person_and(toks, start))
    )


def _after_a_person_and(toks: list[Token], start: int) -> bool:
    """ "friends Mara Quell and Tobin King": two name words, then "and" -- the two words after it
    are a name of the same kind, whatever the first word is."""
    if start < 3 or toks[start - 1].lower != "and" or toks[start - 1].trail:
        return False
    given, surname = toks[start - 3], toks[start - 2]
    return (
        not given.trail
        and not surname.trail
        and not surname.possessive
        and _is_name_word(given.core)
        and _is_name_word(surname.core)
        and not _is_title_word(given.core)
        and not _is_title_word(surname.core)
    )


def _is_initial(core: str) -> bool:
    return (len(core) == 1 and core.isupper()) or bool(_INITIALS.fullmatch(core))


def _one_surname_after(toks: list[Token], k: int, end: int) -> bool:
    """toks[k] is followed by one word to the run's end, or a quoted nickname and one word."""
    return end - k == 2 or (end - k >= 3 and toks[k + 1].lead != "" and end - k - 2 == nickname_length(toks, k + 1))


def _given_name_not_title(toks: list[Token], k: int) -> bool:
    """ "Dean O’Sullivan": a title word that is also a common given name, opening a two-word
    run with nothing before it that makes it a title ("the Dean", "college dean")."""
    if _norm_word(toks[k].core) not in given_names.ALL or toks[k].core.endswith("."):
        return False
    if k == 0:
        return True
    prev = toks[k - 1]
    return bool(_breaks_after(prev) and not prev.possessive) or not (
        prev.lower in _DETERMINERS
        or prev.possessive
        or prev.core[:1].isupper()
        or prev.lower in lexicon.TITLE_MODIFIERS
    )


def _place_given_name(toks: list[Token], k: int, end: int) -> bool:
    """ "Jordan Pell", "Paris Grael", "Jordan Abernathy-Liu": a place that is also a given name,
    before one surname (not a place, an organisation word, a saint's or an Arabic place name:
    "Georgia Power", "Paris Saint-Germain", "Jordan Al-Karak"); a quoted nickname may come between
    ("Jordan “Jet” Pell")."""
    if _norm_word(toks[k].core) not in lexicon.PLACE_GIVEN_NAMES:
        return False
    if end - k != 2 and (end - k < 3 or end - k - 2 != nickname_length(toks, k + 1)):
        return False
    surname = toks[end - 1]
    word = _norm_word(surname.core)
    return not (
        surname.core.split("-")[0].lower() in _NOT_A_SURNAME_BEFORE_HYPHEN
        or word in lexicon.PLACES
        or word in lexicon.DEMONYMS
        or word in lexicon.ORG_WORDS
        or word in lexicon.NON_NAME_WORDS
        or word in _PLACE_NAMED_THINGS
    )


_NOT_A_SURNAME_BEFORE_HYPHEN = lexicon.SAINT_WORDS | {"al", "el"}
# "Georgia Tech", "India Today", "Paris Match": a place and a word that makes it a thing's name.
_PLACE_NAMED_THINGS = frozenset(["tech", "today", "match", "times", "post", "tribune", "herald", "state", "southern"])


def trim_leading_words(run: Run, common, the_words: set[str]) -> None:
    """Drop leading words that are not given names: places, nationalities, sentence starters,
    a sentence-initial word the text also uses in lower case (unless it is a given name before
    a surname: "Prices rose. Rose Harrow said ..."), a word the text uses after "the"."""
    toks, end = run.tokens, run.end
    k = run.name_from
    office, name_at = _office_of_something(toks, k, end)
    if office >= 0:
        run.name_from = name_at  # "Secretary of State | Anna Berg": the rest of the title
        run.title_tokens = name_at - k
        k = name_at
    if k == run.start and end - k >= 3 and k > 1 and toks[k - 1].lower == "for" and _member_for(toks[k - 2]):
        # "TD for Kerry Danny Healy-Rae", "MP for Dublin Bay South Ana Ruiz": the seat, then the name
        name_at = next((j for j in range(end - 2, k, -1) if toks[j].lower in given_names.ALL), end - 2)
        run.name_from = name_at
        run.title_tokens = name_at - k
        k = name_at
    name_at = _past_a_former_team(toks, k, end) if k < end and toks[k].lower.startswith(_FORMER_OPENINGS) else k
    if name_at > k:
        run.name_from = name_at
        run.title_tokens = name_at - run.start
        k = name_at
    while k < end - 1:
        word = toks[k].lower.rstrip(".")
        if (
            (word in _CALENDAR_NAME_WORDS or word in _DAYS_AS_NAMES)
            and end - k in (2, 3)
            and _calendar_given_name(toks, k)
        ):
            break
        if (
            (word in lexicon.DEMONYMS and not (end - k == 2 and word in given_names.ALL))  # "Christian Horner"
            # "Dutchman Piet Berg", not "Finn Berg" or "Dane Berg"
            or (end - k >= 3 and word in _DEMONYM_NOUNS_BEFORE_A_NAME and word not in given_names.ALL)
            or (word in lexicon.PLACES and not _place_given_name(toks, k, end))
            or (word in lexicon.SENTENCE_STARTERS and not _calendar_name_after_title(toks, k))
            or (
                opens_sentence(toks, k)
                and word in common
                and not (end - k == 2 and (word in given_names.ALL or word in lexicon.CALENDAR_GIVEN_NAMES))
            )
            or (end - k >= 3 and word in the_words and not _opens_a_place_after_the(toks, k, word))
            or _plural_role(word)
            or (end - k >= 3 and _describes_the_person(word, opens_sentence(toks, k)))
            # "Chasing Delhi’s total, ...", "Trailing Kesby by six, ...": a participle opening the sentence
            or (word[-3:] == "ing" and len(word) > 5 and word not in given_names.ALL and opens_sentence(toks, k))
        ):
            k += 1
            run.name_from = k
            if run.title_tokens == 0:
                run.title_tokens = -1  # trimmed, not a title: context checks still apply
        else:
            break


# "New" only opens "New Zealander": alone it opens places and bodies ("New York", "New Democrat").
_DEMONYM_NOUNS_BEFORE_A_NAME = lexicon.DEMONYM_NOUNS - {"new"}
_FORMER_OPENINGS = ("former", "ex-")  # the words `_past_a_former_team` looks past


def _past_a_former_team(toks: list[Token], k: int, end: int) -> int:
    """ "Former Proteas fast bowler X", "Ex-Kerry forward X", "Former Wallabies Tom Jones", "Former
    Springbok Siya Kolisi": "Former" or "Ex-" opens a title, never a name, and the capitalised word
    after it (more of them up to a given name) names a team or a country: the index where the name
    starts, the end of the run when only a lower-case role follows, else k."""
    if k >= end:
        return k
    word = toks[k].lower
    if word != "former" and not word.startswith("ex-"):
        return k
    team = k + 1 if word == "former" else k  # "Ex-Kerry" is the team itself
    j = team + 1
    while j < end and not _is_given_name_word(_norm_word(toks[j].core)):
        j += 1
    if j < end - 1:
        return j  # "Former Wallabies | Tom Jones"
    if end - team > 2:
        return team + 1  # "Former Springbok | Siya Kolisi"
    return end if end < len(toks) and toks[end].core[:1].islower() and not toks[end - 1].trail else k


_ADJECTIVE_ENDINGS = ("ful", "ous", "ed", "ing", "less")


def _describes_the_person(word: str, opens_sentence: bool) -> bool:
    """ "Tearful Jodie Pellow", "Furious Kerry Hines", "Heartbroken Ann Doyle": a capitalised
    adjective before a full name is no part of it; one known only by its ending only where it
    opens the sentence."""
    if word in given_names.ALL:
        return False
    return (
        word in lexicon.LEADING_ADJECTIVES
        or word in lexicon.DESCRIPTION_NOUNS
        or (opens_sentence and len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS))
    )


# A government's portfolios ("Minister for Enterprise", "Secretary of State for Energy").
_PORTFOLIOS = frozenset(
    ["health", "finance", "enterprise", "energy", "justice", "education", "defence", "defense", "transport"]
    + ["trade", "employment", "housing", "agriculture", "environment", "tourism", "culture", "labour", "labor"]
    + ["industry", "treasury", "communications", "science", "innovation", "infrastructure", "immigration"]
    + ["welfare", "economy", "commerce", "fisheries", "mines", "sport", "sports", "planning"]
)


def _office_of_something(toks: list[Token], k: int, end: int) -> tuple[int, int]:
    """ "Secretary of State Anna Berg", "Chief of Staff Anna Berg", "Minister of Health Ana Ruiz",
    "Minister for Parliamentary Affairs Imran Berg": up to three capitalised words after "<Title>
    of [the ...]", then a name of two words or more, opening with a given name: the index of the
    title word and of the name, else (-1, -1).  With no known given name, the last two words are
    the name ("Minister for Education Rua Costigan")."""
    if k < 2 or end - k < 3:
        return -1, -1
    name_at = k + 1
    while name_at < min(k + 4, end - 1) and not (
        toks[name_at].lower in given_names.ALL or _is_initial(toks[name_at].core)
    ):
        name_at += 1
    if name_at >= end - 1 or not (toks[name_at].lower in given_names.ALL or _is_initial(toks[name_at].core)):
        # "Minister for Enterprise Neasa Garvey": a short portfolio (or one of known portfolio
        # words), then two words for a given name the list lacks
        short = end - k <= 5 and not any(t.lower in given_names.ALL for t in toks[k : end - 1])
        if not short and not all(_norm_word(t.core) in _PORTFOLIOS for t in toks[k : end - 2]):
            return -1, -1
        name_at = end - 2
    if name_at > k + 1 and (
        toks[name_at].lower in lexicon.NAME_PARTICLES
        or toks[name_at].lower in _IRISH_PATRONYMICS
        or toks[name_at].lower in _IRISH_SON_OF
    ):
        name_at -= 1  # "Minister for Health Tadgh Ó Beaglaoich": the given name before the particle
    if name_at > k + 1 and toks[name_at - 1].lower.rstrip(".") == "md" and not toks[name_at - 1].lead:
        name_at -= 1  # "Minister for Labour Md Abdur Rouf": Bangladesh's written short form of Muhammad
    if any(t.lead or t.trail or t.lower in given_names.ALL or not t.core[:1].isupper() for t in toks[k:name_at]):
        return -1, -1
    if _a_title_tail_after_a_joiner(toks, k):
        return k - 2, name_at
    # back over "the", "in" and capitalised words to "<Office> of|for": "Speaker of the Assembly",
    # "Leader of the Opposition in the Assembly"
    j = k - 1
    while j >= 1 and k - j < 4 and toks[j].core[:1].isupper() and not toks[j].trail and not toks[j].lead:
        j -= 1  # "Mayor of Greater | Kesby Ana Ruiz": a word of the place outside the run
    # "Minister of Land Reform and Rural Development Sipho Berg": "and" inside the portfolio
    # "Minister of State at the Department of Agriculture Ana Ruiz": "at" the department
    # "Ambassador to the United Nations Ana Ruiz", "Special Envoy to Sudan Ana Ruiz": "to" the body or place
    while j >= 1 and k - j < 9 and not toks[j].trail and toks[j].lower in ("the", "in", "of", "for", "and", "at", "to"):
        office = toks[j - 1]
        if (
            toks[j].lower in ("of", "for", "to")
            and office.core[:1].isupper()
            and not office.trail
            and office.lower in lexicon.ROLE_NOUNS
        ):
            return j - 1, name_at
        j -= 1
        while j >= 1 and k - j < 9 and toks[j].core[:1].isupper() and toks[j].trail in ("", ","):
            j -= 1  # "Opposition" in "Leader of the Opposition", "Enterprise," in "Enterprise, Trade and ..."
    return -1, -1


def _a_title_tail_after_a_joiner(toks: list[Token], k: int) -> bool:
    """ "Special Agent in Charge Ann Lee", "Sergeant at Arms Ann Lee": toks[k] closes a title after
    "in" or "at" and a capitalised word."""
    return (
        k >= 2
        and toks[k].lower in lexicon.TITLE_TAILS_AFTER_JOINERS
        and toks[k - 1].lower in _TITLE_JOINERS
        and toks[k].core[0].isupper()
        and toks[k - 2].core[:1].isupper()
        and not (toks[k - 1].trail or toks[k - 2].trail or toks[k - 1].lead)
    )


_TITLE_JOINERS = frozenset(["in", "at"])


def _before_a_title_tail(run: Run) -> bool:
    """ "Special Agent in Charge Ann Lee": a run right before "in Charge" (or "at Arms") and a name
    is the front of that title."""
    toks, end = run.tokens, run.end
    return (
        end + 2 < len(toks)
        and toks[end].lower in _TITLE_JOINERS
        and _a_title_tail_after_a_joiner(toks, end + 1)
        and toks[end + 2].core[:1].isupper()
    )


def _a_thing_before_which(run: Run) -> bool:
    """ "a reply from Kesby Diagnostics, which makes the test", "a subscription, Harrow Plus, which
    adds ...": a name of two words or more, none a given name, before ", which" is a thing's."""
    toks, end = run.tokens, run.end
    if end >= len(toks) or toks[end - 1].trail != ",":
        return False
    if toks[end].lower in ("the", "a", "an"):
        # "Kesby Warehouse, the retailer which founded Harrow,": a thing in apposition, then "which"
        k = end + 1
        while k < min(end + 3, len(toks)) and toks[k].core.islower() and not toks[k].trail and toks[k].lower != "which":
            k += 1
        end = k if k > end + 1 else end
    if end >= len(toks) or toks[end].lower != "which":
        return False
    name = run.name_tokens
    return (
        len(name) > 1
        and not any(_is_given_name_word(_norm_word(t.core)) for t in name)
        and not _paired_with_a_person(toks, run.start)
    )


def _paired_with_a_person(toks: list[Token], start: int) -> bool:
    """ "a stand between Dean Kettle and Rashid Omari, which ...": right after "and" and a given name
    and a surname, the second of a pair of people (", which" goes with the phrase about both)."""
    if start < 3 or toks[start - 1].lower != "and" or toks[start - 1].trail or toks[start - 2].trail:
        return False
    return toks[start - 2].core[:1].isupper() and _is_given_name_word(toks[start - 3].lower)


def _a_work_after_a_persons_possessive(run: Run) -> bool:
    """ "Park Ji-woo's Ember Season received ...", "Ana Ruiz's Harrow Nights": two or more
    capitalised words, none a given name, right after a full name in the possessive name a work
    or a thing of that person's."""
    toks, start = run.tokens, run.start
    if start < 2 or run.name_from != start or run.end - start < 2 or not toks[start - 1].possessive:
        return False
    owner = toks[start - 2 : start]
    if owner[0].trail or owner[0].lead or len(owner[1].trail) > 2 or not owner[0].core[:1].isupper():
        return False
    words = [_norm_word(t.core) for t in toks[start : run.end]]
    return any(_is_given_name_word(_norm_word(t.core)) for t in owner) and not any(
        _is_given_name_word(w) or w in lexicon.HONORIFICS for w in words
    )


_OPENING_VERBS = frozenset(["opened", "reopened", "founded", "co-founded", "launched"])


def _a_business_opened(run: Run) -> bool:
    """ "opened Golden Thread in 1991", "founded Kesby Grael": what someone opened or founded is a
    business, not a person (but "opened Ana Ruiz's letter": a possessive owns the thing)."""
    toks, start = run.tokens, run.start
    if run.title_tokens > 0 or start == 0 or toks[start].lead or toks[run.end - 1].possessive:
        return False
    prev = toks[start - 1]
    return prev.lower in _OPENING_VERBS and not prev.trail and prev.core.islower()


_POSTING_WORDS = frozenset(["posted", "post", "posts", "wrote", "tweeted", "shared", "livestreamed"])


def _a_platform_posted_on(run: Run) -> bool:
    """ "posted on Harrow Social:", "In a post on Kesby Live": where someone posts is a platform (but
    "posted on Ana Ruiz's page": a possessive owns the page)."""
    toks, start = run.tokens, run.start
    if run.title_tokens > 0 or start < 2 or toks[start].lead or toks[run.end - 1].possessive:
        return False
    on, verb = toks[start - 1], toks[start - 2]
    return on.lower == "on" and not on.trail and verb.lower in _POSTING_WORDS and not verb.trail


# Plural nouns for kinds of things whose examples a colon lists ("grows varieties few have heard
# of: Esopus Spitzenburg, Black Oxford"): the capitalised names in the list are theirs.
_KINDS_OF_THINGS = frozenset(
    ["varieties", "cultivars", "breeds", "strains", "species", "brands", "dishes", "wines", "beers", "cheeses"]
    + ["apples", "grapes", "roses", "flowers", "plants", "crops", "products", "horses", "ships", "boats"]
)
_LIST_ITEM_ENDS = frozenset(["and", "or", "that", "which"])
_SENTENCE_END = re.compile(r"[.!?][\s\"\u201d\u2019]")


def _listed_after_a_kind_of_thing(run: Run, text: str) -> bool:
    """ "grows varieties most shoppers have never heard of: Esopus Spitzenburg, Black Oxford, a thing
    called the Hudson's Golden Gem": names after a colon, in the same sentence as a plural noun of
    a kind of thing before the colon, are examples of that kind."""
    toks, end = run.tokens, run.end
    if not (toks[end - 1].trail[:1] in (",", ";", ".") or (end < len(toks) and toks[end].lower in _LIST_ITEM_ENDS)):
        return False  # "... Golden Gem that Walter describes as": Walter is not in the list
    pos = toks[run.start].start
    colon = text.rfind(":", max(0, pos - 200), pos)
    if colon < 0 or _SENTENCE_END.search(text, colon, pos):
        return False
    opening = text.rfind(". ", max(0, colon - 120), colon)
    words = text[opening + 1 : colon].lower().split()
    return any(word.strip(",;") in _KINDS_OF_THINGS for word in words)


def _opens_a_place_after_the(toks: list[Token], k: int, word: str) -> bool:
    """ "the San Jacinto River": an organisation or place word right after "the" opens the name of
    the place, so it stays to say so."""
    return word in lexicon.ORG_WORDS and k > 0 and toks[k - 1].lower == "the" and not toks[k - 1].trail


def _plural_role(word: str) -> bool:
    """ "Neighbours", "Siblings", "Residents" before names: a role in the plural, not a name."""
    return len(word) > 4 and word.endswith("s") and (word[:-1] in lexicon.ROLE_NOUNS or word[:-1] in _RELATIVES)


_RELATIVES = lexicon.FAMILY_NOUNS | frozenset(["sibling", "twin", "teammate", "classmate"])


def _without_nickname(name: list[Token]) -> list[Token]:
    """The name's tokens without a quoted nickname inside it."""
    if not any(tok.lead for tok in name[1:]):
        return name
    out, inside = [], False
    for n, tok in enumerate(name):
        if n > 0 and tok.lead and tok.lead[-1] in _NICK_OPEN:
            inside = True
        if not inside:
            out.append(tok)
        if inside and tok.trail[:1] in _NICK_CLOSE:
            inside = False
    return out


def _is_given_name_word(word: str) -> bool:
    """A common given name, or a romanised two-syllable Korean or Chinese one ("ji-yeon")."""
    if word in given_names.ALL:
        return True
    first, _, second = word.partition("-")
    return bool(second) and len(first) <= 5 and bool(_SYLLABLE.fullmatch(first)) and bool(_SYLLABLE.fullmatch(second))


_COMPASS_INITIALS = frozenset(["N", "S", "E", "W"])
# Places named with a compass point the lists of places do not hold alone
_HALVED_PLACES = frozenset(["korea", "ireland", "sudan", "carolina", "dakota", "macedonia", "timor"])


def _a_place_after_a_compass_initial(name: list[Token]) -> bool:
    first, place = name
    return (
        first.core in _COMPASS_INITIALS
        and first.trail == "."
        and not place.lead
        and (place.lower in lexicon.PLACES or place.lower in _HALVED_PLACES)
    )


def names_an_organisation_or_place(name: list[Token]) -> bool:
    """Its own words say it is not a person: an organisation word ("Systems"), a place, a
    nationality at the end, two places ("New York"), or too many words for a name."""
    name = _without_nickname(name)  # Marcel “Tower” Okoye
    words = [t.lower.rstrip(".") for t in name]
    if len(words) == 2 and _is_given_name_word(words[0]) and words[1] in lexicon.SURNAME_LIKE_ORG_WORDS:
        return (
            " ".join(words) in lexicon.PLACES
        )  # "Marco Villa", but "Victoria Falls", "Marina Bay"  # "Marco Villa", "Ji-yeon Park": a given name, then a surname that is also an organisation word
    if len(words) == 3 and "-" in words[1] and _is_given_name_word(words[0]) and _a_surname_then_an_org_word(words):
        return False  # "Ingrid Solberg-Ayala Park": a double-barrelled birth surname before a married one
    if words[0] in lexicon.STREET_OPENERS and len(words) > 2 and name[1].core.islower():
        return True  # "Rua das Flores", "Praça do Comércio": a street or square (but "Rua Costigan")
    if _PARTY_TAG.fullmatch(name[0].core):
        return True  # "Rep. Jason Berg, R-Utah, the chairman": the party and the state
    if len(words) == 2 and _a_place_after_a_compass_initial(name):
        return True  # "N. Korea", "S. Sudan": a place cut short, not an initial and a surname
    if len(name) == 1 and _BRAND_CAPITALS.match(name[0].core) and not name[0].core.startswith("Fitz"):
        return True  # "industry researcher AutoPulse": a brand's inner capital (but "McKay", "DeShawn")
    if any(_INITIALS_GLUED_TO_A_WORD.fullmatch(t.core) for t in name):
        return True  # "JPMorgan Chase", "JCPenney": initials run into a word make a firm's name
    if (
        any(
            w in lexicon.ORG_WORDS
            and not (n == 0 and len(words) > 1 and w in lexicon.NAME_LIKE_ORG_WORDS)
            and not _a_middle_given_name(words, n)  # "Jonah Bill Tavake", but "the Finance Bill"
            and not name[n].core.islower()  # "Los Angeles", but "de los Santos": a particle
            and not (n > 0 and w in lexicon.SAINT_WORDS)  # "St. Louis", but "Michael St. John"
            # "San Diego", but "Rocío San Miguel", "Maria Santa Cruz": a saint's name in a surname
            and not (n > 0 and w in _SAINTS_IN_SURNAMES and _is_given_name_word(words[0]))
            for n, w in enumerate(words)
        )
        or " ".join(words) in lexicon.PLACES
        or " ".join(words) in lexicon.KNOWN_ORGANISATIONS
    ):
        return True
    if len(words) > 1 and "-" in words[-1]:
        head, _, tail = words[-1].partition("-")
        if head in lexicon.ORG_WORDS and (tail in lexicon.PLACES or tail in _COUNTRIES):
            return True  # "Muttahida Qaumi Movement-Pakistan", "Peoples Party-Nigeria": a body's national wing
    if len(words) > 1 and name[-1].core[-1:] == "s" and name[-1].core[:-1] in lexicon.POST_NOMINALS:
        return True  # "Opposition MPs", "Government TDs": members in the plural, not a name
    if len(words) > 1 and words[-1] in _SIDES_NAMED_BY_ROLES and not _is_given_name_word(words[0]):
        return True  # "Kaizer Chiefs", "Harbour Captains": a side named by a role in the plural
    if name[-1].possessive and words[-1] in lexicon.GROUP_PLURALS:
        return True  # "Lakeside Children's Fund", "Harrow Women's Aid": what the body serves
    if len(words) > 2 and " ".join(words[:2]) in lexicon.KNOWN_ORGANISATIONS:
        return True  # "Planned Parenthood Southeast"
    if len(words) > 1 and words[-1] in _COUNTRIES and not _is_given_name_word(words[0]):
        return True  # "Environment Canada", "Enterprise Ireland", "Transport Infrastructure Ireland"
    if len(words) > 1 and words[-1] in _STREETS and name[-1].core[:1].isupper():
        return True  # "George St", "Station Rd"
    if words[-1] in lexicon.DEMONYMS and not (len(words) == 2 and words[0] in given_names.ALL):
        return True  # "the Ukrainian", but "Tom Welsh": a given name before makes it a surname
    if len(words) > 1 and words[0] in lexicon.PLACES and words[1] in lexicon.PLACES:
        return True
    if len(words) > 1 and words[-1] in _OFFICE_HEADS and not any(_is_given_name_word(w) for w in words):
        return True  # "Medical Officer" of "Chief Medical Officer": the rest of a title, no name
    if len(words) == 2 and words[0] in _COMPASS and words[1] in lexicon.PLACES:
        return True  # "Southeast Asia", "East Africa"
    if words[1:] and (
        (words[-1][-3:] == "men" and _a_team_of_men(words[-1]))
        or (words[0] in _GAELIC_ARTICLES and _opens_with_a_gaelic_article(name))
    ):
        return True
    return len(_significant(name)) > 4


# Roles in the plural that name sides ("Kaizer Chiefs", "Kesby Warriors"), not ones that are also
# surnames ("Brannoc Masters", "Tom Walkers")
_SIDES_NAMED_BY_ROLES = frozenset(
    ["chiefs", "captains", "generals", "warriors", "knights", "kings", "senators", "rangers", "commanders"]
)


def _a_middle_given_name(words: list[str], n: int) -> bool:
    """ "sonny bill williams": an organisation word that is also a given name ("bill", "glen"),
    between a given name and a surname, is a middle name."""
    return (
        0 < n < len(words) - 1
        and words[n] in lexicon.NAME_LIKE_ORG_WORDS
        and words[n] in given_names.ALL
        and _is_given_name_word(words[0])
    )


def _a_surname_then_an_org_word(words: list[str]) -> bool:
    """ "ingrid solberg-ayala park": a hyphenated surname with no organisation or place word in it,
    then a surname that is also an organisation word."""
    return words[2] in lexicon.SURNAME_LIKE_ORG_WORDS and not any(
        part in lexicon.ORG_WORDS or part in lexicon.PLACES for part in words[1].split("-")
    )


def _a_team_of_men(word: str) -> bool:
    """ "Harrow Rivermen", "the Kesby Ironmen": a plural in -men after a noun of four letters or
    more names a team (not "Carmen", "Yeomen" or a given name). An English compound joins "men"
    to a noun ending in a consonant, "e", "a" or "y" ("Horsemen", "Seamen"); a word ending in "omen",
    "imen" or "umen" is a surname ("Kiptoo Lagomen thanked the crews")."""
    return len(word) > 6 and word.endswith("men") and word[-4] not in "oiu" and word not in given_names.ALL


# "Na Fíodóirí", "An Cheathrú Rua": the Irish article before a word spelt with a fada names a
# band, a club or a place; Korean and Vietnamese "Na", "An" open names without accents.
_GAELIC_ARTICLES = frozenset(["na", "an"])
_FADAS = frozenset("áéíóúÁÉÍÓÚ")


def _opens_with_a_gaelic_article(name: list[Token]) -> bool:
    """ "Na Fíodóirí": the Irish article "Na" or "An", then a word with a fada."""
    return name[0].lower in _GAELIC_ARTICLES and not _FADAS.isdisjoint(name[1].core)


# The last word of a title in capitals that is never a surname ("Judge Bishop" is a name).
_OFFICE_HEADS = frozenset(["officer", "director", "manager", "executive", "coordinator", "secretary", "president"])
_SAINTS_IN_SURNAMES = frozenset(["san", "santa", "santo", "são", "sao"])
_COUNTRIES = frozenset(
    ["canada", "ireland", "australia", "zealand", "india", "africa", "america", "britain", "scotland", "wales"]
    + ["england", "kenya", "nigeria", "pakistan", "singapore", "malaysia"]
)
_STREETS = frozenset(["st", "rd", "ave", "blvd", "ln", "hwy", "pde", "tce"])
_COMPASS = frozenset(
    ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"]
    + ["northern", "southern", "eastern", "western", "north-east", "north-west", "south-east", "south-west"]
)


_PARTY_TAG = re.compile(r"[RDI]-[A-Z][a-z]+")
# A capital inside one word after four letters or more: a brand ("AutoPulse", "DataSpark"), not a
# name's particle ("McKay", "MacLeod", "DeShawn", "LaToya", "VanDyke")
_BRAND_CAPITALS = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]")
# Two capitals or more run straight into a lower-case word: a firm ("JPMorgan", "JCPenney"),
# never a person's name word (but "MPs", "CEOs": plurals of initials; "DeShawn": a particle)
_INITIALS_GLUED_TO_A_WORD = re.compile(r"[A-Z]{2,}[a-z]{3,}")


def followed_like_an_organisation(run: Run, text: str) -> bool:
    """What follows says organisation: a ticker ("(NYSE: ACME)"), a noun such as "shares" or a
    role ("Wells Fargo analyst"), or brackets round the whole run ("(Magic Box)")."""
    toks, start, end = run.tokens, run.start, run.end
    last = toks[end - 1]
    if (
        not last.possessive
        and run.title_tokens <= 0
        and (ticker := _TICKER.match(text, last.end))
        and not (end - start == 2 and _is_given_name_word(toks[start].lower) and _after_leaders(toks, start))
        and not (end - start >= 2 and ticker[0].strip(" ()") in lexicon.NATION_CODES)
    ):
        # "Acme Corp (ACME)"; but "Cllr Ana Ruiz (FF)" is a titled person and her party, and so is
        # "Opposition leaders Ana Ruiz (NDP), ...", and "Ana Ruiz (ESP) – gold": an athlete's nation
        return True
    if end < len(toks) and not _breaks_after(last):
        nxt = toks[end]
        if last.lower in ("local", "branch", "lodge") and nxt.core.isdigit():
            return True  # "Unifor Local 222", "Legion Branch 23"
        if (
            not nxt.lead
            and nxt.core.islower()
            and (nxt.lower in lexicon.ORG_FOLLOWERS or (nxt.lower in lexicon.ROLE_NOUNS and not last.possessive))
            and not (nxt.lower == "council" and _is_given_name_word(toks[start].lower))  # "told Tom Reed council ..."
        ):
            return True
        if nxt.core == "state" and _a_region_before_state(run):
            return True
        if last.core[-1:] == "s" and _members_of_a_side(last, nxt) and not _is_given_name_word(toks[start].lower):
            return True  # "Select Rebels players will join": the side's players
        if nxt.core == "and" and _joined_before_a_group_noun(toks, end + 1):
            return True  # "600 Abu Kesby and Harrow terrorists": two groups named before their fighters
        if (
            nxt.core != nxt.lower  # a capital: cheaper than the check itself
            and _a_state_then_a_role(toks, end)
            and not (last.possessive or _is_given_name_word(toks[start].lower))
        ):
            return True
        if (
            nxt.lower in lexicon.ORG_FOLLOWER_MODIFIERS
            and nxt.core.islower()
            and not nxt.trail
            and end + 1 < len(toks)
            and toks[end + 1].lower in lexicon.ORG_FOLLOWERS
        ):
            return True  # "X campaign group", "X trade association"
    # "(Magic Box)"; but "Biscuit (Aaron Pell)": a nickname's full name in brackets
    return (
        toks[start].lead.startswith("(")
        and last.trail.startswith(")")
        and run.title_tokens <= 0
        and not (2 <= end - start <= 3 and _is_given_name_word(toks[start].lower))
    )


def _members_of_a_side(last: Token, nxt: Token) -> bool:
    """A plural name, then a role in the plural: "Rebels players", "Stormers coaches"."""
    return (
        last.core[-1:] == "s"
        and not last.possessive
        and nxt.core.islower()
        and not nxt.lead
        and nxt.lower[-1:] == "s"
        and (nxt.lower[:-1] in lexicon.ROLE_NOUNS or nxt.lower[:-2] in lexicon.ROLE_NOUNS)
    )


def _joined_before_a_group_noun(toks: list[Token], k: int) -> bool:
    """toks[k:] is one or two capitalised words, then a plural noun of fighters or groups."""
    for j in (k + 1, k + 2):
        if j >= len(toks) or toks[j - 1].trail or not toks[j - 1].core[:1].isupper():
            return False
        if toks[j].lower in lexicon.ARMED_GROUP_FOLLOWERS and not toks[j].lead:
            return True
    return False


def _a_region_before_state(run: Run) -> bool:
    """ "Ostrovia's Vela Montaña state", "Campo Verde do Norte state": a name of two words or more
    before "state" names a region, unless a given name opens it ("state" is not with the place
    nouns of ORG_FOLLOWERS: "Ana Ruiz and Tom Reed state that ..." is the verb)."""
    start = run.start
    return (
        run.end - start >= 2
        and run.title_tokens <= 0
        and not run.tokens[run.end].lead
        and not _is_given_name_word(run.tokens[start].lower)
    )


def _a_state_then_a_role(toks: list[Token], k: int) -> bool:
    """ "Surf Life Saving NSW duty officer Ana Ruiz": an abbreviation in capitals (a state, a
    branch) between a body's name and a lower-case role noun or organisation noun."""
    if k + 2 >= len(toks):
        return False
    abbr, role, after = toks[k], toks[k + 1], toks[k + 2]
    if abbr.lead or abbr.trail or not (2 <= len(abbr.core) <= 4 and abbr.core.isupper() and abbr.core.isalpha()):
        return False
    if role.lead or not role.core.islower():
        return False
    if role.lower in lexicon.ORG_FOLLOWERS or role.lower in lexicon.ROLE_NOUNS:
        return True
    return not role.trail and after.core.islower() and after.lower in lexicon.ROLE_NOUNS  # "duty officer"


def joined_like_a_firm(run: Run) -> bool:
    """ "Johnson & Johnson", "Harrow & Kesby": names joined by an ampersand are a firm's."""
    toks, start, end = run.tokens, run.start, run.end
    before = start > 0 and toks[start - 1].core == "&" and not toks[start].lead and run.title_tokens <= 0
    after = end < len(toks) and toks[end].core == "&" and not toks[end - 1].trail
    if (before or after) and _two_full_names_joined(toks, run.name_from, end, before):
        return False  # "Trainers: Ana Ruiz & Ivo Brandt": two people, each named in full
    return before or after  # but "Marks & Spencer Chief Executive Fiona McAllister": a title, then a person


def _two_full_names_joined(toks: list[Token], start: int, end: int, before: bool) -> bool:
    """toks[start:end], joined to the capitalised words on the other side of an ampersand, are
    two people named in full ("Ana Ruiz & Ivo Brandt"), not a firm ("Johnson & Johnson"): this side
    has two words or more, and one side opens with a common given name and has two words or more."""
    if end - start < 2:
        return False
    if before:
        k = start - 2
        while k >= 0 and k >= start - 5 and toks[k].core[:1].isupper() and not toks[k].trail.strip():
            k -= 1
        other = toks[k + 1 : start - 1]
    else:
        k = end + 1
        while k < len(toks) and k <= end + 4 and toks[k].core[:1].isupper() and not toks[k - 1].trail.strip(" "):
            k += 1
        other = toks[end + 1 : k]

    def full(words: list[Token]) -> bool:
        return len(words) >= 2 and _norm_word(words[0].core) in given_names.ALL

    return full(toks[start:end]) or full(other)


def _joined_by_n(run: Run) -> bool:
    """ "Crumble N' Crust", "Rock 'n' Roll Diner": words joined by a clipped "and" ("N'", "'n'")
    name a shop or a brand, never a person."""
    inner = run.tokens[run.start + 1 : run.end - 1]
    return any(t.lower == "n" and t.trail[:1] in ("'", "\u2019") for t in inner)


def named_like_a_shop(run: Run) -> bool:
    """ "Trader Joe's said ...", "at Harrow's.": a possessive name with nothing possessed after it
    (a reporting verb, or the end of the clause) is a shop's or a firm's name."""
    toks, start, end = run.tokens, run.start, run.end
    last = toks[end - 1]
    if not last.possessive or run.title_tokens > 0 or len(_significant(run.name_tokens)) < 2:
        return False
    if start > 1 and toks[start - 1].lower == "of" and toks[start - 2].lower in _COMPANIONS:
        return False  # "a friend of Tom Reed's": a double possessive names a person
    rest = _POSSESSIVE_ENDING.sub("", last.trail)
    if end >= len(toks) or rest[:1] in (",", ";", ":", ".", "!", "?", ")"):
        return True
    nxt = toks[end]
    return not rest and nxt.lower in _FIRM_VERBS  # "Trader Kay's said", but "Ana Ruiz's reply"


_COMPANIONS = _RELATIVES | frozenset(
    ["friend", "colleague", "ally", "acquaintance", "neighbour", "neighbor", "associate", "rival", "fan", "student"]
)
_POSSESSIVE_ENDING = re.compile("^['\u2019]s?")
_FIRM_VERBS = frozenset(["said", "says", "told", "tells", "announced", "announces", "confirmed", "stated", "wrote"])


_NAMED_PLACE_NOUNS = _PLACE_NOUNS | frozenset(["hamlet", "island", "camp", "settlement", "area", "township", "river"])


def _a_place_noun_before(toks: list[Token], k: int) -> bool:
    """A place noun ("village", "town", "camp") within the five words before toks[k] ("called"),
    with no punctuation between them."""
    for j in range(k - 1, max(-1, k - 6), -1):
        if toks[j].trail.strip():
            return False
        if toks[j].lower in _NAMED_PLACE_NOUNS:
            return True
    return False


def introduced_like_a_thing(run: Run) -> bool:
    """What comes before says thing: a determiner or a thing noun ("the journal X"), "an
    economist at X", "Department of X", "shares of X"."""
    toks, start = run.tokens, run.start
    if run.title_tokens > 0 and _a_titled_place_someone_is_from(run):
        return True  # "a 64-year-old woman from Prince Rupert", "a man from Lord Howe"
    if run.title_tokens <= 0 and run.name_from > start > 0 and _a_thing_noun_right_before(toks[start - 1]):
        return True  # "the group Let Kesby Decide": a campaign's name, opening with a common word
    if run.title_tokens > 0 or run.name_from != run.start or start == 0:
        return False
    prev = toks[start - 1]
    if _named_in_apposition_to_a_thing(run):
        return True
    if _breaks_after(prev) or toks[start].lead:
        return False
    if prev.core in _SHIP_PREFIXES:
        return True  # "the USS Gerald R. Ford": a ship
    if prev.lower in _NAMED_ANIMALS and prev.core.islower():
        return True  # "the mare Sweet Ellie", "Irish stayer Galway Mist": a horse
    if (prev.lower in _DETERMINERS and prev.lower != "that") or (
        prev.lower in lexicon.THING_NOUNS and not _a_road_then_a_given_name(prev, toks[start])
    ):
        # but "so fast that Ana Ruiz had time": "that" opens a clause as often
        return not (_a_players_play(run) or _a_work_about(run))
    if prev.lower in ("titled", "entitled"):
        return True  # "a film titled Blue Hour"; but "a man named Tom Reed"
    if prev.lower in _SINGING and not toks[run.end - 1].possessive:
        return True  # "singing Amazing Grace": a song (but "sang Ana Ruiz's praises")
    if (
        prev.lower in _NAMING_PARTICIPLES
        and _a_place_noun_before(toks, start - 1)
        and not _subject_of_a_reporting_verb(run)
    ):
        return True  # "a village next to Harrow called Kan Sorel": a place, not a person
    if (
        start > 1
        and prev.lower.endswith(_SEATED_SUFFIXES)
        and toks[start - 2].lower in _DETERMINERS
        and not toks[start - 2].trail
        and toks[start].lower not in given_names.ALL
    ):
        return True  # "the Dutch-registered Velo Grael team", "the Kesby-based Harrow Holdings"
    if start > 1 and not _breaks_after(toks[start - 2]):
        before = toks[start - 2]
        if prev.lower == "from" and before.lower in _PEOPLE_FROM_PLACES:
            return True  # "a 29-year-old man from Bell Green": where someone lives
        if (
            prev.lower == "from"
            and run.end - start == 1
            and before.core.islower()
            and before.lower in lexicon.ROLE_NOUNS
        ):
            return True  # "The hairdresser from Glasgow, 32,": one word after "<role> from"
        if prev.lower == "from" and _a_person_noun_before(before) and toks[run.end - 1].trail[:1] in (",", "."):
            return True  # "a software tester from Ann Arbor, bought": where the person is from
        if prev.lower == "of" and before.lower in _PARTS_OF_PLACES:
            return True  # "residents of Alice Springs", "the outskirts of Rose Hill"
        if prev.lower in ("at", "with") and before.core.islower() and before.lower in lexicon.ROLE_NOUNS:
            return True  # "an economist at X", "an analyst with X"
        if prev.lower == "for" and before.lower in _WORKS_FOR_A_FIRM:
            return True  # "chief economist for Kesby Mac": the employer ("a spokesman for X" may be a person's)
        if prev.lower == "of" and (
            _norm_word(before.core) in lexicon.ORG_WORDS
            and before.core[:1].isupper()
            or before.lower in lexicon.ORG_FOLLOWERS
        ):
            return True
        # "Director of Public Prosecutions", "Institute for Climate Research", "Minister of Land Reform"
        if (
            prev.lower in ("of", "for")
            and before.core[:1].isupper()
            and (before.lower in lexicon.ROLE_NOUNS or _norm_word(before.core) in lexicon.ORG_WORDS)
            and toks[start].lower not in given_names.ALL
            and before.lower not in lexicon.KIN_NOUNS  # "Mother of Tomas Pell asks": a relative
        ):
            return True
        # "Panel on Climate Change", "Institute of Allergy and Infectious Diseases"
        if (
            prev.lower in _NAME_JOINERS
            and toks[start].lower not in given_names.ALL
            and _inside_a_bodys_name(toks, start)
        ):
            return True
    return False


_NAME_JOINERS = frozenset(["of", "for", "on", "and", "&"])
_SINGING = frozenset(["sing", "sings", "sang", "singing", "hummed", "humming"])
# Animals raced under names like people's, before the name
_NAMED_ANIMALS = frozenset(
    ["horse", "racehorse", "mare", "filly", "colt", "gelding", "stallion", "stayer", "galloper", "greyhound"]
)
# Where a team or firm is registered, based or owned: "the Dutch-registered", "the Kesby-based"
_SEATED_SUFFIXES = ("-registered", "-based", "-owned", "-headquartered", "-listed", "-backed")


def _a_players_play(run: Run) -> bool:
    """ "a Luca Berg header", "an Ana Ruiz try", "the Tom Reed free kick": a given name and a
    surname after a determiner, then a play in a game, name the player who made it."""
    toks, start, end = run.tokens, run.start, run.end
    if end - start < 2 or end >= len(toks) or toks[end - 1].trail or toks[start].lower not in given_names.ALL:
        return False
    play = toks[end].lower
    if play in ("free", "own", "long-range", "late", "first-half", "second-half") and end + 1 < len(toks):
        play = toks[end + 1].lower  # "a Tom Reed free kick", "an Ana Ruiz own goal"
    return play in _PLAYS


def _a_work_about(run: Run) -> bool:
    """ "the year a Mara Quell mural went up", "a Tobin Reyes tribute concert": a given name and a
    surname after a determiner, then a work that portrays or honours them, name that person."""
    toks, start, end = run.tokens, run.start, run.end
    if end - start != 2 or end >= len(toks) or toks[end - 1].trail or toks[start].lower not in given_names.ALL:
        return False
    return toks[end].lower in _WORKS_ABOUT and toks[end].core.islower()


_WORKS_ABOUT = frozenset(["mural", "statue", "portrait", "biopic", "tribute", "retrospective", "bust", "memorial"])


# Plays in a game that a player's name may modify ("a Luca Berg header", "a Tom Reed six")
_PLAYS = frozenset(
    ["header", "goal", "strike", "volley", "penalty", "free-kick", "kick", "shot", "finish", "effort", "try"]
    + ["equaliser", "equalizer", "brace", "hat-trick", "double", "tackle", "save", "touchdown", "three-pointer"]
    + ["homer", "putt", "birdie", "eagle", "century", "fifty", "six", "catch", "interception", "fumble"]
)


def _a_titled_place_someone_is_from(run: Run) -> bool:
    """ "a woman from Prince Rupert": a title and a name after "<man, woman, resident ...> from"
    is where that someone lives, a town named like a titled person (but "a nurse from Dr. Ana
    Ruiz's clinic" is the doctor's)."""
    toks, start = run.tokens, run.start
    if start < 2 or run.end - start != 2 or toks[run.end - 1].possessive:
        return False
    prev, before = toks[start - 1], toks[start - 2]
    return (
        prev.lower == "from"
        and before.lower in _PEOPLE_FROM_PLACES
        and not (prev.trail or before.trail or toks[start].lead or toks[start].trail)
    )


def _a_thing_noun_right_before(tok: Token) -> bool:
    """ "group", "campaign" in lower case right before a run, nothing between."""
    return tok.core.islower() and not tok.trail and tok.lower in lexicon.THING_NOUNS


def _inside_a_bodys_name(toks: list[Token], start: int) -> bool:
    """Back from the run over joiners and capitalised words, within a few words, to an
    organisation word: "the National Institute of Allergy and | Infectious Diseases"."""
    j = start - 1
    while j > 0 and start - j < 8 and toks[j].lower in _NAME_JOINERS and not toks[j - 1].trail.strip():
        j -= 1
        while j >= 0 and start - j < 8 and toks[j].core[:1].isupper():
            if _norm_word(toks[j].core) in lexicon.ORG_WORDS:
                return True
            if j == 0 or toks[j - 1].trail.strip():
                return False
            j -= 1
    return False


# What a firm is to a product or another firm ("Its maker, Sage Therapeutics,"): after "its", a firm.
_FIRMS_OF_A_THING = frozenset(
    ["maker", "manufacturer", "developer", "supplier", "rival", "competitor", "parent", "distributor"]
    + ["publisher", "insurer", "lender", "operator", "subsidiary", "acquirer", "carrier", "retailer", "regulator"]
)
_SHIP_PREFIXES = frozenset(["USS", "HMS", "HMAS", "HMCS", "HMNZS", "RFA", "INS", "USNS", "RMS", "MV", "SS"])
# Trades practised for a firm, never for a person: "chief economist for X" names the employer
_WORKS_FOR_A_FIRM = frozenset(["economist", "analyst", "strategist"])
# Heads of a business's description right before its name ("pharmacy chain Kesbys", "rival lender
# Harrow"): a name after one is a firm's
_FIRM_HEADS = frozenset(
    ["giant", "giants", "chain", "retailer", "company", "firm", "carrier", "lender", "miner", "maker"]
    + ["supermarket", "airline", "bank", "insurer", "brewer", "automaker", "carmaker", "utility", "conglomerate"]
)
# Nouns a firm, never a person, is described by in apposition ("X, the company running the tramway,")
_FIRMS_IN_APPOSITION = frozenset(
    ["company", "firm", "utility", "retailer", "chain", "giant", "lender", "airline", "bank", "insurer"]
    + ["brewer", "automaker", "carmaker", "conglomerate", "supermarket", "corporation", "multinational"]
)
_PARTS_OF_PLACES = frozenset(
    ["residents", "inhabitants", "citizens", "natives", "people", "streets", "suburbs", "outskirts", "centre"]
    + ["center", "heart", "north", "south", "east", "west", "edge", "mayor", "town", "city", "village"]
    + ["capital", "province", "region", "county", "district", "state", "suburb", "port"]
)


def _a_person_noun_before(tok: Token) -> bool:
    """A lower-case role or description noun ("tester", "analyst", "retiree")."""
    return tok.core.islower() and (tok.lower in lexicon.ROLE_NOUNS or tok.lower in _PEOPLE_NOUNS)


_PEOPLE_FROM_PLACES = frozenset(
    ["man", "woman", "men", "women", "boy", "girl", "boys", "girls", "teenager", "teenagers", "teen", "youth"]
    + ["resident", "residents", "family", "families", "couple", "pensioner", "people", "motorist", "driver"]
    + ["commuter", "mother", "father", "mum", "dad", "grandmother", "grandfather", "student", "nurse", "worker"]
    + ["farmer", "teacher", "businessman", "businesswoman", "shopkeeper", "volunteer", "fan", "fans"]
)


def _named_in_apposition_to_a_thing(run: Run) -> bool:
    """ "The exercise, Kesby Run, involves ...", "the company, Harrow Grael, said": a name set off by
    commas right after "the <thing noun>," names that thing."""
    toks, start, end = run.tokens, run.start, run.end
    if start < 2 or toks[start].lead:
        return False
    noun = toks[start - 1]
    d = start - 2
    while (
        d > 0
        and start - 2 - d < 2
        # "a Washington consulting firm, Redline Strategies,": a place before the noun modifies it too
        and (toks[d].core.islower() or (toks[d].core[:1].isupper() and not toks[d].possessive and not toks[d].lead))
        and not toks[d].trail
        and toks[d].lower not in _DETERMINERS
        and toks[d].lower not in lexicon.POSSESSIVE_DETERMINERS  # "her favourite song, Blue Moon,"
        and toks[d].lower not in lexicon.PREPOSITIONS  # "The secretary of state, Ana Ruiz,"
    ):
        d -= 1  # "the property management company, Sunbelt Residential,": modifiers before the noun
    det = toks[d]
    return (
        noun.trail == ","
        and noun.core.islower()
        and (
            noun.lower in lexicon.THING_NOUNS
            or noun.lower in _EVENT_NOUNS
            or (det.lower == "its" and noun.lower in _FIRMS_OF_A_THING)
        )
        and ((det.lower in _DETERMINERS and not det.trail) or _a_possessive_determiner(det))
        and (end >= len(toks) or toks[end - 1].trail in (",", "."))
        and not _role_of_the_thing_before(toks, d)
        and not (d > 0 and toks[d - 1].lower in lexicon.PREPOSITIONS)  # "Across the street, Karen Berg,"
    )


def _a_possessive_determiner(tok: Token) -> bool:
    """ "her band, Kesby Grael,", "the family’s own band, Kesby Grael,": a possessive opens the
    noun phrase as a determiner does."""
    if tok.lower in lexicon.POSSESSIVE_DETERMINERS:
        return not tok.trail
    return tok.possessive and tok.trail in ("\u2019s", "'s")


def _role_of_the_thing_before(toks: list[Token], det: int) -> bool:
    """ "a spokesman for the company, John Miller,": the name is the role's holder, not the thing's."""
    if det < 2 or toks[det - 1].lower not in ("for", "of", "at", "with") or toks[det - 1].trail:
        return False
    role = toks[det - 2]
    return role.core.islower() and not role.trail and role.lower in lexicon.ROLE_NOUNS


# Events and undertakings a name may stand in apposition to ("The exercise, Kesby Run,")
_EVENT_NOUNS = frozenset(
    ["exercise", "race", "competition", "tournament", "contest", "drill", "scheme", "initiative", "plan"]
    + ["partnership", "business", "charity", "venue", "fund", "bill", "law", "report", "deal", "treaty", "ride"]
)


def described_as_a_thing(run: Run) -> bool:
    """ "Lindqvist Furniture, a store his grandfather opened": an apposition with a thing noun."""
    toks, end = run.tokens, run.end
    last = toks[end - 1]
    if (
        last.trail.startswith(",")
        and end + 2 < len(toks)
        and toks[end].lower == "one"
        and toks[end + 1].lower == "of"
        and not last.possessive
    ):
        return _one_of_some_things(toks, end + 2)  # "Lawu Kidul, one of 120 active volcanoes,"
    if not (
        last.trail.startswith(",") and not last.possessive and end + 1 < len(toks) and toks[end].lower in ("a", "an")
    ):
        return False
    for k in range(end + 1, min(end + 4, len(toks))):
        word = toks[k].lower
        if word in lexicon.ROLE_NOUNS or not toks[k].core.islower():
            return False
        if word in lexicon.THING_NOUNS:
            return not _a_role_ends_the_noun_phrase(toks, k)
        if toks[k].trail:
            return False
    return False


def _one_of_some_things(toks: list[Token], at: int) -> bool:
    """ "one of more than 120 active volcanoes", "one of the oldest towns": from `at`, the first plural
    before any punctuation is a plural of a thing noun (not "one of the last surgeons")."""
    for k in range(at, min(at + 7, len(toks))):
        word = toks[k].lower
        if word.endswith("s") and len(word) > 3:
            singular = word[:-2] if word.endswith(("oes", "ches", "shes", "sses")) else word[:-1]
            if word.endswith("ies"):
                singular = word[:-3] + "y"
            if singular in lexicon.THING_NOUNS and singular not in lexicon.ROLE_NOUNS:
                return True
        if toks[k].trail:
            return False
    return False


def _a_role_ends_the_noun_phrase(toks: list[Token], k: int) -> bool:
    """ "Caleb, a high school football coach in Boise,": a role noun among the lower-case words
    right after the thing noun at k (before any punctuation) heads the phrase, so it is a person's."""
    for j in range(k + 1, min(k + 4, len(toks))):
        word = toks[j].lower
        if toks[j - 1].trail or not toks[j].core.islower() or word in _NOT_IN_A_COMPOUND:
            return False  # "a restaurant his aunt opened": a clause after the noun, not more of it
        if word in lexicon.ROLE_NOUNS or word in _PEOPLE_NOUNS:
            return True  # "a high school football coach", "a software tester", "a car worker"
    return False


# Nouns for people by what they do or are ("tester", "worker", "trader", "fan") that head a noun
# phrase after a thing noun; not those that are also adjectives ("senior", "international").
_PEOPLE_NOUNS = lexicon.DESCRIPTION_NOUNS - frozenset(["senior", "international", "native", "qualifier"]) | frozenset(
    ["cook", "chaser", "pilot", "baker"]  # "a restaurant cook", "a storm chaser", "a bush pilot"
)


_NOT_IN_A_COMPOUND = _DETERMINERS | _APPOSITIVE_STOP | lexicon.POSSESSIVE_DETERMINERS | lexicon.PREPOSITIONS


def _link_lists(runs: list[Run], text: str) -> None:
    """Runs listed together with an organisation are organisations too ("Intuitive Machines, Lockheed Martin")."""
    chain: list[Run] = []

    def flush():
        if len(chain) == 2 and chain[1].title_tokens <= 0 and _opens_a_label_line(chain[0], text):
            chain[1].org = True  # "Ana Ruiz, Kesby Max Crew, p1:": the driver's team, after her name
            return
        if len(chain) > 1 and any(
            r.org
            and r.name_tokens
            # "Tom Reed and Harrow’s Martin Pell": a possessive owns the next name, no list item
            and not r.tokens[r.end - 1].possessive
            and any(_norm_word(t.core) in lexicon.ORG_WORDS for t in r.name_tokens)
            for r in chain
        ):
            opening = _opens_with_a_phrase(chain[0])
            for n, r in enumerate(chain):
                if r.title_tokens <= 0 and not (
                    _after_a_lower_case_role(r)
                    or (n > 0 and _after_a_plural_role(chain[n - 1]))
                    or _subject_of_a_reporting_verb(r)
                    or (n == 0 and _named_after_a_reporting_verb(r))
                    or _age_or_who_after(r)
                    or _opens_a_clause_after_and(r)
                    or (n == 1 and opening and _a_person_after_a_comma(r))
                    or (n + 1 < len(chain) and _titled_after(r, chain[n + 1]))
                    or (n + 1 < len(chain) and _described_by_the_next(r, chain[n + 1]))
                    or _a_role_in_apposition(r, text)
                    or (n == 0 and _opens_a_label_line(r, text))
                ):
                    r.org = True

    for run in runs:
        if chain:
            prev = chain[-1]
            gap = text[prev.tokens[prev.end - 1].end : run.tokens[run.start].start].strip().lower()
            if gap in (",", "and", ", and", "or", ", or"):
                chain.append(run)
                continue
            flush()
        chain = [run]
    flush()


def _opens_a_label_line(run: Run, text: str) -> bool:
    """ "Ana Ruiz, Harbour Racing, p2:": a full name opening a short line that ends with a colon
    (a label over a driver's or player's words, the team after the name), not one more team."""
    return (
        _full_name_before_a_comma(run)
        and not text[: run.tokens[run.start].start].strip()
        and len(text) <= _LABEL_LINE_CHARS
        and text.rstrip().endswith(":")
    )


_LABEL_LINE_CHARS = 100  # "Ana Ruiz, Harbour Racing, p2:": a label line is short


def _after_a_lower_case_role(run: Run) -> bool:
    """ "Channel 9 anchors Ana Reyes and Tom Pellow, and Kesby University ...": a name right
    after a lower-case role noun, or its plural, is a person's in any list."""
    if run.start == 0:
        return False
    prev = run.tokens[run.start - 1]
    return (
        not prev.trail
        and prev.core.islower()
        and (prev.lower in lexicon.ROLE_NOUNS or _plural_of_people(prev.lower))
        and prev.lower not in _ADJECTIVE_RANKS
    )


def _after_a_plural_role(run: Run) -> bool:
    """The run was named after a plural of a role ("anchors Ana Reyes"), so the next one
    joined by "and" is the plural's too."""
    return run.start > 0 and _after_a_lower_case_role(run) and _plural_of_people(run.tokens[run.start - 1].lower)


def _full_name_before_a_comma(run: Run) -> bool:
    """A given name and a surname (or more), then a comma."""
    name = run.name_tokens
    return len(name) >= 2 and run.tokens[run.end - 1].trail == "," and _is_given_name(name[0].core)


def _a_role_in_apposition(run: Run, text: str) -> bool:
    """ "Maria Lopez, a strategist at Acme Bank, and Joanna Fischer, an analyst at Zeta,": a given
    name and a surname, then a person's role set off by a comma, not one more organisation."""
    return _full_name_before_a_comma(run) and bool(_appositive(text, run.tokens, run.end - 1))


def _titled_after(run: Run, nxt: Run) -> bool:
    """ "Vikram Berg, Managing Director, Suryoday Motors,": a given name and a surname, then a
    title in capitals set off by commas (Indian wire style), not one more organisation."""
    if not _full_name_before_a_comma(run):
        return False
    words = nxt.tokens[nxt.start : nxt.end]
    if len(words) > 1 and words[0].lower == "group":
        words = words[1:]  # "Ana Ruiz, Group Managing Director, Kesby Bank,": the head of a group of firms
    return bool(words) and all(
        w.lower in lexicon.ROLE_NOUNS or w.lower in lexicon.TITLE_MODIFIERS or _is_title_word(w.core) for w in words
    )


def _described_by_the_next(run: Run, nxt: Run) -> bool:
    """ "Dana Kesby, Harrow Council’s leader," and "Dana Kesby, Amnesty International researcher,":
    a given name and a surname, then a body's name as the first words of a title in apposition
    (the body's possessive, or a role noun right after it), not one more name in a list."""
    if not _full_name_before_a_comma(run):
        return False
    toks, end = nxt.tokens, nxt.end
    last = toks[end - 1]
    if last.trail in ("’s", "'s"):
        return True
    return not last.trail and end < len(toks) and toks[end].lower in lexicon.ROLE_NOUNS


def _opens_with_a_phrase(run: Run) -> bool:
    """ "At Oakwood Academy, John Smith ...": the run ends an opening prepositional phrase; "The
    Minister for Health, Mary Byrne,": the run is what an office is of, for or at."""
    toks, start = run.tokens, run.start
    if start > 1 and toks[start - 1].possessive and toks[start - 2].lower in lexicon.PREPOSITIONS:
        # "In Chile's Maipo Valley, Tomas Ibarra ...": a place's part after its owner
        return not toks[start - 2].trail and not toks[start].lead and opens_sentence(toks, start - 2)
    if start == 0 or toks[start - 1].trail or toks[start].lead:
        return False
    prev = toks[start - 1]
    if prev.lower in lexicon.PREPOSITIONS and opens_sentence(toks, start - 1):
        return True
    if prev.lower in lexicon.PREPOSITIONS or (
        prev.lower in ("the", "a", "an") and start > 1 and toks[start - 2].lower in lexicon.PREPOSITIONS
    ):
        # "At a shelter at the Harrow Fairgrounds, John Smith ...", "Outside the offices on Sunset
        # Boulevard, Chris Berg, ...": a longer opening phrase
        j = start - 2
        while j > 0 and start - j < 12 and not toks[j - 1].trail.strip() and not opens_sentence(toks, j):
            j -= 1
        if opens_sentence(toks, j) and (toks[j].lower in lexicon.PREPOSITIONS or toks[j].lower in _PLACE_PREPOSITIONS):
            return True
    k = _before_the_modifiers(toks, start)
    if toks[k].lower == "the" and k > 0 and not toks[k - 1].trail:
        k -= 1  # "The leader of the Labour Party, Jane Smith,"
    # "His coach at Harlow Tour Club, Dirk Maesen,": the holder of a role at a body
    if toks[k].lower in ("of", "for", "at") and k > 0 and toks[k - 1].lower in lexicon.ROLE_NOUNS:
        return True
    return _a_long_office_opening(toks, k)


def _a_long_office_opening(toks: list[Token], k: int) -> bool:
    """ "Leader of Opposition in the Legislative Council, Prakash Jadhav,", "Chairman of the House
    Committee on Energy, Ana Ruiz,": the sentence opens with a role noun and "of" or "for", and
    the words up to the run, with no punctuation between, are all that office's name."""
    j = k
    while j > 0 and k - j < 10 and not toks[j - 1].trail.strip() and not opens_sentence(toks, j):
        j -= 1
    if not opens_sentence(toks, j):
        return False
    if toks[j].lower == "the":
        j += 1
    return j + 1 < k and toks[j].lower in lexicon.ROLE_NOUNS and toks[j + 1].lower in ("of", "for")


def _before_the_modifiers(toks: list[Token], start: int) -> int:
    """ "The leader of the far-right | National Rally", "The boss of Southern | Water": the index of
    the word before up to two modifiers (hyphenated or capitalised words) of a body's name."""
    k = start - 1
    while (
        k > 0
        and start - k <= 2
        and not toks[k].trail
        and not toks[k].lead
        and ("-" in toks[k].core or toks[k].core[:1].isupper())
        and toks[k].lower not in ("the", "of", "for")
    ):
        k -= 1
    return k


def _a_person_after_a_comma(run: Run) -> bool:
    """A given name and a surname right after the comma, then a verb or another comma."""
    toks, start, end = run.tokens, run.start, run.end
    if start == 0 or toks[start - 1].trail != "," or end - start < 2 or end >= len(toks):
        return False
    last = toks[end - 1]
    return _norm_word(toks[run.name_from].core) in given_names.ALL and (
        last.trail == ","
        or _post_nominal_then_comma(toks, end)
        or (not last.trail and toks[end].core.islower() and toks[end].lower not in ("and", "or"))
    )


def _post_nominal_then_comma(toks: list[Token], end: int) -> bool:
    """ "Declan Rooney TD, defended ...": letters of office or honour, then a comma, right after
    the name."""
    tok = toks[end] if end < len(toks) else None
    return tok is not None and tok.core in lexicon.POST_NOMINALS and tok.trail == "," and not toks[end - 1].trail


def _opens_a_clause_after_and(run: Run) -> bool:
    """ "played at Croke Park and Jack Crowley scored": after "and", a given name and a verb start
    a clause of their own, not the next item of a list."""
    toks, start, end = run.tokens, run.start, run.end
    if start == 0 or toks[start - 1].lower != "and" or end >= len(toks) or _breaks_after(toks[end - 1]):
        return False
    return _norm_word(toks[run.name_from].core) in given_names.ALL and toks[end].core.islower()


def _age_or_who_after(run: Run) -> bool:
    """ "In Klamath Falls, Darlene Fitch, 68, sat ...": an age or "who" set off after the run
    describes a person, not the next item of a list of places."""
    toks, end = run.tokens, run.end
    if end >= len(toks) or toks[end - 1].possessive or not toks[end - 1].trail.startswith(","):
        return False
    return toks[end].core[:1].isdigit() or toks[end].core in ("who", "whose")  # not "In Geneva, WHO said"


def _subject_of_a_reporting_verb(run: Run) -> bool:
    """ "..., Ana Ruiz said": the run ends a clause as the subject of "said", not as an item of a
    list before it ("in Kesby Hall, Ana Ruiz said")."""
    toks, end = run.tokens, run.end
    if end >= len(toks):
        return False
    if _breaks_after(toks[end - 1]) and not _set_off_by_commas(run):
        return False
    nxt = toks[end]
    return nxt.core.islower() and nxt.lower in lexicon.REPORTING_VERBS


def _named_after_a_reporting_verb(run: Run) -> bool:
    """ "“...,” said Holly Reed, State Farm.": a name of two or three words, judged a person's on its
    own, right after "said" is its subject, with the body they speak for set off after it
    (broadcast style), not one more body of a list."""
    toks, start = run.tokens, run.start
    name = run.name_tokens
    if start == 0 or not 2 <= len(name) <= 3 or any(_norm_word(t.core) in lexicon.ORG_WORDS for t in name):
        return False
    prev = toks[start - 1]
    return not prev.trail and prev.core.islower() and prev.lower in lexicon.REPORTING_VERBS


def _set_off_by_commas(run: Run) -> bool:
    """ "The director of Kesby Fund, Tanya Fielding, said": a name between commas before the verb
    stands in apposition to its subject."""
    toks, start, end = run.tokens, run.start, run.end
    return start > 0 and toks[start - 1].trail == "," and toks[end - 1].trail == "," and not toks[end - 1].possessive


class _LowerWords:
    """The words an article uses in lower case ("the Wild" vs "a wild night"); built on first use."""

    __slots__ = ("_lists", "_words")

    def __init__(self, token_lists):
        self._lists = token_lists
        self._words = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = {t.lower for toks in self._lists for t in toks if t.core.islower()}
        return word in self._words


def _without_suffix(parts: list[str]) -> list[str]:
    """Name parts without a trailing "Jr." / "III", so that the surname is the word before it."""
    while len(parts) > 2 and parts[-1].lower().rstrip(".") in lexicon.NAME_SUFFIXES:
        parts = parts[:-1]
    return parts


def _slice(text: str, tokens: list[Token]) -> str:
    """The name the tokens spell, spaces normalised, a quoted nickname left out."""
    name = text[tokens[0].start : tokens[-1].end]
    if len(tokens) > 2 and _NICKNAME.search(name):
        name = _NICKNAME.sub(" ", name)
    return " ".join(name.split())


def _back_title(tokens: list[Token], head: int) -> int:
    """Index of the first token of a title ending at `head`, extending left over modifiers."""
    k = head
    while k > 0:
        tok = tokens[k - 1]
        if _breaks_after(tok) and not tok.possessive:
            break
        low = tok.lower
        if low in lexicon.TITLE_STOPS or tok.lead:
            if _capitalised_of_phrase(tokens, k):
                k -= 2
                continue
            break
        capital = tok.core[:1].isupper()
        if tok.possessive:
            if capital:
                k -= 1
                # "Sri Lanka's captain", "Age UK's chief": the rest of the owner's name
                while (
                    k > 0
                    and tokens[k - 1].core[:1].isupper()
                    and not tokens[k - 1].trail
                    and not tokens[k - 1].lead
                    and _norm_word(tokens[k - 1].core) not in lexicon.SENTENCE_STARTERS
                ):
                    k -= 1
            break
        if (
            capital
            or low in lexicon.ROLE_NOUNS
            or low in lexicon.TITLE_MODIFIERS
            or low in lexicon.DEMONYMS
            or _ORDINAL.fullmatch(low)  # "Sgt. 1st Class"
        ):
            if (
                capital
                and _norm_word(tok.core) in lexicon.SENTENCE_STARTERS
                and not _ORDINAL.fullmatch(low)
                and _norm_word(tok.core) not in lexicon.DEMONYMS
                and not (low == "new" and f"new {_norm_word(tokens[k].core)}" in lexicon.PLACES)  # "New York Fed"
            ):
                break
            k -= 1
            continue
        break
    return k


def _capitalised_of_phrase(tokens: list[Token], k: int) -> bool:
    """ "Bank of | Japan Governor": "of" between two capitalised words inside a title (the title from
    tokens[k] on) belongs to the body the title is of."""
    if k < 2 or not tokens[k].core[:1].isupper():
        return False
    of, body = tokens[k - 1], tokens[k - 2]
    return (
        of.lower == "of"
        and not of.trail
        and body.core[:1].isupper()
        and not body.trail
        and not body.possessive
        and not body.lead
        and _norm_word(body.core) not in lexicon.SENTENCE_STARTERS
    )


# Past tenses not in -ed that go on a sentence after a name set off by commas.
_IRREGULAR_PAST = frozenset(
    ["lost", "won", "took", "gave", "saw", "went", "came", "fled", "kept", "fought", "ran", "spent", "sold"]
    + ["bought", "found", "held", "met", "paid", "sent", "built", "began", "became", "broke", "brought", "caught"]
    + ["chose", "drove", "fell", "felt", "flew", "got", "grew", "heard", "hid", "knew", "rode", "rose", "sat"]
    + ["shot", "slept", "spoke", "stood", "stole", "struck", "swam", "taught", "thought", "threw", "wore", "wrote"]
    + ["woke", "dug", "left", "made", "said", "told", "led", "read", "sought", "bore", "forgave"]
)


def _appositive(text: str, tokens: list[Token], last: int) -> str:
    """The role in ", the company’s chief operating officer," right after a name, or ""."""
    tok = tokens[last]
    if tok.possessive or not tok.trail.startswith(","):
        return ""
    k = last + 1
    words: list[Token] = []
    while k < len(tokens):
        t = tokens[k]
        words.append(t)
        if t.trail and any(c in t.trail for c in ',;.!?:\u201c\u201d"'):
            if "," in t.trail and k + 1 < len(tokens):
                # "in Munich, Germany," : a place after a comma belongs to the role
                nt = tokens[k + 1]
                if nt.core[:1].isupper() and "," in nt.trail and len(words) > 2 and words[-1].core[:1].isupper():
                    words.append(nt)
            break
        k += 1
        if len(words) > 16:
            return ""
    if not words or words[0].lower in _APPOSITIVE_STOP or words[0].core[:1].isdigit():
        return ""
    if words[0].lower.endswith("ed") and words[0].lower not in ("aged", "retired") and words[0].core.islower():
        return ""  # "Medvedev's coach, Gilles Cervara, praised his player": a verb, not a role
    if words[0].lower in _IRREGULAR_PAST and words[0].core.islower():
        return ""  # "Ana Ruiz, a trader from Kesby, lost her brother": the sentence's verb, not a role
    if (
        words[0].lower.endswith("ing")
        and len(words) > 1
        and words[1].lower in lexicon.PREPOSITIONS
        and words[1].lower != "as"
        and words[0].core.islower()
    ):
        return ""  # "X, speaking through his interpreter, said": a participle, not a role ("working as a nurse" is)
    if any(
        w.lower in ("said", "says", "told", "him", "them", "us")
        or (w.core.islower() and w.lower in lexicon.REPORTING_VERBS)
        for w in words
    ):
        return ""  # a clause of its own ("At Prime Minister's Questions, the Labour leader accused him")
    if _a_role_then_a_verb(words):
        return ""
    if _relatives_listed_after(words):
        return ""
    if any(
        words[j].core.islower()
        and words[j].lower in lexicon.ROLE_NOUNS
        and words[j + 1].core[:1].isupper()
        and (j == 0 or _norm_word(words[j + 1].core) in given_names.ALL)
        for j in range(len(words) - 1)
    ):
        # "Outside, supporter Kim Min-ji, said", "Afterwards, under-pressure manager Kevin Berg":
        # the role titles the name after it
        return ""
    if any(
        words[j].core.islower() and words[j].lower in _FIRM_HEADS and words[j + 1].core[:1].isupper()
        for j in range(len(words) - 1)
    ):
        return ""  # "Kesbys, with fellow pharmacy chain Harrows,": another firm, not a role
    head = words[: 6 if words[0].lower in ("a", "an", "the") else 5]
    if not any(w.lower in lexicon.ROLE_NOUNS or _is_title_word(w.core) for w in head):
        return ""
    if all(w.core[:1].isupper() for w in words) and not all(
        w.lower in lexicon.ROLE_NOUNS
        or w.lower in lexicon.TITLE_MODIFIERS
        or _is_title_word(w.core)
        or (n == 0 and w.lower == "group")
        for n, w in enumerate(words)
    ):
        return ""  # "Trade, Mr Stephen Berg,": a titled name in apposition, not a role
    if k + 1 < len(tokens) and words[-1].trail == ",":
        nxt = tokens[k + 1]
        if nxt.core[:1].isupper() and (
            _is_title_word(nxt.core) or nxt.lower in lexicon.ROLE_NOUNS or nxt.lower in given_names.ALL
        ):
            return ""  # "Reacting, the Chief Fire Officer, Engr. Obi Berg,": the role of the name after
    last_word = words[-1]
    if (
        len(last_word.core) == 1
        and last_word.trail == "."
        and k + 1 < len(tokens)
        and last_word.core.isupper()
        and tokens[k + 1].core[:1].isupper()
        and tokens[k + 1].lower not in lexicon.SENTENCE_STARTERS
    ):
        return ""  # "Replying, Minister for Housing K. Obi Rao said": the title of the initialled name after
    out = text[words[0].start : words[-1].end]
    if words[-1].trail.startswith(")") and out.count("(") > out.count(")"):
        out += ")"  # "an economist at the Institute for Advanced Studies (IHS),"
    # cut a trailing "and co-author of the study"-style second role
    cut = re.search(r",? and (?:co-author|co-founder|a co-author|a member|one of)\b", out)
    if cut:
        out = out[: cut.start()]
    return " ".join(out.split()).rstrip(",")


_COMPANIONS_AFTER_AND = frozenset(["their", "his", "her", "two", "three", "four", "five", "six", "several"])


def _relatives_listed_after(words: list[Token]) -> bool:
    """ "sent Kyle Dorsett, his wife and their children running": the relative opens a list of the
    people with him, not a role in apposition (unlike "Ana Ruiz, his wife and business partner,")."""
    if words[0].lower not in ("his", "her", "their"):
        return False
    for a, b in pairwise(words[1:5]):
        if a.lower == "and" and b.lower in _COMPANIONS_AFTER_AND:
            return any(w.lower in lexicon.KIN_NOUNS for w in words[1:5])
    return False


def _a_role_then_a_verb(words: list[Token]) -> bool:
    """ "... over the Kesby Rivermen, the 23-year-old shortstop did not know": a role noun and then
    an auxiliary verb is the subject of the main clause, not a role in apposition to the name."""
    for a, b in pairwise(words):
        if b.lower in lexicon.AUXILIARY_VERBS and a.lower in lexicon.ROLE_NOUNS and not a.trail and b.core.islower():
            return True
    return False


@dataclass
class _Segments:
    """Every segment tokenised once, with the article-wide word facts the run passes use."""

    tokenised: list[tuple[tuple[str, int], str, list[Token]]]
    common: _LowerWords  # words the article uses in lower case
    the_words: set[str]  # capitalised words the article puts after "the"


@dataclass
class _Names:
    """The names found in reading order and how they group into people."""

    order: list[tuple[str, int, int]] = field(default_factory=list)  # (name, segment position, offset)
    canonical: dict[str, str] = field(default_factory=dict)  # name -> the person's full name
    persons: dict[str, ParsedPerson] = field(default_factory=dict)  # full name -> person


def build_roster(segments: list[tuple[tuple[str, int], str]], quote_ranges, skip_ranges) -> Roster:
    """segments: ((kind, index), text) in reading order; quote_ranges / skip_ranges: dict of
    segment -> [(a, b)] for real quotations and for scare quotes / titles.

    Passes: tokenise, find and judge name runs, collect full names, keep those with some
    evidence of personhood, group tails and surnames, add single names introduced by a title,
    order people by first mention, then find every mention and assign titles and pronouns."""
    tokenised = tokenise_segments(segments)
    all_runs = collect_runs(tokenised, quote_ranges, skip_ranges)
    org_names = {_slice(text, r.name_tokens) for text, runs in all_runs for r in runs if r.org and r.name_tokens}
    names = _Names()
    nicknamed = nicknames(all_runs)
    names.order = [entry for entry in full_names(all_runs, org_names) if entry[0] not in nicknamed]
    evidence = personhood_evidence(all_runs)
    names.order = [entry for entry in names.order if has_personhood_evidence(entry[0], evidence, tokenised.common)]
    names.order = sorted(names.order + quoted_full_names(all_runs, names.order), key=lambda entry: entry[1:])
    names.canonical = group_partial_names([entry[0] for entry in names.order])
    if nicknamed:
        _group_nickname_and_surname(names.canonical, nicknamed)
    for name in names.canonical:
        names.persons.setdefault(names.canonical[name], ParsedPerson(names.canonical[name]))
    add_spouses_in_brackets(names, segments)
    add_names_completed_in_brackets(names, segments, quote_ranges)
    for nickname, name in introduced_nicknames(segments, skip_ranges, names).items():
        nicknamed.setdefault(nickname, name)
    for nickname, name in nicknames_in_asides(all_runs).items():
        nicknamed.setdefault(nickname, name)
    # "Hurricane Helene ... Helene weakened": a storm's name alone is the storm's
    storms = {name.rsplit(" ", 1)[-1] for name in org_names if name.split(" ", 1)[0].lower() in _STORM_WORDS}
    singles = [s for s in titled_singles(all_runs, org_names, tokenised.the_words) if s[0] not in storms]
    add_titled_singles(
        names,
        [single for single in singles if single[0] not in nicknamed and not _quoted_as_a_name(single[0], all_runs)],
    )
    add_titled_singles(names, quoted_surname_speakers(all_runs, org_names, tokenised))
    add_labelled_speakers(names, segments, quote_ranges)
    add_label_line_speakers(names, segments, quote_ranges)
    roster = Roster()
    roster.tokens = {seg: toks for seg, _, toks in tokenised.tokenised}
    index_of = order_people(roster, names)
    alias_map = alias_table(names.canonical, index_of)
    add_nicknames(alias_map, nicknamed, names.canonical, index_of)
    find_mentions(roster, segments, all_runs, alias_map)
    _assign_titles(roster, segments)
    _assign_unnamed_roles(roster, segments, quote_ranges)
    _assign_pronouns(roster, segments, quote_ranges)
    return roster


_STORM_WORDS = frozenset(["hurricane", "storm", "typhoon", "cyclone"])


def tokenise_segments(segments) -> _Segments:
    """Tokens of each segment, the words used in lower case, and the words used after "the"."""
    tokenised = [(seg, text, tokenize(text)) for seg, text in segments]
    the_words: set[str] = set()
    for _, _, toks in tokenised:
        for k in toks.caps:
            if k > 0:
                prev = toks[k - 1]
                if prev.lower == "the" and not prev.trail:
                    the_words.add(_norm_word(toks[k].core))
    return _Segments(tokenised, _LowerWords([toks for _, _, toks in tokenised]), the_words)


def collect_runs(tokenised: _Segments, quote_ranges, skip_ranges) -> list[tuple[str, list[Run]]]:
    """(text, runs) per segment: every run of name-like words, judged person or not."""
    all_runs: list[tuple[str, list[Run]]] = []
    for seg, text, toks in tokenised.tokenised:
        runs = find_runs(seg, text, toks, quote_ranges.get(seg, []), skip_ranges.get(seg, []))
        for run in runs:
            analyse_run(run, text, tokenised.common, tokenised.the_words)
        _link_lists(runs, text)
        all_runs.append((text, runs))
    return all_runs


def full_names(all_runs, org_names: set[str]) -> list[tuple[str, int, int]]:
    """(name, segment position, offset) of each distinct name of two or more words outside
    quotations, in reading order."""
    seen: set[str] = set()
    order: list[tuple[str, int, int]] = []
    for pos, (text, runs) in enumerate(all_runs):
        for n, run in enumerate(runs):
            if run.org or run.in_quote:
                continue
            name_toks = run.name_tokens
            if len(_significant(name_toks)) < 2:
                shared = _shares_the_next_surname(run, runs[n + 1] if n + 1 < len(runs) else None)
                if shared and _surname_of_someone_named(shared.split()[0], seen):
                    shared = ""  # "Pim Morgan ... between Morgan and Donald Varga": two people, not "Morgan Varga"
                if shared and shared not in seen and shared not in org_names:
                    seen.add(shared)
                    order.append((shared, pos, name_toks[0].start))
                continue
            name = _slice(text, name_toks)
            if name in org_names or name in seen:
                continue
            seen.add(name)
            order.append((name, pos, name_toks[0].start))
    return order


def _an_owner_ending_in_s(tok: Token) -> bool:
    """ "Karen Dobbs' record", "Ivo Brandts’ room": a surname ending in "s" with the bare
    apostrophe of an owner after it is a name, not a plural ("Nova Scotians' rights" is a people's)."""
    lower = _norm_word(tok.core)
    return (
        tok.possessive
        and tok.trail[:1] in ("'", "\u2019")
        and not (
            lower in lexicon.DEMONYMS
            or lower[:-1] in lexicon.DEMONYMS
            or lower[:-1] in lexicon.DEMONYM_NOUNS
            or lower.endswith(_PEOPLES_ENDINGS)
        )
    )


_PEOPLES_ENDINGS = ("ians", "eans", "icans", "xans")  # "Nova Scotians'", "Koreans'", "Texans'": a people


def quoted_full_names(all_runs, known: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """ "“Ana Ruiz was a monster today,” he said. ... Ruiz had three sacks.": a full name said
    only inside a quotation, a common given name first, whose surname the story then uses alone
    outside quotations, names a person (the story's own mentions are of that surname); so does
    one the story never uses again whose surname is no plural and no place's name, with nothing
    around it saying place or organisation ("“Ana Ruiz won't know what hit her,” she said", not
    "“encouraging Nova Scotians”"), and one behind a title ("“the re-election of Prime Minister
    Ana Ruiz”"), whatever its given name."""
    known_surnames = {name.split()[-1] for name, _, _ in known} | {name for name, _, _ in known}
    bare_outside: set[str] = set()
    for _, runs in all_runs:
        for run in runs:
            if not (run.in_quote or run.org):
                significant = _significant(run.name_tokens)
                if len(significant) == 1:
                    bare_outside.add(significant[0].core)
    found: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    for pos, (text, runs) in enumerate(all_runs):
        for run in runs:
            if not run.in_quote or run.org:
                continue
            significant = _significant(run.name_tokens)
            if _named_in_full_in_a_quotation(run, significant):
                name = _slice(text, run.name_tokens)
                if name not in seen and significant[-1].core not in known_surnames:
                    seen.add(name)
                    found.append((name, pos, run.name_tokens[0].start))
                continue
            if len(significant) != 2 or significant[0].possessive or significant[0].core.isupper():
                continue
            surname = significant[1].core
            if surname in known_surnames:
                continue
            if run.title_tokens > 0 or (
                (
                    surname in bare_outside
                    or (
                        (not surname.endswith("s") or _an_owner_ending_in_s(significant[1]))
                        and _a_person_by_the_words_around(text, run, surname)
                    )
                )
                and _norm_word(significant[0].core) in given_names.ALL
            ):
                name = _slice(text, run.name_tokens)
                if name not in seen:
                    seen.add(name)
                    found.append((name, pos, run.name_tokens[0].start))
    return found


def _a_person_by_the_words_around(text: str, run: Run, surname: str) -> bool:
    """A name inside a quotation with nothing around it saying place or organisation ("at Victoria
    Park", "Victoria Park says it ..."), and no place's name for a surname."""
    return _norm_word(surname) not in lexicon.PLACES and not run_evidence(text, run)[1]


def _named_in_full_in_a_quotation(run: Run, significant: list[Token]) -> bool:
    """ "“... shot the desk officer, ASP Ana Ruiz.”", "“We told them that Suresh Kumar Rao is
    to speak.”": a name of three words opening with a common given name, or of two or three after
    a rank or title, inside a quotation names a person even if the story never names them again."""
    if not 2 <= len(significant) <= 3 or any(t.possessive or t.core.isupper() for t in significant):
        return False
    if run.title_tokens > 0:
        return True
    before = run.tokens[run.start - 1] if run.start > 0 else None
    if before is not None and not before.trail and before.core[:1].isupper() and _is_title_word(before.core):
        return True  # "ASP Ana Ruiz": a rank in capitals opens no run of its own
    if before is not None and before.trail == "," and _is_title_word(before.core) and significant[-1].trail == ",":
        return True  # "the Secretary General, Ana Ruiz, has ...": a name set off after its office
    return len(significant) == 3 and _norm_word(significant[0].core) in given_names.ALL


def _surname_of_someone_named(word: str, seen: set[str]) -> bool:
    """The word closes a name of two or more words the story has already given in full."""
    return any(name.endswith(" " + word) for name in seen)


def _shares_the_next_surname(run: Run, nxt: Run | None) -> str:
    """ "Mark and Lisa Harrow": a common given name alone, then "and", then a two-word name --
    the first shares the surname ("Mark Harrow"); else ""."""
    toks = run.tokens
    if nxt is None or nxt.org or nxt.in_quote or run.end - run.name_from != 1:
        return ""
    # "Owners Dee and Jimmy Haslam", "Parents Mark and Lisa Harrow": a plural of people as their title
    titled_plural = run.name_from == run.start + 1 and _plural_of_people(toks[run.start].lower)
    if run.name_from != run.start and not titled_plural:
        return ""
    tok = toks[run.name_from]
    if tok.trail or tok.possessive:
        return ""
    word = _norm_word(tok.core)
    if (
        word not in given_names.ALL
        and word not in lexicon.CALENDAR_GIVEN_NAMES
        and (titled_plural or not (_after_a_plural_of_people(run) or _after_kin(run)))
    ):
        return ""  # after a capitalised plural, only a given name: not "Directors Kesby and Tom Reed"
    if nxt.start != run.end + 1 or toks[run.end].lower != "and" or toks[run.end].trail:
        return ""
    after = _significant(nxt.name_tokens)
    if nxt.name_from != nxt.start or len(after) != 2:
        return ""
    if after[-1].possessive or after[-1].core.isupper():
        return ""
    return f"{tok.core} {after[-1].core}"


def _after_kin(run: Run) -> bool:
    """ "survived by a brother and sister-in-law, Cleon and Ada Merriweather": a family noun right
    before the names says the first word is a given name too."""
    if run.start == 0:
        return False
    prev = run.tokens[run.start - 1]
    return prev.core.islower() and prev.trail in ("", ",") and _kin(prev.lower)


def _after_a_plural_of_people(run: Run) -> bool:
    """ "The previous owners, Tavi and Meral Kesby,", "couple Tavi and Meral Kesby": a plural of
    people (or "couple") right before the names says the first word is a given name too."""
    if run.start == 0:
        return False
    prev = run.tokens[run.start - 1]
    if not prev.core.islower() or prev.trail not in ("", ","):
        return False
    return _plural_of_people(prev.lower)


def _plural_of_people(word: str) -> bool:
    """ "owners", "parents", "couple": a word for several people (or a pair)."""
    if word in ("couple", "pair", "siblings", "twins") or word in lexicon.FAMILY_NOUNS and word.endswith("s"):
        return True
    return word.endswith("s") and word[:-1] in lexicon.ROLE_NOUNS


def group_partial_names(names: list[str]) -> dict[str, str]:
    """name -> the full name it belongs to: a name that is the tail of exactly one longer
    name ("Lind Berg" of "Karl Lind Berg"), or its first two words when it has three or more
    besides a suffix ("Ahmad Fauzi" of "Ahmad Fauzi Ismail", a Malay name's usual second
    reference), or its first and last words when it has three or more ("Jared Quill" of "Jared
    Michael Quill": the middle name dropped), is an alias of it."""
    longer: dict[str, list[str]] = {}
    for other in names:
        parts = other.split(" ")
        for k in range(1, len(parts)):
            longer.setdefault(" ".join(parts[k:]), []).append(other)
        core = _without_suffix(parts)
        if len(core) >= 3:
            longer.setdefault(" ".join(parts[:2]), []).append(other)
            if core[1][:1].isupper():
                longer.setdefault(f"{core[0]} {core[-1]}", []).append(other)
    canonical: dict[str, str] = {}
    for name in names:
        tails = longer.get(name, [])
        canonical[name] = tails[0] if len(tails) == 1 else name
    return canonical


def _suffix_after(name: list[Token], tok: Token) -> Token:
    """ "His son, Alvin Jr., said": the "Jr." after a one-word name, which tells the son from a
    father of the same given name; else the word itself."""
    last = name[-1]
    return last if last is not tok and last.lower.rstrip(".") in lexicon.NAME_SUFFIXES else tok


def _group_nickname_and_surname(canonical: dict[str, str], nicknamed: dict[str, str]) -> None:
    """'Raymond “Ray” Keough ... Ray Keough looked down': a quoted nickname, then the surname of the
    name it was given in, names that person."""
    for name in canonical:
        nickname, _, rest = name.partition(" ")
        full = nicknamed.get(nickname)
        if full and rest and full != name and full in canonical and full.endswith(" " + rest):
            canonical[name] = canonical[full]


_MODIFIERS_ONLY = frozenset(
    ["executive", "deputy", "associate", "assistant", "senior", "junior", "acting", "interim", "managing", "vice"]
)
_PERSONAL_OFFICES = frozenset(
    ["president", "senator", "sen", "governor", "gov", "representative", "rep", "congressman", "congresswoman"]
    + ["mayor", "judge", "justice", "speaker", "secretary", "chancellor"]
)


def _only_a_modifier_for_a_title(run: Run) -> bool:
    """ "earlier Executive Branch practice", "the Deputy Office": a single capitalised word that only
    qualifies a title ("Executive", "Deputy", "Assistant" ...) is no title before a one-word name."""
    if run.title_tokens != 1 or run.name_from < 1:
        return False
    return _norm_word(run.tokens[run.name_from - 1].core) in _MODIFIERS_ONLY


def _behind_a_personal_office(run: Run) -> bool:
    """ "President Varga", "Sen. Varga": a one-word name right behind an office only a person holds is
    that person, even where the story also names a body after them ("the Varga Administration")."""
    if run.title_tokens < 1 or run.name_from < 1:
        return False
    return _norm_word(run.tokens[run.name_from - 1].core) in _PERSONAL_OFFICES


def _after_a_courtesy_title(run: Run) -> bool:
    """ "“The fluid was large,” Dr. Kessel said.": a capitalised honorific ("Dr.", "Mr", "Mrs.",
    "Prof.") right before a one-word name outside quotation marks names a person, even one the
    story never names in full."""
    if run.in_quote or run.start < 1 or run.tokens[run.start].lead:
        return False
    prev = run.tokens[run.start - 1]
    return prev.core[:1].isupper() and _after_a_style(prev) and _norm_word(prev.core) in lexicon.HONORIFICS


def _surnames_of_parts_played(all_runs) -> set[str]:
    """The last words of names read as characters ("her role as Martha Quell"), in a story that
    names a character's family: a one-word name behind a title with that surname ("Mama Quell") is
    the character too."""
    return {
        run.name_tokens[-1].core
        for _, runs in all_runs
        for run in runs
        if run.org and len(run.name_tokens) > 1 and _a_part_played(run)
    }


def titled_singles(all_runs, org_names: set[str], the_words: set[str]) -> list[tuple[str, int, int]]:
    """(word, segment position, offset) of one-word names introduced by a title ("Brazil star
    Pelé"), a lower-case role before them, or a role in apposition ("Vinícius, the forward,"); inside
    a quotation, only one behind a capitalised title ("“Are you afraid of Governor Kesby?”")."""
    singles: list[tuple[str, int, int]] = []
    played = _surnames_of_parts_played(all_runs)
    for pos, (text, runs) in enumerate(all_runs):
        for run in runs:
            if run.org or (run.in_quote and run.title_tokens <= 0):
                continue
            significant = _significant(run.name_tokens)
            if len(significant) != 1:
                continue
            tok = significant[0]  # "Coach van Gaal": the surname, not its particle
            if tok.core in played:
                continue  # "her role as Martha Quell ... “Sleep well, Mama Quell”": the character
            word = _norm_word(tok.core)
            plural = word[:-1] if word.endswith("s") else word
            if (
                (word in lexicon.PLACES and not (word in lexicon.PLACE_GIVEN_NAMES and introduced_as_relative(run)))
                or word in lexicon.DEMONYMS
                or plural in lexicon.DEMONYMS
                or (word in the_words and not _behind_a_personal_office(run))
                # "who gave only her surname, Ho,": a short name given by request still counts
                or (len(tok.core) < 3 and not (tok.core.istitle() and named_only_by_first_name(run, text)))
                or word in lexicon.GENDERED_NOUNS  # "Woman, 72, in critical condition"
                or word in lexicon.DESCRIPTION_NOUNS
                or _plural_of_people(word)  # "Chief Ministers", "Conservative MPs": a plural of a role
                or word in lexicon.SENTENCE_STARTERS  # "Earlier, the opener Dev Malhotra fell": no one
                or _an_opening_participle(run, word)  # "Reacting, the Senate President said": no one
            ):
                continue
            if _official_as_an_adjective(run):
                continue  # "on their official Weibo account": the platform's
            if _the_seat_of_a_member(run):
                continue  # "The Labour MP for Kesby asked": the seat, not a person
            titled = run.title_tokens > 0 and not _only_a_modifier_for_a_title(run)
            if not titled and run.start > 0 and not run.tokens[run.start].lead:
                prev = run.tokens[run.start - 1]
                titled = (
                    prev.core.islower()
                    and prev.lower in lexicon.ROLE_NOUNS
                    and prev.lower not in _ADJECTIVE_RANKS
                    and prev.lower not in _ROLES_OF_FIRMS
                    and not _breaks_after(prev)
                )
            titled = (
                titled
                or _after_a_courtesy_title(run)  # "“...,” Dr. Kessel said.": never named in full
                or _single_name_set_off_after_a_role(run)
                or _given_name_listed_after_a_plural_role(run)
                or introduced_as_relative(run)
                or speaks_by_given_name(run)
                or named_only_by_first_name(run, text)
                or (_speaks_in_the_first_person(run) and not _quoted_as_a_name(tok.core, all_runs))
            )
            appositive = False
            if not titled and tok.core[0].isupper() and not _after_a_place_word(run):
                titled = appositive = bool(_appositive(text, run.tokens, run.end - 1))
            if titled and (
                tok.core not in org_names
                or appositive
                or _place_named_as_a_person(run)
                or _behind_a_personal_office(run)  # "President Varga" where "the Varga Administration" acts
            ):
                if word in lexicon.PLACE_GIVEN_NAMES and word in _used_as_places(all_runs):
                    continue
                first, last = run.name_tokens[0], _suffix_after(run.name_tokens, tok)
                singles.append((text[first.start : last.end] if first is not last else tok.core, pos, first.start))
    return singles


def quoted_surname_speakers(all_runs, org_names: set[str], tokenised: _Segments) -> list[tuple[str, int, int]]:
    """(word, segment position, offset) of surnames the story never gives in full but cites as
    speakers ("“...,” said Kolisi.", "Brannock added: “...”"): one capitalised word that is the
    subject of a verb of saying at least twice, once right by a quotation, and that never follows
    a preposition or a determiner ("against Kesby", "the Harriers") -- a team or a place would."""
    cues: dict[str, int] = {}
    by_a_quote: dict[str, tuple[int, int]] = {}
    spoiled: set[str] = set()
    for pos, (_text, runs) in enumerate(all_runs):
        for run in runs:
            if run.in_quote or run.org or run.end - run.start != 1 or run.name_from != run.start:
                continue
            toks, k = run.tokens, run.start
            word = toks[k].core
            prev = toks[k - 1] if k > 0 and not toks[k].lead else None
            if (
                prev is not None
                and not prev.trail.strip()
                and (prev.lower in _BEFORE_A_SIDE or prev.lower in _DETERMINERS)
            ):
                spoiled.add(word)
                continue
            cue = _speech_cue_around(toks, k)
            if cue and _surname_like(word, org_names, tokenised):
                cues[word] = cues.get(word, 0) + 1
                if cue == 2:
                    by_a_quote.setdefault(word, (pos, toks[k].start))
    return [(word, *at) for word, at in by_a_quote.items() if cues[word] >= 2 and word not in spoiled]


# words before a team's or a place's name, not a person's: "in Kesby", "against Harrow Town", "beat Harrow"
_BEFORE_A_SIDE = frozenset(
    ["in", "at", "near", "outside", "inside", "across", "throughout", "during", "against", "over", "from"]
    + ["of", "v", "vs", "beat", "beating", "defeated", "host", "hosts", "visit", "visits", "joined", "joins"]
)
_CLOSING_MARKS = frozenset("\u201d\"\u2019'")


def _surname_like(word: str, org_names: set[str], tokenised: _Segments) -> bool:
    lower = _norm_word(word)
    return (
        len(word) >= 3
        and word[0].isupper()
        and not word.isupper()
        and _is_name_word(word)
        and word not in org_names
        and lower not in tokenised.common
        and lower not in tokenised.the_words
        and lower not in given_names.ALL
        and lower not in lexicon.PLACES
        and lower not in lexicon.DEMONYMS
        and lower not in lexicon.SENTENCE_STARTERS
        and lower not in lexicon.NON_NAME_WORDS
        and lower not in lexicon.ROLE_NOUNS
        and lower not in lexicon.HONORIFICS
    )


def _speech_cue_around(toks: list[Token], k: int) -> int:
    """2 when the word at k speaks right by a quotation ("“...,” said X", "“...,” X said", "X
    added: “"), 1 when it is otherwise the subject of a verb of saying ("X said the club ..."),
    else 0."""
    tok = toks[k]
    prev = toks[k - 1] if k > 0 else None
    if (
        prev is not None
        and not tok.lead
        and not prev.trail.strip()
        and prev.lower in lexicon.INVERTIBLE_VERBS
        and prev.core.islower()
    ):
        return 2 if k > 1 and toks[k - 2].trail[-1:] in _CLOSING_MARKS else 1
    if k + 1 >= len(toks) or tok.trail.strip() or tok.possessive:
        return 0
    verb = toks[k + 1]
    if not verb.core.islower() or verb.lower not in lexicon.REPORTING_VERBS or verb.lead:
        return 0
    after_a_quote = prev is not None and prev.trail[-1:] in _CLOSING_MARKS and not tok.lead
    before_a_quote = verb.trail.strip() in (":", ",") and k + 2 < len(toks) and toks[k + 2].lead[:1] in _OPENING_MARKS
    return 2 if after_a_quote or before_a_quote else 1


def _official_as_an_adjective(run: Run) -> bool:
    """ "their official Weibo account", "its official Telegram channel": "official" after a
    possessive describes the thing named next, not a person's title."""
    toks = run.tokens
    at = run.start if run.title_tokens == 1 else run.start - 1 if run.title_tokens <= 0 else -1
    return (
        at > 0
        and toks[at].lower == "official"
        and not toks[at].trail
        and (toks[at - 1].lower in lexicon.POSSESSIVE_DETERMINERS or toks[at - 1].lower == "its")
        and not toks[at - 1].trail
    )


def _an_opening_participle(run: Run, word: str) -> bool:
    """ "Reacting, the Senate President said", "Responding, the minister ...": a participle of
    speech opening the sentence before a comma (common in West African copy), not a name."""
    return (
        word.endswith("ing")
        and (word in lexicon.REPORTING_VERBS or word in _OPENING_PARTICIPLES)
        and run.tokens[run.end - 1].trail == ","
        and opens_sentence(run.tokens, run.start)
    )


_OPENING_PARTICIPLES = frozenset(
    ["reacting", "responding", "speaking", "commenting", "continuing", "addressing", "corroborating"]
    + ["narrating", "concluding", "recounting", "contributing", "briefing", "welcoming", "presenting"]
)


def _single_name_set_off_after_a_role(run: Run) -> bool:
    """ "Indonesia's deputy investment minister, Haryanto, said": one name (as many Indonesians
    have) set off by commas between a lower-case role and a reporting verb. Not after a role a
    firm holds as often ("its owner, Tesco, said")."""
    toks, start, end = run.tokens, run.start, run.end
    if start < 1 or end >= len(toks) or toks[end - 1].trail != "," or toks[end - 1].possessive:
        return False
    prev, nxt = toks[start - 1], toks[end]
    return (
        prev.trail == ","
        and not prev.possessive
        and prev.core.islower()
        and prev.lower in lexicon.ROLE_NOUNS
        and prev.lower not in _ROLES_OF_FIRMS
        and prev.lower not in _ROLES_OF_BUYERS_AND_SELLERS
        and nxt.core.islower()
        and nxt.lower in lexicon.REPORTING_VERBS
    )


def _given_name_listed_after_a_plural_role(run: Run) -> bool:
    """ "two volunteer nurses from Kesby: Ana and Ivo.": a given name, alone or as one of a
    pair joined by "and", right after a colon or a comma closing a phrase on a role in the plural
    (a word or five before it) names one of those people."""
    toks, k = run.tokens, run.start
    if run.end - k != 1 or k < 2 or _norm_word(toks[k].core) not in given_names.ALL:
        return False
    j = k - 1
    if toks[j].lower == "and" and not toks[j].trail and k >= 3:
        first = toks[j - 1]
        if first.trail or not first.core[:1].isupper() or _norm_word(first.core) not in given_names.ALL:
            return False
        j -= 2  # "Ana and Ivo": the second of the pair
    if toks[j].trail.strip() not in (":", ","):
        return False
    for i in range(j, max(-1, j - 5), -1):
        word = toks[i].lower
        if i < j and toks[i].trail.strip():
            return False
        if toks[i].core.islower() and word.endswith("s") and word[:-1] in lexicon.ROLE_NOUNS:
            return True
    return False


# Roles a company holds as often as a person ("its owner, Tesco,", "the main contractor, Arup,").
_ROLES_OF_BUYERS_AND_SELLERS = frozenset(
    ["owner", "parent", "sponsor", "partner", "client", "buyer", "seller", "landlord", "employer"]
    + ["developer", "contractor", "builder", "organiser", "organizer", "promoter", "provider", "vendor"]
)


# Role nouns that are as often a firm's or an outlet's: before one word alone ("broadcaster
# Deutschlandfunk", "retailer Kesbys") they name the firm; before a full name, a person.
_ROLES_OF_FIRMS = frozenset(
    ["broadcaster", "publisher", "retailer", "carrier", "insurer", "lender", "operator", "distributor"]
    + ["manufacturer", "supplier", "regulator", "subsidiary", "airline", "outlet", "network", "channel"]
    + ["agent"]  # "the nerve agent Novichok": a substance
)


# Ranks that are also adjectives: in lower case before a name they describe a thing ("major
# Linux distributions", "general Motors shares"); as ranks they are capitalised.
_ADJECTIVE_RANKS = frozenset(["major", "general", "private", "principal"])


def _after_a_place_word(run: Run) -> bool:
    """ "grew up in Lagos, the daughter of ...", "The Member for Indi, Dr X,": a word after a
    place preposition is a place, and the apposition after it describes someone else."""
    k = run.start
    if k == 0 or run.tokens[k].lead:
        return False
    prev = run.tokens[k - 1]
    if prev.trail:
        return False
    if prev.lower == "for":
        return k > 1 and run.tokens[k - 2].lower in ("member", "mp", "msp", "td", "candidate")
    return prev.lower in _PLACE_PREPOSITIONS


_TO_PLACES = frozenset(["in", "at", "near", "across", "to", "from", "of", "into", "visit", "visited", "via"])


def _used_as_places(all_runs) -> set[str]:
    """The places-that-are-given-names the text also uses as places ("flew to Jordan")."""
    used: set[str] = set()
    for _text, runs in all_runs:
        for run in runs:
            if run.start > 0 and run.end - run.start == 1:
                word = _norm_word(run.tokens[run.start].core)
                if word in lexicon.PLACE_GIVEN_NAMES and run.tokens[run.start - 1].lower in _TO_PLACES:
                    used.add(word)
    return used


_NAMING_PARTICIPLES = frozenset(["named", "called"])
_PEOPLE = frozenset(["person", "people", "worker", "fan", "pupil", "farmer", "waitress", "waiter", "stranger"])


def _is_given_name(core: str) -> bool:
    """A common given name, or a place that is also one ("Jordan", "Paris")."""
    word = _norm_word(core)
    return word in given_names.ALL or word in lexicon.PLACE_GIVEN_NAMES


_CHILDREN_NOUNS = frozenset(
    ["sons", "daughters", "children", "kids", "grandchildren", "grandsons", "granddaughters", "siblings"]
)


def _two_named(toks: list[Token], end: int) -> bool:
    """The one-word name ending at `end` is followed by "and" and another name that ends a clause
    or takes a surname ("Lia and Tove,", "Amy and Beth Pell"), not "Kesby and Harrow schools"."""
    if toks[end - 1].trail or end + 1 >= len(toks) or toks[end].lower != "and" or toks[end].trail:
        return False
    other = toks[end + 1]
    if not _is_name_word(other.core) or other.lower in _NON_NAME_WORDS:
        return False
    return bool(other.trail.strip()) or (end + 2 < len(toks) and _is_name_word(toks[end + 2].core))


def _in_a_list_of_children(toks: list[Token], start: int, age: Token) -> bool:
    """ "her sons: Leo, 7; Ivo, 5; and Max, 1.": a given name and an age closing an item of a list
    set off by semicolons, the last item after "; and"."""
    if not age.core.isdigit() or len(age.core) > 2:
        return False
    if not any(t.lower in _CHILDREN_NOUNS for t in toks[max(0, start - 12) : start]):
        return False  # "Sightings by county: Kesby, 14; Harrowfield, 9": a tally of places
    if age.trail == ";":
        return True
    return (
        age.trail == "."
        and start >= 2
        and toks[start - 1].lower == "and"
        and not toks[start - 1].trail
        and toks[start - 2].trail == ";"
        and toks[start - 2].core.isdigit()
    )


def introduced_as_relative(run: Run) -> bool:
    """ "his wife, Marta,", "their son Leo", "whose son Leo", "Leo, her son,", "Leo, 7,": a relative
    (or a child) named by a given name alone."""
    toks, end = run.tokens, run.end
    if toks[end - 1].trail == "," and end + 1 < len(toks):
        owner, noun = toks[end], toks[end + 1]
        if owner.lower in lexicon.POSSESSIVE_DETERMINERS and _kin(noun.lower) and not owner.trail:
            return True  # "Leo, her son, ..."
        if owner.core.isdigit() and owner.trail == "," and len(owner.core) <= 3:
            return True  # "Leo, 7, ..."
        if owner.lower == "now" and not owner.trail and noun.trail == "," and _an_age(noun):
            return True  # "Leo, now seven, ..."
    if toks[end - 1].trail == "," and end < len(toks) and _in_a_list_of_children(toks, run.start, toks[end]):
        return True  # "three sons: Leo, 7; Ivo, 5; and Max, 1."
    k = run.start - 1
    if k < 0 or run.tokens[run.start].lead:
        return False
    if end - run.start == 1 and _kin_opening_the_sentence(toks, k):
        return True
    if k < 1:
        return False
    noun, owner = run.tokens[k], run.tokens[k - 1]
    if end - run.start == 1 and _norm_word(toks[run.start].core) not in lexicon.PLACES:
        if _after_kin_and_a_dash(toks, k) and _is_given_name(toks[run.start].core):
            return True
        # "her sons, David and Rhodri", "David, Michael and the late Sara": the next of a list of relatives
        j = k
        while j > 1 and k - j < 2 and (toks[j].lower in _KIN_MODIFIERS or toks[j].lower == "the") and not toks[j].trail:
            j -= 1
        before = j - 1 if toks[j].lower == "and" and not toks[j].trail else (k if noun.trail == "," else -1)
        if (
            before >= 0
            and toks[before].trail in ("", ",")
            and toks[before].core[:1].isupper()
            and introduced_as_relative(Run(run.seg, toks, before, before + 1, before, run.in_quote))
        ):
            return True
    if (
        noun.lower in _NAMING_PARTICIPLES
        and not noun.trail
        and not owner.trail
        and end - run.start == 1
        and (
            owner.lower in lexicon.ROLE_NOUNS
            or owner.lower in lexicon.GENDERED_NOUNS
            or owner.lower in _PEOPLE
            or (owner.lower in lexicon.DEMONYMS and owner.core[:1].isupper())
        )
        and (
            _is_given_name(toks[run.start].core)
            # "a Bangladeshi called Shahidul": after "a" someone, a name the lists do not know
            or (k >= 2 and toks[k - 2].lower in ("a", "an") and not toks[k - 2].trail)
        )
    ):
        return True  # "a 40-year veteran named Dottie", "a woman called Lise"
    if (
        noun.trail == ","
        and toks[end - 1].trail in (",", ";")  # "a brother, Tomas; and five grandchildren"
        and end - run.start == 1
        and noun.core.islower()
        and (_kin(noun.lower) or noun.lower in lexicon.ROLE_NOUNS)
        and _norm_word(toks[run.start].core) in given_names.ALL
    ):
        return True  # "One mother, Lise, said ...", "a nurse, Kwabena, ..."
    if (
        noun.lower in ("years", "decades", "months")
        and noun.trail == ","
        and k >= 4
        and toks[k - 2].lower == "of"
        and toks[k - 3].lower in lexicon.FAMILY_NOUNS
        and toks[k - 4].lower in lexicon.POSSESSIVE_DETERMINERS
        and not any(t.trail for t in toks[k - 4 : k])
    ):
        return True  # "His wife of 48 years, Maureen, said ..."
    if noun.core[:1].isdigit() and end - run.start == 1 and _named_after_an_age(toks, k, end):
        return True
    if (
        noun.trail == ","
        and end - run.start == 1
        and _A_CHILDS_AGE.fullmatch(noun.lower)
        and owner.lower in lexicon.POSSESSIVE_DETERMINERS
        and not owner.trail
    ):
        return True  # "their 12-year-old, Emeka, helped his brother": a child named by an age
    if noun.lower in _CHILDREN_NOUNS and not noun.trail and end - run.start == 1 and _two_named(toks, end):
        return True  # "For children Lia and Tove, ...": the children's given names
    if not _kin(noun.lower) or not (noun.trail in ("", ",") and not noun.possessive):
        return False
    if (
        (owner.lower == "and" and not owner.trail or owner.trail == ",")
        and not noun.trail
        and end - run.start == 1
        and _norm_word(toks[run.start].core) in given_names.ALL
    ):
        return True  # "his wife Marta, son Leo and daughter Ines": a list of relatives
    if owner.lower in _KIN_MODIFIERS and not owner.trail and k >= 2:
        k -= 1
        owner = run.tokens[k - 1]  # "her late husband, Alastair,", "his former wife, Ines,"
    elif _kin_described_by_a_possessive(toks, k):
        return True
    if owner.lower == "and" and not owner.trail and noun.trail == "," and k >= 3:
        # "her coach and father, Ramiro", "his caddie and younger brother, Rob": one of two roles
        role, owner = toks[k - 2], toks[k - 3]
        return (
            not role.trail
            and role.core.islower()
            and (role.lower in lexicon.ROLE_NOUNS or _kin(role.lower))
            and (owner.lower in lexicon.POSSESSIVE_DETERMINERS or owner.lower == "whose")
            and not owner.trail
        )
    return (
        (owner.lower in lexicon.POSSESSIVE_DETERMINERS or owner.lower == "whose" or owner.lower in _COUNTS)
        and not owner.trail
        or owner.possessive
    )


def _kin_described_by_a_possessive(toks: list[Token], k: int) -> bool:
    """ "Her teenage son, Dawit, works ...", "whose 8-year-old son, Dawit,": a family noun with one
    describing word between it and a possessive, set off by a comma, names the relative after it --
    any capitalised word, not only a common given name."""
    if k < 2 or toks[k].trail != ",":
        return False
    described, owner = toks[k - 1], toks[k - 2]
    return (
        described.core.islower()
        and not described.trail
        and described.lower not in _NOT_DESCRIBING
        and (owner.lower in lexicon.POSSESSIVE_DETERMINERS or owner.lower == "whose")
        and not owner.trail
    )


_AGE_WORD = re.compile(r"\d{1,3}-year-old")


def _named_after_an_age(toks: list[Token], k: int, end: int) -> bool:
    """ "one of the victims, 24-year-old Mia, said", "her grandfather, 91-year-old Konrad.": a name
    alone after an age set off by a comma -- a common given name, or any after a family noun (not
    "a 24-year-old Chelsea midfielder": the name must close the apposition)."""
    age = toks[k]
    if age.trail or k < 1 or toks[k - 1].trail != "," or not _AGE_WORD.fullmatch(age.lower):
        return False
    name = toks[end - 1]
    closes = name.trail in (",", ".", ";") or end == len(toks) or (toks[end].core in _DASHES and not name.trail)
    word = _norm_word(name.core)
    return closes and (word in given_names.ALL or _kin(toks[k - 1].lower)) and word not in lexicon.PLACES


_NOT_DESCRIBING = frozenset(["and", "or"])


def _kin(word: str) -> bool:
    """A family noun, also with "great-" or "step-" before it or "-in-law" after it: "great-grandson",
    "step-daughter", "sister-in-law"."""
    while word.startswith(("great-", "step-")):
        word = word.partition("-")[2]
    return word.removesuffix("-in-law") in lexicon.FAMILY_NOUNS


def _kin_opening_the_sentence(toks: list[Token], k: int) -> bool:
    """ "Great-granddaughter Saoirse (7) read a poem": a capitalised family noun opening the sentence,
    right before a given name."""
    noun = toks[k]
    return (
        noun.core[:1].isupper()
        and not noun.trail
        and _kin(noun.lower)
        and opens_sentence(toks, k)
        and _is_given_name(toks[k + 1].core)
    )


def _after_kin_and_a_dash(toks: list[Token], k: int) -> bool:
    """ "seven children – Seán, Kathleen and Noel –", "two sons: Leo and Ian": the first name of a
    list of relatives, after a dash or a colon."""
    tok = toks[k]
    if tok.trail == ":":
        return _kin(tok.lower)
    return tok.core in ("\u2013", "\u2014", "-", "--") and not tok.trail and k > 0 and _kin(toks[k - 1].lower)


_COUNTS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
_A_CHILDS_AGE = re.compile(r"1?\d-(?:year|month)-old")


def _an_age(tok: Token) -> bool:
    return (tok.core.isdigit() and len(tok.core) <= 3) or tok.lower in _COUNTS


_KIN_MODIFIERS = frozenset(["late", "former", "estranged", "beloved", "eldest", "youngest", "older", "younger"])


# "who gave her name only as", "identified only by his first name,", "who would give only her first
# name,", "who identified herself only as", "who gave only her nickname,", "who asked that only her
# first name,", "who gave only her surname,", "surnamed", "known only as"
_FIRST_NAME_ONLY = re.compile(
    r"(?:\b(?:gave|gives|give|giving|identified|identifies|identify|identifying)\s+"
    r"(?:(?:him|her|them)sel(?:f|ves)\s+)?(?:(?:only|just)\s+)?(?:(?:his|her|their)\s+)?(?:(?:first|given|last|family)\s+)?(?:(?:nick|sur)?name\s+)?(?:(?:only|just)\s+)?"
    r"(?:as|by)\s+(?:(?:his|her|their)\s+(?:(?:first|given|last|family)\s+name|nickname|surname),?\s+)?"
    r"|\b(?:gave|gives|give|giving|by|asked\s+that|requested\s+that)\s+(?:(?:only|just)\s+)?(?:his|her|their)\s+"
    r"(?:(?:first|given|last|family)\s+name|nickname|surname)(?:\s+only)?,\s*"
    # China copy: "a resident surnamed Zhang", "a man surnamed Li": the surname alone, by custom
    r"|\bsurnamed\s+"
    # "The woman, known only as Hazel,", "a resident referred to only as Lise" (not "known simply as":
    # a pet's or a place's name as often)
    r"|\b(?:known|named|referred\s+to)\s+only\s+as\s+)$",
    re.IGNORECASE,
)


def named_only_by_first_name(run: Run, text: str) -> bool:
    """ "a nurse who gave her name only as Precious", "identified only by her first name, Ana": a
    person who would give no surname, named by one word."""
    if run.end - run.start != 1 or run.tokens[run.start].lead:
        return False
    first = run.tokens[run.start]
    if _SURNAME_WITHHELD.match(text, first.end, first.end + 220):
        return True  # "Aroha, who asked that her surname not be used, said"; "Aroha, a nurse who ... and asked"
    return run.start > 0 and given_only_a_first_name(text, first.start)


def given_only_a_first_name(text: str, pos: int) -> bool:
    """The name at `pos` follows "who gave only her first name," or "identified only as"."""
    window = text[max(0, pos - 60) : pos]
    # every match ends in "as", "by", "name" or a comma, then spaces: most windows end otherwise
    # and skip the long search
    return bool(_FIRST_NAME_ONLY_END.search(window.rstrip()[-2:]) and _FIRST_NAME_ONLY.search(window))


_FIRST_NAME_ONLY_END = re.compile(r"(?:as|by|me|ed|,)$", re.IGNORECASE)


_SURNAME_WITHHELD = re.compile(
    r",\s+(?:an?\s[^.,;\u201c\u201d\"]{0,80}?\s)?who\s+(?:[^.,;\u201c\u201d\"]{0,60}?\s(?:and|but)\s+)?"
    r"(?:asked|requested|wished|preferred|did\s+not\s+want|didn['\u2019]t\s+want)\b[^.,]{0,40}?"
    r"(?:surname|last\s+name|family\s+name|full\s+name)"
)


def speaks_by_given_name(run: Run) -> bool:
    """ "said Lise, who ...", "Peder said": someone named by a common given name alone as the
    subject of a reporting verb (a family member, a child, a first-name-only source)."""
    toks, start, end = run.tokens, run.start, run.end
    if end - start != 1 or toks[start].possessive:
        return False
    if _norm_word(toks[start].core) not in given_names.ALL:
        return _surname_after_verb_with_who(toks, start) or _surname_after_words_said_in_the_first_person(toks, start)
    if start > 0 and not toks[start].lead and not _breaks_after(toks[start - 1]):
        prev = toks[start - 1]
        if prev.lower in _PLACE_PREPOSITIONS:
            return False  # "the centre in Victoria confirmed": a place that is also a given name
        # "“...,” said Lise." -- but not "Forecasters said Helene would weaken": a clause's subject
        closes = toks[start].trail.strip() or end == len(toks)
        if prev.core.islower() and prev.lower in lexicon.INVERTIBLE_VERBS and closes:
            return True
    last = toks[end - 1]
    if end < len(toks) and not toks[end].lead:
        nxt = toks[end]
        if last.trail == "," and nxt.core in ("who", "whose") and not nxt.trail:
            return True  # "Lise, who asked that her surname not be used, said ..."
        if _breaks_after(last):
            return False
        return nxt.core.islower() and (nxt.lower in lexicon.INVERTIBLE_VERBS or nxt.lower in _TELLING_VERBS)
    return False


def _speaks_in_the_first_person(run: Run) -> bool:
    """ "“I wanted a narrative,” Brisk said.": one capitalised word, never introduced, as the subject
    of "said" right after a quotation in which the speaker says "I" -- a person (a firm or a body
    says "we")."""
    toks, start = run.tokens, run.start
    if run.end - start != 1 or _norm_word(toks[start].core) in given_names.ALL:
        return False  # a given name alone is read by `speaks_by_given_name`
    tok = toks[start]
    if start == 0 or tok.trail or start + 1 >= len(toks) or not _a_tag_verb(toks[start + 1].lower):
        return False
    prev = toks[start - 1]
    if not prev.trail.endswith(_CLOSING_DOUBLE_MARKS) or "," not in prev.trail:
        return False
    return _quotation_says_i(toks, start - 1)


def _a_tag_verb(word: str) -> bool:
    """ "said", "continued", "added", "jibed": a verb of saying closing a quotation's tag (not
    "saying", which may open a clause about someone else)."""
    return word in lexicon.REPORTING_VERBS and not word.endswith("ing")


def _quoted_as_a_name(word: str, all_runs) -> bool:
    """The word stands in quotation marks somewhere in the story ("known as “Bran”"): a nickname,
    whose person the story may leave open."""
    marked = (f"\u201c{word}\u201d", f"\u201c{word},\u201d", f'"{word}"', f'"{word},"', f"\u2018{word}\u2019")
    return any(m in text for text, _ in all_runs for m in marked)


_CLOSING_DOUBLE_MARKS = ("\u201d", '"')
_OPENING_DOUBLE_MARKS = ("\u201c", '"')
_FIRST_PERSON = frozenset(
    ["I", "I'm", "I\u2019m", "I've", "I\u2019ve", "I'd", "I\u2019d", "I'll", "I\u2019ll", "me", "my", "My"]
)


# Verbs after a given name alone that make it a speaker ("Lise told the paper", "Lise says").
def _surname_after_verb_with_who(toks: list[Token], start: int) -> bool:
    """ "said Marrow, who lives nearby": one capitalised word right after a reporting verb and
    described by "who" is a person speaking, even a surname never introduced."""
    if start == 0 or start + 1 >= len(toks) or toks[start].lead or toks[start].trail != ",":
        return False
    prev, nxt = toks[start - 1], toks[start + 1]
    return (
        prev.core.islower()
        and prev.lower in lexicon.INVERTIBLE_VERBS
        and not prev.trail
        and nxt.core in ("who", "whose")
        and not nxt.lead
        and not nxt.trail
    )


def _surname_after_words_said_in_the_first_person(toks: list[Token], start: int) -> bool:
    """ "“When I took over as mayor, she had no plan,” said Brackwell.": one capitalised word
    closing the sentence right after a reporting verb that follows a quotation in which the
    speaker says "I" -- a person (a firm or a body says "we"), even a surname never introduced."""
    if start < 2 or start + 1 < len(toks) and not toks[start].trail.strip():
        return False
    verb, before = toks[start - 1], toks[start - 2]
    if (
        toks[start].lead
        or toks[start].trail.strip(".") not in ("", ",")
        or verb.trail
        or not verb.core.islower()
        or verb.lower not in lexicon.INVERTIBLE_VERBS
        or not before.trail.startswith(",")
        or not any(mark in before.trail for mark in _CLOSING_DOUBLE_MARKS)
    ):
        return False
    return _quotation_says_i(toks, start - 2)


def _quotation_says_i(toks: list[Token], last: int) -> bool:
    """The quotation closing at toks[last] (within 80 words back to its opening double mark) has
    its speaker say "I", "me" or "my": a person speaks it, not a firm or a body."""
    for k in range(last, max(-1, last - 80), -1):
        if toks[k].core in _FIRST_PERSON:
            return True
        if any(mark in toks[k].lead for mark in _OPENING_DOUBLE_MARKS):
            return False
    return False


_TELLING_VERBS = frozenset(["told", "tells", "says", "recalls", "explains", "adds", "admits", "insists"])


def add_titled_singles(names: _Names, singles: list[tuple[str, int, int]]) -> None:
    """Add the single-word people that are not already a known person's surname or given name."""
    surnames = {_without_suffix(target.split())[-1] for target in names.persons}
    surnames.update(word for target in names.persons for word in inner_surnames(target))
    given = {p.split()[0] for p in names.persons}
    for word, pos, start in singles:
        parts = word.split(" ")  # "van Gaal": a surname with its particle
        if len(parts) == 2 and parts[1].lower().rstrip(".") in lexicon.NAME_SUFFIXES:
            parts = parts[:1]  # "Nana Asante III" after "Nana Kwaku Asante III": the surname before the suffix
        last = parts[-1]
        if last in surnames or word in given or word in names.persons:
            continue
        names.persons[word] = ParsedPerson(word)
        names.order.append((word, pos, start))
        names.canonical[word] = word


# "TOM PELL: “...”": a transcript's speaker label in capitals opening a paragraph, then a quotation.
SPEAKER_LABEL = re.compile(r"\s*([A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,2}):\s*$")


def speaker_label(text: str, quote_ranges: list[tuple[int, int]], open_pos: int) -> str:
    """The label, in ordinary capitals ("Tom Pell"), that opens the paragraph right before the
    quotation opening at open_pos; "" if there is none."""
    if open_pos > 40 or not quote_ranges or quote_ranges[0][0] != open_pos:
        return ""
    match = SPEAKER_LABEL.match(text, 0, open_pos)
    if not match or match.end() != open_pos:
        return ""
    return " ".join(w.capitalize() if "'" not in w and "\u2019" not in w else w.title() for w in match[1].split())


# A wire "QUOTES" box's label over a paragraph of quotation: "GERMAN CHANCELLOR ANGELA VOSS:",
# "KREMLIN SPOKESMAN IVAN PETROV, TO REPORTERS:" -- a title and a name in capitals, then a colon.
_LABEL_LINE = re.compile(r"([A-Z][A-Z'\u2019.-]*(?: [A-Z][A-Z'\u2019.&-]*){1,9})(?:, [A-Z][A-Z ,'\u2019.-]{0,40})?:")
LABEL_LINE_MAX = 120


def label_line_name(text: str) -> tuple[str, str] | None:
    """(name, title) in ordinary capitals of a label paragraph in capitals ("FRENCH PRESIDENT
    ANA RUIZ, IN A STATEMENT:" -> ("Ana Ruiz", "French President")): the words after its last
    role noun (two to four), or the whole label when a given name opens it; else None."""
    if len(text) > LABEL_LINE_MAX or not text.endswith(":") or not text[:1].isupper():
        return None
    match = _LABEL_LINE.fullmatch(text.strip())
    if not match:
        return None
    words = match[1].split()
    roles = [i for i, w in enumerate(words) if w.lower() in lexicon.ROLE_NOUNS]
    start = roles[-1] + 1 if roles else 0
    name_words = words[start:]
    if not 2 <= len(name_words) <= 4 or (not roles and _norm_word(words[0].lower()) not in given_names.ALL):
        return None
    if any(w.lower() in lexicon.ORG_WORDS or w.lower() in _NON_NAME_WORDS for w in name_words):
        return None
    return proper_case(" ".join(name_words)), proper_case(" ".join(words[:start]))


def add_label_line_speakers(names: _Names, segments, quote_ranges) -> None:
    """Add the people named by a label paragraph in capitals over a paragraph that opens with a
    quotation (a wire "QUOTES" box), who are not already known."""
    known = {name.lower() for name in names.persons}
    for pos in range(len(segments) - 1):
        seg, text = segments[pos]
        if not text.endswith(":") or len(text) > LABEL_LINE_MAX:
            continue
        ranges = quote_ranges.get(segments[pos + 1][0])
        if not ranges or ranges[0][0] > 2:
            continue
        found = label_line_name(text)
        if found is None or found[0].lower() in known:
            continue
        name, title = found
        known.add(name.lower())
        names.persons[name] = ParsedPerson(name, title)
        names.order.append((name, pos, 0))
        names.canonical[name] = name


def add_labelled_speakers(names: _Names, segments, quote_ranges) -> None:
    """Add the people a transcript labels by given name and surname in capitals ("TOM PELL:
    “...”") who are not already known."""
    known = {name.lower() for name in names.persons}
    for pos, (seg, text) in enumerate(segments):
        ranges = quote_ranges.get(seg)
        if not ranges or ranges[0][0] > 40:
            continue
        name = speaker_label(text, ranges, ranges[0][0])
        words = name.split()
        if len(words) < 2 or _norm_word(words[0]) not in given_names.ALL or name.lower() in known:
            continue
        known.add(name.lower())
        names.persons[name] = ParsedPerson(name)
        names.order.append((name, pos, 0))
        names.canonical[name] = name


# "Agnes (Victor) Llewellyn": an obituary's survivor with the spouse's given name in brackets
_SPOUSE_IN_BRACKETS = re.compile(
    r"\b([A-Z][^\W\d_]+) \(([A-Z][^\W\d_]+)\) ([A-Z][^\W\d_]*(?:['\u2019-][A-Z][^\W\d_]*)*)"
)


def _sex_of_given_name(word: str) -> str:
    word = _norm_word(word)
    female, male = word in given_names.FEMALE, word in given_names.MALE
    return "she" if female and not male else "he" if male and not female else ""


def add_spouses_in_brackets(names: _Names, segments) -> None:
    """Add both of "Agnes (Victor) Llewellyn", as Agnes Llewellyn and Victor Llewellyn: given names
    of opposite sexes, so not a nickname ("Robert (Bob) Hesketh") or a second given name."""
    for pos, (_seg, text) in enumerate(segments):
        if "(" not in text:
            continue
        for match in _SPOUSE_IN_BRACKETS.finditer(text):
            first, spouse, surname = match.groups()
            sex = _sex_of_given_name(first)
            if not sex or _sex_of_given_name(spouse) in ("", sex) or _norm_word(surname) in _NON_NAME_WORDS:
                continue
            for name, start in ((f"{first} {surname}", match.start(1)), (f"{spouse} {surname}", match.start(2))):
                if name not in names.persons:
                    names.persons[name] = ParsedPerson(name)
                    names.canonical[name] = name
                    names.order.append((name, pos, start))


# "Jonny (Bairstow)", "Tom [Wright]", "(Niall) Corrin", "Ian [McKay]": the rest of a name added in brackets
_NAME_COMPLETED_IN_BRACKETS = re.compile(
    r"\b([A-Z][a-z]+) ([\[(])((?:Mc|Mac)?[A-Z][a-z]+(?:['\u2019-][A-Z][a-z]+)*)[\])]"
    r"|([\[(])([A-Z][a-z]+)[\])] ((?:Mc|Mac)?[A-Z][a-z]+(?:['\u2019-][A-Z][a-z]+)*)\b"
)


def add_names_completed_in_brackets(names: _Names, segments, quote_ranges) -> None:
    """Add "Jonny Bairstow" for "“Rooty and Jonny (Bairstow) won it”", "Mika Lund" for "Mika
    [Lund]'s shot" and "Niall Corrin" for "(Niall) Corrin": a name one part of which an editor
    supplied in brackets -- square ones anywhere, round ones after a common given name inside a
    quotation (outside, "Tom (Dublin)" or "Mary (Labour)" give a place or a party), neither a
    title, a place, an organisation word nor, in round brackets, a second given name ("Robert
    (Bob) Hesketh")."""
    for pos, (seg, text) in enumerate(segments):
        if "(" not in text and "[" not in text:
            continue
        for match in _NAME_COMPLETED_IN_BRACKETS.finditer(text):
            first, bracket, surname = match.group(1, 2, 3) if match[1] else match.group(5, 4, 6)
            if bracket == "(" and not (
                inside(quote_ranges.get(seg, []), match.start())
                and (_is_given_name_word(first.lower()) or (not match[1] and _a_place_named_given_name(first)))
            ):
                continue  # "“... to raid Mujahideen (Taliban) positions”": no name
            if not _a_name_part_in_brackets(surname) or not (
                _a_name_part_in_brackets(first) or (not match[1] and _a_place_named_given_name(first))
            ):
                continue
            if bracket == "(" and _norm_word(match[3] or match[5]) in given_names.ALL and match[1]:
                continue
            name = f"{first} {surname}"
            if name not in names.persons:
                names.persons[name] = ParsedPerson(name)
                names.canonical[name] = name
                names.order.append((name, pos, match.start()))


def _a_place_named_given_name(word: str) -> bool:
    """ "(Georgia) Pell", "(Paris) Kessel": a given name that also names a place, supplied by an
    editor in round brackets before a surname."""
    return _norm_word(word) in lexicon.PLACE_GIVEN_NAMES


def _a_name_part_in_brackets(word: str) -> bool:
    lower = _norm_word(word)
    return not (
        lower in _NON_NAME_WORDS
        or lower in lexicon.PLACES
        or lower in lexicon.ORG_WORDS
        or lower in lexicon.DEMONYMS
        or lower in lexicon.ROLE_NOUNS
        or lower in lexicon.HONORIFICS
        or lower in lexicon.SENTENCE_STARTERS
    )


def order_people(roster: Roster, names: _Names) -> dict[str, int]:
    """Put the people in order of first mention (deck, then blocks); returns name -> index."""
    first: dict[str, tuple[int, int]] = {}
    for name, pos, start in names.order:
        target = names.canonical.get(name, name)
        key = (pos, start)
        if target not in first or key < first[target]:
            first[target] = key
    ordered = sorted(names.persons, key=lambda t: first.get(t, (1 << 30, 0)))
    roster.people = [names.persons[t] for t in ordered]
    roster.first_pos = [first.get(t, (1 << 30, 0)) for t in ordered]
    return {t: i for i, t in enumerate(ordered)}


def alias_table(canonical: dict[str, str], index_of: dict[str, int]) -> dict[str, set[int]]:
    """Every way the text may name each person: full name, grouped tails, surname, given name,
    and the name from a middle part on ("de Minaur")."""
    alias_map: dict[str, set[int]] = {}
    for name, target in canonical.items():
        if target in index_of:
            alias_map.setdefault(name, set()).add(index_of[target])
    for target, i in index_of.items():
        alias_map.setdefault(target, set()).add(i)
        words = target.split()
        if len(words) == 2 and words[1].lower().rstrip(".") in lexicon.NAME_SUFFIXES:
            continue  # "Alvin Jr.": known only by the name with its suffix
        parts = _without_suffix(words)
        if len(parts) >= 2 and len(parts) < len(words):
            # "Mahoney Jr. said": the surname with the suffix tells father and son apart
            alias_map.setdefault(" ".join([parts[-1], *words[len(parts) :]]), set()).add(i)
        if len(parts) >= 2:
            alias_map.setdefault(parts[-1], set()).add(i)
            alias_map.setdefault(parts[0], set()).add(i)
            for k in range(1, len(parts) - 1):
                if parts[k][:1].isupper() or parts[k] in lexicon.NAME_PARTICLES:
                    alias_map.setdefault(" ".join(parts[k:]), set()).add(i)
    # Weaker: a word no one is known by otherwise
    for target, i in index_of.items():
        for word in inner_surnames(target):
            alias_map.setdefault(word, {i})
    # copy often drops the accents of a name it gave in full: "Saint-Aubert said" is Saint-Aubért
    for name in [name for name in alias_map if not name.isascii()]:
        folded = _without_accents(name)
        if folded != name:
            alias_map.setdefault(folded, alias_map[name])
    return alias_map


def _without_accents(name: str) -> str:
    """ "Saint-Aubért" -> "Saint-Aubert", "Fa’asoa" unchanged: the letters without their marks."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def inner_surnames(name: str) -> list[str]:
    """Words inside a name that a story may call its person by on second reference: the family
    name before a Cantonese given name ("Doreen Chan Mei-ling": Chan), the first of two Spanish
    surnames ("Luis Chávez de los Ríos": Chávez), the middle of a Malay or Singaporean name
    ("Jonathan Lim Kah Wee": Lim), a surname without its "al-" ("al-Wazzani": Wazzani), and one
    with its elided particle capitalised ("d'Amours": D'Amours)."""
    parts = _without_suffix(name.split())
    out = [
        word
        for word in parts[1:-1]
        if word[:1].isupper() and not _is_initial(word) and word.lower() not in lexicon.NAME_PARTICLES
    ]
    last = parts[-1] if len(parts) >= 2 else ""
    if last[:3].lower() in ("al-", "el-") and last[3:4].isupper():
        out.append(last[3:])
    if _elided_particle(last) or _camel_case_particle(last):
        out.append(last[0].upper() + last[1:])  # "D'Amours, who ...", "DeBoer said" opening a sentence
    return out


def nicknames(all_runs) -> dict[str, str]:
    """nickname -> full name, for each name written with a quoted nickname inside it
    (Ana “Bee” Lorca -> {"Bee": "Ana Lorca"}), and for a traditional name before a legal name in
    brackets (Chief Wa'xalis (Ana Lorca)), outside quotations."""
    found: dict[str, str] = {}
    for text, runs in all_runs:
        for run in runs:
            if run.org or run.in_quote:
                continue
            toks = run.tokens
            traditional = _legal_name_in_brackets(run) if toks[run.start].lead else -1
            if traditional >= 0:
                found.setdefault(toks[traditional].core, _slice(text, run.name_tokens))
            for j in range(run.name_from + 1, run.end - 1):
                length = nickname_length(toks, j)
                if length:
                    nickname = " ".join(t.core for t in toks[j : j + length])
                    found.setdefault(nickname, _slice(text, run.name_tokens))
    return found


_NICKNAME_CUE = re.compile(
    r"\b(?:(?:known|called|call(?:s|ed)?\s+(?:him|her))(?:\s+[a-z]+){0,3}?\s+as|nicknamed|dubbed"
    r"|call(?:s|ed)?\s+(?:him|her))\s*$",
    re.IGNORECASE,
)


def introduced_nicknames(segments, skip_ranges, names: _Names) -> dict[str, str]:
    """nickname -> full name for a quoted nickname introduced in a sentence that names one person
    ("Known as “Doc” to his friends, Ana Ruiz ...", "Ana Ruiz, nicknamed “Bee”, ...")."""
    found: dict[str, str] = {}
    by_pos: dict[int, list[tuple[int, str]]] = {}
    for name, pos, start in names.order:
        by_pos.setdefault(pos, []).append((start, name))
    for pos, (seg, text) in enumerate(segments):
        ranges = skip_ranges.get(seg)
        if not ranges or pos not in by_pos:
            continue
        for a, b in ranges:
            inner = text[a:b].strip("\"'\u201c\u201d\u2018\u2019 .,!?")
            words = inner.split()
            if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
                continue
            if not _NICKNAME_CUE.search(text, max(0, a - 40), a):
                continue
            sentence = next(((x, y) for x, y in sentence_spans(text, ranges) if x <= a < y), (0, len(text)))
            people = {
                names.canonical.get(name, name)
                for start, name in by_pos[pos]
                if sentence[0] <= start < sentence[1] and len(name.split()) > 1
            }
            if len(people) == 1:
                found.setdefault(inner, people.pop())
    return found


_DASHES = frozenset(["\u2014", "\u2013", "--"])
_KNOWN_AS_ADVERBS = frozenset(["popularly", "better", "widely", "fondly", "simply", "commonly", "affectionately"])
_KNOWN_AS_ASIDE = re.compile(r",\s*[a-z]+\s+(?:called|known\s+as)\s+([A-Z][\w'\u2019-]+)\s*,")
_ASIDE_NICKNAME = re.compile(
    r"\s*(?:[\u2014\u2013]|--|\()\s*(?:[a-z]+\s+){0,3}?"
    r"(?:call(?:s|ed)?\s+(?:him|her)|known\s+(?:to\s+(?:[a-z]+\s+){1,2})?as|nicknamed)\s+"
    r"([A-Z][\w'\u2019-]+)\s*(?:[\u2014\u2013]|--|\))"
)


def nicknames_in_asides(all_runs) -> dict[str, str]:
    """nickname -> name for an unquoted nickname given in dashes or brackets right after a name
    ("His wife, Marguerite — everybody calls her Peg — is ...", "Ana Ruiz (known to all as Bee)")."""
    found: dict[str, str] = {}
    for text, runs in all_runs:
        for run in runs:
            toks, end = run.tokens, run.end
            if run.org or run.in_quote or end >= len(toks):
                continue
            if toks[end - 1].trail == "," and toks[end].lower in _KNOWN_AS_ADVERBS:
                # "Joko Santoso, popularly known as Jokosan, ...": a comma aside with no marks
                match = _KNOWN_AS_ASIDE.match(text, toks[end - 1].end)
                if match and run.name_tokens and len(run.name_tokens) > 1:
                    found.setdefault(match.group(1), _slice(text, run.name_tokens))
                continue
            if toks[end - 1].trail or not (toks[end].core in _DASHES or toks[end].lead == "("):
                continue
            match = _ASIDE_NICKNAME.match(text, toks[end - 1].end)
            if match and run.name_tokens:
                found.setdefault(match.group(1), _slice(text, run.name_tokens))
    return found


def add_nicknames(
    alias_map: dict[str, set[int]], found: dict[str, str], canonical: dict[str, str], index_of: dict[str, int]
) -> None:
    """A nickname names its person later ("said Bee"), unless it already names someone else."""
    for nickname, name in found.items():
        target = canonical.get(name, name)
        if target in index_of and nickname not in alias_map:
            alias_map[nickname] = {index_of[target]}


def find_mentions(roster: Roster, segments, all_runs, alias_map: dict[str, set[int]]) -> None:
    """Every run that names a known person becomes a Mention, with the title given there."""
    seen: set[int] = set()
    spoke_at: dict[int, int] = {}  # person -> the last segment where a reporting verb followed their name
    opened_at: dict[int, tuple[int, int, int]] = {}  # person -> where their full name last opened a sentence
    seen_alias: dict[int, set[str]] = {}
    for pos, (text, runs) in enumerate(all_runs):
        found: list[Mention] = []
        for run in runs:
            match = _match_run(text, run, alias_map)
            if match is None:
                continue
            name, name_toks, candidates = match
            if len(candidates) > 1:
                candidates = _fitting_the_honorific(run, candidates, roster) or candidates
            if len(candidates) > 1:
                candidates = _fitting_the_pronoun_after(run, candidates, roster) or candidates
            if len(candidates) == 1:
                candidates = _relative_by_the_honorific(run, candidates, roster, found) or candidates
            # a surname shared by relatives names the one who last, in the last paragraphs, spoke
            # ("His brother, Nick Lund, said ... Mr Lund said") or had their full name open a
            # sentence ("Ana and Tom Lund announced it ... Ana Lund, 68, bought it ... Lund said"),
            # else the one the story introduced first (its subject: "Margaret Lund ... Her mother,
            # Ingrid Lund, died ... Lund says")
            person = min(candidates & seen or candidates)
            if len(candidates) > 1:
                recent = {}  # candidate -> (segment, spoke there, position)
                for c in candidates:
                    if c in spoke_at and pos - spoke_at[c] <= _SPOKE_WITHIN:
                        recent[c] = (spoke_at[c], 1, 0)
                    if c in opened_at and pos - opened_at[c][0] <= _SPOKE_WITHIN:
                        recent[c] = max(recent.get(c, opened_at[c]), opened_at[c])
                if recent:
                    person = max(recent, key=recent.__getitem__)
            mention = _mention(text, run, name_toks, person)
            if name != roster.people[person].name:
                seen_alias.setdefault(person, set()).add(name)
            seen.add(person)
            if _reporting_verb_after(run):
                spoke_at[person] = pos
            if name == roster.people[person].name and not run.in_quote and opens_sentence(run.tokens, run.start):
                opened_at[person] = (pos, 0, run.start)
            found.append(mention)
        roster.mentions[segments[pos][0]] = StartsList(found)
    for i, person in enumerate(roster.people):
        person.aliases = sorted(seen_alias.get(i, set()))


_SPOKE_WITHIN = 2  # segments back: how recently a relative must have spoken to be the one named


def _reporting_verb_after(run: Run) -> bool:
    """ "Nick Lund said", "His brother, Nick Lund, said", "Anto Lund, a former player himself,
    said": a reporting verb right after the name, or after an apposition set off by commas."""
    toks, end = run.tokens, run.end
    if end >= len(toks) or toks[end - 1].trail.strip(",") or toks[end].lead:
        return False
    if toks[end - 1].trail == "," and not (toks[end].core.islower() and toks[end].lower in lexicon.REPORTING_VERBS):
        # past an apposition: the next token with a comma closes it
        close = next((j for j in range(end, min(len(toks), end + 12)) if toks[j].trail), None)
        if close is None or toks[close].trail != "," or close + 1 >= len(toks):
            return False
        end = close + 1
    return toks[end].core.islower() and toks[end].lower in lexicon.REPORTING_VERBS


def _fitting_the_pronoun_after(run: Run, candidates: set[int], roster: Roster) -> set[int]:
    """ "Kwabena Mensah brought his mother, Akosua Mensah ... Mensah told me he had been nervous":
    of people sharing a surname, those whose given name is of the sex of the pronoun the
    reporting verb after the surname introduces."""
    toks, end = run.tokens, run.end
    if end >= len(toks) or _breaks_after(toks[end - 1]) or toks[end].lower not in lexicon.REPORTING_VERBS:
        return set()
    gender = None
    for tok in toks[end + 1 : end + 5]:
        if tok.lower in lexicon.PERSON_PRONOUNS:
            gender = tok.lower
            break
        if tok.trail or tok.core[:1].isupper():
            break
    return _of_the_sex(candidates, gender, roster) if gender else set()


def _honorific_sex(run: Run) -> str | None:
    """ "he" / "she" for a run behind a gendered honorific ("Mrs Ellery", "Mr Ellery"), else None."""
    if run.name_from > run.start:
        before = run.tokens[run.name_from - 1]
    elif run.start > 0 and not _breaks_after(run.tokens[run.start - 1]):
        before = run.tokens[run.start - 1]  # "Mr" outside the run
    else:
        return None
    return lexicon.GENDERED_HONORIFICS.get(before.lower) if before.core[:1].isupper() else None


def _fitting_the_honorific(run: Run, candidates: set[int], roster: Roster) -> set[int]:
    """ "Mrs Ellery" of John and Margaret Ellery: those of the candidates whose given name is
    one of the honorific's sex (none when the run has no gendered honorific)."""
    gender = _honorific_sex(run)
    if not gender:
        return set()
    # of the sex, else not of the other ("Ms Wilkins" of Jayden and Kerry Wilkins: not Jayden)
    return _of_the_sex(candidates, gender, roster) or candidates - _of_the_sex(
        candidates, "he" if gender == "she" else "she", roster
    )


def _relative_by_the_honorific(run: Run, candidates: set[int], roster: Roster, found: list[Mention]) -> set[int]:
    """ "Derek Ashworth said his wife Maureen ... / Mrs Ashworth added": a gendered honorific
    before the surname of the one person of the other sex who bears it names the one relative
    of the honorific's sex named before (in `found` or earlier segments) by a given name alone
    and titled by the relation ("wife"); none when there is no such one."""
    gender = _honorific_sex(run)
    if not gender or _of_the_sex(candidates, "he" if gender == "she" else "she", roster) != candidates:
        return set()
    relatives = set()
    for m in chain(*roster.mentions.values(), found):
        relation = m.title.split()[-1:]
        if (
            relation
            and relation[0] in lexicon.FAMILY_NOUNS
            and lexicon.GENDERED_NOUNS.get(relation[0]) == gender
            and " " not in roster.people[m.person].name
        ):
            relatives.add(m.person)
    return relatives if len(relatives) == 1 else set()


def _of_the_sex(candidates: set[int], gender: str, roster: Roster) -> set[int]:
    """Those of the candidates whose given name is listed for the sex of "he"/"she" only."""
    names = given_names.FEMALE if gender == "she" else given_names.MALE
    others = given_names.MALE if gender == "she" else given_names.FEMALE
    fitting = set()
    for c in candidates:
        name = roster.people[c].name
        given = _given_after_a_family_name(name) or _norm_word(name.split()[0])
        if given in names and given not in others:
            fitting.add(c)
    return fitting


def _match_run(text: str, run: Run, alias_map) -> tuple[str, list[Token], set[int]] | None:
    """(name, its tokens, candidate people) for a run that names someone known, else None: the
    whole name, else its longest known tail ("Rovers captain Sam Doyle"), else a title word
    that is a known surname ("Judge Prince")."""
    if run.org and run.title_tokens <= 0:
        return _bare_surname(run, alias_map)
    name_toks = run.name_tokens
    if not name_toks:
        last = run.tokens[run.end - 1]
        if run.end - 1 > run.start and last.core in alias_map:
            return last.core, [last], alias_map[last.core]
        return _bare_surname(run, alias_map)
    name = _slice(text, name_toks)
    if name in alias_map:
        return name, name_toks, alias_map[name]
    if not name.isascii() and _without_accents(name) in alias_map:
        return name, name_toks, alias_map[_without_accents(name)]  # "José" after "Jose Varela"
    if name.isupper() and name.title() in alias_map:
        return name.title(), name_toks, alias_map[name.title()]  # "KESTLE didn't note": Kestle
    for cut in range(1, len(name_toks)):
        tail = _slice(text, name_toks[cut:])
        if tail in alias_map and len(_significant(name_toks[cut:])) >= 1:
            return tail, name_toks[cut:], alias_map[tail]
    return None


def _bare_surname(run: Run, alias_map) -> tuple[str, list[Token], set[int]] | None:
    """ "“...,” Hall said." after "Ruth Hall": one word, an organisation or title word on its own
    ("Hall", "Park", "King"), that is the surname of someone the story names, and has no "the"
    before it ("the King", "the Hall"), names that person.  So does a surname read as a place
    for its saint's word ("St. Clair said" after "Ryan St. Clair")."""
    if run.end - run.start != 1:
        if run.end - run.start == 2 and run.tokens[run.start].lower in _SAINT_FORMS:
            return _saints_surname(run, alias_map)
        return None
    tok = run.tokens[run.start]
    if tok.core not in alias_map or tok.lead:
        return None
    if run.start > 0 and _a_determiner_before(run.tokens[run.start - 1]):
        return None
    return tok.core, [tok], alias_map[tok.core]


_SAINT_FORMS = lexicon.SAINT_WORDS | {word + "." for word in lexicon.SAINT_WORDS}  # "St", "St."


def _a_determiner_before(prev: Token) -> bool:
    """ "the Park", "the city's Park"; but not "Asked about that, Park said": a comma ends the phrase."""
    return (prev.lower in _DETERMINERS and not prev.trail) or prev.possessive


def _saints_surname(run: Run, alias_map) -> tuple[str, list[Token], set[int]] | None:
    saint, tok = run.tokens[run.start], run.tokens[run.start + 1]
    if saint.lead or saint.trail:
        return None
    name = f"{saint.core} {tok.core}"
    if name not in alias_map:
        return None
    if run.start > 0 and _a_determiner_before(run.tokens[run.start - 1]):
        return None
    return name, [saint, tok], alias_map[name]


def _mention(text: str, run: Run, name_toks: list[Token], person: int) -> Mention:
    """The Mention of `person` by `name_toks` in `run`, with the title given at this mention."""
    first_tok, last_tok = name_toks[0], name_toks[-1]
    idx = run.tokens.index(first_tok, run.start)
    # the word before, when nothing stands between ("with X"; not "proudest of, X")
    prev = run.tokens[idx - 1].lower if idx > 0 and not run.tokens[idx - 1].trail.strip() else ""
    mention = Mention(first_tok.start, last_tok.end, person, last_tok.possessive, run.in_quote, prev)
    if not run.in_quote:
        _title_at_mention(text, run, mention, idx, run.tokens.index(last_tok, idx))
    return mention


def _title_at_mention(text: str, run: Run, mention: Mention, idx: int, last_idx: int) -> None:
    """The title this mention gives: a role in apposition (keeping a role in front as
    `front_title`), else a title or lower-case role in front, else "Foreign Minister, Ana Ruiz,"."""
    toks = run.tokens
    app = _appositive(text, toks, last_idx)
    if app:
        mention.title, mention.appositive = app, True
        if idx > run.start:
            mention.front_title = _slice(text, toks[_back_title(toks, idx - 1) : idx])
        return
    _front_title_at_mention(text, run, mention, idx, last_idx)
    if not mention.title or all(
        _norm_word(w) in lexicon.HONORIFICS or _norm_word(w) in _STYLES_OF_RANK for w in mention.title.split()
    ):
        mention.title = _office_before_an_honorific(text, toks, idx, last_idx) or mention.title
    if mention.title and not mention.front_title and run.start >= 2:
        # "The incumbent, Mayor Howard Lusk,": the role set off before the titled name is kept too
        role, the = toks[run.start - 1], toks[run.start - 2]
        if (
            role.trail == ","
            and role.core.islower()
            and role.lower in lexicon.ROLE_NOUNS
            and the.lower == "the"
            and not the.trail
            and toks[last_idx].trail.startswith(",")
        ):
            mention.front_title = role.core


def _office_before_an_honorific(text: str, toks: list[Token], idx: int, last_idx: int) -> str:
    """ "Defence counsel Mr Ann Lee", "The Mayor of Kesby, Cllr Ann Lee,", "The Chair, Cllr Ann
    Lee,": the role or office in front of an honorific (Mr, Cllr) is the name's title."""
    h = idx - 1
    if h < 1 or toks[h].trail or toks[h].lead:
        return ""
    honorific = _norm_word(toks[h].core) in lexicon.HONORIFICS
    if not honorific and _norm_word(toks[h].core) not in _STYLES_OF_RANK:
        return ""
    role = h - 1
    prev = toks[role]
    if not prev.trail:  # "Defence counsel Mr Ann Lee"
        if not honorific:
            return ""  # "Police Chief Ann Lee": the whole is the title
        if (prev.lower in lexicon.ROLE_NOUNS or _is_title_word(prev.core)) and _norm_word(
            prev.core
        ) not in lexicon.HONORIFICS:
            return _slice(text, toks[_back_title(toks, role) : h])
        return ""
    if prev.trail != "," or prev.possessive or not toks[last_idx].trail.startswith(","):
        return ""
    if prev.core.islower():
        return _office_of_a_lower_case_body(text, toks, role, h)
    while role > 0 and h - role < 4 and prev.core[:1].isupper() and not _is_title_word(prev.core):
        role -= 1  # "Mayor of | Kesby Vale,": back over the place to "of"
        prev = toks[role]
        if prev.trail or prev.lead:
            return ""
    if prev.lower in ("of", "for") and role > 0 and not toks[role - 1].trail:
        role -= 1
    if not _is_title_word(toks[role].core) or not toks[role].core[:1].isupper():
        return ""
    return _slice(text, toks[_back_title(toks, role) : h]).rstrip(",")


def _office_of_a_lower_case_body(text: str, toks: list[Token], end: int, h: int) -> str:
    """ "The Managing Director of the bank, Mr Ann Lee,": a capitalised office, "of" or "for", and
    a few lower-case words for what it heads, ending at toks[end] before the honorific toks[h]."""
    j = end
    while j > 0 and end - j < 4 and toks[j].core.islower() and toks[j].lower not in ("of", "for"):
        j -= 1
        if toks[j].trail.strip():
            return ""
    if j < 2 or toks[j].lower not in ("of", "for") or toks[j - 1].trail:
        return ""
    office = toks[j - 1]
    if not office.core[:1].isupper() or not _is_title_word(office.core):
        return ""
    return _slice(text, toks[_back_title(toks, j - 1) : h]).rstrip(",")


# Styles of rank that are also role words, used in front of a name in West Africa (the Nigerian
# "Prince", "Chief", "Otunba", "Engr."): after "The <office>, " they are a style, and the office
# set off before them is the title ("The Ogun State Governor, Prince Ade Bello,").
_STYLES_OF_RANK = frozenset(["prince", "princess", "chief", "otunba", "engr", "eng", "barr", "arc", "pharm"])


def _front_title_at_mention(text: str, run: Run, mention: Mention, idx: int, last_idx: int) -> None:
    """The title in front of the name: "Cllr Ann Lee", "head coach Ann Lee", "The mayor of Lyon,
    Ann Lee,"."""
    toks = run.tokens
    head = -1
    if idx > run.start:
        head = idx - 1
    elif idx > 0:
        p = toks[idx - 1]
        if p.lower in lexicon.ROLE_NOUNS and not _breaks_after(p) and (p.core.islower() or p.core.isupper()):
            head = idx - 1  # "head coach Ana Ruiz", "CEO Dana Whitfield"
    office, name_at = _office_of_something(toks, run.start, run.end) if 0 <= run.start <= head else (-1, -1)
    if office >= 0 and name_at == head + 1:
        mention.title = _slice(text, toks[_back_title(toks, office) : head + 1])
        return
    if head > run.start and _office_before_a_bare_honorific(toks, head):
        head -= 1  # "Chairman Sir Malcolm Ashworth": the office, not "Chairman Sir"
    elif head > run.start:
        head = _office_before_styles(toks, run.start, head)
    if head >= 0 and (
        _is_title_word(toks[head].core)
        or toks[head].lower in lexicon.ROLE_NOUNS
        or _rank_after_rank(toks, run.start, head)
        or (head == run.start and _position_before_a_name(toks, head, run.end))
        or (head == run.start and _class_of_a_rank(toks, head, run.end))
    ):
        mention.title = _slice(text, toks[_back_title(toks, head) : head + 1])
    elif idx > 1 and toks[idx - 1].trail.startswith(",") and not toks[idx - 1].possessive:
        p = toks[idx - 1]
        if _is_title_word(p.core) and _closed_by_a_comma(toks, last_idx):
            mention.title = _slice(text, toks[_back_title(toks, idx - 1) : idx]).rstrip(",")
        elif (
            idx > 2
            and toks[last_idx].trail.startswith(",")
            and toks[idx - 2].lower in ("of", "for")
            and not toks[idx - 2].trail
            and toks[idx - 3].lower in lexicon.ROLE_NOUNS
            and toks[idx - 3].core.islower()
            and not toks[idx - 3].trail
            and p.core[:1].isupper()
        ):
            # "The mayor of Lyon, Gregory Marchand,": the role and what it is of
            mention.title = _slice(text, toks[_back_title(toks, idx - 3) : idx]).rstrip(",")


_BARE_HONORIFICS = frozenset(h.rstrip(".") for h in lexicon.BARE_HONORIFICS)


def _closed_by_a_comma(toks: list[Token], last_idx: int) -> bool:
    """The name ending at toks[last_idx] is closed by a comma, after letters of office or honour
    at most ("The prosecutor, Anne Lee KC, told ...")."""
    if toks[last_idx].trail.startswith(","):
        return True
    nxt = toks[last_idx + 1] if last_idx + 1 < len(toks) else None
    return (
        nxt is not None and not toks[last_idx].trail and nxt.core in lexicon.POST_NOMINALS and nxt.trail.startswith(",")
    )


def _office_before_styles(toks: list[Token], start: int, head: int) -> int:
    """ "Chief Minister Tan Sri Ana Yusof", "Youth chief Datuk Seri Ana Yusof": the office word
    in front of two words of honour (a Malaysian pair, or two styles), which is the title; else
    `head` unchanged."""
    two_styles = head - 1 > start and all(
        toks[j].lower.rstrip(".'\u2019") in _BARE_HONORIFICS for j in (head, head - 1)
    )
    if not (two_styles or _malay_style_pair(toks, start, head)):
        return head
    h = head - 2
    if h < 0 or toks[h].trail or not (toks[h].lower in lexicon.ROLE_NOUNS or _is_title_word(toks[h].core)):
        return head
    return head if toks[h].lower.rstrip(".") in _BARE_HONORIFICS else h


def _office_before_a_bare_honorific(toks: list[Token], head: int) -> bool:
    """ "Chairman Sir Malcolm Ashworth", "Prime Minister Dame Ann Lee": a bare honorific at
    toks[head] right after an office word, which is the title."""
    prev = toks[head - 1]
    return (
        toks[head].lower.rstrip(".") in _BARE_HONORIFICS
        and not prev.trail
        and (prev.lower in lexicon.ROLE_NOUNS or _is_title_word(prev.core))
        and prev.lower.rstrip(".") not in _BARE_HONORIFICS
    )


def _assign_titles(roster: Roster, segments) -> None:
    weak: dict[int, str] = {}
    for seg, _ in segments:
        for m in roster.mentions.get(seg, []):
            person = roster.people[m.person]
            if person.title or not m.title:
                continue
            if m.title.lower().rstrip(".") in _BARE_HONORIFICS:
                weak.setdefault(m.person, m.title)
                continue
            person.title = m.title
    for i, title in weak.items():
        if not roster.people[i].title:
            roster.people[i].title = title


def _trie(words) -> str:
    """A regex alternation of `words` as a prefix tree ("s(?:aid|ays)"): the same matches as
    "said|says" wherever a word boundary follows, with far fewer branches to try."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(tree)


_ROLE_ALT = _trie(r for r in lexicon.ROLE_NOUNS if r.isalpha())
_VERB_ALT = _trie(lexicon.REPORTING_VERBS)
_UNNAMED_ROLE = re.compile(
    r"(?:^|[,;]\s+)(?:(?:a|an)\s+)+((?:[\w\u2019'-]+\s+){0,3}?(?:"
    + _ROLE_ALT
    + r")\b[^,;.\"\u201c]{0,80}?)\s+(?:"
    + _VERB_ALT
    + r")\b",
    re.IGNORECASE,
)


def _unnamed_role_matches(text: str) -> list[tuple[int, int, int, str]]:
    """(start, end, start of the role, the role) for each match of `_UNNAMED_ROLE`, as `finditer`
    finds them, but trying the pattern only where it can start (the start of the text, or a comma
    or semicolon followed by "a"), which is much cheaper than a regex scan of every character."""
    out = []
    end = 0
    pos = 0
    comma, semicolon = text.find(",", 1), text.find(";", 1)
    while True:
        if pos >= end and (pos == 0 or _may_open_role(text, pos)):
            match = _UNNAMED_ROLE.match(text, pos)
            if match is not None:
                end = match.end()
                out.append((match.start(), end, match.start(1), match.group(1)))
        if comma < 0 and semicolon < 0:
            return out
        if semicolon < 0 or 0 <= comma < semicolon:
            pos, comma = comma, text.find(",", comma + 1)
        else:
            pos, semicolon = semicolon, text.find(";", semicolon + 1)


def _may_open_role(text: str, pos: int) -> bool:
    """Whether ", a"/"; an" (any spacing, any case) stands at `pos`: a cheap necessary condition."""
    window = text[pos + 1 : pos + 64]
    rest = window.lstrip()
    return not rest or (len(rest) < len(window) and rest[0] in "aA")


def _assign_unnamed_roles(roster: Roster, segments, quote_ranges) -> None:
    """'An adviser to the office said ...' followed by a newly named person without a title:
    the role is that person's title (a common news pattern: role first, name later)."""
    pending: tuple[str, int] | None = None
    for pos, (seg, text) in enumerate(segments):
        if seg[0] != "block":
            continue
        mentions = roster.mentions.get(seg, [])
        if pending is not None:
            for m in mentions:
                if m.in_quote:
                    continue
                person = roster.people[m.person]
                if roster.first_pos[m.person] == (pos, m.start) and not person.title:
                    person.title = pending[0]
                    pending = None
                    break
            if pending is not None and pos - pending[1] > 2:
                pending = None
        ranges = quote_ranges.get(seg, [])
        for start, end, role_start, role in _unnamed_role_matches(text):
            if _in_ranges(role_start, ranges):
                continue
            if between(mentions, start, end, key=lambda m: m.start):
                continue
            words = role.split()
            if len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper():
                continue  # "A Premier League club has ...": a proper name, not a role
            pending = (" ".join(words), pos)


_PRONOUN_OR_START = frozenset(lexicon.PRONOUN_GENDER)
_OBJECT_PRONOUNS = frozenset(("him", "her", "them"))
_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "their"))


def _after_reporting_verb(text: str, pos: int) -> bool:
    """ "told him", "asked her": the pronoun is the listener, not the speaker."""
    before = text[max(0, pos - 20) : pos].split()
    return bool(before) and before[-1].lower() in lexicon.REPORTING_VERBS


_OBJECT_FOLLOWERS = re.compile(
    r"\s*(?:[,.;:!?)\u2014\u2013]|$|(?:as|at|in|on|to|for|with|from|about|into|over|again|several|twice|once|often|every)\b)"
)


def _object_of_a_verb(text: str, pos: int, end: int) -> bool:
    """ "met her several times", "described her as", "thanked him": an object right after a verb
    is someone other than the sentence's subject (who would be "herself")."""
    before = text[max(0, pos - 20) : pos].split()
    if not before or not before[-1].isalpha() or not before[-1].islower():
        return False
    word = before[-1]
    if word in lexicon.PREPOSITIONS or word in _NOT_VERBS:
        return False
    low = text[pos:end].lower()
    return low == "him" or (low == "her" and bool(_OBJECT_FOLLOWERS.match(text, end)))


# Words before a pronoun that are not verbs taking it as their object.
_NOT_VERBS = frozenset(["and", "or", "but", "than", "that", "if", "when", "while", "because", "as", "like", "unlike"])


def _assign_pronouns(roster: Roster, segments, quote_ranges) -> None:
    """he / she from sentences that name exactly one person and use one gender's pronouns."""
    votes: dict[int, dict[str, int]] = {}
    clear_votes: dict[int, dict[str, int]] = {}  # pronouns that are plainly the person's
    relation_votes: dict[int, dict[str, int]] = {}  # relations and honorifics ("Her son, X")
    last_people: set[int] = set()  # named in the sentence closing the paragraph before, for one opening "He ..."
    last_unnamed = False
    for seg, text in segments:
        ranges = quote_ranges.get(seg, [])
        mentions = StartsList(m for m in roster.mentions.get(seg, []) if not m.in_quote)
        toks = [
            t
            for t in roster.tokens[seg]
            if t.lower in _PRONOUN_OR_START and not (ranges and _in_ranges(t.start, ranges))
        ]
        prev_people: set[int] = set()
        prev_unnamed = last_unnamed  # the sentence before opened with someone unnamed ("A spokesman for X said")
        carried: tuple[str, set[int]] | None = None
        k = 0
        first_sentence = True
        for a, b in sentence_spans(text, ranges):
            named = between(mentions, a, b, key=lambda m: m.start)
            people = {m.person for m in named}
            # a possessive before the name is someone else's ("Her father, Chukwuemeka Nwosu, ...")
            after = named[0].end if named else a
            genders = set()
            owner_genders = set()
            clear = False  # a pronoun other than the subject of a reported clause ("said she had")
            first_word = ""
            # "“They are heroes,” she said.": a pronoun after an opening quotation can be the subject
            opens_quoted = bool(ranges) and text[a : a + 1] in _OPENING_MARKS
            while k < len(toks) and toks[k].start < b:
                tok = toks[k]
                k += 1
                if tok.start < a:
                    continue
                if not first_word and (
                    tok.start == a or (opens_quoted and _tag_after_opening_words(text, a, tok.start, ranges))
                ):
                    first_word = tok.lower
                if tok.start < after and tok.lower in _POSSESSIVE_PRONOUNS:
                    if tok.start == a:  # "Her coach, X, ...": the sentence is about her too
                        owner_genders.add(lexicon.PRONOUN_GENDER.get(tok.lower))
                    continue
                if tok.lower in _OBJECT_PRONOUNS and (
                    _after_reporting_verb(text, tok.start) or _object_of_a_verb(text, tok.start, tok.end)
                ):
                    continue
                if tok.lower in _POSSESSIVE_PRONOUNS and any(
                    m.end < tok.start and text[m.end : tok.start].strip() == "," for m in named
                ):
                    continue  # "Ivo Brandt, her neighbour,": she is someone else

                g = lexicon.PRONOUN_GENDER.get(tok.lower)
                if g == "he" or g == "she":
                    genders.add(g)
                    if not (tok.lower in ("he", "she") and _after_reporting_verb(text, tok.start)):
                        clear = True
            # "Her coach, Ivo Brandt, thinks she can win": the pronouns are the owner's
            if len(genders) == 1 and not (genders & owner_genders):
                gender = next(iter(genders))
                target = people if people else (prev_people if first_word in ("he", "she") else set())
                if not people and prev_unnamed:
                    target = set()  # "A spokesman from X's office said ... He confirmed ...": not X
                if not people and carried is not None and carried[0] == first_word:
                    # "He was arrested in the death of Ana Ruiz. He was convicted ...": still him
                    target = carried[1]
                if people and _pronoun_after_an_opening_phrase(text, a, b, named):
                    target = set()  # "Under questioning by Ivo Brandt, she said ...": not him
                if first_word in ("he", "she") and named and named[0].start > a:
                    # "He was represented by Ana Ruiz.": a subject pronoun opening the sentence is
                    # someone named before it, not the person it goes on to name
                    target = (prev_people if not first_sentence else last_people) - people
                if len(target) == 2 and named and named[0].possessive:
                    # "Ashby's partner, Ellie, films it on her phone": not Dominic Ashby's "her"
                    owner = named[0].person
                    if _given_name_pronoun(roster.people[owner].name) not in ("", gender):
                        target = target - {owner}
                if len(target) == 1:
                    p = next(iter(target))
                    votes.setdefault(p, {}).setdefault(gender, 0)
                    votes[p][gender] += 1 if clear else REPORTED_CLAUSE_WEIGHT
                    if clear:
                        _count(clear_votes, p, gender)
            if first_word in ("he", "she"):
                carried = _pronoun_subject_carried(
                    first_word, named, a, carried, people, prev_people if not first_sentence else last_people
                )
            else:
                carried = None  # only a sentence opening with "he" or "she" carries its subject on
            prev_people = people
            if first_word not in ("he", "she"):  # "He confirmed ...": still the one opening the sentence before
                prev_unnamed = text.startswith(("A ", "An "), a) and _opens_with_an_unnamed_role(text, a)
            first_sentence = False
        if prev_people:
            last_people = prev_people
        last_unnamed = prev_unnamed
        for m in mentions:
            # "Her father, X", "X, the company’s spokeswoman": a gendered noun in the title
            words = text[max(0, m.start - 30) : m.start].split()[-2:] + m.title.split()
            if m.possessive and _owns_a_gendered_noun(text, m.end):
                words = m.title.split()  # "Kevin’s father — Wu’s son, Daniel": the father is the son
            owned = [i for i, w in enumerate(words) if w.rstrip(",").endswith(("\u2019s", "'s"))]
            if owned:
                words = words[owned[-1] + 1 :]  # "Mr. Reed’s sister": the words before are the owner's
            for word in words:
                low = word.lower().strip(",’'")
                g = lexicon.GENDERED_NOUNS.get(low.rstrip("."))
                weight = KIN_WEIGHT if low.rstrip(".") in lexicon.KIN_NOUNS else 1
                if not g and word[:1].isupper():  # "Mrs Harte", never the verb in "did not miss X"
                    g = lexicon.GENDERED_HONORIFICS.get(low)
                    weight = KIN_WEIGHT
                if g:
                    votes.setdefault(m.person, {}).setdefault(g, 0)
                    votes[m.person][g] += weight
                    if weight == KIN_WEIGHT:
                        _count(relation_votes, m.person, g)
                    break
    given_name_votes(roster, votes)
    for p, tally in votes.items():
        best = max(tally, key=lambda g: tally[g])
        if _one_relation_against_pronouns(best, tally, clear_votes.get(p, {}), relation_votes.get(p, {})):
            best = "he" if best == "she" else "she"
        if tally[best] >= 1:
            roster.people[p].pronoun = best


def _opens_with_an_unnamed_role(text: str, a: int) -> bool:
    """ "A spokesman from X's office said ...", "An aide to X said ...": the sentence at `a` opens
    with someone unnamed, named by a role, so a "He" after it is that someone, not X."""
    words = text[a : a + 60].split()[1:3]
    for word in words:
        low = word.lower()
        if low in lexicon.ROLE_NOUNS:
            return True
        if not low.isalpha() or not word.islower():
            return False
    return False


def _owns_a_gendered_noun(text: str, end: int) -> bool:
    """ "Kevin’s father — Wu’s son, Daniel": the possessive name ending at `end` owns a gendered
    noun, so a gendered noun before the name describes that relative, not the owner."""
    at = end
    while at < len(text) and text[at] in "\u2019's":
        at += 1
    word = text[at : at + 16].split(None, 1)[:1]
    return bool(word) and word[0].lower().strip(",.;:") in lexicon.GENDERED_NOUNS


def _count(table: dict[int, dict[str, int]], p: int, gender: str) -> None:
    tally = table.setdefault(p, {})
    tally[gender] = tally.get(gender, 0) + 1


def _one_relation_against_pronouns(best: str, tally, clear: dict[str, int], relations: dict[str, int]) -> bool:
    """ "Wu opened the shop. She ... She ... / Kevin’s father — Wu’s son ...": the winning sex rests
    on one relation word alone, against several plain pronouns of the other sex."""
    if relations.get(best) != 1 or tally[best] > KIN_WEIGHT:
        return False
    other = "he" if best == "she" else "she"
    return clear.get(other, 0) >= 2 and not relations.get(other)


def _tag_after_opening_words(text: str, a: int, at: int, ranges: list[tuple[int, int]]) -> bool:
    """ "“They are heroes,” she said.": the sentence opens with a quotation and the pronoun at `at`
    comes right after it -- the subject of the sentence, as if it opened it."""
    if not ranges or text[a : a + 1] not in _OPENING_MARKS:
        return False
    end = next((hi for lo, hi in ranges if lo <= a < hi), None)
    return end is not None and end <= at and not text[end:at].strip(" ,\"'\u201d\u2019")


_OPENING_MARKS = frozenset("\"'\u201c\u2018")


def _pronoun_after_an_opening_phrase(text: str, a: int, b: int, named: list[Mention]) -> bool:
    """ "Under questioning by prosecutor Ivo Brandt, she said ...": a sentence opening with a
    preposition names people only in that opening phrase, and "he"/"she" after its comma is the
    clause's subject -- someone else."""
    first = text[a : a + 12].split(None, 1)[:1]
    if not first or first[0].lower() not in lexicon.PREPOSITIONS:
        return False
    comma = text.find(",", a, b)
    if comma < 0 or named[-1].end > comma:
        return False
    return text[comma + 1 : comma + 6].split(None, 1)[:1] in (["he"], ["she"])


def _pronoun_subject_carried(
    first_word: str, named: list[Mention], a: int, carried, people: set[int], before: set[int]
) -> tuple[str, set[int]] | None:
    """ "He was arrested in the death of Ana Ruiz. He was convicted ...": after a sentence opening
    with "he"/"she" for someone named before it (`before`), (pronoun, those people) -- the same
    pronoun opening the next sentence is still them, not the one the sentence named after it; a
    sentence opening with the pronoun and naming no one keeps the chain going; else None."""
    if first_word not in ("he", "she"):
        return None
    if named and named[0].start > a:
        return (first_word, before - people)
    return carried if not people and carried is not None and carried[0] == first_word else None


# "X said she had played well": "she" may be X or someone else; alone it does not settle X's pronoun
REPORTED_CLAUSE_WEIGHT = 0.5
GIVEN_NAME_WEIGHT = 2  # a common given name outweighs one gendered noun ("Sharon X, spokesman")
# a noun of family or an honorific ("Her son, Huw,", "Mrs Harte") outweighs a pronoun of the reported
# clause ("..., said she had been ...") and a given name
KIN_WEIGHT = 3


def _given_name_pronoun(name: str) -> str:
    """he / she when a full name opens with a given name listed for one sex, else "" (a relative
    named by a given name alone counts too: "the late Tommy")."""
    first = _given_after_a_family_name(name) or name.split()[0].lower()
    return "she" if first in given_names.FEMALE else "he" if first in given_names.MALE else ""


def _given_after_a_family_name(name: str) -> str:
    """ "Kim Eun-ji": a family name first, then a romanised hyphenated given name -- that given name,
    lower case (not the "Kim" that is also a given name); else ""."""
    parts = name.split()
    if len(parts) == 2 and "-" in parts[1] and _romanised(parts[0]):
        given = parts[1].lower()
        if parts[1].partition("-")[2][:1].islower() and _is_given_name_word(given):
            return given
    return ""


def given_name_votes(roster: Roster, votes: dict[int, dict[str, int]]) -> None:
    """A full name opening with a given name listed for one sex votes for that pronoun."""
    for p, person in enumerate(roster.people):
        gender = _given_name_pronoun(person.name)
        if gender:
            tally = votes.setdefault(p, {})
            tally[gender] = tally.get(gender, 0) + GIVEN_NAME_WEIGHT


class Evidence:
    """What the runs naming one name say about it: strong signs of a person (a title or role,
    a reporting verb with it as subject, an age or "who" after it, a middle initial), a weak
    one (a common given name first), and signs of a place or an organisation ("in X", "at X",
    "X says it ...")."""

    __slots__ = ("against", "says_it", "strong", "weak")

    def __init__(self):
        self.strong = self.weak = self.against = self.says_it = False


def personhood_evidence(all_runs) -> dict[str, Evidence]:
    """Evidence per name (the name part of every run outside quotations), over the article."""
    table: dict[str, Evidence] = {}
    for text, runs in all_runs:
        for run in runs:
            if run.in_quote or run.org:
                continue
            name_toks = run.name_tokens
            if not name_toks:
                continue
            evidence = table.setdefault(_slice(text, name_toks), Evidence())
            strong, against = run_evidence(text, run)
            evidence.strong |= strong
            if against == _SAYS_IT:
                evidence.says_it = True
            else:
                evidence.against |= against
            first = _significant(name_toks)[:1]
            if first and _norm_word(first[0].core) in given_names.ALL:
                evidence.weak = True
    return table


def run_evidence(text: str, run: Run) -> tuple[bool, bool | int]:
    """(strong sign of a person, sign against) from the words around one run."""
    toks, start, end = run.tokens, run.start, run.end
    name = run.name_tokens
    if run.title_tokens > 0 or any(_is_middle_initial(toks[j], toks, j) for j in range(run.name_from, end - 1)):
        return True, False
    if any(t.lower.rstrip(".") in lexicon.NAME_SUFFIXES for t in name[1:]):
        return True, False
    prev = toks[start - 1] if start > 0 and not _breaks_after(toks[start - 1]) and not toks[start].lead else None
    if (
        prev is not None
        and prev.core.islower()
        and (
            (prev.lower in lexicon.ROLE_NOUNS and prev.lower not in _ADJECTIVE_RANKS)
            or prev.lower in lexicon.INVERTIBLE_VERBS
        )
    ):
        return True, False  # "head coach Ana Ruiz", "said Ana Ruiz"
    if (
        prev is not None
        and prev.lower == "for"
        and run.name_from == start
        and start > 1
        and toks[start - 2].lower in _MEMBERS_FOR_SEATS
    ):
        return False, True  # "the MLA for Nechako Lakes": the seat, not a person
    last = toks[end - 1]
    nxt = toks[end] if end < len(toks) else None
    if nxt is not None and not last.possessive:
        if last.trail.startswith(",") and (nxt.core[:1].isdigit() or nxt.core in ("who", "whose")):
            return True, False  # "Ana Ruiz, 34,", "Ana Ruiz, who"
        if not _breaks_after(last) and nxt.core.islower() and nxt.lower in lexicon.REPORTING_VERBS:
            after = toks[end + 1].lower if end + 1 < len(toks) and not nxt.trail else ""
            if after in ("it", "its") and nxt.lower not in _CALLING_VERBS:
                return False, _SAYS_IT  # "Harbour Power says it will ..."; but "Ana Ruiz called it ..."
            return True, False
    if nxt is not None and not last.possessive and not _breaks_after(last) and nxt.lower in _NAMED_PROCEDURES:
        return False, True  # "after Tommy Kesby surgery": the operation named after someone
    if _appositive(text, toks, end - 1):
        return True, False
    # "in X", "at X": a place; but "in X's kitchen" is someone's, and "turned inside Ben Whitlock"
    # passed a player
    against = (
        prev is not None
        and (prev.lower in _PLACE_PREPOSITIONS or _an_outlet_told(prev, name))
        and not last.possessive
        and not (
            prev.lower in _PASSING_PREPOSITIONS
            and _norm_word(name[0].core) in given_names.ALL
            and _norm_word(name[-1].core) not in _LANDFORMS  # but "near Grace Lake" is a lake
        )
    )
    return False, against


_NAMED_PROCEDURES = frozenset(["surgery", "surgeries", "syndrome", "disease", "procedure", "manoeuvre", "maneuver"])
# Landforms that are also surnames ("Ruth Hill"): after "near", "outside", a place's name.
_LANDFORMS = frozenset(["lake", "river", "hill", "hills", "bay", "falls", "springs", "ridge", "beach", "pond"])


def _an_outlet_told(prev: Token, name: list[Token]) -> bool:
    """ "he told Fox Footy", "told Harrow Live": a name after "told" with no given name first is the
    outlet spoken to, unless the text shows it is a person's elsewhere ("told Ana Ruiz")."""
    return prev.lower in ("told", "tells") and not _is_given_name_word(_norm_word(name[0].core))


# Verbs whose "it" is their object, not the subject of a clause: "Ana Ruiz called it a disgrace".
_CALLING_VERBS = frozenset(
    ["call", "calls", "called", "calling", "describe", "describes", "described", "describing"]
    + ["dub", "dubs", "dubbed", "term", "terms", "termed", "label", "labels", "labelled", "labeled"]
    + ["brand", "brands", "branded", "deem", "deems", "deemed", "consider", "considers", "considered"]
)
_SAYS_IT = 2  # run_evidence's "against" for "X says it ...": weaker than a place preposition


def _the_seat_of_a_member(run: Run) -> bool:
    """ "the Labour MP for Kesby", "Member for Kew": the one word after a member's "for" is the seat."""
    toks, at = run.tokens, run.name_from
    return at >= 2 and toks[at - 1].lower == "for" and not toks[at - 1].trail and _member_for(toks[at - 2])


def _member_for(tok: Token) -> bool:
    return tok.lower in _MEMBERS_FOR_SEATS and not tok.trail


# Members "for" the seat they hold: "the MLA for Nechako Lakes", "Member for Kew Heights".
_MEMBERS_FOR_SEATS = frozenset(p.lower() for p in lexicon.POST_NOMINALS) | frozenset(
    ["member", "councillor", "councilor", "senator", "representative", "alderman"]
)
_PASSING_PREPOSITIONS = frozenset(["near", "inside", "outside", "past", "beside", "behind"])
# (and "during": a sitting or an event, "during Topical Issues", "during Question Time")
_PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "outside", "inside", "across", "throughout", "during"])


def has_personhood_evidence(name: str, table: dict[str, Evidence], common) -> bool:
    """Whether a full name is kept as a person's.  A strong sign at any run naming it (or
    naming its surname alone) keeps it; a sign of a place or an organisation ("in X", "X says
    it") drops it; so does, without a common given name first, a brand-like word ("JetBlue")
    or a last word the article also uses as a lower-case noun ("Harbour Shares").  Otherwise
    a capitalised pair of name words is taken for a person."""
    evidence = table.get(name)
    if evidence is None or evidence.strong:
        return True
    parts = _without_suffix(name.split())
    surname = table.get(parts[-1])
    if surname is not None and surname.strong:
        return True
    if evidence.against or (evidence.says_it and not evidence.weak):
        # "Harbour Power says it will": an organisation, unless a common given name opens the
        # name ("Anna Grove said it was over")
        return False
    if evidence.weak:
        return True
    return not (parts[-1].lower() in common or any(_camel_case(part) for part in parts))


def _camel_case(word: str) -> bool:
    """ "JetBlue", "eBay", "PayPal": a capital after a lower-case letter inside one word (not a
    surname's own prefix: "McDermott", "MacLeod", "FitzGerald", "DeShawn", "LaToya")."""
    return any(
        any(a.islower() and b.isupper() for a, b in pairwise(part))
        for part in word.split("-")
        if not _SURNAME_PREFIX.fullmatch(part)
    )


_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+")
