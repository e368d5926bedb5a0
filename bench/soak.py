"""Soak test: the site under gunicorn at half its measured peak for minutes, from 127.0.0.1 only.

Starts the site as bench/load.py does (2 sync workers, DJANGO_DEBUG=false, page cache as
deployed), measures its peak over a mix of pages (home, article, person, quote, search, API)
with wrk, then drives it at half that rate for --minutes with wrk pacing each connection
(a Lua `delay`). Reports the achieved rate, errors (must be 0) and every worker's RSS at the
start and end of the soak (must be flat). Bounded in time; gunicorn is always stopped.

    export DATABASE_URL=sqlite:////tmp/bench/bench.sqlite3   # filled by bench/data.py
    .venv/bin/python bench/soak.py --minutes 10
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH_DIR.parent), str(BENCH_DIR)]

from benchenv import PROJECT_DIR, django_env, manage, table  # noqa: E402
from load import WRK_LUA, Server, check_page, pick_urls, run_wrk  # noqa: E402

CONNECTIONS = 16


def mix_script(paths: list[str], delay_ms: float | None) -> str:
    """wrk Lua: rotate over `paths`; with `delay_ms`, each connection waits that long between requests."""
    quoted = ", ".join(f'"{path}"' for path in paths)
    pacing = f"function delay() return {delay_ms:.3f} end\n" if delay_ms else ""
    return (
        f"local paths = {{{quoted}}}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #paths + 1\n"
        "  return wrk.format('GET', paths[i])\n"
        "end\n" + pacing + WRK_LUA
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10, help="length of the soak (default 10)")
    parser.add_argument("--peak-seconds", type=int, default=15, help="length of the peak measurement (default 15)")
    parser.add_argument("--fraction", type=float, default=0.5, help="share of the peak to soak at (default 0.5)")
    args = parser.parse_args(argv)

    if not shutil.which("wrk"):
        raise SystemExit("needs wrk: apt-get install -y wrk")
    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        raise SystemExit("set DATABASE_URL to a database filled by bench/data.py")

    scratch = Path(tempfile.mkdtemp(prefix="newsroom-soak-"))
    env = django_env(database_url, debug=False, static_root=scratch / "static")
    manage(["collectstatic", "--noinput"], env)
    urls = pick_urls(env)
    paths = [urls["home"], urls["article"], urls["person"], urls["quote"], "/search/?q=minister", "/api/quotes"]
    server = Server("site", "newsroom.wsgi", env, PROJECT_DIR, scratch / "site.log", workers=2)
    try:
        server.wait_ready("/")
        for path in paths:
            check_page(server.url(path))

        peak_script = scratch / "peak.lua"
        peak_script.write_text(mix_script(paths, None))
        peak = run_wrk(server.url("/"), args.peak_seconds, 2, CONNECTIONS, peak_script)
        target = peak["rps"] * args.fraction
        delay_ms = CONNECTIONS * 1000 / target

        soak_script = scratch / "soak.lua"
        soak_script.write_text(mix_script(paths, delay_ms))
        rss_start = server.worker_rss_mb()
        started = time.monotonic()
        soak = run_wrk(server.url("/"), int(args.minutes * 60), 2, CONNECTIONS, soak_script)
        elapsed = time.monotonic() - started
        rss_end = server.worker_rss_mb()
    finally:
        server.stop()

    print(f"Soak: {args.minutes:g} min at {args.fraction:.0%} of the measured peak, pages: {', '.join(paths)}\n")
    print(
        table(
            ["measure", "value"],
            [
                ["peak req/s (mix)", f"{peak['rps']:.0f}"],
                ["target req/s", f"{target:.0f}"],
                ["achieved req/s", f"{soak['rps']:.0f}"],
                ["requests", f"{soak['requests']}"],
                ["errors (non-2xx + socket)", f"{soak['errors']}"],
                ["p50 / p99 ms", f"{soak['p50_us'] / 1000:.1f} / {soak['p99_us'] / 1000:.1f}"],
                ["worker RSS MB at start", " + ".join(f"{mb:.0f}" for mb in rss_start)],
                ["worker RSS MB at end", " + ".join(f"{mb:.0f}" for mb in rss_end)],
                ["wall time s", f"{elapsed:.0f}"],
            ],
        )
    )
    shutil.rmtree(scratch, ignore_errors=True)
    return 1 if soak["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
