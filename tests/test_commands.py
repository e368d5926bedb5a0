import io
import json
import re
import shutil
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.domain.models import Article, Person, Quote

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_0e27a1244be42026.txt"
COMMITTED_FIXTURE = ROOT / "fixtures" / "seeds.json"


def run(*args, **options):
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def counts():
    return Article.objects.count(), Person.objects.count(), Quote.objects.count()


def snapshot():
    return (
        list(Article.objects.values_list("slug", "headline", "deck", "body", "status", "published_at")),
        list(Person.objects.values_list("slug", "name", "title", "aliases")),
        list(Quote.objects.values_list("pk", "article__slug", "position", "speaker__slug", "text", "is_partial")),
    )


def test_committed_fixture_is_what_the_converter_produces_now(tmp_path):
    output = tmp_path / "seeds.json"

    run("convert_seed", str(SEEDS), output=output)

    assert output.read_text(encoding="utf-8") == COMMITTED_FIXTURE.read_text(encoding="utf-8"), (
        "fixtures/seeds.json is stale: run `make fixtures`"
    )


def test_convert_seed_writes_articles_people_and_quotes(tmp_path):
    output = tmp_path / "out.json"

    message = run("convert_seed", str(SEED), output=output)

    records = json.loads(output.read_text(encoding="utf-8"))
    models = [record["model"] for record in records]
    assert models.count("articles.article") == 1
    assert models.count("articles.person") == 4
    assert models.count("articles.quote") == 7
    assert all("pk" not in record for record in records), "records must use natural keys only"
    assert "1 articles, 4 people, 7 quotes" in message


def test_convert_seed_refuses_a_bad_file_names_it_and_writes_nothing(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / "good.txt")
    (seeds / "bad.txt").write_text(" date 2024-02-30 An impossible date\n\nA paragraph.\n", encoding="utf-8")
    output = tmp_path / "out.json"
    output.write_text("previous content", encoding="utf-8")

    with pytest.raises(CommandError, match=r"bad\.txt:1"):
        run("convert_seed", str(seeds), output=output)

    assert output.read_text(encoding="utf-8") == "previous content"


def test_convert_seed_refuses_a_missing_path(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run("convert_seed", str(tmp_path / "missing.txt"), output=tmp_path / "out.json")


@pytest.mark.django_db
def test_loaddata_of_the_seed_fixture_loads_the_article_its_people_and_quotes():
    run("loaddata", "seeds")

    assert counts() == (1, 4, 7)
    article = Article.objects.get()
    assert article.is_published
    assert article.people.count() == 4
    assert not article.edited_since_import


@pytest.mark.django_db
def test_loaddata_twice_changes_nothing():
    run("loaddata", "seeds")
    before = snapshot()

    run("loaddata", "seeds")

    assert snapshot() == before


@pytest.mark.django_db
def test_a_bad_fixture_is_refused_and_loads_nothing(tmp_path):
    records = json.loads(COMMITTED_FIXTURE.read_text(encoding="utf-8"))
    records[-1]["fields"]["speaker"] = ["nobody-by-this-slug"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(records, indent=2), encoding="utf-8")
    # The line of the field that names the missing person (the last record's "speaker").
    line = max(n for n, text in enumerate(bad.read_text().splitlines(), 1) if '"speaker"' in text)

    with pytest.raises(CommandError, match=rf"bad\.json:{line}: articles\.quote “speaker”: .*does not exist"):
        run("loaddata", str(bad))

    assert counts() == (0, 0, 0)


@pytest.mark.django_db
def test_a_fixture_that_is_not_json_names_the_file_and_line(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('[\n  {"model": "articles.person",\n  "fields": {}\n', encoding="utf-8")

    with pytest.raises(CommandError, match=r"broken\.json.*line \d+"):
        run("loaddata", str(bad))

    assert counts() == (0, 0, 0)


@pytest.mark.django_db
def test_import_seeds_reports_created_then_unchanged():
    first = run("import_seeds", str(SEEDS))
    before = snapshot()
    second = run("import_seeds", str(SEEDS))

    assert "articles: 1 created, 0 updated, 0 unchanged" in first
    assert "quotes: 7 created" in first
    assert "articles: 0 created, 0 updated, 1 unchanged" in second
    assert "quotes: 0 created, 0 updated, 7 unchanged" in second
    assert snapshot() == before


@pytest.mark.django_db
def test_import_after_loaddata_updates_the_same_rows():
    run("loaddata", "seeds")
    before = snapshot()

    output = run("import_seeds", str(SEEDS))

    assert "articles: 0 created, 0 updated, 1 unchanged" in output
    assert snapshot() == before


@pytest.mark.django_db
def test_reimporting_an_edited_seed_updates_its_article_and_keeps_quote_permalinks(tmp_path):
    seed = tmp_path / SEED.name
    shutil.copy(SEED, seed)
    run("import_seeds", str(seed))
    quote_ids = set(Quote.objects.values_list("pk", flat=True))

    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nOne more paragraph from the wire.\n", encoding="utf-8")
    output = run("import_seeds", str(seed))

    assert "articles: 0 created, 1 updated" in output
    assert Article.objects.count() == 1
    assert "One more paragraph from the wire." in Article.objects.get().body
    assert set(Quote.objects.values_list("pk", flat=True)) == quote_ids


@pytest.mark.django_db
def test_an_article_edited_in_the_desk_is_skipped_unless_forced():
    run("import_seeds", str(SEEDS))
    article = Article.objects.get()
    article.headline = "An editor's better headline"
    article.save()

    output = run("import_seeds", str(SEEDS))

    assert "Skipped 1 articles edited since their import" in output
    assert SEED.name in output
    assert Article.objects.get().headline == "An editor's better headline"

    run("import_seeds", str(SEEDS), force=True)

    assert Article.objects.get().headline != "An editor's better headline"


@pytest.mark.django_db
def test_a_batch_with_one_bad_file_imports_nothing(tmp_path):
    shutil.copy(SEED, tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")

    with pytest.raises(CommandError, match="empty.txt"):
        run("import_seeds", str(tmp_path))

    assert counts() == (0, 0, 0)


@pytest.mark.django_db
def test_the_same_person_in_two_seeds_is_one_person(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace(" date 2022-02-25 ", " date 2022-02-26 Again: "), encoding="utf-8")

    run("import_seeds", str(tmp_path))

    assert Article.objects.count() == 2
    assert Person.objects.count() == 4
    assert Quote.objects.count() == 14


@pytest.mark.django_db
def test_create_editor_prints_the_password_once():
    first = run("create_editor")
    second = run("create_editor")

    user = get_user_model().objects.get(username="editor")
    password = first.split("password: ")[1].split()[0]
    assert user.is_staff and user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Editor"]
    assert user.check_password(password)
    assert "  password: " not in second and "exists already" in second


BAD_SEEDS = {
    "empty.txt": b"",
    "blank.txt": b"   \n\n  \n",
    "binary.txt": bytes(range(256)) * 4,
    "nul.txt": b" date 2022-02-25 Headline\n\nA paragraph\x00 with a NUL byte.\n",
    "no-date.txt": b"Just a headline\n\nA paragraph.\n",
    "impossible-date.txt": b" date 2024-02-30 Headline\n\nA paragraph.\n",
    "no-paragraphs.txt": b" date 2022-02-25 Headline only\n",
    "too-big.txt": b" date 2022-02-25 Headline\n\n" + b"word " * (1_100_000),
}


@pytest.mark.parametrize("name", sorted(BAD_SEEDS))
def test_a_bad_seed_is_refused_with_file_and_line_and_nothing_written(tmp_path, name):
    (tmp_path / name).write_bytes(BAD_SEEDS[name])
    output = tmp_path / "out.json"

    with pytest.raises(CommandError, match=rf"{re.escape(name)}:\d+: .+\(no fixture written\)"):
        run("convert_seed", str(tmp_path / name), output=output)

    assert not output.exists()


@pytest.mark.parametrize(
    "variant",
    [
        lambda text: ("\ufeff" + text).encode("utf-8"),
        lambda text: text.replace("\n", "\r\n").encode("utf-8"),
        lambda text: text.replace("\n", "\r").encode("utf-8"),
    ],
    ids=["bom", "crlf", "cr"],
)
def test_bom_and_windows_or_old_mac_line_ends_convert_the_same(tmp_path, variant):
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / SEED.name).write_bytes(variant(text))

    run("convert_seed", str(tmp_path / SEED.name), output=tmp_path / "variant.json")
    run("convert_seed", str(SEED), output=tmp_path / "plain.json")

    def without_source(name):  # the source key is each file's own path
        records = json.loads((tmp_path / name).read_text(encoding="utf-8"))
        for record in records:
            record["fields"].pop("source", None)
        return records

    assert without_source("variant.json") == without_source("plain.json")


def test_a_cp1252_seed_is_decoded(tmp_path):
    seed = tmp_path / "legacy.txt"
    seed.write_bytes(
        " date 2022-02-25 Caf\xe9 owners protest\n\n\x93We will stay open,\x94 said Ana Pereira.\n".encode("latin-1")
    )

    run("convert_seed", str(seed), output=tmp_path / "out.json")

    records = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    article = next(r for r in records if r["model"] == "articles.article")
    assert article["fields"]["headline"] == "Café owners protest"
    assert "“We will stay open,” said Ana Pereira." in article["fields"]["body"]


@pytest.mark.django_db
def test_import_seeds_reports_progress_on_large_batches(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    for number in range(60):
        (tmp_path / f"{number:03d}.txt").write_text(
            text.replace(" date 2022-02-25 ", f" date 2022-02-25 Part {number}: "), encoding="utf-8"
        )

    output = run("import_seeds", str(tmp_path))

    assert "  converted 30/60 articles" in output and "  converted 60/60 articles" in output
    assert "  loaded 60/60 articles" in output
    assert "articles: 60 created" in output


@pytest.mark.django_db
def test_a_parallel_batch_keeps_file_order_and_reports_its_first_bad_file(tmp_path, monkeypatch):
    from articles.importing import seedfiles

    monkeypatch.setattr(seedfiles, "PARALLEL_FROM", 2)
    text = SEED.read_text(encoding="utf-8")
    for number in range(6):
        (tmp_path / f"{number}.txt").write_text(
            text.replace(" date 2022-02-25 ", f" date 2022-02-25 No. {number}: "), encoding="utf-8"
        )

    articles = seedfiles.parse_files(seedfiles.seed_paths([tmp_path]))
    (tmp_path / "3.txt").write_bytes(b"")
    with pytest.raises(CommandError, match=r"3\.txt"):
        run("import_seeds", str(tmp_path))

    assert [a.source for a in articles] == [f"{n}.txt" for n in range(6)]
    assert counts() == (0, 0, 0)


@pytest.mark.django_db
def test_a_fixture_value_its_field_refuses_names_the_file_line_and_field(tmp_path):
    records = json.loads(COMMITTED_FIXTURE.read_text(encoding="utf-8"))
    article = next(r for r in records if r["model"] == "articles.article")
    article["fields"]["headline"] = "H" * 301
    bad = tmp_path / "long.json"
    bad.write_text(json.dumps(records, indent=2), encoding="utf-8")
    line = next(n for n, text in enumerate(bad.read_text().splitlines(), 1) if '"headline"' in text)

    with pytest.raises(CommandError, match=rf"long\.json:{line}: articles\.article “headline”: .*at most 300"):
        run("loaddata", str(bad))

    assert counts() == (0, 0, 0)
