"""Kinds of attribution error found on real sport and entertainment copy (post-game quote pages,
press conferences, interviews), each rule on an invented example: names and sentences are made up."""

from .helpers import names, speaker

# --- a page of post-game quotes under a speaker's heading line ----------------------------------------


def test_untagged_quotations_under_a_heading_line_belong_to_the_person_it_names():
    blocks = [
        "Here are some quotes after the Comets lost 3-2 in a shootout on Friday.",
        "Comets Head Coach Dario Pellquist",
        "On the shootout:",
        "“We had our looks and could not finish. That is the story of the night.”",
        "On his goaltender:",
        "“He was outstanding again. We owe him a few wins.”",
    ]
    assert speaker("We had our looks and could not finish. That is the story of the night", *blocks) == (
        "Dario Pellquist"
    )
    assert speaker("He was outstanding again. We owe him a few wins", *blocks) == "Dario Pellquist"


def test_each_heading_line_gives_its_quotations_to_its_own_person():
    blocks = [
        "Quotes from both dressing rooms after the final.",
        "Harbour FC Manager Lena Ostrova",
        "“We were brave with the ball and it paid off.”",
        "Midfielder Tomas Ferreiro",
        "On his goal:",
        "“I just closed my eyes and hit it.”",
    ]
    assert speaker("We were brave with the ball and it paid off", *blocks) == "Lena Ostrova"
    assert speaker("I just closed my eyes and hit it", *blocks) == "Tomas Ferreiro"


def test_a_tagged_quotation_under_a_heading_keeps_its_own_speaker():
    blocks = [
        "Coach Lena Ostrova",
        "Ostrova was pleased with the win over the Rams.",
        "“It was a long trip,” said winger Pim Dekkers, who scored twice.",
    ]
    assert speaker("It was a long trip", *blocks) == "Pim Dekkers"


# --- a given name that also names a place, supplied in brackets inside a quotation ---------------------


def test_a_place_named_given_name_in_brackets_before_a_surname_completes_a_name():
    blocks = [
        "Coach Tim Bale was without two starters.",
        "Bale said, “(Georgia) Kessel and Tom (Ferrante) were both ruled out on Friday.”",
    ]
    assert names(*blocks) == ["Tim Bale", "Georgia Kessel", "Tom Ferrante"]


def test_a_place_in_brackets_before_a_club_name_is_no_person():
    blocks = [
        "Coach Tim Bale was pleased.",
        "Bale said, “We beat (Georgia) United and flew home from (Georgia) yesterday.”",
    ]
    assert names(*blocks) == ["Tim Bale"]


def test_a_heading_line_may_close_with_an_aside_in_brackets():
    blocks = [
        "Reactions after the third stage.",
        "Piet Varenkamp (Team Orla, stage winner)",
        "“I waited for the last climb and went. The legs were good.”",
        "Jonas Albrekt (Team Orla directeur sportif)",
        "“We planned this for a week and it worked.”",
    ]
    assert speaker("I waited for the last climb and went. The legs were good", *blocks) == "Piet Varenkamp"
    assert speaker("We planned this for a week and it worked", *blocks) == "Jonas Albrekt"


# --- a round-up of quotations, each followed by a line naming its speaker -------------------------------


def test_an_untagged_quotation_belongs_to_the_person_the_line_after_it_names():
    blocks = [
        "“We left too many runs on the field. That one stings.”",
        "Carl Drummond, Herons manager, on the extra-innings loss",
        "“I just tried to put the ball in play.”",
        "— Eli Vantongeren, Herons shortstop",
    ]
    assert speaker("We left too many runs on the field. That one stings", *blocks) == "Carl Drummond"
    assert speaker("I just tried to put the ball in play", *blocks) == "Eli Vantongeren"


def test_a_sentence_after_a_quotation_is_no_attribution_line():
    blocks = [
        "Coach Carl Drummond was upbeat about the season.",
        "“We will be fine.”",
        "Eli Vantongeren, the shortstop, hit two doubles in the game.",
    ]
    assert speaker("We will be fine", *blocks) == "Carl Drummond"


# --- "said the Dutchman after the match": the noun before a time phrase ---------------------------------


def test_a_demonym_epithet_before_a_time_phrase_is_the_person_the_story_is_about():
    blocks = [
        "Coach Henk Valdemar praised his players after the 2-0 win in Oslo.",
        "“We kept our shape for ninety minutes,” said the Dutchman after the match.",
        "“I am very proud of them.”",
    ]
    assert speaker("We kept our shape for ninety minutes", *blocks) == "Henk Valdemar"
    assert speaker("I am very proud of them", *blocks) == "Henk Valdemar"


# --- "his interview with the broadcaster's Name": the interviewer is not the topic ----------------------


def test_the_interviewer_named_after_a_broadcaster_is_not_who_he_refers_to():
    blocks = [
        "Kesby manager Tom Brannock took the defeat calmly.",
        "After the game, his interview with Radio Kesh's Owen Falvey was a lesson in grace.",
        "“It was a great game and they deserved it. I wish them well,” he said.",
    ]
    assert speaker("It was a great game and they deserved it. I wish them well", *blocks) == "Tom Brannock"


# --- an interview opening with untagged quotation paragraphs, tagged a little later ---------------------


def test_opening_quotation_paragraphs_belong_to_the_first_tag_after_them():
    blocks = [
        "“A record should sound like a room full of people playing at once.”",
        "“We did the whole thing in four days. It was loud and it was messy.”",
        "“I loved it,” Tellmark continued. “Nobody wanted to go home.”",
        "The band plays the Kesby Hall on Friday.",
    ]
    assert speaker("A record should sound like a room full of people playing at once", *blocks) == "Tellmark"
    assert speaker("We did the whole thing in four days. It was loud and it was messy", *blocks) == "Tellmark"


def test_an_opening_quotation_before_narrative_keeps_no_speaker():
    blocks = [
        "“Keep the music loud.”",
        "The band plays the Kesby Hall on Friday.",
        "“I loved it,” Tellmark said.",
        "“So did I,” said drummer Ana Ruiz.",
    ]
    assert speaker("Keep the music loud", *blocks) is None


# --- a never-introduced surname after first-person words, with any verb of saying -----------------------


def test_a_lone_surname_after_first_person_words_speaks_with_any_tag_verb():
    blocks = [
        "A goalless draw was enough for the visitors.",
        "“I read in the paper that we could not play, but we can,” Kovacsik jibed at the local media.",
        "“I hope that settles it,” Brannagh added.",
    ]
    assert speaker("I read in the paper that we could not play, but we can", *blocks) == "Kovacsik"
    assert speaker("I hope that settles it", *blocks) == "Brannagh"


def test_a_lone_word_after_words_in_the_plural_stays_no_one():
    blocks = [
        "The club posted a statement on Monday.",
        "“We are delighted with the new stand,” Harbourside added.",
    ]
    assert speaker("We are delighted with the new stand", *blocks) is None


# --- two people named in full, joined by an ampersand (race cards, credits) -----------------------------


def test_two_full_names_joined_by_an_ampersand_are_two_people():
    blocks = [
        "Trainer: Ciaran Mulvey & David Oakhurst",
        "Jockey: Tomas Arlen",
        "Mulvey: “I don’t think it has sunk in yet.”",
    ]
    assert names(*blocks) == ["Ciaran Mulvey", "David Oakhurst", "Tomas Arlen"]
    assert speaker("I don’t think it has sunk in yet", *blocks) == "Ciaran Mulvey"


def test_single_words_joined_by_an_ampersand_stay_a_firm():
    assert names("Shares in Harrow & Kesby rose after Ana Ruiz joined the board.") == ["Ana Ruiz"]


# --- a full name ending in "s" with an owner's bare apostrophe, inside a quotation ----------------------


def test_a_name_ending_in_s_with_an_owners_apostrophe_inside_a_quotation_is_a_person():
    blocks = ["“To match Karen Dobbs’ record in one night is incredible,” Ana Ruiz said."]
    assert names(*blocks) == ["Karen Dobbs", "Ana Ruiz"]


def test_a_people_ending_in_s_with_an_owners_apostrophe_is_no_person():
    blocks = ["“We owe it all to Nova Scotians’ patience,” Ana Ruiz said."]
    assert names(*blocks) == ["Ana Ruiz"]


# --- a pulled quotation opening the story, in a report where one person alone speaks --------------------


def test_a_quotation_opening_the_story_belongs_to_its_only_speaker():
    blocks = [
        "“That was not good enough from any of us.”",
        "The Herons were beaten 30-6 on Friday night, their heaviest loss of the season.",
        "“We need a hard look at ourselves,” coach Dale Pruett said.",
        "“Nobody is safe this week.”",
    ]
    assert speaker("That was not good enough from any of us", *blocks) == "Dale Pruett"


def test_a_quotation_opening_the_story_stays_no_ones_when_two_people_speak():
    blocks = [
        "“That was not good enough from any of us.”",
        "The Herons were beaten 30-6 on Friday night.",
        "“We need a hard look at ourselves,” coach Dale Pruett said.",
        "“We were sharper,” said rival coach Ivo Markel.",
    ]
    assert speaker("That was not good enough from any of us", *blocks) is None


# --- role words before names: athletes, Olympians; award categories are no names ------------------------


def test_athlete_and_olympian_before_a_name_are_roles_not_name_parts():
    blocks = ["From left: Athlete Lena Korir, Olympian Pius Maritim and athlete Ruth Wanjala at the launch."]
    assert names(*blocks) == ["Lena Korir", "Pius Maritim", "Ruth Wanjala"]


def test_an_award_category_over_its_winners_names_no_one():
    blocks = [
        "Best Adapted Screenplay – Carla Benning and Otis Marr:",
        "Best Original Screenplay – Dev Rathore:",
        "Carla Benning: “It was a long road.”",
    ]
    assert names(*blocks) == ["Carla Benning", "Otis Marr", "Dev Rathore"]
    assert speaker("It was a long road", *blocks) == "Carla Benning"


# --- "the manager" untitled, in a story where one person alone has spoken -------------------------------


def test_the_manager_after_a_lone_speaker_is_that_speaker_for_a_later_he():
    blocks = [
        "“We gave the ball away too cheaply,” Tom Ardley said after the 3-1 defeat.",
        "The visitors scored twice after the break. The manager described what he said to the squad at the interval.",
        "He said, “Keep going and the chances will come.”",
    ]
    assert speaker("Keep going and the chances will come", *blocks) == "Tom Ardley"


def test_the_manager_after_two_speakers_stays_someone_unnamed():
    blocks = [
        "“We gave the ball away too cheaply,” Tom Ardley said after the 3-1 defeat.",
        "“It was our day,” said striker Leon Vasko.",
        "The manager described what he said to the squad at the interval.",
        "He said, “Keep going and the chances will come.”",
    ]
    assert speaker("Keep going and the chances will come", *blocks) is None


# --- "said the world No. 1": the player the story is about ----------------------------------------------


def test_the_world_number_one_is_the_player_the_story_is_about():
    blocks = [
        "Ana Ruiz beat Lena Kovac 6-4, 6-3 on Saturday to reach the final.",
        "Ruiz hit 30 winners in the match.",
        "“I played well in the big moments,” said the world No. 1.",
    ]
    assert speaker("I played well in the big moments", *blocks) == "Ana Ruiz"


def test_a_crosshead_about_someone_is_no_speakers_heading():
    blocks = [
        "“She taught half the town to swim,” said neighbour Tom Reddan.",
        "Remembering Ana Ruiz",
        "“She never missed a morning at the pool.”",
    ]
    assert speaker("She never missed a morning at the pool", *blocks) != "Ana Ruiz"


def test_afterwards_opening_the_sentence_is_no_part_of_the_name():
    assert names("Afterwards Lena Ostrova said the team was tired.") == ["Lena Ostrova"]


def test_a_quotation_opening_the_story_stays_the_only_speakers_when_the_next_paragraph_names_only_them():
    blocks = [
        "“That was not good enough from any of us.”",
        "Dale Pruett did not hide his anger after the Herons were beaten 30-6 on Friday night.",
        "“We need a hard look at ourselves,” the coach said.",
    ]
    assert speaker("That was not good enough from any of us", *blocks) == "Dale Pruett"
