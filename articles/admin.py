from django.contrib import admin
from django.db.models import Count

from articles.models import Article, Person, Quote


class QuoteInline(admin.TabularInline):
    model = Quote
    extra = 0
    fields = ("position", "text", "speaker", "is_partial", "reporting_verb")
    autocomplete_fields = ("speaker",)
    ordering = ("position",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker")


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("headline", "status", "published_at", "quote_count", "is_published")
    list_filter = ("status", "published_at")
    search_fields = ("headline", "deck", "body", "slug")
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ("headline",)}
    autocomplete_fields = ("people",)
    readonly_fields = ("source", "created_at", "updated_at")
    inlines = (QuoteInline,)
    fieldsets = (
        (None, {"fields": ("headline", "slug", "deck", "body")}),
        ("Publication", {"fields": ("status", "published_at")}),
        ("People", {"fields": ("people",)}),
        ("Provenance", {"classes": ("collapse",), "fields": ("source", "created_at", "updated_at")}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(quote_count=Count("quotes"))

    @admin.display(description="Quotes", ordering="quote_count")
    def quote_count(self, obj):
        return obj.quote_count

    @admin.display(description="Visible to readers", boolean=True)
    def is_published(self, obj):
        return obj.is_published


class SpeakerQuoteInline(admin.TabularInline):
    model = Quote
    fk_name = "speaker"
    extra = 0
    fields = ("text", "article", "is_partial")
    readonly_fields = ("text", "article", "is_partial")
    can_delete = False
    show_change_link = True
    verbose_name_plural = "quotes by this person"

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name", "title", "quote_count")
    search_fields = ("name", "aliases", "title")
    prepopulated_fields = {"slug": ("name",)}
    inlines = (SpeakerQuoteInline,)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(quote_count=Count("quotes"))

    @admin.display(description="Quotes", ordering="quote_count")
    def quote_count(self, obj):
        return obj.quote_count


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ("__str__", "speaker", "article", "is_partial", "attribution_cue")
    list_filter = ("is_partial", "attribution_cue", "article__status")
    search_fields = ("text", "speaker__name", "article__headline")
    list_select_related = ("speaker", "article")
    autocomplete_fields = ("speaker", "article")
    readonly_fields = ("attribution_cue", "paragraph", "created_at", "updated_at")
    fields = (
        "article",
        "position",
        "text",
        "speaker",
        "is_partial",
        "reporting_verb",
        "context",
        "attribution_cue",
        "paragraph",
        "created_at",
        "updated_at",
    )
