"""Corrections that a change to published words makes public."""

from __future__ import annotations

from articles.domain.models import Correction, Quote
from articles.ingest.bodytext import replace_in_block


def record_quote_correction(quote: Quote, old_text: str, user) -> Correction | None:
    """A published quote's words were corrected: fix them in the article text too, and say so publicly.

    The quote's page, its speaker's page, feeds, search and the API read the Quote itself, so
    one correction reaches everywhere the quote appears.
    """
    article = quote.article
    if old_text == quote.text or not article.is_published:
        return None
    body = _corrected_body(article.body, quote.paragraph, old_text, quote.text)
    if body is not None:
        article.body = body
        article.save(update_fields=["body", "updated_at"])
    if old_text and old_text in quote.context:
        quote.context = quote.context.replace(old_text, quote.text, 1)
        quote.save(update_fields=["context", "updated_at"])
    speaker = quote.speaker.name if quote.speaker else "a source"
    return Correction.objects.create(
        article=article,
        quote=quote,
        kind=Correction.Kind.CORRECTION,
        text=f"An earlier version of this article misquoted {speaker} as saying “{old_text}”. The words were “{quote.text}”.",
        created_by=user,
    )


def _corrected_body(body: str, paragraph: int | None, old_text: str, new_text: str) -> str | None:
    """The body with the quote's words corrected in the quote's own paragraph; where the
    paragraph is unknown, only if the old words stand once in the whole body (else unchanged)."""
    if not old_text:
        return None
    if paragraph is not None and paragraph >= 0:
        corrected = replace_in_block(body, paragraph, old_text, new_text)
        if corrected is not None:
            return corrected
    if body.count(old_text) == 1:
        return body.replace(old_text, new_text, 1)
    return None
