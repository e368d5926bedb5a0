"""The people stage's passes, each on its own (invented names throughout)."""

from articles.ingest import people as P
from articles.ingest.tokens import tokenize


def runs_of(text, common=frozenset(), the_words=frozenset()):
    toks = tokenize(text)
    runs = P.find_runs(("block", 0), text, toks, [], [])
    for run in runs:
        P.analyse_run(run, text, set(common), set(the_words))
    return runs


def names_of(text, **kw):
    return [(P._slice(text, r.name_tokens), r.org) for r in runs_of(text, **kw)]


def first_run(text):
    toks = tokenize(text)
    return P.find_runs(("block", 0), text, toks, [], [])[0], text


def segments(*texts):
    return [(("block", i), t) for i, t in enumerate(texts)]


def all_runs_of(*texts):
    tokenised = P.tokenise_segments(segments(*texts))
    return P.collect_runs(tokenised, {}, {}), tokenised


# --- analyse_run passes ----------------------------------------------------------------


def test_split_title_starts_the_name_after_the_last_title_word():
    run, _ = first_run("Deputy Mayor Oskar Pell spoke.")
    P.split_title(run)
    assert [t.core for t in run.name_tokens] == ["Oskar", "Pell"] and run.title_tokens == 2


def test_split_title_keeps_a_title_word_that_ends_the_run_after_a_given_name():
    run, _ = first_run("Then Margaret Judge spoke.")
    P.split_title(run)
    assert [t.core for t in run.name_tokens] == ["Margaret", "Judge"]


def test_split_title_keeps_a_surname_title_word_after_an_earlier_title():
    run, _ = first_run("Judge Orlo Bishop ruled.")
    P.split_title(run)
    assert [t.core for t in run.name_tokens] == ["Orlo", "Bishop"]


def test_trim_leading_words_drops_a_nationality():
    run, _ = first_run("Colombian Oskar Pell spoke.")
    P.trim_leading_words(run, set(), set())
    assert [t.core for t in run.name_tokens] == ["Oskar", "Pell"]


def test_organisation_word_makes_a_run_an_organisation():
    assert names_of("Shares in Pellbrook Partnership rose.")[-1] == ("Pellbrook Partnership", True)


def test_map_service_is_not_a_person():
    assert names_of("She checked Orbo Maps before leaving.")[-1][1] is True


def test_given_name_before_a_nationality_word_is_a_surname():
    assert names_of("Then Thomas Welsh scored twice.")[-1] == ("Thomas Welsh", False)


def test_lower_case_organisation_noun_after_the_run():
    run, text = first_run("Pellbrook Vantor shares fell.")
    assert P.followed_like_an_organisation(run, text)


def test_ticker_after_the_run():
    run, text = first_run("Pellbrook Vantor (NYSE: PVX) fell.")
    assert P.followed_like_an_organisation(run, text)


def test_determiner_before_the_run_makes_it_a_thing():
    text = "They read the Pellbrook Courier daily."
    toks = tokenize(text)
    run = P.find_runs(("block", 0), text, toks, [], [])[-1]
    assert P.introduced_like_a_thing(run)


def test_apposition_with_a_thing_noun_makes_it_a_thing():
    text = "They met at Vantor Pell, a restaurant his aunt opened."
    toks = tokenize(text)
    run = P.find_runs(("block", 0), text, toks, [], [])[-1]
    assert P.described_as_a_thing(run)


# --- build_roster passes ---------------------------------------------------------------


def test_tokenise_segments_lists_words_used_after_the():
    tokenised = P.tokenise_segments(segments("They cheered the Gulls on Sunday."))
    assert "gulls" in tokenised.the_words


def test_collect_runs_gives_one_list_per_segment():
    all_runs, _ = all_runs_of("Oskar Pell spoke.", "Mirela Dunst replied.")
    assert [len(runs) for _, runs in all_runs] == [1, 1]


def test_full_names_are_listed_once_in_reading_order():
    all_runs, _ = all_runs_of("Oskar Pell met Mirela Dunst.", "Oskar Pell left.")
    assert [name for name, _, _ in P.full_names(all_runs, set())] == ["Oskar Pell", "Mirela Dunst"]


def test_tail_of_one_longer_name_is_its_alias():
    assert P.group_partial_names(["Karl Lind Berg", "Lind Berg"])["Lind Berg"] == "Karl Lind Berg"


def test_first_two_words_of_one_name_of_three_are_its_alias_but_not_of_a_name_and_suffix():
    grouped = P.group_partial_names(["Ahmad Fauzi Ismail", "Ahmad Fauzi", "Karl Berg Jr.", "Karl Berg"])
    assert grouped["Ahmad Fauzi"] == "Ahmad Fauzi Ismail"
    assert grouped["Karl Berg"] == "Karl Berg"  # the father of Karl Berg Jr.


def test_titled_single_word_name_is_found():
    all_runs, tokenised = all_runs_of("Brazil star Orvalho scored.")
    assert [w for w, _, _ in P.titled_singles(all_runs, set(), tokenised.the_words)] == ["Orvalho"]


def test_titled_single_that_is_a_known_surname_is_not_added():
    names = P._Names(order=[("Oskar Pell", 0, 0)], canonical={"Oskar Pell": "Oskar Pell"})
    names.persons = {"Oskar Pell": P.ParsedPerson("Oskar Pell")}
    P.add_titled_singles(names, [("Pell", 1, 0)])
    assert list(names.persons) == ["Oskar Pell"]


def test_people_are_ordered_by_first_mention():
    names = P._Names(
        order=[("Oskar Pell", 1, 0), ("Mirela Dunst", 0, 5)],
        canonical={"Oskar Pell": "Oskar Pell", "Mirela Dunst": "Mirela Dunst"},
    )
    names.persons = {n: P.ParsedPerson(n) for n in ("Oskar Pell", "Mirela Dunst")}
    roster = P.Roster()
    P.order_people(roster, names)
    assert [p.name for p in roster.people] == ["Mirela Dunst", "Oskar Pell"]


def test_alias_table_holds_surname_and_given_name():
    table = P.alias_table({"Oskar Pell": "Oskar Pell"}, {"Oskar Pell": 0})
    assert table["Pell"] == {0} and table["Oskar"] == {0}


def test_title_word_that_is_a_known_surname_is_a_mention():
    roster = P.build_roster(segments("Judge Orlo Bishop sat.", "Judge Bishop said it was late."), {}, {})
    assert len(roster.mentions[("block", 1)]) == 1


def test_mention_after_a_lower_case_role_carries_the_title():
    roster = P.build_roster(segments("The club hired head coach Oskar Pell."), {}, {})
    assert roster.people[0].title == "head coach"


# --- personhood evidence ---------------------------------------------------------------


def evidence_for(text, name):
    all_runs, tokenised = all_runs_of(text)
    return P.has_personhood_evidence(name, P.personhood_evidence(all_runs), tokenised.common)


def test_reporting_verb_after_the_name_is_evidence():
    assert evidence_for("Zorvik Tamm said the road was closed.", "Zorvik Tamm")


def test_age_in_apposition_is_evidence():
    assert evidence_for("Zorvik Tamm, 54, was at home.", "Zorvik Tamm")


def test_who_after_the_name_is_evidence():
    assert evidence_for("Zorvik Tamm, who lives nearby, called for help.", "Zorvik Tamm")


def test_common_given_name_is_evidence():
    assert evidence_for("The prize went to Sharon Vell on Friday.", "Sharon Vell")


def test_place_preposition_without_other_evidence_is_a_place():
    assert not evidence_for("Power failed in Sharon Vale on Friday.", "Sharon Vale")


def test_organisation_that_says_it_is_not_a_person():
    # (a name with no organisation word, which an earlier pass would already catch: "Vantor Hydro")
    assert not evidence_for("Vantor Kell says it will restore power by Friday.", "Vantor Kell")


def test_an_organisation_word_catches_the_name_before_the_evidence_pass():
    assert names_of("Vantor Hydro says it will restore power by Friday.")[0] == ("Vantor Hydro", True)


def test_brand_like_word_without_a_given_name_is_not_a_person():
    assert not evidence_for("The deal lifted PellBrook Orvo again.", "PellBrook Orvo")


def test_last_word_used_as_a_lower_case_noun_is_not_a_person():
    assert not evidence_for("Vantor Estimates were lower, and the estimates fell.", "Vantor Estimates")


def test_unknown_pair_of_name_words_is_still_a_person():
    assert evidence_for("The final went to Zorvik Tamm on Friday.", "Zorvik Tamm")
