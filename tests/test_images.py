"""Images: upload validation and cleaning, renditions, picture markup, pages, the desk's library."""

from __future__ import annotations

import io
import json
import re
import struct
import zlib
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage

from articles.domain import images
from articles.domain.models import Article, Image, Person, Rendition
from articles.site.pictures import figure_html, picture_html
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def stored_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) if root.exists() else []


def picture_bytes(fmt="JPEG", size=(400, 200), mode="RGB", color="red", **save) -> bytes:
    out = io.BytesIO()
    PillowImage.new(mode, size, color).save(out, fmt, **save)
    return out.getvalue()


def upload(data: bytes, name="photo.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="image/jpeg")


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims this size, with (almost) no pixel data: a decompression bomb's shape."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b"")
    )


def make_image(width=2000, height=1000, fmt="JPEG", mode="RGB", alt="A red square", **fields) -> Image:
    return images.store_image(upload(picture_bytes(fmt, (width, height), mode)), alt_text=alt, **fields)


# Validation


def error_code(data: bytes, name="file.jpg") -> str:
    with pytest.raises(ValidationError) as raised:
        images.clean_image(upload(data, name))
    return raised.value.code


def test_a_file_that_is_not_an_image_is_refused():
    assert error_code(b"<html><script>alert(1)</script></html>", "photo.jpg") == "not_an_image"


def test_an_empty_file_is_refused():
    assert error_code(b"") == "empty"


@pytest.mark.parametrize("fmt", ["BMP", "TIFF", "ICO"])
def test_formats_other_than_jpeg_png_webp_gif_are_refused_whatever_the_name(fmt):
    with pytest.raises(ValidationError, match="upload a JPEG, PNG, WebP or GIF"):
        images.clean_image(upload(picture_bytes(fmt, (64, 64)), "innocent.jpg"))


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF"])
def test_the_four_formats_pass_and_keep_their_format(fmt):
    cleaned = images.clean_image(upload(picture_bytes(fmt, (64, 32))))
    assert (cleaned.width, cleaned.height, cleaned.format) == (64, 32, fmt)
    assert PillowImage.open(io.BytesIO(cleaned.content)).format == fmt
    assert re.fullmatch(r"[0-9a-f]{32}\.(jpg|png|webp|gif)", cleaned.name)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read():
    data = picture_bytes() + b"\0" * (images.MAX_UPLOAD_BYTES + 1)
    with pytest.raises(ValidationError, match="the limit is 20.0 MB") as raised:
        images.clean_image(upload(data))
    assert raised.value.code == "too_big"


def test_too_many_pixels_is_refused_from_the_header():
    data = picture_bytes("PNG", (8000, 5001), mode="1")  # 40.008 million pixels, a few kB
    with pytest.raises(ValidationError, match="8000×5001 pixels") as raised:
        images.clean_image(upload(data))
    assert raised.value.code == "too_many_pixels"


def test_a_decompression_bomb_is_refused_without_expanding_it():
    assert error_code(png_header_only(30_000, 30_000)) == "too_many_pixels"  # 900 Mpx claimed


def test_a_truncated_file_is_refused():
    data = picture_bytes("JPEG", (800, 600), color=(10, 200, 30))
    assert error_code(data[: len(data) // 2]) == "corrupt"


def test_a_png_with_a_broken_checksum_is_refused():
    data = bytearray(picture_bytes("PNG", (50, 50)))
    data[-20] ^= 0xFF  # inside the last IDAT chunk or its CRC
    assert error_code(bytes(data)) in {"corrupt", "not_an_image"}


def exif_bytes(orientation=6) -> bytes:
    exif = PillowImage.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "SecretCameraMaker"
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 12.0)}  # GPS
    return exif.tobytes()


def test_exif_orientation_is_applied():
    source = PillowImage.new("RGB", (400, 200), "white")
    source.paste((255, 0, 0), (0, 0, 100, 200))  # the left quarter red
    out = io.BytesIO()
    source.save(out, "JPEG", exif=exif_bytes(6), quality=95)  # 6: rotate 90° clockwise to view
    cleaned = images.clean_image(upload(out.getvalue()))
    assert (cleaned.width, cleaned.height) == (200, 400)
    upright = PillowImage.open(io.BytesIO(cleaned.content)).convert("RGB")
    top, bottom = upright.getpixel((100, 20)), upright.getpixel((100, 380))
    assert top[0] > 200 and top[1] < 80  # the red quarter is now at the top
    assert bottom[1] > 200


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_metadata_is_stripped(fmt):
    extra = {"comment": b"secret comment"} if fmt == "JPEG" else {}
    data = picture_bytes(fmt, (100, 80), exif=exif_bytes(1), xmp=b"<x:xmpmeta>secret xmp</x:xmpmeta>", **extra)
    assert b"SecretCameraMaker" in data
    cleaned = images.clean_image(upload(data))
    assert b"SecretCameraMaker" not in cleaned.content and b"secret" not in cleaned.content
    stored = PillowImage.open(io.BytesIO(cleaned.content))
    assert not dict(stored.getexif())
    assert "comment" not in stored.info and "xmp" not in stored.info


def test_an_animated_gif_keeps_its_frames():
    frames = [PillowImage.new("RGB", (40, 30), color) for color in ("red", "green", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0, comment=b"secret")
    assert PillowImage.open(io.BytesIO(out.getvalue())).n_frames == 3
    cleaned = images.clean_image(upload(out.getvalue()))
    stored = PillowImage.open(io.BytesIO(cleaned.content))
    assert stored.n_frames == 3
    assert b"secret" not in cleaned.content


# Storing


@pytest.mark.django_db
def test_store_image_writes_the_cleaned_file_under_a_hashed_name_with_its_size(media_root):
    image = make_image(1000, 500, credit="Agency")
    image.refresh_from_db()
    assert (image.width, image.height) == (1000, 500)
    assert re.fullmatch(r"images/\d{4}/\d{2}/[0-9a-f]{32}\.jpg", image.file.name)
    assert (media_root / image.file.name).is_file()


@pytest.mark.django_db
@pytest.mark.parametrize("data", [b"not an image", picture_bytes("BMP", (10, 10))])
def test_a_bad_file_stores_nothing(media_root, data):
    with pytest.raises(ValidationError):
        images.store_image(upload(data), alt_text="Anything")
    assert Image.objects.count() == 0 and Rendition.objects.count() == 0
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_a_failure_while_making_renditions_leaves_no_file_and_no_row(media_root, monkeypatch):
    calls = []

    def failing(picture, format):
        calls.append(format)
        if len(calls) == 3:
            raise OSError("disk full")
        return b"x"

    monkeypatch.setattr(images, "_encode_rendition", failing)
    with pytest.raises(OSError):
        make_image()
    assert Image.objects.count() == 0 and Rendition.objects.count() == 0
    assert stored_files(media_root) == []


@pytest.mark.django_db
def test_a_failure_writing_the_rows_leaves_no_file_and_no_row(media_root, monkeypatch):
    def failing(*args, **kwargs):
        raise images.IntegrityError("the database refused")

    monkeypatch.setattr(Rendition.objects, "bulk_create", failing)
    with pytest.raises(images.IntegrityError):
        make_image()
    assert Image.objects.count() == 0 and stored_files(media_root) == []


@pytest.mark.django_db
def test_missing_alt_text_stores_nothing(media_root):
    with pytest.raises(ValidationError):
        images.store_image(upload(picture_bytes()), alt_text="")
    assert Image.objects.count() == 0 and stored_files(media_root) == []


# Renditions


@pytest.mark.django_db
def test_renditions_in_every_width_up_to_1920_as_webp_and_jpeg(media_root):
    image = make_image(2400, 1200)
    got = {(r.format, r.width, r.height) for r in image.renditions.all()}
    widths = [320, 640, 960, 1280, 1920]
    assert got == {(fmt, w, w // 2) for fmt in ("webp", "jpeg") for w in widths}
    for rendition in image.renditions.all():
        with PillowImage.open(media_root / rendition.file.name) as stored:
            assert stored.size == (rendition.width, rendition.height)
            assert stored.format == rendition.format.upper()


@pytest.mark.django_db
def test_renditions_are_never_wider_than_the_original():
    image = make_image(700, 350)
    widths = sorted({r.width for r in image.renditions.all()})
    assert widths == [320, 640, 700]
    assert images.rendition_widths(300) == [300]
    assert images.rendition_widths(1920) == [320, 640, 960, 1280, 1920]


@pytest.mark.django_db
def test_a_picture_with_transparency_falls_back_to_png():
    image = make_image(500, 500, fmt="PNG", mode="RGBA")
    assert {r.format for r in image.renditions.all()} == {"webp", "png"}
    opaque = make_image(500, 500, fmt="PNG", mode="RGB")
    assert {r.format for r in opaque.renditions.all()} == {"webp", "jpeg"}
    out = io.BytesIO()
    PillowImage.new("P", (300, 200), 3).save(out, "PNG", transparency=3)  # a palette PNG's transparent colour
    palette = images.store_image(upload(out.getvalue()), alt_text="Logo")
    assert {r.format for r in palette.renditions.all()} == {"webp", "png"}


@pytest.mark.django_db
def test_renditions_are_made_once(media_root):
    image = make_image(1000, 500)
    before = (list(image.renditions.values_list("pk", "file")), stored_files(media_root))
    again = images.ensure_renditions(image)
    assert sorted((r.pk, r.file.name) for r in again) == sorted(before[0])
    assert (list(image.renditions.values_list("pk", "file")), stored_files(media_root)) == before


@pytest.mark.django_db
def test_an_image_without_renditions_gets_them_on_first_use():
    image = make_image(800, 400)
    image.renditions.all().delete()
    made = images.ensure_renditions(image)
    assert {(r.format, r.width) for r in made} == {(f, w) for f in ("webp", "jpeg") for w in (320, 640, 800)}


@pytest.mark.django_db
def test_renditions_for_many_images_is_one_query(django_assert_num_queries):
    stored = [make_image(700, 350, alt=f"Picture {n}") for n in range(3)]
    fresh = list(Image.objects.filter(pk__in=[i.pk for i in stored]))
    with django_assert_num_queries(1):
        found = images.renditions_for(fresh)
        markup = [picture_html(image) for image in fresh]
    assert all(len(found[image.pk]) == 6 for image in fresh)
    assert all("srcset" in html for html in markup)


# Markup


@pytest.mark.django_db
def test_picture_html_lists_the_renditions_with_sizes_and_escapes_the_alt_text():
    image = make_image(1000, 500, alt='A "quote" & <script>alert(1)</script>')
    html = str(picture_html(image, sizes="50vw"))
    assert html.startswith('<picture><source type="image/webp" srcset="')
    webp = re.search(r'<source type="image/webp" srcset="([^"]+)" sizes="50vw">', html).group(1)
    assert [part.split()[-1] for part in webp.split(", ")] == ["320w", "640w", "960w", "1000w"]
    img = re.search(r"<img [^>]+>", html).group(0)
    assert 'width="960" height="480"' in img and 'sizes="50vw"' in img
    assert ".jpg 320w" in img and 'loading="lazy"' in img and 'decoding="async"' in img
    assert 'alt="A &quot;quote&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt;"' in img
    assert "<script>" not in html


@pytest.mark.django_db
def test_the_lead_image_loads_eagerly():
    html = str(picture_html(make_image(700, 350), lazy=False))
    assert 'loading="eager"' in html and 'fetchpriority="high"' in html and "lazy" not in html


@pytest.mark.django_db
def test_figure_html_has_the_caption_and_credit_escaped():
    image = make_image(700, 350, caption="Crowds <b>outside</b>", credit="J. Doe/Agency & Co")
    html = str(figure_html(image))
    assert '<figcaption>Crowds &lt;b&gt;outside&lt;/b&gt; <span class="credit">' in html
    assert "J. Doe/Agency &amp; Co</span></figcaption></figure>" in html


@pytest.mark.django_db
def test_an_image_without_renditions_shows_its_original_with_its_size():
    image = make_image(700, 350)
    image.renditions.all().delete()
    html = str(picture_html(Image.objects.get(pk=image.pk)))
    assert html.startswith("<img ") and f'src="/media/{image.file.name}"' in html
    assert 'width="700" height="350"' in html


# Reader pages


def json_ld(html: str) -> list[dict]:
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def meta(html: str, key: str) -> str | None:
    found = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', html)
    return found.group(1) if found else None


@pytest.mark.django_db
def test_the_article_page_shows_the_lead_image_and_shares_it(client):
    image = make_image(2400, 1200, alt="Flooded street", caption="The high street at noon", credit="Pat Lee/Wire")
    article = ArticleFactory(published=True, image=image)
    html = client.get(article.get_absolute_url()).content.decode()
    lead = re.search(r'<figure class="figure figure--lead">.*?</figure>', html, re.S).group(0)
    assert 'alt="Flooded street"' in lead and 'loading="eager"' in lead
    assert "The high street at noon" in lead and "Pat Lee/Wire" in lead
    assert html.index("figure--lead") < html.index('class="story__body"')
    assert meta(html, "og:image").startswith("http://testserver/media/renditions/")
    assert meta(html, "og:image").endswith("/1280.jpg")
    assert (meta(html, "og:image:width"), meta(html, "og:image:height")) == ("1280", "640")
    assert meta(html, "og:image:alt") == "Flooded street"
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "twitter:image") == meta(html, "og:image")
    (data,) = json_ld(html)
    assert data["image"] == {
        "@type": "ImageObject",
        "url": meta(html, "og:image"),
        "contentUrl": meta(html, "og:image"),
        "width": 1280,
        "height": 640,
        "caption": "The high street at noon",
        "creditText": "Pat Lee/Wire",
    }


@pytest.mark.django_db
def test_an_article_without_an_image_has_no_image_markup(client):
    article = ArticleFactory(published=True)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<picture" not in html and meta(html, "og:image") is None
    assert meta(html, "twitter:card") == "summary"
    assert "image" not in json_ld(html)[0]
    # The seed's caption and credit lines render exactly as before, with no picture.
    assert (
        '<figure class="figure">\n          <figcaption>A picture of the thing <span class="credit">'
        '<span class="visually-hidden">Credit: </span>Photographer/Agency</span></figcaption>\n        </figure>'
    ) in html


@pytest.mark.django_db
def test_article_page_queries_do_not_grow_with_images(client, django_assert_max_num_queries):
    bare = ArticleFactory(published=True)
    pictured = ArticleFactory(published=True, image=make_image(1000, 500))
    with django_assert_max_num_queries(10) as bare_queries:
        client.get(bare.get_absolute_url())
    with django_assert_max_num_queries(10) as pictured_queries:
        assert client.get(pictured.get_absolute_url()).status_code == 200
    # The lead image comes with the article (select_related) and one query for its renditions.
    assert len(pictured_queries) <= len(bare_queries) + 1
    with django_assert_max_num_queries(0):  # warm: the kept article and story, nothing from the database
        client.get(pictured.get_absolute_url())


@pytest.mark.django_db
def test_home_shows_card_images_at_constant_queries(client, django_assert_num_queries, django_assert_max_num_queries):
    ArticleFactory(published=True, image=make_image(700, 350, alt="First picture"))
    # The list's ids, the articles, their bylines, the masthead's sections, and every card's
    # renditions in one.
    with django_assert_max_num_queries(5) as one:
        client.get("/")
    for n in range(4):
        ArticleFactory(published=True, image=make_image(700, 350, alt=f"Picture {n}"))
    ArticleFactory(published=True)
    with django_assert_num_queries(len(one)):
        html = client.get("/").content.decode()
    cards = re.findall(r'<div class="card__image"><picture>.*?</picture></div>', html, re.S)
    assert len(cards) == 5
    assert all('loading="lazy"' in card for card in cards)
    assert "First picture" in html


@pytest.mark.django_db
def test_drafts_images_never_reach_readers(client):
    secret = make_image(700, 350, alt="Secret draft picture", caption="Embargoed")
    draft = ArticleFactory(image=secret)
    scheduled = ArticleFactory(scheduled=True, image=secret)
    ArticleFactory(published=True)
    for url in ("/", "/feeds/rss/", "/feeds/atom/", "/sitemap.xml", "/api/articles"):
        body = client.get(url).content.decode()
        assert "Secret draft picture" not in body and secret.file.name not in body
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404
    # A person known only from the draft, with a photo, has no page either.
    hidden = PersonFactory(photo=secret)
    QuoteFactory(article=draft, speaker=hidden)
    draft.people.add(hidden)
    assert client.get(hidden.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_the_person_page_shows_their_photo(client, django_assert_max_num_queries):
    person = PersonFactory(photo=make_image(600, 800, alt="Portrait of the minister"))
    QuoteFactory(speaker=person)
    # The person with their photo, its renditions, the page's quote ids, the quote items not
    # kept, the masthead.
    with django_assert_max_num_queries(5):
        html = client.get(person.get_absolute_url()).content.decode()
    portrait = re.search(r'<div class="portrait"><picture>.*?</picture></div>', html, re.S).group(0)
    assert 'alt="Portrait of the minister"' in portrait
    assert meta(html, "og:image").startswith("http://testserver/media/renditions/")
    (data,) = json_ld(html)
    assert data["image"]["@type"] == "ImageObject" and data["image"]["width"] == 600


@pytest.mark.django_db
def test_changing_an_image_retires_cached_pages(client, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 60
    image = make_image(700, 350, alt="Old words")
    article = ArticleFactory(published=True, image=image)
    assert "Old words" in client.get(article.get_absolute_url()).content.decode()
    image.alt_text = "New words"
    image.save()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "New words" in html and "Old words" not in html


# The desk


def staff_client(client, group: str):
    user = User.objects.create_user(f"{group.lower()}-user", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client, user


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"this is text, not a picture", "not an image Newsroom can read"),
        (picture_bytes("BMP", (20, 20)), "BMP files are not accepted"),
        (png_header_only(20_000, 20_000), "too many pixels"),
    ],
    ids=["text", "bmp", "bomb"],
)
def test_a_bad_upload_is_a_form_error_and_stores_nothing(client, media_root, data, message):
    client, _ = staff_client(client, "Reporter")
    response = client.post(
        reverse("admin:articles_image_add"), {"upload": upload(data, "photo.jpg"), "alt_text": "Something"}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Image.objects.count() == 0 and stored_files(media_root) == []


@pytest.mark.django_db
def test_an_upload_needs_a_file_and_alt_text(client, media_root):
    client, _ = staff_client(client, "Reporter")
    response = client.post(reverse("admin:articles_image_add"), {"alt_text": ""})
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert set(errors) == {"upload", "alt_text"}
    response = client.post(reverse("admin:articles_image_add"), {"upload": upload(picture_bytes()), "alt_text": ""})
    assert "alt_text" in response.context["adminform"].form.errors
    assert Image.objects.count() == 0 and stored_files(media_root) == []


@pytest.mark.django_db
def test_a_reporter_uploads_an_image_with_renditions(client):
    client, reporter = staff_client(client, "Reporter")
    response = client.post(
        reverse("admin:articles_image_add"),
        {"upload": upload(picture_bytes(size=(1000, 600))), "alt_text": "Rain", "caption": "Rain", "credit": "Me"},
    )
    assert response.status_code == 302
    image = Image.objects.get()
    assert image.uploaded_by == reporter and (image.width, image.height) == (1000, 600)
    assert image.renditions.count() == 8


@pytest.mark.django_db
def test_replacing_the_picture_keeps_the_image_and_its_uses(client, media_root, django_capture_on_commit_callbacks):
    client, _ = staff_client(client, "Reporter")
    image = make_image(800, 400, alt="Before")
    article = ArticleFactory(image=image)
    old_files = stored_files(media_root)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:articles_image_change", args=[image.pk]),
            {"upload": upload(picture_bytes(size=(500, 1000), color="blue")), "alt_text": "After"},
        )
    assert response.status_code == 302
    image.refresh_from_db()
    assert (image.width, image.height, image.alt_text) == (500, 1000, "After")
    assert Article.objects.get(pk=article.pk).image_id == image.pk
    assert not set(old_files) & set(stored_files(media_root))
    assert {r.width for r in image.renditions.all()} == {320, 500}


@pytest.mark.django_db
def test_reporters_cannot_delete_images_editors_can(client, media_root, django_capture_on_commit_callbacks):
    image = make_image(700, 350)
    article = ArticleFactory(image=image)
    reporter_client, _ = staff_client(client, "Reporter")
    url = reverse("admin:articles_image_delete", args=[image.pk])
    assert reporter_client.post(url, {"post": "yes"}).status_code == 403
    assert Image.objects.filter(pk=image.pk).exists()
    editor = User.objects.create_user("editor-user", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editor"))
    reporter_client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        assert reporter_client.post(url, {"post": "yes"}).status_code == 302
    assert not Image.objects.exists() and not Rendition.objects.exists()
    assert stored_files(media_root) == []
    assert Article.objects.get(pk=article.pk).image_id is None


@pytest.mark.django_db
def test_the_library_lists_thumbnails_uses_and_searches(client, django_assert_max_num_queries):
    client, _ = staff_client(client, "Reporter")
    used = make_image(700, 350, alt="Harbour at dawn", credit="Harbour Photos")
    ArticleFactory(image=used)
    ArticleFactory(image=used)
    PersonFactory(photo=used)
    make_image(700, 350, alt="Council chamber")
    with django_assert_max_num_queries(12):
        html = client.get(reverse("admin:articles_image_changelist")).content.decode()
    assert html.count('class="media-thumbnail"') == 2
    assert "2 articles, 1 person" in html
    found = client.get(reverse("admin:articles_image_changelist"), {"q": "harbour photos"}).content.decode()
    assert "Harbour at dawn" in found and "Council chamber" not in found
    for n in range(5):
        ArticleFactory(image=make_image(400, 200, alt=f"More {n}"))
    with django_assert_max_num_queries(12):
        client.get(reverse("admin:articles_image_changelist"))


@pytest.mark.django_db
def test_the_article_form_picks_a_library_image_with_a_preview(client):
    client, _ = staff_client(client, "Reporter")
    image = make_image(700, 350, alt="Harbour at dawn")
    article = ArticleFactory(image=image)
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert 'name="image"' in html and "admin-autocomplete" in html
    assert 'class="image-picker__preview"' in html and 'class="media-thumbnail"' in html
    found = client.get(
        reverse("admin:autocomplete"),
        {"term": "harbour", "app_label": "articles", "model_name": "article", "field_name": "image"},
    ).json()
    assert found["results"] == [{"id": str(image.pk), "text": "Harbour at dawn"}]


@pytest.mark.django_db
def test_the_person_form_picks_a_photo(client):
    client, _ = staff_client(client, "Editor")
    person = PersonFactory(photo=make_image(600, 800, alt="Portrait"))
    html = client.get(reverse("admin:articles_person_change", args=[person.pk])).content.decode()
    assert 'name="photo"' in html and 'class="image-picker__preview"' in html
    assert Person.objects.get(pk=person.pk).photo_id is not None


@pytest.mark.django_db
def test_make_renditions_fills_in_missing_ones_once(media_root):
    from django.core.management import call_command

    with_renditions = make_image(700, 350)
    bare = make_image(800, 400)
    bare.renditions.all().delete()
    gone = make_image(500, 250)
    gone.renditions.all().delete()
    (media_root / gone.file.name).unlink()
    out, err = io.StringIO(), io.StringIO()
    call_command("make_renditions", stdout=out, stderr=err)
    assert "for 1 image(s); 1 could not be read" in out.getvalue()
    assert f"Image {gone.pk}" in err.getvalue()
    assert bare.renditions.count() == 6 and with_renditions.renditions.count() == 6
    files = stored_files(media_root)
    call_command("make_renditions", stdout=io.StringIO(), stderr=io.StringIO())
    assert stored_files(media_root) == files and Rendition.objects.count() == 12


@pytest.mark.django_db
def test_the_picker_previews_a_new_choice(client):
    client, _ = staff_client(client, "Reporter")
    image = make_image(700, 350, alt="Harbour <at> dawn")
    found = client.get(reverse("admin:articles_image_preview", args=[image.pk])).json()
    assert 'class="media-thumbnail"' in found["html"] and "Harbour &lt;at&gt; dawn" in found["html"]
    assert client.get(reverse("admin:articles_image_preview", args=[image.pk + 1])).status_code == 404
    assert client.get("/admin/articles/image/x/preview/").status_code == 404
    client.logout()
    assert client.get(reverse("admin:articles_image_preview", args=[image.pk])).status_code == 302  # to login


@pytest.mark.django_db
def test_an_image_readers_see_is_the_editors_to_change(client):
    client, reporter = staff_client(client, "Reporter")
    on_the_record = make_image(700, 350, alt="Published picture")
    ArticleFactory(published=True, image=on_the_record)
    drafts_only = make_image(700, 350, alt="Draft picture")
    ArticleFactory(image=drafts_only)
    portrait = make_image(300, 400, alt="Portrait")
    QuoteFactory(speaker=PersonFactory(photo=portrait))  # quoted in a published article

    for image in (on_the_record, portrait):
        url = reverse("admin:articles_image_change", args=[image.pk])
        assert client.post(url, {"alt_text": "Changed by a reporter"}).status_code == 403
        assert Image.objects.get(pk=image.pk).alt_text != "Changed by a reporter"
        assert 'name="alt_text"' not in client.get(url).content.decode()  # shown read-only
    url = reverse("admin:articles_image_change", args=[drafts_only.pk])
    assert client.post(url, {"alt_text": "Better words"}).status_code == 302
    assert Image.objects.get(pk=drafts_only.pk).alt_text == "Better words"

    editor = User.objects.create_user("an-editor", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editor"))
    client.force_login(editor)
    url = reverse("admin:articles_image_change", args=[on_the_record.pk])
    assert client.post(url, {"alt_text": "Corrected words"}).status_code == 302
    assert Image.objects.get(pk=on_the_record.pk).alt_text == "Corrected words"


@pytest.mark.django_db
def test_a_card_whose_list_did_not_prefetch_pictures_shows_none_and_runs_no_query(django_assert_num_queries):
    from django.template.loader import get_template

    ArticleFactory(published=True, image=make_image(700, 350, alt="Not fetched"))
    from articles.site.bylines import card_articles

    articles = list(card_articles())  # the image joined, its renditions not fetched
    card = get_template("articles/includes/article_card.html").template.module.article_card
    with django_assert_num_queries(0):
        html = str(card(articles[0]))
    assert "Not fetched" not in html and "<picture" not in html


@pytest.mark.django_db
def test_author_page_shows_their_photo_and_lists_cards_with_pictures(client, django_assert_max_num_queries):
    from articles.domain.models import Author, Byline

    author = Author.objects.create(name="Pat Writer", slug="pat-writer", photo=make_image(600, 800, alt="Pat's photo"))
    for n in range(3):
        article = ArticleFactory(published=True, image=make_image(700, 350, alt=f"Story picture {n}"))
        Byline.objects.create(article=article, author=author, position=1)
    with django_assert_max_num_queries(7):
        html = client.get(author.get_absolute_url()).content.decode()
    assert re.search(r'<div class="portrait"><picture>.*?alt="Pat&#x27;s photo"', html, re.S)
    assert len(re.findall(r'<div class="card__image"><picture>', html)) == 3
    assert meta(html, "og:image").startswith("http://testserver/media/renditions/")
    (data,) = json_ld(html)
    assert data["image"]["@type"] == "ImageObject"


@pytest.mark.django_db
def test_section_and_tag_pages_show_card_pictures_at_constant_queries(
    client, django_assert_num_queries, django_assert_max_num_queries
):
    from articles.domain.models import Section, Tag

    section = Section.objects.create(name="World", slug="world")
    tag = Tag.objects.create(name="Harbours", slug="harbours")

    def add(n):
        article = ArticleFactory(published=True, section=section, image=make_image(400, 200, alt=f"Picture {n}"))
        article.tags.add(tag)

    add(0)
    counts = {}
    for url in (section.get_absolute_url(), tag.get_absolute_url()):
        with django_assert_max_num_queries(6) as captured:  # what matters: it stays the same
            client.get(url)
        counts[url] = len(captured)
    for n in range(1, 4):
        add(n)
    for url, count in counts.items():
        with django_assert_num_queries(count):
            html = client.get(url).content.decode()
        assert len(re.findall(r'<div class="card__image"><picture>', html)) == 4
