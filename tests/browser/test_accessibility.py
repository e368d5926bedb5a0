"""axe-core scans of the reader's pages in Chromium, in the light and the dark colour scheme.

The axe script is the one bundled with the axe-playwright-python package: nothing is downloaded.
A page passes when axe finds no violation of "serious" or "critical" impact.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}
PAGES = {
    "home": lambda content: "/",
    "article": lambda content: content.article.get_absolute_url(),
    "person": lambda content: content.speaker.get_absolute_url(),
    "quote": lambda content: content.quote.get_absolute_url(),
    "search": lambda content: f"/search/?q={content.search_word}",
}


@pytest.fixture(scope="module")
def axe():
    return Axe()


def describe(violations) -> str:
    """One line per violation and one per offending node: rule, impact, target, and axe's reason."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {violation['helpUrl']}")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            reason = node.get("failureSummary", "").replace("\n", " ")
            lines.append(f"    {target}: {reason}")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_has_no_serious_accessibility_violations(page, axe, reader_content, name, scheme):
    """Home, article, person, quote and search pages have no serious or critical axe violations."""
    page.emulate_media(color_scheme=scheme)
    page.goto(PAGES[name](reader_content))
    assert page.evaluate(f"matchMedia('(prefers-color-scheme: {scheme})').matches")

    violations = axe.run(page).response["violations"]

    blocking = [violation for violation in violations if violation["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe on the {name} page ({scheme} scheme):\n{describe(blocking)}"
