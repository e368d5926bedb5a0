"""Shareable preview links: signed, expiring, and revocable by changing the article's preview key."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core import signing
from django.urls import reverse

from articles.domain.models import Article

SALT = "articles.preview"


def make_token(article: Article) -> str:
    if not article.preview_key:
        article.preview_key = secrets.token_hex()
        Article.objects.filter(pk=article.pk, preview_key="").update(preview_key=article.preview_key)
        article.refresh_from_db(fields=["preview_key"])
    return signing.dumps({"id": article.pk, "key": article.preview_key}, salt=SALT, compress=True)


def preview_url(article: Article) -> str:
    return reverse("articles:preview", kwargs={"token": make_token(article)})


def article_for_token(token: str) -> Article | None:
    """The article a valid, unexpired, unrevoked token names; None otherwise."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.NEWSROOM_PREVIEW_MAX_AGE)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    if not isinstance(data, dict):
        return None
    article = Article.objects.filter(pk=data.get("id")).first()
    # A retracted article is withdrawn for everyone, links handed out before included.
    if article is None or not article.preview_key or article.status == Article.Status.RETRACTED:
        return None
    if not secrets.compare_digest(str(data.get("key", "")), article.preview_key):
        return None
    return article


def revoke(article: Article) -> None:
    """Invalidate every preview link handed out for `article`."""
    article.preview_key = secrets.token_hex()
    article.save(update_fields=["preview_key", "updated_at"])
