"""Who said it, in politics and public-affairs copy from UK, Irish, Australian, New Zealand,
Canadian, Indian, African and Asian outlets (stop 31), each rule on an invented example:
judging verbs before "as", party labels before a name, junior ministers, scare quotes, link lines
and a possessive typed after a space."""

from articles.ingest.byline import is_staff_credit, parse_byline
from articles.ingest.marks import classify_mark

from .helpers import names, parse, quotes_by_text, speaker

# --- "dismissed X as “...”", "defended X as an “...”": the subject's own words ---------------------


def test_a_quotation_after_dismissed_as_is_the_subjects():
    blocks = [
        "Minister for Transport Dara Pellow has dismissed the censure motion against him as “a cheap"
        " sideshow” and accused the opposition of “wasting the House’s time”."
    ]
    assert speaker("a cheap sideshow", *blocks) == "Dara Pellow"
    assert speaker("wasting the House’s time", *blocks) == "Dara Pellow"


def test_two_words_after_defended_as_an_are_a_quotation_past_an_aside_between_dashes():
    blocks = [
        "Dara Pellow angered colleagues by voting twice on Wednesday.",
        "Mr Pellow later defended the two votes - on the harbour bill, which the council lost - as an “innocent slip”.",
    ]
    assert speaker("innocent slip", *blocks) == "Dara Pellow"


def test_a_passive_dismissed_as_is_no_judging_subject():
    article = parse("Critics say the plan is weak.", "The plan was dismissed as a “gimmick” by the council.")
    assert all(q.speaker is None for q in article.quotes)


# --- "Lib Dem X": a party label, not part of the name ------------------------------------------------


def test_lib_dem_before_a_name_is_a_label():
    assert names("Lib Dem Tamsin Orrell, who is on leave, was promised the chairman would abstain.") == [
        "Tamsin Orrell"
    ]


def test_lib_dems_before_two_names_is_a_label():
    assert names("Lib Dems Ana Kestle and Jo Vane voted against it.") == ["Ana Kestle", "Jo Vane"]


def test_the_speaker_named_with_a_party_label_is_found_by_her_honorific():
    blocks = [
        "Lib Dem Tamsin Orrell was promised the chairman would abstain.",
        "Chief Whip Dev Marlow supported him, however Ms Orrell rejected the excuse and said"
        " the episode was a “cynical breach of faith”.",
    ]
    assert speaker("cynical breach of faith", *blocks) == "Tamsin Orrell"


# --- "the Minister": the full minister, not a Minister of State ---------------------------------------


def test_the_minister_is_not_the_junior_minister_named_since():
    blocks = [
        "Minister for Transport Dara Pellow has dismissed the motion as “a stunt”.",
        "Mr Pellow said he would talk to Minister of State Aoife Brannock, who has not said how she will vote.",
        "In a post online, she said her ward came first.",
        "The Minister said the opposition was stalling the bill.",
        "“They should stop grandstanding.”",
    ]
    assert speaker("They should stop grandstanding", *blocks) == "Dara Pellow"


# --- "these alleged “volunteers”": a scare quote ------------------------------------------------------


def test_a_word_after_a_determiner_and_alleged_is_a_scare_quote():
    article = parse(
        "Ana Ruiz claimed that 300 guards were paid.",
        "This means the state spends millions on these alleged “guards”. Ruiz also alleged “fraud”.",
    )
    assert set(quotes_by_text(article)) == {"fraud"}


def test_a_word_after_the_so_called_is_a_scare_quote():
    article = parse("Ana Ruiz, the minister, spoke at the launch of the so-called “reset”.")
    assert article.quotes == []


# --- the opposition Kesby Movement described it as “...”: a body's word, not the person named before ---


def test_a_named_body_after_what_the_opposition_is_the_subject():
    blocks = [
        "Witness statements naming Dr Ivo Brandt tie the governing party to what the opposition Kesby"
        " Alliance for Fair Votes described on Monday as a “siege” of the villages."
    ]
    assert speaker("siege", *blocks) is None


# --- "Read: <a headline in title case>": a link, no person, and passed over -----------------------------


def test_a_read_link_in_title_case_is_no_text_of_the_story():
    assert is_staff_credit("Read: Harbour Ferry Crew Who Rescued Six Swimmers Honoured")
    assert not is_staff_credit("Read: the council said it would meet again.")


def test_a_quotation_under_a_link_line_continues_the_speaker_before_it():
    blocks = [
        "“The ferry will sail on time,” Ana Ruiz said.",
        "Read: Harbour Ferry Crew Who Rescued Six Swimmers Honoured",
        "“Nobody has cancelled anything. I checked the timetable myself.”",
    ]
    article = parse(*blocks)
    assert [p.name for p in article.people] == ["Ana Ruiz"]
    assert quotes_by_text(article)["Nobody has cancelled anything. I checked the timetable myself"].speaker == (
        "Ana Ruiz"
    )


# --- "the Kesby Party ‘s leader": a possessive typed after a space -----------------------------------------


def test_a_left_single_mark_before_s_after_a_space_is_an_apostrophe():
    text = "it reflected the Kesby People's Party \u2018s manifesto."
    assert classify_mark(text, text.index("\u2018"), "\u2018") == "apostrophe"


def test_a_possessive_typed_after_a_space_makes_no_quotation():
    article = parse("Ana Ruiz said it reflected the Kesby People's Party \u2018s manifesto.")
    assert article.quotes == []


# --- "X backed him, however Y dismissed it and said ...": the clause after the turn has its own subject ---


def test_the_subject_after_however_speaks_not_the_sentences_first_name():
    blocks = [
        "Ana Ruiz and Ivo Brandt sat on the committee.",
        "Ana Ruiz backed the chairman on Tuesday, however Ivo Brandt rejected the account and said it was"
        " “a deliberate betrayal”.",
    ]
    assert speaker("a deliberate betrayal", *blocks) == "Ivo Brandt"


def test_with_no_name_after_the_turn_the_first_subject_still_speaks():
    blocks = ["Ana Ruiz backed the chairman, but later said the vote was “a shambles”."]
    assert speaker("a shambles", *blocks) == "Ana Ruiz"


# --- "speaking on a show hosted by X stated that": the host is not the subject --------------------------


def test_the_host_after_hosted_by_is_not_he_for_the_guests_words():
    blocks = [
        "Opposition MP for Kesby, Kofi Mensah, has claimed that backbench MPs are short of money.",
        "The deputy whip, speaking on the Breakfast Hour hosted by Yaw Boateng stated that, most of them were"
        " never given a ministry.",
        "According to him, they rely on favours from friends of the government.",
        "“Several of them have come to me in private”, he alleged.",
    ]
    assert speaker("Several of them have come to me in private", *blocks) == "Kofi Mensah"


def test_a_president_styled_nana_after_appointed_by_is_no_topic_for_he():
    blocks = [
        "Opposition MP for Kesby, Kofi Mensah, has claimed that backbench MPs are short of money.",
        "He said they were passed over by President Nana Kwame Asante when the cabinet was named.",
        "“They feel forgotten,” he said.",
    ]
    assert speaker("They feel forgotten", *blocks) == "Kofi Mensah"


# --- ", while urging ...", ", adding that ...": the main clause's subject -----------------------------------


def test_a_participle_after_a_bodys_sentence_is_the_bodys_not_the_object_named():
    blocks = [
        "The Kesby Party (KP) on Monday, taunted Senate President, Ade Balogun over the primary, saying delegates"
        " snubbed him, while urging senators to “follow the delegates and find a new chamber leader.”"
    ]
    assert [q.speaker for q in parse(*blocks).quotes] == [None]


def test_a_participle_after_a_role_subject_is_the_role_holders():
    blocks = [
        "Senate President, Ade Balogun, lost the primary.",
        "In a quick reply, the Senate President called the Kesby Party (KP) statement reckless, adding that the"
        " “KP bosses lose sleep whenever the name Balogun comes up.”",
    ]
    article = parse(*blocks)
    assert [q.speaker for q in article.quotes] == ["Ade Balogun"]


# --- "X's response, which Y issued, also said": the owner's words ------------------------------------------


def test_an_owners_response_with_a_clause_naming_an_aide_is_the_owners():
    blocks = [
        "Senate President Ade Balogun hit back.",
        "Balogun’s reply which was set out in a note released by his adviser, Tunde Okafor, also said that “the KP"
        " spends more time watching rivals than governing.”",
    ]
    article = parse(*blocks)
    assert [q.speaker for q in article.quotes] == ["Ade Balogun"]


# --- "X's claim that he commands an “...” bloc": the claimant's word -----------------------------------------------------


def test_a_word_inside_a_clause_on_someones_claim_is_the_claimants():
    blocks = [
        "Opposition leader Dara Kesby wants to topple the government.",
        "Several MPs wrote to the speaker, denying they back Mr Kesby's claim that he commands an “unbeatable”"
        " bloc in the house.",
    ]
    assert speaker("unbeatable", *blocks) == "Dara Kesby"


# --- "making ‘untrue remarks’ against the Speaker": the mark closes before a preposition -------------


def test_a_single_mark_after_a_plural_closes_before_against():
    article = parse("Ana Ruiz was accused of making ‘reckless and untrue remarks’ against Speaker Ivo Brandt.")
    assert set(quotes_by_text(article)) == {"reckless and untrue remarks"}


# --- "According to the committee report ..., X was found to have made ‘...’": the document's words ---------------


def test_words_after_according_to_a_report_are_the_documents():
    blocks = [
        "According to the committee report published on Friday, Ana Ruiz was found to have made ‘reckless and"
        " untrue remarks’ against Speaker Ivo Brandt."
    ]
    assert [q.speaker for q in parse(*blocks).quotes] == [None]


def test_a_person_saying_after_according_to_a_report_still_speaks():
    blocks = ["According to the report, Ana Ruiz said the plan was “a disaster”."]
    assert speaker("a disaster", *blocks) == "Ana Ruiz"


# --- "OLIVER Dorran challenged ...": a lede's first word in capitals -------------------------------------------


def test_a_given_name_in_capitals_opening_the_lede_starts_the_name():
    blocks = ["OLIVER Dorran challenged Priya Kellow on spending.", "“It is a scandal,” Dorran said."]
    article = parse(*blocks)
    assert [p.name for p in article.people] == ["Oliver Dorran", "Priya Kellow"]
    assert speaker("It is a scandal", *blocks) == "Oliver Dorran"


def test_an_acronym_opening_the_lede_stays_as_printed():
    assert names("ANC chairwoman Thandi Mokoena spoke.") == ["Thandi Mokoena"]


# --- "Asked if Mr X's post had hurt the party, he said": not X ---------------------------------------------------


def test_a_man_named_in_an_asked_clause_is_not_he():
    blocks = [
        "Taoiseach Dara Pellow said the government was stable.",
        "He said party chairman Colm Tully’s post about Minister Joan Varley had been blown up by the media.",
        "Mr Pellow defended the meetings.",
        "Asked if the coalition was wobbling, he said: “We are getting on with the work.”",
        "He added: “We are united.”",
        "Asked if Mr Tully’s post about Ms Varley had hurt the party, he said: “Every remark gets picked over"
        " these days.”",
    ]
    assert speaker("Every remark gets picked over these days", *blocks) == "Dara Pellow"


# --- "Opposition leaders Ana Ruiz (NDP), ...": people, not a side or a firm ---------------------------------------


def test_names_after_opposition_leaders_with_their_parties_in_brackets_are_people():
    assert names(
        "Opposition leaders Dara Kesby (NDP), Ana Ruiz (Liberal), and Ivo Brandt (Green) accused the premier."
    ) == ["Dara Kesby", "Ana Ruiz", "Ivo Brandt"]


def test_a_side_after_leaders_in_a_table_is_no_person():
    assert names("Kesby are three points behind leaders Harrow Crown.") == []


# --- "..., says Green councillor X.": an inverted tag closing the sentence of a partial quotation -----------------


def test_a_partial_quotation_before_an_inverted_closing_tag_is_the_tags():
    blocks = [
        "A council audit of ward budgets was “a box-ticking exercise from start to finish” for the officials,"
        " says Green councillor Ana Ruiz.",
        "Ruiz spoke on Thursday.",
    ]
    assert speaker("a box-ticking exercise from start to finish", *blocks) == "Ana Ruiz"


# --- "Report by: X": a byline, not a person of the story ----------------------------------------------------


def test_report_by_with_a_colon_is_a_byline():
    assert parse_byline("Report by: Dana Kesby").authors == ["Dana Kesby"]
    assert names("Report by: Dana Kesby", "Backbenchers have rounded on Trade Minister Ana Ruiz.") == ["Ana Ruiz"]


# --- "dismissed allegations of ‘favouritism’": the accusers' word, not the one dismissing it -------------------


def test_words_after_dismissed_allegations_of_are_no_ones_named():
    blocks = [
        "Mr Pellow told the chamber he still backs Colm Tully and dismissed allegations of ‘backroom dealing’"
        " and ‘favouritism’.",
        "Dara Pellow spoke.",
    ]
    assert [q.speaker for q in parse(*blocks).quotes] == [None, None]


# --- "... the letter he sent in 2019 ... / The letter says: ‘...’": the sender's words ----------------------------


def test_a_letter_named_with_its_sender_before_speaks_for_the_sender():
    blocks = [
        "Taoiseach Dara Pellow has denied meddling in the bypass decision.",
        "Mr Pellow’s office later published the letter he sent in 2019, while he was housing minister, to the head of the"
        " planning board, Colm Tully, about the bypass.",
        "The letter says: ‘I would ask the board to look again at the route before any decision is made.’",
    ]
    assert [q.speaker for q in parse(*blocks).quotes] == ["Dara Pellow"]
