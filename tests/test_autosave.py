"""Autosave: the desk keeps what an editor typed and offers it back, never over a newer save."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from articles.domain.models import Article, AutosavedDraft
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def _member(username, group):
    user = User.objects.create_user(username, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor():
    return _member("ed", "Editor")


def autosave_url(article):
    return reverse("admin:articles_article_autosave", args=[article.pk])


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def test_an_autosave_keeps_the_typed_text_and_changes_nothing_readers_see(editor):
    article = ArticleFactory(headline="Saved headline")

    response = editor.post(autosave_url(article), {"expected_version": article.version, "headline": "Typed headline"})

    assert response.status_code == 204
    assert Article.objects.get(pk=article.pk).headline == "Saved headline"
    assert AutosavedDraft.objects.get().fields == {"headline": "Typed headline"}


def test_returning_to_the_article_offers_the_unsaved_text_back(editor):
    article = ArticleFactory()
    editor.post(autosave_url(article), {"expected_version": article.version, "body": "Typed, never saved."})

    page = editor.get(change_url(article)).text

    assert "You have unsaved changes to this article" in page and "Typed, never saved." in page
    assert "someone has saved it since" not in page


def test_after_someone_elses_save_the_copy_is_offered_with_the_old_version_so_a_save_is_refused(editor):
    article = ArticleFactory()
    editor.post(autosave_url(article), {"expected_version": article.version, "body": "My typing"})
    Article.objects.get(pk=article.pk).save()  # another editor's save

    page = editor.get(change_url(article)).text

    assert "someone has saved it since" in page
    assert f'data-version="{article.version}"' in page  # restoring brings back the old version


def test_saving_the_article_drops_the_copy(editor):
    article = ArticleFactory()
    editor.post(autosave_url(article), {"expected_version": article.version, "body": "Typing"})

    editor.post(change_url(article), change_form_data(editor.get(change_url(article))))

    assert not AutosavedDraft.objects.exists()


def test_a_reporter_cannot_autosave_onto_a_published_article():
    reporter = _member("rita", "Reporter")
    article = ArticleFactory(published=True)

    response = reporter.post(autosave_url(article), {"expected_version": article.version, "body": "x"})

    assert response.status_code == 403
    assert not AutosavedDraft.objects.exists()
