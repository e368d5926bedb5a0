"""Corrections that a change to published words makes public."""

from __future__ import annotations

from articles.domain.models import Correction, Quote


def record_quote_correction(quote: Quote, old_text: str, user) -> Correction | None:
    """A published quote's words were corrected: fix them in the article text too, and say so publicly.

    The quote's page, its speaker's page, feeds, search and the API read the Quote itself, so
    one correction reaches everywhere the quote appears.
    """
    article = quote.article
    if old_text == quote.text or not article.is_published:
        return None
    if old_text and old_text in article.body:
        article.body = article.body.replace(old_text, quote.text, 1)
        article.save(update_fields=["body", "updated_at"])
    speaker = quote.speaker.name if quote.speaker else "a source"
    return Correction.objects.create(
        article=article,
        kind=Correction.Kind.CORRECTION,
        text=f"An earlier version of this article misquoted {speaker} as saying “{old_text}”. The words were “{quote.text}”.",
        created_by=user,
    )
