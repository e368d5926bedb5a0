"""Admin forms that refuse to overwrite someone else's newer work (optimistic locking)."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from reversion.models import Version

from articles.models import Article, Quote

MAX_CHANGES_LISTED = 5


class OptimisticLockForm(forms.ModelForm):
    """Carries the version the user loaded; saving against a newer one is refused.

    The check runs inside the admin's transaction with the row locked (SELECT … FOR UPDATE on
    PostgreSQL; SQLite runs IMMEDIATE transactions, one writer at a time), so two editors
    racing cannot both pass it. The model bumps the version on every save, on every path.
    """

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    loaded_at = forms.CharField(widget=forms.HiddenInput, required=False)
    # Inline forms are only checked when the user changed them: an untouched row is not a conflict.
    check_unchanged = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            # The database's version, not the instance's: a revision being previewed for restore
            # carries an old one.
            current = self._meta.model._default_manager.filter(pk=self.instance.pk).values_list("version", flat=True)
            self.initial["expected_version"] = current.first()
            self.initial["loaded_at"] = timezone.now().isoformat()

    def has_changed(self):
        changed = set(self.changed_data) - {"expected_version", "loaded_at"}
        return bool(changed)

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk or (not self.check_unchanged and not self.has_changed()):
            return cleaned
        current = (
            self._meta.model._default_manager.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("version", flat=True)
            .first()
        )
        if current is None:
            raise forms.ValidationError("This item was deleted by someone else while you were editing it.")
        if cleaned.get("expected_version") != current:
            raise forms.ValidationError(self.stale_message(cleaned.get("loaded_at")), code="stale")
        return cleaned

    def stale_message(self, loaded_at: str | None) -> str:
        label = self._meta.model._meta.verbose_name
        since = parse_datetime(loaded_at) if loaded_at else None
        versions = Version.objects.get_for_object(self.instance).select_related("revision__user")
        if since:
            versions = versions.filter(revision__date_created__gt=since)
        changes = []
        for version in versions.order_by("-revision__date_created")[:MAX_CHANGES_LISTED]:
            revision = version.revision
            who = revision.user.get_username() if revision.user else "an import or script"
            when = timezone.localtime(revision.date_created).strftime("%H:%M:%S")
            changes.append(f"{who} at {when} ({revision.get_comment() or 'saved'})")
        detail = "; ".join(changes) if changes else "by another save"
        return (
            f"This {label} was changed since you opened it: {detail}. Your changes were not saved, "
            f"and theirs are intact. Open the {label} again to see the current version, then redo your edit."
        )


class ArticleAdminForm(OptimisticLockForm):
    class Meta:
        model = Article
        fields = "__all__"


class QuoteAdminForm(OptimisticLockForm):
    evidence_url = forms.URLField(
        required=False,
        assume_scheme="https",
        max_length=200,
        help_text=Quote._meta.get_field("evidence_url").help_text,
    )

    class Meta:
        model = Quote
        fields = "__all__"


class QuoteInlineForm(QuoteAdminForm):
    check_unchanged = False
