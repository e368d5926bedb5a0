"""Issue 13's whole journey in Chromium. An editor uploads a picture to the media library, then
gives a draft a new author (created from the byline's autocomplete field), a section, tags (one
new), that picture as its lead image and again inside the body, and a Markdown link; saves and
publishes. A reader, at 1280 and at 390 px, sees the byline, section kicker, topics, lead image
(space reserved: no layout shift), body picture and link, and follows the author, section and
topic links. Every reader page passes axe (light and dark), fits the screen and logs no error."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from articles.domain.models import Article, Author, Image, Section, Tag
from tests.browser.test_bylines_sections_tags import Reader
from tests.browser.test_desk_journey import change_url, desk, desk_groups, editor, success_messages  # noqa: F401
from tests.browser.test_images import LAYOUT_SHIFT_SCRIPT, striped_jpeg
from tests.factories import ArticleFactory

pytestmark = pytest.mark.browser

LINK_TEXT = "the transport committee's minutes"
LINK_URL = "https://example.org/council/transport-minutes"
LEAD_ALT = "A night bus leaving the depot"
BODY_ALT = "Drivers at the depot before the first run"


@pytest.fixture
def newsroom_draft(transactional_db, settings, tmp_path):
    """A draft to finish, an existing section and tag, and the library's media served."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.ROOT_URLCONF = "tests.browser.media_urls"
    Section.objects.create(name="City", slug="city")
    Tag.objects.create(name="Transport", slug="transport")
    return ArticleFactory(
        headline="Night buses return to the city",
        slug="night-buses-return",
        deck="The council found the money",
        body="The night buses will run again from May.",
        status=Article.Status.DRAFT,
    )


def upload_picture(page, desk, name, alt, caption, credit):  # noqa: F811
    page.goto("/admin/articles/image/add/")
    data = striped_jpeg((1600, 800)).read()
    page.set_input_files("#id_upload", files=[{"name": name, "mimeType": "image/jpeg", "buffer": data}])
    page.get_by_label("Alt text:").fill(alt)
    page.get_by_label("Caption:").fill(caption)
    page.get_by_label("Credit:").fill(credit)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(success_messages(page)).to_contain_text("was added successfully")
    return Image.objects.get(alt_text=alt)


def test_an_editor_builds_a_story_and_a_reader_follows_it(desk, editor, newsroom_draft, browser, live_server):  # noqa: F811
    article = newsroom_draft
    page = desk.open(editor)

    # The media library: upload, then copy the body snippet the list shows.
    lead = upload_picture(page, desk, "bus.jpg", LEAD_ALT, "The N1 at midnight", "Ines Editor")
    inside = upload_picture(page, desk, "drivers.jpg", BODY_ALT, "The first shift", "Ines Editor")
    snippet = page.locator("code.media-snippet", has_text=f"(image:{inside.pk})")
    expect(snippet).to_have_text(f"![{BODY_ALT}](image:{inside.pk})")
    body_snippet = snippet.text_content()

    page.goto(change_url(article))
    expect(page.locator("#body-format")).to_contain_text("(image:12)")

    # A new author, created from the byline row's autocomplete field ("+" opens the author form).
    bylines = page.locator("#bylines-group")
    bylines.get_by_role("button", name=re.compile("Add another", re.IGNORECASE)).click()
    row = bylines.locator("tr.form-row.dynamic-bylines").last
    row.locator("td.field-position input").fill("1")
    with page.expect_popup() as opened:
        row.locator("a.add-related").click()
    popup = opened.value
    popup.get_by_label("Name:").press_sequentially("Nadia Night", delay=10)  # the slug follows as typed
    expect(popup.get_by_label("Slug:")).to_have_value("nadia-night")
    popup.get_by_label("Bio:").fill("Nadia covers transport after dark.")
    popup.get_by_role("button", name="Save", exact=True).click()
    popup.wait_for_event("close")
    expect(row.locator("td.field-author .select2-selection__rendered")).to_have_text(re.compile("Nadia Night"))

    # The section, tags (an existing one and a new one), the lead image picked by typing.
    page.get_by_label("Section:").select_option(label="City")
    page.get_by_label("Tags:").fill("Transport, Night buses")
    page.locator(".field-image .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill("depot")
    page.locator(".select2-results__option", has_text=LEAD_ALT).click()
    expect(page.locator("#id_image_preview img")).to_have_attribute("alt", LEAD_ALT)

    # The body: a paragraph with a Markdown link, the library picture with its caption line.
    page.get_by_label("Body:").fill(
        "The night buses will run again from May.\n\n"
        f"Read [{LINK_TEXT}]({LINK_URL}) for the timetable.\n\n"
        f"{body_snippet}\n\nCaption: Drivers before the first run, on Monday\n\n"
        "Six routes will run every night of the week."
    )
    page.get_by_role("button", name="Save and continue editing").first.click()
    expect(success_messages(page)).to_contain_text("was changed successfully")
    page.locator(".workflow-row").first.get_by_role("button", name="Publish", exact=True).click()
    expect(success_messages(page)).to_contain_text("is now published")
    desk.assert_no_csp_violations()

    article = Article.objects.get(pk=article.pk)
    assert article.is_published and article.image == lead
    assert [b.author.name for b in article.bylines.select_related("author")] == ["Nadia Night"]
    assert Author.objects.get(slug="nadia-night").bio == "Nadia covers transport after dark."
    assert sorted(article.tags.values_list("name", flat=True)) == ["Night buses", "Transport"]

    axe = Axe()
    for width in (1280, 390):
        reader = Reader(browser, live_server.url, width)
        try:
            read_and_follow(reader, axe, article, width)
        finally:
            reader.context.close()


def read_and_follow(reader, axe, article, width):
    page = reader.page
    page.goto(article.get_absolute_url())
    page.wait_for_load_state("load")

    story = page.locator("article.story")
    expect(story.locator(".kicker").get_by_role("link", name="City")).to_be_visible()
    expect(story.locator(".byline")).to_have_text("By Nadia Night")
    expect(page.get_by_role("navigation", name="Topics").get_by_role("link")).to_have_text(["Night buses", "Transport"])

    lead = story.locator(".figure--lead img")
    expect(lead).to_have_attribute("alt", LEAD_ALT)
    assert (lead.get_attribute("width"), lead.get_attribute("height")) == ("960", "480")
    assert lead.evaluate("img => img.complete && img.naturalWidth > 0")
    assert page.evaluate(LAYOUT_SHIFT_SCRIPT) < 0.01, f"layout shift at {width} px"
    expect(story.locator(".figure--lead figcaption")).to_contain_text("The N1 at midnight")

    link = story.get_by_role("link", name=LINK_TEXT)
    expect(link).to_be_visible()
    assert link.get_attribute("href") == LINK_URL

    inside = story.locator(".story__body .figure--body img")
    expect(inside).to_have_attribute("alt", BODY_ALT)
    assert inside.get_attribute("loading") == "lazy" and inside.get_attribute("width")
    inside.scroll_into_view_if_needed()
    inside.evaluate("img => img.decode()")
    assert inside.evaluate("img => img.naturalWidth > 0 && img.getBoundingClientRect().width <= innerWidth")
    expect(story.locator(".story__body .figure--body figcaption")).to_contain_text("Drivers before the first run")
    reader.check(axe, f"article at {width} px")

    story.locator(".byline").get_by_role("link", name="Nadia Night").click()
    expect(page).to_have_url(re.compile(r"/authors/nadia-night/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Nadia Night")
    expect(page.locator(".card__headline")).to_have_text([article.headline])
    reader.check(axe, f"author at {width} px")

    page.go_back()
    page.locator(".story .kicker").get_by_role("link", name="City").click()
    expect(page).to_have_url(re.compile(r"/sections/city/$"))
    expect(page.locator(".card__headline")).to_have_text([article.headline])
    reader.check(axe, f"section at {width} px")

    page.go_back()
    page.get_by_role("navigation", name="Topics").get_by_role("link", name="Night buses").click()
    expect(page).to_have_url(re.compile(r"/tags/night-buses/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Night buses")
    expect(page.locator(".card__headline")).to_have_text([article.headline])
    reader.check(axe, f"topic at {width} px")
