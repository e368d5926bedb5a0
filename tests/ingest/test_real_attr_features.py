"""Kinds of attribution error found on real features, profiles, arts and culture, health and
human-interest stories and US national politics, each rule on an invented example: names and
sentences are made up."""

from .helpers import names, parse, quotes_by_text, speaker

# --- a closing tag followed by a clause of time or reason ----------------------------------------------


def test_a_closing_pronoun_tag_followed_by_a_clause_of_time_gives_the_words_to_its_subject():
    blocks = [
        "Mara Voss, a painter from the coast, won the prize this week.",
        "Her first novel was rejected by “more than a few” agents, she said before a small press,"
        " Kesby Books, signed it.",
    ]
    assert speaker("more than a few", *blocks) == "Mara Voss"


def test_a_closing_name_tag_followed_by_a_clause_of_reason_gives_the_words_to_the_name():
    blocks = [
        "Ivo Brandt, a retired teacher, leads the choir.",
        "The hall was “far too cold” for the singers, Brandt said because the heating failed that winter.",
    ]
    assert speaker("far too cold", *blocks) == "Ivo Brandt"


def test_a_tag_after_a_later_comma_is_not_stretched_past_a_clause():
    blocks = [
        "Ivo Brandt, a retired teacher, leads the choir.",
        "The hall was “far too cold”, and the heating, which the council said before the winter would be"
        " fixed, failed again.",
    ]
    assert speaker("far too cold", *blocks) is None


# --- a list of titles in quotation marks -------------------------------------------------------------


def test_the_first_title_of_a_list_closed_on_a_comma_is_no_quotation():
    blocks = [
        "Veteran actor Lena Ostrova has died at 81.",
        "Her credits included “The Long Quiet,” “Harbour Lights,” “Kesby Nights” and “Grand Tour.”",
    ]
    assert "The Long Quiet" not in quotes_by_text(parse(*blocks))


def test_a_spoken_sentence_before_a_titled_passage_is_still_a_quotation():
    blocks = [
        "Veteran actor Lena Ostrova spoke at the gala.",
        "“We made it,” Ostrova said, before the band played “Harbour Lights.”",
    ]
    assert speaker("We made it", *blocks) == "Lena Ostrova"


# --- words addressed to a person by name -------------------------------------------------------------


def test_words_calling_a_person_by_a_courtesy_title_and_name_are_not_theirs():
    blocks = [
        "Retired fisherman Ivo Brandt turned 100 on Sunday, and his neighbours lined the lane with signs"
        " and called out “happy birthday Mr. Brandt.”",
        "“Wow,” said Brandt. “I did not expect this.”",
    ]
    assert speaker("happy birthday Mr. Brandt", *blocks) is None
    assert speaker("Wow", *blocks) == "Ivo Brandt"


def test_words_closing_on_a_persons_name_after_a_comma_are_said_to_them():
    blocks = [
        "Nurse Ana Lorca was greeted by her patients as she left on her last day.",
        "She smiled as they called out “We will miss you, Ana!”",
    ]
    assert speaker("We will miss you, Ana!", *blocks) is None


def test_words_naming_their_speaker_without_a_title_or_a_closing_comma_stay_theirs():
    blocks = [
        "Ana Lorca retired on Friday after 40 years on the ward.",
        "“People still ask for Nurse Lorca by name,” she said.",
    ]
    assert speaker("People still ask for Nurse Lorca by name", *blocks) == "Ana Lorca"


# --- characters, not people ---------------------------------------------------------------------------


def test_a_name_after_role_as_is_a_character_not_a_person():
    blocks = [
        "Lena Ostrova, the stage actress remembered for her role as Martha Quell on “Kesby Hall,” died on Sunday.",
    ]
    assert names(*blocks) == ["Lena Ostrova"]


def test_a_relative_played_on_screen_is_a_character_not_a_person():
    blocks = [
        "Ivo Brandt, the actor who played her son Tam Quell on the show for six seasons, paid tribute on Friday.",
    ]
    assert names(*blocks) == ["Ivo Brandt"]


def test_a_relative_played_in_a_match_is_a_person():
    assert "Tam Voss" in names("In the final, Ivo Brandt played his brother Tam Voss and won in three sets.")


def test_a_titled_surname_of_a_character_is_that_character():
    blocks = [
        "Lena Ostrova, the stage actress remembered for her role as Martha Quell on “Kesby Hall,” died on Sunday.",
        "Her co-star Ivo Brandt wrote online, “A giant of the stage. Sleep well, Mama Quell.”",
    ]
    assert names(*blocks) == ["Lena Ostrova", "Ivo Brandt"]


# --- one-word names: a courtesy title, an office held by a person, a word that only qualifies a title --


def test_a_surname_behind_a_courtesy_title_is_a_person_even_never_named_in_full():
    blocks = [
        "The family agreed to an operation the next morning.",
        "“The swelling was worse than we thought,” Dr. Kessel said.",
    ]
    assert names(*blocks) == ["Kessel"]
    assert speaker("The swelling was worse than we thought", *blocks) == "Kessel"


def test_a_name_behind_a_personal_office_is_a_person_though_a_body_is_named_after_them():
    blocks = [
        "The Varga Administration has not answered the committee.",
        "“President Varga has ignored every request we sent,” said Senator Oduya.",
    ]
    assert names(*blocks) == ["Varga", "Oduya"]


def test_a_word_that_only_qualifies_a_title_does_not_make_the_next_word_a_name():
    blocks = [
        "The memo breaks with earlier Executive Branch practice on inquiries.",
        "“It is a mistake,” said Senator Oduya.",
    ]
    assert names(*blocks) == ["Oduya"]


# --- political copy: mocking verbs, a verb with a particle after the words, two people in a list ---------


def test_words_after_a_mocking_verb_are_the_subjects():
    blocks = [
        "Senator Ivo Brandt spoke for 45 minutes to the invited crowd.",
        "Again, he mocked the “lying, lying pollsters,” and boasted of the turnout.",
    ]
    assert speaker("lying, lying pollsters", *blocks) == "Ivo Brandt"


def test_read_with_a_particle_after_the_words_is_no_written_source():
    blocks = [
        "Senator Ivo Brandt spoke for 45 minutes to the invited crowd.",
        "He called them “lying, lying pollsters,” read out a list of polls and boasted of the turnout.",
    ]
    assert speaker("lying, lying pollsters", *blocks) == "Ivo Brandt"


def test_a_sign_that_reads_the_words_is_still_their_source():
    blocks = [
        "Senator Ivo Brandt spoke for 45 minutes to the invited crowd.",
        "“Keep the county blue,” read a banner over the stage.",
    ]
    assert speaker("Keep the county blue", *blocks) is None


def test_a_surname_already_given_in_full_is_not_a_given_name_sharing_the_next_surname():
    blocks = [
        "Mara Lopez and Pim Morgan spoke in Kesby.",
        "Polls show 9,000 voters choosing between Morgan and Donald Varga.",
    ]
    assert names(*blocks) == ["Mara Lopez", "Pim Morgan", "Donald Varga"]


def test_a_given_name_before_and_still_shares_the_next_surname():
    assert names("Mark and Lisa Harrow run the shop on the corner.") == ["Mark Harrow", "Lisa Harrow"]


# --- a relative opening the clause before the words ----------------------------------------------------


def test_words_after_a_relative_opening_the_last_clause_are_not_the_named_winners():
    worried = ["After Ivo Brandt took the county title, his aunt was worried he would “forget his old friends”."]
    assert speaker("forget his old friends", *worried) is None
    blocks = [
        "After Ivo Brandt took the county title, his grandmother said he would “get too big for his boots”.",
    ]
    assert speaker("get too big for his boots", *blocks) is None


def test_a_relative_the_story_names_speaks_for_the_words_after_the_clause():
    blocks = [
        "Priya and Dev Chauhan run the bakery on the corner.",
        "When she opened the second shop, her husband said she should “slow down a little”.",
    ]
    assert speaker("slow down a little", *blocks) == "Dev Chauhan"


def test_someone_named_after_the_relatives_verb_speaks():
    blocks = [
        "When Ivo Brandt won, his mother said Ana Ruiz told her it was “a fluke”.",
    ]
    assert speaker("a fluke", *blocks) == "Ana Ruiz"


# --- a town whose name opens with a given name --------------------------------------------------------


def test_a_town_before_a_state_abbreviation_closing_the_sentence_is_a_place():
    blocks = ["The family farm sits just outside of Ann Kesby, Mich. Three generations have worked it."]
    assert names(*blocks) == []


def test_a_person_before_a_state_abbreviation_without_a_place_word_stays_a_person():
    blocks = ["The letter was signed by Ann Jones, Mich. She wrote to the paper twice."]
    assert names(*blocks) == ["Ann Jones"]


# --- "she" in narrative after a speaker's words about "she" ---------------------------------------------

_VISIT = [
    "Former first lady Mara Quell dropped in on Kesby High School on Tuesday.",
    "“When she walked in, the whole room went quiet,” said Lia Brandt, 17. “She was kind to every one of us.”",
]


def test_she_in_later_narrative_is_the_one_the_last_speaker_called_she():
    blocks = [*_VISIT, "After leaving the school, she posted “What a morning with these students.”"]
    assert speaker("What a morning with these students", *blocks) == "Mara Quell"


def test_she_added_after_the_speakers_words_is_still_the_speaker():
    blocks = [*_VISIT, "Later, she added, “It was the best day of the year.”"]
    assert speaker("It was the best day of the year", *blocks) == "Lia Brandt"


def test_she_opening_the_next_paragraph_still_goes_on_from_the_speaker():
    blocks = [*_VISIT, "She said the students cried. “We could not believe it,” she said."]
    assert speaker("We could not believe it", *blocks) == "Lia Brandt"


# --- "One student ..." then "the student recalled" ------------------------------------------------------


def test_the_noun_after_one_opening_a_sentence_is_the_unnamed_one_again():
    blocks = [
        "Former first lady Mara Quell dropped in on Kesby High School on Tuesday.",
        "Principal Tom Vale said he learned of the visit an hour before.",
        "One student who works nights told Quell she hopes to study law.",
        "“She said I should never give up,” the student recalled.",
    ]
    assert speaker("She said I should never give up", *blocks) is None


# --- a paragraph ending in a colon that names one person, then a quotation paragraph -------------------


def test_a_quotation_paragraph_under_a_colon_sentence_naming_one_person_is_theirs():
    blocks = [
        "“It was sad,” said Sen. Tom Vale.",
        "“But I suppose it will go on,” he added.",
        "This is how reporter Ana Ruiz summed it up:",
        "“I was told she voted yes. She wanted to make a point.”",
    ]
    assert speaker("I was told she voted yes. She wanted to make a point", *blocks) == "Ana Ruiz"


def test_a_colon_paragraph_naming_two_people_gives_no_speaker_by_itself():
    blocks = [
        "Here is how Ana Ruiz and Tom Vale saw the vote:",
        "“It was close.”",
    ]
    assert speaker("It was close", *blocks) != "Ana Ruiz"


# --- words closing a "who" clause on a named person -------------------------------------------------------


def test_words_closing_a_who_clause_of_saying_belong_to_its_named_antecedent():
    blocks = [
        "“It was a cruel remark,” said Sen. Tom Vale of Kesby, speaking of a memo by aide Lia Dorn who"
        " dismissed his objections because “he is leaving anyway.”",
    ]
    assert speaker("It was a cruel remark", *blocks) == "Tom Vale"
    assert speaker("he is leaving anyway", *blocks) == "Lia Dorn"


def test_words_in_a_who_clause_of_telling_someone_stay_the_tellers():
    blocks = [
        "Tom Vale praised Lia Dorn, who told Ana Ruiz the plan was “ready to go.”",
    ]
    assert speaker("ready to go", *blocks) == "Lia Dorn"


# --- a plural title after "U.S." ------------------------------------------------------------------------


def test_a_plural_title_after_us_is_no_person():
    assert names("KESBY — U.S. Reps. Mara Quell and Ivo Brandt met for a debate on Monday.") == [
        "Mara Quell",
        "Ivo Brandt",
    ]


# --- a name inside an opening clause is not the subject --------------------------------------------------


def test_a_name_in_an_opening_past_participle_clause_is_not_the_speaker():
    blocks = [
        "Teo Voss, a candidate for governor, said last year that “the count was rigged.”",
        "Questioned about it at a forum with Sen. Ivo Dunmore, Voss changed course, saying the result was"
        " “fair in every way.”",
    ]
    assert speaker("fair in every way", *blocks) == "Teo Voss"


def test_a_name_after_the_opening_clause_still_speaks():
    blocks = [
        "Teo Voss, a candidate for governor, spoke first.",
        "Pressed on the issue, Sen. Ivo Dunmore said the count was “fair and final.”",
    ]
    assert speaker("fair and final", *blocks) == "Ivo Dunmore"
