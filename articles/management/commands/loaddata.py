"""Django's loaddata, with errors that name the fixture file, line and field of the bad record.

Loading stays as Django does it: atomic (one transaction for all fixtures) and idempotent for
our fixtures, which identify every row by natural key. Only when loading fails do we look for
where: the JSON is parsed again to find each record's line, and the records are replayed one
by one, in a transaction that is always rolled back, until one fails; its fields are then
checked one by one (natural keys looked up, values cleaned by their model fields) to name the
field. Everything here goes through public APIs (json, serializers, model fields): Django's
error text is shown, never parsed.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.management.base import CommandError
from django.core.management.commands import loaddata
from django.db import transaction

from articles.domain.models import Quote


class Command(loaddata.Command):
    def loaddata(self, fixture_labels):
        # Values are checked against their model fields first: SQLite would otherwise store a
        # headline longer than the field allows, which PostgreSQL refuses.
        for path in self._json_files(fixture_labels):
            problem = _json_problem(path) or _first_refused_value(path)
            if problem:
                raise CommandError(f"{problem} (nothing loaded)")
        try:
            with transaction.atomic(using=self.using):
                super().loaddata(fixture_labels)
                # Rows are saved raw, past Model.save(): the quotes' copy of their article's time
                # is brought up to date here, in the same transaction.
                Quote.objects.using(self.using).follow_article_times()
        except CommandError:
            raise
        except Exception as error:
            raise CommandError(self._locate(error, fixture_labels)) from error

    def _json_files(self, fixture_labels) -> list[str]:
        self.serialization_formats = serializers.get_public_serializer_formats()  # as loaddata() sets it
        return [path for label in fixture_labels for path, _, _ in self._safe_find(label) if path.endswith(".json")]

    def _locate(self, error, fixture_labels) -> str:
        files = [path for label in fixture_labels for path, _, _ in self._safe_find(label)]
        json_files = self._json_files(fixture_labels)
        if json_files:
            problem = self._first_failing_record(json_files)
            if problem:
                return problem
        return f"{', '.join(files) or ', '.join(fixture_labels)}: {error}"

    def _first_failing_record(self, paths: list[str]) -> str | None:
        with transaction.atomic(using=self.using):
            try:
                for path in paths:
                    text = Path(path).read_text(encoding="utf-8")
                    for line, record in _records_with_lines(text):
                        problem = _field_problem(record, self.using)
                        if problem:
                            field, message = problem
                            return f"{path}:{_line_of_field(text, line, field)}: {record.get('model')} “{field}”: {message}"
                        try:
                            for obj in serializers.deserialize("json", json.dumps([record]), using=self.using):
                                obj.save(using=self.using)
                        except Exception as error:  # noqa: BLE001 - any failure is the one to report
                            return f"{path}:{line}: {record.get('model')}: {error}"
            finally:
                transaction.set_rollback(True, using=self.using)
        return None

    def _safe_find(self, label):
        try:
            return self.find_fixtures(label)
        except CommandError:
            return []


def _json_problem(path: str) -> str | None:
    try:
        json.loads(Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        return f"{path}: not UTF-8 text ({error.reason} at byte {error.start})"
    except json.JSONDecodeError as error:
        return f"{path}:{error.lineno}: not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
    return None


def _first_refused_value(path: str) -> str | None:
    text = Path(path).read_text(encoding="utf-8")
    for line, record in _records_with_lines(text):
        problem = _field_problem(record, using=None)
        if problem:
            field, message = problem
            return f"{path}:{_line_of_field(text, line, field)}: {record.get('model')} “{field}”: {message}"
    return None


def _records_with_lines(text: str):
    """(line, record) for each record of a JSON array, by decoding the array element by element."""
    decoder = json.JSONDecoder()
    index = text.index("[") + 1
    while True:
        while index < len(text) and text[index] in " \t\r\n,":
            index += 1
        if index >= len(text) or text[index] == "]":
            return
        record, end = decoder.raw_decode(text, index)
        yield text.count("\n", 0, index) + 1, record
        index = end


def _field_problem(record: dict, using: str | None) -> tuple[str, str] | None:
    """The first field of `record` whose value its model field refuses, or (given a database
    alias) that names an object missing from that database."""
    try:
        model = apps.get_model(record["model"])
    except (KeyError, LookupError, ValueError):
        return "model", f"no such model: {record.get('model')!r}"
    for name, value in (record.get("fields") or {}).items():
        try:
            field = model._meta.get_field(name)
        except Exception:  # noqa: BLE001 - FieldDoesNotExist and friends
            return name, f"{model._meta.label} has no field “{name}”"
        if field.is_relation:
            if using is None:
                continue
            related = field.related_model._default_manager.db_manager(using)
            keys = value if field.many_to_many else [value]
            for key in keys or []:
                if isinstance(key, list) and hasattr(related, "get_by_natural_key"):
                    try:
                        related.get_by_natural_key(*key)
                    except ObjectDoesNotExist:
                        return name, f"{field.related_model._meta.object_name} matching {key} does not exist"
            continue
        try:
            field.clean(field.to_python(value), None)
        except ValidationError as error:
            return name, "; ".join(error.messages)
    return None


def _line_of_field(text: str, record_line: int, field: str) -> int:
    """The line of `"field":` at or after the record's first line (the record's line if not found)."""
    lines = text.splitlines()
    for number in range(record_line, len(lines) + 1):
        if f'"{field}"' in lines[number - 1]:
            return number
    return record_line
