"""Speakers in long features and interviews, each rule on an invented example: a quotation with no
cue after a paragraph of narration about its speaker, epithets, and sentences naming two people."""

import pytest

from .helpers import parse, quotes_by_text, speaker

# --- a quotation with no cue after a paragraph of narration -----------------------------------------


@pytest.mark.parametrize(
    "narration",
    [
        "Asked what she would change, she laughs.",
        "Asked about Pellow's warning, the mayor does not blink.",
        "The mayor shrugs off the criticism.",
    ],
)
def test_a_quotation_opening_a_paragraph_after_narration_is_the_narrated_subjects(narration):
    blocks = [
        "Mayor Odile Varga cycles to work most days.",
        "“It is the only way to see the potholes,” she says.",
        "Her deputy, Cllr Rufus Pellow, said last week the deficit was “worse than feared”.",
        narration,
        "“We will get there, but not by March.”",
    ]
    assert speaker("We will get there, but not by March", *blocks) == "Odile Varga"


def test_a_quotation_after_narration_about_someone_else_is_not_given_to_the_narrated():
    blocks = [
        "Mayor Odile Varga cycles to work most days.",
        "“It is the only way to see the potholes,” she says.",
        "Cllr Rufus Pellow disagrees. “She is never at her desk,” he said.",
        "“We need a mayor, not a cyclist.”",
    ]
    assert speaker("We need a mayor, not a cyclist", *blocks) == "Rufus Pellow"


# --- a pronoun speaker is not the person its own sentence names beside it ---------------------------


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("They split in 2003. He told Odile he was “finished with all of it”.", "finished with all of it"),
        ("Tomas agrees. Odile, he said, is “the brains of the place”.", "the brains of the place"),
    ],
)
def test_a_pronoun_that_says_it_is_not_the_one_named_beside_it(sentence, words):
    blocks = [
        "Odile Varga and her brother Tomas Varga run the shop together.",
        "“I do the books,” Odile said.",
        sentence,
    ]
    assert speaker(words, *blocks) == "Tomas Varga"


def test_a_pronoun_after_its_own_sentence_subject_stays_hers():
    blocks = [
        "Collision investigator PC Brennig Vaughan said the car was travelling at 58mph.",
        "The victim's mother, Odile Varga, wept as she told the inquest her son was “the gentlest boy”.",
    ]
    assert speaker("the gentlest boy", *blocks) == "Odile Varga"


def test_a_pronoun_named_after_someone_else_in_its_sentence_keeps_its_own_referent():
    blocks = [
        "Odile Varga and her brother Tomas Varga run the shop together.",
        "“I do the books,” Tomas said.",
        "After a pause he said the shop was “the family’s whole life”.",
    ]
    assert speaker("the family’s whole life", *blocks) == "Tomas Varga"


# --- a title printed without its full stop is its role ----------------------------------------------


@pytest.mark.parametrize(
    "title, role",
    [("Prof", "professor"), ("Prof.", "professor"), ("Sgt", "sergeant"), ("Capt", "captain")],
)
def test_a_role_named_later_is_the_one_titled_by_its_short_form(title, role):
    blocks = [
        f"{title} Maren Oyelaran has studied the reef since 1998.",
        "“It is dying slowly,” she says.",
        "Diver Jakob Strand, who runs trips to the reef, disagrees. “It is recovering,” Strand said.",
        f"“People should see it for themselves,” the {role} says.",
    ]
    assert speaker("People should see it for themselves", *blocks) == "Maren Oyelaran"


# --- a trade or craft after "the" names the person the feature is about -----------------------------


@pytest.mark.parametrize("trade", ["baker", "potter", "pilot", "butcher"])
def test_the_trade_of_the_person_a_feature_is_about_names_her(trade):
    blocks = [
        "Ilse Marwood has run the workshop on Quay Lane since 1987.",
        "“Nobody told me it would be easy,” she says.",
        "Her landlord, Councillor Brian Tully, cut the rent in 2009. “It seemed fair,” he said.",
        f"Marwood is less sentimental. “It was kind,” the {trade} says, “but kindness pays no bills.”",
    ]
    assert speaker("It was kind", *blocks) == "Ilse Marwood"


def test_a_surname_that_is_a_trade_still_names_its_person():
    blocks = [
        "Sgt Hollis Baker led the search.",
        "“We found him at dawn,” Baker said.",
    ]
    assert speaker("We found him at dawn", *blocks) == "Hollis Baker"


# --- a trade after "the" is not someone titled by another trade -------------------------------------


def test_a_trade_after_an_asked_clause_is_not_the_critic_named_last():
    blocks = [
        "Every morning Ilse Marwood sets up her easel on Quay Lane.",
        "“The light is never the same,” she says.",
        "The critic Bram Oosting wrote that Marwood had made “the calmest work of the decade”.",
        "Asked about the review, the painter looks embarrassed.",
        "“Calm is a polite word for slow.”",
    ]
    assert speaker("Calm is a polite word for slow", *blocks) == "Ilse Marwood"


def test_a_trade_still_names_the_one_titled_by_it():
    blocks = [
        "Ilse Marwood sells her pictures on Quay Lane.",
        "“The light is never the same,” she says.",
        "The painter Bram Oosting, who shares her pitch, disagrees.",
        "“It is the same light. She is a romantic,” the painter said.",
    ]
    assert speaker("It is the same light. She is a romantic", *blocks) == "Bram Oosting"


# --- forms of address of other languages are no part of a name -------------------------------------


@pytest.mark.parametrize("style", ["Dona", "Señora", "Signora", "Madame", "Senhor", "Monsieur", "Herr"])
def test_a_form_of_address_of_another_language_is_no_part_of_the_name(style):
    blocks = [
        f"The café belongs to {style} Amélia Vasconcelos, who has run it since 1990.",
        "“The cat is the real star,” Vasconcelos said.",
    ]
    article = parse(*blocks)
    assert [p.name for p in article.people] == ["Amélia Vasconcelos"]
    assert quotes_by_text(article)["The cat is the real star"].speaker == "Amélia Vasconcelos"


def test_a_given_name_like_a_form_of_address_stays_in_the_name():
    blocks = ["Don Akintola, who has run the café since 1990, was cheerful.", "“Business is good,” Akintola said."]
    assert [p.name for p in parse(*blocks).people] == ["Don Akintola"]


# --- "the old man", "the young woman": the person the story is about ---------------------------------


@pytest.mark.parametrize("epithet", ["the old man", "the elderly man", "the younger man"])
def test_an_age_and_man_after_the_names_the_person_the_story_is_about(epithet):
    blocks = [
        "Councillor Rhona Pask opened the new ferry shelter on Monday.",
        "Tobias Lindqvist, 88, has crossed on the ferry every day since 1961. He sits at the back.",
        f"“It used to leak,” {epithet} said. “Now it only creaks.”",
    ]
    assert speaker("It used to leak", *blocks) == "Tobias Lindqvist"


def test_an_old_man_brought_in_unnamed_is_not_the_last_man_named():
    blocks = [
        "Tobias Lindqvist runs the ferry.",
        "“We run on time,” Lindqvist said. An old man waiting on the slipway disagreed.",
        "“It is always late,” the old man said.",
    ]
    assert speaker("It is always late", *blocks) is None


# --- "according to his son": the relative the story names -------------------------------------------


@pytest.mark.parametrize("relative, name", [("son", "Ruben"), ("brother", "Ruben"), ("daughter", "Ruth")])
def test_words_according_to_a_relative_are_the_named_relatives(relative, name):
    blocks = [
        f"On board are Anselm Okafor-Lind, 74, and his {relative}, {name} Okafor-Lind, 45.",
        f"Anselm no longer steers. He sits in the wheelhouse and, according to his {relative}, “complains about everything”.",
    ]
    assert speaker("complains about everything", *blocks) == f"{name} Okafor-Lind"


def test_words_according_to_an_unnamed_relative_have_no_speaker():
    blocks = [
        "On board is Anselm Okafor-Lind, 74.",
        "Anselm no longer steers. He sits in the wheelhouse and, according to his daughter, “complains about everything”.",
    ]
    assert speaker("complains about everything", *blocks) is None


# --- a place before a lower-case "council" is not a person ----------------------------------------


def test_a_place_before_a_lower_case_council_is_not_a_person():
    blocks = ["Maud Ekwueme became the first woman to lead Thornwick Vale council in May."]
    assert [p.name for p in parse(*blocks).people] == ["Maud Ekwueme"]


def test_a_person_before_council_as_the_next_clause_subject_stays_a_person():
    blocks = ["Maud Ekwueme told Peter Arkwright council meetings were far too long."]
    assert [p.name for p in parse(*blocks).people] == ["Maud Ekwueme", "Peter Arkwright"]


# --- a Portuguese street or square is not a person ------------------------------------------------


@pytest.mark.parametrize("place", ["Rua das Amoras", "Praça do Ouro", "Travessa da Lua"])
def test_a_portuguese_street_or_square_is_not_a_person(place):
    blocks = [f"Every morning Leonor Brito sets up her easel at the bottom of {place}."]
    assert [p.name for p in parse(*blocks).people] == ["Leonor Brito"]


def test_rua_inside_an_irish_name_stays_in_the_name():
    blocks = ["Cian Rua Ó Dálaigh said the river was higher than he had ever seen it."]
    assert [p.name for p in parse(*blocks).people] == ["Cian Rua Ó Dálaigh"]
