"""Load the site under gunicorn with wrk and compare each page with a do-nothing Django "floor".

Starts gunicorn servers on random free ports of 127.0.0.1 (2 sync workers each, the same
settings): the real site (newsroom.wsgi, DJANGO_DEBUG=false, a fresh random secret key, plain
HTTP, DJANGO_ALLOWED_HOSTS=127.0.0.1, static files collected into a scratch directory first),
once with the anonymous page cache as deployed and once with it off (NEWSROOM_PAGE_CACHE_SECONDS=0,
what every page costs after a content change), and bench/floor_wsgi.py (a minimal Django app
returning fixed bytes from memory). Then runs wrk in interleaved rounds (floor, home, article,
person, quote, search, API list, home (no cache), ..., floor, home, ...) for a fixed time each, and reports per page: requests/s (median of the rounds) and as a fraction of the floor's,
p50 and p99 latency (median of the rounds), errors (non-2xx answers and socket errors, summed)
and, after the load, each server's worker RSS from /proc. Only 127.0.0.1 is ever contacted.
gunicorn is always stopped at the end.

Needs wrk (apt-get install -y wrk) and a database filled by bench/data.py. wrk, gunicorn and
the database share the same cores, so compare ratios, not absolute numbers, across machines.

    export DATABASE_URL=sqlite:////tmp/bench/bench.sqlite3
    .venv/bin/python bench/load.py --duration 10 --rounds 3

CACHE_URL from the environment is passed through (e.g. redis://127.0.0.1:6379/9 to share the
page cache between workers, as production does); the default is per-process local memory.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH_DIR.parent), str(BENCH_DIR)]

from benchenv import PROJECT_DIR, PYTHON, django_env, free_port, manage, table  # noqa: E402

HOST = "127.0.0.1"

# wrk reports through this script: exact percentiles and error counts, one parseable line.
WRK_LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d status=%d connect=%d read=%d write=%d timeout=%d\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect, e.read, e.write, e.timeout))
end
"""


def pick_urls(env: dict[str, str]) -> dict[str, str]:
    """Path of one page of each kind, read from the database in a short subprocess."""
    code = (
        "import django; django.setup()\n"
        "from django.db.models import Count\n"
        "from articles.domain.models import Article, Person, Quote\n"
        "arts = list(Article.objects.published().annotate(n=Count('quotes')).order_by('n', 'pk').values_list('slug', flat=True))\n"
        "hot = Person.objects.public().annotate(n=Count('quotes')).order_by('-n', 'pk').values_list('slug', flat=True).first()\n"
        "quote = Quote.objects.published().filter(speaker__slug=hot).order_by('pk').values_list('pk', flat=True).first()\n"
        "surname = Person.objects.get(slug=hot).name.split()[-1]\n"
        "print(arts[len(arts) // 2], hot, quote, surname)\n"
    )
    result = subprocess.run([PYTHON, "-c", code], cwd=PROJECT_DIR, env=env, capture_output=True, text=True)
    if result.returncode != 0 or len(result.stdout.split()) != 4:
        sys.stderr.write(result.stderr)
        raise SystemExit("could not pick pages: is the database filled (bench/data.py)?")
    article, person, quote, surname = result.stdout.split()
    return {
        "home": "/",
        "article": f"/articles/{article}/",
        "person": f"/people/{person}/",
        "quote": f"/quotes/{quote}/",
        "search": f"/search/?q={surname}",
        "API list": "/api/quotes",
    }


class Server:
    """One gunicorn master on 127.0.0.1:port with 2 sync workers, its log in `log_path`."""

    def __init__(self, name: str, app: str, env: dict[str, str], cwd: Path, log_path: Path, workers: int):
        self.name, self.port, self.log_path = name, free_port(), log_path
        self.log = open(log_path, "w")  # noqa: SIM115 - open for the server's life, closed in stop()
        self.process = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "gunicorn",
                app,
                "--bind",
                f"{HOST}:{self.port}",
                "--workers",
                str(workers),
                "--worker-class",
                "sync",
                "--timeout",
                "60",
            ],
            cwd=cwd,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def url(self, path: str) -> str:
        return f"http://{HOST}:{self.port}{path}"

    def wait_ready(self, path: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.url(path), timeout=5):
                    return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        raise SystemExit(
            f"{self.name} server did not come up; see {self.log_path}:\n{self.log_path.read_text()[-2000:]}"
        )

    def worker_rss_mb(self) -> list[float]:
        """Resident memory of each worker (children of the master), in MB, from /proc."""
        sizes = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) != self.process.pid:
                    continue
                status = (stat.parent / "status").read_text()
            except (OSError, IndexError, ValueError):
                continue
            match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.M)
            if match:
                sizes.append(int(match.group(1)) / 1024)
        return sorted(sizes)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # gunicorn: graceful shutdown of master and workers
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def check_page(url: str) -> None:
    """The page must answer 200 itself (no redirect), or its wrk numbers mean nothing."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    if status != 200:
        raise SystemExit(f"{url} answered {status}, not 200")


def run_wrk(url: str, duration: int, threads: int, connections: int, script: Path) -> dict:
    result = subprocess.run(
        [
            "wrk",
            "-t",
            str(threads),
            "-c",
            str(connections),
            "-d",
            f"{duration}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        timeout=duration + 60,
    )
    match = re.search(r"^BENCH (.*)$", result.stdout, re.M)
    if result.returncode != 0 or not match:
        raise SystemExit(f"wrk failed on {url}:\n{result.stdout}\n{result.stderr}")
    values = {key: int(value) for key, value in (item.split("=") for item in match.group(1).split())}
    values["rps"] = values["requests"] / (values["duration_us"] / 1e6)
    values["errors"] = sum(values[key] for key in ("status", "connect", "read", "write", "timeout"))
    return values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page per round (default 10)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds over all pages (default 3)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--connections", type=int, default=16, help="wrk open connections (default 16)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers per server (default 2)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed seconds of wrk per page first (default 2)")
    parser.add_argument(
        "--cache",
        choices=["on", "off", "both"],
        default="both",
        help="anonymous page cache: as deployed (on), NEWSROOM_PAGE_CACHE_SECONDS=0 (off), or a server of each (default)",
    )
    parser.add_argument(
        "--only", default="", help="comma-separated page kinds to load (e.g. article,quote); default all"
    )
    args = parser.parse_args(argv)

    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        parser.error("set DATABASE_URL to the database bench/data.py filled")
    if not shutil.which("wrk"):
        parser.error("wrk is not installed (apt-get install -y wrk)")

    scratch = Path(tempfile.mkdtemp(prefix="newsroom-load-"))
    servers: list[Server] = []
    try:
        env = django_env(database_url, debug=False, static_root=scratch / "static")
        manage(["migrate", "--noinput"], env)  # the schema may have moved on since bench/data.py ran
        manage(["collectstatic", "--noinput"], env)
        pages = pick_urls(env)
        if args.only:
            wanted = {name.strip() for name in args.only.split(",")}
            if unknown := wanted - set(pages):
                parser.error(f"--only: no page kind {', '.join(sorted(unknown))} (kinds: {', '.join(pages)})")
            pages = {name: path for name, path in pages.items() if name in wanted}
        script = scratch / "report.lua"
        script.write_text(WRK_LUA)

        floor_env = {key: value for key, value in env.items() if key != "DJANGO_SETTINGS_MODULE"}
        floor = Server("floor", "floor_wsgi:application", floor_env, BENCH_DIR, scratch / "floor.log", args.workers)
        servers.append(floor)
        targets = [("floor", floor.url("/"))]
        sites = []
        if args.cache in ("on", "both"):
            sites.append(("site", "", {}))
        if args.cache in ("off", "both"):
            sites.append(("site-nocache", " (no cache)", {"NEWSROOM_PAGE_CACHE_SECONDS": "0"}))
        for server_name, suffix, extra in sites:
            site = Server(
                server_name,
                "newsroom.wsgi:application",
                {**env, **extra},
                PROJECT_DIR,
                scratch / f"{server_name}.log",
                args.workers,
            )
            servers.append(site)
            targets += [(name + suffix, site.url(path)) for name, path in pages.items()]
        for server in servers:
            server.wait_ready("/")
        for name, url in targets:
            check_page(url)
            sys.stderr.write(f"  {name}: {url}\n")
            if args.warmup:
                run_wrk(url, args.warmup, args.threads, args.connections, script)

        load_before = os.getloadavg()[0]
        results: dict[str, list[dict]] = {name: [] for name, _ in targets}
        for round_number in range(1, args.rounds + 1):
            for name, url in targets:
                result = run_wrk(url, args.duration, args.threads, args.connections, script)
                results[name].append(result)
                sys.stderr.write(f"  round {round_number} {name}: {result['rps']:.0f} req/s\n")

        rss = {server.name: server.worker_rss_mb() for server in servers}
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(scratch, ignore_errors=True)

    server_of = {"floor": "floor"}
    server_of.update({name: "site-nocache" if name.endswith("(no cache)") else "site" for name, _ in targets[1:]})
    floor_rps = statistics.median(r["rps"] for r in results["floor"])
    rows = []
    for name, _ in targets:
        runs = results[name]
        rps = statistics.median(r["rps"] for r in runs)
        rows.append(
            [
                name,
                f"{rps:.0f}",
                f"{rps / floor_rps:.2f}",
                f"{statistics.median(r['p50_us'] for r in runs) / 1000:.1f}",
                f"{statistics.median(r['p99_us'] for r in runs) / 1000:.1f}",
                f"{sum(r['errors'] for r in runs)} / {sum(r['requests'] for r in runs)}",
                " + ".join(f"{mb:.0f}" for mb in rss[server_of[name]]),
            ]
        )
    print(
        f"\ngunicorn {args.workers} sync workers per server, wrk -t{args.threads} -c{args.connections} "
        f"-d{args.duration}s x {args.rounds} interleaved rounds, {os.cpu_count()} CPUs, 127.0.0.1:\n"
    )
    print(table(["page", "req/s", "x floor", "p50 ms", "p99 ms", "errors / requests", "worker RSS MB"], rows))
    print(f"\n1-minute load average before the rounds: {load_before:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
