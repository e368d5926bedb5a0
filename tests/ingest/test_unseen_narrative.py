"""Speakers in narrative, court, crime and disaster copy, each rule on an invented example: words
heard from someone named inside another's account, written words and their carriers."""

import pytest

from .helpers import speaker

# --- words heard from someone named inside another's account ----------------------------------------


@pytest.mark.parametrize(
    "sentence, words, who",
    [
        (
            "Prosecutor Nell Ardagh said a neighbour heard Tobin Faraday shout “Open up or else!” at the door.",
            "Open up or else!",
            "Tobin Faraday",
        ),
        (
            "Mina Costel told the court that she heard Ruben Vantongeren say “I warned you” before the crash.",
            "I warned you",
            "Ruben Vantongeren",
        ),
    ],
)
def test_the_one_heard_saying_the_words_speaks(sentence, words, who):
    assert speaker(words, sentence) == who


def test_a_named_listener_who_says_the_words_is_still_the_speaker():
    blocks = ["Mina Costel heard the alarm and said “Everyone out now” to her colleagues, Ruben Vantongeren recalled."]
    assert speaker("Everyone out now", *blocks) == "Mina Costel"


# --- written words and their carriers --------------------------------------------------------------


def test_his_statement_is_the_words_of_the_one_his_stands_for():
    blocks = [
        "A bus driver, Colm Ferriter, said in a statement read to the inquest that he braked at once.",
        "“I saw the van too late,” his statement said.",
    ]
    assert speaker("I saw the van too late", *blocks) == "Colm Ferriter"


def test_a_statement_with_no_owner_named_still_has_no_speaker():
    blocks = [
        "Colm Ferriter, 40, died at the scene.",
        "“He was a gentle giant,” the statement said.",
    ]
    assert speaker("He was a gentle giant", *blocks) is None


# --- a tag closing the sentence after "asked for" ---------------------------------------------------


def test_words_about_someone_after_asked_for_go_to_the_closing_tag():
    blocks = [
        "Crown prosecutor Tamsin Orloff opened the case.",
        "The theft came to light when an auditor, Ned Quarrie, asked for receipts that Jules Parmenter "
        "“could not or would not” produce, Ms Orloff said.",
    ]
    assert speaker("could not or would not", *blocks) == "Tamsin Orloff"


def test_words_someone_called_for_stay_theirs_under_a_closing_tag():
    blocks = [
        "Crown prosecutor Tamsin Orloff opened the case.",
        "Ned Quarrie called for a “root and branch” review, Ms Orloff said.",
    ]
    assert speaker("root and branch", *blocks) == "Ned Quarrie"


# --- the lede's "a judge said" is the one judge the story names --------------------------------------


def test_a_role_in_the_lede_is_the_one_person_later_given_that_role():
    blocks = [
        "A driver who killed a cyclist has been jailed after a judge said he showed “total disregard” for life.",
        "Corin Waddell, 31, admitted causing death by dangerous driving.",
        "Judge Petra Lindqvist told him the crash was avoidable.",
    ]
    assert speaker("total disregard", *blocks) == "Petra Lindqvist"


def test_a_role_after_the_lede_stays_unnamed():
    blocks = [
        "Corin Waddell, 31, was hurt in the crash.",
        "A coroner said the junction was “a death trap”.",
        "Senior coroner Petra Lindqvist recorded a conclusion of accident.",
    ]
    assert speaker("a death trap", *blocks) is None


# --- an unnamed someone doing one thing and then shouting ------------------------------------------


@pytest.mark.parametrize(
    "sentence, words",
    [
        (
            "Dervla Mackin said she was woken by someone hammering on the door and shouting “Get up, it’s on fire!”",
            "Get up, it’s on fire!",
        ),
        ("Dervla Mackin said a man walked into the shop and yelled “Nobody move!”", "Nobody move!"),
    ],
)
def test_a_verb_joined_to_an_unnamed_someone_has_no_speaker(sentence, words):
    assert speaker(words, sentence) is None


def test_a_named_subject_who_ran_out_and_shouted_keeps_the_words():
    assert speaker("Get out!", "Dervla Mackin said she ran to the door and shouted “Get out!”") == "Dervla Mackin"


# --- a person "of" a body whose name holds "and" --------------------------------------------------


def test_a_body_named_with_and_after_of_is_not_the_subject():
    sentence = (
        "Crew manager Lowri Penhaligon of the Northvale Fire and Rescue Service said the barn was “fully involved”."
    )
    assert speaker("fully involved", sentence) == "Lowri Penhaligon"


def test_a_body_named_with_and_opening_a_clause_still_speaks():
    sentence = "Lowri Penhaligon left, and the Northvale Fire and Rescue Service said the barn was “fully involved”."
    assert speaker("fully involved", sentence) is None


# --- a written thing as the subject of a verb of saying ---------------------------------------------


def test_words_a_letter_warned_of_have_no_speaker_and_nor_do_those_it_told():
    sentence = (
        "Deputy Ilse Marrow said a letter pushed through her door on Friday had warned her she would "
        "“regret this” and told her to “keep quiet”."
    )
    quotes = {"regret this": None, "keep quiet": None}
    for words, who in quotes.items():
        assert speaker(words, sentence) is who


def test_someone_who_wrote_a_letter_and_warned_keeps_the_words():
    sentence = "Deputy Ilse Marrow said she wrote a letter and warned them they would “regret this”."
    assert speaker("regret this", sentence) == "Ilse Marrow"


# --- given names that say "she" --------------------------------------------------------------------


def test_a_she_goes_to_the_nearer_speaker_whose_maori_given_name_says_she():
    blocks = [
        "His aunt, Tui Rangihau, said the family had prayed.",
        "Sergeant Ngaire Whatuira said the climber had left a note in his car.",
        "She said his choice to stay by the river had saved him. “He did everything right,” she said.",
    ]
    assert speaker("He did everything right", *blocks) == "Ngaire Whatuira"


# --- "the witness" is the one who testified --------------------------------------------------------


def test_the_witness_is_the_one_who_testified_not_the_lawyer_questioning_her():
    blocks = [
        "Marisol Quennell, 33, testified that the van had no lights on.",
        "“It came out of nowhere,” she told the court.",
        "Under cross-examination, defence lawyer Anton Brieske pressed Quennell on the weather.",
        "“It was raining, yes,” the witness conceded.",
    ]
    assert speaker("It was raining, yes", *blocks) == "Marisol Quennell"


# --- "the driver screamed" inside a reported clause -------------------------------------------------


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Constable Reuben Aldous said the driver screamed “I can’t stop!” as the lorry tipped.", "I can’t stop!"),
        ("Greta Oyelowo told officers the man had whispered “Not a sound”.", "Not a sound"),
    ],
)
def test_an_unnamed_one_crying_out_in_a_reported_clause_is_not_the_reporter(sentence, words):
    assert speaker(words, sentence) is None


def test_the_one_holding_the_role_cries_out_when_the_story_names_them():
    blocks = [
        "Lorry driver Kasimir Veldt was cut free.",
        "Constable Reuben Aldous said the driver screamed “I can’t stop!” as the lorry tipped.",
    ]
    assert speaker("I can’t stop!", *blocks) == "Kasimir Veldt"


def test_a_reporter_who_cried_out_herself_keeps_the_words():
    assert speaker("Get back!", "Greta Oyelowo said she screamed “Get back!” at the crowd.") == "Greta Oyelowo"


# --- someone close but unnamed, heard or recalled ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Maud Keverne said she heard her neighbour screaming “The roof’s going!” and ran.", "The roof’s going!"),
        ("Maud Keverne recalled her son saying “I’m cold, Mum” as the water rose.", "I’m cold, Mum"),
    ],
)
def test_an_unnamed_neighbour_or_son_heard_or_recalled_is_not_the_listener(sentence, words):
    assert speaker(words, sentence) is None


def test_the_listener_recalling_her_own_words_keeps_them():
    assert speaker("Never again", "Maud Keverne recalled her words “Never again” to reporters.") == "Maud Keverne"


# --- the sender of a message, not its addressee ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence, words, who",
    [
        (
            "Ottilie Brand said Caspar Moyle sent her a message saying “I know your car”.",
            "I know your car",
            "Caspar Moyle",
        ),
        (
            "Caspar Moyle, 30, admitted sending texts to Ottilie Brand calling her “useless”.",
            "useless",
            "Caspar Moyle",
        ),
        ("Ottilie Brand said she sent Caspar Moyle a text saying “Please stop”.", "Please stop", "Ottilie Brand"),
    ],
)
def test_the_words_of_a_message_are_its_senders(sentence, words, who):
    assert speaker(words, sentence) == who


# --- words a sign shows, under a tag closing the sentence --------------------------------------------


def test_words_a_sign_read_have_no_speaker_under_a_closing_tag():
    assert (
        speaker(
            "Trespassers will be prosecuted",
            "A sign on the fence read “Trespassers will be prosecuted”, Wendell Arkwright said.",
        )
        is None
    )


def test_words_described_under_a_closing_tag_keep_the_tag_speaker():
    sentence = "The fence was “a disgrace”, Wendell Arkwright said."
    assert speaker("a disgrace", sentence) == "Wendell Arkwright"
