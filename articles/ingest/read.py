"""Stage 1: raw seed bytes (or text) to clean text with LF line ends, or a ParseError.

Encodings:

* UTF-8, with or without a BOM (a UTF-16 file with its BOM is read too);
* bytes that are not valid UTF-8 but hold at least one valid UTF-8 multi-byte sequence are
  a UTF-8 file with damage: a ParseError names the line and byte column of the first invalid
  byte (never a silent switch to another encoding because of one bad byte);
* a file with bytes over 0x7F of which not one forms a valid UTF-8 multi-byte sequence is
  read as a wholly single-byte Western text: cp1252 (Latin-1 for the five bytes cp1252
  leaves undefined), provided it reads as text (few high bytes, no control bytes).

Refuses empty input, NUL bytes, binary data and anything over MAX_SEED_BYTES.
"""

from __future__ import annotations

import re

from .model import MAX_SEED_BYTES, ParseError

# Control characters that never occur in text (everything below 0x20 except \t \n \r, \f, \v).
_CONTROL = frozenset(range(0x00, 0x20)) - {0x09, 0x0A, 0x0D, 0x0C, 0x0B}


_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# One well-formed UTF-8 sequence of two to four bytes (no overlongs, no surrogates).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def _line_of(data: bytes, index: int) -> int:
    return data.count(b"\n", 0, index) + 1


def _decode(data: bytes, filename: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ParseError(filename, 1, "undecodable UTF-16 text") from error
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ParseError(filename, _line_of(data, nul), "NUL byte in input (binary data?)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = error.start
    if _UTF8_MULTIBYTE.search(data):
        # UTF-8 text with a damaged byte: decoding the whole file as cp1252 would turn every
        # curly quote and accented letter into mojibake.
        line_start = data.rfind(b"\n", 0, bad) + 1
        raise ParseError(
            filename,
            _line_of(data, bad),
            f"invalid UTF-8 byte 0x{data[bad]:02X} at byte column {bad - line_start + 1}",
        )
    # Not UTF-8.  Accept it as cp1252 only if it reads as text: printable ASCII dominates and
    # there are no C0 control bytes; otherwise it is binary or some other encoding.
    control = sum(1 for b in data if b in _CONTROL)
    high = sum(1 for b in data if b >= 0x80)
    if control or high > max(8, len(data) // 5):
        raise ParseError(filename, _line_of(data, bad), "not UTF-8 text (binary data or unknown encoding)")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_text(data: bytes | str, filename: str = "<seed>") -> str:
    """Decode and normalise a seed: BOM stripped, CRLF/CR turned into LF, control bytes refused."""
    if isinstance(data, str):
        if len(data) > MAX_SEED_BYTES:  # cheap guard before encoding a huge string
            raise ParseError(filename, 0, f"file too large (over {MAX_SEED_BYTES} bytes)")
        try:
            size = len(data.encode("utf-8"))
        except UnicodeEncodeError as error:
            raise ParseError(filename, 0, "text contains unencodable characters (lone surrogates)") from error
        if size > MAX_SEED_BYTES:
            raise ParseError(filename, 0, f"file too large (over {MAX_SEED_BYTES} bytes)")
        text = data[1:] if data.startswith("\ufeff") else data
        if "\x00" in text:
            raise ParseError(filename, text.count("\n", 0, text.index("\x00")) + 1, "NUL character in input")
    elif isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        if len(data) > MAX_SEED_BYTES:
            raise ParseError(filename, 0, f"file too large ({len(data)} bytes, limit {MAX_SEED_BYTES})")
        text = _decode(data, filename)
    else:
        raise ParseError(filename, 0, f"expected bytes or str, got {type(data).__name__}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    bad = _CONTROL_RE.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise ParseError(filename, line, f"control character U+{ord(bad.group()):04X} in input (binary data?)")
    if not text.strip():
        raise ParseError(filename, 1, "empty file")
    return text
