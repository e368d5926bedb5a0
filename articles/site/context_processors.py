import functools

from django.conf import settings
from django.urls import get_script_prefix, reverse

from articles.site.bylines import navigation_sections


@functools.lru_cache(maxsize=8)
def _site_links(script_prefix: str) -> dict[str, str]:
    """The masthead and footer links, the same on every page: reversed once per script prefix
    (reverse() already depends on it) instead of seven times per page."""
    return {
        name.replace("-", "_"): reverse(f"articles:{name}")
        for name in ("index", "search", "corrections", "feed-rss", "feed-atom")
    }


def site(request):
    # navigation_sections is called by the masthead only: pages without it (sitemaps) never query.
    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        "site_links": _site_links(get_script_prefix()),
        "navigation_sections": navigation_sections,
    }
