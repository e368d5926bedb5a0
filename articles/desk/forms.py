"""Admin forms that refuse to overwrite someone else's newer work (optimistic locking)."""

from __future__ import annotations

from django import forms
from django.contrib.admin.widgets import AdminSplitDateTime, AutocompleteSelect
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join

from articles.domain import images, people, permissions, taxonomy, workflow
from articles.domain.history import changes_in_fields, changes_since
from articles.domain.models import Article, Correction, Person, Quote

LOCK_FIELDS = ("expected_version", "loaded_at")


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
        if self.is_bound and hasattr(self.data, "lists"):
            # Browsers send textareas with CRLF line ends: keep what the user sees, so an
            # unchanged save changes nothing (and an imported article does not look edited).
            data = self.data.copy()
            for key, values in data.lists():
                if any("\r" in value for value in values if isinstance(value, str)):
                    data.setlist(
                        key, [v.replace("\r\n", "\n").replace("\r", "\n") if isinstance(v, str) else v for v in values]
                    )
            self.data = data
        for field in self.fields.values():
            if isinstance(field.widget, AdminSplitDateTime):  # name the date and time boxes for screen readers
                field.widget.widgets[0].attrs.setdefault("aria-label", f"{field.label or 'Date'}: date")
                field.widget.widgets[1].attrs.setdefault("aria-label", f"{field.label or 'Date'}: time")
        if self.instance.pk and not self.is_bound:
            self.initial["expected_version"] = self._current_version(lock=False)
            self.initial["loaded_at"] = timezone.now().isoformat()

    def _current_version(self, lock: bool) -> int | None:
        # The database's version, not the instance's.
        manager = self._meta.model._default_manager
        rows = (manager.select_for_update() if lock else manager).filter(pk=self.instance.pk)
        return rows.values_list("version", flat=True).first()

    @cached_property
    def changed_data(self):
        """What the user changed: the lock's own hidden fields never count (history stays honest)."""
        return [name for name in super().changed_data if name not in LOCK_FIELDS]

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk or (not self.check_unchanged and not self.has_changed()):
            return cleaned
        current = self._current_version(lock=True)
        if current is None:
            raise forms.ValidationError("This item was deleted by someone else while you were editing it.")
        if cleaned.get("expected_version") != current:
            raise forms.ValidationError(self.stale_message(cleaned.get("loaded_at")), code="stale")
        return cleaned

    def stale_message(self, loaded_at: str | None) -> str:
        label = self._meta.model._meta.verbose_name
        since = parse_datetime(loaded_at) if loaded_at else None
        message = (
            f"This {label} was changed since you opened it: {changes_since(self.instance, since)}. "
            f"Your changes were not saved, and theirs are intact. What you typed is still in the form "
            f"below: copy what you need, open the {label} again to see the current version, and paste it back."
        )
        fields = [name for name in self.fields if name not in LOCK_FIELDS]
        return format_html("{}{}", message, changes_html(changes_in_fields(self.instance, since, fields)))


def changes_html(changes) -> str:
    """Their changes, field by field: what went (struck out) and what came."""
    if not changes:
        return ""
    items = format_html_join(
        "",
        "<li><strong>{}</strong>: {}{}</li>",
        (
            (
                change.label,
                format_html_join(" ", "<del>{}</del>", ((line,) for line in change.removed)),
                format_html_join(" ", " → <ins>{}</ins>", ((line,) for line in change.added)),
            )
            for change in changes
        ),
    )
    return format_html('<div class="stale-changes">What they changed: <ul>{}</ul></div>', items)


def lock_form(model, widgets=None, **attrs):
    """An admin form for `model` with every field and the optimistic lock."""
    return forms.modelform_factory(
        model, form=type(f"{model.__name__}AdminForm", (OptimisticLockForm,), attrs), fields="__all__", widgets=widgets
    )


class BodyTextarea(forms.Textarea):
    """The body's textarea with the format it is read in beside it (a short cheat sheet)."""

    template_name = "admin/articles/widgets/body_textarea.html"

    def __init__(self, attrs=None):
        super().__init__(
            {
                "class": "vLargeTextField",
                "rows": 20,
                "aria-describedby": "id_body_helptext body-format",
                **(attrs or {}),
            }
        )


TRANSITION_FIELD = "_transition"  # the name of the workflow buttons inside the article form


def _unverified_after_save(form) -> int:
    """Unverified quotes the article will have once this form and its quote rows are saved:
    those stored (less the rows marked for deletion) plus the new rows typed in."""
    data, prefix = form.data, "quotes"
    try:
        total = int(data.get(f"{prefix}-TOTAL_FORMS", 0))
    except ValueError:
        total = 0
    deleted, added = set(), 0
    for index in range(total):
        row = f"{prefix}-{index}-"
        quote_id = data.get(f"{row}id")
        if quote_id and data.get(f"{row}DELETE"):
            deleted.add(quote_id)
        elif not quote_id and data.get(f"{row}text", "").strip():
            added += 1
    stored = form.instance.quotes.unverified().exclude(pk__in=[pk for pk in deleted if pk.isdigit()])
    return stored.count() + added


def _clean_article(form):
    """Every workflow button saves the form first: the change is checked with everything typed
    (the publication time included) before anything is saved, and refused with the form kept."""
    cleaned = OptimisticLockForm.clean(form)
    name = form.data.get(TRANSITION_FIELD)
    if not name or form.instance.pk is None or form.editing_user is None:
        return cleaned
    stored = Article.objects.get(pk=form.instance.pk)
    published_at = (
        cleaned.get("published_at", stored.published_at) if "published_at" in form.fields else stored.published_at
    )
    try:
        form.transition_warnings = workflow.check_transition(
            stored, name, form.editing_user, published_at=published_at, unverified=_unverified_after_save(form)
        )
    except workflow.TransitionError as error:
        raise forms.ValidationError(f"{error} Nothing was saved; your changes are still here.") from None
    return cleaned


class TagNamesInput(forms.TextInput):
    """Tags typed as comma-separated names, with the existing tags suggested for the name being
    typed (a <datalist> filled from the admin's autocomplete by desk-tags.js)."""

    template_name = "admin/articles/widgets/tag_names.html"

    def __init__(self, attrs=None):
        super().__init__(
            {
                "class": "vTextField tag-names",
                "list": "tag-suggestions",
                "autocomplete": "off",
                "aria-describedby": "id_tag_names_helptext",
                **(attrs or {}),
            }
        )

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-suggest-url"] = (
            reverse("admin:autocomplete") + "?app_label=articles&model_name=article&field_name=tags"
        )
        return context


class TagNamesField(forms.CharField):
    """Comma-separated tag names; cleaned to a list of names (each once, letter case aside)."""

    widget = TagNamesInput

    def clean(self, value):
        names = taxonomy.parse_tag_names(super().clean(value))
        too_long = [name for name in names if len(name) > taxonomy.TAG_NAME_LENGTH]
        if too_long:
            raise forms.ValidationError(
                f"A tag name has at most {taxonomy.TAG_NAME_LENGTH} characters: {too_long[0][:40]}…"
            )
        return names

    def has_changed(self, initial, data):
        folded = lambda text: sorted(name.casefold() for name in taxonomy.parse_tag_names(text or ""))  # noqa: E731
        return folded(initial) != folded(data)


class ArticleForm(OptimisticLockForm):
    """The article form: its fields, the workflow buttons' checks, and tags typed by name."""

    tag_names = TagNamesField(
        label="Tags",
        required=False,
        max_length=2000,
        help_text="Topics, separated by commas. An existing tag is reused (letter case aside); a new name "
        "creates a tag when the article is saved.",
    )
    editing_user = None  # set by the admin for each request
    transition_warnings = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "tag_names" in self.fields:  # bound too: has_changed compares with it
            self.initial["tag_names"] = ", ".join(self.instance.tags.order_by("name").values_list("name", flat=True))

    def clean_body(self):
        """An image block must name a picture in the media library (by the id its list shows)."""
        body = self.cleaned_data["body"]
        unknown = images.unknown_body_images(body or "")
        if unknown:
            ids = " and ".join(
                [", ".join(str(i) for i in unknown[:-1]), str(unknown[-1])] if unknown[:-1] else [str(unknown[0])]
            )
            noun = "image" if len(unknown) == 1 else "images"
            raise forms.ValidationError(
                f"No {noun} {ids} in the media library. Check the number in “![…](image:{unknown[0]})” against "
                "the snippet the media library shows, or upload the picture first.",
                code="unknown_image",
            )
        return body

    def clean_tag_names(self):
        names = self.cleaned_data["tag_names"]
        if "tag_names" not in self.changed_data or self.editing_user is None:
            return names
        new = taxonomy.new_tag_names(names)
        if new and not self.editing_user.has_perm("articles.add_tag"):
            raise forms.ValidationError(
                f"Only editors can create tags; ask one to add {', '.join(new)}, or choose existing tags."
            )
        return names

    def clean(self):
        return _clean_article(self)


ArticleAdminForm = forms.modelform_factory(Article, form=ArticleForm, fields="__all__", widgets={"body": BodyTextarea})


def _clean_quote_article(form):
    """A quote may only be put on (added to, or moved onto) an article its user may change."""
    article = form.cleaned_data.get("article")
    if form.editing_user is not None and not permissions.can_edit_article(form.editing_user, article):
        raise forms.ValidationError(
            "Only editors can add or move a quote to an article readers can see (published, scheduled or "
            "retracted). Put it on a draft, or ask an editor."
        )
    return article


# editing_user is set by the admin for each request.
QuoteAdminForm = lock_form(Quote, clean_article=_clean_quote_article, editing_user=None)
QuoteInlineForm = lock_form(Quote, check_unchanged=False)
PersonAdminForm = lock_form(Person)
CorrectionAdminForm = lock_form(Correction)
CorrectionInlineForm = lock_form(Correction, check_unchanged=False)


# A speaker typed in the autocomplete that is not in the newsroom yet: “Create ‘Jane Roe’”.
NEW_PERSON_PREFIX = "new:"


class SpeakerSelect(AutocompleteSelect):
    """The speaker autocomplete, from the view that also offers to create the typed person."""

    def get_url(self):
        return reverse("admin:articles_person_speaker_autocomplete")

    def optgroups(self, name, value, attr=None):
        typed = [v for v in value if isinstance(v, str) and v.startswith(NEW_PERSON_PREFIX)]
        groups = super().optgroups(name, [v for v in value if v not in typed], attr)
        for raw in typed:
            label = f"Create “{raw[len(NEW_PERSON_PREFIX) :]}”"
            groups.append((None, [self.create_option(name, raw, label, True, len(groups))], len(groups)))
        return groups


class SpeakerChoiceField(forms.ModelChoiceField):
    """A person from the list, or a new one by the name typed (saved with the quote)."""

    def to_python(self, value):
        if isinstance(value, str) and value.startswith(NEW_PERSON_PREFIX):
            name = " ".join(value[len(NEW_PERSON_PREFIX) :].split())[: Person._meta.get_field("name").max_length]
            if not name:
                raise forms.ValidationError("Type the new person's name.")
            existing = people.same_name(name)
            if existing is not None:
                raise forms.ValidationError(
                    format_html(
                        '{} is already in the newsroom: <a href="{}">{}</a>. Choose them from the list.',
                        name,
                        reverse("admin:articles_person_change", args=[existing.pk]),
                        existing.name,
                    )
                )
            return Person(name=name, slug=people.free_slug(name))
        return super().to_python(value)


def save_new_speaker(quote: Quote) -> None:
    """A speaker created by typing is saved just before the quote that names them."""
    if quote.speaker is not None and quote.speaker.pk is None:
        quote.speaker.save()
        quote.speaker = quote.speaker


class LabelledInlineFormSet(forms.BaseInlineFormSet):
    """A tabular inline's rows with every box named for screen readers: the admin labels the
    columns in the table's head only."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        for field in form.fields.values():
            if not field.widget.is_hidden:
                field.widget.attrs.setdefault("aria-label", str(field.label or ""))
