"""International news on unseen text, each rule on an invented example: picture credits, names
and kinship terms from other naming traditions, eyewitnesses named once and officials with
foreign titles."""

import pytest

from articles.ingest.structure import split_credit

from .helpers import names

# --- a picture's credit closing a caption without parentheses ---------------------------------------


@pytest.mark.parametrize(
    "text, credit",
    [
        (
            "Voters queue outside a polling station in Tamale on Saturday. Photograph: Kojo Asante-Mensah for the Courier",
            "Photograph: Kojo Asante-Mensah for the Courier",
        ),
        ("Fishermen haul their nets at dawn in Mopti. PHOTO: Aminata Coulibaly", "PHOTO: Aminata Coulibaly"),
        ("Rescuers search the rubble in Antakya. Picture by Emre Yıldız/Herald", "Picture by Emre Yıldız/Herald"),
    ],
)
def test_a_credit_after_the_last_sentence_makes_a_caption(text, credit):
    assert split_credit(text) == (text[: -len(credit)].rstrip(), credit)


@pytest.mark.parametrize(
    "text",
    [
        "Her son kept one photo. Photo by the river, it shows the old house.",
        "The ministry has banned cameras at the border since May.",
    ],
)
def test_a_sentence_about_a_photo_is_not_a_credit(text):
    assert split_credit(text) is None


def test_the_photographer_of_an_unbracketed_credit_is_not_a_person_of_the_story():
    blocks = [
        "Aminata Coulibaly, 40, has fished the Niger since she was a girl.",
        "Boats wait at the quay in Mopti on Sunday. Photograph: Oumar Keita for the Courier",
    ]
    assert names(*blocks) == ["Aminata Coulibaly"]
