"""Roles and offices as speakers, each rule on an invented example: an office the story never
fills, a subject read across its own reporting verb, and a role the lede opens with whose holder is
named some paragraphs later."""

from .helpers import names, speaker

# --- an office no one in the story holds ------------------------------------------------------------

_TRIAL = [
    "Noel Brackett, 41, admitted arson at a warehouse in March.",
    "Brackett spoke briefly. “I am sorry for what I did,” he said.",
]


def test_an_unfilled_two_word_office_is_no_one_not_the_person_last_written_about():
    blocks = [*_TRIAL, "“He put firefighters at risk,” the district attorney said in a statement."]
    assert speaker("He put firefighters at risk", *blocks) is None


def test_a_named_holder_of_the_two_word_office_still_speaks():
    blocks = [
        "District Attorney Ines Carvalho brought the charges.",
        *_TRIAL,
        "“He put firefighters at risk,” the district attorney said in a statement.",
    ]
    assert speaker("He put firefighters at risk", *blocks) == "Ines Carvalho"


# --- a role subject read across its reporting verb ---------------------------------------------------


def test_what_the_unnamed_judge_said_about_is_not_a_description_of_the_last_person():
    blocks = [*_TRIAL, "The judge said the term matched “the danger he created.”"]
    assert speaker("the danger he created", *blocks) is None


def test_a_named_judge_speaking_the_same_way_keeps_the_quotation():
    blocks = [*_TRIAL, "Judge Petra Lund said the term matched “the danger he created.”"]
    assert speaker("the danger he created", *blocks) == "Petra Lund"


# --- a role the lede opens with, named paragraphs later ---------------------------------------------

_LEDE = [
    "The headteacher of a village school in Ashby has refused to cut the school day.",
    "“Children need the hours, not the savings,” the headteacher said on Friday.",
    "The county says the change would save £200,000.",
    "Parents met on Thursday evening.",
    "A vote is expected next month.",
]


def test_a_role_the_lede_opens_with_is_its_holder_named_several_paragraphs_on():
    blocks = [*_LEDE, "Headteacher Carys Penhale said she had the governors' support."]
    assert speaker("Children need the hours, not the savings", *blocks) == "Carys Penhale"


def test_two_holders_of_the_role_named_later_leave_the_early_quotation_unassigned():
    blocks = [
        *_LEDE,
        "Headteacher Carys Penhale said she had the governors' support.",
        "Another headteacher, Rob Ince, said he would cut the day.",
    ]
    assert speaker("Children need the hours, not the savings", *blocks) is None


# --- two-word roles: "harbour master" ----------------------------------------------------------------


def test_a_pronoun_after_the_harbour_master_spoke_is_the_named_harbour_master():
    blocks = [
        "Harbour master Emlyn Rowse said the slipway would stay shut.",
        "The ferry's skipper, Tom Gwyther, said he had lost a week of trips.",
        "“Nobody told us until the night before,” Gwyther said.",
        "The harbour master said repairs would start once the tide tables allowed.",
        "“We will lose a month at most,” he said.",
    ]
    assert speaker("We will lose a month at most", *blocks) == "Emlyn Rowse"


def test_an_unfilled_harbour_master_is_no_one_not_the_last_man_quoted():
    blocks = [
        "The ferry's skipper, Tom Gwyther, said he had lost a week of trips.",
        "“Nobody told us until the night before,” Gwyther said.",
        "“The slipway is not safe,” the harbour master said.",
    ]
    assert speaker("The slipway is not safe", *blocks) is None


def test_a_masters_degree_does_not_make_a_title():
    blocks = ["Ana Lobo, who holds a master's degree in hydrology, said the river was rising."]
    assert names(*blocks) == ["Ana Lobo"]


# --- "X, an aide to Y, said": the named aide speaks ---------------------------------------------------

_MAYOR = "Mayor Lorna Quist cut the ribbon on Saturday."


def test_a_name_before_a_set_off_aide_to_someone_is_the_speaker():
    blocks = [_MAYOR, "Idris Pallot, a longtime aide to Quist, said the mayor was “tired but proud.”"]
    assert speaker("tired but proud", *blocks) == "Idris Pallot"


def test_a_name_before_a_set_off_relative_of_someone_is_the_speaker():
    blocks = [_MAYOR, "Idris Pallot, the husband of Quist, said she was “tired but proud.”"]
    assert speaker("tired but proud", *blocks) == "Idris Pallot"


def test_an_unnamed_aide_to_someone_is_still_no_one():
    blocks = [_MAYOR, "An aide to Quist said the mayor was “tired but proud.”"]
    assert speaker("tired but proud", *blocks) is None


def test_a_role_quoted_in_the_lede_itself_is_its_sole_holder_named_several_paragraphs_on():
    blocks = [
        "Shortening the school day is “a false economy,” the headteacher of a village school in Ashby said.",
        *_LEDE[2:],
        "Parents were sent a letter.",
        "Headteacher Carys Penhale said she had the governors' support.",
    ]
    assert speaker("a false economy", *blocks) == "Carys Penhale"


def test_a_role_quoted_in_the_lede_is_no_one_when_two_hold_it():
    blocks = [
        "Shortening the school day is “a false economy,” the headteacher of a village school in Ashby said.",
        *_LEDE[2:],
        "Parents were sent a letter.",
        "Headteacher Carys Penhale said she had the governors' support.",
        "Another headteacher, Rob Ince, said he would cut the day.",
    ]
    assert speaker("a false economy", *blocks) is None
