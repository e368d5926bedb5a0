"""Write the converter's output for a directory of seeds in the gold-label JSON schema.

    python -m articles.ingest.evaluate IN_DIR OUT_DIR

One `NAME.json` per `IN_DIR/NAME.txt`; a seed that fails to parse is reported on stderr
and written as an empty prediction, so the scorer still counts it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .parse import ParsedArticle, ParseError, parse_seed


def to_gold_schema(article: ParsedArticle) -> dict:
    return {
        "seed": article.source,
        "date": article.date.isoformat(),
        "headline": article.headline,
        "deck": list(article.deck),
        "people": [{"name": p.name, "title": p.title or None} for p in article.people],
        "quotes": [{"text": q.text, "speaker": q.speaker, "partial": q.is_partial} for q in article.quotes],
        "captions": [f"{b.text} ({b.credit})" for b in article.blocks if b.kind == "caption"],
        "subheadings": [b.text for b in article.blocks if b.kind == "crosshead"],
    }


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python -m articles.ingest.evaluate IN_DIR OUT_DIR", file=sys.stderr)
        return 2
    in_dir, out_dir = Path(argv[1]), Path(argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    for path in sorted(in_dir.glob("*.txt")):
        try:
            record = to_gold_schema(parse_seed(path.read_bytes(), filename=path.name))
        except ParseError as error:
            print(f"error: {error}", file=sys.stderr)
            record = {"seed": path.name, "people": [], "quotes": []}
            failures += 1
        (out_dir / f"{path.stem}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
