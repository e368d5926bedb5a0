"""Measure how fast seed texts become articles: parse, convert + loaddata, and import_seeds.

Generates N seed files with bench/generate_seeds.py (or takes --seeds DIR), then measures,
each against a fresh, migrated SQLite database in a scratch directory:

1. parse only: `parse_files` over every file, on every core (no Django, no database): the
   floor, since `import_seeds` parses the same files on the same cores and writes as well (it
   writes while parsing, so at best it matches this); and the converter's `build_fixture` on the
   parsed articles, in this process;
2. `manage.py convert_seed DIR --output fixture.json`, then `manage.py loaddata fixture.json`;
3. `manage.py import_seeds DIR` (convert and load in one transaction), then the same again
   (a re-import in which nothing changed).

The commands run as subprocesses with DJANGO_DEBUG=true and DJANGO_SECURE_SSL_REDIRECT=false,
exactly as a developer runs them, so each figure includes the ~0.5 s of Django start-up.
Prints articles/s for each step and import_seeds as a fraction of the parse-only floor; the
target is >= 500 articles/s for import_seeds on 10,000.

    .venv/bin/python bench/ingest.py --count 10000
    .venv/bin/python bench/ingest.py --seeds /tmp/seeds10k
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH_DIR.parent), str(BENCH_DIR)]

import generate_seeds  # noqa: E402
from benchenv import PROJECT_DIR, PYTHON, django_env, manage, table  # noqa: E402

TARGET = 500  # articles/s, end to end


def timed_manage(args: list[str], env: dict[str, str]) -> tuple[float | None, str]:
    """Wall time of `manage.py ARGS` and its output, or (None, its last error line) if it fails."""
    started = time.perf_counter()
    result = subprocess.run([PYTHON, "manage.py", *args], cwd=PROJECT_DIR, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        sys.stderr.write(f"  {args[0]} FAILED (exit {result.returncode}): {last}\n")
        return None, last
    return elapsed, result.stdout


def row(label: str, seconds: float | None, n: int, error: str = "") -> list[str]:
    if seconds is None:
        return [label, "failed", "…" + error[-60:]]
    return [label, f"{seconds:.2f}", f"{n / seconds:.0f}"]


def fresh_database(scratch: Path, name: str) -> dict[str, str]:
    """Environment for a new SQLite file under `scratch`, migrated (migration time not measured)."""
    env = django_env(f"sqlite:///{scratch / name}.sqlite3", debug=True, DJANGO_SETTINGS_MODULE="newsroom.settings")
    manage(["migrate", "--noinput"], env)
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10000, help="seed files to generate (default 10000)")
    parser.add_argument("--seeds", type=Path, help="use this directory of seed .txt files instead of generating")
    parser.add_argument("--seed", type=int, default=1, help="generator's random seed (default 1)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory (databases, fixture)")
    parser.add_argument(
        "--skip-loaddata", action="store_true", help="skip step 2 (convert_seed + loaddata; ~6 min for 10,000)"
    )
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="newsroom-ingest-"))
    load_before = os.getloadavg()[0]
    rows = []
    try:
        seeds = args.seeds
        if seeds is None:
            seeds = scratch / "seeds"
            started = time.perf_counter()
            generate_seeds.main(["--count", str(args.count), "--out", str(seeds), "--seed", str(args.seed)])
            sys.stderr.write(f"  generated in {time.perf_counter() - started:.1f}s\n")

        # 1. Parse (and build the fixture records) in this process.
        from articles.importing.seedfiles import parse_files, seed_paths
        from articles.ingest import to_fixture

        files = seed_paths([seeds])
        n = len(files)
        size_mb = sum(f.stat().st_size for f in files) / 1e6
        started = time.perf_counter()
        articles = parse_files(files)
        parse_s = time.perf_counter() - started
        rows.append(row("parse only, both cores (the floor)", parse_s, n))
        started = time.perf_counter()
        records = to_fixture.build_fixture(articles, time_zone="Europe/London")
        build_s = time.perf_counter() - started
        rows.append(row("build_fixture only (in-process)", build_s, n))
        counts = {m: sum(r["model"] == f"articles.{m}" for r in records) for m in ("article", "person", "quote")}
        del articles, records

        # 2. convert_seed to a fixture, then loaddata it.
        if args.skip_loaddata:
            rows.append(["convert_seed + loaddata", "skipped", ""])
        else:
            env = fresh_database(scratch, "loaddata")
            fixture = scratch / "bench_fixture.json"
            convert_s, convert_out = timed_manage(["convert_seed", str(seeds), "--output", str(fixture)], env)
            rows.append(row("manage.py convert_seed", convert_s, n, convert_out))
            if convert_s is not None:
                load_s, load_out = timed_manage(["loaddata", str(fixture)], env)
                rows.append(row("manage.py loaddata", load_s, n, load_out))
                both = None if load_s is None else convert_s + load_s
                rows.append(row("convert_seed + loaddata", both, n, load_out))

        # 3. import_seeds, fresh, then again with nothing changed.
        env = fresh_database(scratch, "import")
        import_s, import_out = timed_manage(["import_seeds", str(seeds), "--verbosity", "0"], env)
        rows.append(row("manage.py import_seeds (fresh db)", import_s, n, import_out))
        if import_s is not None:
            reimport_s, reimport_out = timed_manage(["import_seeds", str(seeds), "--verbosity", "0"], env)
            rows.append(row("manage.py import_seeds (re-import)", reimport_s, n, reimport_out))
    finally:
        if args.keep:
            sys.stderr.write(f"  kept {scratch}\n")
        else:
            shutil.rmtree(scratch, ignore_errors=True)

    print(
        f"\n{n} seed files ({size_mb:.1f} MB): {counts['article']} articles, {counts['person']} people, "
        f"{counts['quote']} quotes; SQLite; subprocess figures include Django start-up.\n"
    )
    print(table(["step", "seconds", "articles/s"], rows))
    print(f"\n1-minute load average at the start: {load_before:.1f} ({os.cpu_count()} CPUs)")
    if import_s is None:
        print("import_seeds failed: no end-to-end figure.")
        return 1
    verdict = "meets" if n / import_s >= TARGET else "is BELOW"
    print(f"import_seeds end to end: {n / import_s:.0f} articles/s, which {verdict} the {TARGET}/s target.")
    print(f"import_seeds at {parse_s / import_s:.2f}x the parse-only floor ({n / parse_s:.0f} articles/s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
