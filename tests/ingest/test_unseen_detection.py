"""Quote detection on messy typography, each rule on an invented example: British punctuation that
leaves a comma outside the marks of a short quotation cut by its tag; a quotation introduced by a
colon after the second of two clauses; a whole exclamation, question or slogan quoted inside
narration is not partial; nor is one opening a bulleted or bracketed paragraph; a whole sentence
quoted alone at a paragraph's start is the speech of the person the next sentence opens with and has
speak; a short term in single marks after an article, in an article that prints speech in double
marks, is not a quote; a quoted noun between "a" and "and said" does not make an unnamed speaker; a
single mark after a plural "-s" closes the quotation when a tag ("he said") follows it; "came the
reply" after someone "was asked" is theirs; "repeating" reports words; writing "from" someone that "read simply" is theirs; a name inside words the quotation quotes in
turn does not rule its speaker out; words a group of unnamed people shouted are no one's; a lede about "a hillwalker" named in the next
paragraph; words an organisation used, in a clause someone named reports, are the organisation's; so are words
a body labelled something with in a clause opened by "after", "as", "when"; writing a sentence
before introduced as someone's ("a post") that "read:" is theirs."""

import pytest

from .helpers import parse, quotes_by_text, speaker

# --- a short capitalised quotation cut by its tag, comma outside the marks ----------------------------


@pytest.mark.parametrize(
    "paragraph, words",
    [
        ("Pastry chef Nell Ostrander surveyed the ovens. “Ruined”, she said, “every last one of them.”", "Ruined"),
        ("Pastry chef Nell Ostrander shrugged. ‘Honestly’, said Ms Ostrander. ‘We will bake again.’", "Honestly"),
        ("Pastry chef Nell Ostrander shook her head. “Never”, she said, wiping flour from her hands.", "Never"),
    ],
)
def test_a_short_capitalised_quotation_with_its_comma_outside_before_a_tag_is_speech(paragraph, words):
    quotes = quotes_by_text(parse(paragraph))
    assert words in quotes
    assert quotes[words].speaker == "Nell Ostrander"
    assert not quotes[words].is_partial


@pytest.mark.parametrize(
    "paragraph",
    [
        "“Tidewater”, the film Nell Ostrander made last year, opens in May.",
        "“Tidewater”, Nell Ostrander wrote in her long review, is the best film of the year.",
    ],
)
def test_a_title_before_a_comma_and_no_short_tag_is_not_speech(paragraph):
    assert "Tidewater" not in quotes_by_text(parse(paragraph))


# --- a colon after the second of two clauses: that clause's subject speaks ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Goalkeeper Rui Tavora was booked for time-wasting, and coach Marit Eklund was unrepentant: "
        "“We did what we had to do.”",
        "Goalkeeper Rui Tavora was booked for time-wasting, but Marit Eklund had a simple answer: "
        "“We did what we had to do.”",
    ],
)
def test_a_colon_after_a_second_clause_gives_the_words_to_that_clauses_subject(sentence):
    assert speaker("We did what we had to do", sentence) == "Marit Eklund"


def test_a_colon_after_a_second_clause_that_names_its_person_late_is_not_hers():
    sentence = (
        "Goalkeeper Rui Tavora was booked for time-wasting, and the away end turned on coach Marit Eklund: "
        "“Off, off, off!”"
    )
    assert speaker("Off, off, off!", sentence) != "Marit Eklund"


# --- a whole exclamation, question or slogan inside narration is not partial --------------------------


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("A steward, Kofi Mensah, bellowed “Clear the stand!” before the fence gave way.", "Clear the stand!"),
        ("Kofi Mensah kept asking “Where is the ambulance?” as the crowd pressed in.", "Where is the ambulance?"),
        (
            "Fans unfurled a banner reading “Stewards not spectators” at the back of the stand.",
            "Stewards not spectators",
        ),
    ],
)
def test_a_whole_exclamation_question_or_slogan_inside_narration_is_not_partial(sentence, words):
    quotes = quotes_by_text(parse(sentence))
    assert not quotes[words.rstrip(",.")].is_partial


def test_a_capitalised_fragment_inside_narration_stays_partial():
    quotes = quotes_by_text(
        parse("Steward Kofi Mensah said the fencing was “Frankly inadequate” for a crowd that size.")
    )
    assert quotes["Frankly inadequate"].is_partial


# --- a quotation after a bullet or an opening bracket starts its sentence -----------------------------


@pytest.mark.parametrize(
    "paragraph, words",
    [
        (
            "\u2022 “The queue went round the block twice,” said shopper Edda Lindqvist.",
            "The queue went round the block twice",
        ),
        ("Edda Lindqvist queued for an hour. (“Never again,” she said.)", "Never again"),
    ],
)
def test_a_quotation_after_a_bullet_or_an_opening_bracket_is_not_partial(paragraph, words):
    assert not quotes_by_text(parse(paragraph))[words].is_partial


def test_a_quotation_in_brackets_after_a_name_stays_partial():
    quotes = quotes_by_text(parse("Shopper Edda Lindqvist (“I would queue all day”) was first in line."))
    assert quotes["I would queue all day"].is_partial


# --- a sentence quoted alone, then a sentence that opens with its speaker ---------------------------


@pytest.mark.parametrize(
    "paragraph, words",
    [
        (
            "“Nobody writes off this crew.” Skipper Hal Brenning repeated the phrase all week.",
            "Nobody writes off this crew.",
        ),
        (
            "“The sea was kind to us.” Brenning, who has sailed the race nine times, was relaxed when he spoke "
            "to reporters on the quay.",
            "The sea was kind to us.",
        ),
    ],
)
def test_a_sentence_quoted_alone_belongs_to_the_speaker_who_opens_the_next_sentence(paragraph, words):
    blocks = [
        "Navigator Ines Oyelaran plotted the course and Hal Brenning took the helm for the last leg.",
        "Race officer Tobias Lund started the boats at noon.",
        paragraph,
    ]
    assert speaker(words.rstrip("."), *blocks) == "Hal Brenning"


@pytest.mark.parametrize(
    "paragraph, words",
    [
        # the words talk about someone as "he": the one named next may be the one talked about
        ("“He never panics.” Brenning said little when the boat came in.", "He never panics."),
        # the next sentence does not have the one it names speak
        ("“What a finish.” Brenning crossed the line four seconds clear.", "What a finish."),
    ],
)
def test_a_sentence_quoted_alone_is_not_given_to_someone_named_next_without_cause(paragraph, words):
    blocks = [
        "Navigator Ines Oyelaran plotted the course and Hal Brenning took the helm for the last leg.",
        "“The wind came round at the perfect moment,” Oyelaran said.",
        paragraph,
    ]
    assert speaker(words.rstrip("."), *blocks) != "Hal Brenning"


# --- a term in single marks after an article, where speech has double marks ---------------------------


def test_a_short_term_in_single_marks_after_an_article_is_not_a_quote_in_a_double_mark_story():
    blocks = [
        "Forecasters issued a 'yellow warning' for the valley on Friday, warning of flooding.",
        "“Move the car to higher ground,” said river warden Piet Hallgren.",
    ]
    assert "yellow warning" not in quotes_by_text(parse(*blocks))


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Warden Piet Hallgren called it a ‘total mess’ after the bank burst.", "total mess"),
        ("Warden Piet Hallgren said the ‘worst was over’ by Sunday.", "worst was over"),
    ],
)
def test_a_phrase_in_single_marks_after_an_article_and_a_saying_verb_stays_a_quote(sentence, words):
    blocks = [sentence, "“Move the car to higher ground,” Hallgren said."]
    assert quotes_by_text(parse(*blocks))[words].speaker == "Piet Hallgren"


# --- a quoted noun between "a" and "and said" -------------------------------------------------------


def test_a_quoted_noun_between_an_article_and_and_said_does_not_make_an_unnamed_speaker():
    sentence = "Warden Piet Hallgren called the levee a “scandal” and said: “It should have been raised years ago.”"
    assert speaker("It should have been raised years ago", sentence) == "Piet Hallgren"


def test_an_unnamed_someone_before_said_still_speaks():
    sentence = "Warden Piet Hallgren heard a boatman yell “Rope!” from the bank."
    assert speaker("Rope!", sentence) is None


# --- a single mark after "-s", then the tag: it closes the quotation ---------------------------------


@pytest.mark.parametrize(
    "paragraph, words",
    [
        (
            "‘That trophy belongs to the volunteers’ she said at the prize-giving.",
            "That trophy belongs to the volunteers",
        ),
        ("'Thank you to the stewards' said Greta Solberg, waving.", "Thank you to the stewards"),
    ],
)
def test_a_single_mark_after_a_plural_before_a_tag_closes_the_quotation(paragraph, words):
    blocks = ["Organiser Greta Solberg handed out the medals.", paragraph, "‘Same again next year,’ she added."]
    quotes = quotes_by_text(parse(*blocks))
    assert quotes[words].speaker == "Greta Solberg"
    assert "Same again next year" in quotes


def test_a_plural_possessive_inside_single_marks_stays_inside_the_quotation():
    blocks = [
        "Organiser Greta Solberg handed out the medals.",
        "‘It was the runners’ day, not ours,’ she said.",
        "‘Same again next year,’ she added.",
    ]
    assert "It was the runners’ day, not ours" in quotes_by_text(parse(*blocks))


# --- "came the reply" after a sentence in which someone was asked ------------------------------------


@pytest.mark.parametrize(
    "asked",
    [
        "Ferry captain Oskar Lindahl was asked whether the crossing was safe.",
        "The skipper, Oskar Lindahl, was asked whether the crossing was safe.",
    ],
)
def test_came_the_reply_after_someone_was_asked_is_theirs(asked):
    assert speaker("Perfectly safe", asked + " “Perfectly safe,” came the reply.") == "Oskar Lindahl"


def test_came_the_reply_after_someone_named_was_asked_is_the_one_asked():
    paragraph = "Reporters asked Runa Eide whether the crossing was safe. “Perfectly safe,” came the reply."
    assert speaker("Perfectly safe", paragraph) == "Runa Eide"


def test_came_the_reply_after_someones_deputy_was_asked_is_not_theirs():
    paragraph = "Oskar Lindahl’s deputy was asked whether the crossing was safe. “Perfectly safe,” came the reply."
    assert speaker("Perfectly safe", paragraph) != "Oskar Lindahl"


# --- "repeating" reports words --------------------------------------------------------------------


def test_a_two_word_quotation_before_kept_repeating_is_speech():
    paragraph = "Lifeboat cox Maren Tulloch stared at the wreck. “Never again,” she kept repeating."
    assert speaker("Never again", paragraph) == "Maren Tulloch"


# --- writing from someone that "read simply:" -------------------------------------------------------


def test_a_message_from_someone_that_read_simply_is_theirs():
    paragraph = "The last email from treasurer Odile Ferrant read simply: “Pay them in cash.”"
    assert speaker("Pay them in cash", paragraph) == "Odile Ferrant"


def test_a_sign_that_read_simply_is_no_ones():
    paragraph = "Treasurer Odile Ferrant walked past a sign that read simply: “Cash only.”"
    assert speaker("Cash only", paragraph) is None


# --- a name inside nested words does not rule the speaker out ----------------------------------------


def test_a_name_addressed_inside_nested_words_does_not_rule_out_the_speaker():
    blocks = [
        "Groundsman Teodor Brandt spotted the damage first.",
        "Club secretary Ilse Kamara wrote to members: “The pitch will reopen in March.”",
        "Brandt said he had raised it with Kamara in January. “She looked at me and said, ‘Teodor, leave it "
        "with me,’” he told the meeting.",
    ]
    assert speaker("She looked at me and said, ‘Teodor, leave it with me,’", *blocks) == "Teodor Brandt"


def test_a_name_in_the_quotations_own_words_still_rules_out_the_speaker():
    blocks = [
        "Groundsman Teodor Brandt spotted the damage first.",
        "“The pitch will reopen in March,” chairman Ilse Kamara said.",
        "Teodor Brandt was thanked at the meeting. “Teodor deserves a medal,” she said.",
    ]
    assert speaker("Teodor deserves a medal", *blocks) == "Ilse Kamara"


# --- words shouted by unnamed people, reported by someone named --------------------------------------


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Pier manager Quill Adeyemi said coastguards ran along the pier shouting “Off the wall!”", "Off the wall!"),
        ("Pier manager Quill Adeyemi said that officers yelled “Back, back!” at the crowd.", "Back, back!"),
    ],
)
def test_words_shouted_by_unnamed_people_in_a_reported_clause_are_no_ones(sentence, words):
    assert speaker(words, sentence) is None


def test_words_the_named_reporter_shouted_at_a_group_are_theirs():
    sentence = "Pier manager Quill Adeyemi said he had yelled “Off the wall!” at the coastguards."
    assert speaker("Off the wall!", sentence) == "Quill Adeyemi"


# --- a lede about an outdoor someone, named in the next paragraph ------------------------------------


@pytest.mark.parametrize("noun", ["hillwalker", "mountaineer", "kayaker"])
def test_a_lede_about_an_unnamed_outdoor_person_gives_the_words_to_the_one_named_next(noun):
    blocks = [
        f"A {noun} stranded overnight on a sea cliff has praised the crew who found him, saying they were ‘simply magnificent’.",
        "Ewan Strachan, 61, from Oban, slipped on wet rock on Saturday afternoon.",
    ]
    assert speaker("simply magnificent", *blocks) == "Ewan Strachan"


# --- an organisation's words in a clause reported without "that" -------------------------------------


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Grocer Wendell Achebe said the council had warned of “difficult months ahead”.", "difficult months ahead"),
        ("Grocer Wendell Achebe said the agency had described the rise as “unavoidable”.", "unavoidable"),
    ],
)
def test_an_organisations_words_in_a_reported_clause_without_that_are_not_the_reporters(sentence, words):
    assert speaker(words, sentence) is None


def test_a_persons_words_after_said_and_an_organisation_as_object_stay_theirs():
    sentence = "Grocer Wendell Achebe told the council the rise was “unaffordable”."
    assert speaker("unaffordable", sentence) == "Wendell Achebe"


# --- a label a body gave, in a clause opened by "after", "when" ... ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Colm Adair defended the levy after the Chamber branded it a “tax on breathing”.",
        "Mayor Colm Adair defended the levy as “fair” after critics branded it a “tax on breathing”.",
    ],
)
def test_a_label_a_body_gave_in_a_subordinate_clause_is_not_the_sentence_subjects(sentence):
    assert speaker("tax on breathing", sentence) is None


def test_a_label_a_named_person_gave_in_a_subordinate_clause_is_theirs():
    sentence = "Mayor Colm Adair hit back after councillor Ines Ferro branded the levy a “tax on breathing”."
    assert speaker("tax on breathing", sentence) == "Ines Ferro"


def test_a_label_given_by_she_in_a_subordinate_clause_stays_with_the_subject():
    sentence = "Mayor Ines Ferro wept as she described the flood as “the worst night of my life”."
    assert speaker("the worst night of my life", sentence) == "Ines Ferro"


# --- "The post read:" after a sentence that introduced someone's post ----------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "The post read: “Sorry to everyone I let down.”",
        "The post, removed by Monday, read: “Sorry to everyone I let down.”",
    ],
)
def test_writing_introduced_as_someones_that_read_is_theirs(second):
    blocks = ["Striker Joaquim Mbala apologised on Sunday in a post on Instagram.", second]
    assert speaker("Sorry to everyone I let down", *blocks) == "Joaquim Mbala"


def test_a_note_someone_found_that_read_is_not_theirs():
    blocks = ["Striker Joaquim Mbala found a note on his windscreen.", "The note read: “Learn to park.”"]
    assert speaker("Learn to park", *blocks) is None
