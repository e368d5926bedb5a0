"""Politics and government copy as real outlets print it (US, UK, Canada, Australia, India,
Africa), each rule on an invented example: careless quotation marks, plurals of roles, bylines,
names said inside quotations, and who speaks in a rivals' exchange."""

import pytest

from articles.ingest.marks import unglue_marks

from .helpers import names, speaker

# --- an opening mark typed after the space that follows "said," ----------------------------------


def test_a_straight_mark_after_said_comma_and_a_space_opens_the_quotation():
    assert unglue_marks('Party leader Tamsin Orrell said," The budget is a fraud. It will fail."') == (
        'Party leader Tamsin Orrell said, "The budget is a fraud. It will fail."'
    )


def test_the_misplaced_mark_gives_the_whole_quotation_to_the_speaker():
    blocks = ['While talking to reporters, party leader Tamsin Orrell said," The budget is a fraud. It will fail."']
    assert speaker("The budget is a fraud. It will fail", *blocks) == "Tamsin Orrell"


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," Tamsin Orrell said. "The voters know it."',  # a closing mark after the comma
        '“We will win,” Tamsin Orrell said. “Yes," Dev Marlow said.',  # the count of curly marks too
        'She said," we will see." Then she left.',  # no capital after the space
        'He said," The end of it all.',  # an odd number of marks: no count to go by
    ],
)
def test_a_closing_mark_after_a_comma_stays_where_it_is(text):
    assert unglue_marks(text) == text


# --- a plural of a role is no one's name ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "No one asked questions when the party took ten days to choose its Chief Ministers, Tamsin Orrell said.",
        "The threats were made to Conservative MPs who backed the motion, Tamsin Orrell said.",
        "The bill was sent to the Senators on Tuesday, Tamsin Orrell said.",
    ],
)
def test_a_capitalised_plural_of_a_role_after_a_title_word_is_not_a_person(sentence):
    assert names(sentence) == ["Tamsin Orrell"]


def test_a_single_name_after_a_title_is_still_a_person():
    assert names("Chief Minister Orrell said the roads would be fixed.") == ["Orrell"]
