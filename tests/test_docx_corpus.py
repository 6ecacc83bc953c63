"""A real resolution retyped as Word would hold it parses as its text does.

The test writes A/RES/78/169 (24 preambular paragraphs, 11 operative ones,
10 sub-paragraphs, 13 footnotes) as a .docx: every paragraph a Word
paragraph, operative numbers and sub-paragraph letters as list numbering
(not in the text), preambular openers and operative verbs in italics,
footnotes in the footnotes part.  Its parse must be the text file's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS
from docx_builder import build_docx
from reslint.lint.settings import Settings
from reslint.normalize.notation import FOOTNOTE_DEFINITION
from reslint.pipeline import lint_source, normalize_source, parse_source
from reslint.readers.docx import read_docx
from reslint.source import read_path

RESOLUTION = CORPUS / "A_RES_78_169.txt"


def word_markup(path: Path) -> str:
    """The resolution in the markup of ``docx_builder``, one line per Word paragraph."""
    source = read_path(path)
    document = parse_source(source)
    clean = normalize_source(source).text
    paragraphs = {p.start: p for p in document.paragraphs()}
    lines = []
    line_start = 0
    for line in clean.split("\n"):
        paragraph = paragraphs.get(line_start)
        if line.strip() and (paragraph is None or FOOTNOTE_DEFINITION.match(line)):
            lines.append(line)
        elif line.strip():
            text = line[paragraph.text_start - line_start :]  # without the printed label
            opener = paragraph.opener or ""
            if opener and paragraph.kind != "subparagraph" and text.startswith(opener):
                text = f"*{opener}*{text[len(opener) :]}"
            if paragraph.kind != "preambular":
                text = "#" * (paragraph.level + 1) + " " + text
            lines.append(text)
        line_start += len(line) + 1
    return "\n".join(lines)


def structure(document) -> dict:
    return {
        "symbol": document.symbol,
        "title": document.title.text if document.title else None,
        "formula": document.formula.text if document.formula else None,
        "paragraphs": [
            (p.id, p.kind, p.number, p.label, p.opener, " ".join(p.text.split()))
            for p in document.paragraphs()
        ],
        "footnotes": [(f.label, " ".join(f.text.split())) for f in document.footnotes],
        "references": [(p.id, [r.label for r in p.footnote_refs]) for p in document.paragraphs()],
        "closing": document.closing.text if document.closing else None,
    }


@pytest.mark.corpus
def test_a_corpus_resolution_as_a_word_file_parses_as_its_text(tmp_path: Path) -> None:
    if not RESOLUTION.exists():
        pytest.skip("corpus not found")
    assert "*" not in normalize_source(read_path(RESOLUTION)).text  # no markup clash
    markup = word_markup(RESOLUTION)
    path = build_docx(markup, tmp_path / "A_RES_78_169.docx")
    source = read_docx(path)
    assert "1. " not in markup and "(a) " not in markup  # numbers come from the list
    from_word = structure(parse_source(source))
    from_text = structure(parse_source(read_path(RESOLUTION)))
    assert from_word == from_text
    assert len(from_word["paragraphs"]) == 24 + 11 + 10 and len(from_word["footnotes"]) == 13
    # the Word file is italic where UN practice wants it: no formatting finding
    assert [d for d in lint_source(source, Settings(select=["W"]))[2]] == []
