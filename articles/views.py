"""Public pages. Every query starts from the publish rule in the models' querysets."""

import datetime as dt

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.generic import DetailView

from articles import preview, structured_data
from articles.models import Article, Correction, Person, Quote
from articles.pagination import paginate
from articles.rendering import render_article
from articles.search import search as run_search

NEWS_SITEMAP_WINDOW = dt.timedelta(days=2)


def _with_last_modified(response, moment):
    """Last-Modified for conditional GETs (ConditionalGetMiddleware answers them with 304)."""
    if moment is not None:
        response.headers["Last-Modified"] = http_date(moment.timestamp())
    return response


@require_safe
def home(request):
    articles = Article.objects.published().only("headline", "slug", "deck", "published_at")
    page = paginate(articles, request.GET.get("page"), settings.NEWSROOM_ARTICLES_PER_PAGE)
    return render(request, "articles/home.html", {"page_obj": page, "articles": page.object_list})


def article_page_queryset(queryset):
    """What an article page shows with it, in a fixed number of queries."""
    quotes = (
        Quote.objects.select_related("speaker")
        .exclude(verification_status=Quote.Verification.REJECTED)
        .order_by("position")
    )
    return queryset.prefetch_related(Prefetch("quotes", queryset=quotes), "people", "corrections")


class ArticleDetailView(DetailView):
    """A published article; staff who may view articles also see drafts here, marked as a preview."""

    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        if self.request.user.has_perm("articles.view_article"):
            queryset = Article.objects.all()
        else:
            queryset = Article.objects.published()
        return article_page_queryset(queryset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(article_context(self.request, self.object))
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["is_preview"]:
            return _private(response)
        return _with_last_modified(response, self.object.updated_at)


def article_context(request, article):
    quotes = list(article.quotes.all())
    deck_html, blocks = render_article(article, quotes)
    is_preview = not article.is_published
    return {
        "article": article,
        "deck_html": deck_html,
        "blocks": blocks,
        "quotes": quotes,
        "corrections": list(article.corrections.all()),
        "is_preview": is_preview,
        # Nothing that invites indexing on a preview.
        "structured_data": None
        if is_preview
        else structured_data.news_article(article, request.build_absolute_uri, settings.NEWSROOM_SITE_NAME),
    }


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
    article = article_page_queryset(Article.objects.filter(pk=article.pk)).get()
    return _private(render(request, "articles/article_detail.html", article_context(request, article)))


@require_safe
def corrections(request):
    entries = Correction.objects.published().select_related("article").order_by("-created_at", "-id")
    page = paginate(entries, request.GET.get("page"), settings.NEWSROOM_ARTICLES_PER_PAGE)
    return render(request, "articles/corrections.html", {"page_obj": page, "corrections": page.object_list})


@require_safe
def person_detail(request, slug):
    person = get_object_or_404(Person.objects.public(), slug=slug)
    quotes = (
        Quote.objects.published()
        .filter(speaker=person)
        .select_related("article")
        .only(
            "text", "is_partial", "position", "speaker_id",
            "article__headline", "article__slug", "article__published_at",
        )
        .order_by("-article__published_at", "-article_id", "position")
    )  # fmt: skip
    page = paginate(quotes, request.GET.get("page"), settings.NEWSROOM_QUOTES_PER_PAGE)
    return render(
        request,
        "articles/person_detail.html",
        {
            "person": person,
            "page_obj": page,
            "quotes": page.object_list,
            "structured_data": structured_data.person(person, request.build_absolute_uri),
        },
    )


@require_safe
def quote_detail(request, pk):
    quote = get_object_or_404(Quote.objects.published().select_related("article", "speaker"), pk=pk)
    response = render(
        request,
        "articles/quote_detail.html",
        {
            "quote": quote,
            "article": quote.article,
            "citation": quote_citation(quote, request.build_absolute_uri(quote.get_absolute_url())),
            "structured_data": structured_data.quotation(quote, request.build_absolute_uri),
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
    return render(request, "articles/search.html", {"results": results, "query": results.query})


@require_safe
def news_sitemap(request):
    since = timezone.now() - NEWS_SITEMAP_WINDOW
    articles = Article.objects.published().filter(published_at__gte=since).only("headline", "slug", "published_at")
    return render(
        request,
        "articles/news_sitemap.xml",
        {"articles": articles, "publication_name": settings.NEWSROOM_SITE_NAME, "language": "en"},
        content_type="application/xml",
    )


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap-index'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('news-sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
