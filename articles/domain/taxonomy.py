"""Bylines, sections and tags as the desk sets them: tags typed by name, bylines kept in order.

Tags are typed as names: a name already in the newsroom (letter case aside) is reused, a new
one is created with a free slug. Byline positions are renumbered 1, 2, 3… in the order the desk
gave, so "first author first" never depends on gaps or ties in the numbers typed.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.db.models import Q
from django.utils.text import slugify

from articles.domain.models import Article, Byline, Tag

TAG_NAME_LENGTH = Tag._meta.get_field("name").max_length
TAG_SLUG_LENGTH = Tag._meta.get_field("slug").max_length


def parse_tag_names(text: str) -> list[str]:
    """Comma-separated names, white space folded, each once (letter case aside), in typed order."""
    names, seen = [], set()
    for piece in (text or "").split(","):
        name = " ".join(piece.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def existing_tags(names: list[str]) -> dict[str, Tag]:
    """The tags already named so (letter case aside), by casefolded name: one query."""
    if not names:
        return {}
    found = Tag.objects.filter(reduce(or_, (Q(name__iexact=name) for name in names))).order_by("pk")
    tags: dict[str, Tag] = {}
    for tag in found:
        tags.setdefault(tag.name.casefold(), tag)
    return tags


def new_tag_names(names: list[str]) -> list[str]:
    """Those of `names` that saving would create."""
    known = existing_tags(names)
    return [name for name in names if name.casefold() not in known]


def free_tag_slug(name: str, taken_extra: set[str] = frozenset()) -> str:
    """The name's slug, or `slug-2`, `slug-3`… when taken: decided from one query."""
    base = (slugify(name) or "tag")[: TAG_SLUG_LENGTH - 6].strip("-") or "tag"
    taken = set(Tag.objects.filter(slug__startswith=base).values_list("slug", flat=True)) | set(taken_extra)
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def tags_named(names: list[str]) -> list[Tag]:
    """A tag for each name, in order: the existing one (letter case aside), or a new one."""
    known = existing_tags(names)
    tags, made_slugs = [], set()
    for name in names:
        tag = known.get(name.casefold())
        if tag is None:
            tag = Tag.objects.create(name=name, slug=free_tag_slug(name, made_slugs))
            made_slugs.add(tag.slug)
            known[name.casefold()] = tag
        tags.append(tag)
    return tags


def set_tags(article: Article, names: list[str]) -> list[Tag]:
    """Give `article` exactly these tags (creating new ones); returns the tags created."""
    created_before = set(existing_tags(names))
    tags = tags_named(names)
    article.tags.set(tags)
    return [tag for tag in tags if tag.name.casefold() not in created_before]


def renumber_bylines(article: Article) -> None:
    """Positions 1, 2, 3… in the order given (position, then the order added)."""
    bylines = list(Byline.objects.filter(article=article).order_by("position", "pk"))
    for number, byline in enumerate(bylines, start=1):
        if byline.position != number:
            byline.position = number
            byline.save(update_fields=["position"])  # a save, so the revision records the new order


def byline_names(article: Article) -> list[str]:
    return list(article.bylines.order_by("position", "pk").values_list("author__name", flat=True))
