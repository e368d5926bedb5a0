"""Schemathesis against the API's own OpenAPI schema, through the WSGI app in-process: every
operation, with valid and invalid parameters, answers only status codes (and bodies) its schema
documents, and never a server error."""

from __future__ import annotations

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from articles.api import api
from newsroom.wsgi import application
from tests.factories import ArticleFactory, AuthorFactory, PersonFactory, QuoteFactory, SectionFactory, TagFactory
from tests.test_images import make_image

# The schema as the API serves it at /api/openapi.json, built without a request.
schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/"))


@pytest.fixture
def content(db, settings, tmp_path):
    """Something for each operation to find (published, with pictures), beside a draft it must not."""
    settings.ALLOWED_HOSTS = ["*"]
    settings.MEDIA_ROOT = str(tmp_path / "media")
    author = AuthorFactory(name="Schema Author", slug="schema-author", photo=make_image(300, 300, alt="Author"))
    section = SectionFactory(name="Schema Section", slug="schema-section")
    tag = TagFactory(name="Schema Tag", slug="schema-tag")
    speaker = PersonFactory(name="Schema Speaker", slug="schema-speaker", photo=make_image(300, 300, alt="Speaker"))
    lead = make_image(800, 400, alt="Lead", caption="A caption", credit="A credit")
    article = ArticleFactory(published=True, slug="schema-article", section=section, image=lead)
    article.authors.add(author)
    article.tags.add(tag)
    article.people.add(speaker)
    QuoteFactory(article=article, speaker=speaker, position=1)
    ArticleFactory(slug="schema-draft")
    # As Django's test client does: the WSGI app must not close the test's connection (and with
    # it the test's transaction) at the end of each request.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_response_is_documented(case, content):
    case.call_and_validate(app=application)
