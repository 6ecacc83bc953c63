"""PDF input: the 12 original UN PDFs against their text twins, pages and lines, errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from pdf_builder import build_pdf
from reslint.cli import main
from reslint.errors import InputError
from reslint.lint.settings import Settings
from reslint.pipeline import lint_source, normalize_source, parse_source
from reslint.readers import read_path
from reslint.readers.pdf import read_pdf
from reslint.source import Source
from reslint.source import read_path as read_text

PDF_FOLDER = CORPUS.parent / "pdf"
PDFS = sorted(PDF_FOLDER.glob("*.pdf")) if PDF_FOLDER.is_dir() else []
if not PDFS and os.environ.get("CI"):
    raise RuntimeError(f"the corpus PDFs are not at {PDF_FOLDER}")


def structure(document) -> dict:
    """What a reader of the resolution sees: title, operative numbers, every opener."""
    resolution = [
        p
        for p in document.paragraphs()
        if p.kind in ("preambular", "operative", "subparagraph") and p.id[:2] in ("pp", "op")
    ]
    return {
        "title": document.title.text if document.title else None,
        "operative": [p.number for p in document.operative],
        "openers": [(p.id, p.opener) for p in resolution],
    }


@pytest.mark.corpus
@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_pdf_parses_as_its_text_twin(pdf: Path) -> None:
    from_pdf = parse_source(read_pdf(pdf))
    from_text = parse_source(read_text(CORPUS / f"{pdf.stem}.txt"))
    assert structure(from_pdf) == structure(from_text)
    assert from_pdf.operative and structure(from_pdf)["openers"]


@pytest.mark.corpus
def test_pdfs_classify_as_their_text_twins() -> None:
    from reslint.classifier import classifier_for

    if not PDFS:
        pytest.skip("corpus PDFs not found")
    classifier = classifier_for(None)

    def clauses(source) -> list:
        result = classifier.classify(parse_source(source))
        operative = [
            (p.id, c.verb, [(_hyphens(a.text), a.category) for a in c.addressees])
            for p in result.operative
            for c in p.clauses
        ]
        return operative + [(c.id, c.opener, c.function) for c in result.preambular]

    compared = 0
    for pdf in PDFS:
        expected = clauses(read_text(CORPUS / f"{pdf.stem}.txt"))
        assert clauses(read_pdf(pdf)) == expected, pdf.name
        compared += len(expected)
    assert compared > 100  # the twelve hold this many operative clauses


def _hyphens(text: str) -> str:
    """The twins were typed with non-breaking hyphens (U+2011) where the PDFs print '-'."""
    return text.replace("\u2011", "-").replace("\u2010", "-")


@pytest.mark.corpus
def test_findings_in_a_pdf_carry_page_and_line() -> None:
    pdf = PDF_FOLDER / "S_2024_400.pdf"
    if not pdf.exists():
        pytest.skip("corpus PDFs not found")
    source = read_pdf(pdf)
    assert len(source.page_starts) == 6
    diagnostics = lint_source(source, Settings())[2]
    assert diagnostics and all(d.place and d.place.page for d in diagnostics)
    for d in diagnostics:
        offset = source.line_starts[d.line - 1] + d.column - 1
        page_text = source.text[source.page_starts[d.place.page - 1] :].splitlines()
        assert page_text[d.place.line - 1] == source.text.splitlines()[d.line - 1]
        assert source.place(offset) == d.place
    assert max(d.place.page for d in diagnostics) > 1


def test_page_and_line_of_an_offset(tmp_path: Path) -> None:
    pdf = build_pdf(
        [["The General Assembly,", "Recalling its resolution 70/1,"], ["1. Decides to act."]],
        tmp_path / "two.pdf",
    )
    source = read_pdf(pdf)
    assert source.place(source.text.index("Recalling") + 3).as_dict() == {"page": 1, "line": 2}
    assert source.place(source.text.index("Decides")).as_dict() == {"page": 2, "line": 1}


RUNNING_HEADER = "Advance unedited version"


def test_headers_repeated_at_page_edges_are_furniture(tmp_path: Path) -> None:
    """A header that names no symbol is found by the page starts the reader keeps."""
    pages = [
        ["The General Assembly,", "Recalling its resolution 70/1 of 25 September 2015,"],
        [RUNNING_HEADER, "1. Decides to remain seized of the matter and to consider the"],
        [RUNNING_HEADER, "question at its next session;"],
        [RUNNING_HEADER, "2. Requests the Secretary-General to report."],
    ]
    source = read_pdf(build_pdf(pages, tmp_path / "headers.pdf"))
    clean = normalize_source(source).text
    assert RUNNING_HEADER not in clean
    assert "to consider the question at its next session;" in clean
    document = parse_source(source)
    assert [p.number for p in document.operative] == ["1", "2"]
    without_pages = Source(source.path, source.text)  # the same text, pages unknown
    assert RUNNING_HEADER in normalize_source(without_pages).text


def test_encrypted_pdf_is_a_clear_error(tmp_path: Path) -> None:
    pdf = build_pdf([["The General Assembly,"]], tmp_path / "locked.pdf", password="secret")
    with pytest.raises(InputError) as error:
        read_path(pdf)
    assert error.value.describe() == (
        f"{pdf}: encrypted PDF: it needs a password; save an unprotected copy"
    )


def test_pdf_locked_only_against_editing_is_read(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = build_pdf([["The General Assembly,", "1. Decides to act."]], tmp_path / "p.pdf")
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    locked = tmp_path / "restricted.pdf"
    with open(locked, "wb") as handle:
        writer.write(handle)
    assert "Decides to act" in read_path(locked).text


def test_scanned_pdf_is_a_clear_error(tmp_path: Path) -> None:
    pdf = build_pdf([[], []], tmp_path / "scan.pdf")
    with pytest.raises(InputError, match="no text layer"):
        read_path(pdf)


def test_a_page_without_text_is_a_warning(tmp_path: Path) -> None:
    pdf = build_pdf([["The General Assembly,", "1. Decides to act."], []], tmp_path / "p.pdf")
    assert read_path(pdf).warnings == ["page 2 has no text layer; its text is missing"]


def test_damaged_pdf_is_a_clear_error(tmp_path: Path) -> None:
    good = build_pdf([["The General Assembly,"]], tmp_path / "good.pdf").read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good[: len(good) // 3])
    with pytest.raises(InputError, match="PDF"):
        read_path(broken)
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("The General Assembly,\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a PDF file"):
        read_path(not_pdf)


def test_the_run_goes_on_after_a_bad_pdf(tmp_path: Path) -> None:
    good = build_pdf(
        [["The General Assembly,", "Recalling its resolution 70/1,", "1. Decides to act."]],
        tmp_path / "good.pdf",
    )
    build_pdf([["x"]], tmp_path / "locked.pdf", password="secret")
    build_pdf([[]], tmp_path / "scan.pdf")
    result = CliRunner().invoke(main, ["parse", str(tmp_path)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("reslint:")]
    assert len(errors) == 2 and all(line.count(": ") >= 2 for line in errors)
    assert any("locked.pdf: encrypted PDF" in line for line in errors)
    assert any("scan.pdf: PDF has no text layer" in line for line in errors)
    assert str(good) in result.stdout and "Decides" in result.stdout
