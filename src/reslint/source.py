"""Read stage: bytes on disk to a ``Source`` that remembers how to go back.

A ``Source`` keeps the decoded text exactly as it was (line endings and all),
the encoding and byte-order mark it came with, and where each line starts, so
that any later stage can report a 1-based line and column in the user's own
file and a fixer can write changes back byte for byte.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from reslint.errors import InputError

if TYPE_CHECKING:
    from reslint.readers.place import Place

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
LEGACY_ENCODING = "cp1252"
_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass
class Source:
    """One input text, decoded, with what is needed to map offsets back."""

    fixable: ClassVar[bool] = True  # lint --fix may write the fixed text back to the file

    path: str
    text: str
    encoding: str = "utf-8"
    bom: bytes = b""
    warnings: list[str] = field(default_factory=list)
    digest: str | None = field(default=None, repr=False, compare=False)  # of the bytes read
    _line_starts: list[int] | None = field(default=None, repr=False, compare=False)

    @property
    def line_starts(self) -> list[int]:
        """Offsets where each line starts (after ``\\n``, ``\\r\\n`` or a lone ``\\r``)."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        return self._line_starts

    @property
    def lines(self) -> list[str]:
        """The text's lines as ``position`` counts them: split at line breaks only (a form
        feed or a vertical tab, which ``str.splitlines`` would split at, stays in its line)."""
        return physical_lines(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count code points."""
        starts = self.line_starts
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def byte_offset(self, offset: int) -> int:
        """Byte offset in the file of a character offset (BOM included)."""
        return len(self.bom) + len(self.text[:offset].encode(self.encoding))

    def encode(self, text: str) -> bytes:
        """Encode text the way the file was encoded, BOM included."""
        return self.bom + text.encode(self.encoding)

    def place(self, offset: int) -> Place | None:
        """Where ``offset`` is in a Word or PDF file's own terms (paragraph, page);
        the readers of those files override this; a text file has lines only."""
        return None


def physical_lines(text: str) -> list[str]:
    """``text`` split at "\\r\\n", "\\r" and "\\n" only, the line breaks every position
    of a finding counts."""
    return _NEWLINE.split(text)


def decode(data: bytes, path: str) -> Source:
    """Decode bytes: BOM first, then strict UTF-8, then a legacy 8-bit fallback."""
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return Source(path, body.decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"invalid {encoding} text at byte {exc.start}") from None
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError(path, "binary file (NUL bytes), not a text document")
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise InputError(
                path, f"UTF-16 without a byte-order mark, invalid at byte {exc.start}"
            ) from None
        if _looks_binary(text):
            raise InputError(path, "binary file (NUL bytes), not a text document")
        warning = f"UTF-16 without a byte-order mark; read as {utf16}"
        return Source(path, text, utf16, b"", [warning])
    try:
        return Source(path, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text = data.decode(LEGACY_ENCODING)
        encoding = LEGACY_ENCODING
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    if _looks_binary(text):
        raise InputError(path, "binary file, not a text document")
    warning = f"not valid UTF-8 (byte {bad}); read as {encoding}"
    return Source(path, text, encoding, b"", [warning])


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when the NUL bytes are the high bytes of mostly-ASCII
    UTF-16 text (every other byte), as Windows tools write it without a byte-order mark."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.7 * len(zeros) and other.count(0) <= 0.01 * len(other):
            return encoding
    return None


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace in more than 1% of the text."""
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\t\n\r\f\v")
    return controls > max(2, len(text[:8192]) // 100)


def digest(data: bytes) -> str:
    """The fingerprint of a file's bytes: a fixer writes back only over the bytes it read."""
    return hashlib.sha256(data).hexdigest()


def read_path(path: str | Path) -> Source:
    """Read and decode one file; unreadable files raise ``InputError``."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read: {exc.strerror or exc}") from None
    source = decode(data, name)
    source.digest = digest(data)
    return source


def read_stdin(name: str | None = None) -> Source:
    """Read standard input as bytes, so encodings are detected as for files."""
    return decode(sys.stdin.buffer.read(), name or "<stdin>")
