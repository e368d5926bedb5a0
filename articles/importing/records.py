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

from django.db import connection, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from articles.domain.models import Article, Person, Quote
from articles.domain.signals import content_bulk_changed

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
    """Create or update everything in `records` (the output of `to_fixture.build_fixture`).

    Writes are batched across articles (a few queries per 500 articles, not per article), and
    the whole import is one transaction: a failure leaves the database as it was.
    """
    report = ImportReport()
    people = _import_people([r["fields"] for r in records if r["model"] == "articles.person"], report)

    article_rows = [r["fields"] for r in records if r["model"] == "articles.article"]
    quotes_by_slug: dict[str, list[dict]] = {}
    for record in records:
        if record["model"] == "articles.quote":
            quotes_by_slug.setdefault(record["fields"]["article"][0], []).append(record["fields"])

    # Matched by seed file only: an article written in the desk with the same slug is never touched.
    existing = _in_bulk(Article.objects.all(), "source", [row["source"] for row in article_rows if row["source"]])
    new_rows, matched = [], []
    for row in article_rows:
        article = existing.get(row["source"])
        if article is None:
            new_rows.append(row)
        elif article.edited_since_import and not force:
            report.skipped_edited.append(row["source"] or article.slug)
        else:
            matched.append((article, row))

    done, total = 0, len(article_rows)
    for chunk in _chunks(new_rows):
        created = _create_articles(chunk, report)
        _replace_people_links(created, chunk, people)
        _sync_quotes([(article, quotes_by_slug.get(row["slug"], [])) for article, row in zip(created, chunk)], people, report, {})
        done += len(chunk)
        if progress:
            progress(done, total)
    for chunk in _chunks(matched):
        changed = [(article, row) for article, row in chunk if _update_article(article, row, report)]
        _replace_people_links([article for article, _ in changed], [row for _, row in changed], people)
        existing_quotes: dict[int, dict[int, Quote]] = {}
        for quote in Quote.objects.filter(article__in=[article for article, _ in chunk]):
            existing_quotes.setdefault(quote.article_id, {})[quote.position] = quote
        _sync_quotes([(article, quotes_by_slug.get(row["slug"], [])) for article, row in chunk], people, report, existing_quotes)
        done += len(chunk)
        if progress:
            progress(done, total)
    # Bulk writes send no model signals: say once that content changed (caches listen).
    content_bulk_changed.send(sender=Article)
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


def _article_values(row: dict) -> dict:
    values = {name: row[name] for name in ARTICLE_FIELDS}
    values["published_at"] = _as_datetime(values["published_at"])
    return values


def _create_articles(rows: list[dict], report: ImportReport) -> list[Article]:
    slugs = _free_slugs([row["slug"] for row in rows])
    articles = [Article(slug=slug, **_article_values(row)) for slug, row in zip(slugs, rows)]
    Article.objects.bulk_create(articles, batch_size=BATCH_SIZE)
    report.created["articles"] += len(articles)
    return articles


def _update_article(article: Article, row: dict, report: ImportReport) -> bool:
    """Apply the row to the article; False when nothing changed."""
    values = _article_values(row)
    if all(getattr(article, name) == value for name, value in values.items()):
        report.unchanged["articles"] += 1
        return False
    for name, value in values.items():
        setattr(article, name, value)
    article.save()
    report.updated["articles"] += 1
    return True


def _replace_people_links(articles: list[Article], rows: list[dict], people: dict[str, Person]) -> None:
    if not articles:
        return
    Link = Article.people.through
    Link.objects.filter(article__in=[a for a in articles if a.pk]).delete()
    Link.objects.bulk_create(
        [
            Link(article_id=article.pk, person_id=people[slug].pk)
            for article, row in zip(articles, rows)
            for slug in dict.fromkeys(s for (s,) in row.get("people", []))
        ],
        batch_size=BATCH_SIZE,
    )


def _sync_quotes(pairs, people: dict[str, Person], report: ImportReport, existing: dict[int, dict[int, Quote]]) -> None:
    """Bring each article's quotes in line with its rows, updating in place by position."""
    new, changed, stale, now = [], [], [], timezone.now()
    for article, rows in pairs:
        current = dict(existing.get(article.pk, {}))
        for row in rows:
            values = {name: row[name] for name in QUOTE_FIELDS if name != "speaker_id"}
            values["speaker_id"] = people[row["speaker"][0]].pk if row["speaker"] else None
            quote = current.pop(row["position"], None)
            if quote is None:
                new.append(
                    {
                        "article_id": article.pk,
                        "article_published_at": article.published_at,
                        "position": row["position"],
                        **values,
                    }
                )
            elif any(getattr(quote, name) != value for name, value in values.items()):
                for name, value in values.items():
                    setattr(quote, name, value)
                quote.updated_at, quote.version = now, quote.version + 1
                changed.append(quote)
            else:
                report.unchanged["quotes"] += 1
        stale.extend(quote.pk for quote in current.values())
    if stale:
        Quote.objects.filter(pk__in=stale).delete()
    _insert_quotes(new)
    Quote.objects.bulk_update(changed, [*QUOTE_FIELDS, "updated_at", "version"], batch_size=BATCH_SIZE)
    report.created["quotes"] += len(new)
    report.updated["quotes"] += len(changed)


def _insert_quotes(rows: list[dict]) -> None:
    """New quotes (column values by attname) with one executemany per batch. bulk_create builds a
    model instance and compiles every value through the ORM: two thirds of an import's time."""
    if not rows:
        return
    ops = connection.ops
    fields = [field for field in Quote._meta.concrete_fields if not field.primary_key and not field.generated]
    now = ops.adapt_datetimefield_value(timezone.now())
    defaults = {field.attname: field.get_default() for field in fields}
    defaults.update(created_at=now, updated_at=now)
    names = [field.attname for field in fields]
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        ops.quote_name(Quote._meta.db_table),
        ", ".join(ops.quote_name(field.column) for field in fields),
        ", ".join(["%s"] * len(fields)),
    )
    with connection.cursor() as cursor:
        for chunk in _chunks(rows, 2000):
            cursor.executemany(sql, [[row.get(name, defaults[name]) for name in names] for row in chunk])


def _as_datetime(value) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else parse_datetime(value)


def _free_slugs(wanted: list[str]) -> list[str]:
    """Each slug, or `slug-2`, `slug-3`… where another article (or an earlier one here) has it."""
    taken = set()
    for chunk in _chunks(wanted):
        taken.update(Article.objects.filter(slug__in=chunk).values_list("slug", flat=True))
    result = []
    for slug in wanted:
        candidate, number = slug, 1
        while candidate in taken or (number > 1 and Article.objects.filter(slug=candidate).exists()):
            number += 1
            candidate = f"{slug}-{number}"
        taken.add(candidate)
        result.append(candidate)
    return result
