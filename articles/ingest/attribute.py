"""Stage 5: give each quotation a speaker, recording the evidence used.

Cues, tried in order for each quotation:

1. after the quotation, in its sentence: "..., X said", "..., said X", "..., X, the
   minister, said", "..., he added", "..., the minister said", "..., the company said",
   or a short clause whose subject is a named person ("..., councillor X fired back");
2. before it, in its sentence: the subject of the last reporting verb ("X said that ...
   “...”", "X told reporters ...", "according to X");
3. no cue in the sentence: the speaker of the previous quotation in the same paragraph,
   or, for a paragraph that opens with a quotation, of the previous paragraph (a
   continuation), or the last reporter or the one person the previous paragraph is
   about; else the person the sentence is about (behind a title: "Shop owner X was ...",
   or a role subject named just after: "A county judge has ..."), or, for a quotation
   that opens its sentence, the subject of the sentence before ("..., she smiled. “Why
   not?”").

A subject is never an object ("X told Y", "X, who coached Y, said"), a possessor ("X's
lawyer") or after a preposition ("a spokesman for X").

A pronoun goes to the most recent person in subject position (or the most recent
speaker) whose known pronoun agrees, else to the last person named whose pronoun does
not disagree; a role ("the governor") to the most recent person
whose title holds that role; a description ("the Spaniard", "the 20-year-old", a role no
title holds) to the most recent person in subject position, unless the text has just
introduced an unnamed one ("a senior official ... the official said"); anything else (an
organisation, a statement, "supporters chanting", "a sign that said") gives None.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import islice, pairwise

from . import lexicon
from .marks import quoted_spans
from .model import ParsedQuote
from .people import Mention, Roster, given_only_a_first_name, label_line_name, speaker_label
from .quotes import SEG_BLOCK, SEG_DECK, QuoteSpan, bracketed_note_before
from .structure import dateline_length
from .tokens import StartsList, Token, between, inside, opens_sentence, sentence_at, sentence_spans, tokenize

_CONJUNCTIONS = frozenset(["but", "and", "or", "then", "yet", "so"])
_LABELLING = frozenset(
    ["labelled", "labeled", "branded", "called", "dubbed", "described", "termed", "denounced", "condemned"]
)
_SUBORDINATORS = frozenset(["after", "when", "as", "because", "since", "while", "before", "once", "until"])
_LABELLING_CLAUSE_OPENERS = _SUBORDINATORS | {"but", "whereas", "yet"}
_LABEL_BACK = 6  # words back from a quotation to a labelling verb ("labelled its forecast a")
_SAYING = frozenset(["said", "says", "say", "claimed", "claims", "insisted", "insists", "added", "adds"])
_SPOKE = frozenset(["spoke", "speaks", "speaking"])
_CLAUSE_JOINS = frozenset(["and", "but", "while", "whereas", "yet"])  # ", and X was blunt: “...”"
_ADVERBS = frozenset(
    ["later", "also", "then", "again", "once", "still", "never", "often", "previously", "earlier", "subsequently"]
)
_AUXILIARIES = frozenset(["has", "had", "have", "would", "will", "did", "does", "may", "might"])
_MAX_SUBJECT_TOKENS = 40
_MAX_BACK_SEGMENTS = 4
_STAFF_ROLES = frozenset(["manager", "coach", "boss", "gaffer", "skipper"])  # a team's, in sport copy
_WORLD_RANKING = re.compile(r"world (?:no\.?|number) ?\d+")  # "the world No. 1", "the world number 2"
_RUN_LOOKAHEAD = 8  # quotation paragraphs an untagged opening run looks ahead over for its tag
_HEADING_LOOKBACK = 40  # paragraphs a quotation looks back over for a speaker's heading line
_TOPIC_LINE_WORDS = 15  # words in a topic line ("On the second half:") between a heading and its quotes
_HEADING_ASIDE_WORDS = 12  # words in a bracketed aside after the name in a heading line (team, result)
_HEADING_TITLE_WORDS = 5  # capitalised title words before the name in a speaker's heading line
_RESULT_LABEL_CHARS = 90  # characters of "Name - time - place (session):" before a quotation
_NAME_AFTER_A_COMMA = re.compile(r",\s+[A-Z]")
_MAX_BACK_EVENTS = 400  # a pronoun looks this many topics back at most (bounded on a huge paragraph)
_MAX_CLOSING_CLAUSE = 10  # tokens after a quotation read as "Name <verb> ..." without a reporting verb
_LOOK_AHEAD_SEGMENTS = 2
_LEDE_ROLE_AHEAD = 5  # a role the lede opens with may be named this many paragraphs after the next
_MAX_DESCRIPTION_TOKENS = 5  # lower-case words before a speaker's name after a quotation ("shop owner X")
_MAX_UNNAMED_SUBJECT = 7  # lower-case words naming no one before a verb ("one person familiar with the matter said")
_RESUME_SEGMENTS = 3  # a cue-less quotation resumes the last speaker at most this many paragraphs on  # a role subject may be named this many paragraphs later
_WITNESS_SEGMENTS = 8  # "the witness" looks this many paragraphs back for the one who testified
_DESCRIPTION_WINDOW = 1500  # characters searched back for "a/an ... <noun>" introducing an unnamed person


@dataclass
class Evidence:
    speaker: int | None  # person index
    cue: str
    verb: str = ""


@dataclass
class _Event:
    order: tuple[int, int]
    person: int


_PRESENT_TAG = re.compile(r"(he|she) (\w+s)\b", re.IGNORECASE)
_PRESENT_TAG_AFTER_QUOTE = re.compile(r"\u201c[^\u201d]{1,400}?[,?!]\u201d (he|she) (\w+s)\b")
_RELATION_BEFORE = re.compile(r"\b(his|her) (\w+), $", re.IGNORECASE)
_PAST_AFTER_APPOSITION = re.compile(r",(?: \d+,)? ([a-z]+)\b")
_WAS_BEFORE = re.compile(r"\b(?:was|were)(?: [A-Z][a-z]+\.?)? $")
_OWNED_ROLE_AFTER = re.compile(r", [A-Z][\w-]*(?: [A-Z][\w-]*)*(?:\u2019s|'s) [a-z]+")
_DIED_AFTER = re.compile(r"(?:,? who)? (?:had )?died\b")
_PAST_WORD = re.compile(r"\b(?:[a-z]+ed|lost|flew|died|shot|fell)\b")
_PRESENT_WORD = re.compile(r"\b(?:still|now|is|are|has|have|lives|works|who|whom)\b")
_IRREGULAR_PAST = frozenset(
    [
        "was",
        "were",
        "had",
        "ran",
        "taught",
        "made",
        "took",
        "gave",
        "kept",
        "built",
        "left",
        "came",
        "went",
        "got",
        "grew",
        "met",
        "began",
        "lost",
        "told",
        "sold",
        "bought",
        "brought",
        "spent",
        "held",
        "knew",
        "saw",
        "became",
        "fought",
        "drove",
        "rode",
        "wrote",
    ]
)


_CLAUSE_AFTER_TAG = frozenset(["but", "and", "although", "though", "while"])


def _tag_before_a_clause(toks: list[Token]) -> list[Token]:
    """The tag set off by commas before a further clause: "..., Vell said, but the boat was gone."
    -- its words, ending at the second comma, when a conjunction opens what follows; else []."""
    for k in range(len(toks) - 1):
        if toks[k].trail.strip() != "," or toks[k + 1].lower not in _CLAUSE_AFTER_TAG:
            continue
        j = next((i for i in range(k - 1, -1, -1) if toks[i].trail.strip()), -1)
        if j >= 0 and toks[j].trail.strip() == "," and 1 < k - j <= 8:
            return toks[j + 1 : k + 1]
    return []


def _title_head(title: str) -> str:
    """The office word that ends a title ("chief" of "Police Chief"), when it names a role."""
    words = title.lower().split()
    head = words[-1].strip(".,") if words else ""
    return head if head in lexicon.ROLE_NOUNS else ""


def _past_tense(word: str) -> bool:
    """A verb that reads as past tense: "opened", "ran"."""
    return word.endswith("ed") or word in _IRREGULAR_PAST


def _start(item) -> int:
    return item.start


def _first(item):
    return item[0]


def _order(event: _Event) -> tuple[int, int]:
    return event.order


class Attributor:
    """Holds per-article lookups; `attribute()` walks the quotations in text order."""

    def __init__(
        self, segments: list[tuple[tuple[str, int], str]], kinds: dict, roster: Roster, spans: list[QuoteSpan]
    ):
        self.segments = segments
        self.kinds = kinds
        self.seg_order = {seg: i for i, (seg, _) in enumerate(segments)}
        self.texts = {seg: text for seg, text in segments}
        self.roster = roster
        self.spans = [s for s in spans if s.is_quote]
        self.ranges: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for span in self.spans:
            for n, (index, _a, b) in enumerate(span.parts):
                lo = span.open_pos if n == 0 else 0  # a later part opens its paragraph
                hi = span.close_pos if n == len(span.parts) - 1 else b
                self.ranges.setdefault((span.seg, index), []).append((lo, hi))
        for items in self.ranges.values():
            items.sort()
        self.seen: dict[int, list[tuple[int, int]]] = {}
        for seg, ms in roster.mentions.items():
            for m in ms:
                self.seen.setdefault(m.person, []).append((self.seg_order[seg], m.start))
        for orders in self.seen.values():
            orders.sort()
        self._sentences: dict[tuple[str, int], list[tuple[int, int]]] = {}
        self._unquoted: dict[tuple[str, int], StartsList] = {}  # per segment, its tokens outside quotations
        self._owner_topics: set[tuple[int, int]] = set()  # topics that are only an owner ("X's remains")
        self._pronoun_topics: set[tuple[int, int]] = set()  # "She comes on Tuesdays.": topics by pronoun
        self._played: set[int] | None = None  # people named only as parts played, built on first use
        self._words_first: dict[int, int] | None = None  # a round-up's quotation -> the one named under it
        self.events: list[_Event] = self._subject_events()
        self.speakers: list[_Event] = []  # who said each quotation so far, in reading order
        self.asked: int | None = None  # the one the last quotation, a question, was asked of
        self.questioner: int | None = None  # the one whose question the last quotation answered
        self._question_by: int | None = None  # the speaker of the last quotation, when it was a question
        # role words per person: the kept title first, then any other title a mention gave
        other_titles: list[dict[str, None]] = [{} for _ in roster.people]
        for ms in roster.mentions.values():
            for m in ms:
                for title in (m.title, m.front_title):
                    if title and title != roster.people[m.person].title:
                        other_titles[m.person][title] = None
        self.titles: list[list[str]] = [
            _title_words(p.title) + [w for title in other_titles[i] for w in _title_words(title)]
            for i, p in enumerate(roster.people)
        ]
        self._roles: dict[str, list[tuple[tuple[int, int], int]]] = {}
        self._deaths: dict[int, tuple[int, int] | None] = {}  # where a relative's death is told
        # the initials of each person's titles, for "said the DPP" after "Deputy Public Prosecutor X"
        self.title_initials: list[set[str]] = [
            {form for title in (p.title, *other_titles[i]) if title for form in _initials_forms(title)}
            for i, p in enumerate(roster.people)
        ]
        self._ages: list[tuple[tuple[int, int], str, int]] | None = None  # built on first "the N-year-old"
        self._descriptions: dict[str, list[tuple[tuple[int, int], int]]] = {}  # head noun -> (order, person)
        self._unnamed_speakers: dict[str, list[tuple[int, int]]] = {}  # head noun -> where one spoke

    # --- helpers -------------------------------------------------------------------

    def tokens(self, seg) -> list[Token]:
        toks = self.roster.tokens.get(seg)
        if toks is None:
            toks = self.roster.tokens[seg] = tokenize(self.texts[seg])
        return toks

    def sentences(self, seg) -> list[tuple[int, int]]:
        if seg not in self._sentences:
            self._sentences[seg] = sentence_spans(self.texts[seg], self.ranges.get(seg, []))
        return self._sentences[seg]

    def quoted(self, seg, pos: int) -> bool:
        ranges = self.ranges.get(seg)
        return bool(ranges) and inside(ranges, pos)

    def mentions(self, seg, a: int, b: int) -> list[Mention]:
        return [m for m in between(self.roster.mentions.get(seg, []), a, b, key=_start) if not m.in_quote]

    def window(self, seg, a: int, b: int) -> list[Token]:
        """Tokens starting in [a, b) that are not inside a quotation."""
        unquoted = self._unquoted.get(seg)
        if unquoted is None:
            unquoted = self._unquoted[seg] = StartsList(_outside(self.tokens(seg), self.ranges.get(seg, [])))
        return between(unquoted, a, b, key=_start)

    def _subject_events(self) -> list[_Event]:
        """The first person named in each sentence (its topic), in reading order."""
        events = []
        for seg, _text in self.segments:
            if self.kinds.get(seg) == "caption":
                continue
            mentions = StartsList(m for m in self.roster.mentions.get(seg, []) if not m.in_quote)
            if not mentions:
                continue
            before: tuple[int, int, list[Mention]] | None = None  # the clause before and whom it names
            for a, b in self._clauses(seg):
                # "with X", "to X" are not the topic; "Whitcombe’s lawyer, Theresa Gallagher-Moss,
                # asked": the owner is not the topic, unless no one else is ("Alford’s last shot was
                # a three. He ..."); "The coach praised Tim Bale.": an object is not the topic; but
                # "a nurse who gave her name as X said" makes X the subject of "said"
                text = self.texts[seg]
                named = clause = between(mentions, a, b, key=_start)
                if before and not named and text.startswith(("He ", "She "), a):
                    # "Farmers such as Budi, 58, stayed. He said ...": a clause opening with he or
                    # she and naming no one goes on about the one person the clause before named
                    person = self._pronoun_goes_on_about(seg, a, before)
                    if person is not None:
                        events.append(_Event((self.seg_order[seg], a), person))
                        self._pronoun_topics.add((self.seg_order[seg], a))
                before = (a, b, named) if named else None
                if named and _opens_with_a_pronoun_subject(text, a):
                    # "He identified them as X, 19, and Y, 20.": the pronoun is the subject; whom it
                    # names are others, not the clause's topic
                    continue
                if _ASKED_OPENING.match(text, a):
                    # "Asked whether X could leave, Y laughed.": the topic follows the opening clause
                    comma = next((t for t in self.window(seg, a, b) if t.trail.startswith(",")), None)
                    if comma is not None:
                        a = comma.end
                        clause = between(mentions, a, b, key=_start)
                elif clause and _PARTICIPLE_OPENING.match(text, a) and clause[0].start > a + 5:
                    # "Referring to remarks by X and Y, Brenner urged ...": Brenner is the topic
                    clause = self._past_an_opening_participle(seg, a, b, clause)
                found = [
                    m
                    for m in clause
                    if not ("(" in text and _in_brackets(text, a, m))
                    and (
                        m.prev not in lexicon.PREPOSITIONS
                        and not _after_a_preposition_and_an_owner(text, m)
                        and not self._in_object_position(seg, m)
                        and not _related_after_a_preposition(text, m)
                        and not _interpreting(text, m)
                    )
                    or (_reporting_verb_follows(text, m.end) and not _agent_of_a_participle(text, m))
                    or _framed_topic(text, m)
                    or (m.prev == "for" and _INFINITIVE_AFTER.match(text, m.end) is not None)
                    or (  # "according to (Professor) X": a source cited
                        (m.prev == "to" or m.prev in lexicon.HONORIFICS or m.prev in lexicon.ROLE_NOUNS)
                        and _ACCORDING_TO_BEFORE.search(text, max(0, m.start - 40), m.start)
                    )
                ]
                topic = next((m for m in found if not m.possessive), found[0] if found else None)
                if topic is not None and found[0].possessive and self._owner_says_so(seg, a, found[0], topic):
                    topic = found[0]  # "Bee's only regret, she admitted, was that Tommy ...": Bee
                if topic is not None and _in_apposition_to_a_noun(text, topic):
                    # "Asked about his rival, Tyler Dawes, Bianchi laughed.": the clause's subject follows
                    later = [m for m in found if m.start > topic.end and not m.possessive]
                    if later:
                        topic = later[0]
                if topic is not None:
                    events.append(_Event((self.seg_order[seg], topic.start), topic.person))
                    if topic.possessive:
                        self._owner_topics.add((self.seg_order[seg], topic.start))
                    # "X and Y met on Tuesday.": both are subjects
                    for m in found:
                        if m.start > topic.start and m.prev == "and" and not m.possessive:
                            gap = self.texts[seg][topic.end : m.start].split()
                            if gap == ["and"]:
                                events.append(_Event((self.seg_order[seg], m.start), m.person))
                            break
        return events

    def _past_an_opening_participle(self, seg, a: int, b: int, clause: list[Mention]) -> list[Mention]:
        """The mentions from the first one set off before it by a comma and not after it (the main
        clause's subject after the opening participial phrase: "Referring to remarks by X and Y,
        Brenner urged"), or the clause's mentions unchanged when there is none."""
        text = self.texts[seg]
        for k, m in enumerate(clause):
            if not m.possessive and text[max(a, m.start - 2) : m.start] == ", " and text[m.end : m.end + 1] != ",":
                return clause[k:]
        return clause

    def _pronoun_goes_on_about(self, seg, a: int, before: tuple[int, int, list[Mention]]) -> int | None:
        """ "Among her customers is Mona Ali, a widow. She comes on Tuesdays.": the clause at `a`
        opens with "he" or "she" -- the one person the clause `before` named, when that is their
        pronoun and that clause did not open with an unnamed someone ("The coach praised Tom
        Reed. He ..."); else None."""
        lo, hi, named = before
        people = {m.person for m in named}
        if len(people) != 1 or self.quoted(seg, a):
            return None
        person = people.pop()
        gender = "he" if self.texts[seg][a] == "H" else "she"
        if self.roster.people[person].pronoun != gender or _unnamed_opener(self.window(seg, lo, hi)[:4]):
            return None
        return person

    def _owner_says_so(self, seg, a: int, owner: Mention, topic: Mention) -> bool:
        """ "Bee's only regret, she admitted, was that Tommy ...": a possessive opening the clause
        at `a` (behind a title at most), then a pronoun and a reporting verb set off by commas
        before `topic` -- the owner is the one who says so, so the clause is about her."""
        if topic is owner or any(not _title_like(t) for t in self.window(seg, a, owner.start)):
            return False
        toks = self.window(seg, owner.end, topic.start)
        return any(
            before.trail.strip() == ","
            and pronoun.lower in ("he", "she")
            and not pronoun.trail
            and verb.lower in lexicon.REPORTING_VERBS
            and verb.trail.strip() == ","
            for before, pronoun, verb in zip(toks, toks[1:], toks[2:], strict=False)
        )

    def _clauses(self, seg) -> list[tuple[int, int]]:
        """The sentences of a segment, each cut again at a semicolon outside quotations ("Tom Lake
        drove vans; Valentina Ricci sold cakes."): each part has a topic of its own."""
        text = self.texts[seg]
        out = []
        for a, b in self.sentences(seg):
            start = a
            cut = text.find("; ", a, b)
            while cut >= 0:
                if not self.quoted(seg, cut):
                    out.append((start, cut + 1))
                    start = cut + 2
                cut = text.find("; ", cut + 2, b)
            out.append((start, b))
        return out

    # --- resolution ----------------------------------------------------------------

    def _events_before(self, order: tuple[int, int]):
        """Subject events before `order`, latest first: the topics found up front merged with the
        speakers recorded so far (those come in reading order, so they are appended, not inserted,
        which keeps a long article linear); a speaker comes first among events at one position."""
        topics, speakers = self.events, self.speakers
        a = bisect_left(topics, order, key=_order) - 1
        b = bisect_left(speakers, order, key=_order) - 1
        while a >= 0 or b >= 0:
            if b >= 0 and (a < 0 or speakers[b].order >= topics[a].order):
                yield speakers[b]
                b -= 1
            else:
                yield topics[a]
                a -= 1

    def resolve_pronoun(self, pronoun: str, order: tuple[int, int]) -> int | None:
        gender = lexicon.PRONOUN_GENDER.get(pronoun, "")
        if gender not in ("he", "she"):
            if gender == "they":
                for event in islice(self._events_before(order), 49):
                    if self.roster.people[event.person].pronoun == "they":
                        return event.person
            return None
        role_topic = self._role_topic_before(gender, order)
        if role_topic is not None:
            return role_topic
        spouse = self._relative_topic_before(gender, order)
        if spouse is None:
            spouse = self._owner_of_relatives_before(gender, order)
        if spouse is not None:
            return spouse
        if self._unnamed_topic_before(gender, order):
            return None  # "A DEA spokeswoman said ... “...,” she said.": no one named
        shared = self._shared_surname_reporter_before(gender, order)
        if shared is not None:
            return shared  # "..., but Harte says the shop will not reopen. / “...,” she said.": Ana Harte
        run_speaker = self._run_speaker(gender, order)
        if run_speaker is not None:
            return run_speaker
        limit = order[0] - _MAX_BACK_SEGMENTS
        fallback = None
        characters = self._characters()
        for event in islice(self._events_before(order), _MAX_BACK_EVENTS):
            if event.order[0] < limit:
                break
            if fallback is not None and event.order[0] != fallback[0]:
                break
            if event.person in characters:
                continue  # "when Shaz discovered the affair": a part played, not who "she" is
            if self._a_relative_told_dead(event.person, order):
                continue  # "Her father, Jack, taught him to fish. Jack died in 1998.": not "he said"
            known = self.roster.people[event.person].pronoun
            if known == gender:
                event = self._subject_before_owner(event, gender)
                # someone the text already calls "she" beats a nearer person of unknown
                # pronoun named in the same paragraph
                if event.order[0] < order[0]:
                    named = self._one_named_in_the_paragraph(gender, event.person, order)
                    if named is not None:
                        return named
                    owner = self._owner_of_a_relative_in_the_past(event, gender, order)
                    if owner is not None:
                        return owner
                    return self._one_named_since_of(gender, event, order) or event.person
                return event.person
            if known == "" and fallback is None:
                fallback = (event.order[0], event.person, event.order)
        if fallback:
            return self._one_of_the_sex_named_since(gender, fallback[2], order) or fallback[1]
        return self._latest_compatible_mention(gender, order)

    def _shared_surname_reporter_before(self, gender: str, order: tuple[int, int]) -> int | None:
        """ "Milo Harte ... Ana Harte ... but Harte says the shop will not reopen. / “...,” she said.": the
        sentence just before has a surname that several people share as the subject of a verb of
        saying; the one of them of the pronoun's sex is "she"."""
        before = self._sentence_before(order)
        if before is None:
            return None
        seg, a, b, named_until = before
        text = self.texts[seg]
        for m in self.mentions(seg, a, named_until):
            after = self.window(seg, m.end, b)[:1]
            if (
                m.possessive
                or not after
                or not after[0].core.islower()
                or after[0].lower not in lexicon.REPORTING_VERBS
            ):
                continue
            surname = " ".join(text[m.start : m.end].split())
            sharing = [i for i, p in enumerate(self.roster.people) if p.name.endswith(" " + surname)]
            matching = [i for i in sharing if self.roster.people[i].pronoun == gender]
            if not matching:
                # of unknown sex, but the one of them who has spoken ("“...,” Odile Harte said")
                spoken = {e.person for e in self.speakers[: bisect_left(self.speakers, order, key=_order)]}
                matching = [i for i in sharing if not self.roster.people[i].pronoun and i in spoken]
            if len(sharing) > 1 and len(matching) == 1:
                return matching[0]
        return None

    def _one_of_the_sex_named_since(self, gender: str, since: tuple[int, int], order: tuple[int, int]) -> int | None:
        """ "“...,” Tavo Dreyfuss added. ... when a panelist said so, she shot back. “...,” she said.":
        the one speaker of the exchange the text already calls "she", named after the latest subject
        of unknown sex, is "she", not that subject (not one named only as an object, who has not
        spoken: "The coach praised Tim Bale. “...,” he said.")."""
        spoken = {event.person for event in self.speakers[: bisect_left(self.speakers, order, key=_order)]}
        found = None
        for person, seen in self.seen.items():
            if self.roster.people[person].pronoun != gender or person not in spoken:
                continue
            index = bisect_left(seen, order) - 1
            if index >= 0 and seen[index] > since:
                if found is not None:
                    return None
                found = person
        return found

    def _a_relative_told_dead(self, person: int, order: tuple[int, int]) -> bool:
        """ "Her father, Jack Morgan, taught him to fish. / Morgan died in 1998.": someone brought in
        in apposition to a relation ("her father, X,"), who has not spoken and whose death the text
        has told before `order`, is not the "he" of a later "he said"."""
        died = self._deaths.get(person, ())
        if died == ():
            died = self._deaths[person] = self._death_told(person)
        return (
            died is not None and died < order and not any(s.person == person and s.order < order for s in self.speakers)
        )

    def _death_told(self, person: int) -> tuple[int, int] | None:
        """Where the text tells the death of a person it brought in as a relation, else None."""
        seen = self.seen.get(person)
        if not seen:
            return None
        first_seg = self.segments[seen[0][0]][0]
        relation = _RELATION_BEFORE.search(self.texts[first_seg], max(0, seen[0][1] - 30), seen[0][1])
        if relation is None or relation.group(2).lower() not in lexicon.KIN_NOUNS:
            return None
        for at in seen:
            seg = self.segments[at[0]][0]
            mention = next((m for m in self.mentions(seg, at[1], at[1] + 1) if m.person == person), None)
            if mention is not None and not mention.in_quote and _DIED_AFTER.match(self.texts[seg], mention.end):
                return at
        return None

    def _owner_of_a_relative_in_the_past(self, event: _Event, gender: str, order: tuple[int, int]) -> int | None:
        """ "Ivo Brandt, 61, mends clocks. “...,” he says. / His father, Enzo, opened the shop in
        1952. / “He was strict,” he says.": someone brought in (in an earlier paragraph, and not
        yet a speaker) only in apposition to a relation -- "his father, Enzo," told of in the past
        tense, or "Sergeant Tom Pike, Brandt’s navigator," -- does not take a "he says" in the
        present tense: the relation's owner does, when they spoke before; else None. "His father,
        Enzo, 88, still comes in. “...,” he says." stays Enzo's."""
        seg = self.segments[order[0]][0]
        text = self.texts[seg]
        tag = _PRESENT_TAG.match(text, order[1]) or _PRESENT_TAG_AFTER_QUOTE.match(text, order[1])
        if tag is None or tag.group(1).lower() != gender or tag.group(2).lower() not in lexicon.REPORTING_VERBS:
            return None
        person = event.person
        if any(s.person == person and s.order < order for s in self.speakers):
            return None
        seen = self.seen.get(person)
        if not seen or seen[0][0] >= order[0]:
            return None
        rseg = self.segments[seen[0][0]][0]
        text = self.texts[rseg]
        mention = next((m for m in self.mentions(rseg, seen[0][1], seen[0][1] + 1) if m.person == person), None)
        if mention is None or mention.possessive or mention.in_quote:
            return None
        owner = None
        relation = _RELATION_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if relation is not None and relation.group(2).lower() in lexicon.KIN_NOUNS:
            verb = _PAST_AFTER_APPOSITION.match(text, mention.end)
            if verb is None or not _past_tense(verb.group(1)) or verb.group(1) in lexicon.REPORTING_VERBS:
                return None  # "His father, Enzo, recalled ...": he may go on speaking
            pronoun = "he" if relation.group(1).lower() == "his" else "she"
            owner = self.resolve_pronoun(pronoun, (seen[0][0], relation.start()))
        elif _WAS_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            # "One of them was Sergeant Tom Pike, Brandt’s navigator, lost in 1943."
            after = [m for m in self.mentions(rseg, mention.end, mention.end + 4) if m.possessive]
            stop = text.find(".", mention.end)
            tail = text[mention.end : stop if stop >= 0 else len(text)]
            if (
                after
                and _OWNED_ROLE_AFTER.match(text, mention.end)
                and _PAST_WORD.search(tail)
                and not _PRESENT_WORD.search(tail)
            ):
                owner = after[0].person  # "..., who still lives nearby": he may speak next
        if owner is None or owner == person or self.roster.people[owner].pronoun != gender:
            return None
        if not any(s.person == owner and s.order < order for s in self.speakers):
            return None
        return owner

    def _one_named_in_the_paragraph(self, gender: str, person: int, order: tuple[int, int]) -> int | None:
        """ "“...,” Ivo Brandt said. / One user accused Tom Reed of “...” after he posted. He
        responded: “...”": the one person the pronoun's paragraph names before it (as a subject or
        an object; not an owner or after a preposition), known by that pronoun, rather than
        `person`, the topic of an earlier paragraph; else None."""
        seg = self.segments[order[0]][0]
        found = {
            m.person for m in self.mentions(seg, 0, order[1]) if not m.possessive and m.prev not in lexicon.PREPOSITIONS
        }
        if len(found) != 1:
            return None
        named = found.pop()
        return named if named != person and self.roster.people[named].pronoun == gender else None

    def _subject_before_owner(self, event: _Event, gender: str) -> _Event:
        """ "Ana Ruiz, 24, testified against her father. Eva Ruiz's remains were found in May. /
        “...,” she answered.": a topic that is only an owner ("Eva Ruiz's remains") yields to an
        earlier subject of the pronoun's sex in the same paragraph, whom the text is about."""
        if event.order not in self._owner_topics:
            return event
        for earlier in self._events_before(event.order):
            if earlier.order[0] != event.order[0]:
                break
            if earlier.order not in self._owner_topics and self.roster.people[earlier.person].pronoun == gender:
                return earlier
        return event

    def _one_named_since_of(self, gender: str, event: _Event, order: tuple[int, int]) -> int | None:
        """ "DC Ana Ruiz found a print. / Mr Reed spoke for Mrs Lowe, who was ill. / “...,” she
        said.": the one other person of the pronoun's sex named again by honorific and surname in
        passing (not as a topic) in the paragraphs after the topic `event` and before `order`,
        nearer than that topic; else None."""
        found = set()
        for pos in range(event.order[0] + 1, order[0] + 1):
            seg = self.segments[pos][0]
            text = self.texts[seg]
            hi = order[1] if pos == order[0] else len(text)
            if pos == order[0]:
                # "Asked if Mr X's remark was damaging, he said": the one asked about is no candidate
                hi = min(hi, self._asked_clause_start(seg, order[1]))
            for m in self.mentions(seg, 0, hi):
                if m.person == event.person or self.roster.people[m.person].pronoun != gender:
                    continue
                # "Mrs Lowe": the honorific before the mention, or opening it
                words = text[max(0, m.start - 6) : m.start].split()[-1:] + text[m.start : m.end].split()[:1]
                if any(lexicon.GENDERED_HONORIFICS.get(w.lower()) == gender for w in words):
                    found.add(m.person)
        return found.pop() if len(found) == 1 else None

    def _asked_clause_start(self, seg, at: int) -> int:
        """Where the sentence holding `at` starts, when it opens with "Asked ..." and `at` follows the
        clause's comma; else `at`."""
        sents = self.sentences(seg)
        a = sents[sentence_at(sents, at)][0]
        if not _ASKED_OPENING.match(self.texts[seg], a):
            return at
        comma = self.texts[seg].find(",", a, at)
        return a if comma >= 0 else at

    def _role_topic_before(self, gender: str, order: tuple[int, int]) -> int | None:
        """ "The Prime Minister dismissed the attack. “…,” he said.": the person holding the role
        that is the subject of the sentence just before (in the same paragraph, or closing the one
        before), with nobody named (outside quotations) since."""
        before = self._sentence_before(order)
        if before is None:
            return None
        seg, a, b, named_until = before
        full = _past_an_opening_clause(list(islice(self.window(seg, a, b), 16)))
        toks = full[:6]
        if len(toks) < 3 or toks[0].lower != "the":
            return None
        through = self._role_speaking_through(seg, full, a, named_until, order)
        if through is not None:
            return through if self.roster.people[through].pronoun in ("", gender) else None
        described = self._description_topic(seg, toks, order)
        if described is not None:
            if any(not m.in_quote for m in self.mentions(seg, a, named_until)):
                return None
            return described if self.roster.people[described].pronoun in ("", gender) else None
        if toks[1].lower in ("former", "latter") and toks[2].core.islower():
            # "The latter promised grants. “...,” he said."
            person = self._former_or_latter(toks[1].lower, (self.seg_order[seg], a))
            if person is not None and self.roster.people[person].pronoun in ("", gender):
                return person
            return None
        k = next((i for i in range(1, min(5, len(toks) - 1)) if toks[i].lower in lexicon.ROLE_NOUNS), 0)
        if not k or toks[k].possessive or any(_punctuated(t) for t in toks[: k + 1]) or not toks[k + 1].core.islower():
            return None
        if any(not m.in_quote for m in self.mentions(seg, a, named_until)):
            return None
        person = self.resolve_role([t.lower for t in toks[: k + 1]], order)
        if person is None or self.roster.people[person].pronoun not in ("", gender):
            return None
        return person

    def _role_speaking_through(self, seg, toks: list[Token], a: int, named_until: int, order) -> int | None:
        """ "The governor, who spoke through his Chief Press Secretary, Mr X, said ...": a role
        subject whose words were delivered by someone named in a clause set off by commas -- the
        role holder is still the topic; the one who read the words out is not. Only when no one is
        named in the sentence outside that clause."""
        k = next((i for i in range(1, min(5, len(toks) - 2)) if toks[i].lower in lexicon.ROLE_NOUNS), 0)
        if not k or toks[k].trail != "," or any(_punctuated(t) or t.possessive for t in toks[1:k]):
            return None
        opener = toks[k + 1]
        if opener.lower == "who" and k + 2 < len(toks):
            opener = toks[k + 2] if toks[k + 2].lower not in ("was", "had") else toks[min(k + 3, len(toks) - 1)]
        if opener.lower not in _DELIVERED_THROUGH:
            return None
        end = next(
            (
                j
                for j in range(k + 2, len(toks) - 1)
                if toks[j].trail == "," and toks[j + 1].lower in lexicon.REPORTING_VERBS
            ),
            None,
        )
        if end is None:
            return None
        lo, hi = toks[k + 1].start, toks[end].end
        if any(not m.in_quote and not lo <= m.start < hi for m in self.mentions(seg, a, named_until)):
            return None
        return self.resolve_role([t.lower for t in toks[: k + 1]], order)

    def _description_topic(self, seg, toks: list[Token], order: tuple[int, int]) -> int | None:
        """ "the sprightly centenarian said she ...": a sentence whose subject is "the", a few
        lower-case words and a noun describing a person (not a role) -- the person the text is
        about, as "the centenarian said" would be."""
        k = next((i for i in range(1, min(4, len(toks) - 1)) if _describes_person(toks[i].lower)), 0)
        if not k or toks[k].lower in lexicon.ROLE_NOUNS or not toks[k + 1].core.islower():
            return None
        if any(_punctuated(t) or t.possessive or not t.core.islower() for t in toks[1:k]):
            return None
        head = toks[k]
        if _punctuated(head) or head.possessive or not (head.core.islower() or _demonym(head.lower)):
            return None  # (but "the Welshman said", "the Scot replied": a demonym has its capital)
        return self.resolve_description(seg, head.lower, order)

    def _sentence_before(self, order: tuple[int, int]) -> tuple[tuple[str, int], int, int, int] | None:
        """(segment, start, end, named_until) of the sentence just before `order`, in its
        paragraph or closing the one before when nothing comes before it in its own (no one named
        there either); `named_until` is where a name since would end it. None if there is none."""
        pos, at = order
        seg = self.segments[pos][0]
        sents = self.sentences(seg)
        index = sentence_at(sents, max(0, at - 1))
        if sents[index][0] >= at:
            index -= 1
        if index >= 0:
            return seg, sents[index][0], min(sents[index][1], at), at
        if pos == 0 or any(not m.in_quote for m in self.mentions(seg, 0, at)):
            return None
        seg = self.segments[pos - 1][0]
        a, b = self.sentences(seg)[-1]
        return seg, a, b, b

    def _relative_topic_before(self, gender: str, order: tuple[int, int]) -> int | None:
        """ "Her husband shook his head. “...,” he said.": the spouse or close relative the
        sentence before is about, when the story names them (`_relative_named`)."""
        before = self._sentence_before(order)
        if before is None:
            return None
        seg, a, b, named_until = before
        toks = list(islice(self.window(seg, a, b), 3))
        if len(toks) < 2 or lexicon.GENDERED_NOUNS.get(toks[1].lower, gender) != gender:
            return None
        named = [m for m in self.mentions(seg, a, named_until) if not m.in_quote]
        if named:
            first = named[0]
            if (
                len(toks) == 3
                and toks[1].trail == ","
                and toks[1].lower in lexicon.GENDERED_NOUNS
                and toks[0].lower in lexicon.POSSESSIVE_DETERMINERS
                and first.start == toks[2].start
                and not first.possessive
                and self.roster.people[first.person].pronoun in ("", gender)
            ):
                return first.person  # "Her husband, Rafael, stood by with their daughters, ...": Rafael
            return None
        at = (self.seg_order[seg], a)
        relative = self._relative_named(toks, at)
        return relative if relative is not None else self._the_one_of_the_relatives_sex(toks, gender, at)

    def _the_one_of_the_relatives_sex(self, toks: list[Token], gender: str, order: tuple[int, int]) -> int | None:
        """ "Ana Ruiz writes to her brother, Ivo. / His sister never gave up. “...,” she says.": a
        relative the story names by no such relation is the one person named so far that it knows
        by the pronoun, other than the relative's owner."""
        if toks[0].lower not in ("her", "his") or toks[1].lower not in lexicon.KIN_NOUNS:
            return None
        owner = self.resolve_pronoun("he" if toks[0].lower == "his" else "she", order)
        people = self.roster.people
        found = {
            m.person
            for seg, _ in self.segments[: order[0] + 1]
            for m in self.roster.mentions.get(seg, [])
            if m.person != owner and people[m.person].pronoun == gender
        }
        return found.pop() if len(found) == 1 else None

    def _owner_of_relatives_before(self, gender: str, order: tuple[int, int]) -> int | None:
        """ "Reed's wife, Ana, and their sons followed him round. “...,” he said.": the sentence
        before opens with the relatives of someone known by the pronoun, who is the only one of
        that pronoun (or of none yet) it names -- the one the sentence is about."""
        before = self._sentence_before(order)
        if before is None:
            return None
        seg, a, _, named_until = before
        named = self.mentions(seg, a, named_until)
        if not named or not named[0].possessive or named[0].start != a:
            return None
        text = self.texts[seg]
        at = named[0].end
        while at < len(text) and text[at] in "\u2019's":
            at += 1
        relation = text[at : at + 16].split(None, 1)[:1]
        if not relation or relation[0].lower().strip(",.;:") not in lexicon.KIN_NOUNS:
            return None
        owner = named[0].person
        people = self.roster.people
        if people[owner].pronoun != gender or any(
            m.person != owner and people[m.person].pronoun in ("", gender) for m in named[1:]
        ):
            return None
        return owner

    def _unnamed_topic_before(self, gender: str, order: tuple[int, int]) -> bool:
        """ "A DEA spokeswoman said the pills were fake. “...,” she said.": the sentence just before
        (in this paragraph or closing the one before) is about someone unnamed of the pronoun's sex,
        and no one has been named since."""
        before = self._sentence_before(order)
        if before is None:
            return False
        seg, a, b, named_until = before
        opening = list(islice(self.window(seg, a, b), _OPENING_CLAUSE_WORDS))
        if self._unnamed_party_opens(opening[:16]) and not self.mentions(seg, a, named_until):
            return True  # "When the defendant heard the verdict, he sank. / “...,” he shouted."
        toks = _past_an_opening_clause(opening)[:7]
        if toks:
            a = max(a, toks[0].start)  # "Asked whether X might ..., a retired forward said": X is no subject
        if len(toks) >= 3 and toks[0].lower == "the":
            if toks[1].trail == "," and toks[1].core.islower() and _asks_anonymity(self.window(seg, a, b)):
                # "The caller, who asked that his name not be used, said ...": someone unnamed
                return not self._named_as_subject(seg, a, named_until)
            if self._unnamed_described_relative(toks, gender):
                # "the distraught mother appealed to Minister Ana Ruiz to act": named only after the verb
                return all(m.start > toks[3].start for m in self.mentions(seg, a, named_until))
            return self._unnamed_definite_subject(toks, gender, order) and not any(
                not m.in_quote for m in self.mentions(seg, a, named_until)
            )
        owner = _named_owner_of_kin(toks, gender)
        if owner:
            # "Reinholt's mother, reached by phone, said ...": someone's relative the story does not name
            return not any(m.end > toks[owner - 1].end for m in self.mentions(seg, a, named_until))
        if len(toks) < 3 or not (
            toks[0].lower in ("a", "an", "one", "another") or toks[0].lower in lexicon.POSSESSIVE_DETERMINERS
        ):
            return False  # "A DEA spokeswoman ...", "Her mother was terrified."
        indefinite = toks[0].lower in _INDEFINITE
        if toks[0].lower in ("one", "another") and toks[1].lower == "of" and not toks[0].trail:
            k = 1  # "One of the victims read a statement.": one of several, unnamed
        else:
            owned = toks[0].lower in lexicon.POSSESSIVE_DETERMINERS and toks[1].trail == ","
            k = next(
                (i for i in range(1, min(6, len(toks))) if _someone_unnamed(toks[i], gender, indefinite, owned)), 0
            )
        if not k or any(t.trail for t in toks[:k]):
            return False
        if toks[k].lower not in lexicon.GENDERED_NOUNS and any(
            t.lower == gender and not t.trail and nxt.lower in lexicon.REPORTING_VERBS
            for t, nxt in pairwise(self.window(seg, a, b))
        ):
            return False  # "A classmate, he said, had a phone.": "he" is someone else, named before
        return not self._named_as_subject(seg, a, named_until)

    def _named_as_subject(self, seg, a: int, b: int) -> bool:
        """Someone is named in [a, b), and not only as the one the unnamed subject speaks about,
        right after their verb of saying ("A neighbour said Ivo Brandt had lost his job.")."""
        mentions = self.mentions(seg, a, b)
        return bool(mentions) and not (mentions[0].prev in lexicon.REPORTING_VERBS or mentions[0].prev == "that")

    def _unnamed_party_opens(self, toks: list[Token]) -> bool:
        """ "The accused wept ...", "When the defendant heard the verdict, he ...": a sentence whose
        subject, or the subject of the clause that opens it, is a party to a case ("the defendant",
        "the accused") that no one named is given as a title or described as."""
        k = 1 if toks and toks[0].lower in _TIME_CLAUSE_OPENERS else 0
        if len(toks) < k + 3 or toks[k].lower != "the" or toks[k + 1].trail:
            return False
        noun = toks[k + 1].lower
        if noun not in _PARTIES_TO_A_CASE or not toks[k + 2].core.islower():
            return False
        return not any(noun in words for words in self.titles)

    def _unnamed_described_relative(self, toks: list[Token], gender: str) -> bool:
        """ "The distraught mother appealed to ...", "the heartbroken father told ...": "the", a word
        describing them and a family noun of the pronoun's sex, then a verb -- a relative the story
        does not name, when no one named is given that family noun as a title."""
        if len(toks) < 4 or any(t.trail for t in toks[:3]) or not all(t.core.islower() for t in toks[1:4]):
            return False
        adjective, noun = toks[1].lower, toks[2].lower
        if adjective in lexicon.ROLE_NOUNS or adjective in lexicon.GENDERED_NOUNS or noun not in lexicon.KIN_NOUNS:
            return False
        if lexicon.GENDERED_NOUNS.get(noun) != gender or toks[3].lower in ("of", "and", "or"):
            return False
        return not any(noun in words for words in self.titles)

    def _unnamed_definite_subject(self, toks: list[Token], gender: str, order: tuple[int, int]) -> bool:
        """ "The aunt of the missing boy said ...", "the victim said ...": a subject opening with
        "the" that names no one -- a relative of someone unnamed, or a role (of the pronoun's sex
        or of none, "The Taoiseach said" capitalised too) that no one named holds, by title or in
        apposition."""
        noun, nxt = toks[1], toks[2]
        if noun.possessive and noun.core.islower() and noun.trail in ("'s", "\u2019s", "'", "\u2019"):
            # "The girl's mother posted that ...": the relative of someone the story leaves unnamed
            return nxt.lower in lexicon.KIN_NOUNS and lexicon.GENDERED_NOUNS.get(nxt.lower, gender) == gender
        if noun.trail or noun.possessive or not (noun.core.islower() or noun.lower in lexicon.CAPITALISED_OFFICES):
            return False
        if lexicon.GENDERED_NOUNS.get(noun.lower, gender) != gender:
            return False
        if noun.lower in lexicon.KIN_NOUNS:
            return nxt.lower == "of"
        return (
            noun.lower in lexicon.ROLE_NOUNS
            and nxt.core.islower()
            and nxt.lower != "of"
            and self.resolve_role(["the", noun.lower], order) is None
            and self._described_as(noun.lower, order) is None
            and not self._the_one_speakers_staff_role(noun.lower, order)
        )

    def _the_one_speakers_staff_role(self, noun: str, order: tuple[int, int]) -> bool:
        """ "The manager described what he said to the squad. / He said, “...”": in a story where one
        person alone has spoken so far, "the manager" (or coach, boss, skipper) that no one holds
        by title is that speaker, not someone new."""
        if noun not in _STAFF_ROLES:
            return False
        spoken = {e.person for e in self.speakers if e.order < order}
        return len(spoken) == 1

    def _run_speaker(self, gender: str, order: tuple[int, int]) -> int | None:
        """The speaker of the run of quotations a pronoun cue continues: the last speaker, when
        they spoke in this paragraph or the one before, their pronoun does not disagree, and this
        paragraph names no one else before the pronoun."""
        index = bisect_left(self.speakers, order, key=_order) - 1
        if index < 0:
            return None
        event = self.speakers[index]
        if order[0] - event.order[0] > 2 or self.roster.people[event.person].pronoun not in ("", gender):
            return None
        if order[0] - event.order[0] == 2 and not self._names_others_only_in_passing(order[0] - 1, event.person):
            return None
        seg = self.segments[order[0]][0]
        lo = event.order[1] if event.order[0] == order[0] else 0
        if any(m.person != event.person for m in self.mentions(seg, lo, order[1])):
            return None
        if self._pronoun_topics and any(
            topic.order > event.order and topic.person != event.person
            for topic in self._topics_between(event.order, order)
            if topic.order in self._pronoun_topics
        ):
            return None  # "... Farmers such as Budi stayed. He said ...": the run has moved on to him
        if event.order[0] < order[0] and order[1] > 0 and self._a_narrative_pronoun_at(order, gender):
            other = self._the_one_the_run_talked_about(event, gender)
            if other is not None:
                return other
        return event.person

    def _a_narrative_pronoun_at(self, order: tuple[int, int], gender: str) -> bool:
        """`order` points at the pronoun itself (not at words it tags), and the word after it does
        not go on with what was said ("she added", "he said")."""
        text = self.segments[order[0]][1]
        nxt = _NEXT_WORD_AFTER_PRONOUN.match(text, order[1])
        if nxt is None or nxt.group(1).lower() != gender:
            return False
        return nxt.group(2) not in _GOING_ON_VERBS and nxt.group(2) not in ("said", "says")

    def _the_one_the_run_talked_about(self, event: _Event, gender: str) -> int | None:
        """ "“She was kind to every one of us,” said Lia Brandt, 17. / After leaving, she posted “...”":
        when the last speaker's quotations in their paragraph call someone "she" (or "he") and the
        pronoun comes in narrative of a later paragraph, it is that someone -- the latest other
        person of that sex named before those words -- not the speaker."""
        if self.roster.people[event.person].pronoun not in ("", gender):
            return None
        words = _THIRD_PERSON_OF.get(gender, frozenset())
        seg, text = self.segments[event.order[0]]
        said = [span for span in self.spans if (span.seg, span.index) == seg and span.end_index == span.index]
        if not any(words & set(_WORDS.findall(text[sp.open_pos : sp.close_pos].lower())) for sp in said):
            return None
        for pos in range(event.order[0], max(-1, event.order[0] - _MAX_BACK_SEGMENTS), -1):
            mentions = self.roster.mentions.get(self.segments[pos][0], [])
            for m in reversed(mentions):
                if pos == event.order[0] and m.start >= event.order[1]:
                    continue
                if m.in_quote or m.person == event.person:
                    continue
                if self.roster.people[m.person].pronoun in ("", gender):
                    return m.person
        return None

    def _topics_between(self, lo: tuple[int, int], hi: tuple[int, int]) -> list[_Event]:
        return self.events[bisect_left(self.events, lo, key=_order) : bisect_left(self.events, hi, key=_order)]

    def _names_others_only_in_passing(self, pos: int, person: int) -> bool:
        """The paragraph at `pos` names no one but `person` as a subject: others only as owners or
        after a preposition ("Ivo Brandt’s goal sealed it."), so a run of quotations goes on past it."""
        seg = self.segments[pos][0]
        if self.kinds.get(seg) != "paragraph":
            return False
        text = self.texts[seg]
        return all(
            m.person == person
            or m.possessive
            or (
                m.prev in lexicon.PREPOSITIONS
                and not _reporting_verb_follows(text, m.end)
                and not _framed_topic(text, m)
                and not (m.prev == "for" and _INFINITIVE_AFTER.match(text, m.end))
            )
            for m in self.mentions(seg, 0, len(text))
        )

    def _latest_compatible_mention(
        self, gender: str, order: tuple[int, int], excluding: set[int] | None = None
    ) -> int | None:
        """The person last named (anywhere outside quotations, not only as a topic) within the
        last few paragraphs whose pronoun is `gender` or unknown, and who is not in `excluding`
        (by default the characters someone plays): "..., as Ivo Brandt nodded. “Too close,” he
        added."."""
        best: tuple[tuple[int, int], int] | None = None
        excluding = self._characters() if excluding is None else excluding
        for person, seen in self.seen.items():
            known = self.roster.people[person].pronoun
            if known not in ("", gender) or person in excluding:
                continue
            index = bisect_left(seen, order) - 1
            if (
                index >= 0
                and seen[index][0] >= order[0] - _MAX_BACK_SEGMENTS
                and (best is None or seen[index] > best[0])
            ):
                best = (seen[index], person)
        return best[1] if best else None

    def _characters(self) -> set[int]:
        """The people brought in as parts someone plays ("who plays barmaid Shaz Dobbs"): characters,
        whom no pronoun of the narrative means."""
        if self._played is None:
            first: dict[int, bool] = {}
            for seg, text in self.segments:
                for m in self.roster.mentions.get(seg, ()):
                    if not m.in_quote and m.person not in first:
                        first[m.person] = _role_played(text, m)
            self._played = {person for person, played in first.items() if played}
        return self._played

    def resolve_description(self, seg, head: str, order: tuple[int, int]) -> int | None:
        """ "the defender", "the Dutchman": the most recent person in subject position, unless the
        text has just introduced an unnamed one ("A senior official ... the official said"); "the
        31-year-old": the one last given that age; a gendered noun ("the congresswoman") skips
        people of the other pronoun."""
        pos = self.seg_order[seg]
        if self._unnamed_speaker_before(order):
            return None
        introduced = re.compile(r"\b(?:a|an)\s+(?:[\w\u2019'.-]+\s+){0,4}?" + re.escape(head) + r"\b", re.IGNORECASE)
        for back in range(pos, max(-1, pos - 2), -1):
            text = self.segments[back][1]
            end = order[1] if back == pos else len(text)
            # a bounded look-back keeps this linear on a huge paragraph
            for found in introduced.finditer(text, max(0, end - _DESCRIPTION_WINDOW), end):
                if not self._in_apposition(self.segments[back][0], text, found.start()):
                    return None
        if self._unnamed_speaker_introduced(head, order):
            return None  # "“...,” said a neighbor, who didn't want to be identified." ... "the neighbor said"
        described = self._described_as(head, order)
        if described is not None:
            return described  # "Ana Ruiz, the top seed, ..." / "the top seed said"
        if self._introduced_as_someones(head, pos):
            return None  # "A former patient of surgeon X ... “...,” the patient said": not X
        if head == "witness":
            testified = self._last_to_testify(order)
            if testified is not None:
                return testified  # "X testified ... Y pressed X ... “...,” the witness conceded": X
        aged = _AGED.fullmatch(head)
        if aged or head in _TEEN_NOUNS or head in _DECADE_NOUNS:
            age = head[: head.index("-")] if aged else _DECADE_NOUNS.get(head, "teen")
            person = self._person_of_age(age, order)
            if person is not None:
                return person  # "Ana Ruiz, 31, ..." / "the 31-year-old said"; "Ana Ruiz, 17, ..." / "the teenager"
        gender = lexicon.GENDERED_NOUNS.get(head.split("-", 1)[0])  # "the mother-of-two"
        far = False
        for event in self._events_before(order):
            if event.order[0] < pos - _MAX_BACK_SEGMENTS:
                far = True
                break
            if gender and self.roster.people[event.person].pronoun not in ("", gender):
                continue  # "the congresswoman" is not the man named last
            if head in lexicon.TRADE_NOUNS and self._of_another_trade(event.person, head):
                continue  # "the painter" is not "the critic Ana Lobo", named last
            if _role_or_trade(head) and self._only_a_relative(event.person):
                continue  # "the surgeon" is not "Her mother, Ana Lobo,", named last
            if head in _PARTIES_TO_A_CASE and any(w in _OFFICERS_OF_A_COURT for w in self.titles[event.person]):
                continue  # "the defendant said" is not "Judge Ana Lobo", named last
            return event.person
        if aged and self.segments[pos][0][0] != SEG_DECK:
            # "The water came into Ana Ruiz’s house. / “...,” the 38-year-old said.": no topic
            # near, but someone just named in passing, whose age this is
            return self._named_just_before(order)
        if far:
            return None
        if self.segments[pos][0][0] == SEG_DECK:
            # a deck ("The pensioner said he “just saw red”") comes before the body that names him
            for event in self.events:
                if event.order[0] > pos and (not gender or self.roster.people[event.person].pronoun in ("", gender)):
                    return event.person
        return None

    def _only_a_relative(self, person: int) -> bool:
        """The person's title is a relation and nothing else ("mother" for "Her mother, Ana Lobo,")."""
        words = self.titles[person]
        return bool(words) and all(w in lexicon.KIN_NOUNS for w in words)

    def _of_another_trade(self, person: int, head: str) -> bool:
        """The person's title names a role or trade, and not `head` ("critic" for "the painter")."""
        words = self.titles[person]
        return head not in words and any(w in lexicon.ROLE_NOUNS or w in lexicon.TRADE_NOUNS for w in words)

    def _last_to_testify(self, order: tuple[int, int]) -> int | None:
        """The person last named, within a few paragraphs before `order`, as the subject of
        "testified", "gave evidence" or "told the court/jury" -- the witness of a court story."""
        pos = order[0]
        for back in range(pos, max(-1, pos - _WITNESS_SEGMENTS), -1):
            seg = self.segments[back][0]
            text = self.segments[back][1]
            end = order[1] if back == pos else len(text)
            for m in reversed(self.mentions(seg, 0, end)):
                if not m.possessive and _TESTIFIED.match(text, m.end):
                    return m.person
        return None

    def _named_just_before(self, order: tuple[int, int]) -> int | None:
        """The person named last before `order`, in its paragraph or the one before; else None."""
        best: tuple[tuple[int, int], int] | None = None
        for person, seen in self.seen.items():
            index = bisect_left(seen, order) - 1
            if index >= 0 and seen[index][0] >= order[0] - 1 and (best is None or seen[index] > best[0]):
                best = (seen[index], person)
        return best[1] if best else None

    def _described_as(self, head: str, order: tuple[int, int]) -> int | None:
        """The person last described by a phrase ending in `head` in apposition before `order`
        ("Ana Ruiz, the top seed," for "the top seed"; "Ana Ruiz, a Democrat," for "the Democrat"), or
        by `head` (and up to two lower-case words) right before the name ("Welshman Ana Ruiz",
        "veteran defender Ana Ruiz" for "the Welshman", "the veteran")."""
        entries = self._descriptions.get(head)
        if entries is None:
            entries = self._descriptions[head] = []
            pattern = re.compile(
                r",\s+(?:the|a|an)\s+(?:[\w\u2019'-]+\s+){0,3}?" + re.escape(head) + r"(?=\s*[,;.)\u2014\u2013])",
                re.IGNORECASE,
            )
            for seg, text in self.segments:
                for found in pattern.finditer(text):
                    end = found.start()
                    if text[end - 1 : end].isdigit():
                        end = _past_an_age(text, end)  # "Ana Ruiz, 34, a refugee,"
                    for m in self.mentions(seg, max(0, end - 80), end):
                        if m.end == end and not m.possessive and not m.in_quote:
                            entries.append(((self.seg_order[seg], m.start), m.person))
            prefix = re.compile(r"(?:^|[\s(])(?i:" + re.escape(head) + r")((?:\s+[a-z][\w-]*){0,2})\s+$")
            set_off = re.compile(r"\b(?i:the|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?" + re.escape(head) + r",\s+$")
            for seg, text in self.segments:
                for m in self.roster.mentions.get(seg, ()):
                    found = None if m.in_quote else prefix.search(text, max(0, m.start - 60), m.start)
                    if found is not None and (not found.group(1) or _role_or_trade(found.group(1).split()[-1])):
                        entries.append(((self.seg_order[seg], m.start), m.person))  # "Welshman Ana Ruiz"
                    elif not m.in_quote and set_off.search(text, max(0, m.start - 60), m.start):
                        entries.append(((self.seg_order[seg], m.start), m.person))  # "her tenant, Ana Ruiz,"
            entries.sort(key=_first)
        index = bisect_left(entries, order, key=_first) - 1
        return entries[index][1] if index >= 0 else None

    def _in_apposition(self, seg, text: str, at: int) -> bool:
        """ "Ana Ruiz, a Democrat,": the description at `at` follows a named person and a comma,
        so it describes her rather than introducing someone unnamed."""
        before = text[:at].rstrip()
        if not before.endswith(","):
            return False
        end = len(before) - 1
        if before[end - 1 : end].isdigit():
            end = _past_an_age(before, end)  # "Ana Ruiz, 34, a refugee,"
        return any(m.end == end and not m.possessive for m in self.mentions(seg, max(0, end - 80), end))

    def _age_introduced(self, noun: str, order: tuple[int, int]) -> re.Match | None:
        """ "A 74-year-old Harlow Bay woman fought off ... / The woman, Ana Ruiz, said": the age the
        text gave the unnamed `noun` it introduced before `order` (in the paragraphs up to it)."""
        found = None
        for pos in range(max(0, order[0] - 3), order[0] + 1):
            seg = self.segments[pos][0]
            text = self.texts[seg]
            for match in _AGED_NOUN.finditer(text, 0, order[1] if pos == order[0] else len(text)):
                if match.group(2).lower() == noun:
                    found = match
        return found

    def _person_of_age(self, age: str, order: tuple[int, int]) -> int | None:
        """The person last given this age before `order` ("Ana Ruiz, 31,", "Ana Ruiz (31)",
        "31-year-old Ana Ruiz", "18-year-old striker Ana Ruiz"); `age` "teen": any of 13 to 19."""
        if self._ages is None:
            self._ages = []
            for seg, ms in self.roster.mentions.items():
                text = self.texts[seg]
                for m in ms:
                    if m.in_quote:
                        continue
                    given = _GIVEN_AGE.match(text, m.end) or _AGED_BEFORE.search(text, max(0, m.start - 60), m.start)
                    if given is None and (named := _THE_ONE_NAMED.search(text, max(0, m.start - 16), m.start)):
                        given = self._age_introduced(named.group(1).lower(), (self.seg_order[seg], m.start))
                    if given:
                        self._ages.append(((self.seg_order[seg], m.start), given.group(1), m.person))
            self._ages.sort()
        found = None
        for at, years, person in self._ages:
            if at >= order:
                break
            if years == age or (age == "teen" and 13 <= int(years) <= 19) or (age[:1] == "s" and years[:-1] == age[1:]):
                found = person  # "s7": the seventies, for "the septuagenarian"
        return found

    def resolve_role(
        self,
        words: list[str],
        order: tuple[int, int],
        look_ahead: bool = False,
        gender: str = "",
        ahead: int = _LOOK_AHEAD_SEGMENTS,
    ) -> int | None:
        role = ""
        qualifier = ""
        for n in range(len(words) - 1, -1, -1):
            if words[n] in lexicon.ROLE_NOUNS:
                role = lexicon.ROLE_ALIASES.get(words[n], words[n])
                if n > 0 and words[n - 1] not in lexicon.SUBJECT_DETERMINERS:
                    qualifier = words[n - 1].strip("()")  # "the Kesby League (KL) chief": "kl"
                break
        if not role:
            return None
        # "the finance minister said": of several ministers, the one whose title says finance
        # ("The Millbrook coach": the one titled "Millbrook State coach")
        qualified = (
            (
                self._role_mentions(role, qualifier)
                or self._variant_role_mentions(role, qualifier)
                or self._top_office_mentions(role, qualifier)
                or self._top_office_mentions(role, _initials_of_a_body(words[:n]))
            )
            if qualifier
            else []
        )
        entries = (
            qualified
            or self._role_mentions(role)
            or (words[0] == "the" and self._variant_role_mentions(role))  # not "a spokesperson": someone new
        )
        if qualifier and not qualified and entries and len({i for _, i in entries}) > 1:
            # "The home coach, X, ... the visiting coach, Y,": the one set off after the same words
            introduced = [e for e in entries if self._set_off_after(e[1], f"{qualifier} {role}")]
            entries = introduced if len({i for _, i in introduced}) == 1 else entries
        if qualified and not (n > 1 and words[n - 2] in _SECOND_IN_OFFICE):
            # "the prime minister said": the prime minister, not a vice prime minister named since
            entries = [e for e in entries if not _second_in_office(self.titles[e[1]], qualifier)] or entries
        if not qualifier and entries:
            # "the mayor said", "Mayor says": the mayor, not a deputy mayor named since
            entries = [e for e in entries if not _second_in_office(self.titles[e[1]], role)] or entries
        if gender and entries:
            # "the lawmaker chose her words": of two senators, the woman
            entries = [e for e in entries if self.roster.people[e[1]].pronoun in ("", gender)]
        if not entries:
            return None
        index = bisect_left(entries, order, key=_first) - 1
        if index >= 0:
            return entries[index][1]  # the latest mention, before `order`, of someone with the role
        if self.segments[order[0]][0][0] == SEG_DECK:
            return entries[0][1]  # a deck line comes before the body that names the person: look ahead
        if ahead > _LOOK_AHEAD_SEGMENTS and len({i for _, i in entries}) > 1:
            return None  # looking far ahead: only when one person holds the role
        if look_ahead and entries[0][0][0] - order[0] <= ahead:
            if qualifier and not qualified and self._qualified_otherwise(entries[0][1], role):
                return None  # "the fire chief says ..." / "Police Chief X": another chief
            return entries[0][1]  # a lead introducing "a judge" just before naming her
        if qualified and words[0] == "the" and self._in_the_lede(order[0]) and len({i for _, i in qualified}) == 1:
            return qualified[0][1]  # the lede's "the visiting captain conceded", "Visiting captain X" named later
        return None

    def _set_off_after(self, person: int, words: str) -> bool:
        """The person is named, somewhere, right after `words` and a comma ("the home coach, X")."""
        for at in self.seen.get(person, ()):
            text = self.texts[self.segments[at[0]][0]]
            if text[max(0, at[1] - len(words) - 2) : at[1]].lower() == f"{words}, ":
                return True
        return False

    def _qualified_otherwise(self, person: int, role: str) -> bool:
        """The person's title puts a word of its own before `role` ("Police Chief" for "chief")."""
        words = self.titles[person]
        at = words.index(role) if role in words else -1
        return (
            at > 0
            and words[at - 1] not in lexicon.SUBJECT_DETERMINERS
            and not words[at - 1].endswith(("'s", "\u2019s"))
        )

    def _holder_of(self, body: set[str], order: tuple[int, int]) -> int | None:
        """ "the head of the Department of Defence" (`body`: {"defence"}): the person last named
        before `order` whose title holds a role and a word of the body's name ("Defence secretary
        X"); in the lede, before anyone is, the first such named within the next paragraphs."""
        holders = [
            i
            for i, words in enumerate(self.titles)
            if not body.isdisjoint(words) and any(w in lexicon.ROLE_NOUNS for w in words)
        ]
        entries = sorted((seen, i) for i in holders for seen in self.seen.get(i, ()))
        index = bisect_left(entries, order, key=_first) - 1
        if index >= 0:
            return entries[index][1]
        if entries and entries[0][0][0] - order[0] <= _LOOK_AHEAD_SEGMENTS and self._in_the_lede(order[0]):
            return entries[0][1]
        return None

    def _lede_opens_with_role(self, role: str, pos: int) -> bool:
        """The segment at `pos` is the paragraph right after the story's first, which opens by
        describing someone by `role` ("The mayor of X ...", "A senior doctor has warned ...")."""
        paragraphs = [p for p in range(pos) if self.kinds.get(self.segments[p][0]) == "paragraph"]
        if len(paragraphs) != 1 or paragraphs[0] != pos - 1:
            return False
        opening = self.segments[pos - 1][1][:80].lower().split()[:6]
        return bool(opening) and opening[0] in ("the", "a", "an") and role in opening[1:]

    def _untitled_subject_opening_the_next_paragraph(self, pos: int) -> int | None:
        """The person whose name, given for the first time and with no title, opens the paragraph
        right after the story's first (at `pos`) as the subject of a verb ("Ana Ruiz thanked ...")."""
        if self.kinds.get(self.segments[pos][0]) != "paragraph" or pos + 1 >= len(self.segments):
            return None
        seg, text = self.segments[pos + 1]
        if self.kinds.get(seg) != "paragraph":
            return None
        named = self.mentions(seg, 0, min(len(text), 60))
        if not named or named[0].start != 0 or named[0].possessive:
            return None
        person = named[0].person
        rest = text[named[0].end : named[0].end + 20].split()
        if (
            not rest
            or not rest[0].isalpha()
            or not rest[0].islower()
            or rest[0] in _COPULAS  # "Ana Ruiz was unimpressed": someone else, described
            or min(self.seen.get(person, [(pos + 1, 0)]))[0] != pos + 1
            or any(w in lexicon.ROLE_NOUNS for w in self.titles[person])
        ):
            return None
        return person

    def _in_the_lede(self, pos: int) -> bool:
        """The segment at `pos` is a deck line or the story's first paragraph."""
        return not any(self.kinds.get(self.segments[p][0]) == "paragraph" for p in range(pos))

    def _titled_by_initials(self, acronym: str, order: tuple[int, int]) -> int | None:
        """The person last named before `order` whose title has these initials."""
        entries = sorted(
            (seen, i)
            for i, initials in enumerate(self.title_initials)
            if acronym in initials
            for seen in self.seen.get(i, ())
        )
        index = bisect_left(entries, order, key=_first) - 1
        if index < 0 and entries and self.segments[order[0]][0][0] == SEG_DECK:
            return entries[0][1]  # a deck line's "says CM": the body names the Chief Minister later
        return entries[index][1] if index >= 0 else None

    def _former_or_latter(self, which: str, order: tuple[int, int]) -> int | None:
        """ "the former", "the latter": the first or the last of the two people the latest
        sentence naming two or more (outside quotations), within the paragraph or the two before."""
        for pos in range(order[0], max(-1, order[0] - 3), -1):
            seg = self.segments[pos][0]
            end = order[1] if pos == order[0] else len(self.texts[seg])
            for a, b in reversed(self.sentences(seg)):
                if a >= end:
                    continue
                people = list(dict.fromkeys(m.person for m in self.mentions(seg, a, min(b, end))))
                if len(people) >= 2:
                    return people[0] if which == "former" else people[-1]
        return None

    def _variant_role_mentions(self, role: str, qualifier: str = "") -> list[tuple[tuple[int, int], int]]:
        """ "Councilmember Ana Ruiz" ... "the councilwoman said": the mentions of the people titled
        by another form of the role noun (`lexicon.ROLE_VARIANTS`), whose pronoun fits the form
        used ("the councilman" is not a woman)."""
        forms = lexicon.ROLE_VARIANTS.get(role)
        if not forms:
            return []
        gender = "she" if role.endswith(("woman", "mistress")) else "he" if role.endswith(("man", "master")) else ""
        people = self.roster.people
        return sorted(
            entry
            for form in forms
            if form != role
            for entry in self._role_mentions(form, qualifier)
            if not gender or people[entry[1]].pronoun in ("", gender)
        )

    def _top_office_mentions(self, role: str, qualifier: str) -> list[tuple[tuple[int, int], int]]:
        """ "the Kesby League chief said" (`role` "chief", `qualifier` "league"; "the KL chief"):
        the mentions of the people holding a body's top office (`lexicon.TOP_OFFICES`) whose titles
        name the same body ("Kesby League director-general Ana Ruiz", "Director-General of the KL")."""
        if role not in lexicon.HEAD_OF_BODY_ROLES or not qualifier:
            return []
        entries = []
        for i, words in enumerate(self.titles):
            # the body before the office or after its "of": "Director-General of the KL"
            if qualifier in words and any(form in words or form in " ".join(words) for form in lexicon.TOP_OFFICES):
                entries.extend((seen, i) for seen in self.seen.get(i, ()))
        return sorted(entries)

    def _role_mentions(self, role: str, qualifier: str = "") -> list[tuple[tuple[int, int], int]]:
        """(position, person) of every mention of the people whose titles hold `role` (and the
        word `qualifier` before it, when given), in reading order; built once per role, so
        resolving a role does not rescan every person."""
        entries = self._roles.get((role, qualifier))
        if entries is None:
            entries = []
            for i, title_words in enumerate(self.titles):
                if not (role in title_words or role in " ".join(title_words)):
                    continue
                if qualifier and not (
                    qualifier in title_words[: title_words.index(role)]
                    if role in title_words
                    else f"{qualifier} {role}" in " ".join(title_words)
                ):
                    continue
                entries.extend((seen, i) for seen in self.seen.get(i, ()))
            entries.sort()
            self._roles[(role, qualifier)] = entries
        return entries

    def _subject(self, seg, toks: list[Token], lo: int, hi: int, order) -> Evidence | None:
        """Who the words toks[lo:hi] name as a subject: a person, a pronoun, a role or a thing."""
        if lo >= hi:
            return None
        if hi - lo > 3 and toks[lo + 1].lower == "which" and toks[lo].lower in lexicon.PREPOSITIONS:
            lo += 2  # "an ad in which the congressman says": the clause's subject follows "in which"
        if hi - lo > 2 and toks[lo + 1].lower == "the" and toks[lo].lower in _CONJUNCTIONS:
            lo += 1  # "But the 51-year-old said": the subject opens after the conjunction
        described = self._described_subject(seg, toks, lo, hi, order)
        if described is not None:
            return described
        if hi - lo == 3 and toks[lo + 1].lower in _GENERATIONS and toks[lo].lower == "the":
            person = self._of_a_generation(toks[lo + 1].lower, toks[lo + 2].lower)
            if person is not None:
                return Evidence(person, "role")  # "Kyle Brouwer's father, Hank, ... the elder Brouwer said"
        mentions = self.mentions(seg, toks[lo].start, toks[hi - 1].end)
        for n, m in enumerate(mentions):
            if n + 1 < len(mentions) and _names_the_role_of_the_next(toks, m, mentions[n + 1]):
                continue  # "Quintanilla campaign manager Ted Orozco said": the manager speaks
            if m.possessive or (m.start > toks[lo].start and self._after_preposition(toks, lo, m)):
                if self._statement_of(toks, lo, hi, m):
                    return Evidence(m.person, self._cue_for(seg, m))  # "X's statement said", "a letter from X"
                continue  # "a spokesman for X", "a spokesman for Mayor X", "X's lawyer": someone else speaks
            return Evidence(m.person, self._cue_for(seg, m))
        first = toks[lo].lower
        if first in lexicon.SUBJECT_PRONOUNS:
            person = self.resolve_pronoun(first, order)
            return Evidence(person, "pronoun" if person is not None else "pronoun-unresolved")
        if first in _POSSESSIVE_TO_SUBJECT and 2 <= hi - lo <= 3 and toks[hi - 1].lower in _STYLES_OF_ADDRESS:
            # "His Highness said", "Her Excellency added": the style stands for the one it is his or hers
            person = self.resolve_pronoun(_POSSESSIVE_TO_SUBJECT[first], order)
            return Evidence(person, "pronoun" if person is not None else "pronoun-unresolved")
        if hi - lo == 2 and first == "the" and toks[lo + 1].lower in ("former", "latter"):
            person = self._former_or_latter(toks[lo + 1].lower, order)
            return Evidence(person, "role" if person is not None else "role-unresolved")
        acronym = toks[lo + 1] if hi - lo == 2 and first == "the" else toks[lo] if hi - lo == 1 else None
        if acronym is not None and _ACRONYM.fullmatch(acronym.core):
            person = self._titled_by_initials(acronym.lower, order)
            if person is not None:
                return Evidence(person, "role")  # "said the DPP", "says CM": the Deputy Public Prosecutor named before
        # "the ex-governor said": the role, once held
        words = [_ex_role(w) if w[:3] == "ex-" else w for w in _role_of_a_role(t.lower for t in toks[lo:hi])]
        if any(w in lexicon.ROLE_NOUNS for w in words) and not any(
            w in lexicon.NON_PERSON_SUBJECT_NOUNS for w in words[-1:]
        ):
            if self._anonymous(toks, lo, hi, order):
                return Evidence(None, "unnamed")
            person = self.resolve_role(words, order)
            # "the state's health secretary", "Ottawa's police chief": a role owned by a place, too
            owned = (
                lo > 0
                and toks[lo - 1].possessive
                and (toks[lo - 1].core[:1].isupper() or (lo > 1 and toks[lo - 2].lower == "the"))
            ) or (hi - lo > 1 and _a_place_owning(toks[lo]))
            if person is None and (first == "the" or owned) and self._in_the_lede(order[0]):
                # "..., with the state's health secretary saying it is “full”" opening the story,
                # then "Health Secretary Ana Ruiz told ...": the holder named just after
                person = self.resolve_role(words, order, look_ahead=True)
                if person is None and first == "the":
                    # "“...,” the mayor of X said" in the lede, "Mayor Ana Ruiz" some paragraphs on
                    person = self.resolve_role(words, order, look_ahead=True, ahead=_LEDE_ROLE_AHEAD)
                if person is None and _a_place_owning(toks[lo]) and not self._role_mentions(words[-1]):
                    # "Kesby's health minister has rejected ..., describing them as “...”" opening the
                    # story, then "Ana Ruiz thanked the nurses ...": the one named opening the next
                    person = self._untitled_subject_opening_the_next_paragraph(order[0])
            elif person is None and first == "the" and self._lede_opens_with_role(words[-1], order[0]):
                # "The mayor of X defended ..." opening the story, "“...,” the mayor said" next, and
                # "Mayor Ana Ruiz said" some paragraphs on: the one holder of the role, named later
                person = self.resolve_role(words, order, look_ahead=True, ahead=_LEDE_ROLE_AHEAD)
            if (
                person is None
                and first == "the"
                and words[-1] not in lexicon.OFFICE_ROLES
                and tuple(words[-2:]) not in lexicon.OFFICE_COMPOUNDS
                and (words[-1] in lexicon.ROLE_NOUNS or not _reporting_verb_before_head(words))
                and not _a_bodys_name(toks, lo, hi)
            ):
                body = _body_of_the_office(toks, hi)  # "the head of the Department of Defence"
                person = self._holder_of(body, order) if body else None
                if person is None:
                    person = self.resolve_description(seg, words[-1], order)
            return Evidence(person, "role" if person is not None else "role-unresolved")
        if (
            first == "the"
            and len(words) == 3
            and words[-1] in ("man", "woman")
            and (toks[lo + 1].core[:1].isupper() or words[1] in _AGE_ADJECTIVES)
        ):
            # "the Limerick man said": the person the text is about, from there; "the old man said": by age
            person = self.resolve_description(seg, words[-1], order)
            return Evidence(person, "role" if person is not None else "role-unresolved")
        if first == "the" and _WORLD_RANKING.fullmatch(" ".join(words[1:])):
            # "said the world No. 1": the player the story is about, as "the Spaniard said" would be
            person = self.resolve_description(seg, "player", order)
            return Evidence(person, "role" if person is not None else "role-unresolved")
        head = _epithet_head(words) if first == "the" else ""
        if head:
            # "the Spaniard said", "the 20-year-old said", "the accused said": the person the text is about
            person = self.resolve_description(seg, head, order)
            return Evidence(person, "role" if person is not None else "role-unresolved")
        if first == "the" and len(words) > 1 and words[-1] not in lexicon.NON_PERSON_SUBJECT_NOUNS:
            person = self._described_as(words[-1], order)
            if person is not None:
                return Evidence(person, "role")  # "Ana Ruiz, the top seed, ..." / "the top seed said"
            aged = next((w for w in words[1:-1] if "-year-old" in w and _AGED.fullmatch(w)), "")
            if aged:
                # "the 34-year-old Nepali mason said": an age says a person, whatever the noun after it
                person = self.resolve_description(seg, aged, order)
                return Evidence(person, "role" if person is not None else "role-unresolved")
        if hi - lo == 2 and first in ("his", "her"):
            relative = self._relative_named(toks[lo:hi], order)
            if relative is not None:
                return Evidence(relative, "role")  # "according to his son, “...”": the son the story names
        return Evidence(None, "organisation")

    def _anonymous(self, toks: list[Token], lo: int, hi: int, order) -> bool:
        """ "a senior official, who requested anonymity, said", "a source close to the player said",
        "Another official, who requested anonymity, was blunter. “...,” the official said.": a role
        after "a", "an" or "another", a source close to someone, or "the" and a role right after a
        sentence about someone granted anonymity (or who asked not to be named), with no one named -- someone unnamed, not the
        person named earlier whose title holds the same noun."""
        first = toks[lo].lower
        if first in ("a", "an", "another") or _close_to(toks, lo, hi):
            return True
        if first != "the" or hi - lo > 3:
            return False
        if any(t.lower in _UNNAMED_MODIFIERS for t in toks[lo + 1 : hi - 1]):
            return True  # "the unidentified neighbor said"
        if hi - lo == 2 and self._one_unnamed_before(toks[lo + 1].lower, order):
            return True
        if hi - lo == 3 and toks[lo + 1].core.islower() and self._one_unnamed_before(toks[lo + 2].lower, order):
            return True  # "A young cyclist was waiting ... / The young cyclist told police"
        before = self._sentence_before(order)
        if before is None:
            return False
        seg, a, b, named_until = before
        window = self.window(seg, a, b)
        if not _asks_anonymity(window):  # "asked not to be named", "asked that her name not be used"
            return False
        noun = toks[hi - 1].lower
        if len(window) > 2 and window[0].lower in ("the", "a", "an") and window[1].lower == noun:
            return True  # "The neighbour who called, who asked that her name not be used, said she tried to help X"
        return not self.mentions(seg, a, named_until)

    def _unnamed_speaker_introduced(self, noun: str, order: tuple[int, int]) -> bool:
        """ "said a neighbor", "A resident, who asked not to be named, said": the text gave words
        to someone unnamed under `noun` before `order`, and no one named is described by it, so
        "the neighbor" later is that one again, however far on."""
        if noun in lexicon.OFFICE_ROLES:
            return False  # "the judge", "the officer": one the story names as often
        found = self._unnamed_speakers.get(noun)
        if found is None:
            intro = re.compile(
                r"\b(?:said|says|told)\s+(?:a|an|one)\s+(?:[\w\u2019'-]+\s+){0,2}?"
                + re.escape(noun)
                + r"\b(?!\s*,\s*(?-i:[A-Z]))"
                r"|(?:^|[.!?\u201d\"]\s+)(?:A|An|One)\s+(?:[\w\u2019'-]+\s+){0,2}?"
                + re.escape(noun)
                + r"(?:,[^,.]{1,80},)?\s+(?:said|says|told)\b",
                re.IGNORECASE,
            )
            found = self._unnamed_speakers[noun] = [
                (self.seg_order[seg], m.start())
                for seg, text in self.segments
                if noun in text.lower()
                for m in intro.finditer(text)
            ]
        if not found or found[0] >= order:
            return False
        return self._described_as(noun, order) is None

    def _one_unnamed_before(self, noun: str, order: tuple[int, int]) -> bool:
        """ "..., said one resident. / “...,” the resident said.": "the resident" is the unnamed one
        brought in a few paragraphs before, when no one named holds that noun in a title."""
        if noun not in lexicon.ROLE_NOUNS or any(noun in words for words in self.titles):
            return False
        for pos in range(order[0], max(-1, order[0] - _MAX_BACK_SEGMENTS), -1):
            text = self.texts[self.segments[pos][0]]
            if pos == order[0]:
                text = text[: order[1]]
            for cue in (f"one {noun}", f"One {noun}", f"said a {noun}"):  # "One student who works nights told her ..."
                at = text.find(cue)
                # not "said one resident, Ana Ruiz": the resident is named there
                if at >= 0 and not _NAME_AFTER_A_COMMA.match(text, at + len(cue)):
                    return True
            if noun in text and _opened_by_an_unnamed(noun, text):
                return True
        return False

    @staticmethod
    def _statement_of(toks: list[Token], lo: int, hi: int, m: Mention) -> bool:
        """ "X's statement", "a statement from X": a statement or letter that is X's own, so its
        words are X's (but "a statement from X's office" is not)."""
        k = next((i for i in range(lo, hi) if toks[i].end >= m.end), hi - 1)
        if m.possessive:
            return k + 1 < hi and toks[k + 1].lower in _STATEMENT_NOUNS and not toks[k].trail.strip()
        j = next((i for i in range(lo, hi) if toks[i].start >= m.start), hi) - 1
        while j > lo and toks[j].core[:1].isupper() and _is_title_token(toks[j]):
            j -= 1  # "a statement from Gov. X": step back over the title
        return (
            j > lo
            and toks[j].lower in ("from", "by")
            and toks[j - 1].lower in _STATEMENT_NOUNS
            and not toks[j - 1].trail
            and (k + 1 >= hi or not toks[k + 1].core[:1].isupper())
        )

    @staticmethod
    def _after_preposition(toks: list[Token], lo: int, m: Mention) -> bool:
        """The mention follows a preposition, directly or behind a title in capitals ("for Mayor X")."""
        if m.prev in lexicon.PREPOSITIONS:
            return True
        k = next((i for i in range(lo, len(toks)) if toks[i].start >= m.start), len(toks)) - 1
        while True:
            while k > lo and toks[k].core[:1].isupper() and not toks[k].trail.strip():
                k -= 1
            if (
                k > lo
                and toks[k].lower in ("of", "for", "to")
                and _office_word(toks[k - 1])
                and toks[k + 1].start < m.start
            ):
                k -= (
                    1  # "Minister for Education X", "Envoy to Sudan X": the person's own title, not "a spokesman for X"
                )
                continue
            if (
                k - 3 >= lo
                and toks[k].lower == "for"
                and toks[k - 1].lower == "state"
                and toks[k - 2].lower == "of"
                and _office_word(toks[k - 3])
                and toks[k + 1].start < m.start
            ):
                k -= 3  # "Minister of State for Health X", "Secretary of State for Wales X"
                continue
            break
        return (
            k >= lo
            and toks[k].core.islower()
            and toks[k].lower in lexicon.PREPOSITIONS
            and k < len(toks) - 1
            and toks[k + 1].start < m.start
        )

    def _cue_for(self, seg, mention: Mention) -> str:
        text = " ".join(self.texts[seg][mention.start : mention.end].split())
        return "explicit" if text == self.roster.people[mention.person].name else "surname"

    # --- the three cue positions ------------------------------------------------------

    def after_cue(self, span: QuoteSpan) -> Evidence | None:
        seg = (span.seg, span.end_index)
        text = self.texts[seg]
        sents = self.sentences(seg)
        sent_end = sents[sentence_at(sents, max(0, span.close_pos - 1))][1]
        if span.close_pos >= sent_end:
            return None
        limit = sent_end
        ranges = self.ranges.get(seg, [])
        # (pos,) sorts before any range starting at pos: a bisection without a key function
        later = ranges[bisect_left(ranges, (span.close_pos,)) : bisect_left(ranges, (limit,))]
        if later:
            limit = later[0][0]
        toks = between(self.tokens(seg), span.close_pos, limit, key=_start)
        if not toks:
            return None
        order = (self.seg_order[(span.seg, span.index)], span.open_pos)
        first = toks[0]
        gap = text[span.close_pos : first.start]
        if gap.strip(" ,\u2014\u2013-:") != "":
            return None
        if self._closed_after_a_colon(span, text, first):
            return None
        if not gap.strip() and _a_sentence_of_its_own(span, toks):
            return None  # "“Will the minister visit?” He said he would.": his answer, not the words' tag
        if first.core in _DASHES and len(toks) > 1 and not gap.strip():
            signed = self._signed_by(seg, toks[1:])
            if signed is not None:
                return signed
        if (
            first.lower in lexicon.WORDING_VERBS
            and not _punctuated(first)
            # "he derided the “...,” read off some figures and ...": a verb with a particle goes on
            # the sentence's own subject, no thing read out as the words' source
            and not (len(toks) > 1 and toks[1].lower in _READ_PARTICLES and not self._opens_its_sentence(span))
        ):
            # "“...,” reads a statement from X": X's own statement, else wording with no speaker
            stop = 1
            while stop < len(toks) and stop <= 8 and not _punctuated(toks[stop - 1]):
                stop += 1
            for m in self.mentions(seg, toks[1].start, toks[stop - 1].end) if len(toks) > 1 else []:
                if self._statement_of(toks, 1, stop, m):
                    return Evidence(m.person, self._cue_for(seg, m), first.lower)
            return Evidence(None, "wording", first.lower)
        if first.lower in lexicon.INVERTIBLE_VERBS:
            stop = 1
            while stop < len(toks) and stop <= 8 and not _punctuated(toks[stop - 1]):
                stop += 1
            evidence = self._subject(seg, toks, 1, stop, order)
            unnamed = evidence is not None and (evidence.speaker is None or evidence.cue == "role")
            if unnamed and stop < len(toks):
                # "said Ana Ruiz's spokesman, Ivo Brandt", "said one fan, Ana Lorca": the one named in
                # apposition, also over a role that would point back ("said the group's director, Ana Lorca")
                named = self.mentions(seg, toks[stop].start, toks[min(len(toks), stop + 4) - 1].end)
                described = toks[1].lower in _INDEFINITE and (
                    all(t.core.islower() for t in toks[1:stop])
                    or _role_for_someone(toks, 1, stop)  # "said a spokesman for Ana Ruiz, Ivo Brandt"
                )
                if (
                    named
                    and named[0].start == toks[stop].start
                    and (
                        toks[stop - 1].lower in lexicon.ROLE_NOUNS
                        or toks[stop - 1].lower in lexicon.FAMILY_NOUNS
                        or described
                        or _office_for_a_portfolio(toks, 1, stop)  # "said the Minister for Health, X"
                    )
                ):
                    return Evidence(named[0].person, self._cue_for(seg, named[0]), first.lower)
                # "said a mother of five who gave only her first name, Amal": named at the end
                named = self.mentions(seg, toks[stop].start, toks[-1].end) if evidence.speaker is None else []
                if named and given_only_a_first_name(text, named[0].start):
                    return Evidence(named[0].person, self._cue_for(seg, named[0]), first.lower)
            if evidence is not None:
                evidence.verb = first.lower
                return evidence
            if not self._opens_its_sentence(span):
                # "X, who has said he wants it open “sooner rather than later,” claimed ...": the
                # verb after is X's main verb with no subject of its own; the words before decide
                return None
            return Evidence(None, "none", first.lower)
        if first.lower in _CLAUSE_CONJUNCTIONS and not self._opens_its_sentence(span):
            return None  # "X said it was “...”, while Y called for ...": Y's clause is no tag
        if first.lower in lexicon.PERSON_PRONOUNS and len(toks) > 1 and toks[1].lower in _REPLY_VERBS:
            addressee = self._asked_in_the_sentence_before(first.lower, order)
            if addressee is None:
                addressee = self._answering_the_question(first.lower, order)
            if addressee is not None:
                return Evidence(addressee, "pronoun", toks[1].lower)
        if first.lower == "came":
            reply = self._came_the_reply(seg, toks, order)
            if reply is not None:
                return reply
        if first.lower in lexicon.PERSON_PRONOUNS:
            evidence = self._subject(seg, toks, 0, 1, order)
            if (
                evidence is not None
                and len(toks) > 1
                and (toks[1].lower in lexicon.REPORTING_VERBS or _manner_tag_end(toks, 1) > 0)
            ):
                evidence.verb = toks[1].lower
                evidence = self._not_the_one_talked_about(span, first.lower, evidence, order)
                if evidence.verb in _GOING_ON_VERBS and evidence.speaker is not None:
                    return self._going_on_from_the_reporter(span, first.lower, evidence, order)
                return evidence
        if _is_manner_verb(first) and not _punctuated(first):
            # "“Stop!” bellowed Ana Ruiz.": a verb of manner, then a name that ends the clause
            k = 2 if len(toks) > 2 and toks[1].lower in _PARTICLES and not _punctuated(toks[1]) else 1
            named = self.mentions(seg, toks[k].start, toks[min(len(toks), k + 4) - 1].end) if k < len(toks) else []
            if named and named[0].start == toks[k].start and not named[0].possessive:
                last = next((j for j in range(k, len(toks)) if toks[j].end >= named[0].end), len(toks) - 1)
                if last == len(toks) - 1 or _punctuated(toks[last]):
                    return Evidence(named[0].person, self._cue_for(seg, named[0]), first.lower)
        if first.lower == "by" and len(toks) > 1:
            passive = self._passive_agent(span, seg, toks)
            if passive is not None:
                return passive
        if first.lower == "according" and len(toks) > 2 and toks[1].lower == "to":
            evidence = self._subject(seg, toks, 2, min(len(toks), 10), order)
            if evidence and evidence.speaker is None:
                # "Reed said Japan should not “play with fire,” according to a readout": the
                # readout reports Reed's words
                before = self.before_cue(span)
                if before is not None and before.speaker is not None:
                    return before
            if evidence:
                evidence.verb = lexicon.ACCORDING_TO
            return evidence
        starts_subject = (
            first.core[:1].isupper()
            or first.lower in lexicon.SUBJECT_PRONOUNS
            or first.lower in lexicon.SUBJECT_DETERMINERS
            or first.lower in lexicon.ROLE_NOUNS
            or first.lower in lexicon.TITLE_MODIFIERS
        )
        if not starts_subject:
            # "“...,” shop owner Ana Lorca said.": a lower-case description, then the name
            named = self.mentions(seg, first.start, toks[min(len(toks), _MAX_DESCRIPTION_TOKENS) - 1].end)
            if not named:
                return _unnamed_speakers(toks) if self._opens_its_sentence(span) else None
            lead = [t for t in toks if t.start < named[0].start]
            # "one fan, Ana Lorca, said": a comma may set the name in apposition to the description
            if any(
                (t.trail.strip() and not (t is lead[-1] and t.trail == ",")) or t.lower in lexicon.TITLE_STOPS
                for t in lead
            ):
                return None
        for k, tok in enumerate(toks[:_MAX_SUBJECT_TOKENS]):
            # ("“...,” the statement read.": a verb of written words is a cue too: its subject's)
            saying = tok.lower in lexicon.REPORTING_VERBS or tok.lower in lexicon.WORDING_VERBS
            if k > 0 and saying and tok.core.islower() and not _participle_as_adjective(toks, k):
                if self._said_inside_a_clause(toks, k):
                    return None
                if _joined_to_the_verb_before(toks, k) and not self._opens_its_sentence(span):
                    return None  # "X said his client “disputes” the account and would say ...": X's verbs
                if tok.trail.startswith(":") and span.text.rstrip("\"'\u201d\u2019 ")[-1:] in "!?.":
                    return None  # "X said: “We won!” Y added: “...”": the colon opens Y's words, not these
                agent = self._agent_after_by(seg, toks, k)
                if agent is not None:
                    return agent
                evidence = self._subject(seg, toks, 0, k, order)
                if evidence is not None and evidence.speaker is None and k == 2 and toks[1].lower in _AUTHORED_NOUNS:
                    evidence = (
                        self._owner_by_pronoun(toks[0], order)
                        or self._writing_introduced_before(toks[1].lower, order)
                        or self._speaker_in_a_writing_before(toks[0], toks[1].lower, order)
                        or self._signed_in_the_next_sentence(seg, toks[k])
                        or evidence
                    )
                if evidence is not None and evidence.speaker is None and k == 1 and toks[0].lower == "it":
                    # "“...,” it reads." of a diary kept; "X issued a statement. “...,” it said.": X's
                    evidence = self._keeper_of_the_writing(order) or self._statement_issued_before(order) or evidence
                if evidence is not None and evidence.speaker is None and not self._opens_its_sentence(span):
                    # "She told a mayor his suit looked “...,” her family said.": the words of the one
                    # who told him, which the family only reports
                    inner = self.before_cue(span)
                    if inner is not None and inner.speaker is not None:
                        return inner
                if evidence is not None:
                    evidence.verb = tok.lower
                    if evidence.cue == "role" and self._said_of(seg, toks, k) == evidence.speaker:
                        return Evidence(None, "role-unresolved", tok.lower)  # not the one talked about
                return evidence
        return self._short_closing_clause(seg, toks) or self._name_with_no_verb(span, seg, toks)

    def _name_with_no_verb(self, span: QuoteSpan, seg, toks: list[Token]) -> Evidence | None:
        """ "“..., then he needs to apologise,” Prof Ana Lorca" closing the paragraph: a tag that
        lost its verb -- words closed on a comma, then only a name behind its title -- is hers."""
        if len(toks) > _MAX_CLOSING_CLAUSE or not span.text.rstrip("\"'\u201d\u2019 ").endswith(","):
            return None
        if self.texts[seg][toks[-1].end :].strip(" .") or toks[-1].trail.strip(" ."):
            return None
        named = self.mentions(seg, toks[0].start, toks[-1].end)
        if len(named) != 1 or named[0].possessive or named[0].end != toks[-1].end:
            return None
        if not all(_title_like(t) for t in toks if t.start < named[0].start):
            return None
        return Evidence(named[0].person, self._cue_for(seg, named[0]))

    def _owner_by_pronoun(self, owner: Token, order: tuple[int, int]) -> Evidence | None:
        """ "“...,” his statement said.": the writing is the one "his" or "her" stands for."""
        if owner.lower not in ("his", "her") or owner.trail.strip():
            return None
        person = self.resolve_pronoun(owner.lower, order)
        return Evidence(person, "pronoun") if person is not None else None

    @staticmethod
    def _closed_after_a_colon(span: QuoteSpan, text: str, first: Token) -> bool:
        """ "X posted on X: “Proud moment. Go Anika!” Former captain Y, ..., called it ...": a
        quotation opened by a colon that ends in a full stop, "!" or "?", then a capital -- a new
        sentence, no tag of these words."""
        if (
            span.index != span.end_index
            or not first.core[:1].isupper()
            or span.text.rstrip("\"'\u201d\u2019 ")[-1:] not in ("!", "?", ".")
        ):
            return False
        return text[: span.open_pos].rstrip().endswith(":") and text[span.close_pos : first.start].strip() == ""

    @staticmethod
    def _said_inside_a_clause(toks: list[Token], k: int) -> bool:
        """ "X said it was “cooling,” a distinction he said was important": after a quotation, a
        noun phrase whose clause has the reporting verb toks[k] run straight on into a verb ("he
        said was") -- the verb reports a judgement inside the clause, not these words."""
        return (
            k > 1
            and k + 1 < len(toks)
            and toks[0].lower in _INDEFINITE
            and not _punctuated(toks[k])
            and toks[k + 1].lower in _BE_FORMS
        )

    def _said_of(self, seg, toks: list[Token], k: int) -> int | None:
        """ "“...,” the manager said of Ana Ruiz.": the one named right after the verb toks[k] and
        "of" -- talked about, so not the role who speaks; else None."""
        if k + 2 >= len(toks) or toks[k + 1].lower != "of" or _punctuated(toks[k]) or _punctuated(toks[k + 1]):
            return None
        named = self.mentions(seg, toks[k + 2].start, toks[min(len(toks), k + 6) - 1].end)
        return named[0].person if named and named[0].start == toks[k + 2].start else None

    def _shouted_or_shown(self, seg, toks: list[Token]) -> Evidence | None:
        """ "Ana Ruiz spoke, to shouts of “Shame!” and “Resign!”", "Ana Ruiz told us, near a sign
        reading “Keep out”": a crowd noun and "of", or a written noun (and "reading"), right before
        the quotation governs it -- no one named says those words, not even the sentence's subject."""
        k = len(toks) - 1
        if k > 0 and toks[k].lower in ("and", "or") and _after_a_quotation(self.texts[seg], toks[k].start):
            k -= 1  # the second of two: "shouts of “Shame!” and “Resign!”"
        last = toks[k]
        if last.trail.strip(":"):
            return None
        if last.lower == "of" and k > 0 and toks[k - 1].lower in lexicon.CROWD_NOUNS and not toks[k - 1].trail:
            return Evidence(None, "crowd")
        if last.lower in lexicon.WRITTEN_NOUNS or (last.lower in lexicon.CROWD_NOUNS and last.trail == ":"):
            return Evidence(None, "wording")  # "a banner: “Pay up”"
        if last.lower in _CHANTING:
            return self._chanted_by_a_crowd(seg, toks, k)
        if last.lower not in lexicon.WORDING_VERBS:
            return None
        # "a handwritten sign taped to the door reading “...”": the written noun a few words back
        for j in range(k - 1, max(-1, k - 9), -1):
            if _punctuated(toks[j]):
                return None
            if toks[j].lower in lexicon.WRITTEN_NOUNS:
                return Evidence(None, "wording", last.lower)
        return None

    def _asked_in_the_sentence_before(self, gender: str, order: tuple[int, int]) -> int | None:
        """ "Ana Ruiz asked Ivo Brandt whether he would stay. “No,” he replied.": the one asked in
        the sentence just before (no one named since), when the pronoun fits them, gives the reply;
        so does the one a question is about ("Ana Ruiz asked whether Ivo Brandt had been angry")."""
        before = self._sentence_before(order)
        if before is None:
            return None
        seg, a, b, named_until = before
        toks = self.window(seg, a, b)
        for k, tok in enumerate(toks[:-1]):
            if tok.lower not in _ASKING_VERBS or _punctuated(tok):
                continue
            if toks[k + 1].lower in ("whether", "if") and k + 2 < len(toks) and not _punctuated(toks[k + 1]):
                k += 1
            named = self.mentions(seg, toks[k + 1].start, b)
            if not named or named[0].possessive:
                return None
            if named[0].start != toks[k + 1].start and not (
                self._titles_only(seg, toks[k + 1].start, named[0].start)
                or self._role_in_apposition(seg, toks[k + 1].start, named[0].start)
            ):
                return None  # (but "asked the witness, Ivo Brandt, ...", "asked Sgt Ivo Brandt ...")
            if any(m.prev not in lexicon.PREPOSITIONS for m in self.mentions(seg, named[0].end, named_until)):
                return None  # someone named after the one asked (but "... discussed with X": not)
            person = named[0].person
            return person if self.roster.people[person].pronoun in ("", gender) else None
        return None

    def _asked_just_before(self, order: tuple[int, int]) -> Evidence | None:
        """ "Ana Ruiz was asked if she would quit. “No,” came the reply.": the subject of a sentence
        just before that has them asked (the passive "was asked"), or the one named right after
        "asked" there ("Reporters asked Ana Ruiz whether ..."), gives the reply."""
        before = self._sentence_before(order)
        if before is None:
            return None
        seg, a, b, _ = before
        toks = self.window(seg, a, b)
        w = next(
            (
                k
                for k in range(1, len(toks) - 1)
                if toks[k + 1].lower == "asked" and toks[k].lower in ("was", "were") and not _punctuated(toks[k])
            ),
            0,
        )
        if not w:
            # "Reporters asked Ana Ruiz whether she would quit.": the one asked, named right after
            for k, tok in enumerate(toks[:-1]):
                if tok.lower == "asked" and not _punctuated(tok):
                    named = self.mentions(seg, toks[k + 1].start, b)
                    if not named or named[0].possessive:
                        return None
                    if named[0].start == toks[k + 1].start or self._titles_only(seg, toks[k + 1].start, named[0].start):
                        return Evidence(named[0].person, "answer", "came")
                    return None
            return None
        evidence = self._subject(seg, toks, 0, w, order)
        if evidence is None or evidence.speaker is None:
            return None
        return Evidence(evidence.speaker, "answer", "came")

    def _came_the_reply(self, seg, toks: list[Token], order: tuple[int, int]) -> Evidence | None:
        """ "“Not now,” came the reply.": the answer to the last speaker, by the one who spoke
        before them (or by the one named after "from": "came the reply from Ana Ruiz")."""
        if len(toks) < 3 or toks[1].lower not in ("the", "a") or toks[2].lower not in _REPLY_NOUNS:
            return None
        if any(_punctuated(t) for t in toks[:2]):
            return None
        if not _punctuated(toks[2]) and len(toks) > 4 and toks[3].lower == "from":
            named = self.mentions(seg, toks[4].start, toks[-1].end)
            if named and named[0].start == toks[4].start and not named[0].possessive:
                return Evidence(named[0].person, self._cue_for(seg, named[0]), "came")
            if toks[4].lower == "the" and len(toks) > 5:
                # "came the reply from the premier, Ana Ruiz", "... from the premier": the role's holder
                evidence = self._subject(seg, toks, 4, len(toks), order)
                if evidence is not None and evidence.speaker is not None:
                    evidence.verb = "came"
                    return evidence
            return None
        asked = self._asked_just_before(order)
        if asked is not None:
            return asked
        speakers = self.speakers[: bisect_left(self.speakers, order, key=_order)]
        if not speakers or order[0] - speakers[-1].order[0] > 1:
            return None
        last = speakers[-1].person
        for event in reversed(speakers):
            if order[0] - event.order[0] > _MAX_BACK_SEGMENTS:
                break
            if event.person != last:
                return Evidence(event.person, "answer", "came")
        return None

    def _chanted_by_a_crowd(self, seg, toks: list[Token], k: int) -> Evidence | None:
        """ "Ana Ruiz missed, and the home end poured onto the pitch chanting “Out!”": "chanting" in
        a clause whose subject is "the/a" and a noun, naming no one -- a crowd's words."""
        j = _crowd_after_as(toks, k)  # "... as veterans shouted him down and chanted “Shame!”"
        if j < 0:
            j = k - 1
            while j > 0 and not toks[j - 1].trail.strip() and toks[j - 1].lower not in _CONJUNCTIONS:
                j -= 1  # back to the clause's first word
            if j == k - 1 or toks[j].lower not in ("the", "a") or not toks[j + 1].core.islower():
                return None
        if self.mentions(seg, toks[j].start, toks[k].start):
            return None
        return Evidence(None, "crowd", toks[k].lower)

    def _agent_after_by(self, seg, toks: list[Token], k: int) -> Evidence | None:
        """ "“...,” Ana Ruiz was told by Ivo Brandt.": after a quotation, a passive reporting verb's
        agent -- the one named right after "by" -- said the words, not its subject."""
        if k + 2 >= len(toks) or toks[k - 1].lower not in _BE_FORMS or toks[k + 1].lower != "by":
            return None
        if _punctuated(toks[k - 1]) or _punctuated(tok := toks[k]) or _punctuated(toks[k + 1]):
            return None
        named = self.mentions(seg, toks[k + 2].start, toks[min(len(toks), k + 6) - 1].end)
        if named and not named[0].possessive and named[0].start == toks[k + 2].start:
            return Evidence(named[0].person, self._cue_for(seg, named[0]), tok.lower)
        return None

    def _signed_by(self, seg, toks: list[Token]) -> Evidence | None:
        """ "“...” \u2013 Ana Lorca, 61, a nurse": a dash, then a name that is all the rest of the
        sentence or is followed by a comma and a description -- the quotation is signed."""
        named = self.mentions(seg, toks[0].start, toks[min(len(toks), 5) - 1].end)
        if not named or named[0].start != toks[0].start or named[0].possessive:
            return None
        last = next(k for k, t in enumerate(toks) if t.end >= named[0].end)
        if last == len(toks) - 1 or toks[last].trail.startswith(","):
            return Evidence(named[0].person, self._cue_for(seg, named[0]), "dash")
        return None

    def _opens_its_sentence(self, span: QuoteSpan) -> bool:
        """The quotation is the sentence's first words (a later part of one running over
        paragraphs opens its paragraph), so the words after it are its cue, not a second verb
        of the sentence ("X called it “...” but warned ...")."""
        if span.end_index != span.index:
            return True
        return not self.texts[(span.seg, span.index)][span.sentence[0] : span.open_pos].strip()

    def _passive_agent(self, span: QuoteSpan, seg, toks: list[Token]) -> Evidence | None:
        """ "X was called “a true leader” by Y": the agent after "by" of a passive verb of saying
        or calling just before the quotation."""
        if span.end_index != span.index:
            return None
        before = self.window(seg, span.sentence[0], span.open_pos)
        if before and before[-1].lower == "as":
            before = before[:-1]  # "was described as “...” by X"
        if len(before) < 2 or _punctuated(before[-1]) or _punctuated(before[-2]):
            return None
        verb, aux = before[-1].lower, before[-2].lower
        if aux not in _BE_FORMS or not (verb in lexicon.REPORTING_VERBS or verb in _PASSIVE_CALLING):
            return None
        named = self.mentions(seg, toks[1].start, toks[min(len(toks), 6) - 1].end)
        first = 1
        while first < min(len(toks) - 1, 3) and _is_title_token(toks[first]) and not toks[first].trail.strip(". "):
            first += 1  # "by Mrs Pell", "by Dr. Ana Ruiz": past the title
        if named and not named[0].possessive and named[0].start == toks[first].start:
            return Evidence(named[0].person, self._cue_for(seg, named[0]), verb)
        return None

    def _not_the_one_talked_about(self, span: QuoteSpan, pronoun: str, evidence: Evidence, order) -> Evidence:
        """“He never stops,” he said. -- when the quotation itself talks about someone as "he",
        the "he" who says it is not the man it talks about: rather than the last man named, the
        speaker of the run of quotations it belongs to (the last speaker, within a few
        paragraphs, whose pronoun agrees)."""
        if evidence.speaker is None:
            return evidence
        seg = (span.seg, span.index)
        inside = between(self.roster.mentions.get(seg, []), span.open_pos, span.close_pos, key=_start)
        if any(m.in_quote and m.person == evidence.speaker and not self._in_nested_words(span, m) for m in inside):
            # “Eddie should have been up there with me,” he said: not Eddie, whom the words name
            other = self._earlier_speaker(evidence.speaker, pronoun, order)
            if other is not None:
                return Evidence(other, "pronoun", evidence.verb)
        if self._talked_about_by_title(span, evidence.speaker):
            # “My staff and the chief added night patrols,” she said: not the police chief named just before
            other = self._earlier_speaker(evidence.speaker, pronoun, order)
            if other is not None and _title_head(self.roster.people[other].title) != _title_head(
                self.roster.people[evidence.speaker].title
            ):
                return Evidence(other, "pronoun", evidence.verb)
        last = self._run_speaker_talking_about(span, order, {pronoun})
        # Only when the man named since is the only one the quotation can be talking about: with
        # another named too ("X's teammate Y, who joked about X"), Y may be the speaker.
        if (
            last is not None
            and last.person != evidence.speaker
            and self._named_since(last, order) - {last.person} == {evidence.speaker}
            and not self._spoke_since(evidence.speaker, last, order)
            and not self._introduced_by_a_relation(span, evidence.speaker)
        ):
            return Evidence(last.person, "pronoun", evidence.verb)
        return evidence

    def _talked_about_by_title(self, span: QuoteSpan, person: int) -> bool:
        """The quotation speaks of "the <office>" the person holds ("the chief" of Police Chief X)."""
        head = _title_head(self.roster.people[person].title)
        if not head:
            return False
        words = span.text.lower()
        at = words.find("the " + head)
        while at >= 0:
            after = at + 4 + len(head)
            if (at == 0 or not words[at - 1].isalpha()) and (after == len(words) or not words[after].isalpha()):
                return True
            at = words.find("the " + head, after)
        return False

    def _going_on_from_the_reporter(self, span: QuoteSpan, pronoun: str, evidence: Evidence, order) -> Evidence:
        """ "Dawes added that prop X was hurt. His replacement, Y, sat beside him. / “It looks bad,”
        he added.": a pronoun that "added" or "continued" goes on from someone who has spoken; when
        it would go to a man named since who has not spoken (Y), the reporter of the paragraph just
        before, opening the quotation's own, is meant, when the pronoun fits him."""
        if span.seg != SEG_BLOCK or any(s.person == evidence.speaker and s.order < order for s in self.speakers):
            return evidence
        seg = (span.seg, span.index)
        if self.mentions(seg, 0, span.open_pos):
            return evidence
        prev_seg = self._previous_paragraph(seg)
        reporter = self._last_reporter(prev_seg) if prev_seg is not None else None
        if reporter is None or reporter.speaker == evidence.speaker:
            return evidence
        if self.roster.people[reporter.speaker].pronoun not in ("", pronoun):
            return evidence
        if not any(s.person == reporter.speaker and s.order < order for s in self.speakers):
            return evidence  # (the reporter has spoken before, in quotation marks)
        return Evidence(reporter.speaker, "pronoun", evidence.verb)

    def _in_nested_words(self, span: QuoteSpan, mention: Mention) -> bool:
        """ "“He looked at me and said, ‘Philip, it’s nothing,’” he said": a name inside words the
        quotation quotes in turn (someone else's, often addressed to the speaker) does not show
        the speaker is someone other than the one named."""
        text = self.texts[(span.seg, span.index)]
        if span.end_index != span.index:
            return False
        inner = quoted_spans(text[span.start : span.end], single=True)
        at = mention.start - span.start
        return any(q.start <= at < q.end for q in inner)

    def _introduced_by_a_relation(self, span: QuoteSpan, person: int) -> bool:
        """ "The younger son, Amandeep, 27, was briefer. “...,” he said.": `person` is brought in
        before the quotation, in its paragraph, by a sentence opening with a relation or a role set
        off by commas ("The younger son, X,", "Her lawyer, X,") -- the next speaker, not someone
        the last speaker talks about."""
        seg = (span.seg, span.index)
        sents = self.sentences(seg)
        for m in self.mentions(seg, 0, span.open_pos):
            if m.person != person or m.possessive or self.texts[seg][m.end : m.end + 1] != ",":
                continue
            lead = self.window(seg, sents[sentence_at(sents, m.start)][0], m.start)
            if 1 < len(lead) <= 4 and lead[-1].trail == "," and lead[-1].lower in lexicon.FAMILY_NOUNS:
                first = lead[0].lower
                if (first == "the" or first in lexicon.POSSESSIVE_DETERMINERS) and all(
                    t.core.islower() and not t.trail for t in lead[1:-1]
                ):
                    return True
            if _role_set_off_before(lead):
                return True
        return False

    def _earlier_speaker(self, person: int, pronoun: str, order) -> int | None:
        """The latest speaker before `order`, within a few paragraphs, other than `person`, whom
        `pronoun` fits."""
        for event in reversed(self.speakers[: bisect_left(self.speakers, order, key=_order)]):
            if order[0] - event.order[0] > _MAX_BACK_SEGMENTS:
                return None
            if event.person != person and self.roster.people[event.person].pronoun in ("", pronoun):
                return event.person
        return None

    def _spoke_since(self, person: int, event: _Event, order) -> bool:
        """Between a speaker's quotation (`event`) and `order`, the narrative has `person` say or
        judge something ("Coach X said his striker had earned it.", "X was full of praise for his
        striker."): the "he" who goes on is X, who turns to the speech the paragraph announced."""
        for pos in range(event.order[0], order[0] + 1):
            seg = self.segments[pos][0]
            lo = event.order[1] if pos == event.order[0] else 0
            hi = order[1] if pos == order[0] else len(self.texts[seg])
            for m in self.mentions(seg, lo, hi):
                if m.person != person or m.in_quote or m.possessive or m.prev in lexicon.PREPOSITIONS:
                    continue
                toks = list(islice(self.window(seg, m.end, hi), 16))
                if (
                    toks
                    and (
                        toks[0].lower in _RELATIVE_PRONOUNS  # "X, who signed him in May, praised ..."
                        or (toks[0].lower.endswith(("ing", "ed")) and self.texts[seg][m.end : m.end + 1] == ",")
                    )
                ):  # "X, giving evidence later, saw it differently"
                    toks = toks[next((j + 1 for j, t in enumerate(toks) if t.trail.strip()), len(toks)) :]
                for tok in toks[:6]:
                    if tok.core.islower() and (tok.lower in lexicon.REPORTING_VERBS or tok.lower in _JUDGING_WORDS):
                        return True
                    if tok.trail.strip(",") or tok.lower in _RELATIVE_PRONOUNS:
                        break
        return False

    def _talked_about_continuation(self, span: QuoteSpan, order) -> Evidence | None:
        """A quotation with no cue opening its paragraph, after narrative about one other person,
        that talks about someone as "he" or "she" (“He never missed a game.”): the speaker of the
        run of quotations goes on about that person, who is not the one speaking."""
        last = self._run_speaker_talking_about(span, order, {"he", "she"}, speaker_fits=False)
        if last is None:
            return None
        others = self._named_since(last, order) - {last.person}
        if len(others) != 1:
            return None
        other = next(iter(others))
        if self.roster.people[other].pronoun not in ("", *self._pronouns_used(span)):
            return None  # "Tom Pell disagreed. “She played well.”": not about him, so his words
        if self._spoke_since(other, last, order):
            return None
        prev_seg = self._previous_paragraph((span.seg, span.index))
        narrated = self._narrated_before(prev_seg) if prev_seg is not None else None
        if narrated is not None and narrated.speaker not in (None, other, last.person):
            return None  # "Asked about him, the veteran lawmaker chose her words.": she answers
        return Evidence(last.person, "continuation")

    def _pronouns_used(self, span: QuoteSpan) -> set[str]:
        words = set(_WORDS.findall(self.texts[(span.seg, span.index)][span.open_pos : span.close_pos].lower()))
        return {g for w, g in lexicon.PRONOUN_GENDER.items() if w in words}

    def _run_speaker_talking_about(
        self, span: QuoteSpan, order, genders: set[str], speaker_fits: bool = True
    ) -> _Event | None:
        """The last speaker, within two paragraphs, when the quotation (in one paragraph) uses a
        third-person pronoun of one of `genders` that the speaker's own pronoun does not rule out
        (unless not `speaker_fits`: a woman goes on about "he" with no tag of her own)."""
        if span.end_index != span.index:
            return None
        words = set(_WORDS.findall(self.texts[(span.seg, span.index)][span.open_pos : span.close_pos].lower()))
        used = {g for w, g in lexicon.PRONOUN_GENDER.items() if w in words and g in genders}
        if not used:
            return None
        index = bisect_left(self.speakers, order, key=_order) - 1
        if index < 0:
            return None
        last = self.speakers[index]
        if order[0] - last.order[0] > 2 or (
            speaker_fits and len(used) == 1 and self.roster.people[last.person].pronoun not in ("", *used)
        ):
            return None
        return last

    def _named_since(self, event: _Event, order) -> set[int]:
        """Everyone named outside quotations from a speaker's quotation (`event`) up to `order`."""
        start = event.order
        named = set()
        for pos in range(start[0], order[0] + 1):
            seg = self.segments[pos][0]
            lo = start[1] if pos == start[0] else 0
            hi = order[1] if pos == order[0] else len(self.texts[seg])
            named.update(m.person for m in self.mentions(seg, lo, hi) if not m.in_quote)
        return named

    def _short_closing_clause(self, seg, toks: list[Token]) -> Evidence | None:
        """“...,” Kowalczyk shot back. / “...,” councillor Ana Lorca and others fired back.  A
        short clause after the quotation whose subject is a named person, behind its title."""
        if len(toks) > _MAX_CLOSING_CLAUSE:
            return None
        for m in self.mentions(seg, toks[0].start, toks[-1].end + 1):
            lead = [t for t in toks if t.start < m.start]
            rest = [t for t in toks if t.start >= m.end]
            if m.possessive or not all(_title_like(t) for t in lead) or not rest or not rest[0].core.islower():
                return None
            verb = next(
                (
                    t.lower
                    for t in rest
                    if t.core.islower() and t.lower not in _CONJUNCTIONS and t.lower not in lexicon.TITLE_STOPS
                ),
                rest[0].lower,
            )
            return Evidence(m.person, self._cue_for(seg, m), verb)
        return None

    def before_cue(self, span: QuoteSpan) -> Evidence | None:
        seg = (span.seg, span.index)
        sa, _ = span.sentence
        toks = self.window(seg, sa, span.open_pos)
        if not toks:
            return None
        order = (self.seg_order[seg], span.open_pos)
        shown = self._shouted_or_shown(seg, toks)
        if shown is not None:
            return shown
        relative = self._relative_opening_the_last_clause(seg, toks, order)
        if relative is not None:
            return relative
        who = self._said_in_a_who_clause(seg, toks)
        if who is not None:
            return who
        possessed = self._possessive_words(seg, toks, order)  # "Ana Ruiz's reply:" -- a noun, not a verb
        if possessed is not None:
            return possessed
        claimed = self._owners_claim_that(seg, toks)  # "backed Ana Ruiz's claim that she has a “...”"
        if claimed is not None:
            return claimed
        if _rejected_charge_before(toks):
            return Evidence(None, "unnamed")  # "X dismissed allegations of ‘favouritism’": the accusers' word, not X's
        in_words = self._in_the_words_of(seg, toks)
        if in_words is not None:
            return in_words
        put = self._as_someone_puts_it(seg, toks)
        if put is not None:
            return put
        sourced = self._pronoun_source_opener(toks, order)
        if sourced is not None:
            return sourced
        attributed = self._attributed_to(seg, toks, order) or self._named_before_a_colon_verb(seg, toks, order)
        if attributed is not None:
            return attributed
        if len(toks) > 5 and toks[-1].lower == "as":
            described = self._subject_of_a_clause_on_a_noun(seg, toks, order)
            if described is not None:
                return described
        for k in range(len(toks) - 1, -1, -1):
            tok = toks[k]
            if (
                tok.lower in _LABELLING or tok.lower in _PASSIVE_CALLING or tok.lower in _TOLD
            ) and self._labelled_in_the_passive(span, toks, k):
                return Evidence(None, "unnamed", tok.lower)  # "X has been described as “gentle”": not X's words
            if tok.lower == "according" and k + 1 < len(toks) and toks[k + 1].lower == "to":
                hi = min(len(toks), k + 10)
                cut = next((j + 1 for j in range(k + 2, hi) if toks[j].trail.strip()), hi)
                if (
                    cut < hi
                    and _a_document_named(toks, k + 2, cut)
                    and not self.mentions(seg, toks[k + 2].start, toks[cut - 1].end)
                ):
                    # "According to the committee report published on Friday, X was found to have
                    # made ‘...’": the document's words, not those of the one it is about
                    return Evidence(None, "wording", lexicon.ACCORDING_TO)
                evidence = self._subject(seg, toks, k + 2, hi, order)
                if (
                    evidence is not None
                    and evidence.speaker is None
                    and _said_before(toks, k)
                    and _a_record_after(toks, k)
                ):
                    continue  # "X said, according to a transcript, that it was “...”": X's words
                if evidence is not None:
                    evidence.verb = lexicon.ACCORDING_TO
                    return evidence
            if tok.lower in _ACCUSING and (_accused_of_before(toks, k) or _accused_right_before(toks, k)):
                # "X, who accused the executive of “...”": the accuser's words
                if tok.lower.endswith("ing"):
                    evidence = self._with_subject(seg, toks, k, order) or self._sentence_subject(seg, toks, k, order)
                else:
                    evidence = self._nearest_subject(seg, toks, k, order)
                if evidence is not None:
                    evidence.verb = tok.lower
                    return evidence
            if (
                tok.lower not in lexicon.REPORTING_VERBS
                and not (tok.lower in _CUTTING_IN and _cuts_in(toks, k))
                and not _judged_as(toks, k)
            ) or not tok.core.islower():
                continue
            if _participle_as_adjective(toks, k):
                continue  # "said in a written comment": after "a", a participle is an adjective
            verb = tok.lower
            prev = toks[k - 1] if k > 0 else None
            if verb in _THING_SENSE_VERBS and prev is not None and prev.lower in _THING_PRONOUNS and not prev.trail:
                continue  # "he said it reflected “...”": a thing reflects, the one who said so speaks
            if verb in lexicon.INVERTIBLE_VERBS and (
                self.quoted(seg, prev.start) if prev is not None else _after_a_quotation(self.texts[seg], tok.start)
            ):
                # "“...,” said Ana Ruiz, “...”": the second part is hers, as the first is
                after = self.mentions(seg, tok.end, toks[min(len(toks), k + 6) - 1].end)
                if after and not after[0].possessive:
                    return Evidence(after[0].person, self._cue_for(seg, after[0]), verb)
            claimant = self._claims_from(seg, toks, k)
            if claimant is not None:
                return claimant
            heard = self._heard_saying(seg, toks, k) or self._someone_in_the_reported_clause(seg, toks, k, order)
            if heard is not None:
                return heard
            if (
                k + 1 < len(toks)
                and toks[k + 1].lower == "for"
                and not tok.trail
                and self.mentions(seg, toks[k + 1].end, span.open_pos)
            ):
                # "X asked for papers that Y “could not” provide, Z said.": asking for a thing
                # introduces no words, and the words say what Y did, so a tag closing the
                # sentence names their speaker (not "X called for a “frank” inquiry, Z said": X's)
                tag = self._closing_tag(span)
                if tag is not None and tag.speaker is not None:
                    return tag
            if k + 1 < len(toks) and toks[k + 1].lower == "by" and not tok.trail:
                # "Bale was told by Vetter: “...”": the agent of a passive verb is the speaker
                for m in self.mentions(seg, toks[k + 1].end, toks[min(len(toks), k + 6) - 1].end):
                    if not m.possessive:
                        return Evidence(m.person, self._cue_for(seg, m), verb)
            if verb == "saying" and prev is not None and prev.lower == "as":
                # "the agency quoted him as saying": the one quoted
                evidence = self._quoted_as(seg, toks, k, order)
                if evidence is not None:
                    evidence.verb = verb
                    return evidence
            if (
                verb.endswith("ing")
                and prev is not None
                and not prev.trail
                and prev.lower in lexicon.NON_PERSON_SUBJECT_NOUNS
                and not self.texts[seg][prev.end : tok.start].strip()  # not "go to court “...”, adding"
                and not self._object_of_a_named_subject(seg, toks, k - 1)
            ):
                return Evidence(None, "organisation", verb)  # "with supporters chanting, “...”"
            if verb.endswith("ing") and self._found_writing(seg, toks, k):
                return Evidence(None, "wording", verb)  # "Ana Ruiz found a note calling her “selfish”"
            clause_role = self._role_opening_a_clause_after_a_semicolon(seg, toks, k, order)
            if clause_role is not None:
                clause_role.verb = verb
                return clause_role
            sender = self._sender_of_the_message(seg, toks, k, order) if verb.endswith("ing") else None
            if sender is not None:
                sender.verb = verb
                return sender
            absolute = (
                self._with_subject(seg, toks, k, order) or self._gerund_after_by(seg, toks, k, order)
                if verb.endswith("ing")
                else None
            )
            if absolute is not None:
                absolute.verb = verb
                return absolute
            if k == 2 and toks[0].lower == "the" and toks[1].lower in _AUTHORED_NOUNS:
                # "... published the letter he sent in 2019 ... / The letter says: ‘...’": its sender's words
                sent = self._sender_named_before(toks[1].lower, (order[0], toks[0].start))
                if sent is not None:
                    sent.verb = verb
                    return sent
            if self._written_subject(seg, toks, k):
                return Evidence(None, "wording", verb)  # "a letter left at her door had warned her “...”"
            if self._thing_subject(seg, toks, k):
                relayer = self._relayer_of_a_body(seg, toks, k, order)
                if relayer is not None:
                    return relayer  # "..., adding that Kesby called on both sides “...”": the one adding
                return Evidence(None, "organisation", verb)  # "after Acme Corp warned that ... “...”"
            role = self._role_subject_of_its_clause(seg, toks, k, order)
            if role is not None:
                role.verb = verb
                return role
            if verb.endswith("ing") and prev is not None and not _punctuated(prev):
                # "Ana Ruiz recalls Ivo Brandt telling her: “...”": the one named just before the participle
                named = [m for m in self.mentions(seg, toks[0].start, prev.end) if m.end == prev.end]
                if named and not named[-1].possessive and named[-1].start > toks[0].start:
                    return Evidence(named[-1].person, self._cue_for(seg, named[-1]), verb)
            if (
                prev is not None
                and prev.lower in ("that", "which")
                and k > 1
                and not toks[k - 2].trail
                and toks[k - 2].lower in lexicon.NON_PERSON_SUBJECT_NOUNS
            ):
                return Evidence(None, "organisation", verb)  # "holding signs that said, “...”"
            j = k - 1
            while (
                j > 0
                and not toks[j].trail
                and (toks[j].lower in _ADVERBS or toks[j].lower in _AUXILIARIES or toks[j].lower.endswith("ly"))
            ):
                j -= 1  # "and later told reporters", "who has said"
            if j >= 0 and j < k - 1 and (toks[j].lower in _CONJUNCTIONS or toks[j].lower == "who"):
                prev = toks[j]
            if (
                verb in ("told", "said")
                and toks[k - 1].lower == "had"
                and 2 <= j < k - 1
                and toks[j].lower in lexicon.ROLE_NOUNS
                and toks[j - 1].lower == "the"
                and toks[j - 2].lower in lexicon.REPORTING_VERBS
                and not (toks[j].trail or toks[j - 1].trail or toks[j - 2].trail)
            ):
                # "His spokeswoman, Y, said the leader had told members that the bill “...”": the
                # words relayed are the leader's (no one's, if the story names no leader)
                relayed = self._subject(seg, toks, j - 1, j + 1, order)
                if relayed is not None and relayed.speaker is not None:
                    relayed.verb = verb
                    return relayed
                return Evidence(None, "role-unresolved", verb)
            w = j if prev is not None and prev is toks[j] else k - 1  # where "who" stands
            if prev is not None and prev.lower == "who" and w > 0 and toks[w - 1].trail.startswith(","):
                # "X was praised by Y, who said: “...”", "Y, who has said ...": the one the clause is about
                named = [m for m in self.mentions(seg, toks[0].start, toks[w - 1].end) if m.end == toks[w - 1].end]
                if named and not named[-1].possessive:
                    return Evidence(named[-1].person, self._cue_for(seg, named[-1]), verb)
            if prev is not None and prev.lower == "who" and _an_indefinite_someone_before(toks, w):
                return Evidence(None, "unnamed", verb)  # "X spoke with a doctor who said the drug “...”"
            if prev is not None and (
                _unnamed_subject(toks, k)
                or _heard_a_relative(toks, k)
                or _close_to(toks, 0, k)
                or _joined_to_an_unnamed_verb(toks, k)
            ):
                return Evidence(None, "unnamed", verb)  # "Ana Ruiz heard a man yell “Stop!”"
            if prev is not None and _unnamed_plural_subject(toks, k):
                return Evidence(None, "unnamed", verb)  # "a storyline insiders say will leave fans “in bits”"
            if prev is not None and verb in _SHOUTING and _shouted_by_a_group(toks, k):
                return Evidence(None, "unnamed", verb)  # "X said deputies went door to door shouting “Out!”"
            # "..., but said ...", "..., telling them ...": the verb shares the clause's subject
            clause_subject = prev is None or prev.lower in _CONJUNCTIONS or verb.endswith("ing")
            if prev is not None and prev.lower in _STATEMENT_NOUNS and k > 1 and not prev.trail:
                # "X's statement said the deal was “dead.”": X's words
                owner = [
                    m
                    for m in self.mentions(seg, toks[0].start, toks[k - 2].end)
                    if m.possessive and m.end >= toks[k - 2].end
                ]
                if owner and not toks[k - 2].trail.strip("'\u2019s"):
                    return Evidence(owner[-1].person, self._cue_for(seg, owner[-1]), verb)
            if prev is not None and prev.lower in lexicon.SUBJECT_PRONOUNS and not prev.trail.strip():
                # not "X, who voted against it, called ...": a pronoun set off by a comma ends a clause;
                # resolved where it stands ("He said Tom Reed had “lied”": not Reed)
                at = prev.start
                if toks[0].lower in ("through", "via") and k > 4 and toks[k - 2].trail == ",":
                    at = toks[0].start  # "Through a spokeswoman, Y, she said": not Y, in the fronted phrase
                person = self.resolve_pronoun(prev.lower, (order[0], at))
                if person is not None:
                    person = self._not_named_with_the_pronoun(seg, toks, k, person, prev.lower, order)
                return Evidence(person, "pronoun" if person is not None else "pronoun-unresolved", verb)
            if prev is not None and prev.lower == "and" and not toks[j - 1].trail:
                # "X told reporters that Y had walked up to her and said, “...”": Y speaks
                inner = self._inner_reported_subject(seg, toks, j)
                if inner is not None:
                    inner.verb = verb
                    return inner
            if clause_subject:
                evidence = self._sentence_subject(seg, toks, k, order)
            else:
                evidence = self._nearest_subject(seg, toks, k, order)
            if evidence is None:
                evidence = Evidence(None, "organisation")
            if verb in _REPLY_VERBS and evidence.cue == "role" and evidence.speaker is not None:
                # "X said to Y: “...” / The prime minister replied, “...”": not X answering X
                addressee = self._spoken_to_in_the_sentence_before(evidence.speaker, (order[0], toks[0].start))
                if addressee is not None:
                    evidence = Evidence(addressee, "role")
            evidence.verb = verb
            return evidence
        return self._by_someone_as(seg, toks) or self._introduced_by_colon(seg, toks, order)

    def _spoken_to_in_the_sentence_before(self, speaker: int, order: tuple[int, int]) -> int | None:
        """The one `speaker` spoke to in the sentence just before ("X said to Y:", "X told Y",
        "X asked Y"), named right after the verb; None if that sentence is not `speaker`'s."""
        before = self._sentence_before(order)
        if before is None:
            return None
        seg, a, b, _ = before
        toks = self.window(seg, a, b)
        for k, tok in enumerate(toks[:-1]):
            if _punctuated(tok):
                continue
            if tok.lower in ("said", "says") and toks[k + 1].lower == "to" and k + 2 < len(toks):
                j = k + 2
            elif tok.lower in ("told", "tells") or tok.lower in _ASKING_VERBS:
                j = k + 1
            else:
                continue
            if not any(m.person == speaker and not m.possessive for m in self.mentions(seg, a, tok.start)):
                return None
            named = self.mentions(seg, toks[j].start, b)
            if named and named[0].start == toks[j].start and not named[0].possessive and named[0].person != speaker:
                return named[0].person
            return None
        return None

    def _object_of_a_named_subject(self, seg, toks: list[Token], n: int) -> bool:
        """ "X left the court saying “...”": the noun toks[n], after a determiner and a verb (not a
        preposition), is that verb's object; the participle after it is the named subject's."""
        d = n - 1
        if d < 1 or toks[d].lower not in ("the", "a", "an") or toks[d].trail or toks[d - 1].trail:
            return False
        verb = toks[d - 1]
        if not verb.core.islower() or verb.lower in lexicon.PREPOSITIONS or verb.lower in _CONJUNCTIONS:
            return False  # "with the crowd chanting", "and the court ..."
        if toks[n].lower in lexicon.CROWD_NOUNS or toks[n].lower.endswith("s") or verb.lower in _PERCEIVING:
            return False  # "X watched the crowd chanting “...”": the crowd chants
        return any(not m.possessive for m in self.mentions(seg, toks[0].start, verb.start))

    def _labelled_in_the_passive(self, span: QuoteSpan, toks: list[Token], k: int) -> bool:
        """ "X has been described as “gentle”", "she was branded “a liar”", "The judge was told,
        “...”": a labelling verb (or "told") in the passive right before the quotation (or its
        "as"), with no agent after it ("by Y"): the words are someone unnamed's, not X's."""
        seg = (span.seg, span.index)
        rest = toks[k + 1 :]
        if rest and rest[-1].lower in ("and", "or"):
            gap = self.texts[seg][(rest[-2] if len(rest) > 1 else toks[k]).end : rest[-1].start]
            if any(c in lexicon.DOUBLE_QUOTES or c in lexicon.SINGLE_QUOTES for c in gap):
                rest = rest[:-1]  # "described as “gentle” and “mild”": the second of two
        if rest and not (len(rest) == 1 and rest[0].lower == "as"):
            return False
        j = k - 1
        while j > 0 and toks[j].lower in _ADVERBS and not toks[j].trail:
            j -= 1  # "was also described as"
        # "The judge was told, “...”": the one told hears the words (the comma or colon is a verb of
        # saying's); a labelling verb runs straight into them
        punctuation = toks[k].trail.strip() if toks[k].lower in _TOLD else toks[k].trail
        if j < 0 or toks[j].lower not in _BE_FORMS or toks[j].trail or punctuation not in ("", ",", ":"):
            return False
        after = self.texts[(span.seg, span.end_index)][span.close_pos :].lstrip(" ,\u201d\"'\u2019")
        return not after.startswith("by ")

    def _not_named_with_the_pronoun(self, seg, toks: list[Token], k: int, person: int, pronoun: str, order) -> int:
        """ "He told Odile he was “done”", "Odile, he said, “took the credit”": the "he" that says it
        is not the one the same sentence names beside him, as the object of a verb of saying or
        right before ", he said" -- rather the latest other person the pronoun fits, within a few
        paragraphs. The sentence's own subject stays ("Ana Moss wept as she told the court")."""
        text, pronoun_at = self.segments[order[0]][1], toks[k - 1].start
        named = {
            m.person
            for m in self.mentions(seg, toks[0].start, order[1])
            if not m.possessive
            and (m.prev in lexicon.REPORTING_VERBS or (m.end < pronoun_at and not text[m.end : pronoun_at].strip(", ")))
        }
        if person not in named:
            return person
        gender = lexicon.PRONOUN_GENDER.get(pronoun, "")
        for event in islice(self._events_before(order), _MAX_BACK_EVENTS):
            if order[0] - event.order[0] > _MAX_BACK_SEGMENTS:
                break
            if event.person not in named and self.roster.people[event.person].pronoun in ("", gender):
                return event.person
        # someone named only in passing ("Ana and her brother Ivo")
        other = self._latest_compatible_mention(gender, order, excluding=named)
        return person if other is None else other

    def _inner_reported_subject(self, seg, toks: list[Token], j: int) -> Evidence | None:
        """The one named as the subject of a reported "had ..." clause ("said (that) Y had turned to
        her", "Y, who was in the room, had ...") that the "and" at toks[j] continues; None if there is none."""
        for i in range(j - 2, 1, -1):
            if toks[i].lower != "had" or toks[i - 1].trail.strip(","):
                continue
            hi = i
            if toks[i - 1].trail == ",":  # past "Y, who was in the room, had"
                w = next((w for w in range(i - 2, 0, -1) if toks[w - 1].trail == ","), 0)
                if not w or toks[w].lower not in _RELATIVE_PRONOUNS:
                    return None
                hi = w
            named = [m for m in self.mentions(seg, toks[0].start, toks[hi - 1].end) if m.end == toks[hi - 1].end]
            if not named or named[-1].possessive or named[-1].start == toks[0].start:
                return None
            m = named[-1]
            b = next(b for b in range(hi - 1, -1, -1) if toks[b].start == m.start) - 1
            while b > 0 and toks[b].core[:1].isupper() and not toks[b].trail:
                b -= 1  # past a title: "that Sen. Y had"
            if toks[b].lower == "that" or toks[b].lower in lexicon.REPORTING_VERBS:
                return Evidence(m.person, self._cue_for(seg, m))
            return None
        return None

    def _claims_from(self, seg, toks: list[Token], k: int) -> Evidence | None:
        """ "X, speaking through an interpreter, was responding to claims from Y that the club had
        “...”": the noun "claims" (or "suggestion", "allegations") with the one named after "from"
        -- Y's claim, not the sentence subject's."""
        if toks[k].lower not in _CLAIM_NOUNS or k + 2 >= len(toks) or toks[k + 1].lower != "from" or toks[k].trail:
            return None
        for m in self.mentions(seg, toks[k + 2].start, toks[min(len(toks), k + 8) - 1].end):
            if not m.possessive and all(_title_like(t) for t in toks[k + 2 :] if t.start < m.start):
                return Evidence(m.person, self._cue_for(seg, m), toks[k].lower)
        return None

    def _heard_saying(self, seg, toks: list[Token], k: int) -> Evidence | None:
        """ "A witness heard Ana Ruiz shout “...”", "she heard Ivo Brandt say “...”": the one named
        between a hearing verb and the speech verb toks[k] speaks, not the listener or the one
        reporting what was heard."""
        if k < 2 or toks[k - 1].trail.strip() or not toks[k - 1].core[:1].isupper():
            return None
        named = [m for m in self.mentions(seg, toks[0].start, toks[k - 1].end) if m.end == toks[k - 1].end]
        if not named or named[-1].possessive:
            return None
        m = named[-1]
        i = next((i for i in range(k - 1, -1, -1) if toks[i].start <= m.start), 0)
        while i > 0 and toks[i - 1].core[:1].isupper() and not toks[i - 1].trail.strip():
            i -= 1  # past a title: "heard Sgt Ivo Brandt say"
        if i == 0 or toks[i - 1].trail.strip() or toks[i - 1].lower not in _HEARING_VERBS:
            return None
        return Evidence(m.person, self._cue_for(seg, m), toks[k].lower)

    def _someone_in_the_reported_clause(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        """ "Sgt Ana Ruiz said the driver screamed “I can’t see!”": "the" and a noun for someone
        right before a verb of crying out toks[k], in a clause reported by another verb of saying --
        the one holding that role if the story names one, else someone unnamed, never the reporter."""
        if k < 3 or toks[k].lower not in _CRYING_OUT:
            return None
        n = k - 2 if toks[k - 1].lower == "had" else k - 1  # "the man had whispered"
        if n < 2 or toks[n].trail or toks[n - 1].trail or toks[n - 1].lower != "the" or not _person_noun(toks[n]):
            return None
        b = n - 2
        if toks[b].lower == "that" and b > 0:
            b -= 1
        if b > 0 and toks[b].lower in ("police", "officers", "detectives", "reporters", "investigators"):
            b -= 1  # "told officers the man had whispered"
        if toks[b].trail or toks[b].lower not in lexicon.REPORTING_VERBS:
            return None
        person = self.resolve_role([toks[n].lower], order)
        return Evidence(person, "role" if person is not None else "unnamed", toks[k].lower)

    def _sender_of_the_message(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        """ "X sent her a message saying “...”", "X admitted sending texts to Y calling her “...”": a
        message noun shortly before the participle toks[k], after a verb of sending -- the words are
        the sender's (named right before the verb, or the sentence's subject), not the addressee's."""
        for j in range(k - 1, max(0, k - 8), -1):
            if _punctuated(toks[j]):
                return None
            if toks[j].lower in _SENDING:
                break
        else:
            return None
        if not any(t.lower in _MESSAGE_NOUNS for t in toks[j + 1 : k]):
            return None
        named = [m for m in self.mentions(seg, toks[0].start, toks[j - 1].end) if m.end == toks[j - 1].end]
        if named and not named[-1].possessive:
            return Evidence(named[-1].person, self._cue_for(seg, named[-1]))
        if toks[j - 1].lower in ("he", "she") and not toks[j - 1].trail:
            person = self.resolve_pronoun(toks[j - 1].lower, (order[0], toks[j - 1].start))
            return Evidence(person, "pronoun") if person is not None else None
        if toks[j].lower == "sending" and toks[j - 1].core.islower():
            return self._sentence_subject(seg, toks, j, order)  # "X admitted sending texts ..."
        return None

    def _written_subject(self, seg, toks: list[Token], k: int) -> bool:
        """ "She said a letter left in her letterbox had warned her she would “pay”": a written
        thing after "a", "an" or "the" opening the clause of the verb toks[k] (a few words on it
        between, naming no one) is its subject -- unsigned words, not the sentence subject's; a verb
        joined by "and" to such a verb ("... and told her to “...”") shares that subject."""
        if k < 2 or not _WRITTEN_THING.search(self.texts[seg], toks[max(0, k - 20)].start, toks[k].start):
            return False
        if toks[k].lower.endswith("ing"):
            return False
        if toks[k - 1].lower == "and" and not _punctuated(toks[k - 1]):
            before = next(
                (j for j in range(k - 2, max(0, k - 8), -1) if toks[j].lower in lexicon.REPORTING_VERBS), None
            )
            return before is not None and before != k - 2 and self._written_subject(seg, toks, before)
        for j in range(k - 1, max(0, k - 12), -1):
            tok = toks[j]
            if _punctuated(tok) or tok.lower in lexicon.SUBJECT_PRONOUNS or tok.lower in lexicon.REPORTING_VERBS:
                return False
            if tok.lower not in _WRITTEN_THINGS:
                continue
            d = j - 1
            if d > 0 and toks[d].core.islower() and toks[d].lower not in _INDEFINITE and toks[d].lower != "the":
                d -= 1  # "an anonymous letter", "a handwritten note"
            if toks[d].lower not in ("a", "an", "the") or (d > 0 and not _opens_a_clause(toks, d)):
                return False
            return not self.mentions(seg, toks[d].start, toks[k - 1].end)
        return False

    def _relayer_of_a_body(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        """ "“...,” said the envoy, adding that Kesby urged both parties “to stay calm”": the
        verb toks[k], whose subject is a body, stands in a "that" clause after a participle of
        saying set off by a comma; the words are relayed by the one the participle is about (the
        sentence's subject, or the one named in an inverted tag opening the window)."""
        p = _set_off_participle_before(toks, k)
        if p < 0:
            return None
        if toks[0].lower in lexicon.INVERTIBLE_VERBS and p > 2:
            evidence = self._subject(seg, toks, 1, p, order)  # "said the envoy, adding that"
        else:
            evidence = self._sentence_subject(seg, toks, p, order)
        if evidence is None or evidence.speaker is None:
            return None
        evidence.verb = toks[p].lower
        return evidence

    def _thing_subject(self, seg, toks: list[Token], k: int) -> bool:
        """ "after Acme Corp warned", "with the Fund saying", "a route that Parks Victoria describes
        as", "X resigned, the company said, adding": the words right before the verb toks[k] (past
        adverbs and auxiliaries) are its own subject -- capitalised words that name no one, or "the"
        and a noun of a thing -- opening a clause (after a clause opener, a conjunction, "with", a
        comma or nothing), so an organisation or a thing speaks, not a person named elsewhere."""
        if k > 1 and toks[k].lower.endswith("ing") and toks[k - 1].lower in lexicon.REPORTING_VERBS:
            if toks[k - 1].trail.strip() != ",":
                return False
            k -= 1  # "the company said, adding that": the participle shares the verb's subject
        j = k - 1
        while j > 0 and not toks[j].trail and (toks[j].lower in _ADVERBS or toks[j].lower in _AUXILIARIES):
            j -= 1
        if j < 0 or toks[j].trail or toks[j].possessive:
            return False
        head, i = toks[j], j
        if head.core[:1].isupper():
            if _is_title_token(head) or head.lower in lexicon.SUBJECT_PRONOUNS:
                return False  # "the Prime Minister said": a role
            if _ACRONYM.fullmatch(head.core) and any(head.lower in forms for forms in self.title_initials):
                return False  # "the DPP said", "the CM said": an office cut to its initials
            while (
                i > 0
                and not toks[i - 1].trail
                and (
                    toks[i - 1].core[:1].isupper()
                    or (  # "the Fire and Rescue Service", "Alliance for Fair Votes": a joining word inside a name
                        toks[i - 1].lower in ("and", "of", "&", "for")
                        and i > 1
                        and toks[i - 2].core[:1].isupper()
                        # not "The Labour MP for Kesby": a role for a seat names a person
                        and not (toks[i - 1].lower == "for" and toks[i - 2].lower in lexicon.ROLE_NOUNS)
                    )
                )
            ):
                i -= 1
            if self.mentions(seg, toks[i].start, head.end):
                return False
            if _describes_person(head.lower) and (i == j or (i == j - 1 and toks[i].lower == "the")):
                return False  # "The Croatian said:": someone described, not a body
        elif head.lower not in lexicon.NON_PERSON_SUBJECT_NOUNS:
            return False
        if i > 1 and toks[i - 1].lower in _BODY_DESCRIPTORS and not toks[i - 1].trail and toks[i - 2].lower == "the":
            i -= 1  # "what the opposition Kesby Alliance described as": a word for the body before its name
        if i > 0 and toks[i - 1].lower == "the" and not toks[i - 1].trail:
            i -= 1
        if i == 0:
            return True
        before = toks[i - 1]
        return before.trail.strip() == "," or (
            not before.trail
            and (
                before.lower in _CLAUSE_OPENERS
                or before.lower == "what"  # "what the Kesby Party called “...”"
                or before.lower in _CONJUNCTIONS
                or before.lower == "with"
                # "X said the company had told him ... “...”": a reported clause without "that"
                or (before.core.islower() and before.lower in _SAYING and i > 1)
            )
        )

    def _labelled_by_a_body(self, seg, toks: list[Token]) -> Evidence | None:
        """ "X defended the budget after the Opposition labelled it a “fairy tale”": a labelling verb
        among the last words before the quotation whose own subject, opening its clause, is a body
        or a thing ("the Opposition", "critics") -- their words, not those of the sentence's topic."""
        for k in range(len(toks) - 1, max(0, len(toks) - _LABEL_BACK) - 1, -1):
            if _punctuated(toks[k]) and k < len(toks) - 1:
                return None
            if toks[k].lower in _LABELLING and toks[k].core.islower():
                return self._subject_of_a_subordinate_clause(seg, toks, k)
        return None

    def _subject_of_a_subordinate_clause(self, seg, toks: list[Token], k: int) -> Evidence | None:
        """The subject of the verb toks[k] in a clause opened a few words before by "after", "when",
        "as" ... : a person named there (not an owner), else a body or a thing (None)."""
        # "... storming to 9.77 but Farrow labelled Quint a “...”": a contrasting clause opens as well
        o = next((j for j in range(k - 1, max(-1, k - 9), -1) if toks[j].lower in _LABELLING_CLAUSE_OPENERS), -1)
        if o < 0 or o + 1 >= k or _punctuated(toks[o]):
            return None
        named = [m for m in self.mentions(seg, toks[o + 1].start, toks[k - 1].end) if not m.possessive]
        if named:
            if len({m.person for m in named}) != 1 or self.mentions(seg, toks[o + 1].start, named[0].start):
                return None
            return Evidence(named[0].person, self._cue_for(seg, named[0]), toks[k].lower)
        head = toks[k - 1]
        if head.possessive or (not head.core[:1].isupper() and head.lower not in lexicon.NON_PERSON_SUBJECT_NOUNS):
            return None  # "after his lawyer called it": someone unnamed, perhaps a person
        return Evidence(None, "organisation", toks[k].lower)

    def _subject_of_a_clause_on_a_noun(self, seg, toks: list[Token], order) -> Evidence | None:
        """ "X said the deal was done, a claim the minister dismissed as “...”": a noun set off
        after a comma, and a clause on it ("a claim <subject> dismissed as") right before the
        words -- they are that subject's, not those of the sentence's speaker."""
        v = len(toks) - 2
        verb = toks[v]
        if verb.trail or toks[-1].trail or verb.lower not in _DESCRIBING_AS:
            return None
        c = v - 1
        while c > 0 and not _punctuated(toks[c - 1]) and v - c < 8:
            c -= 1
        if c < 1 or toks[c - 1].trail.strip() not in (",", "\u2014", "\u2013", "-"):
            return None
        if toks[c].lower not in ("a", "an") or not toks[c + 1].core.islower() or toks[c + 1].trail:
            return None
        lo = c + 3 if toks[c + 2].lower == "that" else c + 2
        evidence = self._subject(seg, toks, lo, v, order) if lo < v else None
        if evidence is not None:
            evidence.verb = verb.lower
        return evidence

    def _role_opening_a_clause_after_a_semicolon(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        """ "A clerk backed Ivo Brandt; the harbour director disagreed, saying, “I will not sign for Ivo
        Brandt”": a participle set off by a comma in a clause that opens after a semicolon
        with "the" and a role shares that clause's subject -- the role's holder, or no one named --
        not a name in the clause before."""
        if not toks[k].lower.endswith("ing") or k < 3 or toks[k - 1].trail.strip() != ",":
            return None
        start = next((j + 1 for j in range(k - 1, -1, -1) if toks[j].trail.strip().startswith(";")), 0)
        if not start or start + 1 >= k or toks[start].lower != "the":
            return None
        end = next((j for j in range(start + 1, min(start + 5, k)) if toks[j].lower in lexicon.ROLE_NOUNS), 0)
        if not end or any(t.trail or not t.core.islower() for t in toks[start : end + 1]):
            return None
        evidence = self._subject(seg, toks, start, end + 1, order)
        return evidence if evidence is not None else Evidence(None, "role-unresolved")

    def _role_subject_of_its_clause(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        """ "X attacked the plan, while the minister said": "the" and a lower-case role right
        before the verb toks[k], opening a clause of their own (after a conjunction or a clause
        opener), are its subject -- the person holding the role, not the one named before."""
        j = k - 1
        if j < 2 or toks[j].trail or not toks[j].core.islower() or toks[j].lower not in lexicon.ROLE_NOUNS:
            return None
        i = j
        while i > max(0, j - 3) and toks[i - 1].lower != "the" and toks[i - 1].core.islower() and not toks[i - 1].trail:
            i -= 1
        if i < 2 or toks[i - 1].lower != "the" or toks[i - 1].trail:
            return None
        opener = toks[i - 2]
        if opener.trail or not (opener.lower in _CLAUSE_OPENERS or opener.lower in _CONJUNCTIONS):
            return None
        return self._subject(seg, toks, i - 1, k, order)

    def _by_someone_as(self, seg, toks: list[Token]) -> Evidence | None:
        """ "The deal was hailed by Tom Reed as “a real step forward”": the agent of a passive verb,
        right before "as" and the quotation, calls it that."""
        if len(toks) < 4 or toks[-1].lower != "as" or toks[-1].trail or toks[-2].trail:
            return None
        named = [m for m in self.mentions(seg, toks[0].start, toks[-2].end) if m.end == toks[-2].end]
        if not named or named[-1].possessive:
            return None
        j = next((i for i in range(len(toks)) if toks[i].start >= named[-1].start), len(toks)) - 1
        while j > 0 and toks[j].core[:1].isupper() and _is_title_token(toks[j]):
            j -= 1  # "by Gov. X as"
        if j < 1 or toks[j].lower != "by" or not toks[j - 1].lower.endswith("ed"):
            return None
        return Evidence(named[-1].person, self._cue_for(seg, named[-1]), toks[j - 1].lower)

    def _found_writing(self, seg, toks: list[Token], k: int) -> bool:
        """ "found a note on her car calling her ...": a written thing (a note, a sign) just before
        the participle toks[k], that someone found or saw or that no one named has, is not theirs."""
        for j in range(k - 1, max(-1, k - 7), -1):
            if _punctuated(toks[j]) or toks[j].core[:1].isupper():
                return False
            if toks[j].lower in lexicon.WRITTEN_NOUNS:
                before = [t.lower for t in toks[max(0, j - 3) : j]]
                return any(w in _FINDING_VERBS for w in before) or not self.mentions(seg, toks[0].start, toks[j].start)
        return False

    def _in_the_words_of(self, seg, toks: list[Token]) -> Evidence | None:
        """ "In the words of Ana Ruiz, “...”" and "in Ruiz's words, “...”": hers."""
        for k in range(len(toks) - 3):
            if [t.lower for t in toks[k : k + 3]] == ["the", "words", "of"] and not any(
                _punctuated(t) for t in toks[k : k + 3]
            ):
                named = self.mentions(seg, toks[k + 3].start, toks[-1].end)
                if named and not named[0].possessive:
                    return Evidence(named[0].person, self._cue_for(seg, named[0]), "words")
        starts = [t.start for t in toks]
        for m in self.mentions(seg, toks[0].start, toks[-1].end):
            first, last = bisect_left(starts, m.start), bisect_left(starts, m.end) - 1
            if (
                m.possessive
                and first > 0
                and last + 1 < len(toks)
                and toks[first - 1].lower == "in"
                and not toks[first - 1].trail
                and toks[last + 1].lower == "words"
            ):
                return Evidence(m.person, self._cue_for(seg, m), "words")
        return None

    def _pronoun_source_opener(self, toks: list[Token], order) -> Evidence | None:
        """ "According to her, “...”", "In his view, “...”": a sentence opening with nothing but a
        pronoun cited as the source, then a comma, before the quotation -- the one the pronoun
        stands for speaks (common in African and South Asian copy). "According to her lawyer," is
        not this shape: the lawyer is cited."""
        if len(toks) != 3 or toks[-1].trail not in (",", ":") or any(t.trail for t in toks[:2]):
            return None
        first, second, third = (t.lower for t in toks)
        if first == "according" and second == "to":
            pronoun = _OBJECT_TO_SUBJECT.get(third)
        elif first == "in" and third in _OPINION_NOUNS:
            pronoun = _POSSESSIVE_TO_SUBJECT.get(second)
        else:
            return None
        if pronoun is None:
            return None
        person = self.resolve_pronoun(pronoun, order)
        evidence = Evidence(person, "pronoun" if person is not None else "pronoun-unresolved")
        evidence.verb = lexicon.ACCORDING_TO if first == "according" else third
        return evidence

    def _as_someone_puts_it(self, seg, toks: list[Token]) -> Evidence | None:
        """ "As Ana Ruiz puts it, “...”", "As Ana Ruiz, one of the founders of Kesby, put it, “...”":
        a sentence opening with "As", naming one person first (not as an owner), and ending in
        "put(s) it" before the words -- that person's words."""
        if len(toks) < 4 or toks[0].lower != "as" or toks[0].core != "As":
            return None
        if toks[-1].lower != "it" or toks[-2].lower not in _PUTTING or not toks[-1].trail.startswith(","):
            return None
        named = self.mentions(seg, toks[1].start, toks[-2].start)
        if not named or named[0].start != toks[1].start or named[0].possessive:
            return None
        return Evidence(named[0].person, self._cue_for(seg, named[0]), "put it")

    def _introduced_by_colon(self, seg, toks: list[Token], order) -> Evidence | None:
        """ "As Ana Ruiz put it: “...”", "For Ana Ruiz, the answer is simple: “...”": a sentence
        with no reporting verb that ends in a colon before the quotation and names one person,
        not as an owner ("Ana Ruiz's shop had a sign:") -- that person's words. Naming no one,
        the subject of its main clause speaks: "She was blunt:", "Asked about it, the minister
        was blunt:"."""
        if not toks[-1].trail.startswith(":") or any(t.lower in lexicon.WORDING_VERBS for t in toks):
            return None
        if toks[-1].lower in lexicon.WRITTEN_NOUNS:
            return Evidence(None, "wording")  # "Ana Ruiz put up a sign: “Keep out.”": a sign's words
        named = self.mentions(seg, toks[0].start, toks[-1].end)
        if not named:
            return self._subject_before_a_colon(seg, toks, order)
        people = {m.person for m in named}
        if len(people) > 1:
            return self._subject_of_the_last_clause(seg, toks)
        if any(m.possessive for m in named):
            return None
        return Evidence(named[0].person, self._cue_for(seg, named[0]), "colon")

    def _subject_of_the_last_clause(self, seg, toks: list[Token]) -> Evidence | None:
        """ "X was sent off, and manager Ana Ruiz was blunt: “...”": with several people named before
        the colon, the subject of the clause that introduces it -- after ", and", ", but", ", while"
        -- speaks when that clause names one person, first, behind a few title words."""
        cut = next(
            (j for j in range(len(toks) - 2, 0, -1) if toks[j].lower in _CLAUSE_JOINS and toks[j - 1].trail == ","),
            0,
        )
        if not cut:
            return None
        named = self.mentions(seg, toks[cut + 1].start, toks[-1].end)
        if not named or len({m.person for m in named}) != 1 or named[0].possessive:
            return None
        lead = [t for t in toks[cut + 1 :] if t.end <= named[0].start]
        if len(lead) > 3 or not all(_title_like(t) for t in lead):
            return None
        return Evidence(named[0].person, self._cue_for(seg, named[0]), "colon")

    def _subject_before_a_colon(self, seg, toks: list[Token], order) -> Evidence | None:
        """ "She was blunt: “...”", "Asked about it, the minister was blunt: “...”": naming no one,
        the subject of the main clause before the colon -- "he" or "she", or "the" and a role, then
        its verb -- speaks."""
        main = _past_an_opening_clause(toks)
        if len(main) < 2:
            return None
        first = main[0]
        if first.lower in lexicon.PERSON_PRONOUNS and not first.trail:
            person = self.resolve_pronoun(first.lower, (order[0], first.start))
            return Evidence(person, "pronoun", "colon") if person is not None else None
        if first.lower != "the":
            return None
        end = next((j for j in range(1, min(len(main), 5)) if main[j].lower in lexicon.ROLE_NOUNS), 0)
        if not end or any(t.trail for t in main[: end + 1]) or end + 1 >= len(main):
            return None
        evidence = self._subject(seg, main, 0, end + 1, order)
        if evidence is None or evidence.speaker is None:
            return None
        evidence.verb = "colon"
        return evidence

    def _possessive_words(self, seg, toks: list[Token], order) -> Evidence | None:
        """ "Ana Ruiz's answer was simple: “...”", "Ana Ruiz's reply: “...”": words someone's reply,
        answer or message (a speech noun after a possessive) introduced by a colon are theirs."""
        if toks[-1].trail.startswith(","):
            return self._possessive_words_in_apposition(seg, toks)
        if not toks[-1].trail.startswith(":"):
            return None
        main = _past_an_opening_clause(toks)
        if len(main) > 1 and main[0].lower in ("his", "her") and main[1].lower in lexicon.SPEECH_NOUNS:
            # "Her response was swift: “...”": a possessive pronoun opening the clause, resolved as "she"
            person = self.resolve_pronoun("he" if main[0].lower == "his" else "she", (order[0], main[0].start))
            if person is not None:
                return Evidence(person, "pronoun", main[1].lower)
        if main and main[0] is not toks[0]:
            toks = main  # not "Asked about Ana Ruiz's comments, X told ITV:": the opening clause's owner
        for k, tok in enumerate(toks[:-1] if len(toks) > 1 else toks):
            noun = toks[k + 1] if k + 1 < len(toks) else None
            if noun is None or noun.lower not in lexicon.SPEECH_NOUNS or not tok.possessive:
                continue
            for m in self.mentions(seg, toks[0].start, tok.end):
                if m.possessive and not m.in_quote and m.end >= tok.start:
                    return Evidence(m.person, self._cue_for(seg, m), noun.lower)
        return None

    def _possessive_words_in_apposition(self, seg, toks: list[Token]) -> Evidence | None:
        """ "Elko's post-game comment, “...,” highlighted the turnaround": words set off by a comma
        right after someone's comment or reply (up to two words between owner and noun)."""
        noun = toks[-1]
        if noun.lower not in lexicon.SPEECH_NOUNS or not noun.core.islower():
            return None
        for owner in toks[-2:-5:-1]:
            if owner.trail.strip() and not owner.possessive:
                return None
            if owner.possessive:
                for m in self.mentions(seg, owner.start, owner.end + 1):
                    if m.possessive and m.end >= owner.start:
                        return Evidence(m.person, self._cue_for(seg, m), noun.lower)
                return None
        return None

    def _quoted_as(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        """The person in "quoted X as saying" (toks[k] is "saying"), or None."""
        for j in range(k - 2, max(-1, k - 8), -1):
            if toks[j].lower in ("quoted", "quotes", "quoting"):
                inner = toks[j + 1 : k - 1]
                if not inner:
                    return None
                for m in self.mentions(seg, inner[0].start, inner[-1].end):
                    return Evidence(m.person, self._cue_for(seg, m))
                gender = lexicon.PRONOUN_GENDER.get(inner[0].lower)
                if len(inner) == 1 and gender in ("he", "she"):
                    person = self.resolve_pronoun(gender, order)
                    return Evidence(person, "pronoun" if person is not None else "pronoun-unresolved")
                return None
        return None

    def _nearest_subject(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        owned = self._owners_words_as_subject(seg, toks, k)
        if owned is not None:
            return owned
        described = self._described_subject_before(seg, toks, k, order) or self._subject_before_a_tag(
            seg, toks, k, order
        )
        if described is not None:
            return described
        mentions = self.mentions(seg, toks[0].start, toks[k].start)
        mentions = [m for m in mentions if not m.possessive]
        clauses = _relative_clauses(toks, k)
        if clauses:
            # "X, whose daughter Y plays for the club, said": Y is inside the clause about X
            outside = [m for m in mentions if not any(a <= m.start < b for a, b in clauses)]
            if outside or _clause_just_before(toks, k, clauses):
                mentions = outside  # "The agency, whose director X was appointed in May, said": not X
        phrase = self._interrupting_phrase(seg, toks, k)
        if phrase is not None:
            # "Mayor X, flanked by councillor Y, said": Y is inside the phrase between X and the verb
            mentions = [m for m in mentions if not phrase[0] <= m.start < phrase[1]]
        preposition = self._for_someone_before(toks, _past_a_clause(toks, k, clauses), mentions[-1]) if mentions else -1
        if preposition > 0:
            # "A spokesman for Mr X said he had attended “...”": the spokesman speaks, not X
            lo = preposition
            while lo > 0 and preposition - lo < 6 and not toks[lo - 1].trail.strip():
                lo -= 1
            if lo > 0 and toks[lo - 1].trail.strip() == "," and toks[k - 1].trail.strip() == ",":
                # "X, an aide to Y, said", "X, the husband of Y, said": the description is set off
                # after the name that speaks
                named = next((m for m in mentions if m.end == toks[lo - 1].end), None)
                if named is not None:
                    return Evidence(named.person, self._cue_for(seg, named))
            if toks[preposition - 1].lower in lexicon.FAMILY_NOUNS:
                return Evidence(None, "unnamed")  # "The wife of X said": someone the story does not name
            return self._subject(seg, toks, lo, preposition, order)
        subjects = [m for m in mentions if not self._in_object_position(seg, m)]
        opening = (
            _named_in_an_opening_phrase(toks, subjects[-1], k) if subjects and _role_subject_before(toks, k) else -1
        )
        if opening >= 0:
            # "In a statement signed by his aide, X, the governor said": the governor, never the aide
            evidence = self._subject(seg, toks, opening, k, order)
            if evidence is None or evidence.speaker == subjects[-1].person:
                return Evidence(None, "role-unresolved")
            return evidence
        if subjects:
            mentions = subjects
        elif mentions and _role_subject_before(toks, k):
            mentions = []  # "Asked about Pemberton, the coach said": the coach, not the one asked about
        pronoun_at = -1
        for j in range(k - 1, -1, -1):
            # "A teacher, who feared he would be named, said": the clause's pronoun is not the subject
            if toks[j].lower in ("he", "she") and not any(a <= toks[j].start < b for a, b in clauses):
                pronoun_at = j
                break
        if mentions and _unnamed_relative_of_a_later_clause(toks, k, mentions[-1]):
            # "X said Lia was grounded and her mother told police ... “...”": the mother's words
            return Evidence(None, "unnamed")
        if mentions and (pronoun_at < 0 or mentions[-1].start > toks[pronoun_at].start):
            return Evidence(mentions[-1].person, self._cue_for(seg, mentions[-1]))
        if pronoun_at >= 0 and not mentions and self._role_subject_after_a_clause(toks, pronoun_at, k):
            # "Asked whether she would resign, her lawyer said": the role speaks, not "she"
            lo = k - 1
            while lo > pronoun_at + 1 and not toks[lo - 1].trail.strip():
                lo -= 1
            return self._subject(seg, toks, lo, k, order)
        if pronoun_at >= 0:
            person = self.resolve_pronoun(toks[pronoun_at].lower, order)
            return Evidence(person, "pronoun" if person is not None else "pronoun-unresolved")
        hi = k
        if clauses and clauses[-1][1] == toks[k - 1].end:
            # "The 22-year-old, who needed a wildcard, said": the subject before the clause
            hi = next(j for j in range(k) if toks[j].start == clauses[-1][0])
        elif not mentions and pronoun_at < 0:
            hi = _before_a_set_off_phrase(toks, k)  # "The minister, in his remarks, said": the minister
        # "the minister told ...": a role or a thing right before the verb
        lo = hi if hi == k else hi - 1
        while lo > 0 and hi - lo < 6 and not toks[lo - 1].trail.strip():
            lo -= 1
        return self._subject(seg, toks, lo, hi, order) if lo < hi else None

    def _interrupting_phrase(self, seg, toks: list[Token], k: int) -> tuple[int, int] | None:
        """ "Mayor X, flanked by councillor Y, said", "X, speaking through his cousin Y, said",
        "X SC, with Mr Y, said", "X, whose wife, Y, is at home, said", "X, a co-worker of Y, said":
        the character range of a phrase set off by commas between a named subject and its verb
        toks[k], opening with a preposition, a participle ("-ing", or "-ed by": not a verb of its
        own, as in "X, walked out after Y, accused"), a relative pronoun or "a"/"an"; None if
        there is none."""
        if k < 3 or toks[k - 1].trail.strip() != ",":
            return None
        for j in range(k - 2, max(-1, k - 16), -1):
            opener = toks[j + 1]
            if toks[j].trail.strip() != "," or not opener.core.islower():
                continue
            low = opener.lower
            participle = low.endswith("ing") or (low.endswith("ed") and j + 2 < k and toks[j + 2].lower == "by")
            if not (
                low in lexicon.PREPOSITIONS
                or low in _RELATIVE_PRONOUNS
                or (len(low) > 4 and participle and not toks[j + 1].trail)
                or low in ("a", "an")  # "X, a co-worker of Y at Acme, described": a description of X
            ):
                continue
            named = [m for m in self.mentions(seg, toks[0].start, toks[j].end) if not m.possessive]
            if named and all(not t.core.islower() for t in toks[: j + 1] if t.start >= named[-1].end):
                return opener.start, toks[k - 1].end
            return None
        return None

    @staticmethod
    def _role_subject_after_a_clause(toks: list[Token], pronoun_at: int, k: int) -> bool:
        """A lower-case role right before the verb, with a comma between it and the pronoun before."""
        head = toks[k - 1]
        return (
            k - 1 > pronoun_at
            and head.core.islower()
            and not head.trail
            and head.lower in lexicon.ROLE_NOUNS
            and any(toks[j].trail.startswith(",") for j in range(pronoun_at, k - 1))
        )

    @staticmethod
    def _for_someone_before(toks: list[Token], k: int, mention: Mention) -> int:
        """The index of "for" when the verb toks[k] follows "<role noun> for|of [Title] X" directly
        ("a spokesman for Mr X said"), else -1."""
        if k > 2 and toks[k - 1].core.isdigit() and toks[k - 1].trail == "," and toks[k - 2].trail == ",":
            k -= 1  # "A spokesman for Dexter, 29, said": past the age
        k = _past_a_time_phrase(toks, k)  # "The family of X today (11 March) described her as"
        if k == 0 or toks[k - 1].end != mention.end or toks[k - 1].trail.strip(","):
            return -1
        j = next((i for i in range(k) if toks[i].start >= mention.start), k) - 1
        while j > 0 and toks[j].core[:1].isupper() and not toks[j].trail.strip():
            if not _is_title_token(toks[j]):
                return -1  # "ambassador to Kenya Meg Whitman said": the office's country, then its holder
            j -= 1  # "for Mayor X": step back over the title
        if j > 1 and toks[j].lower == "to" and toks[j - 1].lower == "close":
            j -= 1  # "a source close to X said"
        if (
            j > 0
            and toks[j].lower in ("for", "of", "to", "close")
            and not toks[j - 1].trail.strip()
            and (
                toks[j - 1].lower in lexicon.ROLE_NOUNS
                or toks[j - 1].lower in _ASSOCIATES
                or toks[j - 1].lower in lexicon.FAMILY_NOUNS  # "The wife of X said"
            )
            and (toks[j - 1].core.islower() or (j == 1 and toks[0].lower in _ASSOCIATES))  # "Allies of X said"
        ):
            return j
        return -1

    def _in_object_position(self, seg, mention: Mention) -> bool:
        """ "X told Y", "X, who coached Y for years, said": Y follows a lower-case word that is
        not part of a title, so it is an object, not the subject of the verb."""
        toks = self.tokens(seg)
        index = bisect_left(toks.starts if hasattr(toks, "starts") else [t.start for t in toks], mention.start) - 1
        # "lobbied Mayor Ana Ruiz": step back over a title in capitals to the word before it
        while index > 0 and toks[index].core[:1].isupper() and not toks[index].trail.strip():
            if (
                toks[index].lower not in lexicon.ROLE_NOUNS
                and toks[index].lower not in lexicon.TITLE_MODIFIERS
                and toks[index].lower.rstrip(".") not in lexicon.HONORIFICS  # "by President Nana X"
            ):
                break
            index -= 1
        if index < 0:
            return False
        prev = toks[index]
        if prev.trail.strip() or not prev.core.islower():
            return False
        low = prev.lower
        if _inside_a_long_title(toks, index):
            return False
        if _descriptor_opening_the_sentence(toks, index):
            return False  # "Syrian refugee Mohammad Khalil, 31, said": a description, not a verb
        return not (
            low in lexicon.ROLE_NOUNS
            or _describes_person(low)  # "89-year-old Ted Berg", "Year 11 pupil Ann Berg"
            or low in lexicon.GENDERED_NOUNS  # "head girl Olivia Berg"
            or low in lexicon.TITLE_MODIFIERS
            or low in _CONJUNCTIONS
            or low in ("a", "an", "the")
            or low in lexicon.FAMILY_NOUNS
            or low in _CLAUSE_VERBS
            or low in _CLAUSE_OPENERS
        )

    def _sentence_subject(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        if toks[k].lower.endswith("ing"):
            described = self._described_subject_of_the_clause(seg, toks, k, order)
            if described is not None:
                return described
        main = self._main_subject_of_a_participle(seg, toks, k, order)
        if main is not None:
            return main
        mentions = [
            m
            for m in self.mentions(seg, toks[0].start, toks[k].start)
            if not m.possessive and m.prev not in lexicon.PREPOSITIONS
        ]
        opened = _past_an_opening_clause(toks[:k])
        if opened and len(opened) < k and any(m.start >= opened[0].start for m in mentions):
            # "Questioned about it at a forum with Sen. Ivo Dunmore, Voss changed course, saying ...": the
            # name in the opening clause is not the subject
            mentions = [m for m in mentions if m.start >= opened[0].start]
        turn = _last_contrasting_clause(toks, k)
        if turn is not None and any(m.start > turn for m in mentions):
            # "X supported him, however Y rejected it and said ...": the clause after the turn has its own subject
            mentions = [m for m in mentions if m.start > turn]
        pronoun = next((t for t in toks[:k] if t.lower in ("he", "she")), None)
        if mentions and (pronoun is None or mentions[0].start < pronoun.start):
            return Evidence(mentions[0].person, self._cue_for(seg, mentions[0]))
        if pronoun is not None:
            # with no name before the verb, resolved where it stands: "he said, before adding that
            # his son Nikau had “...”" is not Nikau
            at = order if mentions else (order[0], pronoun.start)
            person = self.resolve_pronoun(pronoun.lower, at)
            return Evidence(person, "pronoun" if person is not None else "pronoun-unresolved")
        if (toks[0].lower == "the" or _a_place_owning(toks[0])) and toks[k].lower.endswith("ing"):
            # "The defender posted on Instagram, writing: “...”": the participle's subject opens the
            # sentence ("Kesby's health minister has rejected ..., describing them as “...”")
            for j in range(2, min(5, k)):
                head = toks[j - 1]
                if head.trail or head.possessive:
                    break
                if (head.lower in lexicon.ROLE_NOUNS or _describes_person(head.lower)) and toks[j].core.islower():
                    return self._subject(seg, toks, 0, j, order)
        w = next((j for j in range(k - 3, 0, -1) if toks[j].lower == "which"), 0)
        if w and toks[w - 1].lower in lexicon.PREPOSITIONS and toks[w + 1].lower == "the":
            # "an ad, in which the congressman looks into the camera and says:": the role after "in which"
            j = next((j for j in range(w + 2, min(k, w + 5)) if toks[j].lower in lexicon.ROLE_NOUNS), 0)
            if j and not toks[j].trail and toks[j + 1].core.islower():
                return self._subject(seg, toks, w - 1, j + 1, order)
        return self._nearest_subject(seg, toks, k, order)

    def _owners_claim_that(self, seg, toks: list[Token]) -> Evidence | None:
        """ "... back Ana Ruiz's claim that she commands an “unbeatable” bloc": words inside a clause
        on someone's claim (assertion, insistence ...) are the claimant's."""
        for i in range(len(toks) - 2, 0, -1):
            if _punctuated(toks[i]) and toks[i].trail.strip() not in (",", "\u2019s", "'s"):
                return None  # not past the end of a clause
            if toks[i].lower in _OWNED_CLAIM_NOUNS and toks[i + 1].lower == "that" and toks[i - 1].possessive:
                owner = [m for m in self.mentions(seg, toks[0].start, toks[i - 1].end) if m.end >= toks[i - 1].end - 2]
                if owner and owner[-1].possessive:
                    return Evidence(owner[-1].person, self._cue_for(seg, owner[-1]), toks[i].lower)
                return None
        return None

    def _owners_words_as_subject(self, seg, toks: list[Token], k: int) -> Evidence | None:
        """ "Ana Ruiz's reply, which her adviser released, also said that “...”": the subject is what
        someone said or wrote (a possessive, then a noun of speech or writing, then a clause on it),
        so the words are the owner's, not those of someone named inside the clause."""
        rest = _past_an_opening_clause(toks[:k])
        if len(rest) < 4:
            return None
        named = self.mentions(seg, rest[0].start, rest[-1].end)
        if not named or not named[0].possessive or named[0].start > rest[1].start:
            return None
        i = next((j for j, t in enumerate(rest) if t.start >= named[0].end), len(rest))
        noun = rest[i] if i < len(rest) - 1 else None
        if noun is None or not (noun.lower in lexicon.SPEECH_NOUNS or noun.lower in _STATEMENT_NOUNS):
            return None
        if not (noun.trail.strip() == "," or rest[i + 1].lower in ("which", "that")):
            return None
        return Evidence(named[0].person, self._cue_for(seg, named[0]))

    def _main_subject_of_a_participle(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        """ "The Kesby Party (KP) on Monday taunted Ana Ruiz ..., while urging senators to “...”", "In a
        quick reply, the Senate President called it reckless, adding that the “...”": a participle
        set off by a comma shares the main clause's subject, which opens the sentence (past an opening
        phrase) and names no one -- a body's name gives the words to no one, a role to its holder."""
        if not toks[k].lower.endswith("ing") or not _set_off_before(toks, k):
            return None
        rest = _past_an_opening_clause(toks[:k])
        lo = k - len(rest)
        hi = lo + 1 if lo < k and toks[lo].lower == "the" else lo
        while hi < k and toks[hi].core[:1].isupper() and toks[hi].lower not in lexicon.SUBJECT_PRONOUNS:
            hi += 1
            if toks[hi - 1].trail.strip():
                break
        if hi - lo < 2 or self.mentions(seg, toks[lo].start, toks[hi - 1].end):
            return None
        if any(t.lower in lexicon.ROLE_NOUNS for t in toks[lo:hi]):
            evidence = self._subject(seg, toks, lo, hi, order)
            return evidence if evidence is not None and evidence.speaker is not None else None
        if toks[lo].lower == "the" and hi - lo >= 3:
            return Evidence(None, "organisation")  # "The Kesby Party (KP)": a body speaks
        return None

    def _object_in_apposition_before(self, seg, toks: list[Token], end: int) -> Evidence | None:
        """ "Kezia Obi thanked her mother, Funmilayo, “who ...”", "..., she praised her coach, Ivo,
        “...”": words right after a name in apposition to the object of a verb go on from that
        name, so they are the verb's subject's; None if there is no such name."""
        named = self.mentions(seg, toks[0].start, end)
        if not named or self.texts[seg][named[-1].end : end].strip() not in (",", ""):
            return None
        if not _in_apposition_to_a_noun(self.texts[seg], named[-1]):
            return None
        v = next((j for j in range(len(toks) - 1, -1, -1) if toks[j].end <= named[-1].start), 0) - 1
        if v > 0 and (toks[v].lower in lexicon.POSSESSIVE_DETERMINERS or toks[v].lower in ("the", "a", "an")):
            v -= 1  # "thanked her mother,": the verb before the object
        verb = toks[v] if v > 0 else None
        if verb is None or _punctuated(verb) or not verb.core.islower() or verb.lower in lexicon.PREPOSITIONS:
            return None
        evidence = self._nearest_subject(seg, toks, v, (self.seg_order[seg], verb.start))
        return evidence if evidence is not None and evidence.speaker is not None else None

    def _attributed_to(self, seg, toks: list[Token], order) -> Evidence | None:
        """ "Sales fell 12%, which X attributed to “...”", "X blamed the delay on “...”": the cause
        a verb of attributing (not a passive one: "was blamed on") puts something down to, right
        before the words, is in its subject's words."""
        if toks[-1].lower not in ("to", "on") or _punctuated(toks[-1]):
            return None
        for v in range(len(toks) - 2, max(0, len(toks) - 8), -1):
            if _punctuated(toks[v]):
                return None
            if toks[v].lower in _ATTRIBUTING:
                if toks[v - 1].lower in _BE_FORMS:
                    return None
                evidence = self._nearest_subject(seg, toks, v, order)
                if evidence is not None:
                    evidence.verb = toks[v].lower
                return evidence
        return None

    def _gerund_after_by(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        """ "..., she said, he responded by asking whether she “...”": a participle after "by"
        shares the subject of the verb just before "by" (he responded), not the sentence's."""
        if k < 2 or toks[k - 1].lower != "by" or _punctuated(toks[k - 1]) or _punctuated(toks[k - 2]):
            return None
        if not toks[k - 2].core.islower():
            return None
        evidence = self._nearest_subject(seg, toks, k - 2, order)
        return evidence if evidence is not None and evidence.speaker is not None else None

    def _subject_before_a_tag(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        """ "Havlicek, she testified, told her to “...”", "X, Ruiz told the court, warned": a tag of
        "he"/"she" or a name and a verb of saying, set off by commas right before the verb toks[k],
        interrupts its clause; the verb's subject is the name before the tag."""
        if k < 3 or toks[k - 1].trail.strip() != ",":
            return None
        j = next((i for i in range(k - 2, max(0, k - 6), -1) if toks[i - 1].trail.strip() == ","), 0)
        if not j or any(_punctuated(t) for t in toks[j : k - 1]):
            return None
        named = self.mentions(seg, toks[0].start, toks[k - 1].end)
        if toks[j].lower in lexicon.PERSON_PRONOUNS:
            said = j + 1
        else:
            said = next((i + 1 for i in range(j, k - 1) if any(m.end == toks[i].end for m in named)), k)
            if not any(m.start == toks[j].start for m in named):
                return None
        if said >= k or toks[said].lower not in lexicon.REPORTING_VERBS or not toks[said].core.islower():
            return None
        before = [m for m in named if m.end == toks[j - 1].end and not m.possessive]
        return Evidence(before[-1].person, self._cue_for(seg, before[-1])) if before else None

    def _named_before_a_colon_verb(self, seg, toks: list[Token], order) -> Evidence | None:
        """ "She answered in Punjabi, and her son Amandeep translated: “...”": a past tense (not a
        verb of saying, whose subject the usual rules find) ending the words before a colon, right
        after a name or "he"/"she", is that one's verb, whatever verb of saying comes earlier."""
        verb = toks[-1]
        if len(toks) < 2 or not verb.trail.startswith(":") or not _is_manner_verb(verb):
            return None
        if verb.lower in lexicon.REPORTING_VERBS:
            return None
        before = toks[-2]
        if before.lower in lexicon.PERSON_PRONOUNS and not before.trail:
            person = self.resolve_pronoun(before.lower, (order[0], before.start))
            return Evidence(person, "pronoun", verb.lower) if person is not None else None
        named = self.mentions(seg, toks[0].start, before.end)
        if not named or named[-1].end != before.end or named[-1].possessive or before.trail:
            return None
        if named[-1].prev in lexicon.PREPOSITIONS:
            return None  # "a resident of Caer Moss noted:"
        return Evidence(named[-1].person, self._cue_for(seg, named[-1]), verb.lower)

    def _with_subject(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        """ "X faced a grilling, with senator Y accusing the department of “...”", "With the
        leader saying ...": in an absolute clause opening with "with" (after a comma, or opening
        the sentence), the few words between "with" and the participle toks[k] are its subject."""
        for w in range(k - 2, max(-1, k - 8), -1):
            if _punctuated(toks[w]):
                return None
            if toks[w].lower == "with":
                if w > 0 and toks[w - 1].trail.strip() != ",":
                    return None
                if w + 2 == k and toks[w + 1].lower in ("him", "her"):
                    # "with him adding": the pronoun's object form
                    pronoun = "he" if toks[w + 1].lower == "him" else "she"
                    person = self.resolve_pronoun(pronoun, (order[0], toks[w + 1].start))
                    return Evidence(person, "pronoun") if person is not None else None
                return self._subject(seg, toks, w + 1, k, order)
        return None

    def _described_subject(self, seg, toks: list[Token], d: int, end: int, order) -> Evidence | None:
        """ "A Treasury spokeswoman said", "said a customer who knew X", "a Kerr backer in the
        Senate said": a subject from the determiner toks[d] up to the verb toks[end] that describes
        someone by a noun after "a", "an", "one" or "another" is someone unnamed, whatever name its
        modifiers or the clause after the noun hold; after "the", with a relative clause ("The
        paramedic who treated X told"), the one holding that role, if anyone does. None if the
        words are not such a subject."""
        det = toks[d].lower
        if det not in _INDEFINITE and det != "the":
            return None
        head = _described_person(toks, d, end)
        if head < 0:
            return None
        named = self.mentions(seg, toks[d].start, toks[head].end)
        if any(m.end != toks[head - 1].end for m in named):
            return None  # a name among the modifiers only right before the noun ("a Kerr backer")
        if det == "the":
            # a relative clause after the noun tells which one; no name inside it is the subject
            if head + 1 >= end or toks[head + 1].lower not in _RELATIVE_NOUN_LINKS or named:
                return None
            person = self.resolve_role([t.lower for t in toks[d : head + 1]], order)
            return Evidence(person, "role" if person is not None else "role-unresolved")
        # (a deck's "A judge said ..." is about the judge its body names)
        if seg[0] == SEG_DECK:
            return None
        noun = toks[head].lower
        if det in ("a", "an") and head == end - 1 and noun in lexicon.ROLE_NOUNS and self._in_the_lede(order[0]):
            # the lede's "jailed after a judge said he showed “no remorse”", then "Judge Ana Ruiz"
            # further on: the one person the story gives that role
            holders = {i for _, i in self._role_mentions(lexicon.ROLE_ALIASES.get(noun, noun))}
            if len(holders) == 1:
                return Evidence(holders.pop(), "role")
        return Evidence(None, "unnamed")

    def _described_subject_before(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        """ "..., but a spokeswoman for Acme later called", "a customer who found X told": the
        described subject (`_described_subject`) opening the clause of the verb toks[k]."""
        if k < 2 or _punctuated(toks[k - 1]):
            return None
        for d in range(k - 2, max(-1, k - 14), -1):
            if _punctuated(toks[d]):
                return None
            if (toks[d].lower in _INDEFINITE or toks[d].lower == "the") and _opens_a_clause(toks, d):
                if d > 0 and any(m.end == toks[d - 1].end for m in self.mentions(seg, toks[0].start, toks[d - 1].end)):
                    return None  # "X, a spokesman for Acme said": in apposition to a name
                return self._described_subject(seg, toks, d, k, order)
        return None

    def _described_subject_of_the_clause(self, seg, toks: list[Token], k: int, order) -> Evidence | None:
        """ "X laughed it off, but a spokeswoman for Acme called it “...”, adding that ...": the
        participle toks[k] shares the subject of the clause it follows, when that clause opens
        after a comma and a conjunction with a described subject (`_described_subject`)."""
        for c in range(k - 1, 0, -1):
            if toks[c].lower in _CONJUNCTIONS and toks[c - 1].trail.strip() == ",":
                verb = next((v for v in range(c + 2, k) if toks[v].lower in lexicon.REPORTING_VERBS), -1)
                return self._described_subject(seg, toks, c + 1, verb, order) if verb > 0 else None
        return None

    def _introduced_as_someones(self, head: str, pos: int) -> bool:
        """The story's opening paragraphs (up to `pos`) bring in someone unnamed as "a/an <head> of"
        or "for" someone ("A former patient of surgeon X has spoken ..."): "the <head>" is that one."""
        relation = re.compile(
            r"\b(?:a|an)\s+(?:[\w\u2019'-]+\s+){0,3}?" + re.escape(head) + r"\s+(?:of|for)\s", re.IGNORECASE
        )
        return any(
            not self._in_apposition(seg, text, found.start())  # not "Gloria Penn, a neighbour of the family,"
            and not self._named_after_a_comma(seg, text, found.end())  # nor "A chieftain of X, Chief Y,"
            for seg, text in self.segments[: min(pos, _OPENING_PARAGRAPHS) + 1]
            if head in text.lower()
            for found in relation.finditer(text)
        )

    def _named_after_a_comma(self, seg, text: str, at: int) -> bool:
        """Someone is named right after the next comma from `at`, behind a title at most."""
        comma = text.find(",", at, at + 80)
        return comma >= 0 and any(m.start - comma <= 30 for m in self.mentions(seg, comma, comma + 40))

    def _unnamed_speaker_before(self, order: tuple[int, int]) -> bool:
        """ "One backbencher, who asked not to be named, said ... / “...,” the MP said.": the
        sentence before the cue opens with a described subject after "a", "an", "one" or "another"
        ("But a Kerr backer in the Senate said"), has a verb of saying and names no one else; a
        description no title holds then stands for that unnamed speaker."""
        pos, at = order
        seg = self.segments[pos][0]
        sents = self.sentences(seg)
        start = sents[sentence_at(sents, at)][0] if sents else at
        if start < at and self.texts[seg][start:at].strip():
            if self.mentions(seg, start, at):
                return False
            at = start  # the cue's own sentence opens before the words: "The MP said it was “...”"
        before = self._sentence_before((pos, at))
        if before is None:
            return False
        seg, a, b, named_until = before
        toks = list(islice(self.window(seg, a, b), 16))
        d = 1 if toks and toks[0].lower in _CONJUNCTIONS else 0
        if len(toks) < d + 3 or toks[d].lower not in _INDEFINITE:
            return False
        end = next((j for j in range(d + 1, len(toks)) if _punctuated(toks[j - 1])), len(toks))
        if not any(t.lower in lexicon.REPORTING_VERBS and t.core.islower() for t in toks[d + 2 :]):
            return False
        head = _described_person(toks, d, end)
        return head >= 0 and all(m.end == toks[head - 1].end for m in self.mentions(seg, a, named_until))

    # --- main loop -----------------------------------------------------------------

    def attribute(self) -> list[ParsedQuote]:
        out: list[ParsedQuote] = []
        last_in_seg: dict[tuple[str, int], int | None] = {}
        last_speaker_seg: tuple[str, int] | None = None
        last_speaker: int | None = None
        previous: tuple[QuoteSpan, Evidence] | None = None
        for at, span in enumerate(self.spans):
            seg = (span.seg, span.index)
            order = (self.seg_order[seg], span.open_pos)
            evidence = (
                self._joined_to_the_previous(span, previous)
                or self._labelled(span)
                or self._after_a_result_label(span)
                or self._under_a_label_line(span)
                or self._under_a_speaker_heading(span)
                or self._over_an_attribution_line(span)
                or self._over_a_naming_sentence(span)
                or self._in_brackets_after_name(span)
                or self._heard_in_court(span)
                or self._tag_set_off_after(span)
                or self._wording_of_a_charge(span)
                or self._cited_from_a_text(span)
                or self._shown_under_a_tag(span)
                or self.before_cue(span)
                or self._closing_tag(span)
                or self._introduced_by_the_paragraph_before(span)
                or self._owned_in_the_next_sentence(span)
                or self._named_in_the_next_sentence(span)
                or self._named_tag_closing_the_sentence(span)
            )
            if evidence is None:
                evidence = self._continuation(span, seg, last_in_seg, last_speaker_seg, last_speaker)
                if evidence.speaker is not None and self._answered_next(span, at, evidence.speaker):
                    evidence = Evidence(None, "question")  # “Are you running?” / “No,” she said.
            if evidence.speaker is None and not self.speakers and evidence.verb != "heard":
                # not words a court heard: "“...”, a jury has heard." / "Ana Ruiz, 41, denies murder."
                evidence = self._introduced_in_the_next_paragraph(span) or evidence
            if evidence.speaker is None and not self.speakers and evidence.cue in ("none", "continuation"):
                evidence = self._tagged_at_the_end_of_the_run(at) or evidence
            if evidence.speaker is None and evidence.cue in ("none", "role-unresolved", "unnamed"):
                evidence = self._owned_in_the_next_paragraph(span, evidence.cue) or evidence
            if evidence.speaker is None and evidence.cue == "none":
                evidence = self._named_after_an_opening_quotation(span, at) or evidence
            if evidence.speaker is None and evidence.cue == "pronoun-unresolved":
                evidence = self._pronoun_named_next(span, at) or evidence
            if evidence.speaker is None and evidence.cue == "wording" and previous is not None:
                evidence = self._the_writing_of_the_last_writer(span, previous) or evidence
            if evidence.speaker is not None and _addressed_by_name(
                span.text, self.roster.people[evidence.speaker].name
            ):
                evidence = Evidence(None, "addressed", evidence.verb)  # "... called out “happy birthday Mr. Ruiz”"
            previous = (span, evidence)
            speaker = evidence.speaker
            if speaker is not None:
                self.speakers.append(_Event(order, speaker))
            end_seg = (span.seg, span.end_index)
            if speaker is not None or evidence.cue not in _SHOWN_CUES or seg not in last_in_seg:
                # "“...,” X said, where a poster reads “...” “...”": shown words are no one's turn
                last_in_seg[seg] = speaker
                last_in_seg[end_seg] = speaker
            before = (last_speaker_seg, last_speaker)
            last_speaker_seg, last_speaker = end_seg, speaker
            self.asked = self._asked_of(span, evidence, before)
            self.questioner = self._questioner_answered(span, evidence)
            text = self.texts[seg]
            sa, sb = span.sentence
            out.append(
                ParsedQuote(
                    text=span.text,
                    speaker=self.roster.people[speaker].name if speaker is not None else None,
                    is_partial=span.is_partial,
                    block_index=-1 if span.seg == SEG_DECK else span.index,
                    start=span.start,
                    end=span.end,
                    end_block_index=-1 if span.seg == SEG_DECK else span.end_index,
                    verb=evidence.verb,
                    sentence=" ".join(text[sa:sb].split()),
                    cue=evidence.cue,
                    deck_index=span.index if span.seg == SEG_DECK else -1,
                )
            )
        return self._standfirst_to_the_only_speaker(out)

    def _standfirst_to_the_only_speaker(self, out: list[ParsedQuote]) -> list[ParsedQuote]:
        """ "“It's not good enough.”" opening the story as its own paragraph, then a report in which
        one person alone speaks: the pulled quotation is that person's. The first paragraph only,
        an untagged full quotation, and no other speaker anywhere in the story."""
        if not out or out[0].speaker is not None or not self.spans:
            return out
        span = self.spans[0]
        if span.seg != SEG_BLOCK or not self._a_bare_quotation_paragraph(span) or span.end_index != span.index:
            return out
        seg = (span.seg, span.index)
        if any(self.kinds.get(self.segments[p][0]) == "paragraph" for p in range(self.seg_order[seg])):
            return out  # not the first paragraph
        speakers = {q.speaker for q in out[1:] if q.speaker is not None}
        if len(speakers) != 1 or any(q.speaker is None and not q.is_partial for q in out[1:]):
            return out
        after = self.seg_order[seg] + 1
        if after < len(self.segments) and any(
            t.lower in lexicon.WRITTEN_NOUNS for t in self.tokens(self.segments[after][0])
        ):
            return out  # "“Enough is enough.” / That was the message on the banner ...": a sign's words
        speaker = speakers.pop()
        return [replace(out[0], speaker=speaker, cue="standfirst"), *out[1:]]

    def _joined_to_the_previous(self, span: QuoteSpan, previous: tuple[QuoteSpan, Evidence] | None) -> Evidence | None:
        """ "was labelled “predatory” and “sexually experienced”": words joined to the quotation
        just before by "and" or "or" alone, in one paragraph, are the same speaker's."""
        if previous is None:
            return None
        before, evidence = previous
        if (before.seg, before.end_index) != (span.seg, span.index) or before.close_pos >= span.open_pos:
            return None
        gap = self.texts[(span.seg, span.index)][before.close_pos + 1 : span.open_pos].strip(" ,").lower()
        if gap not in ("and", "or"):
            return None
        return Evidence(evidence.speaker, evidence.cue, evidence.verb)

    def _heard_in_court(self, span: QuoteSpan) -> Evidence | None:
        """ "X caused them “serious harm”, a court has heard.": words a court, jury or inquest heard,
        not said by the sentence's subject -- someone unnamed (a witness, counsel)."""
        text = self.texts[(span.seg, span.end_index)]
        _, sb = span.sentence
        after = text[span.close_pos : sb] if span.end_index == span.index else text[span.close_pos :]
        if "heard" not in after:
            return None
        if _HEARD_IN_COURT.match(after) is None and not self._heard_closing_the_sentence(span, text, after):
            return None
        return Evidence(None, "unnamed", "heard")

    def _wording_of_a_charge(self, span: QuoteSpan) -> Evidence | None:
        """ "He was charged with leaving the yard gate open “with intent to cause harm”": a few words quoted
        after "charged with", "accused of" or "convicted of" in a sentence with no verb of saying
        before them are the wording of the charge, no one's words."""
        if span.end_index != span.index:
            return None
        text = self.texts[(span.seg, span.index)]
        sa, _ = span.sentence
        if _CHARGE_PHRASE.search(text, sa, span.open_pos) is None:
            return None
        words = self.window((span.seg, span.index), sa, span.open_pos)
        if any(t.core.islower() and t.lower in lexicon.REPORTING_VERBS for t in words):
            return None
        return Evidence(None, "unnamed", "charged")

    def _cited_from_a_text(self, span: QuoteSpan) -> Evidence | None:
        """ "He queried how “kept” should be read in the clause a “barn kept by the
        trust.”": words quoted right after "in the phrase", "in the clause", "in the wording" (an
        article may follow) are cited from a text -- the document's wording, no one's words."""
        text = self.texts[(span.seg, span.index)]
        sa, _ = span.sentence
        if _CITED_IN.search(text, max(sa, span.open_pos - 40), span.open_pos) is None:
            return None
        return Evidence(None, "wording", "cited")

    def _heard_closing_the_sentence(self, span: QuoteSpan, text: str, after: str) -> bool:
        """ "A man attacked his brother believing he was “plotting” against him, a jury has heard.":
        a few words in the middle of a sentence that ", a court has heard" closes, with no verb of
        saying before them or after them in it, are what the court heard, not the subject's."""
        if span.end_index != span.index:
            return False
        sa, _ = span.sentence
        found = _HEARD_CLOSING.search(after)
        if found is None or any(mark in after[1 : found.start()] for mark in lexicon.DOUBLE_QUOTES):
            return False
        words = tokenize(text[sa : span.open_pos] + " " + after[1 : found.start()])
        return not any(t.lower in lexicon.REPORTING_VERBS for t in words)

    def _answered_next(self, span: QuoteSpan, at: int, person: int) -> bool:
        """A question standing alone as a paragraph, with no cue, and the next paragraph opening
        with words tagged as `person`'s (“Are you running again?” / “Not a chance,” she said.): a
        dialogue -- the question was put to `person` by someone else (an unnamed interviewer)."""
        if span.seg != SEG_BLOCK or span.end_index != span.index or not _is_question(span):
            return False
        text = self.texts[(span.seg, span.index)]
        if text[: span.open_pos].strip() or text[span.close_pos :].strip(" \u201d\u2019\"'"):
            return False
        if at + 1 >= len(self.spans):
            return False
        nxt = self.spans[at + 1]
        nseg = (nxt.seg, nxt.index)
        if nxt.seg != SEG_BLOCK or self._previous_paragraph(nseg) != (span.seg, span.index):
            return False
        if self.texts[nseg][: nxt.open_pos].strip() or _is_question(nxt):
            return False
        answer = self.after_cue(nxt)
        return answer is not None and answer.speaker == person

    def _shown_under_a_tag(self, span: QuoteSpan) -> Evidence | None:
        """The tag after the words (`after_cue`), unless a sign, a post or a crowd shows or calls
        them out earlier in the sentence: "A sign on the gate read “Keep out”, Ana Ruiz said." --
        she reports what the sign showed; the words have no speaker."""
        evidence = self.after_cue(span)
        if evidence is None or evidence.speaker is None or span.open_pos == span.sentence[0]:
            return evidence
        if not _SHOWN_HINT.search(self.texts[(span.seg, span.index)], span.sentence[0], span.open_pos):
            return evidence
        shown = self.before_cue(span)
        return shown if shown is not None and shown.speaker is None and shown.cue in _SHOWN_CUES else evidence

    def _closing_tag(self, span: QuoteSpan) -> Evidence | None:
        """ "Ana Ruiz was “shouting and roaring” in the street, Sgt Ivo Brandt said.": a quotation
        with no cue of its own inside a sentence that ends in a tag after a comma -- a named,
        pronoun or role subject and a reporting verb, with at most a few words after ("said on
        Monday") -- is the tag subject's; a tag "according to" a source is the source's."""
        seg = (span.seg, span.end_index)
        sents = self.sentences(seg)
        end = sents[sentence_at(sents, max(0, span.close_pos - 1))][1]
        toks = self.window(seg, span.close_pos, end)
        comma = next((j for j in range(len(toks) - 2, -1, -1) if toks[j].trail.strip() == ","), -1)
        tag = toks[comma + 1 :]
        initials = sum(map(_bracketed_initials, tag))  # "the Kesby League (KL) chief said": no word more
        order = (self.seg_order[(span.seg, span.index)], span.open_pos)
        if (
            comma >= 0
            and len(tag) - initials <= 8
            and not any(_punctuated(t) and not _bracketed_initials(t) for t in tag[:-1])
        ):
            evidence = self._tag_evidence(seg, tag, order)
            if evidence is not None:
                return evidence
        cut = _tag_before_a_subordinate_clause(toks)
        if cut is not None:
            # "..., she said before it went to print.": the tag ends at the verb
            evidence = self._tag_evidence(seg, toks[cut[0] + 1 : cut[1]], order)
            if evidence is not None:
                return evidence
        tag = _tag_before_a_clause(toks)  # "..., Vell said, but the boat was gone."
        return self._tag_evidence(seg, tag, order) if tag else None

    def _tag_evidence(self, seg, tag: list[Token], order) -> Evidence | None:
        """The speaker a closing tag names (`_closing_tag`), or None when the words are no tag."""
        if len(tag) > 2 and tag[0].lower == "according" and tag[1].lower == "to":
            # "Ana Ruiz was “out of breath”, according to a police report": the source's words, not hers
            evidence = self._subject(seg, tag, 2, len(tag), order)
            if evidence is not None:
                evidence.verb = lexicon.ACCORDING_TO
            return evidence
        if len(tag) > 1 and tag[0].lower in lexicon.INVERTIBLE_VERBS and tag[0].core.islower():
            # "... was “a box-ticking exercise” for the officials, says Green councillor Ana Ruiz.": inverted
            named = self.mentions(seg, tag[1].start, tag[-1].end)
            if named and not named[0].possessive and all(_title_like(t) for t in tag[1:] if t.end <= named[0].start):
                return Evidence(named[0].person, self._cue_for(seg, named[0]), tag[0].lower)
            return None
        verb = next((v for v, t in enumerate(tag) if t.lower in lexicon.REPORTING_VERBS and t.core.islower()), 0)
        if not verb or len(tag) - verb > 4 or self.mentions(seg, tag[verb].end, tag[-1].end):
            return None
        if not (tag[0].lower in lexicon.PERSON_PRONOUNS and verb == 1) and not all(
            _title_like(t) or _bracketed_initials(t) for t in tag[:verb]
        ):
            return None
        evidence = self._subject(seg, tag, 0, verb, order)
        if evidence is not None:
            evidence.verb = tag[verb].lower
        return evidence

    def _tag_set_off_after(self, span: QuoteSpan) -> Evidence | None:
        """ "The “clean, steady signal” they logged, said Ana Ruiz, pointed to ...": a tag set off
        by two commas inside the sentence after the words, past words of the sentence's own (no
        verb of saying) -- a reporting verb and a name, in either order, and nothing else -- gives
        them to that name."""
        seg = (span.seg, span.end_index)
        if self.texts[seg].count(",", span.close_pos, span.close_pos + 400) < 2:
            return None  # (most quotations: no two commas after the words, so no tag set off by them)
        sents = self.sentences(seg)
        end = sents[sentence_at(sents, max(0, span.close_pos - 1))][1]
        toks = list(islice(self.window(seg, span.close_pos, end), 16))
        for j in range(len(toks) - 3):
            if toks[j].trail.strip() != ",":
                continue
            if any(t.lower in lexicon.REPORTING_VERBS for t in toks[: j + 1]):
                return None  # "“...,” she said, ...": the words' own tag comes first
            k = next((k for k in range(j + 2, min(j + 6, len(toks))) if toks[k].trail.strip() == ","), 0)
            if not k:
                continue
            tag = toks[j + 1 : k + 1]
            verbs = [t for t in tag if t.lower in lexicon.REPORTING_VERBS and t.core.islower()]
            if len(verbs) != 1 or verbs[0] not in (tag[0], tag[-1]):
                continue
            named = self.mentions(seg, tag[0].start, tag[-1].end)
            if len(named) != 1 or named[0].possessive:
                continue
            rest = [t for t in tag if t is not verbs[0] and not (named[0].start <= t.start < named[0].end)]
            if rest:
                continue  # "..., said Ana Ruiz" alone: no role or clause of its own
            return Evidence(named[0].person, self._cue_for(seg, named[0]), verbs[0].lower)
        return None

    def _tagged_at_the_end_of_the_run(self, at: int) -> Evidence | None:
        """An interview opening with quotation paragraphs before anyone has spoken: "“...”" / "“...”"
        / "“...,” Ruiz continued.": an untagged paragraph of quotation belongs to the person the
        first tagged quotation names, when only untagged quotation paragraphs come between."""
        span = self.spans[at]
        if not self._a_bare_quotation_paragraph(span):
            return None
        for k in range(at + 1, min(len(self.spans), at + _RUN_LOOKAHEAD)):
            nxt, prev = self.spans[k], self.spans[k - 1]
            if nxt.seg == SEG_DECK or self._next_paragraph_at(prev) != self.seg_order[(nxt.seg, nxt.index)]:
                return None  # narrative comes between
            if nxt.open_pos > 2:
                return None
            if self._a_bare_quotation_paragraph(nxt):
                continue
            found = self._shown_under_a_tag(nxt) or self.before_cue(nxt) or self._closing_tag(nxt)
            if found is None or found.speaker is None or found.cue not in ("explicit", "surname"):
                return None
            return Evidence(found.speaker, "continuation", found.verb)
        return None

    def _a_bare_quotation_paragraph(self, span: QuoteSpan) -> bool:
        """A quotation opening its paragraph and closing the paragraph it ends in, with no tag."""
        if span.open_pos > 2 or span.seg == SEG_DECK or span.is_partial:
            return False
        return not self.texts[(span.seg, span.end_index)][span.close_pos :].strip(" .,")

    def _next_paragraph_at(self, span: QuoteSpan) -> int:
        """The reading position of the paragraph after the one `span` ends in, past captions."""
        at = self.seg_order[(span.seg, span.end_index)] + 1
        while at < len(self.segments) and self.kinds.get(self.segments[at][0]) == "caption":
            at += 1
        return at

    def _introduced_in_the_next_paragraph(self, span: QuoteSpan) -> Evidence | None:
        """A lede about someone not yet named, then named first thing in the next paragraph: "A
        man swept out to sea says he “thought that was it”. / Jack Pellegrino, 24, was ..." --
        his words. Only in the story's first paragraph, with no one named before the words. A lede
        opening "The head of ..." takes the next paragraph's opening name (behind titles at most) only
        when it is given an office, set off after it ("Sir Ivo Brandt, chairman of X, ...") or before
        it ("District Attorney Ivo Brandt said ...")."""
        seg = (span.seg, span.index)
        if span.seg != SEG_BLOCK or self.kinds.get(seg) != "paragraph":
            return None
        pos = self.seg_order[seg]
        if any(self.kinds.get(self.segments[p][0]) == "paragraph" for p in range(pos)):
            return None  # not the first paragraph
        sa, _ = span.sentence
        toks = list(islice(self.window(seg, sa, span.open_pos), 6))
        if len(toks) < 3 or toks[0].lower not in ("a", "an", "the") or self.mentions(seg, 0, span.open_pos):
            return None
        if "accused" in self.texts[seg][sa : span.open_pos]:
            return None  # "A surgeon has gone on trial accused of carrying out “completely unnecessary” operations"
        tagged = _INDEFINITE_TAG.match(self.texts[seg], span.close_pos + 1, span.sentence[1])
        if tagged is not None:
            # "A climber died after “costly delays”, a coroner said. / X, 20, ..., coroner Dr Ivo
            # Brandt told the inquest": the words are the tag's, the one given that role next
            return self._holder_named_next(pos, tagged.group(1).lower())
        head = next(
            (
                t
                for t in toks[1:]
                if (t.core.islower() or (t.core.isupper() and len(t.core) > 1))  # "A MAN who ...": a lede in capitals
                and (t.lower in lexicon.GENDERED_NOUNS or _describes_person(t.lower) or t.lower in lexicon.ROLE_NOUNS)
            ),
            None,
        )
        if head is None or pos + 1 >= len(self.segments):
            return None
        gender = lexicon.GENDERED_NOUNS.get(head.lower, "")
        nxt = self.segments[pos + 1][0]
        if self.kinds.get(nxt) != "paragraph":
            return None
        opening = list(islice(self.window(nxt, 0, len(self.texts[nxt])), 1))
        named = self.mentions(nxt, 0, opening[0].end + 40) if opening else []
        if not named or named[0].possessive:
            return None
        if named[0].start != opening[0].start and not (
            toks[0].lower == "the" and self._titles_only(nxt, opening[0].start, named[0].start)
        ):
            return None
        if self.roster.people[named[0].person].pronoun not in ("", gender) and gender:
            return None
        if head.lower in _SPOKES_NOUNS and not _SPOKES_NOUNS.intersection(self.titles[named[0].person]):
            return None  # "A Kesby spokesperson said: “...” / Kettering apologised": the one spoken for
        if toks[0].lower != "the":
            return Evidence(named[0].person, "introduced", "")
        if self.texts[nxt][named[0].end : named[0].end + 1] == ",":
            if not any(w in lexicon.ROLE_NOUNS for w in self.titles[named[0].person]):
                return None  # "The head of the union ... / X, general secretary of ...,": his office, set off
        elif named[0].start == opening[0].start:
            if not self._bare_name_reporting_first(nxt, named[0]):
                return None  # "The chair of Kesby ... / Ivo Brandt told the meeting": the chair, untitled
        else:  # "The county's top prosecutor ... / District Attorney X said": the lede's role is his title's
            upto = [t.lower for t in toks[: toks.index(head) + 1]]
            order = (self.seg_order[nxt], named[0].start)
            if self.resolve_role(upto, order, look_ahead=True) != named[0].person:
                return None
        return Evidence(named[0].person, "introduced", "")

    def _bare_name_reporting_first(self, seg, mention) -> bool:
        """The paragraph opens with a full name met for the first time, given no title anywhere,
        and a verb of saying right after it: "Ivo Brandt told the meeting ..." -- the lede's role."""
        person = mention.person
        if self.titles[person] or self.seen.get(person, [(None,)])[0][0] != self.seg_order[seg]:
            return False
        if " " not in self.roster.people[person].name:
            return False
        after = list(islice(self.window(seg, mention.end, len(self.texts[seg])), 1))
        return (
            bool(after) and after[0].lower in lexicon.REPORTING_VERBS and self.texts[seg][mention.end :][:1] not in ",("
        )

    def _owned_in_the_next_sentence(self, span: QuoteSpan) -> Evidence | None:
        """ "“It is the coldest air in years.” That was the assessment of Ana Ruiz, a forecaster.",
        "“...” That's how Ana Ruiz sees it.": the sentence after the words names their speaker."""
        seg = (span.seg, span.end_index)
        text = self.texts[seg]
        after = _OWNER_AFTER.match(text, span.close_pos)
        if after is None:
            return None
        named = self.mentions(seg, after.end(), after.end() + 80)
        if not named or named[0].possessive:
            return None
        bare = after.group("bare") is not None
        if bare and after.group("plain") is not None:
            return None  # not "“...,” was the mayor, ..."
        lead_ok = (
            named[0].start == after.end()
            or self._titles_only(seg, after.end(), named[0].start)
            or (bare and self._role_in_apposition(seg, after.end(), named[0].start))
        )
        if not lead_ok:
            return None
        if after.group("how") and not _OWNING_VERB.search(text, named[0].end, named[0].end + 60):
            return None  # "That's how Earl Tubbs, 68, a retired logger, sees it."
        if bare and not _BARE_OWNER_END.match(text, named[0].end):
            return None  # "That was Ana Ruiz the week she won."
        return Evidence(named[0].person, "explicit")

    def _named_in_the_next_sentence(self, span: QuoteSpan) -> Evidence | None:
        """ "“Four points is nothing.” Ana Ruiz repeated the line twice.", "“A cruel game.” Ruiz, who
        came on late, was apologetic when she spoke to reporters.": a whole sentence quoted alone
        at the start of its paragraph, then a sentence that opens with a named person and has them
        speak -- theirs (the delayed cue of features). Not when the words talk about someone as
        "he" or "she": then the one named may be the one talked about."""
        seg = (span.seg, span.index)
        text = self.texts[seg]
        if span.seg != SEG_BLOCK or span.end_index != span.index or not span.closed or text[: span.open_pos].strip():
            return None
        if text[span.start : span.end].rstrip()[-1:] not in (".", "!", "?") or self._pronouns_used(span):
            return None
        sents = self.sentences(seg)
        k = sentence_at(sents, span.close_pos)
        if sents[k][0] < span.close_pos:
            k += 1  # the sentence after the words
        if k >= len(sents) or text[span.close_pos : sents[k][0]].strip():
            return None
        a, b = sents[k]
        named = self.mentions(seg, a, b)
        toks = self.window(seg, a, b)
        if not named or not toks or named[0].possessive:
            return None
        if named[0].start != toks[0].start and not self._titles_only(seg, a, named[0].start):
            return None
        if not any(t.core.islower() and (t.lower in lexicon.REPORTING_VERBS or t.lower in _SPOKE) for t in toks):
            return None
        return Evidence(named[0].person, self._cue_for(seg, named[0]), "next-sentence")

    def _holder_named_next(self, pos: int, role: str) -> Evidence | None:
        """The one person the paragraph after `pos` names with `role` in their title, if one."""
        if pos + 1 >= len(self.segments):
            return None
        nxt = self.segments[pos + 1][0]
        text = self.texts[nxt]
        holders = {
            m.person
            for m in self.mentions(nxt, 0, len(text))
            if role in (t.lower for t in self.window(nxt, max(0, m.start - 30), m.start))
        }  # "coroner Dr Ivo Brandt": the role just before the name
        return Evidence(holders.pop(), "role") if len(holders) == 1 else None

    def _unnamed_source_speaks(self, seg) -> bool:
        """ "While police accepted the ruling, they hit back through a spokeswoman.": a paragraph
        with no quotation and no one named that brings in an unnamed spokesperson or a statement --
        the words with no cue after it are that source's, not the last named speaker's."""
        text = self.texts[seg]
        if self.mentions(seg, 0, len(text)) or any(mark in text for mark in lexicon.DOUBLE_QUOTES):
            return False
        return any(t.lower in _SPOKES_NOUNS or t.lower in _STATEMENT_WORDS for t in self.window(seg, 0, len(text)))

    def _named_tag_closing_the_sentence(self, span: QuoteSpan) -> Evidence | None:
        """ "Ana Ruiz, 20, “lost a vital chance” when staff failed to act, coroner Dr Ivo Brandt told
        the inquest.": a few words quoted inside a sentence that a named speaker's tag closes after a
        comma (a title, then the name, then a verb of saying), with no other verb of saying in the
        sentence -- the words are the one named there, not the sentence's subject."""
        if span.seg != SEG_BLOCK or span.end_index != span.index or not span.closed:
            return None
        seg = (span.seg, span.index)
        text = self.texts[seg]
        sa, sb = span.sentence
        tail = text[span.close_pos + 1 : sb]
        cut = tail.rfind(", ")
        if cut < 0 or any(mark in tail for mark in lexicon.DOUBLE_QUOTES):
            return None
        at = span.close_pos + 1 + cut + 2
        named = self.mentions(seg, at, sb)
        if not named or named[0].possessive:
            return None
        lead = self.window(seg, at, named[0].start)
        after = self.window(seg, named[0].end, sb)
        if len(lead) > 4 or not all(_title_like(t) for t in lead):
            return None
        if not after or not after[0].core.islower() or after[0].lower not in lexicon.REPORTING_VERBS:
            return None
        others = self.window(seg, sa, span.open_pos) + self.window(seg, span.close_pos, at)
        if any(t.core.islower() and t.lower in lexicon.REPORTING_VERBS for t in others):
            return None
        return Evidence(named[0].person, self._cue_for(seg, named[0]), after[0].lower)

    def _role_in_apposition(self, seg, a: int, b: int) -> bool:
        """Whether text[a:b] before a name is "the", a role and a comma ("the premier, ")."""
        lead = self.window(seg, a, b)
        return (
            1 < len(lead) <= 4
            and lead[0].lower == "the"
            and lead[-1].trail == ","
            and lead[-1].lower in lexicon.ROLE_NOUNS
            and not any(t.trail and not t.possessive for t in lead[:-1])  # "the city's auditor, "
        )

    def _titles_only(self, seg, a: int, b: int) -> bool:
        """Whether text[a:b] before a name holds only a few title words ("Sen.", "Green councillor")."""
        lead = self.window(seg, a, b)
        return 0 < len(lead) <= 3 and all(_title_like(t) for t in lead)

    def _owned_in_the_next_paragraph(self, span: QuoteSpan, cue: str) -> Evidence | None:
        """A paragraph ending with words no one has said, then one opening "That was the view of
        Ana Ruiz, ...", "That is how nurse Ana Ruiz describes it", or signed "— Ana Ruiz, chief
        economist" (after words with no cue), or "The remark, made by Cllr Ana Ruiz, ..." (after
        words of someone unnamed): hers."""
        seg = (span.seg, span.end_index)
        if cue == "none" and span.seg == SEG_BLOCK and self._only_a_quotation(seg):
            pos = self.seg_order[seg] + 1
            if pos < len(self.segments) and self.kinds.get(self.segments[pos][0]) == "paragraph":
                owner = self._owner_of_the_words_below(self.segments[pos][0])
                if owner is not None:
                    return owner  # “...” / "Ana Ruiz's verdict on her seamers rested on ..."
        sents = self.sentences(seg)
        if span.seg != SEG_BLOCK or not sents or sents[-1][0] > span.open_pos and span.end_index == span.index:
            return None
        pos = self.seg_order[seg] + 1
        if pos >= len(self.segments):
            return None
        nxt, text = self.segments[pos]
        if cue == "none" and not self.texts[seg][span.close_pos :].strip() and self.kinds.get(nxt) != "caption":
            signed = self._signature_line(nxt)  # (a short line with no full stop may pass for a crosshead)
            if signed is not None:
                return signed
        if self.kinds.get(nxt) != "paragraph":
            return None
        after = _OWNER_OPENING.match(text) if cue == "none" else _REMARK_BY.match(text)
        if after is None:
            return None
        named = self.mentions(nxt, after.end(), after.end() + 80)
        if not named or named[0].possessive:
            return None
        lead = self.window(nxt, after.end(), named[0].start)
        if len(lead) > 4 or any(_punctuated(t) or not (_title_like(t) or t.core.islower()) for t in lead):
            return None  # (but "That is how Dutch backpacker Ana Ruiz ...": a description before the name)
        if cue == "none" and after.group("how") and not _OWNING_VERB.search(text, named[0].end, named[0].end + 60):
            return None
        if cue == "none" and after.group("bare") is not None and not _BARE_OWNER_END.match(text, named[0].end):
            return None
        return Evidence(named[0].person, self._cue_for(nxt, named[0]))

    def _pronoun_named_next(self, span: QuoteSpan, at: int) -> Evidence | None:
        """ "“We need more cans on the shelves this year,” he said. / “The pantry is running low,”
        Pastor Tate said.": a "he said" before anyone at all is named, when the next words, a paragraph
        or two on, are tagged with a name the pronoun fits: that person's, named late."""
        seg = (span.seg, span.end_index)
        if span.seg != SEG_BLOCK or self.speakers or at + 1 >= len(self.spans):
            return None
        if any(
            self.mentions(self.segments[p][0], 0, len(self.texts[self.segments[p][0]]))
            for p in range(self.seg_order[seg])
        ):
            return None  # (someone was named before: the pronoun's own search has spoken)
        toks = list(islice(self.window(seg, span.close_pos, len(self.texts[seg])), 1))
        if not toks or toks[0].lower not in lexicon.PERSON_PRONOUNS:
            return None
        following = self.spans[at + 1]
        if following.seg != SEG_BLOCK or self.seg_order[(following.seg, following.index)] - self.seg_order[seg] > 2:
            return None
        tag = self.after_cue(following) or self.before_cue(following)
        if tag is None or tag.speaker is None or tag.cue == "pronoun":
            return None
        if self.roster.people[tag.speaker].pronoun not in ("", toks[0].lower):
            return None
        return Evidence(tag.speaker, "pronoun", "said")

    def _the_writing_of_the_last_writer(self, span: QuoteSpan, previous: tuple[QuoteSpan, Evidence]) -> Evidence | None:
        """ "“...,” principal Ana Ruiz wrote. / The email says the “...”": words a sentence
        gives to "the letter" (an email, a statement) with no owner of its own, when the quotation
        just before, a paragraph or two back, is someone's writing ("wrote"): the writer's."""
        before, evidence = previous
        if evidence.speaker is None or evidence.verb not in _WROTE_VERBS:
            return None
        seg = (span.seg, span.index)
        if span.seg != SEG_BLOCK or before.seg != SEG_BLOCK:
            return None
        if self.seg_order[seg] - self.seg_order[(before.seg, before.end_index)] > _MAX_WRITING_GAP:
            return None
        sa, _ = span.sentence
        toks = self.window(seg, sa, span.open_pos)
        if len(toks) < 3 or toks[0].lower != "the" or toks[1].lower not in _AUTHORED_NOUNS or toks[1].trail:
            return None
        return Evidence(evidence.speaker, "writing", toks[2].lower)

    def _named_after_an_opening_quotation(self, span: QuoteSpan, at: int) -> Evidence | None:
        """ "“Somebody was yelling fire.” / Moments later Ana Ruiz was crossing the road. /
        “I got the kids out,” Ruiz recalled.": words standing alone as a paragraph, with no
        cue and no one speaking before, then a paragraph with no quotation that names one person,
        who speaks the next words, in the paragraph after, under a tag of their own: that person's."""
        seg = (span.seg, span.index)
        if span.seg != SEG_BLOCK or span.end_index != span.index or self.speakers:
            return None
        text = self.texts[seg]
        if text[: span.open_pos].strip() or text[span.close_pos :].strip(" \u201d\u2019\"'"):
            return None
        pos = self.seg_order[seg] + 1
        if pos + 1 >= len(self.segments) or at + 1 >= len(self.spans):
            return None
        nxt = self.segments[pos][0]
        if self.kinds.get(nxt) != "paragraph" or self.kinds.get(self.segments[pos + 1][0]) != "paragraph":
            return None
        following = self.spans[at + 1]
        if (following.seg, following.index) != self.segments[pos + 1][0]:
            return None  # (the paragraph between holds no quotation, the one after holds the next)
        named = [m for m in self.mentions(nxt, 0, len(self.texts[nxt])) if not m.in_quote]
        if not named or named[0].possessive or len({m.person for m in named}) != 1:
            return None
        tag = self.after_cue(following) or self.before_cue(following)
        if tag is None or tag.speaker != named[0].person:
            return None
        return Evidence(named[0].person, self._cue_for(nxt, named[0]))

    def _owner_of_the_words_below(self, seg) -> Evidence | None:
        """ "Ana Ruiz's verdict on her seamers after the draw rested on ...": a paragraph opening with a
        full name that owns a noun of speech (assessment, verdict, reaction, words ...) names whose
        words the quotation paragraph above it holds."""
        text = self.texts[seg]
        named = [m for m in self.roster.mentions.get(seg, []) if not m.in_quote]
        lead = len(text) - len(text.lstrip())
        if not named or named[0].start != lead or not named[0].possessive:
            return None
        if len(self.roster.people[named[0].person].name.split()) < 2:
            return None
        after = text[named[0].end :].split(maxsplit=2)  # "’s assessment ..." or "’ assessment ..."
        if after and after[0] in ("\u2019s", "'s", "\u2019", "'"):
            after = after[1:]
        if not after or after[0].lower().strip(",") not in lexicon.SPEECH_NOUNS:
            return None
        return Evidence(named[0].person, self._cue_for(seg, named[0]))

    def _signature_line(self, seg) -> Evidence | None:
        """ "— Ana Ruiz, chief economist": a paragraph opening with a dash and a name that ends its
        sentence or is followed by a comma signs the quotation paragraph before it."""
        text = self.texts[seg]
        sents = self.sentences(seg)
        toks = self.window(seg, 0, sents[0][1] if sents else len(text))
        if len(toks) < 2 or toks[0].core not in _DASHES or text[: toks[0].start].strip():
            return None
        return self._signed_by(seg, toks[1:])

    def _labelled(self, span: QuoteSpan) -> Evidence | None:
        """ "PELL: “...”", "TOM PELL: “...”": a transcript's speaker label in capitals names the
        person by full name or surname."""
        if span.open_pos > 40:
            return None
        seg = (span.seg, span.index)
        label = speaker_label(self.texts[seg], self.ranges.get(seg, []), span.open_pos).lower()
        if not label:
            return None
        words = label.split()
        found = {
            i
            for i, person in enumerate(self.roster.people)
            if person.name.lower() == label or (len(words) == 1 and person.name.lower().split()[-1] == label)
        }
        if not found and len(words) == 1 and 2 <= len(label) <= 3 and label.isalpha():
            # "OV: “...”" in a Q&A: the one person whose name has these initials
            found = {
                i
                for i, person in enumerate(self.roster.people)
                if "".join(w[0] for w in person.name.lower().split()) == label
            }
            if len(found) == 1:
                return Evidence(found.pop(), "surname", "label")
        if len(found) != 1:
            return None
        person = found.pop()
        cue = "explicit" if self.roster.people[person].name.lower() == label else "surname"
        return Evidence(person, cue, "label")

    def _after_a_result_label(self, span: QuoteSpan) -> Evidence | None:
        """ "Ana Ruiz - 1.21.554 - P14 (Q2): “...”", "Ana Ruiz (ESP), 2nd: “...”": in a page of
        drivers' or athletes' comments, a paragraph opening with a full name and a result set off
        by dashes or commas, then a colon, gives the quotation after it to that name."""
        if span.open_pos > _RESULT_LABEL_CHARS or span.seg == SEG_DECK:
            return None
        seg = (span.seg, span.index)
        text = self.texts[seg]
        label = text[: span.open_pos].rstrip()
        if not label.endswith(":") or self.ranges.get(seg, [(span.open_pos,)])[0][0] != span.open_pos:
            return None
        named = [m for m in self.roster.mentions.get(seg, []) if not m.in_quote and m.start < len(label)]
        lead = len(text) - len(text.lstrip())
        if len(named) != 1 or named[0].start != lead or named[0].possessive:
            return None
        if len(self.roster.people[named[0].person].name.split()) < 2:
            return None
        if not _a_result_after_a_name(label[:-1], named[0].end):
            return None
        return Evidence(named[0].person, "explicit", "label")

    def _introduced_by_the_paragraph_before(self, span: QuoteSpan) -> Evidence | None:
        """ "This is how reporter Ana Ruiz summed it up:" / “Nobody expected it. ...”: a paragraph that
        is only a quotation, under a paragraph whose last sentence ends in a colon, names one person
        outside quotation marks and has a verb of saying (or "put it"), is that person's."""
        if not self._a_bare_quotation_paragraph(span):
            return None
        prev = self._previous_paragraph((span.seg, span.index))
        if prev is None or not self.texts[prev].rstrip().endswith(":"):
            return None
        sents = self.sentences(prev)
        if not sents:
            return None
        a, b = sents[-1]
        toks = self.window(prev, a, b)
        if not any(t.lower in lexicon.REPORTING_VERBS or t.lower in _PUT_IT for t in toks):
            return None
        named = [m for m in self.mentions(prev, a, b) if not m.in_quote and not m.possessive]
        if len({m.person for m in named}) != 1:
            return None
        return Evidence(named[0].person, self._cue_for(prev, named[0]), "colon")

    def _under_a_label_line(self, span: QuoteSpan) -> Evidence | None:
        """ "FRENCH PRESIDENT ANA RUIZ:" / “...”: a quotation opening the paragraph under a label
        paragraph in capitals (a wire "QUOTES" box) is the labelled person's."""
        if span.open_pos > 2 or span.seg == SEG_DECK:
            return None
        seg = (span.seg, span.index)
        at = self.seg_order[seg] - 1
        if at >= 0 and self.segments[at][1][:3] in ("SOU", "SOT"):
            return self._under_a_soundbite_line(self.segments[at][1])  # a paragraph or a crosshead
        prev = self._previous_paragraph(seg)
        if prev is None or not self.texts[prev].endswith(":"):
            return None
        found = label_line_name(self.texts[prev])
        if found is None:
            return None
        name = found[0].lower()
        person = next((i for i, p in enumerate(self.roster.people) if p.name.lower() == name), None)
        return Evidence(person, "explicit", "label") if person is not None else None

    def _under_a_speaker_heading(self, span: QuoteSpan) -> Evidence | None:
        """ "Visitors Head Coach Ana Ruiz" / "On the second half:" / “...”: in a page of post-game
        quotes, a paragraph that is only a quotation, with no tag, belongs to the person a heading
        line above names -- a line of capitalised title words ending in that person's name --
        looking back over topic lines ending in a colon and other untagged quotation paragraphs."""
        if span.open_pos > 2 or span.seg == SEG_DECK:
            return None
        end_seg = (span.seg, span.end_index)
        if self.texts[end_seg][span.close_pos :].strip(" .,") or span.is_partial:
            return None
        at = self.seg_order[(span.seg, span.index)] - 1
        for i in range(at, max(-1, at - _HEADING_LOOKBACK), -1):
            seg, text = self.segments[i]
            kind = self.kinds.get(seg)
            if kind == "caption" or self._only_a_quotation(seg):
                continue
            if kind not in ("paragraph", "crosshead", "deck"):
                return None  # a deck line too: a heading right under the headline may be read as one
            stripped = text.strip()
            if stripped.endswith(":") and len(stripped.split()) <= _TOPIC_LINE_WORDS:
                labelled = self._label_line_names(seg, text.rstrip()[:-1])
                if labelled is not None:
                    return labelled  # "Ana Ruiz, Harbour Racing, p2:" over her words
                continue  # "On the second half:": a topic line between the heading and the words
            return self._heading_names(seg, text.rstrip())  # offsets as in the segment
        return None

    def _over_an_attribution_line(self, span: QuoteSpan) -> Evidence | None:
        """ "“...”" / "Ana Ruiz, Harbour FC striker, on her late winner": in a round-up of quotes, a
        paragraph that is only a quotation, with no tag, belongs to the person a line right after
        it names first -- a full name and a comma opening a line that is no sentence (no closing
        stop, no quotation marks, no verb of saying), a dash before it at most."""
        if span.open_pos > 2 or span.seg == SEG_DECK or span.is_partial:
            return None
        end_seg = (span.seg, span.end_index)
        if self.texts[end_seg][span.close_pos :].strip(" .,"):
            return None
        at = self.seg_order[end_seg] + 1
        while at < len(self.segments) and self.kinds.get(self.segments[at][0]) == "caption":
            at += 1
        if at >= len(self.segments):
            return None
        seg, text = self.segments[at]
        if self.kinds.get(seg) not in ("paragraph", "crosshead"):
            return None
        line = text.rstrip()
        if line.endswith((".", "!", "?", ":")) or any(mark in line for mark in '“”"‘'):
            return None
        lead = len(line) - len(line.lstrip("-–— "))
        named = [m for m in self.roster.mentions.get(seg, []) if not m.in_quote]
        if not named or named[0].start != lead or named[0].possessive or line[named[0].end : named[0].end + 1] != ",":
            return None
        if len(self.roster.people[named[0].person].name.split()) < 2:
            return None
        if any(t.lower in lexicon.REPORTING_VERBS for t in self.window(seg, 0, len(line))):
            return None
        return Evidence(named[0].person, "explicit", "attribution line")

    def _over_a_naming_sentence(self, span: QuoteSpan) -> Evidence | None:
        """ "“...”" / "The pitch at Kesby Park let Ana Ruiz down." / "“...”" / "Ivo Brandt has moved on.": in a
        round-up of the week's words that opens with a quotation, each paragraph that is only a
        quotation, with no tag, belongs to the one person the paragraph right under it names."""
        if self._words_first is None:
            self._words_first = self._round_up_of_words()
        person = self._words_first.get(self.seg_order[(span.seg, span.end_index)])
        if person is None or span.index != span.end_index or span.is_partial:
            return None
        return Evidence(person, "explicit", "naming sentence")

    def _round_up_of_words(self) -> dict[int, int]:
        """Paragraph order of each untagged quotation paragraph -> the person the next paragraph
        names, when the body opens with such a quotation and at least two such pairs follow each
        other (a paragraph naming one person, no quotation in it, after each); else empty."""
        body = [i for i, (seg, _) in enumerate(self.segments) if self.kinds.get(seg) in ("paragraph", "crosshead")]
        if len(body) < 4 or not self._only_a_quotation(self.segments[body[0]][0]):
            return {}
        pairs: dict[int, int] = {}
        for here, under in pairwise(body):
            seg, below = self.segments[here][0], self.segments[under][0]
            if not self._only_a_quotation(seg) or self.ranges.get(below):
                continue
            named = {m.person for m in self.roster.mentions.get(below, []) if not m.in_quote and not m.possessive}
            if len(named) == 1:
                pairs[here] = named.pop()
        if len(pairs) < 2 or body[0] not in pairs:
            return {}
        return pairs

    def _only_a_quotation(self, seg) -> bool:
        """A paragraph that is one untagged quotation from its first character to its last."""
        ranges = self.ranges.get(seg)
        if not ranges:
            return False
        text = self.texts[seg].rstrip()
        return ranges[0][0] <= 2 and ranges[-1][1] >= len(text) - 2 and len(ranges) == 1

    def _label_line_names(self, seg, text: str) -> Evidence | None:
        """The person a label line names ("Ana Ruiz, Harbour Racing, p2" before its colon): a full
        name opening the line, then a team or a result set off by a comma or a dash."""
        named = [m for m in self.roster.mentions.get(seg, []) if not m.in_quote]
        lead = len(text) - len(text.lstrip())
        if not named or named[0].start != lead or named[0].possessive:
            return None
        if len(self.roster.people[named[0].person].name.split()) < 2:
            return None
        if not _a_result_after_a_name(text, named[0].end):
            return None
        return Evidence(named[0].person, "explicit", "heading")

    def _heading_names(self, seg, text: str) -> Evidence | None:
        """The person a heading line names: capitalised title words at most, then a full name
        closing the line ("Visitors Head Coach Ana Ruiz"), or closing it before an aside in
        brackets ("Ana Ruiz (Harbour FC, two goals)"); None for any other line."""
        if text.endswith((".", "!", "?", ":")) or any(mark in text for mark in '“”"‘'):
            return None
        end = len(text)
        if text.endswith(")") and "(" in text:
            aside = text.rfind("(")
            if len(text[aside:].split()) > _HEADING_ASIDE_WORDS:
                return None
            end = len(text[:aside].rstrip())
        named = [m for m in self.roster.mentions.get(seg, []) if not m.in_quote and m.start < end]
        if (
            len(named) == 1
            and text[named[0].end : named[0].end + 1] != ","  # "Ana Ruiz, striker" under words is their tag
            and _a_result_after_a_name(text, named[0].end)
        ):
            end = named[0].end  # "Ana Ruiz (ESP) – gold", "Ana Ruiz – 2nd, 9.81": a result line's name
        if len(named) != 1 or named[0].possessive or named[0].end != end:
            return None
        lead = text[: named[0].start].split()
        if len(lead) > _HEADING_TITLE_WORDS or any(w.endswith("ing") for w in lead) or not _a_heading_title(lead):
            return None  # title words only (not "Remembering Ana Ruiz", a crosshead about her)
        if len(self.roster.people[named[0].person].name.split()) < 2:
            return None
        return Evidence(named[0].person, "explicit", "heading")

    def _under_a_soundbite_line(self, label: str) -> Evidence | None:
        """ "SOUNDBITE (ENGLISH): ANA RUIZ, mayor of Kesby" / “...”: a video script's label names
        the one speaking in the clip quoted under it, by full name or surname."""
        found = _SOUNDBITE.match(label)
        if found is None:
            return None
        words = found[1].lower().split()
        for i, person in enumerate(self.roster.people):
            name = person.name.lower().split()
            if name == words or (len(words) == 1 and name[-1:] == words):
                return Evidence(i, "explicit", "label")
        return None

    def _in_brackets_after_name(self, span: QuoteSpan) -> Evidence | None:
        """ "Ana Ruiz (“...”) and Ivo Brandt (“...”)": a quotation alone in brackets right after a
        name is that person's words."""
        if span.end_index != span.index:
            return None
        seg = (span.seg, span.index)
        text = self.texts[seg]
        bracket = span.open_pos - 1
        while bracket >= 0 and text[bracket] == " ":
            bracket -= 1
        if bracket < 1 or text[bracket] != "(" or text[span.close_pos : span.close_pos + 1] != ")":
            return None
        named = self.mentions(seg, max(0, bracket - 80), bracket)
        if not named or named[-1].possessive or text[named[-1].end : bracket].strip():
            return None
        return Evidence(named[-1].person, self._cue_for(seg, named[-1]), "bracket")

    def _continuation(self, span, seg, last_in_seg, last_speaker_seg, last_speaker) -> Evidence:
        if seg in last_in_seg:
            if self._written_up_by_someone(seg, span):
                return Evidence(None, "unnamed")
            toks = self.window(seg, span.sentence[0], span.open_pos)
            labelled = self._labelled_by_a_body(seg, toks) if toks else None
            if labelled is not None:
                return labelled  # "X defended it as “responsible” after the Opposition labelled it a “...”"
            return Evidence(last_in_seg[seg], "continuation")
        text = self.texts[seg]
        opens_paragraph = span.open_pos <= len(text) - len(text.lstrip()) or bracketed_note_before(text, span.open_pos)
        if opens_paragraph and span.seg != SEG_DECK:
            owned = self._owned_in_the_next_paragraph(span, "none")
            if owned is not None:
                return owned  # “...” / "That's how nurse Ana Ruiz described it": not the last speaker's
            prev_seg = self._previous_paragraph(seg)
            if prev_seg is not None:
                if _QA_QUESTION.match(self.texts[prev_seg]):
                    interviewee = self._interviewee()
                    if interviewee is not None:
                        return Evidence(interviewee, "answer")  # "Q: Why run now?" / “Honestly, ...”
                if prev_seg == last_speaker_seg:
                    if self.asked is not None:
                        return Evidence(self.asked, "answer")  # “Did you see it?” X asked Y. / “No.”
                    if self.questioner is not None and _is_question(span):
                        return Evidence(self.questioner, "question")  # “...,” she answered. / “And then?”
                    return Evidence(last_speaker, "continuation")
                if self._put_to_someone(prev_seg, span):
                    return Evidence(None, "question")
                answered = self._answer_to_a_reported_question(prev_seg, span)
                if answered is not None:
                    return answered
                owned = self._writing_owned_before(prev_seg)
                if owned is not None:
                    return owned
                talked_about = self._talked_about_continuation(span, (self.seg_order[seg], span.open_pos))
                if talked_about is not None:
                    return talked_about
                if self._a_group_talks_about_them(prev_seg, span):
                    return Evidence(None, "none")  # "Others describe Ivo as a joker. / “Ivo's the clown.”"
                if self._opened_by_the_speaker(prev_seg, last_speaker):
                    return Evidence(last_speaker, "continuation")
                narrated = self._narrated_before(prev_seg)
                if narrated is not None:
                    narrated.cue = "continuation"
                    return narrated
                reported = self._last_reporter(prev_seg)
                if reported is None:
                    reported = self._paragraph_topic(prev_seg)
                    if reported is not None and (
                        self._only_acted_upon(prev_seg, reported.speaker)
                        or self._named_in_the_words(span, reported.speaker)
                    ):
                        resumed = self._resumed_past(prev_seg, last_speaker_seg, last_speaker, reported.speaker)
                        if resumed is not None:
                            return resumed  # “...,” the chief said. / X, 40, was released on bail. / “...”
                if reported is not None:
                    return reported
                if self._unnamed_source_speaks(prev_seg):
                    return Evidence(None, "unnamed")  # "Police hit back through a spokeswoman. / “...”"
                resumed = self._resumed_speaker(seg, span.open_pos, last_speaker_seg, last_speaker)
                if resumed is not None:
                    return resumed
                named = self._only_person_named(prev_seg)
                if named is not None:
                    return named
            elif self._past_a_crosshead_after(seg, last_speaker_seg):
                return Evidence(last_speaker, "continuation")
            return Evidence(None, "none")
        # A partial quotation in a sentence about someone: that person's words.
        sa, _ = span.sentence
        toks = self.window(seg, sa, span.open_pos)
        if toks and toks[-1].lower in _HEARING_VERBS and not _punctuated(toks[-1]):
            return Evidence(None, "heard")  # "Ana Ruiz heard “Help!” from the river": not hers
        toks = _wording_verb_last(toks)
        if toks and toks[-1].lower in lexicon.WORDING_VERBS and toks[-1].trail.strip() in ("", ":", ","):
            authored = self._author_of_the_writing(seg, toks, (self.seg_order[seg], span.open_pos))
            if authored is not None:
                return authored
            authored = self._written_from(seg, toks) or self._kept_writing(toks, (self.seg_order[seg], span.open_pos))
            if authored is not None:
                return authored
            if len(toks) > 2 and toks[0].lower == "the" and toks[1].lower in _AUTHORED_NOUNS:
                # "X apologised for a post on Facebook. / The post, deleted on Friday, read: “...”": the
                # writing the sentence before introduced is its subject's
                authored = self._writing_introduced_before(toks[1].lower, (self.seg_order[seg], sa))
                if authored is not None:
                    authored.verb = "read"
                    return authored
            return Evidence(None, "wording")  # "Ana Ruiz found a note that read “no entry”": not hers
        if toks:
            labelled = self._labelled_by_a_body(seg, toks)
            if labelled is not None:
                return labelled
            evidence = self._sentence_topic(seg, toks, span.open_pos, pronoun=span.is_partial)
            if evidence is not None:
                return evidence
            if self._bridge_to_the_last_speaker(seg, toks, last_speaker_seg):
                resumed = self._resumed_speaker(seg, span.open_pos, last_speaker_seg, last_speaker)
                if resumed is not None:
                    return resumed  # "Then, after a pause: “...”"
            reported = self._reported_on_from_the_last_speaker(seg, span, last_speaker_seg, last_speaker)
            if reported is not None:
                return reported
        elif span.seg != SEG_DECK and sa > 0:
            # "..., the Spaniard shrugged. “What’s the point?”": the previous sentence's subject
            sents = self.sentences(seg)
            index = sentence_at(sents, sa)
            if index > 0:
                evidence = (
                    self._owner_asked_for(seg, *sents[index - 1])
                    or self._previous_sentence_subject(seg, *sents[index - 1])
                    or self._answer_to_a_narrated_question(seg, *sents[index - 1])
                )
                if evidence is not None:
                    return evidence
            resumed = self._resumed_speaker(seg, span.open_pos, last_speaker_seg, last_speaker)
            if resumed is not None:
                return resumed
        return Evidence(None, "none")

    def _opened_by_the_speaker(self, seg, speaker: int | None) -> bool:
        """ "Ruiz was full of praise for Brandt, who beat Ivo Kesby and ... / “Really steady.”": a paragraph
        with no quotation whose subject, opening it, is the one who spoke last; the people named
        further on (in a relative clause, as objects) do not take the next untagged words."""
        if speaker is None or self.ranges.get(seg):
            return False
        text = self.texts[seg]
        named = [m for m in self.roster.mentions.get(seg, []) if not m.in_quote]
        lead = len(text) - len(text.lstrip())
        if not named or named[0].start != lead or named[0].person != speaker or named[0].possessive:
            return False
        after = text[named[0].end :].split(maxsplit=1)
        return bool(after) and after[0].islower() and after[0] not in lexicon.REPORTING_VERBS

    def _owner_asked_for(self, seg, pa: int, pb: int) -> Evidence | None:
        """ "Ana Ruiz's response? “...”", "Her answer? “...”": a sentence of a few words asking for
        someone's reply (a possessive and a speech noun, then a question mark) before words with no
        cue of their own gives them to that owner."""
        words = self.window(seg, pa, pb)
        if not 2 <= len(words) <= 5 or words[-1].lower not in lexicon.SPEECH_NOUNS:
            return None
        if not words[-1].trail.startswith("?") or any(_punctuated(t) for t in words[:-1]):
            return None
        owner = words[-2]
        if owner.lower in ("his", "her"):
            person = self.resolve_pronoun("he" if owner.lower == "his" else "she", (self.seg_order[seg], pa))
            return Evidence(person, "pronoun", words[-1].lower) if person is not None else None
        if not owner.possessive:
            return None
        named = self.mentions(seg, words[0].start, owner.end)
        if not named or not named[-1].possessive or named[-1].end < owner.start:
            return None
        return Evidence(named[-1].person, self._cue_for(seg, named[-1]), words[-1].lower)

    def _previous_sentence_subject(self, seg, pa: int, pb: int) -> Evidence | None:
        """The subject of the narrative sentence before a quotation with no cue ("..., the Spaniard
        shrugged. “What’s the point?”"): a name, a pronoun or a spouse."""
        words = self.window(seg, pa, pb)
        mentions = [m for m in self.mentions(seg, pa, pb) if m.prev not in lexicon.PREPOSITIONS and not m.possessive]
        pronoun = next((t for t in words if t.lower in ("he", "she")), None)
        if not mentions:
            spouse = self._relative_named(words, (self.seg_order[seg], pa))
            if spouse is not None:
                return Evidence(spouse, "subject")  # "Her husband agreed. “...”"
            if words and _asked_opener(words):
                role = self._role_after_the_asked_clause(seg, words, (self.seg_order[seg], pa))
                if role is not None:
                    return role  # "Asked what he thought of it, the veteran smiled.": the veteran
        if mentions and words and _asked_opener(words):
            pronoun = None  # "Asked whether he would retire, Ana Ruiz shrugged.": he is she
            later = _past_the_asked_clause(words, mentions)
            role = None if later else self._role_after_the_asked_clause(seg, words, (self.seg_order[seg], pa))
            if role is not None:
                return role  # "Asked whether X would start, the coach smiled.": the coach
            mentions = later or mentions
            pronoun = _pronoun_after_an_apposition(words, mentions[0])
            if pronoun is not None:
                mentions = []  # "Asked about the referee, Ivo Brandt, he shrugged.": he, not Brandt
        tag = _closing_tag(words)
        if tag is not None:
            pronoun, mentions = tag, []  # "His wife, Ana Ruiz, loves it here, he added.": he goes on
        elif not mentions and pronoun is not None and words[0].lower == "the":
            role = self._role_opening(seg, words, (self.seg_order[seg], pa))
            if role is not None:
                return role  # "The chief was asked whether she would stay.": the chief, who comes first
        if mentions and (pronoun is None or mentions[0].start < pronoun.start):
            return Evidence(mentions[0].person, "subject")
        if pronoun is not None:
            person = self.resolve_pronoun(pronoun.lower, (self.seg_order[seg], pa))
            if person is not None:
                return Evidence(person, "pronoun")
        if mentions:  # "Asked if he would run, Ana Ruiz laughed. “Never.”": no one before her
            return Evidence(mentions[0].person, "subject")
        return self._role_opening(seg, words, (self.seg_order[seg], pa))  # "The teacher shrugs off the praise."

    def _role_opening(self, seg, words: list[Token], order) -> Evidence | None:
        """ "The teacher shrugs off the praise.": "the", up to two modifiers and a role noun opening
        the sentence, a lower-case verb after it -- the one holding that role."""
        if len(words) < 3 or words[0].lower != "the":
            return None
        j = next((i for i in range(1, min(len(words) - 1, 4)) if _role_or_trade(words[i].lower)), -1)
        if j < 0 or any(_punctuated(t) for t in words[:j]) or not words[j + 1].core.islower():
            return None
        evidence = self._subject(seg, words, 0, j + 1, order)
        return evidence if evidence is not None and evidence.speaker is not None else None

    def _narrated_before(self, prev_seg) -> Evidence | None:
        """A quotation opening a paragraph with no cue, after a paragraph of narration (no quotation)
        whose last sentence opens with "Asked ...", "he"/"she" or "the" and a role ("Asked what
        she got wrong, she laughs." / “How long have you got?”): that sentence's subject speaks."""
        if self.ranges.get(prev_seg):
            return None
        sents = self.sentences(prev_seg)
        if not sents:
            return None
        pa, pb = sents[-1]
        words = self.window(prev_seg, pa, pb)
        if not words or words[-1].core[-1:] in ("?", ":"):
            return None
        first = words[0].lower
        if len(words) > 2 and words[1].lower in lexicon.SPEECH_NOUNS and not _punctuated(words[0]):
            owned = self._owner_of_the_reply(prev_seg, words, (self.seg_order[prev_seg], pa))
            if owned is not None:
                return owned  # "Her response was short. / “Nothing to add.”"
        if not (_asked_opener(words) or first in ("he", "she") or (first == "the" and len(words) > 2)):
            return None
        text = self.texts[prev_seg]
        for m in self.mentions(prev_seg, pa, pb):
            said = None if m.possessive or m.in_quote else _WHO_SAID.match(text, m.end)
            if said is not None and said.group(1).lower() in lexicon.REPORTING_VERBS:
                # "She was followed by the fire chief, Ivo Brandt, who said ...": his words go on
                return Evidence(m.person, "continuation", said.group(1).lower())
        return self._previous_sentence_subject(prev_seg, pa, pb)

    def _owner_of_the_reply(self, seg, words: list[Token], order) -> Evidence | None:
        """The owner of "Her response", "His answer", "Ana Ruiz's reply" opening a sentence."""
        owner = words[0]
        if owner.lower in ("his", "her"):
            person = self.resolve_pronoun("he" if owner.lower == "his" else "she", order)
            return Evidence(person, "pronoun", words[1].lower) if person is not None else None
        if not owner.possessive:
            return None
        named = self.mentions(seg, owner.start, owner.end)
        if not named or not named[0].possessive:
            return None
        return Evidence(named[0].person, self._cue_for(seg, named[0]), words[1].lower)

    def _author_of_the_writing(self, seg, toks: list[Token], order: tuple[int, int]) -> Evidence | None:
        """ "He sent her a text message which read: “...”", "His last entry in the log read: “...”":
        writing of someone's own (a message, a letter, an entry; not a sign) whose words follow
        "read" is its author's: the owner "his", "her" or "X's" before the noun stands for, else
        the person or pronoun opening the sentence (who sent it; not one who found or got it)."""
        k = next((i for i in range(len(toks) - 2, max(-1, len(toks) - 16), -1) if toks[i].lower in _AUTHORED_NOUNS), -1)
        if k < 0:
            return None
        sender = self._writing_from(seg, toks, k)
        if sender is not None or any(t.lower in _FINDING_VERBS for t in toks[:k]):
            return sender
        j = k - 1
        while j >= 0 and toks[j].core.islower() and not _punctuated(toks[j]) and toks[j].lower not in _OWNER_WORDS:
            j -= 1  # "his last entry", "a text message"
        if j >= 0 and toks[j].lower in ("his", "her"):
            person = self.resolve_pronoun("he" if toks[j].lower == "his" else "she", (order[0], toks[j].start))
            return Evidence(person, "pronoun", "read") if person is not None else None
        if j >= 0 and toks[j].possessive:
            named = [
                m for m in self.mentions(seg, toks[0].start, toks[j].end) if m.possessive and m.end >= toks[j].start
            ]
            return Evidence(named[-1].person, self._cue_for(seg, named[-1]), "read") if named else None
        if toks[0].lower in ("he", "she"):
            person = self.resolve_pronoun(toks[0].lower, (order[0], toks[0].start))
            return Evidence(person, "pronoun", "read") if person is not None else None
        named = self.mentions(seg, toks[0].start, toks[k].start)
        if named and not named[0].possessive and all(_title_like(t) for t in toks if t.start < named[0].start):
            return Evidence(named[0].person, self._cue_for(seg, named[0]), "read")
        return None

    def _role_after_the_asked_clause(self, seg, words: list[Token], order) -> Evidence | None:
        """ "Asked whether Ivo Brandt would start, the coach smiled.": "the" and a role right after
        the opening clause's comma -- the one holding that role, not the one asked about."""
        c = next((i for i, t in enumerate(words) if t.trail.startswith(",")), -1)
        if c < 0 or c + 2 >= len(words) or words[c + 1].lower != "the":
            return None
        j = next((i for i in range(c + 2, min(len(words), c + 5)) if _role_or_trade(words[i].lower)), -1)
        if j < 0 or any(_punctuated(t) for t in words[c + 1 : j]):
            return None
        while j + 1 < len(words) and not _punctuated(words[j]) and _role_or_trade(words[j + 1].lower):
            j += 1  # "the veteran lawmaker": the whole role, not its first word
        evidence = self._subject(seg, words, c + 1, j + 1, order)
        own = words[j + 1 : j + 6]
        pronoun = next(
            (t.lower for t, u in pairwise(own) if t.lower in _OWN_PRONOUNS and not t.trail and u.core.islower()), ""
        )
        gender = _OWN_PRONOUNS.get(pronoun, "")
        if (
            gender
            and evidence is not None
            and evidence.speaker is not None
            and self.roster.people[evidence.speaker].pronoun not in ("", gender)
        ):
            # "..., the veteran lawmaker chose her words": not the man who holds the role too
            person = self.resolve_role([t.lower for t in words[c + 1 : j + 1]], order, gender=gender)
            return Evidence(person, "role") if person is not None else None
        return evidence if evidence is not None and evidence.speaker is not None else None

    def _written_from(self, seg, toks: list[Token]) -> Evidence | None:
        """ "One, from Ana Ruiz, dated May 1965, reads in part: “...”": the person the writing is
        from, named after "from" before the verb of reading (toks ends with it), wrote the words."""
        for m in self.mentions(seg, toks[0].start, toks[-1].start):
            if m.prev == "from" and not m.possessive:
                return Evidence(m.person, self._cue_for(seg, m), "read")
        return None

    def _kept_writing(self, toks: list[Token], order: tuple[int, int]) -> Evidence | None:
        """ "The last entry reads: “...”": "the" and an entry, a page or the writing itself, when
        someone kept a diary or notebook just before -- the keeper's words."""
        if toks[0].lower != "the" or not any(t.lower in _AUTHORED_NOUNS or t.lower in _KEPT_WRITINGS for t in toks):
            return None
        return self._keeper_of_the_writing(order)

    def _keeper_of_the_writing(self, order: tuple[int, int]) -> Evidence | None:
        """ "Ana Ruiz kept a diary that year. / “...,” it reads.": the subject of "kept a diary",
        "keeps a notebook" (a journal, a log) in this paragraph before `order` or in the one before."""
        pos, at = order
        for i in (pos, pos - 1):
            if i < 0:
                return None
            seg = self.segments[i][0]
            end = at if i == pos else len(self.texts[seg])
            for a, b in reversed(self.sentences(seg)):
                if a >= end:
                    continue
                toks = self.window(seg, a, min(b, end))
                for k, tok in enumerate(toks[:-1]):
                    if tok.lower in _KEEPING and any(t.lower in _KEPT_WRITINGS for t in toks[k + 1 : k + 4]):
                        if k > 0 and toks[k - 1].lower in ("he", "she"):  # "In her last years she kept"
                            person = self.resolve_pronoun(toks[k - 1].lower, (i, toks[k - 1].start))
                            return Evidence(person, "pronoun", "read") if person is not None else None
                        evidence = self._subject(seg, toks, 0, k, (i, toks[0].start)) if k > 0 else None
                        return evidence if evidence is not None and evidence.speaker is not None else None
        return None

    def _writing_owned_before(self, prev_seg) -> Evidence | None:
        """ "Her diary from that summer is still on the shelf. / “July 14. No rain.”": a paragraph
        whose last sentence opens with someone's diary, letter or notebook, then a paragraph that is
        only a quotation -- the writing's words, so its owner's."""
        a, b = self.sentences(prev_seg)[-1]
        toks = self.window(prev_seg, a, b)
        k = 1
        while k < min(len(toks), 4) and toks[k].core.islower() and not _punctuated(toks[k - 1]):
            if toks[k].lower in _KEPT_WRITINGS or toks[k].lower in ("letter", "letters"):
                break
            k += 1
        else:
            return None
        if toks[0].lower in ("his", "her"):
            order = (self.seg_order[prev_seg], toks[0].start)
            person = self.resolve_pronoun("he" if toks[0].lower == "his" else "she", order)
            return Evidence(person, "pronoun", "read") if person is not None else None
        named = self.mentions(prev_seg, toks[0].start, toks[0].end)
        if k == 1 and named and named[0].possessive:
            return Evidence(named[0].person, self._cue_for(prev_seg, named[0]), "read")
        return None

    def _writing_from(self, seg, toks: list[Token], k: int) -> Evidence | None:
        """ "Police found a text message from Ana Ruiz to Ivo Brandt, which read “...”": writing
        (toks[k]) "from" someone named is theirs, whoever found it."""
        if k + 2 >= len(toks) or toks[k + 1].lower != "from" or _punctuated(toks[k]) or _punctuated(toks[k + 1]):
            return None
        named = self.mentions(seg, toks[k + 2].start, toks[min(len(toks), k + 6) - 1].end)
        if (
            not named
            or named[0].possessive
            or not all(_title_like(t) for t in toks[k + 2 :] if t.start < named[0].start)
        ):
            return None
        return Evidence(named[0].person, self._cue_for(seg, named[0]), "read")

    def _signed_in_the_next_sentence(self, seg, verb: Token) -> Evidence | None:
        """ "“...,” the letter said. It was signed by the firm's head of logistics, Ana Ruiz.": the
        signer the next sentence names wrote the words."""
        sents = self.sentences(seg)
        end = sents[sentence_at(sents, verb.start)][1]
        text = self.texts[seg]
        signed = _SIGNED_BY.match(text, end)
        if signed is None:
            return None
        for m in self.mentions(seg, signed.end(), signed.end() + 80):
            if _NOT_THE_SIGNER.search(text, signed.end(), m.start):
                return None  # "It was written by lawyers to Ana Ruiz": the one it went to
            if not m.possessive:
                return Evidence(m.person, self._cue_for(seg, m), "read")
        return None

    def _statement_issued_before(self, order: tuple[int, int]) -> Evidence | None:
        """ "Director X issued a rare statement. / “...,” it said.": "it" is the statement (a letter,
        a post) the sentence before introduced, so its words are the one who issued it."""
        before = self._sentence_before(order)
        if before is None:
            return None
        seg, a, b, _ = before
        noun = next((t.lower for t in self.window(seg, a, b) if t.lower in _STATEMENT_NOUNS), None)
        return self._writing_introduced_before(noun, order) if noun is not None else None

    def _speaker_in_a_writing_before(self, det: Token, noun: str, order: tuple[int, int]) -> Evidence | None:
        """ "“...,” the governor said in a statement. / He accused ... / “...,” the statement read in
        part.": "the statement" is the one the latest quotation, up to three paragraphs back, was said
        "in" -- its speaker's."""
        if det.lower != "the" or noun not in _STATEMENT_NOUNS or not self.speakers:
            return None
        last = self.speakers[-1]
        if last.order >= order or order[0] - last.order[0] > 3:
            return None
        text = self.texts[self.segments[last.order[0]][0]]
        return Evidence(last.person, "continuation") if f" in a {noun}" in text else None

    def _sender_named_before(self, noun: str, order: tuple[int, int]) -> Evidence | None:
        """ "X's office published the letter he sent in 2019 ...": the writing named in the
        sentence before, then "he"/"she" or a name and a verb of sending or writing, is that one's."""
        before = self._sentence_before(order)
        if before is None:
            return None
        seg, a, b, _ = before
        toks = self.window(seg, a, b)
        for i in range(len(toks) - 2):
            if toks[i].lower != noun or toks[i].trail or toks[i + 2].lower not in _SENDING_VERBS:
                continue
            writer = toks[i + 1]
            if writer.lower in ("he", "she"):
                person = self.resolve_pronoun(writer.lower, (self.seg_order[seg], writer.start))
                return Evidence(person, "pronoun") if person is not None else None
            named = [m for m in self.mentions(seg, writer.start, writer.end) if not m.possessive]
            return Evidence(named[0].person, self._cue_for(seg, named[0])) if named else None
        return None

    def _writing_introduced_before(self, noun: str, order: tuple[int, int]) -> Evidence | None:
        """ "Ana Ruiz thanked the crew in a post online. / “...,” the post read.": the writing the
        sentence before introduced ("a post", "a letter") is the one its subject wrote; so it is
        when the sentence opens with it ("In a letter sent on Tuesday, Ana Ruiz said ...")."""
        before = self._sentence_before(order)
        if before is None:
            return None
        seg, a, b, _ = before
        toks = self.window(seg, a, b)
        at = next((i for i, t in enumerate(toks) if t.lower == noun and i > 0 and _after_an_indefinite(toks, i)), -1)
        if at < 0 or any(t.lower in _FINDING_VERBS for t in toks[:at]):
            return None
        lead = toks
        if 2 <= at <= 4 and toks[0].lower == "in" and all(t.core.islower() and not t.trail for t in toks[1:at]):
            return self._subject_after_an_opening_phrase(seg, toks, at, b)
        else:
            named = self.mentions(seg, a, toks[at].start)
        if not named or named[0].possessive:
            return None
        if not all(
            _title_like(t)
            or (t.lower in ("of", "for") and not t.trail.strip())  # "Director of National Intelligence X"
            for t in lead
            if t.start < named[0].start
        ) and not (
            self._role_in_apposition(seg, a, named[0].start)  # "The city's auditor, Ana Ruiz, said in a statement"
        ):
            return None
        return Evidence(named[0].person, self._cue_for(seg, named[0]))

    def _subject_after_an_opening_phrase(self, seg, toks: list[Token], at: int, b: int) -> Evidence | None:
        """ "In a brief statement read by his daughter, Tess, at the hospital, he thanked ...": the
        subject after the commas of the opening phrase (toks[at] its noun) -- a name, or a pronoun
        resolved from the sentence's start; not a name in apposition to a person noun ("his
        daughter, Tess,")."""
        for c in range(at, len(toks) - 1):
            if not toks[c].trail.startswith(","):
                continue
            subject = toks[c + 1]
            if subject.lower in ("he", "she") and not subject.trail:
                person = self.resolve_pronoun(subject.lower, (self.seg_order[seg], toks[0].start))
                return Evidence(person, "pronoun") if person is not None else None
            described = (
                (subject.lower in lexicon.POSSESSIVE_DETERMINERS or subject.lower == "the")
                and c + 3 < len(toks)
                and toks[c + 2].trail == ","
                and (toks[c + 2].lower in lexicon.ROLE_NOUNS or toks[c + 2].lower in lexicon.KIN_NOUNS)
            )
            if described:
                subject = toks[c + 3]  # "In a statement, his sister, Lena Orrin, thanked ...": her
            named = self.mentions(seg, subject.start, b)
            if (
                not named
                or named[0].possessive
                or not all(_title_like(t) for t in toks[c + 1 :] if subject.start <= t.start < named[0].start)
            ):
                continue  # but "In a statement, Police Chief Ana Ruiz said": the chief
            if described:
                return Evidence(named[0].person, self._cue_for(seg, named[0]))
            if toks[c].core.islower() and (toks[c].lower in lexicon.ROLE_NOUNS or toks[c].lower in lexicon.KIN_NOUNS):
                end = next((t for t in toks[c + 1 :] if t.end >= named[0].end), None)
                if end is None or end.trail.startswith(","):
                    continue  # "read by his daughter, Tess,": her name, in apposition
            return Evidence(named[0].person, self._cue_for(seg, named[0]))
        return None

    def _written_up_by_someone(self, seg, span: QuoteSpan) -> bool:
        """ "“...,” Ana Ruiz said. Someone had chalked on the wall: “...”": the quotation's
        sentence opens with a short clause ending in a colon whose subject is an unnamed someone
        (naming no one, with no pronoun) -- that someone's words, not the last speaker's."""
        sa = span.sentence[0]
        text = self.texts[seg]
        if not text[sa : span.open_pos].rstrip().endswith(":"):
            return False
        toks = self.window(seg, sa, span.open_pos)
        return (
            len(toks) <= 12
            and any(t.lower in _SOMEONE for t in toks)
            and not any(t.lower in lexicon.SUBJECT_PRONOUNS for t in toks)
            and not self.mentions(seg, sa, span.open_pos)
        )

    def _bridge_to_the_last_speaker(self, seg, toks: list[Token], last_speaker_seg) -> bool:
        """ "“Yes,” Ana Ruiz said. / Then, after a pause and a smile: “I am kidding.”": a paragraph
        opening with a short narrative bridge that ends in a colon, names no one, and has no verb
        of saying, noun of writing or chanting, or subject (a pronoun, "someone"), right after the
        last speaker's paragraph."""
        if toks[0].start > 0 and self.texts[seg][: toks[0].start].strip():
            return False
        if len(toks) > 12 or not toks[-1].trail.startswith(":") or self._previous_paragraph(seg) != last_speaker_seg:
            return False
        return not self.mentions(seg, 0, toks[-1].end) and not any(
            t.lower in lexicon.REPORTING_VERBS
            or t.lower in lexicon.WRITTEN_NOUNS
            or t.lower in lexicon.CROWD_NOUNS
            or t.lower in lexicon.SUBJECT_PRONOUNS
            or t.lower in _SOMEONE  # "someone had chalked on the wall:": an unnamed writer
            for t in toks
        )

    def _reported_on_from_the_last_speaker(
        self, seg, span: QuoteSpan, last_speaker_seg, last_speaker
    ) -> Evidence | None:
        """ "“We bought it for the quiet,” resident Ana Ruiz said. / The quarry would change all that,
        “badly disrupting” life on the hill.": a few quoted words inside a sentence of reported speech (a
        "would", "could", "should" or "might" before them), in a paragraph that names no one and has no verb of
        saying, pronoun subject, sign or crowd, right after the last speaker's paragraph, go on in
        that speaker's words."""
        if last_speaker is None or not span.is_partial or span.end_index != span.index:
            return None
        if self._previous_paragraph(seg) != last_speaker_seg:
            return None
        text = self.texts[seg]
        if self.mentions(seg, 0, len(text)):
            return None
        if any(
            t.lower in lexicon.REPORTING_VERBS
            or t.lower in lexicon.SUBJECT_PRONOUNS
            or t.lower in lexicon.WRITTEN_NOUNS
            or t.lower in lexicon.CROWD_NOUNS
            or t.lower in _SOMEONE
            for t in self.window(seg, 0, len(text))
        ):
            return None
        if not any(t.lower in _REPORTED_MODALS for t in self.window(seg, span.sentence[0], span.open_pos)):
            return None
        return Evidence(last_speaker, "continuation")

    def _put_to_someone(self, prev_seg, span: QuoteSpan) -> bool:
        """ "Coach Ana Ruiz was asked the obvious question. / “Is Ivo your starter?”": a question
        with no cue after a paragraph whose last verb of saying is a passive "asked" -- the
        reporter's question, not the words of the one asked."""
        if not span.text.rstrip(" \"'\u201d\u2019").endswith("?"):
            return False
        toks = self.window(prev_seg, 0, len(self.texts[prev_seg]))  # every token outside quotations
        for k in range(len(toks) - 1, 0, -1):
            if toks[k].lower in lexicon.REPORTING_VERBS and toks[k].core.islower():
                return toks[k].lower in _ASKING_VERBS and toks[k - 1].lower in _BE_FORMS
        return False

    def _answer_to_a_reported_question(self, prev_seg, span: QuoteSpan) -> Evidence | None:
        """ "Committee chair Ana Ruiz asked whether anyone would be sacked. / “I will not offer up a
        scalp.”": words with no cue (not a question) after a paragraph of narration whose last
        sentence has a named person ask whether, why or how ... answer that question: they are the
        one asked -- named right after "asked", else the latest other person in subject position
        or speaking within the two paragraphs before."""
        if self.ranges.get(prev_seg) or _is_question(span):
            return None
        sents = self.sentences(prev_seg)
        if not sents:
            return None
        pa, pb = sents[-1]
        words = self.window(prev_seg, pa, pb)
        k = next((i for i in range(1, len(words) - 1) if words[i].lower in ("asked", "asks")), 0)
        if not k or _punctuated(words[k]) or words[k - 1].lower in _BE_FORMS:
            return None
        named = [m for m in self.mentions(prev_seg, pa, words[k].start) if not m.possessive]
        if not named or named[0].start != words[0].start and not self._titles_only(prev_seg, pa, named[0].start):
            return None  # (the asker named first in the sentence, behind a title at most)
        asker = named[-1].person
        if self.speakers and self.speakers[-1].person == asker:
            return None  # the asker has just spoken: the words may go on from her
        if words[k + 1].lower in _QUESTION_WORDS:
            person = self._put_to_after(asker, (self.seg_order[prev_seg], pa))
            return Evidence(person, "answer") if person is not None else None
        asked = self.mentions(prev_seg, words[k + 1].start, pb)
        if not asked or asked[0].possessive or asked[0].person == asker:
            return None
        if asked[0].start == words[k + 1].start or self._titles_only(prev_seg, words[k + 1].start, asked[0].start):
            return Evidence(asked[0].person, "answer")  # "asked (finance director) Ana Ruiz about ..."
        return None

    def _answer_to_a_narrated_question(self, seg, pa: int, pb: int) -> Evidence | None:
        """ "Was a tax rise off the table? “Completely.”": a question the narration puts, naming no
        one and quoting nothing, before words with no cue: the interviewee's answer -- the latest
        person in subject position (or speaking) within this paragraph or the two before."""
        words = self.window(seg, pa, pb)
        if len(words) < 3 or not words[-1].trail.startswith("?") or self.mentions(seg, pa, pb):
            return None
        if any(r[0] < pb and r[1] > pa for r in self.ranges.get(seg, [])):
            return None
        person = self._put_to_after(None, (self.seg_order[seg], pa))
        return Evidence(person, "answer") if person is not None else None

    def _put_to_after(self, asker: int | None, order: tuple[int, int]) -> int | None:
        """The latest person other than `asker` in subject position (or speaking) before `order`,
        within its paragraph or the two before."""
        for event in islice(self._events_before(order), _MAX_BACK_EVENTS):
            if order[0] - event.order[0] > 2:
                return None
            if event.person != asker:
                return event.person
        return None

    def _said_in_a_who_clause(self, seg, toks: list[Token]) -> Evidence | None:
        """ "..., said Sen. Tom Vale, about the comment from aide Lia Dorn who dismissed his concerns
        because “he is leaving anyway.”": words closing a "who" clause on a named person, whose verb
        (right after "who", past an auxiliary) is one of saying or judging, with no one else named
        and no stop between, are that person's -- not the sentence's tag subject's."""
        w = next((j for j in range(len(toks) - 2, 0, -1) if toks[j].lower == "who"), -1)
        if w < 1 or any(ch in t.trail for t in toks[w:-1] for ch in ".;:!?\u2014("):
            return None
        v = w + 1
        if toks[v].lower in _WHO_AUXILIARIES and v + 1 < len(toks):
            v += 1
        if toks[v].lower not in lexicon.REPORTING_VERBS and toks[v].lower not in _JUDGING_VERBS:
            return None
        owner = [
            m for m in self.mentions(seg, toks[max(0, w - 5)].start, toks[w - 1].end) if m.end >= toks[w - 1].start
        ]
        if len(owner) != 1 or owner[0].possessive or owner[0].in_quote:
            return None
        if any(not m.possessive for m in self.mentions(seg, toks[w].end, toks[-1].end)):
            return None  # "X, who told Y “...”": Y named after the verb ("Y's concerns" is no speaker)
        return Evidence(owner[0].person, self._cue_for(seg, owner[0]), toks[v].lower)

    def _relative_opening_the_last_clause(self, seg, toks: list[Token], order) -> Evidence | None:
        """ "After Ivo Brandt took the county title, his grandmother was worried he would “get too big
        for his boots”": the clause before the words opens with "his"/"her"/"their" and a relative, then a verb
        of saying (or "was concerned", "was worried"), and no one is named between it and the words --
        the relative's words (the relative the story names, else no one's), not the name earlier."""
        lo = next((j + 1 for j in range(len(toks) - 2, -1, -1) if toks[j].trail.strip() in (",", ";")), 0)
        if len(toks) - lo < 4 or toks[lo].lower not in ("his", "her", "their"):
            return None
        kin = toks[lo + 1].lower
        if toks[lo].trail or (kin not in lexicon.KIN_NOUNS and kin not in _SPOUSE_NOUNS):
            return None
        verb = toks[lo + 2]
        worried = verb.lower in ("was", "were") and toks[lo + 3].lower in _WORRIED
        if not (verb.lower in lexicon.REPORTING_VERBS or worried) or verb.trail.strip():
            return None
        if self.mentions(seg, toks[lo + 2].start, toks[-1].end):
            return None  # "his mother said Ana Ruiz told her “...”": the one named after speaks
        person = self._relative_named(toks[lo : lo + 2], order)
        return Evidence(person, "role" if person is not None else "unnamed", toks[lo + 3 if worried else lo + 2].lower)

    def _relative_named(self, words: list[Token], order: tuple[int, int]) -> int | None:
        """ "Her husband agreed.", "His mother laughed.": the one person other than her with her
        surname (a couple named together: "Priya and Dev Chauhan"), when the sentence opens with
        "her/his" and a spouse or a close relative."""
        if len(words) < 2 or words[0].lower not in ("her", "his"):
            return None
        if words[1].lower not in _SPOUSE_NOUNS and words[1].lower not in lexicon.KIN_NOUNS:
            return None
        owner = self.resolve_pronoun("she" if words[0].lower == "her" else "he", order)
        if owner is None:
            return None
        surname = self.roster.people[owner].name.split()[-1]
        others = [
            i
            for i, person in enumerate(self.roster.people)
            if i != owner and len(person.name.split()) > 1 and person.name.split()[-1] == surname
        ]
        if not others:
            # "her 16-year-old daughter Ella": the one the story titles by that relation
            others = [i for i, title in enumerate(self.titles) if i != owner and words[1].lower in title]
        return others[0] if len(others) == 1 else None

    def _resumed_speaker(self, seg, pos: int, last_speaker_seg, last_speaker) -> Evidence | None:
        """A quotation with no cue after narrative that names nobody ("It was the third outage
        this month. “We can’t keep doing this.”"): the speaker of the quotations just before,
        when they spoke in one of the last three paragraphs and no one else has been named since."""
        if last_speaker is None or last_speaker_seg is None or last_speaker_seg[0] == SEG_DECK:
            return None
        start, here = self.seg_order[last_speaker_seg], self.seg_order[seg]
        if not 0 <= here - start <= _RESUME_SEGMENTS:
            return None
        ranges = self.ranges.get(last_speaker_seg, [])
        after = ranges[-1][1] if ranges else 0
        for index in range(start, here + 1):
            key = self.segments[index][0]
            if self.kinds.get(key) not in ("paragraph", None):
                return None
            lo = after if index == start else 0
            hi = pos if index == here else len(self.texts[key])
            if any(m.person != last_speaker for m in self.mentions(key, lo, hi)):
                return None
        return Evidence(last_speaker, "continuation")

    def _sentence_topic(self, seg, toks: list[Token], end: int, pronoun: bool = False) -> Evidence | None:
        """The person a sentence is about, from the words before a quotation in it: a named
        subject, possibly behind its title ("Business owner Ana Lorca was ..."), or a role
        subject ("A county judge has ...") resolved to the person holding that role."""
        # "CHENNAI — Chief Minister X accused ...": a paragraph's dateline is not part of its sentence
        text = self.texts[seg]
        if not text[: toks[0].start].strip():
            skip = toks[0].start + dateline_length(text[toks[0].start : end])
            toks = [t for t in toks if t.start >= skip] or toks
        thanked = self._object_in_apposition_before(seg, toks, end)
        if thanked is not None:
            return thanked
        # "At the meeting, Cllr X described ...": a leading phrase set off by a comma is skipped
        for k in range(len(toks) - 1, -1, -1):
            if toks[k].trail.startswith(",") and k + 1 < len(toks):
                mentions_after = self.mentions(seg, toks[k + 1].start, end)
                if mentions_after and all(_title_like(t) for t in toks[k + 1 :] if t.start < mentions_after[0].start):
                    toks = toks[k + 1 :]
                break
        mentions = [
            m for m in self.mentions(seg, toks[0].start, end) if m.prev not in lexicon.PREPOSITIONS and not m.possessive
        ]
        if mentions:
            lead = [t for t in toks if t.start < mentions[0].start]
            if _target_of_a_passive(toks, mentions[0].end):
                return None  # "Tom Reed was accused of “lying”": the words of his accusers
            if _described_after_the_copula(toks, mentions[0].end, text, end):
                return None  # "White, 22, was “a T-shirt and jeans girl”": those who knew her say so
            # "Sinn Féin's Mary Walsh accused him of “...”": her party's name before her
            owned = bool(lead) and lead[-1].possessive and all(t.core[:1].isupper() for t in lead)
            if all(_title_like(t) for t in lead) or owned or _role_set_off_before(lead):
                return Evidence(mentions[0].person, "subject")
            return None
        if pronoun and toks[0].lower in lexicon.PERSON_PRONOUNS:
            # "She was “frankly appalled”": a fragment in a sentence about her (not "He went on: “...”")
            person = self.resolve_pronoun(toks[0].lower, (self.seg_order[seg], toks[0].start))
            return Evidence(person, "pronoun") if person is not None else None
        if pronoun and _left_in_a_state(toks):
            # "The cuts had left her “deeply upset”": a feeling she put in those words
            person = self.resolve_pronoun(_SUBJECT_OF[toks[-1].lower], (self.seg_order[seg], toks[-1].start))
            return Evidence(person, "pronoun") if person is not None else None
        # "A crown court judge has ...": a determiner, a few modifiers, then a role noun
        if toks[0].lower not in ("a", "an", "the"):
            return None
        k = 1
        while k < len(toks) and k < 6 and toks[k].lower not in lexicon.ROLE_NOUNS and not toks[k].trail.strip():
            k += 1
        if k >= len(toks) or toks[k].lower not in lexicon.ROLE_NOUNS or toks[k].trail.strip():
            return None
        k += 1
        words = [t.lower for t in toks[:k]]
        person = self.resolve_role(words, (self.seg_order[seg], toks[0].start), look_ahead=True)
        return Evidence(person, "role") if person is not None else None

    def _only_acted_upon(self, seg, person: int) -> bool:
        """Every mention of `person` in the paragraph is the subject of a passive ("Ivo Brandt, 40,
        was released on bail", "Brandt had been arrested"): told of, not someone who speaks."""
        text = self.texts[seg]
        found = False
        for m in self.mentions(seg, 0, len(text)):
            if m.person != person:
                continue
            passive = _PASSIVE_AFTER.match(text, m.end)
            if passive is None or m.possessive:
                return False
            word = passive.group(1).lower()
            if not (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES):
                return False
            found = True
        return found

    def _a_group_talks_about_them(self, prev_seg, span: QuoteSpan) -> bool:
        """ "Others describe Quarrie as much more than that. / “Jack's always been the clown.”",
        "Quarrie's family was glad to gather. / “It's special that we can honour him.”": narration
        of one sentence whose subject is an unnamed group (others, friends, someone's family), then
        words about the one it names ("him", "her" or the name): the group's words, no one named."""
        if self.ranges.get(prev_seg) or len(self.sentences(prev_seg)) != 1:
            return False
        words = self.window(prev_seg, 0, len(self.texts[prev_seg]))
        if len(words) < 3:
            return False
        first, second = words[0], words[1]
        group = first.lower in _GROUP_SUBJECTS and not first.trail
        if not group and (first.possessive or first.lower in ("his", "her", "their", "the")):
            group = second.lower in _GROUP_SUBJECTS and not second.trail and second.lower != "others"
        if not group:
            return False
        people = {m.person for m in self.mentions(prev_seg, 0, len(self.texts[prev_seg]))}
        if len(people) != 1:
            return False
        person = next(iter(people))
        if _THIRD_PERSON.search(span.text) is not None or self._named_in_the_words(span, person):
            return True
        # "“Jacks always been the clown”": the name with its possessive's mark lost
        names = {w.lower() for w in self.roster.people[person].name.split()}
        return any(w.lower().removesuffix("s") in names for w in _WORD.findall(span.text))

    def _named_in_the_words(self, span: QuoteSpan, person: int) -> bool:
        """The quotation itself names `person` ("“Ivo will come good.”"): talked about, not talking."""
        if span.end_index != span.index:
            return False
        seg = (span.seg, span.index)
        inside = between(self.roster.mentions.get(seg, []), span.open_pos, span.close_pos, key=_start)
        return any(m.in_quote and m.person == person for m in inside)

    def _resumed_past(self, prev_seg, last_speaker_seg, last_speaker, person: int) -> Evidence | None:
        """The last speaker, when they spoke in the paragraph just before `prev_seg` (or in it)."""
        if last_speaker is None or last_speaker == person or last_speaker_seg is None:
            return None
        if last_speaker_seg[0] == SEG_DECK or self.seg_order[prev_seg] - self.seg_order[last_speaker_seg] > 1:
            return None
        return Evidence(last_speaker, "continuation")

    def _paragraph_topic(self, seg) -> Evidence | None:
        """The one person a paragraph is about (the topic of each of its sentences that names
        someone), for a quotation that opens the next paragraph with no cue of its own."""
        pos = self.seg_order[seg]
        lo = bisect_left(self.events, (pos, -1), key=_order)
        hi = bisect_left(self.events, (pos + 1, -1), key=_order)
        people = {event.person for event in self.events[lo:hi]}
        if len(people) == 1:
            return Evidence(people.pop(), "continuation")
        return None

    def _asked_of(self, span: QuoteSpan, evidence: Evidence, before) -> int | None:
        """ "“Did you see it?” Ana Ruiz asked Ivo Brandt.": the one a question was asked of, named
        right after "asked" behind the quotation, whose answer a next paragraph with no cue gives.
        With no one named after "asked", in a dialogue (another person's quotation just before,
        in this paragraph or the one before it), the question is asked of that other person; so is
        a question with no cue that goes back to the one who asked before (`_questioner_answered`)."""
        if evidence.cue == "question" and evidence.speaker is not None:
            return before[1]
        if evidence.verb not in _PUTTING_VERBS or not span.text.rstrip(" \"'\u201d\u2019").endswith("?"):
            return None
        seg = (span.seg, span.end_index)
        sents = self.sentences(seg)
        end = sents[sentence_at(sents, max(0, span.close_pos - 1))][1]
        toks = self.window(seg, span.close_pos, end)
        for k, tok in enumerate(toks):
            if tok.lower != evidence.verb:
                continue
            if k + 1 < len(toks) and not _punctuated(tok):
                named = self.mentions(seg, toks[k + 1].start, toks[min(len(toks), k + 5) - 1].end)
                if named and named[0].start == toks[k + 1].start and named[0].person != evidence.speaker:
                    return named[0].person
                if evidence.speaker is not None:
                    return None  # "..., Ana Ruiz asked the crowd": no one to answer for
            other = self._other_in_dialogue((span.seg, span.index), evidence.speaker, before)
            if other is not None or before[1] == evidence.speaker and before[1] is not None:
                return other  # (the asker going on with a question of their own)
            return self._put_to(span, evidence.speaker)
        return None

    def _put_to(self, span: QuoteSpan, asker: int | None) -> int | None:
        """ "“Will you resign?” a reporter asked.", "“Did you sign it?” the prosecutor asked." after
        narration about a witness: a question with no one named after its verb, put by someone
        unnamed, or by a named asker with "you" in it, is put to the latest other person in subject
        position (or speaking) in its paragraph or the two before."""
        if not _ADDRESSED.search(span.text):
            if asker is not None:
                return None  # "“Who would do that?” Ana Ruiz asked.": perhaps asked of no one
            tag = self.texts[(span.seg, span.end_index)][span.close_pos : span.close_pos + 60]
            if not _PRESS_ASKER.search(tag):
                return None  # "“Who pays for this?” one resident shouted.": a heckle, not put to anyone
        return self._put_to_after(asker, (self.seg_order[(span.seg, span.index)], span.open_pos))

    def _answering_the_question(self, pronoun: str, order: tuple[int, int]) -> int | None:
        """ "“What did you hear?” Ivo Brandt asked. / “...,” she answered.": when the pronoun would
        go to the one who asked the last quotation, a question, the latest other topic or speaker
        within a few paragraphs whom the pronoun fits answers it instead; else None."""
        asker = self._question_by
        if asker is None or not self.speakers or order[0] - self.speakers[-1].order[0] > 1:
            return None  # (the question is the last quotation, in this paragraph or the one before)
        if self.resolve_pronoun(pronoun, order) != asker:
            return None
        for event in islice(self._events_before(order), _MAX_BACK_EVENTS):
            if order[0] - event.order[0] > _MAX_BACK_SEGMENTS:
                break
            if event.person != asker and self.roster.people[event.person].pronoun in ("", pronoun):
                return event.person
        return None

    def _questioner_answered(self, span: QuoteSpan, evidence: Evidence) -> int | None:
        """ "“What did you hear?” Ana Ruiz asked. / “...,” he answered.": the one who asked the
        question the quotation answers (a verb of replying), whose next question, with no cue of
        its own, goes on from them; else None."""
        asker, self._question_by = self._question_by, evidence.speaker if _is_question(span) else None
        replied = evidence.verb in _REPLY_VERBS or evidence.cue == "answer"
        if replied and asker is not None and asker != evidence.speaker:
            return asker
        return None

    def _other_in_dialogue(self, seg, asker: int | None, before) -> int | None:
        """The speaker of the quotation just before, when it is someone other than `asker` (who
        may be unnamed: "a reporter asked") and stands in `seg` or the paragraph before it."""
        prev_seg, prev_speaker = before
        if prev_speaker is None or prev_speaker == asker:
            return None
        if prev_seg == seg or prev_seg == self._previous_paragraph(seg):
            return prev_speaker
        return None

    def _only_person_named(self, seg) -> Evidence | None:
        """The one person a paragraph names, in any position ("For Ana Ruiz, the news was a blow."),
        for a quotation opening the next paragraph with no cue: no one else is there to say it."""
        people = {m.person for m in self.mentions(seg, 0, len(self.texts[seg]))}
        if len(people) == 1:
            return Evidence(people.pop(), "continuation")
        return None

    def _of_a_generation(self, which: str, surname: str) -> int | None:
        """ "the elder Brouwer": the one whose title makes them a parent of Brouwer ("Brouwer's
        father"); "the younger Brouwer": a child of Brouwer ("Brouwer's son")."""
        nouns = _GENERATIONS[which]
        owners = (f"{surname}'s", f"{surname}\u2019s")
        found = [
            i for i, words in enumerate(self.titles) if any(a in owners and b in nouns for a, b in pairwise(words))
        ]
        return found[0] if len(found) == 1 else None

    def _interviewee(self) -> int | None:
        """The one a question-and-answer interview is with: the first person the body names as
        a subject ("Trustee Ana Ruiz was elected chair last week. ... Q: Why run now?")."""
        for event in self.events:
            if self.kinds.get(self.segments[event.order[0]][0]) == "paragraph":
                return event.person
        return None

    def _past_a_crosshead_after(self, seg, last_speaker_seg) -> bool:
        """ "X said “...”." / a crosshead (or a page's link line) / "“...”": a paragraph that is only
        words in quotation marks, right after one crosshead that follows the last speaker's
        paragraph, goes on with that speaker -- the line set in between breaks no run."""
        i = self.seg_order[seg] - 1
        if i < 2 or self.kinds.get(self.segments[i][0]) != "crosshead" or self.segments[i - 1][0] != last_speaker_seg:
            return False
        return not self.window(seg, 0, len(self.texts[seg]))  # nothing outside the quotation marks

    def _previous_paragraph(self, seg):
        i = self.seg_order[seg] - 1
        while i >= 0:
            prev, _ = self.segments[i]
            kind = self.kinds.get(prev)
            if kind == "paragraph" and not self.segments[i][1].isspace():
                return prev
            if kind != "caption" and not self.segments[i][1].isspace():
                return None
            i -= 1  # a caption, or a paragraph blanked as a credit or a link ("Read: ..."), is passed over
        return None

    def _last_reporter(self, seg) -> Evidence | None:
        """The subject of the last reporting verb in a paragraph ("Okafor said his company ...")."""
        toks = self.window(seg, 0, len(self.texts[seg]))  # every token outside quotations
        for k in range(len(toks) - 1, 0, -1):
            if toks[k].lower in lexicon.REPORTING_VERBS and toks[k].core.islower():
                if _no_ones_writing(toks, k):
                    continue  # "X said Y stepped up after everyone had written them off.": X's report
                sents = self.sentences(seg)
                sa = sents[sentence_at(sents, toks[k].start)][0]
                head = [t for t in toks[:k] if t.start >= sa]
                if not head:
                    return None
                order = (self.seg_order[seg], toks[k].start)
                evidence = self._nearest_subject(seg, head + [toks[k]], len(head), order)
                if evidence is not None and evidence.speaker is not None:
                    evidence.cue = "continuation"
                    evidence.verb = toks[k].lower
                    return evidence
                return None
        return None


def _no_ones_writing(toks: list[Token], k: int) -> bool:
    """ "critics wrote him off", "everyone had written them off": "write off" is no writing, and a
    verb of saying whose subject is "everyone" or "someone" reports no one named."""
    if toks[k].lower in _WRITING_FORMS:
        for tok in toks[k + 1 : k + 4]:
            if tok.lower == "off":
                return True
            if tok.trail.strip():
                break
    j = k - 1
    while j > 0 and toks[j].lower in _HELPING_VERBS and not toks[j].trail.strip():
        j -= 1
    return toks[j].lower in _SOMEONE and not toks[j].trail.strip()


_WRITING_FORMS = frozenset(["write", "writes", "wrote", "written", "writing"])
_HELPING_VERBS = frozenset(["had", "has", "have", "was", "were", "is", "are", "been", "would", "will", "could"])
_PARTICLES = frozenset(["out", "in", "up", "back", "aloud"])
_READ_PARTICLES = frozenset(["off", "out", "aloud", "through", "back", "over"])
# Phrasal verbs of taking a turn to speak, with their particles: "before Cllr X cut across him: “...”"
# Verbs of speaking that with a thing as subject mean something else ("it reflected a trend")
_THING_SENSE_VERBS = frozenset(["reflected", "reflects"])
_THING_PRONOUNS = frozenset(["it", "this", "that", "which"])

_CUTTING_IN = {
    **dict.fromkeys(["cut", "cuts"], ("in", "across")),
    **dict.fromkeys(["broke", "breaks", "butted", "chimed", "chimes", "jumped"], ("in",)),
    **dict.fromkeys(["piped", "pipes"], ("up",)),
}
_CHANTING = frozenset(["chanting", "chanted", "singing"])


# Verbs of answering, and what they answer: "X asked Y whether ... “No,” he replied." is Y's reply
def _a_sentence_of_its_own(span: QuoteSpan, toks: list[Token]) -> bool:
    """ "“Will the minister visit them?” He said he would be “delighted”.": after words ending in
    "?" or "!", a capitalised pronoun and a verb of saying that runs on into a clause of its own
    open a new sentence -- not the tag of those words (unlike "“Why?” He shrugged." or "he said")."""
    if len(toks) < 3 or toks[0].core not in ("He", "She", "They") or _punctuated(toks[0]):
        return False
    if toks[1].lower not in lexicon.REPORTING_VERBS or _punctuated(toks[1]) or not toks[2].core.islower():
        return False
    return span.text.rstrip(" \"'\u201d\u2019").endswith(("?", "!"))


def _outside(toks: list[Token], ranges: list[tuple[int, int]]) -> list[Token]:
    """The tokens (in text order) that start in none of the sorted quoted `ranges`, as `inside`
    tells them, found in one pass over both instead of a search per token."""
    if not ranges:
        return list(toks)
    out = []
    last = -1  # the last range starting at or before the token
    for tok in toks:
        while last + 1 < len(ranges) and ranges[last + 1][0] <= tok.start:
            last += 1
        if last < 0 or tok.start >= ranges[last][1]:
            out.append(tok)
    return out


def _is_question(span: QuoteSpan) -> bool:
    return span.text.rstrip(" \"'\u201d\u2019").endswith("?")


_REPLY_VERBS = frozenset(["replied", "replies", "answered", "answers", "responded", "responds", "retorted"])
_OWN_PRONOUNS = {"her": "she", "his": "he"}  # a possessive in the clause after a subject ("chose her words")
_PASSIVE_AFTER = re.compile(r"(?:,[^,.]{1,40},)?\s+(?:was|were|has been|had been|have been|is being|was being)\s+(\w+)")
_IRREGULAR_PARTICIPLES = frozenset(
    ["taken", "held", "found", "shot", "hit", "hurt", "thrown", "caught", "given", "seen"]
)
_WHO_SAID = re.compile(r",\s+who\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b")
_QUESTION_WORDS = frozenset(["whether", "if", "why", "how", "what", "when", "who"])
_GOING_ON_VERBS = frozenset(["added", "adds", "continued", "continues"])
_REPLY_NOUNS = frozenset(["reply", "answer", "response", "retort", "riposte", "rejoinder"])
_PUTTING_VERBS = frozenset(["asked", "shouted", "called", "pressed", "demanded"])  # a question's tag verb
_PRESS_ASKER = re.compile(r"\b(?:reporters?|journalists?|correspondents?|interviewers?)\b", re.IGNORECASE)
_ADDRESSED = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
_ASKING_VERBS = frozenset(["asked", "asks", "questioned", "pressed", "quizzed", "challenged"])


def _in_brackets(text: str, a: int, m: Mention) -> bool:
    """ "after he hit one off a position player (Philadelphia’s Tom Reed).": a name in an aside in
    brackets is not what the sentence is about."""
    return "(" in text and text.rfind("(", a, m.start) > text.rfind(")", a, m.start)


def _reporting_verb_follows(text: str, end: int) -> bool:
    """A lower-case reporting verb is the next word after `end` ("X said", "identified as X, said")."""
    match = _NEXT_WORD.match(text, end)
    return bool(match) and match.group(1) in lexicon.REPORTING_VERBS


_NEXT_WORD = re.compile(r",?\s+([a-z]+)\b")
_PARTICIPLE_BY = re.compile(r"\b[a-z]{3,}ed by $")


def _agent_of_a_participle(text: str, m: Mention) -> bool:
    """ "The whip, speaking on a show hosted by X stated that ...": a name after a participle and
    "by" is that participle's agent, a comma short of the clause, not the subject of the verb after it."""
    return m.prev == "by" and _PARTICIPLE_BY.search(text, max(0, m.start - 30), m.start) is not None


def _cuts_in(toks: list[Token], k: int) -> bool:
    """ "Ana Ruiz began, before Ivo Brandt cut across her: “...”": toks[k] and the next word are a
    phrasal verb of taking a turn to speak (`_CUTTING_IN`), as good as a reporting verb."""
    return k + 1 < len(toks) and not toks[k].trail and toks[k + 1].lower in _CUTTING_IN[toks[k].lower]


_PLAYING = frozenset(["plays", "played", "playing", "portrays", "portrayed", "portraying"])
# Words of acting near a verb of playing, which make its object a part ("played Ana Ruiz in the
# final" names an opponent; not "star" or "stage", as in sport)
_ACTING_WORDS = frozenset(
    ["actor", "actress", "actors", "actresses", "soap", "on-screen", "film", "series", "drama", "sitcom"]
    + ["character", "role", "cast", "musical", "movie", "opera", "episode", "show"]
)


def _a_place_owning(tok: Token) -> bool:
    """ "Kenya's" opening "Kenya's health minister": a place's name in the possessive, owning the
    role after it."""
    return tok.possessive and tok.core[:1].isupper() and tok.lower in lexicon.PLACES


def _set_off_participle_before(toks: list[Token], k: int) -> int:
    """The index of a participle of saying set off by a comma and followed by "that" ("...,
    adding that"), opening the clause of the verb toks[k]; -1 if there is none."""
    for j in range(k - 1, max(1, k - 7), -1):
        if toks[j].trail.strip():
            return -1
        if toks[j].lower == "that":
            p = j - 1
            participle = toks[p]
            ok = (
                participle.lower.endswith("ing")
                and participle.lower in lexicon.REPORTING_VERBS
                and not participle.trail
                and p > 0
                and toks[p - 1].trail.strip() == ","
            )
            return p if ok else -1
    return -1


def _role_played(text: str, m: Mention) -> bool:
    """ "The actress, who plays feisty barmaid Shaz Dobbs, ...": a name after a verb of playing a
    part (and a few lower-case words describing the part), with a word of acting shortly before,
    is a character, not who the sentence is about."""
    lo = max(0, m.start - 40)
    if text.find("play", lo, m.start) < 0 and text.find("portray", lo, m.start) < 0:
        return False
    words = text[lo : m.start].split()[-4:]
    j = len(words) - 1
    while j >= 0 and words[j].islower() and words[j] not in _PLAYING and not words[j].endswith(","):
        j -= 1
    if j < 0 or words[j] not in _PLAYING:
        return False
    context = text[max(0, m.start - 150) : m.start].lower().split()
    return any(w.strip(",.;:'\u2019") in _ACTING_WORDS for w in context)


def _framed_topic(text: str, m: Mention) -> bool:
    """ "For Ana Ruiz, a teacher, the question is personal.": a name right after "For" opening its
    sentence and set off by a comma frames what the sentence is about -- her, not an object."""
    if m.prev != "for" or text[m.end : m.end + 1] != ",":
        return False
    at = text.rfind("For", max(0, m.start - 6), m.start)
    if at < 0 or text[at + 3 : m.start].strip():
        return False
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] in ".!?\"'\u201d\u2019"


def _inside_a_long_title(toks, index: int) -> bool:
    """ "Chair of the bench X told ...", "Head of public health X said": toks[index], a lower-case
    word just before a name, ends a title that opens its sentence with a role and "of" or "for"."""
    j = index
    while j > 0 and index - j < 4 and toks[j].core.islower() and not toks[j - 1].trail.strip():
        if toks[j].lower in ("of", "for"):
            role = toks[j - 1]
            if role.lower not in lexicon.ROLE_NOUNS:
                return False
            k = j - 2  # only capitalised words or a determiner before the role, back to the sentence start
            while k >= 0 and not toks[k].trail.strip(",") and (toks[k].core[:1].isupper() or toks[k].lower == "the"):
                k -= 1
            return k < 0 or bool(toks[k].trail.strip(",\u201d\u2019\"'"))
        j -= 1
    return False


def _closing_tag(words: list[Token]) -> Token | None:
    """ "..., he added.": a pronoun after a comma and a reporting verb end the sentence -- the
    pronoun, who says it, whoever the reported clause before is about; else None."""
    if len(words) < 3:
        return None
    pronoun, verb = words[-2], words[-1]
    if pronoun.lower in ("he", "she") and words[-3].trail == "," and not pronoun.trail and verb.core.islower():
        return pronoun if verb.lower in lexicon.REPORTING_VERBS else None
    return None


def _opens_with_a_pronoun_subject(text: str, a: int) -> bool:
    """The clause at `a` opens with "He " or "She " as its lone subject (not "He and X")."""
    if text.startswith("He ", a):
        return not text.startswith("and ", a + 3)
    return text.startswith("She ", a) and not text.startswith("and ", a + 4)


def _unnamed_relative_of_a_later_clause(toks: list[Token], k: int, named: Mention) -> bool:
    """ "X said Lia was grounded and her mother told police ...": the verb of saying at `k` has
    "his/her/their" and a family noun right before it, in a clause after the one naming `named`
    (not "X and her mother told", where both speak)."""
    d = k - 2 if k >= 2 and toks[k - 2].lower != "own" else k - 3  # "her own mother"
    if d < 2 or toks[d].lower not in ("his", "her", "their") or toks[k - 1].lower not in lexicon.FAMILY_NOUNS:
        return False
    if toks[d - 1].lower not in ("and", "but", "while", "whereas") and not toks[d - 1].trail.startswith(","):
        return False
    between = [t for t in toks[: d - 1] if t.start >= named.end]
    return len(between) >= 3 and any(t.core.islower() and t.lower not in ("and", "or") for t in between)


def _past_an_opening_clause(toks: list[Token]) -> list[Token]:
    """The tokens after an opening clause set off by a comma ("Asked about fuel, the minister
    said", "Speaking to us, the pensioner said", "In a final statement, the defendant ..."): the
    subject follows it. Unchanged if the sentence does not open with one."""
    if toks and (
        toks[0].lower in _ASKED_OPENERS
        or _opening_participle(toks[0])
        or toks[0].lower in lexicon.PREPOSITIONS
        or _opening_past_participle(toks)  # "Questioned about it, ...", "Challenged on the cuts, ..."
    ):
        comma = next(
            (j for j, t in enumerate(toks) if t.trail.startswith(",") or _a_dash_before_a_subject(toks, j)), len(toks)
        )
        return toks[comma + 1 :]
    if toks and toks[0].lower in _OPENING_ADVERBS:
        # "Back in Chilobwe, the chief ...", "Later that day, the minister ...": a short opening
        # adverbial phrase set off by a comma
        comma = next((j for j, t in enumerate(toks[:6]) if t.trail.startswith(",")), None)
        if comma is not None:
            return toks[comma + 1 :]
    return toks


_OPENING_CLAUSE_WORDS = (
    48  # "Asked how he would respond if ... – as ... – a retired forward was blunt": a long asked clause
)


def _a_dash_before_a_subject(toks: list[Token], j: int) -> bool:
    """toks[j] is a dash closing an opening clause before its subject ("... late in the game – a
    retired forward was blunt"): a determiner follows it."""
    return toks[j].core in ("\u2013", "\u2014") and j + 1 < len(toks) and toks[j + 1].lower in ("a", "an", "the", "one")


_OPENING_ADVERBS = frozenset(
    ["back", "later", "earlier", "meanwhile", "elsewhere", "nearby", "afterwards", "afterward", "now", "today"]
    + ["tonight", "yesterday", "there", "here", "overnight", "then", "still", "again", "once", "also"]
)


def _opening_past_participle(toks: list[Token]) -> bool:
    """ "Questioned about it at a forum, ...", "Challenged on the cuts, ...": a sentence opening with a
    capitalised past participle in -ed and a preposition, whose subject follows the comma."""
    first = toks[0]
    return (
        len(toks) > 2
        and first.core[:1].isupper()
        and first.lower.endswith("ed")
        and len(first.lower) > 5
        and not first.trail
        and toks[1].lower in lexicon.PREPOSITIONS
    )


def _opening_participle(token: Token) -> bool:
    """ "Speaking to the Courier, ...", "Reflecting on the win, ...": a sentence opening with a
    participle (capitalised, in -ing), whose subject follows the comma."""
    return token.core[:1].isupper() and token.lower.endswith("ing") and len(token.lower) > 5


def _after_a_preposition_and_an_owner(text: str, m: Mention) -> bool:
    """ "his interview with Radio Kesh's Ana Ruiz", "to the Harbour Post's Ana Ruiz": the
    name follows a preposition and a capitalised owner of hers (a broadcaster, a paper), so it is the
    preposition's object, not the topic."""
    words = text[max(0, m.start - 60) : m.start].split()[-6:]
    if not words or not words[-1].endswith(("'s", "\u2019s")) or not words[-1][:1].isupper():
        return False
    i = len(words) - 2
    while i >= max(0, len(words) - 4) and words[i][:1].isupper():
        i -= 1  # the rest of the owner's name
    if i >= 0 and words[i].lower() == "the":
        i -= 1
    return i >= 0 and words[i].lower() in lexicon.PREPOSITIONS


def _related_after_a_preposition(text: str, m: Mention) -> bool:
    """ "a cake baked by her granddaughter Ciara", "with the club's coach Ivo Brandt", "in the death
    of (the) 16-year-old Ana Ruiz": a name behind a relation, a lower-case role or a description
    after a preposition is not what the sentence is about."""
    words = text[max(0, m.start - 50) : m.start].split()[-4:]
    if lexicon.PREPOSITIONS.isdisjoint(words[:-1]):
        return False  # no preposition before the last word: nothing for the words after one to follow
    j = len(words) - 1
    while (
        j >= 0
        and words[j].islower()
        and (
            words[j] in lexicon.FAMILY_NOUNS
            or words[j] in lexicon.ROLE_NOUNS
            or words[j] in lexicon.POSSESSIVE_DETERMINERS
            or _describes_person(words[j])
            or (words[j] == "the" and j + 1 < len(words) and _describes_person(words[j + 1]))
        )
    ):
        j -= 1
    return (
        0 <= j < len(words) - 1
        and words[j] in lexicon.PREPOSITIONS
        and words[j] != "to"  # "according to her lawyer Ivo Brandt": a source cited
    )


def _is_manner_verb(token: Token) -> bool:
    """A lower-case past tense ("bellowed", "hollered"): with a quotation before it and nothing
    after it in the clause, a verb of manner introducing the words, even one no list holds."""
    core = token.core
    return len(core) > 4 and core.islower() and core.endswith("ed") and core.isalpha()


def _manner_tag_end(toks: list[Token], at: int) -> int:
    """Index just past "bellowed" / "blurted out" at toks[at] when it ends its clause ("“Stop!” she
    bellowed."), or "shot back" / "hit back", an irregular past with "back" ("“No,” she shot back."), else -1."""
    if not _is_manner_verb(toks[at]):
        tok = toks[at]
        if not (tok.core.isalpha() and tok.core.islower()) or _punctuated(tok) or at + 1 >= len(toks):
            return -1
        if toks[at + 1].lower != "back" or (at + 2 < len(toks) and not _punctuated(toks[at + 1])):
            return -1
        return at + 2
    end = at + 1
    if not _punctuated(toks[at]) and end < len(toks) and toks[end].lower in _PARTICLES:
        end += 1
    if end == len(toks) or _punctuated(toks[end - 1]):
        return end
    return -1


def _title_like(token: Token) -> bool:
    """A word that may stand before a name in its title: "Business owner", "the", "County"."""
    low = token.lower
    return (
        token.core[:1].isupper()
        or low in lexicon.ROLE_NOUNS
        or low in lexicon.TITLE_MODIFIERS
        or low in ("a", "an", "the")
        or token.possessive
    ) and not token.trail.strip()


_ACRONYM = re.compile(r"[A-Z]{2,4}")
_NOT_IN_INITIALS = frozenset(["of", "for", "the", "and", "to", "in", "on"])


def _initials_forms(title: str) -> set[str]:
    """The initials a title may be cut to: of the whole ("Commissioner of Police" -> "cp"), of its
    hyphenated words apart ("Vice-Chancellor" -> "vc"), of the office before what it heads ("The
    Managing Director of the bank" -> "md"), or the title itself when it is an acronym ("CP")."""
    forms = {_initials(title), _initials(title.replace("-", " "))}
    head = _OFFICE_HEAD.match(title)
    if head:
        forms.add(_initials(head.group(1).replace("-", " ")))
    if _ACRONYM.fullmatch(title):
        forms.add(title.lower())
    office = _office_after_its_place(title)
    if office:
        forms.add(_initials(office))  # "Kerala Chief Minister" -> "cm" ("said the CM")
    forms.discard("")
    return forms


def _office_after_its_place(title: str) -> str:
    """The office words after the place that opens a title ("Kerala Chief Minister" -> "Chief
    Minister"), or "" when the title opens with an office word or leaves fewer than two words."""
    words = title.split()
    k = 0
    while k < len(words) and words[k].lower() not in lexicon.ROLE_NOUNS and words[k][:1].isupper():
        k += 1
    return " ".join(words[k:]) if k > 0 and len(words) - k >= 2 else ""


_OFFICE_HEAD = re.compile(r"(?:the |a |an )?(.+?) (?:of|for|at|in) ", re.IGNORECASE)


def _initials(title: str) -> str:
    """ "Deputy Public Prosecutor" -> "dpp", "Commissioner of Police" -> "cp"."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", title.lower())
    return "".join(w[0] for w in words if w not in _NOT_IN_INITIALS)


# Kinds of body, too common in names to tell one from another ("the Department of Defence")
_BODY_KINDS = frozenset(
    ["department", "ministry", "office", "agency", "authority", "commission", "council", "committee", "board"]
    + ["service", "bureau", "institute", "company", "corporation", "group", "the", "of", "for", "and"]
)


def _body_of_the_office(toks: list[Token], hi: int) -> set[str]:
    """ "the head of the Department of Defence ...": after a role ending at toks[hi], "of" and the
    capitalised name of a body -- its distinctive words ({"defence"}); else an empty set."""
    if hi >= len(toks) or toks[hi].lower != "of" or _punctuated(toks[hi - 1]) or _punctuated(toks[hi]):
        return set()
    words = set()
    for tok in toks[hi + 1 : hi + 8]:
        if not tok.core[:1].isupper() and tok.lower not in ("the", "of", "for", "and"):
            break
        words.add(tok.core.lower())
        if _punctuated(tok):
            break
    return words - _BODY_KINDS


def _title_words(title: str) -> list[str]:
    printed = title.replace(",", " ").split()
    words = [lexicon.ROLE_ALIASES.get(w, w) for w in (w.lower() for w in printed)]
    # "the deputy chief of staff who has overseen the president's travel": the role ends at "who"
    # (not at the initials "WHO" of "Director-General of the WHO")
    if _RELATIVE_PRONOUNS.isdisjoint(words[1:]):
        return words
    cut = next(
        (i for i, w in enumerate(words) if w in _RELATIVE_PRONOUNS and i > 0 and not printed[i].isupper()), len(words)
    )
    return words[:cut]


# Verbs followed by a clause, whose first name is that clause's subject, not their object:
# "Ana Ruiz said Ivo Brandt had told her: “...”" quotes Ivo Brandt.
# "dismissed allegations of ‘...’": a verb rejecting a charge, then the charge, then "of"
_REJECTING = frozenset(
    ["dismissed", "dismisses", "dismissing", "rejected", "rejects", "rejecting", "denied", "denies", "denying"]
    + ["refuted", "refutes", "rebuffed", "rebuts", "rebutted", "brushed", "countered"]
)
_CHARGES = frozenset(
    ["allegations", "allegation", "accusations", "accusation", "charges", "charge", "claims", "suggestions"]
)


def _rejected_charge_before(toks: list[Token]) -> bool:
    """The quotation follows "<rejecting verb> [the] allegations of" (within three words of the verb)."""
    if len(toks) < 3 or toks[-1].lower != "of" or toks[-2].lower not in _CHARGES or toks[-2].trail:
        return False
    return any(t.lower in _REJECTING and t.core.islower() for t in toks[-5:-2])


# Verbs of sending or writing after a writing and its writer: "the letter he sent"
_SENDING_VERBS = frozenset(["sent", "wrote", "penned", "posted", "signed", "emailed", "tweeted", "drafted"])
# What someone holds to be so, before "that" and the clause: "X's claim that ..."
_OWNED_CLAIM_NOUNS = frozenset(
    ["claim", "claims", "assertion", "assertions", "insistence", "contention", "allegation", "allegations"]
    + ["boast", "argument", "suggestion", "belief", "view"]
)
_NEXT_WORD_AFTER_PRONOUN = re.compile(r"(\w+)\s+(?:also\s+|then\s+|later\s+)?([a-z]+)")
_WHO_AUXILIARIES = frozenset(["has", "had", "have", "also", "later", "then", "once", "reportedly"])
_JUDGING_VERBS = frozenset(["dismissed", "described", "called", "branded", "labelled", "labeled", "derided"])
_PUT_IT = frozenset(["put", "puts", "summed", "sums"])  # "This is how X put it:", "X summed it up:"
_THIRD_PERSON_OF = {"she": frozenset(["she", "her", "herself"]), "he": frozenset(["he", "him", "his", "himself"])}
_WORRIED = frozenset(["concerned", "worried", "afraid", "anxious", "adamant", "insistent"])
_STATEMENT_NOUNS = frozenset(["statement", "letter", "email", "tweet", "post", "speech", "testimony", "message"])
# Writing of someone's own, whose words are its author's ("his last entry read: “...”"), unlike a sign's
_AUTHORED_NOUNS = _STATEMENT_NOUNS | frozenset(["message", "text", "entry", "note", "diary", "card", "caption"])
# Tags of written words ("X wrote"), and how many paragraphs back "the letter" may still be theirs
_WROTE_VERBS = frozenset(["wrote", "writes", "write"])
_MAX_WRITING_GAP = 2
# Written things that may carry words of their own as a verb's subject ("a note left on the car warned")
# After a witness's name: "X testified", "X, 29, told the court", "X gave evidence"
_TESTIFIED = re.compile(
    r"(?:,[^,.]{1,40},)?\s+(?:later\s+|also\s+|then\s+)?(?:testified|gave\s+evidence|told\s+(?:the\s+)?(?:court|jury|jurors|inquest))\b"
)
# Verbs of crying out words in a story's narrative ("the driver screamed “...”")
_CRYING_OUT = frozenset(
    ["screamed", "yelled", "shouted", "whispered", "cried", "hissed", "roared", "bellowed", "shrieked", "muttered"]
)
_SENDING = frozenset(["sent", "sending", "send", "sends", "texted", "emailed"])
_MESSAGE_NOUNS = frozenset(["message", "messages", "text", "texts", "email", "emails", "letter", "letters"])
_WRITTEN_THINGS = lexicon.WRITTEN_NOUNS | frozenset(["letter", "note", "message", "email", "text", "card"])
_WRITTEN_THING = re.compile(r"\b(?:" + "|".join(sorted(_WRITTEN_THINGS)) + r")\b", re.IGNORECASE)
# Writing someone keeps for themselves ("she kept a diary"), whose entries are the keeper's
_SIGNED_BY = re.compile(r"\s*(?:It|The\s+[a-z]+)\s+(?:was|is)\s+(?:signed|written)\s+by\s")
_NOT_THE_SIGNER = re.compile(r"\b(?:to|about)\s|[.;]")
_KEPT_WRITINGS = frozenset(["diary", "diaries", "journal", "journals", "notebook", "notebooks", "log", "logbook"])
_KEEPING = frozenset(["kept", "keeps", "keep", "keeping"])
_INTERPRETING = frozenset(["translating", "interpreting"])
_INTERPRETERS = frozenset(["interpreter", "translator"])
# Nouns of a claim whose maker follows "from" ("claims from X that ...")
_CLAIM_NOUNS = frozenset(["claims", "claim", "suggestions", "suggestion", "allegations", "accusations", "remarks"])
# Unnamed sources, near someone they are not ("a source close to the player")
_SOURCE_NOUNS = frozenset(["source", "sources", "insider", "insiders", "friend", "friends", "ally", "allies"])
_SUBJECT_PRONOUNS_OF_A_CLAUSE = frozenset(["he", "she", "they", "i", "we"])
_NOT_PLURAL_NOUNS = frozenset(["is", "was", "has", "does", "his", "its", "this", "thus", "always", "perhaps", "us"])
_OWNER_WORDS = frozenset(["his", "her", "their", "a", "an", "the", "this", "that"])
_CLAUSE_VERBS = frozenset(["said", "says", "thinks", "thought", "believes", "believed", "hopes", "hoped", "knew"])
# Words that open a clause whose subject follows ("recalled how X had called her", "said that X")
# Words that join a clause of its own to a sentence: after a quotation they open no speech tag
_CLAUSE_CONJUNCTIONS = frozenset(
    ["while", "whereas", "whilst", "although", "though", "but", "yet", "and"]
    + ["when", "whenever", "because", "until", "once"]  # "she had been “surprised” when X called": X's time, not a tag
)
# Words for a party or a body set before its name: "the opposition Kesby Alliance".
_BODY_DESCRIPTORS = frozenset(["opposition", "ruling", "governing", "main", "rival", "breakaway"])

_CLAUSE_OPENERS = frozenset(
    ["that", "how", "when", "because", "while", "whether", "why", "where", "although"]
    + ["was", "were"]  # "Among the donors was Lisa Grundy": the subject, after its verb
    + ["as", "after", "before", "since", "until", "though", "if", "unless", "whereas"]  # "X wept as Y said"
    + ["which", "whereby"]  # "chats in which Y told staff to “...”": the relative clause's subject
)


def _wording_verb_last(toks: list[Token]) -> list[Token]:
    """ "One, from X, reads in part:", "A message from X read simply:": the words up to the verb of
    reading, when "in part" or an adverb ends them."""
    in_part = len(toks) > 2 and toks[-1].lower == "part" and toks[-2].lower == "in"
    if in_part and toks[-3].lower in lexicon.WORDING_VERBS and not _punctuated(toks[-3]):
        return toks[:-2]
    if (
        len(toks) > 1
        and toks[-2].lower in lexicon.WORDING_VERBS
        and not _punctuated(toks[-2])
        and toks[-1].core.islower()
        and (toks[-1].lower.endswith("ly") or toks[-1].lower in _ADVERBS or toks[-1].lower == "just")
    ):
        return toks[:-1]  # "read simply", "said only"
    return toks


def _interpreting(text: str, m: Mention) -> bool:
    """ "with team manager Ana Ruiz translating", "through his interpreter Ana Ruiz": the one who
    interprets for the speaker is not the sentence's topic."""
    after = _NEXT_WORD.match(text, m.end)
    if after is not None and after.group(1) in _INTERPRETING:
        return True
    before = text[max(0, m.start - 40) : m.start].split()
    return bool(before) and before[-1].lower().strip(",") in _INTERPRETERS


def _close_to(toks: list[Token], lo: int, k: int) -> bool:
    """ "a source close to the player", "friends close to Ana Ruiz": a source set close to someone
    in the words toks[lo:k] before a verb -- someone unnamed, not the one they are close to."""
    for j in range(max(lo, k - 8), k - 2):
        if toks[j].lower in _SOURCE_NOUNS and toks[j + 1].lower == "close" and toks[j + 2].lower == "to":
            return not any(t.trail.strip() for t in toks[j : k - 1])
    return False


def _past_the_asked_clause(words: list[Token], mentions: list[Mention]) -> list[Mention]:
    """ "Asked whether Ivo Brandt would start, Ana Ruiz smiled.": the names after the opening
    clause's comma (the one asked about is the topic, not the speaker)."""
    comma = next((t for t in words if t.trail.startswith(",")), None)
    return [m for m in mentions if comma is not None and m.start > comma.start]


# Verbs that give a thing a name in someone's words, before "as": "a claim the minister
# dismissed as", "a move Cllr X described as".
_DESCRIBING_AS = frozenset(
    ["dismissed", "described", "branded", "labelled", "labeled", "characterised", "characterized", "derided"]
    + ["denounced", "condemned", "hailed", "welcomed", "rejected", "criticised", "criticized", "slammed"]
)


def _set_off_before(toks: list[Token], k: int) -> bool:
    """toks[k] follows a comma, or a comma and "while", "before", "after", "when" or "as"."""
    if k > 0 and toks[k - 1].trail.strip().startswith(","):
        return True
    return k > 1 and toks[k - 1].lower in _SUBORDINATORS and toks[k - 2].trail.strip().startswith(",")


# Words that open a contrasting clause after a comma: "X agreed, however Y said ...".
_CONTRASTING = frozenset(["however", "but", "whereas", "while", "yet", "although", "though"])


def _last_contrasting_clause(toks: list[Token], k: int) -> int | None:
    """Where the last clause before toks[k] opened by a comma and a contrasting word starts."""
    for j in range(k - 1, 0, -1):
        if toks[j].lower in _CONTRASTING and toks[j - 1].trail.strip() in (",", ";"):
            return toks[j].start
    return None


# Verbs that judge their object, in the subject's own words when "as" follows: "X dismissed the
# motion as “a sideshow”", "X defended the two votes as an “innocent slip”".
_JUDGING_AS = frozenset(["dismissed", "dismisses", "dismissing", "defended", "defends", "defending"])


def _judged_as(toks: list[Token], k: int) -> bool:
    """toks[k] is a judging verb in the active voice, then "as" right before the quotation."""
    if toks[k].lower not in _JUDGING_AS or (k > 0 and toks[k - 1].lower in _BE_FORMS):
        return False
    # "as" (or "as a", "as an", "as the") right before the quotation: not "defended it as “fair” after ..."
    at = len(toks) - 2 if toks[-1].lower in ("a", "an", "the") else len(toks) - 1
    return at > k and toks[at].lower == "as" and not any(_punctuated(t) for t in toks[k:at])


def _office_word(tok: Token) -> bool:
    """A capitalised role noun with nothing after it: "Minister" of "Minister for Health"."""
    return tok.core[:1].isupper() and tok.lower in lexicon.ROLE_NOUNS and not tok.trail.strip()


def _initials_of_a_body(words: list[str]) -> str:
    """ "the World Trade League chief" (the words before the role): "wtl", the initials a title may
    name the body by ("WTL director-general"); "" for fewer than two words of a name."""
    name = [w for w in words if w not in lexicon.SUBJECT_DETERMINERS and w not in ("of", "and", "for", "&")]
    if name and len(name) > 2 and name[-1] == "".join(w[0] for w in name[:-1]):
        return name[-1]  # "the World Trade League (WTL)": the initials printed after the name
    if len(name) < 2 or any(not w[:1].isalpha() for w in name):
        return ""
    return "".join(w[0] for w in name)


def _office_for_a_portfolio(toks: list[Token], lo: int, hi: int) -> bool:
    """toks[lo:hi] are "[the] <Office> of|for [the] <Capitalised words>": "the Minister for
    Health", "Secretary of State for Wales"."""
    k = lo + 1 if toks[lo].lower == "the" else lo
    if hi - k < 3 or not _office_word(toks[k]) or toks[k + 1].lower not in ("of", "for"):
        return False
    return all(t.core[:1].isupper() or t.lower in ("the", "and", "of", "for") for t in toks[k + 2 : hi])


def _pronoun_after_an_apposition(words: list[Token], m: Mention) -> Token | None:
    """ "Asked about the referee, Ivo Brandt, he shrugged.": "he" or "she" and a lower-case verb
    right after a name set off by commas behind a lower-case noun -- the subject, the name only
    the noun's apposition."""
    k = next((i for i, t in enumerate(words) if t.start >= m.start), -1)
    if k < 1 or words[k - 1].trail != "," or not words[k - 1].core.islower():
        return None
    end = next((i for i in range(k, len(words)) if words[i].end >= m.end), -1)
    if end < 0 or end + 2 >= len(words) or not words[end].trail.startswith(","):
        return None
    pronoun, verb = words[end + 1], words[end + 2]
    return pronoun if pronoun.lower in ("he", "she") and not pronoun.trail and verb.core.islower() else None


_COURTESY_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mister", "Dr")


def _addressed_by_name(quoted: str, name: str) -> bool:
    """ "neighbours called out “happy birthday Mr. Ruiz”", "“Thank you, Ana.”": words that
    call a person by a courtesy title and a name of theirs, or close on a name of theirs set off by
    a comma, are said to that person, not by them."""
    parts = [p for p in name.split() if p[:1].isupper()]
    if not parts or not any(p in quoted for p in parts):
        return False  # the cheap test first: most quotations never name their speaker
    names = "|".join(re.escape(p) for p in {parts[0], parts[-1]})
    titled = r"\b(?:" + "|".join(_COURTESY_TITLES) + r")\.?\s+(?:" + names + r")\b"
    closing = r",\s+(?:" + names + r")[.!?,]*$"
    return re.search(titled, quoted) is not None or re.search(closing, quoted.rstrip()) is not None


def _tag_before_a_subordinate_clause(toks: list[Token]) -> tuple[int, int] | None:
    """ "... “more than a few” agents, she said before a small press, Kesby Books, signed it.": the
    first comma after the words that opens a tag -- a pronoun, or up to four words, then a reporting
    verb -- whose verb is followed by a clause of time or reason ("before", "after", "when", "as",
    "because" ...). Returns the comma's index and the index just past the verb, else None."""
    for j, tok in enumerate(toks[:-3]):
        if tok.trail.strip() != ",":
            continue
        v = next(
            (v for v in range(j + 2, min(j + 6, len(toks) - 1)) if toks[v].lower in lexicon.REPORTING_VERBS),
            0,
        )
        if v and toks[v].core.islower() and not _punctuated(toks[v]) and toks[v + 1].lower in _SUBORDINATORS:
            return j, v + 1
        return None  # only the first comma after the words may open their tag
    return None


def _bracketed_initials(token: Token) -> bool:
    """ "(KL)" in "the Kesby League (KL) chief said": a body's initials in brackets after its name."""
    return token.lead == "(" and token.trail == ")" and token.core.isalpha() and token.core.isupper()


def _punctuated(token: Token) -> bool:
    """Punctuation after the word, a possessive ending aside ("Ruiz's" goes on, "Ruiz," stops)."""
    trail = token.trail[2:] if token.possessive and token.trail[1:2] == "s" else token.trail
    if token.possessive and trail[:1] in ("'", "\u2019"):
        trail = trail[1:]
    return bool(trail.strip())


def _after_a_quotation(text: str, pos: int) -> bool:
    """The text before `pos` ends with a closing quotation mark (and perhaps a comma)."""
    before = text[max(0, pos - 4) : pos].rstrip(" ,\u2014\u2013-")
    return before[-1:] in ("\u201d", '"', "\u2019", "'")


_WORDS = re.compile(r"[a-z]+")
_BE_FORMS = frozenset(["was", "were", "been", "is", "are", "be", "being"])
_PASSIVE_CALLING = frozenset(["branded", "dubbed", "labelled", "labeled", "termed", "deemed", "hailed"])
_FINDING_VERBS = frozenset(
    ["found", "finds", "find", "saw", "sees", "see", "spotted", "discovered", "noticed", "received", "receives", "got"]
)
_HEARING_VERBS = frozenset(["heard", "hear", "hears", "hearing", "overheard", "overhear"])
_REPORTED_MODALS = frozenset(["would", "could", "should", "might"])
_LEAVING_VERBS = frozenset(["left", "leave", "leaves", "leaving", "made", "make", "makes", "making", "kept", "keep"])
_SUBJECT_OF = {"her": "she", "him": "he"}


def _left_in_a_state(toks: list[Token]) -> bool:
    """ "The news had left her “heartbroken”", "It made him “so angry”": an object pronoun after a
    verb that leaves or makes someone so, right before the quoted words, with no punctuation
    between -- the state is told in the words of the one the pronoun stands for."""
    if len(toks) < 2 or toks[-1].lower not in _SUBJECT_OF or toks[-2].lower not in _LEAVING_VERBS:
        return False
    return not _punctuated(toks[-2]) and not _punctuated(toks[-1])


_SOMEONE = frozenset(["someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"])


_AGE_BEFORE = re.compile(r",\s*\d{1,3}$")


def _past_an_age(text: str, end: int) -> int:
    """Where a name given an age (", 34") that ends at `end` ends itself; `end` if there is no age."""
    found = _AGE_BEFORE.search(text, max(0, end - 6), end)
    return found.start() if found else end


def _unnamed_opener(first: list[Token]) -> bool:
    """The first words of a clause are an unnamed someone: "The coach", "A local man", "One nurse"."""
    return (
        bool(first)
        and first[0].lower in ("the", "a", "an", "one", "another")
        and any(_person_noun(t) for t in first[1:] if not t.core[:1].isupper())
    )


def _unnamed_subject(toks: list[Token], k: int) -> bool:
    """The words just before the verb toks[k] are an unnamed someone: "someone yelled", "a man
    shouted", "a voice called out" -- not the person named earlier in the sentence."""
    prev = toks[k - 1]
    if prev.trail.strip():
        return False
    if prev.lower in _SOMEONE:
        return True
    if k < 2 or toks[k - 2].trail.strip() or not prev.core.islower():
        return False
    if prev.lower in _MEDIA_NOUNS or prev.lower in lexicon.WRITTEN_NOUNS or prev.lower in lexicon.SPEECH_NOUNS:
        return False  # "said in a video posted online that": the participle describes the video
    if prev.lower in _CONJUNCTIONS:
        return False  # "called it a “shambles” and said": the quoted noun is not in `toks`; "a" is not a subject
    if toks[k - 2].lower in ("another", "one"):
        # "with one legislator saying", "another official said": one of several, unnamed (not "at one point")
        return k < 3 or toks[k - 3].lower == "with" or toks[k - 3].lower not in lexicon.PREPOSITIONS
    return toks[k - 2].lower in ("a", "an") and prev.lower not in lexicon.ROLE_NOUNS


_HEARD_IN_COURT = re.compile(
    r"[\s,\u201d\u2019\"']*(?:a|an|the)\s+(?:court|jury|inquest|tribunal|hearing)\s+(?:has\s+|had\s+|was\s+)?heard\b",
    re.IGNORECASE,
)


def _opened_by_an_unnamed(noun: str, text: str) -> bool:
    """ "A young cyclist was waiting at the lights.": a sentence (or words quoted) opening with "a"
    and the role noun, maybe one word before it, and no name set off after it -- someone unnamed
    brought in under that noun."""
    for m in _UNNAMED_OPENER.finditer(text):
        if m.group(1).lower() == noun and not _NAME_AFTER_A_COMMA.match(text, m.end()):
            return True
    return False


_UNNAMED_OPENER = re.compile(r"(?:^|[.!?]\s+|[\u201c\u2018\"]\s*)(?:A|An)\s+(?:[a-z-]+\s+)?([a-z]+)\b")
# The phrase that brings in the wording of a charge: "charged with", "accused of", "convicted of"
# "in the phrase a “...”", "in the clause “...”": wording cited from a text, right before the words
_CITED_IN = re.compile(
    r"\bin\s+the\s+(?:phrase|clause|wording|sentence|passage|definition)\s+(?:(?:a|an|the)\s+)?[\"'\u201c\u2018]*$",
    re.IGNORECASE,
)
_CHARGE_PHRASE = re.compile(r"\b(?:charged with|accused of|convicted of|guilty of|indicted for)\b")
# ", a coroner said", ", a judge has ruled" closing the lede after its words: a tag of its own
_INDEFINITE_TAG = re.compile(
    r"[^,]{0,80},\s+(?:a|an)\s+([a-z]+)\s+(?:has\s+|had\s+)?(?:said|says|told|ruled|found|concluded)\b"
)
_HEARD_CLOSING = re.compile(
    r",\s+(?:a|an|the)\s+(?:court|jury|inquest|tribunal|hearing)\s+(?:has\s+|had\s+|was\s+)?heard[.\s]*$",
    re.IGNORECASE,
)
_OPENING_PARAGRAPHS = 3  # the lede and the two paragraphs after it
_SPOKES_NOUNS = frozenset(["spokesman", "spokeswoman", "spokesperson"])
_STATEMENT_WORDS = frozenset(["statement", "response"])
_COPULAS = frozenset(["is", "was", "are", "were", "be", "been", "became", "becomes", "remains", "remained"])


def _an_indefinite_someone_before(toks: list[Token], w: int) -> bool:
    """ "spoke with a University of Texas doctor who said", "quoted an analyst, who said": the one
    "who" (toks[w]) speaks is someone unnamed brought in with "a"/"an" -- not "Ana Ruiz, a nurse
    who said" or "Ruiz is a nurse who said", where the nurse is the one named."""
    if w < 2 or not toks[w - 1].core.islower() or toks[w - 1].trail.strip() not in ("", ","):
        return False
    for j in range(w - 2, max(0, w - 8), -1):
        if _punctuated(toks[j]):
            return False
        if toks[j].lower in ("a", "an"):
            before = toks[j - 1] if j else None
            return (
                before is not None
                and before.core.islower()
                and not _punctuated(before)
                and before.lower not in _COPULAS
            )
    return False


def _joined_to_an_unnamed_verb(toks: list[Token], k: int) -> bool:
    """ "woken by someone banging on the door and shouting “Fire!”", "a man ran in and yelled": the
    verb toks[k] after "and" shares the subject of the verb of the same form a few words before --
    an unnamed someone there is the speaker too, not the one who heard it."""
    if k < 3 or toks[k - 1].lower != "and" or _punctuated(toks[k - 1]):
        return False
    suffix = "ing" if toks[k].lower.endswith("ing") else "ed" if toks[k].lower.endswith("ed") else ""
    if not suffix:
        return False
    for j in range(k - 2, max(0, k - 9), -1):
        if _punctuated(toks[j]):
            return False
        if toks[j].lower.endswith(suffix) and toks[j].core.islower():
            return _unnamed_subject(toks, j)
    return False


_MEDIA_NOUNS = frozenset(
    ["video", "clip", "post", "tweet", "statement", "letter", "email", "interview", "podcast", "speech"]
    + ["broadcast", "recording", "livestream", "message", "update", "report", "story", "thread"]
)


_ACCORDING_TO_BEFORE = re.compile(r"\baccording to(?:\s+[A-Z][\w.]*){0,2}\s*$")
_OWNER_AFTER = re.compile(
    r"[\"'\u201d\u2019]?(?:\s*[\u2014\u2013]\s*|\s+)(?:(?:(?:[Tt]hat|This|Such|Those|These)(?:['\u2019]s|\s+is|\s+was|\s+are|\s+were)"
    r"|(?P<plain>(?<=[\"\u201d]\s)(?:was|is)))\s+"  # "“...,” was how Ana Ruiz put it": the verb straight after the words
    r"(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,4}?(?:assessment|view|verdict|opinion|take|warning|advice|message|"
    r"prediction|conclusion|word|words|reaction|response|thinking|feeling|sentiment)\s+(?:of|from)|(?P<how>how)"
    r"|(?P<bare>(?<=was\s)(?=[A-Z]|the\s)))"  # "That was Sen. Ana Ruiz, speaking on ...": named straight after
    r"|So\s+says|(?:The|Those|These)\s+(?:words|remarks?|comments?)\s+(?:came|were)\s+from)"  # "The words came from X"
    r"\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
)
# After a name that "That was" introduces: the sentence ends, or the speaker's occasion follows
_BARE_OWNER_END = re.compile(r"\s*(?:[,.;]|\s(?:speaking|talking|writing)\b)")
# The same, opening the paragraph after the words
_OWNER_OPENING = re.compile(_OWNER_AFTER.pattern.replace(r"\s+", r"\s*", 1))
# "The remark, made by Cllr X, ...", "The comments by X": words of someone unnamed, named next
_REMARK_BY = re.compile(
    r"\s*(?:The|Those|These|That|This)\s+(?:remarks?|comments?|words|quip|outburst|claim),?\s+(?:made\s+)?by\s+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
)
_OWNING_VERB = re.compile(r"\b(?:sees|saw|puts|put|describes|described|explains|explained|sums|summed)\b")

_PASSIVE_CRITICISM = frozenset(
    ["accused", "criticised", "criticized", "condemned", "blamed", "branded", "labelled", "labeled"]
    + ["slammed", "mocked", "ridiculed", "attacked", "denounced", "lambasted", "dubbed", "called"]
)


def _described_after_the_copula(toks: list[Token], after: int, text: str, open_pos: int) -> bool:
    """ "Ana Ruiz, 22, was “a jeans-and-boots girl” who ...": right after the name (and an age), "was"
    or "is" and a quoted noun phrase opening with "a"/"an" -- a description of her, quoted from
    those who knew her, not her own words."""
    rest = [t for t in toks if t.start >= after]
    if rest and rest[0].core.isdigit() and rest[0].trail.strip() == ",":
        rest = rest[1:]  # the age in apposition
    if len(rest) != 1 or rest[0].lower not in ("was", "is") or rest[0].trail.strip():
        return False
    words = text[open_pos + 1 : open_pos + 5].split(None, 1)
    return bool(words) and words[0].lower() in ("a", "an")


# Unnamed groups that narrate about someone ("Others describe him", "His family was glad")
_GROUP_SUBJECTS = frozenset(
    ["others", "friends", "family", "relatives", "neighbors", "neighbours", "colleagues", "classmates"]
)
_THIRD_PERSON = re.compile(r"\b(?:him|his|he|her|she)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Z][a-z]+")
_PUTTING = frozenset(["put", "puts"])  # "As Ana Ruiz puts it, “...”"
# "It was hard for Ivo Brandt to put it into words": the name after "for" is the infinitive's subject
_INFINITIVE_AFTER = re.compile(r"\s+to\s+[a-z]")


def _target_of_a_passive(toks: list[Token], after: int) -> bool:
    """ "X was accused of “...”", "X has been branded “...”": right after the name, a passive verb
    of criticism -- X is its target, and the words are someone else's."""
    rest = [t for t in toks if t.start >= after][:4]
    for k, tok in enumerate(rest):
        if tok.lower in _PASSIVE_CRITICISM:
            return k > 0 and rest[k - 1].lower in _BE_FORMS
        if tok.lower not in _BE_FORMS and tok.lower not in ("has", "have", "had") or tok.trail.strip():
            return False
    return False


# Those who speak for someone without being them: "a source close to X", "allies of X"
_ASSOCIATES = frozenset(
    ["source", "sources", "ally", "allies", "aide", "aides", "friend", "friends", "associate", "associates"]
    + ["rep", "reps", "pal", "pals", "insider", "representative", "representatives", "publicist", "pal"]
    + ["confidant", "confidants", "adviser", "advisers", "advisor", "advisors", "supporters", "insiders"]
    # "the family of X said", "Relatives of X said": X's circle speaks, not X
    + ["family", "relatives", "relative", "parents", "neighbours", "neighbors", "colleagues", "classmates"]
    + ["teammates"]
    + ["supporter", "backer", "backers", "loyalist", "loyalists"]  # "a Kerr backer in the Senate said"
)

_OBJECT_VERBS = frozenset(
    ["told", "met", "saw", "hit", "beat", "gave", "sent", "took", "found", "thanks", "thank", "let", "made"]
    + ["left", "won", "sued", "named", "hired", "fired", "called", "backed", "beaten", "defeated", "against"]
)


def _descriptor_opening_the_sentence(toks: list[Token], index: int) -> bool:
    """ "Syrian refugee X", "Former miner X": a lower-case noun right after a capitalised word that
    opens the sentence, before the name -- a description, not a verb with the name as its object."""
    if index < 1 or toks[index - 1].trail.strip() or not toks[index - 1].core[:1].isupper():
        return False
    if toks[index - 1].lower in lexicon.SUBJECT_PRONOUNS or not opens_sentence(toks, index - 1):
        return False
    if toks[index - 1].lower.endswith("ed"):
        return False  # "Asked about X": a participle opens the sentence
    if toks[index - 1].lower.endswith("ing") and not _verb_after_the_name(toks, index + 1):
        return False  # "Praising defender X, the coach said", but "Mining contractor X, who ..., said"
    low = toks[index].lower
    return not (
        low.endswith(("ed", "ing"))
        or low in _OBJECT_VERBS
        or low in lexicon.REPORTING_VERBS
        or low in lexicon.PREPOSITIONS
        or low in _CONJUNCTIONS
        or low in lexicon.SUBJECT_DETERMINERS
    )


def _verb_after_the_name(toks: list[Token], i: int) -> bool:
    """The name opening at toks[i] is followed, past a relative clause set off by commas, by a
    lower-case word that is no preposition or conjunction -- its verb, so it is the subject."""
    while i + 1 < len(toks) and not toks[i].trail and toks[i + 1].core[:1].isupper():
        i += 1
    if i + 1 < len(toks) and toks[i].trail == "," and toks[i + 1].lower in _RELATIVE_PRONOUNS:
        i = next((j for j in range(i + 1, min(len(toks), i + 30)) if toks[j].trail), len(toks))
        if i >= len(toks) or toks[i].trail != ",":
            return False
    elif toks[i].trail:
        return False
    if i + 1 >= len(toks):
        return False
    low = toks[i + 1].lower
    return toks[i + 1].core.islower() and low not in lexicon.PREPOSITIONS and low not in _CONJUNCTIONS


def _before_a_set_off_phrase(toks: list[Token], k: int) -> int:
    """ "The minister, in his remarks, said", "The chairman, during the visit, told": the end of
    a short subject ("the" and a few words) before a prepositional phrase set off by commas right
    before the verb toks[k]; else k."""
    if k < 4 or toks[k - 1].trail.strip() != ",":
        return k
    j = next((i for i in range(1, min(5, k - 1)) if toks[i].trail.strip()), -1)
    if j < 1 or toks[j].trail.strip() != "," or toks[0].lower not in ("the", "a", "an"):
        return k
    opener = toks[j + 1].lower
    # "in his remarks", "while speaking to newsmen", "addressing reporters"
    if not (
        opener in lexicon.PREPOSITIONS or opener in _TIME_CONJUNCTIONS or (len(opener) > 5 and opener.endswith("ing"))
    ):
        return k
    return k if any(t.trail.strip() for t in toks[j + 1 : k - 1]) else j + 1


def _named_in_an_opening_phrase(toks: list[Token], mention: Mention, k: int) -> int:
    """ "In a statement signed by his media aide, Mr X, the governor said", "Through his lawyer, X,
    the senator said": the name closes a prepositional phrase opening the sentence, and "the
    <role>" right after its comma is the subject of the verb toks[k] -- the index where that
    subject opens, else -1."""
    if not toks or toks[0].lower not in lexicon.PREPOSITIONS:
        return -1
    i = next((j for j in range(k) if toks[j].end == mention.end), -1)
    if i < 0 or toks[i].trail.strip() != "," or i + 1 >= k:
        return -1
    subject = toks[i + 1 : k]
    if (
        toks[i + 1].lower in lexicon.SUBJECT_DETERMINERS
        and len(subject) <= 4
        and not any(t.trail.strip() for t in subject)
    ):
        return i + 1
    return -1


def _role_subject_before(toks: list[Token], k: int) -> bool:
    """ "the coach said", "the New Zealander said": a determiner and a role or description right
    before the verb toks[k]."""
    if k < 2 or toks[k - 1].trail.strip() or toks[k - 2].trail.strip():
        return False
    head = toks[k - 1].lower
    j = k - 2
    if j > 0 and toks[j].lower not in lexicon.SUBJECT_DETERMINERS and not toks[j - 1].trail.strip():
        j -= 1  # "the veteran coach"
    return toks[j].lower in lexicon.SUBJECT_DETERMINERS and (
        head in lexicon.ROLE_NOUNS or _describes_person(head) or head in lexicon.DEMONYM_NOUNS
    )


def _asks_anonymity(toks: list[Token]) -> bool:
    """ "who requested anonymity", "asked not to be named", "asked that his name not be used": a
    sentence about someone who is not named at their own request."""
    name = False
    for t0, t in pairwise(toks):
        name = name or t0.lower in ("name", "names")
        if t.lower == "anonymity" or (
            t0.lower == "be" and (t.lower in ("named", "identified") or (name and t.lower in _NAME_WITHHELD))
        ):
            return True
    return False


_NAME_WITHHELD = frozenset(["used", "published", "printed"])  # "asked that her name not be used"


def _someone_unnamed(tok: Token, gender: str, indefinite: bool, owned: bool = False) -> bool:
    """The head of an unnamed subject a pronoun of `gender` can stand for: a noun of that sex ("a
    spokeswoman", "her mother"), or after "a", "one", "another" (`indefinite`) or a possessive
    set off by a comma (`owned`: "Her neighbor, a retired firefighter,"), a noun of either sex
    for someone ("a resident", "one constituent")."""
    if not tok.core.islower():
        return False
    if tok.lower in lexicon.GENDERED_NOUNS:
        return lexicon.GENDERED_NOUNS[tok.lower] == gender
    # "A resident", "One constituent", "Her neighbor, a retired firefighter,": someone not named
    if not (indefinite or owned):
        return False
    return tok.lower in lexicon.ROLE_NOUNS or _describes_person(tok.lower)


def _heard_a_relative(toks: list[Token], k: int) -> bool:
    """ "Ana Ruiz heard her brother yell “Get down!”": an unnamed relative heard saying the words
    (the verb toks[k] after "her brother", a hearing verb before them) is not the listener."""
    if k < 3 or toks[k - 1].trail.strip() or toks[k - 2].trail.strip():
        return False
    d = k - 3 if toks[k - 2].lower == "other" and k >= 4 and not toks[k - 3].trail.strip() else k - 2
    # "heard her brother yell", and someone unnamed: "heard the other neighbour yell", "heard a man scream"
    other = toks[d].lower == "the" and d == k - 3  # "the other neighbour", not "the victim": named, maybe
    if toks[d].lower not in lexicon.POSSESSIVE_DETERMINERS and toks[d].lower not in ("a", "an") and not other:
        return False
    if toks[k - 1].lower not in lexicon.FAMILY_NOUNS and not _person_noun(toks[k - 1]):
        return False  # "heard her neighbour scream", "recalled his friend saying": anyone close, unnamed
    if d < 1:
        return False
    return toks[d - 1].lower in _HEARING_VERBS or toks[d - 1].lower in ("saw", "watched", "recalled", "remembered")


_INDEFINITE = frozenset(["a", "an", "one", "another"])
# "The woman, Ana Ruiz," naming someone introduced before as "a 74-year-old (Harlow Bay) woman"
_THE_ONE_NAMED = re.compile(r"\b[Tt]he (man|woman|boy|girl|driver|victim|teen|teenager), $")
_AGED_NOUN = re.compile(
    r"\b[Aa]n? (\d{1,3})-year-old (?:[A-Z][\w'-]* ){0,3}(man|woman|boy|girl|driver|victim|teen|teenager)\b"
)
# "the elder Brouwer" is a parent of Brouwer, "the younger Brouwer" a child
_GENERATIONS = {
    "elder": frozenset(["father", "mother", "dad", "mum", "mom"]),
    "younger": frozenset(["son", "daughter"]),
}
# An interviewer's question in a question-and-answer story: "Q: Why run now?", "Question. Why?"
_QA_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s.*\?\s*$", re.DOTALL)


_SECOND_IN_OFFICE = frozenset(["deputy", "vice", "assistant", "associate", "acting", "interim", "former", "junior"])


def _second_in_office(title_words: list[str], role: str) -> bool:
    """The title holds `role` only as its deputy's, a stand-in's or a former holder's ("Deputy
    Reeve", "acting chief", "former mayor")."""
    if role not in title_words:
        return False
    k = title_words.index(role)
    if title_words[k + 1 : k + 3] == ["of", "state"] and role == "minister":
        return True  # "Minister of State": a junior minister (Ireland, the UK, India, Canada)
    return k > 0 and title_words[k - 1] in _SECOND_IN_OFFICE


def _named_owner_of_kin(toks: list[Token], gender: str) -> int:
    """ "Reinholt's mother", "Ivo Reinholt's father": the index of the relative's noun (of the
    pronoun's sex) after a capitalised possessive opening the sentence; 0 if it does not open so."""
    for k in range(1, min(4, len(toks))):
        prev = toks[k - 1]
        if not prev.core[:1].isupper() or (prev.trail and not prev.possessive):
            return 0
        if prev.possessive:
            kin = toks[k]
            ok = kin.core.islower() and kin.lower in lexicon.KIN_NOUNS
            return k if ok and lexicon.GENDERED_NOUNS.get(kin.lower) == gender else 0
    return 0


def _after_an_indefinite(toks: list[Token], i: int) -> bool:
    """toks[i] follows "a", "an", "one" or "another", up to two lower-case words between ("a
    brief written statement")."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if toks[j].lower in _INDEFINITE:
            return True
        if toks[j].trail or not toks[j].core.islower():
            return False
    return False


_SHOWN_CUES = frozenset(["wording", "crowd"])  # evidence for words a sign shows or a crowd calls out
# A word of showing or calling out that may govern words later in its sentence (a cheap gate)
_SHOWN_HINT = re.compile(
    r"\b(?:" + "|".join(sorted(lexicon.WORDING_VERBS | lexicon.WRITTEN_NOUNS | lexicon.CROWD_NOUNS)) + r")\b",
    re.IGNORECASE,
)
# Participles opening a sentence about someone put a question to: a pronoun in that opening
# clause is the subject named after it ("Asked whether he would stay, Ana Ruiz laughed").
_SPOUSE_NOUNS = frozenset(["husband", "wife", "partner", "spouse", "widow", "widower"])
# "Referring to ...,", "Citing ...,": a sentence opening with a capitalised participle
_PARTICIPLE_OPENING = re.compile(r"\s*[A-Z][a-z]{2,}ing\b")
_ASKED_OPENERS = frozenset(["asked", "pressed", "questioned", "quizzed", "challenged", "told"])
# A sentence opening with one of them, checked on the text without tokenising the clause
_ASKED_OPENING = re.compile(
    r"\s*(?:(?:but|and|yet|then)\s+)?(?:" + "|".join(sorted(_ASKED_OPENERS)) + r")\b", re.IGNORECASE
)


def _asked_opener(words: list[Token]) -> bool:
    """The sentence opens with "Asked ...", perhaps after a conjunction ("But asked about X, ...")."""
    first = 1 if len(words) > 1 and words[0].lower in _CONJUNCTIONS and not words[0].trail.strip() else 0
    return words[first].lower in _ASKED_OPENERS


_DASHES = frozenset(["\u2014", "\u2013", "-", "--"])


_RELATIVE_PRONOUNS = frozenset(["who", "whose", "whom"])
# "The governor, who spoke through his spokesman, X, said" / "represented by his deputy, X,": words
# delivered by someone else on the role holder's behalf.
_DELIVERED_THROUGH = frozenset(["spoke", "speaking", "represented"])
# "According to her, “...”" and "In his view, “...”": a pronoun cited as the source of the words.
_OBJECT_TO_SUBJECT = {"him": "he", "her": "she"}
_POSSESSIVE_TO_SUBJECT = {"his": "he", "her": "she"}
_OPINION_NOUNS = frozenset(["view", "words", "opinion", "estimation", "reckoning"])
_TIME_CONJUNCTIONS = frozenset(["while", "when", "after", "before", "whilst"])
_STYLES_OF_ADDRESS = frozenset(["highness", "majesty", "excellency", "eminence", "holiness", "lordship", "ladyship"])
# Words of judging aloud or of the mood someone spoke in, which a paragraph uses to announce their
# words: "X praised his striker", "X was full of praise for", "X disagreed", "X was gracious in defeat"
_JUDGING_WORDS = frozenset(
    ["praise", "praised", "praises", "hailed", "lauded", "tribute", "credited", "thanked", "applauded"]
    + ["commended", "criticised", "criticized", "blamed", "defended", "singled", "slammed", "questioned"]
    + ["disagreed", "disagrees", "objected", "scoffed", "shrugged", "apologised", "apologized"]
    + ["gracious", "philosophical", "blunt", "upbeat", "defiant", "candid", "frank", "emotional", "realistic"]
    + ["magnanimous", "pragmatic", "bullish", "cautious", "optimistic", "downbeat", "furious", "delighted"]
    + ["disappointed", "thrilled", "relieved", "impressed", "unimpressed", "unrepentant", "adamant"]
    + ["rejected", "rejects", "dismissed", "dismisses", "rebuffed", "brushed", "countered", "bristled"]
    + ["differently", "calmly", "unmoved", "unfazed", "sanguine", "conciliatory", "different", "angry"]
    + ["incensed", "indignant", "refuted", "rebutted", "disputed", "disputes", "denied", "denies"]
)


def _relative_clauses(toks: list[Token], k: int) -> list[tuple[int, int]]:
    """Character ranges of the relative clauses set off by commas before toks[k] ("Ana Ruiz,
    whose son Leo plays for the club, said", "Friends from the club, where X played, said"): from the relative pronoun to the closing comma."""
    clauses = []
    for j in range(1, k):
        if (toks[j].lower in _RELATIVE_PRONOUNS or toks[j].lower == "where") and toks[j - 1].trail == ",":
            end = next((i for i in range(j, k) if toks[i].trail.startswith(",")), None)
            if end is not None:
                clauses.append((toks[j].start, toks[end].end))
    return clauses


def _joined_to_the_verb_before(toks: list[Token], k: int) -> bool:
    """ "... the account and would say he panicked": the verb toks[k] follows "and" (or "but"),
    past auxiliaries and adverbs, so it shares the subject of the verb before the quotation."""
    j = k - 1
    while j > 0 and not toks[j].trail and (toks[j].lower in _AUXILIARIES or toks[j].lower in _ADVERBS):
        j -= 1
    return 0 < j < k and toks[j].lower in ("and", "but") and not toks[j].trail


_ACCUSING = frozenset(["accused", "accuses", "accuse", "accusing"])


def _accused_of_before(toks: list[Token], k: int) -> bool:
    """ "accused the executive of “...”", "accused him of keeping members “...”": toks[k] accuses
    someone (a few words, not a passive "was accused") of what the quotation, a few words after
    "of" at the end of `toks`, says."""
    return (
        k + 2 < len(toks) <= k + 10
        and any(t.lower == "of" for t in toks[k + 2 :][-4:])
        and (k == 0 or toks[k - 1].lower not in _BE_FORMS)
        and not any(_punctuated(t) for t in toks[k:])
    )


def _accused_right_before(toks: list[Token], k: int) -> bool:
    """ "he accused “shady bosses” of “slow-walking” the count": the quotation right after the
    verb toks[k], or after its "of" when the one accused was a quotation too."""
    if k > 0 and toks[k - 1].lower in _BE_FORMS or _punctuated(toks[k]):
        return False
    if k == len(toks) - 1:
        return True
    # "of" after a quotation the window skipped (not a passive "X accused of “...”")
    return k == len(toks) - 2 and toks[-1].lower == "of" and toks[-1].start - toks[k].end > 2


def _crowd_after_as(toks: list[Token], k: int) -> int:
    """ "turned raucous as veterans and their families confronted him, shouting him down and
    chanting": the index of the bare plural noun opening the last "as" clause before the verb
    toks[k], with no pronoun subject after it, else -1."""
    a = next((j for j in range(k - 2, max(-1, k - 30), -1) if toks[j].lower == "as"), -1)
    if a < 0 or not _bare_plural_subject(toks, a + 1, k):
        return -1
    return -1 if any(t.lower in _SUBJECT_PRONOUNS_OF_A_CLAUSE for t in toks[a + 2 : k]) else a + 1


def _bare_plural_subject(toks: list[Token], j: int, k: int) -> bool:
    """ "as veterans shouted him down and chanted": a lower-case plural noun with no determiner
    (not a pronoun) opening the clause toks[j:k] before its verb -- a crowd."""
    word = toks[j]
    return (
        j + 1 < k
        and word.core.islower()
        and word.lower.endswith("s")
        and word.lower not in lexicon.PERSON_PRONOUNS
        and word.lower not in _CONJUNCTIONS
        and word.lower not in _NOT_PLURAL_NOUNS
        and not word.trail
        and toks[j + 1].core.islower()
    )


def _clause_just_before(toks: list[Token], k: int, clauses: list[tuple[int, int]]) -> bool:
    """The last relative clause ends right before the verb toks[k] ("The agency, whose director
    X was appointed in May, said"): the verb's subject stands before the clause."""
    return bool(clauses) and k > 0 and clauses[-1][1] == toks[k - 1].end


def _past_a_time_phrase(toks: list[Token], k: int) -> int:
    """The index where a time phrase right before the verb toks[k] starts ("today", "on Monday",
    "yesterday (4 May)"), or k: it stands between a subject and its verb."""
    j = k
    if j > 1 and toks[j - 1].trail[:1] == ")":
        j = next((i for i in range(j - 1, max(0, j - 5), -1) if toks[i].lead[:1] == "("), k)  # "(11 March)"
    if j > 0 and toks[j - 1].lower in _TIME_BEFORE_A_VERB and not toks[j - 1].trail:
        j -= 1
    elif j > 1 and toks[j - 1].lower in lexicon.WEEKDAYS and toks[j - 2].lower == "on" and not toks[j - 1].trail:
        j -= 2
    return j if j < k and j > 0 and not toks[j - 1].trail.strip() else k


_TIME_BEFORE_A_VERB = frozenset(["today", "yesterday", "tonight", "earlier", "later", "again", "also"])


def _past_a_clause(toks: list[Token], k: int, clauses: list[tuple[int, int]]) -> int:
    """The index of the verb toks[k], or, when a relative clause ends right before it, of the
    clause's first word ("An adviser to X, who has not commented, said": "said" follows "X,")."""
    if not _clause_just_before(toks, k, clauses):
        return k
    return next(j for j in range(k) if toks[j].start == clauses[-1][0])


def _unnamed_speakers(toks: list[Token]) -> Evidence | None:
    """ "“...,” officials said.", "“...,” one resident told the Herald.": after a quotation, a
    short lower-case subject naming no one (a group, a quantity, a description), then a
    reporting verb -- someone unnamed speaks, not the last person the text named."""
    for k, tok in enumerate(toks[: _MAX_UNNAMED_SUBJECT + 1]):
        if tok.lower in lexicon.REPORTING_VERBS and tok.core.islower():
            return Evidence(None, "unnamed", tok.lower) if k > 0 else None
        if not tok.core.islower() or tok.trail.strip() or tok.lead or tok.lower in _CONJUNCTIONS:
            return None
    return None


def _in_apposition_to_a_noun(text: str, m: Mention) -> bool:
    """ "his rival, Tyler Dawes,": a name between commas right after a lower-case word."""
    before = text[: m.start].rstrip()
    if not before.endswith(","):
        return False
    word = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
    return word.islower() and text[m.end : m.end + 1] == ","


def _names_the_role_of_the_next(toks: list[Token], m: Mention, nxt: Mention) -> bool:
    """ "Quintanilla campaign manager Ted Orozco", "Trump spokeswoman Ann Berg": a name, then only
    lower-case title words, then the next name: the first names whose role the second holds."""
    last = next((t for t in toks if t.end >= m.end), None)
    between_words = [t for t in toks if m.end <= t.start < nxt.start]
    return (
        bool(between_words)
        and last is not None
        and not last.trail
        and not any(t.trail.strip() or t.lead for t in between_words)
        and all(t.core.islower() and _is_title_token(t) for t in between_words)
        and any(t.lower in lexicon.ROLE_NOUNS for t in between_words)
    )


def _role_for_someone(toks: list[Token], lo: int, hi: int) -> bool:
    """ "a spokesman for Ana Ruiz", "an aide to Ana Ruiz": a lower-case role noun, then "for", "of"
    or "to" and the one it serves, in toks[lo:hi]."""
    return any(
        toks[j].core.islower()
        and toks[j].lower in lexicon.ROLE_NOUNS
        and not toks[j].trail.strip()
        and toks[j + 1].lower in ("for", "of", "to")
        for j in range(lo, hi - 1)
    )


# Records of what someone said: "according to a transcript", "according to a translation"
_RECORD_NOUNS = frozenset(
    ["transcript", "transcripts", "readout", "recording", "translation", "video", "audio", "footage", "tape"]
)


# Documents that carry words of their own: "according to the report", "according to the ruling"
_DOCUMENT_NOUNS = frozenset(
    ["report", "ruling", "judgment", "judgement", "findings", "document", "documents", "filing", "indictment"]
    + ["charge", "sheet", "audit", "review", "inquiry", "minutes", "petition", "motion", "resolution"]
)


def _a_document_named(toks: list[Token], lo: int, hi: int) -> bool:
    """toks[lo:hi] name a document ("the committee report published on Friday", "a draft report"): "the" or
    "a", then a document noun among the next three words."""
    return (
        hi - lo >= 2
        and toks[lo].lower in ("the", "a", "an")
        and any(t.lower in _DOCUMENT_NOUNS for t in toks[lo + 1 : min(hi, lo + 4)])
    )


def _a_record_after(toks: list[Token], k: int) -> bool:
    """ "according to a transcript (of the call)": a record of speech within the few words after "according"."""
    return any(t.lower in _RECORD_NOUNS for t in toks[k + 2 : k + 6])


def _said_before(toks: list[Token], k: int) -> bool:
    """A lower-case reporting verb ("said", "told") stands before toks[k] in the clause."""
    return any(t.lower in lexicon.REPORTING_VERBS and t.core.islower() for t in toks[:k])


def _a_bodys_name(toks: list[Token], lo: int, hi: int) -> bool:
    """ "the National Hurricane Center", "the Coast Guard": after "the", capitalised words ending in a
    capitalised role noun with no one holding it -- the name of a body, not a description of someone."""
    return hi - lo >= 3 and all(t.core[:1].isupper() and not t.trail.strip() for t in toks[lo + 1 : hi])


def _role_set_off_before(lead: list[Token]) -> bool:
    """ "Her editor, Claudia Whitmore, remembers ...", "Kenya’s minister, Ana Ruiz, appealed ...":
    a short role phrase set off by a comma before the name it describes."""
    while lead and not lead[-1].trail and _title_like(lead[-1]) and lead[-1].core[:1].isupper():
        lead = lead[:-1]  # "The chairwoman, Senator Susan Whitmore,": the title of the name itself
    # "The company's managing director, Alistair Pendle,": an owner's possessive inside the role
    if not lead or lead[-1].trail != "," or any(t.trail and not t.possessive for t in lead[:-1]):
        return False
    if len(lead) > 2 and lead[0].lower in _CONJUNCTIONS and lead[1].lower in ("the", "a", "an"):
        lead = lead[1:]  # "But the president of the union, Ann Lee, dismissed ..."
    if len(lead) > 3:
        lead = _role_before_its_body(lead)  # "The Minister of Trade,": the role, without the body it heads
    if len(lead) > 5:
        return False
    first = lead[0].lower
    owner = lead[0].possessive and lead[0].core[:1].isupper() and len(lead) > 1  # a country's or a body's
    return (
        (first in lexicon.POSSESSIVE_DETERMINERS or first in ("the", "a", "an") or owner)
        and lead[-1].lower in lexicon.ROLE_NOUNS
        and all(t.core.islower() or t.lower in lexicon.ROLE_NOUNS for t in lead[1:])  # "The Taoiseach,"
    )


_BODY_PREPOSITIONS = ("of", "for", "at", "with")
_ROLE_BODY_MAX = 8  # "at the Kiel Institute for the World Economy"


def _role_before_its_body(lead: list[Token]) -> list[Token]:
    """ "The Minister of Trade,", "The Minister for Housing,", "An economist at the Kiel Institute
    for the World Economy,": the words up to a role noun followed by "of", "for", "at" or "with"
    and the capitalised name of a body (with "of", "for", "and", "the" inside) or a body in lower
    case after "the" ("The head of the union,"), ending the phrase; else `lead` unchanged."""
    at = next((j for j in range(1, len(lead) - 2) if lead[j + 1].lower in _BODY_PREPOSITIONS), 0)
    if not at or lead[at].lower not in lexicon.ROLE_NOUNS:
        return lead
    body = lead[at + 2 :]
    if len(body) > _ROLE_BODY_MAX:
        return lead
    if not all(t.core[:1].isupper() or t.lower in ("of", "for", "and", "the") for t in body) and not (
        body[0].lower == "the" and all(t.core.islower() for t in body)
    ):
        return lead  # a body in capitals, or in lower case after "the": "The head of the union,"
    return lead[: at + 1]


def _is_title_token(tok: Token) -> bool:
    word = tok.lower.rstrip(".")
    return word in lexicon.HONORIFICS or word in lexicon.ROLE_NOUNS or word in lexicon.TITLE_MODIFIERS


def _role_of_a_role(lowered) -> list[str]:
    """ "a spokesman for the mayor", "the chief of staff to the president": the words up to the
    preposition when "the <role>" follows it; the second role is someone the first speaks for."""
    words = list(lowered)
    for i, word in enumerate(words):
        if (
            word in ("for", "of", "to")
            and any(w in lexicon.ROLE_NOUNS for w in words[:i])
            and i + 2 < len(words)
            and words[i + 1] in ("the", "his", "her", "their")
            and words[i + 2] in lexicon.ROLE_NOUNS
        ):
            return words[:i]
    return words


# Words of age before "man" or "woman" that make an epithet of the person a story is about
_AGE_ADJECTIVES = frozenset(["old", "older", "elderly", "young", "younger", "aged"])
# Verbs whose object does what the participle after it says: "X heard the crowd chanting “...”"
_PERCEIVING = _FINDING_VERBS | frozenset(["heard", "hears", "watched", "watches", "filmed", "recorded"])
_TOLD = frozenset(["told"])
# A video script's clip label: "SOUNDBITE (ENGLISH): ANA RUIZ, mayor of Kesby", "SOT: ANA RUIZ"
_SOUNDBITE = re.compile(
    r"(?:SOUNDBITE|SOT)\s*(?:\([^)]{1,30}\))?\s*:\s*([A-Z][A-Z'\u2019.-]*(?:\s+[A-Z][A-Z'\u2019.-]*){0,3})(?:,|$)"
)
# Words that say a role's holder goes unnamed: "the unidentified neighbor said"
_UNNAMED_MODIFIERS = frozenset(["unidentified", "unnamed", "anonymous"])


def _role_or_trade(word: str) -> bool:
    """A role ("the mayor") or a trade ("the painter") that can name the subject of a sentence."""
    return word in lexicon.ROLE_NOUNS or word in lexicon.TRADE_NOUNS


_TIME_OR_PLACE_AFTER_A_SUBJECT = frozenset(["after", "following", "before", "during", "at", "on", "in", "outside"])


def _epithet_head(words: list[str]) -> str:
    """ "the Spaniard", "the accused", "the 23-year-old from Chandigarh", "the clubman": the noun
    describing a person that the words after "the" end in (before "from" and where from), else ""."""
    if "from" in words[2:-1]:
        words = words[: words.index("from", 2)]
    cut = next((i for i, w in enumerate(words[2:], 2) if w in _TIME_OR_PLACE_AFTER_A_SUBJECT), 0)
    if cut:
        words = words[:cut]  # "said the Norwegian after the race": the noun before the time phrase
    head = words[-1]
    if _describes_person(head) or words[1:] == ["accused"] or _man_compound(head):
        return head
    return ""


def _demonym(word: str) -> bool:
    return word in lexicon.DEMONYMS or word in lexicon.DEMONYM_NOUNS


def _man_compound(word: str) -> bool:
    """ "clubman", "countrywoman", "batsman": a noun for a person in -man / -woman (but not "human")."""
    return word.endswith(("man", "woman")) and len(word) > 5 and word not in _NOT_MAN_COMPOUNDS


_NOT_MAN_COMPOUNDS = frozenset(["human", "ottoman", "walkman", "doberman"])


def _describes_person(word: str) -> bool:
    return (
        word in lexicon.DEMONYMS
        or word in lexicon.DEMONYM_NOUNS
        or word in lexicon.DESCRIPTION_NOUNS
        or word in lexicon.TRADE_NOUNS
        or ("-" in word and bool(_AGED.fullmatch(word) or _PARENT_OF.fullmatch(word)))  # both hyphenated
    )


_AGED = re.compile(r"\d{1,3}-year-old")
# "the mum-of-three", "the father-of-two", "the grandmother-of-12"
_PARENT_OF = re.compile(
    r"(?:mother|mum|mom|father|dad|grandmother|grandfather|gran|grandma|grandad|grandpa|nan)-of-"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
)
# An age given before a name, with up to two lower-case words between ("18-year-old striker ").
_AGED_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,2}$")


def _ex_role(word: str) -> str:
    """ "ex-governor" -> "governor": an office once held (not a relation: "ex-wife" stays)."""
    role = word[3:]
    return role if role in lexicon.ROLE_NOUNS and role not in lexicon.FAMILY_NOUNS else word


# "Chief Ade Bello, 74, ..." / "the septuagenarian said": a decade of life ("s7": 70 to 79).
_DECADE_NOUNS = {"sexagenarian": "s6", "septuagenarian": "s7", "octogenarian": "s8", "nonagenarian": "s9"}
_TEEN_NOUNS = frozenset(["teenager", "teen"])
# The parties to a case and those who try or argue it: "the defendant" is never the judge
_PARTIES_TO_A_CASE = frozenset(
    ["defendant", "accused", "complainant", "plaintiff", "claimant", "appellant", "respondent", "suspect", "offender"]
)
_TIME_CLAUSE_OPENERS = _SUBORDINATORS - {"because", "since"}  # the clauses of time among them
_OFFICERS_OF_A_COURT = frozenset(
    ["judge", "justice", "magistrate", "coroner", "prosecutor", "prosecuting", "counsel", "barrister", "solicitor"]
    + ["sheriff", "recorder", "registrar", "juror", "jury", "crown", "defence", "defense", "attorney", "lawyer"]
)
_GIVEN_AGE = re.compile(r"(?:,\s*|\s*\()(\d{1,3})\b(?!\s*(?:%|per|years|-))")


# Verbs that put something down to a cause: "which X attributed to “...”", "X blamed it on “...”"
_ATTRIBUTING = frozenset(
    ["attributed", "attributes", "attributing", "ascribed", "ascribes", "blamed", "blames", "blaming"]
    + ["credited", "credits", "pinned", "pins"]
)


def _participle_as_adjective(toks: list[Token], k: int) -> bool:
    """ "in a written comment", "a phrase the invited guests cheered": right after "a", "an" or
    "the", a verb of saying toks[k] is an adjective, not the verb of a clause."""
    return k > 0 and toks[k - 1].lower in ("a", "an", "the") and not toks[k - 1].trail


def _person_noun(tok: Token) -> bool:
    """A noun for someone, in lower case or an acronym ("spokeswoman", "backer", "MP", "mother")."""
    low = tok.lower
    return (tok.core.islower() or tok.core.isupper()) and (
        low in lexicon.ROLE_NOUNS
        or low in _ASSOCIATES
        or low in lexicon.GENDERED_NOUNS
        or low in lexicon.FAMILY_NOUNS
        or _describes_person(low)
    )


_RELATIVE_NOUN_LINKS = frozenset(["who", "that"])


def _described_person(toks: list[Token], d: int, end: int) -> int:
    """ "a Treasury spokeswoman", "a senior Liberal MP who backs the leader", "a Kerr backer in the
    Senate", "the paramedic who treated X": from the determiner toks[d] to toks[end], a few
    modifiers ending in a noun for someone, then nothing, adverbs ("later"), a phrase opening with
    a preposition or a relative clause whose verb follows "who" or "that" -- the index of that
    noun, the head of a subject naming no one by itself; else -1."""
    if end - d < 2 or any(_punctuated(t) for t in toks[d : end - 1]):
        return -1
    stop = d + 1
    while (
        stop < end
        and stop <= d + 5
        and toks[stop].lower not in _RELATIVE_NOUN_LINKS
        and toks[stop].lower not in lexicon.PREPOSITIONS
        and toks[stop].lower not in _ADVERBS
        and toks[stop].lower not in lexicon.REPORTING_VERBS
    ):
        stop += 1
    head = stop - 1
    if head == d or not _person_noun(toks[head]):
        return -1
    rest = toks[stop:end]
    if (
        not rest
        or all(t.lower in _ADVERBS or t.lower in _AUXILIARIES for t in rest)
        or rest[0].lower in lexicon.PREPOSITIONS
        or (
            rest[0].lower in _RELATIVE_NOUN_LINKS
            and len(rest) > 1
            and rest[1].core.islower()
            and rest[1].lower not in lexicon.SUBJECT_PRONOUNS
            and rest[1].lower not in lexicon.SUBJECT_DETERMINERS
        )
    ):
        return head
    return -1


_SHOUTING = frozenset(["shouted", "shouting", "yelled", "yelling", "screamed", "screaming", "cried"])
_SHOUT_BACK = 7  # words back from a verb of shouting to its plural subject


def _shouted_by_a_group(toks: list[Token], k: int) -> bool:
    """ "X said deputies had gone door to door shouting “Evacuate now!”", "officers yelled “Get
    down!”": a verb of shouting (toks[k]) whose subject, a few unpunctuated lower-case words
    before it, is a bare plural noun for people that opens a clause (after a reporting verb,
    "that" or punctuation) -- those people shout, not the one who reports it."""
    for j in range(k - 1, max(0, k - _SHOUT_BACK) - 1, -1):
        tok = toks[j]
        if tok.trail.strip() or not tok.core.islower():
            return False
        low = tok.lower
        singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else ""
        if singular and singular in lexicon.ROLE_NOUNS:
            before = toks[j - 1] if j > 0 else None
            return (
                before is None
                or _punctuated(before)
                or before.lower == "that"
                or (before.core.islower() and before.lower in lexicon.REPORTING_VERBS)
            )
    return False


def _unnamed_plural_subject(toks: list[Token], k: int) -> bool:
    """ "a storyline insiders say will ...", "X will quit, sources said": a bare plural noun for
    people ("insiders", "sources", "aides"), with no determiner or owner before it, right before the
    verb toks[k] is its subject -- several people no one names, not a person named earlier."""
    if k < 2:
        return False
    noun, before = toks[k - 1], toks[k - 2]
    if noun.trail or not noun.core.islower() or not (noun.lower in _ASSOCIATES and noun.lower.endswith("s")):
        return False
    return _punctuated(before) or (
        before.core.islower()
        and not before.possessive
        and before.lower not in lexicon.SUBJECT_DETERMINERS
        and before.lower not in lexicon.POSSESSIVE_DETERMINERS
        and before.lower not in _CONJUNCTIONS
        and before.lower not in lexicon.PREPOSITIONS
    )


def _opens_a_clause(toks: list[Token], d: int) -> bool:
    """toks[d] opens a clause: the sentence's first word, or after punctuation, a conjunction, a
    clause opener or a verb followed by a clause ("..., but a spokeswoman for Acme said", "X said
    a witness who saw Y told police")."""
    if d == 0:
        return True
    before = toks[d - 1]
    return (
        _punctuated(before)
        or before.lower in _CONJUNCTIONS
        or before.lower in _CLAUSE_CONJUNCTIONS
        or before.lower in _CLAUSE_OPENERS
        or before.lower in _CLAUSE_VERBS
    )


def attribute_quotes(segments, kinds, roster: Roster, spans: list[QuoteSpan]) -> list[ParsedQuote]:
    """ParsedQuote for every real quotation in `spans`, in text order.

    segments: ((kind, index), text) in reading order; kinds: segment -> "deck",
    "paragraph", "crosshead" or "caption"."""
    return Attributor(segments, kinds, roster, spans).attribute()


def _reporting_verb_before_head(words: list[str]) -> bool:
    """ "the judge said the sentence" read as one subject: a reporting verb inside it means its last
    word is what was said about, not a description of the speaker."""
    return any(w in lexicon.REPORTING_VERBS for w in words[1:-1])


# A result printed after an athlete's name in a heading or label: "(ESP) – gold", "– 1.21.554 – P14 (Q2)"
_RESULT_TAIL = re.compile(r"(?: \([A-Z]{3}\))?(?: ?[-\u2013\u2014,] ?[\w.:()/&]+(?: [\w.:()/&]+){0,5}){1,4}")


def _a_result_after_a_name(text: str, at: int) -> bool:
    """text[at:] is only a result after a name: a nation's code in brackets, then fields set off by
    dashes or commas ("(ESP) – gold", " - 1.21.554 - P14 (Q2)", ", 2nd, 9.81") with no verb of
    saying and no article ("Ana Ruiz – a life in pictures" is a crosshead about her)."""
    tail = text[at:]
    if not tail[:1].isspace() and tail[:1] != ",":
        return False
    found = _RESULT_TAIL.fullmatch(tail)
    if found is None:
        return False
    words = re.findall(r"[a-z]+", tail)
    return not any(w in lexicon.REPORTING_VERBS or w in ("a", "an", "the") for w in words)


def _a_heading_title(lead: list[str]) -> bool:
    """Words before a name in a heading line are a title: capitalised ("Visitors Head Coach"), or
    opening with a capital and ending with a role noun ("Junior guard", "Assistant head coach")."""
    if all(w[:1].isupper() for w in lead):
        return True
    return lead[0][:1].isupper() and lead[-1].lower() in lexicon.ROLE_NOUNS
