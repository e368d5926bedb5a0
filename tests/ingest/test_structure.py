"""Stage 2 (structure): date line, deck, paragraphs, crossheads, captions."""

import datetime

import pytest

from articles.ingest.model import ParseError
from articles.ingest.structure import parse_structure, split_credit

from .helpers import seed

LEAD = "The city council approved a new budget on Monday after a long debate, officials said."
SECOND = "The plan raises spending on schools and roads by 4 percent next year."


def test_date_and_headline_are_read_from_the_first_line():
    s = parse_structure(seed(LEAD))
    assert s.date == datetime.date(2024, 3, 5)
    assert s.headline == "Council approves new budget"


def test_date_line_may_start_without_a_space():
    s = parse_structure("date 2023-12-31 Year ends\n\n" + LEAD)
    assert s.date == datetime.date(2023, 12, 31)


def test_impossible_date_is_refused():
    with pytest.raises(ParseError, match="impossible date"):
        parse_structure(" date 2024-02-30 Headline\n\n" + LEAD, "x.txt")


def test_malformed_date_is_refused():
    with pytest.raises(ParseError, match="bad date"):
        parse_structure(" date 05/03/2024 Headline\n\n" + LEAD)


def test_missing_date_line_is_refused_with_line_number():
    with pytest.raises(ParseError) as info:
        parse_structure("\n\nJust a paragraph.\n")
    assert info.value.line == 3


def test_missing_headline_is_refused():
    with pytest.raises(ParseError, match="headline"):
        parse_structure(" date 2024-03-05\n\n" + LEAD)


def test_no_paragraphs_is_refused():
    with pytest.raises(ParseError, match="no paragraphs"):
        parse_structure(" date 2024-03-05 Headline\n\n\n")


def test_unpunctuated_lines_before_the_body_are_deck():
    s = parse_structure(seed("Spending rises for the first time in five years", LEAD, SECOND))
    assert s.deck == ["Spending rises for the first time in five years"]
    assert [b.kind for b in s.blocks] == ["paragraph", "paragraph"]


def test_one_sentence_standfirst_repeating_the_lead_is_deck():
    deck = "The city council approved a new budget after a long debate."
    s = parse_structure(seed(deck, LEAD, SECOND))
    assert s.deck == [deck]


def test_first_sentence_that_does_not_summarise_is_body():
    first = "Rain fell on the town hall as the meeting opened."
    s = parse_structure(seed(first, LEAD, SECOND))
    assert s.deck == []
    assert s.blocks[0].text == first


def test_wire_dateline_opens_the_body():
    first = "SEOUL, Jan. 28 (Yonhap) -- The council approved a new budget"
    s = parse_structure(seed(first, SECOND))
    assert s.deck == []
    assert s.blocks[0].kind == "paragraph" and s.blocks[0].text == first


def test_short_unpunctuated_line_between_paragraphs_is_crosshead():
    s = parse_structure(seed(LEAD, "What happens next", SECOND))
    assert [b.kind for b in s.blocks] == ["paragraph", "crosshead", "paragraph"]


def test_caption_credit_is_split_off():
    s = parse_structure(seed(LEAD, "The mayor speaks at the town hall (Jane Roe/Reuters)", SECOND))
    caption = s.blocks[1]
    assert caption.kind == "caption"
    assert caption.text == "The mayor speaks at the town hall"
    assert caption.credit == "Jane Roe/Reuters"


def test_caption_with_nested_parentheses_keeps_them_in_the_text():
    assert split_credit("Hot gas (red) rises from the core. (Image credit: Space Lab)") == (
        "Hot gas (red) rises from the core.",
        "Image credit: Space Lab",
    )


def test_paragraph_ending_in_a_non_credit_parenthesis_is_not_a_caption():
    assert split_credit("The river is 3,200 miles long (5,150 km)") is None


def test_lines_of_one_block_are_joined_and_numbered_from_the_file():
    s = parse_structure(" date 2024-03-05 H\n\nFirst line of\na paragraph.\n\nNext one here.\n")
    assert s.blocks[0].text == "First line of a paragraph."
    assert s.blocks[0].line == 3
    assert s.blocks[1].line == 6
