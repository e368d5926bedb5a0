"""Who said it, in business, science, health and technology copy and wire stories: kinds of
attribution error found on real articles (stop 31), each rule on an invented example."""

from .helpers import names, parse, speaker

# --- "the <body> chief said": the holder of the body's top office ----------------------------------


def test_the_body_chief_in_the_lede_is_its_director_general_named_next():
    blocks = [
        "Falling orders are “a warning sign” for the region, the Kesby Trade League chief said on Monday.",
        "Exports fell in March, KTL director-general Ines Marwood said.",
    ]
    assert speaker("a warning sign", *blocks) == "Ines Marwood"


def test_the_body_s_initials_in_brackets_stay_in_the_tag():
    blocks = [
        "Falling orders are “a warning sign” for the region, the Kesby Trade League (KTL) chief said on Monday.",
        "Exports fell in March, KTL director-general Ines Marwood said.",
    ]
    assert speaker("a warning sign", *blocks) == "Ines Marwood"


def test_the_bank_boss_is_its_managing_director():
    blocks = [
        "Shares in Kesby Bank rose 4% after KB managing director Odile Brandt and Ivo Marsh, an analyst, spoke.",
        "“We are not for sale,” the Kesby Bank boss said.",
    ]
    assert speaker("We are not for sale", *blocks) == "Odile Brandt"


def test_a_chief_of_a_body_no_one_heads_in_the_story_is_no_one():
    blocks = [
        "Falling orders are “a warning sign”, the Kesby Trade League chief said on Monday.",
        "Exports fell in March, Harrow Bank chief executive Ines Marwood said.",
    ]
    assert speaker("a warning sign", *blocks) is None


def test_the_police_chief_is_not_the_mayor():
    blocks = [
        "Harrow Mayor Ines Marwood opened the new station on Monday.",
        "“Crime is down,” the Harrow police chief said.",
    ]
    assert speaker("Crime is down", *blocks) is None


def test_parse_keeps_the_director_general_a_person():
    assert names("Exports fell in March, KTL director-general Ines Marwood said.") == ["Ines Marwood"]


def test_the_body_named_after_the_office_in_the_title():
    blocks = [
        "Falling orders are “a warning sign”, the Kesby Trade League (KTL) chief said on Monday.",
        "Ines Marwood, director-general of the KTL, spoke in Harrow.",
    ]
    assert speaker("a warning sign", *blocks) == "Ines Marwood"


def test_initials_like_a_relative_pronoun_stay_in_the_title():
    blocks = [
        "Falling orders are “a warning sign”, the Kesby Health Organisation (WHO) chief said.",
        "Ines Marwood, director-general of the WHO, spoke in Harrow.",
    ]
    assert speaker("a warning sign", *blocks) == "Ines Marwood"


# --- "As X, <description>, puts it, “...”" -----------------------------------------------------------


def test_as_someone_puts_it_before_a_comma():
    blocks = ["Shares rose.", "As Ines Marwood puts it, “Nobody waits for a bank loan now.”"]
    assert speaker("Nobody waits for a bank loan now", *blocks) == "Ines Marwood"


def test_as_someone_described_at_length_puts_it():
    blocks = [
        "Shares rose.",
        "As Ines Marwood, a co-founder of delivery firm Kesby puts it, “Nobody waits for a bank loan now.”",
    ]
    assert speaker("Nobody waits for a bank loan now", *blocks) == "Ines Marwood"


def test_as_someone_s_mentor_puts_it_is_not_the_owner():
    blocks = ["Ines Marwood founded Kesby.", "As Marwood’s mentor puts it, “She never sleeps.”"]
    assert speaker("She never sleeps", *blocks) != "Ines Marwood"


# --- a crosshead between a speaker's words and a paragraph that is only a quotation -----------------


def test_a_crosshead_does_not_break_the_run_before_a_bare_quotation():
    blocks = [
        "The new clinic needs 30 more nurses, the union said.",
        "Union secretary Ines Marwood said “we have too few nurses for the wards”.",
        "Ward Watch",
        "“So the clinic will keep beds shut. It cannot staff them.”",
        "Other groups asked the committee for more training places.",
    ]
    assert speaker("So the clinic will keep beds shut. It cannot staff them", *blocks) == "Ines Marwood"


def test_a_bare_quotation_after_a_crosshead_owned_in_the_next_paragraph_is_not_the_run_s():
    blocks = [
        "Union secretary Ines Marwood said “we have too few nurses”.",
        "Ward Watch",
        "“It cannot staff them.”",
        "That was the verdict of hospital manager Odile Brandt.",
    ]
    assert speaker("It cannot staff them", *blocks) == "Odile Brandt"


# --- firms: "chief economist for X" -------------------------------------------------------------------


def test_the_firm_an_economist_works_for_is_no_person():
    assert names("Ines Marwood, chief economist for Harrow Mac, spoke.") == ["Ines Marwood"]


def test_a_spokesman_for_a_person_still_names_that_person():
    assert "Ana Ruiz" in names("Ines Marwood, a spokesman for Mayor Ana Ruiz, spoke.")


# --- "The chair of Kesby ... / Ivo Brandt told the meeting": the lede's role, named bare -------------


def test_a_lede_role_is_the_bare_name_opening_the_next_paragraph_with_a_verb_of_saying():
    blocks = [
        "The chair of Kesbys Foods has answered critics, saying the dispute was “overblown”.",
        "Ivo Brandt told the shareholders’ meeting that the complaints were unfair.",
        "“We know what families pay,” Mr Brandt said.",
    ]
    assert speaker("overblown", *blocks) == "Ivo Brandt"


def test_a_bare_name_already_met_does_not_take_the_lede_role():
    blocks = [
        "The chair of Kesbys, backed by Ivo Brandt, has answered critics, saying the dispute was “overblown”.",
        "Ivo Brandt told the meeting that the complaints were unfair.",
    ]
    assert speaker("overblown", *blocks) != "Ivo Brandt"


def test_a_bare_name_without_a_verb_of_saying_does_not_take_the_lede_role():
    blocks = [
        "The chair of Kesbys has answered critics, saying the dispute was “overblown”.",
        "Ivo Brandt was unimpressed by the row.",
    ]
    assert speaker("overblown", *blocks) != "Ivo Brandt"


# --- firms named like people ------------------------------------------------------------------------


def test_a_firm_alongside_a_fellow_firm_is_no_person():
    assert names("Kesbys, with fellow pharmacy chain Harrows, faces an inquiry into prices.") == []


def test_a_fellow_senator_still_names_two_people():
    assert names("Ines Marwood, along with fellow senator Ivo Brandt, voted no.") == ["Ines Marwood", "Ivo Brandt"]


def test_a_name_described_as_the_company_is_a_firm():
    blocks = [
        "On Sunday, Con Harrow, the company running the tramway, said it was dealing with “signal faults”.",
        "“Nobody was hurt,” Mayor Ines Marwood said.",
    ]
    assert names(*blocks) == ["Ines Marwood"]
    assert speaker("signal faults", *blocks) is None


def test_the_company_secretary_is_a_post():
    assert names("Ines Marwood, the company secretary, said it was responding.") == ["Ines Marwood"]


# --- an adverb in -ly opening a sentence, with no comma, is no given name ------------------------------


def test_an_opening_adverb_without_a_comma_is_no_given_name():
    assert names("Ines Marwood ran the trial. Ultimately Marwood wants to test more.") == ["Ines Marwood"]


def test_a_given_name_in_ly_still_opens_a_name():
    assert names("Kelly Marwood spoke. Finally Kesby agreed.") == ["Kelly Marwood"]


# --- a product's name in quotation marks is no quotation ----------------------------------------------


def test_a_product_name_in_camel_case_is_no_quotation():
    assert parse('Kesby boss Ines Marwood showed off the new "kPad 7" at the fair on Monday.').quotes == []


def test_a_product_name_with_a_model_number_is_no_quotation():
    assert parse("The company unveiled the “Kesbyphone 12” on Monday, said Ines Marwood.").quotes == []


def test_words_after_a_colon_with_a_number_are_still_a_quotation():
    assert speaker("Year 2000", "Ines Marwood said: “Year 2000.”") == "Ines Marwood"


# --- a species' threat category in quotation marks is a term, not speech ------------------------------


def test_a_conservation_status_is_no_quotation():
    article = parse(
        "The kesby owl was listed as “endangered” after years as “vulnerable” on the species list, said Ines Marwood."
    )
    assert article.quotes == []


def test_a_feeling_called_vulnerable_is_still_a_quotation():
    assert speaker("I feel vulnerable", "“I feel vulnerable,” said Ines Marwood.") == "Ines Marwood"


# --- a tag set off by commas inside the sentence after the words -------------------------------------


def test_a_tag_set_off_after_the_words_names_the_speaker():
    blocks = [
        "Ana Ruiz and a student ran the scan. The “clean, steady signal” they logged, said Ruiz, pointed to a comet."
    ]
    assert speaker("clean, steady signal", *blocks) == "Ana Ruiz"


def test_a_tag_set_off_with_the_name_first():
    blocks = ["The “clean, steady signal” they logged, Ana Ruiz said, pointed to a comet."]
    assert speaker("clean, steady signal", *blocks) == "Ana Ruiz"


def test_an_unnamed_tag_set_off_names_no_one():
    assert speaker("steady signal", "The “steady signal” they logged, said a student, pointed to a comet.") is None


# --- Malay words for a committee or a body open an organisation's name --------------------------------


def test_malay_committee_and_body_words_open_no_person():
    assert names(
        "The rally was held by Jawatankuasa Penyelamat Nelayan Harrow (Penyelamat) and Pertubuhan Belia Muda Kesby"
        " (Belia), said Ines Marwood."
    ) == ["Ines Marwood"]


# --- a reporter's signature after a dash closing the last paragraph -----------------------------------


def test_a_signature_after_a_dash_closing_the_story_is_no_person():
    blocks = ["Ports are busy, said Ines Marwood.", "“We can cope,” Ms. Marwood said. — Odile P. Brandt"]
    assert [p.name for p in parse(*blocks).people] == ["Ines Marwood"]
    assert speaker("We can cope", *blocks) == "Ines Marwood"


def test_a_name_the_story_uses_elsewhere_is_kept_after_a_closing_dash():
    assert "Odile Brandt" in names(
        "Ports are busy, said Odile Brandt.", "“We can cope,” Ines Marwood said. — Odile Brandt"
    )


# --- sentences run together with no space after the full stop ----------------------------------------


def test_sentences_run_together_are_split_before_a_tag_subject():
    blocks = [
        "Mayor Ines Marwood said levies would fall on imported steel.Kesby’s trade office said it would answer"
        " “in kind”.The markets fell."
    ]
    assert speaker("in kind", *blocks) is None


def test_initials_and_abbreviations_stay_glued():
    from articles.ingest.marks import unglue_marks

    assert unglue_marks("at 9 a.m.The market opened at the U.S.Army base") == (
        "at 9 a.m.The market opened at the U.S.Army base"
    )


# --- a participle in a clause opening after a semicolon with "the" and a role --------------------------


def test_a_role_after_a_semicolon_no_one_holds_says_words_that_name_another():
    blocks = [
        "A clerk suggested hiring Ivo Brandt, a former engineer; the harbour director disagreed, saying,"
        ' "I will not sign off on Ivo Brandt," and left the room.'
    ]
    assert speaker("I will not sign off on Ivo Brandt", *blocks) is None


def test_a_role_after_a_semicolon_is_its_holder():
    blocks = [
        "Harbour director Ana Ruiz spoke first.",
        'A clerk suggested Ivo Brandt; the harbour director disagreed, saying, "I will not sign off on Ivo Brandt,"'
        " and left.",
    ]
    assert speaker("I will not sign off on Ivo Brandt", *blocks) == "Ana Ruiz"


# --- prepositions and a headline's verb in a title-case line -------------------------------------------


def test_a_preposition_or_a_headline_verb_opens_no_name():
    found = names("Growth Amid Storms: Kesby Sees Calm Waters", "Spokesman Ivo Brandt said the ferry was on time.")
    assert "Ivo Brandt" in found
    assert not any(word in name.split() for name in found for word in ("Amid", "Sees"))
