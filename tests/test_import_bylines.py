"""Bylines through the importer: authors created or reused by slug (never changed), bylines set
on articles the import creates or the desk has not touched, a desk change to the byline (or
tags, section) counted as an editorial edit, imports atomic and idempotent, and loaddata of the
converted fixture."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.domain.models import Article, Author, Byline, Section, Tag
from articles.importing import records as services

pytestmark = pytest.mark.django_db

STORY = (
    " date 2024-03-05 Council approves the harbour budget\n\n"
    "{byline}\n\n"
    "Mayor Oskar Pell said the council approved the plan on Monday.\n\n"
    "“We have waited long enough,” Pell said.\n"
)


def run(*args, **options) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


@pytest.fixture
def project(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    (tmp_path / "seeds").mkdir()
    return tmp_path


@pytest.fixture
def write_seed(project):
    def write(byline: str = "By Mirela Dunst and Tobin Grael | Reuters", name: str = "story.txt"):
        path = project / "seeds" / name
        path.write_text(STORY.format(byline=byline), encoding="utf-8")
        return path

    return write


def byline_slugs(article: Article) -> list[str]:
    return list(article.bylines.order_by("position").values_list("author__slug", flat=True))


def state():
    return (
        list(Author.objects.order_by("pk").values_list("pk", "slug", "name", "bio", "updated_at")),
        list(Byline.objects.order_by("pk").values_list("pk", "article_id", "author_id", "position")),
        list(Article.objects.order_by("pk").values_list("pk", "import_state", "updated_at", "version")),
    )


def test_an_import_creates_the_authors_and_the_byline_in_order(write_seed):
    output = run("import_seeds", str(write_seed()))

    article = Article.objects.get()
    assert byline_slugs(article) == ["mirela-dunst", "tobin-grael"]
    assert list(article.bylines.values_list("position", flat=True)) == [1, 2]
    assert Author.objects.get(slug="tobin-grael").name == "Tobin Grael"
    assert "authors: 2 created, 0 updated, 0 unchanged" in output


def test_a_seed_without_a_byline_creates_no_author(write_seed):
    run("import_seeds", str(write_seed(byline="The harbour board also met.")))
    assert Author.objects.count() == 0
    assert Byline.objects.count() == 0


def test_an_existing_author_is_reused_and_never_changed(write_seed):
    author = Author.objects.create(name="Mirela Dunst-Ayo", slug="mirela-dunst", bio="Covers the harbour.")
    before = Author.objects.values().get(pk=author.pk)

    output = run("import_seeds", str(write_seed(byline="By MIRELA DUNST, Associated Press")))

    assert Author.objects.count() == 1
    assert Author.objects.values().get(pk=author.pk) == before
    assert list(Article.objects.get().authors.all()) == [author]
    assert "authors: 0 created, 0 updated, 1 unchanged" in output


def test_importing_twice_changes_nothing(write_seed):
    seed = write_seed()
    run("import_seeds", str(seed))
    before = state()

    output = run("import_seeds", str(seed))

    assert state() == before
    assert "articles: 0 created, 0 updated, 1 unchanged" in output


def test_an_untouched_article_follows_its_seeds_new_byline(write_seed):
    run("import_seeds", str(write_seed()))
    article = Article.objects.get()

    output = run("import_seeds", str(write_seed(byline="By Tobin Grael, Ines Vakh and Mirela Dunst")))

    assert "articles: 0 created, 1 updated" in output
    assert byline_slugs(article) == ["tobin-grael", "ines-vakh", "mirela-dunst"]
    # and its new state is the clean one: the next import leaves it alone
    assert "articles: 0 created, 0 updated, 1 unchanged" in run(
        "import_seeds", str(write_seed(byline="By Tobin Grael, Ines Vakh and Mirela Dunst"))
    )


def reorder_the_byline(article):
    first, second = article.bylines.order_by("position")
    Byline.objects.filter(pk=first.pk).update(position=2)
    Byline.objects.filter(pk=second.pk).update(position=1)


def remove_an_author(article):
    article.bylines.filter(position=2).delete()


def add_an_author(article):
    Byline.objects.create(article=article, author=Author.objects.create(name="Ines Vakh", slug="ines-vakh"), position=3)


def add_a_tag(article):
    article.tags.add(Tag.objects.create(name="Harbour", slug="harbour"))


def set_the_section(article):
    Article.objects.filter(pk=article.pk).update(section=Section.objects.create(name="Local", slug="local"))


DESK_EDITS = [reorder_the_byline, remove_an_author, add_an_author, add_a_tag, set_the_section]


@pytest.mark.parametrize("edit", DESK_EDITS, ids=[edit.__name__ for edit in DESK_EDITS])
def test_a_desk_change_to_the_byline_tags_or_section_makes_the_reimport_skip_the_article(write_seed, edit):
    seed = write_seed()
    run("import_seeds", str(seed))
    edit(Article.objects.get())
    before = state()

    output = run("import_seeds", str(write_seed(byline="By Ines Vakh")))

    assert "Skipped 1 articles edited since their import" in output
    assert state() == before


def test_force_never_changes_the_byline_of_an_edited_article(write_seed):
    run("import_seeds", str(write_seed()))
    article = Article.objects.get()
    remove_an_author(article)

    run("import_seeds", str(write_seed(byline="By Ines Vakh")), force=True)

    assert byline_slugs(article) == ["mirela-dunst"]
    assert not Author.objects.filter(slug="ines-vakh").exists()


def test_a_checksum_without_byline_tags_or_section_is_the_one_stored_before_they_existed(write_seed):
    """Articles imported before bylines existed are not taken for edited ones."""
    run("import_seeds", str(write_seed(byline="The harbour board also met.")))
    stored = services._read_back([Article.objects.get().pk])
    (item,) = stored.values()
    assert item.author_ids == [] and item.tag_ids == []
    with_byline = services._Stored(item.article, item.quotes, item.corrections, item.person_ids, author_ids=[1])
    assert with_byline.checksum() != item.checksum() == item.article.import_state


def test_a_batch_with_a_bad_file_creates_no_author(write_seed, project):
    seed = write_seed()
    (project / "seeds" / "zz-bad.txt").write_bytes(b"")

    with pytest.raises(CommandError):
        run("import_seeds", str(project / "seeds"))

    assert (Author.objects.count(), Byline.objects.count(), Article.objects.count()) == (0, 0, 0)
    assert seed.exists()


def test_loaddata_of_the_converted_fixture_loads_authors_and_bylines_by_natural_key(write_seed, tmp_path):
    fixture = tmp_path / "bylines.json"
    message = run("convert_seed", str(write_seed()), output=fixture)
    assert "2 authors (2 bylines)" in message
    assert {r["model"] for r in json.loads(fixture.read_text(encoding="utf-8"))} >= {
        "articles.author",
        "articles.byline",
    }

    run("loaddata", str(fixture))
    article = Article.objects.get()
    assert byline_slugs(article) == ["mirela-dunst", "tobin-grael"]
    before = state()

    run("loaddata", str(fixture))  # natural keys: the same rows again, not new ones

    assert state()[:2] == before[:2]


def test_an_import_after_loaddata_keeps_one_byline_per_author(write_seed, tmp_path):
    fixture = tmp_path / "bylines.json"
    seed = write_seed()
    run("convert_seed", str(seed), output=fixture)
    run("loaddata", str(fixture))

    run("import_seeds", str(seed))

    assert Byline.objects.count() == 2
    assert Author.objects.count() == 2
