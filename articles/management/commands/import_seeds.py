from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.importing.pipeline import import_seed_files
from articles.importing.seedfiles import AmbiguousBatch, cyclic_gc_paused, seed_paths, source_keys
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
            progress = self._progress_reporter(verbosity, len(files)) if len(files) >= PROGRESS_FROM else None
            report = import_seed_files(
                files,
                sources,
                time_zone=settings.TIME_ZONE,
                status=status,
                force=force,
                converted=progress and progress("converted"),
                loaded=progress and progress("loaded"),
            )
        except (ParseError, AmbiguousBatch) as error:
            raise CommandError(f"{error} (nothing imported)") from error

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
        self.stdout.write(self.style.SUCCESS(f"Imported {len(files)} seed files."))

    def _progress_reporter(self, verbosity, files):
        """Reporters of two counts (converted, loaded) that advance together: on a terminal, one
        line of two bars redrawn in place; otherwise a plain line every 10% of each."""
        if verbosity < 1:
            return None
        interactive = hasattr(self.stdout, "isatty") and self.stdout.isatty()
        counts, totals = {"converted": 0, "loaded": 0}, {"converted": files, "loaded": files}
        last_decile = {"converted": -1, "loaded": -1}

        def bar(done, total, width=20):
            filled = width * done // total
            return f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total}"

        def reporter(label):
            def report(done, total):
                counts[label], totals[label] = done, total
                if interactive:
                    self.stdout.write(
                        f"\r  converted {bar(counts['converted'], totals['converted'])}"
                        f"  loaded {bar(counts['loaded'], totals['loaded'])}",
                        ending="\n" if label == "loaded" and done == total else "",
                    )
                    self.stdout.flush()
                elif (decile := 10 * done // total) != last_decile[label]:
                    last_decile[label] = decile
                    self.stdout.write(f"  {label} {done}/{total} articles")

            return report

        return reporter
