"""People created in the desk (typed as a quote's speaker): one slug rule, no duplicates by name."""

from __future__ import annotations

from django.utils.text import slugify

from articles.domain.models import Person

SLUG_LENGTH = Person._meta.get_field("slug").max_length


def free_slug(name: str) -> str:
    """The name's slug, or `slug-2`, `slug-3`… when taken: decided from one query."""
    base = (slugify(name) or "person")[: SLUG_LENGTH - 6].strip("-")
    taken = set(Person.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def same_name(name: str) -> Person | None:
    """The person already in the newsroom under this name (letter case aside), if any."""
    return Person.objects.filter(name__iexact=" ".join(name.split())).order_by("pk").first()
