"""nginx in front of gunicorn, as deploy/nginx/newsroom.conf ships it: the front cache
("microcache") serves anonymous readers, never staff, previews, the desk or a response that sets
a cookie or is private, and never keeps a page past one second, so a retraction reaches every
reader within a second.

Each nginx here runs the shipped file itself, with only its deployment values replaced (the
gunicorn address, the listening port, the static directory, the cache directory), as its own
process on a free 127.0.0.1 port with everything under a temporary prefix. Two of them:
- in front of a real gunicorn (2 workers, deploy/gunicorn.conf.py, debug off, the default
  per-process page cache, a throwaway SQLite database), as tests/test_workers.py runs it;
- in front of a small stub server that answers what a test needs (a clock, Set-Cookie, private,
  no-store, the request's headers), for the rules about responses taken one at a time.

They need Debian's nginx (.ci/install-nginx); they skip without it, or fail where NEWSROOM_REQUIRE
names nginx, as CI does.
"""

from __future__ import annotations

import http.cookiejar
import http.server
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import skip_or_fail

BASE_DIR = Path(__file__).resolve().parent.parent
SHIPPED_CONF = BASE_DIR / "deploy" / "nginx" / "newsroom.conf"
GUNICORN_CONF = BASE_DIR / "deploy" / "gunicorn.conf.py"
NGINX = "/usr/sbin/nginx"
EDITOR_PASSWORD = "front-cache-editor-password-0123"
# The one-second bound, with a tenth of a second for the commit and the clocks.
BOUND = 1.1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_serving(url: str, process: subprocess.Popen, what: str, log: Path | None = None) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url, timeout=10)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:  # refused, reset or timed out while it boots
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                detail = log.read_text()[-2000:] if log and log.exists() else ""
                pytest.fail(f"{what} did not start serving within 60 s\n{detail}")
            time.sleep(0.1)


def nginx_config(prefix: Path, *, upstream: str, port: int, static_parent: Path) -> Path:
    """A complete nginx.conf running the shipped site file, with its deployment values replaced."""
    replacements = {
        "server 127.0.0.1:8000;": f"server {upstream};",
        "listen 80;": f"listen 127.0.0.1:{port};",
        "root /srv/newsroom;": f"root {static_parent};",
        "proxy_cache_path /var/cache/nginx/newsroom ": f"proxy_cache_path {prefix / 'cache'} ",
    }
    site = SHIPPED_CONF.read_text()
    for shipped, local in replacements.items():
        assert site.count(shipped) == 1, f"{SHIPPED_CONF} should hold {shipped!r} exactly once"
        site = site.replace(shipped, local)
    (prefix / "newsroom.conf").write_text(site)
    temp = prefix / "temp"
    temp.mkdir(parents=True, exist_ok=True)
    # The master drops to `user` only when it runs as root: then keep root, so the workers can
    # read pytest's private temporary directories.
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = prefix / "nginx.conf"
    conf.write_text(
        f"""{user}daemon off;
worker_processes 2;
pid {prefix / "nginx.pid"};
error_log {prefix / "error.log"} info;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {prefix / "access.log"};
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    client_body_temp_path {temp / "body"};
    proxy_temp_path {temp / "proxy"};
    fastcgi_temp_path {temp / "fastcgi"};
    uwsgi_temp_path {temp / "uwsgi"};
    scgi_temp_path {temp / "scgi"};
    include {prefix / "newsroom.conf"};
}}
"""
    )
    return conf


def start_nginx(prefix: Path, conf: Path) -> subprocess.Popen:
    checked = subprocess.run([NGINX, "-t", "-c", str(conf), "-p", str(prefix)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    return subprocess.Popen(
        [NGINX, "-c", str(conf), "-p", str(prefix)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _require_nginx() -> None:
    if not os.access(NGINX, os.X_OK):
        skip_or_fail("nginx", f"needs Debian's nginx at {NGINX} (bash .ci/install-nginx)")


class Answer:
    def __init__(self, status: int, headers, body: bytes):
        self.status, self.headers, self.body = status, headers, body
        self.text = body.decode("utf-8", "replace")

    @property
    def cache(self) -> str:
        return self.headers.get("X-Cache-Status", "")


def fetch(url: str, *, headers: dict[str, str] | None = None, opener=None, data: bytes | None = None) -> Answer:
    """One request on a new connection; HTTP errors are answers too; redirects are not followed."""
    request = urllib.request.Request(url, headers=headers or {}, data=data)
    opener = opener or urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return Answer(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Answer(error.code, error.headers, error.read())


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# --- nginx in front of the real site -------------------------------------------------------


@pytest.fixture(scope="module")
def front(tmp_path_factory):
    """gunicorn (2 workers) on a migrated throwaway SQLite database, nginx in front of it."""
    _require_nginx()
    home = tmp_path_factory.mktemp("front")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{home / 'db.sqlite3'}",
        "NEWSROOM_STATE_DIR": str(home / "state"),
        "DJANGO_STATIC_ROOT": str(home / "static"),
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "front-cache-test-secret-key-not-for-production-0123456789",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "NEWSROOM_PAGE_CACHE_SECONDS": "60",
        "NEWSROOM_PROXY_COUNT": "1",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "GUNICORN_WORKERS": "2",
    }
    env.pop("CACHE_URL", None)  # the default: per-process memory

    def manage(*args) -> str:
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    manage("migrate", "--noinput")
    manage("collectstatic", "--noinput")
    preview_path = (
        manage(
            "shell",
            "-c",
            "from datetime import timedelta; from django.utils import timezone; "
            "from django.contrib.auth import get_user_model; "
            "from articles.domain.models import Article; from articles.domain import previews; "
            "now = timezone.now(); "
            "[Article.objects.create(headline=f'Story {slug}', slug=slug, body='Text.', status='published', "
            "published_at=now - timedelta(minutes=5)) for slug in ('cached', 'busy', 'quiet')]; "
            "draft = Article.objects.create(headline='Unpublished scoop', slug='scoop', body='Embargoed.', status='draft'); "
            f"get_user_model().objects.create_superuser('editor', '', '{EDITOR_PASSWORD}'); "
            "print(previews.preview_url(draft))",
        )
        .strip()
        .splitlines()[-1]
    )

    app_port, port = _free_port(), _free_port()
    gunicorn_log = home / "gunicorn.log"
    with open(gunicorn_log, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "newsroom.wsgi", "-c", str(GUNICORN_CONF)],
            cwd=BASE_DIR,
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{app_port}"},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    prefix = home / "nginx"
    prefix.mkdir()
    nginx = None
    try:
        nginx = start_nginx(
            prefix, nginx_config(prefix, upstream=f"127.0.0.1:{app_port}", port=port, static_parent=home)
        )
        _wait_until_serving(f"http://127.0.0.1:{app_port}/", server, "gunicorn", gunicorn_log)
        _wait_until_serving(f"http://127.0.0.1:{port}/", nginx, "nginx", prefix / "error.log")
        yield {"base": f"http://127.0.0.1:{port}", "manage": manage, "preview": preview_path, "static": home / "static"}
    finally:
        if nginx is not None:
            stop(nginx)
        stop(server)


def _until_hit(url: str, **kwargs) -> list[Answer]:
    """Ask for `url` until the front cache answers (at most 3 s): the answers, the hit last."""
    answers = []
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        answers.append(fetch(url, **kwargs))
        if answers[-1].cache == "HIT":
            break
    return answers


def _retract(front, slug: str) -> float:
    """Retract from another process; the moment it has certainly committed (when it returns)."""
    front["manage"](
        "shell",
        "-c",
        "from articles.domain.models import Article; "
        f"a = Article.objects.get(slug='{slug}'); a.status = 'retracted'; a.save()",
    )
    return time.monotonic()


def test_an_anonymous_page_is_served_from_the_front_cache(front):
    answers = _until_hit(front["base"] + "/articles/cached/")
    assert answers[-1].cache == "HIT"
    assert {answer.status for answer in answers} == {200}
    assert "Story cached" in answers[-1].text
    # Django's own Cache-Control (for CDNs) passes through untouched.
    assert "s-maxage=" in answers[-1].headers["Cache-Control"]


def test_a_forged_session_cookie_bypasses_the_front_cache(front):
    url = front["base"] + "/articles/cached/"
    _until_hit(url)
    for _ in range(5):
        answer = fetch(url, headers={"Cookie": "theme=dark; sessionid=forged-session-key"})
        assert answer.status == 200
        assert answer.cache == "BYPASS"


def _log_in(front):
    """An editor logged in through the admin login form, through nginx: a cookie-keeping opener."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), _NoRedirect)
    login = front["base"] + "/admin/login/"
    form = fetch(login, opener=opener)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": "editor", "password": EDITOR_PASSWORD, "next": "/admin/"}
    ).encode()
    answer = fetch(login, opener=opener, data=data, headers={"Referer": login})
    assert answer.status == 302, answer.text[:500]
    assert any(cookie.name == "sessionid" for cookie in jar)
    return opener


def test_staff_get_the_real_page_never_cached_and_readers_never_get_the_draft(front):
    editor = _log_in(front)
    url = front["base"] + "/articles/scoop/"
    for _ in range(4):
        staff = fetch(url, opener=editor)
        assert staff.status == 200
        assert "Unpublished scoop" in staff.text
        assert staff.cache == "BYPASS"
        assert "private" in staff.headers["Cache-Control"]
        # A reader asking in the same second finds no trace of it.
        reader = fetch(url)
        assert reader.status == 404
        assert "Unpublished scoop" not in reader.text
    # Published pages too: staff always reach gunicorn.
    assert {fetch(front["base"] + "/articles/cached/", opener=editor).cache for _ in range(3)} == {"BYPASS"}


def test_the_desk_and_previews_are_never_cached(front):
    editor = _log_in(front)
    for _ in range(4):
        desk = fetch(front["base"] + "/admin/", opener=editor)
        assert desk.status == 200
        assert desk.cache == "BYPASS"
        preview = fetch(front["base"] + front["preview"])
        assert preview.status == 200
        assert "Unpublished scoop" in preview.text
        assert preview.cache == "BYPASS"
        assert fetch(front["base"] + "/admin/").cache == "BYPASS"  # anonymous: the redirect to login


def test_the_login_page_which_sets_a_cookie_is_never_cached(front):
    answers = [fetch(front["base"] + "/admin/login/") for _ in range(5)]
    assert all(answer.status == 200 for answer in answers)
    assert all("csrftoken=" in answer.headers.get("Set-Cookie", "") for answer in answers)
    assert all(answer.cache != "HIT" for answer in answers)


def test_a_retraction_reaches_a_busy_page_s_readers_within_a_second(front):
    url = front["base"] + "/articles/busy/"
    assert _until_hit(url)[-1].cache == "HIT"
    committed = _retract(front, "busy")
    seen = []
    while (elapsed := time.monotonic() - committed) < 1.5:
        seen.append((elapsed, fetch(url).status))
    late = [status for elapsed, status in seen if elapsed > BOUND]
    assert late and set(late) == {410}, seen
    assert {fetch(url).status for _ in range(10)} == {410}


def test_a_retraction_reaches_the_first_reader_after_a_quiet_spell(front):
    """nginx hands an expired entry to the first reader after a quiet spell when stale answers
    are allowed for updating; the shipped key never finds an entry older than its second."""
    url = front["base"] + "/articles/quiet/"
    assert _until_hit(url)[-1].cache == "HIT"
    committed = _retract(front, "quiet")
    time.sleep(max(0.0, committed + BOUND - time.monotonic()))
    assert fetch(url).status == 410
    assert {fetch(url).status for _ in range(10)} == {410}


def test_static_files_come_from_disk_with_long_lives_for_hashed_names(front):
    manifest = json.loads((front["static"] / "staticfiles.json").read_text())["paths"]
    original, hashed = next((name, hashed) for name, hashed in manifest.items() if name.endswith(".css"))
    immutable = fetch(f"{front['base']}/static/{hashed}")
    assert immutable.status == 200
    assert immutable.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert immutable.body == (front["static"] / hashed).read_bytes()
    assert "X-Cache-Status" not in immutable.headers  # nginx's own file, no proxying
    plain = fetch(f"{front['base']}/static/{original}")
    assert plain.status == 200
    assert plain.headers["Cache-Control"] == "public, max-age=60"
    # Not on disk: asked of gunicorn (Django's 404, with its security headers).
    missing = fetch(f"{front['base']}/static/no-such-file.css")
    assert missing.status == 404
    assert missing.headers.get("X-Frame-Options") == "DENY"


# --- nginx in front of a stub: the rules about responses, one at a time ---------------------


class _Stub(http.server.BaseHTTPRequestHandler):
    """/clock: a public page whose body is when it was made; /cookie, /private, /no-store: a
    unique body each time, with Set-Cookie or that Cache-Control; /echo: the request's headers."""

    protocol_version = "HTTP/1.1"
    counter = 0
    lock = threading.Lock()

    def do_GET(self):
        with self.lock:
            _Stub.counter += 1
            number = _Stub.counter
        headers = {"Cache-Control": "public, max-age=0, s-maxage=60"}
        if self.path == "/clock":
            body = repr(time.time())
        elif self.path == "/echo":
            body = json.dumps(dict(self.headers.items()))
        elif self.path == "/cookie":
            body, headers["Set-Cookie"] = str(number), "csrftoken=abc; Path=/"
        elif self.path == "/private":
            body, headers["Cache-Control"] = str(number), "private, max-age=600"
        elif self.path == "/no-store":
            body, headers["Cache-Control"] = str(number), "max-age=0, no-cache, no-store, must-revalidate"
        else:
            body = str(number)
        payload = body.encode()
        self.send_response(200)
        for name, value in {**headers, "Content-Length": str(len(payload))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def stub_front(tmp_path_factory):
    _require_nginx()
    home = tmp_path_factory.mktemp("stub-front")
    stub = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    thread = threading.Thread(target=stub.serve_forever, daemon=True)
    thread.start()
    port = _free_port()
    prefix = home / "nginx"
    prefix.mkdir()
    upstream = f"127.0.0.1:{stub.server_address[1]}"
    nginx = None
    try:
        nginx = start_nginx(prefix, nginx_config(prefix, upstream=upstream, port=port, static_parent=home))
        _wait_until_serving(f"http://127.0.0.1:{port}/", nginx, "nginx", prefix / "error.log")
        yield f"http://127.0.0.1:{port}"
    finally:
        if nginx is not None:
            stop(nginx)
        stub.shutdown()
        stub.server_close()


def test_no_page_is_served_a_second_or_more_after_it_was_made(stub_front):
    """Whatever s-maxage says (60 s), every answer, busy or after a pause, is under a second old."""
    hits, ages = 0, []
    deadline = time.time() + 3.5
    while time.time() < deadline:
        answer = fetch(stub_front + "/clock")
        ages.append(time.time() - float(answer.text))
        hits += answer.cache == "HIT"
    for pause in (1.2, 2.5):
        fetch(stub_front + "/clock")
        time.sleep(pause)
        ages.append(time.time() - float(fetch(stub_front + "/clock").text))
    assert hits > 10  # it does cache
    assert max(ages) < 1.0 + 0.05, sorted(ages)[-5:]


@pytest.mark.parametrize("path", ["/cookie", "/private", "/no-store"])
def test_responses_that_set_a_cookie_or_are_private_are_never_stored(stub_front, path):
    answers = [fetch(stub_front + path) for _ in range(6)]
    assert len({answer.text for answer in answers}) == 6  # each one from the stub
    assert all(answer.cache == "MISS" for answer in answers)


def test_non_get_methods_and_authorization_bypass_the_front_cache(stub_front):
    fetch(stub_front + "/page")
    assert fetch(stub_front + "/page", data=b"x=1").cache in ("", "BYPASS")  # POST is not even looked up
    assert fetch(stub_front + "/page", headers={"Authorization": "Bearer t"}).cache == "BYPASS"


def test_the_client_address_scheme_and_host_are_passed_on(stub_front):
    seen = json.loads(fetch(stub_front + "/echo").text)
    assert seen["X-Forwarded-For"] == "127.0.0.1"
    assert seen["X-Forwarded-Proto"] == "http"
    assert seen["X-Forwarded-Host"] == "127.0.0.1"
    assert seen["Host"] == "127.0.0.1"
