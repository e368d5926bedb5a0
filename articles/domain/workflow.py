"""The editorial workflow: which status changes exist, who may make them, and what they check.

draft → in review → published (a future publication time means scheduled) → retracted.
Every route that changes an article's status (change-form buttons, admin actions) goes through
`apply_transition`, which checks the permission, the source status, the version the user saw,
and the newsroom's policy on unverified quotes, then saves one revision.
"""

from __future__ import annotations

from dataclasses import dataclass

import reversion
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from articles.domain.history import changes_since
from articles.domain.models import Article, Correction, Quote

Status = Article.Status


class TransitionError(Exception):
    """A status change that is not allowed; the message is for the editor."""


class StaleEdit(TransitionError):
    """The article changed after the user loaded it."""


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: frozenset
    target: str
    permission: str
    # None: any publication time; True: only a time still to come (scheduling); False: the
    # article must be scheduled now (bringing it forward).
    needs_future_time: bool | None = None


TRANSITIONS = {
    t.name: t
    for t in (
        Transition(
            "submit", "Submit for review", frozenset({Status.DRAFT}), Status.IN_REVIEW, "articles.change_article"
        ),
        Transition("return", "Return to draft", frozenset({Status.IN_REVIEW}), Status.DRAFT, "articles.change_article"),
        Transition(
            "publish",
            "Publish",
            frozenset({Status.DRAFT, Status.IN_REVIEW}),
            Status.PUBLISHED,
            "articles.publish_article",
        ),
        Transition(
            "schedule",
            "Schedule",
            frozenset({Status.DRAFT, Status.IN_REVIEW}),
            Status.PUBLISHED,
            "articles.publish_article",
            needs_future_time=True,
        ),
        Transition(
            "publish_now",
            "Publish now",
            frozenset({Status.PUBLISHED}),
            Status.PUBLISHED,
            "articles.publish_article",
            needs_future_time=False,
        ),
        Transition("unpublish", "Unpublish", frozenset({Status.PUBLISHED}), Status.DRAFT, "articles.publish_article"),
        Transition("retract", "Retract", frozenset({Status.PUBLISHED}), Status.RETRACTED, "articles.retract_article"),
    )
}


def _applies(transition: Transition, article: Article) -> bool:
    if article.status not in transition.sources:
        return False
    if transition.needs_future_time is False:  # "Publish now" is for a scheduled article only
        return article.is_scheduled
    return True


def available_transitions(article: Article, user) -> list[Transition]:
    return [t for t in TRANSITIONS.values() if _applies(t, article) and user.has_perm(t.permission)]


def _permitted(name: str, user) -> Transition:
    transition = TRANSITIONS.get(name)
    if transition is None:
        raise TransitionError(f"Unknown action “{name}”.")
    if not user.has_perm(transition.permission):
        raise TransitionError(f"You do not have permission to {transition.label.lower()} articles.")
    return transition


def check_transition(
    current: Article, name: str, user, *, published_at=None, unverified: int | None = None
) -> list[str]:
    """Whether `user` may change `current` (as stored) by the named transition, with the
    publication time it will have; returns warnings, raises TransitionError when not allowed.
    `unverified` overrides the count of unverified quotes (a form about to add some)."""
    transition = _permitted(name, user)
    if not _applies(transition, current):
        raise TransitionError(
            f"“{current}” is {current.get_status_display().lower()}: “{transition.label}” does not apply."
        )
    if transition.needs_future_time and (published_at is None or published_at <= timezone.now()):
        raise TransitionError("To schedule, set a publication time in the future (or use Publish).")
    warnings = []
    if transition.target == Status.PUBLISHED and current.status != Status.PUBLISHED:
        count = current.quotes.unverified().count() if unverified is None else unverified
        if count:
            problem = f"{count} quote{'s' if count != 1 else ''} in “{current}” {'are' if count != 1 else 'is'} not verified yet."
            if settings.NEWSROOM_UNVERIFIED_QUOTES == "block":
                raise TransitionError(f"{problem} Verify or reject them before publishing.")
            warnings.append(f"{problem} It was published anyway.")
    return warnings


def make_transition(article: Article, name: str) -> None:
    """Set the status (and publication time) the named transition gives; the caller saves."""
    transition = TRANSITIONS[name]
    if transition.needs_future_time is False or (
        transition.target == Status.PUBLISHED and article.published_at is None
    ):
        article.published_at = timezone.now()
    article.status = transition.target


def outcome(article: Article) -> str | None:
    """A warning to show after a transition, when readers will see the article only later."""
    if article.is_scheduled:
        return f"“{article}” is scheduled: readers see it from {timezone.localtime(article.published_at):%Y-%m-%d %H:%M %Z}."
    return None


@transaction.atomic
def apply_transition(
    article: Article, name: str, user, *, expected_version: int | None = None, reason: str = ""
) -> list[str]:
    """Change `article`'s status by the named transition; returns warnings for the user.

    A retraction needs its reason, which becomes the public retraction notice. Raises
    TransitionError (or StaleEdit) and changes nothing when the change is not allowed.
    """
    _permitted(name, user)
    reason = reason.strip()
    if name == "retract" and not reason:
        raise TransitionError("A retraction needs its reason: readers see it where the article was.")
    current = Article.objects.select_for_update().get(pk=article.pk)
    if expected_version is not None and current.version != expected_version:
        raise StaleEdit(
            f"“{current}” was changed since you opened it, by {changes_since(current)}; "
            "nothing was changed now. Reload it and try again."
        )
    warnings = check_transition(current, name, user, published_at=current.published_at)
    make_transition(current, name)
    with reversion.create_revision():
        current.save()
        if name == "retract":
            Correction.objects.create(article=current, kind=Correction.Kind.RETRACTION, text=reason, created_by=user)
        reversion.set_user(user)
        reversion.set_comment(f"{TRANSITIONS[name].label}." + (f" Reason: {reason}" if reason else ""))
    article.refresh_from_db()
    if note := outcome(article):
        warnings.append(note)
    return warnings


def verify_quotes(quotes, status: str, user, note: str = "") -> int:
    """Set the verification status of `quotes`, recording who and when; returns how many changed."""
    if not user.has_perm("articles.verify_quote"):
        raise TransitionError("You do not have permission to verify quotes.")
    changed = 0
    with transaction.atomic(), reversion.create_revision():
        for quote in Quote.objects.select_for_update().filter(pk__in=[q.pk for q in quotes]):
            quote.verification_status = status
            quote.verified_by = user
            quote.verified_at = timezone.now()
            if note:
                quote.verification_note = note
            quote.save()
            changed += 1
        reversion.set_user(user)
        reversion.set_comment(f"Quotes marked {Quote.Verification(status).label.lower()}.")
    return changed
