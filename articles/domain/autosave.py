"""The desk's autosave: a server-side copy of what an editor typed and has not saved yet.

A copy is per article and user, replaced by each autosave, and dropped when that user saves the
article. It is never applied by itself: the form offers it back. It records the article's
version the typing started from, so that restoring it over someone else's newer save makes the
save refused by the optimistic lock (with that editor named), never a silent overwrite.
"""

from __future__ import annotations

from django.utils import timezone

from articles.domain.models import Article, AutosavedDraft

# The form's fields, as typed: the section is its id, the tags their comma-separated names.
AUTOSAVED_FIELDS = ("headline", "deck", "body", "section", "tag_names")
MAX_FIELD_LENGTH = 1_000_000


def keep(article: Article, user, typed: dict, based_on_version: int) -> AutosavedDraft:
    fields = {name: str(typed[name])[:MAX_FIELD_LENGTH] for name in AUTOSAVED_FIELDS if name in typed}
    draft, _ = AutosavedDraft.objects.update_or_create(
        article=article,
        user=user,
        defaults={"fields": fields, "based_on_version": based_on_version, "saved_at": timezone.now()},
    )
    return draft


def pending(article: Article, user) -> AutosavedDraft | None:
    """The user's unsaved copy of `article`, if it says anything the article does not."""
    draft = AutosavedDraft.objects.filter(article=article, user=user).first()
    if draft is None:
        return None
    if all(current_value(article, name) == value for name, value in draft.fields.items()):
        draft.delete()
        return None
    return draft


def current_value(article: Article, name: str) -> str:
    """A field of the saved article as the form shows it."""
    if name == "section":
        return str(article.section_id or "")
    if name == "tag_names":
        return ", ".join(article.tags.order_by("name").values_list("name", flat=True))
    return getattr(article, name)


def discard(article: Article, user) -> None:
    AutosavedDraft.objects.filter(article=article, user=user).delete()
