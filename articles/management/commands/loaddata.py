"""Django's loaddata, with errors that name the fixture file and line of the offending record.

Loading stays as Django does it: atomic (one transaction for all fixtures) and idempotent for
our fixtures, which identify every row by natural key.
"""

import json
import re

from django.core.management.base import CommandError
from django.core.management.commands import loaddata
from django.core.serializers.base import DeserializationError

_FIELD_VALUE = re.compile(r"field_value was '\[?'?([^',\]]+)")


class Command(loaddata.Command):
    def loaddata(self, fixture_labels):
        try:
            super().loaddata(fixture_labels)
        except CommandError:
            raise
        except Exception as error:
            raise CommandError(self._locate(error, fixture_labels)) from error

    def _locate(self, error, fixture_labels) -> str:
        message = str(error)
        files = [path for label in fixture_labels for path, _, _ in self._safe_find(label)]
        cause = error
        while cause is not None and not isinstance(cause, json.JSONDecodeError):
            cause = cause.__cause__ or cause.__context__
        if cause is not None:
            where = next((path for path in files if path in message), ", ".join(files))
            return f"{where}:{cause.lineno}: not valid JSON: {cause.msg} (line {cause.lineno}, column {cause.colno})"
        if isinstance(error, DeserializationError) or "matching query does not exist" in message:
            match = _FIELD_VALUE.search(message)
            for path in files:
                line = _line_of(path, match.group(1)) if match else None
                if line:
                    return f"{path}:{line}: {message}"
        if any(path in message for path in files):
            return message
        return f"{', '.join(files) or ', '.join(fixture_labels)}: {message}"

    def _safe_find(self, label):
        try:
            return self.find_fixtures(label)
        except CommandError:
            return []


def _line_of(path: str, needle: str) -> int | None:
    try:
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream, start=1):
                if json.dumps(needle, ensure_ascii=False) in line or needle in line:
                    return number
    except OSError:
        return None
    return None
