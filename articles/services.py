"""Writes that span several models: importing converted seeds into the database.

`import_records` takes the converter's fixture records and applies them in one transaction:
people merged by slug, articles matched by their seed file (then slug), quotes updated in place
by position so their permalinks survive a re-import. An article an editor has changed since
its import is left alone unless `force` is set.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from articles.cache import content_changed
from articles.models import Article, Correction, Person, Quote

ARTICLE_FIELDS = ("headline", "deck", "body", "published_at", "status", "source", "import_checksum")
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


@dataclass
class ImportReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    skipped_edited: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"{label}: {self.created[label]} created, {self.updated[label]} updated, "
            f"{self.unchanged[label]} unchanged"
            for label in ("articles", "people", "quotes")
        ]


def _chunks(items: list, size: int = BATCH_SIZE) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _in_bulk(queryset, field_name: str, values: list) -> dict:
    found = {}
    for chunk in _chunks(values):
        found.update({getattr(obj, field_name): obj for obj in queryset.filter(**{f"{field_name}__in": chunk})})
    return found


@transaction.atomic
def import_records(
    records: list[dict],
    *,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Create or update everything in `records` (the output of `to_fixture.build_fixture`)."""
    report = ImportReport()
    people = _import_people([r["fields"] for r in records if r["model"] == "articles.person"], report)

    article_fields = [r["fields"] for r in records if r["model"] == "articles.article"]
    quotes_by_article: dict[str, list[dict]] = {}
    for record in records:
        if record["model"] == "articles.quote":
            quotes_by_article.setdefault(record["fields"]["article"][0], []).append(record["fields"])

    # Matched by seed file only: an article written in the admin with the same slug is never touched.
    existing_by_source = _in_bulk(Article.objects.all(), "source", [f["source"] for f in article_fields if f["source"]])
    total = len(article_fields)
    for done, fields in enumerate(article_fields, start=1):
        fixture_slug = fields["slug"]
        article = existing_by_source.get(fields["source"])
        if article is not None and article.edited_since_import and not force:
            report.skipped_edited.append(fields["source"] or article.slug)
        else:
            article = _apply_article(article, fields, report)
            people_slugs = [slug for (slug,) in fields.get("people", [])]
            _apply_quotes(article, quotes_by_article.get(fixture_slug, []), people, report)
            article.people.set([people[slug] for slug in people_slugs])
        if progress:
            progress(done, total)
    # Bulk writes send no signals: retire cached pages explicitly.
    content_changed()
    return report


def _import_people(rows: list[dict], report: ImportReport) -> dict[str, Person]:
    existing = _in_bulk(Person.objects.all(), "slug", [row["slug"] for row in rows])
    new, changed, now = [], [], timezone.now()
    for row in rows:
        person = existing.get(row["slug"])
        if person is None:
            new.append(Person(name=row["name"], slug=row["slug"], title=row["title"], aliases=row["aliases"]))
            continue
        aliases = person.alias_list + [a for a in row["aliases"].splitlines() if a not in person.alias_list]
        title = person.title or row["title"]
        if title != person.title or aliases != person.alias_list:
            person.title, person.aliases, person.updated_at = title, "\n".join(aliases), now
            changed.append(person)
        else:
            report.unchanged["people"] += 1
    Person.objects.bulk_create(new, batch_size=BATCH_SIZE)
    Person.objects.bulk_update(changed, ["title", "aliases", "updated_at"], batch_size=BATCH_SIZE)
    report.created["people"] += len(new)
    report.updated["people"] += len(changed)
    # bulk_create sets primary keys on PostgreSQL and SQLite, so the new objects are usable as they are.
    return {**existing, **{person.slug: person for person in new}}


def _apply_article(article: Article | None, fields: dict, report: ImportReport) -> Article:
    values = {name: fields[name] for name in ARTICLE_FIELDS}
    values["published_at"] = _as_datetime(values["published_at"])
    if article is None:
        article = Article.objects.create(slug=_free_slug(fields["slug"]), **values)
        report.created["articles"] += 1
        return article
    if all(getattr(article, name) == value for name, value in values.items()):
        report.unchanged["articles"] += 1
        return article
    for name, value in values.items():
        setattr(article, name, value)
    article.save()
    report.updated["articles"] += 1
    return article


def _apply_quotes(article: Article, rows: list[dict], people: dict[str, Person], report: ImportReport) -> None:
    existing = {quote.position: quote for quote in article.quotes.all()}
    new, changed, now = [], [], timezone.now()
    for row in rows:
        speaker = people[row["speaker"][0]] if row["speaker"] else None
        values = {name: row[name] for name in QUOTE_FIELDS if name != "speaker_id"}
        values["speaker_id"] = speaker.pk if speaker else None
        quote = existing.pop(row["position"], None)
        if quote is None:
            new.append(Quote(article=article, position=row["position"], **values))
        elif any(getattr(quote, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(quote, name, value)
            quote.updated_at = now
            changed.append(quote)
        else:
            report.unchanged["quotes"] += 1
    if existing:
        Quote.objects.filter(pk__in=[quote.pk for quote in existing.values()]).delete()
    Quote.objects.bulk_create(new, batch_size=BATCH_SIZE)
    Quote.objects.bulk_update(changed, [*QUOTE_FIELDS, "updated_at"], batch_size=BATCH_SIZE)
    report.created["quotes"] += len(new)
    report.updated["quotes"] += len(changed)


def _as_datetime(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else parse_datetime(value)


def _free_slug(slug: str) -> str:
    """`slug`, or `slug-2`, `slug-3`… when another article (from another seed) has it already."""
    candidate, number = slug, 1
    while Article.objects.filter(slug=candidate).exists():
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def record_quote_correction(quote: Quote, old_text: str, user) -> Correction | None:
    """A published quote's words were corrected: fix them in the article text too, and say so publicly.

    The quote's page, its speaker's page, feeds, search and the API read the Quote itself, so
    one correction reaches everywhere the quote appears.
    """
    article = quote.article
    if old_text == quote.text or not article.is_published:
        return None
    if old_text and old_text in article.body:
        article.body = article.body.replace(old_text, quote.text, 1)
        article.save(update_fields=["body", "updated_at"])
    speaker = quote.speaker.name if quote.speaker else "a source"
    return Correction.objects.create(
        article=article,
        kind=Correction.Kind.CORRECTION,
        text=f"An earlier version of this article misquoted {speaker} as saying “{old_text}”. The words were “{quote.text}”.",
        created_by=user,
    )
