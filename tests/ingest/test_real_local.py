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


# --- a web page's widget heading between paragraphs ------------------------------------------------


def test_a_recommended_videos_line_is_no_person_and_no_speaker():
    blocks = [
        "The jury returned its verdict against Dorian Vasko after two days.",
        "Recommended Videos",
        '"He took everything from us," the victim\'s sister said.',
    ]
    article = parse(*blocks)
    assert [p.name for p in article.people] == ["Dorian Vasko"]
    assert article.quotes[0].speaker is None


def test_a_person_beside_a_widget_heading_is_still_found():
    assert names("Featured Videos", "Coach Ansel Brody said the team had earned the win.") == ["Ansel Brody"]
