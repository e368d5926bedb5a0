"""Read-only JSON API for published content; django-ninja derives the OpenAPI schema from these types."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.shortcuts import get_object_or_404
from ninja import Field, NinjaAPI, Schema
from ninja.pagination import PaginationBase, paginate

from articles.domain.models import Article, Person, Quote, visible_quotes_prefetch
from articles.site.pagination import MAX_PAGE, lookahead_page

api = NinjaAPI(
    title="Newsroom API",
    version="1.0",
    description="Published articles, the people in them and their quotes. Read-only.",
    urls_namespace="api",
    docs_url=None,  # the interactive docs page loads scripts from a CDN; the schema is enough
)


class Pagination(PaginationBase):
    """Page numbers without a total: one row more than the page tells whether another follows,
    so a list costs one query however large the archive grows."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE)
        page_size: int = Field(20, ge=1, le=100)

    class Output(Schema):
        items: list[Any]
        page: int
        next_page: int | None
        previous_page: int | None

    def paginate_queryset(self, queryset, pagination, request, **params):
        page = lookahead_page(queryset, pagination.page, pagination.page_size)
        return {
            "items": page.object_list,
            "page": page.number,
            "next_page": page.next_page_number() if page.has_next else None,
            "previous_page": page.previous_page_number() if page.has_previous else None,
        }


class PersonRef(Schema):
    slug: str
    name: str
    title: str
    url: str = Field(..., alias="get_absolute_url")


class ArticleRef(Schema):
    slug: str
    headline: str
    published_at: dt.datetime
    url: str = Field(..., alias="get_absolute_url")


class ArticleSummary(ArticleRef):
    deck: list[str] = Field(..., alias="deck_lines")


class BlockOut(Schema):
    kind: str
    text: str
    credit: str


class QuoteInArticle(Schema):
    id: int
    text: str
    is_partial: bool
    position: int
    speaker: PersonRef | None
    url: str = Field(..., alias="get_absolute_url")


class ArticleDetail(ArticleSummary):
    updated_at: dt.datetime
    body: list[BlockOut] = Field(..., alias="blocks")
    people: list[PersonRef]
    quotes: list[QuoteInArticle]

    @staticmethod
    def resolve_people(obj):
        return list(obj.people.all())

    @staticmethod
    def resolve_quotes(obj):
        return obj.visible_quotes  # set by visible_quotes_prefetch(): never a rejected quote


class PersonOut(PersonRef):
    aliases: list[str] = Field(..., alias="alias_list")


class QuoteOut(Schema):
    id: int
    text: str
    is_partial: bool
    reporting_verb: str
    context: str
    speaker: PersonRef | None
    article: ArticleRef
    url: str = Field(..., alias="get_absolute_url")


@api.get("/articles", response=list[ArticleSummary], tags=["articles"])
@paginate(Pagination)
def list_articles(request):
    return Article.objects.published().only("slug", "headline", "deck", "published_at")


@api.get("/articles/{slug}", response=ArticleDetail, tags=["articles"])
def get_article(request, slug: str):
    queryset = Article.objects.published().prefetch_related("people", visible_quotes_prefetch())
    return get_object_or_404(queryset, slug=slug)


@api.get("/people", response=list[PersonOut], tags=["people"])
@paginate(Pagination)
def list_people(request):
    return Person.objects.public().order_by("name", "id")


@api.get("/people/{slug}", response=PersonOut, tags=["people"])
def get_person(request, slug: str):
    return get_object_or_404(Person.objects.public(), slug=slug)


@api.get("/people/{slug}/quotes", response=list[QuoteOut], tags=["people"])
@paginate(Pagination)
def list_person_quotes(request, slug: str):
    person = get_object_or_404(Person.objects.public(), slug=slug)
    return Quote.objects.said_by(person).with_article("speaker")


@api.get("/quotes", response=list[QuoteOut], tags=["quotes"])
@paginate(Pagination)
def list_quotes(request):
    return _quotes()


@api.get("/quotes/{quote_id}", response=QuoteOut, tags=["quotes"])
def get_quote(request, quote_id: int):
    return get_object_or_404(_quotes(), pk=quote_id)


def _quotes():
    return (
        Quote.objects.published().with_article("speaker").order_by("-article__published_at", "-article_id", "position")
    )
