"""Build small PDFs in tests with pypdf: one line of Helvetica text per string.

No PDF is kept in the repository: ``build_pdf(pages, path)`` writes pages of
text lines (a page of no lines has no text layer, as a scan has none), and
``password`` encrypts the file as Acrobat does when a password is set.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def build_pdf(pages: list[list[str]], path: Path, password: str | None = None) -> Path:
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    for lines in pages:
        page = writer.add_blank_page(612, 792)
        shown = " ".join(f"({_escape(line)}) Tj T*" for line in lines)
        content = DecodedStreamObject()
        content.set_data(f"BT /F1 10 Tf 13 TL 56 750 Td {shown} ET".encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(content)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
    if password:
        writer.encrypt(password)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path
