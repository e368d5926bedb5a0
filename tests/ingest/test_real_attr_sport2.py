"""Kinds of attribution error found on a second round of real sport copy (athletics and motor racing
result pages, college press notes, rugby, cricket, golf and football reports), each rule on an
invented example: names and sentences are made up."""

from .helpers import names, parse, quotes_by_text, speaker

# --- an athlete's nation code in brackets after the name -------------------------------------------------


def test_a_nation_code_in_brackets_after_a_name_is_no_firms_ticker():
    blocks = [
        "The new hurdles champion, Corin Malvest (NZL), talked about a result nobody had predicted:",
        "“I still cannot quite believe it. I kept my eyes on my own lane the whole way.”",
    ]
    assert "Corin Malvest" in names(*blocks)
    assert speaker("I still cannot quite believe it. I kept my eyes on my own lane the whole way", *blocks) == (
        "Corin Malvest"
    )


def test_a_ticker_in_brackets_still_names_a_firm():
    blocks = ["Shares in Harrow Kesby (HKSB) fell sharply on Monday, traders said."]
    assert "Harrow Kesby" not in names(*blocks)


# --- a result line over the words: name, nation code, dash, medal ------------------------------------------


def test_quotations_under_a_result_line_belong_to_the_athlete_it_names():
    blocks = [
        "What the medallists told the press after the women's 400m.",
        "Ines Varrow-Kade (CAN) – gold",
        "On her race:",
        "“My legs held up on the bend and I knew the straight was mine.”",
        "Talia Brennock (KEN) – silver",
        "“I emptied the tank and I can live with that.”",
    ]
    assert speaker("My legs held up on the bend and I knew the straight was mine", *blocks) == "Ines Varrow-Kade"
    assert speaker("I emptied the tank and I can live with that", *blocks) == "Talia Brennock"


def test_a_crosshead_about_someone_after_a_dash_is_no_heading():
    blocks = [
        "The club paid tribute at the weekend.",
        "Ines Varrow – a life on the track",
        "“She was the best of us,” the club said in a statement.",
    ]
    assert speaker("She was the best of us", *blocks) is None


# --- a heading with a lower-case role ------------------------------------------------------------------


def test_a_heading_of_a_capitalised_class_year_and_a_lower_case_role_names_the_speaker():
    blocks = [
        "Notes and quotes after the Owls fell 70-64 in the semi-final.",
        "Head Coach Marla Denvers",
        "“Our rotations were a step slow all night.”",
        "Sophomore forward Kiri Ashdale",
        "On the closing minutes:",
        "“We had the looks we wanted and they rimmed out.”",
    ]
    assert speaker("Our rotations were a step slow all night", *blocks) == "Marla Denvers"
    assert speaker("We had the looks we wanted and they rimmed out", *blocks) == "Kiri Ashdale"


def test_a_line_thanking_someone_is_no_heading():
    blocks = [
        "The Owls fell 70-64 in the semi-final.",
        "Thanks to Marla Denvers",
        "“That one will sting for a while.”",
    ]
    assert speaker("That one will sting for a while", *blocks) is None


# --- a label with a result, then a colon, opening the paragraph ------------------------------------------


def test_a_drivers_name_and_result_before_a_colon_label_the_quotation():
    blocks = [
        "Team Kesby Racing",
        "Pavel Orrin - 1.21.554 - P14 (Q2): “The balance was fine on the first run but traffic hurt us.”",
        "Ruud Halvers - 1.21.901 - P17 (Q1): “Not our day. We start near the back and push from there.”",
    ]
    assert speaker("The balance was fine on the first run but traffic hurt us", *blocks) == "Pavel Orrin"
    assert speaker("Not our day. We start near the back and push from there", *blocks) == "Ruud Halvers"


def test_a_name_then_a_verb_of_saying_before_the_colon_is_no_result_label():
    blocks = [
        "Pavel Orrin qualified 14th on Saturday.",
        "Ruud Halvers - who was 17th - said: “We start near the back and push from there.”",
    ]
    assert speaker("We start near the back and push from there", *blocks) == "Ruud Halvers"


# --- a round-up of the week's words: each quotation, then a sentence naming its speaker ---------------------


def test_in_a_round_up_opening_with_words_each_quotation_belongs_to_the_one_named_under_it():
    blocks = [
        "“The surface cut up badly and somebody has to answer for it before the semi-final.”",
        "The state of the Kesby Park turf annoyed Orla Tierman.",
        "“We expected a response after half-time and we got one.”",
        "The Harriers were their own worst enemy, in the view of Declan Morrow.",
        "“Lifting this cup with my parents in the stand is something I will keep for ever.”",
        "It was a family occasion for Fionn Casserly, who captained the side.",
    ]
    assert speaker("The surface cut up badly and somebody has to answer for it before the semi-final", *blocks) == (
        "Orla Tierman"
    )
    assert speaker("We expected a response after half-time and we got one", *blocks) == "Declan Morrow"
    assert speaker("Lifting this cup with my parents in the stand is something I will keep for ever", *blocks) == (
        "Fionn Casserly"
    )


def test_a_story_opening_with_narrative_keeps_its_running_speaker():
    blocks = [
        "Orla Tierman was in no mood to celebrate after the draw at Kesby Park.",
        "“The surface cut up badly,” she said.",
        "“Somebody has to answer for it before the semi-final.”",
        "Her side now meet the Harriers, coached by Declan Morrow.",
        "“We will be ready,” Tierman added.",
    ]
    assert speaker("Somebody has to answer for it before the semi-final", *blocks) == "Orla Tierman"


# --- a bracketed topic note before the words ----------------------------------------------------------------


def test_a_bracketed_topic_note_before_a_quotation_keeps_it_whole_and_with_the_speaker():
    blocks = [
        "Coach Ruben Hask: “Pleased with the result. We moved it around well all evening.”",
        "(on the kicking game) “We are sharper there now, and the depth shows on coverage.”",
        "Coach Tamsin Greer: “We were loose and it cost us.”",
    ]
    quote = quotes_by_text(parse(*blocks))["We are sharper there now, and the depth shows on coverage"]
    assert quote.speaker == "Ruben Hask"
    assert not quote.is_partial


# --- the last speaker opens the paragraph before untagged words --------------------------------------------


def test_untagged_words_after_a_paragraph_opened_by_the_last_speaker_are_hers():
    blocks = [
        "Fourth seed Maren Olsko went out in straight sets to the teenager Pia Dunmore.",
        "“Nothing felt right from the first game,” Olsko said.",
        "Olsko was full of praise for Dunmore, who became the youngest player to knock out a top-ten seed "
        "since Kate Verran saw off Lisa Holm and Tara Quill at the same event.",
        "“Really steady. Really patient. She deserved it more than I did.”",
    ]
    assert speaker("Really steady. Really patient. She deserved it more than I did", *blocks) == "Maren Olsko"


# --- a surname that also names a racing circuit ----------------------------------------------------------


def test_a_given_name_then_ring_is_a_person_and_a_circuit_is_not():
    blocks = [
        "Under-20 manager Declan Ring thinks the senior job will go to someone who has done it before.",
        "“I would be surprised if it went elsewhere,” said Ring, whose side race at the Kesby Motor Ring next week.",
    ]
    assert "Declan Ring" in names(*blocks)
    assert speaker("I would be surprised if it went elsewhere", *blocks) == "Declan Ring"
    assert "Kesby Motor Ring" not in names(*blocks)


# --- a reporter's name run into the lede before the dateline -------------------------------------------------


def test_a_byline_run_into_the_lede_before_a_dateline_names_no_person():
    blocks = [
        "by Jane Kesby HARROWGATE (Kesbynews) -- Leading swimmers turned down the national squad over pay.",
        "“Several of our best declined the call,” said Oskar Lindqvist, the federation's vice president.",
    ]
    assert names(*blocks) == ["Oskar Lindqvist"]
    assert speaker("Several of our best declined the call", *blocks) == "Oskar Lindqvist"


def test_by_and_a_name_inside_the_lede_still_names_a_person():
    blocks = ["Goals by Jane Kesby and Lise Orrin sealed the win on Sunday."]
    assert "Jane Kesby" in names(*blocks)


# --- a paragraph under the words opening with their owner's speech noun -------------------------------------


def test_words_opening_the_story_belong_to_the_one_whose_verdict_follows():
    blocks = [
        "“The quicks never found their length. It took the slow men to drag us back into it.”",
        "Mara Vell’s verdict on her attack after the draw rested on the numbers: the quicks went for 61 runs.",
        "But Tia Rann thought the surface favoured the slow men. “It gripped and turned all day.”",
    ]
    assert speaker(
        "The quicks never found their length. It took the slow men to drag us back into it",
        *blocks,
    ) == ("Mara Vell")
    assert speaker("It gripped and turned all day", *blocks) == "Tia Rann"


def test_an_owner_of_something_other_than_words_below_them_takes_no_quotation():
    blocks = [
        "“It was a long day in the field.”",
        "Mara Vell’s bowlers went for 61 runs in nine overs before the slow men came on.",
        "Tia Rann, who took three wickets, said: “It gripped for us.”",
    ]
    assert speaker("It was a long day in the field", *blocks) != "Mara Vell"


# --- a women's side and a place after "Mt" ----------------------------------------------------------------


def test_a_womens_side_and_a_place_after_mt_are_not_people():
    blocks = [
        "Harrow Women lost by seven wickets on Thursday.",
        "Tia Rann will celebrate with friends back at Mt Kesby golf club in Harrowgate.",
    ]
    assert names(*blocks) == ["Tia Rann"]


# --- a Mc surname supplied in square brackets inside a quotation -------------------------------------------------


def test_a_mc_surname_supplied_in_square_brackets_completes_the_name():
    blocks = ["“Rory [McTavish] and I spoke about the field before the last over,” Tom Kesby said."]
    assert "Rory McTavish" in names(*blocks)
    assert speaker("Rory [McTavish] and I spoke about the field before the last over", *blocks) == "Tom Kesby"


# --- words that lost their opening mark, closed before a tag ----------------------------------------------


def test_words_that_lost_their_opening_mark_before_a_tag_are_a_quotation():
    blocks = [
        "Harbour coach Dane Orrick expects his fullback back before the season ends.",
        "He has ticked every box so far and we hope to have him by Friday,” he told media.",
        "“It is about heading into the finals with some rhythm.”",
    ]
    assert speaker("He has ticked every box so far and we hope to have him by Friday", *blocks) == "Dane Orrick"


def test_a_closing_mark_alone_in_a_long_paragraph_is_no_quotation():
    blocks = [
        "Harbour won again. They lead the table. The coach was pleased. The fans sang. The rain held off. "
        "It was, he said later, a “good day”, and the players agreed,” he said.",
    ]
    assert "It was, he said later, a" not in " ".join(quotes_by_text(parse(*blocks)))


# --- a label line of a name, a team and a result, ending with a colon, over the words --------------------------


def test_a_label_line_with_the_team_after_the_name_gives_the_words_under_it_to_that_driver():
    blocks = [
        "The top three spoke after the race.",
        "Ana Kesby, Harbour Racing Crew, p1:",
        "“What an afternoon. The crew built me a rocket.”",
        "Tomas Moffrey, Kesby Hornets, p2:",
        "“What a finish.",
        "“The long stop in the middle turned out to help us.”",
    ]
    assert names(*blocks) == ["Ana Kesby", "Tomas Moffrey"]
    assert speaker("What an afternoon. The crew built me a rocket", *blocks) == "Ana Kesby"
    assert speaker("What a finish. The long stop in the middle turned out to help us", *blocks) == "Tomas Moffrey"


def test_a_topic_line_ending_with_a_colon_is_still_passed_over():
    blocks = [
        "Head Coach Lise Dorran",
        "On the second half:",
        "“We were much better after the break.”",
    ]
    assert speaker("We were much better after the break", *blocks) == "Lise Dorran"


# --- a link to another story set into a running quotation; a league named after its sponsor -------------------


def test_a_link_line_set_into_a_running_quotation_is_passed_over():
    blocks = [
        "Harbour boss Ivo Brandt says the defeat in the Kesby Premiership left him seething.",
        "“I will keep how I feel to myself. We knew exactly what they would try.",
        "Kesby boss Tom Orrin to ‘stay calm’ with his keeper after slip",
        "“That is what hurts. Every one of those goals was avoidable.”",
    ]
    quotes = quotes_by_text(parse(*blocks))
    joined = (
        "I will keep how I feel to myself. We knew exactly what they would try. "
        "That is what hurts. Every one of those goals was avoidable"
    )
    assert quotes[joined].speaker == "Ivo Brandt"
    assert "Kesby Premiership" not in names(*blocks)


# --- an unnamed subject after a long asked clause set off by dashes ---------------------------------------------


def test_he_after_an_unnamed_subject_that_follows_a_long_asked_clause_is_no_one_named():
    blocks = [
        "Asked how he would respond if Tom Kesby ever tugged his jersey after the whistle – as Kesby "
        "did to Ivo Brandt late in game one – a retired Harrow forward was blunt in his answer.",
        "“Sort it out,” he said with a grin. “No more tugging.”",
    ]
    assert speaker("Sort it out", *blocks) is None
    assert speaker("No more tugging", *blocks) is None


def test_he_after_a_named_subject_that_follows_an_asked_clause_is_that_person():
    blocks = [
        "Asked how he would respond if Tom Kesby ever tugged his jersey, Ivo Brandt did not hesitate.",
        "“Sort it out,” he said with a grin.",
    ]
    assert speaker("Sort it out", *blocks) == "Ivo Brandt"
