"""Speakers in wire and political reaction roundups, each rule on an invented example: a name in
apposition after a role, colon introductions by a role, and speakers named after their words."""

from .helpers import speaker

# --- "said the group's director, Ana Lorca": the name in apposition, not an earlier holder ---------


def test_a_name_in_apposition_after_an_inverted_role_is_the_speaker():
    blocks = [
        "Mayor Ivo Brandt called the ruling a disgrace.",
        "“We were right all along,” said the alliance’s executive director, Nell Fairweather. “Now build it.”",
    ]
    assert speaker("We were right all along", *blocks) == "Nell Fairweather"
    assert speaker("Now build it", *blocks) == "Nell Fairweather"


def test_an_inverted_role_with_no_name_after_it_still_points_back():
    blocks = [
        "Director Nell Fairweather said the ruling was overdue.",
        "“We were right all along,” said the director, who has led the alliance since 2019.",
    ]
    assert speaker("We were right all along", *blocks) == "Nell Fairweather"
