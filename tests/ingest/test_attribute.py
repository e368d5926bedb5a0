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
    q = quotes_by_text(parse("Mayor Tom Hale spoke on Monday.", "\u201cWe are ready,\u201d he declared."))[
        "We are ready"
    ]
    assert q.speaker == "Tom Hale" and q.cue == "pronoun"


def test_pronoun_skips_a_person_of_the_other_pronoun():
    article = parse(
        "Ana Lopes said she backed the plan. Tom Hale, the council leader, also spoke.",
        "\u201cIt is overdue,\u201d she added.",
    )
    assert quotes_by_text(article)["It is overdue"].speaker == "Ana Lopes"


def test_role_resolves_to_the_person_holding_it():
    q = quotes_by_text(parse("Governor Ann Ruiz signed the bill.", "\u201cIt is law now,\u201d the governor said."))[
        "It is law now"
    ]
    assert q.speaker == "Ann Ruiz" and q.cue == "role"


def test_surname_resolves_to_the_full_person():
    q = quotes_by_text(parse("Coach Paulo Bento named his team.", "\u201cThey earned it,\u201d Bento said."))[
        "They earned it"
    ]
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
    article = parse(
        "\u201cThe first part ends here,\u201d Ana Lopes said. \u201cA second part.", "\u201cAnd the end.\u201d"
    )
    q = quotes_by_text(article)["A second part. \u201cAnd the end".replace(" \u201c", " ")]
    assert q.speaker == "Ana Lopes" and q.end_block_index == 1


def test_supporters_chanting_is_no_person():
    assert (
        speaker(
            "Sack the board", "Tom Hale was booed, with supporters chanting, \u201cSack the board,\u201d at the end."
        )
        is None
    )


def test_sign_that_said_is_no_person():
    assert (
        speaker("No more cuts", "Ana Lopes marched with residents holding signs that said, \u201cNo more cuts.\u201d")
        is None
    )


def test_adverb_between_and_and_told_keeps_the_subject():
    assert (
        speaker(
            "as soon as possible",
            "Mayor Ana Lopes met Governor Tom Hale and later told reporters the work would start \u201cas soon as possible.\u201d",
        )
        == "Ana Lopes"
    )


def test_quoted_him_as_saying():
    assert (
        speaker(
            "do everything",
            "Mayor Tom Hale spoke on Monday.",
            "The agency quoted him as saying the city would \u201cdo everything\u201d to help.",
        )
        == "Tom Hale"
    )


def test_name_and_any_verb_closing_the_sentence():
    assert (
        speaker(
            "That is not true at all",
            "Ana Lopes spoke first.",
            "\u201cThat is not true at all,\u201d Tom Hale shot back.",
        )
        == "Tom Hale"
    )


def test_the_nationality_noun_refers_to_the_last_person():
    assert (
        speaker("We lost", "Marco Bellini played badly.", "\u201cWe lost,\u201d the Italian said.") == "Marco Bellini"
    )


def test_the_role_after_an_unnamed_one_is_no_person():
    assert (
        speaker(
            "No comment",
            "Ana Lopes left early. A senior official, who asked not to be named, said talks went on. \u201cNo comment,\u201d the official said.",
        )
        is None
    )


def test_quote_opening_a_sentence_goes_to_the_previous_subject():
    assert (
        speaker(
            "Why would we say no to that?",
            "Ana Lopes spoke first.",
            "Asked about the plan, she smiled. \u201cWhy would we say no to that?\u201d",
        )
        == "Ana Lopes"
    )


def test_possessive_owner_is_not_the_topic_for_a_pronoun():
    assert (
        speaker(
            "He is sorry",
            "Tom Hale declined to speak.",
            "Hale\u2019s lawyer, Ana Lopes, asked for mercy. \u201cHe is sorry,\u201d she said.",
        )
        == "Ana Lopes"
    )


# --- unseen-text kinds ------------------------------------------------------------------------


def test_short_clause_after_the_quote_with_a_titled_subject():
    assert (
        speaker("It does matter", "\u201cIt does matter,\u201d councillor Ana Lorca and others fired back.")
        == "Ana Lorca"
    )


def test_paragraph_opening_quote_after_a_paragraph_about_one_person():
    blocks = (
        "Mayor Ana Lorca walked through the flooded streets on Tuesday.",
        "\u201cWe will rebuild every house.\u201d",
    )
    assert speaker("We will rebuild every house", *blocks) == "Ana Lorca"


def test_object_of_a_relative_clause_is_not_the_speaker():
    block = "Bo Vetter, who coached Tim Bale for a decade, said: \u201cHe was the best.\u201d"
    assert speaker("He was the best", block) == "Bo Vetter"


def test_listener_after_told_is_not_the_speaker():
    assert speaker("It is over", "Bo Vetter told Tim Bale: \u201cIt is over.\u201d") == "Bo Vetter"


def test_spokesman_for_a_named_person_is_not_that_person():
    blocks = ("Coach Bo Vetter praised his players.", "\u201cIt is over,\u201d a spokesman for Vetter told reporters.")
    assert speaker("It is over", *blocks) is None


def test_unresolved_pronoun_falls_back_to_the_last_compatible_person_named():
    blocks = (
        "Lena Oks and Ivo Brandt spoke after the vote.",
        "\u201cIt was close,\u201d Oks said, as Brandt nodded.",
        "\u201cToo close,\u201d he added.",
    )
    assert speaker("Too close", *blocks) == "Ivo Brandt"


def test_partial_quote_belongs_to_the_subject_behind_a_title():
    block = "Shop owner Jodie Farrant was in the middle of her \u201cbusiest week\u201d when the power failed."
    assert speaker("busiest week", block) == "Jodie Farrant"


def test_role_subject_of_a_lead_is_the_person_named_with_that_role_next():
    blocks = (
        "A county judge has praised a reporter for covering \u201chard cases\u201d fairly.",
        "Judge Orlo Bastian said the paper had done its duty.",
    )
    assert speaker("hard cases", *blocks) == "Orlo Bastian"


def test_pronoun_speaker_named_with_a_female_given_name_and_spokesman_title():
    blocks = (
        "Sharon Pelt, spokesman for the firm, confirmed the talks.",
        "Plant manager Bob Haig said nothing.",
        "The firm, she said, is \u201calways looking at costs\u201d.",
    )
    assert speaker("always looking at costs", *blocks) == "Sharon Pelt"


def test_role_in_a_deck_line_looks_ahead_to_the_named_person_however_far():
    article = parse(
        "Chief executive says demand is \u201creal and lasting\u201d",
        "Sales fell on Tuesday.",
        "Costs rose.",
        "Margins narrowed.",
        "Chief Executive Officer Ines Vakh spoke to analysts.",
    )
    assert article.quotes[0].speaker == "Ines Vakh"


def test_pronoun_after_a_sentence_naming_someone_only_as_an_object_stays_with_the_speaker():
    blocks = (
        "\u201cWe were ready,\u201d coach Bo Vetter said.",
        "The coach praised Tim Bale for his pass.",
        "\u201cIt was perfect,\u201d he said.",
    )
    assert speaker("It was perfect", *blocks) == "Bo Vetter"


def test_the_councillor_resolves_to_the_person_titled_cllr():
    blocks = ("Cllr Orla Vance proposed the motion on Monday.", "\u201cIt is overdue,\u201d the councillor said.")
    assert speaker("It is overdue", *blocks) == "Orla Vance"


def test_fragment_in_a_sentence_whose_subject_is_a_pronoun():
    blocks = ("Cllr Orla Vance opposed the plan.", "She was \u201cfrankly appalled\u201d by the cost.")
    assert speaker("frankly appalled", *blocks) == "Orla Vance"


def test_fragment_after_a_leading_phrase_set_off_by_a_comma():
    block = "At the meeting, Cllr Orla Vance called the plan \u201cutter nonsense\u201d and left."
    assert speaker("utter nonsense", block) == "Orla Vance"


def test_cueless_quote_after_narrative_naming_nobody_resumes_the_last_speaker():
    blocks = (
        "\u201cThe lights went out again,\u201d shop owner Ana Lorca said.",
        "It was the third outage this month. \u201cWe can\u2019t keep doing this.\u201d",
    )
    assert speaker("We can\u2019t keep doing this", *blocks) == "Ana Lorca"


def test_paragraph_opening_quote_two_paragraphs_after_its_speaker_resumes_them():
    blocks = (
        "\u201cThe lights went out again,\u201d shop owner Ana Lorca said.",
        "The outage lasted four hours.",
        "\u201cWe lost a day of trade.\u201d",
    )
    assert speaker("We lost a day of trade", *blocks) == "Ana Lorca"


def test_cueless_quote_after_someone_else_is_named_does_not_resume_the_last_speaker():
    blocks = (
        "\u201cThe lights went out again,\u201d shop owner Ana Lorca said.",
        "The utility sent Bo Vetter and Tim Bale to look.",
        "\u201cWe lost a day of trade.\u201d",
    )
    assert speaker("We lost a day of trade", *blocks) != "Ana Lorca"


def test_lower_case_description_before_the_name_after_the_quote():
    assert speaker("The lights went out", "\u201cThe lights went out,\u201d shop owner Ana Lorca said.") == "Ana Lorca"


def test_pronoun_cue_continues_the_run_speaker_over_a_person_named_in_passing():
    blocks = (
        "\u201cWe were ready,\u201d coach Bo Vetter said. Tim Bale scored twice in the first half.",
        "\u201cHe was superb,\u201d he said.",
    )
    assert speaker("He was superb", *blocks) == "Bo Vetter"


def test_agent_of_a_passive_reporting_verb_is_the_speaker():
    assert speaker("It is over", "Tim Bale was told by Bo Vetter: \u201cIt is over.\u201d") == "Bo Vetter"
