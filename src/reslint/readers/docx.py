"""Word (.docx) input: the body as the author sees it, one paragraph per line.

The text of a ``DocxSource`` has one line per body paragraph, in document
order (paragraphs inside tables are skipped, with a warning), then one
``[^N]: text`` line per footnote.  What Word prints but the paragraph does
not hold is written in, so the later stages read the draft as printed:

* the labels of automatic list numbering ("1.", "(a)"), from the numbering
  definitions (``numbering.py``);
* footnote references, as ``[^N]`` markers where they stand (Word numbers
  footnotes in the order of their references; a custom mark is its own
  label), and the footnotes' texts at the end;
* tracked changes as if all were accepted: insertions kept, deletions left
  out; the file is reported once as having unaccepted changes.

Existing comments, field codes, drawings and deleted text are not read.

Each stretch of the text remembers where it came from (``Anchor``): the
paragraph (or footnote) and the character offset in it, so a finding is
reported where the author can find it.  Italic and bold are kept for the
runs of real text (``Styled``), resolved through character and paragraph
styles, for the formatting rules.

``extract`` also returns the XML elements behind each stretch (``Piece``):
fixes and annotations open the file again and edit exactly those.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from reslint.errors import InputError
from reslint.normalize.notation import definition, marker
from reslint.readers.sources import OLE_MAGIC, ZIP_MAGIC, Anchor, DocxSource, Styled
from reslint.readers.styles import StyleSheet, flag

_ENCRYPTED_STREAM = "EncryptionInfo".encode("utf-16-le")
_DELETIONS = {qn("w:del"), qn("w:moveFrom")}  # tracked deletions: not in the accepted text
_WRAPPERS = {  # run containers whose runs are read
    qn(tag)
    for tag in ("w:ins", "w:moveTo", "w:hyperlink", "w:smartTag", "w:customXml", "w:fldSimple")
}
_CHANGES = (
    "w:ins", "w:del", "w:moveFrom", "w:moveTo", "w:rPrChange", "w:pPrChange",
    "w:sectPrChange", "w:tblPrChange", "w:trPrChange", "w:tcPrChange", "w:numberingChange",
)  # fmt: skip


@dataclass(frozen=True)
class Piece:
    """``text[start:end]`` and the element behind it: the ``w:t`` of ``text``, the ``w:p``
    of a list ``label``, the ``w:r`` of a footnote ``marker`` or of an ``other`` character
    (a tab, a break)."""

    start: int
    end: int
    element: Any
    kind: str  # "text", "label", "marker" or "other"
    footnote: str | None = None  # the label, for text in a footnote

    @property
    def editable(self) -> bool:
        """Text a fix may change: typed text of the body."""
        return self.kind == "text" and self.footnote is None


@dataclass
class Extract:
    """What ``extract`` read from a document: the source and the elements behind it."""

    source: DocxSource
    pieces: list[Piece]
    paragraphs: list[Any]  # the w:p element of each line of the body, in order
    references: dict[str, Any]  # footnote label -> the w:r holding its reference


def sniff_docx(data: bytes, name: str) -> None:
    """Refuse what is not a .docx before unzipping it, with the reason."""
    if data.startswith(OLE_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise InputError(
                name, "password-protected Word document: save a copy without the password"
            )
        raise InputError(
            name, "old binary Word (.doc) document: save it as .docx (Word or LibreOffice)"
        )
    if data.startswith(b"%PDF"):
        raise InputError(name, "is a PDF file, not a Word document: rename it to .pdf")
    if not data.startswith(ZIP_MAGIC):
        raise InputError(name, "not a Word .docx file (not a zip package)")


def open_document(path: str | Path) -> Any:
    """The python-docx document of ``path``; what is not a readable .docx is an ``InputError``."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    name = str(path)
    try:
        head = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot be read") from None
    sniff_docx(head, name)
    try:
        return Document(name)
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, XMLSyntaxError, EOFError):
        raise InputError(name, "damaged Word document: its package cannot be read") from None
    except ValueError as exc:  # python-docx: "file 'x' is not a Word file, content type is ..."
        raise InputError(name, f"not a Word document ({exc})") from None


def read_docx(path: str | Path) -> DocxSource:
    """Read a .docx into a ``DocxSource``; see the module docstring."""
    return extract(open_document(path), str(path)).source


def extract(document: Any, name: str) -> Extract:
    """The text of ``document`` with places, formatting and the elements behind it."""
    from reslint.readers.numbering import Numbering

    writer = _Writer(StyleSheet(document.styles.element), _footnotes_of(document))
    numbering = Numbering(_numbering_element(document))
    body = document.element.body
    writer.changes = next(body.iter(*(qn(tag) for tag in _CHANGES)), None) is not None
    for element in _body_paragraphs(body, writer):
        writer.paragraph(element, numbering)
    writer.footnote_texts()
    writer.newline()  # a text file's last line ends with one too
    source = DocxSource(
        name,
        "".join(writer.parts),
        warnings=writer.warnings(),
        anchors=writer.anchors,
        styles=writer.styles,
    )
    return Extract(source, writer.pieces, writer.lines, writer.references)


def _numbering_element(document: Any) -> Any | None:
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None


def _footnotes_of(document: Any) -> dict[str, Any]:
    """Footnote id -> its ``w:footnote`` element (separators left out)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import parse_xml

    for relationship in document.part.rels.values():
        if relationship.reltype == RELATIONSHIP_TYPE.FOOTNOTES and not relationship.is_external:
            root = parse_xml(relationship.target_part.blob)
            return {
                note.get(qn("w:id")): note
                for note in root.iterchildren(qn("w:footnote"))
                if note.get(qn("w:type")) in (None, "normal")
            }
    return {}


def _body_paragraphs(container: Any, writer: _Writer) -> Any:
    """The paragraphs of the body in order, inside content controls too; tables skipped."""
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield child
        elif child.tag == qn("w:tbl"):
            writer.tables.append(writer.paragraph_number)
        elif child.tag in (qn("w:sdt"), qn("w:customXml")):
            content = child.find(qn("w:sdtContent"))
            yield from _body_paragraphs(content if content is not None else child, writer)


class _Writer:
    """Builds the text line by line, with its anchors, styles and pieces."""

    def __init__(self, sheet: Any, footnotes: dict[str, Any]) -> None:
        self.sheet = sheet
        self.footnotes = footnotes
        self.parts: list[str] = []
        self.length = 0
        self.anchors: list[Anchor] = []
        self.styles: list[Styled] = []
        self.pieces: list[Piece] = []
        self.lines: list[Any] = []
        self.references: dict[str, Any] = {}
        self.order: list[tuple[str, str]] = []  # (footnote id, label) in reference order
        self.tables: list[int] = []  # paragraph numbers the tables follow
        self.changes = False
        self.paragraph_number = 0
        self.merge_next = False  # the last paragraph's mark was deleted (a tracked change)
        self.where: tuple[int | None, str | None] = (None, None)
        self.offset = 0
        self._field_depth: list[bool] = []  # per open field: still in its code part
        self.strip_leading = False  # at the start of a footnote's text
        self.numbered_notes = 0  # footnotes Word numbers (not those with a mark of their own)
        self.custom_mark: str | None = None  # the footnote whose own mark the next text is

    def warnings(self) -> list[str]:
        found = []
        if self.tables:
            after = ", ".join(str(number) for number in self.tables)
            noun = "table" if len(self.tables) == 1 else "tables"
            found.append(f"{len(self.tables)} {noun} skipped (after paragraph {after})")
        if self.changes:
            found.append("has unaccepted tracked changes: read as if all were accepted")
        return found

    # -- writing -----------------------------------------------------------------------

    def _write(self, text: str, advances: bool) -> tuple[int, int]:
        paragraph, footnote = self.where
        last = self.anchors[-1] if self.anchors else None
        continues = (
            last is not None
            and last.advances
            and advances
            and (last.paragraph, last.footnote) == (paragraph, footnote)
        )
        if not continues:
            self.anchors.append(Anchor(self.length, paragraph, footnote, self.offset, advances))
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if advances:
            self.offset += len(text)
        return start, self.length

    def text(self, text: str, element: Any, run_format: tuple[bool, bool]) -> None:
        """Real text of a ``w:t``."""
        if self.strip_leading:
            stripped = text.lstrip()
            self.offset += len(text) - len(stripped)
            text, self.strip_leading = stripped, not stripped
        if not text:
            return
        start, end = self._write(text, True)
        self.styles.append(Styled(start, end, *run_format))
        self.pieces.append(Piece(start, end, element, "text", self.where[1]))

    def other(self, text: str, element: Any, kind: str = "other") -> None:
        """Text that stands for an element: a tab or a break (``other``), or text Word
        prints that the paragraph does not hold (a list ``label``, a footnote ``marker``)."""
        if text:
            start, end = self._write(text, advances=kind == "other")
            self.pieces.append(Piece(start, end, element, kind, self.where[1]))

    def newline(self) -> None:
        self.parts.append("\n")
        self.length += 1

    # -- reading -----------------------------------------------------------------------

    def paragraph(self, element: Any, numbering: Any) -> None:
        self.paragraph_number += 1
        if not self.merge_next:
            if self.lines:
                self.newline()
            self.lines.append(element)
        self.where, self.offset = (self.paragraph_number, None), 0
        properties = element.find(qn("w:pPr"))
        style = self.sheet.paragraph_style(properties)
        numbered = self.sheet.numbering(properties, style)
        if numbered and not self.merge_next:
            label = numbering.label(*numbered)
            if label:
                self.other(label[0] + label[1], element, "label")
        self.merge_next = _mark_deleted(properties)
        self._content(element, style)

    def footnote_texts(self) -> None:
        """``[^N]: text`` lines for the footnotes referenced, in reference order."""
        for note_id, label in self.order:
            note = self.footnotes.get(note_id)
            if note is None:
                continue
            self.newline()
            self.where, self.offset = (None, label), 0
            self.other(definition(label), note, "marker")
            self.strip_leading = True  # Word writes a space after the footnote number
            for number, paragraph in enumerate(note.iterchildren(qn("w:p"))):
                if number:
                    self.other(" ", paragraph)
                properties = paragraph.find(qn("w:pPr"))
                self._content(paragraph, self.sheet.paragraph_style(properties))

    def _content(self, container: Any, paragraph_style: str | None) -> None:
        for child in container.iterchildren():
            tag = child.tag
            if tag == qn("w:r"):
                self._run(child, paragraph_style)
            elif tag in _DELETIONS:
                continue
            elif tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self._content(content, paragraph_style)
            elif tag in _WRAPPERS:
                self._content(child, paragraph_style)

    def _run(self, run: Any, paragraph_style: str | None) -> None:
        properties = run.find(qn("w:rPr"))
        if flag(properties, "w:vanish"):
            return  # hidden text: Word does not print it
        run_format = self.sheet.run_format(properties, paragraph_style)
        for child in run.iterchildren():
            tag = child.tag
            if tag == qn("w:fldChar"):
                self._field(child.get(qn("w:fldCharType")))
            elif self._field_depth and self._field_depth[-1]:
                continue  # the code of a field ("PAGE", "REF _Ref123"), not its result
            elif tag == qn("w:t"):
                if self.custom_mark is not None:
                    self._reference(run, self.custom_mark, child.text or "*", child)
                    self.custom_mark = None
                else:
                    self.text(child.text or "", child, run_format)
            elif tag == qn("w:footnoteReference"):
                note = child.get(qn("w:id")) or ""
                if child.get(qn("w:customMarkFollows")) in ("1", "true", "on"):
                    self.custom_mark = note  # its mark is the text that follows
                else:
                    self.numbered_notes += 1
                    self._reference(run, note, str(self.numbered_notes), run)
            elif tag in (qn("w:tab"), qn("w:ptab")):
                self.other("\t", run)
            elif tag in (qn("w:br"), qn("w:cr")):
                self.other(" ", run)
            elif tag == qn("w:noBreakHyphen"):
                self.other("-", run)
            elif tag == qn("w:sym"):
                self.other(_symbol(child), run)

    def _reference(self, run: Any, note: str, label: str, element: Any) -> None:
        """The marker of footnote ``note`` where its reference stands."""
        label = label.strip() or "*"
        self.order.append((note, label))
        self.references.setdefault(label, run)
        self.other(marker(label), element, "marker")

    def _field(self, kind: str | None) -> None:
        if kind == "begin":
            self._field_depth.append(True)
        elif kind == "separate" and self._field_depth:
            self._field_depth[-1] = False
        elif kind == "end" and self._field_depth:
            self._field_depth.pop()


def _mark_deleted(properties: Any) -> bool:
    """The paragraph mark is a tracked deletion: accepted, this paragraph joins the next."""
    if properties is None:
        return False
    mark = properties.find(qn("w:rPr"))
    return mark is not None and mark.find(qn("w:del")) is not None


def _symbol(element: Any) -> str:
    """The character of a ``w:sym`` unless it is a symbol-font code (private use)."""
    code = element.get(qn("w:char")) or ""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    return "" if 0xE000 <= value <= 0xF8FF else chr(value)
