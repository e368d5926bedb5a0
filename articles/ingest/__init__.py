"""Seed-text converter: raw news article text to a structured article with people and quotes.

Pure Python, no Django.  Stages: read -> structure -> quotes -> people -> attribute,
glued together by `parse.parse_seed`.
"""

from .parse import MAX_SEED_BYTES, Block, ParsedArticle, ParsedPerson, ParsedQuote, ParseError, parse_seed

__all__ = [
    "MAX_SEED_BYTES",
    "Block",
    "ParseError",
    "ParsedArticle",
    "ParsedPerson",
    "ParsedQuote",
    "parse_seed",
]
