"""Kinds of error found on real features, human-interest and disaster copy (stop 30), each rule on
an invented example: relatives listed after a name, ..."""

from .helpers import names, parse, speaker

# --- "X, his wife and their children": a list of companions, not a role in apposition ----------


def test_relatives_listed_after_a_name_are_no_role_of_it():
    blocks = [
        "The siren sent Oren Talbot, his wife and their two daughters down to the cellar.",
        "“The walls were shaking,” Talbot said.",
        "Talbot lost the barn and most of his fences.",
        "“We were lucky,” he said.",
    ]
    person = parse(*blocks).people[0]
    assert (person.name, person.title, person.pronoun) == ("Oren Talbot", "", "he")
    assert speaker("We were lucky", *blocks) == "Oren Talbot"


def test_a_relative_with_a_second_role_in_apposition_stays_a_role():
    # near miss: "his wife and business partner" describes the one named
    blocks = [
        "Mirela Voss, his wife and business partner, runs the bakery's front counter.",
        "“We open at six,” Voss said.",
    ]
    person = parse(*blocks).people[0]
    assert person.title == "his wife and business partner"
    assert person.pronoun == "she"


# --- "said X, State Farm.": a speaker with the body they speak for set off after the name --------


def test_a_name_after_said_with_its_company_set_off_is_a_person():
    blocks = ["“Adjusters are writing cheques on the spot,” said Holly Brandvold, Crestline Insurance."]
    assert names(*blocks) == ["Holly Brandvold"]
    assert speaker("Adjusters are writing cheques on the spot", *blocks) == "Holly Brandvold"


def test_a_list_of_firms_after_said_stays_a_list_of_firms():
    # near miss: a firm's name after "said" is still a firm, and so are the others listed with it
    blocks = ["The merger was welcome news, said Kesby Holdings, Harrow Insurance and Dunmore Bank."]
    assert names(*blocks) == []


# --- "Mother of X": a relative before "of", not an office whose body's name follows ------------


def test_mother_of_a_name_opening_a_deck_names_that_person():
    blocks = ["Mother of Jarrah Quilty asks neighbours for stories about her son", "Quilty, 24, loved to fish."]
    assert names(*blocks) == ["Jarrah Quilty"]


def test_an_office_of_a_body_still_takes_the_bodys_name():
    # near miss: "Director of Public Prosecutions" is an office and a body, no person
    assert names("The Director of Public Prosecutions will review the file.") == []


# --- a month that is a given name, alone: one of a couple, or the subject of "told" -------------


def test_a_month_given_name_before_and_shares_the_couples_surname():
    blocks = [
        "Owners May and Colin Trevithick bought the café in 1988.",
        "“Regulars became family,” May told the Harbour Gazette.",
    ]
    assert names(*blocks) == ["May Trevithick", "Colin Trevithick"]
    assert speaker("Regulars became family", *blocks) == "May Trevithick"


def test_a_month_after_a_date_word_stays_a_date():
    # near miss: "in May and June Carter": a date, then June Carter
    assert names("The shop was busy in May and Colin Trevithick hired two students.") == ["Colin Trevithick"]


# --- "Now" is no surname: "told Harbour Valley Now" is an outlet -------------------------------


def test_an_outlet_ending_in_now_is_no_person():
    blocks = ["“We are heartbroken,” Colin Trevithick told Harbour Valley Now."]
    assert names(*blocks) == ["Colin Trevithick"]


# --- a road's name runs straight into a person's: "on Quarry Hill Road Martin Pell and ..." -----


def test_a_person_named_right_after_a_road_is_a_person():
    blocks = [
        "Further along Quarry Hill Road Martin Pell and his wife sheltered in a closet.",
        "“The roof just lifted,” Pell said.",
    ]
    assert names(*blocks) == ["Martin Pell"]
    assert speaker("The roof just lifted", *blocks) == "Martin Pell"


def test_a_road_named_after_someone_stays_a_road():
    # near miss: the words after the road's word are no given name
    assert names("Traffic backed up on Martin Luther King Drive Tuesday morning.") == []


# --- children listed by given name and age between semicolons ----------------------------------


def test_children_listed_with_ages_between_semicolons_are_all_people():
    blocks = ["Orla Brennock, 31, doted on her three daughters: Niamh, 9; Aoife, 6; and Ciara, 2."]
    assert names(*blocks) == ["Orla Brennock", "Niamh", "Aoife", "Ciara"]


def test_places_with_counts_between_semicolons_are_no_people():
    # near miss: a tally of places is no list of children
    blocks = ["Sightings by county: Kesby, 14; Harrowfield, 9; and Dunmore, 2."]
    assert names(*blocks) == []


# --- "DJ" as initials before a surname alone ----------------------------------------------------


def test_dj_before_a_surname_alone_is_a_persons_initials():
    blocks = ["“Since when?” customer DJ Okafor said in disbelief.", "Okafor has bought bread there for years."]
    assert names(*blocks) == ["DJ Okafor"]
    assert speaker("Since when?", *blocks) == "DJ Okafor"


def test_dj_before_a_given_name_and_surname_is_a_job():
    # near miss: "radio DJ Tony Okafor" is a DJ named Tony Okafor
    blocks = ["“Play it loud,” said radio DJ Tony Okafor."]
    assert names(*blocks) == ["Tony Okafor"]


# --- "N'" between two words names a shop ---------------------------------------------------------


def test_words_joined_by_n_apostrophe_name_a_shop():
    blocks = ["Regulars were stunned to hear Crumble N' Crust would close after 40 years."]
    assert names(*blocks) == []


def test_an_initial_n_with_a_full_stop_stays_in_a_name():
    # near miss: "Priya N. Raman" has an initial, not a clipped "and"
    blocks = ["“We will reopen,” said Priya N. Raman, who runs the bakery."]
    assert names(*blocks) == ["Priya N. Raman"]


# --- a title word ending a name listed after another person's ("... and Tobin King") ----------


def test_a_title_word_closing_a_name_after_a_person_and_is_a_surname():
    blocks = [
        "Her friends Oriel Danza and Brixton Prince were at the vigil.",
        "“She lit up every room,” Prince said.",
    ]
    assert names(*blocks) == ["Oriel Danza", "Brixton Prince"]
    assert speaker("She lit up every room", *blocks) == "Brixton Prince"


def test_two_shops_joined_by_and_stay_shops():
    # near miss: a chain's name ending in a title word, listed after another chain
    assert names("Drivers queued at Taco Bell and Burger King on the bypass.") == []


# --- "X, 22, was “a ...”": a quoted description of X, not X's words ------------------------------


def test_a_quoted_noun_phrase_after_was_describes_the_subject():
    blocks = ["Tamsin Orrell, 19, was “a wellies-and-wax-jacket girl” who rode every morning."]
    assert speaker("a wellies-and-wax-jacket girl", *blocks) is None


def test_a_quoted_description_with_its_own_tag_is_the_taggers():
    # near miss: "... was “a gentle giant,” his sister Nell Orrell said" has its speaker
    blocks = ["Ivo Orrell was “a gentle giant,” his sister Nell Orrell said."]
    assert speaker("a gentle giant", *blocks) == "Nell Orrell"


# --- a gallery's reader credit standing alone ("Sydney F.") ----------------------------------------


def test_a_given_name_and_initial_alone_after_a_gallery_caption_is_a_credit():
    blocks = [
        "Goats in Millbrook Flats were led to higher ground on Sunday.",
        "Marnie K.",
        "“It came up so fast,” said Dale Ostrow.",
    ]
    assert names(*blocks) == ["Dale Ostrow"]


def test_a_name_and_initial_inside_a_sentence_is_still_a_person():
    # near miss: "Marnie K. Ostrow said" is a name with a middle initial
    assert names("Marnie K. Ostrow said the goats were safe.") == ["Marnie K. Ostrow"]


# --- web furniture: a labelled link to another story, a syndication credit --------------------------


def test_a_labelled_link_to_another_story_names_no_one_of_this_one():
    blocks = [
        "Hollis Tranter turned 100 on Monday.",
        "SUGGESTED: Bertram Quayle, oldest living lighthouse keeper, turns 104",
        "“I feel about 60,” Tranter said.",
    ]
    assert names(*blocks) == ["Hollis Tranter"]


def test_a_capitalised_label_inside_a_sentence_is_no_link():
    # near miss: a paragraph that only opens with a capitalised word and a colon is still prose
    blocks = ["WATCHING closely: Bertram Quayle, 88, who sailed with him in 1944."]
    assert names(*blocks) == ["Bertram Quayle"]


def test_a_syndicated_stories_original_author_is_staff():
    blocks = [
        "“I grew up on porridge,” said Hollis Tranter, who turned 100 on Monday.",
        "This story was originally published by Wren Allcott at KQLM.",
    ]
    assert names(*blocks) == ["Hollis Tranter"]


# --- a work set off after its kind ("her favourite hymn, Abide With Me,") -----------------------


def test_a_work_in_apposition_after_a_possessive_and_a_modifier_is_no_person():
    blocks = ["Ninety years on, Wilf Dacre still hums her favourite song, Velvet Harbour, every morning."]
    assert names(*blocks) == ["Wilf Dacre"]


def test_a_hymn_named_after_its_kind_is_no_person():
    assert names("His beloved hymn, Calder Vale, closed the service as Wilf Dacre wept.") == ["Wilf Dacre"]


def test_a_relative_after_a_possessive_and_a_modifier_is_still_a_person():
    # near miss: "her longtime partner, Ivo Brandt," is a person in apposition to a relation
    assert names("Her longtime partner, Ivo Brandt, said she sang every morning.") == ["Ivo Brandt"]


# --- "Forest" as a given name before a surname -----------------------------------------------------


def test_forest_opening_a_two_word_name_is_a_given_name():
    blocks = ["“The town was built by veterans,” said local historian Forest Quarrie."]
    assert names(*blocks) == ["Forest Quarrie"]


def test_forest_after_a_word_or_before_a_body_word_is_no_person():
    # near miss: "Harrow Forest" and "the Forest Service" are a place and a body
    assert names("Walkers in Harrow Forest were warned by the Forest Service on Sunday.") == []


# --- "children X and Y": given names after a plural family noun without a comma -------------------


def test_names_after_a_plural_family_noun_are_the_childrens():
    blocks = ["For children Odalys and Pim, “He was a wonderful dad.”"]
    assert names(*blocks) == ["Odalys", "Pim"]


def test_places_after_a_plural_family_noun_before_a_noun_are_no_names():
    # near miss: "children Kesby and Harrow schools" are schools, not children
    assert names("The fair drew children Kesby and Harrow schools had bussed in.") == []


# --- "It was hard for X to ...": X is the subject of the infinitive ------------------------------


def test_he_said_after_for_x_to_is_x():
    blocks = [
        "Ambrose Kettering turned 100 at the Legion hall on Saturday.",
        "“We all had a beer too many that night,” laughed veteran Cyril Pond.",
        "It was hard for Kettering to put into words what the party meant to him.",
        "“I’m not one for speeches,” he said.",
    ]
    assert speaker("I’m not one for speeches", *blocks) == "Ambrose Kettering"


def test_he_said_after_a_spokesman_for_x_stays_with_the_speaker():
    # near miss: "for X" without an infinitive names X only in passing
    blocks = [
        "Ambrose Kettering turned 100 at the Legion hall on Saturday.",
        "“We all had a beer too many that night,” laughed veteran Cyril Pond.",
        "The cake was baked for Kettering by the hall's volunteers.",
        "“Nobody remembers the rest,” he said.",
    ]
    assert speaker("Nobody remembers the rest", *blocks) == "Cyril Pond"


# --- words about someone after narration whose subject is an unnamed group ------------------------


def test_words_about_him_after_others_describe_him_are_no_ones():
    blocks = [
        "Linus Harrowgate, 100, says he is a man of few words.",
        "Others describe Harrowgate as much more than that.",
        "“Linus was always the joker of the company.”",
    ]
    assert speaker("Linus was always the joker of the company", *blocks) is None


def test_his_familys_words_about_him_are_no_ones():
    blocks = [
        "Linus Harrowgate turned 100 on Saturday.",
        "Harrowgate's family was glad to gather for the day.",
        "“It's special that we can honour him on his birthday.”",
    ]
    assert speaker("It's special that we can honour him on his birthday", *blocks) is None


def test_words_not_about_him_after_friends_rallied_stay_his():
    # near miss: the words do not talk about the one named, so they are still his
    blocks = [
        "Linus Harrowgate turned 100 on Saturday.",
        "Friends rallied around Harrowgate after the flood.",
        "“I couldn't have done it without them.”",
    ]
    assert speaker("I couldn't have done it without them", *blocks) == "Linus Harrowgate"


# --- a caption whose credit is in square brackets ---------------------------------------------------


def test_a_caption_with_a_bracketed_credit_is_a_caption():
    blocks = [
        "Neighbours wave signs reading “Happy 100th” outside the house on Sunday. [Ada Pirlo/Correspondent]",
        "“I never expected this,” said Linus Harrowgate, who turned 100.",
    ]
    article = parse(*blocks)
    assert [b.kind for b in article.blocks][:1] == ["caption"]
    assert [q.text for q in article.quotes] == ["I never expected this,"]


def test_a_sentence_ending_in_a_bracketed_aside_is_no_caption():
    # near miss: a bracket with no credit in it is an editor's aside
    blocks = ["The mayor said the parade would go ahead [as planned] this weekend. [Updated]"]
    assert [b.kind for b in parse(*blocks).blocks] == ["paragraph"]


# --- "Cities" and "Corridor" end the names of places ---------------------------------------------


def test_twin_cities_and_an_arts_corridor_are_places():
    blocks = [
        "Speakers included Quad Cities arts consultant Ilse Marrow, who helped the Kesby Arts Corridor raise funds."
    ]
    assert names(*blocks) == ["Ilse Marrow"]


# --- a title listed after another title keeps being a title ------------------------------------------


def test_a_second_title_in_a_list_is_a_title_with_its_full_stop_inside():
    blocks = ["Her early hits included “Harbour Lights” and “Never Leave the Mill.” She toured for decades."]
    assert parse(*blocks).quotes == []


def test_a_second_chant_after_a_chant_is_still_speech():
    # near miss: words after a quotation (not a title) are judged as they would be alone
    blocks = ["Marchers chanted “Fund our schools,” and “Put kids first,” as they passed City Hall."]
    assert [q.text.rstrip(",") for q in parse(*blocks).quotes] == ["Fund our schools", "Put kids first"]


# --- a surname never introduced, after words in the first person -----------------------------------


def test_a_lone_surname_after_first_person_words_is_a_person():
    blocks = ["The mural took eleven weeks to paint.", "“I wanted it to tell a story,” Okonjo-Brandt said."]
    assert names(*blocks) == ["Okonjo-Brandt"]
    assert speaker("I wanted it to tell a story", *blocks) == "Okonjo-Brandt"


def test_a_lone_name_after_words_in_the_plural_is_no_person():
    # near miss: a body speaks as "we"
    blocks = ["The mural took eleven weeks to paint.", "“We are proud to have funded it,” Kesbury said."]
    assert names(*blocks) == []


# --- "a Nina Pell mural": the person a work portrays ---------------------------------------------------


def test_a_name_between_a_determiner_and_a_mural_is_a_person():
    assert names("It was the year a Dolores Quayle mural went up on Fifth Street.") == ["Dolores Quayle"]


def test_a_place_before_a_mural_is_no_person():
    # near miss: "the Harrow Park mural" is a mural in a park
    assert names("The Harrow Park mural was repainted in May.") == []


# --- "X, a restaurant cook,": a trade after a thing noun describes a person ------------------------


def test_a_trade_after_a_thing_noun_in_apposition_describes_a_person():
    blocks = [
        "Tobiah Renwick, a 57-year-old restaurant cook, never thought of leaving.",
        "Saoirse Blennan, a storm chaser and drone pilot, arrived at dusk.",
    ]
    assert names(*blocks) == ["Tobiah Renwick", "Saoirse Blennan"]


def test_a_shop_described_by_a_thing_noun_is_still_a_shop():
    # near miss: "a restaurant his aunt opened" describes a place
    assert names("Lindgard Kitchen, a restaurant his aunt opened, closed on Friday.") == []


# --- a clipping's header line ending in its byline ----------------------------------------------------


def test_a_header_line_ending_in_by_a_name_is_a_byline():
    blocks = [
        "Harbour Courier (Kesby, ME) - - LOCAL NEWS - By Odile Pranger",
        "“It was life or death,” Tamsin Orrell said.",
    ]
    assert names(*blocks) == ["Tamsin Orrell"]


def test_a_sentence_about_a_book_by_a_name_still_names_the_author():
    # near miss: a sentence (with its full stop) that mentions a book by someone
    blocks = ["The prize went to a memoir - By Odile Pranger - about the flood."]
    assert names(*blocks) == ["Odile Pranger"]


# --- a surname in capitals opening a paragraph after a break ("KESTLE didn't ...") ------------------


def test_a_known_surname_in_capitals_opening_a_paragraph_is_that_person():
    blocks = [
        "Both Wilma Tresk and Odette Varnum won blue ribbons.",
        "“It won my heart,” said Varnum of the pecan pie.",
        "TRESK didn’t say where her recipe came from, but she uses dark syrup.",
        "“My mother swore by it,” she said.",
    ]
    assert speaker("My mother swore by it", *blocks) == "Wilma Tresk"


def test_capitals_opening_a_paragraph_that_name_no_one_are_no_person():
    # near miss: a word in capitals that is no one's surname names no one
    blocks = ["FAIRGOERS lined up early for the judging.", "“It won my heart,” said Odette Varnum."]
    assert names(*blocks) == ["Odette Varnum"]
