"""The default configuration, as `make run`'s users and small deployments run it: several
gunicorn workers, each with its own per-process page cache, and content changed from another
process. A retraction must reach every reader, on every worker, at once.

These start a real gunicorn (2 workers) on a throwaway SQLite database.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
REQUESTS_PER_CHECK = 24  # new connection each: spread over both workers


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A deployed copy on a temporary SQLite file: migrated, one published article, 2 workers."""
    home = tmp_path_factory.mktemp("workers")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{home / 'db.sqlite3'}",
        "NEWSROOM_STATE_DIR": str(home / "state"),
        "DJANGO_STATIC_ROOT": str(home / "static"),
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "workers-test-secret-key-not-for-production-0123456789",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "NEWSROOM_PAGE_CACHE_SECONDS": "60",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
    }
    env.pop("CACHE_URL", None)  # the default: per-process memory

    def manage(*args):
        subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True, capture_output=True)

    manage("migrate", "--noinput")
    manage("collectstatic", "--noinput")
    manage(
        "shell",
        "-c",
        "from django.utils import timezone; from articles.domain.models import Article; "
        "Article.objects.create(headline='Breaking story', slug='breaking', body='Text.', "
        "status='published', published_at=timezone.now())",
    )
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{port}", "newsroom.wsgi"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=10)
            break
        except OSError:  # refused, reset or timed out while the workers boot
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("gunicorn did not start serving within 60 s")
            time.sleep(0.2)
    try:
        yield {"base": base, "manage": manage}
    finally:
        server.terminate()
        server.wait(timeout=10)


def _statuses(url: str) -> list[tuple[int, str]]:
    """Status and X-Page-Cache of fresh requests (each a new connection, so any worker answers)."""
    seen = []
    for _ in range(REQUESTS_PER_CHECK):
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                seen.append((response.status, response.headers.get("X-Page-Cache", "")))
        except urllib.error.HTTPError as error:
            seen.append((error.code, error.headers.get("X-Page-Cache", "")))
    return seen


def test_a_retraction_from_another_process_reaches_every_worker_at_once(site):
    url = site["base"] + "/articles/breaking/"
    warm = _statuses(url)
    assert {status for status, _ in warm} == {200}
    assert any(cache == "hit" for _, cache in warm)  # the page cache is in play

    site["manage"](
        "shell",
        "-c",
        "from articles.domain.models import Article; a = Article.objects.get(slug='breaking'); "
        "a.status = 'retracted'; a.save()",
    )

    assert {status for status, _ in _statuses(url)} == {410}
    assert {status for status, _ in _statuses(site["base"] + "/")} == {200}
