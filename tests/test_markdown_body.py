"""The Markdown subset in the article body: what it renders, what it refuses, and that a body
written before it (the seeds, the converter's corpus, the factories) renders exactly as before."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils.html import escape

from articles.ingest.bodytext import PARAGRAPH, split_body
from articles.ingest.parse import parse_seed
from articles.ingest.to_fixture import build_fixture
from articles.site import rendering
from articles.site.rendering import FORMATTED, MARKDOWN, QuoteMatcher, mark_inline, mark_quotes, render_article
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

ROOT = Path(__file__).resolve().parent.parent


def render(body: str, quotes=()) -> list:
    article = SimpleNamespace(body=body, deck_lines=[])
    return render_article(article, list(quotes))[1]


def html_of(body: str, quotes=()) -> str:
    return "".join(str(block.html) for block in render(body, quotes))


class FakeQuote:
    """What rendering reads of a quote, without a database."""

    def __init__(self, text, speaker_slug=None, number=1):
        self.text, self.number = text, number
        self.speaker_id = 1 if speaker_slug else None
        self.speaker = SimpleNamespace(name=speaker_slug, get_absolute_url=lambda: f"/people/{speaker_slug}/")

    def get_absolute_url(self):
        return f"/quotes/{self.number}/"


# Links ----------------------------------------------------------------------------------------


def test_an_inline_link_is_a_link_with_nofollow_noopener():
    html = html_of("Read [the council's report](https://example.org/report?year=2026&part=1) today.")

    assert html == (
        'Read <a href="https://example.org/report?year=2026&amp;part=1" rel="nofollow noopener">'
        "the council&#x27;s report</a> today."
    )


def test_a_bare_url_becomes_a_link_and_its_trailing_full_stop_does_not():
    html = html_of("The ruling is at https://courts.example.gov/ruling/123.")

    assert html == (
        'The ruling is at <a href="https://courts.example.gov/ruling/123" rel="nofollow noopener">'
        "https://courts.example.gov/ruling/123</a>."
    )


def test_a_mailto_link_is_kept_without_rel():
    html = html_of("Write to [the desk](mailto:desk@example.org).")

    assert html == 'Write to <a href="mailto:desk@example.org">the desk</a>.'


def test_a_bare_domain_or_email_address_is_left_as_text():
    assert html_of("Visit example.org or write to desk@example.org.") == (
        "Visit example.org or write to desk@example.org."
    )


@pytest.mark.parametrize(
    "target",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "/relative/path",
    ],
)
def test_links_other_than_http_https_and_mailto_stay_text(target):
    html = html_of(f"Click [here]({target}) now.")

    assert "<a" not in html
    assert html == escape(f"Click [here]({target}) now.")


def test_raw_html_is_escaped_never_rendered():
    html = html_of('Before <script>alert("x")</script> <a href="javascript:x()">x</a> <img src=x onerror=1> after *em*')

    assert "<script" not in html and "<a " not in html and "<img" not in html
    assert html.startswith("Before &lt;script&gt;alert(")
    assert html.endswith("after <em>em</em>")


def test_headings_code_images_rules_and_entities_are_not_read():
    body = "Some `code` and ![alt](https://example.org/i.png) and &copy; and *x*"

    html = html_of(body)

    assert "<code" not in html and "<img" not in html
    assert "`code`" in html and "&amp;copy;" in html
    assert '!<a href="https://example.org/i.png" rel="nofollow noopener">alt</a>' in html  # a link, not a picture


# Emphasis, lists, block quotes -----------------------------------------------------------------


def test_emphasis_and_strong():
    assert html_of("It was *very* close and **final**.") == "It was <em>very</em> close and <strong>final</strong>."


def test_a_bulleted_list_is_one_block_of_items():
    blocks = render("Three things happened:\n\n- the vote\n- the *walkout*\n- [the statement](https://example.org/s)")

    assert [block.kind for block in blocks] == [PARAGRAPH, FORMATTED]
    assert str(blocks[1].html) == (
        "<ul><li>the vote</li><li>the <em>walkout</em></li>"
        '<li><a href="https://example.org/s" rel="nofollow noopener">the statement</a></li></ul>'
    )


def test_a_numbered_list_keeps_its_first_number():
    assert html_of("1. first\n2. second") == "<ol><li>first</li><li>second</li></ol>"
    assert html_of("3. third\n4. fourth") == '<ol start="3"><li>third</li><li>fourth</li></ol>'


def test_a_block_quote():
    assert (
        html_of("> A letter read out\n> in *full*.")
        == "<blockquote><p>A letter read out in <em>full</em>.</p></blockquote>"
    )


def test_a_list_block_still_counts_as_one_block_for_the_desk():
    body = "Intro.\n\n- one\n- two\n\n## After"

    assert len(render(body)) == len(split_body(body)) == 3


def test_a_formatted_block_is_rendered_without_a_wrapping_paragraph_on_the_page(client, db):
    article = ArticleFactory(published=True, body="Intro.\n\n- one\n- two\n\nSee https://example.org/x")

    page = client.get(article.get_absolute_url()).text

    assert "<p>Intro.</p>" in page
    assert "<ul><li>one</li><li>two</li></ul>" in page and "<p><ul>" not in page
    assert '<p>See <a href="https://example.org/x" rel="nofollow noopener">https://example.org/x</a></p>' in page


# Quotes inside the subset ---------------------------------------------------------------------


def test_a_quote_inside_a_link_is_marked_without_a_nested_link():
    quote = FakeQuote("We will win", "jo-roe")

    html = html_of("See [“We will win,” she said](https://example.org/v).", [quote])

    assert html == (
        'See <a href="https://example.org/v" rel="nofollow noopener"><q cite="/quotes/1/" class="quote">'
        "We will win,</q> she said</a>."
    )


def test_a_quote_inside_emphasis_is_marked_and_linked_to_its_speaker():
    quote = FakeQuote("We will win", "jo-roe")

    html = html_of("She said *“We will win”* and left.", [quote])

    assert html == (
        'She said <em><q cite="/quotes/1/" class="quote"><a class="quote-link" href="/people/jo-roe/" '
        'title="Said by jo-roe">We will win</a></q></em> and left.'
    )


def test_emphasis_inside_a_quote_keeps_the_quote_whole():
    quote = FakeQuote("We will win", "jo-roe")

    html = html_of("She said “We *will* win” and left.", [quote])

    assert '<a class="quote-link" href="/people/jo-roe/" title="Said by jo-roe">We <em>will</em> win</a></q>' in html


def test_a_quote_around_a_link_is_marked_without_the_speaker_link():
    quote = FakeQuote("Read the report at https://example.org/r", "jo-roe")

    html = html_of("“Read the report at https://example.org/r,” she said.", [quote])

    assert html.startswith('<q cite="/quotes/1/" class="quote">Read the report at <a href="https://example.org/r"')
    assert "quote-link" not in html


def test_quotes_are_marked_in_list_items_in_order():
    first, second = FakeQuote("Yes", "a", 1), FakeQuote("No", "b", 2)

    html = html_of("- Ann: “Yes”\n- Bob: “No”", [first, second])

    assert 'cite="/quotes/1/"' in html and 'cite="/quotes/2/"' in html
    assert html.index("/quotes/1/") < html.index("/quotes/2/")


def test_a_quote_crossing_an_emphasis_boundary_is_left_as_typed():
    html = html_of("“We *will” win* it", [FakeQuote("We will", "jo")])

    assert "<q" not in html
    assert html == "“We <em>will” win</em> it"


# Bodies written before the subset --------------------------------------------------------------


def _before(article, quotes) -> list[tuple[str, str, str]]:
    """The rendering as it was before the subset: each paragraph through mark_quotes, every other
    block escaped (mark_quotes is unchanged)."""
    matcher = QuoteMatcher(quotes)
    for line in article.deck_lines:
        mark_quotes(line, matcher)
    return [
        (
            block.kind,
            str(mark_quotes(block.text, matcher) if block.kind == PARAGRAPH else escape(block.text)),
            block.credit,
        )
        for block in split_body(article.body)
    ]


def _now(article, quotes) -> list[tuple[str, str, str]]:
    return [(block.kind, str(block.html), block.credit) for block in render_article(article, quotes)[1]]


def _existing_bodies():
    """Every article of fixtures/seeds.json and of the converter's corpus, with its quotes."""
    records = json.loads((ROOT / "fixtures" / "seeds.json").read_text())
    for path in sorted((ROOT / "tests" / "ingest" / "corpus").glob("*.txt")):
        records += build_fixture([parse_seed(path.read_bytes(), path.name)])
    articles = {r["fields"]["slug"]: (r, []) for r in records if r["model"] == "articles.article"}
    for record in records:
        if record["model"] == "articles.quote":
            articles[record["fields"]["article"][0]][1].append(record)
    for slug, (record, quote_records) in articles.items():
        fields = record["fields"]
        deck_lines = [line.strip() for line in fields["deck"].splitlines() if line.strip()]
        quotes = [
            FakeQuote(q["fields"]["text"], (q["fields"].get("speaker") or [None])[0], n)
            for n, q in enumerate(sorted(quote_records, key=lambda q: q["fields"]["position"]), 1)
        ]
        yield slug, SimpleNamespace(body=fields["body"], deck_lines=deck_lines), quotes


EXISTING = list(_existing_bodies())


def test_the_existing_bodies_are_many_and_carry_quotes():
    assert len(EXISTING) >= 16
    assert sum(len(quotes) for _, _, quotes in EXISTING) > 100


@pytest.mark.parametrize("slug, article, quotes", EXISTING, ids=[slug[:40] for slug, _, _ in EXISTING])
def test_an_existing_body_renders_byte_for_byte_as_before(slug, article, quotes):
    assert _now(article, quotes) == _before(article, quotes)
    assert any("<q" in html for _, html, _ in _now(article, quotes)) == bool(quotes)


@pytest.mark.parametrize("slug, article, quotes", EXISTING, ids=[slug[:40] for slug, _, _ in EXISTING])
def test_the_markdown_path_renders_plain_paragraphs_as_before_too(slug, article, quotes):
    """Plain paragraphs skip the parser; parsed anyway, they come out the same."""
    matcher_before, matcher_now = QuoteMatcher(quotes), QuoteMatcher(quotes)
    for block in split_body(article.body):
        if block.kind == PARAGRAPH:
            parsed = rendering._render_inline(MARKDOWN.parseInline(block.text)[0].children, matcher_now)
            assert str(parsed) == str(mark_quotes(block.text, matcher_before))


@pytest.mark.django_db
def test_the_factory_body_renders_as_before_with_its_quotes():
    article = ArticleFactory(published=True)
    speaker = PersonFactory()
    quotes = [
        QuoteFactory(article=article, speaker=speaker, text="a partial quote", position=1),
        QuoteFactory(article=article, speaker=None, text="A full quote that ends here,", position=2),
    ]

    assert _now(article, quotes) == _before(article, quotes)
    assert speaker.get_absolute_url() in _now(article, quotes)[0][1]


def test_a_plain_paragraph_is_not_parsed(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("parsed")

    monkeypatch.setattr(MARKDOWN, "parseInline", refuse)

    assert mark_inline("A plain “paragraph”, with quotes.", QuoteMatcher([])) == (
        "A plain <q>paragraph</q>, with quotes."
    )


# The desk shows the format --------------------------------------------------------------------


@pytest.mark.django_db
def test_the_article_form_shows_the_format_beside_the_body(admin_client):
    article = ArticleFactory()

    page = admin_client.get(reverse("admin:articles_article_change", args=[article.pk])).text

    assert 'id="body-format"' in page
    assert "[text](https://" in page and "**strong**" in page and "&gt; " in page
    assert 'aria-describedby="id_body_helptext body-format"' in page


def test_bare_urls_end_before_closing_marks_and_punctuation_each_one():
    html = html_of("“See https://a.example/x,” she said; also https://b.example/y! and (https://c.example/z).")

    assert '<a href="https://a.example/x" rel="nofollow noopener">https://a.example/x</a>,</q>' in html
    assert '<a href="https://b.example/y" rel="nofollow noopener">https://b.example/y</a>! and' in html
    assert '<a href="https://c.example/z" rel="nofollow noopener">https://c.example/z</a>).' in html


@pytest.mark.django_db
def test_the_desk_preview_of_a_draft_shows_the_rendered_body(client):
    from articles.domain.previews import preview_url

    draft = ArticleFactory(body="See [the filing](https://example.org/f) and **this**.\n\n- a\n- b")

    page = client.get(preview_url(draft)).text

    assert '<a href="https://example.org/f" rel="nofollow noopener">the filing</a>' in page
    assert "<strong>this</strong>" in page and "<ul><li>a</li><li>b</li></ul>" in page
