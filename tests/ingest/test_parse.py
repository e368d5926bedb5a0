"""The whole pipeline: the contract, the first seed file, any input -> article or ParseError, speed."""

import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.ingest import parse as parse_module
from articles.ingest.parse import MAX_SEED_BYTES, ParsedArticle, ParseError, parse_seed

from .helpers import seed

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_0e27a1244be42026.txt"


@pytest.fixture(scope="module")
def first_seed():
    return parse_seed(SEED.read_bytes(), SEED.name)


def test_first_seed_date_headline_and_deck(first_seed):
    assert first_seed.source == SEED.name
    assert first_seed.date == datetime.date(2022, 2, 25)
    assert first_seed.headline.startswith("Ukraine\u2019s president signaled")
    assert len(first_seed.deck) == 2
    assert first_seed.deck[0].startswith("Volodymyr Zelensky invited")


def test_first_seed_caption_and_crosshead(first_seed):
    captions = [b for b in first_seed.blocks if b.kind == "caption"]
    crossheads = [b.text for b in first_seed.blocks if b.kind == "crosshead"]
    assert [(c.text, c.credit) for c in captions] == [
        (
            "Ukraine\u2019s president signaled peace attempt",
            "Presidency of Ukraine/Handout/Anadolu Agency via Getty Images",
        )
    ]
    assert crossheads == ["Adviser accuses Russia of trying to kill Ukrainian president"]


def test_first_seed_people_with_titles(first_seed):
    assert [(p.name, p.title) for p in first_seed.people] == [
        ("Volodymyr Zelensky", "Ukraine\u2019s President"),
        ("Vladimir Putin", "Russian leader"),
        ("Sergei Lavrov", "Foreign Minister"),
        ("Mykhailo Podolyak", "adviser to the Ukrainian presidency\u2019s office"),
    ]


def test_first_seed_quotes_with_speakers(first_seed):
    got = [(q.text[:25], q.speaker, q.is_partial) for q in first_seed.quotes]
    assert got == [
        ("sit down and negotiate", "Volodymyr Zelensky", True),
        ("abandon their weapons", None, True),
        ("I want to appeal again to", "Volodymyr Zelensky", False),
        ("This morning went down in", "Volodymyr Zelensky", False),
        ("stop resisting", "Sergei Lavrov", True),
        ("We are ready for negotiat", "Sergei Lavrov", False),
        ("The basic scenario of Rus", "Mykhailo Podolyak", False),
    ]
    assert [q.deck_index for q in first_seed.quotes[:2]] == [0, 1]
    assert all(q.block_index == -1 for q in first_seed.quotes[:2])


def test_quote_offsets_point_into_their_block(first_seed):
    for q in first_seed.quotes:
        if q.block_index >= 0 and q.end_block_index == q.block_index:
            assert first_seed.blocks[q.block_index].text[q.start : q.end] == q.text
        elif q.block_index < 0:
            assert first_seed.deck[q.deck_index][q.start : q.end] == q.text


def test_names_are_re_exported_from_the_package():
    import articles.ingest as package

    assert package.parse_seed is parse_seed and package.ParseError is ParseError
    assert MAX_SEED_BYTES == 5 * 1024 * 1024


def test_unexpected_failure_inside_a_stage_becomes_a_parse_error(monkeypatch):
    def boom(*args, **kwargs):
        raise KeyError("oops")

    monkeypatch.setattr(parse_module, "build_roster", boom)
    with pytest.raises(ParseError, match="internal error"):
        parse_seed(seed("Some text here."), "x.txt")


def test_crlf_and_lf_give_the_same_article():
    text = seed("\u201cWe are ready,\u201d Ana Lopes said.", "Lopes left.")
    a = parse_seed(text.encode(), "a.txt")
    b = parse_seed(text.replace("\n", "\r\n").encode(), "a.txt")
    assert a == b


def test_unclosed_quote_at_the_end_of_the_article_does_not_crash():
    article = parse_seed(seed("Ana Lopes said: \u201cWe will never stop"), "x.txt")
    assert [q.text for q in article.quotes] == ["We will never stop"]


def _outcome(data):
    try:
        article = parse_seed(data, "fuzz.txt")
    except ParseError as error:
        assert str(error).startswith("fuzz.txt:")
        return None
    assert isinstance(article, ParsedArticle)
    assert article.blocks and any(b.kind == "paragraph" for b in article.blocks)
    return article


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_an_article_or_a_parse_error(data):
    _outcome(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_any_text_gives_an_article_or_a_parse_error(text):
    _outcome(text)


_PIECES = st.sampled_from(
    [
        "\u201c",
        "\u201d",
        '"',
        "\u2018",
        "\u2019",
        " said ",
        " he ",
        "Ana Lopes",
        "Tom",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "(AP Photo/Jo Roe)",
        "Mayor ",
        "the minister",
        "according to ",
        "Hale",
        " x ",
        "\r",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=60))
def test_article_shaped_text_gives_an_article_or_a_parse_error(pieces):
    article = _outcome(" date 2024-01-02 Head\n\n" + "".join(pieces) + "\nEnd.")
    if article is not None:
        names = {p.name for p in article.people}
        assert all(q.speaker is None or q.speaker in names for q in article.quotes)


@pytest.mark.parametrize(
    "body",
    [
        "\u201c" * 200_000,
        '"' * 200_000,
        "." * 300_000 + "x",
        "Ana Lopes said. " * 20_000,
        ("\u201cWe won,\u201d he said. " * 5_000 + "\n\n") * 4,
        " ".join(["Tom Hale"] * 50_000),
        "(" * 100_000 + "Credit)",
        "\n\n".join(
            f"Tom {chr(65 + i % 26)}a{chr(97 + i // 26 % 26)}a{chr(97 + i // 676 % 26)}son, the minister, said "
            "\u201cWe won the vote.\u201d The minister said \u201cYes, we did.\u201d"
            for i in range(3000)
        ),
        "\n\n".join(["\u201cWe won,\u201d Tom Hale said."] * 5_000),
        "\u2018a\u2019 \u201cb\u2019 c\u201d " * 10_000,
        "\u2018" + "the players\u2019 union " * 20_000,
        " ".join(["Ana \u201cBee\u201d Lorca"] * 20_000),
    ],
    ids=[
        "curly-marks",
        "straight-marks",
        "dots",
        "names",
        "quotes",
        "one-run",
        "parens",
        "many-roles",
        "many-paragraphs",
        "mixed-marks",
        "possessives",
        "nicknames",
    ],
)
def test_pathological_input_gives_an_article_or_a_parse_error(body):
    """Huge runs of marks, dots, names or quotes still convert (how fast is bench/'s business)."""
    data = (" date 2024-01-02 Head\n\n" + body + "\n").encode()
    assert len(data) <= MAX_SEED_BYTES
    _outcome(data)
