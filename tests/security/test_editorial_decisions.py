"""What an editor decides stays decided: restores and reporters cannot undo or bypass it.

Each test here is a finding from attacking a running copy as a careless insider would: a
revision restore that rewound verification, dropped a correction, un-rejected a quote or showed
readers an intermediate state; a reporter who put a quote on a published article or renamed a
public person.
"""

import reversion
from django.db.models.signals import post_save
from reversion.models import Version

from articles.domain import workflow
from articles.domain.models import Article, Correction, Person, Quote
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory
from tests.security.support import admin_url, change_url, form_errors, snapshot


def _revision(obj, user):
    """Save `obj` as a revision by `user`, and return that version."""
    with reversion.create_revision():
        type(obj).objects.get(pk=obj.pk).save()
        reversion.set_user(user)
    return Version.objects.get_for_object(obj).first()


def _restore(client, obj, version):
    url = admin_url(type(obj), "revision", obj.pk, version.pk)
    page = client.get(url)
    assert page.status_code == 200
    return client.post(url, change_form_data(page))


# Restores ---------------------------------------------------------------------------------------


def test_a_reporter_restoring_a_draft_cannot_change_a_quotes_verification(editor, reporter, reporter_client):
    draft = ArticleFactory(headline="Draft as first written")
    quote = QuoteFactory(article=draft, position=1, text="first words")
    before_verification = _revision(draft, reporter)
    workflow.verify_quotes([quote], Quote.Verification.DISPUTED, editor, note="Recording says otherwise")

    response = _restore(reporter_client, draft, before_verification)

    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.verification_status == Quote.Verification.DISPUTED
    assert quote.verified_by == editor and quote.verification_note == "Recording says otherwise"


def test_a_restore_never_removes_a_public_correction(editor, editor_client):
    article = ArticleFactory(published=True, headline="Before the correction")
    QuoteFactory(article=article, position=1)
    before_correction = _revision(article, editor)
    correction = Correction.objects.create(article=article, text="An earlier version misspelt the mayor's name.")
    _revision(article, editor)

    response = _restore(editor_client, article, before_correction)

    assert response.status_code == 302
    assert Correction.objects.filter(pk=correction.pk).exists()


def test_a_restore_never_makes_a_rejected_quote_public_again(editor, editor_client, client):
    article = ArticleFactory(published=True, body="“Invented words,” she said.")
    quote = QuoteFactory(article=article, position=1, text="Invented words,")
    before_rejection = _revision(article, editor)
    workflow.verify_quotes([quote], Quote.Verification.REJECTED, editor)

    response = _restore(editor_client, article, before_rejection)

    assert response.status_code == 302
    assert Quote.objects.get(pk=quote.pk).verification_status == Quote.Verification.REJECTED
    assert client.get(quote.get_absolute_url()).status_code == 404


def test_a_restore_keeps_the_status_throughout_so_readers_never_see_an_intermediate_state(editor, editor_client):
    """The reported case: an article once published, now back in draft; restoring the revision
    from when it was published must not make it public, not even inside the restore."""
    article = ArticleFactory(headline="Published version")
    workflow.apply_transition(article, "publish", editor)
    published_revision = Version.objects.get_for_object(article).first()
    workflow.apply_transition(Article.objects.get(pk=article.pk), "unpublish", editor)
    seen = []

    def record(sender, instance, **kwargs):
        seen.append((instance.status, Article.objects.published().filter(pk=instance.pk).exists()))

    post_save.connect(record, sender=Article)
    try:
        response = _restore(editor_client, Article.objects.get(pk=article.pk), published_revision)
    finally:
        post_save.disconnect(record, sender=Article)

    assert response.status_code == 302
    assert seen and all(state == (Article.Status.DRAFT, False) for state in seen)
    assert Article.objects.get(pk=article.pk).status == Article.Status.DRAFT


def test_a_restore_brings_back_the_text_and_quotes_words(editor, editor_client):
    article = ArticleFactory(headline="The headline we want back")
    quote = QuoteFactory(article=article, position=1, text="words we want back")
    wanted = _revision(article, editor)
    Article.objects.filter(pk=article.pk).update(headline="A regretted headline")
    Quote.objects.filter(pk=quote.pk).update(text="regretted words")
    added_since = QuoteFactory(article=article, position=2, text="added later")

    response = _restore(editor_client, Article.objects.get(pk=article.pk), wanted)

    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).headline == "The headline we want back"
    assert Quote.objects.get(pk=quote.pk).text == "words we want back"
    assert Quote.objects.filter(pk=added_since.pk).exists()  # never removed silently
    assert Version.objects.get_for_object(article).first().revision.user == editor


def test_the_restore_page_shows_what_would_change_and_changes_nothing(editor, editor_client):
    article = ArticleFactory(headline="Old headline")
    wanted = _revision(article, editor)
    Article.objects.filter(pk=article.pk).update(headline="New headline")
    before = snapshot()

    page = editor_client.get(admin_url(Article, "revision", article.pk, wanted.pk))

    assert page.status_code == 200
    assert "- New headline" in page.text and "+ Old headline" in page.text
    assert snapshot() == before


def test_a_reporter_cannot_restore_a_public_persons_revision(editor, reporter_client):
    person = PersonFactory(name="Dana Public")
    QuoteFactory(speaker=person, article=ArticleFactory(published=True), position=1)
    old = _revision(person, editor)
    before = snapshot()

    response = reporter_client.post(
        admin_url(Person, "revision", person.pk, old.pk), {"expected_version": person.version}
    )

    assert response.status_code == 403
    assert snapshot() == before


# Reporters propose; editors change what readers see ----------------------------------------------


def _quote_add_data(client, **values):
    data = change_form_data(client.get(admin_url(Quote, "add")))
    data.update(values)
    return data


def test_a_reporter_cannot_add_a_quote_to_a_published_article(reporter_client, client):
    published = ArticleFactory(published=True)
    speaker = PersonFactory()
    before = snapshot()

    response = reporter_client.post(
        admin_url(Quote, "add"),
        _quote_add_data(
            reporter_client, article=published.pk, speaker=speaker.pk, text="Words put in a mouth", position=9
        ),
    )

    assert response.status_code == 200
    assert any("Only editors" in error for error in form_errors(response))
    assert snapshot() == before


def test_a_reporter_cannot_move_a_drafts_quote_onto_a_published_article(reporter_client):
    draft = ArticleFactory()
    published = ArticleFactory(published=True)
    draft_only_person = PersonFactory(name="Only In A Draft")
    quote = QuoteFactory(article=draft, speaker=draft_only_person, position=1)
    data = change_form_data(reporter_client.get(change_url(quote)))
    data["article"] = published.pk
    before = snapshot()

    response = reporter_client.post(change_url(quote), data)

    assert response.status_code == 200
    assert any("Only editors" in error for error in form_errors(response))
    assert snapshot() == before
    assert not Person.objects.public().filter(pk=draft_only_person.pk).exists()


def test_an_editor_can_add_a_quote_to_a_published_article(editor_client):
    published = ArticleFactory(published=True)

    response = editor_client.post(
        admin_url(Quote, "add"),
        _quote_add_data(
            editor_client, article=published.pk, speaker=PersonFactory().pk, text="Checked words", position=9
        ),
    )

    assert response.status_code == 302, form_errors(response)
    assert published.quotes.filter(text="Checked words").exists()


def test_a_reporter_cannot_rename_reslug_or_retitle_a_public_person(reporter_client):
    person = PersonFactory(name="Public Figure", title="Mayor")
    QuoteFactory(speaker=person, article=ArticleFactory(published=True), position=1)
    data = dict(name="Someone Else", slug="someone-else", title="Convicted fraudster", expected_version=person.version)
    before = snapshot()

    response = reporter_client.post(change_url(person), data)

    assert response.status_code == 403
    assert snapshot() == before


def test_a_reporter_may_still_edit_a_person_only_drafts_name(reporter_client):
    person = PersonFactory(name="Draft Person", title="")
    QuoteFactory(speaker=person, article=ArticleFactory(), position=1)
    data = change_form_data(reporter_client.get(change_url(person)))
    data["title"] = "Parish councillor"

    response = reporter_client.post(change_url(person), data)

    assert response.status_code == 302, form_errors(response)
    assert Person.objects.get(pk=person.pk).title == "Parish councillor"
