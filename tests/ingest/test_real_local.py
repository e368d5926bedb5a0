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


# --- people whose surnames are place words, and given names that are plants ------------------------


def test_a_given_name_then_bridge_is_a_person_who_speaks():
    blocks = [
        "Presentations by Ansel Pettit, Martin Bridge and Ruth Pettit of the ratepayers' group followed.",
        '"We were not heard," said Bridge.',
    ]
    article = parse(*blocks)
    assert [p.name for p in article.people] == ["Ansel Pettit", "Martin Bridge", "Ruth Pettit"]
    assert article.quotes[0].speaker == "Martin Bridge"


def test_a_bridge_named_for_a_place_is_still_no_person():
    blocks = ["Traffic was halted on Kesby Bridge and the Harrow Bridge for an hour, said Sgt. Ames Corle."]
    assert names(*blocks) == ["Ames Corle"]


def test_holly_is_a_given_name():
    assert names("Holly Vantreese, who runs the bakery, said sales had doubled.") == ["Holly Vantreese"]


def test_holly_springs_is_a_place_not_a_person():
    assert names("Crews from Holly Springs joined the search, said Capt. Ines Marlowe.") == ["Ines Marlowe"]
