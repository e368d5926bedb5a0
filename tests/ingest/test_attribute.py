"""Stage 5 (attribution): each cue form, pronouns, roles, surnames, continuation, organisations."""

from .helpers import parse, quotes_by_text


def speaker(text, *blocks):
    return quotes_by_text(parse(*blocks))[text].speaker


def test_name_then_said_after_the_quote():
    assert speaker("We are ready", "\u201cWe are ready,\u201d Ana Lopes said.") == "Ana Lopes"


def test_said_then_name_after_the_quote():
    assert speaker("We are ready", "\u201cWe are ready,\u201d said Ana Lopes.") == "Ana Lopes"


def test_name_with_appositive_then_said():
    q = quotes_by_text(parse("\u201cWe are ready,\u201d Ana Lopes, the city's finance director, said."))["We are ready"]
    assert q.speaker == "Ana Lopes" and q.verb == "said"


def test_name_said_before_the_quote():
    assert speaker("We are ready", "Ana Lopes said: \u201cWe are ready.\u201d") == "Ana Lopes"


def test_according_to():
    assert speaker("a bold step", "The plan is \u201ca bold step,\u201d according to Ana Lopes.") == "Ana Lopes"


def test_told_reuters():
    assert speaker("We are ready", "\u201cWe are ready,\u201d Ana Lopes told Reuters.") == "Ana Lopes"


def test_said_in_a_statement():
    assert speaker("We are ready", "\u201cWe are ready,\u201d Ana Lopes said in a statement.") == "Ana Lopes"


def test_pronoun_resolves_to_the_earlier_person():
    q = quotes_by_text(parse("Mayor Tom Hale spoke on Monday.", "\u201cWe are ready,\u201d he declared."))["We are ready"]
    assert q.speaker == "Tom Hale" and q.cue == "pronoun"


def test_pronoun_skips_a_person_of_the_other_pronoun():
    article = parse(
        "Ana Lopes said she backed the plan. Tom Hale, the council leader, also spoke.",
        "\u201cIt is overdue,\u201d she added.",
    )
    assert quotes_by_text(article)["It is overdue"].speaker == "Ana Lopes"


def test_role_resolves_to_the_person_holding_it():
    q = quotes_by_text(parse("Governor Ann Ruiz signed the bill.", "\u201cIt is law now,\u201d the governor said."))["It is law now"]
    assert q.speaker == "Ann Ruiz" and q.cue == "role"


def test_surname_resolves_to_the_full_person():
    q = quotes_by_text(parse("Coach Paulo Bento named his team.", "\u201cThey earned it,\u201d Bento said."))["They earned it"]
    assert q.speaker == "Paulo Bento" and q.cue == "surname"


def test_second_quote_in_the_paragraph_continues_the_speaker():
    article = parse("\u201cWe won,\u201d Ana Lopes said. \u201cIt was close.\u201d")
    assert quotes_by_text(article)["It was close"].speaker == "Ana Lopes"


def test_paragraph_quote_without_a_cue_continues_the_previous_speaker():
    article = parse("\u201cWe won,\u201d Ana Lopes said.", "\u201cIt was close all night.\u201d")
    q = quotes_by_text(article)["It was close all night"]
    assert q.speaker == "Ana Lopes" and q.cue == "continuation"


def test_organisation_speaker_is_none():
    assert speaker("We deny it", "\u201cWe deny it,\u201d the company said.") is None


def test_named_organisation_speaker_is_none():
    assert speaker("We deny it", "\u201cWe deny it,\u201d Acme Robotics said in a statement.") is None


def test_unattributed_chant_is_none():
    assert speaker("Save our parks", "Marchers chanted, \u201cSave our parks,\u201d outside.") is None


def test_subject_of_the_sentence_speaks_a_partial_quote():
    assert speaker("finish the job", "Ana Lopes vowed to \u201cfinish the job\u201d this year.") == "Ana Lopes"


def test_multi_paragraph_quote_keeps_its_attribution():
    article = parse("\u201cThe first part ends here,\u201d Ana Lopes said. \u201cA second part.", "\u201cAnd the end.\u201d")
    q = quotes_by_text(article)["A second part. \u201cAnd the end".replace(" \u201c", " ")]
    assert q.speaker == "Ana Lopes" and q.end_block_index == 1


def test_supporters_chanting_is_no_person():
    assert speaker("Sack the board", "Tom Hale was booed, with supporters chanting, \u201cSack the board,\u201d at the end.") is None


def test_sign_that_said_is_no_person():
    assert speaker("No more cuts", "Ana Lopes marched with residents holding signs that said, \u201cNo more cuts.\u201d") is None


def test_adverb_between_and_and_told_keeps_the_subject():
    assert speaker(
        "as soon as possible",
        "Mayor Ana Lopes met Governor Tom Hale and later told reporters the work would start \u201cas soon as possible.\u201d",
    ) == "Ana Lopes"


def test_quoted_him_as_saying():
    assert speaker(
        "do everything",
        "Mayor Tom Hale spoke on Monday.",
        "The agency quoted him as saying the city would \u201cdo everything\u201d to help.",
    ) == "Tom Hale"


def test_name_and_any_verb_closing_the_sentence():
    assert speaker("That is not true at all", "Ana Lopes spoke first.", "\u201cThat is not true at all,\u201d Tom Hale shot back.") == "Tom Hale"


def test_the_nationality_noun_refers_to_the_last_person():
    assert speaker("We lost", "Marco Bellini played badly.", "\u201cWe lost,\u201d the Italian said.") == "Marco Bellini"


def test_the_role_after_an_unnamed_one_is_no_person():
    assert speaker(
        "No comment",
        "Ana Lopes left early. A senior official, who asked not to be named, said talks went on. \u201cNo comment,\u201d the official said.",
    ) is None


def test_quote_opening_a_sentence_goes_to_the_previous_subject():
    assert speaker(
        "Why would we say no to that?",
        "Ana Lopes spoke first.",
        "Asked about the plan, she smiled. \u201cWhy would we say no to that?\u201d",
    ) == "Ana Lopes"


def test_possessive_owner_is_not_the_topic_for_a_pronoun():
    assert speaker(
        "He is sorry",
        "Tom Hale declined to speak.",
        "Hale\u2019s lawyer, Ana Lopes, asked for mercy. \u201cHe is sorry,\u201d she said.",
    ) == "Ana Lopes"
