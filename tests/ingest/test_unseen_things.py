"""Capitalised runs of unseen text that are not people, each rule on an invented example: places
(landforms, Gaelic and Welsh place words, places travelled from), teams, bands and broadcasters,
tails of long organisation names, Māori organisation names, market instruments, places and
boats named like a titled person, reporters' taglines and unknown titles."""

import pytest

from .helpers import parse, quotes_by_text


def names(*blocks):
    return [p.name for p in parse(*blocks).people]


def speaker(text, *blocks):
    return quotes_by_text(parse(*blocks))[text].speaker


# --- places --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Outside the hall, Tarrow Heads residents were divided.",  # landforms
        "The boat sank off Cape Dunmorrow on Wednesday.",
        "The pair set out from Kellet Peak and camped in the Marrick Range.",
        "Oldcastle Inlet residents met on Monday.",
        "Dana Whitcomb, who runs cattle on Brackley Downs, found them.",
        "The road to Harwick Cross is closed.",
        "Tom Reed (29), of Gleann Dorcha, Ballycarran, pleaded guilty.",  # Gaelic and Welsh place words
        "The ferry to Eilean Mor was cancelled.",
        "A crowd gathered on Slieve Carran, Tom Reed said.",
        "The doors of Capel Salem on Heol y Felin closed.",
        "The rally was held in Kesby\u2019s Piazza del Ponte on Saturday.",  # a square in a Romance language
    ],
)
def test_a_landform_or_a_place_word_makes_a_run_a_place(sentence):
    assert set(names(sentence)) <= {"Dana Whitcomb", "Tom Reed"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Her brother flew in from Domingo Alto for the wedding.",
        "The family moved to Lucia Verde in 2019.",
    ],
)
def test_a_place_travelled_from_or_to_is_not_a_person(sentence):
    assert names(sentence) == []


def test_a_place_between_the_subject_from_and_a_reporting_verb_is_not_the_speaker():
    assert names("The sophomore from Mellish Rouge said the defence was tired.") == []


def test_a_place_that_is_a_given_name_after_in_does_not_speak_by_given_name():
    assert names("The rescue centre in Victoria confirmed the alert.") == []
