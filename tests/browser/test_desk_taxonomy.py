"""An editor in Chromium gives a draft its byline, section, tags and a Markdown link, then
publishes it; a reader sees the link at desktop and phone widths. The desk form passes axe.

The reader pages' byline, section and tag displays are another part of the work: here the reader
side checks the link in the body, and the desk side everything the form saved.
"""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from articles.domain.models import Article, Author, Section, Tag
from tests.browser.test_accessibility import BLOCKING_IMPACTS, describe
from tests.browser.test_desk_journey import change_url, desk, desk_groups, editor, success_messages  # noqa: F401
from tests.factories import ArticleFactory

pytestmark = pytest.mark.browser

LINK_TEXT = "the council's report"
LINK_URL = "https://example.org/council/report-2026"
LONG_URL = "https://example.org/transport/timetables/nightbusesallroutesandstopsforthewholecityinonefile2026.pdf"


@pytest.fixture
def taxonomy(transactional_db):
    return {
        "author": Author.objects.create(name="Jane Doe", slug="jane-doe"),
        "other": Author.objects.create(name="Janet Roe", slug="janet-roe"),
        "section": Section.objects.create(name="City", slug="city"),
        "tag": Tag.objects.create(name="Transport", slug="transport"),
    }


@pytest.fixture
def bus_draft(transactional_db):
    return ArticleFactory(
        headline="Night buses return to the city",
        slug="night-buses-return",
        deck="The council found the money",
        body="The night buses will run again from May.",
        status=Article.Status.DRAFT,
    )


def axe_blocking(page) -> list:
    violations = Axe().run(page).response["violations"]
    return [violation for violation in violations if violation["impact"] in BLOCKING_IMPACTS]


def test_editor_adds_byline_section_tags_and_a_link_then_a_reader_sees_the_link(desk, editor, taxonomy, bus_draft):  # noqa: F811
    page = desk.open(editor)
    page.goto(change_url(bus_draft))
    expect(page.locator("#body-format")).to_contain_text("[text](https://example.org/page)")
    expect(page.locator("#id_people + .select2 .select2-search__field")).to_have_attribute("aria-label", "People")
    desk.assert_no_csp_violations()
    blocking = axe_blocking(page)
    assert not blocking, f"axe on the article form:\n{describe(blocking)}"
    desk.violations.clear()  # axe's own injected styles, not the page's

    # The byline: an author chosen by typing in the autocomplete.
    bylines = page.locator("#bylines-group")
    bylines.get_by_role("button", name=re.compile("Add another", re.IGNORECASE)).click()
    row = bylines.locator("tr.form-row.dynamic-bylines").last
    row.locator("td.field-position input").fill("1")
    row.locator("td.field-author .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill("Jan")
    options = page.locator(".select2-results__option")
    expect(options.filter(has_text="Janet Roe")).to_be_visible()
    options.filter(has_text="Jane Doe").first.click()
    expect(row.locator("td.field-author .select2-selection__rendered")).to_have_text(re.compile("Jane Doe"))

    # The section, and tags: an existing one suggested as it is typed, and a new one.
    page.get_by_label("Section:").select_option(label="City")
    tags = page.get_by_label("Tags:")
    tags.press_sequentially("Trans", delay=20)
    expect(page.locator("#tag-suggestions option")).to_have_count(1)
    assert page.locator("#tag-suggestions option").first.get_attribute("value") == "Transport"
    tags.fill("Transport, Night buses")

    # A Markdown link in the body.
    body = page.get_by_label("Body:")
    body.fill(
        f"The night buses will run again from May.\n\nRead [{LINK_TEXT}]({LINK_URL}) for the figures.\n\n"
        f"- Route N1 every *20 minutes*\n- Route N2 every hour\n\nTimetables: {LONG_URL}"
    )
    page.get_by_role("button", name="Save and continue editing").first.click()
    expect(success_messages(page)).to_contain_text("was changed successfully")
    expect(page.get_by_label("Tags:")).to_have_value("Night buses, Transport")

    page.locator(".workflow-row").first.get_by_role("button", name="Publish", exact=True).click()
    expect(success_messages(page)).to_contain_text("is now published")

    article = Article.objects.get(pk=bus_draft.pk)
    assert article.is_published
    assert [b.author.name for b in article.bylines.select_related("author")] == ["Jane Doe"]
    assert article.section.name == "City"
    assert sorted(article.tags.values_list("name", flat=True)) == ["Night buses", "Transport"]
    assert Tag.objects.get(name="Night buses").slug == "night-buses"
    desk.assert_no_csp_violations()

    reader = desk.open()
    for width in (1280, 390):
        reader.set_viewport_size({"width": width, "height": 900})
        reader.goto(article.get_absolute_url())
        link = reader.get_by_role("link", name=LINK_TEXT)
        expect(link).to_be_visible()
        assert link.get_attribute("href") == LINK_URL
        assert link.get_attribute("rel") == "nofollow noopener"
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, f"the link overflows at {width} px"
        expect(reader.locator(".story__body ul li")).to_have_count(2)
        expect(reader.locator(".story__body ul li em")).to_have_text("20 minutes")
        long_link = reader.get_by_role("link", name=LONG_URL)
        expect(long_link).to_be_visible()
        box = long_link.bounding_box()
        assert box["x"] + box["width"] <= width, f"the long address overflows at {width} px"
        assert reader.evaluate("document.documentElement.scrollWidth") <= width, (
            f"the page scrolls sideways at {width} px"
        )
    blocking = axe_blocking(reader)
    assert not blocking, f"axe on the article page:\n{describe(blocking)}"
