"""Business, technology, science and health news: kinds of error found on real articles (stop 30),
each rule on an invented example."""

import pytest

from .helpers import names, speaker

# --- initials run into a word name a firm, not a person ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The biggest lender, KLMorrow Chase, set aside reserves, said Ines Marwood.",
        "KLMorrow Chase posts a rise in profits, said Ines Marwood.",
        "DBKesby Marsh posts a rise in profits, said Ines Marwood.",
    ],
)
def test_initials_run_into_a_word_name_a_firm(sentence):
    assert names(sentence) == ["Ines Marwood"]


def test_a_firm_with_initials_run_into_a_word_is_no_speaker():
    blocks = [
        "“Demand is soft,” said Ines Marwood.",
        "The lender, KLMorrow Chase, set aside $2 billion, noting that its “central” scenario is a downturn.",
    ]
    assert speaker("central", *blocks) is None


def test_initials_as_a_given_name_stay_out_of_the_rule():
    assert names("“Demand is soft,” said TJ Marwood, and CJ Kesby agreed.") == ["TJ Marwood", "CJ Kesby"]
