"""Stage 4 (people): names, titles, aliases, one entity per person, non-people dropped."""

from .helpers import parse


def people(*blocks):
    return {p.name: p for p in parse(*blocks).people}


def test_title_before_the_name():
    found = people("Finance Minister Ana Lopes presented the plan on Monday.")
    assert found["Ana Lopes"].title == "Finance Minister"


def test_title_after_the_name():
    found = people("Ana Lopes, the city's finance director, presented the plan.")
    assert found["Ana Lopes"].title == "the city's finance director"


def test_title_with_possessive_place():
    found = people("Canada's Prime Minister Mark Tully spoke first.")
    assert found["Mark Tully"].title == "Canada's Prime Minister"


def test_lower_case_role_before_the_name():
    found = people("The team hired head coach Paulo Bento in May.")
    assert found["Paulo Bento"].title == "head coach"


def test_surname_alone_merges_into_the_full_person():
    found = people("Mayor Ana Lopes opened the session.", "Lopes later left the room.")
    assert list(found) == ["Ana Lopes"]
    assert found["Ana Lopes"].aliases == ["Lopes"]


def test_names_with_diacritics_and_hyphens():
    found = people("Éric Côté-Lefèvre met José Ramos-Horta in Dili on Monday.")
    assert set(found) == {"Éric Côté-Lefèvre", "José Ramos-Horta"}


def test_names_with_particles():
    found = people("Ludwig van Beethoven and Alex de Minaur were named.")
    assert set(found) == {"Ludwig van Beethoven", "Alex de Minaur"}


def test_family_name_first_order_is_kept():
    found = people("Chinese leader Xi Jinping met Kishida Fumio in Lima.")
    assert set(found) == {"Xi Jinping", "Kishida Fumio"}


def test_organisations_are_not_people():
    found = people("Investors sold Acme Robotics and bought shares of Blue Harbor Holdings on Monday.")
    assert found == {}


def test_places_are_not_people():
    found = people("Flights from New Zealand and South Africa were cancelled.")
    assert found == {}


def test_company_listed_with_organisations_is_not_a_person():
    found = people("Bidders included Orbit Systems, Lockwood Martin and Star Aerospace.")
    assert found == {}


def test_name_after_a_determiner_is_a_thing():
    found = people("The Hazel Hen supercomputer ran for a year.")
    assert found == {}


def test_photographer_in_a_credit_is_not_a_person():
    found = people("The mayor spoke on Monday.", "The mayor speaks at the hall (Jane Roe/Reuters)")
    assert found == {}


def test_single_name_after_a_title_is_a_person():
    found = people("Brazil star Neymar watched from the stands.")
    assert found["Neymar"].title == "Brazil star"


def test_pronoun_is_learned_from_the_text():
    found = people("Ana Lopes said she would stay.")
    assert found["Ana Lopes"].pronoun == "she"


def test_people_are_listed_in_order_of_first_mention():
    names = [p.name for p in parse("Tom Hale met Ann Ruiz.", "Ruiz thanked Hale.").people]
    assert names == ["Tom Hale", "Ann Ruiz"]


def test_middle_initial_stays_in_the_name():
    assert "Laura K. Brennan" in people("Laura K. Brennan, the county clerk, opened the meeting.")


def test_initial_that_is_also_a_word_stays_in_the_name():
    assert "Paul A. Moreno" in people("The defence lawyer, Paul A. Moreno, spoke first.")


def test_dotted_initials_open_a_name():
    assert "R.J. Fenwick" in people("Coach R.J. Fenwick praised the defence.")


def test_surname_after_suffix_is_an_alias():
    article = parse("Rep. Carl Dunmore Jr. voted no.", "\u201cIt is a bad bill,\u201d Dunmore said.")
    assert article.quotes[0].speaker == "Carl Dunmore Jr."


def test_arabic_article_prefix_in_a_surname():
    assert "Karim al-Nasser" in people("Foreign Minister Karim al-Nasser arrived on Sunday.")


def test_romanised_given_name_with_lower_case_syllable():
    assert "Park Min-ho" in people("President Park Min-ho met the delegation.")


def test_hyphenated_common_word_is_not_a_given_name():
    assert not any("style" in name for name in people("It was a Grand Prix-style finish on Sunday."))


def test_single_name_with_a_role_in_apposition():
    assert "Ronaldinho" in people("Ronaldinho, the Brazilian midfielder, scored twice.")


def test_company_described_as_a_store_is_not_a_person():
    assert "Hartley Hardware" not in people("Tom Hale owns Hartley Hardware, a store on Main Street.")


def test_employer_after_role_at_is_not_a_person():
    assert "Carver Frost" not in people("Ana Lopes, an analyst at Carver Frost, cut her forecast.")


def test_name_after_department_of_is_not_a_person():
    assert "Fish Wildlife" not in people("The Department of Fish Wildlife closed the river.")


def test_gendered_noun_before_the_name_gives_the_pronoun():
    found = people("Her brother, Tom Hale, lives in Ohio.")
    assert found["Tom Hale"].pronoun == "he"


def test_given_name_that_is_also_an_organisation_word():
    assert "Bill Ortiz" in people("Senator Bill Ortiz voted against the plan.")


# --- unseen-text kinds: nicknames, relatives, places and organisations ----------------------


def test_nickname_in_quotation_marks_stays_inside_the_name():
    assert list(people("Ana \u201cBee\u201d Lorca runs the bakery on Dock Lane.")) == ["Ana Lorca"]


def test_relative_named_by_a_given_name_alone_is_a_person():
    assert "Marta" in people("Tomas Reyes and his wife, Marta, were asleep when it hit.")


def test_bystander_noun_before_a_name_is_not_part_of_it():
    assert list(people("Neighbour Jane Roe heard the crash.")) == ["Jane Roe"]


def test_cllr_is_an_honorific():
    assert people("Cllr Orla Vance proposed the motion.")["Orla Vance"].title == "Cllr"


def test_party_initials_after_a_titled_name_do_not_make_it_a_company():
    assert "Orla Vance" in people("Cllr Orla Vance (FF) proposed the motion.")


def test_given_name_before_a_surname_like_organisation_word_is_a_person():
    assert "Marco Hall" in people("Marco Hall said the vote was close.")


def test_two_word_province_is_a_place():
    assert people("Prices rose across Nova Scotia and in Alberta last year.") == {}


def test_care_home_is_an_organisation():
    assert people("Residents of Birchwood Manor were moved on Friday.") == {}


def test_given_name_outweighs_a_gendered_title_noun():
    found = people("Sharon Pelt, spokesman for the firm, confirmed the talks.")
    assert found["Sharon Pelt"].pronoun == "she"


def test_title_word_that_is_a_given_name_opens_a_two_word_name():
    assert list(people("Rovers captain Dean Follard was booked late on.")) == ["Dean Follard"]


def test_magistrates_court_and_constabulary_are_organisations():
    found = people(
        "Ana Pell, 34, appeared at Dunmore Magistrates\u2019 Court.", "Westshire Constabulary said the case was closed."
    )
    assert list(found) == ["Ana Pell"]


def test_military_units_and_venues_are_not_people():
    found = people(
        "Ana Pell served in the Royal Marines before racing at Dunmore Speedway.", "She later rode the Tour de France."
    )
    assert list(found) == ["Ana Pell"]


def test_given_name_followed_by_a_relative_in_apposition_is_a_person():
    assert "Leo" in people("Leo, her son, was asleep upstairs.")


def test_given_name_followed_by_an_age_is_a_person():
    assert "Leo" in people("Leo, 7, was asleep upstairs.")
