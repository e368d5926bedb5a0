"""Images in an S3-compatible bucket (MEDIA_STORAGE_URL), against a real S3 server.

moto's server mode runs a real S3 HTTP API on 127.0.0.1 (a random port) in this process; the
storage (django-storages over boto3) talks to it over HTTP exactly as it would to AWS, MinIO or
Ceph. Nothing of boto is mocked. Without moto[server] these tests skip, or fail where
NEWSROOM_REQUIRE names "s3" (as CI does).
"""

from __future__ import annotations

import io
import json
import re
import urllib.request

import pytest
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage

from articles.domain import images
from articles.domain.models import Image, Rendition
from newsroom.settings import s3_media_storage
from tests.conftest import skip_or_fail
from tests.factories import ArticleFactory

BUCKET = "newsroom-media-test"


@pytest.fixture(scope="module")
def s3_endpoint():
    try:
        from moto.server import ThreadedMotoServer
    except ImportError:  # moto without its server extra (flask, werkzeug)
        skip_or_fail("s3", "needs moto[server] for a local S3-compatible server: pip install 'moto[server]'")
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    """A fresh bucket as the default storage, configured the way production is: by the URL."""
    import boto3

    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
    }.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    # Readers fetch pictures straight from the bucket: it is public for reading (README).
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{BUCKET}/*"}
        ],
    }
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(policy))
    storage, origins = s3_media_storage(f"s3://{BUCKET}?endpoint_url={s3_endpoint}&region=us-east-1&prefix=media")
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def keys(client) -> list[str]:
    return sorted(item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def jpeg(size=(1500, 1000)) -> SimpleUploadedFile:
    out = io.BytesIO()
    PillowImage.new("RGB", size, (30, 90, 160)).save(out, "JPEG")
    return SimpleUploadedFile("photo.jpg", out.getvalue(), content_type="image/jpeg")


@pytest.mark.django_db
def test_an_upload_and_its_renditions_go_to_the_bucket(bucket, s3_endpoint):
    image = images.store_image(jpeg(), alt_text="Harbour")
    stored = keys(bucket)
    assert f"media/{image.file.name}" in stored
    renditions = list(image.renditions.all())
    # Five widths (the 1500 px original is the largest: never upscaled to 1920), two formats each.
    assert {(r.format, r.width) for r in renditions} == {
        (f, w) for f in ("webp", "jpeg") for w in (320, 640, 960, 1280, 1500)
    }
    for rendition in renditions:
        assert f"media/{rendition.file.name}" in stored
    head = bucket.head_object(Bucket=BUCKET, Key=f"media/{renditions[0].file.name}")
    assert head["CacheControl"] == "public, max-age=31536000, immutable"


@pytest.mark.django_db
def test_the_page_links_the_pictures_in_the_bucket(bucket, s3_endpoint, client):
    image = images.store_image(jpeg(), alt_text="Harbour at dawn", caption="Boats")
    article = ArticleFactory(published=True, image=image)
    html = client.get(article.get_absolute_url()).content.decode()
    base = f"{s3_endpoint}/{BUCKET}/media/renditions/"
    srcset = re.search(r'<source type="image/webp" srcset="([^"]+)"', html).group(1)
    urls = [part.split()[0] for part in srcset.split(", ")]
    assert urls and all(url.startswith(base) for url in urls)
    og_image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert og_image == f"{base}{image.file.name.rsplit('/', 1)[1].split('.')[0]}/1280.jpg"
    # The URLs are public and answer with the picture itself (no signed query string).
    assert "?" not in og_image
    with urllib.request.urlopen(og_image, timeout=10) as response:
        assert PillowImage.open(io.BytesIO(response.read())).size == (1280, 853)
    with urllib.request.urlopen(urls[0], timeout=10) as response:
        assert PillowImage.open(io.BytesIO(response.read())).format == "WEBP"


@pytest.mark.django_db
def test_a_bad_upload_puts_nothing_in_the_bucket(bucket):
    with pytest.raises(ValidationError):
        images.store_image(SimpleUploadedFile("x.jpg", b"GIF89a but not really"), alt_text="Bad")
    assert keys(bucket) == [] and not Image.objects.exists()


@pytest.mark.django_db
def test_a_failed_store_removes_what_it_wrote_to_the_bucket(bucket, monkeypatch):
    original = images._encode_rendition
    calls = []

    def failing(picture, format):
        calls.append(format)
        if len(calls) > 4:
            raise OSError("encoder crashed")
        return original(picture, format)

    monkeypatch.setattr(images, "_encode_rendition", failing)
    with pytest.raises(OSError):
        images.store_image(jpeg(), alt_text="Harbour")
    assert keys(bucket) == [] and not Image.objects.exists() and not Rendition.objects.exists()


@pytest.mark.django_db
def test_deleting_an_image_deletes_its_objects(bucket, django_capture_on_commit_callbacks):
    image = images.store_image(jpeg((700, 400)), alt_text="Harbour")
    assert len(keys(bucket)) == 1 + 6
    with django_capture_on_commit_callbacks(execute=True):
        images.delete_image(image)
    assert keys(bucket) == []


def test_the_storage_url_is_parsed_into_options_and_image_origins():
    storage, origins = s3_media_storage(
        "s3://pics?endpoint_url=https://objects.example.net&region=eu-central-1&prefix=/newsroom/"
    )
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    options = storage["OPTIONS"]
    assert options["bucket_name"] == "pics" and options["endpoint_url"] == "https://objects.example.net"
    assert options["region_name"] == "eu-central-1" and options["location"] == "newsroom"
    assert options["addressing_style"] == "path" and options["querystring_auth"] is False
    assert origins == ["https://objects.example.net"]
    _, origins = s3_media_storage("s3://pics?region=eu-west-1")
    assert origins == ["https://pics.s3.amazonaws.com", "https://pics.s3.eu-west-1.amazonaws.com"]
    _, origins = s3_media_storage("s3://pics?region=eu-west-1&custom_domain=img.example.com")
    assert origins == ["https://img.example.com"]


@pytest.mark.parametrize(
    "url", ["https://pics", "s3://", "s3://pics/sub/dir", "s3://pics?endpoint=https://x", "s3://pics?secret_key=x"]
)
def test_a_malformed_storage_url_is_refused(url):
    with pytest.raises(ImproperlyConfigured):
        s3_media_storage(url)
