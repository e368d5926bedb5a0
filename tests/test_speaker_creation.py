"""A quote's speaker typed by name: found in the list, or created (“Create ‘Jane Roe’”), never a duplicate."""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from articles.domain.models import Person, Quote
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reporter():
    user = User.objects.create_user("rita", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Reporter"))
    client = Client()
    client.force_login(user)
    return client


def lookup(client, term):
    url = reverse("admin:articles_person_speaker_autocomplete")
    params = {"term": term, "app_label": "articles", "model_name": "quote", "field_name": "speaker"}
    return client.get(url, params).json()["results"]


def test_the_autocomplete_offers_to_create_the_typed_name(reporter):
    PersonFactory(name="Janet Rowe")

    results = lookup(reporter, "Jane  Roe")

    assert results[-1] == {"id": "new:Jane Roe", "text": "Create “Jane Roe”"}


def test_no_create_offer_when_someone_has_exactly_that_name(reporter):
    existing = PersonFactory(name="Jane Roe")

    results = lookup(reporter, "jane roe")

    assert [r["id"] for r in results] == [str(existing.pk)]


def test_choosing_create_saves_the_new_person_with_the_quote(reporter):
    draft = ArticleFactory(body="“We will stay,” said Jane Roe, who lives nearby.")
    quote = QuoteFactory(article=draft, text="We will stay,", position=1, speaker=None)
    url = reverse("admin:articles_article_change", args=[draft.pk])
    data = change_form_data(reporter.get(url))
    data["quotes-0-speaker"] = "new:Jane Roe"

    response = reporter.post(url, data)

    assert response.status_code == 302
    person = Person.objects.get(name="Jane Roe")
    assert person.slug == "jane-roe"
    assert Quote.objects.get(pk=quote.pk).speaker == person


def test_a_duplicate_name_says_who_already_exists_and_links_to_them(reporter):
    existing = PersonFactory(name="Jane Roe", slug="jane-roe")
    draft = ArticleFactory()
    QuoteFactory(article=draft, text="Words", position=1, speaker=None)
    url = reverse("admin:articles_article_change", args=[draft.pk])
    data = change_form_data(reporter.get(url))
    data["quotes-0-speaker"] = "new:jane roe"

    response = reporter.post(url, data)

    assert response.status_code == 200
    assert "is already in the newsroom" in response.text
    assert reverse("admin:articles_person_change", args=[existing.pk]) in response.text
    assert Person.objects.filter(name__iexact="jane roe").count() == 1


def test_a_new_person_gets_a_free_slug(reporter):
    PersonFactory(name="Jane Roe (the elder)", slug="jane-roe")
    draft = ArticleFactory()
    QuoteFactory(article=draft, text="Words", position=1, speaker=None)
    url = reverse("admin:articles_article_change", args=[draft.pk])
    data = change_form_data(reporter.get(url))
    data["quotes-0-speaker"] = "new:Jane Roe"

    assert reporter.post(url, data).status_code == 302
    assert Person.objects.get(name="Jane Roe").slug == "jane-roe-2"
