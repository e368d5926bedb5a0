"""Russian-doll fragments: a list page's article cards and quote items, each kept in the cache
until something it shows changes.

A list page (the front, a byline's, section's or tag's page, a person's quotes) is retired from
the page cache by any change to what it lists; the other items on it have not changed. Each item's
markup is kept under a key naming the item and its version (every save bumps it), stored with the
surrogate keys of everything it shows (articles.site.caching.store_many), so the changes that
retire pages (articles.site.invalidation) retire it too:

- an article card: `card:<id>` (headline, address, deck, date, section, lead image, bylines,
  status: retired by the article's listed fields, its bylines and its image), `section:<id>` (a
  renamed section) and `author:<id>` of each byline (a renamed author);
- a quote item: `quote:<id>` (its words, verification, speaker) and `card:<article id>` (the
  article's headline, address, date, status).

A list fetches all its items in one cache round trip (get_many) and renders only those not found,
one macro call each, after loading what only they need (bylines, the lead images' renditions).
The front and a person's quotes read their page as ids and versions only (`*_by_version`) and
the rows of the items not kept in one more query: warm, one light query; cold, one more than
rendering every item.
Nothing private is kept: the items come from the publish rule's querysets (no drafts), and the
markup holds no host name (relative links, media URLs).
"""

from __future__ import annotations

from django.db.models import prefetch_related_objects
from django.template import engines
from django.utils.safestring import SafeString, mark_safe

from articles.site.bylines import bylines_prefetch, card_rows
from articles.site.caching import fetch_many, store_many

# Part of every key: change it when the markup of a card or a quote item changes, so a release
# does not serve items kept by the one before.
LAYOUT = 1
CARD_TEMPLATE = "articles/includes/article_card.html"
QUOTE_TEMPLATE = "articles/includes/quote_item.html"


def _macros(name: str):
    return engines["jinja2"].env.get_template(name).module


def card_key(article) -> str:
    return _card_key(article.pk, article.version)


def _card_key(pk, version) -> str:
    return f"newsroom:fragment:{LAYOUT}:card:{pk}:{version}"


def card_keys(article) -> list[str]:
    """What an article card shows (needs the bylines loaded)."""
    keys = [f"card:{article.pk}", *(f"author:{byline.author_id}" for byline in article.byline_list)]
    if article.section_id is not None:
        keys.append(f"section:{article.section_id}")
    return keys


def _render_cards(rows) -> list[tuple[str, list[str]]]:
    # What only a rendered card needs: bylines, and the lead images' renditions (one query each).
    prefetch_related_objects(rows, bylines_prefetch())
    prefetch_related_objects([article for article in rows if article.image_id], "image__renditions")
    render = _macros(CARD_TEMPLATE).article_card
    return [(str(render(article)), card_keys(article)) for article in rows]


def article_cards(view, articles) -> SafeString:
    """The cards of `articles` (from bylines.card_rows(), with `version`), as the <li>s of an
    <ol class="article-list">. `view` is caching.current_view(), taken before the articles were read."""
    return _kept_items(view, articles, [card_key(article) for article in articles], _render_cards)


def article_cards_by_version(view, versions) -> SafeString:
    """The cards of the articles named by `versions`, (id, version) pairs in list order (from
    bylines.card_versions()): a list whose cards are all kept reads no article row. The others are
    read with bylines.card_rows() (the publish rule again: an article unpublished since the list
    was read is left out) and rendered."""

    def render_missing(pairs):
        rows = card_rows().order_by().in_bulk([pk for pk, _ in pairs])  # by key, unordered
        made = dict(zip(rows, _render_cards(list(rows.values())), strict=True))
        return [made.get(pk) for pk, _ in pairs]

    return _kept_items(view, versions, [_card_key(pk, version) for pk, version in versions], render_missing)


def _kept_items(view, items, keys, render_missing) -> SafeString:
    """The markup of `items` joined in order (see kept_values)."""
    # Our own templates' autoescaped output, as stored by kept_values.
    return mark_safe("".join(kept_values(view, items, keys, render_missing)))


def kept_values(view, items, keys, make_missing) -> list:
    """The kept value of each of `items` under its key in `keys`, in order: each kept one read
    (one round trip for them all), the others made by `make_missing(items)` as (value, its
    surrogate keys) and kept (an item it answers None for is left out)."""
    kept = fetch_many(view, keys)
    missing = [(key, item) for item, key in zip(items, keys, strict=True) if key not in kept]
    if missing:
        made = zip((key for key, _ in missing), make_missing([item for _, item in missing]), strict=True)
        made = {key: value for key, value in made if value is not None}
        store_many(view, made)
        kept.update((key, value) for key, (value, _) in made.items())
    return [kept[key] for key in keys if key in kept]


def quote_key(quote, show_speaker: bool, show_article: bool) -> str:
    return _quote_key(quote.pk, quote.version, quote.article.version, show_speaker, show_article)


def _quote_key_prefix(show_speaker: bool, show_article: bool) -> str:
    return f"newsroom:fragment:{LAYOUT}:quote:{int(show_speaker)}{int(show_article)}:"


def _quote_key(pk, version, article_version, show_speaker: bool, show_article: bool) -> str:
    return f"{_quote_key_prefix(show_speaker, show_article)}{pk}:{version}:{article_version}"


def quote_keys(quote, show_speaker: bool) -> list[str]:
    """What a quote item shows (its speaker's name only with show_speaker)."""
    keys = [f"quote:{quote.pk}", f"card:{quote.article_id}"]
    if show_speaker and quote.speaker_id is not None:
        keys.append(f"person:{quote.speaker_id}")
    return keys


def _render_quotes(rows, show_speaker: bool, show_article: bool) -> list[tuple[str, list[str]]]:
    render = _macros(QUOTE_TEMPLATE).quote_item
    return [(str(render(quote, show_speaker, show_article)), quote_keys(quote, show_speaker)) for quote in rows]


def quote_items_by_version(view, rows, quotes, *, show_speaker: bool = False, show_article: bool = False) -> SafeString:
    """The items of the quotes named by `rows` (each with `pk`, `version` and `article__version`),
    in order. The quotes not kept are read from `quotes()` (the list's own queryset, with the
    fields an item shows: a quote no longer in it is left out) and rendered; a page whose items
    are all kept does not even build that queryset."""

    def render_missing(missing):
        found = quotes().order_by().in_bulk([row.pk for row in missing])  # by key, unordered
        made = dict(zip(found, _render_quotes(list(found.values()), show_speaker, show_article), strict=True))
        return [made.get(row.pk) for row in missing]

    prefix = _quote_key_prefix(show_speaker, show_article)  # as _quote_key makes them, one f-string a row
    keys = [f"{prefix}{row.pk}:{row.version}:{row.article__version}" for row in rows]
    return _kept_items(view, rows, keys, render_missing)
