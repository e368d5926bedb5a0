"""Time each kind of page in-process, through Django's WSGI handler (all the middleware, no
network, and none of the test Client's template instrumentation), and count its SQL queries.

For home, an article page (a typical one and the one with most quotes), the person page of the
person with the most quotes (page 1 and the last page), a quote permalink, search (a common
word, a very common one, a name, two words), the API's lists, and the admin changelists for
Article, Person and Quote (plain, searched and filtered, as a superuser the script creates), it
reports the median and 95th-percentile time in ms over --repeat requests after a
warm-up, the number of SQL queries one request makes (CaptureQueriesContext), the time of its
slowest query (--show-sql prints it) and the page size.

Fill the database first with bench/data.py. Runs with DEBUG off (production template and static
settings; static files collected into a scratch directory) unless --debug, and with the anonymous
page cache off (NEWSROOM_PAGE_CACHE_SECONDS=0) unless --page-cache, so the public pages show what
rendering them costs: a cache miss, as after every content change. Values kept apart from pages
(a story, the masthead, a list's cards and quote items) are found as they would be after an edit
elsewhere; --cold empties the cache before every request, so they are rebuilt too.

    export DATABASE_URL=sqlite:////tmp/bench/bench.sqlite3
    .venv/bin/python bench/data.py --articles 2000 --quotes 20000 --people 500
    .venv/bin/python bench/inprocess.py --repeat 30
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH_DIR.parent), str(BENCH_DIR)]

from benchenv import django_env, median, percentile, table  # noqa: E402

ADMIN_USERNAME = "bench-admin"
TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"}


def pages() -> list[tuple[str, str, bool]]:
    """(label, URL, needs login) for every page measured, picked from what the database holds."""
    from django.conf import settings
    from django.db.models import Count

    from articles.domain.models import SAID_BY_ORDER, Article, Person, Quote
    from articles.site.pagination import keyset_cursor

    published = Article.objects.published()
    by_quotes = list(published.annotate(n=Count("quotes")).order_by("n", "pk").values_list("slug", "n"))
    if not by_quotes:
        raise SystemExit("no published articles: fill the database with bench/data.py first")
    typical_slug, typical_n = by_quotes[len(by_quotes) // 2]
    biggest_slug, biggest_n = by_quotes[-1]
    hot = (
        Person.objects.public()
        .annotate(n=Count("quotes"))
        .order_by("-n", "pk")
        .values_list("slug", "n", "name")
        .first()
    )
    hot_slug, hot_n, hot_name = hot
    hot_person = Person.objects.get(slug=hot_slug)
    said = Quote.objects.said_by(hot_person)
    per_page = settings.NEWSROOM_QUOTES_PER_PAGE
    published_quotes = said.count()
    last_page = max(1, -(-published_quotes // per_page))
    # Person pages page by cursor: the last page starts after the last quote of the one before.
    last_page_query = ""
    if last_page > 1:
        before = said[(last_page - 1) * per_page - 1]
        last_page_query = f"?before={keyset_cursor(before, SAID_BY_ORDER)}"
    quote = Quote.objects.published().filter(speaker__slug=hot_slug).order_by("pk").first()
    surname = hot_name.split()[-1]
    return [
        ("home", "/", False),
        ("home, page 5", "/?page=5", False),
        (f"article ({typical_n} quotes)", f"/articles/{typical_slug}/", False),
        (f"article ({biggest_n} quotes)", f"/articles/{biggest_slug}/", False),
        (f"person ({hot_n} quotes), page 1", f"/people/{hot_slug}/", False),
        (f"person, page {last_page} (last)", f"/people/{hot_slug}/{last_page_query}", False),
        ("quote permalink", f"/quotes/{quote.pk}/", False),
        ("search, common word", "/search/?q=budget", False),
        ("search, very common word", "/search/?q=people", False),
        ("search, a name", f"/search/?q={surname}", False),
        ("search, two words", "/search/?q=trust+budget", False),
        ("API quotes list", "/api/quotes", False),
        ("API articles list", "/api/articles", False),
        ("admin Article list", "/admin/articles/article/", True),
        ("admin Article ?q=", "/admin/articles/article/?q=minister", True),
        ("admin Article ?status=", "/admin/articles/article/?status__exact=review", True),
        ("admin Article last page", "/admin/articles/article/?p=1000", True),
        ("admin Person list", "/admin/articles/person/", True),
        ("admin Person ?q=", f"/admin/articles/person/?q={surname}", True),
        ("admin Quote list", "/admin/articles/quote/", True),
        ("admin Quote ?q=", "/admin/articles/quote/?q=trust", True),
        ("admin Quote ?q= name", f"/admin/articles/quote/?q={surname}", True),
        ("admin Quote ?verification=", "/admin/articles/quote/?verification_status__exact=extracted", True),
        ("admin Quote ?article__status=", "/admin/articles/quote/?article__status__exact=published", True),
    ]


class WSGIClient:
    """GET requests straight into the WSGI application, as gunicorn would make them."""

    def __init__(self, cookies: str = ""):
        from django.core.handlers.wsgi import WSGIHandler

        self.application = WSGIHandler()
        self.cookies = cookies

    def get(self, url: str):
        path, _, query = url.partition("?")
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "80",
            "HTTP_HOST": "127.0.0.1",
            "HTTP_COOKIE": self.cookies,
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(b""),
            "wsgi.errors": sys.stderr,
        }
        status = []
        body = b"".join(self.application(environ, lambda line, headers, exc_info=None: status.append(line)))
        return int(status[0].split()[0]), body


def measure(client, url: str, repeat: int, warmup: int, cold: bool = False) -> dict:
    """`cold`: the cache and this process's first levels emptied (untimed) before every request,
    so nothing kept is found: not the story, the masthead, the article lookup nor a list's cards
    and quote items."""
    from django.core.cache import caches
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.site.caching import forget_first_levels

    def empty():
        if cold:
            caches["default"].clear()
            forget_first_levels()

    for _ in range(warmup):
        client.get(url)
    empty()
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    # Read now: the next request clears the connection's query log. Transaction control
    # statements (BEGIN, COMMIT, SAVEPOINT…) are not queries.
    queries = [q for q in captured.captured_queries if q["sql"].split()[0].upper() not in TRANSACTION_CONTROL]
    slowest = max(queries, key=lambda q: float(q["time"]), default={"time": "0", "sql": ""})
    times = []
    for _ in range(repeat):
        empty()
        started = time.perf_counter()
        status, body = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    return {
        "status": status,
        "median": median(times),
        "p95": percentile(times, 0.95),
        "queries": len(queries),
        "slowest_ms": float(slowest["time"]) * 1000,
        "slowest_sql": slowest["sql"],
        "kb": len(body) / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per page (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed requests first (default 3)")
    parser.add_argument("--debug", action="store_true", help="run with DJANGO_DEBUG=true instead of off")
    parser.add_argument("--only", default="", help="measure only pages whose label contains this text")
    parser.add_argument("--show-sql", action="store_true", help="print each page's slowest SQL statement")
    parser.add_argument(
        "--page-cache",
        action="store_true",
        help="keep the anonymous page cache on (as deployed: cache hits); default off, to measure the work",
    )
    parser.add_argument(
        "--cold",
        action="store_true",
        help="empty the cache before every timed request (untimed): every kept value (story, "
        "masthead, cards, quote items) is rebuilt; default: kept values are found, as after an edit",
    )
    args = parser.parse_args(argv)

    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        parser.error("set DATABASE_URL to the database bench/data.py filled")
    scratch = tempfile.TemporaryDirectory(prefix="newsroom-inprocess-")
    os.environ.update(django_env(database_url, debug=args.debug, static_root=Path(scratch.name) / "static"))
    if not args.page_cache:
        os.environ["NEWSROOM_PAGE_CACHE_SECONDS"] = "0"

    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", interactive=False, verbosity=0)  # the schema may have moved on since data.py ran
    if not args.debug:
        call_command("collectstatic", interactive=False, verbosity=0)
    User = get_user_model()
    admin, created = User.objects.get_or_create(
        username=ADMIN_USERNAME, defaults={"is_staff": True, "is_superuser": True}
    )
    if created:  # once only: a new password hash would log out a run going on beside this one
        admin.set_unusable_password()
        admin.save()

    login = Client(SERVER_NAME="127.0.0.1")
    login.force_login(admin)
    anonymous = WSGIClient()
    staff = WSGIClient(cookies=f"{settings.SESSION_COOKIE_NAME}={login.cookies[settings.SESSION_COOKIE_NAME].value}")

    load_before = os.getloadavg()[0]
    rows = []
    for label, url, login in pages():
        if args.only and args.only not in label:
            continue
        result = measure(staff if login else anonymous, url, args.repeat, args.warmup, cold=args.cold)
        rows.append(
            [
                label,
                result["status"],
                f"{result['median']:.1f}",
                f"{result['p95']:.1f}",
                result["queries"],
                f"{result['slowest_ms']:.1f}",
                f"{result['kb']:.0f}",
            ]
        )
        sys.stderr.write(f"  {label}: {url}\n")
        if args.show_sql:
            sys.stderr.write(f"    slowest SQL ({result['slowest_ms']:.1f} ms): {result['slowest_sql'][:1500]}\n")

    print(
        f"\nIn-process, {connection.vendor}, DEBUG={'on' if args.debug else 'off'}, "
        f"page cache {'on' if args.page_cache else 'off'}, {'cache emptied before each request, ' if args.cold else ''}"
        f"{args.repeat} requests per page after {args.warmup} warm-up:\n"
    )
    print(table(["page", "status", "median ms", "p95 ms", "queries", "slowest SQL ms", "KB"], rows))
    print(f"\n1-minute load average: {load_before:.1f} before, {os.getloadavg()[0]:.1f} after ({os.cpu_count()} CPUs)")
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
