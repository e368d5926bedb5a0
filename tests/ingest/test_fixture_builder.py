"""FixtureBuilder: a batch's records built a part at a time are the records of the whole batch."""

from pathlib import Path

from articles.ingest.parse import parse_seed
from articles.ingest.to_fixture import FixtureBuilder, build_fixture

CORPUS = Path(__file__).resolve().parent / "corpus"


def corpus_articles():
    return [parse_seed(path.read_bytes(), path.name) for path in sorted(CORPUS.glob("*.txt"))]


def test_parts_added_in_order_give_the_records_of_the_whole_batch():
    articles = corpus_articles()
    articles += articles[:3]  # the same headlines again: slugs made unique across parts
    builder = FixtureBuilder(time_zone="Europe/London", status="draft")
    article_records, quote_records, byline_records = [], [], []
    for start in range(0, len(articles), 4):
        parts = builder.add(articles[start : start + 4])
        article_records += parts[0]
        quote_records += parts[1]
        byline_records += parts[2]

    whole = build_fixture(articles, time_zone="Europe/London", status="draft")
    assert (
        builder.person_records() + builder.author_records() + article_records + quote_records + byline_records == whole
    )
    assert len({record["fields"]["slug"] for record in article_records}) == len(articles)


def test_a_person_record_grows_with_the_parts_that_name_them():
    builder = FixtureBuilder()
    first = parse_seed("date 2024-03-01 Floods\n\nAna Reyes said the river rose on Monday.\n", "a.txt")
    later = parse_seed(
        "date 2024-03-02 Council meets\n\nMayor Ana Reyes opened the hall. “We are ready,” Reyes said.\n", "b.txt"
    )
    builder.add([first])
    before = builder.person_fields("ana-reyes")
    builder.add([later])
    after = builder.person_fields("ana-reyes")

    assert before["name"] == after["name"] == "Ana Reyes"
    assert (before["title"], before["aliases"]) == ("", "")
    assert (after["title"], after["aliases"]) == ("Mayor", "Reyes")
    assert [r["fields"] for r in builder.person_records()] == [after]
