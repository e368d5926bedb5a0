"""Stage 1 (read): decoding, line ends and refusals."""

import pytest

from articles.ingest.model import MAX_SEED_BYTES, ParseError
from articles.ingest.read import read_text

TEXT = " date 2024-01-02 Headline\n\nBody paragraph.\n"


def test_utf8_bom_is_stripped():
    assert read_text(b"\xef\xbb\xbf" + TEXT.encode()) == TEXT


def test_bom_in_str_input_is_stripped():
    assert read_text("\ufeff" + TEXT) == TEXT


def test_crlf_line_ends_become_lf():
    assert read_text(TEXT.replace("\n", "\r\n").encode()) == TEXT


def test_cr_line_ends_become_lf():
    assert read_text(TEXT.replace("\n", "\r").encode()) == TEXT


def test_cp1252_text_is_decoded():
    raw = " date 2024-01-02 Caf\xe9 opens\n\n\x93We are ready,\x94 she said.\n".encode("latin-1")
    text = read_text(raw)
    assert "Café" in text and "\u201cWe are ready,\u201d" in text


def test_nul_byte_is_refused_with_its_line():
    with pytest.raises(ParseError) as info:
        read_text(b" date 2024-01-02 H\n\nok\x00no\n")
    assert info.value.line == 3
    assert "NUL" in info.value.message


def test_binary_data_is_refused():
    with pytest.raises(ParseError):
        read_text(bytes(range(1, 256)) * 4)


def test_control_characters_are_refused():
    with pytest.raises(ParseError):
        read_text(" date 2024-01-02 H\n\nbell\x07\n")


def test_empty_file_is_refused():
    with pytest.raises(ParseError, match="empty"):
        read_text(b"")


def test_blank_file_is_refused():
    with pytest.raises(ParseError, match="empty"):
        read_text(b" \n\t\r\n  \n")


def test_file_over_the_limit_is_refused():
    with pytest.raises(ParseError, match="too large"):
        read_text(b"a" * (MAX_SEED_BYTES + 1))


def test_str_over_the_limit_is_refused():
    with pytest.raises(ParseError, match="too large"):
        read_text("\u00e9" * (MAX_SEED_BYTES // 2 + 1))


def test_parse_error_formats_file_and_line():
    error = ParseError("a.txt", 3, "bad thing")
    assert str(error) == "a.txt:3: bad thing"
    assert (error.filename, error.line, error.message) == ("a.txt", 3, "bad thing")
    assert isinstance(error, ValueError)


def test_utf8_with_one_stray_byte_is_refused_with_line_and_byte_column():
    raw = " date 2024-01-02 Caf\u00e9 opens\n\n\u201cWe are ready,\u201d said Ona Vell.\nNext\xff day.\n".encode(
        "utf-8"
    )
    raw = raw.replace("Next\u00ff".encode("utf-8"), b"Next\xff")
    with pytest.raises(ParseError) as info:
        read_text(raw, "stray.txt")
    assert info.value.filename == "stray.txt"
    assert info.value.line == 4
    assert "0xFF" in info.value.message and "byte column 5" in info.value.message


def test_utf8_with_a_truncated_sequence_is_refused_not_read_as_cp1252():
    raw = " date 2024-01-02 Caf\u00e9 opens\n\nIt was \xe2\x80 late.\n".encode("latin-1")
    raw = raw.replace(b"Caf\xe9", "Caf\u00e9".encode("utf-8"))
    with pytest.raises(ParseError, match="invalid UTF-8") as info:
        read_text(raw)
    assert info.value.line == 3


def test_wholly_cp1252_text_with_no_utf8_sequence_is_still_decoded():
    raw = " date 2024-01-02 Na\xefve plan\n\n\x93Fine,\x94 said Ines Dorr\xe9.\n".encode("latin-1")
    assert "Na\u00efve" in read_text(raw) and "Dorr\u00e9" in read_text(raw)
