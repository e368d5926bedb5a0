"""Lost updates: two editors on the same thing. Whatever path the first one saved through, the
second one's save from an older page is refused, names who changed it, and the first one's work
stays intact."""

from __future__ import annotations

import threading

import pytest
import reversion
from django.contrib.auth.models import Group, Permission
from django.db import connection, connections
from reversion.models import Version

from articles.domain.models import Article, Correction, Person, Quote
from tests.admin_forms import change_form_data
from tests.conftest import skip_or_fail
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory
from tests.security.support import admin_url, change_url, client_for, form_errors, member, messages_of, transition_url


@pytest.fixture
def story(db, editor):
    article = ArticleFactory(headline="Original headline", body="“Original words,” she said.")
    QuoteFactory(article=article, text="Original words,", position=1)
    Correction.objects.create(article=article, text="Original correction")
    with reversion.create_revision():
        article.save()
        reversion.set_user(editor)
    return Article.objects.get(pk=article.pk)


def refused_naming(response, who: str) -> bool:
    errors = " ".join(form_errors(response) + messages_of(response))
    return response.status_code == 200 and "changed since you opened it" in errors and who in errors


def _save(client, obj, **edits):
    data = change_form_data(client.get(change_url(obj)))
    data.update(edits)
    response = client.post(change_url(obj), data)
    assert response.status_code == 302, form_errors(response)


# The article change form -------------------------------------------------------------------------


def test_a_stale_article_form_is_refused_after_another_editors_save(editor_client, other_editor_client, story):
    """Ed loads, Olga saves, Ed saves: refused, naming Olga; Olga's headline stays."""
    stale = change_form_data(editor_client.get(change_url(story)))
    _save(other_editor_client, story, headline="Olga's headline")

    stale["headline"] = "Ed's headline"
    response = editor_client.post(change_url(story), stale)

    assert refused_naming(response, "olga")
    assert Article.objects.get(pk=story.pk).headline == "Olga's headline"


def test_a_stale_inline_quote_is_refused_after_a_save_through_the_quote_form(editor_client, other_editor_client, story):
    """Ed loads the article with its quotes, Olga fixes the quote on its own form, Ed edits the
    same quote inline: refused, naming Olga; Olga's words stay."""
    stale = change_form_data(editor_client.get(change_url(story)))
    _save(other_editor_client, story.quotes.get(), text="Olga's words,")

    stale["quotes-0-text"] = "Ed's words,"
    response = editor_client.post(change_url(story), stale)

    assert refused_naming(response, "olga")
    assert story.quotes.get().text == "Olga's words,"


def test_a_stale_quote_form_is_refused_after_another_editors_save(editor_client, other_editor_client, story):
    """Both on the quote's own form: the second save is refused, naming the first editor."""
    quote = story.quotes.get()
    stale = change_form_data(editor_client.get(change_url(quote)))
    _save(other_editor_client, quote, text="Olga's words,")

    stale["text"] = "Ed's words,"
    response = editor_client.post(change_url(quote), stale)

    assert refused_naming(response, "olga")
    assert Quote.objects.get(pk=quote.pk).text == "Olga's words,"


def test_a_stale_quote_form_is_refused_after_an_inline_save(editor_client, other_editor_client, story):
    """Olga edits the quote inline on the article; Ed's older quote form is refused, naming her."""
    quote = story.quotes.get()
    stale = change_form_data(editor_client.get(change_url(quote)))
    _save(other_editor_client, story, **{"quotes-0-text": "Olga's words,"})

    stale["text"] = "Ed's words,"
    response = editor_client.post(change_url(quote), stale)

    assert refused_naming(response, "olga")
    assert Quote.objects.get(pk=quote.pk).text == "Olga's words,"


# Workflow buttons and actions -------------------------------------------------------------------


def test_a_transition_from_a_stale_page_is_refused_and_keeps_the_other_edit(editor_client, other_editor_client, story):
    """Ed's "Publish" button was rendered before Olga's edit: refused, Olga's edit stays, not published."""
    loaded = editor_client.get(change_url(story)).context["current_version"]
    _save(other_editor_client, story, headline="Olga's headline")

    response = editor_client.post(transition_url(story, "publish"), {"expected_version": loaded}, follow=True)

    article = Article.objects.get(pk=story.pk)
    assert (article.status, article.headline) == (Article.Status.DRAFT, "Olga's headline")
    assert any("changed by someone else" in m or "changed since you opened it" in m for m in messages_of(response))


def test_a_refused_transition_names_the_editor_who_changed_the_article(editor_client, other_editor_client, story):
    """The refusal of a stale transition names the other editor, like the change forms' does."""
    loaded = editor_client.get(change_url(story)).context["current_version"]
    _save(other_editor_client, story, headline="Olga's headline")

    response = editor_client.post(transition_url(story, "publish"), {"expected_version": loaded}, follow=True)

    assert any("olga" in m for m in messages_of(response))


def test_an_article_form_opened_before_an_action_is_refused(editor_client, other_editor_client, story):
    """Olga submits the article for review from the changelist; Ed's older form is refused, naming her."""
    stale = change_form_data(editor_client.get(change_url(story)))
    other_editor_client.post(
        admin_url(Article, "changelist"), {"action": "submit_selected", "_selected_action": [story.pk]}
    )

    stale["headline"] = "Ed's headline"
    response = editor_client.post(change_url(story), stale)

    assert refused_naming(response, "olga")
    article = Article.objects.get(pk=story.pk)
    assert (article.status, article.headline) == (Article.Status.IN_REVIEW, "Original headline")


def test_a_quote_form_opened_before_a_verification_action_is_refused(editor_client, other_editor_client, story):
    """Olga rejects the quote from the review queue; Ed's older quote form (which would have
    re-saved the old status) is refused, naming her."""
    quote = story.quotes.get()
    stale = change_form_data(editor_client.get(change_url(quote)))
    other_editor_client.post(
        admin_url(Quote, "changelist"), {"action": "mark_rejected", "_selected_action": [quote.pk]}
    )

    stale["text"] = "Ed's words,"
    response = editor_client.post(change_url(quote), stale)

    assert refused_naming(response, "olga")
    quote = Quote.objects.get(pk=quote.pk)
    assert (quote.verification_status, quote.text) == (Quote.Verification.REJECTED, "Original words,")


# Revisions ---------------------------------------------------------------------------------------


def test_a_revision_restore_opened_before_a_newer_save_is_refused(editor_client, other_editor_client, story):
    """Ed opens an old revision to restore it, Olga saves meanwhile: Ed's restore is refused, naming
    her, and does not throw away her save."""
    revision_url = admin_url(Article, "revision", story.pk, Version.objects.get_for_object(story).first().pk)
    stale = change_form_data(editor_client.get(revision_url))
    _save(other_editor_client, story, headline="Olga's headline")

    response = editor_client.post(revision_url, stale)

    assert refused_naming(response, "olga")
    assert Article.objects.get(pk=story.pk).headline == "Olga's headline"


def test_a_form_opened_before_a_restore_is_refused(editor_client, other_editor_client, story):
    """Olga restores an old revision; Ed's form from before it is refused, naming her."""
    _save(other_editor_client, story, headline="Second headline")
    stale = change_form_data(editor_client.get(change_url(story)))
    first = Version.objects.get_for_object(story).order_by("pk").first()
    revision_url = admin_url(Article, "revision", story.pk, first.pk)
    restored = other_editor_client.post(revision_url, change_form_data(other_editor_client.get(revision_url)))
    assert restored.status_code == 302

    stale["headline"] = "Ed's headline"
    response = editor_client.post(change_url(story), stale)

    assert refused_naming(response, "olga")
    assert Article.objects.get(pk=story.pk).headline == "Original headline"


def test_restoring_a_revision_never_moves_the_version_backwards(other_editor_client, story):
    """After a restore the version is higher than before it, as after any save."""
    for headline in ("Second headline", "Third headline"):
        _save(other_editor_client, story, headline=headline)
    before = Article.objects.get(pk=story.pk).version
    revision_url = admin_url(
        Article, "revision", story.pk, Version.objects.get_for_object(story).order_by("pk").first().pk
    )

    response = other_editor_client.post(revision_url, change_form_data(other_editor_client.get(revision_url)))

    assert response.status_code == 302
    assert Article.objects.get(pk=story.pk).version > before


def test_a_form_opened_before_an_edit_and_a_restore_is_refused(editor_client, other_editor_client, story):
    """Ed loads; Olga edits, then restores the first revision; Ed's form is still refused."""
    stale = change_form_data(editor_client.get(change_url(story)))
    _save(other_editor_client, story, headline="Second headline")
    first = Version.objects.get_for_object(story).order_by("pk").first()
    revision_url = admin_url(Article, "revision", story.pk, first.pk)
    assert (
        other_editor_client.post(revision_url, change_form_data(other_editor_client.get(revision_url))).status_code
        == 302
    )

    stale["body"] = "Ed's body."
    response = editor_client.post(change_url(story), stale)

    assert Article.objects.get(pk=story.pk).body == "“Original words,” she said."
    assert refused_naming(response, "olga")


# Corrections and people: no version -------------------------------------------------------------


def test_a_stale_inline_correction_is_refused_after_another_editors_save(editor_client, other_editor_client, story):
    """Corrections are public text too: Ed's older inline edit does not overwrite Olga's."""
    stale = change_form_data(editor_client.get(change_url(story)))
    _save(other_editor_client, story.corrections.get(), text="Olga's correction")

    stale["corrections-0-text"] = "Ed's correction"
    response = editor_client.post(change_url(story), stale)

    assert story.corrections.get().text == "Olga's correction"
    assert refused_naming(response, "olga")


def test_a_stale_person_form_is_refused_after_another_editors_save(editor_client, other_editor_client, db):
    """Ed's older form for a person does not overwrite Olga's newer title."""
    person = PersonFactory(name="Pat Example", slug="pat-example", title="Minister")
    stale = change_form_data(editor_client.get(change_url(person)))
    _save(other_editor_client, person, title="Former minister")

    stale["aliases"] = "P. Example"
    response = editor_client.post(change_url(person), stale)

    assert Person.objects.get(pk=person.pk).title == "Former minister"
    assert refused_naming(response, "olga")


# A real race -------------------------------------------------------------------------------------


@pytest.fixture
def restores_editorial_groups(django_db_blocker):
    """A transactional test empties every table when it ends, the groups a migration made included:
    put them back (listed before transactional_db, this runs after its flush)."""
    yield
    from importlib import import_module

    reporter_codenames = import_module("articles.migrations.0004_editorial_groups").REPORTER_CODENAMES
    with django_db_blocker.unblock():
        perms = Permission.objects.filter(content_type__app_label="articles")
        Group.objects.get_or_create(name="Reporter")[0].permissions.set(perms.filter(codename__in=reporter_codenames))
        Group.objects.get_or_create(name="Editor")[0].permissions.set(list(perms))


def test_two_editors_posting_the_same_stale_version_at_once_exactly_one_wins(
    restores_editorial_groups, transactional_db
):
    """Two real requests in two threads, each in its own PostgreSQL transaction, racing with the
    same version: the row lock makes exactly one of them win; the other is refused."""
    if connection.vendor != "postgresql":
        skip_or_fail("postgres", "the concurrent race needs PostgreSQL (SQLite serialises writers itself)")
    editors = [member("ed", "Editor"), member("olga", "Editor")]
    article = ArticleFactory(headline="Raced headline")
    clients = [client_for(user) for user in editors]
    forms = [change_form_data(c.get(change_url(article))) for c in clients]
    for form, user in zip(forms, editors, strict=False):
        form["headline"] = f"{user.username}'s headline"
    barrier = threading.Barrier(2)
    results = {}

    def post(index):
        try:
            barrier.wait(timeout=10)
            results[index] = clients[index].post(change_url(article), forms[index])
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    codes = sorted(response.status_code for response in results.values())
    assert codes == [200, 302]
    winner = next(i for i, r in results.items() if r.status_code == 302)
    loser = 1 - winner
    assert Article.objects.get(pk=article.pk).headline == f"{editors[winner].username}'s headline"
    assert refused_naming(results[loser], editors[winner].username)
