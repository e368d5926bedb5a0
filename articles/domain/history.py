"""Who changed an object, and when: read from its revisions, for the desk's conflict messages."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.text import capfirst
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


MAX_LINES_SHOWN = 4  # of a long text's changed lines, each way
CLIP = 160  # characters of a changed line or value shown


@dataclass
class FieldChange:
    """One field as the user loaded it and as it is stored now: the lines (or values) that went
    and the ones that came."""

    label: str
    removed: list[str]
    added: list[str]


def changes_in_fields(instance, since: dt.datetime | None, field_names) -> list[FieldChange]:
    """What others changed in these fields of `instance` since `since` (when the user loaded it):
    the revision current at that moment against the row as stored now. Empty when unknown."""
    if since is None or instance.pk is None:
        return []
    model = type(instance)
    loaded = (
        Version.objects.get_for_object(instance)
        .filter(revision__date_created__lte=since)
        .order_by("-revision__date_created", "-pk")
        .first()
    )
    current = model._default_manager.filter(pk=instance.pk).first()
    if loaded is None or current is None:
        return []
    before = loaded.field_dict
    changes = []
    for name in field_names:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if not getattr(field, "concrete", False) or field.attname not in before:
            continue
        change = _field_change(field, before[field.attname], current)
        if change is not None:
            changes.append(change)
    return changes


def _field_change(field, old, current) -> FieldChange | None:
    label = capfirst(field.verbose_name)
    if field.many_to_many:
        old_ids = {str(pk) for pk in old or []}
        new_ids = {str(pk) for pk in getattr(current, field.name).values_list("pk", flat=True)}
        if old_ids == new_ids:
            return None
        names = {str(obj.pk): str(obj) for obj in field.related_model._default_manager.filter(pk__in=old_ids | new_ids)}
        return FieldChange(
            label,
            sorted(names.get(pk, f"(deleted #{pk})") for pk in old_ids - new_ids),
            sorted(names.get(pk, f"(deleted #{pk})") for pk in new_ids - old_ids),
        )
    new = getattr(current, field.attname)
    if field.many_to_one:
        if str(old) == str(new):
            return None
        names = {str(obj.pk): str(obj) for obj in field.related_model._default_manager.filter(pk__in=[old, new])}
        return FieldChange(label, [names.get(str(old), "–")], [names.get(str(new), "–")])
    before, after = _shown(old), _shown(new)
    if before == after:
        return None
    if "\n" not in before and "\n" not in after:
        return FieldChange(label, [_clip(before)], [_clip(after)])
    lines = list(difflib.ndiff(before.splitlines(), after.splitlines()))
    removed = [_clip(line[2:]) for line in lines if line.startswith("- ")][:MAX_LINES_SHOWN]
    added = [_clip(line[2:]) for line in lines if line.startswith("+ ")][:MAX_LINES_SHOWN]
    return FieldChange(label, removed, added)


def _shown(value) -> str:
    if isinstance(value, dt.datetime):  # to the minute, in the newsroom's zone: no microsecond noise
        return f"{timezone.localtime(value):%Y-%m-%d %H:%M %Z}"
    if value is None:
        return ""
    return str(value)


def _clip(text: str) -> str:
    return text if len(text) <= CLIP else text[: CLIP - 1] + "…"
