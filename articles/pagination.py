"""Pagination without COUNT(*): a page fetches one row more than it shows to know if another follows.

Counting every published article or quote on each request is the slowest part of a list page
once the archive is large; readers need "newer" and "older", not a total.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404

MAX_PAGE = 10_000


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
    try:
        number = int(raw)
    except (TypeError, ValueError):
        raise Http404("No such page.") from None
    if not 1 <= number <= MAX_PAGE:
        raise Http404("No such page.")
    return number


def paginate(queryset, raw_page, per_page: int) -> LookaheadPage:
    number = page_number(raw_page)
    start = (number - 1) * per_page
    rows = list(queryset[start : start + per_page + 1])
    if not rows and number > 1:
        raise Http404("No such page.")
    return LookaheadPage(rows[:per_page], number, len(rows) > per_page)
