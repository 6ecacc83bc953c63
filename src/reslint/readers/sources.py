"""The sources the Word, PDF and Akoma Ntoso readers make: a ``Source`` that also knows
its places.

Kept apart from the readers, which import python-docx and pypdf, so that the
normalizer and the lint rules can tell these sources apart cheaply.
"""

from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar

from reslint.readers.place import Place
from reslint.source import Source

# the kinds of file by extension, and the first bytes that tell them apart
WORD_SUFFIXES = (".docx",)
PDF_SUFFIXES = (".pdf",)
AKN_SUFFIXES = (".xml", ".akn")
AKN_ROOT = b"<akomaNtoso"  # an Akoma Ntoso document, whatever its name
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: .doc, .xls, encrypted .docx
ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Anchor:
    """From ``start`` on, the text comes from ``paragraph`` (or ``footnote``) at ``offset``.

    ``advances`` is False for text Word prints but the paragraph does not hold
    (a list label, a footnote marker): all of it maps to ``offset``.
    """

    start: int
    paragraph: int | None
    footnote: str | None
    offset: int
    advances: bool


@dataclass(frozen=True)
class Styled:
    """``text[start:end]`` is one run of real text, italic and/or bold or neither."""

    start: int
    end: int
    italic: bool
    bold: bool


@dataclass
class DocxSource(Source):
    """The text of a .docx, one line per paragraph, with places and formatting."""

    anchors: list[Anchor] = field(default_factory=list)
    styles: list[Styled] = field(default_factory=list)

    @cached_property
    def _anchor_starts(self) -> list[int]:
        return [anchor.start for anchor in self.anchors]

    @cached_property
    def _style_starts(self) -> list[int]:
        return [run.start for run in self.styles]

    def place(self, offset: int) -> Place | None:
        """Paragraph (or footnote) and character offset in it."""
        index = bisect.bisect_right(self._anchor_starts, offset) - 1
        if index < 0:
            return None
        anchor = self.anchors[index]
        inside = anchor.offset + (offset - anchor.start if anchor.advances else 0)
        if anchor.footnote is not None:
            return Place(footnote=anchor.footnote, offset=inside)
        return Place(paragraph=anchor.paragraph, offset=inside)

    def styled(self, start: int, end: int) -> list[Styled]:
        """The runs of real text overlapping ``[start, end)``, clipped to it."""
        found = []
        index = max(0, bisect.bisect_right(self._style_starts, start) - 1)
        for run in self.styles[index:]:
            if run.start >= end:
                break
            if run.end > start:
                found.append(Styled(max(run.start, start), min(run.end, end), run.italic, run.bold))
        return found


@dataclass
class PdfSource(Source):
    """The text of a PDF; ``page_starts[i]`` is where page ``i + 1`` starts in ``text``."""

    page_starts: list[int] = field(default_factory=list)

    def place(self, offset: int) -> Place | None:
        """Page (1-based) and line on that page of a character offset."""
        if not self.page_starts:
            return None
        index = max(0, bisect.bisect_right(self.page_starts, offset) - 1)
        start = self.page_starts[index]
        return Place(page=index + 1, line=self.text.count("\n", start, offset) + 1)


@dataclass
class AknSource(Source):
    """The text read from an AKN file; ``anchors`` map it back to the XML.

    Each anchor ``(offset, line, column)`` says that the text from ``offset``
    on comes from that 1-based line and column of the XML file, one
    character after another.
    """

    fixable: ClassVar[bool] = False  # no text of the user's own to write fixes into
    anchors: list[tuple[int, int, int]] = field(default_factory=list)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the XML file of a character of the text read."""
        index = bisect.bisect_right(self.anchors, (offset, sys.maxsize, sys.maxsize)) - 1
        if index < 0:
            return 1, 1
        start, line, column = self.anchors[index]
        return line, column + (offset - start)


def is_word_file(path: str) -> bool:
    """A path the Word reader reads (by its extension, as ``readers.read_path`` decides)."""
    return path.lower().endswith(WORD_SUFFIXES)
