"""The editorial desk: roles, workflow, scheduling, optimistic locking, revisions, previews,
corrections and quote verification, through the admin as editors use it."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, User
from django.core import signing
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles.domain import previews as preview
from articles.domain.models import Article, Correction, Quote
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db


def member(username, group):
    user = User.objects.create_user(username, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def reporter():
    return member("rita", "Reporter")


@pytest.fixture
def editor():
    return member("ed", "Editor")


@pytest.fixture
def reporter_client(client, reporter):
    client.force_login(reporter)
    return client


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def draft():
    article = ArticleFactory(headline="A draft story")
    QuoteFactory(article=article, text="a partial quote", position=1)
    return article


def change_url(obj):
    return reverse(f"admin:articles_{obj._meta.model_name}_change", args=[obj.pk])


def transition(client, article, name, version=None):
    return client.post(
        reverse("admin:articles_article_transition", args=[article.pk, name]),
        {"expected_version": article.version if version is None else version},
    )


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


# Roles -----------------------------------------------------------------------------------------


def test_groups_are_created_with_their_permissions():
    reporter = set(Group.objects.get(name="Reporter").permissions.values_list("codename", flat=True))
    editor = set(Group.objects.get(name="Editor").permissions.values_list("codename", flat=True))

    assert {"add_article", "change_article", "add_quote", "change_quote"} <= reporter
    assert not {"publish_article", "retract_article", "verify_quote", "delete_article"} & reporter
    assert {"publish_article", "retract_article", "verify_quote", "delete_article", "add_correction"} <= editor


def test_reporter_can_submit_a_draft_for_review(reporter_client, draft):
    transition(reporter_client, draft, "submit")

    assert Article.objects.get(pk=draft.pk).status == Article.Status.IN_REVIEW


def test_reporter_cannot_publish_through_the_transition_url(reporter_client, draft):
    response = transition(reporter_client, draft, "publish")

    assert response.status_code == 302
    assert Article.objects.get(pk=draft.pk).status == Article.Status.DRAFT


def test_reporter_cannot_publish_with_a_hand_made_form_post(reporter_client, draft):
    data = change_form_data(reporter_client.get(change_url(draft)))
    data.update(status="published", published_at_0="2020-01-01", published_at_1="10:00:00")

    reporter_client.post(change_url(draft), data)

    article = Article.objects.get(pk=draft.pk)
    assert article.status == Article.Status.DRAFT
    assert article.published_at is None


def test_reporter_cannot_publish_with_a_hand_made_action_post(reporter_client, draft):
    page = reporter_client.get(reverse("admin:articles_article_changelist"))
    assert "publish_selected" not in page.text

    reporter_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish_selected", "_selected_action": [draft.pk]},
    )

    assert Article.objects.get(pk=draft.pk).status == Article.Status.DRAFT


def test_reporter_cannot_edit_a_published_article(reporter_client):
    article = ArticleFactory(published=True, headline="Published words")

    response = reporter_client.post(change_url(article), {"headline": "Changed by a reporter"})

    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).headline == "Published words"


# Workflow ---------------------------------------------------------------------------------------


def test_editor_publishes_and_the_change_is_logged(editor_client, editor, draft):
    from django.contrib.admin.models import LogEntry

    response = transition(editor_client, draft, "publish")

    article = Article.objects.get(pk=draft.pk)
    assert response.status_code == 302
    assert article.is_published
    assert LogEntry.objects.filter(object_id=str(draft.pk), user=editor, change_message="Publish.").exists()


def test_publishing_with_a_future_time_schedules_until_then(editor_client, client, draft):
    draft.published_at = timezone.now() + dt.timedelta(hours=3)
    draft.save()

    transition(editor_client, Article.objects.get(pk=draft.pk), "publish")
    editor_client.logout()

    article = Article.objects.get(pk=draft.pk)
    assert article.is_scheduled and not article.is_published
    assert client.get(article.get_absolute_url()).status_code == 404
    assert article not in Article.objects.published()


def test_retracting_asks_for_the_reason_first(editor_client):
    article = ArticleFactory(published=True)

    page = transition(editor_client, article, "retract")

    assert page.status_code == 200 and 'name="reason"' in page.text and "required" in page.text
    assert Article.objects.get(pk=article.pk).status == Article.Status.PUBLISHED


def test_a_retraction_without_a_reason_is_refused(editor_client):
    article = ArticleFactory(published=True)

    response = editor_client.post(
        reverse("admin:articles_article_transition", args=[article.pk, "retract"]),
        {"expected_version": article.version, "reason": "   "},
    )

    assert response.status_code == 200 and "Give the reason" in response.text
    assert Article.objects.get(pk=article.pk).status == Article.Status.PUBLISHED


def _retract(editor_client, article, reason="An interview quoted here never took place."):
    return editor_client.post(
        reverse("admin:articles_article_transition", args=[article.pk, "retract"]),
        {"expected_version": article.version, "reason": reason},
    )


def test_a_retracted_article_answers_410_with_its_notice_and_no_text(editor_client, client):
    article = ArticleFactory(published=True, headline="A story we got wrong")
    quote = QuoteFactory(article=article, text="Words from the story", position=1)

    _retract(editor_client, article)
    editor_client.logout()

    assert Article.objects.get(pk=article.pk).status == Article.Status.RETRACTED
    for url in (article.get_absolute_url(), quote.get_absolute_url()):
        page = client.get(url)
        assert page.status_code == 410
        assert "A story we got wrong" in page.text and "never took place" in page.text
        assert "Words from the story" not in page.text and "First paragraph" not in page.text
        assert page["X-Robots-Tag"] == "noindex" and '<meta name="robots" content="noindex">' in page.text


def test_a_retraction_is_listed_with_the_corrections_and_in_the_feeds(editor_client, client):
    article = ArticleFactory(published=True, headline="A story we got wrong")

    _retract(editor_client, article)
    editor_client.logout()

    corrections = client.get(reverse("articles:corrections")).text
    assert "A story we got wrong" in corrections and "never took place" in corrections
    for feed in ("articles:feed-rss", "articles:feed-atom"):
        assert "Retracted: A story we got wrong" in client.get(reverse(feed)).text


def test_unpublishing_stays_a_silent_404(editor_client, client):
    article = ArticleFactory(published=True, headline="Published by mistake")

    transition(editor_client, article, "unpublish")
    editor_client.logout()

    assert client.get(article.get_absolute_url()).status_code == 404
    assert "Published by mistake" not in client.get(reverse("articles:corrections")).text


def test_the_retract_button_in_the_form_saves_first_then_asks_for_the_reason(editor_client):
    article = ArticleFactory(published=True, deck="Old deck")
    data = change_form_data(editor_client.get(change_url(article)))
    data.update(deck="Deck typed before Retract", _transition="retract")

    page = editor_client.post(change_url(article), data)

    assert page.status_code == 200 and 'name="reason"' in page.text
    stored = Article.objects.get(pk=article.pk)
    assert (stored.deck, stored.status) == ("Deck typed before Retract", Article.Status.PUBLISHED)


def test_the_retract_list_action_asks_for_the_reason(editor_client):
    articles = [ArticleFactory(published=True), ArticleFactory(published=True)]
    changelist = reverse("admin:articles_article_changelist")
    selected = [a.pk for a in articles]

    page = editor_client.post(changelist, {"action": "retract_selected", "_selected_action": selected})
    assert page.status_code == 200 and 'name="reason"' in page.text
    editor_client.post(
        changelist, {"action": "retract_selected", "_selected_action": selected, "reason": "Plagiarised."}
    )

    assert set(Article.objects.filter(pk__in=selected).values_list("status", flat=True)) == {Article.Status.RETRACTED}


def test_unverified_quotes_block_publishing_when_the_policy_says_so(editor_client, draft, settings):
    settings.NEWSROOM_UNVERIFIED_QUOTES = "block"

    response = transition(editor_client, draft, "publish")

    assert Article.objects.get(pk=draft.pk).status == Article.Status.DRAFT
    assert any("not verified" in m for m in messages_of(editor_client.get(response.url)))


def test_unverified_quotes_only_warn_by_default(editor_client, draft):
    response = transition(editor_client, draft, "publish")

    assert Article.objects.get(pk=draft.pk).status == Article.Status.PUBLISHED
    assert any("not verified" in m for m in messages_of(editor_client.get(response.url)))


def test_publish_action_publishes_selected_articles(editor_client):
    articles = ArticleFactory.create_batch(3)

    editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish_selected", "_selected_action": [a.pk for a in articles]},
    )

    assert Article.objects.published().count() == 3


# Nothing lost -----------------------------------------------------------------------------------


def test_a_save_from_a_stale_form_is_refused_and_the_other_edit_survives(client, editor, draft):
    other = member("olga", "Editor")
    client.force_login(editor)
    stale = change_form_data(client.get(change_url(draft)))
    client.force_login(other)
    theirs = change_form_data(client.get(change_url(draft)))
    theirs["headline"] = "Olga's headline"
    assert client.post(change_url(draft), theirs).status_code == 302

    client.force_login(editor)
    stale["headline"] = "Ed's headline"
    response = client.post(change_url(draft), stale)

    assert response.status_code == 200
    error = str(response.context["adminform"].form.non_field_errors())
    assert "changed since you opened it" in error and "olga" in error and "headline" in error.lower()
    assert Article.objects.get(pk=draft.pk).headline == "Olga's headline"


def test_a_stale_inline_quote_edit_is_refused(client, editor, draft):
    client.force_login(editor)
    stale = change_form_data(client.get(change_url(draft)))
    quote = draft.quotes.get()
    quote.text = "Fixed elsewhere"
    quote.save()

    stale["quotes-0-text"] = "My edit of the quote"
    stale["expected_version"] = str(Article.objects.get(pk=draft.pk).version)
    response = client.post(change_url(draft), stale)

    assert response.status_code == 200
    assert Quote.objects.get(pk=quote.pk).text == "Fixed elsewhere"


def test_a_stale_quote_admin_edit_is_refused(editor_client, draft):
    quote = draft.quotes.get()
    stale = change_form_data(editor_client.get(change_url(quote)))
    quote.text = "Saved by someone else"
    quote.save()

    stale["text"] = "Mine"
    response = editor_client.post(change_url(quote), stale)

    assert response.status_code == 200
    assert Quote.objects.get(pk=quote.pk).text == "Saved by someone else"


def test_a_transition_from_a_stale_page_is_refused(editor_client, draft):
    loaded_version = draft.version
    draft.headline = "Changed meanwhile"
    draft.save()

    transition(editor_client, draft, "publish", version=loaded_version)

    assert Article.objects.get(pk=draft.pk).status == Article.Status.DRAFT


def test_an_action_makes_open_forms_stale(editor_client, draft):
    stale = change_form_data(editor_client.get(change_url(draft)))
    editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "submit_selected", "_selected_action": [draft.pk]},
    )

    stale["headline"] = "Too late"
    response = editor_client.post(change_url(draft), stale)

    assert response.status_code == 200
    assert Article.objects.get(pk=draft.pk).headline == "A draft story"


def test_every_save_stores_a_revision_with_the_quotes(editor_client, draft):
    data = change_form_data(editor_client.get(change_url(draft)))
    data["headline"] = "Second headline"
    editor_client.post(change_url(draft), data)

    versions = Version.objects.get_for_object(draft)
    assert versions.count() == 1
    revision = versions.first().revision
    assert revision.user.username == "ed"
    assert {v.content_type.model for v in revision.version_set.all()} >= {"article", "quote"}


def test_revision_diff_shows_what_changed(editor_client, draft):
    for headline in ("First saved headline", "Second saved headline"):
        data = change_form_data(editor_client.get(change_url(draft)))
        data["headline"] = headline
        editor_client.post(change_url(draft), data)
    latest = Version.objects.get_for_object(draft).first()

    history = editor_client.get(reverse("admin:articles_article_history", args=[draft.pk]))
    diff = editor_client.get(reverse("admin:articles_article_revision_diff", args=[draft.pk, latest.pk]))

    assert "Compare with previous" in history.text
    assert '<div class="diff-removed">- First saved headline</div>' in diff.text
    assert '<div class="diff-added">+ Second saved headline</div>' in diff.text


def test_restoring_a_revision_is_itself_a_new_revision(editor_client, draft):
    for headline in ("Original headline", "Regretted headline"):
        data = change_form_data(editor_client.get(change_url(draft)))
        data["headline"] = headline
        editor_client.post(change_url(draft), data)
    original = Version.objects.get_for_object(draft).last()
    revision_url = reverse("admin:articles_article_revision", args=[draft.pk, original.pk])

    data = change_form_data(editor_client.get(revision_url))
    response = editor_client.post(revision_url, data)

    assert response.status_code == 302
    assert Article.objects.get(pk=draft.pk).headline == "Original headline"
    assert Version.objects.get_for_object(draft).count() == 3


def test_a_restore_keeps_the_quotes_copy_of_the_publication_time(editor_client, draft):
    quote = draft.quotes.get()
    data = change_form_data(editor_client.get(change_url(draft)))
    data["headline"] = "Saved once"
    editor_client.post(change_url(draft), data)
    saved = Version.objects.get_for_object(draft).first()
    published_at = timezone.now() - dt.timedelta(hours=2)
    article = Article.objects.get(pk=draft.pk)
    article.published_at = published_at
    article.save()
    revision_url = reverse("admin:articles_article_revision", args=[draft.pk, saved.pk])

    editor_client.post(revision_url, change_form_data(editor_client.get(revision_url)))

    assert Article.objects.get(pk=draft.pk).published_at == published_at  # the workflow state stays
    assert Quote.objects.get(pk=quote.pk).article_published_at == published_at


# Preview ----------------------------------------------------------------------------------------


def test_staff_see_a_draft_on_its_url_with_a_banner_and_noindex(editor_client, draft):
    response = editor_client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert "Not published." in response.text
    assert '<meta name="robots" content="noindex, nofollow">' in response.text
    assert response["Cache-Control"] == "private, no-store"


def test_readers_get_404_for_a_draft(client, draft):
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_signed_preview_link_shows_the_draft_to_anyone(client, draft):
    response = client.get(preview.preview_url(draft))

    assert response.status_code == 200
    assert draft.headline in response.text and "Not published." in response.text
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_the_change_form_shows_the_preview_link(editor_client, draft):
    response = editor_client.get(change_url(draft))

    assert "/preview/" in response.text


def test_an_expired_preview_link_is_404(client, draft, settings):
    url = preview.preview_url(draft)
    settings.NEWSROOM_PREVIEW_MAX_AGE = -1

    assert client.get(url).status_code == 404


def test_a_revoked_preview_link_is_404(editor_client, client, draft):
    url = preview.preview_url(draft)

    editor_client.post(reverse("admin:articles_article_revoke_previews", args=[draft.pk]))

    assert client.get(url).status_code == 404


@pytest.mark.parametrize("token", ["nonsense", signing.dumps({"id": 1, "key": "x"}, salt="other")])
def test_a_forged_preview_link_is_404(client, draft, token):
    assert client.get(reverse("articles:preview", args=[token])).status_code == 404


def test_a_preview_token_cannot_be_reused_for_another_article(client, draft):
    other = ArticleFactory(headline="Another draft")
    token = preview.make_token(draft)
    forged = signing.dumps({"id": other.pk, "key": draft.preview_key}, salt="forged")

    assert other.headline not in client.get(reverse("articles:preview", args=[token])).text
    assert client.get(reverse("articles:preview", args=[forged])).status_code == 404


# Corrections ------------------------------------------------------------------------------------


@pytest.fixture
def corrected():
    article = ArticleFactory(published=True, headline="Story with a mistake")
    Correction.objects.create(article=article, text="An earlier version misspelt the minister's name.")
    return article


def test_corrections_show_on_the_article_and_in_its_json_ld(client, corrected):
    html = client.get(corrected.get_absolute_url()).text

    assert "Corrections and updates" in html
    assert "misspelt the minister" in html
    assert '"CorrectionComment"' in html


def test_corrections_appear_in_the_feed(client, corrected):
    assert "misspelt the minister" in client.get(reverse("articles:feed-rss")).text


def test_corrections_page_lists_published_corrections_newest_first(client, corrected):
    hidden = ArticleFactory(headline="Draft with a correction")
    Correction.objects.create(article=hidden, text="Hidden correction")
    Correction.objects.create(
        article=corrected,
        kind=Correction.Kind.UPDATE,
        text="Later update",
        created_at=timezone.now() + dt.timedelta(minutes=1),
    )

    html = client.get(reverse("articles:corrections")).text

    assert html.index("Later update") < html.index("misspelt the minister")
    assert "Hidden correction" not in html


def test_editor_adds_a_correction_inline(editor_client, corrected):
    data = change_form_data(editor_client.get(change_url(corrected)))
    data["corrections-TOTAL_FORMS"] = "2"
    data.update({"corrections-1-kind": "update", "corrections-1-text": "Added the vote count."})

    response = editor_client.post(change_url(corrected), data)

    assert response.status_code == 302
    correction = corrected.corrections.get(kind="update")
    assert correction.created_by.username == "ed"


# Quote verification -----------------------------------------------------------------------------


def test_editor_verifies_quotes_with_who_and_when(editor_client, draft):
    quote = draft.quotes.get()

    editor_client.post(
        reverse("admin:articles_quote_changelist"),
        {"action": "mark_verified", "_selected_action": [quote.pk]},
    )

    quote.refresh_from_db()
    assert quote.verification_status == Quote.Verification.VERIFIED
    assert quote.verified_by.username == "ed" and quote.verified_at is not None


def test_reporter_cannot_verify_quotes_by_a_hand_made_post(reporter_client, draft):
    quote = draft.quotes.get()

    reporter_client.post(
        reverse("admin:articles_quote_changelist"),
        {"action": "mark_verified", "_selected_action": [quote.pk]},
    )

    assert Quote.objects.get(pk=quote.pk).verification_status == Quote.Verification.EXTRACTED


def test_review_queue_filters_and_shows_the_quote_in_its_paragraph(editor_client, draft):
    quote = draft.quotes.get()
    quote.paragraph = 0
    quote.save()

    queue = editor_client.get(reverse("admin:articles_quote_changelist"), {"verification_status__exact": "extracted"})
    form = editor_client.get(change_url(quote))

    assert queue.context["cl"].result_count == 1
    assert "in which “<mark>a partial quote</mark>” appears" in form.text


def test_rejected_quotes_never_appear_publicly(client):
    article = ArticleFactory(published=True)
    speaker = PersonFactory(name="Rejected Speaker")
    quote = QuoteFactory(article=article, speaker=speaker, text="Words we could not confirm", position=1)
    quote.verification_status = Quote.Verification.REJECTED
    quote.save()

    assert client.get(quote.get_absolute_url()).status_code == 404
    assert client.get(speaker.get_absolute_url()).status_code == 404
    page = client.get(article.get_absolute_url()).text
    assert quote.get_absolute_url() not in page
    assert "Words we could not confirm" not in client.get("/api/quotes").text
    assert "Words we could not confirm" not in client.get(reverse("articles:search"), {"q": "confirm"}).text


def test_correcting_a_published_quote_fixes_the_text_and_adds_a_public_note(editor_client):
    article = ArticleFactory(published=True, body="“We will win,” the coach said.")
    quote = QuoteFactory(article=article, text="We will win,", position=1)
    data = change_form_data(editor_client.get(change_url(quote)))
    data["text"] = "We can win,"

    editor_client.post(change_url(quote), data)

    article.refresh_from_db()
    assert "“We can win,” the coach said." in article.body
    correction = article.corrections.get()
    assert "We will win," in correction.text and "We can win," in correction.text
    assert "We can win" in editor_client.get(quote.speaker.get_absolute_url()).text


def test_admin_changelists_keep_constant_queries(editor_client, django_assert_max_num_queries):
    for _ in range(20):
        article = ArticleFactory(published=True)
        QuoteFactory(article=article)

    for name in ("article", "quote", "person"):
        with django_assert_max_num_queries(12):
            assert editor_client.get(reverse(f"admin:articles_{name}_changelist")).status_code == 200


def test_an_unchanged_save_from_a_browser_with_crlf_line_ends_changes_nothing(editor_client):
    from django.contrib.admin.models import LogEntry

    article = ArticleFactory(headline="Imported")
    article.import_checksum = article.content_checksum()
    article.save()
    data = change_form_data(editor_client.get(change_url(article)))
    data["body"] = data["body"].replace("\n", "\r\n")
    data["deck"] = data["deck"].replace("\n", "\r\n")

    editor_client.post(change_url(article), data)

    article.refresh_from_db()
    assert not article.edited_since_import
    assert LogEntry.objects.filter(object_id=str(article.pk)).get().get_change_message() == "No fields changed."


def test_history_lists_only_the_fields_the_editor_changed(editor_client, draft):
    from django.contrib.admin.models import LogEntry

    data = change_form_data(editor_client.get(change_url(draft)))
    data["headline"] = "Only the headline"
    editor_client.post(change_url(draft), data)

    assert LogEntry.objects.filter(object_id=str(draft.pk)).get().get_change_message() == "Changed Headline."


def test_a_quote_correction_lands_in_the_quotes_own_paragraph(editor_client):
    """The same words in two paragraphs: only the quote's paragraph is corrected."""
    body = "An aide recalled him saying “We will win,” years ago.\n\n“We will win,” the coach said on Friday."
    article = ArticleFactory(published=True, body=body)
    quote = QuoteFactory(
        article=article,
        text="We will win,",
        position=1,
        paragraph=1,
        context="“We will win,” the coach said on Friday.",
    )
    data = change_form_data(editor_client.get(change_url(quote)))
    data["text"] = "We can win,"

    editor_client.post(change_url(quote), data)

    article.refresh_from_db()
    assert (
        article.body
        == "An aide recalled him saying “We will win,” years ago.\n\n“We can win,” the coach said on Friday."
    )
    assert Quote.objects.get(pk=quote.pk).context == "“We can win,” the coach said on Friday."


def test_a_quote_correction_leaves_an_ambiguous_body_alone_but_still_says_so_publicly(editor_client):
    body = "“We will win,” said one.\n\n“We will win,” said another."
    article = ArticleFactory(published=True, body=body)
    quote = QuoteFactory(article=article, text="We will win,", position=1, paragraph=None)
    data = change_form_data(editor_client.get(change_url(quote)))
    data["text"] = "We can win,"

    editor_client.post(change_url(quote), data)

    article.refresh_from_db()
    assert article.body == body
    assert article.corrections.count() == 1
