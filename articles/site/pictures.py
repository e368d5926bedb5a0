"""Library images on reader pages: <picture> markup with srcset, and what sharing needs.

`picture_html` writes a <picture> with a WebP <source> and an <img> (JPEG or PNG fallback)
listing the renditions in `srcset`, with `width`/`height` so the browser reserves the space
before the picture arrives (no layout shift), `loading="lazy"` below the fold and eager
loading (with high fetch priority) for the lead image above it. Everything from the desk
(alt text, caption, credit) is escaped. The renditions must be fetched beforehand
(`prefetch_pictures` or articles.domain.images.renditions_for), so a page's queries stay
constant however many pictures it shows; an image without renditions shows its original.
"""

from __future__ import annotations

from django.db.models import prefetch_related_objects
from django.utils.html import format_html, format_html_join

from articles.domain.bodyformat import image_ids
from articles.domain.models import Image, Rendition

# What the lead image occupies: the reading column (max 46rem ≈ 736 px) or the whole screen.
LEAD_SIZES = "(min-width: 48rem) 46rem, 100vw"
CARD_SIZES = "(min-width: 48rem) 12rem, 33vw"
PORTRAIT_SIZES = "10rem"
SHARE_WIDTH = 1280  # og:image: the largest fallback rendition up to this width
LAZY = ("lazy", "async", "auto")  # loading, decoding, fetchpriority
EAGER = ("eager", "async", "high")  # the lead image, above the fold


def prefetch_pictures(objects, field: str = "image") -> None:
    """Fetch the image in `field` of every object, and its renditions: at most two queries for
    any number of objects (one when the images came with select_related)."""
    prefetch_related_objects([obj for obj in objects if obj is not None], f"{field}__renditions")


def body_images(body: str) -> dict[int, Image]:
    """The library images the body's image blocks refer to, by id, with their renditions: two
    queries however many there are (none when the body has no image block). An id with no image
    (never uploaded, or deleted since) is simply missing from the result."""
    ids = image_ids(body)
    if not ids:
        return {}
    return {image.pk: image for image in Image.objects.filter(pk__in=ids).prefetch_related("renditions")}


def prefetched_image(obj, field: str = "image"):
    """The image in `field` if the page fetched it with its renditions (prefetch_pictures), else
    None: a list whose view did not prefetch shows no pictures rather than a query per row."""
    descriptor = getattr(type(obj), field)
    if not descriptor.is_cached(obj):
        return None
    image = getattr(obj, field)
    if image is None or "renditions" not in getattr(image, "_prefetched_objects_cache", {}):
        return None
    return image


def _renditions(image) -> list[Rendition]:
    return list(image.renditions.all())


def _srcset(renditions) -> str:
    return ", ".join(f"{rendition.file.url} {rendition.width}w" for rendition in renditions)


def _loading(lazy: bool, css_class: str) -> str:
    loading, decoding, priority = LAZY if lazy else EAGER
    attributes = format_html('loading="{}" decoding="{}"', loading, decoding)
    if priority != "auto":
        attributes = format_html('{} fetchpriority="{}"', attributes, priority)
    return format_html('{} class="{}"', attributes, css_class) if css_class else attributes


def picture_html(image, *, sizes: str = LEAD_SIZES, lazy: bool = True, css_class: str = "", alt: str = "") -> str:
    """A <picture> for a library image (see the module docstring); empty for no image. `alt`
    replaces the library's alt text (a body's image block may give its own)."""
    if image is None:
        return ""
    alt = alt or image.alt_text
    renditions = _renditions(image)
    webp = [r for r in renditions if r.format == Rendition.Format.WEBP]
    fallback = [r for r in renditions if r.format != Rendition.Format.WEBP]
    attributes = _loading(lazy, css_class)
    if not fallback:
        # No renditions (yet): the original, still with its size so nothing shifts.
        return format_html(
            '<img src="{}" alt="{}" width="{}" height="{}" {}>',
            image.file.url, alt, image.width, image.height, attributes,
        )  # fmt: skip
    # The src is the middle of the range: what a browser without srcset support shows.
    default = min(fallback, key=lambda r: abs(r.width - 960))
    source = format_html('<source type="image/webp" srcset="{}" sizes="{}">', _srcset(webp), sizes) if webp else ""
    return format_html(
        '<picture>{}<img src="{}" srcset="{}" sizes="{}" alt="{}" width="{}" height="{}" {}></picture>',
        source, default.file.url, _srcset(fallback), sizes, alt, default.width, default.height,
        attributes,
    )  # fmt: skip


def figure_html(
    image,
    *,
    sizes: str = LEAD_SIZES,
    lazy: bool = True,
    css_class: str = "figure",
    alt: str = "",
    caption: str | None = None,
    credit: str | None = None,
) -> str:
    """The picture in a <figure>, with its caption and credit (when it has them). `alt`,
    `caption` and `credit` replace the library's (a body's image block and its caption line)."""
    if image is None:
        return ""
    caption = image.caption if caption is None else caption
    credit = image.credit if credit is None else credit
    figcaption = ""
    if caption or credit:
        credit_html = (
            format_html(' <span class="credit"><span class="visually-hidden">Credit: </span>{}</span>', credit)
            if credit
            else ""
        )
        figcaption = format_html("<figcaption>{}{}</figcaption>", caption, credit_html)
    picture = picture_html(image, sizes=sizes, lazy=lazy, alt=alt)
    return format_html('<figure class="{}">{}{}</figure>', css_class, picture, figcaption)


def share_rendition(image):
    """The rendition to share (og:image, JSON-LD): the largest JPEG/PNG up to SHARE_WIDTH wide,
    or the original when there are no renditions. Returns (url, width, height, content type)."""
    fallback = [r for r in _renditions(image) if r.format != Rendition.Format.WEBP]
    fitting = [r for r in fallback if r.width <= SHARE_WIDTH] or fallback
    if fitting:
        best = max(fitting, key=lambda r: r.width)
        return best.file.url, best.width, best.height, best.content_type
    extension = image.file.name.rsplit(".", 1)[-1].lower()
    content_type = {"jpg": "image/jpeg", "jpeg": "image/jpeg"}.get(extension, f"image/{extension}")
    return image.file.url, image.width, image.height, content_type


def share_meta_html(image, absolute) -> str:
    """OpenGraph and Twitter tags for a shared page's image, with absolute URLs and its size."""
    if image is None:
        return ""
    url, width, height, content_type = share_rendition(image)
    url = absolute(url)
    tags = [
        ("property", "og:image", url),
        ("property", "og:image:type", content_type),
        ("property", "og:image:width", str(width)),
        ("property", "og:image:height", str(height)),
        ("property", "og:image:alt", image.alt_text),
        ("name", "twitter:image", url),
        ("name", "twitter:image:alt", image.alt_text),
    ]
    return format_html_join("\n  ", '<meta {}="{}" content="{}">', tags)


def image_object(image, absolute) -> dict:
    """schema.org ImageObject for JSON-LD: absolute URL, size, caption and credit."""
    url, width, height, _ = share_rendition(image)
    data = {"@type": "ImageObject", "url": absolute(url), "contentUrl": absolute(url), "width": width, "height": height}
    data["caption"] = image.caption or image.alt_text
    if image.credit:
        data["creditText"] = image.credit
    return data


def image_property(image, absolute) -> dict:
    """{"image": ImageObject} to merge into a JSON-LD object, or nothing for no image."""
    return {"image": image_object(image, absolute)} if image is not None else {}
