import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.importing.seedfiles import (
    AmbiguousBatch,
    fixture_records,
    parse_files,
    seed_paths,
    source_keys,
)
from articles.ingest import to_fixture
from articles.ingest.parse import ParseError


class Command(BaseCommand):
    help = "Convert seed article texts into one Django JSON fixture (articles, people, quotes, bylines)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Seed files, or directories of .txt seed files.")
        parser.add_argument("--output", "-o", required=True, type=Path, help="The fixture file to write (JSON).")
        parser.add_argument(
            "--status",
            default="published",
            choices=["draft", "review", "published"],
            help="Editorial status given to the converted articles (default: published).",
        )

    def handle(self, *args, paths, output, status, verbosity, **options):
        try:
            files = seed_paths(paths)
            sources = source_keys(files, settings.BASE_DIR)
            articles = parse_files(files, names=sources)
        except (ParseError, AmbiguousBatch) as error:
            raise CommandError(f"{error} (no fixture written)") from error

        records = fixture_records(articles, sources, time_zone=settings.TIME_ZONE, status=status)
        write_atomically(output, to_fixture.dumps(records))

        if verbosity >= 2:
            for article in articles:
                self.stdout.write(f"  {article.source}: {len(article.people)} people, {len(article.quotes)} quotes")
        counts = {
            model: sum(r["model"] == f"articles.{model}" for r in records)
            for model in ("article", "person", "quote", "author", "byline")
        }
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {output}: {counts['article']} articles, {counts['person']} people, "
                f"{counts['quote']} quotes, {counts['author']} authors ({counts['byline']} bylines) "
                f"from {len(files)} seed files."
            )
        )


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: a reader never sees half a fixture."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
