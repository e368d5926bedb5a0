"""Response headers (CSP, framing, sniffing, referrer), no inline script anywhere the CSP would
block it, admin login throttling with django-axes, and no staff identity on public surfaces."""

from __future__ import annotations

import re

import pytest
from axes.handlers.database import AxesDatabaseHandler
from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from csp.utils import build_policy
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from articles.domain import previews as preview
from articles.domain.models import Article, Correction, Quote
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory
from tests.security.support import (
    PASSWORD,
    admin_url,
    change_url,
    client_for,
    member,
    scan_html,
    transition_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    article = ArticleFactory(published=True, headline="Header test story", body="“Headers matter,” she said.")
    person = PersonFactory(name="Hedda Header", slug="hedda-header")
    article.people.add(person)
    quote = QuoteFactory(article=article, speaker=person, text="Headers matter,", position=1)
    Correction.objects.create(article=article, text="A header correction")
    draft = ArticleFactory(headline="Header draft")
    return {"article": article, "person": person, "quote": quote, "draft": draft}


PUBLIC = {
    "home": lambda s: reverse("articles:index"),
    "article": lambda s: s["article"].get_absolute_url(),
    "person": lambda s: s["person"].get_absolute_url(),
    "quote": lambda s: s["quote"].get_absolute_url(),
    "search": lambda s: reverse("articles:search") + "?q=headers",
    "corrections": lambda s: reverse("articles:corrections"),
    "preview": lambda s: preview.preview_url(s["draft"]),
    "not-found": lambda s: "/articles/no-such-story/",
    "rss": lambda s: reverse("articles:feed-rss"),
    "atom": lambda s: reverse("articles:feed-atom"),
    "person-feed": lambda s: reverse("articles:person-feed", args=[s["person"].slug]),
    "sitemap-index": lambda s: "/sitemap.xml",
    "sitemap-articles": lambda s: "/sitemap-articles.xml",
    "news-sitemap": lambda s: "/sitemap-news.xml",
    "robots": lambda s: "/robots.txt",
    "api-list": lambda s: "/api/articles",
    "api-detail": lambda s: f"/api/articles/{s['article'].slug}",
}
HTML_PAGES = ["home", "article", "person", "quote", "search", "corrections", "preview"]


def csp_directives(response) -> dict[str, list[str]]:
    header = response.headers.get("Content-Security-Policy", "")
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


@pytest.mark.parametrize("surface", list(PUBLIC))
def test_every_public_response_has_a_csp_without_unsafe_inline_script(client, site, surface):
    """A strict CSP on every public response: scripts only from the site itself, no inline, no eval."""
    response = client.get(PUBLIC[surface](site))

    directives = csp_directives(response)
    script_src = directives.get("script-src", directives.get("default-src"))
    assert script_src, response.headers.get("Content-Security-Policy")
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "*" not in script_src and "data:" not in script_src
    assert directives.get("object-src") == ["'none'"]
    assert directives.get("frame-ancestors") == ["'none'"]


@pytest.mark.parametrize("surface", list(PUBLIC))
def test_every_public_response_refuses_framing_sniffing_and_leaky_referrers(client, site, surface):
    """X-Frame-Options DENY, nosniff and a Referrer-Policy on every public response."""
    response = client.get(PUBLIC[surface](site))

    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def inline_scripts(html: str) -> list[str]:
    """<script> elements without src whose type is not a data type (JSON-LD, JSON)."""
    found = []
    for attributes in re.findall(r"<script\b([^>]*)>", html, re.I):
        attrs = dict((name.lower(), value) for name, value in re.findall(r'([\w:-]+)(?:\s*=\s*"([^"]*)")?', attributes))
        if "src" not in attrs and attrs.get("type", "").lower() not in ("application/ld+json", "application/json"):
            found.append(attributes)
    return found


@pytest.mark.parametrize("surface", HTML_PAGES)
def test_public_html_has_no_inline_script_except_json_ld(client, site, surface):
    """The only inline <script> on public pages is JSON-LD data; no event-handler attributes either."""
    html = client.get(PUBLIC[surface](site)).text

    assert inline_scripts(html) == []
    assert scan_html(html).problems == []


@pytest.mark.parametrize("surface", HTML_PAGES)
def test_public_html_has_no_inline_style_the_csp_would_block(client, site, surface):
    """style-src is 'self' only: a style attribute or <style> element would be silently dropped."""
    html = client.get(PUBLIC[surface](site)).text

    assert re.findall(r"<style\b|\sstyle\s*=", html, re.I) == []


ADMIN_PAGES = {
    "login": lambda s: reverse("admin:login"),
    "index": lambda s: reverse("admin:index"),
    "article-add": lambda s: admin_url(Article, "add"),
    "article-change": lambda s: change_url(s["draft"]),
    "article-changelist": lambda s: admin_url(Article, "changelist"),
    "article-history": lambda s: admin_url(Article, "history", s["article"].pk),
    "quote-change": lambda s: change_url(s["quote"]),
    "quote-changelist": lambda s: admin_url(Quote, "changelist"),
    "person-change": lambda s: change_url(s["person"]),
}


@pytest.mark.parametrize("page", list(ADMIN_PAGES))
def test_admin_pages_work_under_the_csp_without_inline_script(editor_client, site, page):
    """The desk's pages load all their JavaScript from files, so the strict CSP does not break them."""
    client = Client() if page == "login" else editor_client
    response = client.get(ADMIN_PAGES[page](site))

    assert response.status_code == 200
    assert "'unsafe-inline'" not in csp_directives(response).get("script-src", [])
    assert inline_scripts(response.text) == []
    assert [p for p in scan_html(response.text).problems if "event handler" in p] == []


def test_the_revision_diff_page_works_under_the_csp(editor_client, site):
    """Our own admin template (the revision diff) has no inline script either."""
    article = site["draft"]
    data = change_form_data(editor_client.get(change_url(article)))
    data["headline"] = "Header draft, edited"
    editor_client.post(change_url(article), data)
    version = Version.objects.get_for_object(article).first()

    response = editor_client.get(admin_url(Article, "revision_diff", article.pk, version.pk))

    assert response.status_code == 200
    assert inline_scripts(response.text) == []


# Login throttling ------------------------------------------------------------------------------


def login(client, username, password):
    return client.post(reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"})


def test_failed_admin_logins_answer_429_once_the_limit_is_reached(editor):
    """The first failures re-show the form; reaching AXES_FAILURE_LIMIT answers 429 from then on."""
    client = Client()
    limit = settings.AXES_FAILURE_LIMIT

    codes = [login(client, "ed", f"wrong-{n}").status_code for n in range(limit + 1)]

    assert codes[: limit - 1] == [200] * (limit - 1)
    assert codes[limit - 1 :] == [429, 429]


def test_the_correct_password_is_refused_while_locked_out(editor):
    """Once locked, even the right password answers 429 and logs nobody in."""
    client = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        login(client, "ed", f"wrong-{n}")

    response = login(client, "ed", PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("command,args", [("axes_reset_username", ["ed"]), ("axes_reset", [])])
def test_resetting_the_lockout_lets_the_user_log_in_again(editor, command, args):
    """An administrator's reset (by username, or of everything) lifts the lockout."""
    client = Client()
    for n in range(settings.AXES_FAILURE_LIMIT):
        login(client, "ed", f"wrong-{n}")
    assert login(client, "ed", PASSWORD).status_code == 429

    call_command(command, *args, stdout=None)
    response = login(client, "ed", PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_failed_logins_are_stored_in_the_database_for_every_worker(editor):
    """Attempts live in the database (AccessAttempt), not one process's memory, so every worker
    counts the same failures."""
    client = Client()
    for n in range(2):
        login(client, "ed", f"wrong-{n}")

    assert isinstance(AxesProxyHandler.get_implementation(), AxesDatabaseHandler)
    attempt = AccessAttempt.objects.get(username="ed")
    assert attempt.failures_since_start == 2


def test_a_spoofed_x_forwarded_for_does_not_reset_the_count(editor):
    """Without a proxy in front, a client cannot get fresh attempts by inventing X-Forwarded-For."""
    client = Client()
    codes = [
        client.post(
            reverse("admin:login"),
            {"username": "ed", "password": f"wrong-{n}", "next": "/admin/"},
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n + 1}",
        ).status_code
        for n in range(settings.AXES_FAILURE_LIMIT + 1)
    ]

    assert codes[-1] == 429


def test_behind_a_proxy_one_clients_failures_do_not_lock_out_another(editor, settings):
    """With NEWSROOM_PROXY_COUNT=1 (a TLS proxy in front), failures are counted per real client:
    an attacker's failures do not lock the editor out of their own account."""
    settings.AXES_IPWARE_PROXY_COUNT = 0  # what NEWSROOM_PROXY_COUNT=1 sets, with:
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    attacker = Client(**proxy, HTTP_X_FORWARDED_FOR="198.51.100.7")
    for n in range(settings.AXES_FAILURE_LIMIT + 1):
        login(attacker, "ed", f"wrong-{n}")

    response = login(Client(**proxy, HTTP_X_FORWARDED_FOR="203.0.113.9"), "ed", PASSWORD)

    assert response.status_code == 302


# Staff identity --------------------------------------------------------------------------------

STAFF_USERNAME = "zq_desk_ninja_77"
STAFF_EMAIL = "zq.ninja@internal-desk.example"
STAFF_NAMES = ("Zebulon", "Quartermaine")


@pytest.fixture
def staff_worked(site):
    """A staff member with a distinctive identity who edits, corrects, verifies and publishes."""
    user = member(STAFF_USERNAME, "Editor", email=STAFF_EMAIL, first_name=STAFF_NAMES[0], last_name=STAFF_NAMES[1])
    client = client_for(user)
    article = site["draft"]
    QuoteFactory(article=article, speaker=site["person"], text="Headers matter,", position=1)
    article.body = "“Headers matter,” she said again."
    article.save()
    data = change_form_data(client.get(change_url(article)))
    data.update(
        {
            "headline": "Edited by the desk",
            "corrections-TOTAL_FORMS": "1",
            "corrections-0-kind": "update",
            "corrections-0-text": "An update from the desk",
        }
    )
    assert client.post(change_url(article), data).status_code == 302
    client.post(
        admin_url(Quote, "changelist"),
        {"action": "mark_verified", "_selected_action": list(Quote.objects.values_list("pk", flat=True))},
    )
    article.refresh_from_db()
    assert client.post(transition_url(article, "publish"), {"expected_version": article.version}).status_code == 302
    quote = site["quote"]
    data = change_form_data(client.get(change_url(quote)))
    data["text"] = "Headers really matter,"
    assert client.post(change_url(quote), data).status_code == 302  # a published quote: a public correction
    article.refresh_from_db()
    assert article.is_published
    return {**site, "draft": article, "quote": Quote.objects.get(pk=quote.pk)}


PUBLIC_WITH_CONTENT = {
    **{name: PUBLIC[name] for name in PUBLIC if name not in ("not-found", "preview")},
    "edited-article": lambda s: s["draft"].get_absolute_url(),
    "sitemap-people": lambda s: "/sitemap-people.xml",
    "sitemap-quotes": lambda s: "/sitemap-quotes.xml",
    "api-edited-article": lambda s: f"/api/articles/{s['draft'].slug}",
    "api-people": lambda s: "/api/people",
    "api-person": lambda s: f"/api/people/{s['person'].slug}",
    "api-quotes": lambda s: "/api/quotes",
    "api-quote": lambda s: f"/api/quotes/{s['quote'].pk}",
    "api-schema": lambda s: "/api/openapi.json",
}


@pytest.mark.parametrize("surface", list(PUBLIC_WITH_CONTENT))
def test_public_output_never_shows_staff_usernames_or_emails(client, staff_worked, surface):
    """Pages, feeds, sitemaps, the API and JSON-LD name no one from the desk."""
    response = client.get(PUBLIC_WITH_CONTENT[surface](staff_worked))

    assert response.status_code == 200
    text = response.content.decode().lower()
    assert [s for s in (STAFF_USERNAME, STAFF_EMAIL, "internal-desk", *STAFF_NAMES) if s.lower() in text] == []


# The CSP header: django-csp's own middleware, configured in settings ---------------------------


def test_the_site_policy_is_the_one_django_csp_builds_from_the_settings(settings, client, published_article):
    assert "newsroom.middleware.ContentSecurityPolicyMiddleware" in settings.MIDDLEWARE
    policy = client.get(published_article.get_absolute_url())["Content-Security-Policy"]

    assert "script-src 'self'" in policy and "default-src 'self'" in policy
    assert policy == build_policy()


def test_the_policy_built_once_follows_a_change_of_its_settings(settings, client, published_article):
    url = published_article.get_absolute_url()
    client.get(url)
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'none'"]}}
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": {"img-src": ["'self'"]}}

    response = client.get(url)

    assert csp_directives(response) == {"default-src": ["'none'"]}
    assert response["Content-Security-Policy-Report-Only"] == build_policy(report_only=True)
    assert "img-src 'self'" in response["Content-Security-Policy-Report-Only"]


def test_the_policy_leaves_excluded_paths_debug_pages_and_a_views_own_header_alone(settings, rf):
    from django.http import HttpResponse, HttpResponseNotFound

    from newsroom.middleware import ContentSecurityPolicyMiddleware

    settings.CONTENT_SECURITY_POLICY = {**settings.CONTENT_SECURITY_POLICY, "EXCLUDE_URL_PREFIXES": ["/legacy/"]}

    def own_header(request):
        response = HttpResponse("ok")
        response["Content-Security-Policy"] = "default-src 'none'"
        return response

    plain = ContentSecurityPolicyMiddleware(lambda request: HttpResponse("ok"))(rf.get("/"))
    excluded = ContentSecurityPolicyMiddleware(lambda request: HttpResponse("ok"))(rf.get("/legacy/page"))
    kept = ContentSecurityPolicyMiddleware(own_header)(rf.get("/"))
    settings.DEBUG = True
    debug_page = ContentSecurityPolicyMiddleware(lambda request: HttpResponseNotFound("debug"))(rf.get("/"))

    assert plain["Content-Security-Policy"] == build_policy()
    assert "Content-Security-Policy" not in excluded
    assert kept["Content-Security-Policy"] == "default-src 'none'"
    assert "Content-Security-Policy" not in debug_page


def test_no_page_can_ask_for_a_nonce_the_policy_would_not_carry(rf):
    """The policy is built once for every page: a nonce could not be in it, so none is offered."""
    from django.http import HttpResponse

    from newsroom.middleware import ContentSecurityPolicyMiddleware

    request = rf.get("/")
    ContentSecurityPolicyMiddleware(lambda request: HttpResponse("ok"))(request)

    assert not hasattr(request, "csp_nonce")
