import pytest
from django.urls import reverse

from articles.domain.models import Article
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db

MODELS = ["article", "person", "quote"]


@pytest.fixture
def objects():
    article = ArticleFactory(published=True, headline="Minister speaks on budget")
    person = PersonFactory(name="Sergio Searchable", aliases="Searchable\nS. Searchable")
    quote = QuoteFactory(article=article, speaker=person, text="The budget is balanced")
    return {"article": article, "person": person, "quote": quote}


@pytest.mark.parametrize("model", MODELS)
def test_changelist_loads(admin_client, objects, model):
    response = admin_client.get(reverse(f"admin:articles_{model}_changelist"))

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("model", "query", "expected"),
    [
        ("article", "budget", "Minister speaks on budget"),
        ("person", "S. Searchable", "Sergio Searchable"),
        ("quote", "balanced", "The budget is balanced"),
    ],
)
def test_changelist_search_finds(admin_client, objects, model, query, expected):
    response = admin_client.get(reverse(f"admin:articles_{model}_changelist"), {"q": query})

    assert response.status_code == 200
    assert expected in response.text
    assert response.context["cl"].result_count == 1


@pytest.mark.parametrize("model", MODELS)
def test_change_form_loads(admin_client, objects, model):
    response = admin_client.get(reverse(f"admin:articles_{model}_change", args=[objects[model].pk]))

    assert response.status_code == 200


def test_article_change_form_has_quotes_inline_with_speaker_autocomplete(admin_client, objects):
    response = admin_client.get(reverse("admin:articles_article_change", args=[objects["article"].pk]))

    assert "The budget is balanced" in response.text
    assert "admin-autocomplete" in response.text


def test_person_change_form_shows_their_quotes(admin_client, objects):
    response = admin_client.get(reverse("admin:articles_person_change", args=[objects["person"].pk]))

    assert "The budget is balanced" in response.text


def test_article_changelist_shows_quote_count_and_filters(admin_client, objects):
    response = admin_client.get(reverse("admin:articles_article_changelist"), {"status__exact": "published"})

    assert "Minister speaks on budget" in response.text
    assert 'class="field-quote_count">1<' in response.text


def test_add_article_through_the_admin(admin_client):
    response = admin_client.post(
        reverse("admin:articles_article_add"),
        {
            "headline": "A new story",
            "slug": "a-new-story",
            "deck": "",
            "body": "A paragraph.",
            "status": "draft",
            "published_at_0": "",
            "published_at_1": "",
            "bylines-TOTAL_FORMS": "0",
            "bylines-INITIAL_FORMS": "0",
            "quotes-TOTAL_FORMS": "0",
            "quotes-INITIAL_FORMS": "0",
            "corrections-TOTAL_FORMS": "0",
            "corrections-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 302, response.context["adminform"].errors if response.context else ""
    assert Article.objects.get(slug="a-new-story").status == Article.Status.DRAFT
