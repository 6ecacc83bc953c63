"""Citations of a document, in order, with the paragraph each sits in (shared by R rules)."""

from __future__ import annotations

from collections.abc import Iterator

from reslint.model import Citation, Document, Paragraph


def citations(document: Document) -> Iterator[tuple[Paragraph, Citation]]:
    """Every citation of the preamble and operative part (not footnotes, not annexes)."""
    for paragraph in sorted(document.preambular + document.operative, key=lambda p: p.start):
        for item in paragraph.walk():
            for citation in item.citations:
                yield item, citation
