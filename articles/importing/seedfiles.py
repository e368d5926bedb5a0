"""Finding and reading seed files for a batch: files as given, directories expanded to their *.txt."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
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


# Below this, starting worker processes costs more than it saves.
PARALLEL_FROM = 200
CHUNK = 50


def parse_files(paths: Iterable[Path], progress: Callable[[int, int], None] | None = None) -> list[ParsedArticle]:
    """Parse every file, in order, or raise the first file's ParseError: a batch is all or nothing.

    Large batches are parsed on every core: the parser is pure Python and CPU-bound.
    """
    paths = list(paths)
    size = max(1, min(CHUNK, len(paths) // 20))  # about twenty progress reports a batch
    batches = [paths[i : i + size] for i in range(0, len(paths), size)]
    if len(paths) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return _collect(map(_parse_chunk, batches), len(paths), progress)
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        chunks = pool.map(_parse_chunk, [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)])
        return _collect(chunks, len(paths), progress)


def _collect(chunks, total, progress) -> list[ParsedArticle]:
    articles = []
    for chunk in chunks:  # in submission order; the first error raised is the first bad file
        articles.extend(chunk)
        if progress:
            progress(len(articles), total)
    return articles


@contextlib.contextmanager
def cyclic_gc_paused():
    """Pause the cyclic garbage collector for a batch. Parsing and importing make millions of
    small objects that live until the batch ends: each collection walks all of them again, a
    fifth of a batch's time, and frees almost nothing (reference counting frees the rest)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse_chunk(paths: list[Path]) -> list[ParsedArticle]:
    with cyclic_gc_paused():
        return [_parse_file(path) for path in paths]


def _parse_file(path: Path) -> ParsedArticle:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ParseError(str(path), 0, f"cannot read: {error.strerror}") from None
    return parse_seed(data, filename=path.name)
