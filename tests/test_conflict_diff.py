"""A refused save shows what the other person changed, field by field (their words struck and new);
a revision diff names speakers and gives times to the minute."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from reversion.models import Version

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


def test_a_revision_diff_names_speakers_and_shows_times_to_the_minute(ed):
    first, second = PersonFactory(name="First Speaker"), PersonFactory(name="Second Speaker")
    article = ArticleFactory()
    QuoteFactory(article=article, speaker=first, text="Words said", position=1)
    ed.post(change_url(article), change_form_data(ed.get(change_url(article))))
    data = change_form_data(ed.get(change_url(article)))
    data["quotes-0-speaker"] = str(second.pk)
    data["published_at_0"], data["published_at_1"] = "2026-03-04", "09:15:42"
    ed.post(change_url(article), data)
    latest = Version.objects.get_for_object(article).first()

    html = ed.get(reverse("admin:articles_article_revision_diff", args=[article.pk, latest.pk])).content.decode()

    assert "- 1. “Words said” — First Speaker" in html and "+ 1. “Words said” — Second Speaker" in html
    assert f"#{first.pk}" not in html and f"#{second.pk}" not in html
    assert "+ 2026-03-04 09:15 GMT" in html and "09:15:42" not in html
