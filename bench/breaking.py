"""Breaking news: the production configuration (Redis page cache, 2 gunicorn workers) under a
spike of readers while editors update one story, against the do-nothing floor, in one run.

Starts the floor (bench/floor_wsgi.py) and the site with CACHE_URL on Redis (default
redis://127.0.0.1:6379/13, flushed first: give it a database of its own), then runs wrk in
interleaved rounds over:

  floor            the floor's one URL
  home (Redis)     the front page alone, from the page cache
  mix idle         a rotation over 21 public pages (home and its page 2, 8 stories, 4 people,
                   4 quote permalinks, a section, search, the API list and the RSS feed)
  mix, 1 edit/s    the same while an editor process saves the hottest story (in the mix, with
  mix, 4 edits/s   its speaker's page and quote) once or four times a second through the ORM,
                   as the desk does: each save retires the pages that show that story

and reports req/s (median of the rounds), × floor, × the idle mix, p50/p99 and errors. The
editor runs on the same cores (as the desk would). Only 127.0.0.1 is contacted; every process
is stopped at the end.

    export DATABASE_URL=sqlite:////tmp/bench/bench.sqlite3    # filled by bench/data.py
    .venv/bin/python bench/breaking.py --duration 10 --rounds 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH_DIR.parent), str(BENCH_DIR)]

from benchenv import PROJECT_DIR, PYTHON, django_env, manage, table  # noqa: E402
from load import WRK_LUA, Server, check_page, run_wrk  # noqa: E402
from soak import mix_script  # noqa: E402

PICK = """
MIX = 21  # pages in the rotation
import django; django.setup()
from django.db.models import Count
from articles.domain.models import Article, Person, Quote, Section
hot = (Article.objects.published().annotate(n=Count("quotes")).filter(n__gt=0, quotes__speaker__isnull=False)
       .order_by("-published_at", "pk").first())
quote = Quote.objects.published().filter(article=hot, speaker__isnull=False).order_by("position").first()
people = [quote.speaker.slug] + list(Person.objects.public().exclude(pk=quote.speaker_id)
                                    .order_by("pk").values_list("slug", flat=True)[:3])
quotes = [quote.pk] + list(Quote.objects.published().exclude(article=hot).order_by("pk")
                           .values_list("pk", flat=True)[:3])
section = Section.objects.public().values_list("slug", flat=True).first()
others = ["/", "/?page=2", *[f"/people/{p}/" for p in people], *[f"/quotes/{q}/" for q in quotes],
          f"/sections/{section}/" if section else "/corrections/",
          f"/search/?q={quote.speaker.name.split()[-1]}", "/api/articles", "/feeds/rss/"]
stories = list(Article.objects.published().exclude(pk=hot.pk).order_by("-published_at", "pk")
               .values_list("slug", flat=True)[: MIX - 1 - len(others)])
print(hot.pk)
print(*others[:2], hot.get_absolute_url(), *[f"/articles/{s}/" for s in stories], *others[2:])
"""

# Saves the hot story `rate` times a second for `seconds`, as the desk's save does (post_save:
# the page cache retires what the story shows), and prints how many saves it made.
EDITOR = """
import sys, time
import django; django.setup()
from articles.domain.models import Article
pk, rate, seconds = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
start = time.monotonic()
n = 0
while time.monotonic() - start < seconds:
    article = Article.objects.get(pk=pk)
    article.body = article.body.split("\\n\\nUpdate ")[0] + f"\\n\\nUpdate {n}: more details."
    article.save()
    n += 1
    time.sleep(max(0.0, start + n / rate - time.monotonic()))
print(n / (time.monotonic() - start))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per target per round (default 10)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--connections", type=int, default=16, help="wrk open connections (default 16)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers per server (default 2)")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/13", help="the page cache (flushed first)")
    args = parser.parse_args(argv)

    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        parser.error("set DATABASE_URL to the database bench/data.py filled")
    if not shutil.which("wrk"):
        parser.error("wrk is not installed (apt-get install -y wrk)")
    import redis

    redis.Redis.from_url(args.redis).flushdb()

    scratch = Path(tempfile.mkdtemp(prefix="newsroom-breaking-"))
    servers: list[Server] = []
    try:
        env = django_env(
            database_url,
            debug=False,
            static_root=scratch / "static",
            CACHE_URL=args.redis.replace("redis://", "rediscache://", 1),
            NEWSROOM_PAGE_CACHE_SECONDS="60",
            NEWSROOM_STATE_DIR=str(scratch / "state"),
        )
        manage(["migrate", "--noinput"], env)
        manage(["collectstatic", "--noinput"], env)
        picked = subprocess.run([PYTHON, "-c", PICK], cwd=PROJECT_DIR, env=env, capture_output=True, text=True)
        if picked.returncode != 0:
            sys.stderr.write(picked.stderr)
            raise SystemExit("could not pick pages: is the database filled (bench/data.py)?")
        hot, mix_paths = picked.stdout.split("\n")[:2]
        hot_pk, paths = int(hot), mix_paths.split()
        script = scratch / "report.lua"
        script.write_text(WRK_LUA)
        mix = scratch / "mix.lua"
        mix.write_text(mix_script(paths, None))

        floor_env = {key: value for key, value in env.items() if key != "DJANGO_SETTINGS_MODULE"}
        floor = Server("floor", "floor_wsgi:application", floor_env, BENCH_DIR, scratch / "floor.log", args.workers)
        site = Server("site", "newsroom.wsgi:application", env, PROJECT_DIR, scratch / "site.log", args.workers)
        servers += [floor, site]
        for server in servers:
            server.wait_ready("/")
        for path in paths:
            check_page(site.url(path))
        sys.stderr.write(f"  mix of {len(paths)} pages: {' '.join(paths)}\n")
        run_wrk(site.url("/"), 2, 2, args.connections, mix)  # warm the caches
        run_wrk(floor.url("/"), 2, 2, args.connections, script)

        targets = [
            ("floor", floor.url("/"), script, 0),
            ("home (Redis)", site.url("/"), script, 0),
            ("mix idle", site.url("/"), mix, 0),
            ("mix, 1 edit/s", site.url("/"), mix, 1),
            ("mix, 4 edits/s", site.url("/"), mix, 4),
        ]
        load_before = os.getloadavg()
        results: dict[str, list[dict]] = {name: [] for name, *_ in targets}
        edit_rates: dict[str, list[float]] = {name: [] for name, *_ in targets}
        for round_number in range(1, args.rounds + 1):
            for name, url, lua, rate in targets:
                editor = None
                if rate:
                    editor = subprocess.Popen(
                        [PYTHON, "-c", EDITOR, str(hot_pk), str(rate), str(args.duration + 1)],
                        cwd=PROJECT_DIR,
                        env=env,
                        stdout=subprocess.PIPE,
                        text=True,
                    )
                    time.sleep(1)  # Django starts; the first edits land
                result = run_wrk(url, args.duration, 2, args.connections, lua)
                if editor is not None:
                    out, _ = editor.communicate(timeout=60)
                    edit_rates[name].append(float(out.strip() or 0))
                results[name].append(result)
                sys.stderr.write(f"  round {round_number} {name}: {result['rps']:.0f} req/s\n")
        load_after = os.getloadavg()
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(scratch, ignore_errors=True)

    floor_rps = statistics.median(r["rps"] for r in results["floor"])
    idle_rps = statistics.median(r["rps"] for r in results["mix idle"])
    rows = []
    for name, *_ in targets:
        runs = results[name]
        rps = statistics.median(r["rps"] for r in runs)
        rows.append(
            [
                name,
                f"{rps:.0f}",
                f"{rps / floor_rps:.2f}",
                f"{rps / idle_rps:.2f}" if name.startswith("mix") else "",
                f"{statistics.median(edit_rates[name]):.2f}" if edit_rates[name] else "",
                f"{statistics.median(r['p50_us'] for r in runs) / 1000:.1f}",
                f"{statistics.median(r['p99_us'] for r in runs) / 1000:.1f}",
                f"{sum(r['errors'] for r in runs)} / {sum(r['requests'] for r in runs)}",
            ]
        )
    print(
        f"\nRedis page cache ({args.redis}), gunicorn {args.workers} sync workers per server, "
        f"wrk -t2 -c{args.connections} -d{args.duration}s x {args.rounds} interleaved rounds, "
        f"{os.cpu_count()} CPUs, 127.0.0.1:\n"
    )
    print(
        table(
            ["target", "req/s", "x floor", "x idle mix", "edits/s", "p50 ms", "p99 ms", "errors / requests"],
            rows,
        )
    )
    print(
        "\nload average (1/5/15 min) before the rounds: "
        + " / ".join(f"{x:.1f}" for x in load_before)
        + "; after: "
        + " / ".join(f"{x:.1f}" for x in load_after)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
