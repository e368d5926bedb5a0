"""Stored XSS: hostile strings typed into every text field through the admin come out inert on
every public surface (pages, JSON-LD, feeds, sitemaps, API) and in the admin itself.

The content is stored once per module, through the admin's own add and change forms as an editor
submits them, and committed; each test then reads one surface for one payload.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.test import override_settings
from django.urls import reverse, reverse_lazy
from reversion.models import Revision, Version

from articles.domain.models import Article, Correction, Person, Quote
from tests.admin_forms import change_form_data
from tests.security.support import (
    admin_url,
    change_url,
    client_for,
    form_errors,
    json_ld_blocks,
    live_markup,
    local_name,
    member,
    parse_xml,
    strings_in,
    transition_url,
    visible_text,
)

PAYLOADS = {
    "script": "<script>alert(1)</script>",
    "attribute-breakout": '"><img src=x onerror=alert(1)>',
    "single-quote-breakout": "'><svg onload=alert(1)>",
    "javascript-url": "javascript:alert(1)",
    "data-url": "data:text/html;base64," + base64.b64encode(b"<script>alert(1)</script>").decode(),
    "json-ld-breakout": "</script><script>alert(1)</script>",
    "svg": "<svg onload=alert(1)>",
    "escaped-entities": "&lt;script&gt;alert(1)&lt;/script&gt;",
    "hex-entities": "&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;",
    "template": "{{ 7*7 }} {% debug %}",
    "textarea-breakout": "</textarea><script>alert(1)</script>",
    "comment": "<!--<script>alert(1)//-->",
}
SEARCH_WORD = "zebra"


@dataclass
class Stored:
    payload: str
    article: Article
    person: Person
    quote: Quote
    correction: Correction


def body_for(payload: str) -> str:
    return (
        f"{payload} {SEARCH_WORD} opens the story.\n\n"
        f"“{payload},” the minister said.\n\n"
        f"## {payload}\n\n"
        f"Caption: {payload}\nCredit: {payload}\n\n"
        f"The last {SEARCH_WORD} paragraph: {payload}\n"
    )


def evidence_url_for(payload: str) -> str:
    return "https://example.com/evidence?q=" + re.sub(r"\s", "", payload)


def _post(client, url, data):
    response = client.post(url, data)
    assert response.status_code == 302, (url, form_errors(response))
    return response


def store_through_admin(client, index: int, payload: str) -> Stored:
    """Type `payload` into every text field of a person, an article, its quote and its correction."""
    slug = f"xss-{index}"

    data = change_form_data(client.get(admin_url(Person, "add")))
    data.update(name=payload, slug=f"{slug}-person", title=payload, aliases=f"{payload}\n{payload} (alias)")
    _post(client, admin_url(Person, "add"), data)
    person = Person.objects.get(slug=f"{slug}-person")

    data = change_form_data(client.get(admin_url(Article, "add")))
    data.update(
        {
            "headline": payload,
            "slug": slug,
            "deck": f"{payload}\nSecond deck line {payload}",
            "body": body_for(payload),
            "people": [str(person.pk)],
            "quotes-TOTAL_FORMS": "1",
            "quotes-0-position": "1",
            "quotes-0-text": f"{payload} {SEARCH_WORD}",
            "quotes-0-speaker": str(person.pk),
            "quotes-0-reporting_verb": payload[:60],
            "corrections-TOTAL_FORMS": "1",
            "corrections-0-kind": "correction",
            "corrections-0-text": payload,
        }
    )
    _post(client, admin_url(Article, "add"), data)
    article = Article.objects.get(slug=slug)
    quote = article.quotes.get()

    data = change_form_data(client.get(change_url(quote)))
    data.update(
        context=f"{payload} said the minister",
        verification_status="verified",
        verification_note=payload,
        evidence_url=evidence_url_for(payload),
    )
    _post(client, change_url(quote), data)

    article.refresh_from_db()
    _post(client, transition_url(article, "publish"), {"expected_version": article.version})
    article.refresh_from_db()
    assert article.is_published
    return Stored(payload, article, person, Quote.objects.get(pk=quote.pk), article.corrections.get())


TEST_SETTINGS = {
    "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
    "STORAGES": {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    },
    "SECURE_SSL_REDIRECT": False,
    "NEWSROOM_PAGE_CACHE_SECONDS": 0,
}


@pytest.fixture(scope="module")
def stored(django_db_setup, django_db_blocker):
    """Every payload stored through the admin, committed for the module, removed afterwards."""
    with django_db_blocker.unblock(), override_settings(**TEST_SETTINGS):
        editor = member("xss-editor", "Editor")
        reporter = member("xss-reporter", "Reporter")
        client = client_for(editor)
        try:
            data = {
                name: store_through_admin(client, index, payload)
                for index, (name, payload) in enumerate(PAYLOADS.items())
            }
            yield {"items": data, "editor": editor, "reporter": reporter}
        finally:
            Article.objects.filter(slug__startswith="xss-").delete()
            Person.objects.filter(slug__startswith="xss-").delete()
            Revision.objects.filter(user__in=[editor, reporter]).delete()
            LogEntry.objects.filter(user__in=[editor, reporter]).delete()
            Session.objects.all().delete()
            User.objects.filter(pk__in=[editor.pk, reporter.pk]).delete()


@pytest.fixture
def item(request, stored, db) -> Stored:
    return stored["items"][request.param]


@pytest.fixture
def as_editor(stored, db):
    return client_for(stored["editor"])


@pytest.fixture
def as_reporter(stored, db):
    return client_for(stored["reporter"])


payload_param = pytest.mark.parametrize("item", list(PAYLOADS), indirect=True)


def test_the_admin_stores_every_payload_verbatim_in_every_text_field(stored, db):
    """What the editor typed is what is stored: no field is silently "sanitised" or truncated."""
    for payload, entry in ((s.payload, s) for s in stored["items"].values()):
        article = Article.objects.get(pk=entry.article.pk)
        person = Person.objects.get(pk=entry.person.pk)
        quote = Quote.objects.get(pk=entry.quote.pk)
        assert article.headline == payload
        assert article.deck_lines == [payload, f"Second deck line {payload}"]
        assert [b.text for b in article.blocks][2:4] == [payload, payload]  # crosshead, caption
        assert article.blocks[3].credit == payload
        assert (person.name, person.title, person.alias_list) == (payload, payload, [payload, f"{payload} (alias)"])
        assert quote.text == f"{payload} {SEARCH_WORD}"
        assert quote.reporting_verb == payload[:60]
        assert quote.verification_note == payload
        assert quote.context.startswith(payload)
        assert quote.evidence_url == evidence_url_for(payload)
        assert Correction.objects.get(pk=entry.correction.pk).text == payload


# Public HTML -----------------------------------------------------------------------------------

PUBLIC_PAGES = {
    "article": lambda s: s.article.get_absolute_url(),
    "person": lambda s: s.person.get_absolute_url(),
    "quote": lambda s: s.quote.get_absolute_url(),
    "search-echo": lambda s: reverse("articles:search") + "?" + urlencode({"q": s.payload}),
}
# Pages that list every stored payload at once.
PUBLIC_LISTS = {
    "home": reverse_lazy("articles:index"),
    "search-results": reverse_lazy("articles:search"),
    "corrections": reverse_lazy("articles:corrections"),
}


@payload_param
@pytest.mark.parametrize("surface", list(PUBLIC_PAGES))
def test_public_pages_show_payloads_as_text_never_as_markup(client, item, surface):
    """The payload is on the page as the text that was typed, and nothing in it is live markup."""
    response = client.get(PUBLIC_PAGES[surface](item))

    assert response.status_code == 200
    assert live_markup(response.text) == []
    assert item.payload in visible_text(response.text)


@pytest.mark.parametrize("surface", list(PUBLIC_LISTS))
def test_public_lists_show_every_payload_as_text_never_as_markup(client, stored, db, surface, monkeypatch):
    """Lists (home, search results, corrections) show every stored payload as text, none as markup."""
    monkeypatch.setattr("articles.site.search.RESULTS_PER_KIND", 100)  # the whole corpus on one results page
    response = client.get(PUBLIC_LISTS[surface], {"q": SEARCH_WORD} if surface == "search-results" else {})

    assert response.status_code == 200
    assert live_markup(response.text) == []
    text = visible_text(response.text)
    assert [name for name, s in stored["items"].items() if s.payload not in text] == []


@payload_param
@pytest.mark.parametrize("surface", ["article", "person", "quote"])
def test_json_ld_cannot_be_broken_out_of_and_keeps_the_exact_words(client, item, surface):
    """JSON-LD never contains <script or </script, stays valid JSON, and decodes to the stored text."""
    html = client.get(PUBLIC_PAGES[surface](item)).text

    blocks = json_ld_blocks(html)
    raw = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert blocks and raw
    assert not any(re.search(r"<\s*/?\s*script|<!--", block, re.I) for block in raw)
    assert any(item.payload in text for text in strings_in(blocks))


def test_the_article_page_marks_up_the_quote_with_the_speaker_escaped_inside_attributes(client, stored, db):
    """The quote markup puts the speaker's name in a title attribute: a breakout there stays inert."""
    entry = stored["items"]["attribute-breakout"]
    html = client.get(entry.article.get_absolute_url()).text

    assert 'class="quote-link"' in html
    assert 'title="Said by &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"' in html


# Feeds ------------------------------------------------------------------------------------------

HTML_ELEMENTS = {"description", "summary", "content"}


def feed_roots(client, stored, feed):
    """(payload, parsed feed) for every payload: the site feeds hold them all, a person feed one."""
    if feed == "person-feed":
        return [
            (s.payload, parse_xml(client.get(reverse("articles:person-feed", args=[s.person.slug])).text))
            for s in stored["items"].values()
        ]
    root = parse_xml(client.get(reverse(f"articles:feed-{feed}")).text)
    return [(s.payload, root) for s in stored["items"].values()]


@pytest.mark.parametrize("feed", ["rss", "atom", "person-feed"])
def test_feed_item_html_holds_every_payload_escaped_twice(client, stored, db, feed):
    """Feed readers render item descriptions as HTML: once the XML is decoded, each payload is still
    escaped HTML, so the reader shows it as text."""
    missing, live = [], []
    for payload, root in feed_roots(client, stored, feed):
        items = [el for el in root.iter() if local_name(el) in ("item", "entry")]
        descriptions = [el.text or "" for entry in items for el in entry if local_name(el) in HTML_ELEMENTS]
        live += [problem for html in descriptions for problem in live_markup(html)]
        live += [local_name(el) for el in root.iter() if local_name(el) in ("script", "img", "svg")]
        if not any(payload in visible_text(html) for html in descriptions):
            missing.append(payload)

    assert live == []
    assert missing == []


@pytest.mark.parametrize("feed", ["rss", "atom", "person-feed"])
def test_feed_titles_are_plain_text_escaped_once(client, stored, db, feed):
    """Titles are text: decoding the XML gives back exactly the stored words."""
    missing = []
    for payload, root in feed_roots(client, stored, feed):
        titles = [el.text or "" for el in root.iter() if local_name(el) == "title"]
        if not any(payload in title for title in titles):
            missing.append(payload)

    assert missing == []


# Sitemaps ---------------------------------------------------------------------------------------

SITEMAPS = {
    "index": "/sitemap.xml",
    "articles": "/sitemap-articles.xml",
    "people": "/sitemap-people.xml",
    "quotes": "/sitemap-quotes.xml",
    "news": "/sitemap-news.xml",
}


@pytest.mark.parametrize("sitemap", list(SITEMAPS))
def test_sitemaps_stay_well_formed_xml_without_markup(client, stored, db, sitemap):
    """Sitemaps parse as XML whatever the headlines say, and carry no element a payload could add."""
    response = client.get(SITEMAPS[sitemap])

    root = parse_xml(response.text)
    assert {local_name(el) for el in root.iter()} <= {
        "sitemapindex",
        "sitemap",
        "urlset",
        "url",
        "loc",
        "lastmod",
        "changefreq",
        "priority",
        "news",
        "publication",
        "name",
        "language",
        "publication_date",
        "title",
    }
    assert "<script" not in response.text.lower()


def test_news_sitemap_titles_decode_to_the_exact_headlines(client, stored, db):
    """The news sitemap's <news:title> is text: decoded once, it is the headline as typed."""
    root = parse_xml(client.get(SITEMAPS["news"]).text)
    titles = {el.text for el in root.iter() if local_name(el) == "title"}

    assert {s.payload for s in stored["items"].values()} <= titles


# API --------------------------------------------------------------------------------------------

API_DETAILS = {
    "article": lambda s: f"/api/articles/{s.article.slug}",
    "person": lambda s: f"/api/people/{s.person.slug}",
    "person-quotes": lambda s: f"/api/people/{s.person.slug}/quotes",
    "quote": lambda s: f"/api/quotes/{s.quote.pk}",
}
API_LISTS = ["/api/articles?page_size=100", "/api/people?page_size=100", "/api/quotes?page_size=100"]


def _assert_json_with_payloads(response, payloads):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    strings = "\n".join(strings_in(response.json()))
    assert [payload for payload in payloads if payload not in strings] == []


@payload_param
@pytest.mark.parametrize("endpoint", list(API_DETAILS))
def test_api_details_serve_payloads_as_json_data_browsers_will_not_sniff(client, item, endpoint):
    """The API returns the exact stored words inside JSON, typed application/json with nosniff."""
    _assert_json_with_payloads(client.get(API_DETAILS[endpoint](item)), [item.payload])


@pytest.mark.parametrize("endpoint", API_LISTS)
def test_api_lists_serve_payloads_as_json_data_browsers_will_not_sniff(client, stored, db, endpoint):
    """API lists return every stored payload exactly, inside JSON, typed application/json with nosniff."""
    _assert_json_with_payloads(client.get(endpoint), [s.payload for s in stored["items"].values()])


# The admin --------------------------------------------------------------------------------------


def _first_version(article):
    return Version.objects.get_for_object(article).order_by("pk").first()


def _latest_version(article):
    return Version.objects.get_for_object(article).order_by("-pk").first()


ADMIN_PAGES = {
    "article-change": lambda s: change_url(s.article),
    "article-changelist-search": lambda s: admin_url(Article, "changelist") + "?" + urlencode({"q": s.payload}),
    "article-history": lambda s: admin_url(Article, "history", s.article.pk),
    "article-revision": lambda s: admin_url(Article, "revision", s.article.pk, _first_version(s.article).pk),
    "article-revision-diff": lambda s: admin_url(Article, "revision_diff", s.article.pk, _latest_version(s.article).pk),
    "article-delete": lambda s: admin_url(Article, "delete", s.article.pk),
    "person-change": lambda s: change_url(s.person),
    "quote-change": lambda s: change_url(s.quote),
    "correction-change": lambda s: change_url(s.correction),
}
ADMIN_LISTS = {
    "article": admin_url(Article, "changelist"),
    "person": admin_url(Person, "changelist"),
    "quote": admin_url(Quote, "changelist"),
    "correction": admin_url(Correction, "changelist"),
}


@payload_param
@pytest.mark.parametrize("page", list(ADMIN_PAGES))
def test_admin_pages_show_payloads_as_text_never_as_markup(as_editor, item, page):
    """Editors see what was typed, in fields and titles, and nothing of it runs in their browser."""
    response = as_editor.get(ADMIN_PAGES[page](item))

    assert response.status_code == 200
    assert live_markup(response.text) == []
    if page != "article-revision-diff":  # the diff shows what changed: here, only the status
        assert item.payload in visible_text(response.text)


@pytest.mark.parametrize("model", list(ADMIN_LISTS))
def test_admin_changelists_show_every_payload_as_text_never_as_markup(as_editor, stored, db, model):
    """Changelists list every stored payload as text (the quote list, the correction list by headline)."""
    response = as_editor.get(ADMIN_LISTS[model], {"q": SEARCH_WORD} if model == "quote" else {})

    assert response.status_code == 200
    assert live_markup(response.text) == []
    text = visible_text(response.text)
    assert [name for name, s in stored["items"].items() if s.payload not in text] == []


@payload_param
@pytest.mark.parametrize("page", ["article-change", "quote-change"])
def test_read_only_admin_pages_show_payloads_as_text(as_reporter, item, page):
    """A reporter sees a published article and a quote's verification read-only: the readonly
    rendering (not a form widget) escapes too."""
    response = as_reporter.get(ADMIN_PAGES[page](item))

    assert response.status_code == 200
    assert live_markup(response.text) == []
    assert item.payload in visible_text(response.text)


def test_the_revision_diff_escapes_changed_text(as_editor, stored, db):
    """The diff view builds its own markup around changed lines: the lines themselves are escaped."""
    entry = stored["items"]["script"]
    data = change_form_data(as_editor.get(change_url(entry.article)))
    data["body"] = data["body"] + "\n\nAdded <img src=x onerror=alert(2)> line\n"
    response = as_editor.post(change_url(entry.article), data)
    assert response.status_code == 302, form_errors(response)

    diff = as_editor.get(ADMIN_PAGES["article-revision-diff"](entry))

    assert live_markup(diff.text) == []
    assert "+ Added &lt;img src=x onerror=alert(2)&gt; line" in diff.text


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"]
)
def test_the_quote_form_refuses_script_urls_as_evidence(as_editor, stored, db, url):
    """Evidence links must be web addresses: script and data URLs are refused, the old value kept."""
    entry = stored["items"]["script"]
    data = change_form_data(as_editor.get(change_url(entry.quote)))
    data["evidence_url"] = url

    response = as_editor.post(change_url(entry.quote), data)

    assert response.status_code == 200
    assert Quote.objects.get(pk=entry.quote.pk).evidence_url == evidence_url_for(entry.payload)


def test_a_script_url_stored_by_an_import_is_not_a_link_in_the_admin(as_reporter, stored, db):
    """Fixtures and imports skip form validation: a javascript: evidence URL is still never a link."""
    entry = stored["items"]["script"]
    Quote.objects.filter(pk=entry.quote.pk).update(evidence_url="javascript:alert(1)")

    response = as_reporter.get(change_url(entry.quote))

    assert response.status_code == 200
    assert live_markup(response.text) == []


# Reviewed escapes -------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("articles", "newsroom")
# Each file allowed to turn text into markup by hand, and why it is safe. A new use needs review.
ALLOWED_SAFE_MARKUP = {
    "articles/site/rendering.py": "mark_quotes and the Markdown subset join pieces each escaped, built by format_html "
    "or fixed tags; SafeString is its type",
    "articles/site/fragments.py": "a list's cards and quote items are str() of our autoescaped Jinja macros' output, "
    "re-marked safe after a round trip through the cache, trusted as the page cache's stored pages are",
    "articles/site/search.py": "highlight escapes the whole snippet first, then turns private-use markers into <mark>",
    "articles/site/structured_data.py": "script() escapes <, > and & as \\u escapes before marking the JSON safe",
    "articles/site/views.py": "the story HTML is render_to_string output of an autoescaped template; re-marked safe "
    "after a round trip through the cache, which is trusted as much as the page cache's pickled responses",
}
# Django's and Jinja2's ways to turn escaping off (Markup is Jinja2's mark_safe).
UNSAFE = re.compile(r"mark_safe|SafeString|SafeText|\bMarkup\(|\|\s*safe\b|\|\s*safeseq\b|autoescape\s+(?:off|false)")
# format_html with its arguments already interpolated (f-string, % or .format) or with none at all.
FORMAT_HTML_MISUSE = re.compile(
    r"format_html\(\s*(?:f[\"']|[\"'][^\"']*[\"']\s*(?:%|\.format\(|\))|[A-Za-z_][\w.]*\s*\))"
)


def _scanned_files():
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*")):
            if path.suffix in (".py", ".html", ".xml", ".txt") and "migrations" not in path.parts:
                yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")


def test_hand_made_safe_markup_appears_only_in_reviewed_files():
    """mark_safe, SafeString, |safe and autoescape off appear only in the allow-listed files."""
    users = {name for name, text in _scanned_files() if UNSAFE.search(text)}

    assert users - set(ALLOWED_SAFE_MARKUP) == set()


def test_the_allow_list_has_no_stale_entries():
    """Every allow-listed file still needs its entry, so the list stays a review record."""
    users = {name for name, text in _scanned_files() if UNSAFE.search(text)}

    assert set(ALLOWED_SAFE_MARKUP) - users == set()


def test_format_html_always_gets_its_values_as_arguments():
    """format_html escapes only its arguments: a pre-formatted string or no arguments defeats it."""
    misuses = [
        f"{name}: {match.group(0)}" for name, text in _scanned_files() for match in FORMAT_HTML_MISUSE.finditer(text)
    ]

    assert misuses == []


def test_reader_templates_autoescape():
    """Reader pages are Jinja2 templates: Django's backend turns autoescaping on; keep it on."""
    from django.template import engines

    rendered = engines["jinja2"].from_string("{{ text }}").render({"text": "<script>alert(1)</script>"})

    assert engines["jinja2"].env.autoescape is True
    assert rendered == "&lt;script&gt;alert(1)&lt;/script&gt;"
