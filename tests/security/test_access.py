"""Access control: what readers, logged-in users without rights and staff without permissions can
reach, and what an edited admin URL or preview token can reach."""

from __future__ import annotations

import datetime as dt

import pytest
import reversion
from django.core import signing
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles.domain import previews as preview
from articles.domain import workflow
from articles.domain.models import Article, Correction, Quote
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory
from tests.security.support import (
    admin_url,
    change_url,
    client_for,
    is_login_redirect,
    snapshot,
    transition_url,
)

pytestmark = pytest.mark.django_db

MARK = "qzxv"  # in every hidden and visible text, so one search finds both


def _article_with_people_and_quote(label, **fields):
    article = ArticleFactory(
        headline=f"{label} headline {MARK}",
        slug=f"{label}-story",
        body=f"The {label} body {MARK}.\n\n“{label} words {MARK},” said the {label} speaker.",
        **fields,
    )
    speaker = PersonFactory(name=f"{label.title()} Speaker", slug=f"{label}-speaker")
    article.people.add(speaker)
    quote = QuoteFactory(article=article, speaker=speaker, text=f"{label} words {MARK},", position=1)
    correction = Correction.objects.create(article=article, text=f"{label} correction {MARK}")
    return article, speaker, quote, correction


HIDDEN_KINDS = {
    "draft": {"status": Article.Status.DRAFT},
    "in-review": {"status": Article.Status.IN_REVIEW},
    "scheduled": {"scheduled": True},
    "retracted": {
        "status": Article.Status.RETRACTED,
        "published_at": timezone.now() - dt.timedelta(days=1),
    },
    "rejected-quote": None,
}


@pytest.fixture(params=list(HIDDEN_KINDS))
def hidden(request):
    """Something readers must not see, beside a published article they must see.

    For an article kind: the article, its quote, its correction, and a person named only in it.
    For "rejected-quote": a rejected quote on a published article, by a person known only from it.
    """
    visible, visible_person, visible_quote, visible_correction = _article_with_people_and_quote(
        "visible", published=True
    )
    kind = request.param
    if kind == "rejected-quote":
        speaker = PersonFactory(name="Rejected Speaker", slug="rejected-speaker")
        quote = QuoteFactory(article=visible, speaker=speaker, text=f"rejected words {MARK}", position=2)
        Quote.objects.filter(pk=quote.pk).update(verification_status=Quote.Verification.REJECTED)
        article, correction = None, None
        secrets = ["rejected words", speaker.slug, "Rejected Speaker", quote.get_absolute_url()]
    else:
        article, speaker, quote, correction = _article_with_people_and_quote(kind, **HIDDEN_KINDS[kind])
        secrets = [
            f"{kind} headline",
            f"{kind} words",
            f"{kind} correction",
            article.slug,
            speaker.slug,
            speaker.name,
            quote.get_absolute_url(),
        ]
    return {
        "kind": kind,
        "article": article,
        "person": speaker,
        "quote": quote,
        "correction": correction,
        "secrets": secrets,
        "visible": visible,
        "visible_person": visible_person,
        "visible_quote": visible_quote,
        "visible_correction": visible_correction,
    }


@pytest.fixture(params=["anonymous", "logged-in-reader", "staff-without-permissions"])
def outsider(request):
    """Someone without the right to see unpublished content or to use the desk."""
    if request.param == "anonymous":
        return client_for(None)
    fixture = "reader_user" if request.param == "logged-in-reader" else "bare_staff"
    return client_for(request.getfixturevalue(fixture))


# Routes that name the hidden thing: each must answer 404.
DETAIL_ROUTES = {
    "article-page": lambda h: h["article"].get_absolute_url(),
    "quote-permalink": lambda h: h["quote"].get_absolute_url(),
    "person-page": lambda h: h["person"].get_absolute_url(),
    "person-feed": lambda h: reverse("articles:person-feed", args=[h["person"].slug]),
    "api-article": lambda h: f"/api/articles/{h['article'].slug}",
    "api-quote": lambda h: f"/api/quotes/{h['quote'].pk}",
    "api-person": lambda h: f"/api/people/{h['person'].slug}",
    "api-person-quotes": lambda h: f"/api/people/{h['person'].slug}/quotes",
    "preview-without-token": lambda h: reverse("articles:preview", args=[str(h["article"].pk)]),
    "preview-with-guessed-key": lambda h: reverse(
        "articles:preview", args=[signing.dumps({"id": h["article"].pk, "key": ""}, salt=preview.SALT)]
    ),
}

# Routes that list things: each must answer and leave the hidden thing out (but show the visible one).
LIST_ROUTES = {
    "home": (lambda h: reverse("articles:index"), lambda h: h["visible"].headline),
    "rss": (lambda h: reverse("articles:feed-rss"), lambda h: h["visible"].headline),
    "atom": (lambda h: reverse("articles:feed-atom"), lambda h: h["visible"].headline),
    "sitemap-index": (lambda h: "/sitemap.xml", lambda h: "sitemap-articles.xml"),
    "sitemap-articles": (lambda h: "/sitemap-articles.xml", lambda h: h["visible"].get_absolute_url()),
    "sitemap-people": (lambda h: "/sitemap-people.xml", lambda h: h["visible_person"].get_absolute_url()),
    "sitemap-quotes": (lambda h: "/sitemap-quotes.xml", lambda h: h["visible_quote"].get_absolute_url()),
    "news-sitemap": (lambda h: "/sitemap-news.xml", lambda h: h["visible"].get_absolute_url()),
    "search": (lambda h: f"/search/?q={MARK}", lambda h: h["visible"].headline),
    "api-articles": (lambda h: "/api/articles", lambda h: h["visible"].slug),
    "api-people": (lambda h: "/api/people", lambda h: h["visible_person"].slug),
    "api-quotes": (lambda h: "/api/quotes", lambda h: h["visible_quote"].text),
    "corrections": (lambda h: reverse("articles:corrections"), lambda h: h["visible_correction"].text),
    "robots": (lambda h: "/robots.txt", lambda h: "Sitemap:"),
    "visible-article-page": (lambda h: h["visible"].get_absolute_url(), lambda h: h["visible"].headline),
    "visible-person-page": (lambda h: h["visible_person"].get_absolute_url(), lambda h: h["visible_person"].name),
}


ARTICLE_ROUTES = {"article-page", "api-article", "preview-without-token", "preview-with-guessed-key"}
DETAIL_CASES = [
    (kind, route)
    for kind in HIDDEN_KINDS
    for route in DETAIL_ROUTES
    if not (kind == "rejected-quote" and route in ARTICLE_ROUTES)  # that article is published
]


@pytest.mark.parametrize("hidden,route", DETAIL_CASES, indirect=["hidden"])
def test_routes_naming_hidden_content_answer_404(outsider, hidden, route):
    """The hidden article, its quote, its person, and their API and feed addresses are 404 to
    anyone without the right to see drafts. A retracted article's page and its quotes'
    permalinks are 410 Gone instead, with a notice and never a word of the text."""
    response = outsider.get(DETAIL_ROUTES[route](hidden))

    if hidden["kind"] == "retracted" and route in ("article-page", "quote-permalink"):
        assert response.status_code == 410
        text = response.content.decode()
        assert hidden["kind"] + " headline" in text  # the notice names what was withdrawn
        requested = DETAIL_ROUTES[route](hidden)  # its own address is no secret
        words = [secret for secret in hidden["secrets"][1:] if secret not in (hidden["article"].slug, requested)]
        assert [secret for secret in words if secret in text] == []
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("route", list(LIST_ROUTES))
def test_listings_leave_hidden_content_out(outsider, hidden, route):
    """Lists, feeds, sitemaps, search, the API and robots show the published article but nothing of
    the hidden one: not its headline, words, correction, slug, speaker or permalink."""
    url, shown = LIST_ROUTES[route]
    response = outsider.get(url(hidden))

    assert response.status_code == 200
    text = response.content.decode()
    assert shown(hidden) in text
    assert [secret for secret in hidden["secrets"] if secret in text] == []


def test_staff_who_may_view_articles_do_see_drafts_on_their_url(reporter_client):
    """The counterpart of the 404s: the desk's own roles see a draft, marked as a preview."""
    article = ArticleFactory(headline="Desk-only draft")

    response = reporter_client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert "Not published." in response.text


# The admin ------------------------------------------------------------------------------------


@pytest.fixture
def desk_article(editor):
    """A published article with two revisions (the first from when it was a draft) and a quote."""
    article = ArticleFactory(headline="Desk original headline")
    QuoteFactory(article=article, text="desk words", position=1)
    with reversion.create_revision():
        article.save()
        reversion.set_user(editor)
    workflow.apply_transition(Article.objects.get(pk=article.pk), "publish", editor)
    return Article.objects.get(pk=article.pk)


def _first_version(article):
    return Version.objects.get_for_object(article).order_by("pk").first()


ADMIN_GETS = {
    "changelist": lambda a: admin_url(Article, "changelist"),
    "change": lambda a: change_url(a),
    "history": lambda a: admin_url(Article, "history", a.pk),
    "revision": lambda a: admin_url(Article, "revision", a.pk, _first_version(a).pk),
    "revision-diff": lambda a: admin_url(Article, "revision_diff", a.pk, _first_version(a).pk),
    "delete": lambda a: admin_url(Article, "delete", a.pk),
    "quote-change": lambda a: change_url(a.quotes.get()),
}
ADMIN_POSTS = {
    "change": lambda a: change_url(a),
    "revision-restore": lambda a: admin_url(Article, "revision", a.pk, _first_version(a).pk),
    "delete": lambda a: admin_url(Article, "delete", a.pk),
    "transition-unpublish": lambda a: transition_url(a, "unpublish"),
    "transition-retract": lambda a: transition_url(a, "retract"),
    "revoke-previews": lambda a: admin_url(Article, "revoke_previews", a.pk),
    "quote-change": lambda a: change_url(a.quotes.get()),
}


@pytest.mark.parametrize("page", list(ADMIN_GETS))
def test_admin_pages_are_closed_to_users_without_permission(outsider, desk_article, page):
    """Without the admin's permissions, every article page of the desk sends to the login or is 403."""
    response = outsider.get(ADMIN_GETS[page](desk_article))

    assert is_login_redirect(response) or response.status_code == 403
    assert desk_article.headline not in response.content.decode()


@pytest.mark.parametrize("action", list(ADMIN_POSTS))
def test_admin_writes_are_refused_to_users_without_permission(outsider, desk_article, action):
    """Without permission, a POST to any of the desk's write URLs is refused and changes nothing."""
    before = snapshot()

    response = outsider.post(
        ADMIN_POSTS[action](desk_article), {"post": "yes", "expected_version": desk_article.version}
    )

    assert is_login_redirect(response) or response.status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize(
    "action", ["change", "delete", "transition-unpublish", "transition-retract", "revoke-previews"]
)
def test_a_reporter_cannot_write_to_a_published_article_by_its_admin_url(reporter_client, desk_article, action):
    """Reporters may read published articles in the desk, not change them: editing the id in a
    write URL to a published article's is refused and changes nothing."""
    before = snapshot()

    response = reporter_client.post(
        ADMIN_POSTS[action](desk_article), {"post": "yes", "expected_version": desk_article.version}
    )

    assert response.status_code == 403
    assert snapshot() == before


def test_a_reporter_cannot_restore_an_old_revision_of_a_published_article(reporter_client, desk_article):
    """Restoring a revision is a change: a reporter may not restore one of a published article,
    even a revision from when the article was still a draft."""
    url = admin_url(Article, "revision", desk_article.pk, _first_version(desk_article).pk)
    page = reporter_client.get(url)
    data = change_form_data(page) if page.status_code == 200 else {}

    response = reporter_client.post(url, data)

    assert response.status_code == 403
    article = Article.objects.get(pk=desk_article.pk)
    assert article.status == Article.Status.PUBLISHED and article.is_published


def test_a_reporter_cannot_change_a_published_articles_quote_by_its_admin_url(reporter_client):
    """A published article's quotes are the editors' to change, like the article: the quote's own
    change URL refuses a reporter and changes nothing readers see."""
    article = ArticleFactory(published=True, body="“Exact words,” she said.")
    quote = QuoteFactory(article=article, text="Exact words,", position=1)
    page = reporter_client.get(change_url(quote))
    data = change_form_data(page) if page.status_code == 200 else {}
    data["text"] = "Words a reporter put in her mouth,"
    before = snapshot()

    response = reporter_client.post(change_url(quote), data)

    assert response.status_code == 403
    assert snapshot() == before


def _article_whose_pk_is_a_quote_pk_of(other):
    """A draft whose primary key equals the primary key of one of `other`'s quotes."""
    article = ArticleFactory(headline="Reporter's own draft")
    quote_pks, position = set(other.quotes.values_list("pk", flat=True)), other.quotes.count()
    while article.pk not in quote_pks:
        if article.pk > max(quote_pks):
            while max(quote_pks) <= article.pk:
                position += 1
                quote_pks.add(QuoteFactory(article=other, position=position, text=f"filler {position}").pk)
        else:
            article = ArticleFactory(headline="Reporter's own draft")
    return article


def test_a_restore_url_with_another_objects_version_id_never_reverts_that_object(editor, reporter_client):
    """The version in a restore URL must belong to the article in it: a reporter restoring "their"
    draft with the version id of another article's quote leaves that other article alone."""
    target = ArticleFactory(headline="Target as drafted")
    QuoteFactory(article=target, text="target words", position=1)
    own = _article_whose_pk_is_a_quote_pk_of(target)
    with reversion.create_revision():
        Article.objects.get(pk=target.pk).save()
        reversion.set_user(editor)
    workflow.apply_transition(Article.objects.get(pk=target.pk), "publish", editor)
    foreign_version = Version.objects.get_for_model(Quote).filter(object_id=str(own.pk)).order_by("pk").first()
    url = admin_url(Article, "revision", own.pk, foreign_version.pk)

    page = reporter_client.get(url)
    if page.status_code == 200:
        reporter_client.post(url, change_form_data(page))

    target = Article.objects.get(pk=target.pk)
    assert (target.is_published, target.headline) == (True, "Target as drafted")
    assert page.status_code in (403, 404)


def test_a_diff_url_with_another_articles_version_shows_nothing_of_it(editor_client, desk_article):
    """The diff view only compares versions of the article in its URL."""
    other = ArticleFactory(headline="Another article entirely")
    with reversion.create_revision():
        other.save()
    other_version = Version.objects.get_for_object(other).get()

    response = editor_client.get(admin_url(Article, "revision_diff", desk_article.pk, other_version.pk))

    assert response.status_code in (403, 404)
    assert "Another article entirely" not in response.content.decode()


def test_a_transition_url_checks_the_article_in_the_url_not_the_one_on_the_page(reporter_client, desk_article):
    """A reporter's submit button for their draft, re-pointed at a published article, is refused."""
    draft = ArticleFactory(headline="Reporter's draft")
    before = snapshot()

    response = reporter_client.post(transition_url(desk_article, "submit"), {"expected_version": draft.version})

    assert response.status_code == 403
    assert snapshot() == before


# Preview links ---------------------------------------------------------------------------------


@pytest.fixture
def two_drafts():
    return ArticleFactory(headline="Draft A only"), ArticleFactory(headline="Draft B only")


def test_a_preview_token_shows_only_its_own_article(client, two_drafts):
    """A's link shows A; nothing of B, whatever B's key or id."""
    a, b = two_drafts
    preview.make_token(b)

    response = client.get(preview.preview_url(a))

    assert response.status_code == 200
    assert "Draft A only" in response.text and "Draft B only" not in response.text


def _tamper(token: str) -> str:
    head, _, signature = token.rpartition(":")
    flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
    return f"{head}:{flipped}"


TOKEN_FORGERIES = {
    "tampered-signature": lambda a, b: _tamper(preview.make_token(a)),
    "re-signed-with-another-secret": lambda a, b: signing.dumps(
        {**signing.loads(preview.make_token(a), salt=preview.SALT), "id": b.pk},
        key="attacker-secret",
        salt=preview.SALT,
    ),
    "other-id-with-as-key": lambda a, b: signing.dumps(
        {**signing.loads(preview.make_token(a), salt=preview.SALT), "id": b.pk}, salt=preview.SALT
    ),
    "wrong-salt": lambda a, b: signing.dumps(signing.loads(preview.make_token(a), salt=preview.SALT), salt="other"),
    "not-a-dict": lambda a, b: signing.dumps([a.pk], salt=preview.SALT),
    "garbage": lambda a, b: "not-a-token",
}


@pytest.mark.parametrize("forgery", list(TOKEN_FORGERIES))
def test_a_forged_or_tampered_preview_token_is_404(client, two_drafts, forgery):
    """Edited, re-signed with the wrong key or salt, or pointed at another article: 404, no content."""
    a, b = two_drafts
    token = TOKEN_FORGERIES[forgery](a, b)

    response = client.get(reverse("articles:preview", args=[token]))

    assert response.status_code == 404
    assert "Draft A only" not in response.content.decode() and "Draft B only" not in response.content.decode()


def test_an_expired_preview_token_is_404(client, two_drafts, settings):
    """Past NEWSROOM_PREVIEW_MAX_AGE a link stops working."""
    url = preview.preview_url(two_drafts[0])
    settings.NEWSROOM_PREVIEW_MAX_AGE = -1

    assert client.get(url).status_code == 404


def test_a_revoked_preview_token_is_404_and_new_links_work(client, editor_client, two_drafts):
    """Revoking cuts off every link handed out so far; a link made afterwards works."""
    a = two_drafts[0]
    old = preview.preview_url(a)

    editor_client.post(admin_url(Article, "revoke_previews", a.pk))

    assert client.get(old).status_code == 404
    assert client.get(preview.preview_url(Article.objects.get(pk=a.pk))).status_code == 200


def test_revoking_one_articles_previews_leaves_the_others_working(client, editor_client, two_drafts):
    """Revocation is per article."""
    a, b = two_drafts
    b_url = preview.preview_url(b)

    editor_client.post(admin_url(Article, "revoke_previews", a.pk))

    assert client.get(b_url).status_code == 200
