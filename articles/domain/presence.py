"""Who else is editing an article: recorded when someone opens it in the desk."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from articles.domain.models import Article, EditingPresence

EDITING_WINDOW = dt.timedelta(minutes=10)


def opened(article: Article, user) -> list[EditingPresence]:
    """Record that `user` opened `article` now; return the others who opened it within the
    window, earliest first. A spell that lapsed for longer than the window starts again."""
    now = timezone.now()
    presence, created = EditingPresence.objects.get_or_create(
        article=article, user=user, defaults={"since": now, "seen_at": now}
    )
    if not created:
        if now - presence.seen_at > EDITING_WINDOW:
            presence.since = now
        presence.seen_at = now
        presence.save(update_fields=["since", "seen_at"])
    return list(
        EditingPresence.objects.filter(article=article, seen_at__gte=now - EDITING_WINDOW)
        .exclude(user=user)
        .select_related("user")
        .order_by("since")
    )
