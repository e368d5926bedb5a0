"""Who changed an object, and when: read from its revisions, for the desk's conflict messages."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from reversion.models import Version

MAX_CHANGES_LISTED = 5


def changes_since(instance, since: dt.datetime | None = None, limit: int = MAX_CHANGES_LISTED) -> str:
    """“olga at 14:02:10 (Changed headline.); …” for the revisions of `instance` after `since`
    (the latest one when `since` is unknown)."""
    versions = Version.objects.get_for_object(instance).select_related("revision__user").order_by("-revision__date_created")
    if since:
        versions = versions.filter(revision__date_created__gt=since)
    else:
        limit = 1
    changes = []
    for version in versions[:limit]:
        revision = version.revision
        who = revision.user.get_username() if revision.user else "an import or script"
        when = timezone.localtime(revision.date_created).strftime("%H:%M:%S")
        changes.append(f"{who} at {when} ({revision.get_comment() or 'saved'})")
    return "; ".join(changes) if changes else "by another save"
