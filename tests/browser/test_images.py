"""A reader sees lead images and card pictures in Chromium at 1280 and 390 px: the pictures load
(from their renditions), take their space before they arrive (no layout shift), the page does not
overflow sideways, axe finds nothing serious, and the console stays clean."""

from __future__ import annotations

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from PIL import ImageDraw

from articles.domain import images
from tests.browser.conftest import TIMEOUT_MS, close_context
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.browser

WIDTHS = [1280, 390]
BLOCKING_IMPACTS = {"serious", "critical"}
# Layout shifts observed while the page loads (the buffered entries of the whole load).
LAYOUT_SHIFT_SCRIPT = """() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => { for (const entry of list.getEntries()) total += entry.value; })
    .observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 300);
})"""


def striped_jpeg(size, name="photo.jpg") -> SimpleUploadedFile:
    picture = PillowImage.new("RGB", size, (220, 230, 240))
    draw = ImageDraw.Draw(picture)
    for x in range(0, size[0], 80):
        draw.rectangle((x, 0, x + 40, size[1]), fill=(20, 60, 120))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=80)
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


@pytest.fixture
def pictured(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.ROOT_URLCONF = "tests.browser.media_urls"
    lead = images.store_image(
        striped_jpeg((2400, 1200)), alt_text="Boats in the harbour at dawn", caption="The harbour", credit="Pat Lee"
    )
    article = ArticleFactory(published=True, headline="Harbour reopens after the storm", image=lead)
    for n in range(3):
        card = images.store_image(striped_jpeg((900, 600)), alt_text=f"Card picture {n}")
        ArticleFactory(published=True, image=card)
    person = PersonFactory(photo=images.store_image(striped_jpeg((600, 800)), alt_text="Portrait of the mayor"))
    QuoteFactory(article=article, speaker=person)
    article.people.add(person)
    return article, person


@pytest.fixture
def reader(browser, live_server):
    contexts = []
    problems = []

    def open_at(width: int):
        context = browser.new_context(
            base_url=live_server.url, viewport={"width": width, "height": 900}, locale="en-GB"
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda message: _console(message, problems))
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        context.on(
            "response",
            lambda r: problems.append(f"{r.status} for {r.url}") if r.status >= 400 else None,
        )
        return page

    yield open_at, problems
    for context in contexts:
        close_context(context)


def _console(message, problems):
    if message.type == "error":
        problems.append(f"console {message.type}: {message.text} at {message.location.get('url')}")


def assert_no_serious_axe_violations(page):
    violations = Axe().run(page).response["violations"]
    blocking = [
        f"{v['id']}: {v['help']} at {[' '.join(map(str, n['target'])) for n in v['nodes']]}"
        for v in violations
        if v["impact"] in BLOCKING_IMPACTS
    ]
    assert not blocking, blocking


def loaded_images(page, selector):
    return page.eval_on_selector_all(
        selector,
        """imgs => imgs.map(img => ({
            complete: img.complete, natural: img.naturalWidth, current: img.currentSrc,
            width: img.getAttribute("width"), height: img.getAttribute("height"),
            box: [img.getBoundingClientRect().width, img.getBoundingClientRect().height],
            loading: img.loading}))""",
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_a_reader_sees_the_lead_image_without_layout_shift(pictured, reader, width):
    article, _ = pictured
    open_at, problems = reader
    page = open_at(width)
    page.goto(article.get_absolute_url())
    page.wait_for_load_state("load")
    (lead,) = loaded_images(page, ".figure--lead img")
    assert lead["complete"] and lead["natural"] > 0, lead
    assert "/media/renditions/" in lead["current"] and lead["current"].endswith(".webp"), lead
    assert (lead["width"], lead["height"]) == ("960", "480") and lead["loading"] == "eager"
    box_width, box_height = lead["box"]
    assert abs(box_width / box_height - 2) < 0.02  # the 2:1 picture keeps its proportions
    assert box_width <= width
    # The browser picks a rendition fit for the column: not the 1920 px one for a phone.
    assert int(lead["current"].rsplit("/", 1)[1].split(".")[0]) <= max(960, width * 2)
    assert page.evaluate(LAYOUT_SHIFT_SCRIPT) < 0.01
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    caption = page.locator(".figure--lead figcaption")
    assert "The harbour" in caption.text_content() and "Pat Lee" in caption.text_content()
    assert_no_serious_axe_violations(page)
    assert not problems, problems


@pytest.mark.parametrize("width", WIDTHS)
def test_cards_and_portraits_show_their_pictures(pictured, reader, width):
    _, person = pictured
    open_at, problems = reader
    page = open_at(width)
    page.goto("/")
    page.wait_for_load_state("load")
    cards = page.locator(".card__image img")
    assert cards.count() == 4
    for index in range(cards.count()):
        cards.nth(index).scroll_into_view_if_needed()
        cards.nth(index).evaluate("img => img.decode()")
    shown = loaded_images(page, ".card__image img")
    assert all(card["natural"] > 0 and card["loading"] == "lazy" for card in shown), shown
    card_width = shown[0]["box"][0]
    # Beside the headline on a wide screen (12rem), across the card on a phone.
    assert (card_width < width / 4) if width >= 768 else (card_width > 300), shown
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert_no_serious_axe_violations(page)

    page.goto(person.get_absolute_url())
    page.wait_for_load_state("load")
    (portrait,) = loaded_images(page, ".portrait img")
    assert portrait["natural"] > 0 and portrait["box"][0] <= width / 2
    assert_no_serious_axe_violations(page)
    assert not problems, problems


def test_a_reporter_uploads_an_image_and_an_editor_makes_it_the_lead(pictured, browser, live_server):
    """The desk: a reporter uploads a picture to the library; an editor finds it by typing in the
    article's lead image field (the preview follows the choice), saves, and readers see it."""
    from django.contrib.auth.models import Group, User
    from playwright.sync_api import expect

    from tests.browser.test_desk_journey import PASSWORD, Desk, change_url, success_messages

    article, _ = pictured
    reporter = User.objects.create_user("rita", password=PASSWORD, is_staff=True)
    reporter.groups.add(Group.objects.get(name="Reporter"))
    editor = User.objects.create_user("ines", password=PASSWORD, is_staff=True)
    editor.groups.add(Group.objects.get(name="Editor"))
    desk = Desk(browser, live_server.url)
    try:
        page = desk.open(reporter)
        page.goto("/admin/articles/image/add/")
        desk.assert_no_csp_violations()
        assert_no_serious_axe_violations(page)
        desk.violations.clear()  # axe's own injected styles, not the page's
        upload = striped_jpeg((1600, 900))
        page.set_input_files(
            "#id_upload", files=[{"name": "cranes.jpg", "mimeType": "image/jpeg", "buffer": upload.read()}]
        )
        page.get_by_label("Alt text:").fill("Cranes over the harbour")
        page.get_by_label("Credit:").fill("Rita Reporter")
        page.get_by_role("button", name="Save", exact=True).click()
        expect(success_messages(page)).to_contain_text("was added successfully")
        expect(page.locator("img.media-thumbnail").first).to_be_visible()
        desk.assert_no_csp_violations()
        assert_no_serious_axe_violations(page)  # the library's list
        desk.violations.clear()

        page = desk.open(editor)
        page.goto(change_url(article))
        preview = page.locator("#id_image_preview img")
        expect(preview).to_have_attribute("alt", "Boats in the harbour at dawn")
        # Named after its label (axe of the whole article form: tests/browser/test_desk_taxonomy.py).
        expect(page.locator(".field-image .select2-selection")).to_have_attribute("aria-label", "Image")
        page.locator(".field-image .select2-selection").click()
        page.locator(".select2-container--open .select2-search__field").fill("cranes")
        page.locator(".select2-results__option", has_text="Cranes over the harbour").click()
        expect(preview).to_have_attribute("alt", "Cranes over the harbour")
        page.get_by_role("button", name="Save and continue editing").first.click()
        expect(success_messages(page)).to_contain_text("was changed successfully")

        reader = desk.open()
        reader.goto(article.get_absolute_url())
        expect(reader.locator(".figure--lead img")).to_have_attribute("alt", "Cranes over the harbour")
        expect(reader.locator(".figure--lead figcaption")).to_contain_text("Rita Reporter")
        desk.assert_no_csp_violations()
    finally:
        desk.close()
