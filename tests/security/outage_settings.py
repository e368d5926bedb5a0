"""The production settings, for the server the outage test starts, with one difference: static files
are referenced unhashed, so that server needs no collectstatic run (which would write into var/)."""

from newsroom.settings import *  # noqa: F403
from newsroom.settings import STORAGES

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
