"""Politics and public-service copy from the UK, Ireland, Australia, New Zealand and Canada, each
rule on an invented example: members' letters after names, bylines, credits, committees, roles
with no named holder, and councillors' nicknames."""

import pytest

from articles.ingest.byline import parse_byline

from .helpers import names, parse, speaker

# --- "MS", a Member of the Senedd, after a name ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Plaid Cymru health spokeswoman, Nerys Talfan-Pugh MS, said the waiting list was too long.",
        "Nerys Talfan-Pugh MS said the waiting list was too long.",
        "“It is too long,” said Nerys Talfan-Pugh MS. The minister did not reply.",
    ],
)
def test_ms_after_a_name_is_a_member_of_the_senedd_not_the_next_person(sentence):
    blocks = [sentence, "“People are waiting three years,” she said."]
    assert names(*blocks) == ["Nerys Talfan-Pugh"]
    assert speaker("People are waiting three years", *blocks) == "Nerys Talfan-Pugh"


def test_ms_in_capitals_before_a_name_still_opens_it():
    blocks = ["Planning Officer MS Carys Blayney said the scheme would go ahead.", "“It is approved,” she said."]
    assert names(*blocks) == ["Carys Blayney"]


# --- a byline whose job is in lower case -----------------------------------------------------------


@pytest.mark.parametrize(
    "line, authors",
    [
        ("By Elin Maddocks, BBC Cymru health correspondent", ["Elin Maddocks"]),
        ("By Elin Maddocks, political editor", ["Elin Maddocks"]),
        ("By Elin Maddocks and Tomos Prydderch, education reporters", ["Elin Maddocks", "Tomos Prydderch"]),
    ],
)
def test_a_byline_with_a_lower_case_job_names_authors_not_people(line, authors):
    assert parse_byline(line).authors == authors
    assert names(line, "Almost one in five pupils missed school, Cllr Bryn Ellery said.") == ["Bryn Ellery"]


def test_a_byline_with_a_clause_after_the_name_is_not_one():
    assert parse_byline("By Elin Maddocks, who chairs the board") is None


# --- a picture credit after the caption's full stop ------------------------------------------------


@pytest.mark.parametrize(
    "credit", ["Picture: Lachie Brammall", "Photo: Lachie Brammall/The Courier", "Image: Supplied"]
)
def test_a_caption_ending_in_a_credit_after_its_full_stop_is_a_caption(credit):
    article = parse(
        f"Paramedics wait outside Ballarat Base Hospital on Friday. {credit}",
        "Paramedic Kirra Donnithorne said crews waited for hours.",
    )
    assert [p.name for p in article.people] == ["Kirra Donnithorne"]
    assert [b.kind for b in article.blocks if b.kind == "caption"] == ["caption"]


def test_a_paragraph_ending_in_a_lower_case_word_after_a_colon_is_not_a_caption():
    article = parse("Paramedic Kirra Donnithorne said crews waited for hours. Photo: she took one herself.")
    assert [b.kind for b in article.blocks] == ["paragraph"]


# --- a department "of ... Affairs" is not a person ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokeswoman for the Department of Agriculture, Fisheries and Rural Affairs said the ban would stay.",
        "Later, Community Affairs said the ban would stay.",
    ],
)
def test_a_body_ending_in_affairs_is_not_a_person(sentence):
    assert names(sentence) == []


def test_a_minister_for_affairs_keeps_her_name():
    assert names("The Minister for Rural Affairs, Ottilie Brannagh, said the ban would stay.") == ["Ottilie Brannagh"]


# --- a capitalised office with no named holder ------------------------------------------------------


@pytest.mark.parametrize("office", ["The Taoiseach", "The Minister", "The Mayor"])
def test_he_after_a_capitalised_office_no_one_named_holds_is_not_the_last_speaker(office):
    blocks = [
        "Labour TD Cathal Brogarty said waiting lists were getting longer.",
        "“The corner has not been turned,” Mr Brogarty said.",
        f"{office} said the Deputy was ignoring the progress that had been made.",
        "“There are more nurses in post than ever,” he said.",
    ]
    assert speaker("There are more nurses in post than ever", *blocks) is None


def test_a_capitalised_office_held_by_someone_named_goes_to_them():
    blocks = [
        "Taoiseach Fergal Ennisdale said the figures were improving.",
        "Labour TD Cathal Brogarty said waiting lists were getting longer.",
        "The Taoiseach said the Deputy was ignoring the progress that had been made.",
        "“There are more nurses in post than ever,” he said.",
    ]
    assert speaker("There are more nurses in post than ever", *blocks) == "Fergal Ennisdale"


def test_he_after_a_newspaper_named_like_a_role_stays_with_the_last_speaker():
    blocks = [
        "“The corner has not been turned,” Cathal Brogarty said.",
        "The Economist said the figures were the worst in Europe.",
        "“It is a disgrace,” he said.",
    ]
    assert speaker("It is a disgrace", *blocks) == "Cathal Brogarty"


# --- a nickname in single marks inside a name ----------------------------------------------------------


@pytest.mark.parametrize("nickname", ["'the Gaffer'", "‘the Gaffer’", "'Gaffer'"])
def test_a_nickname_in_single_marks_between_given_name_and_surname_is_not_a_quote(nickname):
    article = parse(f"Cllr Seamus {nickname} Dunleavy (Ind) said the figures were 'hard to believe'.")
    assert [q.text for q in article.quotes] == ["hard to believe"]
    assert article.quotes[0].speaker == "Seamus Dunleavy"


def test_words_in_single_marks_after_a_given_name_that_ends_a_clause_stay_a_quote():
    article = parse("Cllr Seamus Dunleavy said he told Bridget 'the vote is lost' before the meeting.")
    assert [q.text for q in article.quotes] == ["the vote is lost"]


# --- "..., a claim the minister dismissed as “...”" ---------------------------------------------------

_DEBATE = [
    "Health Minister Rosalind Achterberg said the new wards would open in May.",
    "Opposition health spokesman Callum Derwent said the wards were years late.",
]


@pytest.mark.parametrize("subject", ["the minister", "Ms Achterberg", "she"])
def test_a_clause_on_a_noun_after_a_comma_gives_the_words_to_its_subject(subject):
    blocks = [*_DEBATE, f"Mr Derwent said the wards had no staff, a claim {subject} dismissed as “scaremongering”."]
    assert speaker("scaremongering", *blocks) == "Rosalind Achterberg"


def test_a_clause_on_a_noun_whose_subject_is_an_organisation_has_no_speaker():
    blocks = [*_DEBATE, "Mr Derwent said the wards had no staff, a claim the department described as “false”."]
    assert speaker("false", *blocks) is None


def test_a_which_clause_after_the_speaker_stays_his():
    blocks = [*_DEBATE, "Mr Derwent attacked the rollout, which he described as “a shambles”."]
    assert speaker("a shambles", *blocks) == "Callum Derwent"


# --- parties, seats and members in the plural are not people ----------------------------------------


def test_a_maori_party_before_its_co_leader_is_not_a_person():
    blocks = ["Te Pāti Māori co-leader Hone Takerei said the party would repeal the law “at the first chance”."]
    assert names(*blocks) == ["Hone Takerei"]
    assert speaker("at the first chance", *blocks) == "Hone Takerei"


@pytest.mark.parametrize("member", ["MLA", "MP", "member", "TD"])
def test_the_seat_after_a_member_for_is_not_a_person(member):
    blocks = ["Garnet Okonkwo spoke first.", f"Okonkwo, the {member} for Tamarack Hollow, said families were let down."]
    assert names(*blocks) == ["Garnet Okonkwo"]


def test_a_spokeswoman_for_a_person_still_names_the_person():
    assert names("A spokeswoman for Garnet Okonkwo said he was recovering.") == ["Garnet Okonkwo"]


@pytest.mark.parametrize("group", ["Opposition MPs", "Government TDs", "Senior MSPs"])
def test_members_in_the_plural_are_not_a_person(group):
    assert names(f"{group} walked out of the chamber as Speaker Garnet Okonkwo called for order.") == ["Garnet Okonkwo"]


# --- a role in the lede whose holder is named just after --------------------------------------------


@pytest.mark.parametrize(
    "lede",
    [
        "Tamworth Base Hospital has declared an internal emergency, with the state's health secretary "
        "saying it is “full to the rafters”.",
        "The health secretary says Tamworth Base Hospital is “full to the rafters”.",
    ],
)
def test_a_role_in_the_lede_is_the_holder_named_in_the_next_paragraph(lede):
    blocks = [
        lede,
        "Health Secretary Marguerite Vandenberg told a hearing on Monday that 41 patients were waiting.",
        "“We are stretched,” Ms Vandenberg says.",
    ]
    assert speaker("full to the rafters", *blocks) == "Marguerite Vandenberg"


def test_a_role_in_the_lede_no_one_named_after_holds_has_no_speaker():
    blocks = [
        "The coroner said the death of a Tamworth man was “entirely avoidable”.",
        "Health Minister Marguerite Vandenberg said she would read the findings.",
    ]
    assert speaker("entirely avoidable", *blocks) is None


# --- "Minister for <portfolio>" before a name whose given name is not a common one ------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Minister for Education Rua Costigan said there would be no cuts.", "Rua Costigan"),
        ("Minister for Further Education Tadgh Ó Beaglaoich said there would be no cuts.", "Tadgh Ó Beaglaoich"),
        ("Minister of Finance Dunmore Achterberg said there would be no cuts.", "Dunmore Achterberg"),
    ],
)
def test_the_name_after_an_office_for_a_portfolio_is_its_last_two_words(sentence, name):
    assert names(sentence) == [name]


def test_an_office_for_a_portfolio_alone_names_no_one():
    assert names("The Minister for Further Education said there would be no cuts.") == []


# --- "said Minister for <portfolio> X" after the words ------------------------------------------------


@pytest.mark.parametrize(
    "tag",
    [
        "said Minister for Enterprise Siobhán Kilbride.",
        "said the Minister for Enterprise, Siobhán Kilbride.",
        "said Secretary of State Siobhán Kilbride.",
    ],
)
def test_an_office_for_a_portfolio_after_said_is_the_speakers_title(tag):
    assert speaker("There will be no cuts", f"“There will be no cuts,” {tag}") == "Siobhán Kilbride"


def test_a_spokesman_for_a_minister_for_a_portfolio_is_not_the_minister():
    blocks = ["“There will be no cuts,” said a spokesman for Minister for Enterprise Siobhán Kilbride."]
    assert speaker("There will be no cuts", *blocks) is None


# --- TD, MLA, MSP ... are roles, as MP is ----------------------------------------------------------


@pytest.mark.parametrize("member", ["TD", "MLA", "MSP", "MPP"])
def test_the_member_of_another_parliament_is_the_one_so_titled(member):
    blocks = [
        f"Labour {member} Fionnghuala Tarrant said the cuts were wrong.",
        "Councillor Sinéad Borrowdale said they were fair.",
        f"The {member} said: “We will fight this all the way.”",
    ]
    assert speaker("We will fight this all the way", *blocks) == "Fionnghuala Tarrant"


def test_a_statement_from_a_member_is_the_members():
    assert speaker("We will appeal", "“We will appeal,” a statement from MLA Fionnghuala Tarrant said.") == (
        "Fionnghuala Tarrant"
    )


def test_a_touchdown_pass_is_not_a_title():
    blocks = ["Brayden Ostrowski threw a TD pass to Kellan Voss in the third quarter. “It was perfect,” Voss said."]
    assert names(*blocks) == ["Brayden Ostrowski", "Kellan Voss"]


# --- "<member> for <seat> <name>" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Independent TD for Kerry Dónal Ó Ceallacháin said farmers were “ignored”.", "Dónal Ó Ceallacháin"),
        ("Labour TD for Wexford North Ellen Maguire-Tobin said farmers were “ignored”.", "Ellen Maguire-Tobin"),
        ("Independent Member for Clark Tamsin Bramwell-Hoy said farmers were “ignored”.", "Tamsin Bramwell-Hoy"),
    ],
)
def test_the_seat_after_member_for_is_left_out_of_the_name(sentence, name):
    assert names(sentence) == [name]
    assert speaker("ignored", sentence) == name


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Minister of State at the Department of Agriculture Pippa Ní Lochlainn said farmers were paid.",
            "Pippa Ní Lochlainn",
        ),
        ("Minister for Agriculture Pippa Nolan said farmers were paid.", "Pippa Nolan"),
    ],
)
def test_a_long_office_or_a_surname_like_a_given_name_keeps_the_name(sentence, name):
    assert names(sentence) == [name]


# --- a sitting after "during" ----------------------------------------------------------------------------


def test_a_sitting_after_during_is_not_a_person():
    blocks = ["Deputy Órfhlaith Keaveney raised the issue during Topical Issues, saying farmers were waiting."]
    assert names(*blocks) == ["Órfhlaith Keaveney"]


def test_a_persons_speech_after_during_keeps_the_person():
    assert names("Tomás Brennock interrupted during Órfhlaith Keaveney's speech.") == [
        "Tomás Brennock",
        "Órfhlaith Keaveney",
    ]


def test_an_office_of_a_place_opening_with_a_non_name_word_keeps_the_name_apart():
    assert names("Mayor of Greater Tamworth Ottilie Brannagh said fares would be frozen.") == ["Ottilie Brannagh"]


# --- "she shot back", "he hit back" after the words ---------------------------------------------------


@pytest.mark.parametrize("tag", ["she shot back", "she hit back"])
def test_a_pronoun_and_an_irregular_verb_with_back_is_a_tag(tag):
    blocks = [
        "Councillor Aled Pryddoch said the decision was wrong.",
        "Councillor Nerys Talfan said it was right.",
        "‘You were not even at the meeting,’ Councillor Pryddoch told her.",
        f"‘I read the minutes,’ {tag}.",
    ]
    assert speaker("I read the minutes", *blocks) == "Nerys Talfan"
