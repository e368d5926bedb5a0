"""A batch of seed files, converted and imported in one transaction, writing while converting.

Worker processes convert the seeds (`seedfiles.parsed_parts`) while this process turns each part
converted into fixture records (`to_fixture.FixtureBuilder`) and writes them
(`records.RecordsImport`): on two cores, the writes of one part overlap the conversion of the
next ones, instead of waiting for the whole batch. The result is that of converting the whole
batch and importing it with `import_records`, and it is all or nothing: every part is written
inside one `transaction.atomic()` block, so a bad seed anywhere (or any error) writes nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from django.db import transaction

from articles.importing.records import ImportReport, RecordsImport
from articles.importing.seedfiles import parsed_parts
from articles.ingest.to_fixture import FixtureBuilder, prepare


def import_seed_files(
    paths: list[Path],
    sources: list[str],
    *,
    time_zone: str,
    status: str,
    force: bool = False,
    converted: Callable[[int, int], None] | None = None,
    loaded: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Convert and import `paths`, whose source keys are `sources` (`seedfiles.source_keys`), under
    `records`' rules; raises the first bad file's ParseError with nothing written. `converted` and
    `loaded` are called with (done, total) as articles are converted and written."""
    builder = FixtureBuilder(time_zone=time_zone, status=status)
    # The workers also make each article's own records (`prepare`): less for this process to do,
    # and less to send it. They start (and are forked) before the transaction opens.
    then = functools.partial(prepare, time_zone=time_zone, status=status)
    with parsed_parts(paths, sources, progress=converted, then=then) as parts, transaction.atomic():
        batch = RecordsImport(
            sources,
            person_fields=builder.person_fields,
            author_fields=builder.author_fields,
            force=force,
            progress=loaded,
        )
        done = 0
        for articles in parts:
            article_rows, quote_rows, byline_rows = builder.add_prepared(articles)
            # Each article's source is its file's source key (the converter knows only the name it was given).
            for row, source in zip(article_rows, sources[done : done + len(articles)], strict=True):
                row["fields"]["source"] = source
            done += len(articles)
            batch.add(
                [r["fields"] for r in article_rows],
                [r["fields"] for r in quote_rows],
                [r["fields"] for r in byline_rows],
            )
        return batch.finish()
