"""Fill a database with made-up articles, people and quotes, fast, for the view benchmarks.

Writes straight through the ORM with bulk_create (no converter, no import service):
N articles whose bodies are in the stored body format (articles/ingest/bodytext.py: paragraphs,
"## " crossheads, Caption:/Credit: blocks), each quote's words standing in a paragraph of its
article as “…,” Name said., people with titles and aliases, the article/person links, and one
"hot" person with many quotes (default 10,000) for the deep-pagination case. About 93% of the
articles are published in the past, the rest drafts, in review or scheduled, so the publish
rule has something to filter.

Deterministic for a given --seed and sizes. Works on SQLite and PostgreSQL: the database is
DATABASE_URL, which must be set (so the development database under var/ is never touched by
accident). Runs `migrate` first. Refuses a database that already holds articles unless --flush.

    DATABASE_URL=sqlite:////tmp/bench/bench.sqlite3 \\
        .venv/bin/python bench/data.py --articles 2000 --quotes 10000 --people 500
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_bench \\
        .venv/bin/python bench/data.py --articles 100000 --quotes 500000 --people 20000
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import string
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
sys.path[:0] = [str(PROJECT_DIR), str(BENCH_DIR)]

import generate_seeds as pools  # noqa: E402  (the made-up name, title and sentence pools)

HOT_PERSON_NAME = "Marguerite Oyelaran-Whitcombe"
BATCH = 1000


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    os.environ.setdefault("DJANGO_DEBUG", "true")
    os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "false")
    import django

    django.setup()


def person_names(rng: random.Random, count: int) -> list[str]:
    """`count` distinct names: first name, middle initial, surname (numbered past the pool's size)."""
    names, seen = [], {HOT_PERSON_NAME}
    firsts = pools.FIRST_NAMES["f"] + pools.FIRST_NAMES["m"]
    while len(names) < count:
        name = f"{rng.choice(firsts)} {rng.choice(string.ascii_uppercase)}. {rng.choice(pools.SURNAMES)}"
        if name in seen:
            name = f"{name} {len(names)}"
        seen.add(name)
        names.append(name)
    return names


def split_total(rng: random.Random, total: int, parts: int) -> list[int]:
    """`total` spread over `parts` buckets, unevenly (0 to twice the mean), summing exactly."""
    if parts == 0:
        return []
    mean = total / parts
    counts = [rng.randint(0, max(0, round(2 * mean))) for _ in range(parts)]
    diff = total - sum(counts)
    step = 1 if diff > 0 else -1
    index = 0
    while diff:
        i = index % parts
        if step > 0 or counts[i] > 0:
            counts[i] += step
            diff -= step
        index += 1
    return counts


class BodyWriter:
    """Builds one article body around its quotes, filling in each quote's context and paragraph."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.writer = pools.ArticleWriter(rng)

    def build(self, quotes: list[dict], people_by_id: dict) -> str:
        from articles.ingest.bodytext import CAPTION, CROSSHEAD, PARAGRAPH, BodyBlock, join_body

        rng, w = self.rng, self.writer
        blocks = [BodyBlock(PARAGRAPH, w.narrative_paragraph())]
        for quote in quotes:
            for _ in range(rng.randint(0, 2)):
                roll = rng.random()
                if roll < 0.75:
                    blocks.append(BodyBlock(PARAGRAPH, w.narrative_paragraph()))
                elif roll < 0.9:
                    caption = w.fill(rng.choice(pools.CAPTIONS))
                    blocks.append(BodyBlock(CAPTION, caption, w.fill(rng.choice(pools.PHOTOGRAPHERS))))
                else:
                    blocks.append(BodyBlock(CROSSHEAD, w.fill(rng.choice(pools.CROSSHEADS))))
            speaker = people_by_id.get(quote["speaker_id"])
            who = speaker[0] if speaker else "The ministry"
            if quote["is_partial"]:
                sentence = (
                    f"{who} described the plan as “{quote['text']}” and {quote['reporting_verb']} talks would go on."
                )
            else:
                sentence = f"“{quote['text']},” {who} {quote['reporting_verb']}."
            quote["context"] = sentence
            quote["paragraph"] = len(blocks)
            blocks.append(BodyBlock(PARAGRAPH, sentence))
        blocks.append(BodyBlock(PARAGRAPH, w.narrative_paragraph()))
        return join_body(blocks)


def generate(args) -> dict[str, int]:
    from django.db import connection, transaction
    from django.utils import timezone

    from articles.domain.models import Article, Person, Quote

    rng = random.Random(f"newsroom-bench-data:{args.seed}")
    now = timezone.now()
    Link = Article.people.through

    # People: the hot one first, so it has a stable slug.
    names = [HOT_PERSON_NAME, *person_names(rng, max(0, args.people - 1))]
    people = []
    for index, name in enumerate(names):
        first, *_, last = name.split()
        people.append(
            Person(
                name=name,
                slug=f"{pools.slug(name)}-{index}" if index else pools.slug(name),
                title=pools.ArticleWriter(rng).fill(rng.choice(pools.TITLES)),
                aliases=f"{first} {last}\n{last}" if index % 3 == 0 else "",
            )
        )
    with transaction.atomic():
        Person.objects.bulk_create(people, batch_size=BATCH)
    hot_id = Person.objects.get(slug=pools.slug(HOT_PERSON_NAME)).pk
    person_ids = list(Person.objects.exclude(pk=hot_id).order_by("pk").values_list("pk", flat=True))
    people_by_id = {p.pk: (p.name, p.title) for p in Person.objects.only("name", "title")}
    # A skewed choice of speaker: some people are quoted far more than others.
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(person_ids))]

    # Statuses and quote counts first, so the hot person's quotes can land in published articles only.
    statuses = rng.choices(["published", "draft", "review", "scheduled"], weights=[93, 3, 2, 2], k=args.articles)
    quote_counts = split_total(rng, args.quotes, args.articles)
    published_slots = [
        (a, q)
        for a, (status, n) in enumerate(zip(statuses, quote_counts, strict=False))
        if status == "published"
        for q in range(n)
    ]
    hot = set(rng.sample(published_slots, min(args.hot_quotes, len(published_slots))))
    del published_slots

    body_writer = BodyWriter(rng)
    start_date = now - dt.timedelta(days=3650)
    totals = {"articles": 0, "quotes": 0, "links": 0}
    for chunk_start in range(0, args.articles, BATCH):
        indexes = range(chunk_start, min(chunk_start + BATCH, args.articles))
        articles, quote_rows, speakers_per_article = [], [], []
        for a in indexes:
            headline = body_writer.writer.fill(rng.choice(pools.TOPICS[rng.choice(sorted(pools.TOPICS))]))
            status = statuses[a]
            if status == "scheduled":
                status, published_at = "published", now + dt.timedelta(days=rng.randint(1, 60))
            elif status == "published":
                published_at = start_date + dt.timedelta(seconds=rng.randrange(3650 * 86400))
            else:
                published_at = None
            rows = []
            for q in range(quote_counts[a]):
                if (a, q) in hot:
                    speaker_id = hot_id
                elif person_ids and rng.random() > 0.08:
                    speaker_id = rng.choices(person_ids, weights=weights)[0]
                else:
                    speaker_id = None  # an organisation's words
                partial = rng.random() < 0.2
                text = rng.choice(pools.FRAGMENTS) if partial else body_writer.writer.quote_words(rng.randint(1, 2))
                rows.append(
                    {
                        "speaker_id": speaker_id,
                        "text": text,
                        "is_partial": partial,
                        "position": q + 1,
                        "reporting_verb": rng.choice(["said", "told reporters", "added", "warned", "insisted"]),
                        "attribution_cue": "explicit" if speaker_id else "",
                    }
                )
            body = body_writer.build(rows, people_by_id)
            articles.append(
                Article(
                    headline=headline,
                    slug=f"{pools.slug(headline)}-{a}",
                    deck=body_writer.writer.fill(rng.choice(pools.FILLER)),
                    body=body,
                    published_at=published_at,
                    status=status,
                )
            )
            quote_rows.append(rows)
            speakers_per_article.append({r["speaker_id"] for r in rows if r["speaker_id"]})

        with transaction.atomic():
            Article.objects.bulk_create(articles, batch_size=BATCH)
            quotes, links = [], []
            for article, rows, speakers in zip(articles, quote_rows, speakers_per_article, strict=False):
                quotes.extend(
                    Quote(article_id=article.pk, article_published_at=article.published_at, **row) for row in rows
                )
                links.extend(Link(article_id=article.pk, person_id=pid) for pid in sorted(speakers))
            Quote.objects.bulk_create(quotes, batch_size=BATCH)
            Link.objects.bulk_create(links, batch_size=BATCH)
        totals["articles"] += len(articles)
        totals["quotes"] += len(quotes)
        totals["links"] += len(links)
        if args.verbose:
            sys.stderr.write(f"  {totals['articles']}/{args.articles} articles, {totals['quotes']} quotes\n")

    with connection.cursor() as cursor:
        # Fresh planner statistics, on SQLite and PostgreSQL alike; on PostgreSQL also a VACUUM,
        # which autovacuum would do in time (and never does where it is off, as on our machines).
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    totals["people"] = len(person_ids) + 1
    totals["hot_person_quotes"] = Quote.objects.filter(speaker_id=hot_id).count()
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="number of articles (default 2000)")
    parser.add_argument("--quotes", type=int, default=10000, help="number of quotes in all (default 10000)")
    parser.add_argument("--people", type=int, default=500, help="number of people (default 500)")
    parser.add_argument(
        "--hot-quotes",
        type=int,
        default=10000,
        help="quotes given to the one 'hot' person, in published articles (default 10000, capped by --quotes)",
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--flush", action="store_true", help="delete existing articles, people and quotes first")
    parser.add_argument("--verbose", "-v", action="store_true", help="progress on stderr")
    args = parser.parse_args(argv)

    if not os.environ.get("DATABASE_URL"):
        parser.error("set DATABASE_URL (e.g. sqlite:////tmp/bench/bench.sqlite3); the dev database is never used")
    setup_django()
    from django.core.management import call_command
    from django.db import connection

    from articles.domain.models import Article, Person, Quote

    call_command("migrate", verbosity=0, interactive=False)
    if Article.objects.exists() or Person.objects.exists():
        if not args.flush:
            parser.error("the database already holds articles or people; pass --flush to replace them")
        Quote.objects.all().delete()
        Article.objects.all().delete()
        Person.objects.all().delete()

    started = time.perf_counter()
    totals = generate(args)
    elapsed = time.perf_counter() - started
    print(
        f"{connection.vendor}: {totals['articles']} articles, {totals['quotes']} quotes, "
        f"{totals['people']} people, {totals['links']} article-person links; "
        f"hot person {pools.slug(HOT_PERSON_NAME)!r} has {totals['hot_person_quotes']} quotes "
        f"({elapsed:.1f}s, {totals['articles'] / elapsed:.0f} articles/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
