"""Speakers on unseen text, each rule on an invented example: words a crowd shouts or a sign
shows (no speaker), pronouns and their gender, replies, roles and recency, continuations, written
words with a named author, and speakers named after their words."""

import pytest

from .helpers import parse, quotes_by_text


def speaker(text, *blocks):
    return quotes_by_text(parse(*blocks))[text].speaker


# --- chants, shouts and signs have no speaker ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Tessa Marlowe scored twice, and chants of “We want Tessa!” rang round the ground.", "We want Tessa!"),
        ("Ivo Brandt spoke for ten minutes before shouts of “Liar!” drowned him out.", "Liar!"),
        ("The away end broke into a chant of “Cheat-er!” aimed at Ivo Brandt.", "Cheat-er!"),
        ("“We will appeal,” Ana Ruiz told reporters near banners reading “Save our pool”.", "Save our pool"),
        ("Ana Ruiz said she found a sign taped to the gate reading “NO ENTRY AFTER DARK”.", "NO ENTRY AFTER DARK"),
    ],
)
def test_words_a_crowd_shouts_or_a_sign_shows_have_no_speaker(sentence, words):
    assert speaker(words, sentence) is None


def test_the_second_of_two_shouts_has_no_speaker_either():
    blocks = ["“We did our best,” Ivo Brandt said, before cries of “Rubbish!” and “Who paid you?” rose."]
    quotes = quotes_by_text(parse(*blocks))
    assert quotes["We did our best"].speaker == "Ivo Brandt"
    assert quotes["Rubbish!"].speaker is None
    assert quotes["Who paid you?"].speaker is None
