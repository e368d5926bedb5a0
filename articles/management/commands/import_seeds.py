from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.importing.records import import_records
from articles.importing.seedfiles import (
    AmbiguousBatch,
    cyclic_gc_paused,
    fixture_records,
    parse_files,
    seed_paths,
    source_keys,
)
from articles.ingest.parse import ParseError

PROGRESS_FROM = 50  # files; smaller batches finish before a progress report would help


class Command(BaseCommand):
    help = (
        "Convert seed texts and load them in one transaction: new articles are created, re-imported "
        "ones have their text and unchecked quotes updated in place (never their status, publication "
        "time, checked quotes or corrections), and articles an editor has changed since their import "
        "are skipped unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Seed files, or directories of .txt seed files.")
        parser.add_argument(
            "--force",
            action="store_true",
            help=(
                "Also update articles edited since their import: their headline, deck, body and the "
                "words and speakers of unchecked quotes only; never status, publication time, checked quotes, corrections or the people named."
            ),
        )
        parser.add_argument(
            "--status",
            default="published",
            choices=["draft", "review", "published"],
            help="Editorial status for new articles (default: published); an existing article keeps its own.",
        )

    def handle(self, *args, paths, force, status, verbosity, **options):
        with cyclic_gc_paused():
            self._import(paths, force, status, verbosity)

    def _import(self, paths, force, status, verbosity):
        try:
            files = seed_paths(paths)
            sources = source_keys(files, settings.BASE_DIR)
            big = len(files) >= PROGRESS_FROM
            progress = self._progress_reporter("converted", verbosity) if big else None
            articles = parse_files(files, progress=progress, names=sources)
        except (ParseError, AmbiguousBatch) as error:
            raise CommandError(f"{error} (nothing imported)") from error

        records = fixture_records(articles, sources, time_zone=settings.TIME_ZONE, status=status)
        progress = self._progress_reporter("loaded", verbosity) if big else None
        report = import_records(records, force=force, progress=progress)

        for line in report.lines():
            self.stdout.write(line)
        if report.skipped_edited:
            self.stdout.write(
                self.style.WARNING(
                    f"Skipped {len(report.skipped_edited)} articles edited since their import "
                    "(use --force to overwrite):"
                )
            )
            for source in report.skipped_edited:
                self.stdout.write(f"  {source}")
        if report.kept_checked_quotes:
            self.stdout.write(
                self.style.WARNING(
                    f"Kept {report.kept_checked_quotes} quotes the desk has checked, where the seed now differs."
                )
            )
        self.stdout.write(self.style.SUCCESS(f"Imported {len(articles)} seed files."))

    def _progress_reporter(self, label, verbosity):
        """A bar redrawn in place on a terminal; a plain line every 10% otherwise."""
        if verbosity < 1:
            return None
        interactive = hasattr(self.stdout, "isatty") and self.stdout.isatty()
        last_decile = -1

        def report(done, total):
            nonlocal last_decile
            if interactive:
                width = 30
                filled = width * done // total
                self.stdout.write(
                    f"\r  {label:>9} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}",
                    ending="\n" if done == total else "",
                )
                self.stdout.flush()
            elif (decile := 10 * done // total) != last_decile:
                last_decile = decile
                self.stdout.write(f"  {label} {done}/{total} articles")

        return report
