"""A refused save shows what the other person changed, field by field (their words struck and new)."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from articles.domain.history import changes_in_fields
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db


def _editor(username, first, last):
    user = User.objects.create_user(username, password="pw", is_staff=True, first_name=first, last_name=last)
    user.groups.add(Group.objects.get(name="Editor"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def olga():
    return _editor("olga", "Olga", "Berg")


@pytest.fixture
def ed():
    return _editor("ed", "Ed", "Nunez")


def change_url(obj):
    return reverse(f"admin:articles_{obj._meta.model_name}_change", args=[obj.pk])


def test_the_refusal_shows_their_changes_field_by_field(olga, ed):
    article = ArticleFactory(headline="Original headline", body="First paragraph.\n\nSecond paragraph.")
    ed.post(change_url(article), change_form_data(ed.get(change_url(article))))  # a first revision
    mine = change_form_data(ed.get(change_url(article)))
    theirs = change_form_data(olga.get(change_url(article)))
    theirs["headline"] = "Olga's <b>headline</b>"
    theirs["body"] = "First paragraph.\n\nSecond paragraph, rewritten by Olga."
    theirs["people"] = [str(PersonFactory(name="Nina Named").pk)]
    olga.post(change_url(article), theirs)
    mine["deck"] = "My deck"

    html = ed.post(change_url(article), mine).content.decode()

    assert "What they changed:" in html
    assert (
        "<li><strong>Headline</strong>: <del>Original headline</del> → <ins>Olga&#x27;s &lt;b&gt;headline&lt;/b&gt;</ins></li>"
        in html
    )
    assert "<del>Second paragraph.</del> → <ins>Second paragraph, rewritten by Olga.</ins>" in html
    assert "<strong>People</strong>:  → <ins>Nina Named</ins>" in html
    assert "First paragraph." not in html.split("What they changed:")[1].split("</ul>")[0]  # unchanged lines left out


def test_a_stale_quote_shows_the_new_speaker_by_name(olga, ed):
    quote = QuoteFactory(article=ArticleFactory(), speaker=PersonFactory(name="First Speaker"))
    ed.post(change_url(quote), change_form_data(ed.get(change_url(quote))))
    mine = change_form_data(ed.get(change_url(quote)))
    theirs = change_form_data(olga.get(change_url(quote)))
    theirs["speaker"] = str(PersonFactory(name="Second Speaker").pk)
    olga.post(change_url(quote), theirs)
    mine["reporting_verb"] = "claimed"

    html = ed.post(change_url(quote), mine).content.decode()

    assert "<strong>Speaker</strong>: <del>First Speaker</del> → <ins>Second Speaker</ins>" in html


def test_without_a_revision_from_before_nothing_is_listed():
    article = ArticleFactory()
    assert changes_in_fields(article, None, ["headline"]) == []
    assert changes_in_fields(article, article.created_at, ["headline"]) == []
