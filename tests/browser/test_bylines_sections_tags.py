"""A reader meets bylines, sections and tags in Chromium, on a desktop (1280 px) and a phone
(390 px) screen: the byline, section kicker, tags and related articles of a story, then the
author, section and topic pages they link to. Every page passes the axe scan (light and dark), fits the screen
without sideways scrolling and logs no console error; a draft shows nowhere."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from articles.domain.models import Article, Byline
from tests.factories import ArticleFactory, AuthorFactory, PersonFactory, SectionFactory, TagFactory

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}
WIDTHS = [1280, 390]


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.fixture
def newsroom(transactional_db):
    """Two published stories sharing a tag and a section, and a draft with a byline of its own."""
    ana = AuthorFactory(name="Ana Reporter", slug="ana-reporter", bio="Ana covers the city council.")
    ben = AuthorFactory(name="Ben Reporter", slug="ben-reporter")
    cal = AuthorFactory(name="Cal Reporter", slug="cal-reporter")
    city = SectionFactory(name="City", slug="city", description="The council, the streets and the people.")
    SectionFactory(name="Empty Desk", slug="empty-desk")
    housing = TagFactory(name="Housing", slug="housing")
    budget = TagFactory(name="Council budget", slug="council-budget")
    mayor = PersonFactory(name="Mara Mayor", slug="mara-mayor", title="Mayor")

    earlier = ArticleFactory(published=True, headline="Council agrees rent study", section=city)
    earlier.tags.add(housing)
    story = ArticleFactory(published=True, headline="Council votes for new homes", section=city)
    story.tags.add(housing, budget)
    story.people.add(mayor)
    for position, author in enumerate((cal, ana, ben), start=1):
        Byline.objects.create(article=story, author=author, position=position)
    Byline.objects.create(article=earlier, author=ana, position=1)

    ghost = AuthorFactory(name="Ghost Reporter", slug="ghost-reporter")
    draft = ArticleFactory(headline="Embargoed housing draft", status=Article.Status.DRAFT, section=city)
    draft.tags.add(housing)
    Byline.objects.create(article=draft, author=ghost, position=1)
    return {"story": story, "earlier": earlier, "ana": ana, "city": city, "housing": housing}


class Reader:
    """A page of the given width that records console errors, page errors and failed requests."""

    def __init__(self, browser, base_url, width):
        self.problems = []
        self.context = browser.new_context(base_url=base_url, viewport={"width": width, "height": 900}, locale="en-GB")
        self.context.set_default_timeout(10_000)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("response", self._response)

    def _console(self, message):
        if message.type == "error":
            self.problems.append(f"console error: {message.text}")

    def _response(self, response):
        if response.status >= 400:
            self.problems.append(f"{response.status} for {response.url}")

    def check(self, axe, name):
        """No serious axe violation (light and dark schemes), no sideways scrolling, nothing
        logged as an error so far."""
        __tracebackhide__ = True
        for scheme in ("light", "dark"):
            self.page.emulate_media(color_scheme=scheme)
            found = axe.run(self.page).response["violations"]
            violations = [v for v in found if v["impact"] in BLOCKING_IMPACTS]
            assert not violations, f"axe on the {name} page ({scheme}): " + "; ".join(
                f"{v['id']}: {' '.join(str(t) for n in v['nodes'] for t in n['target'])}" for v in violations
            )
        self.page.emulate_media(color_scheme="light")
        overflow = self.page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"the {name} page scrolls sideways by {overflow} px"
        assert not self.problems, f"on the {name} page: {self.problems}"


@pytest.fixture
def reader_at(browser, live_server):
    readers = []

    def open_reader(width):
        reader = Reader(browser, live_server.url, width)
        readers.append(reader)
        return reader

    yield open_reader
    for reader in readers:
        reader.context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_a_reader_sees_byline_section_tags_and_related_articles(reader_at, axe, newsroom, width):
    """The story shows its section, its byline in order, its topics and a related story."""
    reader = reader_at(width)
    page = reader.page
    page.goto(newsroom["story"].get_absolute_url())

    expect(page.get_by_role("heading", level=1)).to_have_text("Council votes for new homes")
    expect(page.locator(".story .byline")).to_have_text("By Cal Reporter, Ana Reporter and Ben Reporter")
    expect(page.locator(".story .kicker").get_by_role("link", name="City")).to_be_visible()
    topics = page.get_by_role("navigation", name="Topics")
    expect(topics.get_by_role("link")).to_have_text(["Council budget", "Housing"])
    related = page.get_by_role("complementary", name="Related articles")
    expect(related.get_by_role("link")).to_have_text(["Council agrees rent study"])
    sections = page.get_by_role("navigation", name="Sections")
    expect(sections.get_by_role("link")).to_have_text(["City"])
    assert "Embargoed" not in page.content() and "Ghost Reporter" not in page.content()
    favicon = page.evaluate("() => fetch('/favicon.ico').then(r => [r.ok, r.url])")
    assert favicon[0] and favicon[1].endswith("/static/articles/favicon.svg")
    reader.check(axe, "article")


@pytest.mark.parametrize("width", WIDTHS)
def test_a_reader_follows_the_byline_section_and_topic_links(reader_at, axe, newsroom, width):
    """Author, section and topic pages open from the story's links and list the published stories only."""
    reader = reader_at(width)
    page = reader.page
    story = newsroom["story"]

    page.goto(story.get_absolute_url())
    page.locator(".story .byline").get_by_role("link", name="Ana Reporter").click()
    expect(page).to_have_url(re.compile(r"/authors/ana-reporter/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ana Reporter")
    expect(page.get_by_text("Ana covers the city council.")).to_be_visible()
    expect(page.locator(".card__headline")).to_have_text(["Council votes for new homes", "Council agrees rent study"])
    reader.check(axe, "author")

    page.go_back()
    page.locator(".story .kicker").get_by_role("link", name="City").click()
    expect(page).to_have_url(re.compile(r"/sections/city/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("City")
    expect(page.get_by_text("The council, the streets and the people.")).to_be_visible()
    expect(page.get_by_role("navigation", name="Sections").get_by_role("link", name="City")).to_have_attribute(
        "aria-current", "page"
    )
    reader.check(axe, "section")

    page.go_back()
    page.get_by_role("navigation", name="Topics").get_by_role("link", name="Housing").click()
    expect(page).to_have_url(re.compile(r"/tags/housing/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Housing")
    expect(page.locator(".card__headline")).to_have_count(2)
    expect(page.locator(".card .byline").first).to_have_text("By Cal Reporter, Ana Reporter and Ben Reporter")
    assert "Embargoed housing draft" not in page.content()
    reader.check(axe, "topic")

    page.goto("/")
    expect(page.locator(".card__headline").first).to_have_text("Council votes for new homes")
    reader.check(axe, "home")
