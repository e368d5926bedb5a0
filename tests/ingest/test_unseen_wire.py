"""Wire copy and breaking news, each rule on an invented example: the credit lines closing a wire
story (contributors, "Contributing:" lists) read through the rules and link lines around them,
and speakers named in the forms wire reports use."""

import pytest

from articles.ingest.parse import parse_seed

from .helpers import names, parse, speaker

# --- credit lines closing a wire story, with rules and link lines among them ------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        ["___", "Follow AP's coverage of the floods at https://apnews.com/hub/floods"],
        ["___", "More AP rugby: https://apnews.com/hub/rugby and https://x.com/AP_Sports"],
        ["* * *"],
    ],
)
def test_contributors_above_a_rule_or_link_line_are_not_people(furniture):
    blocks = [
        "RIVERTON, Wyo. (AP) — The Wind River rose 3 feet overnight, county officials said.",
        "“The water came up faster than anyone expected,” Sheriff Odell Pryce said.",
        "Associated Press writers Mara Quist in Casper and Teo Lindahl in Denver contributed to this report.",
        *furniture,
    ]
    assert names(*blocks) == ["Odell Pryce"]


def test_a_titled_contributor_above_a_rule_is_not_a_person():
    blocks = [
        "DENVER (AP) — The Broncos released linebacker Amos Kettering on Monday.",
        "AP Sports Writer Pat Hollis contributed to this report.",
        "___",
        "More AP NFL: https://apnews.com/hub/nfl",
    ]
    assert names(*blocks) == ["Amos Kettering"]


def test_a_link_line_quoting_someone_is_not_furniture():
    blocks = [
        "The Wind River rose 3 feet overnight, county officials said.",
        "Dara Kell contributed to this report.",
        "Sheriff Odell Pryce wrote on Facebook: “Stay off the river road. Updates at https://example.gov/flood”",
    ]
    assert "Dara Kell" in names(*blocks)


# --- a "Contributing:" list naming outlets after its names ------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "Contributing: Nell Oduya, The Marsh Courier; Ivo Brandt and Kip Sauer, USA TODAY; The Associated Press",
        "Contributing: Ivo Brandt and Kip Sauer, USA TODAY; Reuters",
    ],
)
def test_the_names_of_a_contributing_list_with_outlets_are_not_people(credit):
    blocks = [
        "“We lost the whole harvest,” said Wendell Ames, who farms near the levee.",
        credit,
    ]
    assert names(*blocks) == ["Wendell Ames"]


def test_a_clause_after_contributing_that_is_a_sentence_is_not_a_credit():
    blocks = [
        "Contributing: Ivo Brandt; farmer Wendell Ames said the levee held",
        "“We were lucky,” Ames said.",
    ]
    assert "Wendell Ames" in names(*blocks)


# --- a role at a named body set off before the name: "An economist at X, Name, put it at “...”" ----


@pytest.mark.parametrize(
    "role",
    [
        "An economist at the Halvard Institute for Coastal Economics",
        "A researcher with the Oresund Policy Centre",
        "The spokeswoman for Kesby Harbour Authority",
    ],
)
def test_a_partial_quotation_belongs_to_a_name_after_a_role_at_a_body(role):
    blocks = [
        "The strike closed the port for a second day.",
        f"{role}, Ines Marwood, put the daily loss at “close to 4 million crowns.”",
    ]
    assert speaker("close to 4 million crowns", *blocks) == "Ines Marwood"


def test_a_name_after_a_role_at_a_body_that_is_not_set_off_as_its_name_is_not_the_speaker():
    blocks = [
        "The strike closed the port for a second day.",
        "A researcher with the Oresund Policy Centre, speaking to Ines Marwood, put the daily loss at"
        " “close to 4 million crowns.”",
    ]
    assert speaker("close to 4 million crowns", *blocks) is None


# --- an electoral seat named before "seat", "constituency" or "riding" ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Former minister Lydia Crane has lost her Kesby Heath seat to Labour.",
        "Former minister Lydia Crane has lost the Tory-held Kesby Heath seat.",
        "Former minister Lydia Crane held her Morley Vale riding by 212 votes.",
        "Former minister Lydia Crane won the Morley Vale constituency in 2019.",
    ],
)
def test_a_seat_named_before_seat_or_riding_is_not_a_person(sentence):
    assert names(sentence) == ["Lydia Crane"]


def test_a_person_given_seats_is_still_a_person():
    assert names("The premier gave Lydia Crane seats on two committees.") == ["Lydia Crane"]


# --- two given names sharing a surname after a plural title: "Owners Dee and Jimmy Haslam" ---------


@pytest.mark.parametrize("plural", ["Owners", "Parents", "Co-founders"])
def test_two_given_names_after_a_plural_title_share_the_surname(plural):
    assert names(f"{plural} Nadia and Tomas Verhoek said they were stunned.") == ["Nadia Verhoek", "Tomas Verhoek"]


def test_a_surname_after_a_plural_title_does_not_take_the_next_surname():
    assert "Pellow Verhoek" not in names("Directors Pellow and Tomas Verhoek said they were stunned.")


# --- a live page's entry credits: "From CNN's Jane Doe and John Roe" --------------------------------


def test_the_credits_of_a_live_pages_entries_are_not_people():
    blocks = [
        "From KWXT's Nell Oduya and Ivo Brandt",
        "The jury has reached a verdict, a court officer said.",
        "From KWXT's Lucia della Porta",
        "“We respect the verdict,” defence lawyer Amos Kettering said outside the court.",
    ]
    assert names(*blocks) == ["Amos Kettering"]


def test_a_credit_line_standing_in_the_deck_is_not_a_person():
    text = (
        " date 2024-03-05 Verdict in the Kettering trial: live updates\n\n"
        "From KWXT's Nell Oduya and Ivo Brandt\n\n"
        "“We respect the verdict,” defence lawyer Amos Kettering said outside the court.\n"
    )
    assert [p.name for p in parse_seed(text, "live.txt").people] == ["Amos Kettering"]


def test_a_sentence_from_someones_words_is_not_a_credit():
    blocks = ["From Amos Kettering's office came a short reply: no comment."]
    assert names(*blocks) == ["Amos Kettering"]


# --- a wire advisory over a new version of the story ------------------------------------------------


@pytest.mark.parametrize(
    "advisory",
    [
        "(Corrects spelling of minister's name to Nadia Verhoek from Nadia Verhoeck in paragraph 2)",
        "(Adds comment from Nadia Verhoek (Ministry of Mines), paragraph 2)",
    ],
)
def test_a_wire_advisory_names_no_one(advisory):
    blocks = [
        advisory,
        "SANTIAGO, May 4 (Reuters) - A copper pit flooded on Monday, its owner said.",
        "“We will know more tomorrow,” Mines Minister Nadia Verhoek told reporters.",
    ]
    assert names(*blocks) == ["Nadia Verhoek"]


def test_a_bracketed_paragraph_that_is_not_an_advisory_keeps_its_names():
    blocks = [
        "SANTIAGO, May 4 (Reuters) - A copper pit flooded on Monday, its owner said.",
        "(Adriana Solis, a geologist, said the pumps had failed.)",
    ]
    assert names(*blocks) == ["Adriana Solis"]


# --- a body named like a role: "the National Hurricane Center said", "the Coast Guard said" ---------


@pytest.mark.parametrize("body", ["the Kesby Weather Center", "the Coast Guard", "the Northern Flood Centre"])
def test_a_body_whose_name_ends_in_a_role_noun_is_no_one(body):
    blocks = [
        "Gov. Nadia Verhoek ordered the coast evacuated on Monday.",
        f"“The surge could reach 12 feet,” {body} said in an advisory.",
    ]
    assert speaker("The surge could reach 12 feet", *blocks) is None


def test_a_described_player_in_lower_case_is_still_resolved():
    blocks = [
        "Ivo Brandt scored 31 points for the Hawks.",
        "“We found our rhythm late,” the veteran center said.",
    ]
    assert speaker("We found our rhythm late", *blocks) == "Ivo Brandt"


# --- "official" after a possessive describes a thing: "on its official Weibo account" --------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said in a post on their official Kesbo account that 12 people had died.",
        "The ministry said on its official Harrowgram channel that 12 people had died.",
    ],
)
def test_a_platform_after_official_and_a_possessive_is_not_a_person(sentence):
    assert names(sentence) == []


def test_an_official_named_after_a_lower_case_title_is_still_a_person():
    assert names("“The dam held,” said provincial official Chen Weilin.") == ["Chen Weilin"]


# --- "a resident surnamed Zhang": a person named by the surname alone --------------------------------


def test_a_person_surnamed_in_china_copy_is_a_person_and_speaks():
    blocks = [
        "A shopkeeper surnamed Guo told the Evening Daily that the river rose in minutes.",
        "“We carried the children up to the roof,” she said.",
    ]
    assert names(*blocks) == ["Guo"]
    assert speaker("We carried the children up to the roof", *blocks) == "Guo"


def test_a_thing_named_after_a_surname_is_not_a_person():
    assert names("The Guo family shop on Kesby Road was flooded, the Evening Daily reported.") == []


def test_a_reporters_follow_line_with_a_link_closing_the_story_is_not_a_person():
    blocks = [
        "MIAMI (AP) — A former aide was charged Friday, court papers show.",
        "“We will fight this,” his lawyer, Amos Kettering, said.",
        "___",
        "Follow Dara Kell on X at https://x.com/darakell",
    ]
    assert names(*blocks) == ["Amos Kettering"]


# --- a holiday named like a person: "on Yom Kippur" --------------------------------------------------


@pytest.mark.parametrize("holiday", ["Yom Kippur", "Rosh Hashanah", "Thanksgiving Day"])
def test_a_holiday_is_not_a_person_nor_a_speaker(holiday):
    blocks = [f"A court jailed the man who attacked the hall on {holiday}, calling the attack “an act of pure hatred.”"]
    assert names(*blocks) == []
    assert speaker("an act of pure hatred", *blocks) is None


def test_a_rabbi_named_beside_a_holiday_is_still_a_person():
    assert names("Families gathered for Rosh Hashanah, Rabbi Miriam Kestler said.") == ["Miriam Kestler"]


# --- "X issued a statement. “...,” it said.": the statement's words are X's --------------------------


@pytest.mark.parametrize(
    "issued",
    [
        "Harbour Commissioner Nadia Verhoek issued a statement on Monday.",
        "Director of Port Safety Nadia Verhoek issued a rare statement defending the inspectors.",
        "Nadia Verhoek posted a long message on Facebook after the vote.",
    ],
)
def test_it_after_a_statement_a_person_issued_is_the_statement(issued):
    blocks = ["The harbour reopened at noon.", f"{issued} “The inspectors did their job,” it said."]
    assert speaker("The inspectors did their job", *blocks) == "Nadia Verhoek"


def test_it_after_a_statement_a_body_issued_is_no_one():
    blocks = [
        "Harbour Commissioner Nadia Verhoek resigned on Monday.",
        "The port authority issued a statement. “The inspectors did their job,” it said.",
    ]
    assert speaker("The inspectors did their job", *blocks) is None


# --- a lede's role owned by a place, named in the next paragraph ------------------------------------


@pytest.mark.parametrize("owner", ["Kesby's", "The city's"])
def test_a_lede_role_owned_by_a_place_is_the_holder_named_next(owner):
    blocks = [
        f"KESBY — {owner} fire chief says the blaze was “the worst in a generation” as crews work into a third day.",
        "Fire Chief Nadia Verhoek told a briefing that 40 homes had been lost.",
    ]
    assert speaker("the worst in a generation", *blocks) == "Nadia Verhoek"


@pytest.mark.parametrize("owner", ["Kesby's", "The"])
def test_a_lede_role_is_not_the_holder_of_another_kind_named_next(owner):
    blocks = [
        f"KESBY — {owner} fire chief says the blaze was “the worst in a generation” as crews work into a third day.",
        "Police Chief Nadia Verhoek told a briefing that 40 homes had been lost.",
    ]
    assert speaker("the worst in a generation", *blocks) is None


# --- a surname's own prefix is no brand's inner capital: "Zoey McDermott" -------------------------


@pytest.mark.parametrize("name", ["Zoey MacAllan", "Zoey Brandt-McCourt", "Jaxon DeVries"])
def test_a_name_with_an_unlisted_given_name_and_a_prefixed_surname_is_a_person(name):
    assert names(f"Another resident, {name}, told reporters she had lost everything.") == [name]


def test_a_brand_with_an_inner_capital_is_still_not_a_person():
    assert names("Staff at Harbor DataLink said it would hire 40 people.") == []


# --- a wire "QUOTES" box: a label in capitals over each quotation ------------------------------------


def test_a_quotes_box_label_in_capitals_names_the_speaker_of_the_quotation_under_it():
    blocks = [
        "Following are comments from officials on the port strike.",
        "HARBOUR MINISTER NADIA O'BRIEN-VERHOEK:",
        "“The port must reopen this week.”",
        "UNION LEADER IVO MCALLISTER, TO REPORTERS:",
        "“We will stay out until the offer improves.”",
    ]
    article = parse(*blocks)
    assert [(p.name, p.title) for p in article.people] == [
        ("Nadia O'Brien-Verhoek", "Harbour Minister"),
        ("Ivo McAllister", "Union Leader"),
    ]
    assert speaker("The port must reopen this week", *blocks) == "Nadia O'Brien-Verhoek"
    assert speaker("We will stay out until the offer improves", *blocks) == "Ivo McAllister"


def test_a_heading_in_capitals_over_a_quotation_is_not_a_speaker():
    blocks = [
        "Following are comments from officials on the port strike.",
        "WHAT THE MINISTRY SAID:",
        "“The port must reopen this week.”",
    ]
    assert names(*blocks) == []
    assert speaker("The port must reopen this week", *blocks) is None


# --- an office "to" a body or place before the name: "Ambassador to the United Nations X" -----------


@pytest.mark.parametrize(
    "title",
    ["Ambassador to the United Nations", "U.S. Ambassador to the United Nations", "Special Envoy to Sudan"],
)
def test_a_name_after_an_office_to_a_body_is_a_person_and_speaks(title):
    blocks = [f"“We will not be rushed,” {title} Ines Marwood-Hale told the council."]
    assert names(*blocks) == ["Ines Marwood-Hale"]
    assert speaker("We will not be rushed", *blocks) == "Ines Marwood-Hale"


def test_a_name_after_a_body_reached_by_to_is_not_given_its_title():
    article = parse("The bill went to the Senate Finance Committee on Tuesday, Ines Marwood-Hale said.")
    assert [(p.name, p.title) for p in article.people] == [("Ines Marwood-Hale", "")]


def test_an_adviser_to_a_named_person_speaks_for_them_unnamed():
    blocks = ["“We will not be rushed,” an adviser to Ines Marwood-Hale said."]
    assert speaker("We will not be rushed", *blocks) is None


# --- more credit tails: commas between clauses, "X reported from Y" ---------------------------------

_STORY = ["KESBY (AP) — The dam burst overnight, officials said.", "“We will rebuild,” Mayor Ines Marwood said."]


@pytest.mark.parametrize(
    "tail",
    [
        ["Reporting by Dara Kell in Kesby, Writing by Tomas Pellow, Editing by Ann Quist"],
        ["Dara Kell reported from Kesby; Tomas Pellow reported from Harrow Bay."],
        ["Dara Kell reported from Kesby.", "___", "Follow all of AP's coverage at https://apnews.com/hub/floods"],
    ],
)
def test_credit_tails_of_wire_copy_name_no_people(tail):
    assert names(*_STORY, *tail) == ["Ines Marwood"]


def test_someone_who_reported_from_a_place_for_years_is_still_a_person():
    blocks = [*_STORY, "Tomas Pellow reported from Kesby for the Harbour Gazette for 20 years before he died."]
    assert "Tomas Pellow" in names(*blocks)


# --- spokespeople and records of speech ----------------------------------------------------------


@pytest.mark.parametrize("role", ["a spokesman for", "an adviser to", "a lawyer for"])
def test_the_spokesperson_named_after_whom_they_speak_for_is_the_speaker(role):
    blocks = [f"“The minister has nothing to add,” said {role} Ines Marwood, Tomas Pellow."]
    assert speaker("The minister has nothing to add", *blocks) == "Tomas Pellow"


def test_the_one_spoken_for_without_a_named_spokesman_is_not_the_speaker():
    blocks = ["“The minister has nothing to add,” said a spokesman for Ines Marwood."]
    assert speaker("The minister has nothing to add", *blocks) is None


@pytest.mark.parametrize("record", ["a transcript of the call", "a recording played in court"])
def test_words_a_record_gives_after_a_named_speaker_are_theirs(record):
    blocks = [f"Ines Marwood told investigators, according to {record}, that she was “never in the building.”"]
    assert speaker("never in the building", *blocks) == "Ines Marwood"


def test_words_according_to_someone_else_after_a_named_speaker_are_not_theirs():
    blocks = ["Ines Marwood said the driver was, according to police, “well over the limit.”"]
    assert speaker("well over the limit", *blocks) is None


# --- a name opening a relative clause is its subject: "chats in which Y told staff to “...”" --------


@pytest.mark.parametrize("adverb", ["", "allegedly "])
def test_words_in_a_clause_in_which_someone_told_others_are_theirs(adverb):
    blocks = [
        f"A court filing by Ines Marwood described chats in which Tomas Pellow {adverb}told staff to “shred it all.”"
    ]
    assert speaker("shred it all", *blocks) == "Tomas Pellow"


def test_a_name_after_which_as_an_object_of_a_preposition_is_not_taken_for_the_speaker():
    blocks = ["Ines Marwood described the chats, most of which were with Tomas Pellow, as “plainly criminal.”"]
    assert speaker("plainly criminal", *blocks) == "Ines Marwood"
