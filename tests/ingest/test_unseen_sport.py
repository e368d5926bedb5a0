"""Sport copy the converter had not seen, each rule on an invented example: match reports,
press conferences, transfer and injury news from many countries."""

import pytest

from .helpers import names, parse, quotes_by_text, speaker

# --- an epithet subject after an opening conjunction -------------------------------------------------


@pytest.mark.parametrize("conjunction", ["But", "And", "Yet"])
def test_an_age_epithet_after_an_opening_conjunction_is_the_one_the_story_is_about(conjunction):
    blocks = [
        "Orla Brannigan says she has no plans to retire after her third-round exit at Fairhaven.",
        f"{conjunction} the 36-year-old, who won the title in 2019, said: “I still love the grind.”",
    ]
    assert speaker("I still love the grind", *blocks) == "Orla Brannigan"


def test_an_organisation_after_an_opening_conjunction_is_still_no_one():
    blocks = [
        "Orla Brannigan says she has no plans to retire.",
        "But the club said: “Talks are continuing with all parties.”",
    ]
    assert speaker("Talks are continuing with all parties", *blocks) is None


# --- nationality epithets ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "role, name, epithet",
    [
        ("Jamaican sprinter", "Odean Blakeley", "Jamaican"),
        ("Zimbabwean batter", "Tinashe Chikore", "Zimbabwean"),
        ("Fijian wing", "Josaia Nadroga", "Fijian"),
        ("Estonian decathlete", "Margus Tamm", "Estonian"),
        ("Costa Rican goalkeeper", "Esteban Solano", "Costa Rican"),
    ],
)
def test_the_nationality_a_story_gives_a_player_names_the_player_later(role, name, epithet):
    blocks = [
        f"{role} {name} finished second on Friday.",
        f"“My legs went in the last ten metres,” said the {epithet}.",
    ]
    assert speaker("My legs went in the last ten metres", *blocks) == name


def test_a_nationality_before_an_organisation_is_still_no_one():
    blocks = [
        "Jamaican sprinter Odean Blakeley finished second on Friday.",
        "“He has been selected for the relay,” said the Jamaican federation.",
    ]
    assert speaker("He has been selected for the relay", *blocks) is None


# --- a fronted "asked" clause after an opening conjunction -------------------------------------------


@pytest.mark.parametrize("conjunction", ["But", "And"])
def test_the_role_after_a_fronted_asked_clause_speaks_after_a_conjunction_too(conjunction):
    blocks = [
        "Kestrels coach Wiremu Tane has backed captain Finn Rosewall after Sunday’s loss.",
        "“We were flat from the start,” Tane said.",
        f"{conjunction} asked about suggestions that Rosewall should lose the captaincy, the coach bristled.",
        "“That’s nonsense,” he said.",
    ]
    assert speaker("That’s nonsense", *blocks) == "Wiremu Tane"


def test_a_conjunction_before_another_participle_does_not_make_it_an_asked_clause():
    blocks = [
        "Kestrels coach Wiremu Tane has backed his goalkicker, Finn Rosewall, after Sunday’s loss.",
        "But Rosewall, who missed four kicks, was downcast.",
        "“I let the boys down,” he said.",
    ]
    assert speaker("I let the boys down", *blocks) == "Finn Rosewall"


# --- a sentence-opening adverb is not a one-word name ------------------------------------------------


@pytest.mark.parametrize("adverb", ["Earlier", "Later", "Today"])
def test_an_opening_adverb_before_a_described_player_is_not_a_person(adverb):
    blocks = [f"{adverb}, the visitors’ opener Ravindu Perera fell for 12, caught at gully by Tom Haskett."]
    assert names(*blocks) == ["Ravindu Perera", "Tom Haskett"]


def test_a_one_word_name_with_a_role_in_apposition_is_still_a_person():
    blocks = ["Later, Fabrício, the forward, scored twice against Ostrava."]
    assert names(*blocks) == ["Fabrício"]


# --- teams, circuits and grounds named with a word of their kind -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Giulia Ferrante drives for Scuderia Veloce this season.",
        "Giulia Ferrante led 40 laps at the Circuit Île Verte.",
        "Giulia Ferrante scored twice as Kesby Tech beat Marlow State 71-60.",
        "Giulia Ferrante scored twice at the Estadio Monte Claro.",
    ],
)
def test_a_team_circuit_or_ground_named_with_a_word_of_its_kind_is_not_a_person(sentence):
    assert names(sentence) == ["Giulia Ferrante"]


@pytest.mark.parametrize("title", ["Circuit Judge", "Tech entrepreneur"])
def test_the_same_words_in_a_title_before_a_full_name_keep_the_person(title):
    assert names(f"{title} Ana Kowalik bought the club in May.") == ["Ana Kowalik"]


# --- a player's name before the play they made -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, player",
    [
        ("Harrow led through a Mateo Vrankic header before the break.", "Mateo Vrankic"),
        ("Harrow led through an Aaron Quill free kick before the break.", "Aaron Quill"),
        ("Harrow levelled with a Sophie Marlowe try in the 70th minute.", "Sophie Marlowe"),
    ],
)
def test_a_full_name_between_a_determiner_and_a_play_is_the_player(sentence, player):
    assert names(sentence) == [player]


def test_a_team_between_a_determiner_and_a_play_is_still_no_one():
    assert names("Harrow led through a Kesby Rovers own goal before the break.") == []


# --- sport roles in an apposition --------------------------------------------------------------------


@pytest.mark.parametrize("role", ["a former club pro", "a club pro from Ohio", "a club pro"])
def test_a_sport_role_after_a_thing_noun_keeps_the_person(role):
    blocks = [f"His caddie, Wes Ambrose, {role}, said the pair never spoke about the trophy."]
    assert names(*blocks) == ["Wes Ambrose"]


def test_a_club_described_as_a_club_is_still_no_one():
    assert names("Wes Ambrose grew up near Kesby Heath, a golf club in the hills.") == ["Wes Ambrose"]


# --- a name in apposition inside a fronted "asked" clause --------------------------------------------


def test_a_pronoun_after_a_name_in_apposition_in_the_asked_clause_is_the_speaker():
    blocks = [
        "Harrow manager Ivo Brandt was in no mood to praise the hosts.",
        "Asked whether he would speak to the fourth official, Dale Pinnock, he shrugged. “Why bother?”",
    ]
    assert speaker("Why bother?", *blocks) == "Ivo Brandt"


def test_a_name_after_the_asked_clause_with_its_own_apposition_still_speaks():
    blocks = [
        "Harrow manager Ivo Brandt was in no mood to praise the hosts.",
        "Asked whether she would appeal, Tessa Marlowe, the club captain, shrugged. “Why bother?”",
    ]
    assert speaker("Why bother?", *blocks) == "Tessa Marlowe"


@pytest.mark.parametrize("role", ["goal shooter", "wing-back", "triathlete", "vice-captain"])
def test_an_age_and_a_sport_position_name_the_player_the_story_is_about(role):
    blocks = [
        "Mereana Falaniko missed three of her first five attempts but finished with 41 goals.",
        f"“I wasn’t thinking, to be honest,” the 24-year-old {role} said.",
    ]
    assert speaker("I wasn’t thinking, to be honest", *blocks) == "Mereana Falaniko"


# --- a player's agent --------------------------------------------------------------------------------


def test_the_agent_named_in_apposition_speaks_as_the_agent():
    blocks = [
        "Star quarterback Devonte Rusk will miss six weeks.",
        "His agent, Lyle Brannock, said the player was focused on his recovery.",
        "“He will attack the rehab,” the agent said.",
    ]
    assert speaker("He will attack the rehab", *blocks) == "Lyle Brannock"


def test_a_substance_after_agent_is_not_a_person():
    assert names("Pavel Orlov was exposed to the nerve agent Kestrelite in a hotel.") == ["Pavel Orlov"]


# --- a one-word quotation in a deck with its cue after it --------------------------------------------


@pytest.mark.parametrize("cue", ["chairman says", "says chairman"])
def test_a_one_word_quotation_in_a_deck_with_the_cue_after_it_is_speech(cue):
    blocks = [
        f"Harrow boss ‘gutted’, {cue}",
        "Harrow manager Tim Rusk will stay on, chairman Owen Daley said on Sunday.",
    ]
    assert speaker("gutted", *blocks) == "Owen Daley"


def test_a_one_word_scare_quote_in_a_deck_without_a_cue_is_not_speech():
    blocks = ["Harrow boss ‘gutted’ after defeat", "Harrow manager Tim Rusk will stay on, chairman Owen Daley said."]
    assert "gutted" not in quotes_by_text(parse(*blocks))


# --- a team or firm after where it is registered or based --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Jan Vos rode for the Belgian-registered Kesby Grael team this year.",
        "Jan Vos signed for the Spanish-based Velo Marron squad in May.",
    ],
)
def test_a_name_after_the_and_a_seat_is_a_team_or_firm(sentence):
    assert names(sentence) == ["Jan Vos"]


def test_a_person_after_the_and_a_seat_keeps_the_person():
    assert names("The Dublin-based Ana Kowalik won the prize.") == ["Ana Kowalik"]


# --- a qualified role in the lede, its holder named further down -------------------------------------


def test_a_qualified_role_in_the_lede_is_the_one_later_given_that_title():
    blocks = [
        "Arjun Mehta made 141 not out, and the visiting captain conceded his bowlers had “lost the plot” late on.",
        "Mehta was dropped on 34 at second slip.",
        "“I was lucky early,” Mehta said.",
        "He added 96 for the eighth wicket with the tail.",
        "Visiting captain Rhys Penberthy was frank about the day.",
    ]
    assert speaker("lost the plot", *blocks) == "Rhys Penberthy"


def test_a_qualified_role_after_the_lede_does_not_look_that_far_ahead():
    blocks = [
        "Arjun Mehta made 141 not out on the second day.",
        "Mehta said the visiting captain had told him the pitch was “a road”.",
        "Mehta was dropped on 34 at second slip.",
        "He added 96 for the eighth wicket with the tail.",
        "Visiting captain Rhys Penberthy was frank about the day.",
    ]
    assert speaker("a road", *blocks) != "Rhys Penberthy"


# --- horses named like people ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The favourite, Irish stayer Carrow Lad, trained by Ben Hollins, ran on for second.",
        "Ben Hollins saw the mare Dainty Maisie finish third.",
        "Ben Hollins also saddled the gelding Harry Blaze.",
    ],
)
def test_a_name_after_a_horse_noun_is_the_horse(sentence):
    assert names(sentence) == ["Ben Hollins"]


def test_a_person_described_by_a_horse_noun_is_still_a_person():
    assert names("Ana Kowalik, a horse breeder from Kildare, bought the colt.") == ["Ana Kowalik"]


# --- a women's side named "Ladies" -------------------------------------------------------------------


def test_a_side_named_ladies_is_not_a_person():
    assert names("Kesby Ladies are into the last four after captain Orla Byrne scored.") == ["Orla Byrne"]


def test_ladies_in_lower_case_leave_the_person_alone():
    assert names("Orla Byrne thanked the ladies of the committee.") == ["Orla Byrne"]


# --- a pronoun subject after a name is not its title -------------------------------------------------


def test_a_pronoun_and_its_verb_after_a_name_are_not_the_names_title():
    article = parse(
        "Harrow manager Ivo Brandt was in no mood to praise the hosts.",
        "Asked whether he would speak to the referee, Dale Pinnock, he shook his head.",
    )
    assert {p.name: p.title for p in article.people}["Dale Pinnock"] != "he shook his head"


def test_a_role_in_apposition_after_a_name_is_still_its_title():
    article = parse("Dale Pinnock, the fourth official, said nothing.")
    assert {p.name: p.title for p in article.people}["Dale Pinnock"] == "the fourth official"


# --- a side's manager, boss or coach -----------------------------------------------------------------


@pytest.mark.parametrize(
    "cue, who",
    [
        ("“We go again,” the Kesby boss said.", "Ana Kowalik"),
        ("Speaking after the game, the Harrow manager said: “We go again.”", "Tom Bergin"),
        ("“We go again,” the Harrow boss said.", "Tom Bergin"),
    ],
)
def test_a_sides_boss_manager_or_coach_is_the_one_its_title_names_in_any_of_the_three(cue, who):
    blocks = [
        "Kesby manager Ana Kowalik saw her side beat Harrow 2-0, with Harrow boss Tom Bergin left frustrated.",
        cue,
    ]
    assert speaker("We go again", *blocks) == who
