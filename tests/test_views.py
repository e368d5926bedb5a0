import pytest
from django.urls import reverse

from articles.domain.models import Article
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db


def test_home_lists_published_articles_only(client):
    published = ArticleFactory(published=True, headline="Visible headline")
    ArticleFactory(headline="Draft headline")
    ArticleFactory(scheduled=True, headline="Scheduled headline")

    response = client.get(reverse("articles:index"))

    assert response.status_code == 200
    assert published.headline in response.text
    assert "Draft headline" not in response.text
    assert "Scheduled headline" not in response.text


def test_home_is_paginated(client, settings):
    settings.NEWSROOM_ARTICLES_PER_PAGE = 2
    ArticleFactory.create_batch(5, published=True)

    last = client.get(reverse("articles:index"), {"page": 3})
    beyond = client.get(reverse("articles:index"), {"page": 4})

    assert last.status_code == 200
    assert "Page 3" in last.text and 'rel="prev"' in last.text and 'rel="next"' not in last.text
    assert last.text.count('class="card"') == 1
    assert beyond.status_code == 404


def test_article_page_shows_deck_body_crosshead_caption_and_credit(client):
    article = ArticleFactory(published=True)

    response = client.get(article.get_absolute_url())

    text = response.text
    assert "<h1" in text and article.headline in text
    assert "The first summary line" in text and "The second summary line" in text
    assert '<h2 class="crosshead">A crosshead</h2>' in text
    assert "<figcaption>A picture of the thing" in text
    assert '<span class="visually-hidden">Credit: </span>Photographer/Agency</span>' in text
    assert f'datetime="{article.published_at.isoformat()}"'[:30] in text


def test_article_page_marks_quotes_and_links_their_speakers(client):
    article = ArticleFactory(published=True)
    person = PersonFactory(name="Maria Minister")
    QuoteFactory(article=article, speaker=person, text="a partial quote", position=1, is_partial=True)

    response = client.get(article.get_absolute_url())

    assert '<q cite="/quotes/' in response.text
    assert f'href="{person.get_absolute_url()}"' in response.text


@pytest.mark.parametrize("status", [Article.Status.DRAFT, Article.Status.IN_REVIEW, Article.Status.RETRACTED])
def test_unpublished_articles_and_their_quotes_are_404(client, status):
    article = ArticleFactory(status=status)
    quote = QuoteFactory(article=article)

    gone_or_missing = 410 if status == Article.Status.RETRACTED else 404  # a retraction is said publicly
    assert client.get(article.get_absolute_url()).status_code == gone_or_missing
    assert client.get(quote.get_absolute_url()).status_code == gone_or_missing
    assert client.get(quote.speaker.get_absolute_url()).status_code == 404


def test_scheduled_article_is_404_until_its_time(client):
    article = ArticleFactory(scheduled=True)

    assert client.get(article.get_absolute_url()).status_code == 404


def test_person_page_lists_only_published_quotes_with_article_links(client):
    person = PersonFactory(name="Paula Speaker", title="Finance Minister")
    seen = QuoteFactory(speaker=person, text="The published words")
    QuoteFactory(speaker=person, article=ArticleFactory(), text="The draft words")

    response = client.get(person.get_absolute_url())

    assert response.status_code == 200
    assert "Paula Speaker" in response.text and "Finance Minister" in response.text
    assert "The published words" in response.text
    assert "The draft words" not in response.text
    assert seen.article.get_absolute_url() in response.text


def test_quote_permalink_shows_quote_speaker_and_article(client, quote):
    quote.context = "“Quoted words,” the minister said on Friday."
    quote.save()

    response = client.get(quote.get_absolute_url())

    assert response.status_code == 200
    assert "<blockquote" in response.text and quote.text in response.text
    assert quote.speaker.name in response.text
    assert quote.article.get_absolute_url() in response.text
    assert "the minister said on Friday" in response.text


def test_article_text_is_escaped(client):
    article = ArticleFactory(published=True, headline="<script>alert(1)</script>", body="<img src=x onerror=alert(1)>")

    response = client.get(article.get_absolute_url())

    assert "<script>alert(1)" not in response.text
    assert "<img src=x" not in response.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in response.text


def test_article_page_queries_do_not_grow_with_quotes(client, django_assert_max_num_queries):
    article = ArticleFactory(published=True)
    for position in range(1, 31):
        QuoteFactory(article=article, position=position, speaker=PersonFactory())
    article.people.set(PersonFactory.create_batch(10))

    # 4, plus bylines, tags, related articles and the masthead's sections (issue 13).
    with django_assert_max_num_queries(8):
        response = client.get(article.get_absolute_url())

    assert response.status_code == 200


def test_person_page_queries_do_not_grow_with_quotes(client, person, django_assert_max_num_queries):
    for _ in range(25):
        QuoteFactory(speaker=person)

    with django_assert_max_num_queries(4):
        response = client.get(person.get_absolute_url())

    assert response.status_code == 200


def test_home_queries_are_constant(client, django_assert_max_num_queries):
    ArticleFactory.create_batch(30, published=True)

    # The page's ids and versions, its articles (for cards not kept), their bylines and the
    # masthead's sections (issue 13).
    with django_assert_max_num_queries(4):
        response = client.get(reverse("articles:index"))

    assert response.status_code == 200


def test_the_rendered_story_is_reused_until_any_content_changes(client, django_assert_max_num_queries):
    article = ArticleFactory(published=True)
    quote = QuoteFactory(article=article, text="a partial quote", position=1)
    client.get(article.get_absolute_url())

    with django_assert_max_num_queries(1):
        again = client.get(article.get_absolute_url())
    quote.speaker.name = "Renamed Speaker"
    quote.speaker.save()
    after = client.get(article.get_absolute_url())

    assert again.status_code == 200 and "The first summary line" in again.text
    assert "Said by Renamed Speaker" in after.text


def test_quote_page_queries_are_constant(client, quote, django_assert_max_num_queries):
    from articles.domain.corrections import record_quote_correction

    for n in range(3):  # the quote and its corrections: one query each, however many there are
        record_quote_correction(quote, f"Earlier words {n}", None)
    with django_assert_max_num_queries(3):  # + the masthead's sections (issue 13)
        assert client.get(quote.get_absolute_url()).status_code == 200
