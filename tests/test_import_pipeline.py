"""import_seeds converts in worker processes while it writes the parts already converted: the
result is that of one whole import, and a failure anywhere, in any part, writes nothing."""

import importlib.util
import io
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from reversion.models import Revision, Version

from articles.domain.models import Article, Person, Quote
from articles.importing import pipeline, records, seedfiles

GENERATOR = Path(__file__).resolve().parent.parent / "bench" / "generate_seeds.py"


@pytest.fixture
def generated(tmp_path):
    """60 generated seeds: people named by several of them, some with a title or alias only later."""
    spec = importlib.util.spec_from_file_location("generate_seeds", GENERATOR)
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    out = tmp_path / "seeds"
    generator.main(["--count", "60", "--out", str(out), "--seed", "1"])
    return sorted(out.glob("*.txt"))


@pytest.fixture
def in_parts(monkeypatch):
    """Workers from two files up, two files a worker task, each task's articles a part."""
    monkeypatch.setattr(seedfiles, "PARALLEL_FROM", 2)
    monkeypatch.setattr(seedfiles, "CHUNK", 2)
    monkeypatch.setattr(seedfiles, "PART", 1)
    added = []
    original = records.RecordsImport.add

    def add(self, article_rows, *rest):
        added.append(len(article_rows))
        return original(self, article_rows, *rest)

    monkeypatch.setattr(records.RecordsImport, "add", add)
    return added


def state():
    """Everything an import writes, by natural keys (primary keys differ between runs)."""
    Link = Article.people.through
    return (
        sorted(
            Article.objects.values_list(
                "source", "slug", "headline", "deck", "body", "status", "published_at", "import_checksum"
            )
        ),
        sorted(Person.objects.values_list("slug", "name", "title", "aliases", "version")),
        sorted(
            Quote.objects.values_list(
                "article__source", "position", "speaker__slug", "text", "is_partial", "reporting_verb", "paragraph"
            )
        ),
        sorted(Link.objects.values_list("article__source", "person__slug")),
        sorted(Version.objects.values_list("revision__comment", "content_type__model")),
        Revision.objects.count(),
    )


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_importing_in_parts_while_converting_gives_what_one_whole_import_gives(generated, in_parts):
    sources = seedfiles.source_keys(generated, settings.BASE_DIR)
    whole = seedfiles.fixture_records(
        seedfiles.parse_files(generated, names=sources), sources, time_zone=settings.TIME_ZONE, status="published"
    )
    records.import_records(whole)
    expected = state()
    for model in (Version, Revision, Quote, Article, Person):
        model.objects.all().delete()
    in_parts.clear()

    report = pipeline.import_seed_files(generated, sources, time_zone=settings.TIME_ZONE, status="published")

    assert len(in_parts) == 30 and sum(in_parts) == 60
    assert state() == expected
    # The state checksums (of primary keys too, so not compared above) are those of the rows as stored.
    stored = records._read_back(list(Article.objects.values_list("pk", flat=True)))
    assert all(item.article.import_state == item.checksum() for item in stored.values())
    assert report.created["articles"] == 60
    assert report.created["people"] == len(expected[1])


@pytest.mark.django_db
def test_a_bad_seed_late_in_a_parallel_import_writes_nothing_though_parts_were_written(generated, in_parts):
    generated[45].write_bytes(b"")

    with pytest.raises(CommandError, match=rf"{generated[45].name}.*nothing imported"):
        run("import_seeds", str(generated[0].parent))

    assert sum(in_parts) >= 35  # the parts before the bad seed were written, then rolled back
    assert (Article.objects.count(), Person.objects.count(), Quote.objects.count()) == (0, 0, 0)
    assert Revision.objects.count() == Version.objects.count() == 0


def _fail_on(name, how):
    real = seedfiles.parse_seed

    def parse_seed(data, filename):
        if filename.endswith(name):
            how()
        return real(data, filename=filename)

    return parse_seed


def _raise():
    raise RuntimeError("converter bug")


@pytest.mark.django_db
def test_an_unexpected_error_in_a_worker_is_reported_with_the_seeds_file_name(generated, in_parts, monkeypatch):
    monkeypatch.setattr(seedfiles, "parse_seed", _fail_on(generated[23].name, _raise))

    with pytest.raises(CommandError, match=rf"{generated[23].name}:0: internal error.*RuntimeError: converter bug"):
        run("import_seeds", str(generated[0].parent))

    assert Article.objects.count() == Revision.objects.count() == 0


@pytest.mark.django_db
def test_a_worker_that_dies_stops_the_import_with_nothing_written(generated, in_parts, monkeypatch):
    monkeypatch.setattr(seedfiles, "parse_seed", _fail_on(generated[31].name, lambda: os._exit(1)))

    with pytest.raises(CommandError, match="converter process stopped unexpectedly.*nothing imported"):
        run("import_seeds", str(generated[0].parent))

    assert Article.objects.count() == Person.objects.count() == Revision.objects.count() == 0


def _prepare_fails_on_the_eighth(article):
    if "/000007_" in article.source or article.source.startswith("000007_"):
        raise KeyError("speaker")
    return article


def test_an_error_in_a_workers_own_step_after_parsing_names_the_file(generated, in_parts):
    names = seedfiles.source_keys(generated, settings.BASE_DIR)
    expected = rf"{generated[7].name}:0: internal error.*KeyError"
    with (
        pytest.raises(seedfiles.ParseError, match=expected),
        seedfiles.parsed_parts(generated, names, then=_prepare_fails_on_the_eighth) as parts,
    ):
        list(parts)
