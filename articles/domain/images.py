"""The media library's files: validation of uploads, the stored original, and its renditions.

Every upload goes through `clean_image`, which trusts nothing the client sent (name, extension,
content type): Pillow reads the content, and only a real JPEG, PNG, WebP or GIF within the size
and pixel limits passes. The picture is then re-encoded with its EXIF orientation applied and
its metadata (EXIF with camera and GPS, XMP, comments, text chunks) left behind, under a name
made from a hash of its content. `store_image` writes the file and the row together: if anything
fails, the files written so far are deleted and no row is left.

Renditions (several widths, WebP plus a JPEG fallback, PNG for pictures with transparency) are
made with Pillow once, when the image is stored (`ensure_renditions` makes any missing ones for
older images), and kept as `Rendition` rows; `renditions_for` fetches them for many images in
one query. Storage is Django's default storage: the local disk or an S3-compatible bucket.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import prefetch_related_objects
from PIL import Image as PillowImage
from PIL import ImageOps, UnidentifiedImageError

from articles.domain.bodyformat import image_ids
from articles.domain.models import Image, Rendition
from articles.domain.signals import content_bulk_changed

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
# Pillow's own bomb check, set above ours: ours decides (from the header, before decoding).
PillowImage.MAX_IMAGE_PIXELS = MAX_PIXELS * 2

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
FORMAT_NAMES = "JPEG, PNG, WebP or GIF"
RENDITION_WIDTHS = (320, 640, 960, 1280, 1920)
JPEG_QUALITY = 85
WEBP_QUALITY = 80


@dataclass(frozen=True)
class CleanedImage:
    """An upload that passed: its re-encoded bytes, their hashed file name, and its size."""

    content: bytes
    name: str
    width: int
    height: int
    format: str

    def as_file(self) -> ContentFile:
        return ContentFile(self.content, name=self.name)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def clean_image(uploaded_file) -> CleanedImage:
    """Validate an uploaded file by its content and return it cleaned, or raise ValidationError.

    Refused: anything over MAX_UPLOAD_BYTES, anything Pillow cannot read as an image, a format
    other than JPEG/PNG/WebP/GIF (whatever the file is called), more than MAX_PIXELS pixels
    (checked from the header, before any decoding: a "decompression bomb" never expands), and a
    truncated or corrupt file. Nothing is written anywhere."""
    size = getattr(uploaded_file, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            f"The file is {_megabytes(size)}; the limit is {_megabytes(MAX_UPLOAD_BYTES)}.", code="too_big"
        )
    uploaded_file.seek(0)
    data = uploaded_file.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(f"The file is larger than {_megabytes(MAX_UPLOAD_BYTES)}.", code="too_big")
    if not data:
        raise ValidationError("The file is empty.", code="empty")
    with warnings.catch_warnings():
        warnings.simplefilter("error", PillowImage.DecompressionBombWarning)
        try:
            return _clean(data)
        except ValidationError:
            raise
        except (PillowImage.DecompressionBombError, PillowImage.DecompressionBombWarning) as error:
            raise ValidationError(
                f"The picture has too many pixels (the limit is {MAX_PIXELS // 1_000_000} million).",
                code="too_many_pixels",
            ) from error
        except UnidentifiedImageError as error:
            raise ValidationError(
                f"This file is not an image Newsroom can read: upload a {FORMAT_NAMES}.", code="not_an_image"
            ) from error
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            raise ValidationError(
                "The image is damaged or incomplete (it could not be read to the end). Export it again and upload it.",
                code="corrupt",
            ) from error


def _clean(data: bytes) -> CleanedImage:
    with PillowImage.open(io.BytesIO(data)) as probe:
        kind = probe.format
        if kind not in ALLOWED_FORMATS:
            raise ValidationError(
                f"{kind or 'This'} files are not accepted: upload a {FORMAT_NAMES}.", code="wrong_format"
            )
        width, height = probe.size
        if width * height > MAX_PIXELS:
            raise ValidationError(
                f"The picture is {width}×{height} pixels ({width * height / 1_000_000:.1f} million); "
                f"the limit is {MAX_PIXELS // 1_000_000} million.",
                code="too_many_pixels",
            )
        probe.verify()  # checksums and structure, without decoding (PNG chunks, for instance)
    with PillowImage.open(io.BytesIO(data)) as picture:
        animated = kind in ("GIF", "WEBP") and getattr(picture, "n_frames", 1) > 1
        picture.load()  # decodes every pixel: a truncated file fails here
        icc_profile = picture.info.get("icc_profile")
        if animated:
            content = _encode_animation(picture, kind)
            out_width, out_height = picture.size
        else:
            ImageOps.exif_transpose(picture, in_place=True)  # no second copy of a big picture
            content = _encode(picture, kind, icc_profile)
            out_width, out_height = picture.size
    digest = hashlib.sha256(content).hexdigest()[:32]
    return CleanedImage(content, f"{digest}.{ALLOWED_FORMATS[kind]}", out_width, out_height, kind)


def _encode(picture, kind: str, icc_profile) -> bytes:
    """The picture re-encoded in its own format with no metadata but its colour profile."""
    out = io.BytesIO()
    options = {"icc_profile": icc_profile} if icc_profile else {}
    transparency = picture.info.get("transparency")
    # Encoders fall back on what the decoder read (a JPEG's comment, for one): forget all of it.
    picture.info = {}
    if kind == "JPEG":
        if picture.mode not in ("RGB", "L", "CMYK"):
            picture = picture.convert("RGB")
        picture.save(out, "JPEG", quality=92, optimize=False, **options)
    elif kind == "PNG":
        if transparency is not None:  # a palette or grey PNG's transparent colour (tRNS)
            options["transparency"] = transparency
        picture.save(out, "PNG", **options)
    elif kind == "WEBP":
        picture.save(out, "WEBP", quality=90, **options)
    else:  # GIF
        picture.save(out, "GIF", **({"transparency": transparency} if transparency is not None else {}))
    return out.getvalue()


def _encode_animation(picture, kind: str) -> bytes:
    """An animated GIF or WebP keeps its frames and timing, and loses any comment or EXIF."""
    out = io.BytesIO()
    options = {"save_all": True, "loop": picture.info.get("loop", 0)}
    if "duration" in picture.info:
        options["duration"] = picture.info["duration"]
    picture.seek(0)
    for key in ("comment", "exif", "xmp", "extension"):
        picture.info.pop(key, None)
    picture.save(out, kind, **options)
    return out.getvalue()


class _WrittenFiles:
    """Files written during a store: deleted again if the store fails, so nothing is orphaned."""

    def __init__(self, storage):
        self.storage = storage
        self.names: list[str] = []

    def save(self, name: str, content) -> str:
        stored = self.storage.save(name, content)
        self.names.append(stored)
        return stored

    def discard(self) -> None:
        for name in self.names:
            self.storage.delete(name)
        self.names.clear()


def store_image(uploaded_file, *, alt_text: str, caption: str = "", credit: str = "", uploaded_by=None) -> Image:
    """Validate, clean and store an upload as a new library Image with its renditions.

    A bad file raises ValidationError before anything is written (see save_image)."""
    cleaned = clean_image(uploaded_file)
    return save_image(Image(alt_text=alt_text, caption=caption, credit=credit, uploaded_by=uploaded_by), cleaned)


def save_image(image: Image, cleaned: CleanedImage) -> Image:
    """Store a new Image (its alt text, caption and credit already set) with a cleaned picture,
    atomically: if writing the row or the renditions fails, the files already written are
    deleted and the row rolled back, so neither an orphan file nor a row without its file is left.
    The files are written first, outside the transaction (seconds for a big photo); the
    transaction holds only the inserts."""
    field = Image._meta.get_field("file")
    written = _WrittenFiles(field.storage)
    try:
        image.file.name = written.save(field.generate_filename(image, cleaned.name), cleaned.as_file())
        image.width, image.height = cleaned.width, cleaned.height
        image.full_clean(exclude=["file", "uploaded_by"])
        renditions = _render_renditions(image, cleaned.content, written)
        with transaction.atomic():
            image.save()
            _save_renditions(image, renditions)
    except BaseException:
        written.discard()
        image.pk = None
        image._state.adding = True
        raise
    return image


def replace_image_file(image: Image, cleaned: CleanedImage) -> None:
    """Give an existing library image a new picture (same alt text, caption and credit, same
    uses): the new file and renditions are written first, the old ones deleted after commit."""
    field = Image._meta.get_field("file")
    written = _WrittenFiles(field.storage)
    old_names = [image.file.name, *Rendition.objects.filter(image=image).values_list("file", flat=True)]
    try:
        image.file.name = written.save(field.generate_filename(image, cleaned.name), cleaned.as_file())
        image.width, image.height = cleaned.width, cleaned.height
        renditions = _render_renditions(image, cleaned.content, written)
        with transaction.atomic():
            image.save()
            Rendition.objects.filter(image=image).delete()
            _save_renditions(image, renditions)
            transaction.on_commit(lambda: _delete_files(field.storage, old_names))
    except BaseException:
        written.discard()
        image.refresh_from_db()
        raise
    getattr(image, "_prefetched_objects_cache", {}).pop("renditions", None)


def delete_image(image: Image) -> None:
    """Delete a library image and, once the deletion is committed, its files. Articles, people
    and authors that used it lose it (their field is emptied by the database rules)."""
    storage = Image._meta.get_field("file").storage
    names = [image.file.name, *image.renditions.values_list("file", flat=True)]
    with transaction.atomic():
        image.delete()
        transaction.on_commit(lambda: _delete_files(storage, names))


def _delete_files(storage, names) -> None:
    for name in names:
        if name:
            storage.delete(name)


# Renditions


def rendition_widths(original_width: int) -> list[int]:
    """The widths made for a picture this wide: the standard ones that fit, and the picture's own
    width when it is narrower than the largest. Never wider than the original (no upscaling)."""
    widths = [width for width in RENDITION_WIDTHS if width <= original_width]
    if original_width < RENDITION_WIDTHS[-1] and original_width not in widths:
        widths.append(original_width)
    return widths


def has_transparency(picture) -> bool:
    return picture.mode in ("RGBA", "LA", "PA") or (picture.mode == "P" and "transparency" in picture.info)


def fallback_format(picture) -> str:
    """The format browsers without WebP get: PNG keeps transparency, JPEG is smaller otherwise."""
    return Rendition.Format.PNG if has_transparency(picture) else Rendition.Format.JPEG


def _encode_rendition(picture, format: str) -> bytes:
    out = io.BytesIO()
    if format == Rendition.Format.JPEG:
        picture.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    elif format == Rendition.Format.PNG:
        picture.save(out, "PNG", optimize=False)
    else:
        picture.save(out, "WEBP", quality=WEBP_QUALITY, method=4)
    return out.getvalue()


def _render_renditions(image: Image, original: bytes, written: _WrittenFiles) -> list[Rendition]:
    """Resize the original to every rendition width (largest first, each from the one before,
    which is as sharp and much faster) and write each width as WebP and the fallback format.
    Returns the Rendition rows, not saved yet (see _save_renditions)."""
    stem = PurePosixPath(image.file.name).stem
    with PillowImage.open(io.BytesIO(original)) as picture:
        original_width, original_height = picture.size
        widths = sorted(rendition_widths(original_width), reverse=True)
        # A JPEG can be decoded at 1/2, 1/4 or 1/8 of its size: the smallest still as wide as
        # the widest rendition (a 6000 px photo decodes at 3000 px, a quarter of the memory).
        picture.draft("RGB", (widths[0], max(1, round(original_height * widths[0] / original_width))))
        picture.seek(0)  # an animation's first frame
        source = picture.convert("RGBA" if has_transparency(picture) else "RGB")
    formats = (Rendition.Format.WEBP, fallback_format(source))
    renditions = []
    current = source
    for width in widths:
        height = max(1, round(original_height * width / original_width))
        if (width, height) != current.size:
            current = current.resize((width, height), PillowImage.Resampling.LANCZOS)
        for format in formats:
            field = Rendition._meta.get_field("file")
            rendition = Rendition(image=image, width=width, height=height, format=format)
            extension = "jpg" if format == Rendition.Format.JPEG else format
            name = field.generate_filename(rendition, f"{stem}/{width}.{extension}")
            rendition.file.name = written.save(name, ContentFile(_encode_rendition(current, format)))
            renditions.append(rendition)
    return renditions


def _save_renditions(image: Image, renditions: list[Rendition]) -> None:
    for rendition in renditions:
        rendition.image = image  # saved by now: its id is set
    Rendition.objects.bulk_create(renditions)
    content_bulk_changed.send(sender=Rendition)  # bulk_create sends no post_save


def ensure_renditions(image: Image) -> list[Rendition]:
    """The image's renditions, made now if it has none yet (an image from before renditions, or
    loaded from a fixture). Made once: a second call, or a concurrent one, makes nothing more."""
    existing = list(image.renditions.all())
    if existing:
        return existing
    storage = Image._meta.get_field("file").storage
    with storage.open(image.file.name, "rb") as original:
        data = original.read()
    written = _WrittenFiles(Rendition._meta.get_field("file").storage)
    try:
        renditions = _render_renditions(image, data, written)
        with transaction.atomic():
            _save_renditions(image, renditions)
    except IntegrityError:
        written.discard()  # someone else made them meanwhile: keep theirs
        renditions = list(Rendition.objects.filter(image=image))
    except BaseException:
        written.discard()
        raise
    getattr(image, "_prefetched_objects_cache", {}).pop("renditions", None)  # read afresh next time
    return renditions


def renditions_for(images) -> dict[int, list[Rendition]]:
    """Every rendition of these images in one query (none if no image has any), attached to each
    image as if prefetched, and returned by image id."""
    images = [image for image in images if image is not None]
    prefetch_related_objects(images, "renditions")
    return {image.pk: list(image.renditions.all()) for image in images}


def unknown_body_images(body: str) -> list[int]:
    """The ids of the body's image blocks (`![alt](image:123)`) with no image in the library,
    in order (one query; none when the body has no image block)."""
    ids = image_ids(body)
    if not ids:
        return []
    known = set(Image.objects.filter(pk__in=ids).values_list("pk", flat=True))
    return [image_id for image_id in ids if image_id not in known]
