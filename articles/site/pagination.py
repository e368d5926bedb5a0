"""Pagination without COUNT(*): a page fetches one row more than it shows to know if another follows.

Counting every published article or quote on each request is the slowest part of a list page
once the archive is large; readers need "newer" and "older", not a total.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.db import connection, models
from django.db.models import Q
from django.http import Http404

MAX_PAGE = 10_000
_PAGE_NUMBER = re.compile(r"[0-9]{1,5}", re.ASCII)  # up to MAX_PAGE's five digits


@dataclass
class LookaheadPage:
    object_list: list
    number: int
    has_next: bool

    @property
    def has_previous(self):
        return self.number > 1

    def has_other_pages(self):
        return self.has_next or self.has_previous

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)


def page_number(raw) -> int:
    """The requested page: 1 when absent; 404 for anything that is not a page we could have."""
    if raw in (None, ""):
        return 1
    # ASCII digits only: int() would also take " 2", "1_0" and other scripts' digits.
    if not isinstance(raw, str) or not _PAGE_NUMBER.fullmatch(raw):
        raise Http404("No such page.")
    number = int(raw)
    if not 1 <= number <= MAX_PAGE:
        raise Http404("No such page.")
    return number


def lookahead_page(queryset, number: int, per_page: int) -> LookaheadPage:
    """Page `number` of `queryset`, with one row more read to know whether another follows."""
    start = (number - 1) * per_page
    rows = list(queryset[start : start + per_page + 1])
    return LookaheadPage(rows[:per_page], number, len(rows) > per_page)


def paginate(queryset, raw_page, per_page: int) -> LookaheadPage:
    page = lookahead_page(queryset, page_number(raw_page), per_page)
    if not page.object_list and page.number > 1:
        raise Http404("No such page.")
    return page


# Keyset ("cursor") pagination: a page starts after the last row of the one before, found in an
# index, so page 400 costs what page 1 costs. Readers get "newer" and "older" links, not numbers.

# A cursor is the listing's ordering values, dot-separated, each an ASCII integer (a time in
# microseconds since the epoch, an id, a position).
_CURSOR = re.compile(r"-?[0-9]{1,20}(\.-?[0-9]{1,20})*", re.ASCII)
MAX_CURSOR_LENGTH = 100


@dataclass
class KeysetPage:
    object_list: list
    newer: str | None  # cursor for ?after=, when newer rows exist
    older: str | None  # cursor for ?before=, when older rows exist

    def has_other_pages(self):
        return bool(self.newer or self.older)

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self):
        return len(self.object_list)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)


def _encode(value) -> str:
    if isinstance(value, dt.datetime):
        return str((value - _EPOCH) // _MICROSECOND)
    return str(int(value))


# Times a cursor may name: a day inside Python's datetime range, so no arithmetic or time-zone
# conversion on the way to the database can overflow.
_EARLIEST = dt.datetime.min.replace(tzinfo=dt.UTC) + dt.timedelta(days=1)
_LATEST = dt.datetime.max.replace(tzinfo=dt.UTC) - dt.timedelta(days=1)
_EARLIEST_MICROSECONDS = (_EARLIEST - _EPOCH) // _MICROSECOND
_LATEST_MICROSECONDS = (_LATEST - _EPOCH) // _MICROSECOND
_INT64 = (-(2**63), 2**63 - 1)


def _integer_range(field) -> tuple[int, int]:
    """The values the database column of `field` (or of the key a relation points at) can hold."""
    target = getattr(field, "target_field", None) or field
    low, high = connection.ops.integer_field_range(target.get_internal_type())
    return (_INT64[0] if low is None else max(low, _INT64[0]), _INT64[1] if high is None else min(high, _INT64[1]))


def decode_cursor(cursor, fields, model) -> list:
    """The ordering values a cursor names, each of its field's type and within its range; Http404
    for anything else (never another exception: a cursor is whatever a visitor typed)."""
    if not isinstance(cursor, str) or not cursor or len(cursor) > MAX_CURSOR_LENGTH:
        raise Http404("No such page.")
    if not _CURSOR.fullmatch(cursor):
        raise Http404("No such page.")
    parts = cursor.split(".")
    if len(parts) != len(fields):
        raise Http404("No such page.")
    values = []
    for part, name in zip(parts, fields, strict=False):
        number = int(part)
        field = model._meta.get_field(name)
        if isinstance(field, models.DateTimeField):
            if not _EARLIEST_MICROSECONDS <= number <= _LATEST_MICROSECONDS:
                raise Http404("No such page.")
            values.append(_EPOCH + number * _MICROSECOND)
        elif isinstance(field, (models.IntegerField, models.ForeignKey)):
            low, high = _integer_range(field)
            if not low <= number <= high:
                raise Http404("No such page.")
            values.append(number)
        else:
            raise TypeError(f"A cursor cannot carry {name!r} ({type(field).__name__}).")
    return values


def _beyond(fields, descending, values, *, forward: bool) -> Q:
    """Rows after the cursor in the listing's order (forward) or before it (backward)."""
    condition = Q()
    for index, field in enumerate(fields):
        equal = {name: value for name, value in zip(fields[:index], values[:index], strict=False)}
        goes_down = descending[index] == forward
        condition |= Q(**equal, **{f"{field}__{'lt' if goes_down else 'gt'}": values[index]})
    # The leading field's bound as a range of its own, so the index scan starts at the cursor.
    lead = "lte" if descending[0] == forward else "gte"
    return condition & Q(**{f"{fields[0]}__{lead}": values[0]})


def keyset_paginate(queryset, ordering: tuple[str, ...], params, per_page: int) -> KeysetPage:
    """One page of `queryset`, ordered by `ordering` (e.g. ("-published_at", "-id")), which must
    identify rows uniquely; `params` holds ?before= (older) or ?after= (newer) from an earlier
    page. The queryset comes in that order already (it is not ordered again for older pages)."""
    fields = [name.lstrip("-") for name in ordering]
    descending = [name.startswith("-") for name in ordering]
    before, after = params.get("before"), params.get("after")
    if before and after:
        raise Http404("No such page.")
    if after:
        values = decode_cursor(after, fields, queryset.model)
        reverse = [name[1:] if name.startswith("-") else f"-{name}" for name in ordering]
        rows = list(
            queryset.filter(_beyond(fields, descending, values, forward=False)).order_by(*reverse)[: per_page + 1]
        )
        page_rows = rows[:per_page][::-1]
        has_newer, has_older = len(rows) > per_page, True
    else:
        if before:
            queryset = queryset.filter(
                _beyond(fields, descending, decode_cursor(before, fields, queryset.model), forward=True)
            )
        rows = list(queryset[: per_page + 1])
        page_rows = rows[:per_page]
        has_newer, has_older = bool(before), len(rows) > per_page
    if not page_rows and (before or after):
        raise Http404("No such page.")

    return KeysetPage(
        page_rows,
        newer=keyset_cursor(page_rows[0], ordering) if has_newer and page_rows else None,
        older=keyset_cursor(page_rows[-1], ordering) if has_older and page_rows else None,
    )


def keyset_cursor(row, ordering: tuple[str, ...]) -> str:
    """The cursor of `row`: ?before= it lists the rows after it, ?after= the rows before it."""
    return ".".join(_encode(getattr(row, name.lstrip("-"))) for name in ordering)
