"""Which cached pages a change retires: the one map from changed content to surrogate keys.

The keys pages declare (views call `depends_on`; see articles/site/caching.py):

  article:<id>      the article's page (its story, quotes, corrections, related articles)
  card:<id>         the article as other pages show it (headline, address, date, section):
                    its quotes' permalinks
  quote:<id>        the quote's permalink
  person:<id>       the person's page and feed, and every page showing their name
  author:<id>, section:<id>, tag:<id>
                    the byline's, section's and tag's pages and feeds, and every article page
                    showing them
  cards             every list of article cards (a byline, section or tag renamed)
  list:home, list:corrections, feed, sitemap, search, api
                    the front, the corrections page, feeds, sitemaps, search and the API
  nav               the masthead's sections (on every page): retired only when they change

Signals only call `content_changed` (wired in ArticlesConfig.ready); the keys are retired at
once and again when the transaction commits, so a page rebuilt meanwhile from the old state is
already stale.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
import time
import zlib
from collections import defaultdict

from django.db import transaction
from django.utils import timezone

from articles.domain.models import (
    Article,
    Author,
    Byline,
    Correction,
    Image,
    Person,
    Quote,
    Rendition,
    Section,
    Tag,
)
from articles.site.caching import (
    ANY,
    EVERYTHING,
    NAVIGATION,
    STATE_SLOT,
    bump_generation,
    invalidate,
    slots_of,
    version_table,
)

# Statuses in which an article shows on public pages (a retracted one: its notice and feeds).
PUBLIC_STATUSES = (Article.Status.PUBLISHED, Article.Status.RETRACTED)
# What pages other than the article's own show of it (cards, quote and person pages, the
# masthead): an edit that changes none of these retires only BODY_EDIT.
LISTED_FIELDS = ("headline", "slug", "deck", "published_at", "status", "section_id", "image_id")
# Every page that can list any article, quote or person (besides the entity's own pages).
LISTINGS = ("list:home", "list:corrections", "feed", "sitemap", "search", "api")


def article_keys(article_id, *, people=(), tags=(), authors=(), section=None) -> set[str]:
    """What an article's page shows besides the article: its people (and speakers), tags, bylines,
    section. Its page depends on these; a change to the article retires them."""
    keys = {f"article:{article_id}"}
    keys.update(f"person:{pk}" for pk in people if pk is not None)
    keys.update(f"tag:{pk}" for pk in tags)
    keys.update(f"author:{pk}" for pk in authors)
    if section is not None:
        keys.add(f"section:{section}")
    return keys


def _article_change(article_id: int, section_ids=()) -> set[str]:
    """An article's own keys and every list it appears on; four queries."""
    quotes = list(Quote.objects.filter(article_id=article_id).values_list("pk", "speaker_id"))
    keys = article_keys(
        article_id,
        people={*Article.people.through.objects.filter(article_id=article_id).values_list("person_id", flat=True)}
        | {speaker for _, speaker in quotes},
        tags=Article.tags.through.objects.filter(article_id=article_id).values_list("tag_id", flat=True),
        authors=Byline.objects.filter(article_id=article_id).values_list("author_id", flat=True),
    )
    keys.update(f"section:{pk}" for pk in section_ids if pk is not None)
    keys.update(f"quote:{pk}" for pk, _ in quotes)
    keys.add(f"card:{article_id}")
    keys.update(LISTINGS)
    keys.add(NAVIGATION)  # kept only if the masthead really changed (see retire)
    return keys


def _shown(article_id) -> bool:
    return Article.objects.filter(pk=article_id, status__in=PUBLIC_STATUSES).exists()


def keys_for(instance) -> set[str]:
    """The keys a change to `instance` (saved or deleted) retires. Content of an article that
    is not public (and was not, before this change) is on no cached page but its own."""
    if isinstance(instance, Article):
        before = getattr(instance, "_before", None)  # None: new (or deleted meanwhile)
        was = dict(zip(LISTED_FIELDS, before, strict=True)) if before else {}
        if instance.status not in PUBLIC_STATUSES and was.get("status") not in PUBLIC_STATUSES:
            return {f"article:{instance.pk}"}
        section_before = was.get("section_id")
        if before == tuple(getattr(instance, name) for name in LISTED_FIELDS):
            # The story's text only: its page, and what shows or indexes its text or its time.
            return {f"article:{instance.pk}", "feed", "sitemap", "search", "api"}
        return _article_change(instance.pk, {instance.section_id, section_before})
    if isinstance(instance, (Quote, Correction, Byline)) and not _shown(instance.article_id):
        return {f"article:{instance.article_id}"}
    if isinstance(instance, Quote):
        speakers = {instance.speaker_id, getattr(instance, "_speaker_before", None)}
        keys = {f"quote:{instance.pk}", f"article:{instance.article_id}", *LISTINGS}
        keys.update(f"person:{pk}" for pk in speakers if pk is not None)
        keys.discard("list:home")  # cards show no quotes
        return keys
    if isinstance(instance, Correction):
        keys = _article_change(instance.article_id)
        if instance.quote_id is not None:
            keys.add(f"quote:{instance.quote_id}")
        return keys
    if isinstance(instance, Person):
        return {f"person:{instance.pk}", "feed", "sitemap", "search", "api"}
    if isinstance(instance, Byline):
        return _article_change(instance.article_id) | {f"author:{instance.author_id}"}
    if isinstance(instance, Author):
        return {f"author:{instance.pk}", "cards", *LISTINGS}
    if isinstance(instance, Section):
        return {f"section:{instance.pk}", "cards", NAVIGATION, *LISTINGS}
    if isinstance(instance, Tag):
        return {f"tag:{instance.pk}", "cards", *LISTINGS}
    if isinstance(instance, Image):
        # Pages of whatever shows it: a lead image is on the article and its cards.
        keys = {f"person:{pk}" for pk in Person.objects.filter(photo=instance).values_list("pk", flat=True)}
        keys.update(f"author:{pk}" for pk in Author.objects.filter(photo=instance).values_list("pk", flat=True))
        for pk in Article.objects.filter(image=instance).values_list("pk", flat=True):
            keys.update({f"article:{pk}", f"card:{pk}", "cards", *LISTINGS})
        # A picture inside a body (`![…](image:ID)`) is on its article's page only.
        in_bodies = Article.objects.filter(body__contains=f"(image:{instance.pk})").values_list("pk", flat=True)
        keys.update(f"article:{pk}" for pk in in_bodies)
        return keys
    if isinstance(instance, Rendition):
        # A rendition saved or deleted on its own changes the pictures of every page using its image.
        image = Image.objects.filter(pk=instance.image_id).first()
        return keys_for(image) if image is not None else set()
    return set()


def _related_keys(model, pk_set) -> set[str]:
    """Keys for the other side of a many-to-many change (the people, tags or authors added or
    removed), whose pages list the article."""
    prefix = {Person: "person", Tag: "tag", Author: "author"}.get(model)
    if prefix is None:
        return {f"article:{pk}" for pk in pk_set} | set(LISTINGS) | {"cards"}
    return {f"{prefix}:{pk}" for pk in pk_set}


def _navigation_fingerprint() -> int:
    sections = list(Section.objects.public().in_navigation().values_list("name", "slug"))
    return zlib.crc32(repr(sections).encode()) or 1  # never 0: the value of a new table


def retire(keys) -> set[str]:
    """Retire `keys` now and return them. NAVIGATION (every page) only if the masthead's sections
    changed: its fingerprint is kept in the version table's STATE_SLOT, shared by every process."""
    keys = set(keys)
    if NAVIGATION in keys:
        table = version_table()
        fingerprint = _navigation_fingerprint()
        if table.current().version(STATE_SLOT) == fingerprint:
            keys.discard(NAVIGATION)
        else:
            table.set_version(STATE_SLOT, fingerprint)
    invalidate(keys)
    return keys


def content_changed(sender=None, instance=None, **kwargs) -> None:
    """Signal receiver (post_save, post_delete, m2m_changed, content_bulk_changed): retire the
    keys of the changed content when the transaction commits."""
    if instance is None:  # a bulk write: no instance to map
        bump_generation()
        transaction.on_commit(bump_generation)
        return
    action = kwargs.get("action")
    if action is not None and not action.startswith("post_"):
        return
    if kwargs.get("created") and isinstance(instance, (Person, Author, Section, Tag, Image)):
        return  # nothing shows it yet
    if action is not None and isinstance(instance, Article) and instance.status in PUBLIC_STATUSES:
        keys = _article_change(instance.pk, {instance.section_id})  # its people, tags or bylines
    else:
        keys = keys_for(instance) | getattr(instance, "_keys_before_delete", set())
    if isinstance(instance, Article) and keys == {f"article:{instance.pk}"}:
        pass  # a draft's people, tags or authors: no public page shows them
    elif kwargs.get("pk_set"):
        keys |= _related_keys(kwargs["model"], kwargs["pk_set"])
    elif action == "post_clear":
        keys.add(EVERYTHING)  # what was cleared is gone: retire everything (rare)
    if keys:
        # Now, and again when the transaction commits: a page rebuilt in between (from the
        # state before the commit) is then already stale.
        retired = retire(keys)  # (the masthead compared as this transaction sees it)
        transaction.on_commit(lambda: invalidate(retired))


def remember_before(sender, instance, raw=False, **kwargs) -> None:
    """pre_save: what the row pointed at before the change (the section an article leaves, the
    speaker a quote is taken from), whose pages must be retired too."""
    if raw or instance.pk is None:
        return
    if isinstance(instance, Article):
        instance._before = Article.objects.filter(pk=instance.pk).values_list(*LISTED_FIELDS).first()
    elif isinstance(instance, Quote):
        instance._speaker_before = Quote.objects.filter(pk=instance.pk).values_list("speaker_id", flat=True).first()


# Scheduled publication ------------------------------------------------------------------------

SCHEDULE_LIMIT = 100  # scheduled articles tracked one by one; past that, every page is capped
SCHEDULE_REFRESH_SECONDS = 10


class Schedule:
    """The articles due within the page cache's lifetime, each with the slot pairs of the keys of
    the pages that will show it. A page is never kept past the time of a scheduled article it will show; other
    pages are not retired by it. Read again whenever the version table changes (scheduling an
    article is a change), when an article comes due, and every SCHEDULE_REFRESH_SECONDS."""

    def __init__(self):
        self.clock = None
        self.read_at = -math.inf
        self.entries: list[tuple[float, frozenset[tuple[int, int]]]] = []
        self.cap: float | None = None  # the time of the first article not tracked one by one
        self._lock = threading.Lock()

    def seconds_until(self, pairs, view, lifetime: float) -> float | None:
        """Seconds until the first scheduled article that a page depending on the keys with these
        slot `pairs` shows."""
        now = time.time()
        with self._lock:
            if (
                view.clock != self.clock
                or now - self.read_at > SCHEDULE_REFRESH_SECONDS
                or (self.entries and self.entries[0][0] <= now)
            ):
                self._read(view.clock, now, lifetime)
            moments = [moment for moment, due in self.entries if moment > now and not due.isdisjoint(pairs)]
            if self.cap is not None:
                moments.append(self.cap)
        return max(0.0, min(moments) - now) if moments else None

    def _read(self, clock, now: float, lifetime: float) -> None:
        until = timezone.now() + dt.timedelta(seconds=lifetime + SCHEDULE_REFRESH_SECONDS)
        upcoming = (
            Article.objects.scheduled()
            .order_by("published_at", "pk")
            .values_list("pk", "published_at", "section_id")[: SCHEDULE_LIMIT + 1]
        )
        due = [row for row in upcoming if row[1] <= until]
        self.cap = due.pop().published_at.timestamp() if len(due) > SCHEDULE_LIMIT else None
        self.entries = _scheduled_entries(due) if due else []
        self.clock, self.read_at = clock, now


def _scheduled_entries(due) -> list[tuple[float, frozenset[tuple[int, int]]]]:
    """(time, slot pairs of its keys) of each scheduled article: its lists, its people's, bylines', section's and
    tags' pages, related stories, and every page if its section joins the masthead. Six queries."""
    ids = [pk for pk, _, _ in due]
    related = defaultdict(lambda: defaultdict(set))
    for name, rows in (
        ("people", Article.people.through.objects.filter(article_id__in=ids).values_list("article_id", "person_id")),
        ("people", Quote.objects.filter(article_id__in=ids).values_list("article_id", "speaker_id")),
        ("tags", Article.tags.through.objects.filter(article_id__in=ids).values_list("article_id", "tag_id")),
        ("authors", Byline.objects.filter(article_id__in=ids).values_list("article_id", "author_id")),
    ):
        for article_id, pk in rows:
            related[article_id][name].add(pk)
    shown_sections = set(
        Section.objects.public().in_navigation().filter(pk__in={s for _, _, s in due}).values_list("pk", flat=True)
    )
    in_navigation = set(Section.objects.in_navigation().values_list("pk", flat=True))
    entries = []
    for pk, moment, section in due:
        keys = article_keys(pk, section=section, **related[pk]) | {*LISTINGS, ANY}
        if section in in_navigation and section not in shown_sections:
            keys.add(NAVIGATION)
        entries.append((moment.timestamp(), frozenset(slots_of(key) for key in keys)))
    return entries


schedule = Schedule()


def remember_before_delete(sender, instance, **kwargs) -> None:
    """pre_delete: the keys while the relations still exist (a deleted article's people and
    tags, the articles an image was on), retired with those left after the delete."""
    instance._keys_before_delete = keys_for(instance)
