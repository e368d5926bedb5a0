"""When PostgreSQL goes away, readers get a quick, friendly 503 with Retry-After (no traceback), and
the site recovers by itself when the database is back. Run against a throwaway PostgreSQL cluster
and a real server process, never the machine's main cluster."""

from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connections

from tests.conftest import skip_or_fail

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        skip_or_fail("postgres", f"no PostgreSQL server binaries ({name}) under /usr/lib/postgresql/*/bin")
    return found[-1]


def as_postgres(command: list[str]) -> list[str]:
    """initdb and pg_ctl refuse to run as root: run them as the postgres OS user then."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def run(command, env=None, timeout=120):
    result = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"
    return result


def get(url: str, timeout: float = 15):
    """(status, headers, body) of a GET, errors included."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


class Cluster:
    def __init__(self, root: Path):
        self.dir = root / "data"
        self.port = free_port()

    def init(self):
        self.dir.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.dir.parent, "postgres")
            shutil.chown(self.dir, "postgres")
        run(as_postgres([pg_bin("initdb"), "-D", str(self.dir), "-U", "postgres", "--auth=trust", "-E", "UTF8"]))

    def pg_ctl(self, *args):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"
        return run(as_postgres([pg_bin("pg_ctl"), "-D", str(self.dir), "-o", options, "-w", *args]))

    def start(self):
        self.pg_ctl("-l", str(self.dir / "server.log"), "start")

    def stop(self):
        self.pg_ctl("stop", "-m", "fast")

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/newsroom_outage"


@pytest.fixture
def throwaway_site(postgres):
    """A private PostgreSQL cluster with the seed content, and the site served from it by a real
    server process with production settings; both stopped and removed afterwards."""
    root = Path(tempfile.mkdtemp(prefix="newsroom-outage-"))
    os.chmod(root, 0o755)
    cluster = Cluster(root)
    server = None
    try:
        cluster.init()
        cluster.start()
        run(
            as_postgres(
                [pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "newsroom_outage"]
            )
        )
        env = {
            key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "NEWSROOM_", "CACHE_URL"))
        }
        env.update(
            DATABASE_URL=cluster.url,
            DJANGO_DEBUG="false",
            DJANGO_SECRET_KEY="outage-test-secret-key-not-for-production-0123456789",
            DJANGO_SECURE_SSL_REDIRECT="false",
            DJANGO_ALLOWED_HOSTS="127.0.0.1",
            NEWSROOM_PAGE_CACHE_SECONDS="0",
            DJANGO_SETTINGS_MODULE="newsroom.settings",
        )
        run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], env=env, timeout=180)
        run([PYTHON, "manage.py", "loaddata", "seeds", "-v", "0"], env=env)
        port = free_port()
        server = subprocess.Popen(
            [PYTHON, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--skip-checks"],
            env={**env, "DJANGO_SETTINGS_MODULE": "tests.security.outage_settings"},
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                status, _, _ = get(base + "/robots.txt", timeout=2)
                if status == 200:
                    break
            except OSError:
                pass
            assert server.poll() is None, server.stdout.read().decode()
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        slug = next(
            r["fields"]["slug"]
            for r in json.loads((ROOT / "fixtures" / "seeds.json").read_text())
            if r["model"] == "articles.article"
        )
        yield {"cluster": cluster, "base": base, "article": f"{base}/articles/{slug}/"}
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        subprocess.run(
            as_postgres([pg_bin("pg_ctl"), "-D", str(cluster.dir), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def test_a_database_outage_answers_503_quickly_and_the_site_recovers_by_itself(throwaway_site):
    """Up: 200. PostgreSQL stopped: 503 with Retry-After and the friendly page, in seconds, with no
    traceback, for pages that need it (a kept article still answers). PostgreSQL back: 200 again,
    without restarting the site."""
    site = throwaway_site
    status, _, body = get(site["article"])
    assert status == 200, body[:500]

    site["cluster"].stop()
    started = time.monotonic()
    status, headers, body = get(site["base"] + "/")  # the front page reads the database every time
    elapsed = time.monotonic() - started

    assert status == 503
    assert elapsed < 10
    assert int(headers["Retry-After"]) > 0
    assert "no-store" in headers["Cache-Control"]
    assert "Back in a moment" in body
    assert not any(word in body for word in ("Traceback", "OperationalError", "psycopg", "connection refused"))
    assert "'unsafe-inline'" not in headers.get("Content-Security-Policy", "'unsafe-inline'")
    # An article read before the outage is kept until content changes, and none can meanwhile.
    assert get(site["article"])[0] == 200

    site["cluster"].start()
    deadline = time.monotonic() + 15
    while (status := get(site["base"] + "/")[0]) != 200 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert status == 200


def _milliseconds(setting: str) -> float:
    units = {"ms": 1, "s": 1000, "min": 60_000, "h": 3_600_000}
    for unit in sorted(units, key=len, reverse=True):
        if setting.endswith(unit) and setting[: -len(unit)].strip().isdigit():
            return int(setting[: -len(unit)]) * units[unit]
    return float(setting)  # a bare number is milliseconds


def test_the_statement_timeout_cuts_runaway_queries_before_the_worker_timeout(postgres):
    """Every connection the project makes has a statement_timeout above zero and under gunicorn's 30 s."""
    fresh = connections.create_connection("default")
    try:
        with fresh.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            setting = cursor.fetchone()[0]
    finally:
        fresh.close()

    assert 0 < _milliseconds(setting) < 30_000
