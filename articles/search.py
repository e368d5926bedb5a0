"""Reader search over published articles and quotes.

PostgreSQL: full-text search with `django.contrib.postgres.search`, weighted (headline and
quote words above deck and body), ranked, with the matched words highlighted by
`SearchHeadline` and served from GIN expression indexes. Other databases: a simpler
word-by-word `icontains` fallback with the same result shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Q
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.models import ARTICLE_SEARCH_VECTOR, QUOTE_SEARCH_VECTOR, SEARCH_CONFIG, Article, Quote

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
RESULTS_PER_KIND = 20
SNIPPET_WORDS = 30
# Private-use characters mark the matches inside database output, which is then escaped as a
# whole: the <mark> tags are ours, never the text's.
_START, _STOP = "\ue000", "\ue001"


@dataclass
class SearchResults:
    query: str
    articles: list
    quotes: list
    truncated: bool = False

    @property
    def count(self):
        return len(self.articles) + len(self.quotes)


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as searched: control characters removed, spaces folded, length capped."""
    text = re.sub(r"[\x00-\x1f\x7f\ue000\ue001]", " ", raw or "")
    text = " ".join(text.split())
    truncated = len(text) > MAX_QUERY_LENGTH
    return text[:MAX_QUERY_LENGTH], truncated


def search(raw_query: str) -> SearchResults:
    query, truncated = clean_query(raw_query)
    if not query:
        return SearchResults(query, [], [], truncated)
    if connection.vendor == "postgresql":
        articles, quotes = _search_postgres(query)
    else:
        articles, quotes = _search_fallback(query)
    return SearchResults(query, articles, quotes, truncated)


def highlight(text: str) -> SafeString:
    """Escape database output, then turn our match markers into <mark>."""
    return mark_safe(escape(text).replace(_START, "<mark>").replace(_STOP, "</mark>"))


def _search_postgres(query: str):
    search_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    headline_options = {
        "config": SEARCH_CONFIG,
        "start_sel": _START,
        "stop_sel": _STOP,
        "max_words": SNIPPET_WORDS,
        "min_words": 12,
        "max_fragments": 2,
    }
    articles = list(
        Article.objects.published()
        .annotate(search=ARTICLE_SEARCH_VECTOR)
        .filter(search=search_query)
        .annotate(
            rank=SearchRank(ARTICLE_SEARCH_VECTOR, search_query),
            snippet=SearchHeadline("body", search_query, **headline_options),
        )
        .only("headline", "slug", "published_at")
        .order_by("-rank", "-published_at")[:RESULTS_PER_KIND]
    )
    quotes = list(
        Quote.objects.published()
        .annotate(search=QUOTE_SEARCH_VECTOR)
        .filter(search=search_query)
        .annotate(
            rank=SearchRank(QUOTE_SEARCH_VECTOR, search_query),
            snippet=SearchHeadline("text", search_query, **{**headline_options, "max_fragments": 0}),
        )
        .select_related("speaker", "article")
        .order_by("-rank", "-article__published_at")[:RESULTS_PER_KIND]
    )
    for result in articles + quotes:
        result.snippet_html = highlight(result.snippet)
    return articles, quotes


def _terms(query: str) -> list[str]:
    words = re.findall(r"\w[\w'’-]*", query)
    return [word for word in words if len(word) > 1 or word.isdigit()][:MAX_TERMS]


def _search_fallback(query: str):
    terms = _terms(query)
    if not terms:
        return [], []
    articles = Article.objects.published()
    quotes = Quote.objects.published()
    for term in terms:
        articles = articles.filter(_any_field(("headline", "deck", "body"), term))
        quotes = quotes.filter(_any_field(("text", "speaker__name"), term))
    articles = list(articles.only("headline", "slug", "published_at", "body")[:RESULTS_PER_KIND])
    quotes = list(quotes.select_related("speaker", "article").order_by("-article__published_at")[:RESULTS_PER_KIND])

    def score(text):
        lowered = text.casefold()
        return sum(lowered.count(term.casefold()) for term in terms)

    articles.sort(key=lambda a: (score(a.headline) * 3 + score(a.body), a.published_at), reverse=True)
    for article in articles:
        article.snippet_html = highlight(_snippet(article.body, terms))
    for quote in quotes:
        quote.snippet_html = highlight(_mark_terms(quote.text, terms))
    return articles, quotes


def _any_field(fields, term):
    condition = Q()
    for name in fields:
        condition |= Q(**{f"{name}__icontains": term})
    return condition


def _mark_terms(text: str, terms: list[str]) -> str:
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    return pattern.sub(lambda match: f"{_START}{match.group(0)}{_STOP}", text)


def _snippet(body: str, terms: list[str]) -> str:
    words = " ".join(line for line in body.splitlines() if line.strip()).split()
    lowered = [word.casefold() for word in words]
    first = next(
        (index for index, word in enumerate(lowered) if any(term.casefold() in word for term in terms)), 0
    )
    start = max(0, first - SNIPPET_WORDS // 3)
    window = " ".join(words[start : start + SNIPPET_WORDS])
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_WORDS < len(words) else ""
    return prefix + _mark_terms(window, terms) + suffix
