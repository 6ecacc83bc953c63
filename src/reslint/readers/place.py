"""Where a character is in a Word or PDF file, in the terms the user's viewer shows.

Line and column point into the text reslint read from the file; for a
``.docx`` that is one line per paragraph, for a PDF the pages' text one
after the other.  A ``Place`` says the same in the file's own terms: the
paragraph and the character offset in it (or the footnote) for Word, the
page and the line on that page for PDF.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Place:
    """Paragraph and offset (.docx), footnote and offset (.docx), or page and line (PDF)."""

    page: int | None = None  # PDF: 1-based page
    line: int | None = None  # PDF: 1-based line on that page
    paragraph: int | None = None  # .docx: 1-based paragraph of the body, tables not counted
    footnote: str | None = None  # .docx: the label of the footnote the text is in
    offset: int | None = None  # .docx: characters before it in its paragraph or footnote

    def describe(self) -> str:
        """ "page 2, line 14", "paragraph 7, offset 11", "footnote 3, offset 0"."""
        if self.page is not None:
            return f"page {self.page}, line {self.line}"
        where = f"footnote {self.footnote}" if self.footnote else f"paragraph {self.paragraph}"
        return f"{where}, offset {self.offset}"

    def as_dict(self) -> dict[str, int | str]:
        """The fields that are set, for JSON and SARIF."""
        return {key: value for key, value in asdict(self).items() if value is not None}
