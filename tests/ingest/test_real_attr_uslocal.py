"""US local news (councils, police and courts, schools, storms), who said it, each rule on an
invented example of the shape real copy prints."""

from .helpers import names, parse, speaker

# --- words that talk about someone by title are not that person's -----------------------------------


def test_a_she_whose_words_name_the_chief_is_not_the_chief():
    blocks = [
        "Mayor Dana Pruitt said the city would grieve with its neighbours.",
        "“We will stand together, as we always have,” she said on Sunday.",
        "She said she had met Police Chief Marla Quist about extra patrols. Quist has put more cars on the street.",
        "“My staff and the chief have added night patrols along the river,” she said.",
    ]
    assert speaker("My staff and the chief have added night patrols along the river", *blocks) == "Dana Pruitt"


# --- a paragraph whose quotation lost its opening mark --------------------------------------------


def test_words_opening_a_paragraph_up_to_a_closing_mark_and_a_tag_are_a_quotation():
    blocks = [
        "The board heard a report from County Attorney Ned Farrow on the quarry dispute.",
        "The gravel trucks start at dawn and the neighbours hear every one of them next week,\u201d Farrow"
        " said. \u201cThe rest is still being worked out.\u201d",
    ]
    quotes = parse(*blocks).quotes
    assert [q.text.rstrip(",.") for q in quotes][0].startswith("The gravel trucks start at dawn")
    assert quotes[0].speaker == "Ned Farrow"
    assert len(quotes) == 2


def test_a_closing_mark_after_a_quotation_in_the_same_paragraph_opens_nothing_new():
    blocks = ["Nobody spoke for the plan, and the mayor said \u201cenough\u201d before the vote, Farrow said."]
    assert [q.text for q in parse(*blocks).quotes] == ["enough"]


# --- a tag set off by commas before a further clause ------------------------------------------------


def test_words_in_a_sentence_whose_tag_comes_before_a_but_clause_are_the_tags():
    blocks = [
        "Sheriff Wade Calloway said the search would go on.",
        "Searchers covered a \u201chuge stretch\u201d of the river bank, Calloway said, but the boat was gone by"
        " Friday.",
    ]
    assert speaker("huge stretch", *blocks) == "Wade Calloway"


# --- a place before a word for a home --------------------------------------------------------------


def test_a_name_between_her_and_home_is_where_the_home_is():
    blocks = ["Crews found the car 19 miles from her Calder Reach home, Sheriff Wade Calloway said."]
    assert names(*blocks) == ["Wade Calloway"]


# --- words opening the story, their speaker named in the next paragraph -----------------------------


def test_a_cold_open_quotation_is_the_next_paragraphs_one_person_who_then_speaks():
    blocks = [
        "A family climbed out of an upstairs window after a blaze broke out in their kitchen on Monday.",
        "\u201cSomebody was yelling, \u2018fire, fire.\u201d",
        "Moments later Rory Delacroix was crossing the road with a ladder.",
        "\u201cMy wife called 911,\u201d Delacroix recalled. \u201cI got the kids out first.\u201d",
    ]
    assert speaker("Somebody was yelling, \u2018fire, fire", *blocks) == "Rory Delacroix"


def test_a_cold_open_quotation_stays_unattributed_when_someone_else_speaks_next():
    blocks = [
        "\u201cEnough is enough.\u201d",
        "That was the message on the banner hung by Rory Delacroix over the bridge.",
        "\u201cIt went up overnight,\u201d said Sgt Ines Pardo.",
    ]
    assert speaker("Enough is enough", *blocks) is None


# --- "the email says" after someone's written words ------------------------------------------------


def test_the_email_says_after_a_principal_wrote_is_the_principals():
    blocks = [
        "The principal of Harlow Ridge High emailed families on Tuesday about the scuffle at lunch.",
        "\u201cOur staff stepped in within seconds,\u201d principal Nadia Ferrante wrote.",
        "The email says the \u201cschool nurse checked both boys before sixth period.\u201d",
    ]
    assert speaker("school nurse checked both boys before sixth period", *blocks) == "Nadia Ferrante"


def test_the_email_says_with_no_writer_before_stays_no_ones():
    blocks = [
        "The district emailed families on Tuesday about the scuffle at lunch.",
        "\u201cOur staff stepped in within seconds,\u201d principal Nadia Ferrante said.",
        "The email says the \u201cschool nurse checked both boys before sixth period.\u201d",
    ]
    assert speaker("school nurse checked both boys before sixth period", *blocks) is None


# --- a quoted phrase naming a policy or a strategy -----------------------------------------------


def test_a_quoted_phrase_set_before_strategy_names_it_and_is_no_quotation():
    blocks = [
        "Tobias Wren faulted the campaign\u2019s \u201cno new debt\u201d strategy.",
        "\u201cIt leaves the roads unpaved,\u201d he said.",
    ]
    assert [q.text.rstrip(",") for q in parse(*blocks).quotes] == ["It leaves the roads unpaved"]


def test_quoted_words_before_a_plain_noun_stay_a_quotation():
    blocks = ["Tobias Wren said the plan was \u201ca bad deal\u201d for taxpayers."]
    assert [q.text for q in parse(*blocks).quotes] == ["a bad deal"]


def test_a_quoted_description_before_policy_stays_a_quotation():
    blocks = ["Chief Lena Ortiz said the department kept a \u201cmore patient\u201d policy that winter."]
    assert [q.text for q in parse(*blocks).quotes] == ["more patient"]


def test_a_quoted_name_before_award_is_no_quotation():
    blocks = ["The fire department picked Rory Vance for the yearly \u201chelping hands\u201d award."]
    assert parse(*blocks).quotes == []


# --- a "he said" before anyone is named, the speaker named in the next tag ------------------------


def test_a_he_said_before_anyone_is_named_is_the_next_tags_man():
    blocks = [
        "\u201cWe need more cans on the shelves this year,\u201d he said.",
        "\u201cThe pantry is running low by Wednesday now,\u201d Pastor Orrin Tate said.",
    ]
    assert speaker("We need more cans on the shelves this year", *blocks) == "Orrin Tate"


def test_a_he_said_before_anyone_is_named_stays_unresolved_when_a_woman_speaks_next():
    blocks = [
        "\u201cWe need more cans on the shelves this year,\u201d he said.",
        "\u201cThe pantry is running low by Wednesday now,\u201d said Mrs. Ada Quill, the pantry\u2019s director.",
    ]
    assert speaker("We need more cans on the shelves this year", *blocks) is None


# --- a country's initials and one word after a role word: an office ------------------------------


def test_a_former_uk_steward_is_an_office_not_a_person():
    blocks = ["A former U.K. Steward was among the volunteers at the fair, Sgt. Ivo Brandt said."]
    assert names(*blocks) == ["Ivo Brandt"]


def test_us_initials_opening_a_sentence_before_a_name_can_still_be_a_person():
    blocks = ["Visitors can see where U.S. Halvorsen slept, guide Ana Lorca said."]
    assert "U.S. Halvorsen" in names(*blocks)


# --- a town before its state's name -------------------------------------------------------------------


def test_a_town_before_a_state_name_is_no_person():
    blocks = ["Kesbyville, Iowa sheriff's Deputy Dale Munro, who joined last spring, took the call."]
    assert names(*blocks) == ["Dale Munro"]


def test_a_town_before_a_two_word_state_name_is_no_person():
    blocks = ["Harlowton, New Jersey fire Captain Ana Lorca, who joined last spring, took the call."]
    assert names(*blocks) == ["Ana Lorca"]
