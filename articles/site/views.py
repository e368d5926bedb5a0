"""Public pages. Every query starts from the publish rule in the models' querysets."""

import datetime as dt
import functools
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.template import engines
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.html import format_html_join
from django.utils.http import http_date
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from articles.domain import previews as preview
from articles.domain.models import (
    SAID_BY_ORDER,
    Article,
    Author,
    Correction,
    Person,
    Quote,
    Section,
    Tag,
    TimeOfQuery,
    visible_quotes_prefetch,
)
from articles.site import structured_data
from articles.site.bylines import (
    bylines_prefetch,
    card_rows,
    card_versions,
    navigation_sections,
    related_articles,
    tags_prefetch,
)
from articles.site.caching import current_view, depends_on, fetch_current, fetch_or_build, store_current
from articles.site.fragments import article_cards, article_cards_by_version, quote_items_by_version, quote_keys
from articles.site.invalidation import article_keys
from articles.site.pagination import keyset_paginate, paginate
from articles.site.pictures import prefetch_pictures
from articles.site.rendering import render_article
from articles.site.search import search as run_search

NEWS_SITEMAP_WINDOW = dt.timedelta(days=2)
FAVICON_REDIRECT_SECONDS = 24 * 3600
NEWS_SITEMAP_LIMIT = 1000  # Google News reads at most 1,000 URLs from one news sitemap


def _with_last_modified(response, moment):
    """Last-Modified for conditional GETs (ConditionalGetMiddleware answers them with 304)."""
    if moment is not None:
        response.headers["Last-Modified"] = http_date(moment.timestamp())
    return response


@require_safe
def home(request):
    view = current_view()  # before the articles are read: their kept cards are checked against it
    page = paginate(card_versions(), request.GET.get("page"), settings.NEWSROOM_ARTICLES_PER_PAGE)
    depends_on(request, "list:home", "cards")
    context = {
        "page_obj": page,
        "articles": page.object_list,
        "cards": article_cards_by_version(view, page.object_list),
    }
    return render(request, "articles/home.html", context)


def load_story(article):
    """Fetch what the story shows with the article, in a fixed number of queries."""
    prefetch_related_objects(
        [article],
        visible_quotes_prefetch(),
        "people",
        "corrections",
        bylines_prefetch(),
        tags_prefetch(),
        "image__renditions",
    )


def render_story(request, article) -> dict:
    """The article's own content as HTML, its JSON-LD (none for a preview), and the keys of
    what it shows (its people and speakers, tags, bylines, section: the related articles are
    found through tags and people)."""
    load_story(article)
    quotes = article.visible_quotes
    deck_html, blocks = render_article(article, quotes)
    html = render_to_string(
        "articles/includes/story.html",
        {
            "article": article,
            "deck_html": deck_html,
            "blocks": blocks,
            "quotes": quotes,
            "corrections": list(article.corrections.all()),
            "related": related_articles(article),
        },
    )
    data = ""
    if article.is_published:  # nothing that invites indexing on a preview
        data = structured_data.script(
            structured_data.news_article(article, request.build_absolute_uri, settings.NEWSROOM_SITE_NAME)
        )
    keys = article_keys(
        article.pk,
        people={person.pk for person in article.people.all()} | {quote.speaker_id for quote in quotes},
        tags=[tag.pk for tag in article.tag_list],
        authors=[byline.author_id for byline in article.byline_list],
        section=article.section_id,
    )
    return {
        "story_html": mark_safe(html),  # rendered by our template, autoescaped
        "structured_data": data,
        "article_meta": article_meta(article),
        "keys": sorted(keys),
    }


def article_meta(article) -> str:
    """OpenGraph's article:section and one article:tag per tag (the tags loaded by load_story)."""
    tags = [("article:section", article.section.name)] if article.section is not None else []
    tags += [("article:tag", tag.name) for tag in article.tag_list]
    return format_html_join("\n  ", '<meta property="{}" content="{}">', tags)


def cached_story(request, article) -> dict:
    """render_story, kept in the cache until something it shows changes."""
    key = f"newsroom:story:{article.pk}:{article.version}:{request.get_host()}"
    view, stored = fetch_current(key)
    if stored is not None and len(stored) == 4:  # (a copy kept by an older release is rendered again)
        # Stored from our own rendering below: autoescaped template output, escaped JSON-LD and meta.
        story_html, structured_data_html, meta_html, keys = stored
        return {
            "story_html": mark_safe(story_html),
            "structured_data": mark_safe(structured_data_html),
            "article_meta": mark_safe(meta_html),
            "keys": keys,
        }
    story = render_story(request, article)
    value = (str(story["story_html"]), str(story["structured_data"]), str(story["article_meta"]), story["keys"])
    store_current(key, view, value, story["keys"])
    return story


def published_article(slug: str) -> Article | None:
    """The published article at this address, kept in the cache until the article changes.

    The most read lookup of the site. A published article stops being visible only through a
    write (unpublish, retract, delete, a new address), which retires its key and so the kept copy
    on every process; an article not (yet) visible is never kept, so a scheduled one appears on
    time."""

    def build():
        article = Article.objects.published().select_related("section", "image").filter(slug=slug).first()
        if article is not None:
            prefetch_pictures([article])  # kept with it: the page's lead image and share tags
        return article

    return fetch_or_build(
        f"newsroom:article:{slug}", build, lambda article: [f"article:{article.pk}", f"section:{article.section_id}"]
    )


@require_safe
def article_detail(request, slug):
    """A published article; staff who may view articles also see drafts here, marked as a preview."""
    if request.user.has_perm("articles.view_article"):
        article = get_object_or_404(Article.objects.select_related("section"), slug=slug)
    else:
        article = published_article(slug)
        if article is None:
            return _retracted_or_404(request, Article.objects.retracted().filter(slug=slug).first())
    if not article.is_published:
        return _render_preview(request, article)
    story = cached_story(request, article)
    depends_on(request, *story.pop("keys"))
    context = {"article": article, "is_preview": False, **story}
    response = render(request, "articles/article_detail.html", context)
    return _with_last_modified(response, article.updated_at)


def _retracted_or_404(request, article):
    """A retracted article's address answers 410 Gone with its headline, date and the retraction
    notice (never its text); an unpublished one stays a silent 404."""
    if article is None:
        raise Http404("No published article has this address.")
    notice = article.corrections.filter(kind=Correction.Kind.RETRACTION).order_by("-created_at").first()
    response = render(request, "articles/retracted.html", {"article": article, "notice": notice}, status=410)
    response.headers["X-Robots-Tag"] = "noindex"
    return response


def _render_preview(request, article):
    story = render_story(request, article)
    del story["keys"]
    context = {"article": article, "is_preview": True, **story}
    return _private(render(request, "articles/article_detail.html", context))


def _private(response):
    """Previews: never cached anywhere, never indexed."""
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_safe
def preview_article(request, token):
    """A draft shown to whoever holds a valid, unexpired, unrevoked signed link."""
    article = preview.article_for_token(token)
    if article is None:
        raise Http404("This preview link is not valid, has expired or was revoked.")
    return _render_preview(request, article)


@require_safe
def corrections(request):
    entries = Correction.objects.public().with_article().order_by("-created_at", "-id")
    page = paginate(entries, request.GET.get("page"), settings.NEWSROOM_ARTICLES_PER_PAGE)
    depends_on(request, "list:corrections")
    return render(request, "articles/corrections.html", {"page_obj": page, "corrections": page.object_list})


PERSON_PARTS_TEMPLATE = "articles/includes/person_parts.html"


@dataclass(frozen=True)
class PersonParts:
    """What a person's page shows of the person, rendered: their `name` (escaped by the page's
    template), the <head> links and share tags, the page's header, and their JSON-LD."""

    pk: int
    name: str
    head_extra: str
    header: str
    structured_data: str


def _build_person_parts(request, slug: str) -> PersonParts | None:
    """The person at this address with their page's parts rendered (kept with their page by
    person_page). Whether readers may see them is the page's to ask. Their JSON-LD and share
    tags hold absolute URLs, for this request's scheme and host."""
    person = Person.objects.select_related("photo").filter(slug=slug).first()
    if person is None:
        return None
    prefetch_pictures([person], "photo")
    absolute = request.build_absolute_uri
    feed_url = reverse("articles:person-feed", args=[person.slug])
    macros = engines["jinja2"].env.get_template(PERSON_PARTS_TEMPLATE).module
    return PersonParts(
        pk=person.pk,
        name=person.name,
        head_extra=str(macros.head_extra(person, feed_url, absolute)),
        header=str(macros.header(person, feed_url)),
        structured_data=str(structured_data.script(structured_data.person(person, absolute))),
    )


def _person_quote_items():
    """What a person page's quote items show. Items not kept are read by key through the publish
    rule alone: with the speaker's condition too, SQLite walks all of their quotes in the speaker
    index instead (10,000 for the busiest)."""
    return Quote.objects.published().select_related("article").only(
        "text", "is_partial", "position", "speaker_id", "article_published_at",
        "verification_status", "verification_note", "version",
        "article__headline", "article__slug", "article__published_at", "article__version",
    )  # fmt: skip


# People whose page's query this process keeps built (most recently asked for first).
PREPARED_PEOPLE = 256


@functools.lru_cache(maxsize=PREPARED_PEOPLE)
def _said_by_rows(person_pk: int):
    """What a person's page lists of their published quotes: (id, versions, cursor fields); quote
    rows are read only for items not kept. Built once per person and process and run with
    `.all()`: the publish rule's time is the time of each run (TimeOfQuery)."""
    quotes = Quote.objects.said_by(person_pk, at=TimeOfQuery())
    cursor_fields = (name.lstrip("-") for name in SAID_BY_ORDER)
    return quotes.values_list("pk", "version", "article__version", *cursor_fields, named=True)


@require_safe
def person_detail(request, slug):
    # Found by address alone: a published quote of theirs on the page shows they are public
    # (Person.objects.public()), which is asked only of a person with none here (two correlated
    # EXISTS, costlier to build than the rest of the lookup).
    found = person_page(request, slug)
    if found is None:
        raise Http404("No person readers may see has this address.")
    parts, head, tail = found
    depends_on(request, f"person:{parts.pk}")
    view = current_view()  # before the quotes are read: their kept items are checked against it
    rows = _said_by_rows(parts.pk).all()
    page = keyset_paginate(rows, SAID_BY_ORDER, request.GET, settings.NEWSROOM_QUOTES_PER_PAGE)
    if not page.object_list and not Person.objects.public().filter(pk=parts.pk).exists():
        raise Http404("No person readers may see has this address.")
    items = quote_items_by_version(view, page.object_list, _person_quote_items, show_article=True)
    macros = engines["jinja2"].env.get_template(PERSON_QUOTE_LIST_TEMPLATE).module
    quote_list = macros.quote_list(page.object_list, items, page, request)
    return HttpResponse("".join((head, quote_list, tail)))  # (head + Markup would escape head)


# Part of the key of a person's kept page: change it when its markup or what is kept changes.
PERSON_PAGE_LAYOUT = 2
PERSON_TEMPLATE = "articles/person_detail.html"
PERSON_QUOTE_LIST_TEMPLATE = "articles/includes/person_quote_list.html"
# Stands for the list of quotes while the page around it is rendered (random: no content holds it).
_QUOTE_LIST_MARK = f"<!--quote-list-{secrets.token_hex(16)}-->"


def person_page(request, slug: str) -> tuple[PersonParts, str, str] | None:
    """The person at this address (their PersonParts) and their page before and after its list
    of quotes (articles/person_detail.html: the <head>, the masthead, the person's header, the
    footer), rendered once and kept until the person changes (a new name, address, title,
    description, other spellings or photo: all retire `person:<id>`), for the scheme and host
    they were made for (absolute URLs). The masthead is kept apart, with its own keys and
    lifetime: the page around the list is rendered again whenever it is not the one it shows."""
    origin = f"{request.scheme}://{request.get_host()}"
    sections = navigation_sections()
    key = f"newsroom:person-page:{PERSON_PAGE_LAYOUT}:{slug}:{origin}"
    view, kept = fetch_current(key)
    if kept is not None:
        parts, shown, head, tail = kept
        if shown == sections:
            return parts, head, tail
    else:
        parts = _build_person_parts(request, slug)
        if parts is None:
            return None  # (not kept: a person given this address later is found at once)
    context = {
        "person": parts,
        # Our own templates' autoescaped output and escaped JSON-LD, as _build_person_parts made them.
        "person_parts": {"head_extra": mark_safe(parts.head_extra), "header": mark_safe(parts.header)},
        "structured_data": mark_safe(parts.structured_data),
        "quote_list": mark_safe(_QUOTE_LIST_MARK),
    }
    head, mark, tail = render_to_string(PERSON_TEMPLATE, context, request).partition(_QUOTE_LIST_MARK)
    if not mark:
        raise ValueError(f"{PERSON_TEMPLATE} does not show its quote_list.")
    store_current(key, view, (parts, sections, head, tail), [f"person:{parts.pk}"])
    return parts, head, tail


def _article_list_page(request, template, context, articles, collection=None):
    """A byline's, section's or tag's published articles, newest first, cursor-paged; for a
    section or tag (`collection`), its JSON-LD CollectionPage listing the page's articles."""
    view = current_view()  # before the articles are read: their kept cards are checked against it
    ordering = ("-published_at", "-id")
    page = keyset_paginate(articles.order_by(*ordering), ordering, request.GET, settings.NEWSROOM_ARTICLES_PER_PAGE)
    depends_on(request, "cards")
    if collection is not None:
        data = structured_data.collection_page(
            collection, page.object_list, request.build_absolute_uri, settings.NEWSROOM_SITE_NAME
        )
        context = {**context, "structured_data": structured_data.script(data)}
    cards = article_cards(view, page.object_list)
    return render(request, template, {**context, "page_obj": page, "articles": page.object_list, "cards": cards})


@require_safe
def author_detail(request, slug):
    author = get_object_or_404(Author.objects.public().select_related("photo"), slug=slug)
    prefetch_pictures([author], "photo")
    depends_on(request, f"author:{author.pk}")
    return _article_list_page(
        request,
        "articles/author_detail.html",
        {
            "author": author,
            "structured_data": structured_data.script(structured_data.author(author, request.build_absolute_uri)),
        },
        card_rows().filter(bylines__author=author),
    )


@require_safe
def section_detail(request, slug):
    section = get_object_or_404(Section.objects.public(), slug=slug)
    depends_on(request, f"section:{section.pk}")
    return _article_list_page(
        request,
        "articles/section_detail.html",
        {"section": section},
        card_rows().filter(section=section),
        collection=section,
    )


@require_safe
def tag_detail(request, slug):
    tag = get_object_or_404(Tag.objects.public(), slug=slug)
    depends_on(request, f"tag:{tag.pk}")
    return _article_list_page(
        request, "articles/tag_detail.html", {"tag": tag}, card_rows().filter(tags=tag), collection=tag
    )


def published_quote(pk: int):
    """(quote, its public corrections) if readers may see the quote, else None; kept in the cache
    until the quote, its article's card fields or its speaker change. A quote not (yet) visible
    is never kept, so one in a scheduled article appears on time."""

    def build():
        # Without the model's ordering (by article, which orders by the article's own): one row by key.
        quote = Quote.objects.published().with_article("speaker").filter(pk=pk).order_by().first()
        if quote is None:
            return None
        return quote, list(quote.corrections.public().order_by("-created_at"))

    return fetch_or_build(f"newsroom:quote:{pk}", build, lambda found: quote_keys(found[0], show_speaker=True))


@require_safe
def quote_detail(request, pk):
    found = published_quote(pk)
    if found is None:
        return _retracted_or_404(request, Article.objects.retracted().filter(quotes__pk=pk).first())
    quote, corrections = found
    depends_on(request, *quote_keys(quote, show_speaker=True))  # the quote, its corrections, article, speaker
    response = render(
        request,
        "articles/quote_detail.html",
        {
            "quote": quote,
            "article": quote.article,
            "citation": quote_citation(quote, request.build_absolute_uri(quote.get_absolute_url())),
            "corrections": corrections,
            "structured_data": structured_data.script(structured_data.quotation(quote, request.build_absolute_uri)),
        },
    )
    return _with_last_modified(response, max(quote.updated_at, quote.article.updated_at))


def quote_citation(quote, url):
    speaker = quote.speaker.name if quote.speaker else "Unattributed"
    date = quote.article.published_at.strftime("%-d %B %Y")
    return f"{speaker}, quoted in “{quote.article.headline}”, {settings.NEWSROOM_SITE_NAME}, {date}. {url}"


@require_safe
def search(request):
    results = run_search(request.GET.get("q", ""))
    depends_on(request, "search")
    return render(request, "articles/search.html", {"results": results, "query": results.query})


@require_safe
def news_sitemap(request):
    since = timezone.now() - NEWS_SITEMAP_WINDOW
    articles = (
        Article.objects.published()
        .filter(published_at__gte=since)
        .only("headline", "slug", "published_at")
        .order_by("-published_at", "-id")[:NEWS_SITEMAP_LIMIT]
    )
    depends_on(request, "sitemap")
    return render(
        request,
        "articles/news_sitemap.xml",
        {"articles": articles, "publication_name": settings.NEWSROOM_SITE_NAME, "language": "en"},
        content_type="application/xml",
    )


@require_safe
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: send them to the SVG icon. Not a
    permanent redirect: the icon's address changes with its content (hashed static names)."""
    response = HttpResponseRedirect(static("articles/favicon.svg"))
    patch_cache_control(response, public=True, max_age=FAVICON_REDIRECT_SECONDS)
    return response


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap-index'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('news-sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
