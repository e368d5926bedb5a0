"""Parsed articles -> Django fixture records (plain dicts, ready for json.dump).

Records use natural keys only (no primary keys), so loading the same fixture twice updates
rather than duplicates: articles by slug, people by slug, quotes by (article slug, position),
byline authors by slug and bylines by (article slug, author slug) with their order. The same
person (or author) named in several seeds becomes one record. Output order is deterministic.
Pure Python: no Django import, so it is tested without a database.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from . import limits
from .bodytext import BodyBlock, join_body
from .fingerprint import content_checksum
from .parse import ParsedArticle, ParseError

SLUG_MAX_LENGTH = 80  # the length slugify cuts at, well under the fields' limits


def slugify(value: str, max_length: int = SLUG_MAX_LENGTH) -> str:
    """ASCII slug, cut at a word boundary: “Ukraine’s président” -> "ukraines-president"."""
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"['’]", "", value.lower())
    value = re.sub(r"[^a-z0-9]+", "-", value).strip("-")
    if len(value) > max_length:
        value = value[:max_length].rsplit("-", 1)[0]
    return value or "untitled"


def midnight(date: dt.date, time_zone: str) -> dt.datetime:
    return dt.datetime.combine(date, dt.time(0, 0), tzinfo=ZoneInfo(time_zone))


def article_body(article: ParsedArticle) -> str:
    return join_body([BodyBlock(block.kind, block.text, block.credit) for block in article.blocks])


def build_fixture(articles: Iterable[ParsedArticle], time_zone: str = "UTC", status: str = "published") -> list[dict]:
    """All records for a batch: people and authors first (quotes and bylines point at them), then
    articles, then quotes, then bylines (one per author of an article with a byline line)."""
    builder = FixtureBuilder(time_zone=time_zone, status=status)
    article_records, quote_records, byline_records = builder.add(articles)
    return builder.person_records() + builder.author_records() + article_records + quote_records + byline_records


@dataclass(slots=True)
class PreparedArticle:
    """One article's records as far as they depend on that article alone (`prepare`), so that
    the work can be done where it is parsed (a worker process); `FixtureBuilder.add_prepared`
    finishes them with what depends on the batch: the article's slug, its people and authors."""

    headline: str
    date: dt.date
    source: str
    headline_line: int
    stamps: dict
    people: list[tuple[str, str, str, list[str]]]  # (name, slug, title, aliases) in the article's order
    article: dict  # the article record's fields, but its slug
    quotes: list[dict]  # the quote records' fields, but their article
    authors: list[tuple[str, str]]  # the byline's (name, slug), in order, each slug once
    error: ParseError | None = None  # raised by `add_prepared`, after the checks that come first


def prepare(article: ParsedArticle, time_zone: str = "UTC", status: str = "published") -> PreparedArticle:
    """The records of one article that need nothing of the rest of the batch."""
    published_at = midnight(article.date, time_zone)
    # Timestamps come from the seed, not the clock: the same seeds always give the same fixture,
    # and loading it again leaves every row as it was.
    stamps = {"created_at": published_at.isoformat(), "updated_at": published_at.isoformat()}
    error = None
    person_slugs, people = {}, []
    for person in article.people:
        person_slug = slugify(person.name)
        if len(person_slug) > limits.PERSON_SLUG_MAX_LENGTH:
            error = ParseError(
                article.source,
                0,
                f"slug of {person.name[:40]!r} is {len(person_slug)} characters "
                f"long (limit {limits.PERSON_SLUG_MAX_LENGTH})",
            )
            break
        person_slugs[person.name] = person_slug
        people.append((person.name, person_slug, person.title, list(person.aliases)))

    deck = "\n".join(article.deck)
    body = article_body(article)
    fields = {
        "headline": article.headline,
        "deck": deck,
        "body": body,
        "published_at": published_at.isoformat(),
        "status": status,
        "source": article.source,
        "people": [[person_slugs.get(p.name)] for p in article.people],
        "import_checksum": content_checksum(article.headline, deck, body, published_at),
        **stamps,
    }
    quotes = [
        {
            "speaker": [person_slugs[quote.speaker]] if quote.speaker in person_slugs else None,
            "text": quote.text,
            "is_partial": quote.is_partial,
            "position": position,
            "reporting_verb": quote.verb[: limits.QUOTE_VERB_MAX_LENGTH],
            "context": quote.sentence,
            "attribution_cue": quote.cue[: limits.QUOTE_CUE_MAX_LENGTH],
            "paragraph": quote.block_index,
            **stamps,
        }
        for position, quote in enumerate(article.quotes, start=1)
    ]
    authors = {}
    if article.byline is not None:
        for name in article.byline.authors:
            # at most 80 characters: well under Author.slug's limit; an author named twice on one
            # byline counts once
            authors.setdefault(slugify(name), name)
    return PreparedArticle(
        article.headline,
        article.date,
        article.source,
        article.headline_line,
        stamps,
        people,
        fields,
        quotes,
        [(name, slug) for slug, name in authors.items()],
        error,
    )


class FixtureBuilder:
    """`build_fixture` a part at a time, for a batch whose seeds arrive in parts (in order): each
    `add` gives the article, quote and byline records of its articles; the people and authors,
    merged over everything added so far, come from `person_records` / `author_records` (or one
    at a time from `person_fields` / `author_fields`). Adding the parts of a batch one after the
    other gives exactly the records `build_fixture` gives for the whole batch. `add_prepared`
    takes articles already through `prepare` (e.g. in the worker that parsed them)."""

    def __init__(self, time_zone: str = "UTC", status: str = "published"):
        self.time_zone = time_zone
        self.status = status
        self._people: dict[str, dict] = {}
        self._authors: dict[str, dict] = {}
        self._used_article_slugs: set[str] = set()

    def add(self, articles: Iterable[ParsedArticle]) -> tuple[list[dict], list[dict], list[dict]]:
        """(article records, quote records, byline records) of `articles`, in their order."""
        return self.add_prepared(prepare(article, self.time_zone, self.status) for article in articles)

    def add_prepared(self, articles: Iterable[PreparedArticle]) -> tuple[list[dict], list[dict], list[dict]]:
        """As `add`, for articles through `prepare` (with this builder's time zone and status)."""
        article_records, quote_records, byline_records = [], [], []
        for article in articles:
            self._add(article, article_records, quote_records, byline_records)
        return article_records, quote_records, byline_records

    def person_fields(self, slug: str) -> dict:
        """The fields of one person's record as merged so far (aliases joined, as in the record)."""
        fields = self._people[slug]["fields"]
        return {**fields, "aliases": "\n".join(fields["aliases"])}

    def author_fields(self, slug: str) -> dict:
        return self._authors[slug]["fields"]

    def person_records(self) -> list[dict]:
        """Every person named so far, by slug, with everything added merged in."""
        return [{"model": "articles.person", "fields": self.person_fields(slug)} for slug in sorted(self._people)]

    def author_records(self) -> list[dict]:
        return [self._authors[slug] for slug in sorted(self._authors)]

    def _add(self, article: PreparedArticle, article_records: list, quote_records: list, byline_records: list) -> None:
        used_article_slugs = self._used_article_slugs
        slug = slugify(article.headline)
        if slug in used_article_slugs:
            slug = slugify(f"{article.headline} {article.date.isoformat()}")
        while slug in used_article_slugs:
            slug = f"{slug}-{len(used_article_slugs)}"
        used_article_slugs.add(slug)
        if len(slug) > limits.ARTICLE_SLUG_MAX_LENGTH:
            raise ParseError(
                article.source,
                article.headline_line,
                f"slug is {len(slug)} characters long (limit {limits.ARTICLE_SLUG_MAX_LENGTH})",
            )
        if article.error is not None:
            raise article.error

        for name, person_slug, title, aliases in article.people:
            record = self._people.setdefault(
                person_slug,
                {
                    "model": "articles.person",
                    "fields": {"name": name, "slug": person_slug, "title": "", "aliases": [], **article.stamps},
                },
            )
            fields = record["fields"]
            if title and not fields["title"]:
                fields["title"] = title
            for alias in [name, *aliases]:
                if alias != fields["name"] and alias not in fields["aliases"]:
                    fields["aliases"].append(alias)

        fields = article.article
        article_records.append(
            {"model": "articles.article", "fields": {"headline": fields["headline"], "slug": slug, **fields}}
        )
        for quote in article.quotes:
            quote_records.append({"model": "articles.quote", "fields": {"article": [slug], **quote}})
        for position, (name, author_slug) in enumerate(article.authors, start=1):
            self._authors.setdefault(
                author_slug,
                {
                    "model": "articles.author",
                    "fields": {"name": name, "slug": author_slug, "bio": "", **article.stamps},
                },
            )
            byline_records.append(
                {
                    "model": "articles.byline",
                    "fields": {"article": [slug], "author": [author_slug], "position": position},
                }
            )


def dumps(records: list[dict]) -> str:
    """Stable JSON text: the same seeds always give byte-identical fixtures."""
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
