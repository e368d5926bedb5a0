import datetime as dt

import factory
from django.utils import timezone

from articles.domain.models import Article, Author, Person, Quote, Section, Tag


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Alex Example{n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    title = "Minister of Examples"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    headline = factory.Sequence(lambda n: f"Something happened, number {n}")
    slug = factory.Sequence(lambda n: f"something-happened-{n}")
    deck = "The first summary line\nThe second summary line"
    body = (
        "First paragraph, in which “a partial quote” appears.\n\n"
        "“A full quote that ends here,” the minister said.\n\n"
        "## A crosshead\n\n"
        "Caption: A picture of the thing\nCredit: Photographer/Agency\n\n"
        "The last paragraph."
    )
    status = Article.Status.DRAFT
    published_at = None

    class Params:
        published = factory.Trait(
            status=Article.Status.PUBLISHED,
            published_at=factory.LazyFunction(lambda: timezone.now() - dt.timedelta(hours=1)),
        )
        scheduled = factory.Trait(
            status=Article.Status.PUBLISHED,
            published_at=factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=1)),
        )


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    article = factory.SubFactory(ArticleFactory, published=True)
    speaker = factory.SubFactory(PersonFactory)
    text = factory.Sequence(lambda n: f"Quoted words number {n}")
    position = factory.Sequence(lambda n: n + 1)
    is_partial = False
    reporting_verb = "said"


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Jo Writer{n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    bio = "Covers examples for the paper."


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
