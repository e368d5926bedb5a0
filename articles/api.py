"""Read-only JSON API for published content; django-ninja derives the OpenAPI schema from these types."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, NinjaAPI, Query, Schema
from ninja.pagination import PaginationBase, paginate

from articles.domain.models import (
    Article,
    Author,
    Person,
    Quote,
    Section,
    Tag,
    TimeOfQuery,
    visible_quotes_prefetch,
)
from articles.site.bylines import authors_of, bylines_prefetch, card_articles, tags_prefetch
from articles.site.caching import current_view
from articles.site.fragments import card_keys, kept_values, quote_keys
from articles.site.pagination import MAX_PAGE, lookahead_page
from articles.site.pictures import prefetched_image, share_rendition

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
        return {"items": page.object_list, **_page_numbers(page)}


def _page_numbers(page) -> dict:
    return {
        "page": page.number,
        "next_page": page.next_page_number() if page.has_next else None,
        "previous_page": page.previous_page_number() if page.has_previous else None,
    }


def paged(item_schema: type[Schema]) -> type[Schema]:
    """The schema of a page of `item_schema`, as `@paginate(Pagination)` names and shapes it."""
    return type(f"Paged{item_schema.__name__}", (Pagination.Output,), {"__annotations__": {"items": list[item_schema]}})


class KeptList:
    """A list whose items are kept in the cache, serialised, until what they show changes, as the
    site's cards and quote items are (articles.site.fragments): the page is read as ids and
    versions (`versions`, a named values_list with `pk`), and only the items not kept are read,
    by key, from the queryset `rows()` returns (with the columns and relations `schema` shows,
    through the publish rule: an item unpublished meanwhile is left out) and serialised with
    `schema`; a page whose items are all kept does not even build that queryset. `key(row)`
    names a kept item; `keys(obj)` are the surrogate keys of what it shows.

    An item is kept as the operation's answer holds it, rendered (the API renderer's JSON of
    `schema`'s dump of the row), and `response` writes the page around the kept texts: validating
    the kept items again against the schema, or encoding them again, would cost more than the
    rest of the request."""

    def __init__(self, versions, rows, schema, *, key, keys, context=None):
        self.versions, self.rows, self.schema, self.key, self.keys = versions, rows, schema, key, keys
        self.context = context  # for resolvers that need the request (absolute image URLs)

    def response(self, request, pagination: Pagination.Input) -> HttpResponse:
        view = current_view()  # before the page is read: its kept items are checked against it
        page = lookahead_page(self.versions, pagination.page, pagination.page_size)
        keys = [self.key(row) for row in page.object_list]
        items = kept_values(view, page.object_list, keys, functools.partial(self._render, request))
        return _json_page(request, items, _page_numbers(page))

    def _render(self, request, missing) -> list:
        found = self.rows().order_by().in_bulk([row.pk for row in missing])  # by key, unordered
        return [
            (_json(request, self.schema.model_validate(found[row.pk], context=self.context).model_dump()),
             self.keys(found[row.pk]))
            if row.pk in found
            else None
            for row in missing
        ]  # fmt: skip


def _json(request, data) -> str:
    return api.renderer.render(request, data, response_status=200)


def _json_page(request, items: list[str], numbers: dict) -> HttpResponse:
    """The answer api.create_response gives for {"items": [...], **numbers}, from the items'
    rendered JSON: the renderer's json.dumps writes a list as "[" + ", ".join(items) + "]"."""
    numbers_json = _json(request, numbers)  # '{"page": 1, ...}'
    body = '{"items": [' + ", ".join(items) + "], " + numbers_json[1:]
    return HttpResponse(body, status=200, content_type=api.get_content_type())


class Message(Schema):
    """An error: 404 when nothing published has this address."""

    detail: str


class ValidationErrors(Schema):
    """422: a parameter is not what the operation takes (e.g. page=0, page_size=1000)."""

    detail: list[dict[str, Any]]


# Answered before the API sees the request, by newsroom.middleware, as plain text.
BAD_REQUEST = {
    "responses": {
        "400": {
            "description": "A parameter holds a NUL byte (refused for the whole site, as plain text).",
            "content": {"text/plain": {"schema": {"type": "string"}}},
        }
    }
}


def responses(ok, *, not_found: bool = True) -> dict:
    """What an operation answers, for the schema: 200, 422 for bad parameters and, when it
    names a resource, 404 when nothing published has that name."""
    return {200: ok, **({404: Message} if not_found else {}), 422: ValidationErrors}


def read(path: str, ok, *, tag: str, not_found: bool = True):
    """A GET operation with every answer it can give documented (responses() and a 400)."""
    return api.get(path, response=responses(ok, not_found=not_found), tags=[tag], openapi_extra=BAD_REQUEST)


class ImageOut(Schema):
    """A library image as shared: the largest JPEG/PNG rendition up to 1280 px wide (the
    original when it has none), its absolute URL, size and type, and the desk's words."""

    url: str = Field(..., description="Absolute URL of the picture.")
    width: int
    height: int
    content_type: str = Field(..., description="image/jpeg, image/png, image/gif or image/webp.")
    alt: str = Field(..., description="What the picture shows, for readers who cannot see it.")
    caption: str
    credit: str


def image_out(obj, field: str, context) -> dict | None:
    """The image in `field` of `obj` for the API, or None. Only when its query fetched it with its
    renditions (see _with_images), so a list never costs a query per row."""
    image = prefetched_image(obj, field)
    if image is None:
        return None
    url, width, height, content_type = share_rendition(image)
    return {
        "url": context["request"].build_absolute_uri(url),
        "width": width,
        "height": height,
        "content_type": content_type,
        "alt": image.alt_text,
        "caption": image.caption,
        "credit": image.credit,
    }


def _with_images(queryset, field: str):
    """The image in `field` joined, and its renditions in one more query for the whole page."""
    return queryset.select_related(field).prefetch_related(f"{field}__renditions")


class AuthorRef(Schema):
    slug: str
    name: str
    url: str = Field(..., alias="get_absolute_url")


class AuthorOut(AuthorRef):
    bio: str
    photo: ImageOut | None = Field(None, description="The author's photo, if the desk gave one.")

    @staticmethod
    def resolve_photo(obj, context):
        return image_out(obj, "photo", context)


class SectionRef(Schema):
    slug: str
    name: str
    url: str = Field(..., alias="get_absolute_url")


class SectionOut(SectionRef):
    description: str


class TagRef(Schema):
    slug: str
    name: str
    url: str = Field(..., alias="get_absolute_url")


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
    authors: list[AuthorRef]
    section: SectionRef | None
    tags: list[TagRef]
    image: ImageOut | None = Field(None, description="The lead image, if the article has one.")

    @staticmethod
    def resolve_image(obj, context):
        return image_out(obj, "image", context)

    @staticmethod
    def resolve_authors(obj):
        return authors_of(obj)  # in byline order (card_articles())

    @staticmethod
    def resolve_tags(obj):
        return obj.tag_list  # loaded by tags_prefetch()


def _articles():
    """Published articles with their bylines, section, tags and lead image: three queries for any
    page, and a fourth for the lead images' renditions when any article on it has one."""
    return _with_images(card_articles().prefetch_related(tags_prefetch()), "image")


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
    description: str
    photo: ImageOut | None = Field(None, description="The person's photo, if the desk gave one.")

    @staticmethod
    def resolve_photo(obj, context):
        return image_out(obj, "photo", context)


class QuoteOut(Schema):
    id: int
    text: str
    is_partial: bool
    reporting_verb: str
    context: str
    speaker: PersonRef | None
    article: ArticleRef
    url: str = Field(..., alias="get_absolute_url")


def _article_item_keys(article) -> list[str]:
    """What an ArticleSummary shows: what its card shows, and its tags."""
    return [*card_keys(article), *(f"tag:{tag.pk}" for tag in article.tag_list)]


def _versions(articles):
    """What a list of articles reads of each on every request: its id and version."""
    return articles.values_list("pk", "version", named=True)


def _article_summaries(request, versions, pagination: Pagination.Input) -> HttpResponse:
    """A page of the articles named by `versions` (published, in their order: _versions() of
    them) as kept ArticleSummary items."""
    # The lead image's URL is absolute: an item is kept for the scheme and host it was made for.
    origin = f"{request.scheme}://{request.get_host()}"
    return KeptList(
        versions,
        _articles,
        ArticleSummary,
        key=lambda row: f"newsroom:api:{API_LAYOUT}:article:{origin}:{row.pk}:{row.version}",
        keys=_article_item_keys,
        context={"request": request},
    ).response(request, pagination)


@functools.cache
def _published_article_versions():
    """The ids and versions of published articles in the model's order, built once per process
    and run with `.all()`: the publish rule's time is the time of each run (TimeOfQuery)."""
    return _versions(Article.objects.published(at=TimeOfQuery()))


@read("/articles", paged(ArticleSummary), tag="articles", not_found=False)
def list_articles(request, pagination: Query[Pagination.Input]):
    return _article_summaries(request, _published_article_versions().all(), pagination)


@read("/articles/{slug}", ArticleDetail, tag="articles")
def get_article(request, slug: str):
    queryset = _with_images(
        Article.objects.published()
        .select_related("section")
        .prefetch_related(bylines_prefetch(), tags_prefetch(), "people", visible_quotes_prefetch()),
        "image",
    )
    return get_object_or_404(queryset, slug=slug)


@read("/people", list[PersonOut], tag="people", not_found=False)
@paginate(Pagination)
def list_people(request):
    return _with_images(Person.objects.public(), "photo").order_by("name", "id")


@read("/people/{slug}", PersonOut, tag="people")
def get_person(request, slug: str):
    return get_object_or_404(_with_images(Person.objects.public(), "photo"), slug=slug)


@read("/people/{slug}/quotes", paged(QuoteOut), tag="people")
def list_person_quotes(request, slug: str, pagination: Query[Pagination.Input]):
    person = get_object_or_404(Person.objects.public(), slug=slug)
    return _quote_items(request, _quote_versions(Quote.objects.said_by(person)), pagination)


# Part of every kept API item's key: change it when an item's schema or how it is kept changes.
API_LAYOUT = 3


def _quote_item_key(row) -> str:
    return f"newsroom:api:{API_LAYOUT}:quote:{row.pk}:{row.version}:{row.article__version}"


def _quote_versions(quotes):
    """What a list of quotes reads of each on every request: its id and versions."""
    return quotes.values_list("pk", "version", "article__version", named=True)


@functools.cache
def _published_quote_versions():
    """_quote_versions() of every published quote in QUOTES_ORDER, built once per process and run
    with `.all()`: the publish rule's time is the time of each run (TimeOfQuery)."""
    return _quote_versions(Quote.objects.published(at=TimeOfQuery()).order_by(*QUOTES_ORDER))


def _quote_items(request, versions, pagination: Pagination.Input) -> HttpResponse:
    """A page of the quotes named by `versions` (published, in their order: _quote_versions() of
    them) as kept QuoteOut items."""
    # What a QuoteOut shows: the quote, its article's listed fields, its speaker.
    keys = functools.partial(quote_keys, show_speaker=True)
    return KeptList(versions, _quotes, QuoteOut, key=_quote_item_key, keys=keys).response(request, pagination)


@read("/quotes", paged(QuoteOut), tag="quotes", not_found=False)
def list_quotes(request, pagination: Query[Pagination.Input]):
    return _quote_items(request, _published_quote_versions().all(), pagination)


@read("/quotes/{quote_id}", QuoteOut, tag="quotes")
def get_quote(request, quote_id: int):
    return get_object_or_404(_quotes(), pk=quote_id)


def _quote_columns(quotes):
    """Quotes with their article and speaker, reading only the columns QuoteOut shows (an article
    row has a dozen more, times among them, each converted on the way out of the database)."""
    return quotes.select_related("article", "speaker").only(
        "text", "is_partial", "reporting_verb", "context",
        "article__slug", "article__headline", "article__published_at",
        "speaker__slug", "speaker__name", "speaker__title",
    )  # fmt: skip


QUOTES_ORDER = ("-article__published_at", "-article_id", "position")


def _quotes():
    return _quote_columns(Quote.objects.published()).order_by(*QUOTES_ORDER)


@read("/authors", list[AuthorOut], tag="authors", not_found=False)
@paginate(Pagination)
def list_authors(request):
    """Authors with a published article, by name."""
    return _with_images(Author.objects.public(), "photo").order_by("name", "id")


@read("/authors/{slug}", AuthorOut, tag="authors")
def get_author(request, slug: str):
    return get_object_or_404(_with_images(Author.objects.public(), "photo"), slug=slug)


@read("/authors/{slug}/articles", paged(ArticleSummary), tag="authors")
def list_author_articles(request, slug: str, pagination: Query[Pagination.Input]):
    """The author's published articles, newest first."""
    author = get_object_or_404(Author.objects.public(), slug=slug)
    return _article_summaries(
        request, _versions(Article.objects.published().filter(bylines__author=author)), pagination
    )


@read("/sections", list[SectionOut], tag="sections", not_found=False)
@paginate(Pagination)
def list_sections(request):
    """Sections with a published article, in the masthead's order."""
    return Section.objects.public().order_by("position", "name", "id")


@read("/sections/{slug}", SectionOut, tag="sections")
def get_section(request, slug: str):
    return get_object_or_404(Section.objects.public(), slug=slug)


@read("/sections/{slug}/articles", paged(ArticleSummary), tag="sections")
def list_section_articles(request, slug: str, pagination: Query[Pagination.Input]):
    """The section's published articles, newest first."""
    section = get_object_or_404(Section.objects.public(), slug=slug)
    return _article_summaries(request, _versions(Article.objects.published().filter(section=section)), pagination)


@read("/tags", list[TagRef], tag="tags", not_found=False)
@paginate(Pagination)
def list_tags(request):
    """Tags with a published article, by name."""
    return Tag.objects.public().order_by("name", "id")


@read("/tags/{slug}", TagRef, tag="tags")
def get_tag(request, slug: str):
    return get_object_or_404(Tag.objects.public(), slug=slug)


@read("/tags/{slug}/articles", paged(ArticleSummary), tag="tags")
def list_tag_articles(request, slug: str, pagination: Query[Pagination.Input]):
    """Articles with this tag, published, newest first."""
    tag = get_object_or_404(Tag.objects.public(), slug=slug)
    return _article_summaries(request, _versions(Article.objects.published().filter(tags=tag)), pagination)
