"""An article's content fingerprint, shared by the converter and the model (pure Python)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json


def content_checksum(headline: str, deck: str, body: str, published_at: dt.datetime | None) -> str:
    """Same value for the same headline, deck, body and publication instant, whatever its time zone."""
    stamp = int(published_at.timestamp()) if published_at else None
    payload = json.dumps([headline, deck, body, stamp], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()
