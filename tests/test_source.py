"""Read stage: encodings, line endings, stdin, bad input."""

from __future__ import annotations

import codecs

import pytest

from reslint.errors import InputError
from reslint.source import decode, read_path

TEXT = "The General Assembly,\nRecalling its résolution 1,\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decodes_unicode_encodings(data: bytes, encoding: str) -> None:
    source = decode(data, "x.txt")
    assert source.text == TEXT
    assert source.encoding == encoding
    assert source.warnings == []
    assert source.encode(source.text) == data  # byte-exact round trip


def test_legacy_8bit_fallback_warns() -> None:
    source = decode(TEXT.encode("cp1252"), "old.txt")
    assert source.text == TEXT
    assert source.encoding == "cp1252"
    assert "not valid UTF-8" in source.warnings[0]


def test_positions_count_crlf_and_cr_as_one_line_break() -> None:
    source = decode(b"one\r\ntwo\rthree\nfour", "x.txt")
    assert source.position(0) == (1, 1)
    assert source.position(source.text.index("two")) == (2, 1)
    assert source.position(source.text.index("three") + 2) == (3, 3)
    assert source.position(source.text.index("four")) == (4, 1)


def test_byte_offsets_follow_the_encoding() -> None:
    data = codecs.BOM_UTF16_LE + "Ré\r\nX".encode("utf-16-le")
    source = decode(data, "x.txt")
    offset = source.text.index("X")
    assert source.byte_offset(offset) == 2 + 2 * offset
    assert data[source.byte_offset(offset) :][:2] == "X".encode("utf-16-le")


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty file"), (b"  \n\n", "empty file"), (b"\x00\x01\x02binary", "binary")],
)
def test_bad_input_is_a_one_line_error_naming_the_file(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as error:
        decode(data, "bad.bin")
    assert str(error.value).startswith("bad.bin: ")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(InputError, match=r"missing\.txt"):
        read_path(tmp_path / "missing.txt")
