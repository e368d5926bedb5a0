"""Politics and government copy as real outlets print it (US, UK, Canada, Australia, India,
Africa), each rule on an invented example: careless quotation marks, plurals of roles, bylines,
names said inside quotations, and who speaks in a rivals' exchange."""

import pytest

from articles.ingest.byline import parse_byline
from articles.ingest.marks import unglue_marks
from articles.ingest.parse import parse_seed

from .helpers import names, parse, speaker

# --- an opening mark typed after the space that follows "said," ----------------------------------


def test_a_straight_mark_after_said_comma_and_a_space_opens_the_quotation():
    assert unglue_marks('Party leader Tamsin Orrell said," The budget is a fraud. It will fail."') == (
        'Party leader Tamsin Orrell said, "The budget is a fraud. It will fail."'
    )


def test_the_misplaced_mark_gives_the_whole_quotation_to_the_speaker():
    blocks = ['While talking to reporters, party leader Tamsin Orrell said," The budget is a fraud. It will fail."']
    assert speaker("The budget is a fraud. It will fail", *blocks) == "Tamsin Orrell"


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," Tamsin Orrell said. "The voters know it."',  # a closing mark after the comma
        '“We will win,” Tamsin Orrell said. “Yes," Dev Marlow said.',  # the count of curly marks too
        'She said," we will see." Then she left.',  # no capital after the space
        'He said," The end of it all.',  # an odd number of marks: no count to go by
    ],
)
def test_a_closing_mark_after_a_comma_stays_where_it_is(text):
    assert unglue_marks(text) == text


# --- a plural of a role is no one's name ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "No one asked questions when the party took ten days to choose its Chief Ministers, Tamsin Orrell said.",
        "The threats were made to Conservative MPs who backed the motion, Tamsin Orrell said.",
        "The bill was sent to the Senators on Tuesday, Tamsin Orrell said.",
    ],
)
def test_a_capitalised_plural_of_a_role_after_a_title_word_is_not_a_person(sentence):
    assert names(sentence) == ["Tamsin Orrell"]


def test_a_single_name_after_a_title_is_still_a_person():
    assert names("Chief Minister Orrell said the roads would be fixed.") == ["Orrell"]


# --- bylines as web pages print them ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line, authors",
    [
        ("By political reporter Kenna Varley", ["Kenna Varley"]),
        ("By staff writer Kenna Varley", ["Kenna Varley"]),
        ("By chief political correspondent Kenna Varley, The Harbour Post", ["Kenna Varley"]),
    ],
)
def test_a_byline_with_the_job_in_lower_case_before_the_name(line, authors):
    assert parse_byline(line).authors == authors
    assert names(line, "The vote was close, Senator Obi Rendall said.") == ["Obi Rendall"]


def test_by_and_a_lower_case_word_that_is_no_job_is_no_byline():
    assert parse_byline("By voters who stayed home") is None


def test_a_name_alone_on_the_first_line_under_the_headline_is_the_byline():
    text = (
        " date 2019-05-02 Rivals trade blows at capitol\n\nKenna Varley\n\n"
        "DARROW – Senator Obi Rendall said Thursday that his rival was “out of touch.”\n"
    )
    article = parse_seed(text, "snippet.txt")
    assert [p.name for p in article.people] == ["Obi Rendall"]


def test_a_name_alone_further_down_is_not_taken_for_a_byline():
    text = (
        " date 2019-05-02 Rivals trade blows at capitol\n\n"
        "DARROW – Senator Obi Rendall said Thursday that his rival was “out of touch.”\n\n"
        "Kenna Varley\n\nVarley, the challenger, said she would debate him anywhere.\n"
    )
    assert "Kenna Varley" in [p.name for p in parse_seed(text, "snippet.txt").people]


# --- a tag that lost its verb ------------------------------------------------------------------------

_PARTY = "A former envoy, Prof Efua Mensworth, urged the party chairman, Kobina Larbi Asante, to apologise."


def test_a_name_alone_after_words_closed_on_a_comma_is_their_speaker():
    blocks = [
        _PARTY,
        "“He has led the caucus well. So I think Kobina Larbi Asante needs to apologise to them,” Prof Efua Mensworth",
    ]
    assert speaker(
        "He has led the caucus well. So I think Kobina Larbi Asante needs to apologise to them", *blocks
    ) == ("Efua Mensworth")


def test_the_verbless_tag_also_closes_a_quotation_over_two_paragraphs():
    blocks = [
        _PARTY,
        "“He has led the caucus well.",
        "“So I think the chairman needs to apologise to them,” Prof Efua Mensworth",
    ]
    quote = parse(*blocks).quotes[0]
    assert quote.speaker == "Efua Mensworth"


@pytest.mark.parametrize(
    "closing",
    [
        "“He has led the caucus well.” Prof Efua Mensworth",  # a full stop: the name is a line of its own
        "“He has led the caucus well,” Prof Efua Mensworth’s spokesman",  # her spokesman, unnamed
    ],
)
def test_a_name_after_words_closed_on_a_stop_or_owning_a_role_is_no_verbless_tag(closing):
    assert parse("The caucus met on Tuesday.", closing).quotes[0].speaker is None


# --- an ordinal opens no name -----------------------------------------------------------------------


@pytest.mark.parametrize("ordinal", ["Fourth", "Fifth", "Seventh"])
def test_an_ordinal_before_republic_is_no_given_name(ordinal):
    sentence = f"Obi Rendall was named leader in the 8th Parliament of Tamoria's {ordinal} Republic."
    assert names(sentence) == ["Obi Rendall"]


# --- a name said only inside a quotation ------------------------------------------------------------


@pytest.mark.parametrize(
    "quote, person",
    [
        ("“Karen Obeng and her party aren’t going to know what hit them,” Tom Reddaway said.", "Karen Obeng"),
        ("“The focus is the re-election of Prime Minister Rajiv Tandoor,” Tom Reddaway said.", "Rajiv Tandoor"),
        ("“We need Senator Kwabla Mensworth on board,” Tom Reddaway said.", "Kwabla Mensworth"),
    ],
)
def test_a_full_name_or_a_titled_name_said_only_inside_a_quotation_is_a_person(quote, person):
    assert names(quote) == [person, "Tom Reddaway"]


@pytest.mark.parametrize(
    "quote",
    [
        "“I’m encouraging Nova Scotians to follow the rules,” Tom Reddaway said.",  # a people, not a person
        "“We sold the plant to General Motors last year,” Tom Reddaway said.",
    ],
)
def test_a_plural_or_a_firm_inside_a_quotation_is_not_a_person(quote):
    assert names(quote) == ["Tom Reddaway"]


# --- words of politics and firms that are never a person --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ahead of the August 9 General Election, Karen Obeng said she would win.",
        "In an October 22 Ivo Kesby Research poll, Karen Obeng led with 46 percent.",
        "The Election Commission said the count was fair, Karen Obeng said.",
    ],
)
def test_an_election_or_a_polling_firm_is_not_a_person(sentence):
    assert names(sentence) == ["Karen Obeng"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Director of Research Karen Obeng said the figures were clear.",
        "Research by Karen Obeng found the count was fair.",
    ],
)
def test_research_beside_a_person_leaves_her_a_person(sentence):
    assert names(sentence) == ["Karen Obeng"]


# --- a surname alone after "said", when the words before say "I" -----------------------------------


def test_a_surname_after_said_closing_words_in_the_first_person_is_a_person():
    blocks = [
        "With three weeks to go, the two candidates met at the library.",
        '"When I took over as mayor, the budget was a mess," said Brackwell.',
        '"It is time to refund the money," said Brackwell.',
    ]
    assert names(*blocks) == ["Brackwell"]
    assert speaker("It is time to refund the money", *blocks) == "Brackwell"


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We are committed to the town," said Brackwell.',  # "we": a firm or a body may say it
        '"The budget was a mess," said Brackwell.',  # no one says "I"
        "Forecasters said Brackwell would be flooded by Monday.",  # not after a quotation
    ],
)
def test_a_surname_after_said_without_words_in_the_first_person_is_not_enough(paragraph):
    assert names(paragraph) == []


# --- several photographers in a caption's credit ------------------------------------------------------


def test_photographers_listed_with_commas_in_a_caption_credit_are_not_people():
    caption = (
        "From left: Council member Dana Orrell and Mayor Kofi Larbi. "
        "Photos: Lena Hartwig Crane, Oto Mbeki, Rosa Lind Pike/The Harbour Post via Getty Images"
    )
    article = parse(caption, "Mayor Kofi Larbi said the debate would go ahead.")
    assert [p.name for p in article.people] == ["Dana Orrell", "Kofi Larbi"]


# --- people after a plural role in a list with an organisation ----------------------------------------


def test_names_after_a_plural_role_stay_people_in_a_list_with_a_university():
    sentence = (
        "Moderators include WKRS anchors Dana Orrell and Tom Hartwig, "
        "and Harbour University politics director Oto Mbeki."
    )
    assert names(sentence) == ["Dana Orrell", "Tom Hartwig", "Oto Mbeki"]


def test_firms_after_a_plural_trade_stay_firms():
    assert names("Its backers include investors Harrow Capital and Lindley Partners.") == []


# --- the seat after "MP for" ---------------------------------------------------------------------------


def test_the_word_after_mp_for_is_the_seat_not_a_person():
    blocks = [
        "Dermot Quill asked at Business Questions whether the House had risen early.",
        "The Labour MP for Kesby asked: “Will the Leader of the House confirm it?”",
    ]
    assert names(*blocks) == ["Dermot Quill"]
    assert speaker("Will the Leader of the House confirm it?", *blocks) == "Dermot Quill"


def test_a_named_member_for_a_seat_is_still_a_person():
    assert names("The MP for Harrow, Tom Reddaway, said it was wrong.") == ["Tom Reddaway"]


# --- a titled surname said only inside a quotation ------------------------------------------------------


@pytest.mark.parametrize(
    "quote, person",
    [
        ("“Are you afraid of Governor Kesworth?” Dana Orrell asked.", "Kesworth"),
        ("“Senator Kesworth's been in Washington 42 years,” Dana Orrell said.", "Kesworth"),
    ],
)
def test_a_surname_behind_a_title_inside_a_quotation_is_a_person(quote, person):
    assert names(quote) == [person, "Dana Orrell"]


@pytest.mark.parametrize(
    "quote",
    [
        "“We sold the plant to General Motors,” Dana Orrell said.",
        "“Thank you, Mr Speaker,” Dana Orrell said.",
        "“It was like Captain America out there,” Dana Orrell said.",
        "“Ask the Prime Minister,” Dana Orrell said.",
    ],
)
def test_a_title_before_a_firm_a_role_or_a_place_inside_a_quotation_names_no_one(quote):
    assert names(quote) == ["Dana Orrell"]


# --- "she" after a woman named since a speaker of unknown sex ---------------------------------------------

_DEBATE = [
    "Mayor Bill Haskett and two rivals met in a debate on Tuesday.",
    '"His donors got richer," Republican Karen Obeng said.',
    '"You talk well, you get nothing done," Tavo Dreyfuss added.',
    '"Let us go back to what happened," the mayor countered.',
]


def test_she_is_the_woman_named_since_a_speaker_of_unknown_sex():
    blocks = [
        *_DEBATE,
        "Haskett repeatedly pointed out that Obeng is a Republican, but when one of the panelists tried to do it,"
        " she shot back.",
        '"I feel like you are carrying the mayor\'s water," she said.',
    ]
    assert speaker("I feel like you are carrying the mayor's water", *blocks) == "Karen Obeng"


def test_she_stays_with_the_speaker_of_unknown_sex_when_no_woman_is_named_since():
    blocks = [*_DEBATE, "The audience cheered.", '"I feel like you are carrying water," she said.']
    assert speaker("I feel like you are carrying water", *blocks) == "Tavo Dreyfuss"


def test_she_is_not_a_woman_named_since_who_has_not_spoken():
    blocks = [
        '"We were ready," Senator Tavo Dreyfuss said.',
        "The senator praised Karen Obeng for her work on the bill.",
        '"It was the best work I have seen," she said.',
    ]
    assert speaker("It was the best work I have seen", *blocks) == "Tavo Dreyfuss"


# --- "X said to Y: “...”" then "The <role> replied" ----------------------------------------------------


def test_a_role_replying_to_words_said_to_someone_is_the_one_spoken_to():
    blocks = [
        "Opposition leader Dana Orrell accused Tom Hartwig of misleading the House.",
        "Orrell, citing reports from a caucus meeting, said to Hartwig during question period: “The premier"
        " also attacked the auditor.”",
        "The premier replied, “I said nothing of the kind”, and sat down.",
    ]
    assert speaker("I said nothing of the kind", *blocks) == "Tom Hartwig"


def test_a_role_replying_keeps_its_holder_when_the_sentence_before_is_someone_elses():
    blocks = [
        "Premier Tom Hartwig faced questions on Tuesday.",
        "Opposition leader Dana Orrell said the budget was late.",
        "The premier replied, “It will be on time.”",
    ]
    assert speaker("It will be on time", *blocks) == "Tom Hartwig"
