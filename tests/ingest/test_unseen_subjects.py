"""Rules for finding the subject of a speech verb on unseen text, each on an invented example:
an organisation, a thing or an unnamed source that says the words while a person is named
elsewhere in the sentence; names inside a phrase between the subject and its verb; a sentence
of two clauses with a subject each; a tag at the end of a sentence with a partial quotation."""

import pytest

from .helpers import names, parse, quotes_by_text, speaker

# --- an organisation, a thing or an unnamed source speaks, not the person named elsewhere -------


@pytest.mark.parametrize(
    "sentence",
    [
        # capitalised words naming no one, after a clause opener
        'Broker Tomas Lindqvist sold his shares after Brightwater Holdings warned that sales had "collapsed".',
        # "with" and an organisation before a participle
        'A delegation led by envoy Greta Vollmer left on Friday, with the Trust saying only that "useful talks" had taken place.',
        # a comma, then "the <thing> said, adding"
        'Director Owen Falkirk stepped down on Monday, the council said, adding that he would stay "for a handover".',
        # a relative clause whose subject is an organisation
        'Hiker Nadia Orlov, 34, took a track that Forest Services describes as fit only for "seasoned trampers".',
        # an organisation whose name opens with a role word
        "Coastguard Kilmore skipper Imogen Tarrant said the call came at dawn. Coastguard Ireland said it was “well run”.",
        # the organisation before a relative clause that names a person; "a written comment" has no verb
        'The charity, whose chair Rosalind Vere joined last year, said in a written comment that it "will not comment".',
        # the one spoken for, set off by a relative clause
        'A spokesman for Minister Halvard Brekke, who was abroad, said the minister was "fully briefed".',
    ],
)
def test_a_thing_or_an_unnamed_subject_takes_no_person(sentence):
    article = parse(sentence)
    assert [q.speaker for q in article.quotes] == [None]


def test_an_anonymous_source_of_seven_words_takes_no_person():
    blocks = [
        "Treasurer Colette Amberley has backed the merger.",
        '"The board will sign it by June," one person with knowledge of the talks said.',
    ]
    assert speaker("The board will sign it by June", *blocks) is None


def test_a_named_subject_keeps_a_quotation_after_a_relative_clause():
    sentence = 'Mayor Orla Quigley, whose son Fergal Quigley plays for the club, said it was "a proud day".'
    assert speaker("a proud day", sentence) == "Orla Quigley"


# --- names inside a phrase between the subject and its verb do not take the quotation ----------


@pytest.mark.parametrize(
    "sentence",
    [
        'Provost Idris Fenwick, flanked by deputy Carla Moody, said the vote was "long overdue".',
        'Fenwick, speaking through his daughter\'s friend Priya, said the vote was "long overdue".',
        'Idris Fenwick, whose sister, Carla, sits on the board, said the vote was "long overdue".',
        'Senior counsel Idris Fenwick SC, with Ms Carla Moody BL, said the vote was "long overdue".',
        'Idris Fenwick, instructed by solicitor Carla Moody, said the vote was "long overdue".',
    ],
)
def test_a_name_inside_an_interrupting_phrase_is_not_the_subject(sentence):
    assert speaker("long overdue", "Idris Fenwick chairs the trust.", sentence) == "Idris Fenwick"


# --- "A said ..., while B ...": each clause has its own subject --------------------------------


def test_a_clause_after_while_is_no_speech_tag_for_the_quotation_before_it():
    sentence = (
        'Cllr Nora Whelan said her group would fight the levy "to the end", while Cllr Dara Fahy called for a vote.'
    )
    assert speaker("to the end", sentence) == "Nora Whelan"


def test_the_role_opening_a_while_clause_is_the_subject_of_its_verb():
    blocks = [
        "Housing Minister Piet Vermaat opened the debate.",
        'Critic Lena Obradovic mocked the bill, while the minister said its critics had "never built a house".',
    ]
    assert speaker("never built a house", *blocks) == "Piet Vermaat"


def test_a_document_opening_an_and_clause_speaks_for_no_one():
    sentence = (
        'The board met with chief executive Marco Pellegrini, and the plan called for the site to close "by spring."'
    )
    assert speaker("by spring", sentence) is None


# --- a tag closing the sentence governs a partial quotation inside it ---------------------------


def test_a_closing_tag_governs_a_partial_quotation_with_no_cue_before_it():
    sentence = (
        "When officers arrived, Kyle Brannock was “banging on the shutters” at the depot, Insp Maeve Dorgan said."
    )
    assert speaker("banging on the shutters", sentence) == "Maeve Dorgan"


def test_a_closing_pronoun_tag_governs_a_partial_quotation():
    blocks = [
        "Constable Hilde Varga described the arrest.",
        "As she reached the car the driver “reeked of whiskey” and could not stand, she said.",
    ]
    assert speaker("reeked of whiskey", *blocks) == "Hilde Varga"


def test_said_inside_a_clause_after_a_partial_quotation_is_no_tag():
    blocks = [
        "Economist Rafael Quintero spoke in Leeds on Monday.",
        'Quintero said demand was "bending, not breaking," a difference he said was crucial for lenders.',
    ]
    assert speaker("bending, not breaking", *blocks) == "Rafael Quintero"


# --- "accused X of “...”": the accuser's words, wherever the accuser stands ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # the accuser in a relative clause
        "The motion drew a rebuke from Cllr Declan Hurley, who accused the board of “moving the goalposts”.",
        # the accuser in apposition, after a clause about someone else
        "Cllr Ines Marlow, the chair, walked out after a colleague, Declan Hurley, accused her of keeping "
        "members “moving the goalposts” all year.",
        # a title of several lower-case words
        'Labour environment spokesman Declan Hurley accused the minister of "moving the goalposts".',
        # a role, then the accuser in apposition
        'The SDP spokesman, Declan Hurley, accused the government of "moving the goalposts."',
    ],
)
def test_the_accuser_says_the_words_quoted_after_accused_of(sentence):
    assert speaker("moving the goalposts", sentence) == "Declan Hurley"


# --- a later verb joined by "and" shares the subject of the verb before the quotation ------------


def test_a_verb_after_and_would_shares_the_subject_before_the_quotation():
    sentence = (
        "Barrister Oisin Garvey said his client “strongly rejects” the whole account and would say he was asleep."
    )
    assert speaker("strongly rejects", sentence) == "Oisin Garvey"


# --- an unnamed source described with "a", "an" or "one" is its own speaker ---------------------


@pytest.mark.parametrize(
    "blocks",
    [
        # a role in the named person's title: "A Health spokesman" is not "the Greens' health spokesman"
        (
            'The Greens\' health spokesman, Tobias Wren, said the plan was "a mess".',
            'A Health spokesman said: "We never comment on leaks."',
        ),
        # the relative clause after the noun names a role someone holds
        (
            "Deputy Leader Ruth Okafor spoke in Perth on Monday.",
            'A senior Labour MP who backs the Deputy Leader said the vote was "We never comment on leaks".',
        ),
        # a name among the modifiers, a phrase after the noun, an adverb before the verb
        (
            "Chairman Colm Fitzsimons defended the merger on Monday.",
            'Fitzsimons shrugged it off, but a Fitzsimons aide in Dublin later called it "We never comment on leaks".',
        ),
    ],
)
def test_a_described_subject_with_a_or_one_is_someone_unnamed(blocks):
    assert speaker("We never comment on leaks", *blocks) is None


def test_a_participle_shares_the_described_subject_of_the_clause_before():
    sentence = (
        'Chairman Colm Fitzsimons shrugged it off, but a spokeswoman for Harrow Mining called the claim "false", '
        'adding that the firm had "met every target".'
    )
    article = parse(sentence)
    assert [q.speaker for q in article.quotes] == [None, None]


@pytest.mark.parametrize(
    "opening",
    [
        "One backbencher, who asked not to be named, said colleagues were restless.",
        "But a Fitzsimons backer in the Senate said support was fading.",
    ],
)
def test_a_description_after_an_unnamed_speaker_stands_for_that_speaker(opening):
    blocks = [
        'Chairman Colm Fitzsimons defended the merger. "It is done," Fitzsimons said.',
        opening + ' "Two votes have gone," the senator said. "More will follow."',
    ]
    article = quotes_by_text(parse(*blocks))
    assert article["Two votes have gone"].speaker is None
    assert article["More will follow"].speaker is None


def test_a_bare_plural_of_sources_is_the_subject_of_its_verb():
    sentence = "The singer Maeve Lunny will record her last album in a deal insiders say is worth “a fortune”."
    assert speaker("a fortune", sentence) is None


# --- "The paramedic who treated X told": a name in the relative clause is not the subject ---------


def test_a_role_with_a_relative_clause_naming_someone_is_not_that_someone():
    blocks = [
        "Lena Ortiz, 40, was found at dawn.",
        'The paramedic who treated Ortiz told reporters, "We did all we could."',
    ]
    assert speaker("We did all we could", *blocks) is None


def test_a_role_with_a_relative_clause_is_the_one_titled_with_it():
    blocks = [
        "Detective Inspector Mark Hale leads the inquiry. Lena Ortiz, 40, was found at dawn.",
        'The detective who found Ortiz told reporters, "We did all we could."',
    ]
    assert speaker("We did all we could", *blocks) == "Mark Hale"


# --- "..., with Y accusing ...", "..., at one point warning ...": the participle's own subject ----


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Aled Prothero faced hours of questions, with councillor Nia Garrow accusing him of "
        '"dodging every question".',
        'Minister Aled Prothero faced hours of questions, with the opposition leader saying he was "dodging every question".',
    ],
)
def test_the_subject_of_an_absolute_clause_with_with_says_the_words(sentence):
    blocks = ["Opposition leader Nia Garrow sat across the chamber.", sentence]
    assert speaker("dodging every question", *blocks) == "Nia Garrow"


def test_an_object_pronoun_opening_an_absolute_clause_is_its_subject():
    blocks = [
        "Minister Aled Prothero and councillor Nia Garrow met on Monday.",
        'Garrow left first, with him adding that the talks were "going nowhere fast".',
    ]
    assert speaker("going nowhere fast", *blocks) == "Aled Prothero"


def test_at_one_point_is_no_unnamed_subject_of_the_participle():
    sentence = (
        "The chair, Judge Ailsa Brack, stopped the hearing twice, at one point warning the witness, "
        'Rory Dunmore, that he was "not at a football match".'
    )
    assert speaker("not at a football match", sentence) == "Ailsa Brack"


# --- "which X attributed to “...”", "X thanked her mother, Y, “who ...”": the subject's words -----


@pytest.mark.parametrize(
    "sentence",
    [
        'Profits fell 9%, which Brannigan attributed to "a wet and miserable summer".',
        'Shares slid after profits fell 9%, a drop she blamed on "a wet and miserable summer".',
        'Shares slid after profits fell 9%, which the director attributed to "a wet and miserable summer".',
    ],
)
def test_the_cause_a_verb_of_attributing_gives_is_in_its_subjects_words(sentence):
    blocks = ["Finance director Orla Brannigan presented the results.", sentence]
    assert speaker("a wet and miserable summer", *blocks) == "Orla Brannigan"


@pytest.mark.parametrize("subject", ["Tomas Ruane", "he"])
def test_words_after_a_name_in_apposition_to_the_object_are_the_subjects(subject):
    blocks = [
        "Tomas Ruane, 30, won the final.",
        f'Holding the cup, {subject} thanked his father, Declan, "who drove me to every race for ten years".',
    ]
    assert speaker("who drove me to every race for ten years", *blocks) == "Tomas Ruane"


# --- "a phrase the invited guests cheered": a participle after "the" is no verb of saying -----------


def test_a_participle_used_as_an_adjective_after_the_words_is_no_cue():
    blocks = [
        "Designer Ines Vallory opened the show on Friday.",
        'Vallory called it "the death of the catwalk", a line the invited buyers applauded.',
    ]
    assert speaker("the death of the catwalk", *blocks) == "Ines Vallory"


# --- nested reports: A said that B asked or told "...": B's words -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'Marta Lisowski said Okonjo replied by asking whether she "wanted a job or a fight".',
        'On one occasion, Lisowski said, he replied by asking whether she "wanted a job or a fight".',
        'Okonjo, she told the court, warned her to "keep her head down".',
    ],
)
def test_the_inner_speaker_of_a_nested_report_says_the_words(sentence):
    blocks = ["Marta Lisowski gave evidence against her former boss, Felix Okonjo.", sentence]
    article = parse(*blocks)
    assert [q.speaker for q in article.quotes] == ["Felix Okonjo"]


def test_the_verb_before_the_colon_decides_who_relays_the_words():
    sentence = (
        "Asked about the verdict, Grace Mutua answered in Swahili, and her nephew Daniel Kiprop translated: "
        '"She says she can rest now."'
    )
    assert speaker("She says she can rest now", sentence) == "Daniel Kiprop"


def test_an_unnamed_inner_speaker_of_a_nested_report_is_no_one_named():
    sentence = 'Marta Lisowski said a guard who saw Felix Okonjo told her to "keep her head down".'
    assert speaker("keep her head down", sentence) is None


# --- a name inside a time clause after the quotation is not the speaker -------------------------


@pytest.mark.parametrize("clause", ["when Pryce called", "until Pryce called", "because Pryce wrote"])
def test_a_name_in_a_time_clause_after_a_partial_quotation_does_not_say_it(clause):
    blocks = [
        "Mayor Olwen Pryce picked Cllr Tobias Venn-Marsh as her deputy.",
        f'Venn-Marsh, 51, a former teacher, told the hall he had felt "quite unready" {clause}.',
    ]
    assert speaker("quite unready", *blocks) == "Tobias Venn-Marsh"


def test_a_role_named_inside_a_relative_clause_of_a_title_is_not_that_persons_role():
    blocks = [
        "Governor Ansel Whitlock-Ray flew to Boise on Monday.",
        "Tobias Mercer-Quill, the deputy chief of staff who has run the governor's travel for six years, "
        "will leave in May.",
        'Asked about the exit, the governor told reporters that he had "a great deal of respect" for Mr. Mercer-Quill.',
    ]
    assert speaker("a great deal of respect", *blocks) == "Ansel Whitlock-Ray"


# --- a diary, a notebook or a letter: its keeper or sender wrote the words it reads -------------


def test_a_letter_from_someone_that_reads_in_part_is_theirs():
    blocks = [
        "Bram Oosterhuis left for Canada in 1958. His sister, Femke, stayed on the farm.",
        'The letters are in a tin. One, from Femke, dated March 1960, reads in part: "The cows miss you more than I do."',
    ]
    assert speaker("The cows miss you more than I do", *blocks) == "Femke"


@pytest.mark.parametrize(
    ("blocks", "keeper"),
    [
        # "it reads" after the quotation, the journal kept in the paragraph before
        (
            (
                "Captain Orla Fennimore kept a journal on every voyage, and she lets a guest see one page.",
                '"Fog again. The gulls know more than the charts," it reads.',
            ),
            "Orla Fennimore",
        ),
        # "the last entry reads:" two sentences after "kept a notebook"
        (
            (
                "In his final winter Teodor Vasquez-Lind kept a notebook by the stove. A neighbour found it in May. "
                'The last entry reads: "Fog again. The gulls know more than the charts."',
            ),
            "Teodor Vasquez-Lind",
        ),
        # "she kept" after an opening phrase, the entry set off by commas
        (
            (
                "Ilse Brandvold-Amari taught piano for fifty years.",
                "In her final years she kept a journal by the piano. Her son found it in a drawer. "
                'The last entry, in pencil, reads: "Fog again. The gulls know more than the charts."',
            ),
            "Ilse Brandvold-Amari",
        ),
    ],
)
def test_the_one_who_kept_a_diary_wrote_the_entry_it_reads(blocks, keeper):
    assert speaker("Fog again. The gulls know more than the charts", *blocks) == keeper


def test_a_quotation_paragraph_after_her_diary_is_the_diary_owners():
    blocks = [
        'Mayor Colm Ferris spoke first. "We owe her a great deal," Ferris said.',
        "Ferris married Agnes Vollrath in 1971. Her diary from the flood year is kept at the library.",
        '"March 3. Water at the second step. Colm says it will hold."',
    ]
    assert speaker("March 3. Water at the second step. Colm says it will hold", *blocks) == "Agnes Vollrath"


# --- an interpreter named in the cue does not speak; "claims from X that" are X's ---------------


@pytest.mark.parametrize(
    "opening",
    [
        "Speaking in Basque, with club secretary Iñaki Olabarria translating,",
        "Speaking through his interpreter Iñaki Olabarria,",
    ],
)
def test_the_interpreter_named_before_the_speaker_is_not_the_one_he_stands_for(opening):
    blocks = [
        "The hero of the night was goalkeeper Mattias Grunewald-Sze, who saved two penalties.",
        f'{opening} Grunewald-Sze said he thought only of his mother. "She drove me to every game," he said.',
    ]
    assert speaker("She drove me to every game", *blocks) == "Mattias Grunewald-Sze"


def test_claims_from_a_named_person_are_that_persons_words():
    sentence = (
        "Harbour Town manager Ryo Takamine, speaking through his interpreter Yui Sato, was answering claims "
        'from former captain Glen Ashdown that the board had "given up" on the cup.'
    )
    assert speaker("given up", sentence) == "Glen Ashdown"


# --- an unnamed source is no one named, even when a title holds the same noun --------------------


def test_a_source_close_to_a_player_is_not_the_player():
    blocks = [
        "Striker Pavel Horvath-Mbeki is set to leave, with a source close to the striker insisting he has 'moved on'.",
        'The source close to the player said: "Pavel wants to win the league somewhere else."',
    ]
    assert speaker("moved on", *blocks) is None
    assert speaker("Pavel wants to win the league somewhere else", *blocks) is None


def test_an_official_granted_anonymity_is_not_a_named_former_official():
    blocks = [
        'Lawyer Ines Castellane, a former official at the Port Authority, was sceptical. "It won\'t last," '
        "Castellane said.",
        'Pressed on the plan, a senior city official, who requested anonymity, said the mayor "wants it done by May."',
    ]
    assert speaker("wants it done by May", *blocks) is None


def test_the_role_after_a_sentence_about_someone_granted_anonymity_is_unnamed():
    blocks = [
        '"We back the leader," Sen. Rowan Elphick-Tate said.',
        'Another senator, who spoke on condition of anonymity, was less sure. "He has weeks," the senator said.',
    ]
    assert speaker("He has weeks", *blocks) is None


# --- the one asked about, the one added about and the next sentence's subject do not speak ------


def test_the_one_asked_about_in_the_opening_clause_does_not_say_the_next_words():
    blocks = [
        "Rovers manager Callum Iredale-Shaw defended his choice of Ruairi Besant-Oyelaran.",
        'Asked whether Besant-Oyelaran would play on Sunday, Iredale-Shaw grinned. "Wait and see like everybody."',
    ]
    assert speaker("Wait and see like everybody", *blocks) == "Callum Iredale-Shaw"


def test_the_role_after_the_asked_clause_says_the_next_words_not_the_one_asked_about():
    blocks = [
        "Rovers manager Callum Iredale-Shaw defended his choice of Ruairi Besant-Oyelaran.",
        'Asked whether Besant-Oyelaran would play on Sunday, the manager grinned. "Wait and see like everybody."',
    ]
    assert speaker("Wait and see like everybody", *blocks) == "Callum Iredale-Shaw"


def test_a_partial_after_adding_that_someone_else_had_is_the_one_adding():
    sentence = (
        'Prop Henare Wikitoria-Lowe scored late. "It was tight," he said, before adding that his son '
        'Tama, 6, had "told me off at breakfast" for being grumpy.'
    )
    assert speaker("told me off at breakfast", sentence) == "Henare Wikitoria-Lowe"


def test_a_full_sentence_after_a_colon_is_not_tagged_by_the_next_sentence():
    sentence = (
        'Housing minister Anjali Dhar-Roy posted on X: "A proud day for the city. Keys for 400 families!" '
        'Opposition spokesman Kiran Mehta, speaking on the radio, called it "a stunt".'
    )
    assert speaker("A proud day for the city. Keys for 400 families!", sentence) == "Anjali Dhar-Roy"


# --- every partial in "he accused “...” of “...”" is the accuser's; a crowd's chant is no one's ----


def test_partials_right_after_accused_and_its_of_are_the_accusers():
    blocks = [
        "The senator's nephew, Corwin Ashby-Lett, was angrier. In a video he accused 'crooked county clerks' of "
        "'sitting on' the ballots and told viewers to 'watch closely'.",
    ]
    assert speaker("crooked county clerks", *blocks) == "Corwin Ashby-Lett"
    assert speaker("sitting on", *blocks) == "Corwin Ashby-Lett"


def test_a_passive_accused_of_is_still_no_accuser():
    assert speaker("rigging the vote", "Mayor accused of 'rigging the vote' as count drags on") is None


def test_a_chant_by_a_bare_plural_crowd_after_as_is_no_ones():
    sentence = (
        "A meeting chaired by Cllr Odile Ferrante-Lusk broke up as residents booed her loudly and chanted "
        '"Resign!" as she left the room.'
    )
    assert speaker("Resign!", sentence) is None


def test_a_chant_by_a_crowd_in_an_as_clause_after_a_participle_is_no_ones():
    sentence = (
        "A meeting chaired by Cllr Odile Ferrante-Lusk broke up as tenants and their children confronted her over "
        'rent rises, booing her loudly and chanting "Resign!" as she left the room.'
    )
    assert speaker("Resign!", sentence) is None


# --- an abbreviated title before a name does not end the sentence that says it ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"The rink roof leaks every spring," said Coun. Odette Brassard, who sits on the works committee.',
        'Coun. Odette Brassard said: "The rink roof leaks every spring."',
        '"The rink roof leaks every spring," Coun. Odette Brassard told the meeting.',
        '"The rink roof leaks every spring," said Const. Odette Brassard of the city police.',
    ],
)
def test_a_quotation_from_someone_with_an_abbreviated_title_is_theirs(sentence):
    assert speaker("The rink roof leaks every spring", sentence) == "Odette Brassard"


# --- someone who gives only a nickname is named by it --------------------------------------------


def test_a_witness_who_gave_only_her_nickname_is_a_person_and_says_her_words():
    blocks = [
        "Governor Pichai Wongsa toured the flooded market on Sunday.",
        "A fruit seller who gave only her nickname, Mint, said the water rose overnight. "
        '"We lost every crate," she said.',
    ]
    assert "Mint" in names(*blocks)
    assert speaker("We lost every crate", *blocks) == "Mint"


def test_said_someone_who_would_give_only_his_nickname_is_theirs():
    sentence = '"The boats came too late," said a fisherman who would give only his nickname, Ton.'
    assert speaker("The boats came too late", sentence) == "Ton"


def test_a_nickname_the_team_gave_someone_named_in_full_is_no_new_person():
    sentence = "Teammates gave Pakorn Saelim a nickname, Tiger, after his first season."
    assert names(sentence) == ["Pakorn Saelim"]


# --- a given name alone after an age or a relation in apposition names a person ----------------------


@pytest.mark.parametrize(
    ("blocks", "person"),
    [
        (["Tomasz Rybak, whose 9-year-old granddaughter, Zosia, was rescued, thanked the crew."], "Zosia"),
        (["The aunt of one of the missing climbers, 27-year-old Greta, said the search had stopped."], "Greta"),
        (["Beside her on the podium stood her manager and mother, Leonor."], "Leonor"),
        (
            ["Dafydd Prys holed the putt, and his caddie and older brother, Gareth \u2013 a plumber \u2013 wept."],
            "Gareth",
        ),
        (["Ottilie Brandt thanked her grandfather, 91-year-old Konrad."], "Konrad"),
    ],
)
def test_a_given_name_alone_after_an_age_or_a_relation_is_a_person(blocks, person):
    assert person in names(*blocks)


def test_the_words_of_a_relative_named_after_an_age_are_theirs():
    blocks = [
        "Mayor Hedda Lund opened the new playground.",
        'Watching from a bench was her neighbour\u2019s son, 11-year-old Bruno. "The slide is massive," he said.',
    ]
    assert speaker("The slide is massive", *blocks) == "Bruno"


def test_an_age_before_a_club_that_is_also_a_given_name_names_only_the_player():
    sentence = "The club signed a 24-year-old Chelsea midfielder, Dario Lentini, on Friday."
    assert names(sentence) == ["Dario Lentini"]


def test_an_age_in_apposition_before_a_place_and_a_role_names_no_one():
    assert names("Rescuers found the hiker, 30-year-old Boston nurse Kit, at dawn.") == ["Kit"]
    assert names("Rescuers found the hiker, a 30-year-old Boston nurse, at dawn.") == []


# --- "<role> at <a club or tour>, X," names X, the role's holder ------------------------------------


@pytest.mark.parametrize("body", ["Kesby Wheelers Club", "Harrow Tour", "Lindvik Rowing Club"])
def test_the_name_after_a_role_at_a_body_in_apposition_is_a_person_and_speaks(body):
    blocks = [
        "Tobias Vennard finished ninth on the mountain stage.",
        f"His trainer at {body}, Matthias Oosterhuis, blamed the wind.",
        '"Nobody could hold a wheel up there," Oosterhuis said.',
    ]
    assert names(*blocks) == ["Tobias Vennard", "Matthias Oosterhuis"]
    assert speaker("Nobody could hold a wheel up there", *blocks) == "Matthias Oosterhuis"


def test_a_list_of_clubs_after_a_role_at_stays_a_list_of_clubs():
    sentence = "Tobias Vennard rode as a junior at Kesby Wheelers Club, Harrow Cycling Club and Lindvik Road Club."
    assert names(sentence) == ["Tobias Vennard"]


# --- an obituary's survivor with a spouse in brackets: "Agnes (Victor) Llewellyn" is two people -----

_DIED = "Ida Hesketh, 91, of Ormskirk, died Sunday."


def test_a_spouse_in_brackets_between_a_given_name_and_a_surname_is_a_second_person():
    blocks = [
        _DIED,
        "She is survived by her son, Declan (Moira) Hesketh; her daughter, Agnes (Victor) Llewellyn; "
        "and six grandchildren.",
    ]
    assert names(*blocks) == ["Ida Hesketh", "Declan Hesketh", "Moira Hesketh", "Agnes Llewellyn", "Victor Llewellyn"]


def test_the_words_of_a_survivor_named_with_a_spouse_in_brackets_are_theirs():
    blocks = [
        _DIED,
        'Her daughter Agnes (Victor) Llewellyn said she sang every morning. "Hymns, mostly," she said.',
    ]
    assert speaker("Hymns, mostly", *blocks) == "Agnes Llewellyn"


def test_a_nickname_in_brackets_is_no_second_person():
    blocks = [_DIED, "She is survived by her son, Robert (Bob) Hesketh, and her sister, Margaret (Peggy) Dunne."]
    assert "Bob Hesketh" not in names(*blocks)
    assert "Peggy Dunne" not in names(*blocks)
