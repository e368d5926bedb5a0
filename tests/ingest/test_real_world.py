"""Kinds of error found on real wire and international copy (South Asia, Africa, Southeast Asia,
the Middle East, Latin America), each rule on an invented example: initials printed without stops
("Chief Minister KR Ilango") and offices cut to initials ("the CM said", a deck's "says CM"); names
in an opening participial phrase or after a "He"/"She" subject are not the next pronoun's topic; a
possessive typed with an accent; a long quotation closed before a wire tag verb; "the prime
minister" is no vice prime minister; "the statement read" after words said "in a statement";
picture credits after a label or a dash; armed groups, resorts, plans and places "called X" are no
people; full names inside quotations after a rank; "From X, Place" bylines; a repeated quoted name
for an event; "the resident" after an unnamed "one resident"; "Akinyi’ Owor’o"."""

import pytest

from articles.ingest.byline import parse_byline

from .helpers import names, parse, speaker

# --- initials run together between a title and a surname -------------------------------------------


@pytest.mark.parametrize("title", ["Chief Minister", "Governor", "Minister"])
def test_initials_without_stops_after_a_title_stay_in_the_name(title):
    article = parse(f"{title} KR Ilango on Tuesday opened the new flyover at Vellore.")
    assert [p.name for p in article.people] == ["KR Ilango"]


def test_initials_without_stops_keep_the_quotation_with_their_person():
    blocks = ['Governor TS Pillai on Monday said, "The bridge will be ready by June."']
    assert speaker("The bridge will be ready by June", *blocks) == "TS Pillai"


@pytest.mark.parametrize(
    "text",
    [
        "The KLP Nadeem Qasim leads the party in the district.",  # an acronym opening the sentence
        "Leaders of the BBC World Service met in London.",  # an acronym with no title before it
    ],
)
def test_an_acronym_with_no_title_before_it_is_not_initials(text):
    assert not any(n.startswith(("KLP", "BBC")) for n in names(text))


# --- an office cut to its initials --------------------------------------------------------------------


def test_the_cm_is_the_chief_minister_of_a_title_that_opens_with_a_place():
    blocks = [
        "Kerala Chief Minister R. Thomas Varghese visited the flooded villages on Sunday.",
        'Asked about the relief funds, the CM said: "Every family will be paid this week."',
    ]
    assert speaker("Every family will be paid this week", *blocks) == "R. Thomas Varghese"


def test_the_initials_of_a_whole_title_still_say_who_speaks():
    blocks = [
        "Deputy Public Prosecutor Ann Okafor opened the case on Monday.",
        'The DPP said, "The evidence is overwhelming."',
    ]
    assert speaker("The evidence is overwhelming", *blocks) == "Ann Okafor"


def test_initials_no_title_has_are_an_organisation():
    blocks = [
        "Kerala Chief Minister R. Thomas Varghese visited the flooded villages on Sunday.",
        'The KLP said, "The relief is too little and too late."',
    ]
    assert speaker("The relief is too little and too late", *blocks) is None


# --- names inside an opening participial phrase are not the sentence's topic -------------------------

LEDE = "Prime Minister Tomas Brenner chaired a cabinet meeting on Sunday."


@pytest.mark.parametrize(
    "opening",
    [
        "Referring to a column by Defence Minister Ilan Sorel and Deputy Minister Avi Katzen,",
        "Citing posts that went viral abroad, chiefly by Defence Minister Ilan Sorel,",
    ],
)
def test_he_after_an_opening_participle_naming_others_is_the_main_clauses_subject(opening):
    blocks = [LEDE, f"{opening} Brenner told the cabinet to keep calm.", '"Loose words cost us dearly," he said.']
    assert speaker("Loose words cost us dearly", *blocks) == "Tomas Brenner"


def test_a_name_set_off_by_commas_after_the_participle_is_not_taken_for_the_subject():
    # the rule looks for the name that opens the main clause, not an apposition after the phrase
    blocks = [
        "Defence Minister Ilan Sorel spoke to the cabinet on Sunday.",
        "Speaking after the vote, the minister's deputy, Avi Katzen, said little.",
        '"Loose words cost us dearly," he said.',
    ]
    assert speaker("Loose words cost us dearly", *blocks) == "Avi Katzen"


# --- a sentence whose subject is "he" or "she" makes no one it names the topic ------------------------

SPOKESMAN = "According to the police spokesman, Chidi Okafor, the suspects were arrested on Monday."


def test_people_listed_after_he_identified_them_as_are_not_the_next_he():
    blocks = [
        SPOKESMAN,
        "He identified them as Musa Lawal, 19, Tunde Bakare, 18, and Ifeanyi Obi, 20.",
        'He said, "They operate mostly at night."',
    ]
    assert speaker("They operate mostly at night", *blocks) == "Chidi Okafor"


def test_he_and_a_named_man_still_make_the_named_man_a_topic():
    blocks = [
        "The striker Musa Lawal scored twice on Saturday.",
        "He and Tunde Bakare met the press after the match.",
        '"We were the better side," Bakare said.',
        '"We always are," he said.',
    ]
    assert speaker("We always are", *blocks) == "Tunde Bakare"


# --- a grave or acute accent typed for the apostrophe of a possessive --------------------------------


@pytest.mark.parametrize("mark", ["`", "\u00b4", "\u2019"])
def test_a_possessive_typed_with_an_accent_still_ends_the_owners_name(mark):
    text = f"Party leader Amir Qadri said Prime Minister Jamil Baloch{mark}s daughter, Sana Baloch, was named."
    assert names(text) == ["Amir Qadri", "Jamil Baloch", "Sana Baloch"]


def test_an_accent_inside_a_word_is_not_a_possessive():
    assert "Jamil Baloch" in names("Prime Minister Jamil Baloch said the `sums` were wrong.")


# --- a plan is a document, not a person ---------------------------------------------------------------


def test_a_capitalised_plan_is_not_a_person():
    text = "Opening the session, Ayaz Karim said critics of the National Relief Plan must not spread despair."
    assert names(text) == ["Ayaz Karim"]


# --- a long quotation's last paragraph, its opening mark lost, before a wire tag verb -----------------


@pytest.mark.parametrize("verb", ["alleged", "explained", "disclosed"])
def test_a_last_paragraph_without_its_opening_mark_before_a_tag_verb_joins_the_quotation(verb):
    blocks = [
        "The commander, ACP Yusuf Garba, spoke to reporters in Kano.",
        "\u201cSeven members of the ring were caught at the border.",
        "\u201cWe traced them through their phones.",
        f"The last of them worked as a driver for the ring,\u201d Garba {verb}.",
    ]
    article = parse(*blocks)
    assert [(q.text.endswith("driver for the ring,"), q.speaker) for q in article.quotes] == [(True, "Yusuf Garba")]


def test_a_paragraph_with_a_closing_mark_and_no_tag_verb_is_not_joined():
    blocks = [
        "The commander, ACP Yusuf Garba, spoke to reporters in Kano.",
        "\u201cSeven members of the ring were caught at the border.",
        "The last of them worked as a driver for the ring,\u201d Garba smiled at the crowd.",
    ]
    article = parse(*blocks)
    assert not any("driver for the ring" in q.text for q in article.quotes)


# --- "the prime minister" is not a vice prime minister named since -----------------------------------


def _cabinet(role_words: str) -> list[str]:
    return [
        "Prime Minister Tomas Brenner met his cabinet on Sunday.",
        "He was joined by Defense Minister Ilan Sorel and Vice Prime Minister Avi Katzen.",
        f"At the meeting, {role_words} turned to the budget.",
        '"The numbers do not add up," he said.',
    ]


def test_the_prime_minister_is_not_the_vice_prime_minister_named_since():
    assert speaker("The numbers do not add up", *_cabinet("the prime minister")) == "Tomas Brenner"


def test_the_vice_prime_minister_is_still_the_vice_prime_minister():
    assert speaker("The numbers do not add up", *_cabinet("the vice prime minister")) == "Avi Katzen"


def test_a_deck_quotation_tagged_says_cm_goes_to_the_chief_minister_the_body_names():
    blocks = [
        '"Every family will be paid this week", says CM',
        "Kerala Chief Minister R. Thomas Varghese on Sunday visited the flooded villages.",
    ]
    article = parse(*blocks)
    assert article.deck and [q.speaker for q in article.quotes] == ["R. Thomas Varghese"]


def test_says_cm_in_the_body_before_anyone_holds_the_office_has_no_speaker():
    blocks = [
        "The flood waters receded on Sunday across the northern districts of the state.",
        '"Every family will be paid this week," says CM, as the relief camps closed.',
        "Kerala Chief Minister R. Thomas Varghese later visited the villages.",
    ]
    assert speaker("Every family will be paid this week", *blocks) is None


# --- "the statement read" after a quotation said "in a statement" --------------------------------------

GOVERNOR = "Governor Joseph Kibet has condemned the violence in the town."


def test_the_statement_a_speaker_quoted_in_a_statement_before_is_theirs():
    blocks = [
        GOVERNOR,
        '"Some leaders incited the residents," the governor said in a statement emailed to reporters.',
        "He blamed rival politicians for the unrest.",
        '"I call on the police to investigate," the statement read in part.',
    ]
    assert speaker("I call on the police to investigate", *blocks) == "Joseph Kibet"


def test_the_statement_of_a_body_introduced_since_has_no_speaker():
    blocks = [
        GOVERNOR,
        '"Some leaders incited the residents," the governor said on local radio.',
        "The police issued a statement on Monday night.",
        '"Officers acted in self-defence," the statement read.',
    ]
    assert speaker("Officers acted in self-defence", *blocks) is None


# --- a label under a picture, then "Photo: X" --------------------------------------------------------


def test_a_label_caption_then_photo_colon_credits_no_person():
    article = parse("Prime Minister Tomas Brenner Photo: Ilan Sorel", "Prime Minister Tomas Brenner met ministers.")
    assert [p.name for p in article.people] == ["Tomas Brenner"]
    assert [(b.kind, b.credit) for b in article.blocks][:1] == [("caption", "Photo: Ilan Sorel")]


def test_a_sentence_about_a_photo_is_not_a_credit():
    text = "Brenner said the photo: Ilan Sorel took it."
    assert "Ilan Sorel" in names("Prime Minister Tomas Brenner met ministers.", text)


# --- armed groups named before their fighters; resorts -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers stopped a convoy carrying fighters of the Harrow and Abu Kesby groups.",
        "Police say 40 Abu Kesby fighters were held last year.",
        "Police say 40 Abu Kesby and Harrow militants were held last year.",
        "The gunman who attacked the Kesby Resort on Friday has not been named.",
        "Visitors packed the Harrow World theme park on Friday.",
    ],
)
def test_a_group_or_a_resort_is_not_a_person(text):
    assert names(text) == []


def test_people_joined_by_and_before_a_plain_plural_stay_people():
    assert names("Ana Ruiz and Tom Reed met the club's supporters.") == ["Ana Ruiz", "Tom Reed"]


# --- a caption's credit after a dash -----------------------------------------------------------------


def test_a_picture_credit_after_a_dash_closing_a_caption_names_no_person():
    caption = "Trade Minister Ana Ruiz speaks to reporters in Kesby on June 25, 2019. \u2015 Picture by Tom Reed"
    article = parse(caption, "The ministry is optimistic, its minister Ana Ruiz said on Monday.")
    assert [p.name for p in article.people] == ["Ana Ruiz"]
    assert article.blocks[0].credit == "Picture by Tom Reed"


def test_a_dash_before_words_that_are_not_a_credit_leaves_the_paragraph_alone():
    article = parse("The minister spoke on Monday. \u2015 Pictures of the flood went viral, Ana Ruiz said.")
    assert [b.kind for b in article.blocks] == ["paragraph"]


# --- a full name said only inside a quotation ---------------------------------------------------------

CHIEF = "The police chief, Ana Lee, spoke to reporters on Monday."


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("The gang shot the station's desk officer, ASP Femi Ogunleye.", "Femi Ogunleye"),
        ("We told them that Suresh Kumar Rao is to speak first.", "Suresh Kumar Rao"),
        ("The league's Secretary General, Ana Kesby, has offered to mediate.", "Ana Kesby"),
        ("We met Suresh Rao on the way.", "Suresh Rao"),
    ],
)
def test_a_full_name_after_a_rank_or_of_three_words_inside_a_quotation_is_a_person(said, person):
    assert person in names(CHIEF, f"\u201c{said}\u201d she said.")


@pytest.mark.parametrize(
    "said",
    [
        "The Holy Spirit Cathedral was full.",
        "We drove to the city, New Harrow, by bus.",
        "We drove up to Grace Hill.",
    ],
)
def test_a_place_named_only_inside_a_quotation_is_not_a_person(said):
    assert names(CHIEF, f"\u201c{said}\u201d she said.") == ["Ana Lee"]


# --- "From X, Place": a correspondent's line ------------------------------------------------------------


def test_a_correspondents_from_line_names_no_person_of_the_story():
    blocks = [
        "From Tunde Bakare, Ibadan",
        "The Governor of Kwara State, Mr Femi Adeyemi, has warned the agitators.",
        'He said "those agitating will not succeed."',
    ]
    article = parse(*blocks)
    assert [p.name for p in article.people] == ["Femi Adeyemi"]
    assert [q.speaker for q in article.quotes] == ["Femi Adeyemi"]


@pytest.mark.parametrize("line", ["From Lagos, the capital", "From Monday to Friday"])
def test_a_from_phrase_that_names_no_one_is_no_byline(line):
    assert parse_byline(line) is None


# --- a capitalised name for an event, quoted again and again after "the" ------------------------------


def test_a_name_for_an_event_quoted_twice_after_the_is_not_a_quotation():
    blocks = [
        "Dr Ana Ruiz said the inquiry into the \u201cKesby incident\u201d was closed on Monday.",
        "Her rival, Tom Reed, said the \u201cKesby incident\u201d had been overblown.",
    ]
    assert parse(*blocks).quotes == []


@pytest.mark.parametrize("term", ["worst mistake", "Kesby incident"])
def test_a_phrase_quoted_once_or_in_lower_case_stays_a_quotation(term):
    blocks = [f"Ana Ruiz said the move was the \u201c{term}\u201d of the year."]
    if term.islower():
        blocks.append(f"Tom Reed agreed it was the \u201c{term}\u201d of all.")
    assert all(q.text == term for q in parse(*blocks).quotes) and parse(*blocks).quotes


# --- a place "called X"; "the resident" after "one resident" -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army bombed a hamlet called Kan Sorel on Sunday.",
        "Witnesses said the army bombed a village beside Harrow called Kan Sorel.",
    ],
)
def test_a_name_after_a_place_noun_and_called_is_a_place(text):
    assert names(text) == []


def test_a_person_called_x_who_speaks_is_still_a_person():
    assert names("A man from the village called Tom Reed said it was over.") == ["Tom Reed"]


RESIDENT = "The shooting went on until dawn, said one resident."
DEAD = "By morning the names of the dead, Ko Lwin and Mya Than, were known."


def test_the_resident_after_one_unnamed_resident_is_no_one_named():
    blocks = [RESIDENT, DEAD, '"Nobody was allowed near the station," said the resident.']
    assert speaker("Nobody was allowed near the station", *blocks) is None


def test_the_resident_after_one_resident_named_in_apposition_is_that_person():
    blocks = [
        "The shooting went on until dawn, said one resident, Ana Ruiz.",
        '"Nobody was allowed near the station," said the resident.',
    ]
    assert speaker("Nobody was allowed near the station", *blocks) == "Ana Ruiz"


# --- an apostrophe closing a name word before a name with an inner apostrophe ----------------------------


def test_an_apostrophe_ending_a_name_word_keeps_the_surname_after_it():
    text = "Governor James Wekesa and Prof Daniel Akinyi\u2019 Owor\u2019o toured the area on Monday."
    assert names(text) == ["James Wekesa", "Daniel Akinyi\u2019 Owor\u2019o"]


def test_a_plural_possessive_before_a_name_still_ends_the_run():
    text = "The Jones\u2019 O\u2019Brien Street home was sold to Tom Reed on Monday."
    assert "Tom Reed" in names(text) and not any("Jones" in n for n in names(text))


# --- a place cut short after a compass initial -------------------------------------------------------


@pytest.mark.parametrize("place", ["N. Korea\u2019s", "S. Sudan", "N. Ireland"])
def test_a_compass_initial_before_a_place_is_no_person(place):
    assert names(f"Spokesman Tom Reed dismissed any link with {place} programme.") == ["Tom Reed"]


def test_a_compass_letter_before_a_surname_is_still_an_initial():
    assert names("Spokesman Tom Reed met N. Kesby on Monday.") == ["Tom Reed", "N. Kesby"]
