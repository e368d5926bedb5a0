"""Bylines in the fixture: an `articles.author` record per author (natural key: slug) and an
`articles.byline` record per author of an article (natural key: article slug, author slug),
in byline order; nothing for an article without a byline line."""

import pytest

from articles.ingest.parse import parse_seed
from articles.ingest.to_fixture import build_fixture

from .helpers import seed

LEAD = "The council met on Monday and approved the plan, Mayor Oskar Pell said."


def records_of(*texts: str) -> list[dict]:
    return build_fixture([parse_seed(text, f"seed{i}.txt") for i, text in enumerate(texts)])


def of_model(records: list[dict], model: str) -> list[dict]:
    return [record["fields"] for record in records if record["model"] == f"articles.{model}"]


def test_a_seed_with_a_byline_gives_its_author_and_byline_records():
    records = records_of(seed("By Mirela Dunst | Reuters", LEAD))
    (author,) = of_model(records, "author")
    assert (author["name"], author["slug"], author["bio"]) == ("Mirela Dunst", "mirela-dunst", "")
    (article,) = of_model(records, "article")
    assert of_model(records, "byline") == [{"article": [article["slug"]], "author": ["mirela-dunst"], "position": 1}]


def test_a_seed_without_a_byline_gives_no_author_or_byline_record():
    records = records_of(seed(LEAD))
    assert of_model(records, "author") == []
    assert of_model(records, "byline") == []
    assert {record["model"] for record in records} == {"articles.person", "articles.article"}


def test_bylines_keep_the_order_of_the_byline_line():
    records = records_of(seed("By Mirela Dunst, Tobin Grael and Ines Vakh, The Canadian Press", LEAD))
    assert [(b["author"], b["position"]) for b in of_model(records, "byline")] == [
        (["mirela-dunst"], 1),
        (["tobin-grael"], 2),
        (["ines-vakh"], 3),
    ]


def test_authors_come_before_articles_and_bylines_after_them():
    """loaddata resolves natural keys in file order: what a record names must already be there."""
    models = [record["model"] for record in records_of(seed("By Mirela Dunst", LEAD))]
    assert models.index("articles.author") < models.index("articles.article") < models.index("articles.byline")


def test_the_same_author_in_two_seeds_is_one_author_record():
    first = seed("By Mirela Dunst", LEAD)
    second = seed("By MIRELA DUNST and Tobin Grael, Associated Press", LEAD, head=" date 2024-03-06 Bridge reopens\n\n")
    records = records_of(first, second)
    assert [author["slug"] for author in of_model(records, "author")] == ["mirela-dunst", "tobin-grael"]
    assert len(of_model(records, "byline")) == 3


def test_an_author_named_twice_on_one_byline_is_one_byline():
    records = records_of(seed("By Mirela Dunst and Mirela Dunst", LEAD))
    assert [b["position"] for b in of_model(records, "byline")] == [1]


def test_author_records_carry_the_seeds_time_so_the_fixture_is_stable():
    text = seed("By Mirela Dunst", LEAD)
    assert records_of(text) == records_of(text)
    (author,) = of_model(records_of(text), "author")
    assert author["created_at"].startswith("2024-03-05")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Mirela Dunst and Tobin Grael", ["mirela-dunst", "tobin-grael"]),
        ("By MIRELA DUNST, Associated Press", ["mirela-dunst"]),
        ("By Mirela Dunst | Reuters", ["mirela-dunst"]),
        ("By MIRELA DUNST AP Sports Writer", ["mirela-dunst"]),
        ("By MIRELA DUNST and TOBIN GRAEL Associated Press", ["mirela-dunst", "tobin-grael"]),
        ("By Mirela Dunst, Political Editor, The Evening Ledger", ["mirela-dunst"]),
        ("By Mirela Dunst in Lisbon", ["mirela-dunst"]),
    ],
)
def test_wire_copy_bylines_reach_the_fixture(line, authors):
    assert [b["author"][0] for b in of_model(records_of(seed(line, LEAD)), "byline")] == authors


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the day, the river had risen two metres",
        "By contrast, the bridge stayed open",
        "By Late Afternoon the square was empty",
        "By Monday, the shelters were full",
    ],
)
def test_a_first_paragraph_that_is_not_a_byline_gives_no_author(line):
    assert of_model(records_of(seed(line, LEAD)), "author") == []
