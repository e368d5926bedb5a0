"""Kinds of error found on real sport copy (match reports, press conferences, injury news),
each rule on an invented example: names, places and sentences are made up."""

import pytest

from .helpers import names, speaker

# --- a name printed without its accents later ---------------------------------------------------------


@pytest.mark.parametrize(
    "full, later",
    [
        ("Étienne Laforêt-Dubé", "Laforet-Dube"),
        ("Raúl Ordóñez", "Ordonez"),
        ("Zoë Brännström", "Brannstrom"),
    ],
)
def test_a_surname_printed_without_its_accents_is_the_one_named_in_full(full, later):
    blocks = [
        f"Head coach {full} was calm after the quarter-final defeat.",
        f"“We gave everything and it was not enough,” said {later} with a shrug.",
    ]
    assert speaker("We gave everything and it was not enough", *blocks) == full
    assert names(*blocks) == [full]


def test_an_accented_surname_is_the_one_named_in_full_without_accents():
    blocks = [
        "Striker Jose Armendariz scored twice on Saturday.",
        "“The second one was the sweeter,” said Armendáriz.",
    ]
    assert speaker("The second one was the sweeter", *blocks) == "Jose Armendariz"


def test_a_different_surname_is_not_matched_by_dropping_accents():
    blocks = [
        "Head coach Raúl Ordóñez was calm after the defeat.",
        "“We gave everything,” said Ordway, the captain.",
    ]
    assert speaker("We gave everything", *blocks) != "Raúl Ordóñez"


# --- a photographer and an agency after a caption's last sentence ---------------------------------------


def test_a_caption_closed_by_photographer_slash_agency_is_a_caption_and_names_no_one():
    blocks = [
        "“We were beaten by a better side,” said Marcus Tolland after the final.",
        "Tolland at the final whistle. Brendan Kavey / SPORTPIX",
        "“I am proud of every one of them.”",
    ]
    assert speaker("I am proud of every one of them", *blocks) == "Marcus Tolland"
    assert names(*blocks) == ["Marcus Tolland"]


def test_a_caption_closed_by_a_bar_and_an_agency_is_a_caption():
    from articles.ingest.structure import split_credit

    assert split_credit("Captain Ravi Desai, right, with coach Anil Mehra. | AP") == (
        "Captain Ravi Desai, right, with coach Anil Mehra.",
        "AP",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The club won the vote 12/4. Members / GUESTS",  # one word before the slash
        "He called it a 50/50 call. Then the VAR took over.",  # no agency at the end
        "Fans paid either/or. Tom Baxter / treasurer",  # not an agency in capitals
    ],
)
def test_prose_with_a_slash_near_its_end_is_no_caption(text):
    from articles.ingest.structure import split_credit

    assert split_credit(text) is None


# --- "write off" and "everyone said" in the paragraph before words with no cue -------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "after everyone had written them off",
        "after the critics wrote them off",
        "when someone said they were finished",
    ],
)
def test_the_reporter_of_a_paragraph_is_not_someone_written_off_or_spoken_of(clause):
    blocks = [
        "Harbour City coach Tomas Greveling praised his batters on Sunday.",
        "“It was a proper team effort,” Greveling told reporters.",
        f"Greveling further said that Nico Ambler and Pieter Dunmore stepped up {clause}.",
        "“You have got Nico as the vice-captain, a fighter through and through.”",
    ]
    assert speaker("You have got Nico as the vice-captain, a fighter through and through", *blocks) == (
        "Tomas Greveling"
    )


def test_a_named_writer_still_reports_the_words_after_the_paragraph():
    blocks = [
        "Harbour City coach Tomas Greveling praised his batters on Sunday.",
        "In his column, Pieter Dunmore wrote that the side had turned a corner.",
        "“We are not the soft touch we were two years ago.”",
    ]
    assert speaker("We are not the soft touch we were two years ago", *blocks) == "Pieter Dunmore"
