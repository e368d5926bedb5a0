"""Sitemaps of everything a reader may see, in pages of at most `limit` URLs.

Django's sitemap index lists each section's pages (`sitemap-quotes.xml?p=N`), which it learns
from the section's paginator; a page is one ordered LIMIT/OFFSET slice of the section's
queryset. Django's own Sitemap counts the whole section on every request (the paginator) and,
for the index, reads every row to find the latest lastmod; here both come from one aggregate
query kept until a change retires the sitemaps (articles/site/caching.py) for at most STATS_SECONDS, so a request
for a sitemap page costs that page's rows, whatever the archive's size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from django.contrib.sitemaps import Sitemap
from django.core.paginator import PageNotAnInteger, Paginator
from django.db.models import Count, Max
from django.urls import reverse

from articles.domain.models import Article, Author, Person, Quote, Section, Tag
from articles.site.caching import fetch_current, store_current

# A scheduled article's rows join the counts at most this long after its time comes (a content
# change shows at once: it retires the sitemaps' key).
STATS_SECONDS = 60
_PAGE_NUMBER = re.compile(r"[0-9]{1,9}", re.ASCII)


@dataclass(frozen=True)
class SectionStats:
    count: int
    latest_lastmod: object  # datetime or None


class CountedPaginator(Paginator):
    """A Paginator told its count instead of counting (Paginator.count is what it reads)."""

    def __init__(self, object_list, per_page, count: int):
        super().__init__(object_list, per_page)
        self._known_count = count

    @property
    def count(self):
        return self._known_count

    def validate_number(self, number):
        """?p= as ASCII digits only (Paginator takes " 2", "1_0", 2.0); PageNotAnInteger is the
        sitemap view's 404."""
        if isinstance(number, str) and not _PAGE_NUMBER.fullmatch(number):
            raise PageNotAnInteger("That page number is not an integer")
        return super().validate_number(number)


def path_maker(viewname: str, kwarg: str):
    """A function value -> the path of `viewname` for {kwarg: value}, as reverse() spells it, from
    one reverse() call: a sitemap page builds 5,000 paths, and reverse() is most of its cost."""
    path = reverse(viewname, kwargs={kwarg: _PLACEHOLDER})
    before, _, after = path.partition(_PLACEHOLDER)
    return lambda value: f"{before}{quote(str(value), safe=_SAFE)}{after}"


# What reverse() leaves unquoted in a path (django.urls.resolvers: RFC 3986 sub-delims, "/~:@").
_SAFE = "!$&'()*+,;=/~:@"
_PLACEHOLDER = "918273645"  # a slug and an int to the converters, and in none of our paths' own text


class PagedSitemap(Sitemap):
    """A section in pages of `limit` URLs; `items()` must be ordered by a unique key."""

    limit = 5000
    section = ""  # names the section's cached statistics
    viewname = ""  # the item's page, reversed once per sitemap (see path_maker)
    kwarg = "slug"
    lastmod_field = "updated_at"  # None for models without one: no <lastmod>

    def location(self, item):
        if self._path is None:
            self._path = path_maker(self.viewname, self.kwarg)
        return self._path(getattr(item, self.kwarg))

    _path = None

    def lastmod(self, item):
        return getattr(item, self.lastmod_field) if self.lastmod_field else None

    def stats(self) -> SectionStats:
        key = f"newsroom:sitemap-stats:{self.section}"
        view, stored = fetch_current(key)
        if stored is None:
            aggregates = {"count": Count("pk")}
            if self.lastmod_field:
                aggregates["latest"] = Max(self.lastmod_field)
            found = self.items().order_by().aggregate(**aggregates)
            stored = SectionStats(found["count"], found.get("latest"))
            store_current(key, view, stored, ["sitemap"], timeout=STATS_SECONDS)
        return stored

    @property
    def paginator(self):
        return CountedPaginator(self.items(), self.limit, count=self.stats().count)

    def get_latest_lastmod(self):
        return self.stats().latest_lastmod


class ArticleSitemap(PagedSitemap):
    viewname = "articles:detail"
    changefreq = "daily"
    priority = 0.8
    section = "articles"

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at", "-id")


class PersonSitemap(PagedSitemap):
    viewname = "articles:person"
    changefreq = "daily"
    priority = 0.5
    section = "people"

    def items(self):
        return Person.objects.public().only("slug", "updated_at").order_by("slug")


class QuoteSitemap(PagedSitemap):
    viewname = "articles:quote"
    kwarg = "pk"
    changefreq = "monthly"
    priority = 0.4
    section = "quotes"

    def items(self):
        return Quote.objects.published().only("pk", "updated_at").order_by("pk")


class AuthorSitemap(PagedSitemap):
    viewname = "articles:author"
    changefreq = "daily"
    priority = 0.5
    section = "authors"

    def items(self):
        return Author.objects.public().only("slug", "updated_at").order_by("slug")


class SectionSitemap(PagedSitemap):
    viewname = "articles:section"
    changefreq = "hourly"
    priority = 0.6
    section = "sections"
    lastmod_field = None

    def items(self):
        return Section.objects.public().only("slug").order_by("slug")


class TagSitemap(PagedSitemap):
    viewname = "articles:tag"
    changefreq = "daily"
    priority = 0.4
    section = "tags"
    lastmod_field = None

    def items(self):
        return Tag.objects.public().only("slug").order_by("slug")


SITEMAPS = {
    "articles": ArticleSitemap,
    "people": PersonSitemap,
    "quotes": QuoteSitemap,
    "authors": AuthorSitemap,
    "sections": SectionSitemap,
    "tags": TagSitemap,
}
