"""The project's own settings, with static files collected into a scratch directory.

Only STATIC_ROOT differs from newsroom.settings (from BENCH_STATIC_ROOT, when set), so the
benchmarks can run `collectstatic` and serve with DEBUG off without writing into the project's
var/ directory. Everything else (middleware, database from DATABASE_URL, caches, security) is
exactly what production runs.
"""

import os

from newsroom.settings import *  # noqa: F401,F403

if os.environ.get("BENCH_STATIC_ROOT"):
    STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
