"""The "floor" for bench/load.py: the least a Django site under gunicorn can do per request.

A complete, minimal Django project in one module: its own settings (no apps, no middleware,
no database), its own urlconf, and one view returning fixed bytes held in memory. Served under
the same gunicorn settings as the real site, its requests per second are the ceiling any page
can reach on this machine, so load.py reports each page as a fraction of it.

    cd bench && ../.venv/bin/gunicorn floor_wsgi:application --bind 127.0.0.1:8001 --workers 2

BENCH_FLOOR_BYTES sets the response size (default 10240, about the size of the home page).
"""

import os
import secrets

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import re_path

settings.configure(
    DEBUG=False,
    SECRET_KEY=secrets.token_urlsafe(50),  # nothing here is signed; a throwaway key
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[],
    MIDDLEWARE=[],
    DATABASES={},
    USE_TZ=True,
)

_HEAD = b"<!doctype html><title>floor</title>"
BODY = _HEAD + b"x" * max(0, int(os.environ.get("BENCH_FLOOR_BYTES", "10240")) - len(_HEAD))


def floor(request):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


urlpatterns = [re_path(r"", floor)]

application = get_wsgi_application()
