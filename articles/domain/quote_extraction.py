"""Quotes found in an article's own text by the converter, proposed to the desk and added on acceptance.

`propose` runs the converter's quote and attribution stages (articles/ingest, pure Python) over
the article's deck and body as they are stored now, and returns what it found that the article
does not hold yet, each with its speaker: a person of the newsroom matched by name or alias, or
a new person to be created. It writes nothing.

`accept` adds the quotes the editor accepted (with their words and speakers as fixed), in one
transaction and one revision, under the rules of any save: the user must be allowed to change
the article, the article must still be at the version the proposals were made from (optimistic
lock), quotes already on the article are not added twice, new people get free slugs, and the
article's quotes are renumbered so that positions follow the text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import reversion
from django.db import transaction
from django.db.models import F, Q

from articles.domain import people, permissions
from articles.domain.history import changes_since
from articles.domain.models import Article, Person, Quote
from articles.domain.plaintext import block_texts
from articles.ingest.attribute import attribute_quotes
from articles.ingest.bodytext import CAPTION, comparable
from articles.ingest.model import Block
from articles.ingest.people import build_roster
from articles.ingest.quotes import SEG_BLOCK, SEG_DECK, find_spans, judge

logger = logging.getLogger(__name__)

DECK = -1  # Quote.paragraph of a quote in the deck
VERB_LENGTH = Quote._meta.get_field("reporting_verb").max_length
CUE_LENGTH = Quote._meta.get_field("attribution_cue").max_length
NAME_LENGTH = Person._meta.get_field("name").max_length
TITLE_LENGTH = Person._meta.get_field("title").max_length
MIN_OVERLAP = 12  # characters: shorter words than this inside a held quote are still proposed
EDITOR_CUE = "desk"  # the attribution cue of a speaker the editor chose instead of the converter's


class ExtractionRefused(Exception):
    """The quotes cannot be added (permission, or the article changed); the message is for the user."""


class ArticleChanged(ExtractionRefused):
    """The article was saved by someone after the proposals were made: they may be out of date."""


@dataclass
class Proposal:
    """A quote the converter found in the text and the article does not hold yet."""

    text: str
    speaker_name: str  # as the converter names them ("" when it found no speaker)
    speaker_title: str
    speaker_aliases: list[str]
    person: Person | None  # the newsroom's person of that name or alias, when there is one
    is_partial: bool
    reporting_verb: str
    context: str
    attribution_cue: str
    paragraph: int  # body block index, or DECK
    start: int  # offset of the opening mark in that block (or deck line)
    deck_line: int = -1

    @property
    def location(self) -> tuple[int, int, int]:
        return (self.paragraph, self.deck_line, self.start)

    @property
    def speaker_is_new(self) -> bool:
        return self.person is None and bool(self.speaker_name)


@dataclass
class Accepted:
    """A proposal as the editor accepted it: the words (perhaps fixed) and the speaker (a person
    of the newsroom, a name for a new one, or neither for an unattributed quote)."""

    proposal: Proposal
    text: str
    person: Person | None = None
    new_speaker_name: str = ""


@dataclass
class Outcome:
    added: list[Quote] = field(default_factory=list)
    people_created: list[Person] = field(default_factory=list)
    skipped_duplicates: int = 0


def _words(text: str) -> str:
    """A quote's words as compared for duplicates: normalised, without the closing punctuation."""
    return comparable(text.rstrip().removesuffix(",")).rstrip(".,;:!? ")


def _run_converter(article: Article):
    """The converter's quote stages over the stored deck and body, block by block as the site
    reads them (so a quote's paragraph is the index the article's pages and checks use)."""
    deck = article.deck_lines
    plain = block_texts(article.body)  # the words readers read: Markdown links and emphasis taken out
    blocks = [
        Block(b.kind, text, i + 1, b.credit) for i, (b, text) in enumerate(zip(article.blocks, plain, strict=True))
    ]
    texts = [None if block.kind == CAPTION else block.text for block in blocks]
    spans = judge(find_spans(list(deck), texts), list(deck), texts)
    segments = [((SEG_DECK, i), line) for i, line in enumerate(deck)]
    segments += [((SEG_BLOCK, i), block.text) for i, block in enumerate(blocks)]
    kinds = {(SEG_DECK, i): "deck" for i in range(len(deck))}
    kinds.update({(SEG_BLOCK, i): block.kind for i, block in enumerate(blocks)})
    real, rejected = {}, {}
    for span in spans:
        target = real if span.is_quote else rejected
        for n, (index, _a, b) in enumerate(span.parts):
            lo = span.open_pos if n == 0 else 0
            hi = span.close_pos if n == len(span.parts) - 1 else b
            target.setdefault((span.seg, index), []).append((lo, hi))
    for ranges in (*real.values(), *rejected.values()):
        ranges.sort()
    roster = build_roster(segments, real, rejected)
    return roster.people, attribute_quotes(segments, kinds, roster, spans)


def match_people(names_and_aliases: dict[str, list[str]]) -> dict[str, Person]:
    """The newsroom's person for each name, matched by name, then by alias, then by any of the
    converter's other spellings of it (letter case aside); one query for all."""
    spellings = {name: [name, *aliases] for name, aliases in names_and_aliases.items()}
    wanted = {comparable(s) for values in spellings.values() for s in values if s.strip()}
    if not wanted:
        return {}
    condition = Q()
    for spelling in {s for values in spellings.values() for s in values if s.strip()}:
        condition |= Q(name__iexact=spelling) | Q(aliases__icontains=spelling)
    by_name: dict[str, Person] = {}
    by_alias: dict[str, Person] = {}
    for person in Person.objects.filter(condition).order_by("pk"):
        by_name.setdefault(comparable(person.name), person)
        for alias in person.alias_list:
            by_alias.setdefault(comparable(alias), person)
    found = {}
    for name, values in spellings.items():
        keys = [comparable(s) for s in values]
        person = next((by_name[k] for k in keys if k in by_name), None) or next(
            (by_alias[k] for k in keys if k in by_alias), None
        )
        if person is not None:
            found[name] = person
    return found


def _already_held(words: str, paragraph: int, held: list[tuple[int | None, str]]) -> bool:
    """The article holds these words already: the same words anywhere, or, in the same paragraph,
    words an editor trimmed from them or that they are part of (not for a few letters alone)."""
    for held_paragraph, held_words in held:
        if held_words == words:
            return True
        shorter, longer = sorted((held_words, words), key=len)
        if held_paragraph in (None, paragraph) and len(shorter) >= MIN_OVERLAP and shorter in longer:
            return True
    return False


def propose(article: Article) -> list[Proposal]:
    """What the converter finds in the article's current text that the article does not hold
    yet, in text order. Reads only; the same text always gives the same proposals. Raises
    ExtractionRefused when the converter cannot read the text (logged, for a developer to see)."""
    try:
        roster, parsed = _run_converter(article)
    except Exception as error:  # noqa: BLE001 - any converter failure is a message, never a 500
        logger.exception("The converter failed on article %s", article.pk)
        raise ExtractionRefused(
            "The converter could not read this article's text, so no quote was proposed; add them by hand."
        ) from error
    held = [(paragraph, _words(text)) for text, paragraph in article.quotes.values_list("text", "paragraph")]
    roster_by_name = {person.name: person for person in roster}
    matched = match_people(
        {
            q.speaker: roster_by_name[q.speaker].aliases if q.speaker in roster_by_name else []
            for q in parsed
            if q.speaker
        }
    )
    proposals, seen = [], set()
    for quote in parsed:
        words = _words(quote.text)
        if not words or words in seen or _already_held(words, quote.block_index, held):
            continue
        seen.add(words)
        parsed_person = roster_by_name.get(quote.speaker) if quote.speaker else None
        proposals.append(
            Proposal(
                text=quote.text,
                speaker_name=(quote.speaker or "")[:NAME_LENGTH],
                speaker_title=(parsed_person.title if parsed_person else "")[:TITLE_LENGTH],
                speaker_aliases=list(parsed_person.aliases) if parsed_person else [],
                person=matched.get(quote.speaker) if quote.speaker else None,
                is_partial=quote.is_partial,
                reporting_verb=quote.verb[:VERB_LENGTH],
                context=quote.sentence,
                attribution_cue=quote.cue[:CUE_LENGTH],
                paragraph=quote.block_index,
                start=quote.start,
                deck_line=quote.deck_index,
            )
        )
    return proposals


def may_extract(user, article: Article) -> bool:
    """Adding quotes is changing the article: the same rule as its form, and the right to add quotes."""
    return user.has_perm("articles.add_quote") and permissions.can_edit_article(user, article)


def _speaker_for(item: Accepted, created: dict[str, Person], outcome: Outcome) -> Person | None:
    if item.person is not None:
        return item.person
    name = " ".join(item.new_speaker_name.split())[:NAME_LENGTH]
    if not name:
        return None
    key = name.casefold()
    if key not in created:
        person = people.same_name(name)
        if person is None:
            proposal = item.proposal
            same_as_proposed = comparable(name) == comparable(proposal.speaker_name)
            aliases = [a for a in proposal.speaker_aliases if a != name] if same_as_proposed else []
            person = Person.objects.create(
                name=name,
                slug=people.free_slug(name),
                title=proposal.speaker_title if same_as_proposed else "",
                aliases="\n".join(aliases),
            )
            outcome.people_created.append(person)
        created[key] = person
    return created[key]


def _location_of(quote: Quote, deck: list[str], texts: list[str]) -> tuple[int, int, int] | None:
    """Where an existing quote stands in the text: in its recorded paragraph, else wherever its
    words are found (deck first); None when they are nowhere."""
    words = _words(quote.text)
    if not words:
        return None
    places = [(DECK, i, line) for i, line in enumerate(deck)] + [(i, -1, text) for i, text in enumerate(texts)]
    if quote.paragraph is not None:
        places.sort(key=lambda place: place[0] != quote.paragraph)
    for paragraph, deck_line, text in places:
        offset = comparable(text).find(words)
        if offset >= 0:
            return (paragraph, deck_line, offset)
    return None


def _order(existing: list[Quote], new: list[tuple[tuple[int, int, int], Quote]]) -> list[Quote]:
    """Existing quotes keep their order; each new one goes before the first existing quote that
    stands after it in the text (or at the end)."""
    ordered = list(existing)
    for location, quote in sorted(new, key=lambda pair: pair[0]):
        index = next(
            (
                i
                for i, other in enumerate(ordered)
                if (where := getattr(other, "_location", None)) is not None and where > location
            ),
            len(ordered),
        )
        quote._location = location
        ordered.insert(index, quote)
    return ordered


@transaction.atomic
def accept(article: Article, accepted: list[Accepted], user, *, expected_version: int) -> Outcome:
    """Add the accepted quotes to `article`, as one revision by `user`; see the module's docstring."""
    current = Article.objects.select_for_update().get(pk=article.pk)
    if not may_extract(user, current):
        raise ExtractionRefused("You do not have permission to add quotes to this article.")
    if current.version != expected_version:
        raise ArticleChanged(
            f"“{current}” was changed since the quotes were found, by {changes_since(current)}; nothing was "
            "added. The quotes below were found again in its current text: check them and accept again."
        )
    if any(not item.person and item.new_speaker_name.strip() for item in accepted) and not user.has_perm(
        "articles.add_person"
    ):
        raise ExtractionRefused("You do not have permission to add people: choose a speaker from the newsroom.")
    outcome = Outcome()
    texts = block_texts(current.body)
    existing = list(current.quotes.select_for_update().order_by("position", "pk"))
    for quote in existing:
        quote._location = _location_of(quote, current.deck_lines, texts)
    present = {_words(quote.text) for quote in existing}
    created: dict[str, Person] = {}
    new = []
    with reversion.create_revision():
        for item in accepted:
            words = _words(item.text)
            if not words or words in present:
                outcome.skipped_duplicates += 1
                continue
            present.add(words)
            proposal = item.proposal
            speaker = _speaker_for(item, created, outcome)
            converter_speaker = speaker is not None and comparable(speaker.name) == comparable(proposal.speaker_name)
            proposed_person = proposal.person is not None and speaker == proposal.person
            kept_cue = (speaker is None and not proposal.speaker_name) or converter_speaker or proposed_person
            quote = Quote(
                article=current,
                speaker=speaker,
                text=item.text.strip(),
                is_partial=proposal.is_partial,
                reporting_verb=proposal.reporting_verb,
                context=proposal.context,
                attribution_cue=proposal.attribution_cue if kept_cue else EDITOR_CUE,
                paragraph=proposal.paragraph,
            )
            new.append((proposal.location, quote))
        if not new:  # everything accepted is on the article already: nothing to record
            return outcome
        ordered = _order(existing, new)
        _renumber(current, ordered)
        speakers = {quote.speaker_id for _, quote in new if quote.speaker_id}
        if speakers:
            current.people.add(*speakers)
        current.save()  # one revision: the article with all its quotes; its version moves on
        reversion.set_user(user)
        reversion.set_comment(f"Added {len(new)} quote(s) found in the text.")
    outcome.added = [quote for _, quote in new]
    return outcome


def _renumber(article: Article, ordered: list[Quote]) -> None:
    """Positions 1…n in `ordered`; existing quotes that move are shifted out of the way first,
    so the unique (article, position) constraint holds at every step."""
    moved = [q for i, q in enumerate(ordered, start=1) if q.pk is not None and q.position != i]
    if moved:
        top = max((q.position for q in ordered if q.pk is not None), default=0) + len(ordered) + 1
        Quote.objects.filter(pk__in=[q.pk for q in moved]).update(position=F("position") + top)
    for position, quote in enumerate(ordered, start=1):
        if quote.pk is None:
            quote.position = position
            quote.save()
        elif quote.position != position:
            quote.position = position
            quote.save(update_fields=["position"])
