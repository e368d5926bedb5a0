"""Rules for finding real people's names and titles on unseen text, each on an invented example:
the name in apposition to "The <role> of <body>,", titles before and after a name, name shapes
(particles, Irish and Asian names, nicknames), relatives named by a first name, honorifics and
role words glued to a name."""

import pytest

from .helpers import parse, quotes_by_text


def names(*blocks):
    return [p.name for p in parse(*blocks).people]


def speaker(text, *blocks):
    return quotes_by_text(parse(*blocks))[text].speaker


# --- "The <role> of <body>, First Last," -------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "The chair of the centre-left Kesby Alliance, Orla Pemberton,",  # a hyphenated modifier
        "The head of Northern Harrow Rail, Orla Pemberton,",  # a capitalised modifier outside the run
        "The Minister for Housing, Orla Pemberton TD,",  # letters of office after the name
        "The leader of the Kesby Party, Orla Pemberton MP,",
    ],
)
def test_the_name_after_the_role_of_a_modified_body_is_a_person(opening):
    blocks = (f"{opening} toured the harbour on Friday.", '"We will rebuild the pier," Orla Pemberton said.')
    assert names(*blocks) == ["Orla Pemberton"]
    assert speaker("We will rebuild the pier", *blocks) == "Orla Pemberton"


# --- a role or office in front of an honorific ----------------------------------------------


def titles(*blocks):
    return {p.name: p.title for p in parse(*blocks).people}


@pytest.mark.parametrize(
    ("opening", "title", "bare_role"),
    [
        ("Prosecuting counsel Mr Colm Ardagh said", "Prosecuting counsel", "counsel"),  # a role before "Mr"
        ("The Mayor of Kesby Vale, Cllr Colm Ardagh, said", "Mayor of Kesby Vale", "the Mayor"),  # an office before
        ("The Cathaoirleach, Cllr Colm Ardagh, said", "Cathaoirleach", "the Cathaoirleach"),
    ],
)
def test_the_role_before_an_honorific_is_the_title(opening, title, bare_role):
    blocks = (
        f"{opening} the hearing would resume.",
        "Cllr Ines Whelan objected.",
        f"\u201cWe will sit again on Monday,\u201d {bare_role} said.",
    )
    assert titles(*blocks)["Colm Ardagh"] == title
    assert speaker("We will sit again on Monday", *blocks) == "Colm Ardagh"
