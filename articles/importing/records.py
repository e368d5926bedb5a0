"""Writes that span several models: importing converted seeds into the database.

`import_records` takes the converter's fixture records and applies them in one transaction.
Articles are matched by their seed's source key (`seeds/a.txt`), people by slug, quotes by
position (so their permalinks survive a re-import). What a re-import may change:

- an article untouched since its last import (its `import_state` still matches the checksum of
  its current rows): headline, deck, body, its unchecked quotes (updated, added or removed by
  position), its people links and its byline (authors in order) follow the seed;
- an article the desk changed in any way (text, status, time, quotes or their checks, people,
  corrections): skipped and listed; with `force`, only headline, deck, body and unchecked quotes
  (updated in place), nothing added or removed and no people links or bylines changed;
- never, even with `force`: status, publication time, corrections, or a quote the desk
  verified, disputed or rejected. Those belong to the desk.
- people: created when new; an existing person's empty title is filled and aliases added only
  from published articles, and never once the desk has edited that person (a revision by a user).
- byline authors: created when new, matched by slug; an existing author is never changed (the
  desk owns names, bios and photos).

Everything an import creates or changes gets a revision ("Imported from seeds/a.txt", no user),
so the desk's History shows it and can go back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import reduce
from operator import attrgetter, or_

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.encoding import is_protected_type
from reversion.models import Revision, Version

from articles.domain.models import REVISION_EXCLUDES, Article, Author, Byline, Correction, Person, Quote, Tag
from articles.domain.signals import content_bulk_changed

TEXT_FIELDS = ("headline", "deck", "body")
QUOTE_FIELDS = (
    "speaker_id",
    "text",
    "is_partial",
    "reporting_verb",
    "context",
    "attribution_cue",
    "paragraph",
)
BATCH_SIZE = 500
EXTRACTED = Quote.Verification.EXTRACTED


@dataclass
class ImportReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    skipped_edited: list[str] = field(default_factory=list)
    # Seed quotes not applied because the desk has checked the quote in their place.
    kept_checked_quotes: int = 0

    def lines(self) -> list[str]:
        return [
            f"{label}: {self.created[label]} created, {self.updated[label]} updated, {self.unchanged[label]} unchanged"
            for label in ("articles", "people", "quotes", "authors")
        ]


def _chunks(items: list, size: int = BATCH_SIZE) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _in_bulk(queryset, field_name: str, values: list) -> dict:
    found = {}
    for chunk in _chunks(values):
        found.update({getattr(obj, field_name): obj for obj in queryset.filter(**{f"{field_name}__in": chunk})})
    return found


# ---------------------------------------------------------------------------------------------
# An article's editorial state, as stored: what "edited since import" compares.


def _state_fields(model, bookkeeping: set[str]) -> attrgetter:
    """Every concrete field but the bookkeeping ones (a field added later counts by default),
    read from an object as a tuple."""
    return attrgetter(*[f.attname for f in model._meta.concrete_fields if f.name not in bookkeeping])


ARTICLE_STATE = _state_fields(
    Article,
    {
        "id",
        "version",
        "source",
        "import_checksum",
        "import_state",
        "preview_key",
        "created_at",
        "updated_at",
        "search_document",
        # In the checksum only when set (`_Stored.checksum`), so that checksums stored before
        # articles had them still match.
        "section",
        "image",
    },
)
# A quote is known by its article and position; its id is not state (and is not known before it is written).
QUOTE_STATE = _state_fields(
    Quote, {"id", "version", "article", "article_published_at", "created_at", "updated_at", "search_document"}
)
CORRECTION_STATE = _state_fields(Correction, {"version", "article"})


@dataclass
class _Stored:
    """One article with everything that belongs to it, as stored (or as about to be written)."""

    article: Article
    quotes: list[Quote]
    corrections: list[Correction]
    person_ids: list[int]
    author_ids: list[int] = field(default_factory=list)  # in byline order
    tag_ids: list[int] = field(default_factory=list)  # sorted

    def checksum(self) -> str:
        """The same value for the same stored state, on SQLite and PostgreSQL alike. The byline
        (its authors in order), tags, section and lead image count only when the article has
        them: an article without any has the checksum it had before they existed."""
        payload = [
            ARTICLE_STATE(self.article),
            [QUOTE_STATE(q) for q in sorted(self.quotes, key=lambda q: q.position)],
            self.person_ids,
            [CORRECTION_STATE(c) for c in sorted(self.corrections, key=lambda c: c.pk)],
        ]
        extra = {
            "authors": self.author_ids,
            "tags": self.tag_ids,
            "section": self.article.section_id,
            "image": self.article.image_id,
        }
        if any(extra.values()):
            payload.append({name: value for name, value in extra.items() if value})
        return hashlib.sha256(_STATE_ENCODER.encode(payload).encode()).hexdigest()


class _StateEncoder(json.JSONEncoder):
    """Times as the UTC instant (the database gives them back in UTC, whatever zone was written)."""

    def default(self, value):
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.UTC).isoformat()
        if isinstance(value, (dt.date, dt.time)):
            return value.isoformat()
        return super().default(value)


_STATE_ENCODER = _StateEncoder(ensure_ascii=False)


def _read_back(article_ids: list[int], *, lock: bool = False) -> dict[int, _Stored]:
    """The articles, their quotes, people links, corrections, bylines and tags: six queries per 500
    articles."""
    stored = {}
    for chunk in _chunks(article_ids):
        articles = Article.objects.filter(pk__in=chunk).prefetch_related(
            Prefetch("people", queryset=Person.objects.only("pk")), Prefetch("tags", queryset=Tag.objects.only("pk"))
        )
        if lock:  # an editor's save waits for the import rather than racing it (PostgreSQL)
            articles = (
                articles.select_for_update(of=("self",))
                if connection.features.has_select_for_update_of
                else articles.select_for_update()
            )
        for article in articles:
            stored[article.pk] = _Stored(
                article,
                [],
                [],
                sorted(person.pk for person in article.people.all()),
                tag_ids=sorted(tag.pk for tag in article.tags.all()),
            )
        bylines = Byline.objects.filter(article_id__in=chunk).order_by("article_id", "position", "pk")
        for article_id, author_id in bylines.values_list("article_id", "author_id"):
            stored[article_id].author_ids.append(author_id)
        for quote in Quote.objects.filter(article_id__in=chunk).order_by("article_id", "position"):
            quote.article = stored[quote.article_id].article  # no query for the article again
            stored[quote.article_id].quotes.append(quote)
        for correction in Correction.objects.filter(article_id__in=chunk).order_by("pk"):
            correction.article = stored[correction.article_id].article
            stored[correction.article_id].corrections.append(correction)
    return stored


def _edited(stored: dict[int, _Stored]) -> set[int]:
    """The articles changed since their last import, compared by the stored checksum of their
    whole state. One imported before that checksum existed has only its text checksum: then any
    revision by a user (of it or its quotes), or any correction, counts as an edit too."""
    edited = {
        pk for pk, item in stored.items() if item.article.import_state and item.article.import_state != item.checksum()
    }
    legacy = [item for item in stored.values() if not item.article.import_state]
    edited.update(item.article.pk for item in legacy if item.article.edited_since_import or item.corrections)
    touched_quotes = _edited_by_desk(Quote, [quote.pk for item in legacy for quote in item.quotes])
    edited.update(item.article.pk for item in legacy if any(quote.pk in touched_quotes for quote in item.quotes))
    edited.update(_edited_by_desk(Article, [item.article.pk for item in legacy]))
    return edited


# ---------------------------------------------------------------------------------------------
# The import.


@transaction.atomic
def import_records(
    records: list[dict],
    *,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Create or update everything in `records` (the output of `to_fixture.build_fixture`, with
    each article's `source` set to its seed's source key), under the rules in this module's
    docstring.

    Writes are batched across articles (a few queries per 500 articles, not per article), and
    the whole import is one transaction: a failure leaves the database as it was.
    """
    article_rows = [r["fields"] for r in records if r["model"] == "articles.article"]
    people = {r["fields"]["slug"]: r["fields"] for r in records if r["model"] == "articles.person"}
    authors = {r["fields"]["slug"]: r["fields"] for r in records if r["model"] == "articles.author"}
    batch = RecordsImport(
        [row["source"] for row in article_rows],
        person_fields=people.__getitem__,
        author_fields=authors.__getitem__,
        force=force,
        progress=progress,
    )
    batch.add(
        article_rows,
        [r["fields"] for r in records if r["model"] == "articles.quote"],
        [r["fields"] for r in records if r["model"] == "articles.byline"],
    )
    return batch.finish()


class RecordsImport:
    """One import whose records arrive in parts, in the seeds' order (so that writing a part can
    overlap converting the next): `add` each part's article, quote and byline records, then
    `finish`. Use it inside one `transaction.atomic()` block around the whole import, so that an
    error in any part (or in converting one) writes nothing.

    The result is the import of all the parts at once (`import_records`): the articles to match
    are found from the batch's sources before any part arrives; a person or author is created
    when first named, with their record as merged so far (`person_fields(slug)`,
    `author_fields(slug)`, e.g. `to_fixture.FixtureBuilder`), and people's titles and aliases
    are settled, and recorded in revisions, by `finish` from their records merged over the batch.
    """

    def __init__(
        self,
        sources: list[str],
        *,
        person_fields: Callable[[str], dict],
        author_fields: Callable[[str], dict],
        force: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ):
        _refuse_duplicate_sources(sources)
        self.force, self.progress = force, progress
        self.person_fields, self.author_fields = person_fields, author_fields
        self.report = ImportReport()
        # Matched by seed only: an article written in the desk with the same slug is never touched.
        self.existing = _in_bulk(Article.objects.only("pk", "source"), "source", [s for s in sources if s])
        self.stored = _read_back([article.pk for article in self.existing.values()], lock=True)
        self.edited_ids = _edited(self.stored)
        skipped = 0 if force else sum(article.pk in self.edited_ids for article in self.existing.values())
        self.done, self.total = 0, len(sources) - skipped
        self.people: dict[str, Person] = {}  # every person named so far, by slug
        self.known_people: dict[str, Person] = {}  # those that were there before this import
        self.new_people: dict[str, Person] = {}
        self.named_in: dict[str, str] = {}  # person slug -> the first seed naming them
        self.named_publicly: set[str] = set()
        self.authors: dict[str, Author] = {}

    def add(self, article_rows: list[dict], quote_rows: list[dict], byline_rows: list[dict]) -> None:
        """Import one part: its articles with their quotes (each quote names its article by slug)
        and bylines. Every article's people and byline authors are created first if new."""
        report, people = self.report, self.people
        quotes_by_slug: dict[str, list[dict]] = {}
        bylines_by_slug: dict[str, list[str]] = {}  # article slug -> author slugs, in byline order
        for row in quote_rows:
            quotes_by_slug.setdefault(row["article"][0], []).append(row)
        for row in sorted(byline_rows, key=lambda fields: fields["position"]):
            bylines_by_slug.setdefault(row["article"][0], []).append(row["author"][0])

        new_rows, matched = [], []
        for row in article_rows:
            article = self.existing.get(row["source"])
            if article is None:
                new_rows.append(row)
                continue
            current = self.stored[article.pk]
            edited = article.pk in self.edited_ids
            if edited and not self.force:
                report.skipped_edited.append(row["source"] or current.article.slug)
            else:
                matched.append((current, row, edited))

        # What people show publicly comes from published articles: only those may add to a person.
        public_rows = [row for row in new_rows if row["status"] == Article.Status.PUBLISHED]
        public_rows += [row for current, row, _ in matched if current.article.status == Article.Status.PUBLISHED]
        self.named_publicly.update(slug for row in public_rows for (slug,) in row.get("people", []))
        # People named only by skipped articles are left out: nothing would link to them.
        written = [*new_rows, *(row for _, row, _ in matched)]
        for row in written:
            for (slug,) in row.get("people", []):
                self.named_in.setdefault(slug, row["source"])
        self._add_people([slug for row in written for (slug,) in row.get("people", []) if slug not in people])
        # Authors of skipped articles are left out too; an edited article's byline is never changed.
        followed = [*new_rows, *(row for _, row, edited in matched if not edited)]
        self._add_authors([slug for row in followed for slug in bylines_by_slug.get(row["slug"], [])])
        authors = self.authors

        def byline_of(row: dict) -> list[int]:
            return [authors[slug].pk for slug in bylines_by_slug.get(row["slug"], [])]

        for chunk in _chunks(new_rows):
            _create_articles(chunk, quotes_by_slug, people, byline_of, report)
            self._advance(len(chunk))
        for chunk in _chunks(matched):
            self._update_articles(chunk, quotes_by_slug, byline_of)
            self._advance(len(chunk))

    def finish(self) -> ImportReport:
        """Settle the people named (titles and aliases merged over the whole batch), record them in
        revisions, and tell the caches that content changed."""
        report, now = self.report, timezone.now()
        # A new person was written with their record as it stood when first named; later seeds
        # of the batch may have added a title or aliases since.
        grown = []
        for slug, person in self.new_people.items():
            fields = self.person_fields(slug)
            if (person.title, person.aliases) != (fields["title"], fields["aliases"]):
                person.title, person.aliases = fields["title"], fields["aliases"]
                grown.append(person)
        # Written back as an upsert on the primary key: the same rows, a sixth of bulk_update's
        # time (its CASE WHEN per row and field), on SQLite and PostgreSQL alike.
        Person.objects.bulk_create(
            grown,
            batch_size=BATCH_SIZE,
            update_conflicts=True,
            unique_fields=["pk"],
            update_fields=["title", "aliases", "updated_at"],
        )
        # A person there before: an empty title filled and aliases added, only from published
        # articles and never once the desk has edited them.
        desk_edited = _edited_by_desk(Person, [person.pk for person in self.known_people.values()])
        changed = []
        for slug, person in self.known_people.items():
            if slug not in self.named_publicly or person.pk in desk_edited:
                report.unchanged["people"] += 1
                continue
            fields = self.person_fields(slug)
            aliases = person.alias_list + [a for a in fields["aliases"].splitlines() if a not in person.alias_list]
            title = person.title or fields["title"]
            if title != person.title or aliases != person.alias_list:
                person.title, person.aliases, person.updated_at = title, "\n".join(aliases), now
                person.version += 1
                changed.append(person)
            else:
                report.unchanged["people"] += 1
        Person.objects.bulk_update(changed, ["title", "aliases", "updated_at", "version"], batch_size=BATCH_SIZE)
        new = [self.new_people[slug] for slug in sorted(self.new_people)]
        _record_revisions([(f"Imported from {self.named_in.get(p.slug, 'a seed')}", [p]) for p in [*new, *changed]])
        report.created["people"] += len(new)
        report.updated["people"] += len(changed)
        # Bulk writes send no model signals: say once that content changed (caches listen).
        content_bulk_changed.send(sender=Article)
        return report

    def _advance(self, count: int) -> None:
        self.done += count
        if self.progress:
            self.progress(self.done, self.total)

    def _add_people(self, slugs: list[str]) -> None:
        """Find or create the people of these slugs (new ones from their records as merged so far)."""
        slugs = list(dict.fromkeys(slugs))
        existing = _in_bulk(Person.objects.all(), "slug", slugs)
        new = []
        for slug in slugs:
            if slug not in existing:
                fields = self.person_fields(slug)
                new.append(Person(name=fields["name"], slug=slug, title=fields["title"], aliases=fields["aliases"]))
        # bulk_create sets primary keys on PostgreSQL and SQLite, so the new objects are usable as they are.
        Person.objects.bulk_create(new, batch_size=BATCH_SIZE)
        self.known_people.update(existing)
        self.new_people.update((person.slug, person) for person in new)
        self.people.update(existing)
        self.people.update((person.slug, person) for person in new)

    def _add_authors(self, slugs: list[str]) -> None:
        """Each byline author by slug: an existing one as it is (the desk owns its name and bio),
        a new one created with the name the byline gives (the first spelling met)."""
        slugs = [slug for slug in dict.fromkeys(slugs) if slug not in self.authors]
        existing = _in_bulk(Author.objects.all(), "slug", slugs)
        new = [Author(name=self.author_fields(slug)["name"], slug=slug) for slug in slugs if slug not in existing]
        Author.objects.bulk_create(new, batch_size=BATCH_SIZE)
        self.report.created["authors"] += len(new)
        self.report.unchanged["authors"] += len(slugs) - len(new)
        self.authors.update(existing)
        self.authors.update((author.slug, author) for author in new)

    def _update_articles(self, chunk: list, quotes_by_slug: dict, byline_of: Callable[[dict], list[int]]) -> None:
        changed, forced = {}, set()
        for current, row, edited in chunk:
            quote_rows = quotes_by_slug.get(row["slug"], [])
            if _update_article(
                current, row, quote_rows, self.people, [] if edited else byline_of(row), self.report, edited=edited
            ):
                changed[current.article.pk] = row["source"]
                if edited:
                    forced.add(current.article.pk)
            else:
                self.report.unchanged["articles"] += 1
        # A forced article keeps the checksum of its last clean import: the desk's other changes
        # are still there, so it still counts as edited next time.
        _record_imported([pk for pk in changed if pk not in forced], changed)
        _record_imported([pk for pk in changed if pk in forced], changed, track=False)
        # Imported before the state checksum existed and found as imported: start keeping it.
        untracked = [
            current.article
            for current, _, _ in chunk
            if current.article.pk not in changed and not current.article.import_state
        ]
        for article in untracked:
            article.import_state = self.stored[article.pk].checksum()
        Article.objects.bulk_update(untracked, ["import_state"], batch_size=BATCH_SIZE)


def _refuse_duplicate_sources(sources: list[str]) -> None:
    seen = Counter(source for source in sources if source)
    twice = sorted(source for source, count in seen.items() if count > 1)
    if twice:
        raise ValueError(f"the same seed twice in one import: {', '.join(twice)}")


def _edited_by_desk(model, pks: list[int]) -> set[int]:
    """Objects with a revision by a user: the desk's own edits, which an import never overrides."""
    versions = Version.objects.get_for_model(model).filter(revision__user__isnull=False)
    found = set()
    for chunk in _chunks([str(pk) for pk in pks]):
        found.update(int(pk) for pk in versions.filter(object_id__in=chunk).values_list("object_id", flat=True))
    return found


def _as_datetime(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else parse_datetime(value)


def _create_articles(
    rows: list[dict],
    quotes_by_slug: dict[str, list[dict]],
    people: dict[str, Person],
    byline_of: Callable[[dict], list[int]],
    report: ImportReport,
) -> None:
    """New articles with their quotes, people links and bylines, each recorded in a revision "Imported from
    <source>". Everything about a new article is known before it is written, so its state
    checksum is computed from the values written, by the same function that later computes it
    from the rows read back (a test checks the two agree), and nothing is read back."""
    now = timezone.now()
    slugs = _free_slugs([row["slug"] for row in rows])
    defaults = _quote_defaults()
    items = []
    for slug, row in zip(slugs, rows, strict=False):
        article = Article(
            slug=slug,
            headline=row["headline"],
            deck=row["deck"],
            body=row["body"],
            status=row["status"],
            published_at=_as_datetime(row["published_at"]),
            source=row["source"],
        )
        quotes = [
            _new_quote(article, quote_row, people, now, defaults) for quote_row in quotes_by_slug.get(row["slug"], [])
        ]
        person_ids = sorted({people[slug].pk for (slug,) in row.get("people", [])})
        item = _Stored(article, quotes, [], person_ids, author_ids=byline_of(row))
        article.import_state, article.import_checksum = item.checksum(), article.content_checksum()
        items.append(item)
    articles = [item.article for item in items]
    for article in articles:
        article.created_at = article.updated_at = now
    # As the quotes: written by `_insert_rows`, then their primary keys read back by slug.
    _insert_rows(Article, articles)
    for chunk in _chunks(articles):
        ids = dict(Article.objects.filter(slug__in=[a.slug for a in chunk]).values_list("slug", "pk"))
        for article in chunk:
            article.pk = ids[article.slug]
            article._state.adding, article._state.db = False, connection.alias
    _insert_rows(
        Article.people.through,
        [{"article_id": item.article.pk, "person_id": pk} for item in items for pk in item.person_ids],
    )
    _add_bylines([(item.article.pk, item.author_ids) for item in items])
    for item in items:
        for quote in item.quotes:
            quote.article_id = item.article.pk
    quotes = [quote for item in items for quote in item.quotes]
    _insert_rows(Quote, quotes)
    by_place = {quote.article_id: {} for quote in quotes}
    for quote in quotes:
        by_place[quote.article_id][quote.position] = quote
    ids = Quote.objects.filter(article_id__in=list(by_place)).values_list("article_id", "position", "pk")
    for article_id, position, pk in ids:
        by_place[article_id][position].pk = pk
    _record_revisions([(f"Imported from {item.article.source}", [item.article, *item.quotes]) for item in items])
    report.created["articles"] += len(items)
    report.created["quotes"] += len(quotes)


def _add_bylines(entries: list[tuple[int, list[int]]]) -> None:
    """Bylines for (article id, author ids in order): the first author at position 1."""
    Byline.objects.bulk_create(
        [
            Byline(article_id=article_id, author_id=author_id, position=position)
            for article_id, author_ids in entries
            for position, author_id in enumerate(author_ids, start=1)
        ],
        batch_size=BATCH_SIZE,
    )


def _quote_values(row: dict, people: dict[str, Person]) -> dict:
    values = {name: row[name] for name in QUOTE_FIELDS if name != "speaker_id"}
    values["speaker_id"] = people[row["speaker"][0]].pk if row["speaker"] else None
    return values


QUOTE_COLUMNS = [f.attname for f in Quote._meta.concrete_fields]


def _new_quote(
    article: Article, row: dict, people: dict[str, Person], now: dt.datetime, defaults: list | None = None
) -> Quote:
    """A new quote of `article`, not yet written (by `_insert_rows`: no pre_save runs, so the copy
    of the article's time and the timestamps are set here). Built by `from_db` from a list of
    column values (`defaults`: `_quote_defaults()`, made once per batch): a third of the cost of
    keyword arguments, over a hundred thousand quotes."""
    values = list(defaults if defaults is not None else _quote_defaults())
    values[_AT["article_id"]] = article.pk
    values[_AT["article_published_at"]] = article.published_at
    values[_AT["position"]] = row["position"]
    values[_AT["created_at"]] = values[_AT["updated_at"]] = now
    for name in _ROW_FIELDS:
        values[_AT[name]] = row[name]
    values[_AT["speaker_id"]] = people[row["speaker"][0]].pk if row["speaker"] else None
    return Quote.from_db(None, QUOTE_COLUMNS, values)


_AT = {name: index for index, name in enumerate(QUOTE_COLUMNS)}
_ROW_FIELDS = [name for name in QUOTE_FIELDS if name != "speaker_id"]


def _quote_defaults() -> list:
    return [f.get_default() for f in Quote._meta.concrete_fields]


def _insert_rows(model, rows: list[dict]) -> None:
    """INSERT rows of `model` (instances, or dicts of values by attname in which a missing value
    takes its default, `auto_now` fields the time now) with one executemany per 2,000 rows.

    Kept instead of bulk_create for the two biggest tables an import writes, quotes and their
    revisions' versions: bulk_create compiles every value through the ORM, and writing the
    25,000 quotes and 30,000 versions of 2,000 seeds that way took 4.5-5.5 s against 1.0-1.2 s
    here, doubling the whole import (8-9 s against 4.2-4.5 s, SQLite). Values are adapted as the
    ORM would: datetimes by the backend, the rest as they are (text, numbers, booleans, None).
    A test checks that rows written here read back as the ORM writes them."""
    if not rows:
        return
    ops = connection.ops
    fields = [f for f in model._meta.concrete_fields if not f.primary_key and not f.generated]
    now = timezone.now()
    defaults = {
        f.attname: now if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False) else f.get_default()
        for f in fields
    }
    datetimes = {f.attname for f in fields if isinstance(f, models.DateTimeField)}
    names = [f.attname for f in fields]
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        ops.quote_name(model._meta.db_table),
        ", ".join(ops.quote_name(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )

    if isinstance(rows[0], dict):
        values = [[row.get(name, defaults[name]) for name in names] for row in rows]
    else:
        values = [[getattr(obj, name) for name in names] for obj in rows]
    adapted = {}  # rows share a handful of times (now, each article's): each is adapted once
    positions = [i for i, name in enumerate(names) if name in datetimes]
    for row in values:
        for i in positions:
            if (value := row[i]) is not None:
                if value not in adapted:
                    adapted[value] = ops.adapt_datetimefield_value(value)
                row[i] = adapted[value]
    with connection.cursor() as cursor:
        for chunk in _chunks(values, 2000):
            cursor.executemany(sql, chunk)


def _update_article(
    current: _Stored,
    row: dict,
    quote_rows: list[dict],
    people: dict[str, Person],
    byline: list[int],
    report: ImportReport,
    *,
    edited: bool,
) -> bool:
    """Apply the seed to an existing article within the rules; False when nothing changed. `byline`
    is the seed's authors (ids, in order), set only on an article the desk has not edited.

    Status, publication time and corrections are never written. Quotes the desk checked are
    never written. An edited article (here only with force) gets its text and the words and
    speakers of its unchecked quotes, and nothing is added to it or removed from it."""
    article = current.article
    text_changed = [name for name in TEXT_FIELDS if getattr(article, name) != row[name]]
    for name in text_changed:
        setattr(article, name, row[name])
    if text_changed:
        article.save(update_fields=[*text_changed, "updated_at"])

    by_position = {quote.position: quote for quote in current.quotes}
    new, changed, now = [], [], timezone.now()
    for quote_row in quote_rows:
        values = _quote_values(quote_row, people)
        quote = by_position.pop(quote_row["position"], None)
        if quote is None:
            if not edited:  # a quote missing from an edited article may be one the desk removed
                new.append(_new_quote(article, quote_row, people, now))
        elif quote.verification_status != EXTRACTED:
            if any(getattr(quote, name) != value for name, value in values.items()):
                report.kept_checked_quotes += 1
            report.unchanged["quotes"] += 1
        elif any(getattr(quote, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(quote, name, value)
            quote.updated_at, quote.version = now, quote.version + 1
            changed.append(quote)
        else:
            report.unchanged["quotes"] += 1
    stale = [] if edited else [q.pk for q in by_position.values() if q.verification_status == EXTRACTED]
    if stale:
        Quote.objects.filter(pk__in=stale).delete()
    _insert_rows(Quote, new)
    Quote.objects.bulk_update(changed, [*QUOTE_FIELDS, "updated_at", "version"], batch_size=BATCH_SIZE)
    report.created["quotes"] += len(new)
    report.updated["quotes"] += len(changed)

    links_changed = False
    if not edited:
        wanted = [people[slug].pk for slug in dict.fromkeys(s for (s,) in row.get("people", []))]
        if sorted(wanted) != current.person_ids:
            article.people.set(wanted)
            links_changed = True
        if byline != current.author_ids:
            Byline.objects.filter(article_id=article.pk).delete()
            _add_bylines([(article.pk, byline)])
            links_changed = True

    if text_changed or new or changed or stale or links_changed:
        report.updated["articles"] += 1
        return True
    return False


def _record_imported(article_ids: list[int], sources: dict[int, str], *, track: bool = True) -> None:
    """After an import's writes: read the articles back, store (when `track`) the checksums that
    later imports compare with, and record each in a revision "Imported from <source>" (no user)."""
    if not article_ids:
        return
    stored = _read_back(article_ids)
    if track:
        for item in stored.values():
            item.article.import_state = item.checksum()
            item.article.import_checksum = item.article.content_checksum()
        articles = [item.article for item in stored.values()]
        Article.objects.bulk_update(articles, ["import_state", "import_checksum"], batch_size=BATCH_SIZE)
    _record_revisions(
        [
            (f"Imported from {sources[pk]}", [item.article, *item.quotes, *item.corrections])
            for pk, item in stored.items()
        ]
    )


def _record_revisions(entries: list[tuple[str, list[models.Model]]]) -> None:
    """One revision per (comment, objects), no user, holding what `reversion.create_revision()`
    with `add_to_revision()` would hold (the same serialized data; a test compares the two), but
    written in bulk: the public API saves each revision and its versions with several queries and
    serializes object by object, which on 10,000 new articles (135,000 objects) costs more than
    the rest of the import."""
    if not entries:
        return
    now = timezone.now()
    revisions = [Revision(date_created=now, user=None, comment=comment) for comment, _ in entries]
    if connection.features.can_return_rows_from_bulk_insert:
        Revision.objects.bulk_create(revisions, batch_size=BATCH_SIZE)
    else:  # pragma: no cover - every supported database returns primary keys
        for revision in revisions:
            revision.save()
    layouts = {}
    for _, objects in entries:
        for obj in objects:
            if type(obj) not in layouts:
                layouts[type(obj)] = _VersionLayout(type(obj))
    related = {}
    for model, layout in layouts.items():
        if layout.many:
            related[model] = _related_pks(
                model, layout.many, [obj.pk for _, objects in entries for obj in objects if type(obj) is model]
            )
    versions = []
    for revision, (_, objects) in zip(revisions, entries, strict=False):
        for obj in objects:
            model = type(obj)
            layout = layouts[model]
            versions.append(
                {
                    "revision_id": revision.pk,
                    "content_type_id": layout.content_type_id,
                    "object_id": str(obj.pk),
                    "db": "default",
                    "format": layout.format,
                    "serialized_data": layout.serialize(obj, related[model][obj.pk] if model in related else {}),
                    "object_repr": str(obj),
                }
            )
    _insert_rows(Version, versions)


class _VersionLayout:
    """How reversion stores one model: its registered fields and format, serialized as Django's
    json serializer does (`serializers.serialize(format, [obj], fields=...)`), field by field."""

    def __init__(self, model):
        # The fields the model's reversion registration keeps: all but REVISION_EXCLUDES, stored
        # in reversion's default format (json, no natural keys), as the domain registers them.
        self.format = "json"
        self.label = str(model._meta)
        self.content_type_id = ContentType.objects.get_for_model(model).pk
        excluded = set(REVISION_EXCLUDES[model._meta.model_name])
        selected = {f.name for f in model._meta.concrete_model._meta.local_fields} | {
            f.name for f in model._meta.concrete_model._meta.local_many_to_many
        }
        selected -= excluded
        self.fields = [
            f
            for f in model._meta.concrete_model._meta.local_fields
            if f.serialize and (f.attname if f.remote_field is None else f.attname[:-3]) in selected
        ]
        # As the serializer: many-to-many fields with their own through model (bylines) are not part of the row.
        self.many = [
            f
            for f in model._meta.concrete_model._meta.local_many_to_many
            if f.serialize and f.attname in selected and f.remote_field.through._meta.auto_created
        ]
        self.names = [f.name for f in self.fields]
        self.values = attrgetter(*[f.attname for f in self.fields])
        self.times: dict = {}  # the encoder's text for each time met: an import repeats a few

    def serialize(self, obj, related: dict[str, list]) -> str:
        """`obj` as reversion serializes it; `related` holds its many-to-many fields' primary keys
        by field name (`_related_pks`)."""
        values = list(self.values(obj))
        for i, value in enumerate(values):
            # As Python's serializer: text and protected types as they are, others by their field.
            kind = type(value)
            if kind is str or kind is int or kind is bool or value is None:
                continue
            if kind is dt.datetime:
                if value not in self.times:
                    self.times[value] = _ENCODER.default(value)
                values[i] = self.times[value]
            elif not is_protected_type(value):
                values[i] = self.fields[i].value_to_string(obj)
        data = dict(zip(self.names, values, strict=False))
        for f in self.many:
            data[f.name] = related[f.name]
        return "[" + _ENCODER.encode({"model": self.label, "pk": obj.pk, "fields": data}) + "]"


def _related_pks(model, fields: list, pks: list[int]) -> dict[int, dict[str, list]]:
    """For each object of `model` in `pks`, each many-to-many field's related primary keys in the
    order the serializer lists them (the related model's default ordering): one query per field
    and 500 objects, reading no related objects."""
    found = {pk: {f.name: [] for f in fields} for pk in pks}
    for f in fields:
        ordering = [
            f"-{f.name}__{name[1:]}" if name.startswith("-") else f"{f.name}__{name}"
            for name in f.related_model._meta.ordering
        ]
        for chunk in _chunks(pks):
            rows = model.objects.filter(pk__in=chunk).order_by("pk", *ordering).values_list("pk", f"{f.name}__pk")
            for pk, related_pk in rows:
                if related_pk is not None:  # an object without any: one row, of None
                    found[pk][f.name].append(related_pk)
    return found


# The json serializer's encoder and options (Django's `json.Serializer`), made once.
_ENCODER = DjangoJSONEncoder(ensure_ascii=False)


def _free_slugs(wanted: list[str]) -> list[str]:
    """Each slug, or `slug-2`, `slug-3`… where another article (or an earlier one here) has it.
    One query per 500 slugs finds the clashes, then one query finds every numbered form of the
    clashing slugs, rather than one query per candidate."""
    taken = set()
    for chunk in _chunks(wanted):
        taken.update(Article.objects.filter(slug__in=chunk).values_list("slug", flat=True))
    fetched: set[str] = set()

    def fetch_numbered(bases: list[str]) -> None:
        bases = [base for base in bases if base not in fetched]
        for chunk in _chunks(bases, 100):
            clause = reduce(or_, (Q(slug__startswith=f"{base}-") for base in chunk))
            taken.update(Article.objects.filter(clause).values_list("slug", flat=True))
        fetched.update(bases)

    fetch_numbered(sorted({slug for slug in wanted if slug in taken}))
    result = []
    for slug in wanted:
        candidate, number = slug, 1
        while candidate in taken:
            fetch_numbered([slug])  # a clash made by an earlier slug of this batch: one query, once
            number += 1
            candidate = f"{slug}-{number}"
        taken.add(candidate)
        result.append(candidate)
    return result
