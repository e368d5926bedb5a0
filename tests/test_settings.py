"""Settings come from the environment; production defaults are the secure ones."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "CACHE_URL"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_check_deploy_is_clean_with_only_a_secret_key_and_hosts():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="news.example.com",
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_ALLOWED_HOSTS="news.example.com")

    assert result.returncode != 0
    assert "Set DJANGO_SECRET_KEY" in result.stderr


def test_debug_is_off_unless_asked_for():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DEBUG, settings.SECURE_SSL_REDIRECT)",
        DJANGO_SECRET_KEY="x" * 50,
    )

    assert result.stdout.strip().splitlines()[-1].split() == ["False", "True"]


def test_one_proxy_in_front_makes_login_throttling_read_the_address_it_appended():
    code = (
        "from django.conf import settings as s; print(s.AXES_IPWARE_PROXY_COUNT, s.AXES_IPWARE_META_PRECEDENCE_ORDER)"
    )
    behind = manage("shell", "-c", code, DJANGO_SECRET_KEY="x" * 50, NEWSROOM_PROXY_COUNT="1")
    direct = manage("shell", "-c", code, DJANGO_SECRET_KEY="x" * 50)

    assert behind.stdout.strip().splitlines()[-1] == "0 ['HTTP_X_FORWARDED_FOR', 'REMOTE_ADDR']"
    assert direct.stdout.strip().splitlines()[-1] == "None ['REMOTE_ADDR']"
