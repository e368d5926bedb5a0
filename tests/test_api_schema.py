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

# The schema as the API serves it at /api/openapi.json, built without a request.
schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/"))


@pytest.fixture
def content(db, settings):
    """Something for each operation to find (published), beside a draft it must not."""
    settings.ALLOWED_HOSTS = ["*"]
    author = AuthorFactory(name="Schema Author", slug="schema-author")
    section = SectionFactory(name="Schema Section", slug="schema-section")
    tag = TagFactory(name="Schema Tag", slug="schema-tag")
    speaker = PersonFactory(name="Schema Speaker", slug="schema-speaker")
    article = ArticleFactory(published=True, slug="schema-article", section=section)
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
