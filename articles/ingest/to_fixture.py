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


class FixtureBuilder:
    """`build_fixture` a part at a time, for a batch whose seeds arrive in parts (in order): each
    `add` gives the article, quote and byline records of its articles; the people and authors,
    merged over everything added so far, come from `person_records` / `author_records` (or one
    at a time from `person_fields` / `author_fields`). Adding the parts of a batch one after the
    other gives exactly the records `build_fixture` gives for the whole batch."""

    def __init__(self, time_zone: str = "UTC", status: str = "published"):
        self.time_zone = time_zone
        self.status = status
        self._people: dict[str, dict] = {}
        self._authors: dict[str, dict] = {}
        self._used_article_slugs: set[str] = set()

    def add(self, articles: Iterable[ParsedArticle]) -> tuple[list[dict], list[dict], list[dict]]:
        """(article records, quote records, byline records) of `articles`, in their order."""
        article_records, quote_records, byline_records = [], [], []
        for article in articles:
            self._add_article(article, article_records, quote_records, byline_records)
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

    def _add_article(
        self, article: ParsedArticle, article_records: list, quote_records: list, byline_records: list
    ) -> None:
        people, used_article_slugs, time_zone = self._people, self._used_article_slugs, self.time_zone
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

        published_at = midnight(article.date, time_zone)
        # Timestamps come from the seed, not the clock: the same seeds always give the same fixture,
        # and loading it again leaves every row as it was.
        stamps = {"created_at": published_at.isoformat(), "updated_at": published_at.isoformat()}
        person_slugs = {}
        for person in article.people:
            person_slug = slugify(person.name)
            if len(person_slug) > limits.PERSON_SLUG_MAX_LENGTH:
                raise ParseError(
                    article.source,
                    0,
                    f"slug of {person.name[:40]!r} is {len(person_slug)} characters "
                    f"long (limit {limits.PERSON_SLUG_MAX_LENGTH})",
                )
            person_slugs[person.name] = person_slug
            record = people.setdefault(
                person_slug,
                {
                    "model": "articles.person",
                    "fields": {"name": person.name, "slug": person_slug, "title": "", "aliases": [], **stamps},
                },
            )
            fields = record["fields"]
            if person.title and not fields["title"]:
                fields["title"] = person.title
            for alias in [person.name, *person.aliases]:
                if alias != fields["name"] and alias not in fields["aliases"]:
                    fields["aliases"].append(alias)

        deck = "\n".join(article.deck)
        body = article_body(article)
        article_records.append(
            {
                "model": "articles.article",
                "fields": {
                    "headline": article.headline,
                    "slug": slug,
                    "deck": deck,
                    "body": body,
                    "published_at": published_at.isoformat(),
                    "status": self.status,
                    "source": article.source,
                    "people": [[person_slugs[p.name]] for p in article.people],
                    "import_checksum": content_checksum(article.headline, deck, body, published_at),
                    **stamps,
                },
            }
        )
        for position, quote in enumerate(article.quotes, start=1):
            quote_records.append(
                {
                    "model": "articles.quote",
                    "fields": {
                        "article": [slug],
                        "speaker": [person_slugs[quote.speaker]] if quote.speaker in person_slugs else None,
                        "text": quote.text,
                        "is_partial": quote.is_partial,
                        "position": position,
                        "reporting_verb": quote.verb[: limits.QUOTE_VERB_MAX_LENGTH],
                        "context": quote.sentence,
                        "attribution_cue": quote.cue[: limits.QUOTE_CUE_MAX_LENGTH],
                        "paragraph": quote.block_index,
                        **stamps,
                    },
                }
            )

        byline_records.extend(_bylines(article, slug, self._authors, stamps))


def _bylines(article: ParsedArticle, article_slug: str, authors: dict[str, dict], stamps: dict) -> list[dict]:
    """The article's byline records, in byline order, adding each new author to `authors` (the
    first spelling of a name met wins; an author named twice on one byline counts once)."""
    if article.byline is None:
        return []
    records = []
    for name in article.byline.authors:
        author_slug = slugify(name)  # at most 80 characters: well under Author.slug's limit
        if any(record["fields"]["author"] == [author_slug] for record in records):
            continue
        authors.setdefault(
            author_slug,
            {"model": "articles.author", "fields": {"name": name, "slug": author_slug, "bio": "", **stamps}},
        )
        records.append(
            {
                "model": "articles.byline",
                "fields": {"article": [article_slug], "author": [author_slug], "position": len(records) + 1},
            }
        )
    return records


def dumps(records: list[dict]) -> str:
    """Stable JSON text: the same seeds always give byte-identical fixtures."""
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
