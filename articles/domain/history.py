"""Who changed an object, and when: read from its revisions, for the desk's conflict messages."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from reversion.models import Version

MAX_CHANGES_LISTED = 5


def changes_since(instance, since: dt.datetime | None = None, limit: int = MAX_CHANGES_LISTED) -> str:
    """“Olga Berg (olga) on 4 December 2026 at 14:02:10 GMT (Changed headline.); …” for the
    revisions of `instance` after `since` (the latest one when `since` is unknown)."""
    versions = (
        Version.objects.get_for_object(instance).select_related("revision__user").order_by("-revision__date_created")
    )
    if since:
        versions = versions.filter(revision__date_created__gt=since)
    else:
        limit = 1
    changes = []
    for version in versions[:limit]:
        revision = version.revision
        changes.append(f"{who_made(revision)} on {when(revision.date_created)} ({revision.get_comment() or 'saved'})")
    return "; ".join(changes) if changes else "by another save"


def who_made(revision) -> str:
    return "an import or script" if revision.user is None else who_made_user(revision.user)


def who_made_user(user) -> str:
    """A desk user as colleagues know them: “Olga Berg (olga)”, or the username alone."""
    full_name = user.get_full_name()
    return f"{full_name} ({user.get_username()})" if full_name else user.get_username()


def when(moment: dt.datetime) -> str:
    """A moment in the newsroom's time zone, with its zone: “4 December 2026 at 14:02:10 GMT”."""
    local = timezone.localtime(moment)
    return f"{local.day} {local:%B %Y} at {local:%H:%M:%S %Z}"
