"""Rules for a "he says" after a relative or comrade newly named in a feature, each on an invented
example: the speaker of the surrounding run of quotations keeps the pronoun when the newcomer was
only told of in the past, in apposition to a relation ("his father, Anselm, sold the varnish") or
as someone's comrade ("One of the crew was Corporal Ned Fane, Harrow's gunner, killed in 1944");
the newcomer keeps it when told of in the present tense, brought in with a verb of saying, or
named right before the quotation."""

from .helpers import speaker

QUAYLE = (
    "Bartholomew Quayle, 67, has mended violins in the same cellar in Dunmore for half a century. He has"
    " never taken a holiday.",
    "\u201cI never learned to play one properly,\u201d he says.",
    "His apprentice, Mirela Sandu, said he is \u201cimpossible to please\u201d and never takes a holiday.",
)
FLOODED = ("The cellar flooded every spring", "\u201cThe cellar flooded every spring,\u201d he says.")

HARROW = (
    "Squadron Leader Humphrey Harrow keeps his old logbook in a shoebox under the bed.",
    "\u201cThat\u2019s Malta,\u201d he says, tapping a page.",
    "His grandson, Giles Penrose, a dentist in Hull, began recording his stories last year.",
    "\u201cGrandad only told the funny ones at first,\u201d Giles said.",
)


def test_a_father_told_of_in_the_past_in_a_second_clause_does_not_take_the_next_he_says():
    assert (
        speaker(
            FLOODED[0],
            *QUAYLE,
            "Quayle grew up in Dunmore. His mother, Ottilie, kept the accounts; his father, Anselm, sold the varnish.",
            FLOODED[1],
        )
        == "Bartholomew Quayle"
    )


def test_a_comrade_lost_in_the_war_does_not_take_the_next_he_says():
    assert (
        speaker(
            "Ned could fix anything with wire",
            *HARROW,
            "One of the crew was Corporal Ned Fane, Harrow\u2019s gunner and oldest friend, killed over Bremen in 1944.",
            "The old pilot is quiet for a while when Fane\u2019s name comes up.",
            "\u201cNed could fix anything with wire,\u201d he says finally.",
        )
        == "Humphrey Harrow"
    )


# --- near misses: the newcomer does speak -------------------------------------------------------


def test_a_father_told_of_in_the_present_tense_takes_the_next_he_says():
    assert (
        speaker(
            FLOODED[0],
            *QUAYLE,
            "Quayle grew up in Dunmore. His mother, Ottilie, kept the accounts; his father, Anselm, 91, still"
            " sells the varnish.",
            FLOODED[1],
        )
        == "Anselm"
    )


def test_a_father_brought_in_with_a_verb_of_saying_takes_the_next_he_says():
    assert (
        speaker(
            FLOODED[0],
            *QUAYLE,
            "Quayle grew up in Dunmore. His mother, Ottilie, kept the accounts; his father, Anselm, recalled the floods.",
            FLOODED[1],
        )
        == "Anselm"
    )


def test_a_father_named_in_the_sentence_right_before_takes_the_next_he_says():
    assert (
        speaker(
            FLOODED[0],
            *QUAYLE,
            "His father, Anselm, 91, still comes down to the cellar most mornings.",
            FLOODED[1],
        )
        == "Anselm"
    )


def test_a_comrade_who_still_lives_nearby_takes_the_next_he_says():
    assert (
        speaker(
            "Humphrey never once landed straight",
            *HARROW,
            "One of the crew was Corporal Ned Fane, Harrow\u2019s gunner, who still lives two streets away and rings"
            " every Sunday.",
            "\u201cHumphrey never once landed straight,\u201d he says.",
        )
        == "Ned Fane"
    )
