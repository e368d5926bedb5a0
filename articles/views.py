"""Public pages. Every query starts from the publish rule in the models' querysets."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.generic import DetailView, ListView

from articles.models import Article, Person, Quote
from articles.rendering import render_article


class PublishedArticleMixin:
    def get_queryset(self):
        return Article.objects.published()


class HomeView(PublishedArticleMixin, ListView):
    template_name = "articles/home.html"
    context_object_name = "articles"

    def get_paginate_by(self, queryset):
        return settings.NEWSROOM_ARTICLES_PER_PAGE

    def get_queryset(self):
        return super().get_queryset().only("headline", "slug", "deck", "published_at")


class ArticleDetailView(PublishedArticleMixin, DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        quotes = Quote.objects.select_related("speaker").order_by("position")
        return (
            super()
            .get_queryset()
            .prefetch_related(Prefetch("quotes", queryset=quotes), "people")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        quotes = list(self.object.quotes.all())
        context["deck_html"], context["blocks"] = render_article(self.object, quotes)
        context["quotes"] = quotes
        return context


def person_detail(request, slug):
    person = get_object_or_404(Person.objects.public(), slug=slug)
    quotes = (
        Quote.objects.published()
        .filter(speaker=person)
        .select_related("article")
        .order_by("-article__published_at", "-article_id", "position")
    )
    page = Paginator(quotes, settings.NEWSROOM_QUOTES_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "articles/person_detail.html",
        {"person": person, "page_obj": page, "quotes": page.object_list},
    )


def quote_detail(request, pk):
    quote = get_object_or_404(Quote.objects.published().select_related("article", "speaker"), pk=pk)
    return render(request, "articles/quote_detail.html", {"quote": quote, "article": quote.article})
