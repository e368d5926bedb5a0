"""The editorial desk. Status changes go through articles.domain.workflow only; every save is versioned."""

from __future__ import annotations

import datetime as dt
import difflib
from functools import partial

import reversion
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.auth import get_user_model
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import PermissionDenied
from django.db import connections
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from reversion.admin import VersionAdmin
from reversion.models import Version

from articles.desk import extraction
from articles.desk.changelists import AttributionCueListFilter, LargeTablePaginator
from articles.desk.forms import (
    NEW_PERSON_PREFIX,
    TRANSITION_FIELD,
    ArticleAdminForm,
    CorrectionAdminForm,
    CorrectionInlineForm,
    LabelledInlineFormSet,
    PersonAdminForm,
    QuoteAdminForm,
    QuoteInlineForm,
    SpeakerChoiceField,
    SpeakerSelect,
    save_new_speaker,
)
from articles.desk.media import ImagePickerMixin
from articles.domain import (
    autosave,
    corrections,
    history,
    people,
    permissions,
    presence,
    revisions,
    taxonomy,
    workflow,
)
from articles.domain import previews as preview
from articles.domain.models import SEARCH_CONFIG, Article, Author, Byline, Correction, Person, Quote, Section, Tag

DIFF_FIELDS = ("headline", "slug", "deck", "body", "status", "published_at")


def _count_of(model, field):
    """A per-row count as a correlated subquery: only the rows on the page are counted, instead
    of a JOIN + GROUP BY over the whole table."""
    rows = model.objects.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(rows), 0)


class VersionedAdminMixin:
    """Revisions by django-reversion; restoring one goes through articles.domain.revisions.

    Opening a revision shows what restoring it would change against the current version; the
    restore itself is a POST carrying the version the user saw, checked like any save.
    """

    revision_restore_template = "admin/articles/revision_restore.html"

    def revision_view(self, request, object_id, version_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_for_object(obj).select_related("revision__user"), pk=version_id)
        change_url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk])
        may_restore = self.has_change_permission(request, obj) and revisions.may_restore(request.user, obj)
        if request.method == "POST":
            if not may_restore:
                raise PermissionDenied
            try:
                expected = int(request.POST.get("expected_version", ""))
            except ValueError:
                expected = None
            try:
                report = revisions.restore_revision(obj, version, request.user, expected_version=expected)
            except revisions.RestoreRefused as error:
                self.message_user(request, str(error), messages.ERROR)
                obj = self.get_object(request, unquote(object_id))  # shown again against the current version
            else:
                self.log_change(request, obj, "Restored a revision.")
                details = report.message()
                self.message_user(
                    request,
                    f"Restored the revision of {timezone.localtime(version.revision.date_created):%Y-%m-%d %H:%M}"
                    f"{': ' + details if details else ''}. Status, verification and corrections are as they were.",
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(change_url)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": obj,
            "title": f"Restore the revision of {timezone.localtime(version.revision.date_created):%Y-%m-%d %H:%M}?",
            "version": version,
            "rows": restore_diff(obj, version),
            "may_restore": may_restore,
            "expected_version": obj.version,
            "change_url": change_url,
            **(extra_context or {}),
        }
        return TemplateResponse(request, self.revision_restore_template, context)


def _newsroom_time(moment) -> str:
    """A time in the newsroom's zone with its offset: “5 Dec 2026, 14:00 GMT (+0000)”."""
    if moment is None:
        return "–"
    local = timezone.localtime(moment)
    return f"{local.day} {local:%b %Y, %H:%M %Z (%z)}"


class PublicationStateFilter(admin.SimpleListFilter):
    """Where an article stands for readers: scheduled (published, time to come) among the rest."""

    title = "publication"
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return (("scheduled", "Scheduled"), ("live", "Visible to readers"))

    def queryset(self, request, queryset):
        if self.value() == "scheduled":
            return queryset & Article.objects.scheduled()
        if self.value() == "live":
            return queryset & Article.objects.published()
        return queryset


class SpeakerAutocompleteView(AutocompleteJsonView):
    """People matching what was typed, as the admin's autocomplete lists them; and, after the last
    of them, “Create ‘typed name’” when nobody has exactly that name and the user may add people."""

    def get(self, request, *args, **kwargs):
        self.term, self.model_admin, self.source_field, to_field_name = self.process_request(request)
        if not self.has_perm(request):
            raise PermissionDenied
        self.object_list = self.get_queryset()
        context = self.get_context_data()
        page = context["page_obj"]
        results = [self.serialize_result(obj, to_field_name) for obj in context["object_list"]]
        name = " ".join(self.term.split())
        if name and not page.has_next() and request.user.has_perm("articles.add_person") and not people.same_name(name):
            results.append({"id": f"{NEW_PERSON_PREFIX}{name}", "text": f"Create “{name}”"})
        return JsonResponse({"results": results, "pagination": {"more": page.has_next()}})


class SpeakerFieldMixin:
    """The quote's speaker: an autocomplete that can also create the person typed."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "speaker":
            return SpeakerChoiceField(
                queryset=Person.objects.all(),
                required=False,
                widget=SpeakerSelect(db_field, self.admin_site),
                help_text=db_field.help_text,
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class QuoteInline(SpeakerFieldMixin, admin.TabularInline):
    model = Quote
    form = QuoteInlineForm
    formset = LabelledInlineFormSet
    extra = 0
    fields = (
        "position", "text", "speaker", "is_partial", "reporting_verb", "verification_status", "checks",
        "expected_version", "loaded_at",
    )  # fmt: skip
    readonly_fields = ("verification_status", "checks")
    autocomplete_fields = ("speaker",)
    ordering = ("position",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker", "article")

    @admin.display(description="Checks")
    def checks(self, obj):
        return _problems_html(obj)


def _problems_html(quote):
    if quote is None or quote.pk is None:
        return "–"
    problems = quote.problems()
    if not problems:
        return format_html('<span class="quote-ok">{}</span>', "OK")
    return format_html_join("", '<p class="quote-warning" role="note">⚠ {}</p>', ((p,) for p in problems))


class CorrectionInline(admin.StackedInline):
    model = Correction
    form = CorrectionInlineForm
    extra = 0
    fields = ("kind", "text", "created_at", "expected_version", "loaded_at")
    readonly_fields = ("created_at",)
    verbose_name = "correction or update"
    verbose_name_plural = "corrections and updates (shown to readers, dated)"

    def has_add_permission(self, request, obj=None):
        return request.user.has_perm("articles.add_correction")

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("articles.change_correction")

    def has_delete_permission(self, request, obj=None):
        return request.user.has_perm("articles.delete_correction")


class BylineInline(admin.TabularInline):
    """The byline: authors in order, first author first (renumbered 1, 2, 3… on save)."""

    model = Byline
    formset = LabelledInlineFormSet
    extra = 0
    fields = ("position", "author")
    autocomplete_fields = ("author",)
    ordering = ("position", "pk")
    verbose_name = "author on the byline"
    verbose_name_plural = "byline (first author first)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author")


@admin.register(Article)
class ArticleAdmin(ImagePickerMixin, VersionedAdminMixin, VersionAdmin):
    form = ArticleAdminForm
    list_display = ("headline", "state", "publication_time", "quote_count", "unverified_count", "is_published")
    list_filter = (PublicationStateFilter, "status", "published_at")
    search_fields = ("headline", "deck", "body", "slug")  # SQLite; PostgreSQL uses full-text search
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ("headline",)}
    autocomplete_fields = ("people",)
    readonly_fields = ("status", "preview_link", "source", "created_at", "updated_at")
    inlines = (BylineInline, QuoteInline, CorrectionInline)
    actions = ("submit_selected", "publish_selected", "unpublish_selected", "retract_selected")
    change_form_template = "admin/articles/article/change_form.html"
    object_history_template = "admin/articles/article/object_history.html"
    history_latest_first = True
    list_per_page = 50
    paginator = LargeTablePaginator
    show_full_result_count = False

    def get_fieldsets(self, request, obj=None):
        return (
            (None, {"fields": ("headline", "slug", "deck", "body")}),
            ("Section and tags", {"fields": ("section", "tag_names")}),
            ("Publication", {"fields": ("status", "published_at", "preview_link", "expected_version", "loaded_at")}),
            ("People", {"fields": ("people",)}),
            ("Lead image", {"fields": ("image",)}),
            ("Provenance", {"classes": ("collapse",), "fields": ("source", "created_at", "updated_at")}),
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "published_at" and field is not None:
            # The admin labels only the pair: each box gets its own name for screen readers.
            date, time = field.widget.widgets
            date.attrs["aria-label"], time.attrs["aria-label"] = "Publication date", "Publication time"
        return field

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.has_perm("articles.publish_article"):
            fields.append("published_at")
        return fields

    def get_queryset(self, request):
        queryset = super().get_queryset(request).annotate(quote_count=_count_of(Quote, "article"))
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            queryset = queryset.defer("body")
        return queryset

    def get_search_results(self, request, queryset, search_term):
        """On PostgreSQL, search headline, deck and body through their stored full-text vectors."""
        term = search_term.strip()
        if connections[queryset.db].vendor != "postgresql" or not term:
            return super().get_search_results(request, queryset, search_term)
        # The stored vector (a generated column with a GIN index): a match costs a probe of an
        # already parsed vector, never a parse of the body.
        words = SearchQuery(term, search_type="websearch", config=SEARCH_CONFIG)
        return queryset.filter(search_document=words), False

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        # Unverified counts for the visible page only: one query, not one per row.
        ids = [article.pk for article in changelist.result_list]
        counts = dict(
            Quote.objects.unverified()
            .filter(article_id__in=ids)
            .order_by()
            .values_list("article_id")
            .annotate(n=Count("id"))
        )
        for article in changelist.result_list:
            article.unverified = counts.get(article.pk, 0)
        return changelist

    @admin.display(description="Quotes", ordering="quote_count")
    def quote_count(self, obj):
        return obj.quote_count

    @admin.display(description="Tags")
    def tag_names(self, obj):
        """The tags, shown read-only to those who may not change the article."""
        return ", ".join(obj.tags.order_by("name").values_list("name", flat=True)) if obj and obj.pk else ""

    @admin.display(description="Unverified")
    def unverified_count(self, obj):
        return getattr(obj, "unverified", "–")

    @admin.display(description="Visible to readers", boolean=True)
    def is_published(self, obj):
        return obj.is_published

    @admin.display(description="State", ordering="status")
    def state(self, obj):
        """The workflow status, with "Scheduled" for a published article whose time is to come."""
        return "Scheduled" if obj.is_scheduled else obj.get_status_display()

    @admin.display(description="Publication time", ordering="published_at")
    def publication_time(self, obj):
        return _newsroom_time(obj.published_at)

    @admin.display(description="Shareable preview")
    def preview_link(self, obj):
        if obj is None or obj.pk is None:
            return "Save the article to get a preview link."
        if obj.is_published:
            return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), "Published: view on site")
        hours = self._preview_hours()
        return format_html(
            '<a href="{url}">{url}</a><br><span class="help">Anyone with this link can read the draft for {hours} hours. '
            "Use “Revoke preview links” to cut off every link handed out so far.</span>",
            url=preview.preview_url(obj),
            hours=hours,
        )

    @staticmethod
    def _preview_hours():
        return settings.NEWSROOM_PREVIEW_MAX_AGE // 3600

    def has_change_permission(self, request, obj=None):
        """Published and retracted articles are the editors' to change; reporters may read them."""
        return super().has_change_permission(request, obj) and permissions.can_edit_article(request.user, obj)

    # Saving ---------------------------------------------------------------------------------

    save_on_top = True

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"editing_user": request.user})

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        if "tag_names" in form.changed_data:
            created = taxonomy.set_tags(article, form.cleaned_data["tag_names"])
            if created:
                self.message_user(request, f"New tag(s) created: {', '.join(t.name for t in created)}.", messages.INFO)
        taxonomy.renumber_bylines(article)
        autosave.discard(article, request.user)  # saved: the unsaved copy is no longer needed

    def save_model(self, request, obj, form, change):
        """A workflow button pressed in the form: the typed changes and the status change are
        saved together, as one revision (the form checked the transition before any save)."""
        if not change:
            obj.status = Article.Status.DRAFT
        name = request.POST.get(TRANSITION_FIELD) if change else None
        if name == "retract":  # saved first; the retraction itself waits for its reason
            request.newsroom_retract_next = True
            name = None
        if name in workflow.TRANSITIONS:
            workflow.make_transition(obj, name)
            request.newsroom_transition = workflow.TRANSITIONS[name]
        super().save_model(request, obj, form, change)
        if name in workflow.TRANSITIONS:
            for warning in (*form.transition_warnings, workflow.outcome(obj)):
                if warning:
                    self.message_user(request, warning, messages.WARNING)

    def response_change(self, request, obj):
        """After a workflow button, back to the article (as “Save and continue editing”)."""
        if getattr(request, "newsroom_transition", None) is not None:
            return HttpResponseRedirect(reverse("admin:articles_article_change", args=[obj.pk]))
        if getattr(request, "newsroom_retract_next", False):
            obj.refresh_from_db()
            return self._retract_confirmation(
                request,
                [obj],
                form_action=reverse("admin:articles_article_transition", args=[obj.pk, "retract"]),
                expected_version=obj.version,
            )
        return super().response_change(request, obj)

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        transition = getattr(request, "newsroom_transition", None)
        if transition is not None:
            reversion.set_comment(f"{entry.get_change_message()} {transition.label}.")
            self.message_user(
                request, f"{transition.label}: “{obj}” is now {obj.get_status_display().lower()}.", messages.SUCCESS
            )
        return entry

    def save_formset(self, request, form, formset, change):
        if formset.model is Correction:
            for correction in formset.save(commit=False):
                if correction.created_by_id is None:
                    correction.created_by = request.user
                correction.save()
            for correction in formset.deleted_objects:
                correction.delete()
            return
        old_texts = {}
        if formset.model is Quote:
            old_texts = {
                f.instance.pk: f.initial.get("text")
                for f in formset.forms
                if f.instance.pk and "text" in f.changed_data
            }
            for quote in formset.save(commit=False):
                save_new_speaker(quote)
                quote.save()
            for quote in formset.deleted_objects:
                quote.delete()
        else:
            super().save_formset(request, form, formset, change)
        for quote_id, old_text in old_texts.items():
            quote = Quote.objects.select_related("article", "speaker").get(pk=quote_id)
            if corrections.record_quote_correction(quote, old_text, request.user):
                self.message_user(
                    request, f"A public correction was added for the changed quote {quote}.", messages.INFO
                )

    # Workflow -------------------------------------------------------------------------------

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/transition/<slug:name>/",
                self.admin_site.admin_view(self.transition_view),
                name="{}_{}_transition".format(*info),
            ),
            path(
                "<path:object_id>/autosave/",
                self.admin_site.admin_view(self.autosave_view),
                name="{}_{}_autosave".format(*info),
            ),
            path(
                "<path:object_id>/extract-quotes/",
                self.admin_site.admin_view(partial(extraction.extract_quotes_view, self)),
                name="{}_{}_extract_quotes".format(*info),
            ),
            path(
                "<path:object_id>/revoke-previews/",
                self.admin_site.admin_view(self.revoke_previews_view),
                name="{}_{}_revoke_previews".format(*info),
            ),
            path(
                "<path:object_id>/history/<int:version_id>/diff/",
                self.admin_site.admin_view(self.revision_diff_view),
                name="{}_{}_revision_diff".format(*info),
            ),
        ] + super().get_urls()

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context["transitions"] = workflow.available_transitions(obj, request.user)
            context["current_version"] = obj.version
            if request.method == "GET":
                context["autosaved"] = autosave.pending(obj, request.user)
                context["autosave_url"] = reverse("admin:articles_article_autosave", args=[obj.pk])
                context["others_editing"] = [
                    f"{history.who_made_user(p.user)} is editing since {timezone.localtime(p.since):%H:%M}"
                    for p in presence.opened(obj, request.user)
                ]
        return super().render_change_form(request, context, add, change, form_url, obj)

    def transition_view(self, request, object_id, name):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = get_object_or_404(Article, pk=object_id)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        change_url = reverse("admin:articles_article_change", args=[article.pk])
        try:
            expected = int(request.POST.get("expected_version", ""))
        except ValueError:
            expected = -1
        reason = request.POST.get("reason", "")
        if name == "retract" and not reason.strip():
            return self._retract_confirmation(request, [article], form_action=request.path, expected_version=expected)
        try:
            warnings = workflow.apply_transition(article, name, request.user, expected_version=expected, reason=reason)
        except workflow.TransitionError as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(change_url)
        label = workflow.TRANSITIONS[name].label
        self.log_change(request, article, f"{label}.")
        self.message_user(
            request, f"{label}: “{article}” is now {article.get_status_display().lower()}.", messages.SUCCESS
        )
        for warning in warnings:
            self.message_user(request, warning, messages.WARNING)
        return HttpResponseRedirect(change_url)

    def autosave_view(self, request, object_id):
        """Keep what the user typed (POSTed by the form's autosave script); 204, nothing else changes."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = get_object_or_404(Article, pk=object_id)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        try:
            based_on = int(request.POST.get("expected_version", ""))
        except ValueError:
            return HttpResponse("expected_version is required", status=400, content_type="text/plain")
        autosave.keep(article, request.user, request.POST, based_on)
        return HttpResponse(status=204)

    def revoke_previews_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = get_object_or_404(Article, pk=object_id)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        preview.revoke(article)
        self.log_change(request, article, "Revoked preview links.")
        self.message_user(request, "Every preview link for this article so far has stopped working.", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))

    def _retract_confirmation(self, request, articles, *, form_action, expected_version=None, selected=()):
        """Retracting is a public act: the editor confirms it and gives the reason readers will see."""
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Retract and tell readers why",
            "articles": articles,
            "form_action": form_action,
            "expected_version": expected_version,
            "selected": selected,
            "reason_missing": request.POST.get("reason") is not None,
        }
        return TemplateResponse(request, "admin/articles/article/retract_confirmation.html", context)

    def _run_transition(self, request, queryset, name, reason=""):
        done = 0
        for article in queryset:
            try:
                for warning in workflow.apply_transition(article, name, request.user, reason=reason):
                    self.message_user(request, warning, messages.WARNING)
            except workflow.TransitionError as error:
                self.message_user(request, str(error), messages.ERROR)
                continue
            self.log_change(request, article, f"{workflow.TRANSITIONS[name].label}.")
            done += 1
        if done:
            self.message_user(request, f"{workflow.TRANSITIONS[name].label}: {done} article(s).", messages.SUCCESS)

    @admin.action(description="Submit selected articles for review", permissions=["change"])
    def submit_selected(self, request, queryset):
        self._run_transition(request, queryset, "submit")

    @admin.action(description="Publish selected articles", permissions=["publish"])
    def publish_selected(self, request, queryset):
        self._run_transition(request, queryset, "publish")

    @admin.action(description="Unpublish selected articles (back to draft)", permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        self._run_transition(request, queryset, "unpublish")

    @admin.action(description="Retract selected articles", permissions=["retract"])
    def retract_selected(self, request, queryset):
        reason = request.POST.get("reason", "")
        if not reason.strip():
            return self._retract_confirmation(
                request,
                list(queryset),
                form_action=reverse("admin:articles_article_changelist"),
                selected=[str(article.pk) for article in queryset],
            )
        self._run_transition(request, queryset, "retract", reason=reason)
        return None

    def has_publish_permission(self, request):
        return request.user.has_perm("articles.publish_article")

    def has_retract_permission(self, request):
        return request.user.has_perm("articles.retract_article")

    # Revisions ------------------------------------------------------------------------------

    def revision_diff_view(self, request, object_id, version_id):
        article = get_object_or_404(Article, pk=object_id)
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        versions = list(Version.objects.get_for_object(article).select_related("revision__user").order_by("-pk"))
        index = next((i for i, v in enumerate(versions) if v.pk == version_id), None)
        if index is None:
            raise PermissionDenied
        version = versions[index]
        previous = versions[index + 1] if index + 1 < len(versions) else None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": article,
            "title": f"Changes in the revision of {timezone.localtime(version.revision.date_created):%Y-%m-%d %H:%M}",
            "version": version,
            "previous": previous,
            "rows": revision_diff(previous, version),
            "revert_url": reverse("admin:articles_article_revision", args=[article.pk, version.pk]),
        }
        return TemplateResponse(request, "admin/articles/article/revision_diff.html", context)


def _quote_lines(quotes: list[dict]) -> str:
    """One line per quote, by position, with its speaker's name (one query for all names)."""
    quotes = sorted(quotes, key=lambda q: q.get("position") or 0)
    names = dict(Person.objects.filter(pk__in={q.get("speaker_id") for q in quotes} - {None}).values_list("pk", "name"))
    return "\n".join(
        f"{q.get('position')}. “{q.get('text')}” — {names.get(q.get('speaker_id'), 'no named speaker')}" for q in quotes
    )


def _shown(value) -> str:
    if isinstance(value, dt.datetime):  # in the newsroom's zone, to the minute: no microsecond noise
        return f"{timezone.localtime(value):%Y-%m-%d %H:%M %Z}"
    return str(value or "")


def _diff_rows(old: dict, new: dict, fields, old_quotes: str | None = None, new_quotes: str | None = None):
    rows = []
    for name in fields:
        before, after = _shown(old.get(name)), _shown(new.get(name))
        if before != after:
            rows.append((name.replace("_", " "), _line_diff(before, after)))
    if old_quotes != new_quotes:
        rows.append(("quotes", _line_diff(old_quotes or "", new_quotes or "")))
    return rows


def _quote_dicts(version) -> list[dict]:
    return [v.field_dict for v in revisions.versions_in(version, Quote)] if version else []


TAXONOMY_FIELDS = ("byline", "section", "tags")


def _taxonomy_values(version) -> dict:
    """The byline (in order), section and tags a revision of an article recorded, by name."""
    if version is None:
        return {}
    fields = version.field_dict
    bylines = sorted((v.field_dict for v in revisions.versions_in(version, Byline)), key=lambda b: b["position"])
    authors = dict(Author.objects.filter(pk__in=[b["author_id"] for b in bylines]).values_list("pk", "name"))
    section_id = fields.get("section_id")
    section = Section.objects.filter(pk=section_id).values_list("name", flat=True).first() if section_id else ""
    tags = Tag.objects.filter(pk__in=fields.get("tags") or []).order_by("name").values_list("name", flat=True)
    return {
        "byline": ", ".join(authors.get(b["author_id"], "(deleted author)") for b in bylines),
        "section": section or "",
        "tags": ", ".join(tags),
    }


def revision_diff(previous, version):
    """Field-by-field differences between two revisions of an article (with its quotes, byline,
    section and tags)."""
    return _diff_rows(
        {**(previous.field_dict if previous else {}), **_taxonomy_values(previous)},
        {**version.field_dict, **_taxonomy_values(version)},
        (*DIFF_FIELDS, *TAXONOMY_FIELDS),
        _quote_lines(_quote_dicts(previous)),
        _quote_lines(_quote_dicts(version)),
    )


def restore_diff(obj, version):
    """What restoring `version` would change in `obj` as it is now: only what a restore brings back."""
    fields = [name for name in revisions.RESTORED_FIELDS[type(obj)] if name != "speaker_id"]
    current = {name: getattr(obj, name) for name in fields}
    if not isinstance(obj, Article):
        return _diff_rows(current, version.field_dict, fields)
    now_quotes = [
        {name: getattr(q, name) for name in ("id", "position", "text", "speaker_id")} for q in obj.quotes.all()
    ]
    in_revision = _quote_dicts(version)
    return _diff_rows(current, version.field_dict, fields, _quote_lines(now_quotes), _quote_lines(in_revision))


def _line_diff(before: str, after: str):
    lines = difflib.ndiff(before.splitlines(), after.splitlines())
    return format_html_join(
        "",
        '<div class="diff-{}">{}</div>',
        (({"+": "added", "-": "removed"}.get(line[:1], "same"), line) for line in lines if not line.startswith("?")),
    )


class SpeakerQuoteInline(admin.TabularInline):
    model = Quote
    fk_name = "speaker"
    extra = 0
    fields = ("text", "article", "is_partial", "verification_status")
    readonly_fields = ("text", "article", "is_partial", "verification_status")
    can_delete = False
    show_change_link = True
    verbose_name_plural = "quotes by this person"

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")


@admin.register(Person)
class PersonAdmin(ImagePickerMixin, VersionedAdminMixin, VersionAdmin):
    form = PersonAdminForm
    list_display = ("name", "title", "quote_count")
    ordering = ("name", "pk")  # kept explicitly: the quote-count annotation drops Meta.ordering
    search_fields = ("name", "aliases", "title")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (SpeakerQuoteInline,)
    paginator = LargeTablePaginator
    show_full_result_count = False

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(quote_count=_count_of(Quote, "speaker"))

    def get_urls(self):
        view = SpeakerAutocompleteView.as_view(admin_site=self.admin_site)
        return [
            path(
                "speaker-autocomplete/", self.admin_site.admin_view(view), name="articles_person_speaker_autocomplete"
            ),
            *super().get_urls(),
        ]

    def has_change_permission(self, request, obj=None):
        """A person readers can see is the editors' to rename, re-slug or re-title."""
        return super().has_change_permission(request, obj) and permissions.can_edit_person(request.user, obj)

    @admin.display(description="Quotes", ordering="quote_count")
    def quote_count(self, obj):
        return obj.quote_count


@admin.register(Quote)
class QuoteAdmin(SpeakerFieldMixin, VersionedAdminMixin, VersionAdmin):
    form = QuoteAdminForm
    list_display = ("__str__", "speaker", "article", "is_partial", "verification_status", "attribution_cue")
    list_filter = (
        "verification_status",
        "is_partial",
        ("attribution_cue", AttributionCueListFilter),
        "article__status",
    )
    search_fields = ("text", "speaker__name", "article__headline")
    list_select_related = ("speaker", "article")
    autocomplete_fields = ("speaker", "article")
    actions = ("mark_verified", "mark_disputed", "mark_rejected")
    paginator = LargeTablePaginator
    show_full_result_count = False
    ordering = ("-pk",)

    def get_queryset(self, request):
        return super().get_queryset(request).defer("article__body", "article__deck")

    def get_search_results(self, request, queryset, search_term):
        """On PostgreSQL, quotes by their words (full-text GIN index) or by their speaker's name.

        The speakers are looked up first, so the quotes' condition is two indexed ones that
        PostgreSQL can OR together (and estimate), not a join to the speaker of every quote."""
        term = search_term.strip()
        if connections[queryset.db].vendor != "postgresql" or not term:
            return super().get_search_results(request, queryset, search_term)
        words = SearchQuery(term, search_type="websearch", config=SEARCH_CONFIG)
        speakers = list(Person.objects.filter(name__icontains=term).order_by().values_list("pk", flat=True))
        return queryset.filter(Q(search_document=words) | Q(speaker__in=speakers)), False

    def has_change_permission(self, request, obj=None):
        """A published or retracted article's quotes are the editors' to change, as the article is."""
        return super().has_change_permission(request, obj) and (
            obj is None or permissions.can_edit_article(request.user, obj.article)
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        """The form checks the article a quote is put on (a new quote, or one moved) the same way."""
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"editing_user": request.user})

    fieldsets = (
        (None, {"fields": ("article", "position", "text", "speaker", "is_partial", "expected_version", "loaded_at")}),
        (
            "In the article",
            {"fields": ("checks", "in_paragraph", "reporting_verb", "context", "attribution_cue", "paragraph")},
        ),
        (
            "Verification",
            {"fields": ("verification_status", "verified_by", "verified_at", "verification_note", "evidence_url")},
        ),
        ("Record", {"classes": ("collapse",), "fields": ("created_at", "updated_at")}),
    )

    def get_readonly_fields(self, request, obj=None):
        fields = [
            "checks",
            "in_paragraph",
            "attribution_cue",
            "paragraph",
            "verified_by",
            "verified_at",
            "created_at",
            "updated_at",
        ]
        if not request.user.has_perm("articles.verify_quote"):
            fields += ["verification_status", "verification_note", "evidence_url"]
        return fields

    @admin.display(description="Checks")
    def checks(self, obj):
        return _problems_html(obj)

    @admin.display(description="The quote in its paragraph")
    def in_paragraph(self, obj):
        if obj is None or obj.pk is None:
            return "–"
        blocks = obj.article.blocks
        text = obj.article.deck if obj.paragraph == -1 else ""
        if obj.paragraph is not None and 0 <= obj.paragraph < len(blocks):
            text = blocks[obj.paragraph].text
        if not text:
            text = next((b.text for b in blocks if obj.text[:40] in b.text), "")
        start = text.find(obj.text)
        if start < 0:
            return text or "–"
        end = start + len(obj.text)
        return format_html("{}<mark>{}</mark>{}", text[:start], text[start:end], text[end:])

    def save_model(self, request, obj, form, change):
        save_new_speaker(obj)
        status_changed = "verification_status" in form.changed_data
        if status_changed:
            obj.verified_by = request.user
            obj.verified_at = timezone.now()
        super().save_model(request, obj, form, change)
        old_text = form.initial.get("text", "")
        if change and "text" in form.changed_data and corrections.record_quote_correction(obj, old_text, request.user):
            self.message_user(request, "A public correction was added to the article.", messages.INFO)

    def _verify(self, request, queryset, status):
        count = workflow.verify_quotes(queryset, status, request.user)
        for quote in queryset:
            self.log_change(request, quote, f"Marked {Quote.Verification(status).label.lower()}.")
        self.message_user(
            request, f"{count} quote(s) marked {Quote.Verification(status).label.lower()}.", messages.SUCCESS
        )

    @admin.action(description="Mark selected quotes verified", permissions=["verify"])
    def mark_verified(self, request, queryset):
        self._verify(request, queryset, Quote.Verification.VERIFIED)

    @admin.action(description="Mark selected quotes disputed", permissions=["verify"])
    def mark_disputed(self, request, queryset):
        self._verify(request, queryset, Quote.Verification.DISPUTED)

    @admin.action(description="Reject selected quotes (hidden from readers)", permissions=["verify"])
    def mark_rejected(self, request, queryset):
        self._verify(request, queryset, Quote.Verification.REJECTED)

    def has_verify_permission(self, request):
        return request.user.has_perm("articles.verify_quote")


@admin.register(Correction)
class CorrectionAdmin(VersionedAdminMixin, VersionAdmin):
    form = CorrectionAdminForm
    list_display = ("article", "kind", "created_at")
    list_filter = ("kind", "created_at")
    search_fields = ("text", "article__headline")
    list_select_related = ("article",)
    autocomplete_fields = ("article",)
    readonly_fields = ("created_by",)

    def save_model(self, request, obj, form, change):
        if obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


# Bylines, sections and tags -------------------------------------------------------------------
# Renaming or re-slugging what readers see (an author, a section, a tag) is the editors' act:
# reporters may view them, pick them on an article, and create tags by typing them.


@admin.register(Author)
class AuthorAdmin(ImagePickerMixin, admin.ModelAdmin):
    list_display = ("name", "slug", "user", "article_count")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    list_select_related = ("user",)
    fields = ("name", "slug", "bio", "photo", "user")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=_count_of(Byline, "author"))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":  # the staff account of this author: only staff accounts are offered
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True).order_by("username")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "position", "show_in_navigation", "article_count")
    list_editable = ("position", "show_in_navigation")
    ordering = ("position", "name")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    fields = ("name", "slug", "description", "position", "show_in_navigation")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=_count_of(Article, "section"))

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "article_count")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    fields = ("name", "slug")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=_count_of(Article.tags.through, "tag"))

    @admin.display(description="Articles", ordering="article_count")
    def article_count(self, obj):
        return obj.article_count
