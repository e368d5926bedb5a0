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
