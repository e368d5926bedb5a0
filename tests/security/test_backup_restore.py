"""Backup and restore: a populated newsroom dumped with natural foreign keys (primary keys kept, so quote permalinks survive), emptied, and loaded back is
the same newsroom."""

from __future__ import annotations

import datetime as dt

import pytest
import reversion
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.utils import timezone
from reversion.models import Revision

from articles.domain import previews as preview
from articles.domain import workflow
from articles.domain.models import Article, Correction, Person, Quote
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db

DUMPED = ["articles", "auth.user", "auth.group"]


@pytest.fixture
def newsroom(editor, reporter):
    """Articles in every status, people with aliases, quotes with verification data, corrections,
    revisions, and a preview key."""
    people = [
        PersonFactory(name="Ada Lovelace", slug="ada-lovelace", title="Analyst", aliases="Lovelace\nCountess Lovelace"),
        PersonFactory(name="Grace Hopper", slug="grace-hopper", title="Rear Admiral", aliases="Hopper"),
        PersonFactory(name="No Title", slug="no-title", title=""),
    ]
    statuses = [
        {"published": True},
        {"published": True},
        {"scheduled": True},
        {"status": Article.Status.DRAFT},
        {"status": Article.Status.IN_REVIEW},
        {"status": Article.Status.RETRACTED, "published_at": timezone.now() - dt.timedelta(days=3)},
    ]
    articles = []
    for index, fields in enumerate(statuses):
        article = ArticleFactory(
            slug=f"backup-{index}",
            headline=f"Backup story {index}",
            source=f"{index:03}.txt" if index % 2 else "",
            **fields,
        )
        article.people.set(people[: index % 3 + 1])
        for position, person in enumerate(people[: index % 3 + 1], start=1):
            QuoteFactory(
                article=article,
                speaker=person if position != 3 else None,
                text=f"Words {index}.{position}",
                position=position,
                context=f"The sentence around words {index}.{position}.",
                attribution_cue="explicit",
                paragraph=position - 1,
            )
        Correction.objects.create(article=article, text=f"Correction to {index}", created_by=editor)
        with reversion.create_revision():
            article.save()
            reversion.set_user(reporter)
        articles.append(article)
    workflow.verify_quotes(list(articles[0].quotes.all()), Quote.Verification.VERIFIED, editor, note="Checked the tape")
    Quote.objects.filter(article=articles[1]).update(
        verification_status=Quote.Verification.DISPUTED,
        verification_note="Source denies it",
        evidence_url="https://example.com/x",
    )
    preview.make_token(articles[3])
    return articles


def dump(path):
    call_command("dumpdata", *DUMPED, "--natural-foreign", "--indent", "1", "--output", str(path), verbosity=0)


def empty_the_tables():
    Revision.objects.all().delete()
    LogEntry.objects.all().delete()
    Correction.objects.all().delete()
    Quote.objects.all().delete()
    Article.objects.all().delete()
    Person.objects.all().delete()
    User.objects.all().delete()
    Group.objects.all().delete()


def _ms(row: dict) -> dict:
    """Django's JSON serializer keeps datetimes to the millisecond: compare at that precision."""
    return {
        key: value.replace(microsecond=value.microsecond // 1000 * 1000) if isinstance(value, dt.datetime) else value
        for key, value in row.items()
    }


def state() -> dict:
    """Every row of the dumped models, by natural key where the model has one (its pk is then free);
    datetimes to the millisecond."""

    def user_of(user_id):
        return User.objects.get(pk=user_id).username if user_id else None

    articles = {
        a["slug"]: {k: v for k, v in a.items() if k != "id"}
        | {"people": sorted(Article.objects.get(pk=a["id"]).people.values_list("slug", flat=True))}
        for a in Article.objects.values()
    }
    people = {p["slug"]: {k: v for k, v in p.items() if k != "id"} for p in Person.objects.values()}
    quotes = {
        (q.article.slug, q.position): {
            **{
                k: v
                for k, v in Quote.objects.filter(pk=q.pk).values()[0].items()
                if k not in ("id", "article_id", "speaker_id", "verified_by_id")
            },
            "speaker": q.speaker.slug if q.speaker else None,
            "verified_by": user_of(q.verified_by_id),
        }
        for q in Quote.objects.select_related("article", "speaker")
    }
    corrections = {
        c["id"]: {
            **{k: v for k, v in c.items() if k not in ("article_id", "created_by_id")},
            "article": Article.objects.get(pk=c["article_id"]).slug,
            "created_by": user_of(c["created_by_id"]),
        }
        for c in Correction.objects.values()
    }
    users = {
        u.username: {
            **{k: v for k, v in User.objects.filter(pk=u.pk).values()[0].items() if k != "id"},
            "groups": sorted(u.groups.values_list("name", flat=True)),
            "permissions": sorted(u.user_permissions.values_list("codename", flat=True)),
        }
        for u in User.objects.all()
    }
    groups = {g.name: sorted(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()}
    tables = {"articles": articles, "people": people, "quotes": quotes, "corrections": corrections, "users": users}
    return {name: {key: _ms(row) for key, row in rows.items()} for name, rows in tables.items()} | {"groups": groups}


@pytest.fixture
def round_trip(newsroom, tmp_path):
    """(state before, state after) a dump, an emptying of the tables and a load."""
    before = state()
    quote_ids = {(q.article.slug, q.position): q.pk for q in Quote.objects.select_related("article")}
    backup = tmp_path / "backup.json"
    dump(backup)
    empty_the_tables()
    assert Article.objects.count() == Quote.objects.count() == User.objects.count() == 0

    call_command("loaddata", str(backup), verbosity=0)

    after_ids = {(q.article.slug, q.position): q.pk for q in Quote.objects.select_related("article")}
    return before, state(), quote_ids, after_ids


def test_the_dump_holds_every_model_of_the_newsroom(newsroom, tmp_path):
    """The backup has rows of every articles model and the desk's users and groups."""
    import json

    backup = tmp_path / "backup.json"
    dump(backup)

    models = {record["model"] for record in json.loads(backup.read_text())}
    assert models == {
        "articles.article",
        "articles.person",
        "articles.quote",
        "articles.correction",
        "auth.user",
        "auth.group",
    }


@pytest.mark.parametrize("model", ["articles", "people", "quotes", "corrections", "users", "groups"])
def test_a_restore_brings_back_every_row_and_value(round_trip, model):
    """After dump → empty → load, each model has the same rows with the same values (and links)."""
    before, after, _, _ = round_trip

    assert len(after[model]) == len(before[model]) > 0
    assert after[model] == before[model]


def test_a_restore_keeps_what_readers_see(client, round_trip):
    """Published stays published, hidden stays hidden."""
    assert client.get("/articles/backup-0/").status_code == 200
    assert client.get("/articles/backup-3/").status_code == 404
    assert Article.objects.published().count() == 2


def test_loading_the_backup_twice_changes_nothing(round_trip, tmp_path):
    """Natural keys make the backup idempotent: loading it onto itself duplicates nothing."""
    _, after, _, _ = round_trip
    backup = tmp_path / "again.json"
    dump(backup)

    call_command("loaddata", str(backup), verbosity=0)

    assert state() == after


def test_a_restore_keeps_every_quote_permalink(round_trip):
    """Quote permalinks are /quotes/<id>/ and are cited from outside: a restore keeps every id."""
    _, _, quote_ids, after_ids = round_trip

    assert after_ids == quote_ids
