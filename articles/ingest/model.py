"""Plain data types shared by every stage of the seed converter, and its one error type."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from .byline import Byline

MAX_SEED_BYTES = 5 * 1024 * 1024


class ParseError(ValueError):
    """A seed file that cannot be converted: where (file, 1-based line; 0 = whole file) and why."""

    def __init__(self, filename: str, line: int, message: str):
        self.filename = filename
        self.line = line
        self.message = message
        super().__init__(f"{filename}:{line}: {message}")

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}: {self.message}"

    def __reduce__(self):
        return (type(self), (self.filename, self.line, self.message))


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph" | "crosshead" | "caption"
    text: str  # for captions: the caption text without the "(credit)"
    line: int  # 1-based line number in the seed file
    credit: str = ""  # captions only: the credit inside the final parentheses


@dataclass
class ParsedPerson:
    name: str
    title: str = ""
    aliases: list[str] = field(default_factory=list)
    pronoun: str = ""


@dataclass
class ParsedQuote:
    text: str
    speaker: str | None
    is_partial: bool
    block_index: int
    start: int
    end: int
    end_block_index: int
    verb: str = ""
    sentence: str = ""
    cue: str = ""
    deck_index: int = -1


@dataclass
class ParsedArticle:
    source: str
    date: datetime.date
    headline: str
    deck: list[str]
    blocks: list[Block]
    people: list[ParsedPerson]
    quotes: list[ParsedQuote]
    headline_line: int = 1  # 1-based line of the date line that holds the headline
    byline: Byline | None = None  # authors (properly cased) and affiliation, when the text has a byline
