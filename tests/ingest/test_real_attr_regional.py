"""Who said it, in regional and local news (councils, health services, schools, clubs in the UK,
Ireland, Australia, New Zealand and Canada): kinds of attribution error found on real articles
(stop 31), each rule on an invented example."""

from .helpers import names, speaker

# --- "the cuts had left her “...”": a state told in the words of the one it left so ---------------


def test_a_state_someone_was_left_in_is_their_words():
    blocks = [
        "“The library was the heart of the village,” parish clerk Mina Farrow said.",
        "The closure, which came after two years of budget cuts, had left her “utterly deflated”.",
    ]
    assert speaker("utterly deflated", *blocks) == "Mina Farrow"


def test_the_paragraph_after_the_state_goes_on_in_her_words():
    blocks = [
        "“The library was the heart of the village,” parish clerk Mina Farrow said.",
        "The closure had left her “utterly deflated”.",
        "“I borrowed my first book there in 1961.”",
    ]
    assert speaker("I borrowed my first book there in 1961", *blocks) == "Mina Farrow"


def test_made_him_is_his_state_too():
    blocks = [
        "“We were told nothing,” Cllr Owen Tarrant said.",
        "The decision made him “furious beyond words”, he told the meeting later.",
    ]
    assert speaker("furious beyond words", *blocks) == "Owen Tarrant"


def test_a_state_others_were_left_in_is_not_the_last_speakers():
    blocks = [
        "“The library was the heart of the village,” parish clerk Mina Farrow said.",
        "The closure had left regular readers “utterly deflated”.",
    ]
    assert speaker("utterly deflated", *blocks) is None


# --- "“...?” asks campaigner, X,": present-tense verbs before their subject ----------------------


def test_asks_before_a_role_and_a_name_set_off_by_commas():
    blocks = ["“Do they think we cannot count?” asks campaigner, Mina Farrow, “That is the question.”"]
    assert speaker("Do they think we cannot count?", *blocks) == "Mina Farrow"
    assert speaker("That is the question", *blocks) == "Mina Farrow"


def test_adds_before_a_first_name_is_the_one_of_that_name():
    blocks = [
        "Parish clerk Mina Farrow has fought the closure for a year. Her brother, Owen Farrow, has not.",
        "“We will keep going,” explains Mina Farrow.",
        "“The hall is ours, not the council's,” adds Mina.",
    ]
    assert speaker("We will keep going", *blocks) == "Mina Farrow"
    assert speaker("The hall is ours, not the council's", *blocks) == "Mina Farrow"


# --- "Jane Doe – Local Democracy Reporter": a byline with a dash before the newsroom job -----------


def test_a_name_and_a_newsroom_job_after_a_dash_is_a_byline_not_a_person():
    blocks = [
        "Mina Farrow – Local Democracy Reporter",
        "A footbridge was closed after a fire, Cllr Owen Tarrant said.",
    ]
    assert names(*blocks) == ["Owen Tarrant"]


def test_a_name_and_an_office_after_a_dash_is_not_a_byline():
    from articles.ingest.byline import parse_byline

    assert parse_byline("Mina Farrow – Chief Executive Officer") is None
    assert parse_byline("Mina Farrow – Sports Editor").authors == ["Mina Farrow"]


# --- a few quoted words in reported speech right after the last speaker's paragraph -------------


def test_quoted_words_in_reported_speech_after_the_speakers_paragraph_are_hers():
    blocks = [
        "Resident Mina Farrow said she had kept bees on the hill for 20 years.",
        "“We bought it for the quiet.”",
        "The quarry would change all that, “badly disrupting” life on the hill.",
    ]
    assert speaker("badly disrupting", *blocks) == "Mina Farrow"


def test_quoted_words_after_a_paragraph_with_no_quotation_stay_unattributed():
    blocks = [
        "Resident Mina Farrow said she had kept bees on the hill for 20 years.",
        "The quarry would change all that, “badly disrupting” life on the hill.",
    ]
    assert speaker("badly disrupting", *blocks) is None


def test_quoted_words_in_a_sentence_with_a_pronoun_subject_are_left_to_the_pronoun():
    blocks = [
        "“We bought it for the quiet,” resident Mina Farrow said.",
        "Cllr Owen Tarrant disagreed.",
        "The quarry would bring “real jobs”, he said.",
    ]
    assert speaker("real jobs", *blocks) == "Owen Tarrant"


# --- capitalised bodies, rules and events that read like two names ------------------------------


def test_rules_an_event_and_a_grade_of_staff_are_not_people():
    blocks = [
        "Farmers met at the Kesby Farm Days site to oppose the Kesby Water Quality Standards, Cllr Owen Tarrant said.",
        "Fire crews and Kesby Civil Defence volunteers helped, and Senior Staff Nurses ran the clinic.",
    ]
    assert names(*blocks) == ["Owen Tarrant"]


def test_a_mid_district_is_a_place_not_a_person():
    blocks = [
        "Julie Ruiz, Mid Kesby’s housing manager, said homes were needed.",
        "Mid Kesby will favour local families when the flats are let.",
    ]
    assert names(*blocks) == ["Julie Ruiz"]


# --- "in the phrase a “...”": wording cited from a text is no one's ------------------------------


def test_words_cited_in_the_phrase_of_a_bylaw_are_no_ones():
    blocks = [
        "Cllr Owen Tarrant raised the lease at the meeting. He queried how the word “kept” should be read "
        "in the clause a “barn kept by the trust for the village.”",
    ]
    assert speaker("barn kept by the trust for the village", *blocks) is None


def test_words_he_used_in_a_phrase_of_his_own_stay_his():
    blocks = ["“It is a hall maintained for all,” Cllr Owen Tarrant said, using the phrase “for all” twice."]
    assert speaker("It is a hall maintained for all", *blocks) == "Owen Tarrant"
