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
