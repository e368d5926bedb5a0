"""Stage 3 (quotes): spans, marks, pairing across paragraphs, partial or full, scare quotes."""

import pytest

from articles.ingest.quotes import find_spans, judge


def spans(*paragraphs, deck=()):
    texts = list(paragraphs)
    return [s for s in judge(find_spans(list(deck), texts), list(deck), texts) if s.is_quote]


def texts(*paragraphs, deck=()):
    return [s.text for s in spans(*paragraphs, deck=deck)]


def test_curly_quotes():
    assert texts("\u201cWe will win,\u201d she said.") == ["We will win,"]


def test_straight_quotes():
    assert texts('"We will win," she said.') == ["We will win,"]


def test_quote_opening_curly_and_closing_straight():
    assert texts('\u201cWe will win," she said. "Not this time\u201d, he said.') == ["We will win,", "Not this time"]


def test_nested_single_quotes_stay_inside():
    assert texts("\u201cHe told me \u2018never again\u2019 and left,\u201d she said.") == [
        "He told me \u2018never again\u2019 and left,"
    ]


def test_offsets_point_at_the_content():
    text = "Smith said: \u201cIt is done.\u201d"
    (span,) = spans(text)
    assert text[span.start : span.end] == "It is done."


def test_quote_over_two_paragraphs_is_one_quote_joined_by_a_space():
    (span,) = spans("\u201cThe first part ends here.", "\u201cThe second part closes it,\u201d he said.")
    assert span.text == "The first part ends here. The second part closes it,"
    assert (span.index, span.end_index) == (0, 1)


def test_unclosed_quote_at_the_end_is_kept_to_the_paragraph_end():
    (span,) = spans("He said: \u201cThis never closes")
    assert span.text == "This never closes"
    assert not span.closed


def test_partial_quote_inside_a_sentence():
    (span,) = spans("The mayor called the plan \u201ca bold step forward\u201d on Monday.")
    assert span.is_partial


def test_complete_sentence_introduced_by_a_comma_is_not_partial():
    (span,) = spans("The mayor said, \u201cWe are ready to start.\u201d")
    assert not span.is_partial


def test_quote_opening_the_paragraph_is_not_partial():
    (span,) = spans("\u201cWe are ready,\u201d the mayor said.")
    assert not span.is_partial


def test_question_and_exclamation_quotes():
    assert texts("She asked, \u201cWhy now?\u201d He replied, \u201cBecause we must!\u201d") == [
        "Why now?",
        "Because we must!",
    ]


def test_scare_quote_single_word_is_ignored():
    assert texts("The so-called \u201cgreen\u201d tax starts in May.") == []


def test_single_word_with_a_reporting_verb_is_a_quote():
    assert texts("Jones said critics have \u201cmisread\u201d the plan.") == ["misread"]


def test_title_of_a_work_is_ignored():
    assert texts("The band played \u201cDancing in the Dark\u201d at the rally.") == []


def test_capitalised_slogan_introduced_by_a_comma_is_a_quote():
    assert texts("Marchers chanted, \u201cHands Off Our Parks,\u201d outside.") == ["Hands Off Our Parks,"]


def test_quotes_in_the_deck_are_found():
    (span,) = spans("Body text.", deck=["Mayor vows to \u201cfinish the job\u201d this year"])
    assert span.seg == "deck" and span.text == "finish the job" and span.is_partial


def test_name_after_code_named_is_not_a_quote():
    assert not texts("The project, code-named \u201cAurora,\u201d starts in May.")


def test_paper_titled_is_not_a_quote():
    assert not texts("The paper, titled \u201cEffects of heat on small mammals,\u201d appeared on Monday.")


# --- single marks, short quotations ---------------------------------------------------------


def test_single_marked_exclamation_in_a_double_mark_article_is_a_quote():
    found = texts("\u201cWe stayed,\u201d Ona Brill said.", "Then a man yelled \u2018Get out!\u2019 and ran.")
    assert "Get out!" in found


def test_single_marked_scare_word_in_a_double_mark_article_is_not_a_quote():
    found = texts(
        "\u201cWe stayed,\u201d Ona Brill said.", "Critics called the meeting a \u2018shambles\u2019 on Friday."
    )
    assert found == ["We stayed,"]


def test_single_marked_fragment_after_a_reporting_verb_is_a_quote():
    found = texts(
        "\u201cWe stayed,\u201d Ona Brill said.", "Ivo Tamm said the plan was \u2018utter nonsense\u2019 on Friday."
    )
    assert "utter nonsense" in found


def test_apostrophe_inside_a_double_quotation_does_not_close_it():
    assert texts("\u201cThe fans\u2019 choir sang,\u201d Ona Brill said.") == ["The fans\u2019 choir sang,"]


def test_one_word_sentence_is_a_quote():
    assert texts("Ona Brill shook her head.", "\u201cNever.\u201d") == ["Never."]


def test_two_lower_case_words_are_a_quoted_fragment():
    assert texts(
        "Ona Brill was in the middle of her shop\u2019s \u201cbusiest week\u201d when the lights went out."
    ) == ["busiest week"]


def test_two_words_after_a_determiner_are_a_scare_quote():
    assert texts("The town tried the \u201ctough love\u201d approach.") == []


def test_words_of_a_sign_are_a_quote():
    assert texts("A sign on the gate read \u201cKeep out\u201d all week.") == ["Keep out"]


@pytest.mark.parametrize(
    ("deck", "expected"),
    [
        ("Judge calls the scheme a \u2018betrayal of trust\u2019 today", ["betrayal of trust"]),
        ("Governor says the bank will go \u2018one meeting at a time\u2019", ["one meeting at a time"]),
        (
            "\u2018I just kept telling myself to stay put,\u2019 the hiker said",
            ["I just kept telling myself to stay put,"],
        ),
        ("Locals blame rising rents and \u2018tired feet\u2019", []),  # no one says it
        ("Gang leader known as \u2018Papi Chulo\u2019 charged in raid", []),  # a name
        ("Colleagues say he is \u2018dreaming\u2019", ["dreaming"]),  # one word after a verb of saying
    ],
)
def test_single_marks_in_a_deck_line_are_headline_style_speech_marks(deck, expected):
    """A deck (standfirst) quotes in single marks as a headline does, whatever marks the body uses."""
    assert texts("\u201cWe stayed,\u201d Ona Brill said.", deck=[deck]) == [*expected, "We stayed,"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Ruiz told the broadcaster\u2019s \u201cOtto e mezzo\u201d talk show that the law was cruel.",
        "She now hosts the \u201ckitchen nights\u201d podcast every Friday.",
        "Tom Reyes compiled a 300-page history, \u201cA Hundred Years on the Hill\u201d, which was launched on Friday.",
    ],
)
def test_a_title_before_a_noun_for_a_work_or_after_one_is_not_a_quote(sentence):
    assert texts(sentence) == []


def test_words_before_an_ordinary_noun_are_still_a_quote():
    assert texts("Ada Ruiz said the plan was \u201cdead on arrival\u201d and the show was over.") == ["dead on arrival"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "\u2018People keep askin\u2019 me when I\u2019m gonna stop,\u2019 she said.",
            ["People keep askin\u2019 me when I\u2019m gonna stop,"],
        ),
        (
            "\u2018It was rock \u2019n\u2019 roll all the way round.\u2019",
            ["It was rock \u2019n\u2019 roll all the way round."],
        ),
        # a word of its own in "-in" still closes: the next mark opens another quotation
        (
            "She called it \u2018a disgrace to the robin\u2019 but \u2018brilliant\u2019 otherwise.",
            ["a disgrace to the robin", "brilliant"],
        ),
    ],
)
def test_a_word_cut_short_with_an_apostrophe_does_not_close_a_single_quoted_passage(paragraph, expected):
    assert texts(paragraph) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Zeta raised the stock to \u201cneutral\u201d from \u201cunderweight\u201d on Monday.",
        "Ada Ruiz kept her \u2018buy\u2019 rating on the shares.",
        "Zeta downgraded the bank to \u201cequal weight,\u201d citing costs.",
    ],
)
def test_an_analysts_rating_is_a_term_of_the_trade_not_a_quote(sentence):
    assert texts(sentence) == []


def test_a_rating_word_said_outside_talk_of_ratings_is_still_a_quote():
    assert texts("Her advice to the family was simple: \u201cSell.\u201d") == ["Sell."]


@pytest.mark.parametrize("known", ["known as", "known to generations of players as", "Known to friends as"])
def test_a_name_after_known_as_is_not_a_quote_even_with_a_cue_in_the_sentence(known):
    assert texts(f"Abe Merriweather, {known} \u201cDoc,\u201d died Monday at 91, his family said.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fans chanted \u201cKesby Zindabad\u201d all night.", ["Kesby Zindabad"]),
        ("The stand chanted \u201cTomas, Tomas, Lindqvist\u201d at the end.", ["Tomas, Tomas, Lindqvist"]),
        ("The crowd sang \u201cMeghna, Meghna\u201d as she walked off.", ["Meghna, Meghna"]),
        ("The choir sang \u201cAmazing Grace\u201d at the service.", []),  # a song's title
    ],
)
def test_chanted_words_are_a_quote_however_capitalised(sentence, expected):
    assert texts(sentence) == expected
