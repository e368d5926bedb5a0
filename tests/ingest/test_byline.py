"""Bylines: parsed authors and affiliation, kept out of the story's people."""

from articles.ingest.byline import is_staff_credit, parse_byline, proper_case
from articles.ingest.parse import parse_seed

from .helpers import parse


def test_by_two_names_joined_by_and():
    assert parse_byline("By Mirela Dunst and Tobin Grael").authors == ["Mirela Dunst", "Tobin Grael"]


def test_all_capitals_names_are_properly_cased():
    assert parse_byline("By MIRELA DUNST").authors == ["Mirela Dunst"]


def test_comma_then_agency_is_the_affiliation():
    byline = parse_byline("By MIRELA DUNST, Associated Press")
    assert (byline.authors, byline.affiliation) == (["Mirela Dunst"], "Associated Press")


def test_bar_then_agency_is_the_affiliation():
    byline = parse_byline("By Mirela Dunst | Reuters")
    assert (byline.authors, byline.affiliation) == (["Mirela Dunst"], "Reuters")


def test_list_of_three_authors_then_affiliation():
    byline = parse_byline("By Mirela Dunst, Tobin Grael and Ines Vakh, The Canadian Press")
    assert byline.authors == ["Mirela Dunst", "Tobin Grael", "Ines Vakh"]
    assert byline.affiliation == "The Canadian Press"


def test_dash_before_a_name_in_capitals_is_a_byline():
    assert parse_byline("- TOBIN GRAEL").authors == ["Tobin Grael"]


def test_by_the_time_is_not_a_byline():
    assert parse_byline("By the time the rain stopped, the river had risen") is None


def test_by_a_year_is_not_a_byline():
    assert parse_byline("By 2030 the city will have two new bridges") is None


def test_by_a_weekday_is_not_a_byline():
    assert parse_byline("By Monday, the shelters were full") is None


def test_by_staff_is_not_a_byline():
    assert parse_byline("By Staff Reporter") is None


def test_scottish_and_irish_prefixes_are_cased():
    assert proper_case("CALUM MCDRAVE O'FEENY") == "Calum McDrave O'Feeny"


def test_mixed_case_name_is_kept_as_written():
    assert proper_case("Tobin deVries") == "Tobin deVries"


def test_parsed_article_carries_the_byline():
    article = parse("By Mirela Dunst | Reuters", "The council met on Monday and approved the plan.")
    assert article.byline.authors == ["Mirela Dunst"]
    assert article.byline.affiliation == "Reuters"


def test_article_without_a_byline_has_none():
    assert parse("The council met on Monday and approved the plan.").byline is None


def test_byline_author_is_not_one_of_the_people():
    article = parse("By Mirela Dunst", "Mayor Oskar Pell said the council approved the plan.")
    assert [p.name for p in article.people] == ["Oskar Pell"]


def test_byline_author_named_in_the_story_is_one_of_the_people():
    article = parse("By Mirela Dunst", "Mirela Dunst, a councillor, said the plan was approved.")
    assert [p.name for p in article.people] == ["Mirela Dunst"]


def test_byline_on_the_first_line_of_the_lead_block_is_found():
    text = (
        " date 2024-03-05 Council approves budget\n\nBy Mirela Dunst\nDUNMORE (AP) \u2014 Mayor Oskar Pell said the "
        "council approved the plan.\n"
    )
    article = parse_seed(text)
    assert article.byline.authors == ["Mirela Dunst"]
    assert [p.name for p in article.people] == ["Oskar Pell"]


def test_names_in_capitals_run_straight_into_the_desk():
    byline = parse_byline("By MIRELA DUNST AP Sports Writer")
    assert (byline.authors, byline.affiliation) == (["Mirela Dunst"], "AP Sports Writer")


def test_two_names_in_capitals_then_the_agency_without_a_comma():
    byline = parse_byline("By MIRELA DUNST and TOBIN GRAEL Associated Press")
    assert (byline.authors, byline.affiliation) == (["Mirela Dunst", "Tobin Grael"], "Associated Press")


def test_a_job_title_after_a_comma_is_the_affiliation():
    byline = parse_byline("By Mirela Dunst, Senior Correspondent")
    assert (byline.authors, byline.affiliation) == (["Mirela Dunst"], "Senior Correspondent")


def test_a_title_and_an_outlet_after_commas_are_the_affiliation():
    byline = parse_byline("By Mirela Dunst, Political Editor, The Evening Ledger")
    assert (byline.authors, byline.affiliation) == (["Mirela Dunst"], "Political Editor, The Evening Ledger")


def test_a_dateline_place_is_not_part_of_the_name():
    assert parse_byline("By Mirela Dunst in Lisbon").authors == ["Mirela Dunst"]


def test_by_contrast_is_not_a_byline():
    assert parse_byline("By contrast, the bridge stayed open") is None


def test_by_a_time_of_day_in_capitals_is_not_a_byline():
    assert parse_byline("By Late Afternoon") is None
    assert parse_byline("By Mid-Morning Crowds") is None


def test_a_name_followed_by_a_clause_is_not_a_byline():
    assert parse_byline("By Mirela Dunst, who chairs the committee") is None


def test_agency_initials_after_a_name_are_the_affiliation_not_a_surname():
    byline = parse_byline("By Mirela Dunst AP")
    assert (byline.authors, byline.affiliation) == (["Mirela Dunst"], "AP")


def test_a_name_in_capitals_and_one_in_mixed_case_are_both_authors():
    byline = parse_byline("By MIRELA DUNST and Tobin Grael, Associated Press")
    assert (byline.authors, byline.affiliation) == (["Mirela Dunst", "Tobin Grael"], "Associated Press")


def test_reporting_and_editing_credits_are_a_staff_credit():
    assert is_staff_credit("Reporting by Mirela Dunst in Lisbon; Editing by Tobin Grael")
    assert is_staff_credit("(Additional reporting by Ines Vakh; writing by Mirela Dunst)")


def test_a_sentence_about_reporting_is_not_a_staff_credit():
    assert not is_staff_credit("Reporting by local papers was criticised by Mayor Oskar Pell.")
    assert not is_staff_credit("Mirela Dunst contributed to this report.")


def test_names_in_a_staff_credit_are_not_people_of_the_story():
    article = parse("Mayor Oskar Pell said the plan was approved.", "Reporting by Mirela Dunst; Editing by Tobin Grael")
    assert [p.name for p in article.people] == ["Oskar Pell"]
    assert "Reporting by Mirela Dunst" in article.blocks[-1].text  # kept in the body


def test_a_closing_imperative_is_not_part_of_the_name():
    article = parse("Mayor Oskar Pell said the plan was approved.", "Contact Mirela Dunst at the desk.")
    assert [p.name for p in article.people] == ["Oskar Pell", "Mirela Dunst"]


def test_written_by_is_a_byline():
    assert parse_byline("Written by Mirela Dunst").authors == ["Mirela Dunst"]
    assert parse_byline("Story by MIRELA DUNST, The Evening Ledger").authors == ["Mirela Dunst"]


def test_written_by_the_end_of_a_sentence_is_not_a_byline():
    assert parse_byline("Written by the council in 2019, the plan was never used") is None


def test_a_pictures_credit_standing_alone_is_a_staff_credit():
    for line in [
        "Photo by Mirela Dunst",
        "(Photo: Mirela Dunst / The Ledger)",
        "Mirela Dunst/Reuters",
        "Credit: Mirela Dunst",
    ]:
        assert is_staff_credit(line), line


def test_a_sentence_about_a_photo_is_not_a_staff_credit():
    assert not is_staff_credit("Photo by photo, the album tells the town's story.")
    assert not is_staff_credit("Mayor Oskar Pell said the photo was fake.")


def test_edited_with_reporting_and_story_credits_are_staff_credits():
    for line in ["Edited by Tobin Grael", "With reporting by Ines Vakh in Kesby", "Story by Mirela Dunst."]:
        assert is_staff_credit(line), line


def test_credit_sentences_after_a_full_stop_are_one_staff_credit():
    assert is_staff_credit("Story by Mirela Dunst. Photos by Tobin Grael.")
    assert is_staff_credit("Reporting by Mirela Q. Dunst in Lisbon; Editing by Tobin Grael")  # an initial is no stop
    assert not is_staff_credit("Reporting by Mirela Dunst. She lives in Lisbon.")


def test_surnames_and_given_names_with_an_inner_capital_are_names():
    byline = parse_byline("By Kyla MacDunst and DeShawn McGrael, Reuters")
    assert (byline.authors, byline.affiliation) == (["Kyla MacDunst", "DeShawn McGrael"], "Reuters")


def test_a_brand_with_an_inner_capital_is_still_not_a_byline():
    assert parse_byline("By JetKesby Airways") is None
