"""Read stage for every kind of input: text, Word (.docx), PDF and Akoma Ntoso XML.

The kind is chosen by the file's extension and checked against its first
bytes, so a mislabelled file gets a clear one-line error instead of being
read as garbage: a ``.txt`` that is really a PDF or a Word file, a
``.docx`` that is an old binary ``.doc`` or password-protected, a ``.pdf``
that is not one.  Each reader returns a ``Source`` (``reslint.source``);
the Word and PDF ones also know the paragraph or page of every character
(``reslint.readers.sources``).  python-docx and pypdf are imported only
when a file of their kind is read.  Akoma Ntoso XML (``.xml``, ``.akn``, or
an ``<akomaNtoso`` root in the first bytes, standard input included) is read
by ``reslint.readers.akn``.
"""

from __future__ import annotations

from pathlib import Path

from reslint.errors import InputError
from reslint.readers.sources import (
    AKN_ROOT,
    AKN_SUFFIXES,
    OLE_MAGIC,
    PDF_SUFFIXES,
    WORD_SUFFIXES,
    ZIP_MAGIC,
)
from reslint.source import Source

_HEAD = 1024  # a PDF header may follow some junk; pypdf looks this far


def read_path(path: str | Path) -> Source:
    """Read one file of any supported kind; unreadable files raise ``InputError``."""
    import reslint.source as text_files

    name = str(path)
    suffix = Path(name).suffix.lower()
    head = _head(name)
    if suffix in WORD_SUFFIXES or (suffix == ".doc" and head.startswith(ZIP_MAGIC)):
        from reslint.readers.docx import read_docx

        return read_docx(name)
    if suffix == ".doc":
        raise InputError(name, "old binary Word (.doc) document: save it as .docx")
    if suffix in PDF_SUFFIXES:
        if b"%PDF-" not in head:
            raise InputError(name, f"not a PDF file (no %PDF header){_what(head)}")
        from reslint.readers.pdf import read_pdf

        return read_pdf(name)
    if suffix in AKN_SUFFIXES or AKN_ROOT in head:
        from reslint.readers.akn import read_akn_file

        return read_akn_file(name)
    refuse_binary(head, name)
    return text_files.read_path(name)


def read_stdin(name: str | None = None) -> Source:
    """Standard input is read as text, after the same check for PDF and Word content."""
    import sys

    from reslint.source import decode

    data = sys.stdin.buffer.read()
    shown = name or "<stdin>"
    if AKN_ROOT in data[:_HEAD]:
        from reslint.readers.akn import read_akn

        return read_akn(data, shown)
    refuse_binary(data[:_HEAD], shown)
    return decode(data, shown)


def refuse_binary(head: bytes, name: str) -> None:
    """A text input whose bytes say it is a PDF, Word or Office file is an error."""
    what = _what(head)
    if what:
        raise InputError(name, f"not a text file{what}")


def _what(head: bytes) -> str:
    """ ": it is a PDF ..." when the first bytes name a known binary kind, else ""."""
    if head.lstrip().startswith(b"%PDF-"):
        return ": it is a PDF; give it the .pdf extension to read its text"
    if head.startswith(ZIP_MAGIC):
        if b"word/" in head or b"[Content_Types].xml" in head:
            return ": it is a Word (or other Office) document; give a Word file the .docx extension"
        return ": it is a zip archive"
    if head.startswith(OLE_MAGIC):
        return ": it is an old binary Office file (.doc); save it as .docx"
    return ""


def _head(name: str) -> bytes:
    """The first bytes of a file (empty when it cannot be read: the reader says why)."""
    try:
        with open(name, "rb") as handle:
            return handle.read(_HEAD)
    except OSError:
        return b""
