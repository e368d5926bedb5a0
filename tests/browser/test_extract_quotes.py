"""“Find quotes in the text” in Chromium: an editor runs the converter on a draft, accepts two of
its three proposals (fixing the words of one), drops the third; the page passes axe."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group, Permission, User
from playwright.sync_api import expect

from articles.domain.models import Article, Person
from tests.browser.conftest import TIMEOUT_MS, VIEWPORT, close_context
from tests.factories import ArticleFactory, PersonFactory

pytestmark = pytest.mark.browser

PASSWORD = "correct-horse-battery-staple-42"
BLOCKING_IMPACTS = {"serious", "critical"}
BODY = (
    "The town council met on Tuesday to decide the future of the old bridge.\n\n"
    "“We will rebuild the bridge by spring,” said Marta Kowalczyk, the mayor.\n\n"
    "“Nobody asked the people who cross it every day,” said Marek Kowalski, a shopkeeper.\n\n"
    "“The money is not there,” said Ada Treasurer, the council's treasurer."
)


@pytest.fixture
def editor(transactional_db):
    group, _ = Group.objects.get_or_create(name="Editor")
    group.permissions.set(list(Permission.objects.filter(content_type__app_label="articles")))
    user = User.objects.create_user("ines", password=PASSWORD, is_staff=True, first_name="Ines", last_name="Editor")
    user.groups.add(group)
    return user


@pytest.fixture
def draft(transactional_db):
    PersonFactory(name="Marta Kowalczyk", slug="marta-kowalczyk", title="Mayor")
    return ArticleFactory(headline="Council debates the old bridge", deck="The bridge is closed", body=BODY)


@pytest.fixture
def page(browser, live_server, editor):
    context = browser.new_context(base_url=live_server.url, viewport=VIEWPORT, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Username").fill(editor.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    try:
        yield page
    finally:
        close_context(context)


def blocking_violations(page) -> list[str]:
    violations = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {[(n['target'], n.get('failureSummary')) for n in v['nodes']]}"
        for v in violations
        if v["impact"] in BLOCKING_IMPACTS
    ]


def proposal(page, words: str):
    return page.locator("fieldset.proposal").filter(has=page.locator("mark", has_text=words))


def test_an_editor_accepts_two_proposals_fixes_one_and_drops_one(page, draft):
    page.goto(f"/admin/articles/article/{draft.pk}/change/")
    page.get_by_role("link", name="Find quotes in the text").click()

    expect(page.locator("fieldset.proposal")).to_have_count(3)
    assert not blocking_violations(page), blocking_violations(page)
    mayor = proposal(page, "We will rebuild the bridge by spring")
    expect(mayor).to_contain_text("in the newsroom as Marta Kowalczyk")
    expect(mayor.locator(".select2-selection__rendered")).to_have_text(re.compile("Marta Kowalczyk"))
    treasurer = proposal(page, "The money is not there")
    expect(treasurer).to_contain_text("new to the newsroom")
    assert Article.objects.get(pk=draft.pk).quotes.count() == 0  # nothing saved by looking

    mayor.get_by_label("Add this quote").check()
    treasurer.get_by_label("Add this quote").check()
    treasurer.get_by_label("Words:").fill("The money is not there")  # the trailing comma dropped
    page.get_by_role("button", name="Add the ticked quotes").click()

    expect(page).to_have_url(re.compile(rf"/admin/articles/article/{draft.pk}/change/$"))
    expect(page.locator("ul.messagelist li.success")).to_contain_text("Added 2 quote(s) from the text")
    quotes = list(draft.quotes.order_by("position").values_list("position", "text", "speaker__name"))
    assert quotes == [
        (1, "We will rebuild the bridge by spring,", "Marta Kowalczyk"),
        (2, "The money is not there", "Ada Treasurer"),
    ]
    assert Person.objects.filter(name="Ada Treasurer").count() == 1
    expect(page.locator("#quotes-group tr.has_original")).to_have_count(2)

    page.get_by_role("link", name="Find quotes in the text").click()  # run again: only the dropped one
    expect(page.locator("fieldset.proposal")).to_have_count(1)
    expect(page.locator("fieldset.proposal mark")).to_have_text("Nobody asked the people who cross it every day,")


def test_the_review_queue_fits_a_1280_px_screen_with_its_verification_column(page, draft):
    marta = Person.objects.get(name="Marta Kowalczyk")
    for position in range(1, 6):
        draft.quotes.create(
            position=position,
            speaker=marta,
            text="A long quotation that goes on and on about the bridge and the council's plans " * 2,
            attribution_cue="explicit",
        )
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/admin/articles/quote/?verification_status__exact=extracted")

    expect(page.locator("#result_list tbody tr")).to_have_count(5)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the review queue is {overflow}px wider than the screen"
    header = page.locator("#result_list th.column-verification_status")
    box = header.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 1280
    assert not blocking_violations(page), blocking_violations(page)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_extraction_page_passes_axe_in_both_colour_schemes(page, draft, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(f"/admin/articles/article/{draft.pk}/extract-quotes/")
    expect(page.locator("fieldset.proposal mark").first).to_be_visible()
    assert page.evaluate(f"matchMedia('(prefers-color-scheme: {scheme})').matches")
    assert not blocking_violations(page), blocking_violations(page)
