"""Signals of the domain. Only caches listen to them (see ArticlesConfig.ready)."""

from django.dispatch import Signal

# Sent once after writes that bypass model signals (bulk_create, bulk_update, update()).
content_bulk_changed = Signal()
