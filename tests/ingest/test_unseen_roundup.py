"""Speakers in wire and political reaction roundups, each rule on an invented example: a name in
apposition after a role, colon introductions by a role, and speakers named after their words."""

from .helpers import names, parse, speaker

# --- "said the group's director, Ana Lorca": the name in apposition, not an earlier holder ---------


def test_a_name_in_apposition_after_an_inverted_role_is_the_speaker():
    blocks = [
        "Mayor Ivo Brandt called the ruling a disgrace.",
        "“We were right all along,” said the alliance’s executive director, Nell Fairweather. “Now build it.”",
    ]
    assert speaker("We were right all along", *blocks) == "Nell Fairweather"
    assert speaker("Now build it", *blocks) == "Nell Fairweather"


def test_an_inverted_role_with_no_name_after_it_still_points_back():
    blocks = [
        "Director Nell Fairweather said the ruling was overdue.",
        "“We were right all along,” said the director, who has led the alliance since 2019.",
    ]
    assert speaker("We were right all along", *blocks) == "Nell Fairweather"


# --- "She was blunt: “...”": a colon after a clause naming no one, whose subject speaks ------------


def test_a_colon_after_a_pronoun_subject_gives_the_words_to_the_one_it_means():
    blocks = [
        "Councillor Maud Efford voted against the levy.",
        "Pressed on the vote, she was unrepentant: “I would do it again tomorrow.”",
    ]
    assert speaker("I would do it again tomorrow", *blocks) == "Maud Efford"


def test_a_colon_after_a_role_subject_past_an_opening_clause_gives_the_words_to_its_holder():
    blocks = [
        "Health Minister Oren Castellane opened the ward on Friday.",
        "Asked about the waiting lists, the minister was blunt: “They are too long.”",
    ]
    assert speaker("They are too long", *blocks) == "Oren Castellane"


def test_a_colon_after_a_thing_subject_gives_the_words_to_no_one():
    blocks = [
        "Health Minister Oren Castellane opened the ward on Friday.",
        "The banner outside was blunt: “Fund our nurses.”",
    ]
    assert speaker("Fund our nurses", *blocks) is None


# --- "“...” That was Sen. Ana Ruiz, speaking on ...": the speaker named after the words ----------


def test_that_was_and_a_titled_name_after_the_words_names_their_speaker():
    blocks = [
        "Developer Gus Arkwright declined to comment.",
        "“She has never taken a cent from anyone.” That was Cllr Wren Halloway, speaking to the Gazette.",
    ]
    assert speaker("She has never taken a cent from anyone", *blocks) == "Wren Halloway"


def test_the_view_of_a_titled_name_after_the_words_names_their_speaker():
    blocks = [
        "Developer Gus Arkwright declined to comment.",
        "“The scheme will never be built.” That was the verdict of Sen. Wren Halloway on Monday.",
    ]
    assert speaker("The scheme will never be built", *blocks) == "Wren Halloway"


def test_that_was_and_a_name_owning_something_else_names_no_speaker():
    blocks = [
        "Developer Gus Arkwright spoke first.",
        "“We will build it by spring.” That was Wren Halloway’s cue to leave the room.",
    ]
    assert speaker("We will build it by spring", *blocks) != "Wren Halloway"


def test_that_was_after_a_dash_and_a_role_in_apposition_names_the_speaker():
    blocks = [
        "Cllr Gus Arkwright spoke first.",
        "“Nobody reads the minutes” — that was the mayor, Wren Halloway, on local radio.",
    ]
    assert speaker("Nobody reads the minutes", *blocks) == "Wren Halloway"


def test_that_was_and_a_name_then_more_of_the_sentence_names_no_one():
    blocks = [
        "Cllr Gus Arkwright spoke first.",
        "“Nobody reads the minutes.” That was Wren Halloway the week she was elected.",
    ]
    assert speaker("Nobody reads the minutes", *blocks) != "Wren Halloway"


# --- "Her response was swift: “...”": a possessive pronoun and a speech noun before a colon -------


def test_a_possessive_pronoun_and_a_speech_noun_before_a_colon_give_the_words_to_its_owner():
    blocks = [
        "Senator Ottoline Frane was asked about the leak on Monday.",
        "Bram Tiller, her rival, called for an inquiry.",
        "Her answer was short: “I have nothing to hide.”",
    ]
    assert speaker("I have nothing to hide", *blocks) == "Ottoline Frane"


# --- "“...,” came the reply from the premier, Ana Ruiz": a role and a name after "from" ------------


def test_came_the_reply_from_a_role_and_a_name_gives_the_words_to_the_name():
    blocks = [
        "Bram Tiller asked whether the budget would balance.",
        "“Of course it will,” came the reply from the treasurer, Ottoline Frane.",
    ]
    assert speaker("Of course it will", *blocks) == "Ottoline Frane"


# --- "Independent Ana Ruiz": a member of no party, the label is not part of the name ---------------


def test_independent_before_a_name_is_a_label_not_part_of_the_name():
    assert names("Independent Corwin Baptiste said he would back the motion.") == ["Corwin Baptiste"]


def test_independent_inside_a_body_name_does_not_make_a_person():
    assert names("The Independent Review Panel, chaired by Corwin Baptiste, met on Friday.") == ["Corwin Baptiste"]


# --- "“...,” was how Ana Ruiz put it": the owner named in the clause straight after the words ------


def test_was_how_a_titled_name_put_it_after_the_words_names_their_speaker():
    blocks = [
        "Mayor Corwin Baptiste opened the bridge on Saturday.",
        "“It is a white elephant,” was how Green councillor Isolde Marrack put it.",
    ]
    assert speaker("It is a white elephant", *blocks) == "Isolde Marrack"


def test_was_the_verdict_of_a_name_after_the_words_names_their_speaker():
    blocks = [
        "Mayor Corwin Baptiste opened the bridge on Saturday.",
        "“It is a white elephant,” was the verdict of Isolde Marrack, who chairs the finance committee.",
    ]
    assert speaker("It is a white elephant", *blocks) == "Isolde Marrack"


def test_was_how_something_looked_after_the_words_names_no_new_speaker():
    blocks = [
        "Mayor Corwin Baptiste opened the bridge on Saturday, and Isolde Marrack stayed away.",
        "“It is a white elephant,” was how it looked to many in the crowd.",
    ]
    assert speaker("It is a white elephant", *blocks) != "Isolde Marrack"


# --- "Asked about Ana Ruiz's comments, X told ITV: “...”": the owner in the opening clause is not the speaker


def test_a_possessive_in_an_opening_asked_clause_does_not_take_the_words():
    blocks = [
        "Opposition leader Isolde Marrack said the mayor had lost his grip.",
        "Asked about Marrack's comments, Mayor Corwin Baptiste told the Courier: “She is entitled to her view.”",
    ]
    assert speaker("She is entitled to her view", *blocks) == "Corwin Baptiste"


def test_a_possessive_and_a_speech_noun_after_an_opening_clause_still_own_the_words():
    blocks = [
        "Opposition leader Isolde Marrack and Mayor Corwin Baptiste met on Friday.",
        "Asked about the meeting later, Marrack's answer was short: “It was useful.”",
    ]
    assert speaker("It was useful", *blocks) == "Isolde Marrack"


# --- "“He's finished,” was how Ana Ruiz put it": two words owned by the clause after them are speech


def test_two_words_then_was_how_a_name_put_it_are_a_quote_of_that_person():
    blocks = [
        "Mayor Corwin Baptiste opened the bridge on Saturday.",
        "“It’s hopeless,” was how Green councillor Isolde Marrack put it.",
    ]
    assert speaker("It’s hopeless", *blocks) == "Isolde Marrack"


def test_two_capitalised_words_that_are_the_subject_of_was_are_no_quote():
    article = parse("Mayor Corwin Baptiste opened the bridge.", "“Bridge Day” was the theme of the weekend.")
    assert not article.quotes


# --- "The city's auditor, Ana Ruiz, said in a statement ... “...,” the statement said": hers ------


def test_the_statement_said_after_a_role_and_name_in_apposition_issuing_it_is_theirs():
    blocks = [
        "Mayor Corwin Baptiste was cleared on Monday.",
        "The county’s chief auditor, Isolde Marrack, said in a statement that the books balanced. "
        "“No money went missing,” the statement said.",
    ]
    assert speaker("No money went missing", *blocks) == "Isolde Marrack"


def test_the_statement_said_after_a_sentence_with_no_statement_stays_unattributed():
    blocks = [
        "Mayor Corwin Baptiste was cleared on Monday.",
        "The county’s chief auditor, Isolde Marrack, said the books balanced. “No money went missing,” the statement said.",
    ]
    assert speaker("No money went missing", *blocks) is None


def test_the_words_came_from_a_name_after_the_words_names_their_speaker():
    blocks = [
        "Mayor Corwin Baptiste opened the bridge on Saturday.",
        "“Nobody asked for this bridge.” The words came from Isolde Marrack, a Green councillor.",
    ]
    assert speaker("Nobody asked for this bridge", *blocks) == "Isolde Marrack"
