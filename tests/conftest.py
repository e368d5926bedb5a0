import os
from importlib import import_module
from pathlib import Path

import pytest
from django.core.cache import caches
from django.db import connection

from articles.site.caching import forget_first_levels
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

# .ci/run sets NEWSROOM_REQUIRE=postgres,redis,browser,nginx,s3: there a test that needs one of them fails
# instead of skipping when the service is missing, so a broken CI machine cannot pass quietly.
REQUIRED_SERVICES = {name.strip() for name in os.environ.get("NEWSROOM_REQUIRE", "").split(",") if name.strip()}


def skip_or_fail(service: str, reason: str):
    if service in REQUIRED_SERVICES:
        pytest.fail(f"{reason} (required here by NEWSROOM_REQUIRE)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _test_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.SECURE_SSL_REDIRECT = False
    # The page cache has its own tests (test_cache.py); elsewhere every request sees the database.
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 0
    caches["default"].clear()
    forget_first_levels()  # the per-process first levels of pages and kept values (articles/site/caching.py)


@pytest.fixture(autouse=True)
def _editorial_groups(request, django_db_blocker):
    """A transactional test (every live_server test is one) empties every table when it ends,
    the Reporter and Editor groups of migration 0004 included. Before each database test, put
    them back if they are gone, so every test sees the database as migrations leave it."""
    if "django_db_setup" not in request.fixturenames:
        return
    request.getfixturevalue("django_db_setup")
    from django.contrib.auth.models import Group, Permission

    with django_db_blocker.unblock():
        if Group.objects.filter(name__in=["Reporter", "Editor"]).count() == 2:
            return
        reporter_codenames = import_module("articles.migrations.0004_editorial_groups").REPORTER_CODENAMES
        migrations = Path(__file__).parent.parent / "articles" / "migrations"
        reporter_codenames = [*reporter_codenames]
        for name, codenames in (
            ("desk_taxonomy_permissions", "REPORTER_CODENAMES"),
            ("image_renditions", "REPORTER_IMAGE_CODENAMES"),
        ):
            migration = next(migrations.glob(f"*_{name}.py"))
            reporter_codenames += getattr(import_module(f"articles.migrations.{migration.stem}"), codenames)
        permissions = Permission.objects.filter(content_type__app_label="articles")
        Group.objects.get_or_create(name="Reporter")[0].permissions.set(
            permissions.filter(codename__in=reporter_codenames)
        )
        Group.objects.get_or_create(name="Editor")[0].permissions.set(list(permissions))


@pytest.fixture
def postgres(db):
    """Use in tests that need PostgreSQL; they skip elsewhere, or fail where it is required."""
    if connection.vendor != "postgresql":
        skip_or_fail("postgres", "needs PostgreSQL: set DATABASE_URL=postgres://...")
    return connection


@pytest.fixture
def published_article(db):
    return ArticleFactory(published=True)


@pytest.fixture
def person(db):
    return PersonFactory()


@pytest.fixture
def quote(published_article, person):
    return QuoteFactory(article=published_article, speaker=person)
