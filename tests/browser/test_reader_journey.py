"""A reader's walk through the site in Chromium: what they see, and where each link takes them.

home -> article -> a quote's speaker -> a quote's permalink -> the header's search form.
Each step starts where the previous one ended up, by clicking what a reader would click.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import plain

pytestmark = pytest.mark.browser


def test_home_lists_the_published_story_and_its_headline_opens_it(page, reader_content):
    """The home page lists the published story; clicking its headline opens the article."""
    article = reader_content.article
    page.goto("/")

    expect(page.get_by_role("heading", level=1)).to_have_text("Latest")
    page.get_by_role("link", name=article.headline, exact=True).click()

    expect(page).to_have_url(re.compile(re.escape(article.get_absolute_url()) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(article.headline)


def test_home_never_shows_the_draft(page, reader_content):
    """A draft is not listed on the home page, though published stories are."""
    page.goto("/")

    expect(page.get_by_role("link", name=reader_content.article.headline, exact=True)).to_be_visible()
    expect(page.get_by_text(reader_content.draft.headline)).to_have_count(0)
    assert "Embargoed" not in page.locator("main").inner_text()


def test_article_shows_headline_deck_and_publication_date(page, reader_content):
    """The article opens with its headline, every deck line and its publication date."""
    article = reader_content.article
    page.goto(article.get_absolute_url())

    expect(page.get_by_role("heading", level=1)).to_have_text(article.headline)
    deck = plain(page.locator(".story__deck").inner_text())
    for line in article.deck_lines:
        assert plain(line) in deck
    expect(page.locator(".story__header time")).to_have_attribute("datetime", re.compile(r"^\d{4}-\d\d-\d\d"))


def test_article_shows_crossheads_as_subheadings(page, reader_content):
    """Each crosshead of the body is a visible second-level heading."""
    page.goto(reader_content.article.get_absolute_url())

    for crosshead in reader_content.crossheads:
        expect(page.get_by_role("heading", level=2, name=crosshead, exact=True)).to_be_visible()


def test_article_shows_captions_with_their_credits(page, reader_content):
    """Each picture caption is shown in a figure, its credit set apart beside it."""
    page.goto(reader_content.article.get_absolute_url())

    for caption in reader_content.captions:
        figure = page.get_by_role("figure").filter(has_text=caption.text)
        expect(figure).to_be_visible()
        expect(figure.locator("figcaption")).to_contain_text(caption.text)
        expect(figure.locator(".credit")).to_have_text(f"Credit: {caption.credit}")


def test_article_marks_up_every_quote_and_links_it_to_its_speaker(page, reader_content):
    """Every quote is a <q> citing its permalink; a named speaker's words link to their page."""
    article = reader_content.article
    page.goto(article.get_absolute_url())

    for quote in article.quotes.select_related("speaker"):
        marked = page.locator(f'.story q[cite="{quote.get_absolute_url()}"]')
        expect(marked.first).to_be_visible()
        assert plain(quote.text)[:40].casefold() in plain(" ".join(marked.all_inner_texts())).casefold()
        if quote.speaker:
            expect(marked.first.get_by_role("link")).to_have_attribute("href", quote.speaker.get_absolute_url())


def test_article_lists_who_said_what(page, reader_content):
    """The "Who said what" box lists every quote of the article, each with its permalink."""
    article = reader_content.article
    page.goto(article.get_absolute_url())

    box = page.get_by_role("complementary", name="Who said what")
    expect(box.get_by_role("listitem")).to_have_count(article.quotes.count())
    for quote in article.quotes.all():
        expect(box.locator(f'a.permalink[href="{quote.get_absolute_url()}"]')).to_be_visible()


def test_quote_speaker_link_opens_their_page_with_name_title_and_quotes(page, reader_content):
    """Clicking a quote's words in the article opens the speaker's page: name, title, their quotes."""
    speaker = reader_content.speaker
    page.goto(reader_content.article.get_absolute_url())

    page.locator(f'.story q[cite="{reader_content.quote.get_absolute_url()}"] a').first.click()

    expect(page).to_have_url(re.compile(re.escape(speaker.get_absolute_url()) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(speaker.name)
    expect(page.locator(".person__title")).to_have_text(speaker.title)
    said = page.get_by_role("region", name=f"What {speaker.name} said")
    shown = plain(said.inner_text())
    for quote in speaker.quotes.published():
        assert plain(quote.display_text) in shown


def test_quote_permalink_opens_the_quote_page_with_speaker_article_and_citation(page, live_server, reader_content):
    """From the speaker's page, a quote's permalink opens the quote: words, speaker, article, citation."""
    quote, speaker, article = reader_content.quote, reader_content.speaker, reader_content.article
    page.goto(speaker.get_absolute_url())

    page.locator(f'a.permalink[href="{quote.get_absolute_url()}"]').click()

    expect(page).to_have_url(re.compile(re.escape(quote.get_absolute_url()) + "$"))
    assert plain(page.locator("blockquote").inner_text()) == plain(quote.display_text)
    expect(page.locator("figcaption").get_by_role("link", name=speaker.name)).to_have_attribute(
        "href", speaker.get_absolute_url()
    )
    expect(page.locator("figcaption")).to_contain_text(speaker.title)
    expect(page.get_by_role("link", name=article.headline)).to_have_attribute("href", article.get_absolute_url())
    expect(page.get_by_role("heading", level=2, name="Cite this quote")).to_be_visible()
    citation = page.get_by_label("Citation").input_value()
    assert speaker.name in citation
    assert f"“{article.headline}”" in citation
    assert citation.endswith(live_server.url + quote.get_absolute_url())


def test_header_search_finds_the_article_and_quote_with_the_match_highlighted(page, reader_content):
    """Typing a word in the header's search box and pressing Enter lists the article and the quote, the word marked."""
    word, article, quote = reader_content.search_word, reader_content.article, reader_content.quote
    page.goto(reader_content.quote.get_absolute_url())

    box = page.get_by_role("search").get_by_role("searchbox", name="Search articles and quotes")
    box.fill(word)
    box.press("Enter")

    expect(page).to_have_url(re.compile(r"/search/\?q=" + re.escape(word) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Results for “{word}”")
    articles = page.get_by_role("region", name="Articles")
    expect(articles.get_by_role("link", name=article.headline, exact=True)).to_be_visible()
    expect(articles.locator("mark").first).to_have_text(re.compile(re.escape(word[:5]), re.IGNORECASE))
    quotes = page.get_by_role("region", name="Quotes")
    hit = quotes.get_by_role("listitem").filter(has=page.locator(f'a.permalink[href="{quote.get_absolute_url()}"]'))
    expect(hit.locator("blockquote mark").first).to_have_text(re.compile(re.escape(word[:5]), re.IGNORECASE))


def test_search_never_finds_the_draft(page, reader_content):
    """A search for a word the draft's headline, body and quote all contain shows none of them."""
    page.goto(f"/search/?q={reader_content.search_word}")

    articles = page.get_by_role("region", name="Articles")
    expect(articles.get_by_role("link", name=reader_content.article.headline, exact=True)).to_be_visible()
    results = page.locator("main").inner_text()
    assert reader_content.draft.headline not in results
    assert "Embargoed" not in results
    assert "Draftonly" not in results


def test_skip_link_is_the_first_tab_stop_and_shows_when_focused(page, reader_content):
    """The first Tab press lands on "Skip to content", which comes into view."""
    page.goto(reader_content.article.get_absolute_url())

    page.keyboard.press("Tab")

    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box is not None and box["y"] >= 0, f"the focused skip link is off screen: {box}"


def test_skip_link_moves_focus_to_main(page, reader_content):
    """Activating the skip link with the keyboard moves focus to the main content."""
    page.goto(reader_content.article.get_absolute_url())

    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    expect(page.locator("main#main")).to_be_focused()
    page.keyboard.press("Tab")
    focused_in_main = page.evaluate("document.querySelector('main').contains(document.activeElement)")
    assert focused_in_main, "the Tab after skipping should land inside the main content"
