"""Kinds of attribution error found on real court, inquest and crime copy (stop 31), each rule on
an invented example: words a court heard that close a sentence after a few more words, and an
unnamed witness brought in with "a" who is later "the witness"."""

from .helpers import parse, speaker

# --- "..., a jury has heard." closing the sentence a few words after the quotation -------------


def test_words_mid_sentence_that_a_court_heard_are_no_ones():
    blocks = [
        "A woman poisoned her husband believing he was “plotting against her” with his brother, a jury has heard.",
        "Mara Quell, 41, denies murder.",
        "“He was frightened of her,” said prosecutor Hal Denning.",
    ]
    assert speaker("plotting against her", *blocks) is None
    assert speaker("He was frightened of her", *blocks) == "Hal Denning"


def test_words_a_named_subject_said_before_a_court_heard_stay_the_subjects():
    # near miss: a verb of saying in the sentence gives the words to its subject
    blocks = [
        "Mara Quell told police she had felt “trapped for years” in the marriage, a jury has heard.",
        "“I had nowhere to go,” Quell said in her interview.",
    ]
    assert speaker("trapped for years", *blocks) == "Mara Quell"


# --- "A young cyclist ..." then "The young cyclist told police ...": someone unnamed -----------


def test_the_witness_brought_in_with_a_is_unnamed_later():
    blocks = [
        "Lena Barrow had earlier admitted the killing of her uncle Tomas Reyes.",
        "“A young cyclist was waiting at the lights when the van turned,” said prosecutor Hal Denning.",
        "The young cyclist told police that she was checking her phone when she heard “a sudden bang” from the junction.",
    ]
    assert speaker("a sudden bang", *blocks) is None


def test_the_witness_named_after_a_comma_is_that_person():
    # near miss: "A witness, Ines Varga," names the witness, so "the witness" is hers
    blocks = [
        "A witness, Ines Varga, said she saw the car leave at speed.",
        "The witness told the court she heard “a loud crash” moments later.",
    ]
    assert speaker("a loud crash", *blocks) == "Ines Varga"


# --- "X “...” when ..., coroner Dr Y told the inquest.": a named tag closing the sentence -------


def test_a_named_tag_closing_the_sentence_owns_words_quoted_inside_it():
    blocks = [
        "Oona Pell, 19, “missed a vital chance” of survival when staff failed to spot her illness, "
        "coroner Dr Ivo Brandt told the inquest at Harrow.",
    ]
    assert speaker("missed a vital chance", *blocks) == "Ivo Brandt"


def test_a_verb_of_saying_before_the_words_keeps_them_its_subjects():
    # near miss: "Pell said she had “no warning” ..., Dr Brandt told the inquest" -- Pell's words
    blocks = [
        "Oona Pell said she had “no warning” before the fall, coroner Dr Ivo Brandt told the inquest.",
    ]
    assert speaker("no warning", *blocks) == "Oona Pell"


# --- "the defendant" is never the judge named before ------------------------------------------


def test_the_defendant_is_not_the_judge_named_before():
    blocks = [
        "Judge Ana Lobo found the officer not guilty of assault after a two-day trial.",
        "“I am troubled by this prosecution,” she said.",
        "Though the defendant told reporters he was “relieved” by the verdict, he may yet face an inquiry.",
    ]
    assert speaker("relieved", *blocks) is None
    assert speaker("I am troubled by this prosecution", *blocks) == "Ana Lobo"


def test_the_defendant_named_before_is_still_the_defendant():
    # near miss: a defendant the story names is the one "the defendant" means
    blocks = [
        "Defendant Rhys Dunmore, 33, denies the charge.",
        "The defendant told the court he was “nowhere near” the house that night.",
    ]
    assert speaker("nowhere near", *blocks) == "Rhys Dunmore"


# --- "... through a spokeswoman. / “...”": an unnamed source, not the last speaker ---------------


def test_words_after_an_unnamed_spokeswoman_are_not_the_last_speakers():
    blocks = [
        "Judge Ana Lobo questioned why the charge had been brought at all.",
        "“I wonder whether this prosecution would have gone ahead,” she said.",
        "Police replied later through a spokeswoman.",
        "“Our role is to put matters before the court.”",
    ]
    assert speaker("Our role is to put matters before the court", *blocks) is None


def test_words_after_a_paragraph_naming_the_speaker_continue_the_run():
    # near miss: a paragraph that names someone is no unnamed source
    blocks = [
        "Judge Ana Lobo questioned why the charge had been brought at all.",
        "“I wonder whether this prosecution would have gone ahead,” she said.",
        "Lobo also rejected a statement from the defence.",
        "“It changes nothing.”",
    ]
    assert speaker("It changes nothing", *blocks) == "Ana Lobo"


# --- "the distraught mother appealed to Minister X ... “...,” she said." ---------------------------


def test_she_after_an_unnamed_described_mother_is_no_one_named():
    blocks = [
        "On the courthouse steps, the distraught mother appealed to the Justice Minister Ines Varga to review the sentence.",
        "“I want the world to know my son's name,” she said.",
    ]
    assert speaker("I want the world to know my son's name", *blocks) is None


def test_she_after_a_named_mother_is_that_mother():
    # near miss: a mother named with the family noun as her title is the one "she" means
    blocks = [
        "His mother, Carla Voss, called on the Justice Minister Ines Varga to change the law.",
        "On the courthouse steps, the distraught mother said the family would keep fighting.",
        "“I want the world to know my son's name,” she said.",
    ]
    assert speaker("I want the world to know my son's name", *blocks) == "Carla Voss"


# --- "When the defendant heard the verdict, he sank. / “...,” he shouted." -------------------


def test_he_after_an_unnamed_defendant_is_no_one_named():
    blocks = [
        "Justice Ana Lobo told the jury they could return a majority verdict.",
        "When the defendant heard the verdict, he sank to his knees.",
        "“I'm innocent, I didn't do it,” he shouted.",
        "“I'm one of you.”",
    ]
    assert speaker("I'm innocent, I didn't do it", *blocks) is None
    assert speaker("I'm one of you", *blocks) is None


def test_he_after_a_named_defendant_is_that_defendant():
    # near miss: a defendant the story names and titles so is the one "he" means
    blocks = [
        "Defendant Rhys Dunmore, 33, was found guilty on Friday.",
        "As the defendant was led away, he turned to the gallery.",
        "“I'm innocent,” he shouted.",
    ]
    assert speaker("I'm innocent", *blocks) == "Rhys Dunmore"


# --- "A MAN who ...": a lede in capitals still says who the unnamed subject is -----------------


def test_a_lede_in_capitals_is_not_given_to_the_woman_named_next():
    blocks = [
        "A MAN who choked his partner and scrawled “you are next” on a mirror has been jailed.",
        "Rosa Vint was sure she would die after Tomas Pell, 40, told her, “Nobody will find you”.",
    ]
    assert speaker("you are next", *blocks) is None
    assert speaker("Nobody will find you", *blocks) == "Tomas Pell"


def test_a_lede_in_capitals_goes_to_the_man_named_next():
    # near miss: the man named first in the next paragraph is the lede's man
    blocks = [
        "A MAN who sprayed “you will pay for this” on his neighbour's van has been fined.",
        "Tomas Pell, 40, admitted criminal damage at Harrow magistrates court.",
    ]
    assert speaker("you will pay for this", *blocks) == "Tomas Pell"


# --- “..., who do you call,' the prosecutor asked.": a double quotation closed by a single mark ----


def test_a_double_quotation_closed_by_a_single_mark_before_its_tag_ends_there():
    blocks = [
        "Prosecutors then asked Officer Ivo Brandt about police procedure.",
        "\"If a stranger knocks late at night, who do you call,' Assistant District Attorney Ana Ruiz asked.",
        '"Take cover," Brandt said.',
    ]
    article = parse(*blocks)
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("If a stranger knocks late at night, who do you call,", "Ana Ruiz"),
        ("Take cover,", "Ivo Brandt"),
    ]


def test_a_single_mark_inside_a_double_quotation_with_no_tag_after_it_stays_inside():
    # near miss: a quoted phrase in single marks inside the double quotation is no lost closing mark
    blocks = ["\"We told them, 'not today,' and we meant it,\" said Ana Ruiz."]
    assert speaker("We told them, 'not today,' and we meant it", *blocks) == "Ana Ruiz"


# --- "..., a coroner said." closing the lede, "coroner Dr X" in the next paragraph --------------


def test_a_lede_tagged_a_coroner_said_is_the_coroner_named_next():
    blocks = [
        "A climber died after a rescue team's “costly delays” in reaching her, a coroner said yesterday.",
        "Oona Pell, 20, “lost a vital chance” when staff failed to act, coroner Dr Ivo Brandt told the inquest.",
    ]
    assert speaker("costly delays", *blocks) == "Ivo Brandt"


def test_a_lede_tagged_with_another_role_is_not_the_coroner_named_next():
    # near miss: "a judge said" is not the coroner the next paragraph names
    blocks = [
        "A climber died after a rescue team's “costly delays” in reaching her, a judge said yesterday.",
        "Oona Pell, 20, “lost a vital chance” when staff failed to act, coroner Dr Ivo Brandt told the inquest.",
    ]
    assert speaker("costly delays", *blocks) != "Ivo Brandt"


# --- "charged with ... “with intent to cause harm”": the wording of a charge ------------------


def test_words_after_charged_with_are_the_wording_of_the_charge():
    blocks = [
        "Driver Ivo Brandt refused to answer questions, claiming he had not seen “anyone” at all.",
        "He was charged with leaving the yard gate open “with intent to cause harm” but died before his trial.",
    ]
    assert speaker("with intent to cause harm", *blocks) is None


def test_words_after_charged_with_in_what_someone_told_the_court_stay_theirs():
    # near miss: a verb of saying before them makes them the speaker's words
    blocks = [
        "Driver Ivo Brandt refused to answer questions.",
        "He told the court he was charged with “something I never did” and wept.",
    ]
    assert speaker("something I never did", *blocks) == "Ivo Brandt"


# --- "X said ... and her own aunt told detectives ... “...”": the later clause's unnamed relative ----


def test_words_after_a_later_clause_with_an_unnamed_mother_are_not_the_first_speakers():
    blocks = [
        "Defense attorney Tom Pell said Nia had been kept home that week and her own aunt told detectives"
        " she thought the girl left because, “She hated that new school.”",
    ]
    assert speaker("She hated that new school", *blocks) is None


def test_a_named_speaker_and_her_mother_telling_police_together_stay_hers():
    # near miss: "X and her mother told" is one clause, X speaking with her mother
    blocks = ["Ana Ruiz and her mother told police they heard “a loud bang” at midnight."]
    assert speaker("a loud bang", *blocks) == "Ana Ruiz"


# --- "..., but Harte says ... / “...,” she said." with a surname two people share ---------------


HARTE = [
    "Milo Harte lost his bakery to the flood, and his wife Odile kept the books.",
    "“We had no warning at all,” Odile Harte said.",
    "Councillor Rosa Vint says the river wall is twenty years overdue.",
    "“Nobody has costed it properly,” Vint said.",
]


def test_she_after_a_shared_surname_reporting_is_the_one_of_them_who_spoke():
    blocks = [
        *HARTE,
        "The council will meet again in March, but Harte says the shop will not reopen.",
        "“We are done with that street,” she said.",
    ]
    assert speaker("We are done with that street", *blocks) == "Odile Harte"


def test_she_after_a_paragraph_without_the_shared_surname_stays_the_run_speakers():
    # near miss: no shared surname reports in the sentence before, so the run goes on
    blocks = [
        *HARTE,
        "Vint has asked for a vote on the wall before the spring tides.",
        "“We are done with that street,” she said.",
    ]
    assert speaker("We are done with that street", *blocks) == "Rosa Vint"


# --- "until she heard the other neighbour yell “...”": someone unnamed heard, not the listener -----


def test_words_an_unnamed_other_friend_was_heard_shouting_are_no_ones():
    blocks = [
        "Lena Barrow said she had dozed off until she heard the other neighbour yell “fetch the ladder”.",
    ]
    assert speaker("fetch the ladder", *blocks) is None


def test_words_a_named_person_was_heard_shouting_stay_theirs():
    # near miss: someone named between the hearing verb and the shout speaks
    blocks = ["Lena Barrow said she heard Tomas Reyes shout “get down” before the shots."]
    assert speaker("get down", *blocks) == "Tomas Reyes"
