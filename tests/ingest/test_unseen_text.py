"""Rules for the kinds of error issue 16 found on unseen text, each on an invented example:
organisations and places taken for people, nicknames, pronouns in a run of quotations,
"X told Y", short exclamations, continuation paragraphs, people named once."""

import pytest

from .helpers import names, parse, quotes_by_text, speaker

# --- organisations, places and events are not people -------------------------------------------


@pytest.mark.parametrize(
    "thing",
    [
        "Nordic Combined",  # a sports discipline
        "Ski Jumping",
        "Kesby Classic",  # a tournament
        "Harrow Knights",  # a team
        "Dunmore Rovers",
        "Kesby Hardware",  # a shop
        "Kesby Deli",
        "Harrow Fire Rescue",  # a service
        "Harrow Elementary",  # a school
        "Mount Kesby",  # a place
        "Storm Kesby",  # a storm
        "Hurricane Dana",
        "Golden Globe",  # an award
        "Operation Harrow",  # an operation
        "Fort Kesby",  # built and named places
        "Harrow Bridge",
        "Kesby Farm",
        "Harrow Inn",
        "The Dana Kesby Show",  # a programme
        "Dana Kesby Live",
    ],
)
def test_named_things_are_not_people(thing):
    assert names(f"{thing} said on Monday that the day would go ahead, Dana Whitcomb said.") == ["Dana Whitcomb"]


def test_a_person_whose_surname_is_a_team_word_in_the_singular_is_kept():
    assert names("Coach Dana Knight said the team was ready.") == ["Dana Knight"]


# --- nicknames ----------------------------------------------------------------------------------


@pytest.mark.parametrize("nickname", ["\u201cT.J.\u201d", '"A.J."'])
def test_initials_in_quotation_marks_inside_a_name_are_a_nickname_not_a_quote(nickname):
    seed = parse(f"\u201cWe are buying,\u201d said Tomas {nickname} Ferreira, a fund manager.")
    assert [q.text for q in seed.quotes] == ["We are buying,"]
    assert [p.name for p in seed.people] == ["Tomas Ferreira"]


def test_a_quoted_nickname_names_its_person_later():
    blocks = ["Bree \u201cBirdie\u201d Tallow won the race.", "\u201cI still cannot believe it,\u201d said Birdie."]
    assert names(*blocks) == ["Bree Tallow"]
    assert speaker("I still cannot believe it", *blocks) == "Bree Tallow"


@pytest.mark.parametrize(
    ("introduced", "nickname", "full"),
    [
        ("Jim \u201cBig Jim\u201d Hollis", "Big Jim", "Jim Hollis"),
        ("Maria \u201cLa Reina\u201d Soto", "La Reina", "Maria Soto"),
    ],
)
def test_a_nickname_of_several_words_in_quotation_marks_stays_inside_the_name(introduced, nickname, full):
    surname = full.split()[-1]
    blocks = [
        f"{introduced} runs the bait shop.",
        f"\u201cThe fish are biting,\u201d {surname} said.",
        f"\u201cCome early,\u201d said {nickname}.",
    ]
    assert names(*blocks) == [full]
    assert speaker("The fish are biting", *blocks) == full
    assert speaker("Come early", *blocks) == full


def test_a_nickname_that_is_someone_elses_name_stays_theirs():
    blocks = [
        "Ana Vey and Bree \u201cAna\u201d Tallow won the race.",
        "\u201cI still cannot believe it,\u201d said Ana Vey.",
    ]
    assert speaker("I still cannot believe it", *blocks) == "Ana Vey"


# --- pronouns: the speaker of the run of quotations --------------------------------------------


def test_he_said_of_a_quote_about_the_man_just_named_is_the_run_speaker():
    blocks = [
        "\u201cThis group is special,\u201d coach Oskar Pell said after the win. \u201cThey never stop.\u201d",
        "Forward Tobin Grael scored twice.",
        "\u201cHe wanted it more than anyone,\u201d he said.",
    ]
    assert speaker("He wanted it more than anyone", *blocks) == "Oskar Pell"


def test_he_said_after_a_new_man_is_introduced_beside_another_is_the_new_man():
    blocks = [
        "\u201cThat was perfect,\u201d coach Oskar Pell said.",
        "Defender Tobin Grael, who joked about Mott Kesby\u2019s old sticks, saw his friend struggle.",
        "\u201cHe is used to scoring goals,\u201d he said.",
    ]
    assert speaker("He is used to scoring goals", *blocks) == "Tobin Grael"


def test_he_said_of_a_quote_about_no_one_stays_with_the_last_man_named():
    blocks = [
        "\u201cThis group is special,\u201d coach Oskar Pell said.",
        "Forward Tobin Grael scored twice.",
        "\u201cI just kept shooting,\u201d he said.",
    ]
    assert speaker("I just kept shooting", *blocks) == "Tobin Grael"


# --- cues: calling verbs, possessive speech nouns, descriptions ---------------------------------


def test_a_person_who_called_it_something_is_a_person_and_the_speaker():
    blocks = ["Oskar Pell called it \u201ca disgrace.\u201d"]
    assert names(*blocks) == ["Oskar Pell"]
    assert speaker("a disgrace", *blocks) == "Oskar Pell"


def test_an_organisation_that_says_it_will_is_still_not_a_person():
    assert names("Harbour Power says it will raise prices, Dana Whitcomb said.") == ["Dana Whitcomb"]


def test_someones_answer_introduced_by_a_colon_is_theirs():
    blocks = ["Bree Tallow\u2019s answer was simple: \u201cIt happens every winter.\u201d"]
    assert speaker("It happens every winter", *blocks) == "Bree Tallow"


def test_someones_reply_is_a_noun_not_a_reporting_verb():
    assert speaker("Never", "Oskar Pell\u2019s reply: \u201cNever.\u201d") == "Oskar Pell"


def test_a_possessive_without_a_speech_noun_gives_no_speaker():
    assert speaker("Closed", "Oskar Pell\u2019s shop had a new sign: \u201cClosed.\u201d") is None


def test_the_native_said_is_the_person_the_story_is_about():
    blocks = ["Bree Tallow won the race. \u201cI still cannot believe it,\u201d the Dunmore native said."]
    assert speaker("I still cannot believe it", *blocks) == "Bree Tallow"


# --- people named by a given name alone ---------------------------------------------------------


def test_said_then_a_given_name_alone_is_a_person_and_the_speaker():
    blocks = [
        "The Harrow family has run the shop since 1961.",
        "\u201cWe are not going anywhere,\u201d said Lise, who runs it with her brother.",
    ]
    assert names(*blocks) == ["Lise"]
    assert speaker("We are not going anywhere", *blocks) == "Lise"


def test_a_given_name_alone_then_said_is_a_person():
    assert names("Lise said the river rose in an hour.") == ["Lise"]


def test_a_given_name_that_is_a_known_persons_is_not_a_second_person():
    assert names("Lise Harrow runs the shop.", "\u201cNever,\u201d said Lise.") == ["Lise Harrow"]


def test_a_capitalised_word_that_is_not_a_given_name_after_said_is_not_a_person():
    assert names("\u201cWe are ready,\u201d said Harbourside, the shop.") == []


def test_whose_son_then_a_given_name_is_a_person():
    blocks = ["\u201cIt would break his heart,\u201d said Lise Harrow, whose son Peder plays for the club."]
    assert names(*blocks) == ["Lise Harrow", "Peder"]


# --- short exclamations and verbs of manner -----------------------------------------------------


@pytest.mark.parametrize("verb", ["cried", "yelled", "shouted", "screamed", "laughed"])
def test_a_short_exclamation_then_a_verb_of_manner_and_the_name(verb):
    assert speaker("No!", f"\u201cNo!\u201d {verb} Oskar Pell.") == "Oskar Pell"


@pytest.mark.parametrize("verb", ["lamented", "mused", "admitted", "conceded", "sighed"])
def test_a_verb_of_manner_before_the_name(verb):
    assert speaker("It never ends", f"\u201cIt never ends,\u201d {verb} Oskar Pell.") == "Oskar Pell"


def test_a_verb_of_manner_after_a_pronoun():
    assert speaker("It never ends", "Oskar Pell sat down.", "\u201cIt never ends,\u201d he sighed.") == "Oskar Pell"


# --- firms named like people --------------------------------------------------------------------


def test_names_joined_by_an_ampersand_are_a_firm():
    assert names("Harrow & Kesby said profits rose, Dana Whitcomb said.") == ["Dana Whitcomb"]


def test_a_possessive_name_with_nothing_possessed_is_a_shop():
    assert names("Kesby Grael\u2019s said it would close the store, Dana Whitcomb said.") == ["Dana Whitcomb"]
    assert names("Dana Whitcomb buys her bread at Kesby Grael\u2019s.") == ["Dana Whitcomb"]


def test_a_possessive_name_before_what_it_owns_is_a_person():
    assert names("Oskar Pell\u2019s two goals won it.") == ["Oskar Pell"]
    assert names("Oskar Pell\u2019 6-4 win was quick.") == ["Oskar Pell"]


def test_a_well_known_firm_named_like_a_person_is_not_one():
    assert names("Morgan Stanley said on Monday that profits rose.") == []
    assert names("Tim Hortons hired Dana Whitcomb in 2019.") == ["Dana Whitcomb"]


@pytest.mark.parametrize("cause", ["Kesby Rights Watch", "Harrow Sporting Goods"])
def test_words_of_causes_and_trades_are_never_in_a_name(cause):
    assert names(f"{cause} said on Monday that it would appeal, Dana Whitcomb said.") == ["Dana Whitcomb"]


# --- an unnamed someone shouting ----------------------------------------------------------------


@pytest.mark.parametrize("someone", ["a man", "someone", "a voice"])
def test_an_unnamed_someone_shouting_is_not_the_person_named_before(someone):
    assert speaker("Stop!", f"Oskar Pell heard {someone} yell \u201cStop!\u201d before the shot.") is None


def test_the_person_named_shouting_is_the_speaker():
    assert speaker("Stop!", "Before the shot, Oskar Pell shouted \u201cStop!\u201d at the driver.") == "Oskar Pell"


def test_words_something_was_branded_are_a_quotation_not_a_name():
    article = parse("The harbour board has been branded \u201ca shambles\u201d by traders.")
    assert [q.text for q in article.quotes] == ["a shambles"]


def test_a_title_after_titled_is_still_not_a_quotation():
    assert parse("Oskar Pell wrote a memoir titled \u201cHarbour Lights\u201d last year.").quotes == []


# --- continuation paragraphs --------------------------------------------------------------------


def test_a_cueless_quote_about_the_one_person_named_since_continues_the_run_speaker():
    blocks = [
        "\u201cIt was a dream,\u201d Oskar Pell said of joining the club. \u201cMy father took me to games.\u201d",
        "Pell\u2019s father, Tobin, held a season ticket for 40 years.",
        "\u201cHe never missed one.\u201d",
    ]
    assert speaker("He never missed one", *blocks) == "Oskar Pell"


def test_a_cueless_quote_after_narrative_about_a_new_person_that_talks_about_no_one_is_theirs():
    blocks = [
        "\u201cIt was a dream,\u201d Oskar Pell said.",
        "Forward Tobin Grael scored twice.",
        "\u201cI just kept shooting.\u201d",
    ]
    assert speaker("I just kept shooting", *blocks) == "Tobin Grael"


def test_club_names_are_not_people():
    assert names("Oskar Pell joined Harrow United in 2019, and Kesby Town a year later.") == ["Oskar Pell"]


# --- "X told Y" and relative clauses ------------------------------------------------------------


def test_a_titled_person_inside_a_relative_clause_is_not_the_subject():
    blocks = ["Dana Whitcomb, whose company has lobbied Mayor Oskar Pell for years, said: \u201cWe are tired.\u201d"]
    assert speaker("We are tired", *blocks) == "Dana Whitcomb"


def test_the_person_a_who_clause_follows_is_the_speaker():
    blocks = ["Oskar Pell was praised by Dana Whitcomb, who said: \u201cHe made the deal.\u201d"]
    assert speaker("He made the deal", *blocks) == "Dana Whitcomb"


def test_the_teller_not_the_told_is_the_speaker():
    assert speaker("You are fired", "Oskar Pell told Mayor Dana Whitcomb: \u201cYou are fired.\u201d") == "Oskar Pell"


def test_a_name_after_said_that_begins_a_clause_is_that_clauses_subject():
    blocks = ["Dana Whitcomb said Oskar Pell had told her: \u201cWe have a deal.\u201d"]
    assert speaker("We have a deal", *blocks) == "Oskar Pell"


# --- a quotation interrupted by its cue ---------------------------------------------------------


def test_the_second_part_of_a_quotation_interrupted_by_said_and_the_name_is_theirs():
    blocks = ["\u201cWe will rebuild,\u201d said Oskar Pell, \u201cand we will do it fast.\u201d"]
    assert speaker("and we will do it fast", *blocks) == "Oskar Pell"


def test_the_second_part_after_a_title_and_name_is_theirs():
    blocks = ["Dana Whitcomb spoke first.", "\u201cWe will rebuild,\u201d said Mayor Oskar Pell, \u201cand fast.\u201d"]
    assert speaker("and fast", *blocks) == "Oskar Pell"


def test_a_spokesman_for_a_titled_person_is_not_that_person():
    assert speaker("We will rebuild", "\u201cWe will rebuild,\u201d said a spokesman for Mayor Oskar Pell.") is None


def test_someones_spokesman_named_in_apposition_is_the_speaker():
    blocks = ["\u201cWe will rebuild,\u201d said Oskar Pell\u2019s spokesman, Tobin Grael."]
    assert speaker("We will rebuild", *blocks) == "Tobin Grael"


def test_someones_unnamed_spokesman_is_not_them():
    assert speaker("We will rebuild", "\u201cWe will rebuild,\u201d said Oskar Pell\u2019s spokesman.") is None


# --- quotations introduced without a reporting verb ---------------------------------------------


def test_in_the_words_of_someone():
    assert speaker("We are done", "In the words of Oskar Pell, \u201cWe are done.\u201d") == "Oskar Pell"


@pytest.mark.parametrize(
    "lead", ["As Oskar Pell put it:", "For Oskar Pell, the answer is simple:", "Oskar Pell was blunt:"]
)
def test_a_sentence_naming_one_person_ending_in_a_colon_introduces_their_words(lead):
    assert speaker("We rebuild", f"{lead} \u201cWe rebuild.\u201d") == "Oskar Pell"


def test_a_colon_after_a_sign_of_someones_is_not_their_words():
    blocks = ["Oskar Pell\u2019s shop window had a sign: \u201cClosed for good.\u201d"]
    assert speaker("Closed for good", *blocks) is None


def test_a_cataphoric_pronoun_does_not_hide_the_person_named_after_it():
    blocks = ["Asked if he would run again, Oskar Pell laughed. \u201cNever.\u201d"]
    assert speaker("Never", *blocks) == "Oskar Pell"


# --- given names beyond the American census lists -----------------------------------------------


def test_an_international_given_name_gives_the_pronoun_that_resolves_she_said():
    blocks = [
        "Councillor Anneke Vos opposed the plan.",
        "\u201cWe will rebuild,\u201d said Mayor Oskar Pell.",
        "\u201cIt is a mistake,\u201d she said.",
    ]
    assert speaker("It is a mistake", *blocks) == "Anneke Vos"


def test_words_someone_heard_are_not_theirs():
    assert speaker("Help me!", "Oskar Pell heard \u201cHelp me!\u201d from the river and jumped in.") is None


def test_words_someone_shouted_after_hearing_are_theirs():
    blocks = ["Oskar Pell heard a splash and shouted \u201cHold on!\u201d to the child."]
    assert speaker("Hold on!", *blocks) == "Oskar Pell"


def test_a_possessive_in_an_apposition_is_not_the_named_persons_pronoun():
    article = parse("Mila Dunst said she was angry. Taavo Grael, her neighbour, agreed.")
    assert {p.name: p.pronoun for p in article.people}["Taavo Grael"] != "she"


def test_a_person_with_a_common_given_name_who_said_it_is_still_a_person():
    assert names("Anna Grove said it was over.") == ["Anna Grove"]


def test_an_organisation_that_said_it_would_is_not_a_person():
    assert names("Harbour Power said it would raise prices.") == []


@pytest.mark.parametrize("place", ["Kesby Springs", "Harrow Falls", "Kesby Junction", "Santa Kesby"])
def test_place_words_make_a_place(place):
    assert names(f"{place} was flooded, Dana Whitcomb said.") == ["Dana Whitcomb"]


def test_a_given_name_then_a_place_word_is_a_person():
    assert names("Coach Mike Hills said the team was ready.") == ["Mike Hills"]


def test_someone_whose_home_is_the_place_is_a_person():
    assert names("The meeting was held in Dana Whitcomb\u2019s kitchen.") == ["Dana Whitcomb"]


def test_a_named_hall_after_in_is_a_place():
    assert names("The vote took place in Kesby Hall, Dana Whitcomb said.") == ["Dana Whitcomb"]


def test_a_list_of_firms_still_makes_each_a_firm():
    assert names("Harrow Systems, Kesby Grael and Mott Holdings bid for the work, Dana Whitcomb said.") == [
        "Dana Whitcomb"
    ]


@pytest.mark.parametrize(
    ("before", "sentence", "name"),
    [
        ("Prices rose sharply.", "Rose Harrow said the shop would close.", "Rose Harrow"),
        ("The river will flood.", "Will Kesby said the town was ready.", "Will Kesby"),
    ],
)
def test_a_given_name_that_is_also_a_common_word_opening_a_sentence_stays_in_the_name(before, sentence, name):
    assert names(before, sentence) == [name]


# --- more named things: disciplines, rounds, events, shops, venues, parties, papers, militias ----


@pytest.mark.parametrize(
    "thing",
    [
        "Cross Country",  # sports disciplines
        "Short Track",
        "Big Air",
        "Mass Start",
        "Kesby Playoffs",  # rounds and events
        "Harrow Semifinal",
        "Kesby Medal",
        "Harrow Expo",
        "Kesby Carnival",
        "Harrow Parade",
        "Kesby Gala",
        "Kesby Olympiad",
        "Kesby Challenge",
        "Kesby Liquor",  # shops and trades
        "Harrow Cycles",
        "Harrow Coffee",
        "Kesby Realty",
        "Harrow Fitness",
        "Kesby Tailors",
        "Harrow Barbers",
        "Harrow Vineyards",
        "Harrow Dairy",
        "Kesby Meats",
        "Kesby Grill",
        "Kesby Builders",
        "Kesby Trucking",
        "Harrow Wines",
        "Kesby Emporium",
        "Harrow Gym",
        "Kesby Pizza",
        "Harrow Marina",  # venues and places
        "Harrow Rink",
        "Harrow Cinema",
        "Kesby Zoo",
        "Kesby Castle",
        "Harrow Abbey",
        "Harrow Cemetery",
        "Kesby Quay",
        "Kesby Estates",
        "Kesby Cove",
        "Harrow Harbour",
        "Kesby Glen",
        "Kesby Courier",  # newspapers
        "Harrow Chronicle",
        "Kesby Observer",
        "Harrow Democrats",  # parties
        "Kesby Greens",
        "Harrow Nationals",
        "Harrow Militia",  # armed groups
        "Kesby Rifles",
    ],
)
def test_more_named_things_are_not_people(thing):
    assert names(f"{thing} was busy on Monday, Dana Whitcomb said.") == ["Dana Whitcomb"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Coach Ruth Castle said the team was ready.",
        "Glen Harrow said the team was ready.",
        "Marina Kesby said the team was ready.",
        "Abbey Grael said the team was ready.",
        "Big Air champion Dana Whitcomb said the team was ready.",
    ],
)
def test_a_place_or_shop_word_that_is_a_given_name_or_after_one_stays_in_a_name(sentence):
    assert len(names(sentence)) == 1


def test_party_members_in_the_plural_before_names_are_a_label():
    assert names("Democrats Mila Dunst and Tobin Grael voted no.") == ["Mila Dunst", "Tobin Grael"]


# --- verbs of manner no list holds --------------------------------------------------------------


@pytest.mark.parametrize("verb", ["bellowed", "hollered", "shrieked", "growled", "blurted out", "piped up"])
def test_an_unlisted_verb_of_manner_after_a_pronoun_keeps_the_pronoun_speaker(verb):
    blocks = ["Mila Dunst arrived late.", f"Tom Grael fell. \u201cGet up!\u201d she {verb}."]
    assert speaker("Get up!", *blocks) == "Mila Dunst"


@pytest.mark.parametrize("verb", ["bellowed", "hollered", "hissed", "blurted out"])
def test_an_unlisted_verb_of_manner_before_a_name_that_ends_the_clause(verb):
    assert speaker("Stop!", f"\u201cStop!\u201d {verb} Mila Dunst.") == "Mila Dunst"


def test_a_verb_before_a_possessive_name_is_not_a_speech_tag():
    assert speaker("Stop!", "\u201cStop!\u201d startled Mila Dunst\u2019s neighbours.") is None


# --- words of a note or a sign ------------------------------------------------------------------


def test_words_a_note_read_are_not_the_finders():
    blocks = ["Oskar Pell found a handwritten note on the door that read \u201cno entry\u201d."]
    assert speaker("no entry", *blocks) is None


def test_a_sign_introduced_by_a_colon_is_not_the_persons_words():
    assert speaker("Keep out", "Oskar Pell put up a sign: \u201cKeep out.\u201d") is None


def test_a_found_note_calling_someone_names_no_speaker():
    blocks = ["Oskar Pell found a note on his car calling him \u201cselfish\u201d and worse."]
    assert speaker("selfish", *blocks) is None


def test_a_note_someone_wrote_calling_it_something_is_still_theirs():
    blocks = ["Oskar Pell wrote a note to his staff calling the plan \u201ca disgrace\u201d."]
    assert speaker("a disgrace", *blocks) == "Oskar Pell"


# --- the one named just before a participle of speech ------------------------------------------


def test_the_person_named_before_telling_is_the_speaker():
    blocks = ["Oskar Pell remembers Tom Grael telling him: \u201cCome on.\u201d"]
    assert speaker("Come on", *blocks) == "Tom Grael"


def test_a_subject_set_off_by_a_comma_before_telling_stays_the_speaker():
    blocks = ["Oskar Pell, telling reporters about Tom Grael, said: \u201cHe is ready.\u201d"]
    assert speaker("He is ready", *blocks) == "Oskar Pell"


# --- people named in pairs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Neighbours Brannoc Velt and Kesia Marrow heard the crash.", ["Brannoc Velt", "Kesia Marrow"]),
        ("Siblings Tavish, 9, and Isla, 7, heard the crash.", ["Tavish", "Isla"]),
        ("Teammates Tom Grael and Ivo Brandt scored.", ["Tom Grael", "Ivo Brandt"]),
    ],
)
def test_a_role_in_the_plural_before_names_is_not_part_of_a_name(sentence, people):
    assert names(sentence) == people


def test_a_surname_ending_in_s_after_a_given_name_stays():
    assert names("Brannoc Masters said so.") == ["Brannoc Masters"]


def test_two_given_names_sharing_a_surname_are_two_people():
    assert names("Mark and Lisa Harrow heard the crash.") == ["Mark Harrow", "Lisa Harrow"]


def test_a_surname_and_a_full_name_do_not_share_it():
    assert names("Harrow and Lisa Velt met.") == ["Lisa Velt"]


# --- a nickname introduced beside the name ------------------------------------------------------


def test_a_nickname_someone_is_known_as_names_them_later():
    blocks = [
        "Known as \u201cDoc\u201d to his friends, Brannoc Velt ran the clinic for 40 years.",
        "\u201cI loved every day of it,\u201d Doc said.",
    ]
    assert names(*blocks) == ["Brannoc Velt"]
    assert speaker("I loved every day of it", *blocks) == "Brannoc Velt"


def test_a_nickname_in_apposition_names_them_later():
    blocks = ["Brannoc Velt, known to all as \u201cBran\u201d, ran the clinic.", "\u201cI loved it,\u201d Bran said."]
    assert speaker("I loved it", *blocks) == "Brannoc Velt"


def test_a_nickname_in_a_sentence_naming_two_people_is_no_ones():
    blocks = [
        "Brannoc Velt and Kesia Marrow, known as \u201cBran\u201d, ran the clinic.",
        "\u201cI loved it,\u201d Bran said.",
    ]
    assert speaker("I loved it", *blocks) is None


# --- the agent of a passive verb after the quotation --------------------------------------------


@pytest.mark.parametrize("verb", ["called", "hailed", "described as"])
def test_the_agent_after_a_quotation_of_a_passive_verb_of_calling_is_the_speaker(verb):
    blocks = [f"Oskar Pell was {verb} \u201ca true leader\u201d by Mila Dunst."]
    assert speaker("a true leader", *blocks) == "Mila Dunst"


def test_a_possessive_agent_is_not_the_speaker():
    blocks = ["Oskar Pell was called \u201ca true leader\u201d by Mila Dunst\u2019s staff."]
    assert speaker("a true leader", *blocks) != "Mila Dunst"


# --- a quotation opening a paragraph with no cue ------------------------------------------------


def test_a_cueless_quote_after_a_paragraph_naming_one_person_in_any_position_is_theirs():
    blocks = ["For Mila Dunst, the news was a blow.", "\u201cWe cannot pay it.\u201d"]
    assert speaker("We cannot pay it", *blocks) == "Mila Dunst"


def test_a_cueless_quote_after_a_paragraph_naming_no_one_stays_unattributed():
    blocks = ["For the bakery, the news was a blow.", "\u201cWe cannot pay it.\u201d"]
    assert speaker("We cannot pay it", *blocks) is None


def test_the_run_speaker_resumes_after_two_paragraphs_naming_no_one():
    blocks = [
        "\u201cWe start at four,\u201d said Mila Dunst, who runs the bakery.",
        "The bakery, on Harrow Street, opened in 1990.",
        "Now it faces a rent rise of 40 per cent.",
        "\u201cIt is hard work.\u201d",
    ]
    assert speaker("It is hard work", *blocks) == "Mila Dunst"


# --- more people named by a given name alone ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lise, who asked that her surname not be used, said the water rose fast.",
        "One mother, Lise, said the water rose fast.",
        "A nurse, Kwabena, said the water rose fast.",
        "Lise told the Kesby Courier the water rose fast.",
        "Lise says the water rose fast.",
    ],
)
def test_a_given_name_alone_as_a_speaker_or_beside_a_role_is_a_person(sentence):
    assert len(names(sentence)) == 1


def test_a_given_name_that_is_a_place_beside_a_noun_is_not_a_person():
    assert names("The city, Paris, said nothing.") == []


def test_a_given_name_alone_before_who_speaks():
    blocks = ["Lise, who asked that her surname not be used, said: \u201cThe water rose fast.\u201d"]
    assert speaker("The water rose fast", *blocks) == "Lise"


def test_words_an_unnamed_relative_was_heard_shouting_are_not_the_listeners():
    blocks = ["Mila Dunst heard her brother yell \u201cGet down!\u201d and dropped to the floor."]
    assert speaker("Get down!", *blocks) is None


def test_words_someone_told_a_relative_are_theirs():
    assert speaker("Get down!", "Mila Dunst told her brother: \u201cGet down!\u201d") == "Mila Dunst"


@pytest.mark.parametrize(
    "thing",
    ["Kesby Rail", "Harrow Transit", "Kesby Hydro", "Harrow Ambulance", "Kesby Solicitors", "Harrow Physio"]
    + ["Kesby Orchestra", "Harrow Towing", "Kesby Broadband", "Harrow Hospice", "Kesby Power", "Harrow Parks"],
)
def test_utilities_services_trades_and_clinics_are_not_people(thing):
    assert names(f"{thing} said on Monday that it would close, Dana Whitcomb said.") == ["Dana Whitcomb"]


@pytest.mark.parametrize("person", ["Samantha Power", "Vince Cable", "Rosa Parks"])
def test_a_common_given_name_before_a_service_word_keeps_a_person(person):
    assert names(f"{person} said so.") == [person]


# --- an answer in its own paragraph -------------------------------------------------------------


def test_a_cueless_answer_to_a_question_asked_of_someone_is_theirs():
    blocks = ["\u201cDid you see it?\u201d Mila Dunst asked Oskar Pell.", "\u201cNo, I was inside.\u201d"]
    assert speaker("No, I was inside", *blocks) == "Oskar Pell"


def test_a_question_asked_of_no_one_named_keeps_the_run_speaker():
    blocks = ["\u201cWhy now?\u201d Mila Dunst asked.", "\u201cBecause it is time.\u201d"]
    assert speaker("Because it is time", *blocks) == "Mila Dunst"


# --- "he said" past a paragraph naming someone else only in passing -----------------------------


def test_he_said_past_a_paragraph_naming_another_man_only_as_an_owner_is_the_run_speaker():
    blocks = [
        "\u201cWe were sloppy,\u201d said coach Tom Pell.",
        "Mark Grael\u2019s goal in the 80th minute sealed it.",
        "\u201cWe will fix it,\u201d he said.",
    ]
    assert speaker("We will fix it", *blocks) == "Tom Pell"


def test_he_said_past_a_paragraph_with_another_man_as_subject_is_that_man():
    blocks = [
        "\u201cWe were sloppy,\u201d said coach Tom Pell.",
        "Mark Grael scored in the 80th minute.",
        "\u201cI just hit it,\u201d he said.",
    ]
    assert speaker("I just hit it", *blocks) == "Mark Grael"


# --- an unnamed subject after a quotation ---------------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    ["officials", "residents", "local health officials", "two witnesses", "one fan", "people close to the club"],
)
def test_a_quotation_said_by_an_unnamed_group_or_person_has_no_speaker(subject):
    blocks = ["Vera Hollin chaired the meeting.", f"\u201cThe bridge must close,\u201d {subject} said."]
    assert speaker("The bridge must close", *blocks) is None


def test_a_verb_after_a_quotation_inside_a_sentence_is_not_an_unnamed_cue():
    blocks = ["Vera Hollin called the plan \u201cbold,\u201d but warned it would cost more."]
    assert speaker("bold", *blocks) == "Vera Hollin"


@pytest.mark.parametrize(
    "cue",
    [
        "one fan, Vera Hollin, said",
        "another resident, Vera Hollin, 61, told the Gazette",
        "said one fan, Vera Hollin",
    ],
)
def test_a_name_in_apposition_to_a_description_after_a_quotation_speaks(cue):
    assert speaker("The bridge must close", f"\u201cThe bridge must close,\u201d {cue}.") == "Vera Hollin"


@pytest.mark.parametrize("signature", ["\u2013 Vera Hollin", "\u2014 Vera Hollin, 61, a retired nurse"])
def test_a_quotation_signed_after_a_dash_is_the_signers(signature):
    assert speaker("The bridge must close", f"\u201cThe bridge must close\u201d {signature}.") == "Vera Hollin"


def test_a_dash_before_a_name_that_goes_on_as_a_sentence_is_not_a_signature():
    blocks = [
        "Tom Pell spoke first.",
        "\u201cThe bridge must close\u201d \u2013 Vera Hollin\u2019s words \u2013 rang out.",
    ]
    assert speaker("The bridge must close", *blocks) != "Vera Hollin"


@pytest.mark.parametrize(
    "clause", ["whose daughter Ana plays for the club", "who hired Vera Hollin last spring", "whom Ana Lund replaced"]
)
def test_a_name_inside_a_relative_clause_before_the_verb_is_not_the_speaker(clause):
    assert speaker("We are proud", f"Tom Pell, {clause}, said: \u201cWe are proud.\u201d") == "Tom Pell"


@pytest.mark.parametrize(
    "thing", ["Kesby Report", "Harrow Inquiry", "Kesby Agreement", "Harrow Syndrome", "Kesby Virus", "Harrow Primary"]
)
def test_documents_illnesses_and_schools_are_not_people(thing):
    assert names(f"{thing} was mentioned on Monday, Dana Whitcomb said.") == ["Dana Whitcomb"]


# --- dialogue ------------------------------------------------------------------------------------


def test_a_cueless_answer_to_a_question_in_a_dialogue_is_the_other_speakers():
    blocks = [
        "\u201cThe bridge must close,\u201d Vera Hollin said.",
        "\u201cAre you sure?\u201d Tom Pell asked.",
        "\u201cYes.\u201d",
    ]
    assert speaker("Yes", *blocks) == "Vera Hollin"


def test_a_cueless_answer_to_an_unnamed_reporters_question_is_the_one_interviewed():
    blocks = [
        "\u201cWe are ready,\u201d Vera Hollin said.",
        "\u201cWill you stay?\u201d a reporter asked.",
        "\u201cYes.\u201d",
    ]
    assert speaker("Yes", *blocks) == "Vera Hollin"


# --- offices: "the judge said" -------------------------------------------------------------------


@pytest.mark.parametrize("office", ["judge", "coroner", "officer", "spokeswoman"])
def test_an_office_no_one_named_holds_is_not_the_person_the_story_is_about(office):
    blocks = [
        "Vera Hollin, 34, of Kesby, was jailed for six years.",
        f"\u201cYou showed no remorse,\u201d the {office} said.",
    ]
    assert speaker("You showed no remorse", *blocks) is None


def test_an_office_resolves_to_the_one_given_that_title():
    blocks = ["Judge Tom Pell jailed Vera Hollin for six years.", "\u201cYou showed no remorse,\u201d the judge said."]
    assert speaker("You showed no remorse", *blocks) == "Tom Pell"


def test_a_description_that_is_no_office_still_means_the_person_the_story_is_about():
    blocks = ["Vera Hollin scored twice on Saturday.", "\u201cI just hit it,\u201d the striker said."]
    assert speaker("I just hit it", *blocks) == "Vera Hollin"


# --- descriptions: "the 31-year-old", "the congresswoman", "the top seed" -------------------------


def test_the_n_year_old_is_the_one_given_that_age():
    blocks = [
        "Vera Hollin, 31, won the final.",
        "Tom Pell was second.",
        "\u201cIt was hard,\u201d the 31-year-old said.",
    ]
    assert speaker("It was hard", *blocks) == "Vera Hollin"


def test_a_gendered_description_skips_the_man_named_last():
    blocks = [
        "Rep. Dana Hollin opposed the bill.",
        "Tom Pell backed it.",
        "\u201cIt is bad,\u201d the congresswoman said.",
    ]
    assert speaker("It is bad", *blocks) == "Dana Hollin"


def test_a_description_given_in_apposition_names_its_person():
    blocks = [
        "Vera Hollin, the top seed, won the final.",
        "Tom Pell was second.",
        "\u201cIt was hard,\u201d the top seed said.",
    ]
    assert speaker("It was hard", *blocks) == "Vera Hollin"


def test_a_description_in_apposition_is_not_an_unnamed_person_introduced():
    blocks = [
        "Sen. Dana Hollin, a Democrat, opposed the bill.",
        "Sen. Tom Pell, a Republican, backed it.",
        "\u201cIt is bad,\u201d the Democrat said.",
    ]
    assert speaker("It is bad", *blocks) == "Dana Hollin"


def test_an_organisation_word_in_someones_title_still_names_the_organisation():
    blocks = ["Tom Pell, the club\u2019s chief executive, spoke.", "\u201cWe are ready,\u201d the club said."]
    assert speaker("We are ready", *blocks) is None


# --- a noun of family or an honorific fixes the pronoun --------------------------------------------


@pytest.mark.parametrize("intro", ["Her son, Tavish, said she", "Her husband, Tavish, told the Kesby Courier she"])
def test_a_noun_of_family_outweighs_the_pronoun_of_the_reported_clause(intro):
    blocks = [
        "Mila Dunst ran the choir for 50 years.",
        f"{intro} had been kind.",
        "\u201cShe never gave up,\u201d he said.",
    ]
    assert speaker("She never gave up", *blocks) == "Tavish"


def test_an_honorific_gives_the_pronoun():
    blocks = ["Ms Velt, 61, said the choir mattered.", "Tom Pell nodded.", "\u201cIt kept us going,\u201d she said."]
    assert {p.name: p.pronoun for p in parse(*blocks).people}["Velt"] == "she"
    assert speaker("It kept us going", *blocks) == "Velt"


def test_a_lower_case_miss_is_a_verb_not_an_honorific():
    people = {p.name: p.pronoun for p in parse("Fans will miss Tavish Grael. He said he would retire.").people}
    assert people["Tavish Grael"] == "he"


@pytest.mark.parametrize("verb", ["called the plan", "said it was"])
def test_a_pronoun_closing_a_relative_clause_is_not_the_subject_of_the_verb_after_it(verb):
    blocks = ["Mila Dunst spoke first.", f"Tom Pell, who voted against it, {verb} \u201ca mess.\u201d"]
    assert speaker("a mess", *blocks) == "Tom Pell"


# --- a narrative paragraph that announces someone's words ----------------------------------------


@pytest.mark.parametrize(
    "narrative",
    [
        "Coach Ivo Brandt said his young striker had earned it.",
        "Coach Ivo Brandt was full of praise for his young striker.",
        "Coach Ivo Brandt, who signed him in May, praised the youngster.",
    ],
)
@pytest.mark.parametrize("quote", ["\u201cHe has worked so hard,\u201d he said.", "\u201cHe has worked so hard.\u201d"])
def test_he_said_or_no_cue_after_a_paragraph_reporting_what_a_new_man_said_or_praised_is_his(narrative, quote):
    blocks = ["\u201cI just hit it,\u201d the striker Tom Grael said.", narrative, quote]
    assert speaker("He has worked so hard", *blocks) == "Ivo Brandt"


@pytest.mark.parametrize("intro", ["The cook, a veteran named Lise,", "A woman called Lise"])
def test_a_given_name_introduced_by_named_after_a_person_noun_is_a_person(intro):
    blocks = [f"{intro} runs the kitchen.", "Lise rolled her eyes. \u201cEvery single day,\u201d she said."]
    assert names(*blocks) == ["Lise"]
    assert speaker("Every single day", *blocks) == "Lise"


def test_a_given_name_introduced_by_named_after_an_animal_is_not_a_person():
    assert names("The Grael family has a dog named Lise.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The exercise, Kesby Run, involves 400 troops, Dana Whitcomb said.",
        "The festival, Harrow Nights, drew 400 people, Dana Whitcomb said.",
        "The company, Harrow Grael, hired Dana Whitcomb.",
    ],
)
def test_a_name_in_apposition_to_the_thing_it_names_is_not_a_person(sentence):
    assert names(sentence) == ["Dana Whitcomb"]


def test_a_name_in_apposition_to_a_person_noun_is_still_a_person():
    assert names("The winner, Tom Grael, said he was thrilled.") == ["Tom Grael"]


@pytest.mark.parametrize("firm", ["Lakeside Cruises", "Kesby Tours", "Harrow Travel", "Kesby Contractors"])
def test_travel_firms_and_trades_in_the_plural_are_not_people(firm):
    assert names(f"The boat\u2019s owner, {firm}, said it was grateful, Dana Whitcomb said.") == ["Dana Whitcomb"]


@pytest.mark.parametrize("title", ["Chair of the bench", "Head of public health"])
def test_a_long_title_with_of_before_a_name_keeps_the_name_the_subject(title):
    blocks = [
        "\u201cIt hurts,\u201d said Tom Pell.",
        "\u201cShe is ashamed,\u201d Ms Obi said.",
        f"{title} Howard Glynn told Lund the case was serious.",
        "\u201cThis must go to the crown court,\u201d he told her.",
    ]
    assert speaker("This must go to the crown court", *blocks) == "Howard Glynn"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Chief Constable Helen Varga met the marchers.", "Helen Varga"),
        ("Rancher Tilly Osgood drove four hours.", "Tilly Osgood"),
        ("Linebacker Marcus Ruiz made the stop.", "Marcus Ruiz"),
        ("Deckhand Trevor Amsel calmed the passengers.", "Trevor Amsel"),
    ],
)
def test_an_occupation_or_position_before_a_name_is_a_title(sentence, name):
    assert names(sentence) == [name]


@pytest.mark.parametrize("description", ["the runner", "the Harrow-born rider", "the rookie"])
def test_a_description_of_what_someone_does_means_the_person_the_story_is_about(description):
    assert (
        speaker("I just kept going", "Mila Dunst won.", f"\u201cI just kept going,\u201d {description} said.")
        == "Mila Dunst"
    )


def test_a_mother_of_two_skips_the_man_named_last():
    blocks = ["Mila Dunst won.", "Tom Pell led.", "\u201cIt hurt,\u201d the mother-of-two said."]
    assert speaker("It hurt", *blocks) == "Mila Dunst"


@pytest.mark.parametrize("surname", ["Hall", "Park", "Power", "Day", "King"])
def test_a_surname_that_is_also_an_organisation_or_title_word_alone_names_its_person(surname):
    blocks = [f"Ruth {surname} won.", f"\u201cIt hurt,\u201d {surname} said.", "Tom Pell agreed."]
    assert speaker("It hurt", *blocks) == f"Ruth {surname}"


def test_the_king_is_not_someone_surnamed_king():
    blocks = ["Ruth King won.", "\u201cIt was fine,\u201d the King said."]
    assert speaker("It was fine", *blocks) != "Ruth King"


def test_relatives_listed_by_given_name_after_the_first_are_people():
    assert names("Tom Pell is survived by his wife Marta, son Leo and daughter Ines.") == [
        "Tom Pell",
        "Marta",
        "Leo",
        "Ines",
    ]
    blocks = ["Kesia Marrow lives nearby with her husband Brannoc and son Leo.", "\u201cIt was loud,\u201d Leo said."]
    assert speaker("It was loud", *blocks) == "Leo"


@pytest.mark.parametrize("cue", ["said Brig. Gen. Pat Ryland, a spokesman", "Det. Supt. Pat Ryland said"])
def test_an_abbreviated_rank_is_a_title_and_does_not_end_the_sentence(cue):
    blocks = ["Tom Pell spoke first.", f"\u201cWe are watching closely,\u201d {cue}."]
    assert names(*blocks) == ["Tom Pell", "Pat Ryland"]
    assert speaker("We are watching closely", *blocks) == "Pat Ryland"


@pytest.mark.parametrize("place", ["San Kesby", "Puerto Harrow", "São Kesby"])
def test_saints_and_ports_in_other_languages_make_a_place(place):
    assert names(f"Dana Whitcomb, a Democrat from {place}, said so.") == ["Dana Whitcomb"]


def test_a_cueless_quotation_about_the_run_speaker_is_the_next_persons():
    blocks = ["\u201cWe lost,\u201d Ana Lund said.", "Tom Pell was at the match.", "\u201cShe played well.\u201d"]
    assert speaker("She played well", *blocks) == "Tom Pell"


@pytest.mark.parametrize("narrative", ["Lund was gracious in defeat.", "Lund disagreed.", "Lund was philosophical."])
def test_he_said_after_a_paragraph_giving_the_mood_of_the_one_named_is_theirs(narrative):
    blocks = [
        "\u201cI am so happy,\u201d Mila Dunst said after beating Ana Lund.",
        narrative,
        "\u201cShe was better today,\u201d she said.",
    ]
    assert speaker("She was better today", *blocks) == "Ana Lund"


def test_a_name_after_how_opens_a_clause_and_is_its_subject():
    blocks = ["Ana Lund spoke first.", "Mila Dunst recalled how Tom Pell had called her \u201ca disgrace.\u201d"]
    assert speaker("a disgrace", *blocks) == "Tom Pell"


def test_both_people_of_a_coordinated_subject_can_be_she_or_he():
    blocks = ["Ana Lund spoke first.", "Tom Pell and Mila Dunst met on Tuesday. \u201cNo deal,\u201d she told him."]
    assert speaker("No deal", *blocks) == "Mila Dunst"


@pytest.mark.parametrize("thing", ["Red Cross", "Sinn Fein", "Fine Gael", "Roland Garros", "Big Ben", "Bonfire Night"])
def test_well_known_charities_parties_venues_and_occasions_named_like_people_are_not_people(thing):
    assert names(f"Dana Whitcomb talked about {thing} for an hour.") == ["Dana Whitcomb"]


# --- someone's own statement ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cIt is over,\u201d reads a statement from Tom Pell.",
        "Tom Pell\u2019s statement said the deal was \u201cover.\u201d",
        "A letter from Tom Pell said the deal was \u201cover.\u201d",
    ],
)
def test_the_words_of_someones_own_statement_or_letter_are_theirs(sentence):
    assert speaker("It is over" if sentence[0] == "\u201c" else "over", "Ana Lund spoke first.", sentence) == "Tom Pell"


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cKeep out,\u201d reads a sign on the gate.",
        "\u201cKeep out,\u201d reads a statement from Tom Pell\u2019s office.",
        "\u201cKeep out,\u201d Tom Pell\u2019s office said in a statement.",
    ],
)
def test_words_a_sign_or_an_office_reads_have_no_speaker(sentence):
    assert speaker("Keep out", "Ana Lund spoke first.", sentence) is None


# --- given names that are also places ------------------------------------------------------------


@pytest.mark.parametrize("given", ["Jordan", "Paris", "Georgia"])
def test_a_given_name_that_is_also_a_place_starts_a_name(given):
    blocks = [f"\u201cIt was a long night,\u201d said {given} Pell."]
    assert names(*blocks) == [f"{given} Pell"]
    assert speaker("It was a long night", *blocks) == f"{given} Pell"


@pytest.mark.parametrize("thing", ["Georgia Tech", "Paris Match", "Paris Saint-Germain", "Jordan Valley"])
def test_a_place_before_a_things_word_is_still_not_a_person(thing):
    assert names(f"{thing} said on Monday that the day would go ahead, Dana Whitcomb said.") == ["Dana Whitcomb"]


# --- a surname alone, never introduced --------------------------------------------------------------


def test_a_surname_after_said_and_described_by_who_is_a_person_speaking():
    blocks = [
        "\u201cThe noise never stops,\u201d said Marrow, who lives nearby.",
        "\u201cWe complained twice,\u201d Marrow said.",
    ]
    assert names(*blocks) == ["Marrow"]
    assert speaker("The noise never stops", *blocks) == "Marrow"
    assert speaker("We complained twice", *blocks) == "Marrow"


def test_a_firm_after_said_and_described_by_which_is_not_a_person():
    assert names("\u201cThe plant will close,\u201d said Kesbyco, which employs 300 people.") == []


# --- a passive reporting verb: the agent after "by" spoke ------------------------------------------


@pytest.mark.parametrize("subject", ["Tobin Grael", "he"])
def test_words_someone_was_told_by_another_are_the_others(subject):
    blocks = [
        "Tobin Grael met Oskar Pell at the gate.",
        f"\u201cYou will pay for this,\u201d {subject} was told by Oskar Pell.",
    ]
    assert speaker("You will pay for this", *blocks) == "Oskar Pell"


# --- a quotation in brackets after a name ---------------------------------------------------------


def test_each_quotation_in_brackets_belongs_to_the_name_right_before_it():
    blocks = [
        "Ana Vey spoke first.",
        "Oskar Pell (\u201cWe won fair and square\u201d) and Tobin Grael (\u201cThey cheated all night\u201d) still disagree.",
    ]
    assert speaker("We won fair and square", *blocks) == "Oskar Pell"
    assert speaker("They cheated all night", *blocks) == "Tobin Grael"


# --- transcripts: speaker labels in capitals -------------------------------------------------------


def test_a_transcripts_full_name_label_in_capitals_is_a_person_and_the_speaker():
    blocks = ["TOM PELL: \u201cWe came to win.\u201d", "DANA GRAEL: \u201cSo did we.\u201d"]
    assert names(*blocks) == ["Tom Pell", "Dana Grael"]
    assert speaker("We came to win", *blocks) == "Tom Pell"
    assert speaker("So did we", *blocks) == "Dana Grael"


def test_a_transcripts_surname_label_in_capitals_names_the_person_introduced():
    blocks = [
        "Oskar Pell and Dana Grael sat down with us after the final.",
        "PELL: \u201cWe came to win.\u201d",
        "GRAEL: \u201cSo did we.\u201d",
    ]
    assert names(*blocks) == ["Oskar Pell", "Dana Grael"]
    assert speaker("We came to win", *blocks) == "Oskar Pell"
    assert speaker("So did we", *blocks) == "Dana Grael"


def test_a_label_in_capitals_that_is_not_a_name_adds_no_one():
    blocks = ["Oskar Pell spoke.", "UPDATE: \u201cThe road is open again,\u201d police said."]
    assert names(*blocks) == ["Oskar Pell"]
    assert speaker("The road is open again", *blocks) is None


def test_a_place_that_is_a_given_name_introduced_as_someones_name_is_that_person():
    blocks = ["We met a man called Jordan at the bus stop.", "\u201cHe was always kind,\u201d Jordan said."]
    assert names(*blocks) == ["Jordan"]
    assert speaker("He was always kind", *blocks) == "Jordan"


def test_a_place_that_is_a_given_name_stays_a_place_where_the_text_uses_it_as_one():
    blocks = [
        "We met a man called Jordan at the bus stop.",
        "\u201cHe was always kind,\u201d Jordan said.",
        "The team flew to Jordan on Monday.",
    ]
    assert names(*blocks) == []


# --- name shapes the robustness harness (bench/robustness.py) found ---------------------------------


@pytest.mark.parametrize("name", ["Tomas de los Reyes", "Inez de las Heras", "Salma bint Haddou"])
def test_a_name_with_a_spanish_or_arabic_particle_is_one_person(name):
    blocks = [f"Coach {name} praised the squad.", f"\u201cWe never stopped,\u201d said {name}."]
    assert names(*blocks) == [name]
    assert speaker("We never stopped", *blocks) == name


def test_a_particle_that_is_also_a_place_word_does_not_make_the_name_a_place():
    blocks = ["Coach Tomas de los Reyes praised the squad.", "\u201cWe never stopped,\u201d Reyes said."]
    assert names(*blocks) == ["Tomas de los Reyes"]
    assert speaker("We never stopped", *blocks) == "Tomas de los Reyes"


def test_a_surname_with_a_lower_case_al_prefix_after_said_is_the_speaker():
    blocks = ["Mayor Karim al-Hashimi opened the bridge.", "\u201cIt took ten years,\u201d said al-Hashimi."]
    assert names(*blocks) == ["Karim al-Hashimi"]
    assert speaker("It took ten years", *blocks) == "Karim al-Hashimi"


@pytest.mark.parametrize("name", ["Harold T. Bishop", "Ruth A. King"])
def test_a_surname_that_is_a_title_word_after_a_middle_initial_is_kept(name):
    surname = name.split()[-1]
    blocks = [f"{name} said the talks would go on.", f"\u201cWe are ready,\u201d {surname} said."]
    assert names(*blocks) == [name]
    assert speaker("We are ready", *blocks) == name


# --- single quotation marks for speech ----------------------------------------------------------


def test_a_single_mark_after_s_before_and_closes_a_quotation():
    blocks = [
        "Coach Ivo Brandt told his players to \u2018trust yourselves\u2019 and said the side was a \u2018proper team\u2019.",
        "\u2018We are ready,\u2019 Brandt said.",
    ]
    found = quotes_by_text(parse(*blocks))
    assert "trust yourselves" in found
    assert "proper team" in found


def test_a_plural_possessive_before_and_another_possessive_stays_an_apostrophe():
    blocks = [
        "Coach Ivo Brandt said the players\u2019 and coaches\u2019 union had a \u2018good case\u2019.",
        "\u2018We are ready,\u2019 Brandt said.",
    ]
    assert sorted(quotes_by_text(parse(*blocks))) == ["We are ready", "good case"]


# --- names that are also words or places ----------------------------------------------------------


@pytest.mark.parametrize("name", ["Sydney Power", "Grace Church"])
def test_two_name_words_after_a_role_noun_are_a_person_though_they_read_as_a_place_or_a_firm(name):
    surname = name.split()[-1]
    blocks = [f"Rebel spokesman {name} said the convoy was hit.", f"\u201cWe were ready,\u201d {surname} said."]
    assert names(*blocks) == [name]
    assert speaker("We were ready", *blocks) == name


def test_a_firm_after_a_role_noun_of_things_stays_a_firm():
    assert names("The club thanked its partner Sydney Power on Monday, Dana Whitcomb said.") == ["Dana Whitcomb"]


def test_a_title_before_a_surname_with_its_particle_adds_no_one():
    blocks = [
        "Coach Louis van Gaal praised the squad.",
        "Coach van Gaal says the side is ready.",
        "\u201cWe played well,\u201d said van Gaal.",
    ]
    assert names(*blocks) == ["Louis van Gaal"]
    assert speaker("We played well", *blocks) == "Louis van Gaal"


def test_a_person_named_only_by_title_and_a_surname_with_a_particle_keeps_the_particle():
    blocks = ["General de Gaulle spoke on the radio.", "\u201cFrance is not alone,\u201d de Gaulle said."]
    assert names(*blocks) == ["de Gaulle"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sydney Power, an airline analyst at Harrow Securities, said costs fell.",
        "Sydney Power, president of the rowing club, said costs fell.",
    ],
)
def test_two_name_words_before_a_role_in_apposition_are_a_person_though_they_read_as_a_place_or_a_firm(sentence):
    blocks = [sentence, "\u201cWe were ready,\u201d Power said."]
    assert names(*blocks) == ["Sydney Power"]
    assert speaker("We were ready", *blocks) == "Sydney Power"


def test_a_firm_before_an_apposition_that_only_mentions_a_person_stays_a_firm():
    blocks = ["Dana Whitcomb owns Sydney Power, a store his grandfather opened, and runs it alone."]
    assert names(*blocks) == ["Dana Whitcomb"]


@pytest.mark.parametrize(
    ("sentence", "full"),
    [
        ("Councillor April Stone voted against the plan.", "April Stone"),
        ("Harrow centre June Winter scored twice.", "June Winter"),
    ],
)
def test_a_month_that_is_a_given_name_after_a_title_starts_the_name(sentence, full):
    surname = full.split()[-1]
    blocks = [sentence, f"\u201cIt is wrong,\u201d {surname} said."]
    assert names(*blocks) == [full]
    assert speaker("It is wrong", *blocks) == full


def test_a_month_after_a_preposition_is_still_a_date():
    assert names("The mayor said in June Stone Bridge would open, Dana Whitcomb said.") == ["Dana Whitcomb"]


# --- months that are names -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Jan Tallow", "May Grael", "June Pell", "April Kesby", "August Marrow"])
def test_a_given_name_that_is_a_month_starts_a_name_before_a_surname(name):
    blocks = [
        f"Bank economist {name} said in a note that rates would hold.",
        "\u201cWe see no reason to move,\u201d she wrote.",
    ]
    assert names(*blocks) == [name]
    assert speaker("We see no reason to move", *blocks) == name


def test_a_month_that_is_a_surname_stays_in_the_name_after_a_given_name():
    blocks = ["\u201cIt was always going to be hard,\u201d said Theresa May, the former prime minister."]
    assert names(*blocks) == ["Theresa May"]
    assert speaker("It was always going to be hard", *blocks) == "Theresa May"


@pytest.mark.parametrize(
    "sentence",
    [
        "In May Kesby said little.",  # a date, then a surname
        "By June Kesby had resigned.",
        "The May Day march went ahead.",
        "The August Kesby Theatre sold out.",
        "Dana Kesby was born on May 5.",
    ],
)
def test_a_month_after_a_word_that_makes_it_a_date_names_no_one(sentence):
    assert not [name for name in names(sentence, "Ruth Marrow spoke.") if name.split()[0] in ("May", "June", "August")]


# --- suffixes, and words read from a document ----------------------------------------------------


def test_a_surname_that_is_a_title_word_stays_a_surname_before_a_suffix():
    blocks = ["Dana King III said: \u201cMy father would be proud.\u201d"]
    assert names(*blocks) == ["Dana King III"]
    assert speaker("My father would be proud", *blocks) == "Dana King III"


@pytest.mark.parametrize("cue", ["it read", "the statement read", "the notice read"])
def test_a_quotation_that_a_document_reads_has_no_speaker(cue):
    blocks = [
        "\u201cWhy now?\u201d asked Omar Kesby.",
        f"The union posted a statement on its website. \u201cOur members keep this city running,\u201d {cue}.",
    ]
    assert speaker("Why now?", *blocks) == "Omar Kesby"
    assert speaker("Our members keep this city running", *blocks) is None


def test_he_in_an_asked_clause_is_the_subject_named_after_it():
    blocks = [
        "Oskar Conway was 19 when he first took the tiller.",
        "Councillor Ivo Brandt said the council was \u201cfully committed\u201d to the service.",
        "Asked whether he would retire, Conway shrugged. \u201cWho would do it?\u201d",
    ]
    assert speaker("Who would do it?", *blocks) == "Oskar Conway"


def test_det_con_is_a_rank_before_a_name():
    article = parse("Det Con Ana Kesby, of Harrow Police, said: \u201cHe was wrong.\u201d")
    assert [(p.name, p.title) for p in article.people] == [("Ana Kesby", "Det Con")]


def test_con_alone_is_a_given_name():
    assert names("Con Marrow, the club's goalkeeper, said the team was ready.") == ["Con Marrow"]


def test_a_dateline_does_not_hide_the_subject_of_the_sentence_it_opens():
    blocks = ["KESBY \u2014 Chief Minister Ana Pell on Thursday accused the council of \u201cbetraying farmers.\u201d"]
    assert speaker("betraying farmers", *blocks) == "Ana Pell"


# --- descriptions: an age before the name, a teenager, an international ------------------------


def test_the_n_year_old_is_the_one_given_that_age_before_the_name():
    blocks = [
        "City won with 18-year-old Jaden Kesby scoring twice.",
        "\u201cI kept running,\u201d the 18-year-old said.",
    ]
    assert speaker("I kept running", *blocks) == "Jaden Kesby"


def test_the_teenager_is_the_one_given_a_teenage_age():
    blocks = [
        "Coach Ana Pell watched 17-year-old striker Jaden Kesby score twice.",
        "\u201cI kept running,\u201d the teenager said.",
    ]
    assert speaker("I kept running", *blocks) == "Jaden Kesby"


def test_the_former_international_is_the_person_the_text_is_about():
    blocks = [
        "City manager Oskar Brandt admitted he had considered a change.",
        "\u201cI am glad I did not,\u201d the former Poland international said.",
    ]
    assert speaker("I am glad I did not", *blocks) == "Oskar Brandt"


# --- couples -----------------------------------------------------------------------------------


def test_a_given_name_before_and_a_two_word_name_shares_its_surname():
    assert names("The shop will be run by Priya and Devan Kesby, who own a cafe.") == ["Priya Kesby", "Devan Kesby"]


def test_mr_and_mrs_pick_the_one_of_a_couple_whose_given_name_fits():
    blocks = [
        "John and Margaret Ellery opened the shop in 1993.",
        "\u201cWe had no idea what we were doing,\u201d Mrs Ellery said.",
        "Mr Ellery, 71, remembers the first morning. \u201cWe sold a newspaper.\u201d",
    ]
    assert speaker("We had no idea what we were doing", *blocks) == "Margaret Ellery"
    assert speaker("We sold a newspaper", *blocks) == "John Ellery"


def test_her_husband_is_the_other_one_of_the_couple():
    blocks = [
        "The shop will be run by Priya and Devan Kesby.",
        "\u201cWe know we have big shoes to fill,\u201d Mrs Kesby said.",
        "Her husband agreed. \u201cWe are not going to change much.\u201d",
    ]
    assert speaker("We know we have big shoes to fill", *blocks) == "Priya Kesby"
    assert speaker("We are not going to change much", *blocks) == "Devan Kesby"


def test_he_after_a_sentence_about_the_prime_minister_is_the_prime_minister():
    blocks = [
        "Prime Minister Oskar Brandt ruled out an early election.",
        "\u201cThey are out of ideas,\u201d Opposition Leader Ivo Kesby told reporters.",
        "The Prime Minister dismissed the attack. \u201cIvo Kesby has one idea, and it is no,\u201d he said.",
    ]
    assert speaker("They are out of ideas", *blocks) == "Ivo Kesby"
    assert speaker("Ivo Kesby has one idea, and it is no", *blocks) == "Oskar Brandt"


def test_her_as_the_object_of_a_verb_does_not_make_the_subject_she():
    blocks = [
        "Hazel Pryce has died aged 88.",
        "Former minister Alun Kesby, who met her several times, described her as \u201ca force of nature.\u201d",
        "\u201cYou did not say no to Hazel,\u201d he said.",
    ]
    assert speaker("You did not say no to Hazel", *blocks) == "Alun Kesby"


@pytest.mark.parametrize(
    "sentence, relatives",
    [
        ("She is survived by her two sons, Gareth and Rhodri.", ["Gareth", "Rhodri"]),
        ("Her sons, David, Michael and Sara, were at her side.", ["David", "Michael", "Sara"]),
    ],
)
def test_every_name_of_a_list_of_relatives_is_a_person(sentence, relatives):
    assert names("Hazel Kesby has died aged 88.", sentence) == ["Hazel Kesby", *relatives]


def test_a_name_joined_to_a_relative_that_is_a_place_or_a_body_is_not_one():
    assert names("Hazel Kesby has died aged 88.", "Her son, David, and Harrow Council agreed.") == ["Hazel Kesby"]


@pytest.mark.parametrize("position", ["Wing", "Hooker", "Flanker", "Skipper", "Opener"])
def test_a_rugby_or_cricket_position_before_a_name_is_a_title(position):
    assert names(f"{position} Sevu Kesby said the crowd had been superb.") == ["Sevu Kesby"]


def test_a_surname_that_is_a_position_stays_a_surname():
    blocks = ["John Hooker, the club chairman, spoke.", "\u201cWe are fine,\u201d Hooker said."]
    assert speaker("We are fine", *blocks) == "John Hooker"


def test_a_full_name_said_only_inside_a_quotation_is_a_person_when_the_story_uses_the_surname():
    blocks = [
        "Coach Ivo Brandt praised his defence.",
        "\u201cOur guys responded,\u201d Brandt said. \u201cHarold Kesby was a monster today.\u201d",
        "Kesby had three sacks.",
        "\u201cI was just playing the next snap,\u201d Kesby said.",
    ]
    assert names(*blocks) == ["Ivo Brandt", "Harold Kesby"]
    assert speaker("I was just playing the next snap", *blocks) == "Harold Kesby"


def test_a_full_name_only_inside_a_quotation_is_a_person_on_its_own():
    # every named person counts (the labelling rules), also one named only in someone's words
    blocks = ["\u201cI have never met Harold Kesby,\u201d Coach Ivo Brandt said."]
    assert names(*blocks) == ["Harold Kesby", "Ivo Brandt"]


def test_a_name_after_new_is_a_place_or_a_team_not_a_person():
    blocks = [
        "Ivo Brandt scored twice as the Harrow Titans rallied to beat the New Kesby Saints 23-21.",
        "Coach Ana Ruiz was unhappy. \u201cWe had our chances,\u201d she said.",
    ]
    assert names(*blocks) == ["Ivo Brandt", "Ana Ruiz"]
    assert speaker("We had our chances", *blocks) == "Ana Ruiz"


def test_a_name_after_that_opening_a_clause_is_a_person():
    blocks = [
        "The water rose so fast that Chidi Kesby had time to grab only the passports.",
        "\u201cThen it was the river,\u201d he said.",
    ]
    assert names(*blocks) == ["Chidi Kesby"]
    assert speaker("Then it was the river", *blocks) == "Chidi Kesby"


def test_a_person_with_an_age_after_a_place_is_not_an_item_of_a_list_of_places():
    blocks = [
        "At a shelter in Kesby Falls, Darla Brandt, 68, sat on a cot.",
        "\u201cThe sky turned orange at noon,\u201d she said.",
    ]
    assert names(*blocks) == ["Darla Brandt"]
    assert speaker("The sky turned orange at noon", *blocks) == "Darla Brandt"


@pytest.mark.parametrize("order", ["eldest", "youngest", "oldest"])
def test_a_child_named_by_birth_order_is_a_person(order):
    blocks = [
        "Chidi Kesby lost almost everything in the flood.",
        f"Their {order}, Ngozi, keeps a notebook of what they lost. \u201cSome things you can't buy again,\u201d she said.",
    ]
    assert names(*blocks) == ["Chidi Kesby", "Ngozi"]
    assert speaker("Some things you can't buy again", *blocks) == "Ngozi"


@pytest.mark.parametrize("congregation", ["Grace Fellowship", "Kesby Tabernacle", "Kesby Baptist"])
def test_a_congregation_is_not_a_person(congregation):
    assert names(f"Pastor Wendell Brandt of {congregation} organised the volunteers.") == ["Wendell Brandt"]


@pytest.mark.parametrize(
    "introduction",
    [
        "a nurse who gave her name only as Precious said",
        "a nurse, identified only as Precious, said",
        "a nurse who would give only her first name, Precious, said",
        "a nurse who asked to be identified by her first name, Precious, said",
    ],
)
def test_someone_who_gives_only_a_first_name_is_a_person_and_the_speaker(introduction):
    blocks = [
        "\u201cNurses want to be on the wards,\u201d union leader Pat Kesby said.",
        f"At Harrow General, {introduction} she had been using food banks.",
        "\u201cI still can't feed my kids properly,\u201d she said.",
    ]
    assert names(*blocks) == ["Pat Kesby", "Precious"]
    assert speaker("I still can't feed my kids properly", *blocks) == "Precious"


def test_pronouns_in_a_sentence_that_names_someone_as_her_role_are_the_owners():
    blocks = [
        "Maren Kesby finished fourth at the national championships.",
        "Her physiotherapist, Tomos Brandt, remembers her first session.",
        "Her coach, Pieter Dunst, thinks she can win a medal.",
        "\u201cHer numbers are better than before the crash,\u201d he says.",
    ]
    assert speaker("Her numbers are better than before the crash", *blocks) == "Pieter Dunst"


@pytest.mark.parametrize("role", ["Voter", "Pensioner", "Farmer", "Bystander"])
def test_a_member_of_the_public_named_by_what_they_were_doing_is_titled_not_named(role):
    assert names(f"{role} Carla Kesby, 54, said she had backed the mayor.") == ["Carla Kesby"]


def test_his_before_a_name_opening_no_apposition_still_votes_for_the_man():
    blocks = [
        "At 4.30am, in a van older than most of his customers, Dougie Kesby begins his round.",
        "At the third house, Morag Brandt, 86, is already at the door.",
        "\u201cYou're late,\u201d she tells him.",
        "\u201cI'm never late,\u201d Dougie replies. \u201cYou're early.\u201d",
        "She laughs. \u201cHe's been saying that for 30 years.\u201d",
    ]
    assert speaker("He's been saying that for 30 years", *blocks) == "Morag Brandt"


def test_an_organization_spelled_either_way_is_not_a_person():
    blocks = ["The Food and Kesby Organization said the swarms were smaller.", "Ana Ruiz, a herder, agreed."]
    assert names(*blocks) == ["Ana Ruiz"]
    assert names("The Kesby Organisation said so.", "Ana Ruiz, a herder, agreed.") == ["Ana Ruiz"]


@pytest.mark.parametrize("name", ["Yoon Suk-yeol", "Ha Jin-hyuk", "Kang Dong-won"])
def test_a_korean_given_name_with_a_syllable_closed_by_a_consonant_stays_in_the_name(name):
    assert names(f"{name} was sworn in on Tuesday, his aides said.") == [name]


def test_the_taoiseach_is_a_title():
    assert names("Taoiseach Micheal Kesby said the dinner should not have happened.") == ["Micheal Kesby"]


def test_a_supporter_named_after_a_speaker_is_the_subject_of_her_sentence():
    blocks = [
        "\u201cHe will need to compromise,\u201d said Park Won-ho, a professor.",
        "Outside, supporter Kim Min-ji, 58, waved a flag. \u201cI voted for him because I want change,\u201d she said.",
    ]
    assert speaker("I voted for him because I want change", *blocks) == "Kim Min-ji"


@pytest.mark.parametrize(
    "sentence, words",
    [
        (
            "A spokesman for Mr Kesby said he had attended \u201con the clear understanding\u201d it was allowed.",
            "on the clear understanding",
        ),
        ("A spokeswoman for Commissioner Kesby said: \u201cThe rules were followed.\u201d", "The rules were followed."),
    ],
)
def test_a_spokesman_for_someone_before_said_speaks_for_them_but_is_not_them(sentence, words):
    blocks = ["Commissioner Phil Kesby also attended the dinner.", sentence]
    assert speaker(words.rstrip("."), *blocks) is None


def test_a_role_after_a_comma_that_titles_the_next_name_is_no_apposition():
    blocks = ["Outside, resident Kim Min-ji waved a flag. \u201cI want change,\u201d she said."]
    assert names(*blocks) == ["Kim Min-ji"]


@pytest.mark.parametrize(
    "owners",
    [
        "The previous owners, Tavi and Meral Kesby,",
        "Her parents Tavi and Meral Kesby",
        "The couple, Tavi and Meral Kesby,",
    ],
)
def test_two_names_sharing_a_surname_after_a_plural_of_people_are_two_people(owners):
    assert names(f"{owners} retired after 22 years.") == ["Tavi Kesby", "Meral Kesby"]


def test_a_couple_named_by_given_names_the_lists_know_is_told_apart_by_mr_and_mrs():
    blocks = [
        "The previous owners, Raj and Meena Kesby, retired after 22 years.",
        "Mr Kesby said: \u201cThe village has been good to us.\u201d",
    ]
    assert speaker("The village has been good to us", *blocks) == "Raj Kesby"


def test_a_verb_after_a_name_set_off_by_a_comma_is_not_its_title():
    parsed = parse("Her coach, Gilles Kesby, praised his player's effort.")
    assert [(p.name, p.title) for p in parsed.people] == [("Gilles Kesby", "coach")]


def test_her_after_someone_named_as_a_mans_partner_is_the_partners():
    blocks = [
        "Dominic Kesby started filming maths lessons in his kitchen.",
        "Kesby's partner, Tavi, films most of the lessons on her phone.",
        "\u201cShe's the director,\u201d he said.",
    ]
    assert speaker("She's the director", *blocks) == "Dominic Kesby"


@pytest.mark.parametrize("role", ["Moderator", "Presenter", "Commentator"])
def test_a_broadcast_role_before_a_name_is_a_title(role):
    assert names(f"{role} Renee Kesby had to intervene several times.") == ["Renee Kesby"]


@pytest.mark.parametrize("body", ["campaign group", "pressure group", "trade association"])
def test_a_name_followed_by_the_kind_of_body_it_is_is_not_a_person(body):
    blocks = [f"The Level Kesby Field {body} said the incident showed that \u201cstewards need proper training\u201d."]
    assert names(*blocks) == []
    assert speaker("stewards need proper training", *blocks) is None


def test_a_proper_name_opening_the_story_is_not_an_unnamed_role():
    parsed = parse(
        "A Premier League club has apologised to a supporter who was told to leave.",
        "Gary Kesby, who uses a wheelchair, said he had been told to move.",
    )
    assert [(p.name, p.title) for p in parsed.people] == [("Gary Kesby", "")]


def test_he_after_said_is_not_enough_to_make_the_speaker_a_woman():
    blocks = [
        "Bodhana Kesby, 9, beat a grandmaster on Saturday.",
        "GM Gawain Brandt, who lost two of 30 games, said she had played \u201clike an adult\u201d.",
        "\u201cShe's going to be very strong,\u201d he said.",
    ]
    assert speaker("She's going to be very strong", *blocks) == "Gawain Brandt"


@pytest.mark.parametrize("verb", ["has said", "had said", "has repeatedly said"])
def test_a_partial_quotation_in_a_who_clause_with_an_auxiliary_is_the_named_persons(verb):
    blocks = [
        f"President Ivo Kesby, who {verb} he wants the country open \u201csooner rather than later,\u201d "
        "claimed \u201ctotal\u201d authority."
    ]
    assert speaker("sooner rather than later", *blocks) == "Ivo Kesby"


@pytest.mark.parametrize("decade", ["'90s", "'92", "\u201990s"])
def test_a_year_cut_short_is_an_apostrophe_not_an_opening_mark(decade):
    blocks = [
        f"Ivo Kesby learned the game watching {decade} highlights on YouTube.",
        '"Shaq was my hero," he said.',
    ]
    parsed = parse(*blocks)
    assert [q.text for q in parsed.quotes] == ["Shaq was my hero,"]


def test_a_teammate_before_a_name_is_a_title():
    assert names("Teammate Jimmy Kesby called him \u201ca great kid\u201d.") == ["Jimmy Kesby"]


@pytest.mark.parametrize("place", ["St. Louis", "St. Cecilia\u2019s church", "St Mary\u2019s Hospital"])
def test_a_saints_name_is_a_place_not_a_titled_person(place):
    assert names(f"Fans gathered in {place} on Sunday, said parishioner Ann Kesby.") == ["Ann Kesby"]


def test_st_after_a_given_name_is_part_of_the_surname():
    assert names('"We played well," said Michael St. John, the coach.') == ["Michael St. John"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("\u201cThe cause is under investigation,\u201d said Fire Marshal Greg Kesby.", "Fire Marshal"),
        ("Bassist Greg Kesby said the band was back on the road.", "Bassist"),
        ("Grandad Greg Kesby said the band was back on the road.", "Grandad"),
    ],
)
def test_occupations_and_family_words_before_a_name_are_titles(sentence, title):
    assert [(p.name, p.title) for p in parse(sentence).people] == [("Greg Kesby", title)]


@pytest.mark.parametrize("adjective", ["Tearful", "Heartbroken", "Furious", "Grieving", "Devastated"])
def test_an_adjective_before_a_full_name_is_not_part_of_it(adjective):
    blocks = [f"{adjective} Jodie Kesby said: \u201cI will never forget him.\u201d"]
    assert names(*blocks) == ["Jodie Kesby"]
    assert speaker("I will never forget him", *blocks) == "Jodie Kesby"


def test_a_given_name_with_an_adjectives_ending_is_kept():
    assert names("Sterling Kwame Kesby said the plan was sound.") == ["Sterling Kwame Kesby"]


def test_a_name_after_a_role_for_the_company_is_the_roles_holder():
    blocks = ["\u201cWe are reviewing the figures,\u201d a spokesman for the company, John Kesby, said."]
    assert names(*blocks) == ["John Kesby"]
    assert speaker("We are reviewing the figures", *blocks) == "John Kesby"


def test_a_possessive_plural_before_a_body_names_the_body_and_the_name_after_it_is_a_person():
    blocks = ["The director of Lakeside Children\u2019s Fund, Tanya Kesby, said: \u201cWe need volunteers.\u201d"]
    assert names(*blocks) == ["Tanya Kesby"]
    assert speaker("We need volunteers", *blocks) == "Tanya Kesby"


def test_an_adverb_opening_a_sentence_is_not_a_name():
    blocks = ["Separately, Mr. Gopal Kesby, chairman of the board, said: \u201cWe will appeal.\u201d"]
    assert names(*blocks) == ["Gopal Kesby"]


@pytest.mark.parametrize("verb", ["fumed", "sobbed", "seethed", "raged"])
def test_a_verb_of_feeling_before_a_colon_introduces_the_quote(verb):
    blocks = ["Kerry Kesby, 34, waited four hours.", f"She {verb}: \u201cNobody told us anything.\u201d"]
    assert speaker("Nobody told us anything", *blocks) == "Kerry Kesby"


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cI lost everything,\u201d said Loretta Kesby, 67, of Cedar Ford.",
        "\u201cI lost everything,\u201d said Professor Loretta Kesby of Carrow Tech.",
        "\u201cI lost everything,\u201d said Loretta Kesby, who lives in the city of Tan Loc.",
    ],
)
def test_a_name_after_of_following_a_person_an_age_or_a_place_noun_is_where_they_live_or_work(sentence):
    assert names(sentence) == ["Loretta Kesby"]


def test_a_spokesman_for_the_mayor_is_not_the_mayor():
    blocks = [
        "The mayor, Dana Kesby, was away.",
        "\u201cThe mayor will respond next week,\u201d a spokesman for the mayor said.",
    ]
    assert speaker("The mayor will respond next week", *blocks) is None


def test_the_qualifier_before_a_role_picks_which_holder_speaks():
    blocks = [
        "The finance minister, Dana Kesby, spoke first. The foreign minister, Ali Vell, followed.",
        "\u201cWe will cut taxes,\u201d the finance minister said.",
    ]
    assert speaker("We will cut taxes", *blocks) == "Dana Kesby"


def test_a_statement_from_a_titled_person_is_theirs():
    blocks = ["\u201cThe state will help,\u201d according to a statement from Gov. Dana Kesby."]
    assert speaker("The state will help", *blocks) == "Dana Kesby"


def test_a_surname_with_its_suffix_tells_father_and_son_apart():
    blocks = [
        "Tom Kesby Sr. founded the firm. His son Tom Kesby Jr. runs it.",
        "\u201cDad built this,\u201d Kesby Jr. said.",
    ]
    assert speaker("Dad built this", *blocks) == "Tom Kesby Jr."


def test_a_month_abbreviation_opens_a_three_part_name():
    assert names("\u201cWe are ready,\u201d said Jun Wei Kesby, the team captain.") == ["Jun Wei Kesby"]


@pytest.mark.parametrize("description", ["mum-of-three", "mother-of-four", "grandmother-of-12"])
def test_a_parent_of_so_many_is_the_person_the_story_is_about(description):
    blocks = ["Dana Kesby lost her home in the fire.", f"The {description} said: \u201cWe have nothing left.\u201d"]
    assert speaker("We have nothing left", *blocks) == "Dana Kesby"


def test_a_gendered_parent_description_skips_the_person_of_the_other_sex():
    blocks = [
        "Dana Kesby lost her home. Firefighter Tom Vell found her.",
        "The mum-of-three said: \u201cWe have nothing left.\u201d",
    ]
    assert speaker("We have nothing left", *blocks) == "Dana Kesby"


@pytest.mark.parametrize("party", ["Defendant", "Claimant", "Juror", "Barrister"])
def test_a_party_to_a_court_case_before_a_name_is_a_title(party):
    assert [(p.name, p.title) for p in parse(f"{party} Ali Kesby wept in court.").people] == [("Ali Kesby", party)]


@pytest.mark.parametrize("part", ["was cast as Lady Macbeth", "starred as Willy Wonka", "took the role of Willy Wonka"])
def test_a_part_played_is_a_character_not_a_person(part):
    assert names(f"Dana Kesby, who {part}, said the run was a dream.") == ["Dana Kesby"]


def test_playing_someone_in_sport_is_a_match_against_a_person():
    assert names("Ana Kesby, playing Maria Vell in the final, lost in three sets.") == ["Ana Kesby", "Maria Vell"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The property management company, Sunbelt Kesby, did not respond.",  # modifiers before the noun
        "A 29-year-old man from Bell Kesby has been charged.",  # where someone lives
        "Flooding closed roads near the San Jacinto River bridge.",  # a place after "the"
        "Deputies pulled over a white Chevrolet Tahoe for speeding.",  # a make of car
    ],
)
def test_firms_places_and_cars_are_not_people(sentence):
    assert names(sentence) == []


@pytest.mark.parametrize("office", ["Trustee", "Supervisor", "Councilmember", "Alderwoman", "Ombudsman"])
def test_a_local_office_before_a_name_is_a_title(office):
    assert [(p.name, p.title) for p in parse(f"{office} Carlos Kesby voted no.").people] == [("Carlos Kesby", office)]


@pytest.mark.parametrize("given", ["Bolat", "Chigozie", "Kwaku", "Rhys", "Dimuth", "Aigerim"])
def test_more_given_names_make_a_name_that_says_it_a_person(given):
    assert names(f"{given} Kesby said it was good.") == [f"{given} Kesby"]


def test_a_welsh_patronymic_is_one_name():
    blocks = ["\u201cI laughed,\u201d says Rhys ap Kesby, the actor."]
    assert names(*blocks) == ["Rhys ap Kesby"]


def test_a_full_stop_inside_the_closing_mark_ends_the_sentence():
    blocks = ['Priya Kesby said the film was "a masterpiece." Tom Vell left early.']
    assert speaker("a masterpiece", *blocks) == "Priya Kesby"


def test_an_official_introduced_with_an_abbreviation_is_unnamed():
    blocks = [
        "Anna Kesby said the talks had stalled.",
        'A U.S. official welcomed the talks. "We will see," the official said.',
    ]
    assert speaker("We will see", *blocks) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The novel, \u201cWhat the River Keeps,\u201d follows a retired engineer, said Ana Kesby.",
        "His story was in the documentary \u201cThe Open Door,\u201d which screened in May, said Ana Kesby.",
        "Her debut \u201cPerros del Norte\u201d won a prize, said Ana Kesby.",
    ],
)
def test_a_title_of_a_work_is_not_a_quote(sentence):
    assert parse(sentence).quotes == []


@pytest.mark.parametrize("role", ["Composer", "Substitute", "Critic", "Epidemiologist"])
def test_more_occupations_before_a_name_are_titles(role):
    blocks = [f"{role} Tom Kesby said it was \u201ca mess.\u201d"]
    assert [(p.name, p.title) for p in parse(*blocks).people] == [("Tom Kesby", role)]
    assert speaker("a mess", *blocks) == "Tom Kesby"


@pytest.mark.parametrize("office", ["Secretary of State", "Chief of Staff", "Minister of Health"])
def test_an_office_of_something_before_a_name_is_its_title(office):
    blocks = [f"{office} Anna Kesby said: \u201cWe will act.\u201d"]
    assert [(p.name, p.title) for p in parse(*blocks).people] == [("Anna Kesby", office)]
    assert speaker("We will act", *blocks) == "Anna Kesby"


@pytest.mark.parametrize(
    ("blocks", "people"),
    [
        (["She grew up in Lagos, the daughter of a civil engineer."], []),
        (["The Member for Indi, Dr Sophie Kesby, introduced the bill."], ["Sophie Kesby"]),
        (["Its maker, Sage Therapeutics, asked regulators for approval."], []),
        (["Ships cross the Gulf daily.", "Tom Kesby of Gulf Maritime Advisory said rates rose."], ["Tom Kesby"]),
    ],
)
def test_places_and_firms_in_apposition_are_not_people(blocks, people):
    assert names(*blocks) == people


def test_a_single_name_after_to_with_a_role_in_apposition_is_a_person():
    assert names("He passed the ball to Vinicius, the forward, who scored.") == ["Vinicius"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("They played at Croke Park and Jack Kesby scored twice.", "Jack Kesby"),
        ("He turned inside Ben Kesby and scored.", "Ben Kesby"),
    ],
)
def test_a_player_after_a_venue_or_a_passing_preposition_is_a_person(sentence, name):
    assert names(sentence) == [name]


def test_a_name_set_off_after_a_role_is_the_subject_of_any_verb_before_a_fragment():
    blocks = ["Her editor, Claudia Kesby, remembers \u201ca shock.\u201d"]
    assert speaker("a shock", *blocks) == "Claudia Kesby"


def test_the_agent_of_a_passive_verb_calls_it_what_follows_as():
    blocks = ["Ana Vell signed the deal.", "It was hailed by Tom Kesby as \u201ca real step forward.\u201d"]
    assert speaker("a real step forward", *blocks) == "Tom Kesby"


@pytest.mark.parametrize("unnamed", ["A DEA spokeswoman said the pills were fake.", "A woman in the crowd cheered."])
def test_she_after_an_unnamed_woman_is_not_the_woman_named_before(unnamed):
    blocks = ["Sheriff Ana Kesby praised the deputy.", unnamed, "\u201cPeople think they are safe,\u201d she said."]
    assert speaker("People think they are safe", *blocks) is None


def test_she_after_an_unnamed_man_is_still_the_woman_named_before():
    blocks = [
        "Sheriff Ana Kesby praised the deputy.",
        "A man in the crowd cheered.",
        "\u201cI am proud,\u201d she said.",
    ]
    assert speaker("I am proud", *blocks) == "Ana Kesby"


def test_ed_is_a_mans_name():
    blocks = ["Sheriff Ed Kesby praised the deputy.", "\u201cI am proud,\u201d she said."]
    assert speaker("I am proud", *blocks) is None


def test_a_spouse_of_so_many_years_is_named_by_a_given_name():
    blocks = [
        "Eamonn Kesby, 72, tackled the robber.",
        "His wife of 48 years, Maureen, said she was not surprised.",
        "\u201cThat is just him,\u201d she said.",
    ]
    assert names(*blocks) == ["Eamonn Kesby", "Maureen"]
    assert speaker("That is just him", *blocks) == "Maureen"


def test_a_description_in_the_deck_is_the_person_the_body_then_names():
    parsed = parse(
        "The pensioner said he \u201cjust saw red\u201d when the man grabbed the till",
        "Eamonn Kesby, 72, tackled a robber in his shop on Monday.",
        "Police praised him.",
    )
    assert parsed.deck
    assert [(q.text, q.speaker) for q in parsed.quotes] == [("just saw red", "Eamonn Kesby")]


def test_the_subject_opening_the_sentence_speaks_through_a_participle():
    blocks = [
        "Ryan Kesby joined Norwich in August.",
        "The defender posted on Instagram, writing: \u201cWishing her the best.\u201d",
    ]
    assert speaker("Wishing her the best", *blocks) == "Ryan Kesby"


@pytest.mark.parametrize("opener", ["as", "after"])
def test_a_name_after_a_subordinating_word_is_the_subject_of_its_verb(opener):
    blocks = [f"Kayleigh Vell wept {opener} Simon Kesby said she had \u201cutterly failed\u201d her son."]
    assert speaker("utterly failed", *blocks) == "Simon Kesby"


def test_a_role_after_a_clause_with_a_pronoun_speaks_itself():
    blocks = ["Anna Kesby was criticised.", "Asked whether she would resign, her lawyer said: \u201cNo.\u201d"]
    assert speaker("No", *blocks) is None


def test_a_role_titling_a_named_person_after_such_a_clause_is_that_person():
    blocks = [
        "Tom Vell, the coach, was criticised.",
        "Asked whether he would resign, the coach said: \u201cNo.\u201d",
    ]
    assert speaker("No", *blocks) == "Tom Vell"


def test_a_shared_surname_before_said_he_is_the_man_who_bears_it():
    blocks = [
        "Kwabena Kesby brought his mother, Akosua Kesby, on stage.",
        "Afterwards, Kesby told me he had been nervous. \u201cWho am I to be up there?\u201d",
    ]
    assert speaker("Who am I to be up there?", *blocks) == "Kwabena Kesby"


@pytest.mark.parametrize("owner", ["Sri Lanka\u2019s", "Saudi Arabia\u2019s"])
def test_a_possessive_owner_of_two_words_stays_whole_in_the_title(owner):
    parsed = parse(f"{owner} captain, Dimuth Kesby, praised them.")
    assert [(p.name, p.title) for p in parsed.people] == [("Dimuth Kesby", f"{owner} captain")]


def test_a_role_of_a_place_set_off_before_a_name_is_its_title():
    parsed = parse("The mayor of Lyon, Gregory Kesby, unveiled a plan.")
    assert [(p.name, p.title) for p in parsed.people] == [("Gregory Kesby", "mayor of Lyon")]


@pytest.mark.parametrize(
    "sentence",
    [
        "An analyst with Kotak Institutional Equities said prices were high, Ana Kesby said.",
        "The company plans to expand into Southeast Asia, said Ana Kesby.",
    ],
)
def test_a_firm_after_a_role_with_and_a_region_are_not_people(sentence):
    assert names(sentence) == ["Ana Kesby"]


@pytest.mark.parametrize("signature", ["By Maria Kesby", "\u2014 Maria Kesby, KWXT News"])
def test_a_byline_closing_the_story_names_no_person_of_it(signature):
    blocks = ["The council met on Monday. \u201cWe are broke,\u201d said Tom Vell.", signature]
    assert names(*blocks) == ["Tom Vell"]


@pytest.mark.parametrize(("given", "pronoun"), [("Gareth", "he"), ("Declan", "he"), ("Liam", "he"), ("Imogen", "she")])
def test_british_and_irish_given_names_set_the_pronoun(given, pronoun):
    other = "she" if pronoun == "he" else "he"
    blocks = [f"{given} Kesby said officers had searched the home.", f"\u201cCome home,\u201d {other} said."]
    assert speaker("Come home", *blocks) is None


@pytest.mark.parametrize(
    ("blocks", "people"),
    [
        (["\u201cYes,\u201d said Ji-yeon Park."], ["Ji-yeon Park"]),
        (["Four passengers were taken to Leeds General Infirmary, Ana Kesby said."], ["Ana Kesby"]),
        (["Residents of Alice Springs were stranded, Ana Kesby said."], ["Ana Kesby"]),
        (["The USS Gerald R. Ford left port, Ana Kesby said."], ["Ana Kesby"]),
    ],
)
def test_ships_hospitals_and_places_of_residents_are_not_people(blocks, people):
    assert names(*blocks) == people


@pytest.mark.parametrize("verb", ["alleged", "contended"])
def test_a_one_word_fragment_after_alleged_is_a_quote(verb):
    blocks = [f"Ravi Kesby {verb} that the government was \u201csleeping\u201d during the floods."]
    assert speaker("sleeping", *blocks) == "Ravi Kesby"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("At Oakwood Academy, John Kesby stood at the gate.", "John Kesby"),
        ("The Minister for Health, Mary Kesby, resigned on Monday.", "Mary Kesby"),
    ],
)
def test_a_name_after_an_opening_phrase_or_an_office_of_a_body_is_no_item_of_a_list(sentence, name):
    assert names(sentence) == [name]


@pytest.mark.parametrize(
    "office", ["Speaker of the Assembly", "President of the Senate", "Leader of the Opposition in the Assembly"]
)
def test_an_office_of_a_named_body_before_a_name_is_its_title(office):
    blocks = [f"{office} Ravi Kesby said: \u201cThey did nothing.\u201d"]
    assert [(p.name, p.title) for p in parse(*blocks).people] == [("Ravi Kesby", office)]
    assert speaker("They did nothing", *blocks) == "Ravi Kesby"


def test_a_title_after_a_firm_joined_by_an_ampersand_still_introduces_a_person():
    blocks = ["Marks & Spencer Chief Executive Fiona Kesby said there would be \u201creal savings for shoppers.\u201d"]
    assert names(*blocks) == ["Fiona Kesby"]
    assert speaker("real savings for shoppers", *blocks) == "Fiona Kesby"


@pytest.mark.parametrize("nickname", ["Tower", "Bridge", "Bank"])
def test_a_nickname_that_is_a_place_word_does_not_make_its_person_a_place(nickname):
    assert names(f"Marcel \u201c{nickname}\u201d Kesby had 27 points.") == ["Marcel Kesby"]


def test_a_name_after_asked_and_a_comma_is_the_subject_not_a_prepositions_object():
    blocks = [
        "\u201cYes,\u201d said Anna Vell.",
        "Asked what she was proudest of, Mary Kesby did not hesitate. \u201cThe women,\u201d she said.",
    ]
    assert speaker("The women", *blocks) == "Mary Kesby"


def test_a_name_in_apposition_in_an_opening_clause_is_not_the_sentences_subject():
    blocks = [
        "Luca Kesby won easily.",
        "Asked about his rival, Tyler Vell, Kesby laughed. \u201cHe serves fast,\u201d he said.",
    ]
    assert speaker("He serves fast", *blocks) == "Luca Kesby"


def test_a_clause_after_a_semicolon_has_a_topic_of_its_own():
    blocks = [
        "Emma Vell sings. Tom Lake drove vans; Valentina Kesby sold cakes. \u201cThat was humbling,\u201d she said."
    ]
    assert speaker("That was humbling", *blocks) == "Valentina Kesby"


def test_a_capitalised_name_after_called_names_a_thing():
    parsed = parse("Kesby Labs sells an AI assistant called \u201cPilot.\u201d It costs $20 a month.")
    assert parsed.quotes == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Environment Canada issued a heat warning, Ana Kesby said.",
        "Transport Infrastructure Ireland closed the road, Ana Kesby said.",
        "The shop on George St will close, Ana Kesby said.",
        "Traffic was heavy across the Greater Toronto Area, Ana Kesby said.",
        "Lincoln High football coach Ana Kesby is not buying the hype.",
    ],
)
def test_agencies_streets_areas_and_schools_are_not_people(sentence):
    assert names(sentence) == ["Ana Kesby"]


@pytest.mark.parametrize("rank", ["Garda", "Junior"])
def test_a_rank_or_class_year_before_a_name_is_a_title(rank):
    assert [(p.name, p.title) for p in parse(f"{rank} Maya Kesby said she was tired.").people] == [("Maya Kesby", rank)]


def test_jess_may_be_a_woman():
    blocks = ["Jess Kesby said she had started checking prices.", "\u201cIt all adds up,\u201d she said."]
    assert speaker("It all adds up", *blocks) == "Jess Kesby"


def test_a_late_husband_named_by_his_given_name_is_a_person():
    assert names("Margaret Kesby opened the shop with her late husband, Alastair, in 1984.") == [
        "Margaret Kesby",
        "Alastair",
    ]


def test_a_title_in_single_marks_after_titled_is_not_a_quote():
    assert parse("Rohan Kesby will direct a drama titled \u2018Ghar Wapsi\u2019, the makers announced.").quotes == []


def test_an_office_of_something_before_an_initialled_name_is_its_title():
    assert names("Deputy Commissioner of Police N. Kesby said the gang was caught.") == ["N. Kesby"]


def test_local_before_a_party_is_no_part_of_a_name():
    assert names("Local Sinn F\u00e9in TD Se\u00e1n Kesby said he had raised it.") == ["Se\u00e1n Kesby"]


def test_a_surname_shared_by_relatives_names_the_one_introduced_first():
    blocks = [
        "Margaret Kesby bakes bread every morning.",
        "Her mother, Ingrid Kesby, died in 1994.",
        "\u201cThat is when I knew,\u201d Kesby says.",
    ]
    assert speaker("That is when I knew", *blocks) == "Margaret Kesby"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobias Kesby, an oceanographer at the British Antarctic Survey, called the findings \u201csobering.\u201d",
        "Tobias Kesby, a fellow at the Asan Institute for Policy Studies, called the findings \u201csobering.\u201d",
    ],
)
def test_a_survey_or_studies_ends_the_name_of_a_body(sentence):
    assert names(sentence) == ["Tobias Kesby"]
    assert speaker("sobering", sentence) == "Tobias Kesby"


@pytest.mark.parametrize("sign", ["a sign reading \u201cGo Back to Madison\u201d", "a banner: \u201cPay Up Now\u201d"])
def test_written_words_in_title_case_are_quoted_wording(sign):
    parsed = parse(f"A man held up {sign} near the exit, said Ana Kesby.")
    assert [(q.text, q.speaker) for q in parsed.quotes] == [(sign.split("\u201c")[1].rstrip("\u201d"), None)]


def test_a_name_after_the_leader_of_a_named_party_is_a_person():
    blocks = [
        "The leader of the Labour Party, Jane Kesby, hailed the outcome.",
        "\u201cIt is a good day,\u201d she said.",
    ]
    assert names(*blocks) == ["Jane Kesby"]
    assert speaker("It is a good day", *blocks) == "Jane Kesby"


def test_an_honorific_of_the_owner_in_a_title_does_not_set_the_persons_pronoun():
    blocks = ["Tom Vell was jailed.", "Jane Kesby, Mr. Vell\u2019s sister, was sad. \u201cWe won,\u201d she said."]
    assert speaker("We won", *blocks) == "Jane Kesby"


def test_a_role_set_off_before_a_titled_name_is_the_subject_of_any_verb():
    blocks = ["The chairwoman, Senator Susan Kesby, praised him as \u201ca brilliant jurist.\u201d"]
    assert speaker("a brilliant jurist", *blocks) == "Susan Kesby"


def test_she_after_an_unnamed_relative_is_not_the_woman_named_before():
    blocks = [
        "Parisa Kesby, 26, refuses to wear a headscarf.",
        "Her mother was terrified. \u201cI pray every day,\u201d she said.",
    ]
    assert speaker("I pray every day", *blocks) is None


def test_a_pronoun_before_said_is_resolved_where_it_stands():
    blocks = ["Then Sam Kesby stood up. He said Tom Vell had \u201clied to the court.\u201d"]
    assert speaker("lied to the court", *blocks) == "Sam Kesby"


def test_a_double_possessive_after_a_friend_of_names_a_person():
    assert names("Jane Vell, a friend of Tom Kesby\u2019s, was sad.") == ["Jane Vell", "Tom Kesby"]


# --- an unnamed someone of either sex, then "he said" -----------------------------------------------


@pytest.mark.parametrize(
    "unnamed",
    [
        "A resident, who did not want to be named, said the water had risen overnight.",
        "One constituent was less forgiving.",
        "One tester in Harrow wrote a long post.",
    ],
)
def test_a_pronoun_after_an_unnamed_someone_of_either_sex_is_no_one_named(unnamed):
    blocks = ["Tom Kesby thanked the volunteers.", f"{unnamed} \u201cWe were left on our own,\u201d he said."]
    assert speaker("We were left on our own", *blocks) is None


def test_a_pronoun_inside_a_relative_clause_is_not_the_subject_of_said():
    blocks = [
        "Mayor Tom Kesby said he would \u201cnot object\u201d to the plan.",
        "A teacher, who asked not to be named because he feared reprisals, said the school was "
        "\u201cthe heart of this town.\u201d",
    ]
    assert speaker("the heart of this town", *blocks) is None


# --- a second reference by a word inside the name -----------------------------------------------


@pytest.mark.parametrize(
    ("full", "later"),
    [
        ("Doreen Kesby Mei-ling", "Kesby"),  # Hong Kong: English given name, surname, Cantonese given name
        ("Bishop Matthias Vell Kwok-chuen", "Bishop Vell"),
        ("Luis Alberto Kesby de los Vell", "Mr Kesby"),  # two Spanish surnames: the first
        ("Jonathan Kesby Kah Wee", "Mr Kesby"),
        ("Muhammad Firdaus Kesby", "Mr Firdaus"),  # a Malay name: the given name with the honorific
        ("Abdulkarim al-Kesby", "Kesby"),  # "al-" dropped on second reference
    ],
)
def test_a_person_called_by_a_word_inside_their_name_is_that_person(full, later):
    blocks = [f"{full} spoke at the hearing on Monday.", f"\u201cWe came here in good faith,\u201d {later} said."]
    assert names(*blocks) == [full.removeprefix("Bishop ")]
    assert speaker("We came here in good faith", *blocks) == full.removeprefix("Bishop ")


def test_a_word_inside_a_name_does_not_take_the_name_of_someone_else():
    blocks = [
        "Mary Ann Kesby and Ann Vell met on Monday.",
        "\u201cWe agreed,\u201d Ann said.",
    ]
    assert names(*blocks) == ["Mary Ann Kesby", "Ann Vell"]
    assert speaker("We agreed", *blocks) == "Ann Vell"


# --- styles and ranks before a name -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police spokesperson Brigadier Hlulani Kesby said more officers were sent.", "Hlulani Kesby"),
        ("Commodore Ann Kesby said more ships were sent.", "Ann Kesby"),
        ("The Rev Canon Margaret Kesby said more chairs were sent.", "Margaret Kesby"),
        ("Maulana Abdul Wahid Kesby said more food was sent.", "Abdul Wahid Kesby"),
        ("The monarch, Oba Rasheed Kesby, said more food was sent.", "Rasheed Kesby"),
        ("Another trader, Alhaji Mustapha Kesby, said more food was sent.", "Mustapha Kesby"),
        ("Hajiya Amina Kesby said more food was sent.", "Amina Kesby"),
        ("Madam Lee Siew Kesby said more food was sent.", "Lee Siew Kesby"),
        ("The chief engineer, Engr. Obinna Kesby, said more pumps were sent.", "Obinna Kesby"),
        ("Ace Hiroshi Kesby (17-8) will start on Tuesday.", "Hiroshi Kesby"),
        ("Teenager Kieran Kesby scored twice on Saturday.", "Kieran Kesby"),
        ("Youngster Kieran Kesby scored twice on Saturday.", "Kieran Kesby"),
    ],
)
def test_a_style_or_rank_before_a_name_is_no_part_of_it(text, name):
    assert names(text) == [name]


def test_a_style_on_second_reference_names_the_same_person():
    blocks = ["Madam Lee Siew Kesby, 67, sells noodles.", "\u201cMaybe my children are right,\u201d Mdm Lee said."]
    assert names(*blocks) == ["Lee Siew Kesby"]
    assert speaker("Maybe my children are right", *blocks) == "Lee Siew Kesby"


def test_madam_makes_a_woman():
    blocks = [
        "Tom Vell runs the stall next door.",
        "Madam Lee Siew Kesby, 67, sells noodles.",
        "\u201cBusiness is slow,\u201d she said.",
    ]
    assert speaker("Business is slow", *blocks) == "Lee Siew Kesby"


# --- the rest of an office's or a body's name ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tom Kesby asked the Directorate of Criminal Investigations to take over.",
        "Tom Kesby sent the file to the Director of Public Prosecutions for a ruling.",
        "Tom Kesby works at the Harrow Institute for Climate Impact Research.",
        "Tom Kesby sat the Harrow Diploma of Secondary Education exam.",
        "Tom Kesby sat the reformed Leaving Certificate this year.",
        "Tom Kesby lives in Barangay Longos.",
        "Tom Kesby slept at the Silver Dollar Fairgrounds overnight.",
    ],
)
def test_the_words_of_a_body_or_an_award_after_of_or_for_are_not_a_person(text):
    assert names(text) == ["Tom Kesby"]


def test_a_chamber_of_commerce_before_its_president_is_not_a_person():
    blocks = [
        "Harrow Chamber of Commerce president Tom Kesby said the shop was loved. \u201cWe grew up on it,\u201d he said."
    ]
    assert names(*blocks) == ["Tom Kesby"]
    assert speaker("We grew up on it", *blocks) == "Tom Kesby"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Minister for Parliamentary Affairs Imran Kesby said the time was ample.",
            "Imran Kesby",
            "Minister for Parliamentary Affairs",
        ),
        (
            "Minister of Land Reform and Rural Development Sipho Kesby said the bill was sound.",
            "Sipho Kesby",
            "Minister of Land Reform and Rural Development",
        ),
        (
            "Senior Minister of State for Health Jeevan Kesby said the plan was sound.",
            "Jeevan Kesby",
            "Senior Minister of State for Health",
        ),
    ],
)
def test_a_portfolio_of_several_words_before_the_name_is_part_of_the_title(text, name, title):
    parsed = parse(text)
    assert [(p.name, p.title) for p in parsed.people] == [(name, title)]


def test_a_person_after_a_longer_opening_phrase_ending_in_a_place_is_kept():
    assert names("At a shelter at the Silver Dollar Fairgrounds, Tom Kesby sat on a cot.") == ["Tom Kesby"]


# --- a colon after the verb opens the next speaker's words; surnames in -lly; questions put ----


@pytest.mark.parametrize("joint", [" ", " while "])
def test_a_verb_with_a_colon_after_a_quotation_opens_the_next_quotation(joint):
    blocks = [f"Ana Kesby said: \u201cWe were brilliant!\u201d{joint}Tom Vell added: \u201cWe were poor.\u201d"]
    assert speaker("We were brilliant!", *blocks) == "Ana Kesby"
    assert speaker("We were poor", *blocks) == "Tom Vell"


@pytest.mark.parametrize("surname", ["Connolly", "Donnelly", "Reilly", "Tully"])
def test_a_surname_in_lly_opening_a_sentence_is_not_an_adverb(surname):
    blocks = [f"Tom {surname} kicked 14 points.", f"{surname}, 37, said: \u201cI am not going anywhere.\u201d"]
    assert speaker("I am not going anywhere", *blocks) == f"Tom {surname}"


@pytest.mark.parametrize("verb", ["posed", "queried", "wondered"])
def test_a_question_put_by_someone_named_after_it_is_theirs(verb):
    blocks = [f"\u201cWhere do they want me to find the money?\u201d {verb} Mr Tom Kesby, a parent."]
    assert speaker("Where do they want me to find the money?", *blocks) == "Tom Kesby"


# --- a name in apposition is no role of the words before it --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reacting, the state Chief Fire Officer, Engr. Obi Kesby, said the delay was caused by traffic.",
        "The men were caught near Lamar Avenue, Sgt. Obi Kesby, a police spokesman, said.",
        "Harrow County Executive for Trade, Mr Obi Kesby, said the traders had been consulted.",
        "Head of the Harrow South Police Division, Superintendent Obi Kesby, said police had a suspect.",
    ],
)
def test_words_before_a_titled_name_in_apposition_are_not_a_person(text):
    assert names(text) == ["Obi Kesby"]


# --- staff lines at the foot; ranks that are also adjectives -------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "Write to Ana Vell at ana.vell@example.com and Tom Lind at tom.lind@example.com",
        "--With assistance from Ana Vell and Tom Lind.",
    ],
)
def test_a_staff_line_at_the_foot_names_no_one_in_the_story(credit):
    assert names("Tom Kesby said the quarter was good.", credit) == ["Tom Kesby"]


@pytest.mark.parametrize("thing", ["major Linux distributions", "major Wall Street banks", "principal Harrow schools"])
def test_a_rank_in_lower_case_before_a_name_is_an_adjective(thing):
    assert names(f"The flaw hit {thing}, said Tom Kesby.") == ["Tom Kesby"]


# --- titles with American punctuation inside the marks; a description before a relative clause -


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Kesby walked the red carpet at the premiere of \u201cThe Long Quiet,\u201d her first film.",
        "Ana Kesby closed the set with \u201cTidewater.\u201d",
        "Ana Kesby will next appear in \u201cSalt Water.\u201d",
    ],
)
def test_a_title_with_its_comma_or_full_stop_inside_the_marks_is_not_a_quotation(sentence):
    assert parse(sentence).quotes == []


def test_words_greeted_with_an_exclamation_stay_a_quotation():
    assert [q.text for q in parse("The crowd greeted Ana Kesby with \u201cWelcome Home!\u201d").quotes] == [
        "Welcome Home!"
    ]


def test_a_description_before_a_relative_clause_is_the_subject_of_said():
    blocks = [
        "Ana Kesby lost on Thursday.",
        "The 22-year-old, who needed a wildcard, said the crowd had been \u201cunbelievable\u201d.",
    ]
    assert speaker("unbelievable", *blocks) == "Ana Kesby"


@pytest.mark.parametrize(
    "dateline",
    ["NAGA CITY, Camarines Sur \u2014 ", "ELDORET, Uasin Gishu \u2014 ", "SURIGAO CITY, Surigao del Sur \u2014 "],
)
def test_the_region_in_a_wire_dateline_is_not_a_person(dateline):
    assert names(f"{dateline}Thousands fled on Thursday, Mayor Tom Kesby said.") == ["Tom Kesby"]


def test_a_name_opening_a_paragraph_before_a_dash_is_still_a_person():
    assert names("Ana Kesby \u2014 the club's captain \u2014 said she would stay.") == ["Ana Kesby"]


@pytest.mark.parametrize("name", ["Jomar dela Kesby", "Siti binti Kesby"])
def test_filipino_and_malay_particles_stay_inside_the_name(name):
    assert names(f"Police named the suspects as {name}, 29, and Arnel Vell, 33.") == [name, "Arnel Vell"]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Kesby posted a short video on his Instagram Stories.",
        "Tom Kesby posted a short video to his YouTube Channel.",
        "Tom Kesby drives at the Red Bull Ring next weekend.",
        "Tom Kesby is trying to win three straight Super Bowls.",
        "Tom Kesby stars in a film titled Blue Hour.",
    ],
)
def test_platforms_circuits_and_titled_works_are_not_people(text):
    assert names(text) == ["Tom Kesby"]


# --- who the words belong to: accusers, parties, videos, readouts, one of several --------------


@pytest.mark.parametrize("passive", ["was accused of", "has been branded", "was criticised for"])
def test_the_target_of_a_passive_verb_of_criticism_did_not_say_the_words(passive):
    assert speaker("hiding behind spreadsheets", f"Tom Kesby {passive} \u201chiding behind spreadsheets\u201d.") is None


def test_a_party_named_before_the_speaker_leaves_her_the_subject():
    blocks = [
        "Minister Tom Vell said the money was \u201cdelivered\u201d.",
        "Sinn F\u00e9in's Mary Kesby accused him of \u201creannouncing old money\u201d.",
    ]
    assert speaker("reannouncing old money", *blocks) == "Mary Kesby"


def test_a_video_posted_online_is_not_an_unnamed_speaker():
    assert (
        speaker(
            "the fight is not over", "Mary Kesby said in a video posted online that \u201cthe fight is not over\u201d."
        )
        == "Mary Kesby"
    )


def test_according_to_a_readout_after_a_named_speaker_reports_their_words():
    blocks = [
        "Tom Kesby met his counterpart.",
        "Kesby said Japan should not \u201cplay with fire,\u201d according to a readout.",
    ]
    assert speaker("play with fire", *blocks) == "Tom Kesby"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lawmakers pressed minister Tom Kesby, with one legislator saying the public deserved \u201ca clearer picture\u201d.",
        "Tom Kesby, an official, spoke first. Another official said the public deserved \u201ca clearer picture\u201d.",
    ],
)
def test_one_of_several_officials_is_no_one_named(sentence):
    assert speaker("a clearer picture", sentence) is None


@pytest.mark.parametrize(
    "blocks",
    [
        ("Hurricane Helene made landfall on Thursday.", "Forecasters said Helene would weaken by Friday."),
        ("Tropical Storm Kristine dumped heavy rain.", "The bureau said Kristine was packing strong winds."),
        ("Tom Kesby boarded up his shop.", "Forecasters said Helene would make landfall by Friday."),
    ],
)
def test_a_storm_or_the_subject_of_a_clause_after_said_is_not_a_speaker_named_by_given_name(blocks):
    assert names(*blocks) == (["Tom Kesby"] if "Kesby" in blocks[0] else [])


@pytest.mark.parametrize(
    "owner",
    [
        "That was the assessment of Ana Kesby, a forecaster.",
        "That's the view of Ana Kesby, a forecaster.",
        "That's how Ana Kesby sees it.",
    ],
)
def test_the_sentence_after_a_quotation_can_name_its_speaker(owner):
    blocks = ["Tom Vell said his heating had failed.", f"\u201cIt is the coldest air in years.\u201d {owner}"]
    assert speaker("It is the coldest air in years", *blocks) == "Ana Kesby"


# --- courts and press conferences ------------------------------------------------------------------


def test_the_judge_is_the_justice_of_a_superior_court():
    blocks = [
        "Justice Anne Kesby sentenced Tom Vell to four years.",
        "\u201cThe harm did not end,\u201d the judge said.",
    ]
    assert speaker("The harm did not end", *blocks) == "Anne Kesby"


def test_an_honorific_passes_over_a_relative_of_the_other_sex():
    blocks = [
        "Jayden Kesby, 15, died in hospital.",
        "His mother, Kerry Kesby, said outside court she was devastated.",
        "\u201cNobody listened to me,\u201d Ms Kesby said.",
    ]
    assert speaker("Nobody listened to me", *blocks) == "Kerry Kesby"


def test_the_one_asked_about_is_not_the_role_that_answers():
    blocks = [
        "Coach Tom Kesby praised his team. Rhys Vell retired.",
        "Asked about Vell, the coach said: \u201cHe is a great player.\u201d",
    ]
    assert speaker("He is a great player", *blocks) == "Tom Kesby"


def test_he_after_one_of_several_is_no_one_named():
    blocks = [
        "Tom Kesby, 63, was sentenced on Wednesday.",
        "One of the victims read a statement.",
        "\u201cFor 25 years I told nobody,\u201d he said.",
    ]
    assert speaker("For 25 years I told nobody", *blocks) is None


@pytest.mark.parametrize(
    "text",
    [
        "Harrow police spokesman Const. Rob Kesby said the case remained open.",
        "Afterwards, under-pressure manager Rob Kesby faced the media.",
    ],
)
def test_a_rank_or_an_opening_adverb_before_a_titled_name_is_not_a_person(text):
    assert names(text) == ["Rob Kesby"]


# --- bylines as web pages print them ---------------------------------------------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "Ana Vell | USA TODAY",
        "Ana Vell \u00b7 CBC News \u00b7 Posted: Jan 14, 2025 7:02 AM AST",
        "Ana Vell, City Hall Bureau Chief",
        "By Ana Vell For Mailonline",
        "by: Ana Vell\nPosted: Aug 19, 2021",
        "Ana Vell\nMarch 19, 2024 \u2014 5.30am",
    ],
)
def test_a_byline_as_a_web_page_prints_it_names_no_person_of_the_story(byline):
    assert names(byline, "Mayor Tom Kesby said the budget was balanced.") == ["Tom Kesby"]


@pytest.mark.parametrize(
    "before", ["Editor's note: This story contains discussion of suicide.", "The council says the plan will cut waste."]
)
def test_a_byline_after_a_note_or_a_standfirst_names_no_person_of_the_story(before):
    assert names(before, "By Ana Vell\nOmaha World-Herald", "Mayor Tom Kesby said the budget was balanced.") == [
        "Tom Kesby"
    ]


@pytest.mark.parametrize(
    "line",
    ["Ana Vell, a reporter, said the budget was balanced.", "Ana Vell, Chief Executive, said the budget was balanced."],
)
def test_a_name_and_a_comma_opening_a_story_is_still_a_person(line):
    assert "Ana Vell" in names(line, "Mayor Tom Kesby said the budget was balanced.")


@pytest.mark.parametrize(
    "foot",
    [
        ("Ana Vell is a state politics reporter at The Harrow Herald.",),
        ("Follow Ana Vell on Twitter @anavell",),
        ("Contact reporter Ana Vell at 555-0100 or avell@example.com.",),
        ("Contributing: Ana Vell, The Harrow Herald",),
        ("With files from Ana Vell",),
        ("Ana Vell is a reporter for The Herald.", "Follow Ana Vell on Twitter @anavell"),
    ],
)
def test_notes_about_the_reporter_at_the_foot_name_no_person_of_the_story(foot):
    assert names("Mayor Tom Kesby said the budget was balanced.", *foot) == ["Tom Kesby"]


def test_a_reporter_in_the_story_itself_is_a_person():
    blocks = [
        "Ana Vell is a reporter who was detained in Harrow last year.",
        "Mayor Tom Kesby said the budget was balanced.",
    ]
    assert names(*blocks) == ["Ana Vell", "Tom Kesby"]


@pytest.mark.parametrize(
    "place",
    [
        "on Palmetto Way",
        "on Palmetto Drive",
        "on Elliott Street",
        "at the corner of Main and Mill Streets",
        "in Rapides Parish",
    ],
)
def test_streets_and_parishes_are_not_people(place):
    assert names(f"Tom Kesby was hurt {place} on Friday.") == ["Tom Kesby"]


def test_a_person_named_parish_is_a_person():
    assert names("Robert Parish said the team was ready.") == ["Robert Parish"]


# --- regions, elders, boards and a relative named after "said" -----------------------------------


@pytest.mark.parametrize("demonym", ["Yorkshireman", "Texan", "Dubliner", "Queenslander"])
def test_a_person_from_a_region_or_city_is_the_person_described(demonym):
    blocks = ["Tom Kesby won the stage.", f"\u201cIt was hard,\u201d the {demonym} said."]
    assert speaker("It was hard", *blocks) == "Tom Kesby"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Reverend Ann Kesby said the hall would open.", "Ann Kesby"),
        ("Elder Ann Kesby said the hall would open.", "Ann Kesby"),
        ("Crofter Iain Kesby said the hall would open.", "Iain Kesby"),
        ("Calum Kesby said the hall would open.", "Calum Kesby"),
        ("Fergus Kesby said the hall would open.", "Fergus Kesby"),
        ("Tom Kesby of the Serious Crash Unit said the road would open.", "Tom Kesby"),
        ("Tom Kesby of the Lottery Grants Board said the hall would open.", "Tom Kesby"),
        ("Tom Kesby backed the Little Stars Appeal.", "Tom Kesby"),
        ("Tom Kesby served in the Second World War.", "Tom Kesby"),
        ("Local Plaid Cymru MS Ann Kesby said the hall would open.", "Ann Kesby"),
    ],
)
def test_titles_and_bodies_around_a_name(text, name):
    assert names(text) == [name]


def test_a_relative_named_after_an_inverted_said_is_the_speaker():
    blocks = ["Mary Kesby ran the shop for decades.", "\u201cShe sold to anybody,\u201d said her son, Tom Kesby, 46."]
    assert speaker("She sold to anybody", *blocks) == "Tom Kesby"


@pytest.mark.parametrize("standfirst", ["Woman, 72, in critical condition", "Man, 45, dies after crash"])
def test_a_common_noun_with_an_age_in_a_standfirst_is_not_a_person(standfirst):
    assert names(standfirst, "A driver was charged after the crash.") == []


# --- pronouns: whom the words name, a spouse, a role closing the paragraph before ----------------


@pytest.mark.parametrize(
    "owner",
    [
        "That\u2019s how Earl Kesby, 68, a retired logger, sees it.",
        "Those are the words of Dr. Earl Kesby, a specialist.",
        "That was the reaction of Earl Kesby, 74, to the news.",
        "So says Earl Kesby, a farmer.",
    ],
)
def test_more_sentences_after_a_quotation_that_name_its_speaker(owner):
    blocks = ["\u201cIt is a start,\u201d Mayor Ann Vell said.", f"\u201cWe were left on our own.\u201d {owner}"]
    assert speaker("We were left on our own", *blocks) == "Earl Kesby"


def test_he_who_says_the_words_is_not_the_man_they_name():
    blocks = [
        "\u201cI did not think I would cry,\u201d Harold Kesby said.",
        "Kesby served on a destroyer. His best friend, Eddie Vell, was killed in 1945.",
        "\u201cEddie should have been up there with me,\u201d he said.",
    ]
    assert speaker("Eddie should have been up there with me", *blocks) == "Harold Kesby"


def test_a_named_spouse_as_the_subject_before_he_said():
    blocks = [
        "Beverly Kesby came with her husband, Ray Kesby.",
        "\u201cI have never been to one of these,\u201d she said.",
        "Her husband shook his head. \u201cShe is voting for him,\u201d he said.",
    ]
    assert speaker("She is voting for him", *blocks) == "Ray Kesby"


def test_a_role_closing_the_paragraph_before_is_the_subject_of_the_next_pronoun():
    blocks = [
        "Judge Martin Kesby heard the case. Andrew Vell said he had been misled.",
        "The judge rejected that claim.",
        "\u201cThe evidence shows you were equal partners,\u201d he told him.",
    ]
    assert speaker("The evidence shows you were equal partners", *blocks) == "Martin Kesby"


def test_a_pronoun_set_off_inside_a_sentence_about_someone_unnamed_is_the_one_named_before():
    blocks = [
        "Owen Kesby, 15, was questioned by teachers.",
        "A classmate, he said, had brought a second phone. \u201cNot me, though,\u201d he said.",
    ]
    assert speaker("Not me, though", *blocks) == "Owen Kesby"


def test_a_lede_about_someone_named_first_thing_in_the_next_paragraph_is_theirs():
    blocks = [
        "A man who was swept out to sea says he \u201chonestly thought that was it\u201d before help came.",
        "Jack Kesby, 24, was swimming outside the flags on Sunday.",
    ]
    assert speaker("honestly thought that was it", *blocks) == "Jack Kesby"


@pytest.mark.parametrize(
    "lede",
    [
        "A woman who was swept out to sea says she \u201chonestly thought that was it\u201d before help came.",
        "Mayor Ann Vell said a man swept out to sea \u201chonestly thought that was it\u201d.",
    ],
)
def test_a_lede_about_someone_else_is_not_given_to_the_man_named_next(lede):
    assert speaker("honestly thought that was it", lede, "Jack Kesby, 24, was swimming on Sunday.") != "Jack Kesby"


# --- web-page furniture and more bodies ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Anyone with information should call Crime Stoppers, Tom Kesby said.",
        "Millard Public Schools counselor Tom Kesby said the program works.",
        "Halifax Regional Municipality opened shelters, Tom Kesby said.",
        "A spokesperson for U.S. Customs and Border Protection met Tom Kesby.",
        "Tom Kesby at the council chambers on Tuesday. (ABC News: Amelia Vell)",
    ],
)
def test_more_bodies_and_a_picture_credit_are_not_people(text):
    assert names(text, "Tom Kesby said the plan would work.") == ["Tom Kesby"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Meet Shauna Kesby, a 31-year-old nurse from Tampa.", "Shauna Kesby"),
        ("Good evening. I'm Josie Kesby and I'll be bringing you the reaction.", "Josie Kesby"),
        ("Surrey Coun. Harj Kesby weighed in on Twitter.", "Harj Kesby"),
    ],
)
def test_a_word_opening_the_sentence_or_a_councillors_style_is_no_part_of_the_name(text, name):
    assert names(text) == [name]


def test_a_qualified_role_picks_the_holder_whose_title_holds_the_qualifier():
    blocks = [
        "Millbrook State coach Darnell Kesby praised his defence.",
        "Harrow coach Bill Vell was furious. \u201cWe lost our voice,\u201d he said.",
        "The Millbrook coach laughed. \u201cI have said a lot of things,\u201d he said.",
    ]
    assert speaker("I have said a lot of things", *blocks) == "Darnell Kesby"


def test_a_person_after_an_inverted_copula_is_the_subject():
    blocks = [
        "Nadia Vell called the scheme \u201ca fairy tale\u201d.",
        "Among the donors was Lisa Kesby. \u201cI thought I was helping another mum,\u201d she said.",
    ]
    assert speaker("I thought I was helping another mum", *blocks) == "Lisa Kesby"


def test_the_former_and_the_latter_are_the_first_and_last_of_two_named_together():
    blocks = [
        "Tom Vell said work had yet to start. \u201cWe were told there would be a wall,\u201d he said.",
        "Local MP Helen Kesby and council leader Mark Lind both visited the village.",
        "\u201cPeople here have been patient for too long,\u201d the former said.",
        "The latter promised grants. \u201cIt is a start,\u201d he said.",
    ]
    assert speaker("People here have been patient for too long", *blocks) == "Helen Kesby"
    assert speaker("It is a start", *blocks) == "Mark Lind"


@pytest.mark.parametrize(
    "foot",
    [
        "Associated Press writers Ana Vell in Budapest and Raf Lind in Brussels contributed to this report.",
        "Ana Vell contributed to this report from Rome.",
        "CNN's Ana Vell contributed reporting.",
        "To contact the reporter on this story: Ana Vell in Tokyo at avell@example.net",
    ],
)
def test_contributors_and_contacts_closing_a_story_are_staff(foot):
    assert names("Mayor Tom Kesby said the budget was balanced.", foot) == ["Tom Kesby"]


def test_a_player_who_contributed_points_is_a_person():
    assert names("Tom Kesby scored 20.", "Ana Vell contributed 26 points and 16 rebounds.") == ["Tom Kesby", "Ana Vell"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Team principal Christian Kesby said the car was quick.", "Christian Kesby"),
        ("Defence spokesman Major-General Igor Kesby said sorties were flown.", "Igor Kesby"),
        ("Inspector-General of Police Khalid Abu Kesby said the woman was held.", "Khalid Abu Kesby"),
        ("Referee Simon Kesby sent him off.", "Simon Kesby"),
        ("Se\u00e1n Kesby said the motion would pass.", "Se\u00e1n Kesby"),
        ("M\u00e1ire Kesby said the motion would pass.", "M\u00e1ire Kesby"),
        ("Connor Kesby scored twice.", "Connor Kesby"),
    ],
)
def test_ranks_referees_and_given_names_of_wire_sport_and_irish_copy(text, name):
    assert names(text) == [name]


def test_the_serb_is_the_person_described():
    assert (
        speaker("It was fun", "Novak Kesby won in three sets.", "\u201cIt was fun,\u201d the Serb said.")
        == "Novak Kesby"
    )


def test_a_surname_shared_by_relatives_names_the_one_who_just_spoke():
    blocks = [
        "Steven Kesby, 44, died in hospital.",
        "His brother, Nick Kesby, said the family was devastated.",
        "\u201cThese attacks have to stop,\u201d Mr Kesby said.",
    ]
    assert speaker("These attacks have to stop", *blocks) == "Nick Kesby"


@pytest.mark.parametrize("descriptor", ["Syrian refugee", "Former miner"])
def test_a_descriptor_opening_the_sentence_leaves_the_name_its_subject(descriptor):
    blocks = [
        "\u201cWe have a problem,\u201d said Martin Vell, the parliament president.",
        f"{descriptor} Ali Kesby, 31, said he had bought tickets for Munich.",
        "\u201cWe are not animals,\u201d he said.",
    ]
    assert speaker("We are not animals", *blocks) == "Ali Kesby"


def test_the_object_of_a_verb_opening_the_sentence_is_not_its_subject():
    blocks = [
        "\u201cWe have a problem,\u201d said Martin Vell.",
        "Police arrested Ali Kesby on Monday.",
        "\u201cWe will act,\u201d he said.",
    ]
    assert speaker("We will act", *blocks) == "Martin Vell"


@pytest.mark.parametrize(
    "sentence",
    [
        "A source close to Kesby said he was \u201cfurious\u201d.",
        "Allies of Kesby said the plan was \u201cdead\u201d.",
        "One ally of Kesby told the BBC it was \u201cover\u201d.",
    ],
)
def test_sources_and_allies_of_someone_are_not_them(sentence):
    blocks = ["Prime Minister Tom Kesby spoke on Monday.", sentence]
    assert parse(*blocks).quotes[0].speaker is None


def test_a_named_relative_as_the_subject_before_she_said():
    blocks = [
        "Tom Kesby, 12, won the spelling bee.",
        "His mother, Ann Kesby, watched from the back.",
        "\u201cI was nervous,\u201d he said.",
        "His mother laughed. \u201cHe practised every night,\u201d she said.",
    ]
    assert speaker("He practised every night", *blocks) == "Ann Kesby"


def test_initials_written_without_stops_open_a_name():
    blocks = ["RJ Kesby scored the go-ahead basket. \u201cI felt good,\u201d said CJ Vell."]
    assert names(*blocks) == ["RJ Kesby", "CJ Vell"]
    assert speaker("I felt good", *blocks) == "CJ Vell"


def test_the_senior_is_the_player_described():
    assert (
        speaker(
            "It opens up everything",
            "Paige Kesby scored 18 points.",
            "\u201cIt opens up everything,\u201d the senior said.",
        )
        == "Paige Kesby"
    )


def test_a_byline_at_a_venue_names_no_person_of_the_story():
    assert names("By Aaron Vell at Headingley", "Ollie Kesby struck an unbeaten 132.") == ["Ollie Kesby"]


def test_the_one_asked_about_in_an_opening_clause_is_not_the_topic():
    blocks = ["Asked whether Sam Vell could earn a move, Thomas Kesby laughed.", "\u201cI hope not,\u201d he said."]
    assert speaker("I hope not", *blocks) == "Thomas Kesby"


# --- Westminster and the Dáil --------------------------------------------------------------------


def test_a_portfolio_with_commas_before_the_name_is_part_of_the_title():
    parsed = parse("Minister for Enterprise, Trade and Employment Simon Kesby said the figures were good.")
    assert [(p.name, p.title) for p in parsed.people] == [
        ("Simon Kesby", "Minister for Enterprise, Trade and Employment")
    ]


def test_a_lede_about_someone_by_role_named_next_is_theirs():
    blocks = [
        "A former Post Office executive says she is \u201cdeeply sorry\u201d for the suffering.",
        "Margaret Kesby, who ran the network for a decade, gave evidence on Tuesday.",
    ]
    assert speaker("deeply sorry", *blocks) == "Margaret Kesby"


@pytest.mark.parametrize(
    "sentence",
    [
        "The company's managing director, Alistair Kesby, accused the union of \u201cholding passengers to ransom\u201d.",
        "The Taoiseach, Alistair Kesby, welcomed the deal as one that \u201crespects the agreement\u201d.",
    ],
)
def test_a_role_set_off_before_the_name_leaves_it_the_subject(sentence):
    assert parse(sentence).quotes[0].speaker == "Alistair Kesby"


@pytest.mark.parametrize(
    "text",
    [
        "At Prime Minister's Questions, the Labour leader accused him of \u201cpresiding over decline\u201d.",
        "Anna Kesby, a commuter from Milton Keynes, said the trains were late.",
        "Southdown Railway said the trains were late, Anna Kesby said.",
    ],
)
def test_an_event_a_town_and_a_railway_are_not_people(text):
    assert names(text) == (["Anna Kesby"] if "Kesby" in text else [])


def test_someone_whose_surname_is_withheld_is_a_person():
    blocks = [
        "Aroha, who asked that her surname not be used, said she had headaches.",
        "\u201cI thought it was nothing,\u201d she said.",
    ]
    assert names(*blocks) == ["Aroha"]
    assert speaker("I thought it was nothing", *blocks) == "Aroha"


def test_he_after_an_unnamed_neighbour_who_said_he_is_no_one_named():
    blocks = [
        "\u201cI did not know if we were OK,\u201d Diego Kesby said.",
        "A neighbor, who asked not to be named, said he made 11 trips that night.",
        "\u201cYou do not think about it,\u201d he said.",
    ]
    assert speaker("You do not think about it", *blocks) is None


def test_a_regional_bureau_picture_credit_is_a_caption():
    blocks = ["Jack Kesby, 17, runs every day.", "Jack Kesby at home in Toowoomba. (ABC Southern Qld: Tom Vell)"]
    assert names(*blocks) == ["Jack Kesby"]


def test_the_wife_of_someone_is_not_them():
    assert speaker("kind", "Tom Kesby died in May.", "The wife of Tom Kesby said he was \u201ckind\u201d.") is None


@pytest.mark.parametrize(
    "text",
    [
        "In the capital of Banja Luka, President Tom Kesby said the verdict was a humiliation.",
        "Brent fell on the ICE Futures Europe exchange, Tom Kesby said.",
    ],
)
def test_a_capital_and_an_exchange_are_not_people(text):
    assert names(text) == ["Tom Kesby"]


# --- science and health copy -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tom Kesby of the Intergovernmental Panel on Climate Change said the data was clear.",
        "Tom Kesby, director of the National Institute of Allergy and Infectious Diseases, spoke.",
        "Floods hit Uttar Pradesh and Tamil Nadu, Tom Kesby said.",
        "In Geneva, WHO said the outbreak was contained, Tom Kesby said.",
        "Water in North Fork Reservoir rose, Tom Kesby said.",
    ],
)
def test_bodies_states_and_waters_are_not_people(text):
    assert names(text) == ["Tom Kesby"]


def test_someone_cited_with_according_to_is_the_next_pronouns_subject():
    blocks = [
        "Dr Amir Vell, a surgeon, said staff had been called in.",
        "Smoke can cause lasting damage, according to Professor Leon Kesby, a toxicologist.",
        "\u201cThe smoke from modern furniture is toxic,\u201d he said.",
    ]
    assert speaker("The smoke from modern furniture is toxic", *blocks) == "Leon Kesby"


def test_a_district_collector_is_a_title():
    assert names("District Collector Ann Kesby said the roads were closed.") == ["Ann Kesby"]


# --- local news: descriptions, relatives, councillors; tabloids' reps and pals --------------------


@pytest.mark.parametrize("description", ["the Limerick man", "the pupil", "the former ruckman"])
def test_more_descriptions_of_the_person_the_text_is_about(description):
    blocks = ["Craig Kesby, 14, was more reflective.", f"\u201cI have grown up with this,\u201d {description} said."]
    assert speaker("I have grown up with this", *blocks) == "Craig Kesby"


def test_a_relative_named_by_first_name_as_the_subject_before_she_said():
    blocks = [
        "Vanessa Kesby and her 16-year-old daughter Ella were rescued.",
        "\u201cWe thought we were safe,\u201d Ms Kesby said.",
        "Her daughter said she had filmed the water rising. \u201cI kept sending him videos,\u201d she said.",
    ]
    assert speaker("I kept sending him videos", *blocks) == "Ella"


@pytest.mark.parametrize(
    "introduced", ["89-year-old Ted Kesby played for 50 years.", "Year 11 pupil Ted Kesby set a best."]
)
def test_a_description_before_a_name_leaves_it_the_subject(introduced):
    blocks = [
        "Club secretary Dave Vell organised coaches. \u201cThere are only 400 here,\u201d he said.",
        introduced,
        "\u201cI never thought I would see the day,\u201d he said.",
    ]
    assert speaker("I never thought I would see the day", *blocks) == "Ted Kesby"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Regular Huw Kesby, 67, said the pub would be missed.", "Huw Kesby"),
        ("Dux Emily Kesby will study medicine.", "Emily Kesby"),
        ("YouTuber Emily Kesby posted a video.", "Emily Kesby"),
        ("Water was released from Parteen Weir, Emily Kesby said.", "Emily Kesby"),
    ],
)
def test_descriptions_before_a_name_and_a_weir(text, name):
    assert names(text) == [name]


def test_cr_is_an_australian_councillors_style():
    blocks = ["Mayor Jenny Kesby said homes were hit.", "\u201cThis is a long recovery,\u201d Cr Kesby said."]
    assert names(*blocks) == ["Jenny Kesby"]
    assert speaker("This is a long recovery", *blocks) == "Jenny Kesby"


@pytest.mark.parametrize(
    "sentence",
    [
        "A rep for Kesby told Page Six she was \u201cmoving on\u201d.",
        "A pal of Kesby told The Sun she was \u201cmoving on\u201d.",
        "A spokesman for Lorna Kesby, 34, said she was \u201cmoving on\u201d.",
    ],
)
def test_reps_and_pals_are_not_the_one_they_speak_for(sentence):
    assert speaker("moving on", "Lorna Kesby, 34, split from her husband.", sentence) is None


# --- statehouses, picket lines and venues -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Across the street, Karen Kesby, a temporary worker, said she was tired.",
        "Outside the offices on Sunset Boulevard, Karen Kesby, co-chair of the committee, told a crowd.",
    ],
)
def test_a_person_after_an_opening_phrase_and_before_an_apposition_is_kept(sentence):
    assert names(sentence) == ["Karen Kesby"]


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Jason Kesby, R-Utah, the chairman of the committee, opened the hearing.",
        "Jason Kesby said the Kentucky Truck Plant would reopen.",
        "Jason Kesby, president of Unifor Local 222, said the mood was determined.",
        "Jason Kesby, president of Planned Parenthood Southeast, said clinics would stay open.",
    ],
)
def test_party_tags_plants_fields_union_locals_and_known_bodies_are_not_people(text):
    assert names(text) == ["Jason Kesby"]


def test_a_singer_named_plant_is_a_person():
    assert names("Robert Plant said the tour was over.") == ["Robert Plant"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Barista Brenda Kesby said tips were down.", "Brenda Kesby"), ("Welder Tom Kesby agreed.", "Tom Kesby")],
)
def test_a_trade_before_a_name_is_a_title(text, name):
    assert names(text) == [name]


def test_neither_and_either_are_no_part_of_a_name():
    assert names("Neither Ford nor Tom Kesby would comment.") == ["Tom Kesby"]


@pytest.mark.parametrize(
    "text",
    [
        "Strictly Come Dancing professional Anton Kesby has pulled out.",
        "Loose Women panellist Anton Kesby said she was livid.",
        "Anton Kesby spoke on her podcast Sisterly about it.",
    ],
)
def test_shows_before_a_role_and_podcasts_are_not_people(text):
    assert names(text) == ["Anton Kesby"]


def test_one_word_after_a_trade_and_from_is_a_place():
    blocks = [
        "Ann Kesby cut hair for 40 years.",
        "The hairdresser from Glasgow, 62, said she was \u201cheartbroken\u201d.",
    ]
    assert names(*blocks) == ["Ann Kesby"]


# --- single-mark print, trades and titles on air ---------------------------------------------------


def test_a_plural_possessive_inside_a_quotation_running_on_is_an_apostrophe():
    blocks = ["Graham Kesby said: 'It's Christmas, for goodness' sake.", "'The kids love them.'"]
    assert [(q.text, q.speaker) for q in parse(*blocks).quotes] == [
        ("It's Christmas, for goodness' sake. The kids love them.", "Graham Kesby")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Recorder Imran Kesby said the sentence was fair.", "Imran Kesby"),
        ("Promoter Al Kesby said the fight was on.", "Al Kesby"),
        ("Ann Kesby said National Grid had restored power.", "Ann Kesby"),
        ("Ann Kesby drove a 2009 Honda Jazz.", "Ann Kesby"),
    ],
)
def test_more_trades_and_names_of_things(text, name):
    assert names(text) == [name]


def test_a_show_on_a_channel_with_its_full_stop_inside_the_marks_is_not_a_quotation():
    assert parse("Tom Kesby said on CNBC's \u201cSquawk Box.\u201d that rates would fall.").quotes == []


def test_a_relative_who_spoke_after_an_apposition_is_the_bare_surnames_person():
    blocks = [
        "Sean Kesby, 19, scored twice.",
        "His father, Anto Kesby, a former player himself, said the boy had worked hard.",
        "\u201cHe never stopped,\u201d Kesby said.",
    ]
    assert speaker("He never stopped", *blocks) == "Anto Kesby"


# --- short quotations a labelling verb introduces, titles of works ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Coach Tom Kesby branded the umpiring \u201cpathetic\u201d in a heated press conference.", "pathetic"),
        ("Minister Tom Kesby termed the allegations \u201cbaseless\u201d.", "baseless"),
        ("Councillor Tom Kesby labelled the plan \u201cshambolic\u201d.", "shambolic"),
        ("Tom Kesby hailed his side's display as \u201crelentless\u201d after the win.", "relentless"),
        ("Tom Kesby described the mood as \u201cArmageddon\u201d.", "Armageddon"),
        ("Tom Kesby condemned the new powers as \u201cOrwellian\u201d.", "Orwellian"),
    ],
)
def test_a_short_quotation_after_a_labelling_verb_is_the_subjects(sentence, quote):
    assert [(q.text, q.speaker) for q in parse(sentence).quotes] == [(quote, "Tom Kesby")]


def test_an_app_called_by_name_is_still_not_a_quotation():
    assert parse("Tom Kesby built an app called \u201cPilot\u201d last year.").quotes == []


def test_a_single_quoted_word_ending_in_s_before_after_closes():
    blocks = [
        "'We were poor,' said Dean Kesby.",
        "Kesby described the atmosphere as 'tremendous' after the game, and said it was 'a day to remember'.",
    ]
    assert [q.text for q in parse(*blocks).quotes] == ["We were poor,", "tremendous", "a day to remember"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Kesby starred in the drama \u201cHarrow Road,\u201d which ran for years.",
        "Ana Kesby walked the carpet at the premiere of \u201cMamma Mia!\u201d on Friday.",
    ],
)
def test_more_titles_of_works_with_punctuation_inside_the_marks(sentence):
    assert parse(sentence).quotes == []


# --- Commonwealth wire and US metro papers ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cDemand is strong,\u201d Vikram Kesby, Managing Director, Suryoday Motors, said.",
        "\u201cDemand is strong,\u201d said Wei Lin Kesby, Partner, Orchid Ventures.",
    ],
)
def test_a_title_in_capitals_set_off_after_a_name_keeps_the_person(sentence):
    parsed = parse(sentence)
    assert len(parsed.people) == 1 and parsed.quotes[0].speaker == parsed.people[0].name


@pytest.mark.parametrize(
    "text",
    [
        "The Climate Action Incentive was cut, Ann Kesby said.",
        "Federal Labor backed the plan, Ann Kesby said.",
        "Ann Kesby raised it during Question Hour.",
        "Kestrel Therapeutics said the trial had failed, Ann Kesby said.",
        "Orchardist Ann Kesby said the crop was small.",
    ],
)
def test_schemes_parties_sessions_and_biotechs_are_not_people(text):
    assert names(text) == ["Ann Kesby"]


def test_he_after_her_unnamed_neighbour_in_apposition_is_no_one_named():
    blocks = [
        "Tom Kesby lost his home.",
        "Her neighbor, a retired firefighter, said he had seen the smoke first.",
        "\u201cIt went up in minutes,\u201d he said.",
    ]
    assert speaker("It went up in minutes", *blocks) is None


def test_a_role_subject_after_an_asked_clause_is_the_next_pronouns_subject():
    blocks = [
        "Finance Minister Colette Kesby said the rebate would stay.",
        "Conservative critic Heather Vell said the Liberals were \u201cplaying games.\u201d",
        "Asked about heating fuel, the minister said no changes were planned.",
        "\u201cWe have been very clear,\u201d she said.",
    ]
    assert speaker("We have been very clear", *blocks) == "Colette Kesby"


@pytest.mark.parametrize("given", ["F\u00e9lix", "Zo\u00eb", "Ren\u00e9e"])
def test_a_given_name_with_its_accents_speaking_alone_is_a_person(given):
    blocks = ["Maria Kesby, 41, waited at the hospital.", f"\u201cI was not scared,\u201d {given} said."]
    assert names(*blocks) == ["Maria Kesby", given]
    assert speaker("I was not scared", *blocks) == given


@pytest.mark.parametrize(
    ("style", "name"),
    [
        ("Shri", "Om Prakash Kesby"),  # India
        ("Smt.", "Anjali Kesby"),
        ("Datuk", "Nik Azmi Kesby"),  # Malaysia's titles of honour
        ("Datuk Seri", "Azmi Kesby"),
        ("Tun", "Azmi Kesby"),
        ("Puan", "Rohana binti Kesby"),
    ],
)
def test_a_style_of_address_before_a_name_is_not_part_of_it(style, name):
    blocks = [f"District officer {style} {name} issued notices.", "\u201cAction will follow,\u201d the officer said."]
    assert names(*blocks) == [name]
    assert speaker("Action will follow", *blocks) == name


@pytest.mark.parametrize(
    "described",
    [
        "Dana Kesby, Harrow Council\u2019s leader,",  # the body's possessive
        "Dana Kesby, Amnesty International\u2019s researcher,",
        "Dana Kesby, Amnesty International researcher,",  # the body's name, then a role noun
    ],
)
def test_a_name_then_a_title_that_opens_with_a_bodys_name_is_a_person(described):
    blocks = [f"{described} said it was \u201cshameful\u201d.", "\u201cIt is getting worse,\u201d she added."]
    assert names(*blocks) == ["Dana Kesby"]
    assert speaker("shameful", *blocks) == speaker("It is getting worse", *blocks) == "Dana Kesby"


@pytest.mark.parametrize(
    "office",
    ["US ambassador to Kenya", "Turkish envoy to Iraq", "The special representative for Somalia"],
)
def test_the_holder_of_an_office_to_or_for_a_country_speaks_not_someone_for_them(office):
    blocks = [f"{office} Meg Kesby said: \u201cWe are very concerned.\u201d"]
    assert speaker("We are very concerned", *blocks) == "Meg Kesby"


def test_a_spokesman_for_a_titled_person_still_speaks_for_them():
    blocks = ["A spokesman for Mayor Meg Kesby said: \u201cWe are very concerned.\u201d"]
    assert speaker("We are very concerned", *blocks) is None


@pytest.mark.parametrize(
    "described",
    [
        "a mother of five who gave only her first name, Amal.",
        "a mother of five who would give only her first name, Amal, as she waited.",
        "a 30-year-old mother who identified herself only as Amal.",
    ],
)
def test_said_someone_described_who_gave_only_a_first_name_is_that_name(described):
    blocks = [f"\u201cWe ran out to the road,\u201d said {described}"]
    assert names(*blocks) == ["Amal"]
    assert speaker("We ran out to the road", *blocks) == "Amal"


@pytest.mark.parametrize("role", ["Kenya\u2019s minister", "Kenya\u2019s health minister", "Harrow\u2019s coach"])
def test_a_name_after_a_countrys_or_bodys_role_set_off_by_commas_is_the_topic(role):
    blocks = [f"{role}, Ana Kesby, appealed to donors to \u201cact now\u201d."]
    assert speaker("act now", *blocks) == "Ana Kesby"


@pytest.mark.parametrize(
    "moved",
    ["was displaced from Harrow Kesby", "fled from Harrow Kesby", "fled Harrow Kesby", "was deported to Harrow Kesby"],
)
def test_a_name_after_a_verb_of_fleeing_is_a_place(moved):
    blocks = [f"\u201cMy son needs dialysis,\u201d said Layla Nasser, who {moved} in March."]
    assert names(*blocks) == ["Layla Nasser"]


def test_a_person_something_was_returned_to_is_still_a_person():
    assert names("The shop was returned to Dana Kesby, its owner, on Monday.") == ["Dana Kesby"]


@pytest.mark.parametrize(
    ("title", "acronym"),
    [("Deputy Public Prosecutor", "DPP"), ("District Magistrate", "DM"), ("Director of Public Prosecutions", "DPP")],
)
def test_the_initials_of_a_title_name_its_holder(title, acronym):
    blocks = [
        f"{title} Nicholas Kesby sought a jail term.",
        f"\u201cThe accused was not naive,\u201d said the {acronym}.",
    ]
    assert speaker("The accused was not naive", *blocks) == "Nicholas Kesby"


def test_the_initials_of_a_body_are_not_a_person():
    blocks = ["Nicholas Kesby, the chief executive of the NHS, spoke.", "\u201cWe will cope,\u201d said the NHS."]
    assert speaker("We will cope", *blocks) is None


@pytest.mark.parametrize("name", ["Roc\u00edo San Miguel", "Maria San Mart\u00edn", "Ana Santa Cruz"])
def test_a_saints_name_inside_a_spanish_surname_is_part_of_a_persons_name(name):
    blocks = [f"Activist {name} said the releases were \u201cwelcome\u201d."]
    assert names(*blocks) == [name]
    assert speaker("welcome", *blocks) == name


def test_a_city_named_for_a_saint_is_still_a_place():
    assert names("Residents of San Diego welcomed the releases, Ana Kesby said.") == ["Ana Kesby"]


@pytest.mark.parametrize(
    "arrested",
    [
        "Police arrested Harpreet Singh alias Happy, 34, of Dugri.",
        "Police arrested Harpreet Singh, aka Happy, 34, of Dugri.",
        "Police arrested Harpreet Singh alias Happy Kesby, 34, of Dugri.",
    ],
)
def test_the_other_name_after_alias_is_not_another_person(arrested):
    assert names(arrested) == ["Harpreet Singh"]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 19 people on Yanomami Indigenous land, Ana Kesby said.",
        "At the SK Kubang Sepat relief centre, Ana Kesby said her house was flooded.",
    ],
)
def test_a_name_before_a_noun_of_place_is_a_place(text):
    assert names(text) == ["Ana Kesby"]


@pytest.mark.parametrize("name", ["Ong Jun Hao", "Tan May Ling"])
def test_a_month_inside_a_chinese_name_is_part_of_it(name):
    assert names(f"Retiree {name}, 66, said the buses were fine.") == [name]


def test_a_malay_name_by_its_first_two_words_is_the_same_person():
    blocks = [
        "Police chief Ahmad Fauzi Ismail spoke on Monday.",
        "\u201cStay off flooded roads,\u201d said Ahmad Fauzi.",
    ]
    assert names(*blocks) == ["Ahmad Fauzi Ismail"]
    assert speaker("Stay off flooded roads", *blocks) == "Ahmad Fauzi Ismail"


@pytest.mark.parametrize("given", ["Hossein", "Sayed", "Ibrahima", "Mehmet", "Amal", "Wanjiku"])
def test_a_persian_arabic_turkish_or_african_given_name_speaking_alone_is_a_person(given):
    blocks = [f"\u201cBread is the last thing we can afford,\u201d said {given}, a 52-year-old seller."]
    assert names(*blocks) == [given]
    assert speaker("Bread is the last thing we can afford", *blocks) == given


@pytest.mark.parametrize("office", ["The UN Special Coordinator for Lebanon", "The UN Special Rapporteur on torture"])
def test_a_un_office_in_capitals_before_its_holder_is_not_a_person(office):
    blocks = [f"{office}, Jeanine Kesby, welcomed the vote, calling it \u201can important expression\u201d."]
    assert names(*blocks) == ["Jeanine Kesby"]
    assert speaker("an important expression", *blocks) == "Jeanine Kesby"


@pytest.mark.parametrize(
    "text",
    [
        "\u201cIt is not close,\u201d Dr Siobhan Kesby told Fact Check.",
        "Full Fact contacted Downing Street. Dr Siobhan Kesby said it was not close.",
        "Dr Siobhan Kesby said crime fell 40%. We rate this claim Mostly True.",
    ],
)
def test_fact_checkers_and_their_ratings_are_not_people(text):
    assert names(text) == ["Siobhan Kesby"]


@pytest.mark.parametrize("role", ["campaign manager", "spokeswoman"])
def test_a_name_before_a_role_and_its_holder_is_not_the_speaker(role):
    blocks = [
        "Mayor Deborah Kesby said crime fell.",
        f"\u201cHe is making numbers up,\u201d Kesby {role} Ted Orozco said.",
    ]
    assert speaker("He is making numbers up", *blocks) == "Ted Orozco"


def test_degrees_after_a_name_and_the_rest_of_a_chief_officers_title_are_not_people():
    blocks = [
        "\u201cWe are pleased,\u201d said Julian Kesby, M.D., Ph.D., President of NovaCell.",
        "\u201cIt works,\u201d said Kamala Berg, Chief Medical Officer of NovaCell.",
    ]
    assert names(*blocks) == ["Julian Kesby", "Kamala Berg"]


@pytest.mark.parametrize("role", ["Cantor", "Deaconess", "Monsignor", "Mufti", "Abbot"])
def test_a_faiths_role_before_a_name_is_its_title(role):
    blocks = [f"\u201cIt is a wedding,\u201d said {role} Devorah Kesby."]
    assert names(*blocks) == ["Devorah Kesby"]


def test_places_of_worship_are_not_people():
    blocks = [
        "Volunteers from Masjid Al-Noor set out dates.",
        "Evelyn Kesby has been a member of Holy Trinity since 1958.",
    ]
    assert names(*blocks) == ["Evelyn Kesby"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The vote came after two years of meetings and, in Kesby\u2019s words, \u201ca lot of casseroles.\u201d",
        "The vote came, in Annalise Kesby\u2019s words, after \u201ca lot of casseroles.\u201d",
    ],
)
def test_words_quoted_in_someones_words_are_theirs(sentence):
    blocks = ["\u201cI was shocked,\u201d said the Rev. Annalise Kesby.", sentence]
    assert speaker("a lot of casseroles", *blocks) == "Annalise Kesby"


def test_a_place_given_name_before_a_hyphenated_surname_is_a_given_name():
    blocks = ["\u201cWe grew fast,\u201d said Jordan Abernathy-Kesby, co-founder of LumenHaus."]
    assert names(*blocks) == ["Jordan Abernathy-Kesby"]
    assert speaker("We grew fast", *blocks) == "Jordan Abernathy-Kesby"


def test_a_place_given_name_before_a_saints_hyphenated_name_is_still_a_place():
    assert names("Fans of Paris Saint-Germain cheered, Ana Kesby said.") == ["Ana Kesby"]
