"""Who else is editing, and who saved first: named, with the date and time."""

import pytest
import time_machine
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone

from articles.domain.presence import EDITING_WINDOW
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def _editor(client, username, first, last):
    user = User.objects.create_user(username, password="pw", is_staff=True, first_name=first, last_name=last)
    user.groups.add(Group.objects.get(name="Editor"))
    client.force_login(user)
    return client


@pytest.fixture
def olga(client):
    return _editor(client, "olga", "Olga", "Berg")


@pytest.fixture
def ed():
    from django.test import Client

    return _editor(Client(), "ed", "Ed", "Nunez")


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def test_opening_an_article_someone_opened_recently_says_who_and_since_when(olga, ed):
    article = ArticleFactory()
    olga.get(change_url(article))

    page = ed.get(change_url(article)).text

    assert "Olga Berg (olga) is editing since" in page


def test_nobody_is_shown_once_the_window_has_passed(olga, ed):
    article = ArticleFactory()
    olga.get(change_url(article))

    with time_machine.travel(timezone.now() + EDITING_WINDOW * 2):
        page = ed.get(change_url(article)).text

    assert "is editing since" not in page


def test_you_are_not_shown_to_yourself(olga):
    article = ArticleFactory()
    olga.get(change_url(article))

    assert "is editing since" not in olga.get(change_url(article)).text


def test_a_refused_save_names_the_other_editor_with_date_and_time_and_keeps_your_text(olga, ed):
    article = ArticleFactory(headline="Original")
    mine = change_form_data(ed.get(change_url(article)))
    theirs = change_form_data(olga.get(change_url(article)))
    theirs["headline"] = "Olga's headline"
    olga.post(change_url(article), theirs)
    mine["deck"] = "My long deck I do not want to lose"

    response = ed.post(change_url(article), mine)

    assert response.status_code == 200
    text = response.text
    assert "Olga Berg (olga) on " in text and timezone.localtime().strftime("%B %Y") in text
    assert "Changed Headline" in text or "Changed headline" in text
    assert response.context["adminform"].form["deck"].value() == "My long deck I do not want to lose"
