"""The desk in Chromium: reporters and editors at work in the admin, and what readers then see.

Every user logs in through the real admin login form (django-axes counts failures, so the
passwords are always right). Each browser context watches for Content-Security-Policy
violations (console messages naming the Content Security Policy, and the DOM's
`securitypolicyviolation` events): the site's policy allows no inline script or style, in the
admin too, and each test ends by asserting none was logged.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field

import pytest
from django.contrib.auth.models import Group, Permission, User
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect
from reversion.models import Version

from articles.domain.models import Article
from articles.ingest.fingerprint import content_checksum
from tests.browser.conftest import TIMEOUT_MS, VIEWPORT, close_context, plain
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.browser

PASSWORD = "correct-horse-battery-staple-42"
GROUPS_MIGRATION = importlib.import_module("articles.migrations.0004_editorial_groups")

BODY = (
    "The town council met on Tuesday to decide the future of the old bridge.\n\n"
    "“We will rebuild the bridge by spring,” said Marta Kowalczyk, the mayor.\n\n"
    "“Nobody asked the people who cross it every day,” said Marek Kowalski, a shopkeeper."
)
MAYOR_QUOTE = "We will rebuild the bridge by spring,"
SHOPKEEPER_QUOTE = "Nobody asked the people who cross it every day,"


# Users and content -------------------------------------------------------------------------------


@pytest.fixture
def desk_groups(transactional_db):
    """The Reporter and Editor groups of migration 0004.

    A transactional test (every live_server test is one) empties the database afterwards, data
    migrations included, so the groups are made again here when an earlier test removed them.
    """
    permissions = Permission.objects.filter(content_type__app_label="articles")
    reporter, created = Group.objects.get_or_create(name="Reporter")
    if created:
        reporter.permissions.set(permissions.filter(codename__in=GROUPS_MIGRATION.REPORTER_CODENAMES))
    editor, created = Group.objects.get_or_create(name="Editor")
    if created:
        editor.permissions.set(list(permissions))
    return {"Reporter": reporter, "Editor": editor}


def member(groups, username: str, group: str) -> User:
    user = User.objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(groups[group])
    return user


@pytest.fixture
def reporter(desk_groups):
    return member(desk_groups, "rita", "Reporter")


@pytest.fixture
def editor(desk_groups):
    return member(desk_groups, "ines", "Editor")


@pytest.fixture
def second_editor(desk_groups):
    return member(desk_groups, "omar", "Editor")


@pytest.fixture
def mayor(transactional_db):
    return PersonFactory(name="Marta Kowalczyk", slug="marta-kowalczyk", title="Mayor")


@pytest.fixture
def shopkeeper(transactional_db):
    return PersonFactory(name="Marek Kowalski", slug="marek-kowalski", title="Shopkeeper")


@pytest.fixture
def draft(transactional_db, mayor, shopkeeper):
    """A draft about the bridge: the mayor's words are in its body, not yet a Quote row."""
    article = ArticleFactory(
        headline="Council debates the old bridge",
        slug="council-debates-the-old-bridge",
        deck="The bridge is closed\nThe council is split",
        body=BODY,
        status=Article.Status.DRAFT,
    )
    article.people.add(mayor, shopkeeper)
    QuoteFactory(article=article, speaker=shopkeeper, text=SHOPKEEPER_QUOTE, position=2, reporting_verb="said")
    return article


@pytest.fixture
def story_in_review(draft, mayor):
    """Where the reporter's journey ends: the draft, submitted, with the mayor's quote added (unverified)."""
    QuoteFactory(article=draft, speaker=mayor, text=MAYOR_QUOTE, position=1, reporting_verb="said")
    Article.objects.filter(pk=draft.pk).update(status=Article.Status.IN_REVIEW)
    draft.refresh_from_db()
    return draft


@pytest.fixture
def other_unverified_quote(transactional_db):
    """An unverified quote of another article, also in the review queue: the editor leaves it alone."""
    other = ArticleFactory(headline="Ferry timetable changes", slug="ferry-timetable-changes")
    return QuoteFactory(article=other, speaker=PersonFactory(name="Pat Ferryman"), text="Sailings resume in May")


@pytest.fixture
def imported_story(transactional_db, mayor):
    """A published article as `import_seeds` leaves it: its seed file and content checksum recorded."""
    article = ArticleFactory(
        published=True, headline="Bridge reopens", slug="bridge-reopens", deck="One line\nTwo lines", body=BODY
    )
    article.source = "seeds/042_bridge.txt"
    article.import_checksum = content_checksum(article.headline, article.deck, article.body, article.published_at)
    article.save()
    assert not article.edited_since_import
    return article


# Browser ---------------------------------------------------------------------------------------------

_CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__newsroomCspViolation({
    page: location.href,
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: event.blockedURI,
    source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : "",
    sample: event.sample || "",
  });
});
"""


@dataclass
class Desk:
    """Opens browser contexts (each its own cookie jar), logs users in, and records CSP violations."""

    browser: object
    base_url: str
    violations: list = field(default_factory=list)
    contexts: list = field(default_factory=list)

    def open(self, user: User | None = None):
        """A page in a fresh context; logged in through the admin login form when `user` is given."""
        context = self.browser.new_context(base_url=self.base_url, viewport=VIEWPORT, locale="en-GB")
        context.set_default_timeout(TIMEOUT_MS)
        self.contexts.append(context)
        context.expose_function("__newsroomCspViolation", lambda report: self.violations.append(report))
        context.add_init_script(_CSP_LISTENER)
        context.on("console", self._console)
        page = context.new_page()
        if user is not None:
            self.log_in(page, user)
        return page

    def _console(self, message):
        text = message.text
        if "Content Security Policy" in text or "Content-Security-Policy" in text:
            self.violations.append({"page": message.page.url if message.page else "", "console": text})

    @staticmethod
    def log_in(page, user: User):
        page.goto("/admin/")
        expect(page).to_have_url(re.compile(r"/admin/login/"))
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        expect(page).to_have_url(re.compile(r"/admin/$"))
        expect(page.locator("#user-tools strong")).to_have_text(user.username, ignore_case=True)

    def assert_no_csp_violations(self):
        __tracebackhide__ = True
        assert not self.violations, "Content-Security-Policy violations:\n" + "\n".join(
            str(report) for report in self.violations
        )

    def close(self):
        for context in self.contexts:
            close_context(context)


@pytest.fixture
def desk(browser, live_server):
    desk = Desk(browser, live_server.url)
    try:
        yield desk
    finally:
        desk.close()


def change_url(obj) -> str:
    return f"/admin/articles/{obj._meta.model_name}/{obj.pk}/change/"


def success_messages(page):
    return page.locator("ul.messagelist li.success")


# The journeys -----------------------------------------------------------------------------------------


def test_reporter_edits_a_draft_adds_a_quote_and_submits_it_for_review(desk, reporter, draft, mayor):
    """A reporter retitles a draft, adds the mayor's quote (speaker chosen by typing in the
    autocomplete), saves, submits it for review, and then has no Publish button."""
    page = desk.open(reporter)
    page.get_by_role("link", name="Articles").first.click()
    page.get_by_role("link", name=draft.headline, exact=True).click()
    expect(page.get_by_role("heading", level=2, name=draft.headline)).to_be_visible()

    page.get_by_label("Headline:").fill("Council votes to rebuild the old bridge")
    quotes = page.locator("#quotes-group")
    quotes.get_by_role("button", name="Add another Quote").click()
    row = quotes.locator("tr.form-row.dynamic-quotes").last
    row.locator("td.field-position input").fill("1")
    row.locator("td.field-text textarea").fill(MAYOR_QUOTE)
    row.locator("td.field-reporting_verb input").fill("said")
    row.locator("td.field-speaker .select2-selection").click()
    search = page.locator(".select2-container--open .select2-search__field")
    search.fill("Kowal")
    options = page.locator(".select2-results__option")
    expect(options.filter(has_text="Marek Kowalski")).to_be_visible()
    options.filter(has_text=mayor.name).click()
    expect(row.locator("td.field-speaker .select2-selection__rendered")).to_have_text(re.compile(mayor.name))
    page.get_by_role("button", name="Save and continue editing").first.click()

    expect(success_messages(page)).to_contain_text("was changed successfully")
    expect(page.get_by_label("Headline:")).to_have_value("Council votes to rebuild the old bridge")
    page.locator(".workflow-row").first.get_by_role("button", name="Submit for review").click()

    expect(success_messages(page)).to_contain_text("is now in review")
    expect(page.locator(".field-status .readonly")).to_have_text("In review")
    expect(page.get_by_role("button", name="Publish", exact=True)).to_have_count(0)
    article = Article.objects.get(pk=draft.pk)
    assert article.status == Article.Status.IN_REVIEW
    assert article.headline == "Council votes to rebuild the old bridge"
    assert article.quotes.get(position=1).speaker == mayor
    desk.assert_no_csp_violations()


def test_editor_verifies_the_quotes_and_publishes_then_a_reader_sees_the_story(
    desk, editor, story_in_review, mayor, other_unverified_quote
):
    """An editor verifies the story's quotes from the review queue and publishes it; a reader
    then finds it on the home page, the mayor's quote linked to her page."""
    article = story_in_review
    page = desk.open(editor)
    page.goto("/admin/articles/quote/")
    page.get_by_role("link", name="Extracted (not yet checked)").click()
    expect(page).to_have_url(re.compile(r"verification_status__exact=extracted"))

    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(3)
    ours = rows.filter(has_text=article.headline)
    expect(ours).to_have_count(2)
    for index in range(2):
        ours.nth(index).locator("input.action-select").check()
    page.locator("select[name=action]").select_option(label="Mark selected quotes verified")
    page.get_by_role("button", name="Go").click()

    expect(success_messages(page)).to_have_text("2 quote(s) marked verified.")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(other_unverified_quote.text)

    page.goto("/admin/articles/article/")
    page.get_by_role("link", name=article.headline, exact=True).click()
    page.locator(".workflow-row").first.get_by_role("button", name="Publish", exact=True).click()

    expect(success_messages(page)).to_have_text(f"Publish: “{article.headline}” is now published.")
    expect(page.locator("ul.messagelist li.warning")).to_have_count(0)
    expect(page.locator(".field-status .readonly")).to_have_text("Published")

    reader = desk.open()
    reader.goto("/")
    reader.get_by_role("link", name=article.headline, exact=True).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(article.headline)
    expect(reader.locator(".preview-banner")).to_have_count(0)
    quote = article.quotes.get(position=1)
    marked = reader.locator(f'.story q[cite="{quote.get_absolute_url()}"]')
    expect(marked).to_have_count(1)
    assert plain(MAYOR_QUOTE) in plain(marked.inner_text())
    expect(marked.get_by_role("link")).to_have_attribute("href", mayor.get_absolute_url())
    desk.assert_no_csp_violations()


def test_second_editor_saving_a_stale_form_is_refused_and_the_first_edit_survives(desk, editor, second_editor, draft):
    """Two editors open the same article; the first saves a new headline; the second's deck
    change is refused with a message naming the first editor, and nothing of theirs is saved."""
    first = desk.open(editor)
    second = desk.open(second_editor)
    first.goto(change_url(draft))
    second.goto(change_url(draft))
    expect(first.get_by_label("Headline:")).to_have_value(draft.headline)
    expect(second.get_by_label("Headline:")).to_have_value(draft.headline)

    first.get_by_label("Headline:").fill("Council votes to rebuild the old bridge")
    first.get_by_role("button", name="Save", exact=True).first.click()
    expect(success_messages(first)).to_contain_text("was changed successfully")

    second.get_by_label("Deck:").fill("A deck nobody should see saved")
    second.get_by_role("button", name="Save", exact=True).first.click()

    expect(second.locator(".errornote")).to_be_visible()
    error = second.locator("ul.errorlist.nonfield")
    expect(error).to_contain_text("was changed since you opened it")
    expect(error).to_contain_text(re.compile(rf"\b{editor.username} on \d+ \w+ \d{{4}} at \d\d:\d\d:\d\d"))
    expect(success_messages(second)).to_have_count(0)
    article = Article.objects.get(pk=draft.pk)
    assert article.headline == "Council votes to rebuild the old bridge"
    assert article.deck == draft.deck
    desk.assert_no_csp_violations()


def test_preview_link_shows_the_draft_to_a_visitor_until_revoked(desk, reporter, draft):
    """The change form's preview link opens the draft, marked "Not published", for a visitor
    without an account; after "Revoke preview links" the same link is a 404."""
    page = desk.open(reporter)
    page.goto(change_url(draft))
    link = page.locator(".field-preview_link a")
    href = link.get_attribute("href")
    assert href and href.startswith("/preview/"), href

    visitor = desk.open()
    response = visitor.goto(href)
    assert response.status == 200
    expect(visitor.locator(".preview-banner")).to_contain_text("Not published.")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(draft.headline)

    page.locator(".object-tools").get_by_role("button", name="Revoke preview links").click()
    expect(success_messages(page)).to_have_text("Every preview link for this article so far has stopped working.")

    response = visitor.goto(href)
    assert response.status == 404
    expect(visitor.get_by_text(draft.headline)).to_have_count(0)
    desk.assert_no_csp_violations()


def test_saving_an_imported_article_unchanged_leaves_its_text_alone(desk, editor, imported_story):
    """An editor opens an imported article and saves it without touching it: the history says
    "No fields changed.", the text is stored as it was (browsers send textareas with CRLF line
    ends), and the article still counts as unedited, so a re-import may update it."""
    page = desk.open(editor)
    page.goto(change_url(imported_story))
    page.get_by_role("button", name="Save and continue editing").first.click()
    expect(success_messages(page)).to_contain_text("was changed successfully")

    page.get_by_role("link", name="History").click()
    latest = page.locator("#change-history tbody tr").first
    expect(latest.locator("td").nth(0)).to_have_text(editor.username)
    expect(latest.locator("td").nth(1)).to_have_text("No fields changed.")
    article = Article.objects.get(pk=imported_story.pk)
    assert (article.deck, article.body) == (imported_story.deck, imported_story.body)
    assert not article.edited_since_import
    desk.assert_no_csp_violations()


def test_history_names_only_the_fields_the_editor_changed(desk, editor, transactional_db):
    """After an editor changes only the headline, the article's history says "Changed Headline."
    and nothing else (the article has no multi-line text, so line ends play no part)."""
    article = ArticleFactory(headline="Bridge closed", slug="bridge-closed", deck="", body="One paragraph.")
    page = desk.open(editor)
    page.goto(change_url(article))
    page.get_by_label("Headline:").fill("Bridge closed for repairs")
    page.get_by_role("button", name="Save and continue editing").first.click()
    expect(success_messages(page)).to_contain_text("was changed successfully")

    page.get_by_role("link", name="History").click()
    latest = page.locator("#change-history tbody tr").first
    expect(latest.locator("td").nth(0)).to_have_text(editor.username)
    expect(latest.locator("td").nth(1)).to_have_text("Changed Headline.")
    desk.assert_no_csp_violations()


def test_speaker_autocomplete_lists_matching_people_alphabetically(desk, reporter, draft):
    """Typing part of a name in a quote row's speaker box lists every match once, A to Z, across
    the autocomplete's pages (it loads 20 at a time as the list scrolls)."""
    names = [f"Nowak {letter}{letter}" for letter in reversed("ABCDEFGHIJKLMNOPQRSTUVWXY")]
    for name in names:  # created Z to A, so creation order is not the alphabetical order
        PersonFactory(name=name)
    page = desk.open(reporter)
    page.goto(change_url(draft))
    page.locator("#quotes-group").get_by_role("button", name="Add another Quote").click()
    page.locator("#quotes-group tr.dynamic-quotes").last.locator(".select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill("Nowak")

    options = page.locator(".select2-results__option:not(.loading-results)")
    expect(options.first).to_have_text(re.compile("Nowak"))
    options.last.scroll_into_view_if_needed()
    expect(options).to_have_count(len(names) + 1)
    # Nobody is called exactly "Nowak": the last option offers to create that person.
    assert options.all_inner_texts() == [*sorted(names), "Create “Nowak”"]
    desk.assert_no_csp_violations()


def test_publish_saves_the_deck_typed_just_before_it(desk, editor, story_in_review):
    """The reported loss: an editor types a new deck and presses Publish without saving first.
    The deck is saved with the publication, as one revision."""
    page = desk.open(editor)
    page.goto(f"/admin/articles/article/{story_in_review.pk}/change/")
    page.get_by_label("Deck:").fill("Typed a moment before pressing Publish")

    page.locator(".workflow-row").last.get_by_role("button", name="Publish", exact=True).click()

    expect(success_messages(page)).to_have_text(f"Publish: “{story_in_review.headline}” is now published.")
    expect(page.get_by_label("Deck:")).to_have_value("Typed a moment before pressing Publish")
    article = Article.objects.get(pk=story_in_review.pk)
    assert article.is_published and article.deck == "Typed a moment before pressing Publish"
    desk.assert_no_csp_violations()


def test_a_quote_row_fits_a_1280_px_screen(desk, editor, story_in_review):
    """Text, speaker, verb, verification and checks of a quote row are visible without scrolling sideways."""
    page = desk.open(editor)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"/admin/articles/article/{story_in_review.pk}/change/")
    table = page.locator("#quotes-group table")
    expect(table).to_be_visible()

    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    widths = page.evaluate(
        "() => [...document.querySelectorAll('#quotes-group tr.has_original td, #quotes-group tr.has_original th')].map(c => c.className + ':' + Math.round(c.getBoundingClientRect().width))"
    )
    assert overflow <= 0, " ".join(widths)
    row = page.locator("#quotes-group tr.has_original").first
    for column in ("text", "speaker", "reporting_verb", "verification_status", "checks"):
        box = row.locator(f"td.field-{column}").bounding_box()
        assert box is not None and box["x"] + box["width"] <= 1280, column
    desk.assert_no_csp_violations()


def test_leaving_a_changed_form_asks_first_and_a_second_editor_sees_who_is_editing(desk, editor, second_editor, draft):
    """Two browser contexts: the first editor types and tries to leave (the browser asks); the
    second, opening the same article, is told who is editing since when."""
    first = desk.open(editor)
    first.goto(f"/admin/articles/article/{draft.pk}/change/")
    # Waiting for the autosave leaves nothing to send when the test closes the tab: a request still
    # reaching the live server while the test database is flushed would lock it.
    with first.expect_response(lambda response: response.url.endswith("/autosave/") and response.status == 204):
        first.get_by_label("Deck:").fill("Typed and not saved")
    asked = []
    first.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))

    with pytest.raises(PlaywrightError, match="ERR_ABORTED"):
        first.goto("/admin/")  # leaving: the browser asks; staying aborts the navigation

    assert asked == ["beforeunload"]
    expect(first.get_by_label("Deck:")).to_have_value("Typed and not saved")

    second = desk.open(second_editor)
    second.goto(f"/admin/articles/article/{draft.pk}/change/")
    expect(second.locator(".editing-presence")).to_contain_text("ines is editing since")
    desk.assert_no_csp_violations()


def test_a_closed_tab_loses_nothing_the_autosave_brings_it_back(desk, editor, draft):
    page = desk.open(editor)
    page.goto(f"/admin/articles/article/{draft.pk}/change/")
    with page.expect_response(lambda response: response.url.endswith("/autosave/") and response.status == 204):
        page.get_by_label("Body:").fill("A body typed and never saved, then the tab was closed.")
    page.close()

    again = desk.open(editor)
    again.goto(f"/admin/articles/article/{draft.pk}/change/")
    expect(again.locator(".autosave-notice")).to_contain_text("You have unsaved changes")
    again.get_by_role("button", name="Restore my unsaved changes").click()

    expect(again.get_by_label("Body:")).to_have_value("A body typed and never saved, then the tab was closed.")
    again.get_by_role("button", name="Save and continue editing").first.click()
    expect(success_messages(again)).to_contain_text("was changed successfully")
    assert Article.objects.get(pk=draft.pk).body == "A body typed and never saved, then the tab was closed."
    desk.assert_no_csp_violations()


def test_a_reporter_creates_a_speaker_by_typing_a_new_name(desk, reporter, draft):
    page = desk.open(reporter)
    page.goto(change_url(draft))
    page.locator("#quotes-group").get_by_role("button", name="Add another Quote").click()
    row = page.locator("#quotes-group tr.dynamic-quotes").last
    row.locator("td.field-position input").fill("9")
    row.locator("td.field-text textarea").fill("We were never asked")
    row.locator(".select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill("Ada Newcomer")
    page.locator(".select2-results__option", has_text="Create “Ada Newcomer”").click()

    page.get_by_role("button", name="Save and continue editing").first.click()

    expect(success_messages(page)).to_contain_text("was changed successfully")
    assert draft.quotes.get(text="We were never asked").speaker.name == "Ada Newcomer"
    desk.assert_no_csp_violations()


def test_an_editor_restores_a_revision_and_the_status_stays(desk, editor, transactional_db):
    """The restore page shows what would change; restoring brings the words back, never the status."""
    from articles.domain import workflow

    article = ArticleFactory(headline="The headline we want back")
    workflow.apply_transition(article, "publish", editor)
    wanted = Version.objects.get_for_object(article).first()
    Article.objects.filter(pk=article.pk).update(headline="A regretted headline")
    page = desk.open(editor)
    page.goto(f"/admin/articles/article/{article.pk}/history/{wanted.pk}/")

    expect(page.locator(".revision-diff")).to_contain_text("+ The headline we want back")
    page.get_by_role("button", name="Restore this revision").click()

    expect(success_messages(page)).to_contain_text("Restored the revision")
    restored = Article.objects.get(pk=article.pk)
    assert restored.headline == "The headline we want back" and restored.is_published
    desk.assert_no_csp_violations()
