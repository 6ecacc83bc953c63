"""LibreOffice opens what reslint writes into Word files, and shows the comments.

Marked ``slow``: each conversion starts LibreOffice (a few seconds).  .ci/run
installs it (Debian ``libreoffice-writer-nogui``); on a machine without it
the tests skip, except in CI, where a missing LibreOffice is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from docx_builder import build_docx
from reslint.cli import main
from reslint.errors import InputError
from reslint.readers import read_path

pytestmark = pytest.mark.slow

DRAFT = """
United Nations A/C.3/80/L.99
General Assembly
Distr.: Limited
Argentina and Brazil: draft resolution
Protection of migrants
The General Assembly,
*Recalling* its resolution 70/1 of 25 September 2015;
Noting the report of the Secretary General,[^1]
# *Calls on* all States to protect migrants **immediately**:
## By adopting laws;
## By training officials
# *Requests* the Secretary-General to report to it at its eighty-first session;
[^1]: A/80/1.
"""
# what LibreOffice 7.4 writes: comments as PDF text annotations
EXPORT_NOTES = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'


def office() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI"):
            raise RuntimeError("LibreOffice is missing: .ci/run installs libreoffice-writer-nogui")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    return found


def convert(path: Path, target: str, folder: Path) -> Path:
    """``libreoffice --headless --convert-to TARGET``, with a profile of its own."""
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            office(),
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    converted = folder / f"{path.stem}.{target.split(':')[0]}"
    assert converted.exists(), f"LibreOffice wrote no {converted.name}"
    return converted


def lint_json(path: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["lint", "-f", "json", str(path)])
    return json.loads(result.stdout)["files"][0]["findings"]


def test_annotated_copy_shows_every_comment_in_libreoffice(tmp_path: Path) -> None:
    draft = build_docx(DRAFT, tmp_path / "draft.docx")
    findings = lint_json(draft)
    assert {f["code"] for f in findings} >= {"P101", "W101", "V105", "W102", "T102"}
    annotated = tmp_path / "annotated.docx"
    CliRunner().invoke(main, ["lint", str(draft), "--annotate", str(annotated)])
    pdf = convert(annotated, EXPORT_NOTES, tmp_path / "pdf")
    reader = PdfReader(pdf)
    notes = [
        annotation.get_object()["/Contents"]
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if annotation.get_object().get("/Subtype") == "/Text"
    ]
    assert len(notes) == len(findings)
    for finding in findings:
        expected = f"{finding['code']} ({finding['slug']}): {finding['message']}"
        assert any(note.startswith(expected) for note in notes), expected
    assert any("Fix: replace with 'Calls upon'" in note for note in notes)
    page_text = " ".join(page.extract_text() for page in reader.pages)
    assert "Calls on all States to protect migrants" in " ".join(page_text.split())


def test_fixed_word_file_opens_in_libreoffice(tmp_path: Path) -> None:
    draft = build_docx(DRAFT, tmp_path / "draft.docx")
    CliRunner().invoke(main, ["lint", "--fix", str(draft)])
    pdf = convert(draft, "pdf", tmp_path / "pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Calls upon all States to protect migrants immediately:" in text
    assert "Recalling its resolution 70/1 of 25 September 2015," in text


def test_a_real_doc_file_is_a_clear_error(tmp_path: Path) -> None:
    draft = build_docx(DRAFT, tmp_path / "draft.docx")
    old = convert(draft, "doc", tmp_path / "doc")
    with pytest.raises(InputError) as error:
        read_path(old)
    assert error.value.describe() == (f"{old}: old binary Word (.doc) document: save it as .docx")
    renamed = old.with_suffix(".docx")
    old.rename(renamed)
    with pytest.raises(InputError, match="old binary Word"):
        read_path(renamed)
