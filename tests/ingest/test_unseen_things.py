"""Capitalised runs of unseen text that are not people, each rule on an invented example: places
(landforms, Gaelic and Welsh place words, places travelled from), teams, bands and broadcasters,
tails of long organisation names, Māori organisation names, market instruments, places and
boats named like a titled person, reporters' taglines and unknown titles."""

import pytest

from .helpers import names, parse, speaker

# --- places --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Outside the hall, Tarrow Heads residents were divided.",  # landforms
        "The boat sank off Cape Dunmorrow on Wednesday.",
        "The pair set out from Kellet Peak and camped in the Marrick Range.",
        "Oldcastle Inlet residents met on Monday.",
        "Dana Whitcomb, who runs cattle on Brackley Downs, found them.",
        "The road to Harwick Cross is closed.",
        "Tom Reed (29), of Gleann Dorcha, Ballycarran, pleaded guilty.",  # Gaelic and Welsh place words
        "The ferry to Eilean Mor was cancelled.",
        "A crowd gathered on Slieve Carran, Tom Reed said.",
        "The doors of Capel Salem on Heol y Felin closed.",
        "The rally was held in Kesby\u2019s Piazza del Ponte on Saturday.",  # a square in a Romance language
    ],
)
def test_a_landform_or_a_place_word_makes_a_run_a_place(sentence):
    assert set(names(sentence)) <= {"Dana Whitcomb", "Tom Reed"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Her brother flew in from Domingo Alto for the wedding.",
        "The family emigrated to Lucia Verde in 2019.",
    ],
)
def test_a_place_travelled_from_or_to_is_not_a_person(sentence):
    assert names(sentence) == []


def test_a_place_between_the_subject_from_and_a_reporting_verb_is_not_the_speaker():
    assert names("The sophomore from Mellish Rouge said the defence was tired.") == []


def test_a_place_that_is_a_given_name_after_in_does_not_speak_by_given_name():
    assert names("The rescue centre in Victoria confirmed the alert.") == []


# --- teams, bands and outlets --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The club will play Tullaghmore Gaels on Sunday.",  # a team word
        "He spent eight years with the Harrow Kesby-Ham Fighters.",
        "He beat Harrow Ironmen on Sunday.",  # a plural in -men
        "The crowd cheered Na F\u00e1inn\u00edn\u00ed on Sunday.",  # the Irish article
        "Music came from the family\u2019s own band, Harrow Grael.",  # apposition after a possessive
        "Harmony sit second, three points behind leaders Kesby Crown.",  # a plural of the standings
        "Dana Whitcomb spoke to broadcaster Harrowfunk on Monday.",  # a role noun that is a firm's
    ],
)
def test_a_team_band_or_outlet_is_not_a_person(sentence):
    assert set(names(sentence)) <= {"Dana Whitcomb"}


def test_a_role_then_an_auxiliary_after_a_name_is_the_main_clause_not_its_title():
    people = parse("After a 4-3 win over Kesby Grael, the 23-year-old shortstop did not know what to do.").people
    assert [p.title for p in people if p.title] == []


@pytest.mark.parametrize(
    "sentence", ["Veteran broadcaster Terry Hallorann spoke.", "The champions Ana Ruiz and Tom Berg laughed."]
)
def test_a_full_name_after_a_firm_role_or_in_a_list_after_a_plural_is_a_person(sentence):
    assert names(sentence)


# --- the tails of long names of bodies and programmes ---------------------------------------------


@pytest.mark.parametrize(
    ("blocks", "person"),
    [
        (["Polar Dive Patrol NSW duty officer Ana Ruiz said it was over."], "Ana Ruiz"),  # a state, then a role
        (["Regional Democracy Reporting", "Ana Ruiz said the bridge would reopen."], "Ana Ruiz"),
        (["\u201cIt was close,\u201d Ana Ruiz told KXR\u2019s Harrow Morning on Thursday."], "Ana Ruiz"),
        (
            [
                "In an email, the Ministry of Water, Land and Mineral Stewardship said the province "
                "\u201cvalues its partners\u201d.",
                "Ana Ruiz agreed.",
            ],
            "Ana Ruiz",
        ),
        (["Kesby Surf Saving volunteers found the boat, Ana Ruiz said."], "Ana Ruiz"),
    ],
)
def test_the_tail_of_a_bodys_or_a_programmes_name_is_not_a_person(blocks, person):
    assert names(*blocks) == [person]


def test_a_person_before_an_abbreviation_and_a_role_is_kept():
    assert names("Tom Berg MP spokesman said.") == ["Tom Berg"]


# --- Māori names of tribes, meeting grounds and bodies --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 200 people packed into Te Whenua o Kesby on Wednesday night.",  # before the Māori "o"
        "Footage filmed by Ng\u0101ti Rangiwhero was posted online.",  # a tribe
        "Kesby Marae hosted the hui on Monday.",  # a meeting ground
    ],
)
def test_a_maori_name_of_a_place_or_a_body_is_not_a_person(sentence):
    assert names(sentence) == []


@pytest.mark.parametrize(
    ("blocks", "quote"),
    [
        (["K\u0101inga Tahi said the houses were \u201cfit for purpose\u201d."], "fit for purpose"),
        (["Te Whatu Kesby said in a statement the closure was \u201ca temporary step\u201d."], "a temporary step"),
    ],
)
def test_a_maori_body_that_says_something_is_no_speaker(blocks, quote):
    assert names(*blocks) == []
    assert speaker(quote, *blocks) is None


# --- market instruments -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Oil climbed. Benchmark Harrow rose $1.48 to $71.20 per barrel.",  # a market word opens it
        "Metals firmed. Spot Silver rose 1%.",
        "Stocks slipped. Harrow\u2019s Tan Lok index fell 0.9%.",  # a market noun follows
        "Bonds fell. The yield on the 10-year Kesby Treasury note settled at 4.2%.",
        "Oil fell. Kesby Grael crude slid 2%.",
    ],
)
def test_a_market_instrument_is_not_a_person(sentence):
    assert names(sentence) == []


# --- places and boats named like a titled person ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Whitcomb, who moved here from Prince Kesby, Sask., last year, said it was hard.",  # a town
        "Dana Whitcomb grew up in Lord Harrow, Ga., and said it was hard.",
        "The 13-metre Lady Marigold began taking on water offshore, Dana Whitcomb said.",  # a boat
        "The coast guard sent the ship Sir Tomas Kesbyvale, Dana Whitcomb said.",
        "The trawler Queen Orla sank, Dana Whitcomb said.",
    ],
)
def test_a_town_or_a_boat_named_like_a_titled_person_is_not_a_person(sentence):
    assert names(sentence) == ["Dana Whitcomb"]


def test_a_titled_person_after_a_capitalised_noun_is_kept():
    assert names("The crew met Lady Marigold Kesby on the quay.") == ["Marigold Kesby"]


# --- reporters' taglines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tagline",
    [
        "Dana Whitcomb covers the Kesby Hawks. Follow her on X @DWhitcombHawks.",
        "Dana Whitcomb writes about schools for the Harrow Ledger. Reach her at dwhitcomb@example.com.",
    ],
)
def test_a_reporters_tagline_closing_the_story_names_no_person(tagline):
    assert names("Coach Tom Berg said the team was tired.", "The goalie is hurt.", tagline) == ["Tom Berg"]


def test_a_closing_sentence_about_covering_costs_keeps_its_person():
    assert "Dana Whitcomb" in names("Coach Tom Berg said the team was tired.", "Dana Whitcomb covers the cost.")


# --- titles ---------------------------------------------------------------------------------------


def test_gda_is_the_abbreviation_of_a_garda_rank():
    blocks = ["Detective Garda Aoife Tallon gave evidence.", "Det Gda Tallon said the car was stolen."]
    assert names(*blocks) == ["Aoife Tallon"]


@pytest.mark.parametrize("title", ["Senior Planner", "Principal Surveyor"])
def test_capitalised_words_before_mr_are_a_title_not_a_person(title):
    blocks = [f"{title} Mr Olan Breslin reminded members of the rules.", "He said it was \u201cbroadly fine\u201d."]
    assert names(*blocks) == ["Olan Breslin"]
    assert speaker("broadly fine", *blocks) == "Olan Breslin"


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Analysts Tom Reed and Ana Ruiz note that prices fell.", "Ana Ruiz"),  # "note" is a verb too
        ("Mike Piazza said the stadium was full.", "Mike Piazza"),  # a place word that is a surname
        ("The ball moved to Tom Reed, who scored.", "Tom Reed"),  # not a verb of travelling
        ("The library hosts Tom Reed on Friday.", "Tom Reed"),  # "hosts" is a verb too
    ],
)
def test_a_person_next_to_a_word_of_places_teams_or_markets_is_kept(sentence, person):
    assert person in names(sentence)


# --- titles joined by lower-case words, and names that are not people ----------------------------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Special Agent in Charge Dana Whitcomb said the raid was planned.", "Special Agent in Charge"),
        ("Sergeant at Arms Dana Whitcomb said the raid was planned.", "Sergeant at Arms"),
        ("Commander in Chief Dana Whitcomb said the raid was planned.", "Commander in Chief"),
    ],
)
def test_a_title_closed_by_in_charge_or_at_arms_is_all_title(sentence, title):
    people = parse(sentence).people
    assert [(p.name, p.title) for p in people] == [("Dana Whitcomb", title)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The car was found in the 1800 block of North Dana Street.",  # a compass word before the street
        "Police were called to the 300 block of Ruth Hill on Monday.",  # after "block of"
        "Tom Reed lives on West Dana Street.",
    ],
)
def test_a_street_after_block_of_or_a_compass_word_is_not_a_person(sentence):
    assert set(names(sentence)) <= {"Tom Reed"}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Dana Whitcomb of the Nevada Indigent Defense System said he would appeal.", "Dana Whitcomb"),  # a head word
        ("Tom Reed works for Harrowell Diagnostics.", "Tom Reed"),  # a firm's head word
        ("The findings drew a reply from Harrowell Kestrand, which makes the test, Tom Reed said.", "Tom Reed"),
        ("The firm sells a subscription, Kesby Plus, which adds captions, Tom Reed said.", "Tom Reed"),
    ],
)
def test_a_body_or_firm_named_by_its_head_word_or_before_which_is_not_a_person(sentence, person):
    assert names(sentence) == [person]


def test_a_person_before_which_stays_when_the_which_is_the_interviews():
    assert names("He gave an interview to Dana Whitcomb, which aired on Monday.") == ["Dana Whitcomb"]


@pytest.mark.parametrize(
    ("blocks", "people"),
    [
        (
            ["Dana Whitcomb testified against her father, Thomas \u201cTom\u201d Kesby, 57.", "Tom Kesby looked down."],
            ["Dana Whitcomb", "Thomas Kesby"],
        ),
        (
            ['Reginald "Reggie" Harrowell, 40, was charged.', '"I did nothing," Reggie Harrowell said.'],
            ["Reginald Harrowell"],
        ),
    ],
)
def test_a_nickname_and_the_surname_name_the_person_given_the_nickname(blocks, people):
    assert names(*blocks) == people


@pytest.mark.parametrize("rank", ["Vice Admiral", "Rear Admiral", "Air Vice-Marshal", "Lance Bombardier"])
def test_a_rank_of_the_armed_forces_is_a_title_not_part_of_the_name(rank):
    blocks = [f"{rank} Dana Whitcomb said the ships were late.", f"\u201cWe need crews,\u201d {rank} Whitcomb said."]
    assert [(p.name, p.title) for p in parse(*blocks).people] == [("Dana Whitcomb", rank)]
    assert speaker("We need crews", *blocks) == "Dana Whitcomb"


@pytest.mark.parametrize(
    "sentence",
    [
        # question time
        "Tom Reed clashed with the opposition at Prime Minister\u2019s Questions, with the Conservative leader "
        "accusing the government of \u201cfiddling the figures\u201d.",
        "Tom Reed\u2019s film opened the Kesby Film Fleadh in July.",  # a festival in Irish
        "Rhian Eisteddfod opened on Monday, Tom Reed said.",
        "Tom Reed\u2019s Harrow Nights received a standing ovation.",  # a work after a person's possessive
    ],
)
def test_an_event_or_a_work_is_not_a_person(sentence):
    assert names(sentence) == ["Tom Reed"]


def test_a_person_after_a_persons_possessive_is_kept():
    assert names("Tom Reed\u2019s deputy, Ana Berg, spoke.", "Tom Reed\u2019s Ana Berg spoke.") == [
        "Tom Reed",
        "Ana Berg",
    ]


# --- platforms, bases, regions, firms, matches, teams and outlets ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reed posted on Harrow Social that the vote was rigged.",  # a platform
        "Tom Reed left Joint Base Kesby on Monday.",  # a military base
        "Tom Reed toured Kesby Belt towns on Monday.",  # a region
        "Tom Reed, a retired welder from Harrow Rest, said the plan was fair.",  # a town
        "Tom Reed joined Kesby Strategies last year.",  # a firm
        "Tom Reed scored twice in the Harrowvale Park Test.",  # a match
        "Tom Reed signed for Chennai Kestrels on Monday.",  # a city's team
    ],
)
def test_a_platform_base_region_firm_match_or_city_team_is_not_a_person(sentence):
    assert names(sentence) == ["Tom Reed"]


def test_a_name_in_apposition_to_a_thing_after_a_place_modifier_is_the_things():
    assert names("Tom Reed will join a Harrow consulting firm, Kesby Grael, in May.") == ["Tom Reed"]


def test_a_name_someone_opened_or_founded_is_a_business():
    assert names("Ana Ruiz opened Silver Lantern in 1991 and founded Harrow Grael later.") == ["Ana Ruiz"]


def test_names_listed_after_a_colon_following_a_kind_of_thing_are_things():
    sentence = (
        "Ana Ruiz grows varieties few shoppers know: Kesby Pippin, Harrow Russet and a thing called the "
        "Marsh Golden Drop that Ruiz calls \u201ca pear in disguise.\u201d"
    )
    assert names(sentence) == ["Ana Ruiz"]
    assert speaker("a pear in disguise", sentence) == "Ana Ruiz"


def test_a_name_told_with_no_given_name_is_an_outlet():
    blocks = ["\u201cIt looked high,\u201d coach Tom Reed told Harrow Footy."]
    assert names(*blocks) == ["Tom Reed"]
    assert speaker("It looked high", *blocks) == "Tom Reed"


# --- team names shaped like people --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Reed scored twice as Dunmore Leopards beat the Harrow Rhinos on Sunday.",  # plural nicknames
        "Tom Reed top-scored for Kesby Super Kings in the final.",
        "KESBY \u2014 Kesby Trinity 30 Harrowgate Wessel 12",  # both sides of a scoreline
    ],
)
def test_a_team_named_by_a_plural_nickname_or_a_scoreline_is_not_a_person(sentence):
    assert names(sentence, "Tom Reed said it was a good day.") == ["Tom Reed"]


def test_people_in_a_scoreline_of_players_or_named_like_a_team_word_are_kept():
    assert names("Ana Ruiz 7 Lise Marrow 4", "Ana Ruiz said it was a good day.") == ["Ana Ruiz", "Lise Marrow"]
    assert names("Leigh Rhodes beat Tom King 21 to 12 on Sunday.") == ["Leigh Rhodes", "Tom King"]


# --- regions before "state" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Storms battered Ostrovia\u2019s Vela Montaña state on Friday, Tom Reed said.",
        "Tom Reed said Campo Verde do Norte state lost its crops.",
    ],
)
def test_a_region_of_several_words_before_state_is_not_a_person(sentence):
    assert names(sentence) == ["Tom Reed"]


def test_people_before_state_as_a_verb_are_kept():
    assert names("Ana Ruiz and Tom Reed state in their report that the dam failed.") == ["Ana Ruiz", "Tom Reed"]


def test_a_body_named_headquarters_is_not_a_person():
    sentence = "Figures from the Ostrovian Relief Coordination Headquarters showed 12 dead, Tom Reed said."
    assert names(sentence, "Tom Reed\u2019s Harbour Staff Headquarters stayed shut.") == ["Tom Reed"]


def test_a_town_named_like_a_titled_person_before_man_or_woman_is_a_place():
    blocks = ["A Prince Aldous woman was fined for keeping goats, and a Port Regis man was warned.", "Tom Reed said."]
    assert names(*blocks) == ["Tom Reed"]


def test_a_titled_person_before_a_fan_is_kept():
    assert names("A Prince Aldous fan waited all night for Tom Reed.") == ["Aldous", "Tom Reed"]


def test_a_christian_burial_is_a_service_not_a_person():
    blocks = ["Ada Vance died on Sunday.", "The Rev. Ivo Brandt will offer a Mass of Christian Burial on Friday."]
    assert names(*blocks) == ["Ada Vance", "Ivo Brandt"]


def test_a_mountain_pass_is_not_a_titled_person():
    blocks = ["Tom Reed attacked on the Col du Vernaz and again on Col d\u2019Orsalle.", "Tom Reed said it hurt."]
    assert names(*blocks) == ["Tom Reed"]


def test_a_colonel_with_a_particle_in_his_surname_is_kept():
    blocks = ["Col Pieter du Randt led the raid.", "\u201cWe found nothing,\u201d Col du Randt said."]
    assert names(*blocks) == ["Pieter du Randt"]
    assert speaker("We found nothing", *blocks) == "Pieter du Randt"


@pytest.mark.parametrize(
    "sentence",
    [
        "Outside Shed 9 on Friday, pickets lit a brazier, Tom Reed said.",
        "Beside Berth 12, pickets lit a brazier, Tom Reed said.",
        "Near Platform 3 on Friday, pickets lit a brazier, Tom Reed said.",
    ],
)
def test_a_preposition_opening_a_sentence_before_a_numbered_place_is_no_name(sentence):
    assert names(sentence) == ["Tom Reed"]


def test_people_after_a_place_preposition_are_kept():
    assert names("Outside, Tom Reed stood beside Ana Ruiz and near Lise Marrow.") == [
        "Tom Reed",
        "Ana Ruiz",
        "Lise Marrow",
    ]
