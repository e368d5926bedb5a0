"""axe-core scans of the desk's pages in Chromium, light and dark: no serious or critical violation."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from reversion.models import Version

from articles.domain import workflow
from articles.domain.models import Article, Byline
from tests.browser.test_extract_quotes import blocking_violations, draft, editor, page  # noqa: F401
from tests.factories import AuthorFactory, QuoteFactory, SectionFactory, TagFactory

pytestmark = pytest.mark.browser


def _revision_diff(article):
    version = Version.objects.get_for_object(article).first()
    return f"/admin/articles/article/{article.pk}/history/{version.pk}/diff/"


PAGES = {
    "dashboard": lambda article, quote: "/admin/",
    "article list": lambda article, quote: "/admin/articles/article/",
    "article form": lambda article, quote: f"/admin/articles/article/{article.pk}/change/",
    "find quotes": lambda article, quote: f"/admin/articles/article/{article.pk}/extract-quotes/",
    "history": lambda article, quote: f"/admin/articles/article/{article.pk}/history/",
    "revision diff": lambda article, quote: _revision_diff(article),
    "review queue": lambda article, quote: "/admin/articles/quote/?verification_status__exact=extracted",
    "quote form": lambda article, quote: f"/admin/articles/quote/{quote.pk}/change/",
    "person form": lambda article, quote: f"/admin/articles/person/{quote.speaker.pk}/change/",
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGES))
def test_desk_page_has_no_serious_accessibility_violations(page, draft, editor, name, scheme):  # noqa: F811
    quote = QuoteFactory(article=draft, text="We will rebuild the bridge by spring,", position=1, paragraph=1)
    Byline.objects.create(article=draft, author=AuthorFactory(name="Rita Reporter"), position=1)
    draft.section = SectionFactory(name="Local")
    draft.save()
    draft.tags.add(TagFactory(name="Bridges"))
    workflow.apply_transition(Article.objects.get(pk=draft.pk), "submit", editor)  # a revision to compare
    page.emulate_media(color_scheme=scheme)

    page.goto(PAGES[name](draft, quote))

    expect(page.locator("#content")).to_be_visible()
    assert page.evaluate(f"matchMedia('(prefers-color-scheme: {scheme})').matches")
    violations = blocking_violations(page)
    assert not violations, f"axe on the desk's {name} ({scheme} scheme):\n" + "\n".join(violations)
