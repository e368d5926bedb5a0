"""Business, markets, technology and health wire copy, each rule on an invented example: companies
named by an industry word."""

import pytest

from .helpers import names, speaker

# --- a company named by its industry word is not a person ------------------------------------------


@pytest.mark.parametrize(
    "sentence, company",
    [
        ("Rival Tarrant Micro has been winning orders, said analyst Ines Marwood.", "Tarrant Micro"),
        ("“Demand is soft,” said Ines Marwood of Ollerton Markets in London.", "Ollerton Markets"),
        ("The powder is made by Brisley Nutrition at a plant in Ohio, Ines Marwood said.", "Brisley Nutrition"),
        ("Zinc producer Corrin Metals rose 4%, Ines Marwood said.", "Corrin Metals"),
        ("“Prices will fall,” said Ines Marwood, a partner at consultancy Dunmore Advisory.", "Dunmore Advisory"),
        ("Tokyo-listed Kesby Electron fell 8%, Ines Marwood said.", "Kesby Electron"),
        ("Harlow Precision lost 6% in Seoul, Ines Marwood said.", "Harlow Precision"),
        ("Scooter maker Dunmore Mobility filed for a listing, Ines Marwood said.", "Dunmore Mobility"),
        ("Kesby Renewables and Harlow Footwear cut jobs, Ines Marwood said.", "Kesby Renewables"),
    ],
)
def test_a_company_named_by_its_industry_word_is_not_a_person(sentence, company):
    found = names(sentence)
    assert company not in found
    assert "Ines Marwood" in found


def test_a_company_named_by_its_industry_word_does_not_take_its_chairman_s_words():
    blocks = [
        "Lithium producer Yarrow Minerals agreed to the deal. Its chairman, Ines Marwood, backed it.",
        "“The price is fair,” she said.",
    ]
    assert speaker("The price is fair", *blocks) == "Ines Marwood"


# --- a firm described by its trade in apposition stays a firm ---------------------------------------


@pytest.mark.parametrize(
    "sentence, firm",
    [
        ("“Demand is soft,” said Ines Marwood of Ollerton Securities, a broker.", "Ollerton Securities"),
        ("Ines Marwood of Kesby Capital, an asset manager, said demand was soft.", "Kesby Capital"),
        ("Dunmore Advisers, a consultancy, hired Ines Marwood last year.", "Dunmore Advisers"),
    ],
)
def test_a_firm_described_by_its_trade_in_apposition_is_not_a_person(sentence, firm):
    assert names(sentence) == ["Ines Marwood"]


def test_a_person_described_by_a_trade_in_apposition_stays_a_person():
    assert names("“Demand is soft,” said Ines Marwood, a broker at Ollerton Securities.") == ["Ines Marwood"]


# --- a compound of two offices is a title -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "“The plant is good news,” said Harlan County Judge-Executive Roy Pettibone.",
        "“The plant is good news,” said union Secretary-Treasurer Roy Pettibone.",
    ],
)
def test_a_hyphenated_compound_of_two_offices_is_a_title_before_the_name(sentence):
    assert names(sentence) == ["Roy Pettibone"]
    assert speaker("The plant is good news", sentence) == "Roy Pettibone"


def test_a_double_barrelled_surname_of_two_trade_words_stays_a_name():
    blocks = ["Ana Carpenter-Bishop runs the firm.", "“We are hiring,” said Carpenter-Bishop."]
    assert names(*blocks) == ["Ana Carpenter-Bishop"]
    assert speaker("We are hiring", *blocks) == "Ana Carpenter-Bishop"


# --- a person described by a thing noun and a people noun -------------------------------------------


@pytest.mark.parametrize("role", ["a software tester", "a car worker", "a grain trader"])
def test_a_people_noun_after_a_thing_noun_heads_the_apposition(role):
    blocks = [f"Ines Marwood, {role}, bought shares last week.", "“I had been watching,” she said."]
    assert names(*blocks) == ["Ines Marwood"]
    assert speaker("I had been watching", *blocks) == "Ines Marwood"


def test_a_thing_in_apposition_stays_a_thing():
    assert names("Dunmore Software, a software firm, hired Ines Marwood.") == ["Ines Marwood"]


# --- where a person in apposition is from ---------------------------------------------------------


@pytest.mark.parametrize("role", ["a software tester", "a retired analyst", "a tester"])
def test_a_name_after_a_people_noun_and_from_is_a_place(role):
    blocks = [f"Ines Marwood, {role} from Rose Valley, bought shares last week."]
    assert names(*blocks) == ["Ines Marwood"]


def test_a_name_after_a_people_noun_and_from_that_owns_something_stays_a_person():
    assert "Ines Marwood" in names("The analyst from Ines Marwood's team spoke first.")


# --- initials in marks as a nickname do not end the sentence --------------------------------------


@pytest.mark.parametrize("nick", ["“T.J.”", "‘R.J.’"])
def test_initials_in_marks_do_not_cut_the_speaker_off_the_quote(nick):
    sentence = f"“Costs must fall,” union vice president Teresa {nick} Vollmer said in a statement."
    assert speaker("Costs must fall", sentence) == "Teresa Vollmer"


def test_a_stop_after_a_quoted_word_still_ends_the_sentence():
    blocks = ["Ines Marwood rated the stock “sell.” Tom Galloway disagreed.", "“It is cheap,” he said."]
    assert speaker("It is cheap", *blocks) == "Tom Galloway"


# --- a first name only, the surname withheld after a description ------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Rosalind, a 64-year-old former bank clerk in Dunmore who asked that her surname not be used,",
        "Rosalind, a patient who joined the trial in 2021 and requested that her last name be withheld,",
    ],
)
def test_a_first_name_whose_surname_is_withheld_after_a_description_is_a_person(opening):
    blocks = [
        "Dr. Ines Marwood, who led the trial, called the result “an important step.”",
        f"{opening} said she had wanted to know her risk. “My mother had it,” she said.",
    ]
    assert "Rosalind" in names(*blocks)
    assert speaker("My mother had it", *blocks) == "Rosalind"


def test_a_place_named_like_a_given_name_before_a_description_is_not_a_person():
    assert names("Florence, a city that asked visitors to stay away, was quiet, Ines Marwood said.") == ["Ines Marwood"]


# --- a given name that is a title word, before a quoted nickname ------------------------------------


@pytest.mark.parametrize("nick", ["“Deano”", '"Deano"'])
def test_a_given_name_that_is_a_title_word_before_a_nickname_opens_the_name(nick):
    sentence = f"“Bookings drop every bleaching year,” said Dean {nick} Fairlie, who runs dive tours."
    assert names(sentence) == ["Dean Fairlie"]
    assert speaker("Bookings drop every bleaching year", sentence) == "Dean Fairlie"


def test_a_title_before_a_name_with_a_nickname_stays_a_title():
    sentence = "“Bookings drop,” said Dean Ana “Annie” Fairlie of the business school."
    assert names(sentence) == ["Ana Fairlie"]


# --- a minister for a portfolio, then a given name the list lacks -----------------------------------


@pytest.mark.parametrize("office", ["Minister for Enterprise", "Minister of Finance", "Secretary of State for Energy"])
def test_a_portfolio_then_an_unlisted_given_name_and_a_surname_is_a_titled_person(office):
    sentence = f"{office} Orlaith Brannigan said she was “deeply disappointed” by the closures."
    assert names(sentence) == ["Orlaith Brannigan"]
    assert speaker("deeply disappointed", sentence) == "Orlaith Brannigan"


def test_a_body_named_for_a_portfolio_stays_a_body():
    sentence = "The Institute for Health Policy said costs rose, Orlaith Brannigan said."
    assert names(sentence) == ["Orlaith Brannigan"]


# --- a fund's name is not a person -------------------------------------------------------------------


def test_a_capitalised_run_before_fund_names_a_fund():
    sentence = "Ines Marwood will take over the Dunmore Equity Income fund, the firm said."
    assert names(sentence) == ["Ines Marwood"]


def test_a_person_who_funds_something_stays_a_person():
    assert names("Ines Marwood funds the club, Tom Galloway said.") == ["Ines Marwood", "Tom Galloway"]


# --- one word with a capital inside is a brand ------------------------------------------------------


@pytest.mark.parametrize("brand", ["AutoPulse", "DataSpark"])
def test_one_word_with_a_capital_inside_after_a_role_noun_is_a_brand(brand):
    sentence = f"Sales rose 7%, according to industry researcher {brand}, Ines Marwood said."
    assert names(sentence) == ["Ines Marwood"]


@pytest.mark.parametrize("surname", ["McKay", "MacLeod", "FitzGerald", "DeLuca"])
def test_a_surname_with_a_particle_capital_stays_a_name(surname):
    blocks = [f"Ines {surname} chairs the board.", f"“Sales rose,” {surname} said."]
    assert names(*blocks) == [f"Ines {surname}"]
    assert speaker("Sales rose", *blocks) == f"Ines {surname}"


# --- a bare surname that is a thing word, after a comma ----------------------------------------------


@pytest.mark.parametrize("opening", ["Asked about that,", "Pressed on this,"])
def test_a_bare_surname_that_is_a_thing_word_after_a_comma_names_the_person(opening):
    blocks = [
        "Hanseo Energy chief executive Park Min-jae opened the plant.",
        f"{opening} Park said the deals covered “most of the plant's capacity.”",
    ]
    assert speaker("most of the plant's capacity", *blocks) == "Park Min-jae"


def test_a_thing_word_after_the_stays_a_thing():
    blocks = ["Hanseo Energy chief executive Park Min-jae opened the plant.", "Crowds filled the Park on Sunday."]
    assert names(*blocks) == ["Park Min-jae"]


# --- trades before a name ---------------------------------------------------------------------------


@pytest.mark.parametrize("trade", ["winemaker", "beekeeper", "sommelier"])
def test_a_trade_before_a_name_is_a_title_and_its_holder_takes_the_pronoun(trade):
    blocks = [
        "Growers test varieties such as Portugal's Touriga Nacional and Greece's Assyrtiko.",
        f"Nearby, {trade} Tomas Ibarrondo has started picking at night.",
        "“It is harder on the team,” he says.",
    ]
    assert "Tomas Ibarrondo" in names(*blocks)
    assert speaker("It is harder on the team", *blocks) == "Tomas Ibarrondo"


def test_a_trade_that_is_a_title_at_the_start_of_a_sentence_is_not_part_of_the_name():
    assert names("Winemaker Tomas Ibarrondo picks at night.") == ["Tomas Ibarrondo"]


# --- a place after its owner's possessive in an opening phrase ---------------------------------------


def test_a_name_after_an_opening_phrase_with_a_possessive_place_is_a_person():
    sentence = "In Chile's Maipo Valley, Tomas Ibarrondo has started picking at night."
    assert names(sentence) == ["Tomas Ibarrondo"]


def test_a_list_of_places_after_a_possessive_stays_places():
    sentence = "The firm sells wine in Chile's Maipo Valley, Casablanca Valley and Colchagua, Tomas Ibarrondo said."
    assert names(sentence) == ["Tomas Ibarrondo"]


# --- a document's words, signed in the next sentence ---------------------------------------------------


@pytest.mark.parametrize("noun", ["letter", "email", "statement"])
def test_a_documents_words_go_to_the_signer_named_in_the_next_sentence(noun):
    blocks = [
        "Kesby Outdoor warned suppliers of delays.",
        f"“Plan on the Cape route until June,” the {noun} said. It was signed by the firm's head of "
        "logistics, Orla Brannock.",
    ]
    assert speaker("Plan on the Cape route until June", *blocks) == "Orla Brannock"


def test_a_documents_words_do_not_go_to_the_one_it_was_written_to():
    blocks = ["“Plan on the Cape route until June,” the letter said. It was written by lawyers to Orla Brannock."]
    assert speaker("Plan on the Cape route until June", *blocks) is None
