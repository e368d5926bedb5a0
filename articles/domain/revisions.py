"""Restoring a revision: the words an editor chose come back; editorial decisions stay decided.

A restore is an ordinary change, made by its user under the same rules as a save from the form
(permissions, the optimistic lock, a public correction when a published quote's words change),
in one transaction, recorded as one new revision. It brings back content only:

- an article's headline, deck, body and people, and its quotes' words, speakers and placement;
- a person's name, title and aliases; a quote's words and speaker; a correction's text.

It never touches the workflow (status, publication time), a quote's verification (a rejected
quote stays rejected, a verified one verified), corrections (never removed), slugs (public
addresses), or anything added since the revision (kept, and counted in the report). Because
the status never changes, no reader can see an intermediate state while it runs.

django-reversion stores the revisions; its own `revert()` is not used, because it rewrites
every followed row (status and verification included) and deletes what the revision lacks.
"""

from __future__ import annotations

from dataclasses import dataclass

import reversion
from django.db import transaction
from django.utils import timezone
from reversion.models import Version

from articles.domain import permissions
from articles.domain.corrections import record_quote_correction
from articles.domain.history import changes_since
from articles.domain.models import Article, Correction, Person, Quote

RESTORED_FIELDS = {
    Article: ("headline", "deck", "body"),
    Quote: ("text", "speaker_id", "is_partial", "reporting_verb", "context", "paragraph"),
    Person: ("name", "title", "aliases"),
    Correction: ("kind", "text"),
}


class RestoreRefused(Exception):
    """The restore is not allowed, or would overwrite newer work; the message is for the user."""


@dataclass
class RestoreReport:
    changed: bool = False
    quotes_restored: int = 0
    quotes_recreated: int = 0
    quotes_kept: int = 0  # added since the revision: kept as they are
    corrections_made: int = 0

    def message(self) -> str:
        parts = [f"{self.quotes_restored} quote(s) restored"] if self.quotes_restored else []
        if self.quotes_recreated:
            parts.append(f"{self.quotes_recreated} deleted quote(s) brought back, unverified")
        if self.quotes_kept:
            parts.append(f"{self.quotes_kept} quote(s) added since were kept")
        if self.corrections_made:
            parts.append(f"{self.corrections_made} public correction(s) added for changed quotes")
        return "; ".join(parts)


def may_restore(user, obj) -> bool:
    """The same rule as changing the object from its form."""
    if isinstance(obj, Article):
        return permissions.can_edit_article(user, obj)
    if isinstance(obj, Quote):
        return permissions.can_edit_article(user, obj.article)
    if isinstance(obj, Person):
        return permissions.can_edit_person(user, obj)
    return permissions.is_editor(user)  # corrections are public notes


def versions_in(version: Version, model) -> list[Version]:
    """The versions of `model` saved in the same revision as `version`."""
    return [v for v in version.revision.version_set.all() if v.content_type.model_class() is model]


@transaction.atomic
def restore_revision(obj, version: Version, user, *, expected_version: int | None) -> RestoreReport:
    """Bring `obj` back to the content it had in `version` (a version of `obj` itself)."""
    model = type(obj)
    current = model.objects.select_for_update().get(pk=obj.pk)
    if not may_restore(user, current):
        raise RestoreRefused("You do not have permission to change this, so you cannot restore a revision of it.")
    if expected_version != current.version:
        raise RestoreRefused(
            f"“{current}” was changed since you opened it, by {changes_since(current)}; nothing was "
            "restored. Below, the revision is now compared with the current version: restore it again if you still want it."
        )
    report = RestoreReport()
    with reversion.create_revision():
        report.changed = _apply(current, version.field_dict, RESTORED_FIELDS[model])
        if model is Article:
            _restore_people(current, version.field_dict.get("people"), report)
            _restore_quotes(current, versions_in(version, Quote), user, report)
        reversion.set_user(user)
        reversion.set_comment(
            f"Restored the revision of {timezone.localtime(version.revision.date_created):%Y-%m-%d %H:%M}."
        )
        if not report.changed:
            current.save()  # an unchanged restore is still recorded, with what it followed
    return report


def _apply(obj, values: dict, fields) -> bool:
    changed = [name for name in fields if name in values and getattr(obj, name) != values[name]]
    if changed and "speaker_id" in changed and not Person.objects.filter(pk=values["speaker_id"]).exists():
        changed.remove("speaker_id")  # the person was deleted since: keep today's speaker
    for name in changed:
        setattr(obj, name, values[name])
    if changed:
        obj.save()
    return bool(changed)


def _restore_people(article: Article, people_ids, report: RestoreReport) -> None:
    if people_ids is None:
        return
    wanted = set(Person.objects.filter(pk__in=people_ids).values_list("pk", flat=True))
    if wanted != set(article.people.values_list("pk", flat=True)):
        article.people.set(wanted)
        report.changed = True


def _restore_quotes(article: Article, quote_versions: list[Version], user, report: RestoreReport) -> None:
    current = {quote.pk: quote for quote in article.quotes.select_for_update()}
    restored_ids = set()
    for quote_version in quote_versions:
        values = quote_version.field_dict
        quote = current.get(values["id"])
        if quote is None:
            _recreate_quote(article, values, report)
            continue
        restored_ids.add(quote.pk)
        old_text = quote.text
        if _apply(quote, values, RESTORED_FIELDS[Quote]):
            report.quotes_restored += 1
            report.changed = True
            if old_text != quote.text and record_quote_correction(quote, old_text, user):
                report.corrections_made += 1
    report.quotes_kept = len(set(current) - restored_ids)


def _recreate_quote(article: Article, values: dict, report: RestoreReport) -> None:
    """A quote deleted since the revision comes back under its old id (its permalink), unverified."""
    if Quote.objects.filter(pk=values["id"]).exists():
        return  # the id now belongs to another article's quote: leave both alone
    taken = set(article.quotes.values_list("position", flat=True))
    position = values["position"] if values["position"] not in taken else max(taken, default=0) + 1
    speaker_id = values.get("speaker_id")
    if speaker_id is not None and not Person.objects.filter(pk=speaker_id).exists():
        speaker_id = None
    fields = {name: values[name] for name in RESTORED_FIELDS[Quote] if name in values}
    Quote.objects.create(pk=values["id"], article=article, position=position, **{**fields, "speaker_id": speaker_id})
    report.quotes_recreated += 1
    report.changed = True
