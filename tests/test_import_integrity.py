"""What an import may and may not change (articles/services.py's rules), how seeds are
identified, and that every change an import makes is recorded in History."""

import datetime as dt
import io
import shutil
from importlib import import_module
from pathlib import Path

import pytest
import reversion
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from reversion.models import Revision, Version

from articles.domain import workflow
from articles.domain.models import Article, Correction, Person, Quote
from articles.importing import records as services
from tests.factories import ArticleFactory

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0e27a1244be42026.txt"
SOURCE = "seeds/000_0e27a1244be42026.txt"

pytestmark = pytest.mark.django_db


def run(*args, **options):
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("olga", is_staff=True, is_superuser=True)
    return user


@pytest.fixture
def project(tmp_path, settings):
    """A project directory of our own: seeds under it are named relative to it."""
    settings.BASE_DIR = tmp_path
    (tmp_path / "seeds").mkdir()
    return tmp_path


def everything():
    """Every editorial value of every article, quote, link, correction and person."""
    return (
        list(
            Article.objects.order_by("pk").values_list(
                "pk", "slug", "headline", "deck", "body", "status", "published_at", "source"
            )
        ),
        list(Quote.objects.order_by("pk").values()),
        sorted(Article.people.through.objects.values_list("article_id", "person_id")),
        list(Correction.objects.order_by("pk").values()),
        list(Person.objects.order_by("pk").values_list("pk", "slug", "name", "title", "aliases")),
    )


def imported_article():
    run("import_seeds", str(SEED))
    return Article.objects.get()


def save_as(user, obj, comment="Edited in the desk."):
    with reversion.create_revision():
        obj.save()
        reversion.set_user(user)
        reversion.set_comment(comment)


# --- 1. A re-import never changes editorial state nor undoes the desk's edits ---------------------


def test_reimport_never_resurrects_a_retracted_article(editor):
    article = imported_article()
    workflow.apply_transition(article, "retract", editor, reason="Sources recanted.")
    before = everything()
    revisions = Revision.objects.count()

    output = run("import_seeds", str(SEED))

    assert "Skipped 1 articles edited since their import" in output and SOURCE in output
    assert everything() == before
    assert Revision.objects.count() == revisions

    run("import_seeds", str(SEED), force=True)

    article.refresh_from_db()
    assert article.status == Article.Status.RETRACTED
    assert not Article.objects.published().exists()


def test_a_skipped_article_adds_no_one(project, editor):
    path = write(project, "public.txt", PUBLIC)
    run("import_seeds", path)
    article = Article.objects.get()
    workflow.apply_transition(article, "retract", editor, reason="Sources recanted.")
    Path(path).write_text(PUBLIC.replace("Ana Pereira", "Bruno Costa"), encoding="utf-8")

    assert "Skipped 1" in run("import_seeds", path)
    assert not Person.objects.filter(slug="bruno-costa").exists()


def test_reimport_keeps_a_reattributed_and_verified_quote(editor):
    article = imported_article()
    quote = article.quotes.get(position=1)
    other = Person.objects.exclude(pk=quote.speaker_id).first()
    quote.speaker = other
    save_as(editor, quote, "Re-attributed.")
    workflow.verify_quotes([quote], Quote.Verification.VERIFIED, editor, note="Checked the video.")
    before = everything()

    output = run("import_seeds", str(SEED))
    assert "Skipped 1" in output
    assert everything() == before

    run("import_seeds", str(SEED), force=True)
    quote.refresh_from_db()
    assert quote.speaker == other
    assert quote.verification_status == Quote.Verification.VERIFIED
    assert quote.verification_note == "Checked the video."
    assert quote.verified_by == editor


def edit_status(article, editor):
    article.status = Article.Status.DRAFT
    article.save()


def edit_time(article, editor):
    article.published_at += dt.timedelta(hours=3)
    article.save()


def edit_slug(article, editor):
    article.slug = "a-better-address"
    article.save()


def edit_deck(article, editor):
    article.deck = "A desk deck"
    article.save()


def edit_quote_words(article, editor):
    Quote.objects.filter(article=article, position=2).update(text="Corrected words")


def edit_quote_speaker(article, editor):
    quote = Quote.objects.get(article=article, position=2)
    Quote.objects.filter(pk=quote.pk).update(speaker=Person.objects.exclude(pk=quote.speaker_id).first())


def edit_quote_note(article, editor):
    Quote.objects.filter(article=article, position=2).update(verification_note="Asked the office")


def edit_quote_evidence(article, editor):
    Quote.objects.filter(article=article, position=2).update(evidence_url="https://example.org/tape")


def edit_quote_check(article, editor):
    Quote.objects.filter(article=article, position=2).update(verification_status=Quote.Verification.DISPUTED)


def delete_a_quote(article, editor):
    Quote.objects.filter(article=article, position=2).delete()


def add_a_quote(article, editor):
    Quote.objects.create(article=article, position=99, text="Added by the desk")


def unlink_a_person(article, editor):
    article.people.remove(article.people.first())


def add_a_correction(article, editor):
    Correction.objects.create(article=article, text="An earlier version misspelt a name.", created_by=editor)


DESK_EDITS = [
    edit_status,
    edit_time,
    edit_slug,
    edit_deck,
    edit_quote_words,
    edit_quote_speaker,
    edit_quote_note,
    edit_quote_evidence,
    edit_quote_check,
    delete_a_quote,
    add_a_quote,
    unlink_a_person,
    add_a_correction,
]


@pytest.mark.parametrize("edit", DESK_EDITS, ids=[edit.__name__ for edit in DESK_EDITS])
def test_any_editorial_change_since_import_makes_the_reimport_skip_the_article(edit, editor):
    """Even changes made without a revision (a shell, a bulk update): the state checksum sees them."""
    article = imported_article()
    edit(article, editor)
    before = everything()

    output = run("import_seeds", str(SEED))

    assert "Skipped 1 articles edited since their import" in output
    assert everything() == before


def test_force_overwrites_only_text_and_unchecked_quotes(editor):
    article = imported_article()
    original = {"headline": article.headline, "published_at": article.published_at}
    article.headline = "A desk headline"
    article.published_at = original["published_at"] + dt.timedelta(days=1)
    article.status = Article.Status.DRAFT
    save_as(editor, article)
    unlinked = article.people.first()
    article.people.remove(unlinked)
    Correction.objects.create(article=article, text="A correction.", created_by=editor)
    Quote.objects.filter(article=article, position=1).update(
        text="Desk words, disputed", verification_status="disputed"
    )
    Quote.objects.filter(article=article, position=2).update(text="Desk words, unchecked")
    Quote.objects.filter(article=article, position=3).delete()
    Quote.objects.create(article=article, position=50, text="A quote the desk added")

    output = run("import_seeds", str(SEED), force=True)

    assert "Kept 1 quotes the desk has checked, where the seed now differs." in output
    article = Article.objects.get()
    assert article.headline == original["headline"]  # the text is the seed's again
    assert article.status == Article.Status.DRAFT  # but not the status,
    assert article.published_at == original["published_at"] + dt.timedelta(days=1)  # nor the time,
    assert article.corrections.count() == 1  # nor corrections,
    assert unlinked not in article.people.all()  # nor the people named
    quotes = {q.position: q for q in article.quotes.all()}
    assert quotes[1].text == "Desk words, disputed"  # a checked quote is the desk's
    assert quotes[2].text != "Desk words, unchecked"  # an unchecked one is the seed's
    assert 3 not in quotes  # one the desk removed stays removed,
    assert quotes[50].text == "A quote the desk added"  # and one it added stays

    # Still the desk's article: the next plain import leaves it alone.
    before = everything()
    assert "Skipped 1" in run("import_seeds", str(SEED))
    assert everything() == before


def test_an_article_loaded_before_state_checksums_counts_desk_revisions_as_edits(editor):
    """Loaded by loaddata (no state checksum): a verified quote still makes it the desk's."""
    run("loaddata", "seeds")
    quote = Quote.objects.get(position=1)
    workflow.verify_quotes([quote], Quote.Verification.VERIFIED, editor)
    Quote.objects.filter(pk=quote.pk).update(speaker=None)
    before = everything()

    assert "Skipped 1" in run("import_seeds", str(SEED))
    assert everything() == before


def test_an_unedited_article_follows_its_changed_seed_but_keeps_its_status_and_time(project):
    seed = project / "seeds" / "story.txt"
    shutil.copy(SEED, seed)
    run("import_seeds", str(seed), status="draft")
    text = seed.read_text(encoding="utf-8").replace(" date 2022-02-25 ", " date 2023-01-01 ")
    seed.write_text(text + "\n\nA late paragraph.\n", encoding="utf-8")

    assert "articles: 0 created, 1 updated" in run("import_seeds", str(seed), status="published")

    article = Article.objects.get()
    assert "A late paragraph." in article.body
    assert article.status == Article.Status.DRAFT
    assert article.published_at.date() == dt.date(2022, 2, 25)
    assert "articles: 0 created, 0 updated, 1 unchanged" in run("import_seeds", str(seed))


def test_force_on_an_article_the_desk_moved_on_keeps_its_status_and_time(project, editor):
    seed = project / "seeds" / "story.txt"
    shutil.copy(SEED, seed)
    run("import_seeds", str(seed), status="draft")
    article = Article.objects.get()
    workflow.apply_transition(article, "submit", editor)
    text = seed.read_text(encoding="utf-8").replace(" date 2022-02-25 ", " date 2023-01-01 ")
    seed.write_text(text + "\n\nA late paragraph.\n", encoding="utf-8")

    assert "Skipped 1" in run("import_seeds", str(seed), status="published")
    run("import_seeds", str(seed), status="published", force=True)

    article.refresh_from_db()
    assert "A late paragraph." in article.body
    assert article.status == Article.Status.IN_REVIEW
    assert article.published_at.date() == dt.date(2022, 2, 25)


def test_every_import_is_recorded_as_a_revision_without_a_user(project):
    seed = project / "seeds" / "story.txt"
    shutil.copy(SEED, seed)

    run("import_seeds", str(seed))
    article = Article.objects.get()
    [version] = Version.objects.get_for_object(article)
    assert version.revision.comment == "Imported from seeds/story.txt"
    assert version.revision.user is None
    assert version.revision.version_set.filter(content_type__model="quote").count() == 7
    assert Version.objects.get_for_model(Person).count() == 4

    run("import_seeds", str(seed))  # unchanged: nothing to record
    assert Version.objects.get_for_object(article).count() == 1

    seed.write_text(seed.read_text(encoding="utf-8") + "\n\nOne more paragraph.\n", encoding="utf-8")
    run("import_seeds", str(seed))
    latest = Version.objects.get_for_object(article).first()
    assert Version.objects.get_for_object(article).count() == 2
    assert latest.revision.comment == "Imported from seeds/story.txt"
    assert "One more paragraph." in latest.field_dict["body"]


def test_the_bulk_recorded_versions_are_what_reversions_public_api_records():
    article = imported_article()
    Correction.objects.create(article=article, text="A correction.")
    bulk_recorded = {}
    services._record_revisions(
        [("Bulk", [article, *article.quotes.all(), *article.corrections.all(), article.people.first()])]
    )
    for version in Revision.objects.get(comment="Bulk").version_set.all():
        bulk_recorded[(version.content_type_id, version.object_id)] = (
            version.serialized_data,
            version.object_repr,
            version.format,
            version.db,
        )

    with reversion.create_revision():
        reversion.add_to_revision(article)
        reversion.add_to_revision(article.people.first())
        reversion.set_comment("Public API")
    public = {
        (v.content_type_id, v.object_id): (v.serialized_data, v.object_repr, v.format, v.db)
        for v in Revision.objects.get(comment="Public API").version_set.all()
    }

    assert bulk_recorded == public


def test_a_revision_of_an_import_can_be_reverted():
    run("import_seeds", str(SEED))
    article = Article.objects.get()
    first_body = article.body
    article.body = "Rewritten."
    article.save()

    Version.objects.get_for_object(article).first().revision.revert()

    assert Article.objects.get().body == first_body


# --- 2. An unpublished import never rewrites public facts about a person ------------------------

PUBLIC = " date 2022-02-25 Club wins the cup\n\n“We played well,” said Ana Pereira.\n\nThe match ended late.\n"
COACH = " date 2022-03-01 Club loses the final\n\n“We were tired,” said tennis coach Ana Pereira.\n\nIt rained.\n"


def write(project, name, text):
    path = project / "seeds" / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("status", ["draft", "review"])
def test_an_unpublished_import_never_changes_an_existing_persons_title_or_aliases(project, status):
    run("import_seeds", write(project, "public.txt", PUBLIC))
    person = Person.objects.get(slug="ana-pereira")
    Person.objects.filter(pk=person.pk).update(aliases="Ana P.")

    run("import_seeds", write(project, "coach.txt", COACH), status=status)

    person.refresh_from_db()
    assert (person.title, person.aliases) == ("", "Ana P.")
    assert Article.objects.count() == 2


def test_an_unpublished_import_creates_new_people(project):
    """Not public while they are only in drafts; the title is the draft's until the desk says otherwise."""
    run("import_seeds", write(project, "coach.txt", COACH), status="draft")

    assert Person.objects.get(slug="ana-pereira").title == "tennis coach"
    assert not Person.objects.public().exists()


def test_a_published_import_fills_an_empty_title_but_never_replaces_one(project):
    run("import_seeds", write(project, "public.txt", PUBLIC))
    run("import_seeds", write(project, "coach.txt", COACH))
    assert Person.objects.get(slug="ana-pereira").title == "tennis coach"

    run(
        "import_seeds",
        write(project, "chair.txt", COACH.replace("tennis coach", "club chair").replace("03-01", "03-02")),
    )
    assert Person.objects.get(slug="ana-pereira").title == "tennis coach"


def test_a_person_the_desk_edited_is_never_changed_by_an_import(project, editor):
    run("import_seeds", write(project, "public.txt", PUBLIC))
    person = Person.objects.get(slug="ana-pereira")
    person.name = "Ana Pereira"
    save_as(editor, person, "Checked: no title.")
    before = everything()[4]

    run("import_seeds", write(project, "coach.txt", COACH))

    assert everything()[4][0] == before[0]


def test_a_published_import_of_a_draft_articles_seed_adds_nothing_to_its_people(project):
    path = write(project, "public.txt", PUBLIC)
    run("import_seeds", path, status="draft")
    Path(path).write_text(COACH, encoding="utf-8")

    run("import_seeds", path, status="published")  # the article stays a draft

    assert Article.objects.get().status == Article.Status.DRAFT
    assert Person.objects.get(slug="ana-pereira").title == ""


# --- 3. Seeds are identified by path ------------------------------------------------------------


def test_two_seeds_with_the_same_name_in_different_folders_are_two_articles(project):
    for folder, day in (("seeds", "25"), ("more", "26")):
        (project / folder).mkdir(exist_ok=True)
        text = SEED.read_text(encoding="utf-8").replace(" date 2022-02-25 ", f" date 2022-02-{day} Day {day}: ")
        (project / folder / "story.txt").write_text(text, encoding="utf-8")

    run("import_seeds", str(project / "seeds"), str(project / "more"))

    assert sorted(Article.objects.values_list("source", flat=True)) == ["more/story.txt", "seeds/story.txt"]
    assert "0 updated, 2 unchanged" in run("import_seeds", str(project / "more"), str(project / "seeds"))


def test_a_seed_outside_the_project_is_named_by_its_absolute_path(tmp_path, settings):
    settings.BASE_DIR = tmp_path / "project"
    shutil.copy(SEED, tmp_path / "story.txt")

    run("import_seeds", str(tmp_path / "story.txt"))

    assert Article.objects.get().source == (tmp_path / "story.txt").resolve().as_posix()


def test_the_committed_seeds_are_named_by_their_project_path():
    assert imported_article().source == SOURCE


@pytest.mark.parametrize("routes", ["folder-and-file", "file-twice", "symlink"])
def test_the_same_seed_twice_in_a_batch_is_refused_naming_it_and_nothing_is_written(project, routes):
    seeds = project / "seeds"
    shutil.copy(SEED, seeds / "story.txt")
    if routes == "folder-and-file":
        paths = [str(seeds), str(seeds / "story.txt")]
    elif routes == "file-twice":
        paths = [str(seeds / "story.txt"), str(seeds / ".." / "seeds" / "story.txt")]
    else:
        (project / "link.txt").symlink_to(seeds / "story.txt")
        paths = [str(seeds / "story.txt"), str(project / "link.txt")]

    with pytest.raises(
        CommandError, match=r"the same seed is given more than once: seeds/story\.txt \(.*\) \(nothing imported\)"
    ):
        run("import_seeds", *paths)
    with pytest.raises(CommandError, match=r"seeds/story\.txt"):
        run("convert_seed", *paths, output=project / "out.json")

    assert Article.objects.count() == Quote.objects.count() == Person.objects.count() == 0
    assert not (project / "out.json").exists()


def test_a_parse_error_names_the_seed_by_its_project_path(project):
    shutil.copy(SEED, project / "seeds" / "good.txt")
    (project / "seeds" / "bad.txt").write_text(" date 2024-02-30 Impossible\n\nText.\n", encoding="utf-8")

    with pytest.raises(CommandError, match=r"^seeds/bad\.txt:1: "):
        run("import_seeds", str(project / "seeds"))


def test_migration_0009_names_bare_sources_by_their_seeds_path():
    migration = import_module("articles.migrations.0011_import_state_and_seed_paths")
    ArticleFactory(slug="bare", source="a.txt")
    ArticleFactory(slug="pathed", source="more/b.txt")
    ArticleFactory(slug="desk", source="")
    ArticleFactory(slug="clash", source="c.txt")
    ArticleFactory(slug="clash-taken", source="seeds/c.txt")

    migration.seed_paths_forward(apps, None)
    sources = dict(Article.objects.values_list("slug", "source"))
    assert sources == {
        "bare": "seeds/a.txt",
        "pathed": "more/b.txt",
        "desk": "",
        "clash": "c.txt",
        "clash-taken": "seeds/c.txt",
    }

    migration.seed_paths_backward(apps, None)
    sources = dict(Article.objects.values_list("slug", "source"))
    assert sources == {
        "bare": "a.txt",
        "pathed": "more/b.txt",
        "desk": "",
        "clash": "c.txt",
        "clash-taken": "seeds/c.txt",
    }


def test_records_naming_one_source_twice_are_refused_by_the_service():
    records = [
        {"model": "articles.article", "fields": {"source": "seeds/a.txt", "slug": "a"}},
        {"model": "articles.article", "fields": {"source": "seeds/a.txt", "slug": "b"}},
    ]
    with pytest.raises(ValueError, match="seeds/a.txt"):
        services.import_records(records)


# --- 4. Writes through the ORM; slug clashes resolved without a query per candidate ------------


def test_rows_inserted_in_bulk_read_back_as_the_orm_writes_them(published_article, person):
    """The one raw INSERT (`_insert_rows`, kept for speed) adapts values as the ORM does: a time
    in another zone, defaults, auto_now fields."""
    london = dt.datetime(2022, 2, 25, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    values = {
        "article_id": published_article.pk,
        "speaker_id": person.pk,
        "text": "Words “quoted”",
        "is_partial": True,
        "reporting_verb": "said",
        "context": "",
        "attribution_cue": "explicit",
        "paragraph": None,
        "article_published_at": london,
    }
    services._insert_rows(Quote, [{**values, "position": 1}])
    Quote.objects.bulk_create([Quote(**values, position=2)])

    bulk, orm = (Quote.objects.filter(position=n).values().get() for n in (1, 2))
    for name in ("id", "position", "created_at", "updated_at"):
        bulk.pop(name), orm.pop(name)
    assert bulk == orm
    assert Quote.objects.filter(article_published_at__lt=dt.datetime(2022, 2, 25, tzinfo=dt.UTC)).count() == 2


def test_the_stored_state_checksum_is_that_of_the_rows_as_read_back(project):
    seed = project / "seeds" / "story.txt"
    shutil.copy(SEED, seed)
    run("import_seeds", str(seed))  # created: the checksum is computed from the values written
    article = Article.objects.get()
    assert article.import_state == services._read_back([article.pk])[article.pk].checksum()

    seed.write_text(seed.read_text(encoding="utf-8").replace("declared", "said") + "\n\nMore.\n", encoding="utf-8")
    run("import_seeds", str(seed))  # updated: from the rows read back
    article.refresh_from_db()
    assert article.import_state == services._read_back([article.pk])[article.pk].checksum()


def test_slug_clashes_are_resolved_from_one_query():
    for slug in ["story", "story-2", "story-3", "story-4", "story-5", "other"]:
        ArticleFactory(slug=slug)

    with CaptureQueriesContext(connection) as queries:
        free = services._free_slugs(["story", "other", "new", "story-2"])

    assert free == ["story-6", "other-2", "new", "story-2-2"]
    assert len(queries) <= 3


# --- 5. Atomic and idempotent --------------------------------------------------------------------


def test_importing_twice_changes_nothing_not_even_bookkeeping():
    run("import_seeds", str(SEED))
    rows = (
        list(Article.objects.values()),
        list(Quote.objects.values()),
        list(Person.objects.values()),
        Version.objects.count(),
    )

    assert "articles: 0 created, 0 updated, 1 unchanged" in run("import_seeds", str(SEED))
    assert (
        list(Article.objects.values()),
        list(Quote.objects.values()),
        list(Person.objects.values()),
        Version.objects.count(),
    ) == rows


def test_a_bad_file_in_a_reimport_batch_changes_nothing(project):
    shutil.copy(SEED, project / "seeds" / "story.txt")
    run("import_seeds", str(project / "seeds"))
    before, revisions = everything(), Revision.objects.count()
    (project / "seeds" / "story.txt").write_text(SEED.read_text(encoding="utf-8") + "\n\nMore.\n", encoding="utf-8")
    (project / "seeds" / "zz-bad.txt").write_bytes(b"")

    with pytest.raises(CommandError, match=r"seeds/zz-bad\.txt"):
        run("import_seeds", str(project / "seeds"))

    assert everything() == before and Revision.objects.count() == revisions
