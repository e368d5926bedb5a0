"""Finding and reading seed files for a batch: files as given, directories expanded to their *.txt."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from articles.ingest.parse import ParseError, ParsedArticle, parse_seed


def seed_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Every seed file named, directories expanded to their `*.txt` in name order; refuses missing paths."""
    found = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.glob("*.txt") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise ParseError(str(path), 0, "no such file or directory")
    if not found:
        raise ParseError(", ".join(str(p) for p in paths) or "(no paths)", 0, "no seed files found")
    return found


def parse_files(paths: Iterable[Path], progress: Callable[[int, int], None] | None = None) -> list[ParsedArticle]:
    """Parse every file, or raise the first file's ParseError: a batch is all or nothing."""
    paths = list(paths)
    articles = []
    for done, path in enumerate(paths, start=1):
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ParseError(str(path), 0, f"cannot read: {error.strerror}") from error
        articles.append(parse_seed(data, filename=path.name))
        if progress:
            progress(done, len(paths))
    return articles
