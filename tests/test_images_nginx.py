"""nginx serves uploaded images (/media/) as deploy/nginx/newsroom.conf ships it: from disk, with a
year's immutable Cache-Control, only picture files, never asking gunicorn; and it accepts image
uploads up to 25 MB. The shipped file runs with its deployment values replaced, as in
tests/test_front_cache.py (whose helpers these are), in front of a stub that records requests.
"""

from __future__ import annotations

import http.server
import threading
import urllib.error

import pytest

from tests.test_front_cache import (
    _free_port,
    _require_nginx,
    _wait_until_serving,
    fetch,
    nginx_config,
    start_nginx,
    stop,
)

SHIPPED_MEDIA = "alias /srv/newsroom/media/;"


class _App(http.server.BaseHTTPRequestHandler):
    """Stands for gunicorn: answers anything, and remembers what it was asked."""

    asked: list[str] = []

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        _App.asked.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"from the app")

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def media_front(tmp_path_factory):
    _require_nginx()
    home = tmp_path_factory.mktemp("media-front")
    media = home / "media"
    (media / "images" / "2026" / "12").mkdir(parents=True)
    app = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _App)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    prefix = home / "nginx"
    prefix.mkdir()
    port = _free_port()
    conf = nginx_config(prefix, upstream=f"127.0.0.1:{app.server_address[1]}", port=port, static_parent=home)
    site = (prefix / "newsroom.conf").read_text()
    assert site.count(SHIPPED_MEDIA) == 1
    (prefix / "newsroom.conf").write_text(site.replace(SHIPPED_MEDIA, f"alias {media}/;"))
    nginx = None
    try:
        nginx = start_nginx(prefix, conf)
        _wait_until_serving(f"http://127.0.0.1:{port}/", nginx, "nginx", prefix / "error.log")
        yield f"http://127.0.0.1:{port}", media
    finally:
        if nginx is not None:
            stop(nginx)
        app.shutdown()
        app.server_close()


def test_pictures_come_from_disk_for_a_year(media_front):
    base, media = media_front
    (media / "images/2026/12/abc.jpg").write_bytes(b"\xff\xd8 a jpeg")
    (media / "images/2026/12/abc.webp").write_bytes(b"RIFF a webp")
    _App.asked.clear()
    for name, content_type in (("abc.jpg", "image/jpeg"), ("abc.webp", "image/webp")):
        answer = fetch(f"{base}/media/images/2026/12/{name}")
        assert answer.status == 200 and answer.body == (media / "images/2026/12" / name).read_bytes()
        assert answer.headers["Content-Type"] == content_type
        assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert _App.asked == []


def test_only_pictures_are_served_and_gunicorn_is_never_asked(media_front):
    base, media = media_front
    (media / "images/2026/12/page.html").write_text("<script>alert(1)</script>")
    (media / "images/2026/12/drawing.svg").write_text("<svg onload='alert(1)'/>")
    _App.asked.clear()
    for path in ("images/2026/12/page.html", "images/2026/12/drawing.svg", "images/2026/12/missing.jpg", "images/"):
        assert fetch(f"{base}/media/{path}").status == 404, path
    assert _App.asked == []


def test_uploads_up_to_25_mb_reach_the_app(media_front):
    base, _ = media_front
    _App.asked.clear()
    assert fetch(f"{base}/admin/articles/image/add/", data=b"x" * (24 * 1024 * 1024)).status == 200
    try:
        refused = fetch(f"{base}/admin/articles/image/add/", data=b"x" * (26 * 1024 * 1024)).status
    except (ConnectionError, urllib.error.URLError):  # nginx may answer 413 and close while we still send
        refused = 413
    assert refused == 413
    assert _App.asked == ["/admin/articles/image/add/"]
