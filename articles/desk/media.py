"""The desk's media library: upload, describe, find and re-use images.

Every upload is validated and cleaned by articles.domain.images (a bad file is a form error and
nothing is stored); the list shows thumbnails, searches alt text, caption and credit, and says
where each image is used (as a lead image, a photo, or in an article's body) and the snippet
that puts it in a body, `![alt text](image:ID)`. Article, person and author forms pick a library image by typing
(an autocomplete over the same search) and show the chosen picture; "+" uploads a new one.
Reporters upload and change images; deleting one is the editors' (migration 0014).
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Count, F, Func, OuterRef, Subquery, Value
from django.db.models.functions import Cast, Coalesce, Concat
from django.http import Http404, JsonResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from articles.domain import images, permissions
from articles.domain.models import Article, Author, Image, Person, Rendition

ACCEPTED_TYPES = "image/jpeg,image/png,image/webp,image/gif"
USES = (  # (model, field, label singular, label plural)
    (Article, "image", "article", "articles"),
    (Person, "photo", "person", "people"),
    (Author, "photo", "author", "authors"),
)


def thumbnail(image, *, width: int = 120):
    """A small preview: the smallest rendition (prefetched with the list), else the original."""
    if image is None:
        return ""
    renditions = sorted(image.renditions.all(), key=lambda r: (r.format == Rendition.Format.WEBP, r.width))
    url = renditions[0].file.url if renditions else image.file.url
    height = round(image.height * width / image.width) if image.width else width
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="{}" loading="lazy" class="media-thumbnail">',
        url, width, height, image.alt_text,
    )  # fmt: skip


class ImageForm(forms.ModelForm):
    """Alt text, caption, credit and the file; the file is checked by its content (Pillow)."""

    upload = forms.FileField(
        label="Picture",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPTED_TYPES}),
        help_text=(
            f"JPEG, PNG, WebP or GIF, up to {images.MAX_UPLOAD_BYTES // (1024 * 1024)} MB and "
            f"{images.MAX_PIXELS // 1_000_000} million pixels. It is turned upright and its camera "
            "data (including any location) is removed."
        ),
    )

    class Meta:
        model = Image
        fields = ("upload", "alt_text", "caption", "credit")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.cleaned_image = None
        if self.instance.pk:
            self.fields["upload"].label = "Replace the picture"
            self.fields["upload"].help_text = "Leave empty to keep it. " + self.fields["upload"].help_text

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            if not self.instance.pk:
                raise forms.ValidationError("Choose a picture to upload.", code="required")
            return None
        self.cleaned_image = images.clean_image(upload)  # ValidationError: shown on the field
        return upload


class ImagePickerWidget(AutocompleteSelect):
    """Type to find a library image; the chosen one is shown as a thumbnail beside the field,
    and a new choice is previewed at once (articles/static/articles/desk-image-picker.js)."""

    @property
    def media(self):
        return super().media + forms.Media(
            js=["admin/js/jquery.init.js", "articles/desk-image-picker.js"], css={"all": ["articles/desk-media.css"]}
        )

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs)
        attrs["data-image-picker"] = "1"
        attrs["data-preview-url"] = reverse("admin:articles_image_preview", args=["0"])
        return attrs

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        image = None
        if value not in (None, ""):
            image = Image.objects.filter(pk=value).prefetch_related("renditions").first()
        preview = "" if image is None else preview_html(image)
        element_id = (attrs or {}).get("id") or f"id_{name}"
        return format_html(
            '{}<div class="image-picker__preview" id="{}_preview" aria-live="polite">{}</div>',
            html,
            element_id,
            preview,
        )


def preview_html(image):
    change_url = reverse("admin:articles_image_change", args=[image.pk])
    return format_html(
        '{}<p><a href="{}">{}</a> · {}×{}</p>',
        thumbnail(image, width=160), change_url, Truncator(image.alt_text).chars(80), image.width, image.height,
    )  # fmt: skip


class ImagePickerMixin:
    """For admins of models with library images (Article.image, Person.photo, Author.photo)."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is Image and "widget" not in kwargs:
            kwargs["widget"] = ImagePickerWidget(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


def body_snippet(image) -> str:
    """What an editor types in a body to show this image: `![alt text](image:ID)`."""
    alt = " ".join(image.alt_text.replace("[", "(").replace("]", ")").split())
    return f"![{alt}](image:{image.pk})"


def _body_marker(image_pk):
    """`(image:ID)` for a body search (an expression when `image_pk` is one)."""
    if isinstance(image_pk, int):
        return f"(image:{image_pk})"
    return Concat(Value("(image:"), Cast(image_pk, CharField()), Value(")"), output_field=CharField())


def _body_use_count():
    rows = Article.objects.filter(body__contains=_body_marker(OuterRef("pk"))).order_by()
    return Coalesce(Subquery(rows.annotate(n=Func(F("pk"), function="COUNT")).values("n")[:1]), 0)


def _use_count(model, field):
    rows = model.objects.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(rows), 0)


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    form = ImageForm
    list_display = ("preview", "alt_text", "snippet", "caption_excerpt", "credit", "size", "used_by", "created_at")
    list_display_links = ("preview", "alt_text")
    search_fields = ("alt_text", "caption", "credit")
    list_filter = ("created_at",)
    date_hierarchy = "created_at"
    readonly_fields = ("large_preview", "snippet", "size", "uses", "uploaded_by", "created_at")
    list_per_page = 50

    class Media:
        css = {"all": ["articles/desk-media.css"]}

    def get_urls(self):
        return [
            path(
                "<path:object_id>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name="articles_image_preview",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request, object_id):
        """The thumbnail of a library image, as the image picker shows it (for a new choice)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        image = Image.objects.filter(pk=object_id if object_id.isdigit() else None).prefetch_related("renditions")
        image = image.first()
        if image is None:
            raise Http404("No such image.")
        return JsonResponse({"html": str(preview_html(image))})

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return ((None, {"fields": ("upload", "alt_text", "caption", "credit")}),)
        return (
            (None, {"fields": ("large_preview", "upload", "alt_text", "caption", "credit")}),
            ("Details", {"fields": ("snippet", "size", "uses", "uploaded_by", "created_at")}),
        )

    def get_queryset(self, request):
        queryset = super().get_queryset(request).prefetch_related("renditions").select_related("uploaded_by")
        counts = {f"{plural}_count": _use_count(model, field) for model, field, _, plural in USES}
        return queryset.annotate(**counts, body_uses_count=_body_use_count())

    def has_change_permission(self, request, obj=None):
        """An image readers can see is the editors' to re-describe or replace (see permissions)."""
        return super().has_change_permission(request, obj) and permissions.can_edit_image(request.user, obj)

    def save_model(self, request, obj, form, change):
        cleaned = form.cleaned_image
        if cleaned is None:
            obj.save()
        elif change:
            images.replace_image_file(obj, cleaned)
        else:
            obj.uploaded_by = request.user
            images.save_image(obj, cleaned)

    def delete_model(self, request, obj):
        images.delete_image(obj)

    def delete_queryset(self, request, queryset):
        for image in queryset:
            images.delete_image(image)

    @admin.display(description="Picture")
    def preview(self, obj):
        return thumbnail(obj)

    @admin.display(description="Picture")
    def large_preview(self, obj):
        return thumbnail(obj, width=480)

    @admin.display(description="In a body")
    def snippet(self, obj):
        """The snippet to copy into an article's body, as its own paragraph."""
        if obj is None or obj.pk is None:
            return "–"
        return format_html('<code class="media-snippet">{}</code>', body_snippet(obj))

    @admin.display(description="Caption")
    def caption_excerpt(self, obj):
        return Truncator(obj.caption).chars(80)

    @admin.display(description="Size")
    def size(self, obj):
        return f"{obj.width}×{obj.height} px"

    @admin.display(description="Used by")
    def used_by(self, obj):
        parts = []
        for _, _, singular, plural in USES:
            count = getattr(obj, f"{plural}_count", 0)
            if count:
                parts.append(f"{count} {singular if count == 1 else plural}")
        in_bodies = getattr(obj, "body_uses_count", 0)
        if in_bodies:
            parts.append(f"{in_bodies} article {'body' if in_bodies == 1 else 'bodies'}")
        return ", ".join(parts) or "–"

    @admin.display(description="Used by")
    def uses(self, obj):
        """Every article, person and author using the image, linked to its form."""
        if obj is None or obj.pk is None:
            return "–"
        links = []
        for model, field, singular, _ in USES:
            opts = model._meta
            for item in model.objects.filter(**{field: obj}).order_by("pk")[:50]:
                url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])
                links.append((singular.capitalize(), url, str(item)))
        for article in Article.objects.filter(body__contains=_body_marker(obj.pk)).order_by("pk")[:50]:
            links.append(("In the body of", reverse("admin:articles_article_change", args=[article.pk]), str(article)))
        if not links:
            return "Not used yet."
        return format_html("<ul>{}</ul>", format_html_join("", '<li>{}: <a href="{}">{}</a></li>', links))
