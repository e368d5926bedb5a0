"""CSRF: every state-changing POST of the desk, sent by a logged-in editor's browser without the
CSRF token (as a forged cross-site form would be), is refused with 403 and changes nothing."""

from __future__ import annotations

import pytest
import reversion
from django.contrib.auth.models import User
from django.urls import reverse
from reversion.models import Version

from articles.domain.models import Article, Correction, Person, Quote
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory
from tests.security.support import PASSWORD, admin_url, change_url, client_for, snapshot, transition_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(editor):
    article = ArticleFactory(headline="CSRF target draft")
    person = PersonFactory(name="Csrf Person", slug="csrf-person")
    quote = QuoteFactory(article=article, speaker=person, text="csrf words", position=1)
    correction = Correction.objects.create(article=article, text="csrf correction")
    with reversion.create_revision():
        article.save()
        reversion.set_user(editor)
    article.refresh_from_db()
    return {"article": article, "person": person, "quote": quote, "correction": correction}


def _changed(client, obj, **edits):
    data = change_form_data(client.get(change_url(obj)))
    data.update(edits)
    return data


def _added(client, model, **values):
    data = change_form_data(client.get(admin_url(model, "add")))
    data.update(values)
    return data


# Each route: (url, POST data), built with a normal client so the form is complete and valid.
ROUTES = {
    "article-add": lambda c, o: (admin_url(Article, "add"), _added(c, Article, headline="Forged", slug="forged")),
    "article-change": lambda c, o: (change_url(o["article"]), _changed(c, o["article"], headline="Forged")),
    "article-delete": lambda c, o: (admin_url(Article, "delete", o["article"].pk), {"post": "yes"}),
    "article-action": lambda c, o: (
        admin_url(Article, "changelist"),
        {"action": "publish_selected", "_selected_action": [o["article"].pk]},
    ),
    "article-transition": lambda c, o: (
        transition_url(o["article"], "publish"),
        {"expected_version": o["article"].version},
    ),
    "article-revoke-previews": lambda c, o: (admin_url(Article, "revoke_previews", o["article"].pk), {}),
    "article-revision-restore": lambda c, o: (
        admin_url(Article, "revision", o["article"].pk, Version.objects.get_for_object(o["article"]).first().pk),
        _changed(c, o["article"], headline="Forged restore"),
    ),
    "quote-change": lambda c, o: (change_url(o["quote"]), _changed(c, o["quote"], text="forged words")),
    "quote-action": lambda c, o: (
        admin_url(Quote, "changelist"),
        {"action": "mark_rejected", "_selected_action": [o["quote"].pk]},
    ),
    "quote-delete": lambda c, o: (admin_url(Quote, "delete", o["quote"].pk), {"post": "yes"}),
    "person-add": lambda c, o: (
        admin_url(Person, "add"),
        _added(c, Person, name="Forged Person", slug="forged-person"),
    ),
    "person-change": lambda c, o: (change_url(o["person"]), _changed(c, o["person"], name="Forged Name")),
    "person-delete": lambda c, o: (admin_url(Person, "delete", o["person"].pk), {"post": "yes"}),
    "correction-add": lambda c, o: (
        admin_url(Correction, "add"),
        _added(c, Correction, article=str(o["article"].pk), kind="correction", text="Forged correction"),
    ),
    "correction-change": lambda c, o: (change_url(o["correction"]), _changed(c, o["correction"], text="Forged")),
    "correction-delete": lambda c, o: (admin_url(Correction, "delete", o["correction"].pk), {"post": "yes"}),
    "user-password-change": lambda c, o: (
        reverse("admin:password_change"),
        {"old_password": PASSWORD, "new_password1": "forged-Pa55word!", "new_password2": "forged-Pa55word!"},
    ),
    "logout": lambda c, o: (reverse("admin:logout"), {}),
}


@pytest.mark.parametrize("route", list(ROUTES))
def test_an_editors_post_without_a_csrf_token_is_refused_and_changes_nothing(editor, content, route):
    """A logged-in editor's browser, POSTing without the token, gets 403 and nothing changes."""
    url, data = ROUTES[route](client_for(editor), content)
    browser = client_for(editor, enforce_csrf_checks=True)
    browser.get(reverse("admin:index"))  # the browser holds the CSRF cookie, as a real one would
    before = snapshot()

    response = browser.post(url, data)

    assert response.status_code == 403
    assert snapshot() == before
    assert browser.get(reverse("admin:index")).status_code == 200  # still logged in (logout refused too)


@pytest.mark.parametrize("route", ["article-change", "quote-action", "person-add"])
def test_the_same_posts_with_the_token_succeed(editor, content, route):
    """Counterpart: the forms are valid, so the 403s above are the CSRF check and nothing else."""
    url, data = ROUTES[route](client_for(editor), content)
    browser = client_for(editor, enforce_csrf_checks=True)
    browser.get(reverse("admin:index"))
    data["csrfmiddlewaretoken"] = browser.cookies["csrftoken"].value

    response = browser.post(url, data)

    assert response.status_code == 302


def test_the_login_form_without_a_csrf_token_is_refused_and_logs_nobody_in(editor):
    """A forged login (login CSRF) is refused: no session for the attacker's account."""
    browser = client_for(None, enforce_csrf_checks=True)
    browser.get(reverse("admin:login"))

    response = browser.post(reverse("admin:login"), {"username": "ed", "password": PASSWORD, "next": "/admin/"})

    assert response.status_code == 403
    assert "_auth_user_id" not in browser.session
    assert User.objects.get(pk=editor.pk).last_login is None
