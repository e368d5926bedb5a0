"""Changelist helpers for the admin's big tables: a paginator that does not count or skip rows
one by one, and a list filter that finds a column's values in its index."""

from __future__ import annotations

import json

from django.contrib import admin
from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property

from articles.domain.models import QuoteCue, TableEstimate


class LargeTablePaginator(Paginator):
    """Pages a changelist of a big table without counting, or skipping, its rows one by one.

    The count is exact, except on PostgreSQL once a list passes `exact_count_limit` rows: the
    unfiltered list then shows the table's size as of its last ANALYZE or VACUUM
    (pg_class.reltuples) without counting, and a filtered or searched list is counted only up
    to the limit and past it shows the planner's estimate of its matches (never less than it
    counted). The page links follow that number: if it is too high the last pages are empty;
    if too low, the last rows are reached by narrowing the list or sorting it the other way.

    A page reads its primary keys first, then loads only those rows: a deep page (OFFSET
    50,000) does not compute the annotations (quote counts) and joins of every row it skips.
    """

    exact_count_limit = 1000

    @cached_property
    def count(self):
        queryset = self.object_list
        connection = connections[queryset.db]
        if connection.vendor != "postgresql":
            return super().count
        if not queryset.query.where:
            size = table_size(connection, queryset.model)
            return size if size > self.exact_count_limit else super().count
        # Any rows will do for counting: no ordering, no annotations.
        counted = queryset.order_by().values("pk")[: self.exact_count_limit + 1].count()
        if counted <= self.exact_count_limit:
            return counted
        return max(counted, planner_estimate(queryset))

    def page(self, number):
        page = super().page(number)
        keys = list(page.object_list.values_list("pk", flat=True))
        page.object_list = self.object_list.filter(pk__in=keys)
        return page


def table_size(connection, model) -> int:
    """The table's row count as of its last ANALYZE or VACUUM; -1 if it never had one."""
    rows = TableEstimate.objects.using(connection.alias).filter(table_name=model._meta.db_table)
    return next(iter(rows.values_list("estimated_rows", flat=True)), -1)


def planner_estimate(queryset) -> int:
    """The number of rows PostgreSQL's planner expects `queryset` to return (none are read)."""
    plan = json.loads(queryset.order_by().values("pk").explain(format="json"))
    return int(plan[0]["Plan"]["Plan Rows"])


class AttributionCueListFilter(admin.AllValuesFieldListFilter):
    """The quote list's attribution-cue filter: every cue in use, read from the QuoteCue view
    (one index probe per distinct value) rather than a DISTINCT over every quote."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        self.lookup_choices = QuoteCue.objects.using(self.lookup_choices.db).values_list("value", flat=True)

    def choices(self, changelist):
        """An empty cue (a quote typed in the desk) is listed by name, never as a blank link."""
        for choice in super().choices(changelist):
            yield {**choice, "display": "(no cue)"} if choice["display"] == "" else choice
