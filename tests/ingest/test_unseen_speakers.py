"""Speakers on unseen text, each rule on an invented example: words a crowd shouts or a sign
shows (no speaker), pronouns and their gender, replies, roles and recency, continuations, written
words with a named author, and speakers named after their words."""

import pytest

from .helpers import parse, quotes_by_text, speaker

# --- chants, shouts and signs have no speaker ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Tessa Marlowe scored twice, and chants of “We want Tessa!” rang round the ground.", "We want Tessa!"),
        ("Ivo Brandt spoke for ten minutes before shouts of “Liar!” drowned him out.", "Liar!"),
        ("The away end broke into a chant of “Cheat-er!” aimed at Ivo Brandt.", "Cheat-er!"),
        ("“We will appeal,” Ana Ruiz told reporters near banners reading “Save our pool”.", "Save our pool"),
        ("Ana Ruiz said she found a sign taped to the gate reading “NO ENTRY AFTER DARK”.", "NO ENTRY AFTER DARK"),
        (
            "Ivo Brandt missed, and the away end spilled onto the pitch chanting “Har-row! Har-row!”",
            "Har-row! Har-row!",
        ),
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


# --- pronouns and their gender ---------------------------------------------------------------------


@pytest.mark.parametrize("given", ["Bashir", "Fiachra", "Peadar"])
def test_a_she_does_not_go_to_a_man_whose_given_name_says_he(given):
    blocks = [
        "Cllr Tilly Osgood said the bypass was overdue.",
        f"“Your time is up, Cllr Osgood,” Cllr {given} Kenway cut in.",
        "“I have a minute left,” she replied.",
    ]
    assert speaker("I have a minute left", *blocks) == "Tilly Osgood"


def test_a_he_opening_a_sentence_is_not_the_person_it_goes_on_to_name():
    blocks = [
        "Robin Tellwright, 31, admitted theft. He was represented by Dana Pollexfen.",
        "She said her client was “deeply sorry”.",
    ]
    assert speaker("deeply sorry", *blocks) == "Dana Pollexfen"


@pytest.mark.parametrize("given", ["Fionnuala", "Sorcha", "Nasreen"])
def test_an_author_named_after_a_he_keeps_her_own_gender(given):
    blocks = [
        "Cllr Ivo Brandt opened the debate.",
        f"He read out a letter sent by Deputy {given} Marchbank. In it, she wrote: “I back the plan in full.”",
    ]
    assert speaker("I back the plan in full", *blocks) == f"{given} Marchbank"


def test_a_closing_he_added_goes_on_for_the_speaker_not_the_subject_of_the_clause():
    blocks = [
        "“It is a new life,” Ivo Brandt said.",
        "His daughter, Tessa Kwan, has made friends already, he added. “She loves the school.”",
    ]
    assert speaker("She loves the school", *blocks) == "Ivo Brandt"


# --- replies ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["replied", "answered", "responded"])
def test_a_pronoun_reply_goes_to_the_one_just_asked(verb):
    blocks = [
        "Barrister Tom Ellery said the firm had made an offer.",
        "Chairwoman Dana Pollexfen asked Kiri Tawhai whether any sum would change the tribe’s mind.",
        f"“No,” he {verb}.",
    ]
    assert speaker("No", *blocks) == "Kiri Tawhai"


def test_came_the_reply_is_the_answer_of_the_one_who_spoke_before_the_last_speaker():
    blocks = [
        "“I was born here,” Cllr Ivo Brandt said.",
        "Cllr Tessa Kwan cut in: “No one said otherwise, Ivo.”",
        "“You implied it,” came the reply.",
    ]
    assert speaker("You implied it", *blocks) == "Ivo Brandt"


def test_came_the_reply_from_someone_named_is_theirs():
    blocks = ["“Will you resign?” a reporter asked.", "“Never,” came the reply from Tessa Kwan."]
    assert speaker("Never", *blocks) == "Tessa Kwan"


# --- recency and roles -----------------------------------------------------------------------------


def test_a_pronoun_goes_to_the_one_of_its_sex_named_in_passing_since_an_older_topic():
    blocks = [
        "Prosecuting, Tom Ellery said the thief took a brooch belonging to Rhoda Vantreight.",
        "DS Kelly Marchbank matched the fingerprints.",
        "Mr Ellery read a statement on behalf of Mrs Vantreight, who was too frail to attend.",
        "“I lock every door now,” she said in the statement.",
    ]
    assert speaker("I lock every door now", *blocks) == "Rhoda Vantreight"


def test_an_epithet_subject_after_an_opening_participle_is_the_one_the_story_is_about():
    blocks = [
        "Winifred Osgood turned 100 on Friday.",
        "Tea was served in the hall, with scones made by her niece Dana.",
        "Speaking to the Herald, the delighted centenarian said she had not expected a party.",
        "“I am only getting started,” she laughed.",
    ]
    assert speaker("I am only getting started", *blocks) == "Winifred Osgood"


def test_the_accused_is_the_defendant_the_story_is_about():
    blocks = [
        "Kyle Penhallow (29) admitted criminal damage.",
        "“I was not thinking straight,” the accused said.",
    ]
    assert speaker("I was not thinking straight", *blocks) == "Kyle Penhallow"


@pytest.mark.parametrize("noun, words", [("boy", "I held on to the rope"), ("girl", "The water was freezing")])
def test_the_boy_or_the_girl_is_the_child_named_before(noun, words):
    blocks = [
        "Toby Ravensworth, 11, was pulled from the lake on Sunday. Mia Quell, 8, was pulled out after him.",
        f"“{words},” the {noun} said.",
    ]
    assert speaker(words, *blocks) == ("Toby Ravensworth" if noun == "boy" else "Mia Quell")


@pytest.mark.parametrize("verb", ["repeated", "interjected", "sniffed"])
def test_a_role_subject_with_a_rarer_verb_of_saying_speaks(verb):
    blocks = [
        "Liam Corrigan appeared before Judge Ann Veale.",
        "“I only pushed him,” Corrigan said.",
        f"“Only pushed him,” the judge {verb}.",
    ]
    assert speaker("Only pushed him", *blocks) == "Ann Veale"


def test_a_two_word_reply_with_mumbled_is_a_quote():
    blocks = ["Liam Corrigan appeared before Judge Ann Veale.", "“Yes, Judge,” Corrigan mumbled."]
    assert speaker("Yes, Judge", *blocks) == "Liam Corrigan"


# --- continuations and questions -----------------------------------------------------------------


def test_words_after_adding_and_a_colon_share_the_subject_past_a_quotation_ending_in_a_noun():
    blocks = ["Mayor Ana Ruiz said she would take it to court “if we have to”, adding: “The river is ours.”"]
    assert speaker("The river is ours", *blocks) == "Ana Ruiz"


def test_a_paragraph_opening_with_a_bridge_and_a_colon_continues_the_last_speaker():
    blocks = [
        "“No,” manager Ivo Brandt said. “Next question.”",
        "Then, after a long pause and a grin: “I am joking. He starts on Saturday.”",
    ]
    assert speaker("I am joking. He starts on Saturday", *blocks) == "Ivo Brandt"


def test_a_cue_free_question_after_someone_was_asked_is_the_reporters():
    blocks = [
        "Manager Ivo Brandt was asked the inevitable question after the game.",
        "“Will you stay next season?”",
        "“Yes,” Brandt said.",
    ]
    quotes = quotes_by_text(parse(*blocks))
    assert quotes["Will you stay next season?"].speaker is None
    assert quotes["Yes"].speaker == "Ivo Brandt"


def test_the_role_who_speaks_of_someone_named_is_not_that_person():
    blocks = ["Dale Ormsby conceded a late penalty.", "“He will learn from it,” the manager said of Ormsby."]
    assert speaker("He will learn from it", *blocks) is None


# --- written words with a named author -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "He later sent a text message to his sister which read: “Gone fishing. Back soon.”",
        "His last entry in the logbook at the hut read: “Gone fishing. Back soon.”",
    ],
)
def test_a_message_or_entry_of_someone_s_own_that_read_is_theirs(sentence):
    blocks = ["Owen Trask, 52, was reported missing on Friday.", sentence]
    assert speaker("Gone fishing. Back soon", *blocks) == "Owen Trask"


def test_a_note_someone_found_that_read_is_not_theirs():
    blocks = [
        "Owen Trask, 52, was reported missing on Friday.",
        "He found a note on the door which read: “Gone fishing.”",
    ]
    assert speaker("Gone fishing", *blocks) is None


def test_the_post_read_after_a_sentence_introducing_someone_s_post_is_theirs():
    blocks = [
        "Councillor Dana Pollexfen thanked the crews in a post on the port’s page.",
        "“You were all heroes last night,” the post read.",
    ]
    assert speaker("You were all heroes last night", *blocks) == "Dana Pollexfen"


# --- speakers named in the next paragraph --------------------------------------------------------


@pytest.mark.parametrize(
    "next_paragraph",
    [
        "That was the verdict of Ivo Brandt, who runs the harbour co-operative.",
        "That is how Welsh climber Ivo Brandt describes the night he spent on the ledge.",
    ],
)
def test_words_alone_in_a_paragraph_are_those_of_the_one_the_next_paragraph_owns_them_to(next_paragraph):
    blocks = ["“Nobody should have been out there that night.”", next_paragraph]
    assert speaker("Nobody should have been out there that night", *blocks) == "Ivo Brandt"


def test_an_unnamed_speaker_s_remark_made_by_someone_named_next_is_theirs():
    blocks = [
        "A microphone picked up a councillor calling the objectors “a gang of busybodies”.",
        "The remark, made by Cllr Ivo Brandt during a recess, was later played on local radio.",
    ]
    assert speaker("a gang of busybodies", *blocks) == "Ivo Brandt"


@pytest.mark.parametrize(
    "signature", ["\u2014 Ivo Brandt, chief economist at Harrow Bank.", "\u2014 Ivo Brandt, chief economist"]
)
def test_a_dash_line_with_a_name_signs_the_quotation_paragraph_before_it(signature):
    blocks = [
        "What Our Economists Say",
        "“Rates will stay high until the spring. Expect no cut before May.”",
        signature,
    ]
    assert speaker("Rates will stay high until the spring. Expect no cut before May", *blocks) == "Ivo Brandt"


# --- another form of a role noun, by sex, for the one titled by it --------------------------------------


@pytest.mark.parametrize(
    "title, later",
    [
        ("Harbour Trust spokesperson", "the spokeswoman"),
        ("Councilmember", "the councilwoman"),
        ("Planning committee chairperson", "the chairwoman"),
    ],
)
def test_another_form_of_the_role_noun_is_the_one_titled_by_it(title, later):
    blocks = [
        f"{title} Marisol Quaintance said the ferry would run again on Monday. Mayor Ivo Brandt spoke later.",
        f"“We have heard the complaints,” {later} said.",
    ]
    assert speaker("We have heard the complaints", *blocks) == "Marisol Quaintance"


def test_a_form_of_the_role_noun_for_a_man_is_not_the_woman_titled_by_another():
    blocks = [
        "Councilmember Marisol Quaintance said she would vote no. Councilmember Ivo Brandt agreed with her.",
        "Later Brandt spoke again, and so did Quaintance.",
        "“We have heard the complaints,” the councilman said.",
    ]
    assert speaker("We have heard the complaints", *blocks) == "Ivo Brandt"


def test_a_role_noun_after_a_is_someone_new_not_the_one_titled_by_another_form():
    blocks = [
        "Harbour Trust spokeswoman Marisol Quaintance said the ferry would run again on Monday.",
        "A ministry spokesperson said the timetable was “under review”.",
    ]
    assert speaker("under review", *blocks) is None


# --- the head noun of "<group> of X" speaks, and a source "according to" is the source ------------


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("In a statement on Sunday, the family of Tobias Wendling said, “He loved that boat.”", "He loved that boat."),
        ("Relatives of Wendling said he “never once complained” about the pain.", "never once complained"),
        ("Neighbours of Tobias Wendling said he had been “a quiet, kind man”.", "a quiet, kind man"),
    ],
)
def test_the_family_or_neighbours_of_someone_speak_not_that_person(sentence, words):
    blocks = ["Tobias Wendling, 81, of Marrowby, died on Friday.", sentence]
    assert speaker(words.rstrip("."), *blocks) is None


def test_words_about_someone_according_to_a_report_are_the_report_s_not_theirs():
    blocks = [
        "Deputies detained Tobias Wendling, 41, after a chase.",
        "Wendling was “agitated and shouting” when he was stopped, according to a sheriff’s report.",
    ]
    assert speaker("agitated and shouting", *blocks) is None


def test_words_about_someone_according_to_a_named_officer_are_the_officer_s():
    blocks = [
        "Deputies detained Tobias Wendling, 41, after a chase.",
        "Wendling was “agitated and shouting” when he was stopped, according to Sgt. Ana Ruiz.",
    ]
    assert speaker("agitated and shouting", *blocks) == "Ana Ruiz"


@pytest.mark.parametrize(
    "next_paragraph",
    [
        "That’s how homeowner Ivo Brandt described the night the river came over the wall.",
        "That is how Ivo Brandt explained his decision to stay.",
    ],
)
def test_words_alone_after_someone_s_report_are_those_of_the_one_the_next_paragraph_owns_them_to(next_paragraph):
    blocks = [
        "Fire chief Ana Ruiz said crews had pumped out forty homes by midnight.",
        "“The water was at the door. I just kept carrying things upstairs.”",
        next_paragraph,
    ]
    assert speaker("The water was at the door. I just kept carrying things upstairs", *blocks) == "Ivo Brandt"


# --- words reported twice: the inner verb's subject said them ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "He once told a referee his whistle sounded “like a kettle boiling,” his family said.",
        "He told deputies the fire was “like a kettle boiling,” police said.",
    ],
)
def test_words_someone_told_another_under_an_unnamed_reporter_s_tag_are_theirs(sentence):
    blocks = ["Tobias Wendling ran the hardware store on Mill Lane for 40 years.", sentence]
    assert speaker("like a kettle boiling", *blocks) == "Tobias Wendling"


# --- a surname two people share ----------------------------------------------------------------------


def test_a_shared_surname_names_the_one_whose_full_name_last_opened_a_sentence():
    blocks = [
        "Joel Brannigan and his wife, Marta Brannigan, will close the bakery on Saturday.",
        "Marta Brannigan, 61, bought the shop in 1991 from its founder.",
        "“I learned every recipe from her,” Brannigan said.",
    ]
    assert speaker("I learned every recipe from her", *blocks) == "Marta Brannigan"


def test_a_shared_surname_names_the_one_introduced_first_when_the_other_is_named_in_passing():
    blocks = [
        "Joel Brannigan has baked bread on Mill Lane since 1991.",
        "He took over from his mother, Marta Brannigan, who died in 2004.",
        "“I learned every recipe from her,” Brannigan said.",
    ]
    assert speaker("I learned every recipe from her", *blocks) == "Joel Brannigan"


# --- a second speaker in the same paragraph ----------------------------------------------------------


@pytest.mark.parametrize("verb", ["cut across him", "cut in", "broke in", "chimed in"])
def test_a_second_speaker_cutting_in_before_a_colon_says_the_words_after_it(verb):
    blocks = [
        "Cllr Tobias Wendling defended the budget.",
        f"“If you would let me finish—” Cllr Wendling began, before Cllr Marisol Quaintance {verb}: “You have had your turn.”",
    ]
    quotes = quotes_by_text(parse(*blocks))
    assert quotes["If you would let me finish—"].speaker == "Tobias Wendling"
    assert quotes["You have had your turn"].speaker == "Marisol Quaintance"


# --- the topic a pronoun goes back to -------------------------------------------------------------------


def test_an_opening_possessive_whose_owner_says_so_is_the_topic_for_the_pronoun():
    blocks = [
        "Nell Ambrose turned 90 on Sunday.",
        "Ida Prendiville, who baked the cake, read a poem she had written.",
        "Nell’s only regret, she admitted, was that Tommy Ambrose was not there to see it. Her husband died in 2001.",
        "“He would have loved the fuss,” she said.",
    ]
    assert speaker("He would have loved the fuss", *blocks) == "Nell Ambrose"


# --- a role given in apposition, taken up after an opening phrase ------------------------------------


def test_a_role_subject_after_an_opening_phrase_is_the_one_given_that_role_in_apposition():
    blocks = [
        "The defendant, Osric Pellham, pleaded not guilty. Detective Inspector Bram Tollery outlined the case.",
        "Before sentencing, the defendant turned to the gallery. “I only want to go home,” he said.",
    ]
    assert speaker("I only want to go home", *blocks) == "Osric Pellham"


def test_a_named_subject_after_an_opening_phrase_keeps_the_pronoun():
    blocks = [
        "The defendant, Osric Pellham, pleaded not guilty.",
        "Before sentencing, Detective Inspector Bram Tollery turned to the gallery. “We got our man,” he said.",
    ]
    assert speaker("We got our man", *blocks) == "Bram Tollery"


# --- an unnamed subject: the pronoun after it is that unnamed person ----------------------------------


@pytest.mark.parametrize(
    "subject",
    [
        "The aunt of the missing boy",
        "The grandmother of one of the pupils",
        "After the hearing, the victim",
    ],
)
def test_a_pronoun_after_an_unnamed_subject_has_no_speaker(subject):
    blocks = [
        "Councillor Hettie Vasquez-Orme opened the meeting. Lorna Gribbet, 44, denied the assault.",
        f"{subject} said she felt let down. “Nobody called us back,” she said.",
    ]
    assert speaker("Nobody called us back", *blocks) is None


def test_a_pronoun_after_a_role_given_to_someone_in_apposition_is_theirs():
    blocks = [
        "The victim, Perpetua Skeel, 71, was treated in hospital. Lorna Gribbet, 44, denied the assault.",
        "After the hearing, the victim said she felt let down. “Nobody called us back,” she said.",
    ]
    assert speaker("Nobody called us back", *blocks) == "Perpetua Skeel"


# --- a family name first: the hyphenated given name after it gives the sex ----------------------------


@pytest.mark.parametrize("name", ["Kim Sung-min", "Jung Hyun-woo", "Kim Tae-gyun"])
def test_a_he_after_a_family_name_first_goes_to_him_not_the_woman_quoted_before(name):
    blocks = [
        "“The rent doubled in a year,” said Yoon Ha-eun, 58, who sells noodles at the market.",
        f"{name}, 41, a delivery rider, said he was moving back home. “There is no other way,” he said.",
    ]
    assert speaker("There is no other way", *blocks) == name


def test_a_she_after_a_family_name_first_goes_to_the_woman_the_given_name_says():
    blocks = [
        "“The rent doubled in a year,” said Lee Dong-wook, 58, who sells noodles at the market.",
        "Kim Seo-hyun, 41, a delivery rider, said she was moving back home. “There is no other way,” she said.",
    ]
    assert speaker("There is no other way", *blocks) == "Kim Seo-hyun"


# --- words shown or chanted inside a speaker's cue do not end the speaker's run -----------------------


def test_a_nickname_chanted_in_the_cue_is_no_quotation_and_the_words_after_it_go_on():
    blocks = [
        "Marisol Ferrante addressed the rally after the count.",
        "“We kept the lights on,” Ferrante told the crowd as they chanted her nickname, “La Jefa.” "
        "“Now we keep the promises.”",
    ]
    quotes = quotes_by_text(parse(*blocks))
    assert "La Jefa" not in quotes
    assert quotes["We kept the lights on"].speaker == "Marisol Ferrante"
    assert quotes["Now we keep the promises"].speaker == "Marisol Ferrante"


def test_the_words_after_a_banner_in_the_cue_go_on_with_the_speaker():
    blocks = [
        "“Everyone rates their plumber,” Odile Brack said at the depot, where a banner reads “Fair Pay Now.” “Why not your boss?”"
    ]
    quotes = quotes_by_text(parse(*blocks))
    assert quotes["Fair Pay Now"].speaker is None
    assert quotes["Why not your boss?"].speaker == "Odile Brack"


def test_words_after_a_sign_with_no_speaker_before_it_have_none():
    blocks = [
        "Odile Brack runs the depot.",
        "The gate bore a sign reading “Private Land.” “Trespassers will be prosecuted.”",
    ]
    assert speaker("Trespassers will be prosecuted", *blocks) is None


# --- words someone unnamed wrote up have no speaker -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "By the bus shelter, someone had chalked across the flagstones: “Swim lessons here.”",
        "Somebody had spray-painted on the shutters: “Open for canoes.”",
    ],
)
def test_words_someone_unnamed_wrote_up_after_a_speaker_s_paragraph_have_no_speaker(sentence):
    blocks = ["“The pumps cannot keep up,” said Station Officer Wendell Sprake.", sentence]
    words = sentence.split("“")[1].rstrip("”")
    assert speaker(words.rstrip("."), *blocks) is None


def test_a_short_bridge_naming_no_one_still_hands_the_words_to_the_last_speaker():
    blocks = [
        "“The pumps cannot keep up,” said Station Officer Wendell Sprake.",
        "Then, after a long pause: “We need more hands.”",
    ]
    assert speaker("We need more hands", *blocks) == "Wendell Sprake"


def test_words_someone_unnamed_wrote_up_in_the_speaker_s_paragraph_have_no_speaker():
    blocks = [
        "“The pumps cannot keep up,” said Station Officer Wendell Sprake. Nearby, someone had daubed on a van: “Ferry service.”"
    ]
    quotes = quotes_by_text(parse(*blocks))
    assert quotes["The pumps cannot keep up"].speaker == "Wendell Sprake"
    assert quotes["Ferry service"].speaker is None


# --- a role "of" a body, set off before the name ----------------------------------------------------------


@pytest.mark.parametrize(
    "role", ["The Minister of Fisheries", "The Minister for Housing", "The Chair of the Harbour Board"]
)
def test_a_role_of_a_body_set_off_before_a_name_makes_that_person_the_subject(role):
    blocks = [f"{role}, Marguerite Oyelaran, greeted the vote as “long overdue”.", "Her critics were unmoved."]
    assert speaker("long overdue", *blocks) == "Marguerite Oyelaran"


def test_a_role_of_a_body_in_a_clause_naming_someone_else_is_not_that_person():
    blocks = [
        "The Minister of Fisheries, who had clashed with Marguerite Oyelaran, greeted the vote as “long overdue”.",
        "Her critics were unmoved.",
    ]
    assert speaker("long overdue", *blocks) != "Marguerite Oyelaran"
