"""Reader search over published articles and quotes.

PostgreSQL: full-text search over the stored, weighted vectors (the models' search_document
generated columns: headline and quote words above deck and body), through the models' publish
rules: the CANDIDATES newest matches are ranked and the best shown,
with the matched words highlighted by `SearchHeadline`. Other databases: a simpler
word-by-word `icontains` fallback with the same result shape.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connections, router
from django.db.models import F, Q
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.domain.models import SEARCH_CONFIG, Article, Person, Quote, TimeOfQuery

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
RESULTS_PER_KIND = 10  # the ten best of each kind: a snippet costs PostgreSQL a parse of the body
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
    people: list = field(default_factory=list)

    @property
    def count(self):
        return len(self.articles) + len(self.quotes) + len(self.people)


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
    if connections[router.db_for_read(Article)].vendor == "postgresql":
        articles, quotes = _search_postgres(query)
    else:
        articles, quotes = _search_fallback(query)
    return SearchResults(query, articles, quotes, truncated, people=_search_people(query))


PEOPLE_FIELDS = ("name", "aliases", "title")


def _search_people(query: str) -> list:
    """People readers may see whose name, other spellings or title hold every word: one query.
    (Names are short and few beside bodies: a substring match finds “Zelensky” in “Zelenskyy”.)"""
    terms = _terms(query)
    if not terms:
        return []
    people = _public_people()
    for term in terms:
        people = people.filter(_any_field(PEOPLE_FIELDS, term))
    return list(people[:RESULTS_PER_KIND])


# The publish rule's part of each search, built once per process: its correlated subqueries cost
# the ORM more to build than the whole search costs SQLite to run. Each run asks for the time of
# that run (TimeOfQuery), so a scheduled article is found on time; a search adds its words with
# filter(), which leaves the built queryset as it is.
@functools.cache
def _public_people():
    return Person.objects.public(at=TimeOfQuery()).only("name", "slug", "title").order_by("name", "id")


@functools.cache
def _published_articles():
    return Article.objects.published(at=TimeOfQuery()).only("headline", "slug", "published_at", "body")


@functools.cache
def _published_quotes():
    return (
        Quote.objects.published(at=TimeOfQuery())
        .select_related("article", "speaker")
        .only(*QUOTE_RESULT_FIELDS)
        .order_by("-article__published_at")
    )


def highlight(text: str) -> SafeString:
    """Escape database output, then turn our match markers into <mark>."""
    return mark_safe(escape(text).replace(_START, "<mark>").replace(_STOP, "</mark>"))


# The newest matches a search ranks. Finding every match of a common word is cheap from the
# GIN index; ranking every one of them is not (thousands of vectors read from disk).
CANDIDATES = 100

HEADLINE_OPTIONS = {
    "config": SEARCH_CONFIG,
    "start_sel": _START,
    "stop_sel": _STOP,
    "max_words": SNIPPET_WORDS,
    "min_words": 12,
    "max_fragments": 2,
}


def _best(queryset, words: SearchQuery, text_field: str, time_field: str, **headline):
    """The RESULTS_PER_KIND best ranked of the CANDIDATES newest matches, with their snippets:
    one query (the candidates are a subquery; snippets are made for the shown rows only)."""
    newest = queryset.filter(search_document=words).order_by(f"-{time_field}", "-pk").values("pk")[:CANDIDATES]
    return list(
        queryset.filter(pk__in=newest)
        .annotate(
            rank=SearchRank(F("search_document"), words),
            snippet=SearchHeadline(text_field, words, **{**HEADLINE_OPTIONS, **headline}),
        )
        .order_by("-rank", f"-{time_field}", "-pk")[:RESULTS_PER_KIND]
    )


def _search_postgres(query: str):
    """Stored vectors (generated columns, GIN-indexed) through the models' publish rules."""
    words = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
    articles = _best(
        Article.objects.published().only("headline", "slug", "published_at"), words, "body", "published_at"
    )
    quotes = _best(
        Quote.objects.published().with_article("speaker"),
        words,
        "text",
        "article_published_at",
        max_fragments=0,
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
    articles = _published_articles()
    quotes = _published_quotes()
    for term in terms:
        articles = articles.filter(_any_field(("headline", "deck", "body"), term))
        quotes = quotes.filter(_any_field(("text", "speaker__name"), term))
    articles = list(articles[:RESULTS_PER_KIND])
    quotes = list(quotes[:RESULTS_PER_KIND])

    def score(text):
        lowered = text.casefold()
        return sum(lowered.count(term.casefold()) for term in terms)

    articles.sort(key=lambda a: (score(a.headline) * 3 + score(a.body), a.published_at), reverse=True)
    for article in articles:
        article.snippet_html = highlight(_snippet(article.body, terms))
    for quote in quotes:
        quote.snippet_html = highlight(_mark_terms(quote.text, terms))
    return articles, quotes


# What a quote result shows: its words, speaker and article (search.html).
QUOTE_RESULT_FIELDS = (
    "text", "speaker__name", "speaker__slug", "article__headline", "article__slug", "article__published_at",
)  # fmt: skip


def _any_field(fields, term):
    condition = Q()
    for name in fields:
        condition |= Q(**{f"{name}__icontains": term})
    return condition


def _mark_terms(text: str, terms: list[str]) -> str:
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    return pattern.sub(lambda match: f"{_START}{match.group(0)}{_STOP}", text)


def _snippet(body: str, terms: list[str]) -> str:
    text = " ".join(line for line in body.splitlines() if line.strip())
    words = text.split()
    # The first word holding a term: the number of words before the first match (folding keeps
    # the spaces where they are).
    folded = text.casefold()
    found = [at for at in (folded.find(term.casefold()) for term in terms) if at >= 0]
    first = 0
    if found:
        before = folded[: min(found)]
        first = len(before.split()) - (1 if before and not before[-1].isspace() else 0)
    start = max(0, first - SNIPPET_WORDS // 3)
    window = " ".join(words[start : start + SNIPPET_WORDS])
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_WORDS < len(words) else ""
    return prefix + _mark_terms(window, terms) + suffix
