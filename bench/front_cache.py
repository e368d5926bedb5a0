"""nginx's front cache against gunicorn alone, in one run, with the floor.

Starts, on random free ports of 127.0.0.1: gunicorn with bench/floor_wsgi.py (the floor, as
bench/load.py does), gunicorn with the real site (as bench/load.py starts it, DJANGO_DEBUG=false,
the anonymous page cache as deployed) and an nginx running the shipped deploy/nginx/newsroom.conf
(only its gunicorn address, port, static and cache directories replaced; everything else in a
scratch directory) in front of that gunicorn. Then wrk, in interleaved rounds, on:

- floor: the floor view through gunicorn;
- gunicorn: an article page straight from gunicorn (a page-cache hit);
- nginx: the same page through nginx (front-cache hits, with the one miss per second);
- static: a hashed static file from disk by nginx (the physical limit of this machine).

Reports req/s (median of the rounds) and x floor, p50/p99 and errors. Only 127.0.0.1 is ever
contacted; gunicorn and nginx are always stopped at the end. Needs wrk and nginx
(apt-get install -y wrk; bash .ci/install-nginx) and a database filled by bench/data.py:

    export DATABASE_URL=sqlite:////tmp/bench/bench.sqlite3
    .venv/bin/python bench/front_cache.py --duration 8 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH_DIR.parent), str(BENCH_DIR)]

from benchenv import PROJECT_DIR, django_env, free_port, manage, table  # noqa: E402
from load import WRK_LUA, Server, check_page, pick_urls, run_wrk  # noqa: E402

NGINX = "/usr/sbin/nginx"
SHIPPED_CONF = PROJECT_DIR / "deploy" / "nginx" / "newsroom.conf"


def nginx_conf(scratch: Path, upstream: str, port: int, static_parent: Path) -> Path:
    """nginx.conf running the shipped site file, its deployment values replaced (as the tests do)."""
    site = SHIPPED_CONF.read_text()
    for shipped, local in {
        "server 127.0.0.1:8000;": f"server {upstream};",
        "listen 80;": f"listen 127.0.0.1:{port};",
        "root /srv/newsroom;": f"root {static_parent};",
        "proxy_cache_path /var/cache/nginx/newsroom ": f"proxy_cache_path {scratch / 'cache'} ",
    }.items():
        if site.count(shipped) != 1:
            raise SystemExit(f"{SHIPPED_CONF} no longer holds {shipped!r} once")
        site = site.replace(shipped, local)
    (scratch / "newsroom.conf").write_text(site)
    temp = scratch / "temp"
    temp.mkdir()
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = scratch / "nginx.conf"
    conf.write_text(
        f"""{user}daemon off;
worker_processes auto;
pid {scratch / "nginx.pid"};
error_log {scratch / "error.log"} warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    client_body_temp_path {temp / "body"};
    proxy_temp_path {temp / "proxy"};
    fastcgi_temp_path {temp / "fastcgi"};
    uwsgi_temp_path {temp / "uwsgi"};
    scgi_temp_path {temp / "scgi"};
    include {scratch / "newsroom.conf"};
}}
"""
    )
    return conf


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=8, help="seconds of wrk per target per round (default 8)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--connections", type=int, default=16, help="wrk open connections (default 16)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers per server (default 2)")
    parser.add_argument("--warmup", type=int, default=2, help="untimed seconds of wrk per target first (default 2)")
    args = parser.parse_args(argv)

    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        parser.error("set DATABASE_URL to the database bench/data.py filled")
    if not shutil.which("wrk"):
        parser.error("wrk is not installed (apt-get install -y wrk)")
    if not os.access(NGINX, os.X_OK):
        parser.error(f"nginx is not installed at {NGINX} (bash .ci/install-nginx)")

    scratch = Path(tempfile.mkdtemp(prefix="newsroom-front-"))
    servers: list[Server] = []
    nginx = None
    try:
        static_root = scratch / "static"
        env = django_env(database_url, debug=False, static_root=static_root)
        manage(["migrate", "--noinput"], env)
        manage(["collectstatic", "--noinput"], env)
        article = pick_urls(env)["article"]
        manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
        static = next(hashed for name, hashed in manifest.items() if name.endswith(".css"))
        script = scratch / "report.lua"
        script.write_text(WRK_LUA)

        floor_env = {key: value for key, value in env.items() if key != "DJANGO_SETTINGS_MODULE"}
        floor = Server("floor", "floor_wsgi:application", floor_env, BENCH_DIR, scratch / "floor.log", args.workers)
        site = Server("site", "newsroom.wsgi:application", env, PROJECT_DIR, scratch / "site.log", args.workers)
        servers += [floor, site]
        for server in servers:
            server.wait_ready("/")
        port = free_port()
        conf = nginx_conf(scratch, f"127.0.0.1:{site.port}", port, scratch)
        nginx = subprocess.Popen(
            [NGINX, "-c", str(conf), "-p", str(scratch)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        front = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 10
        while True:
            try:
                urllib.request.urlopen(front + "/", timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline or nginx.poll() is not None:
                    raise SystemExit(f"nginx did not come up:\n{(scratch / 'error.log').read_text()[-2000:]}") from None
                time.sleep(0.1)

        targets = [
            ("floor (Django view, gunicorn)", floor.url("/")),
            ("article, gunicorn (page cache)", site.url(article)),
            ("article, nginx front cache", front + article),
            ("static file, nginx", f"{front}/static/{static}"),
        ]
        with urllib.request.urlopen(front + article) as response:
            page_bytes = len(response.read())
        static_bytes = (static_root / static).stat().st_size
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
    finally:
        if nginx is not None and nginx.poll() is None:
            nginx.terminate()
            nginx.wait(timeout=10)
        for server in servers:
            server.stop()
        shutil.rmtree(scratch, ignore_errors=True)

    floor_rps = statistics.median(r["rps"] for r in results[targets[0][0]])
    rows = []
    for name, _ in targets:
        runs = results[name]
        rps = statistics.median(r["rps"] for r in runs)
        rows.append(
            [
                name,
                f"{rps:.0f}",
                f"{rps / floor_rps:.2f}",
                f"{statistics.median(r['p50_us'] for r in runs) / 1000:.2f}",
                f"{statistics.median(r['p99_us'] for r in runs) / 1000:.2f}",
                f"{sum(r['errors'] for r in runs)} / {sum(r['requests'] for r in runs)}",
            ]
        )
    print(
        f"\ngunicorn {args.workers} sync workers, nginx worker_processes auto, wrk -t{args.threads} "
        f"-c{args.connections} -d{args.duration}s x {args.rounds} interleaved rounds, {os.cpu_count()} CPUs, "
        f"127.0.0.1; article page {page_bytes} bytes, static file {static_bytes} bytes:\n"
    )
    print(table(["target", "req/s", "x floor", "p50 ms", "p99 ms", "errors / requests"], rows))
    print(f"\n1-minute load average before the rounds: {load_before:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
