"""The reader's site in a real browser: Debian's headless Chromium, driven by Playwright's sync API.

`.ci/install-browser` installs /usr/bin/chromium (from apt, never downloaded any other way).
Without it these tests skip, or fail where NEWSROOM_REQUIRE names "browser".

The pages are served by pytest-django's `live_server` from the test database, which it empties
after each test (a transactional test), so every test loads its content afresh: the real seed
content (`fixtures/seeds.json`) when it exists, else an equivalent story built with the factories,
plus a draft that must never show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.domain.models import Article, Quote
from articles.ingest.bodytext import CAPTION, CROSSHEAD
from tests.conftest import skip_or_fail
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Fail fast rather than hang: nothing on these pages takes seconds.
TIMEOUT_MS = 10_000
VIEWPORT = {"width": 1280, "height": 900}

# Words a full-text search ignores (PostgreSQL's English stop words of five letters or more).
_STOP_WORDS = {
    "about", "above", "after", "again", "against", "because", "before", "being", "below",
    "between", "doing", "during", "further", "having", "herself", "himself", "itself",
    "myself", "other", "ourselves", "should", "their", "theirs", "themselves", "there",
    "these", "those", "through", "under", "until", "where", "which", "while", "yours",
    "yourself", "yourselves",
}  # fmt: skip


@dataclass
class ReaderContent:
    """What the reader should find: one published story and its parts, and a draft."""

    source: str
    article: Article
    quote: Quote
    search_word: str
    draft: Article
    draft_quote: Quote

    @property
    def speaker(self):
        return self.quote.speaker

    @property
    def crossheads(self):
        return [block.text for block in self.article.blocks if block.kind == CROSSHEAD]

    @property
    def captions(self):
        return [block for block in self.article.blocks if block.kind == CAPTION and block.credit]


def plain(text: str) -> str:
    """Text as a reader sees it, to compare: spaces folded, double quotation marks dropped.

    The pages draw the marks of <q> and of blockquotes with CSS, which is not in the page's text.
    """
    text = re.sub(r"[“”„«»\"…]", "", text)
    return " ".join(text.split())


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module (Debian's package; skips or fails when missing)."""
    if not CHROMIUM.is_file():
        skip_or_fail("browser", f"needs Chromium at {CHROMIUM}: run .ci/install-browser as root")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop running in this thread, so Django refuses
    # database work here (SynchronousOnlyOperation) unless told it is safe: it is, the loop only
    # drives the browser. Set only while Playwright runs, so no other test inherits it.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            # launch() gives every browser a fresh, temporary user data directory.
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
            try:
                yield chromium
            finally:
                chromium.close()


def close_context(context) -> None:
    """Close a browser context at a test's end. A closing tab sends its unsaved typing (the desk's
    autosave on "visibilitychange"): aborted here, so that no request reaches the live server
    while the test database is flushed (it would lock it)."""
    context.route("**/autosave/", lambda route: route.abort())
    context.close()


@pytest.fixture
def page(browser, live_server):
    """A page in a fresh browser context whose relative URLs go to the live server."""
    context = browser.new_context(base_url=live_server.url, viewport=VIEWPORT, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    try:
        yield context.new_page()
    finally:
        close_context(context)


@pytest.fixture
def reader_content(transactional_db) -> ReaderContent:
    """The seed content (or its factory-built stand-in), the story under test, and a draft."""
    source = _load_seed_content()
    article = _story_under_test()
    quote = max(
        (quote for quote in article.quotes.select_related("speaker") if quote.speaker),
        key=lambda quote: (bool(quote.speaker.title), not quote.is_partial, len(quote.text)),
    )
    word = _search_word(quote.text)
    draft, draft_quote = _draft_about(word)
    return ReaderContent(source, article, quote, word, draft, draft_quote)


def _load_seed_content() -> str:
    try:
        call_command("loaddata", "seeds", verbosity=0)
    except CommandError as error:
        if "No fixture named" not in str(error):
            raise
        _build_story_with_factories()
        return "factories (fixtures/seeds.json is missing)"
    return "fixtures/seeds.json"


def _story_under_test() -> Article:
    """The newest published story with a crosshead, a credited caption and a quote by a named person."""
    for article in Article.objects.published().prefetch_related("quotes__speaker"):
        kinds = {block.kind for block in article.blocks if block.kind != CAPTION or block.credit}
        if {CROSSHEAD, CAPTION} <= kinds and any(quote.speaker for quote in article.quotes.all()):
            return article
    pytest.fail(
        "the seed content has no published article with a crosshead, a caption with a credit "
        "and a quote by a named person: the reader journey has nothing to walk through"
    )


def _search_word(text: str) -> str:
    """The longest word of five letters or more in `text` that a full-text search does not ignore."""
    words = [word for word in re.findall(r"[^\W\d_]{5,}", text) if word.casefold() not in _STOP_WORDS]
    assert words, f"no searchable word in the quote {text!r}"
    return max(words, key=len)


def _draft_about(word: str) -> tuple[Article, Quote]:
    """A draft whose headline, body and quote all contain `word`: a search for it must not find it."""
    insider = PersonFactory(name="Dana Draftonly", title="Unpublished Source")
    draft = ArticleFactory(
        headline=f"Unpublished draft about the {word} talks",
        slug="unpublished-draft",
        deck=f"A deck about {word} nobody may read yet",
        body=f"A paragraph about {word}.\n\n“Embargoed words about {word},” the source said.",
        status=Article.Status.DRAFT,
    )
    draft.people.add(insider)
    quote = QuoteFactory(article=draft, speaker=insider, text=f"Embargoed words about {word}", position=1)
    return draft, quote


def _build_story_with_factories() -> Article:
    """The seed story (seeds/000_*.txt) in the stored body format, for when its fixture is missing."""
    zelensky = PersonFactory(name="Volodymyr Zelensky", slug="volodymyr-zelensky", title="Ukraine’s President")
    lavrov = PersonFactory(name="Sergei Lavrov", slug="sergei-lavrov", title="Russia’s Foreign Minister")
    podolyak = PersonFactory(
        name="Mykhailo Podolyak", slug="mykhailo-podolyak", title="Adviser to the Ukrainian presidency’s office"
    )
    article = ArticleFactory(
        published=True,
        headline=("Ukraine’s president signaled the possibility of negotiating a peace agreement with Russia"),
        slug="ukraines-president-signaled-the-possibility-of-negotiating-a-peace-agreement",
        deck=(
            "Volodymyr Zelensky invited Vladimir Putin to “sit down and negotiate” an end to the attacks\n"
            "The Russian government had already admitted the possibility, provided that the Ukrainians "
            "“abandon their weapons”"
        ),
        body=(
            "Ukraine’s President Volodymyr Zelensky invited Russian leader Vladimir Putin for a "
            "conversation on Friday. The aim, according to him, is to negotiate peace and stop the "
            "Russian offensive in the country.\n\n"
            "“I want to appeal again to the President of the Russian Federation. Let’s sit down and "
            "negotiate to end the deaths of these people,” he declared.\n\n"
            "Caption: Ukraine’s president signaled peace attempt\n"
            "Credit: Presidency of Ukraine/Handout/Anadolu Agency via Getty Images\n\n"
            "On Thursday, the country’s Foreign Minister, Sergei Lavrov, announced that Putin was "
            "willing to open negotiations with Ukraine at any time, as long as the opposing military "
            "forces “stop resisting”.\n\n"
            "“We are ready for negotiations. At any time, as soon as Ukraine’s armed forces respond to "
            "our president’s call, stop resisting and abandon their weapons,” he said.\n\n"
            "## Adviser accuses Russia of trying to kill Ukrainian president\n\n"
            "“The basic scenario of Russia’s special operation is clear. The only objective – to take "
            "Kiev and kill the Ukrainian authorities, President Zelensky personally,” Mykhailo "
            "Podolyak declared on Friday, without giving further details."
        ),
    )
    article.people.add(zelensky, lavrov, podolyak)
    quotes = [
        (zelensky, "sit down and negotiate", True, "invited"),
        (None, "abandon their weapons", True, ""),
        (
            zelensky,
            "I want to appeal again to the President of the Russian Federation. Let’s sit down and "
            "negotiate to end the deaths of these people",
            False,
            "declared",
        ),
        (lavrov, "stop resisting", True, "announced"),
        (
            lavrov,
            "We are ready for negotiations. At any time, as soon as Ukraine’s armed forces respond to "
            "our president’s call, stop resisting and abandon their weapons",
            False,
            "said",
        ),
        (
            podolyak,
            "The basic scenario of Russia’s special operation is clear. The only objective – to take "
            "Kiev and kill the Ukrainian authorities, President Zelensky personally",
            False,
            "declared",
        ),
    ]
    for position, (speaker, text, partial, verb) in enumerate(quotes, start=1):
        QuoteFactory(
            article=article, speaker=speaker, text=text, position=position, is_partial=partial, reporting_verb=verb
        )
    return article
