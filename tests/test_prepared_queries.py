"""Queries built once per process and run again with `.all()` (a person's page, the API's lists of
quotes and articles): the publish rule's time is the time of each run (TimeOfQuery), and what
they list is the database as it is at that run."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from articles.domain.models import Article, Person, Quote, TimeOfQuery
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.django_db

LISTS = ["/api/quotes", "/api/articles"]


@pytest.fixture
def speaker():
    person = PersonFactory(name="Prue Prepared")
    QuoteFactory(speaker=person, text="Words already out")
    return person


def test_a_queryset_with_the_time_of_the_query_asks_for_the_time_of_each_run():
    due = timezone.now() + dt.timedelta(hours=1)
    article = ArticleFactory(status=Article.Status.PUBLISHED, published_at=due)
    built = Article.objects.published(at=TimeOfQuery())

    assert list(built.all()) == []
    with time_machine.travel(due + dt.timedelta(seconds=1), tick=False):
        assert list(built.all()) == [article]
    with time_machine.travel(due - dt.timedelta(seconds=1), tick=False):
        assert list(built.all()) == []


def test_the_time_of_the_query_gives_what_the_time_of_the_call_gives():
    ArticleFactory(published=True)
    ArticleFactory(scheduled=True)
    QuoteFactory(verification_status=Quote.Verification.REJECTED)
    QuoteFactory(article=ArticleFactory(scheduled=True))
    QuoteFactory()

    assert list(Article.objects.published(at=TimeOfQuery())) == list(Article.objects.published())
    assert list(Quote.objects.published(at=TimeOfQuery())) == list(Quote.objects.published())


@pytest.mark.parametrize("url", ["person", *LISTS])
def test_a_scheduled_quote_appears_on_a_prepared_list_when_its_time_comes(client, speaker, url):
    url = speaker.get_absolute_url() if url == "person" else url
    due = timezone.now() + dt.timedelta(minutes=5)
    article = ArticleFactory(status=Article.Status.PUBLISHED, published_at=due, headline="Embargoed headline")
    QuoteFactory(article=article, speaker=speaker, text="Embargoed words")

    before = client.get(url).text  # the list's query is built now, before the article is due

    assert "Words already out" in before or "Something happened" in before
    assert "Embargoed" not in before
    with time_machine.travel(due + dt.timedelta(seconds=1), tick=False):
        assert "Embargoed" in client.get(url).text


@pytest.mark.parametrize("url", ["person", *LISTS])
def test_a_prepared_list_never_shows_what_was_unpublished_or_rejected_after_it_was_built(client, speaker, url):
    url = speaker.get_absolute_url() if url == "person" else url
    quote = QuoteFactory(speaker=speaker, text="Soon withdrawn words")
    rejected = QuoteFactory(speaker=speaker, text="Soon rejected words")
    assert quote.article.headline in client.get(url).text

    rejected.verification_status = Quote.Verification.REJECTED
    rejected.save()
    article = quote.article
    article.status = Article.Status.DRAFT
    article.save()
    after = client.get(url).text

    assert "Soon withdrawn words" not in after
    assert "Soon rejected words" not in after
    assert article.headline not in after


def test_search_finds_a_scheduled_story_its_quote_and_its_person_only_when_their_time_comes(client):
    due = timezone.now() + dt.timedelta(minutes=5)
    article = ArticleFactory(status=Article.Status.PUBLISHED, published_at=due, headline="Zephyrine plan unveiled")
    article.people.add(PersonFactory(name="Quilla Embargo"))  # named, not quoted: found only as a person
    QuoteFactory(article=article, speaker=PersonFactory(name="Odo Speaker"), text="Yarrowick words at last")

    def found():
        return {
            "article": "plan unveiled" in client.get("/search/", {"q": "Zephyrine"}).text,
            "quote": "words at last" in client.get("/search/", {"q": "Yarrowick"}).text,
            "person": "Quilla" in client.get("/search/", {"q": "Embargo"}).text,
        }

    assert found() == {"article": False, "quote": False, "person": False}  # each search's base is built now
    with time_machine.travel(due + dt.timedelta(seconds=1), tick=False):
        assert found() == {"article": True, "quote": True, "person": True}


def test_search_drops_a_story_unpublished_and_a_quote_rejected_after_its_base_was_built(client):
    quote = QuoteFactory(text="Xanthic remarks on record")
    other = QuoteFactory(text="Xanthic words soon rejected")
    assert "remarks on record" in client.get("/search/", {"q": "Xanthic"}).text

    other.verification_status = Quote.Verification.REJECTED
    other.save()
    article = quote.article
    article.status = Article.Status.DRAFT
    article.save()
    after = client.get("/search/", {"q": "Xanthic"}).text

    assert "remarks on record" not in after
    assert "words soon rejected" not in after


def test_the_people_readers_may_see_by_the_time_of_the_query_are_those_by_now():
    named = PersonFactory(name="Named Person")
    ArticleFactory(published=True).people.add(named)
    ArticleFactory(scheduled=True).people.add(PersonFactory(name="Scheduled Person"))
    QuoteFactory(speaker=PersonFactory(name="Quoted Person"))
    PersonFactory(name="Nowhere Person")

    assert set(Person.objects.public(at=TimeOfQuery())) == set(Person.objects.public())
    assert {p.name for p in Person.objects.public()} == {"Named Person", "Quoted Person"}
