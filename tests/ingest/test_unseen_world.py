"""International news on unseen text, each rule on an invented example: picture credits, names
and kinship terms from other naming traditions, eyewitnesses named once and officials with
foreign titles."""

import pytest

from articles.ingest.structure import split_credit

from .helpers import names, speaker

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
        "The ferry capsized near the quay. Photos by Ana Ruiz of the rescue were shared widely.",
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


# --- a pronoun opening the next sentence goes on about the one person just named ------------------


def test_a_she_after_a_sentence_naming_one_woman_in_passing_makes_her_the_topic():
    blocks = [
        "Health Minister Farah Osman told parliament the clinics would reopen by June.",
        "Among the doctor’s regular patients is Amina Warsame, a widow in her seventies. She comes every Monday.",
        "“My son sends money, but there is nothing to buy,” she said.",
    ]
    assert speaker("My son sends money, but there is nothing to buy", *blocks) == "Amina Warsame"


def test_a_run_of_quotations_stops_at_someone_a_he_goes_on_about():
    blocks = [
        "“The bridge is closed until further notice,” said Dawit Bekele, a police commander.",
        "The closure hit traders such as Tesfaye Girma, 52. He said he had lost a week of sales.",
        "“I have nothing left to sell,” he said.",
    ]
    assert speaker("I have nothing left to sell", *blocks) == "Tesfaye Girma"


def test_a_he_after_an_unnamed_someone_with_one_name_in_passing_is_not_that_name():
    blocks = [
        "“The bridge is closed until further notice,” said Dawit Bekele, a police commander.",
        "The commander praised Tesfaye Girma, 52. He said the traders had been patient.",
        "“They deserve better,” he said.",
    ]
    assert speaker("They deserve better", *blocks) == "Dawit Bekele"


# --- "the N-year-old" when no one was given that age ----------------------------------------------


def test_an_age_no_one_was_given_is_the_one_just_named_in_passing():
    blocks = [
        "DESSIE, Ethiopia — The flood reached Selam Haile’s door a little before dawn.",
        "“We ran with nothing, not even shoes,” the 45-year-old said outside a school now used as a shelter.",
    ]
    assert speaker("We ran with nothing, not even shoes", *blocks) == "Selam Haile"


def test_an_age_given_earlier_still_picks_the_one_given_it():
    blocks = [
        "Selam Haile, 45, sells injera at the bus station in Dessie.",
        "The flood reached her neighbour Dawit Bekele’s house first.",
        "“We ran with nothing, not even shoes,” the 45-year-old said.",
    ]
    assert speaker("We ran with nothing, not even shoes", *blocks) == "Selam Haile"


# --- "it reflected" is not a thing speaking ---------------------------------------------------------


@pytest.mark.parametrize("subject", ["it", "this"])
def test_words_a_thing_reflects_are_the_ones_of_who_said_so(subject):
    blocks = [
        "Finance Minister Wanjiku Mutua defended the budget on Tuesday. Asked about the rise in bread prices,"
        f" she said {subject} reflected “a temporary shock from abroad”.",
    ]
    assert speaker("a temporary shock from abroad", *blocks) == "Wanjiku Mutua"


def test_a_person_who_reflects_still_speaks():
    blocks = ["Wanjiku Mutua looked out over the harbour.", "“We were poorer then, but happier,” she reflected."]
    assert speaker("We were poorer then, but happier", *blocks) == "Wanjiku Mutua"


# --- a sentence going on after a description in commas is not a title -----------------------------


@pytest.mark.parametrize("clause", ["lost her husband in the flood", "took her son to Dhaka", "left her mother behind"])
def test_a_place_before_the_verb_of_the_sentence_is_not_a_person(clause):
    blocks = [f"Nasrin Akter, 52, a weaver from the village of Char Kukri, {clause}."]
    assert names(*blocks) == ["Nasrin Akter"]


def test_a_name_with_a_role_in_apposition_is_still_a_person():
    blocks = ["The boat belonged to Char Kukri, a fisherman from Bhola, who drowned in 2019."]
    assert names(*blocks) == ["Char Kukri"]


# --- a place or a body named before a lower-case noun of what it is --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tran Hoa has cooked on a corner of Hang Lua street since 1984.",
        "Tran Hoa buys her herbs at the Dong Xuan market every morning.",
        "Tran Hoa joined the unregistered Tanah Air movement last year.",
        "Tran Hoa watched ash rise from Gunung Tua volcano on Monday.",
    ],
)
def test_a_name_before_a_lower_case_place_or_body_noun_is_not_a_person(sentence):
    assert names(sentence) == ["Tran Hoa"]


# --- occupations and situations of people met in a story ------------------------------------------


@pytest.mark.parametrize("noun", ["housewife", "street vendor", "seamstress"])
def test_someone_named_after_an_occupation_is_the_subject_of_her_sentence(noun):
    blocks = [
        "District officer Datuk Ramli Osman said 40 relief centres had opened.",
        "“We expect more tonight,” he told reporters.",
        f"At the school hall, {noun} Rohana Yusof, 45, said she and her children had left by boat.",
        "“The water reached the window in two hours,” she said.",
    ]
    assert speaker("The water reached the window in two hours", *blocks) == "Rohana Yusof"


@pytest.mark.parametrize("noun", ["refugee", "evacuee", "migrant"])
def test_the_situation_noun_is_a_description_of_the_one_named(noun):
    blocks = [
        f"Hamid Rasuli, a {noun} from Herat, has lived in the camp since May.",
        f"“We wait, and we wait,” the {noun} said.",
    ]
    assert speaker("We wait, and we wait", *blocks) == "Hamid Rasuli"


# --- a description set off after a name and an age ------------------------------------------------


@pytest.mark.parametrize("noun", ["villager", "refugee"])
def test_a_description_after_a_name_and_an_age_describes_that_person(noun):
    blocks = [
        f"Hamid Rasuli, 34, an Afghan {noun}, has lived in the camp since May.",
        f"“We wait, and we wait,” the {noun} said.",
    ]
    assert speaker("We wait, and we wait", *blocks) == "Hamid Rasuli"


def test_a_description_after_a_number_that_is_not_an_age_is_someone_else():
    blocks = [
        "Hamid Rasuli counted the tents, 340, a refugee told us, were not enough.",
        "“We wait, and we wait,” the refugee said.",
    ]
    assert speaker("We wait, and we wait", *blocks) is None


# --- nationalities of the wider world -------------------------------------------------------------


@pytest.mark.parametrize("nationality", ["Costa Rican", "Sri Lankan", "Salvadoran", "Ugandan"])
def test_a_nationality_before_a_role_is_part_of_the_title_not_a_person(nationality):
    blocks = [f"The mission is led by former {nationality} foreign minister Beatriz Olmedo Araya."]
    assert names(*blocks) == ["Beatriz Olmedo Araya"]


def test_the_nationality_of_the_one_named_refers_back_to_her():
    blocks = [
        "Grace Nakato, a Ugandan nurse, has worked at the clinic since 2019.",
        "“We have no gloves left,” the Ugandan said.",
    ]
    assert speaker("We have no gloves left", *blocks) == "Grace Nakato"


# --- capitals standing for their governments ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, person",
    [
        (
            "Lt Gen Somsak Wongsa said the shells had come from across the border, a claim Phnom Penh rejected.",
            "Somsak Wongsa",
        ),
        (
            "“The border is calm,” Addis Ababa said in a statement, after Grace Nakato, a nurse, reported shelling.",
            "Grace Nakato",
        ),
        ("Maria Tesfaye flew home on Monday, officials in Dar es Salaam said.", "Maria Tesfaye"),
    ],
)
def test_a_capital_of_two_words_is_a_place_not_a_person(sentence, person):
    assert names(sentence) == [person]


# --- armed groups and aid agencies named like people ----------------------------------------------


@pytest.mark.parametrize("body", ["Boko Haram", "Médecins Sans Frontières", "Hayat Tahrir al-Sham", "Ansar Dine"])
def test_a_known_armed_group_or_agency_is_not_a_person(body):
    sentence = f"Amadou Diallo, the mayor, said {body} had been in the town for two weeks."
    assert names(sentence) == ["Amadou Diallo"]


# --- a role subject after a short opening adverbial -----------------------------------------------


@pytest.mark.parametrize("opening", ["Back in Nsanje, ", "Later that day, ", "Meanwhile, "])
def test_a_role_after_an_opening_adverbial_is_the_subject_the_pronoun_goes_back_to(opening):
    blocks = [
        "“The river took everything,” said Chief Kalumbi Nkhoma.",
        "“We need clean water today,” Red Cross worker Tiwonge Banda said.",
        f"{opening}the chief was organising young men with shovels.",
        "“We dig because we must,” he said.",
    ]
    assert speaker("We dig because we must", *blocks) == "Kalumbi Nkhoma"


# --- someone who gives only a surname -------------------------------------------------------------


@pytest.mark.parametrize(
    "intro",
    ["who gave only her surname, Ng,", "who gave only her family name, Ng,", "who gave her last name only as Ng,"],
)
def test_a_surname_given_by_request_names_the_speaker(intro):
    blocks = [
        f"A woman in her fifties, {intro} said she still had family in Kowloon.",
        "“I come, but I do not stand at the front,” she said.",
    ]
    assert speaker("I come, but I do not stand at the front", *blocks) == "Ng"


def test_a_short_capitalised_word_not_given_by_request_is_not_a_name():
    assert names("Tam Wing-kei said the TV station, known as Ho, had closed.") == ["Tam Wing-kei"]


# --- "a Bangladeshi called Shahidul": one name after a naming participle ---------------------------


@pytest.mark.parametrize("intro", ["a Bangladeshi called", "a Ghanaian named", "a welder called"])
def test_a_name_the_lists_do_not_know_after_someone_called_is_a_person(intro):
    blocks = [
        f"His foreman, {intro} Shahidul, said the company provided water.",
        "“We follow the rules,” Shahidul said.",
    ]
    assert speaker("We follow the rules", *blocks) == "Shahidul"


def test_a_boat_called_something_is_not_a_person():
    assert names("Ram Thapa said the crew used a boat called Tamarind to reach the village.") == ["Ram Thapa"]


# --- an age inside a longer epithet -----------------------------------------------------------------


@pytest.mark.parametrize("epithet", ["the 34-year-old Nepali mason", "the 34-year-old Kenyan bricklayer"])
def test_an_age_inside_a_longer_epithet_says_a_person(epithet):
    blocks = [
        "DUBAI — At midday, Ram Bahadur Thapa put down his trowel and walked to the only shade on the site.",
        f"“The body stops before the rule,” {epithet} said.",
    ]
    assert speaker("The body stops before the rule", *blocks) == "Ram Bahadur Thapa"


# --- "X, one of N things," --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "apposition", ["one of more than 120 active volcanoes in the archipelago", "one of the oldest towns on the coast"]
)
def test_a_name_described_as_one_of_some_things_is_not_a_person(apposition):
    assert names(f"Kota Tua, {apposition}, was evacuated on Monday, Budi Santoso said.") == ["Budi Santoso"]


@pytest.mark.parametrize("apposition", ["one of the last surgeons in the north", "one of three brothers"])
def test_a_name_described_as_one_of_some_people_is_a_person(apposition):
    assert names(f"Yousef Hamdan, {apposition}, said he was exhausted.") == ["Yousef Hamdan"]
