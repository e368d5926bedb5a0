"""Names and titles on unseen text, each rule on an invented example."""

import pytest

from .helpers import names, parse, speaker


@pytest.mark.parametrize("marks", ["''", "\u201c\u201d", "\u2018\u2019"])
def test_a_nickname_after_a_place_given_name_stays_inside_the_name(marks):
    blocks = (
        f"Winger Paris {marks[0]}Rocket{marks[1]} Delacey set up both goals for Tarnby.",
        "\u201cThe pitch was heavy,\u201d Delacey said.",
    )
    assert [(p.name, p.title) for p in parse(*blocks).people] == [("Paris Delacey", "Winger")]
    assert speaker("The pitch was heavy", *blocks) == "Paris Delacey"


def test_a_place_before_a_quoted_word_is_still_no_one():
    blocks = ("Hendrik Olsa flew to Georgia \u201cSpecial\u201d Forces training last spring.",)
    assert "Hendrik Olsa" in names(*blocks)
    assert not any(name.startswith("Georgia") for name in names(*blocks))

