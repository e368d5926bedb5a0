"""Speakers in long features and interviews, each rule on an invented example: a quotation with no
cue after a paragraph of narration about its speaker, epithets, and sentences naming two people."""

import pytest

from .helpers import speaker

# --- a quotation with no cue after a paragraph of narration -----------------------------------------


@pytest.mark.parametrize(
    "narration",
    [
        "Asked what she would change, she laughs.",
        "Asked about Pellow's warning, the mayor does not blink.",
        "The mayor shrugs off the criticism.",
    ],
)
def test_a_quotation_opening_a_paragraph_after_narration_is_the_narrated_subjects(narration):
    blocks = [
        "Mayor Odile Varga cycles to work most days.",
        "“It is the only way to see the potholes,” she says.",
        "Her deputy, Cllr Rufus Pellow, said last week the deficit was “worse than feared”.",
        narration,
        "“We will get there, but not by March.”",
    ]
    assert speaker("We will get there, but not by March", *blocks) == "Odile Varga"


def test_a_quotation_after_narration_about_someone_else_is_not_given_to_the_narrated():
    blocks = [
        "Mayor Odile Varga cycles to work most days.",
        "“It is the only way to see the potholes,” she says.",
        "Cllr Rufus Pellow disagrees. “She is never at her desk,” he said.",
        "“We need a mayor, not a cyclist.”",
    ]
    assert speaker("We need a mayor, not a cyclist", *blocks) == "Rufus Pellow"
