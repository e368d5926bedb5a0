"""Local news as real copy prints it, each rule on an invented example: picture credits after a
caption, unnamed neighbours, people whose surnames are place words, and who is described."""

from .helpers import names, parse

# --- a picture's credit closing a caption, with its own full stop ----------------------------------


def test_a_colon_credit_closed_by_a_full_stop_names_no_person():
    blocks = [
        "Stalls line the green at Harlow Mead on Saturday. Credit: Tamsin Vell.",
        "The fair raised money for the lifeboat, said organiser Piers Allingham.",
    ]
    assert names(*blocks) == ["Piers Allingham"]


def test_a_colon_credit_closed_by_a_full_stop_makes_the_block_a_caption():
    article = parse(
        "Stalls line the green at Harlow Mead on Saturday. Photo: Tamsin Vell.",
        "The fair raised money for the lifeboat, said organiser Piers Allingham.",
    )
    assert article.blocks[0].kind == "caption"
    assert article.blocks[0].credit == "Photo: Tamsin Vell"


def test_a_sentence_about_a_credit_stays_prose():
    blocks = ["Nobody claimed the find at first. Credit: Tamsin Vell found it, said organiser Piers Allingham."]
    assert "Tamsin Vell" in names(*blocks)
