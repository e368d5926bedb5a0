"""Workflow buttons inside the article form: what was typed is saved with the status change, as
one revision, or the change is refused and the form comes back with everything typed in it."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles.domain.models import Article
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory, QuoteFactory

pytestmark = pytest.mark.django_db


def _client_for(client, username, group):
    user = User.objects.create_user(username, password="pw", is_staff=True, first_name=username.title())
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(client):
    return _client_for(client, "ed", "Editor")


@pytest.fixture
def reporter_client(client):
    return _client_for(client, "rita", "Reporter")


@pytest.fixture
def draft():
    article = ArticleFactory(headline="A draft story", deck="The old deck")
    QuoteFactory(article=article, text="a partial quote", position=1)
    return article


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def press(client, article, button, **typed):
    data = change_form_data(client.get(change_url(article)))
    for name, value in typed.items():
        if isinstance(value, dt.datetime):
            local = timezone.localtime(value)
            data[f"{name}_0"], data[f"{name}_1"] = local.strftime("%Y-%m-%d"), local.strftime("%H:%M:%S")
        else:
            data[name] = value
    data["_transition"] = button
    return client.post(change_url(article), data)


def form_value(response, name):
    return response.context["adminform"].form[name].value()


def test_publish_saves_what_was_typed_first(editor_client, draft):
    response = press(editor_client, draft, "publish", deck="A new deck typed just before Publish")

    assert response.status_code == 302
    article = Article.objects.get(pk=draft.pk)
    assert article.deck == "A new deck typed just before Publish"
    assert article.is_published


def test_schedule_keeps_the_typed_time_and_deck_as_one_revision(editor_client, draft):
    when = (timezone.now() + dt.timedelta(days=2)).replace(microsecond=0, second=0)

    response = press(editor_client, draft, "schedule", deck="Embargoed deck", published_at=when)

    assert response.status_code == 302
    article = Article.objects.get(pk=draft.pk)
    assert (article.deck, article.published_at, article.is_scheduled) == ("Embargoed deck", when, True)
    revision = Version.objects.get_for_object(article).first().revision
    assert Version.objects.get_for_object(article).count() == 1
    assert "Schedule." in revision.get_comment()


def test_schedule_needs_a_time_to_come_and_keeps_the_form(editor_client, draft):
    response = press(editor_client, draft, "schedule", deck="Typed but not lost")

    assert response.status_code == 200
    assert form_value(response, "deck") == "Typed but not lost"
    assert "set a publication time in the future" in response.text
    assert Article.objects.get(pk=draft.pk).deck == "The old deck"


def test_a_refused_publish_keeps_everything_typed_and_saves_nothing(editor_client, draft, settings):
    settings.NEWSROOM_UNVERIFIED_QUOTES = "block"

    response = press(editor_client, draft, "publish", deck="Typed before a refused Publish")

    assert response.status_code == 200
    assert form_value(response, "deck") == "Typed before a refused Publish"
    assert "not verified yet" in response.text and "your changes are still here" in response.text
    article = Article.objects.get(pk=draft.pk)
    assert (article.deck, article.status) == ("The old deck", Article.Status.DRAFT)


def test_a_publish_from_a_stale_form_is_refused_with_the_form_kept(editor_client, draft):
    data = change_form_data(editor_client.get(change_url(draft)))
    Article.objects.get(pk=draft.pk).save()  # someone else saved meanwhile
    data.update(deck="Mine", _transition="publish")

    response = editor_client.post(change_url(draft), data)

    assert response.status_code == 200
    assert "changed since you opened it" in response.text
    assert Article.objects.get(pk=draft.pk).status == Article.Status.DRAFT


def test_a_reporter_pressing_a_forged_publish_button_is_refused(reporter_client, draft):
    response = press(reporter_client, draft, "publish", deck="Reporter's deck")

    assert response.status_code == 200
    assert "permission" in response.text
    assert Article.objects.get(pk=draft.pk).status == Article.Status.DRAFT


def test_a_reporter_submits_with_their_changes(reporter_client, draft):
    response = press(reporter_client, draft, "submit", deck="Ready for the desk")

    assert response.status_code == 302
    article = Article.objects.get(pk=draft.pk)
    assert (article.deck, article.status) == ("Ready for the desk", Article.Status.IN_REVIEW)


def test_publish_now_brings_a_scheduled_article_forward(editor_client):
    article = ArticleFactory(scheduled=True)

    response = press(editor_client, article, "publish_now")

    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).is_published


def test_the_buttons_are_inside_the_form(editor_client, draft):
    page = editor_client.get(change_url(draft)).text
    form = page[page.index('id="article_form"') :]
    form = form[: form.index("</form>")]

    assert 'name="_transition" value="publish"' in form
    assert 'name="_transition" value="schedule"' in form
