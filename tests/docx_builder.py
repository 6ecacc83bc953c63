"""Build .docx files in tests, the way Word writes them (no binary fixtures in the repo).

``build_docx(text, path)`` turns a small markup into a Word document with
python-docx and the XML Word itself writes for what python-docx has no API
for (list numbering definitions, footnotes, tracked changes).  Each
non-blank line of ``text`` is one Word paragraph:

* ``# text``, ``## text`` and ``### text``: a paragraph of an automatically
  numbered list, at level 1 ("1.", "2."), 2 ("(a)", "(b)") or 3 ("(i)");
  the label is not in the text, only in the numbering definitions;
* ``*text*`` italic, ``**text**`` bold, ``_*text*_`` italic through the
  "Emphasis" character style;
* ``[^N]`` a footnote reference, whose text is the line ``[^N]: text``
  (a footnote, not a paragraph);
* ``{+text+}`` a tracked insertion, ``{-text-}`` a tracked deletion;
* ``|text|`` alone on its line: a one-cell table holding ``text``.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

LIST_ID = "90"
_INLINE = re.compile(
    r"(?P<ins>\{\+(?P<ins_text>.+?)\+\})"
    r"|(?P<dele>\{-(?P<del_text>.+?)-\})"
    r"|(?P<note>\[\^(?P<label>[^\]]+)\](?!:))"
    r"|(?P<styled>_\*(?P<styled_text>[^*]+)\*_)"
    r"|(?P<bold>\*\*(?P<bold_text>[^*]+)\*\*)"
    r"|(?P<italic>\*(?P<italic_text>[^*]+)\*)"
)
_FOOTNOTE = re.compile(r"\[\^([^\]]+)\]:\s*(.*)")
_DATE = "2024-05-01T10:00:00Z"

NUMBERING = f"""
<w:abstractNum {nsdecls("w")} w:abstractNumId="{LIST_ID}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1701" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>
    <w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="2268" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>
"""


class Builder:
    """One document being built."""

    def __init__(self) -> None:
        self.document = Document()
        self.footnotes: dict[str, str] = {}
        self.references: list[str] = []
        self._change_id = 100
        self._numbering_added = False

    def _numbering(self) -> None:
        if self._numbering_added:
            return
        numbering = self.document.part.numbering_part.element
        first_num = numbering.find(qn("w:num"))
        abstract = parse_xml(NUMBERING)
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{LIST_ID}">'
                f'<w:abstractNumId w:val="{LIST_ID}"/></w:num>'
            )
        )
        self._numbering_added = True

    def paragraph(self, line: str) -> None:
        level = None
        hashes, _, rest = line.partition(" ")
        if hashes in ("#", "##", "###"):
            level, line = len(hashes) - 1, rest
        if line.startswith("|") and line.endswith("|") and len(line) > 1:
            table = self.document.add_table(rows=1, cols=1)
            table.cell(0, 0).text = line[1:-1]
            return
        paragraph = self.document.add_paragraph()
        if level is not None:
            self._numbering()
            properties = paragraph._p.get_or_add_pPr()
            properties.append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                    f'<w:numId w:val="{LIST_ID}"/></w:numPr>'
                )
            )
        self.inline(paragraph, line)

    def inline(self, paragraph, text: str) -> None:
        position = 0
        for match in _INLINE.finditer(text):
            if match.start() > position:
                paragraph.add_run(text[position : match.start()])
            if match.group("italic"):
                paragraph.add_run(match.group("italic_text")).italic = True
            elif match.group("bold"):
                paragraph.add_run(match.group("bold_text")).bold = True
            elif match.group("styled"):
                paragraph.add_run(match.group("styled_text"), style="Emphasis")
            elif match.group("note"):
                self.reference(paragraph, match.group("label"))
            elif match.group("ins"):
                self.tracked(paragraph, "ins", match.group("ins_text"))
            elif match.group("dele"):
                self.tracked(paragraph, "del", match.group("del_text"))
            position = match.end()
        if position < len(text):
            paragraph.add_run(text[position:])

    def reference(self, paragraph, label: str) -> None:
        self.references.append(label)
        note_id = len(self.references)
        run = paragraph.add_run()
        run._r.append(
            parse_xml(f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>')
        )
        run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{note_id}"/>'))

    def tracked(self, paragraph, kind: str, text: str) -> None:
        self._change_id += 1
        inner = "delText" if kind == "del" else "t"
        paragraph._p.append(
            parse_xml(
                f'<w:{kind} {nsdecls("w")} w:id="{self._change_id}" w:author="Delegate" '
                f'w:date="{_DATE}"><w:r><w:{inner} xml:space="preserve">{_escape(text)}'
                f"</w:{inner}></w:r></w:{kind}>"
            )
        )

    def save(self, path: Path) -> Path:
        if self.references:
            self._footnotes_part()
        self.document.save(str(path))
        return path

    def _footnotes_part(self) -> None:
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            "</w:footnote>",
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote>",
        ]
        for note_id, label in enumerate(self.references, 1):
            notes.append(
                f'<w:footnote w:id="{note_id}"><w:p><w:r><w:rPr><w:vertAlign '
                f'w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t '
                f'xml:space="preserve"> {_escape(self.footnotes.get(label, ""))}</w:t></w:r>'
                f"</w:p></w:footnote>"
            )
        blob = f"<w:footnotes {nsdecls('w')}>{''.join(notes)}</w:footnotes>".encode()
        part = Part(
            PackURI("/word/footnotes.xml"),
            CONTENT_TYPE.WML_FOOTNOTES,
            blob,
            self.document.part.package,
        )
        self.document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_docx(text: str, path: Path) -> Path:
    """Write the markup ``text`` (see the module docstring) as a .docx at ``path``."""
    builder = Builder()
    lines = [line.strip() for line in text.strip("\n").splitlines()]
    for line in lines:
        found = _FOOTNOTE.fullmatch(line)
        if found:
            builder.footnotes[found.group(1)] = found.group(2)
    for line in lines:
        if line and not _FOOTNOTE.fullmatch(line):
            builder.paragraph(line)
    return builder.save(path)
