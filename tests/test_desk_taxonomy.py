"""Bylines, sections and tags in the desk: set from the article form (byline rows in order, a
section, tags typed by name), under the same locking, revisions and roles as the rest."""

from importlib import import_module
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from reversion.models import Version

from articles.desk.admin import revision_diff
from articles.domain.models import Article, Author, Byline, Section, Tag
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def member(username, group):
    user = User.objects.create_user(username, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor_client(client):
    client.force_login(member("ed", "Editor"))
    return client


@pytest.fixture
def reporter(db):
    return member("rita", "Reporter")


@pytest.fixture
def reporter_client(client, reporter):
    client.force_login(reporter)
    return client


@pytest.fixture
def people():
    return {
        "jane": Author.objects.create(name="Jane Doe", slug="jane-doe"),
        "john": Author.objects.create(name="John Roe", slug="john-roe"),
        "sport": Section.objects.create(name="Sport", slug="sport"),
        "budget": Tag.objects.create(name="Budget", slug="budget"),
    }


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def with_bylines(data, *rows):
    """The form's data with byline rows (author, position) added after those it had."""
    start = int(data["bylines-TOTAL_FORMS"])
    for offset, (author, position) in enumerate(rows):
        data[f"bylines-{start + offset}-author"] = str(author.pk)
        data[f"bylines-{start + offset}-position"] = str(position)
    data["bylines-TOTAL_FORMS"] = str(start + len(rows))
    return data


def form_errors(response):
    if response.context is None:
        return ""
    errors = [response.context["adminform"].form.errors]
    errors += [f.errors for inline in response.context["inline_admin_formsets"] for f in inline.formset.forms]
    return errors


# The article form ----------------------------------------------------------------------------


def test_an_editor_adds_an_article_with_byline_section_and_tags(editor_client, people):
    data = change_form_data(editor_client.get(reverse("admin:articles_article_add")))
    data.update(
        headline="Derby ends level", slug="derby-ends-level", body="A paragraph.", section=str(people["sport"].pk)
    )
    data["tag_names"] = "budget, City Hall,  city hall , Derby day"
    with_bylines(data, (people["john"], 2), (people["jane"], 1))

    response = editor_client.post(reverse("admin:articles_article_add"), data)

    assert response.status_code == 302, form_errors(response)
    article = Article.objects.get(slug="derby-ends-level")
    assert [b.author.name for b in article.bylines.select_related("author")] == ["Jane Doe", "John Roe"]
    assert list(article.bylines.values_list("position", flat=True)) == [1, 2]
    assert article.section == people["sport"]
    assert sorted(article.tags.values_list("name", flat=True)) == ["Budget", "City Hall", "Derby day"]
    assert Tag.objects.filter(name__iexact="budget").count() == 1  # reused, letter case aside
    assert Tag.objects.get(name="City Hall").slug == "city-hall"
    assert Tag.objects.get(name="Derby day").slug == "derby-day"


def test_the_byline_order_is_kept_and_renumbered_from_one(editor_client, people):
    article = ArticleFactory()
    data = with_bylines(
        change_form_data(editor_client.get(change_url(article))), (people["jane"], 7), (people["john"], 3)
    )

    response = editor_client.post(change_url(article), data)

    assert response.status_code == 302, form_errors(response)
    assert list(article.bylines.values_list("author__name", "position")) == [("John Roe", 1), ("Jane Doe", 2)]

    data = change_form_data(editor_client.get(change_url(article)))
    assert data["bylines-0-author"] == str(people["john"].pk)  # shown first author first
    data["bylines-0-position"], data["bylines-1-position"] = "2", "1"
    assert editor_client.post(change_url(article), data).status_code == 302
    assert list(article.bylines.values_list("author__name", flat=True)) == ["Jane Doe", "John Roe"]


def test_the_same_author_twice_on_a_byline_is_refused(editor_client, people):
    article = ArticleFactory()
    data = with_bylines(
        change_form_data(editor_client.get(change_url(article))), (people["jane"], 1), (people["jane"], 2)
    )

    response = editor_client.post(change_url(article), data)

    assert response.status_code == 200
    assert not Byline.objects.exists()


def test_a_new_tag_whose_slug_is_taken_gets_a_free_one(editor_client, people):
    Tag.objects.create(name="City-Hall", slug="city-hall")
    article = ArticleFactory()
    data = change_form_data(editor_client.get(change_url(article)))
    data["tag_names"] = "City Hall"

    assert editor_client.post(change_url(article), data).status_code == 302

    assert list(article.tags.values_list("name", "slug")) == [("City Hall", "city-hall-2")]


def test_tags_show_by_name_and_an_unchanged_save_leaves_them(editor_client, people):
    article = ArticleFactory()
    article.tags.set([people["budget"], Tag.objects.create(name="Arts", slug="arts")])
    page = editor_client.get(change_url(article))
    data = change_form_data(page)

    assert data["tag_names"] == "Arts, Budget"
    assert 'list="tag-suggestions"' in page.text and "desk-tags.js" in page.text
    data["tag_names"] = "budget,arts"  # the same tags, typed otherwise
    assert editor_client.post(change_url(article), data).status_code == 302
    assert sorted(article.tags.values_list("name", flat=True)) == ["Arts", "Budget"]
    assert Tag.objects.count() == 2


def test_clearing_the_tags_removes_them_from_the_article_only(editor_client, people):
    article = ArticleFactory()
    article.tags.set([people["budget"]])
    data = change_form_data(editor_client.get(change_url(article)))
    data["tag_names"] = ""

    assert editor_client.post(change_url(article), data).status_code == 302

    assert not article.tags.exists() and Tag.objects.filter(slug="budget").exists()


def test_the_tag_suggestions_come_from_the_admin_autocomplete(reporter_client, people):
    Tag.objects.create(name="Budget cuts", slug="budget-cuts")
    url = reverse("admin:autocomplete") + "?app_label=articles&model_name=article&field_name=tags&term=budg"

    results = reporter_client.get(url).json()["results"]

    assert [r["text"] for r in results] == ["Budget", "Budget cuts"]


def test_the_byline_author_autocomplete_finds_authors(reporter_client, people):
    url = reverse("admin:autocomplete") + "?app_label=articles&model_name=byline&field_name=author&term=roe"

    assert [r["text"] for r in reporter_client.get(url).json()["results"]] == ["John Roe"]


# Locking and revisions -----------------------------------------------------------------------


def test_a_stale_form_is_refused_with_its_byline_and_tags_unsaved(client, people):
    article = ArticleFactory()
    client.force_login(member("ed", "Editor"))
    stale = change_form_data(client.get(change_url(article)))
    first = change_form_data(client.get(change_url(article)))
    first["tag_names"] = "Budget"
    assert client.post(change_url(article), first).status_code == 302

    stale["tag_names"] = "Stale tag"
    stale["section"] = str(people["sport"].pk)
    response = client.post(change_url(article), with_bylines(stale, (people["jane"], 1)))

    assert response.status_code == 200
    assert "changed since you opened it" in str(response.context["adminform"].form.non_field_errors())
    article.refresh_from_db()
    assert list(article.tags.values_list("name", flat=True)) == ["Budget"]
    assert article.section is None and not article.bylines.exists()
    assert not Tag.objects.filter(name="Stale tag").exists()


def test_a_save_records_the_byline_section_and_tags_in_the_revision(editor_client, people):
    article = ArticleFactory()
    data = change_form_data(editor_client.get(change_url(article)))
    data.update(section=str(people["sport"].pk), tag_names="Budget, Transport")
    assert (
        editor_client.post(
            change_url(article), with_bylines(data, (people["jane"], 1), (people["john"], 2))
        ).status_code
        == 302
    )

    latest, *_ = Version.objects.get_for_object(article).order_by("-pk")
    bylines = [v.field_dict for v in latest.revision.version_set.all() if v.content_type.model_class() is Byline]
    assert sorted((b["author_id"], b["position"]) for b in bylines) == [(people["jane"].pk, 1), (people["john"].pk, 2)]
    assert latest.field_dict["section_id"] == people["sport"].pk
    assert set(latest.field_dict["tags"]) == set(article.tags.values_list("pk", flat=True))

    rows = dict((name, str(html)) for name, html in revision_diff(None, latest))
    assert "Jane Doe, John Roe" in rows["byline"] and "Sport" in rows["section"] and "Budget, Transport" in rows["tags"]
    diff_page = editor_client.get(reverse("admin:articles_article_revision_diff", args=[article.pk, latest.pk]))
    assert "Jane Doe, John Roe" in diff_page.text and "Budget, Transport" in diff_page.text


def test_the_history_message_names_the_changed_tags_and_section(editor_client, people):
    article = ArticleFactory()
    data = change_form_data(editor_client.get(change_url(article)))
    data.update(section=str(people["sport"].pk), tag_names="Budget")
    editor_client.post(change_url(article), data)

    latest = Version.objects.get_for_object(article).order_by("-pk").first()
    assert "Section" in latest.revision.get_comment() and "Tags" in latest.revision.get_comment()


# Roles ------------------------------------------------------------------------------------


def test_the_migration_gives_reporters_and_editors_their_permissions():
    reporter = set(Group.objects.get(name="Reporter").permissions.values_list("codename", flat=True))
    editor = set(Group.objects.get(name="Editor").permissions.values_list("codename", flat=True))

    assert {
        "view_author",
        "view_section",
        "view_tag",
        "add_tag",
        "add_byline",
        "change_byline",
        "delete_byline",
    } <= reporter
    assert not {"change_author", "change_section", "change_tag", "add_author", "add_section", "delete_tag"} & reporter
    assert {
        f"{a}_{m}" for a in ("add", "change", "delete", "view") for m in ("author", "byline", "section", "tag")
    } <= editor


def test_the_migration_is_named_for_the_lead_to_renumber():
    migration = next(Path(__file__).parent.parent.glob("articles/migrations/*_desk_taxonomy_permissions.py"))
    module = import_module(f"articles.migrations.{migration.stem}")

    assert ("articles", "0012_bylines_sections_tags_images") in module.Migration.dependencies


def test_a_reporter_sets_byline_section_and_new_tags_on_a_draft(reporter_client, people):
    article = ArticleFactory()
    data = change_form_data(reporter_client.get(change_url(article)))
    data.update(section=str(people["sport"].pk), tag_names="Budget, Night buses")

    response = reporter_client.post(change_url(article), with_bylines(data, (people["jane"], 1)))

    assert response.status_code == 302, form_errors(response)
    assert sorted(article.tags.values_list("name", flat=True)) == ["Budget", "Night buses"]
    assert article.bylines.get().author == people["jane"]


def test_a_reporter_without_add_tag_may_reuse_tags_but_not_create_them(reporter_client, reporter, people):
    Group.objects.get(name="Reporter").permissions.remove(
        *Group.objects.get(name="Reporter").permissions.filter(codename="add_tag")
    )
    article = ArticleFactory()
    data = change_form_data(reporter_client.get(change_url(article)))
    data["tag_names"] = "Budget, Brand new"

    response = reporter_client.post(change_url(article), data)

    assert response.status_code == 200
    assert "Only editors can create tags" in str(response.context["adminform"].form.errors["tag_names"])
    assert not article.tags.exists() and not Tag.objects.filter(name="Brand new").exists()
    data["tag_names"] = "budget"
    assert reporter_client.post(change_url(article), data).status_code == 302


def test_a_reporter_cannot_change_the_byline_section_or_tags_of_a_published_article(reporter_client, people):
    article = ArticleFactory(published=True)
    article.tags.set([people["budget"]])
    Byline.objects.create(article=article, author=people["john"])
    page = reporter_client.get(change_url(article))
    assert 'name="tag_names"' not in page.text and 'name="bylines-0-author"' not in page.text
    assert "Budget" in page.text and "John Roe" in page.text  # shown, read-only

    data = {"headline": article.headline, "slug": article.slug, "section": str(people["sport"].pk), "tag_names": "X"}
    response = reporter_client.post(change_url(article), data)

    assert response.status_code == 403
    article.refresh_from_db()
    assert article.section is None and list(article.tags.all()) == [people["budget"]]


def test_an_editor_changes_the_section_and_tags_of_a_published_article(editor_client, people):
    article = ArticleFactory(published=True)
    data = change_form_data(editor_client.get(change_url(article)))
    data.update(section=str(people["sport"].pk), tag_names="Budget")

    assert editor_client.post(change_url(article), data).status_code == 302

    article.refresh_from_db()
    assert article.section == people["sport"] and list(article.tags.all()) == [people["budget"]]


@pytest.mark.parametrize("model", ["author", "section", "tag"])
def test_reporters_see_authors_sections_and_tags_but_editors_rename_them(client, reporter, people, model):
    obj = {"author": people["jane"], "section": people["sport"], "tag": people["budget"]}[model]
    url = reverse(f"admin:articles_{model}_change", args=[obj.pk])
    client.force_login(reporter)

    page = client.get(url)
    assert page.status_code == 200 and 'name="slug"' not in page.text  # read-only
    assert client.post(url, {"name": "Renamed", "slug": "renamed"}).status_code == 403
    # Reporters create tags (by typing them, or here); authors and sections are the editors' to add.
    assert client.get(reverse(f"admin:articles_{model}_add")).status_code == (200 if model == "tag" else 403)

    client.force_login(member("ed", "Editor"))
    assert 'name="slug"' in client.get(url).text


# The taxonomy admins ---------------------------------------------------------------------------


@pytest.mark.parametrize("model, term", [("author", "jane"), ("section", "spo"), ("tag", "budg")])
def test_changelists_list_and_search(editor_client, people, model, term):
    response = editor_client.get(reverse(f"admin:articles_{model}_changelist"), {"q": term})

    assert response.status_code == 200
    assert response.context["cl"].result_count == 1


def test_an_editor_adds_an_author_linked_to_a_staff_account(editor_client):
    staff = User.objects.create_user("jdoe", is_staff=True)
    User.objects.create_user("reader", is_staff=False)
    page = editor_client.get(reverse("admin:articles_author_add"))
    assert ">jdoe<" in page.text and ">reader<" not in page.text
    assert 'id="id_slug"' in page.text and "prepopulated" in page.text

    response = editor_client.post(
        reverse("admin:articles_author_add"), {"name": "Jane Doe", "slug": "jane-doe", "bio": "", "user": str(staff.pk)}
    )

    assert response.status_code == 302
    assert Author.objects.get(slug="jane-doe").user == staff


def test_sections_are_ordered_by_position_and_edited_in_the_list(editor_client, people):
    Section.objects.create(name="News", slug="news", position=0)
    people["sport"].position = 5
    people["sport"].save()

    response = editor_client.get(reverse("admin:articles_section_changelist"))

    assert [s.name for s in response.context["cl"].result_list] == ["News", "Sport"]
    assert 'name="form-0-position"' in response.text and 'name="form-0-show_in_navigation"' in response.text


def test_article_counts_on_the_changelists_take_constant_queries(editor_client, people, django_assert_max_num_queries):
    for number in range(6):
        article = ArticleFactory()
        article.tags.set([Tag.objects.create(name=f"T{number}", slug=f"t{number}")])
        Byline.objects.create(article=article, author=people["jane"])
    editor_client.get(reverse("admin:articles_tag_changelist"))

    with django_assert_max_num_queries(12):
        tags = editor_client.get(reverse("admin:articles_tag_changelist"))
    with django_assert_max_num_queries(12):
        authors = editor_client.get(reverse("admin:articles_author_changelist"))

    assert 'class="field-article_count">1<' in tags.text
    assert 'class="field-article_count">6<' in authors.text


# Autosave -------------------------------------------------------------------------------------


def test_the_typed_section_and_tags_are_autosaved_and_offered_back(editor_client, people):
    article = ArticleFactory()
    article.tags.set([people["budget"]])
    url = reverse("admin:articles_article_autosave", args=[article.pk])
    typed = {"expected_version": str(article.version), "headline": article.headline, "deck": article.deck}
    typed |= {"body": article.body, "section": str(people["sport"].pk), "tag_names": "Budget, Night buses"}

    assert editor_client.post(url, typed).status_code == 204

    page = editor_client.get(change_url(article))
    assert page.context["autosaved"].fields["tag_names"] == "Budget, Night buses"
    assert page.context["autosaved"].fields["section"] == str(people["sport"].pk)
    assert not Tag.objects.filter(name="Night buses").exists()  # kept aside, nothing created
    article.refresh_from_db()
    assert article.section is None


def test_an_autosave_of_the_saved_section_and_tags_is_not_offered(editor_client, people):
    article = ArticleFactory(section=people["sport"])
    article.tags.set([people["budget"]])
    url = reverse("admin:articles_article_autosave", args=[article.pk])
    typed = {"expected_version": str(article.version), "headline": article.headline, "deck": article.deck}
    typed |= {"body": article.body, "section": str(people["sport"].pk), "tag_names": "Budget"}
    editor_client.post(url, typed)

    assert editor_client.get(change_url(article)).context["autosaved"] is None
