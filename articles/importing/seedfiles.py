"""Finding and reading seed files for a batch: files as given, directories expanded to their *.txt.

A seed is identified by its source key (`source_key`): its path relative to the project
directory, e.g. `seeds/000_x.txt`, or its absolute path when it lies elsewhere. The key is what
`Article.source` stores, so two seeds with the same file name in different folders are two
articles, and the same seed reached by two routes (`seeds/` and `./seeds/a.txt`) is one.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from articles.ingest import to_fixture
from articles.ingest.parse import ParsedArticle, ParseError, parse_seed

# Article.source's max_length.
MAX_SOURCE_LENGTH = 255


class AmbiguousBatch(Exception):
    """The batch names one seed twice, or two files share a source key: refused before any write,
    since which file wins would be an accident of order (and the second insert a crash)."""


def source_key(path: Path, base_dir: Path) -> str:
    """`seeds/000_x.txt` for a file under `base_dir` (posix separators whatever the OS), else the
    resolved absolute path. Resolved first, so `./seeds/../seeds/a.txt` and a symlink to it agree."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(Path(base_dir).resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def source_keys(paths: list[Path], base_dir: Path) -> list[str]:
    """Each file's source key, or AmbiguousBatch naming every file given twice or sharing a key."""
    keys = [source_key(path, base_dir) for path in paths]
    given: dict[str, list[Path]] = {}
    for path, key in zip(paths, keys, strict=False):
        given.setdefault(key, []).append(path)
    clashes = [f"{key} ({', '.join(str(p) for p in files)})" for key, files in given.items() if len(files) > 1]
    if clashes:
        raise AmbiguousBatch("the same seed is given more than once: " + "; ".join(clashes))
    too_long = [key for key in keys if len(key) > MAX_SOURCE_LENGTH]
    if too_long:
        raise AmbiguousBatch(
            f"seed path too long to be stored as its source (over {MAX_SOURCE_LENGTH} characters): {too_long[0]}"
        )
    return keys


def fixture_records(articles: list[ParsedArticle], sources: list[str], *, time_zone: str, status: str) -> list[dict]:
    """The converter's fixture records, each article's `source` set to its file's source key here
    (not by the converter, which only knows the name it was given)."""
    records = to_fixture.build_fixture(articles, time_zone=time_zone, status=status)
    article_records = [record for record in records if record["model"] == "articles.article"]
    if len(article_records) != len(sources):  # pragma: no cover - the converter's contract
        raise ValueError(f"{len(sources)} seed files gave {len(article_records)} article records")
    for record, source in zip(article_records, sources, strict=False):
        record["fields"]["source"] = source
    return records


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
CHUNK = 50  # files a worker converts at a time
PART = 250  # articles `parsed_parts` hands over at a time (the last part is written alone: keep it short)
WORKER_NICENESS = 3


def parse_files(
    paths: Iterable[Path],
    progress: Callable[[int, int], None] | None = None,
    names: Iterable[str] | None = None,
) -> list[ParsedArticle]:
    """Parse every file, in order, or raise the first file's ParseError: a batch is all or nothing.

    `names` (the source keys) name the files in ParseErrors; without them, the bare file name.
    Large batches are parsed on every core: the parser is pure Python and CPU-bound.
    """
    with parsed_parts(paths, names, progress=progress) as parts:
        return [article for part in parts for article in part]


@contextlib.contextmanager
def parsed_parts(
    paths: Iterable[Path],
    names: Iterable[str] | None = None,
    *,
    part_size: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    then: Callable[[ParsedArticle], Any] | None = None,
) -> Iterator[Iterator[list]]:
    """The parsed articles of the files, in order, as parts of about `part_size` (default `PART`),
    or the first bad file's ParseError when its part is reached.

    Large batches are parsed by one worker process per core, which work ahead while the caller
    uses the parts already parsed (an import writes them): parsing and writing overlap. Leaving
    the block early (an error, or the caller's own) cancels what the workers have not begun.
    `then`, a picklable function, is applied to each article where it is parsed (in the
    workers), and the parts hold what it returns.
    """
    part_size = PART if part_size is None else part_size
    paths = list(paths)
    names = [path.name for path in paths] if names is None else list(names)
    files = list(zip(paths, names, strict=True))
    if len(files) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        size = max(1, min(CHUNK, len(files) // 20))  # about twenty progress reports a batch
        chunks = (_parse_chunk(files[i : i + size], then) for i in range(0, len(files), size))
        yield _parts(chunks, len(files), part_size, progress)
        return
    pool = ProcessPoolExecutor(max_workers=os.cpu_count(), initializer=_worker_start)
    try:
        batches = [files[i : i + CHUNK] for i in range(0, len(files), CHUNK)]
        # Popped as they are used, so that each part's articles are freed once written.
        futures = collections.deque((pool.submit(_parse_chunk, batch, then), batch) for batch in batches)
        chunks = (_result(*futures.popleft()) for _ in range(len(batches)))
        yield _parts(chunks, len(files), part_size, progress)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _worker_start() -> None:
    """Workers run at a slightly lower priority than the process using their parts (writing them):
    on two cores, two workers and the writer then share the cores about evenly (one core for the
    writer) instead of each getting two thirds of one, and the writer is never the one waiting."""
    os.nice(WORKER_NICENESS)


def _result(future, batch: list[tuple[Path, str]]) -> list[ParsedArticle]:
    """A worker's articles; a worker that died (killed, out of memory) is a ParseError too."""
    try:
        return future.result()
    except BrokenProcessPool:
        raise ParseError(
            batch[0][1], 0, "a converter process stopped unexpectedly at this file or soon after it"
        ) from None


def _parts(chunks, total, part_size, progress) -> Iterator[list[ParsedArticle]]:
    part, done = [], 0
    for chunk in chunks:  # in submission order; the first error raised is the first bad file
        part.extend(chunk)
        done += len(chunk)
        if progress:
            progress(done, total)
        if len(part) >= part_size:
            yield part
            part = []
    if part:
        yield part


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


def _parse_chunk(paths: list[tuple[Path, str]], then: Callable[[ParsedArticle], Any] | None = None) -> list:
    with cyclic_gc_paused():
        return [_parse_file(path, name, then) for path, name in paths]


def _parse_file(path: Path, name: str, then: Callable[[ParsedArticle], Any] | None = None):
    """The converter is given the file's name for its messages only: slugs come from headlines.
    Any error, in the converter or in `then`, is a ParseError naming the file."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ParseError(name, 0, f"cannot read: {error.strerror}") from None
    try:
        article = parse_seed(data, filename=name)
        return article if then is None else then(article)
    except ParseError:
        raise
    except Exception as error:  # noqa: BLE001 - named here, not as a bare traceback from a worker
        raise ParseError(name, 0, f"internal error while parsing: {type(error).__name__}: {error}") from None
