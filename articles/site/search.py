"""Reader search over published articles and quotes.

PostgreSQL: full-text search over the stored, weighted vectors of migration 0007 (headline and
quote words above deck and body): the CANDIDATES newest matches are ranked and the best shown,
with the matched words highlighted by `SearchHeadline`. Other databases: a simpler
word-by-word `icontains` fallback with the same result shape.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db import connection
from django.db.models import Q
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from articles.domain.models import SEARCH_CONFIG, Article, Quote

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


# The newest matches a search ranks. Finding every match of a common word is cheap from the
# GIN index; ranking every one of them is not (thousands of vectors read from disk).
CANDIDATES = 100

# A common word first looks among recent matches only, then further back, and the whole archive
# only if the windows hold too few: PostgreSQL then reads the rows both in the GIN index's
# matches and in the time index's window, not every match of the word in the archive.
WINDOWS = (dt.timedelta(days=30), dt.timedelta(days=365))

# The query is spelled out wherever it is used, not computed once in a CTE: the planner needs
# it as a constant to estimate how many rows match, and so to choose the GIN index.
_QUERY = "websearch_to_tsquery(%(config)s::regconfig, %(query)s)"


def _candidates_sql(kind: str, key: str) -> str:
    """CTEs {kind}_0… (one per window, each read only while the earlier ones found too few) and
    {kind}_candidates: the newest visible matches."""
    bounds = ["%(now)s", *(f"%(since_{n})s" for n in range(len(WINDOWS))), None]
    steps = []
    for n in range(len(bounds) - 1):
        found_before = " + ".join(f"(SELECT count(*) FROM {kind}_{m})" for m in range(n)) or "0"
        matches = f"""SELECT {key} AS id, published_at FROM articles_{kind}_search
        WHERE {found_before} < %(candidates)s AND document @@ {_QUERY} AND published_at <= {bounds[n]}"""
        if bounds[n + 1]:
            matches += f" AND published_at > {bounds[n + 1]}"
        else:
            # The rest of the archive, for a word too rare for the windows. OFFSET 0 keeps the
            # ORDER BY out of the scan: walking the time index and testing document after
            # document (the planner does not price reading them) is the slow way to find a few.
            matches += " OFFSET 0"
        steps.append(
            f"""{kind}_{n} AS MATERIALIZED (
    SELECT id, published_at FROM ({matches}) AS found
    ORDER BY published_at DESC, id DESC LIMIT %(candidates)s
)"""
        )
    union = " UNION ALL ".join(f"SELECT id, published_at FROM {kind}_{n}" for n in range(len(steps)))
    return ",\n".join([*steps, f"{kind}_candidates AS MATERIALIZED ({union})"])


def _best_sql(kind: str, key: str) -> str:
    return f"""(SELECT '{kind}', found.id FROM {kind}_candidates AS found
 JOIN articles_{kind}_search AS stored ON stored.{key} = found.id
 ORDER BY ts_rank(stored.document, {_QUERY}) DESC, found.published_at DESC, found.id DESC
 LIMIT %(limit)s)"""


# For articles and for quotes, in one statement: the newest visible matches (from the
# search tables of migration 0007), then the best ranked of those. Visibility here is only a
# first cut: results are fetched again through the models' publish rules.
_RANKED_MATCHES = (
    f"WITH {_candidates_sql('article', 'article_id')},\n{_candidates_sql('quote', 'quote_id')}\n"
    f"{_best_sql('article', 'article_id')}\nUNION ALL\n{_best_sql('quote', 'quote_id')}"
)


def _ranked_ids(query: str) -> tuple[list[int], list[int]]:
    """Ids of the best articles and quotes, best first."""
    now = timezone.now()
    params = {
        "config": SEARCH_CONFIG,
        "query": query,
        "now": now,
        **{f"since_{n}": now - window for n, window in enumerate(WINDOWS)},
        "candidates": CANDIDATES,
        "limit": RESULTS_PER_KIND,
    }
    with connection.cursor() as cursor:
        cursor.execute(_RANKED_MATCHES, params)
        rows = cursor.fetchall()
    return [pk for kind, pk in rows if kind == "article"], [pk for kind, pk in rows if kind == "quote"]


def _in_order(objects, ids: list[int]) -> list:
    by_id = {obj.pk: obj for obj in objects}
    return [by_id[pk] for pk in ids if pk in by_id]


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
    article_ids, quote_ids = _ranked_ids(query)
    articles = _in_order(
        Article.objects.published()
        .filter(pk__in=article_ids)
        .annotate(snippet=SearchHeadline("body", search_query, **headline_options))
        .only("headline", "slug", "published_at"),
        article_ids,
    )
    quotes = _in_order(
        Quote.objects.published()
        .filter(pk__in=quote_ids)
        .annotate(snippet=SearchHeadline("text", search_query, **{**headline_options, "max_fragments": 0}))
        .select_related("speaker", "article"),
        quote_ids,
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
