"""Business, technology, science and health news: kinds of error found on real articles (stop 30),
each rule on an invented example."""

import pytest

from .helpers import names, parse, quotes_by_text, speaker

# --- initials run into a word name a firm, not a person ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The biggest lender, KLMorrow Chase, set aside reserves, said Ines Marwood.",
        "KLMorrow Chase posts a rise in profits, said Ines Marwood.",
        "DBKesby Marsh posts a rise in profits, said Ines Marwood.",
    ],
)
def test_initials_run_into_a_word_name_a_firm(sentence):
    assert names(sentence) == ["Ines Marwood"]


def test_a_firm_with_initials_run_into_a_word_is_no_speaker():
    blocks = [
        "“Demand is soft,” said Ines Marwood.",
        "The lender, KLMorrow Chase, set aside $2 billion, noting that its “central” scenario is a downturn.",
    ]
    assert speaker("central", *blocks) is None


def test_initials_as_a_given_name_stay_out_of_the_rule():
    assert names("“Demand is soft,” said TJ Marwood, and CJ Kesby agreed.") == ["TJ Marwood", "CJ Kesby"]


# --- "reported" and "alluded to" introduce words -----------------------------------------------------


def test_words_a_reporter_wrote_are_the_reporter_s():
    blocks = [
        "Shares of Kesby Bio rose 5% on Friday.",
        "“Earlier this month, the agency halted the trial,” reported Wire Service’s Odile Brandt. Families were angry.",
    ]
    assert speaker("Earlier this month, the agency halted the trial", *blocks) == "Odile Brandt"


def test_reported_after_the_name_introduces_words_too():
    blocks = ["“Orders fell sharply in March,” Odile Brandt reported from the trade fair."]
    assert speaker("Orders fell sharply in March", *blocks) == "Odile Brandt"


def test_a_chief_executive_who_alluded_to_words_said_them():
    blocks = [
        "Harlow Bank set aside $400 million as Chief Executive Ivo Brandt alluded to an “increasingly slow economy,”"
        " while rivals did the same."
    ]
    assert speaker("increasingly slow economy", *blocks) == "Ivo Brandt"


def test_a_firm_that_reported_a_result_is_still_no_speaker():
    blocks = ["Kesby Holdings reported “strong demand” in the quarter, and its shares rose."]
    assert speaker("strong demand", *blocks) is None


# --- words said by someone unnamed met through "a ... who said" --------------------------------------


def test_words_of_an_unnamed_doctor_someone_spoke_with_are_no_one_s():
    blocks = [
        "Shares of Kesby Bio rose 5% on Friday.",
        "Odile Brandt spoke with a University of Harrow doctor who said that the drug “works well in mice.”",
    ]
    assert speaker("works well in mice", *blocks) is None


def test_an_unnamed_analyst_after_a_comma_who_said_is_no_one():
    blocks = ["Ivo Brandt quoted an analyst, who said the deal was “a bargain.”"]
    assert speaker("a bargain", *blocks) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Odile Brandt, a doctor who said the drug “works well in mice,” was cautious.",
        "Odile Brandt is a doctor who said the drug “works well in mice.”",
    ],
)
def test_the_named_one_described_as_a_who_said_keeps_the_words(sentence):
    assert speaker("works well in mice", sentence) == "Odile Brandt"


# --- a name alone over a date line is the page's byline ---------------------------------------------


def test_a_name_alone_over_a_date_line_is_a_byline():
    article = parse(
        "Tamsin Pellow",
        "07 April 2021, 3:11 AM",
        "Health director Ivo Brandt said the rollout would speed up.",
        "“It has been rigorous,” Brandt said.",
    )
    assert [p.name for p in article.people] == ["Ivo Brandt"]


def test_a_name_alone_whose_surname_the_story_uses_is_a_person():
    article = parse(
        "Tamsin Pellow",
        "07 April 2021, 3:11 AM",
        "Health director Ivo Brandt said Pellow would lead the rollout.",
    )
    assert "Tamsin Pellow" in [p.name for p in article.people]


def test_a_name_alone_not_over_a_date_is_not_taken_for_a_byline():
    article = parse("Tamsin Pellow", "The trial begins on Monday.", "Pellow will lead it, Ivo Brandt said.")
    assert "Tamsin Pellow" in [p.name for p in article.people]


# --- Ashley is a man's name as often as a woman's -----------------------------------------------------


def test_he_after_a_man_called_ashley_is_ashley():
    blocks = [
        "Director of health Ashley Corwen and Minister Rua Tane announced the plan.",
        "The vaccine was bought early, Ashley says.",
        "The next vaccine is due for approval on April 15.",
        "He says the programme has been “rigorous”.",
    ]
    assert speaker("rigorous", *blocks) == "Ashley Corwen"


def test_she_after_a_woman_called_ashley_is_still_ashley():
    blocks = [
        "Director of health Ashley Corwen announced the plan.",
        "“It has been rigorous,” she said.",
    ]
    assert speaker("It has been rigorous", *blocks) == "Ashley Corwen"


# --- a crosshead set into a long quotation does not end it -------------------------------------------


def test_a_crosshead_inside_a_long_quotation_is_passed_over():
    article = parse(
        "Union secretary Ivo Brandt said: “This is a blow to the town and to the county, which has lost"
        " many employers in recent years.",
        "‘Alternatives to closure’",
        "“We call upon the government to intervene and to talk to the company.”",
        "Ana Ruiz, the local MP, said the plant was loved.",
    )
    quotes = quotes_by_text(article)
    joined = (
        "This is a blow to the town and to the county, which has lost many employers in recent years."
        " We call upon the government to intervene and to talk to the company"
    )
    assert quotes[joined].speaker == "Ivo Brandt"


def test_a_crosshead_after_an_unclosed_quotation_still_ends_it_before_narration():
    article = parse(
        "Union secretary Ivo Brandt said: “This is a blow to the town.",
        "Alternatives to closure",
        "The union has asked for talks with the company.",
    )
    assert [q.text for q in article.quotes] == ["This is a blow to the town."]


# --- "He" after "A spokesman for X's office" is the spokesman, not X ---------------------------------


def test_he_after_a_spokesman_from_a_woman_s_office_is_no_one_named():
    blocks = [
        "MP Lena Frost spoke out against the closure.",
        "“The news has left a gut-wrenching feeling,” Frost said.",
        "A spokesman from Frost’s office said the factory employs 245 people. He confirmed that talks began.",
        "“There’s a great reputation that comes with the site,” he said.",
    ]
    article = parse(*blocks)
    assert quotes_by_text(article)["There’s a great reputation that comes with the site"].speaker is None
    assert [p.pronoun for p in article.people] == ["she"]


def test_he_after_a_sentence_about_a_man_s_car_is_still_him():
    blocks = [
        "Ivo Brandt, 52, runs the plant.",
        "Brandt’s car was found in the yard. He said it had been moved.",
        "“Someone took the keys,” he said.",
    ]
    assert speaker("Someone took the keys", *blocks) == "Ivo Brandt"


# --- a capitalised title in apposition, "Group" first, is a person's title -------------------------


def test_a_group_title_in_capitals_in_apposition_keeps_the_person():
    article = parse(
        "Mr Daniel Brandt, Group Managing Director, Kesby Bank, says growth must double.",
        "Brandt spoke on Monday in Harrow.",
        "He said only a few banks were large.",
        "“Strong banks need strong profits.",
        "“This is how the economy grows,” the managing director added.",
    )
    assert [(p.name, p.title) for p in article.people] == [("Daniel Brandt", "Group Managing Director")]
    joined = "Strong banks need strong profits. This is how the economy grows"
    assert quotes_by_text(article)[joined].speaker == "Daniel Brandt"


def test_a_title_with_a_modifier_in_capitals_in_apposition_is_the_title():
    article = parse("Ana Ruiz, Managing Director, said growth must double.")
    assert [(p.name, p.title) for p in article.people] == [("Ana Ruiz", "Managing Director")]


def test_a_list_of_firms_after_a_name_stays_a_list_of_firms():
    assert names("Shares of Kesby Group, Harrow Bank and Dunmore Holdings fell, Ana Ruiz said.") == ["Ana Ruiz"]


# --- meetings and plans are not people ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The 36th Annual General Meeting of the Kesby Makers Association was held on Friday, Ana Ruiz said.",
        "Ana Ruiz criticised plans to regulate Annual General Meetings (AGMs).",
        "The Harbour Renewal Plan, published by the health board, sets targets, Ana Ruiz said.",
    ],
)
def test_a_meeting_or_a_plan_is_not_a_person(sentence):
    assert names(sentence) == ["Ana Ruiz"]


# --- the theme of an event in quotation marks is a title, not speech --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting was held in Harrow on Friday, themed “Building Tomorrow’s Economy Through Trade.”",
        "The theme of the seminar is, “Playing the Long Game: Banks Towards a Stronger Economy”.",
    ],
)
def test_the_theme_of_an_event_is_not_a_quotation(sentence):
    article = parse("Ana Ruiz, chair of the Kesby chamber, opened the meeting.", sentence)
    assert article.quotes == []


def test_title_case_words_introduced_by_a_verb_of_saying_stay_a_quotation():
    article = parse("The theme of the day was clear, Ana Ruiz said: “We Stand Together.”")
    assert [q.speaker for q in article.quotes] == ["Ana Ruiz"]


# --- "A Kesby spokesperson said" in the lede is no one the next paragraph names -------------------


def test_a_spokesperson_in_the_lede_is_not_the_one_named_next():
    blocks = [
        "A Kesby spokesperson said: “We can confirm we were contacted by a group seeking payment.”",
        "Kettering apologised to customers for the worry caused by the attack.",
        "“There were many offences this summer,” said chief executive Dana Kettering.",
    ]
    assert speaker("We can confirm we were contacted by a group seeking payment", *blocks) is None


def test_a_spokeswoman_in_the_lede_is_the_spokeswoman_named_next():
    blocks = [
        "A Kesby spokeswoman says the firm “will not pay anyone”.",
        "Ana Ruiz, the Kesby spokeswoman, said the demand came on Friday.",
    ]
    assert speaker("will not pay anyone", *blocks) == "Ana Ruiz"


# --- "X Y, the retailer which ..." is a firm -------------------------------------------------------


def test_a_name_described_as_a_thing_with_which_is_not_a_person():
    sentence = (
        "Servers owned by Kesby Warehouse, the retailer which founded Harrow Mobile, were attacked, Ana Ruiz said."
    )
    assert names(sentence) == ["Ana Ruiz"]


def test_a_person_described_with_which_by_mistake_stays_a_person():
    assert names("Ana Ruiz, the lawyer which the firm hired, spoke on Friday.") == ["Ana Ruiz"]


# --- a word in marks after ", or" glosses the thing just named --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Groundbreaking for the new fabrication facility, or “fab”, is expected in May, Ana Ruiz said.",
        "The plant makes wafers (or “chips”) for phones, Ana Ruiz said.",
    ],
)
def test_a_word_in_marks_after_or_is_another_name_not_a_quotation(sentence):
    assert parse(sentence).quotes == []


def test_words_in_marks_after_or_with_the_comma_inside_stay_a_quotation():
    article = parse("He was told to stop, or “leave now,” the guard, Ana Ruiz, said.")
    assert [q.speaker for q in article.quotes] == ["Ana Ruiz"]


# --- court copy: words a court heard, and words an accused is accused of ----------------------------


def test_words_a_court_heard_are_not_the_subject_s():
    blocks = [
        "A surgeon has gone on trial at Harrow Crown Court.",
        "Ivo Brandt lied to patients and performed operations which caused them “serious harm”, a court has heard.",
    ]
    assert speaker("serious harm", *blocks) is None


def test_words_the_jury_heard_from_a_named_witness_stay_the_witness_s():
    blocks = [
        "Ivo Brandt is on trial at Harrow Crown Court.",
        "“He told me it was cancer,” Ana Ruiz said, the jury heard.",
    ]
    assert speaker("He told me it was cancer", *blocks) == "Ana Ruiz"


def test_a_lede_s_accused_of_words_are_not_the_accused_s():
    blocks = [
        "A surgeon has gone on trial accused of carrying out “completely unnecessary” operations on patients.",
        "Ivo Brandt, 59, denies 20 counts of wounding.",
    ]
    assert speaker("completely unnecessary", *blocks) is None


def test_a_lede_about_someone_named_next_still_gives_them_the_words():
    blocks = [
        "A man swept out to sea says he “thought that was it”.",
        "Jack Pellow, 24, was rescued on Sunday.",
    ]
    assert speaker("thought that was it", *blocks) == "Jack Pellow"


# --- "a former patient of X" ... "the patient said" is not X ----------------------------------------


def test_the_patient_introduced_as_a_patient_of_a_named_surgeon_is_not_the_surgeon():
    blocks = [
        "A former patient of disgraced surgeon Ivo Brandt has spoken about the stress his treatment caused her.",
        "The 66-year-old, who asked not to be named, first met Brandt in 2005.",
        "Brandt treated patients for 14 years at two clinics.",
        "“My sister is a doctor,” the patient said. “She told me the operations were not necessary.”",
    ]
    assert speaker("My sister is a doctor", *blocks) is None


def test_the_patient_named_as_a_patient_keeps_the_words():
    blocks = [
        "Ana Ruiz, a patient of surgeon Ivo Brandt, has spoken about her treatment.",
        "Brandt treated patients for 14 years at two clinics.",
        "“My sister is a doctor,” the patient said.",
    ]
    assert speaker("My sister is a doctor", *blocks) == "Ana Ruiz"
