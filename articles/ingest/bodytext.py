"""The article body's storage format: plain text an editor can edit in a textarea.

Blocks are separated by blank lines. A block is one of:

    A paragraph: any text; line breaks inside it are folded into spaces.

    ## A crosshead

    Caption: What the image shows
    Credit: Who made it

No HTML is stored, so nothing has to be sanitised and every revision diffs line by line;
the page renders each block with its own markup. Pure Python (no Django) so the seed
converter can write the same format it is read back in.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

PARAGRAPH = "paragraph"
CROSSHEAD = "crosshead"
CAPTION = "caption"

CROSSHEAD_PREFIX = "## "
CAPTION_PREFIX = "Caption:"
CREDIT_PREFIX = "Credit:"

_BLANK_LINES = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class BodyBlock:
    kind: str
    text: str
    credit: str = ""


def split_body(body: str) -> list[BodyBlock]:
    """Read a stored body into blocks, in order; empty blocks are dropped."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    blocks = []
    for chunk in _BLANK_LINES.split(body):
        lines = [line.strip() for line in chunk.strip().split("\n") if line.strip()]
        if not lines:
            continue
        first = lines[0]
        if first.startswith(CROSSHEAD_PREFIX.strip()) and first.lstrip("#").strip():
            text = " ".join([first.lstrip("#").strip(), *lines[1:]])
            blocks.append(BodyBlock(CROSSHEAD, text))
        elif first.startswith(CAPTION_PREFIX):
            caption_lines, credit_lines = [first[len(CAPTION_PREFIX) :].strip()], []
            target = caption_lines
            for line in lines[1:]:
                if line.startswith(CREDIT_PREFIX):
                    target = credit_lines
                    line = line[len(CREDIT_PREFIX) :].strip()
                target.append(line)
            blocks.append(BodyBlock(CAPTION, " ".join(caption_lines), " ".join(credit_lines)))
        else:
            blocks.append(BodyBlock(PARAGRAPH, " ".join(lines)))
    return blocks


def join_body(blocks: list[BodyBlock]) -> str:
    """Write blocks in the stored format; `split_body(join_body(b)) == b` for clean blocks."""
    chunks = []
    for block in blocks:
        if block.kind == CROSSHEAD:
            chunks.append(f"{CROSSHEAD_PREFIX}{block.text}")
        elif block.kind == CAPTION:
            chunk = f"{CAPTION_PREFIX} {block.text}"
            if block.credit:
                chunk += f"\n{CREDIT_PREFIX} {block.credit}"
            chunks.append(chunk)
        else:
            chunks.append(block.text)
    return "\n\n".join(chunks) + ("\n" if chunks else "")


def replace_in_block(body: str, index: int, old: str, new: str) -> str | None:
    """`body` with the first `old` in its block number `index` (as split_body counts blocks)
    replaced by `new`; None when that block does not contain `old`. Other blocks are untouched,
    so a correction cannot land in another paragraph that happens to hold the same words."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    pieces = re.split(r"(\n\s*\n)", body)  # texts at even positions, separators at odd ones
    count = -1
    for position in range(0, len(pieces), 2):
        if not pieces[position].strip():
            continue
        count += 1
        if count == index:
            if old not in pieces[position]:
                return None
            pieces[position] = pieces[position].replace(old, new, 1)
            return "".join(pieces)
    return None


_STRAIGHTEN = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


def comparable(text: str) -> str:
    """Text as compared when matching a quote to the words of an article: Unicode-normalised,
    quotation marks straightened, white space folded, case ignored."""
    text = unicodedata.normalize("NFKC", text).translate(_STRAIGHTEN)
    return re.sub(r"\s+", " ", text).strip().casefold()
