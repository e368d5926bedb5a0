"""Speakers of answers in interviews, press conferences, court evidence and profiles, each rule on an
invented example: an answer with no cue after a question put by a reporter or a lawyer, a reply
introduced by "X's response?", and a role or epithet for the one being questioned."""

from .helpers import speaker

# --- an answer with no cue after a question put to someone -------------------------------------


def test_an_answer_after_an_unnamed_reporters_question_is_the_one_questioned():
    blocks = [
        "Transport Secretary Odile Varga was leaving the depot when the questions began.",
        "“Are the trains safe?” a reporter shouted.",
        "“Safer than they were a year ago.”",
    ]
    assert speaker("Safer than they were a year ago", *blocks) == "Odile Varga"


def test_an_answer_after_asked_another_goes_to_the_one_who_just_answered():
    blocks = [
        "Transport Secretary Odile Varga was leaving the depot when the questions began.",
        "“Are the trains safe?” a reporter shouted.",
        "“Safer than they were a year ago.”",
        "“Will fares rise?” asked another.",
        "“Not this winter.”",
    ]
    assert speaker("Not this winter", *blocks) == "Odile Varga"


def test_an_answer_after_a_lawyers_question_is_the_witnesses():
    blocks = [
        "Examined by prosecutor Tomas Lindgren, the caretaker, Rufus Pellow, said he locked the gate at nine.",
        "Defence counsel Maud Ferrante took a different line.",
        "“You had been drinking that night, hadn’t you?” Ferrante asked.",
        "“Two pints, no more.”",
    ]
    assert speaker("Two pints, no more", *blocks) == "Rufus Pellow"


def test_a_rhetorical_question_continuing_a_speaker_is_not_put_to_anyone():
    blocks = [
        "Farmer Rufus Pellow has watched the river rise three times this year.",
        "Councillor Odile Varga visited on Tuesday.",
        "“The water came in at midnight,” Pellow said.",
        "“Who builds houses on a flood plain?” he asked.",
        "“Nobody who has to live in them.”",
    ]
    assert speaker("Nobody who has to live in them", *blocks) == "Rufus Pellow"


def test_a_named_askers_question_without_you_is_not_put_to_the_last_subject():
    blocks = [
        "Councillor Odile Varga visited the estate on Tuesday.",
        "Tenant Rufus Pellow showed her the damp in his kitchen.",
        "“What kind of landlord lets this happen?” Pellow asked.",
        "“It has been like this since March.”",
    ]
    assert speaker("It has been like this since March", *blocks) == "Rufus Pellow"


# --- "X's response?" before the words ------------------------------------------------------------


def test_words_after_a_named_owners_response_question_are_theirs():
    blocks = [
        "Mill owner Rufus Pellow said the river had been dredged in May.",
        "Environment officer Odile Varga disputes that. Pellow’s response? “She has never been down here.”",
    ]
    assert speaker("She has never been down here", *blocks) == "Rufus Pellow"


def test_words_after_her_answer_question_are_hers():
    blocks = [
        "Rufus Pellow asked the head teacher, Odile Varga, whether the school would close.",
        "Her answer? “Not while I am here.”",
    ]
    assert speaker("Not while I am here", *blocks) == "Odile Varga"


def test_a_longer_question_naming_someone_is_not_an_owner_of_the_words():
    blocks = [
        "Mill owner Rufus Pellow said the river had been dredged in May.",
        "Did Odile Varga’s office ever answer his letters? “Never,” Pellow said.",
    ]
    assert speaker("Never", *blocks) == "Rufus Pellow"


# --- an epithet the text put before a name -----------------------------------------------------


def test_the_demonym_as_subject_goes_to_the_one_introduced_with_it_before_his_name():
    blocks = [
        "Irishman Tomas Lindgren beat Rufus Pellow 6-4 in the final on Sunday.",
        "Pellow, the top seed, said he had been “outplayed from the first frame”.",
        "The Irishman was asked whether he had expected to win. “Not in a million years,” he said.",
    ]
    assert speaker("Not in a million years", *blocks) == "Tomas Lindgren"


def test_the_veteran_goes_to_the_one_introduced_as_a_veteran_defender():
    blocks = [
        "A late goal from veteran defender Tomas Lindgren earned Harwick a draw with Oldmere.",
        "Oldmere manager Rufus Pellow said his side had “switched off”.",
        "The veteran said: “I have scored three in ten years, so I will enjoy this one.”",
    ]
    assert speaker("I have scored three in ten years, so I will enjoy this one", *blocks) == "Tomas Lindgren"


def test_a_description_word_some_words_before_a_name_does_not_introduce_him():
    blocks = [
        "Veteran fans cheered Tomas Lindgren off the pitch at Harwick.",
        "Oldmere manager Rufus Pellow said his side had “switched off”.",
        "The veteran said: “We will be back.”",
    ]
    assert speaker("We will be back", *blocks) != "Tomas Lindgren"


# --- a role subject opening the narration before an answer -------------------------------------


def test_an_answer_after_the_role_was_asked_whether_she_would_is_the_role_holders():
    blocks = [
        "Coroner Odile Varga said the inquest would resume on Friday.",
        "Skipper Ana Lindqvist, whose brother drowned, said she was “furious”.",
        "The coroner was asked whether she would call the ferry’s owners.",
        "“Yes, before the winter.”",
    ]
    assert speaker("Yes, before the winter", *blocks) == "Odile Varga"


def test_a_role_subject_in_a_sentence_with_its_own_closing_tag_does_not_take_the_words():
    blocks = [
        "Coroner Odile Varga said the inquest would resume on Friday.",
        "Skipper Ana Lindqvist lost her brother in the sinking.",
        "The coroner was slow to act, she said.",
        "“We still have no answers.”",
    ]
    assert speaker("We still have no answers", *blocks) == "Ana Lindqvist"


# --- a trade epithet is not a relative brought in only as a relative ---------------------------


def test_the_trade_epithet_skips_a_relative_named_last_and_goes_to_the_profiles_subject():
    blocks = [
        "Odile Varga has restored church organs for thirty years.",
        "“Every pipe has a voice,” says Varga, who runs the workshop alone.",
        "Her father, Tomas Lindgren, still visits the workshop on Sundays.",
        "“He checks my soldering. He is never satisfied,” the engineer says.",
    ]
    assert speaker("He checks my soldering. He is never satisfied", *blocks) == "Odile Varga"


def test_a_relative_with_the_trade_in_her_title_is_still_the_one_named_last():
    blocks = [
        "Odile Varga has restored church organs for thirty years.",
        "“Every pipe has a voice,” says Varga, who runs the workshop alone.",
        "Her mother, Ana Lindgren, a retired nurse, lives above the shop.",
        "“I bandage her fingers twice a week,” the nurse says.",
    ]
    assert speaker("I bandage her fingers twice a week", *blocks) == "Ana Lindgren"


# --- an office named by its function -------------------------------------------------------------


def test_the_prosecutor_is_the_district_attorney_named_earlier():
    blocks = [
        "District Attorney Odile Varga announced the charges on Monday.",
        "Defence lawyer Ana Lindqvist called the case “built on sand”.",
        "Asked about the defence’s claim, the prosecutor smiled.",
        "“We will see them in court.”",
    ]
    assert speaker("We will see them in court", *blocks) == "Odile Varga"


def test_the_prosecutor_is_not_a_defence_attorney():
    blocks = [
        "Defense attorney Ana Lindqvist said her client would plead not guilty.",
        "“He was at home that night,” the prosecutor said.",
    ]
    assert speaker("He was at home that night", *blocks) is None


# --- "he added" after a sentence naming another man ---------------------------------------------


def test_he_added_goes_on_from_the_reporter_past_a_man_named_since_who_has_not_spoken():
    blocks = [
        "“We were second best all night,” said Harwick coach Tomas Lindgren.",
        "“I should have scored twice,” said winger Milo Dunne.",
        "Lindgren added that striker Rufus Pellow had twisted an ankle. Ivo Brandt sat beside him in the dressing room.",
        "“Rufus is tough, but it looks bad,” he added.",
    ]
    assert speaker("Rufus is tough, but it looks bad", *blocks) == "Tomas Lindgren"


def test_he_added_stays_with_a_man_named_since_who_has_spoken_himself():
    blocks = [
        "“We were second best all night,” said Harwick coach Tomas Lindgren.",
        "“I should have scored twice,” said striker Ivo Brandt.",
        "Lindgren added that the pitch had been poor. Brandt agreed with his coach.",
        "“The ball was bouncing everywhere,” he added.",
    ]
    assert speaker("The ball was bouncing everywhere", *blocks) == "Ivo Brandt"


# --- an answer after narration of someone asking whether ... -----------------------------------


def test_words_after_a_named_asker_asked_whether_answer_the_question():
    blocks = [
        "Hospital trust chief executive Odile Varga told the inquiry the ward had been short of nurses.",
        "Inquiry chair Tomas Lindgren asked whether she had warned the board.",
        "“Twice, in writing, in March and again in May.”",
    ]
    assert speaker("Twice, in writing, in March and again in May", *blocks) == "Odile Varga"


def test_words_after_asked_a_named_person_are_that_persons():
    blocks = [
        "Inquiry chair Tomas Lindgren opened the session at ten.",
        "Lindgren asked finance director Ana Lindqvist about the agency bills.",
        "“They doubled in a year. Nobody wanted to look at them.”",
    ]
    assert speaker("They doubled in a year. Nobody wanted to look at them", *blocks) == "Ana Lindqvist"


def test_words_after_someone_was_asked_whether_stay_with_the_one_asked():
    blocks = [
        "Inquiry chair Tomas Lindgren opened the session at ten.",
        "Chief executive Odile Varga was asked whether she had warned the board.",
        "“Twice, in writing.”",
    ]
    assert speaker("Twice, in writing", *blocks) == "Odile Varga"


# --- a lede's office, named in the next paragraph ------------------------------------------------


def test_a_lede_about_the_head_of_a_body_is_the_office_holder_named_next():
    blocks = [
        "The leader of the country’s largest teaching union said on Monday that a strike ballot was “now inevitable.”",
        "Odile Varga, general secretary of the National Federation of Teachers, told delegates in "
        "Harrogate that the pay offer was “a cut by another name.”",
    ]
    assert speaker("now inevitable", *blocks) == "Odile Varga"


def test_a_lede_about_the_head_of_a_body_is_not_a_resident_named_next():
    blocks = [
        "The leader of the county council said on Monday that the bridge would stay shut for “months, not weeks.”",
        "Odile Varga, who lives beside the bridge, said the closure had doubled her commute.",
    ]
    assert speaker("months, not weeks", *blocks) is None


# --- an answer after a question the narration puts -----------------------------------------------


def test_words_after_a_narrated_question_are_the_interviewees_answer():
    blocks = [
        "Speaking to the Gazette on Friday, council leader Odile Varga said the library would stay open.",
        "Was a sale of the building ever considered? “Never. It was left to the town.”",
    ]
    assert speaker("Never. It was left to the town", *blocks) == "Odile Varga"


def test_a_narrated_question_naming_someone_does_not_take_this_rule():
    blocks = [
        "Council leader Odile Varga said the library would stay open.",
        "Would Tomas Lindgren, the opposition leader, agree? “Not a chance.”",
    ]
    assert speaker("Not a chance", *blocks) != "Odile Varga"


# --- a profile's subject going on about the man the narration just named --------------------------


def test_words_about_him_after_narration_about_her_brother_are_hers():
    blocks = [
        "Helen Varga has run the bakery on Quay Street since 1988.",
        "“I get up at three. I always have,” she says.",
        "Her brother Ciaran, a priest, did not speak to her for a decade after she left the convent.",
        "“He thought bread was a hobby. He sends me a postcard every Christmas.”",
    ]
    assert speaker("He thought bread was a hobby. He sends me a postcard every Christmas", *blocks) == "Helen Varga"


def test_words_about_her_after_narration_about_her_brother_stay_his():
    blocks = [
        "Odile Varga has run the bakery on Quay Street since 1988.",
        "“I get up at three. I always have,” she says.",
        "Her brother Tomas Varga, a fisherman, moved to Norway in 1990.",
        "“She never takes a holiday. She never will.”",
    ]
    assert speaker("She never takes a holiday. She never will", *blocks) == "Tomas Varga"


# --- "the veteran lawmaker" after an opening "Asked about ..." clause ------------------------------


def test_the_veteran_lawmaker_is_the_legislator_not_the_aide_named_last():
    blocks = [
        "Rep. Odile Varga will not seek a ninth term.",
        "Her press secretary, Ana Lindqvist, said the decision was made at Easter.",
        "Asked about her likely successor, the veteran lawmaker smiled.",
        "“Whoever it is will need thick skin.”",
    ]
    assert speaker("Whoever it is will need thick skin", *blocks) == "Odile Varga"


def test_words_about_him_after_asked_about_him_the_role_are_the_role_holders():
    blocks = [
        "Rep. Odile Varga will not seek a ninth term.",
        "“I have loved every day of it,” she said.",
        "Her press secretary, Ana Lindqvist, said the decision was made at Easter. "
        "“She told us over breakfast,” Lindqvist said.",
        "Governor Tomas Brandt is expected to run. Asked about him, the lawmaker was careful.",
        "“He would be a fine candidate.”",
    ]
    assert speaker("He would be a fine candidate", *blocks) == "Odile Varga"


def test_of_two_lawmakers_the_one_whose_pronoun_the_clause_uses():
    blocks = [
        "Sen. Helen Varga is retiring after five terms.",
        "“It is time,” she said.",
        "Her old rival, Sen. Tomas Brandt, said he would miss her.",
        "Asked about the race to replace her, the veteran lawmaker picked her words carefully.",
        "“It is up to the voters.”",
    ]
    assert speaker("It is up to the voters", *blocks) == "Helen Varga"


def test_of_two_lawmakers_the_latest_when_the_clause_has_no_possessive():
    blocks = [
        "Sen. Helen Varga is retiring after five terms.",
        "“It is time,” she said.",
        "Her old rival, Sen. Tomas Brandt, said he would miss her.",
        "Asked about the race to replace her, the veteran lawmaker smiled.",
        "“Helen will be hard to replace.”",
    ]
    assert speaker("Helen will be hard to replace", *blocks) == "Tomas Brandt"


def test_a_heckle_without_you_from_an_unnamed_resident_is_not_put_to_the_official():
    blocks = [
        "Council leader Odile Varga presented the plan to about 200 residents at the town hall.",
        "“Who is going to pay for all this?” one man shouted from the back.",
        "“It won’t be the developers.”",
    ]
    assert speaker("It won’t be the developers", *blocks) is None


def test_words_after_someone_asked_whether_go_on_from_her_when_she_has_just_spoken():
    blocks = [
        "Chief executive Tomas Lindgren told the inquiry the ward had been fully staffed.",
        "“We were short every night,” said nurse Ana Lindqvist, who worked there for six years.",
        "Lindqvist asked whether anyone had read her emails.",
        "“I sent eleven of them. Not one reply.”",
    ]
    assert speaker("I sent eleven of them. Not one reply", *blocks) == "Ana Lindqvist"


# --- a reply to the one asked, named behind a role ----------------------------------------------


def test_he_replied_is_the_one_asked_behind_a_role_in_apposition():
    blocks = [
        "Prosecutor Odile Varga asked the witness, Tomas Brandt, where he had been that night.",
        "“At my brother’s flat,” he replied.",
    ]
    assert speaker("At my brother’s flat", *blocks) == "Tomas Brandt"


def test_he_replied_after_asking_about_someone_in_a_clause_stays_with_the_pronouns_referent():
    blocks = [
        "Defence counsel Ivo Lindgren questioned the detective, Sgt Tomas Brandt, for an hour.",
        "Lindgren asked whether the search had been lawful, and the judge, Ana Ruiz, intervened.",
        "“It was authorised,” he replied.",
    ]
    assert speaker("It was authorised", *blocks) != "Ana Ruiz"


# --- "Her response was short." before words with no cue -----------------------------------------


def test_words_after_a_sentence_about_her_response_are_hers():
    blocks = [
        "Headteacher Odile Varga was shown the inspectors’ report on Monday. Governor Tomas Brandt called it “damning”.",
        "Her response was brief.",
        "“We will read it carefully and we will improve.”",
    ]
    assert speaker("We will read it carefully and we will improve", *blocks) == "Odile Varga"


def test_words_after_a_sentence_about_a_named_owners_reply_are_theirs():
    blocks = [
        "Headteacher Odile Varga was shown the inspectors’ report on Monday. Governor Tomas Brandt called it “damning”.",
        "Brandt’s reply to her letter came a week later.",
        "“The governors have lost confidence.”",
    ]
    assert speaker("The governors have lost confidence", *blocks) == "Tomas Brandt"


def test_a_sentence_about_her_response_does_not_own_words_with_their_own_tag():
    blocks = [
        "Headteacher Odile Varga was shown the inspectors’ report on Monday.",
        "Her response was brief.",
        "“It is a fair report,” said Governor Tomas Brandt.",
    ]
    assert speaker("It is a fair report", *blocks) == "Tomas Brandt"


# --- a speaker going on across narration about someone acted upon ---------------------------------


def test_words_after_narration_about_a_man_released_on_bail_go_on_from_the_officer():
    blocks = [
        "“Two men are in custody tonight,” said Detective Superintendent Odile Varga.",
        "The pair, aged 19 and 23, were held in Bradford. A third man, Tomas Brandt, 52, was released without charge.",
        "“We are not seeking anyone else in connection with the attack.”",
    ]
    assert speaker("We are not seeking anyone else in connection with the attack", *blocks) == "Odile Varga"


def test_words_after_narration_about_a_man_who_acts_are_his():
    blocks = [
        "“Two men are in custody tonight,” said Detective Superintendent Odile Varga.",
        "A third man, Tomas Brandt, 52, walked free from the station on Tuesday afternoon.",
        "“I had nothing to do with it.”",
    ]
    assert speaker("I had nothing to do with it", *blocks) == "Tomas Brandt"


# --- officials taking turns: "followed by X, who said ..." ----------------------------------------


def test_words_after_she_was_followed_by_an_official_who_said_are_his():
    blocks = [
        "“The school will reopen on Monday,” said council leader Odile Varga.",
        "She was followed at the podium by the county’s fire chief, Tomas Brandt, who said the roof was sound.",
        "“We checked every beam twice.”",
    ]
    assert speaker("We checked every beam twice", *blocks) == "Tomas Brandt"


def test_words_after_she_thanked_an_official_who_arrived_stay_hers():
    blocks = [
        "“The school will reopen on Monday,” said council leader Odile Varga.",
        "She thanked the county’s fire chief, Tomas Brandt, who arrived before dawn.",
        "“His crews were magnificent.”",
    ]
    assert speaker("His crews were magnificent", *blocks) == "Odile Varga"


# --- an interviewer's question standing alone before a tagged answer -------------------------------


def test_a_question_alone_before_her_tagged_answer_is_not_hers():
    blocks = [
        "Olympic champion Odile Varga met us at the velodrome in Manchester.",
        "“Will you ride in Paris?”",
        "“If my knee lets me,” she said.",
    ]
    assert speaker("Will you ride in Paris?", *blocks) is None
    assert speaker("If my knee lets me", *blocks) == "Odile Varga"


def test_a_rhetorical_question_inside_her_paragraph_stays_hers():
    blocks = [
        "Olympic champion Odile Varga met us at the velodrome in Manchester.",
        "“I still love it,” she said. “Why else would I be here at six in the morning?”",
        "“It is not for the money,” she said.",
    ]
    assert speaker("Why else would I be here at six in the morning?", *blocks) == "Odile Varga"


# --- a Q&A whose turns are labelled with initials ---------------------------------------------------


def test_initials_labelling_a_turn_name_the_one_person_with_those_initials():
    blocks = [
        "The novelist Odile Varga talked to our books editor, Tom Reed, about her new book.",
        "TR: “Why a thriller, after six literary novels?”",
        "OV: “Because I wanted people to finish one.”",
    ]
    assert speaker("Why a thriller, after six literary novels?", *blocks) == "Tom Reed"
    assert speaker("Because I wanted people to finish one", *blocks) == "Odile Varga"


def test_initials_that_two_people_share_name_no_one():
    blocks = [
        "Tom Reed and Tina Ross run the shop together.",
        "TR: “We open at nine.”",
    ]
    assert speaker("We open at nine", *blocks) is None


def test_a_lede_about_the_top_prosecutor_is_the_district_attorney_named_next():
    blocks = [
        "The county’s top prosecutor said on Tuesday that the fraud was “the largest in our history.”",
        "District Attorney Odile Varga said 14 people would be charged.",
    ]
    assert speaker("the largest in our history", *blocks) == "Odile Varga"


def test_a_lede_about_the_top_prosecutor_is_not_a_neighbour_named_next():
    blocks = [
        "The county’s top prosecutor said on Tuesday that the shooting was “cold-blooded.”",
        "Neighbour Odile Varga said she heard four shots.",
    ]
    assert speaker("cold-blooded", *blocks) is None


def test_words_naming_the_narrated_player_go_on_from_the_coach():
    blocks = [
        "“We were second best,” said Harwick coach Tomas Brandt.",
        "Striker Ivo Lindgren, signed for £4m in August, has scored once in 11 games.",
        "“Ivo will come good. I have no doubt about that.”",
    ]
    assert speaker("Ivo will come good. I have no doubt about that", *blocks) == "Tomas Brandt"


def test_words_not_naming_the_narrated_player_are_his():
    blocks = [
        "“We were second best,” said Harwick coach Tomas Brandt.",
        "Striker Ivo Lindgren, signed for £4m in August, has scored once in 11 games.",
        "“The goals will come. I am not worried.”",
    ]
    assert speaker("The goals will come. I am not worried", *blocks) == "Ivo Lindgren"
