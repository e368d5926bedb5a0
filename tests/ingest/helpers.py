"""Small builders for hand-written seed snippets used across the ingest tests."""

from articles.ingest.parse import parse_seed

HEAD = " date 2024-03-05 Council approves new budget\n\n"


def seed(*blocks: str, head: str = HEAD) -> str:
    """A seed text: the date line, then each block separated by a blank line."""
    return head + "\n\n".join(blocks) + "\n"


def parse(*blocks: str):
    return parse_seed(seed(*blocks), "snippet.txt")


def quotes_by_text(article):
    return {q.text.rstrip(",.").strip(): q for q in article.quotes}


def names(*blocks: str) -> list[str]:
    """The names of the people the converter finds in the snippet."""
    return [p.name for p in parse(*blocks).people]


def speaker(text: str, *blocks: str):
    """Who the converter says spoke the quotation `text` (without its closing comma or stop)."""
    return quotes_by_text(parse(*blocks))[text].speaker
