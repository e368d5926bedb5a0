"""Small helpers shared by the benchmark scripts: environments, subprocesses, statistics, tables."""

from __future__ import annotations

import os
import secrets
import socket
import statistics
import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
PYTHON = sys.executable


def django_env(database_url: str, *, debug: bool, static_root: Path | None = None, **extra: str) -> dict[str, str]:
    """os.environ plus the variables a benchmark run needs; production-like when `debug` is False.

    The settings module is bench/bench_settings.py (newsroom.settings with STATIC_ROOT movable),
    reached through PYTHONPATH, so no project file is changed.
    """
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="bench_settings",
        DJANGO_DEBUG="true" if debug else "false",
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(BENCH_DIR), str(PROJECT_DIR), env.get("PYTHONPATH")])),
    )
    if not debug:
        env["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)  # fresh per run, never printed
    if static_root is not None:
        env["BENCH_STATIC_ROOT"] = str(static_root)
    env.update(extra)
    return env


def manage(args: list[str], env: dict[str, str], *, quiet: bool = True) -> subprocess.CompletedProcess:
    """Run `python manage.py ARGS` in the project directory; raise with its output if it fails."""
    result = subprocess.run([PYTHON, "manage.py", *args], cwd=PROJECT_DIR, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"manage.py {' '.join(args)} failed (exit {result.returncode})")
    if not quiet:
        sys.stderr.write(result.stdout)
    return result


def free_port() -> int:
    """A TCP port nobody listens on right now, on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (fraction in 0..1) of a non-empty list."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


def table(headers: list[str], rows: list[list], aligns: str | None = None) -> str:
    """A Markdown table (pastes into the README as it is)."""
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    aligns = aligns or "l" + "r" * (len(headers) - 1)

    def line(row):
        return (
            "| "
            + " | ".join(c.ljust(w) if a == "l" else c.rjust(w) for c, w, a in zip(row, widths, aligns, strict=False))
            + " |"
        )

    rule = (
        "|"
        + "|".join(("-" * (w + 1) + ":") if a == "r" else ("-" * (w + 2)) for w, a in zip(widths, aligns, strict=False))
        + "|"
    )
    return "\n".join([line(cells[0]), rule, *(line(row) for row in cells[1:])])
