"""Error pages that work without the database."""

import sys

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader

RETRY_AFTER_SECONDS = 30


def server_error(request):
    """500, or 503 with Retry-After when the database is unreachable or timed out.

    Rendered without a request context (no context processor, session or user lookup), so it
    cannot fail for the same reason as the page did.
    """
    _, error, _ = sys.exc_info()
    if isinstance(error, DatabaseError) and _is_unavailable(error):
        response = HttpResponse(loader.render_to_string("503.html", _plain_context()), status=503)
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response.headers["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.render_to_string("500.html", _plain_context()))


def page_not_found(request, exception):
    """404 with the site's masthead, search and footer (the reader site's own layout)."""
    return render(request, "404.html", status=404)


def _plain_context() -> dict:
    return {"site_name": settings.NEWSROOM_SITE_NAME}


def _is_unavailable(error: DatabaseError) -> bool:
    from django.db import InterfaceError, OperationalError

    return isinstance(error, (OperationalError, InterfaceError))
