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


def test_a_title_opening_with_a_place_named_new_keeps_new():
    blocks = ("New Mexico Senate Majority Leader Tobias Wrenfield said the vote would wait until March.",)
    assert [(p.name, p.title) for p in parse(*blocks).people] == [
        ("Tobias Wrenfield", "New Mexico Senate Majority Leader")
    ]


def test_new_before_a_title_that_names_no_place_is_not_in_it():
    blocks = ("New Chairman Tobias Wrenfield said the vote would wait until March.",)
    assert [(p.name, p.title) for p in parse(*blocks).people] == [("Tobias Wrenfield", "Chairman")]


def test_a_web_address_ending_a_sentence_ends_the_title_after_the_name():
    blocks = (
        "\u201cBuyers have vanished,\u201d said Priya Lundqvist, chief economist at Rentwise.io. "
        "\u201cSellers are cutting prices every week.\u201d",
    )
    assert [(p.name, p.title) for p in parse(*blocks).people] == [("Priya Lundqvist", "chief economist at Rentwise.io")]
    assert speaker("Sellers are cutting prices every week", *blocks) == "Priya Lundqvist"


def test_an_abbreviation_with_inner_stops_still_keeps_its_last_one():
    blocks = ("Priya Lundqvist, who moved to Washington, D.C. in May, said the rent was too high.",)
    assert names(*blocks) == ["Priya Lundqvist"]


@pytest.mark.parametrize("given", ["Bill", "Glen"])
def test_a_given_name_that_is_an_organisation_word_names_a_relative(given):
    blocks = (
        "Morwenna Tulloch, 58, has run the ferry since the spring.",
        f"Her husband, {given}, still mends the nets each winter.",
    )
    assert [(p.name, p.title) for p in parse(*blocks).people] == [("Morwenna Tulloch", ""), (given, "husband")]


def test_a_bill_in_parliament_is_still_no_one():
    blocks = ("Morwenna Tulloch, 58, opposed the Ferries Bill, which passed on Tuesday.",)
    assert names(*blocks) == ["Morwenna Tulloch"]


@pytest.mark.parametrize(("owner", "subject", "given"), [("her", "she", "Rosalind"), ("his", "he", "Anselm")])
def test_a_source_who_asked_that_only_a_first_name_be_used_is_named_by_it(owner, subject, given):
    blocks = (
        "Landlords in Brackwater raised rents again this year.",
        f"One tenant, who asked that only {owner} first name, {given}, be used, said the boiler had failed twice.",
        f"\u201cWe waited three weeks for heat,\u201d {subject} said.",
    )
    assert names(*blocks) == [given]
    assert speaker("We waited three weeks for heat", *blocks) == given


def test_a_source_who_asked_that_a_surname_not_be_used_after_a_full_name_is_still_one_person():
    blocks = ("Rosalind Achebe-Moyo, who asked that her first name not be printed, said the boiler failed.",)
    assert names(*blocks) == ["Rosalind Achebe-Moyo"]


@pytest.mark.parametrize("age", ["nine", "9"])
def test_a_child_named_by_a_given_name_with_now_and_an_age_is_a_person(age):
    blocks = (
        "Tomasz Wielgus first saw the rash on his son's arm in June.",
        f"Kuba, now {age}, has since spent a month in hospital.",
    )
    assert names(*blocks) == ["Tomasz Wielgus", "Kuba"]


def test_a_thing_with_now_and_an_age_is_still_no_one():
    blocks = ("Tomasz Wielgus runs the Brackwater Show, now ten, which opens on Friday.",)
    assert names(*blocks) == ["Tomasz Wielgus"]


@pytest.mark.parametrize("role", ["interpreter", "translator"])
def test_a_given_name_after_an_interpreter_is_a_person_who_does_not_speak(role):
    blocks = (
        f"Midfielder Kenji Arakawa, speaking through his {role} Mayumi, said: \u201cThe crowd carried us.\u201d",
        "Arakawa has scored four times this season.",
    )
    assert [(p.name, p.title) for p in parse(*blocks).people] == [("Kenji Arakawa", "Midfielder"), ("Mayumi", role)]
    assert speaker("The crowd carried us", *blocks) == "Kenji Arakawa"


def test_an_unnamed_interpreter_leaves_the_speaker_alone():
    blocks = (
        "Kenji Arakawa spoke through an interpreter after the match.",
        "\u201cThe crowd carried us,\u201d he said.",
    )
    assert names(*blocks) == ["Kenji Arakawa"]
    assert speaker("The crowd carried us", *blocks) == "Kenji Arakawa"


def test_a_participle_phrase_after_a_name_is_not_its_title():
    blocks = ("Midfielder Kenji Arakawa, speaking through an interpreter, said: \u201cThe crowd carried us.\u201d",)
    assert [(p.name, p.title) for p in parse(*blocks).people] == [("Kenji Arakawa", "Midfielder")]
