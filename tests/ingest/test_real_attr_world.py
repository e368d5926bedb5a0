"""Who said it, in world news and wire copy (conflicts, diplomacy, disasters): kinds of
attribution error found on real articles (stop 31), each rule on an invented example."""

from .helpers import names, parse, speaker

# --- "the officer notes": someone titled by a military or police rank --------------------------------


def test_the_officer_is_the_one_titled_by_a_rank():
    blocks = [
        "The trucks reached the ford at noon. Brigadier General Ana Ruiz, head of the river patrol, tells "
        "Ivo Marsh that the crossings doubled in May. Few carry papers. “We give them water first. It "
        "settles them,” the officer notes.",
    ]
    assert speaker("We give them water first. It settles them", *blocks) == "Ana Ruiz"


def test_the_officer_is_not_someone_without_a_rank():
    blocks = [
        "Ivo Marsh, a farmer, watched the trucks reach the ford at noon.",
        "“We give them water first,” the officer notes.",
    ]
    assert speaker("We give them water first", *blocks) is None


# --- ", adding that <body> called on ... “...”": the words relayed by the one adding ---------------


def test_words_a_body_called_for_after_adding_that_are_the_speakers():
    blocks = [
        "Kesby rejects the plan, foreign ministry spokeswoman Lina Moreau said on Wednesday.",
        "“We are worried about the situation,” said the diplomat, adding that Kesby urged both parties "
        "“to stay calm and patient”.",
    ]
    assert speaker("to stay calm and patient", *blocks) == "Lina Moreau"


def test_a_body_s_words_without_a_participle_of_saying_stay_no_ones():
    blocks = [
        "Lina Moreau, a foreign ministry spokeswoman, spoke on Wednesday.",
        "Kesby urged both parties “to stay calm and patient”.",
    ]
    assert speaker("to stay calm and patient", *blocks) is None


def test_the_relayed_words_after_a_named_subject_are_hers():
    article = parse(
        "Lina Moreau, a foreign ministry spokeswoman, said the talks would go on, adding that Kesby "
        "had urged both sides “to keep talking”.",
    )
    assert [(q.text, q.speaker) for q in article.quotes] == [("to keep talking", "Lina Moreau")]


# --- a surname in -men after an unknown given name is a person, not a team --------------------------


def test_a_surname_ending_in_omen_is_a_person():
    blocks = [
        "Kiptoo Lagomen thanked the harbour crews for their help.",
        "Lagomen said that repairs would start soon.",
    ]
    assert names(*blocks) == ["Kiptoo Lagomen"]


def test_a_side_in_men_is_still_a_team():
    assert names("The Harrow Rivermen beat Kesby on Sunday.") == []


# --- "Kenya's health minister ..., describing them as “...”" then "X thanked ...": X ------------


def test_a_place_s_minister_in_the_lede_is_the_one_named_opening_the_next_paragraph():
    blocks = [
        "Kenya's health minister has rejected claims that the clinics ran out of stock, describing the "
        "reports as “rumour dressed as fact” and a “reckless attempt” to spread panic.",
        "Odongo Wekesa thanked the nurses for their “patience”.",
        "Deliveries resume on Monday.",
    ]
    assert speaker("rumour dressed as fact", *blocks) == "Odongo Wekesa"
    assert speaker("reckless attempt", *blocks) == "Odongo Wekesa"


def test_a_place_s_minister_stays_unresolved_when_the_next_paragraph_is_about_someone_titled():
    blocks = [
        "Kenya's health minister has rejected claims that the clinics ran out of stock, describing the "
        "reports as “rumour dressed as fact”.",
        "Health director Odongo Wekesa thanked the nurses.",
    ]
    assert speaker("rumour dressed as fact", *blocks) is None


def test_a_place_s_minister_is_not_someone_described_next():
    blocks = [
        "Kenya's health minister has rejected claims that the clinics ran out of stock, describing the "
        "reports as “rumour dressed as fact”.",
        "Odongo Wekesa was unimpressed by the row.",
    ]
    assert speaker("rumour dressed as fact", *blocks) is None


# --- "two volunteer nurses from Kesby: Nina and Tomas": both given names are people --------------------


def test_given_names_listed_after_a_plural_role_are_people():
    blocks = ["The lesson is given to me by two volunteer nurses from Kesby: Nina and Tomas. They run the night shift."]
    assert names(*blocks) == ["Nina", "Tomas"]


def test_given_names_after_a_comma_and_a_plural_role_are_people():
    assert names("We met two of the organisers, Nina and Tomas.") == ["Nina", "Tomas"]


def test_places_listed_after_a_plural_noun_are_not_people():
    assert names("The tour visits two cities: Paris and Sydney.") == []
