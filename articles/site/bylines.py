"""Bylines, sections and tags as readers see them: what a card or a story loads with its article
(in a fixed number of queries, whatever the number of authors or tags), the related articles of
a story, and the masthead's sections.

Every article listed here comes through `Article.objects.published()`, and every author,
section and tag through their `public()` (has a published article): the one publish rule.
"""

from __future__ import annotations

from django.db import InterfaceError, OperationalError
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.urls import reverse

from articles.domain.models import Article, Byline, Section, Tag
from articles.site.caching import NAVIGATION, fetch_current, store_current

RELATED_ARTICLES = 4
# The masthead's sections join it at most this long after their first article's scheduled time
# comes (a change of sections shows at once: it retires the masthead's key).
NAVIGATION_SECONDS = 60
CARD_FIELDS = ("headline", "slug", "deck", "published_at", "section__name", "section__slug", "image")


def bylines_prefetch() -> Prefetch:
    """An article's bylines in byline order with their authors, as `article.byline_list`:
    one query for a whole page of articles."""
    queryset = Byline.objects.select_related("author").only("article_id", "position", "author__name", "author__slug")
    return Prefetch("bylines", queryset=queryset.order_by("position", "id"), to_attr="byline_list")


def tags_prefetch() -> Prefetch:
    """An article's tags by name, as `article.tag_list`."""
    return Prefetch("tags", queryset=Tag.objects.only("name", "slug").order_by("name"), to_attr="tag_list")


def with_card_parts(articles):
    """Articles with what a card shows beside the headline: section and lead image (joined) and
    bylines (one query for the page). The image's renditions: prefetch_pictures(page)."""
    return articles.select_related("section", "image").prefetch_related(bylines_prefetch())


def card_articles():
    """Published articles with the columns and relations a card or a feed entry shows."""
    return with_card_parts(Article.objects.published()).only(*CARD_FIELDS, "updated_at")


def card_rows():
    """Published articles for a list of cards (articles.site.fragments.article_cards): the
    columns a card shows, its section and lead image joined, and its version (the kept card's
    key); bylines and renditions are loaded only for the cards not kept."""
    return Article.objects.published().select_related("section", "image").only(*CARD_FIELDS, "version")


def card_versions():
    """(id, version) of published articles, for a list whose cards are most often kept
    (articles.site.fragments.article_cards_by_version): no row is built until a card is missing."""
    return Article.objects.published().values_list("pk", "version")


def authors_of(article) -> list:
    """The article's authors in byline order (needs bylines_prefetch)."""
    return [byline.author for byline in article.byline_list]


def related_articles(article, limit: int = RELATED_ARTICLES) -> list:
    """The newest published articles sharing a tag or a person with `article`, in one query.

    Uses the tags and people already loaded with the story (tags_prefetch, "people"); EXISTS
    rather than joins, so an article sharing several tags is listed once without DISTINCT."""
    tag_ids = [tag.pk for tag in article.tag_list]
    person_ids = [person.pk for person in article.people.all()]
    if not tag_ids and not person_ids:
        return []
    shares = Q()
    if tag_ids:
        tagged = Article.tags.through.objects.filter(article_id=OuterRef("pk"), tag_id__in=tag_ids)
        shares |= Exists(tagged)
    if person_ids:
        named = Article.people.through.objects.filter(article_id=OuterRef("pk"), person_id__in=person_ids)
        shares |= Exists(named)
    return list(
        Article.objects.published()
        .filter(shares)
        .exclude(pk=article.pk)
        .only("headline", "slug", "published_at")
        .order_by("-published_at", "-id")[:limit]
    )


def navigation_sections() -> list[tuple[str, str]]:
    """The masthead's sections as (name, path): those shown in navigation that have a published
    article, in their order. One query, then kept until the content changes.

    The masthead is on pages that need no database (the 404 page): while the database is
    unreachable they show it without sections rather than fail."""
    key = "newsroom:navigation-sections"
    view, stored = fetch_current(key)
    if stored is None:
        try:
            sections = list(Section.objects.public().in_navigation().values_list("name", "slug"))
        except (OperationalError, InterfaceError):
            return []
        stored = [(name, reverse("articles:section", kwargs={"slug": slug})) for name, slug in sections]
        store_current(key, view, stored, [NAVIGATION], timeout=NAVIGATION_SECONDS)
    return stored
