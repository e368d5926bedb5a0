"""Error pages that work without the database."""

import sys

from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader

RETRY_AFTER_SECONDS = 30


def server_error(request):
    """500, or 503 with Retry-After when the database is unreachable or timed out.

    Rendered without a request context (no context processor, session or user lookup), so it
    cannot fail for the same reason as the page did.
    """
    _, error, _ = sys.exc_info()
    if isinstance(error, DatabaseError) and _is_unavailable(error):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response.headers["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.render_to_string("500.html"))


def _is_unavailable(error: DatabaseError) -> bool:
    from django.db import InterfaceError, OperationalError

    return isinstance(error, (OperationalError, InterfaceError))
