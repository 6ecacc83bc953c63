"""Model UN drafts, in the formats of the large conferences' style guides (samples/mun-*).

The header block (committee or forum, topic or question, sponsors or main
submitter, signatories or co-submitters), a formula in capitals, sub-clauses
"a)" and "i)" or "1.1", and the generic profile they are linted against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.lint.engine import detect_profile
from reslint.lint.settings import Settings
from reslint.pipeline import lint_source, parse_source
from reslint.source import Source, read_path

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_the_hague_style_header_and_capital_formula() -> None:
    document = parse_source(read_path(SAMPLES / "mun-thimun.txt"))
    heading = document.heading
    assert heading.model_un
    assert heading.committee == "General Assembly Third Committee"
    assert heading.topic == "Protecting the rights of migrant domestic workers"
    assert heading.sponsors == ["Philippines"]
    assert heading.signatories == ["Indonesia", "Mexico", "Nepal", "Sri Lanka", "Uruguay"]
    assert document.formula is not None and document.formula.body == "general-assembly"
    assert [p.number for p in document.operative] == ["1", "2", "3", "4", "5"]
    third = document.operative[2]
    assert [c.number for c in third.children] == ["a", "b"]
    assert [c.number for c in third.children[1].children] == ["i", "ii"]


def test_national_style_header() -> None:
    heading = parse_source(read_path(SAMPLES / "mun-nmun.txt")).heading
    assert (heading.model_un, heading.committee) == (True, "Second Committee")
    assert heading.sponsors == ["Fiji", "Jamaica", "Maldives", "Mauritius", "Tuvalu"]
    assert len(heading.signatories) == 8


def test_numbered_sub_clauses() -> None:
    document = parse_source(read_path(SAMPLES / "mun-security-council.txt"))
    assert [p.number for p in document.operative] == ["1", "2", "3", "4"]
    assert [[c.number for c in p.children] for p in document.operative[:2]] == [
        ["1.1", "1.2"],
        ["2.1", "2.2"],
    ]


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("mun-*.txt")), ids=lambda p: p.stem)
def test_model_un_drafts_get_the_generic_profile(sample: Path) -> None:
    _, document, diagnostics = lint_source(read_path(sample), Settings())
    assert detect_profile(document, Settings()).body == "generic"
    assert document.kind == "draft"
    assert [d for d in diagnostics if d.level == "error"] == []


def test_numbered_sub_clauses_out_of_sequence_are_reported() -> None:
    text = (SAMPLES / "mun-security-council.txt").read_text(encoding="utf-8")
    text = text.replace("1.2 Allow", "1.3 Allow")
    _, _, diagnostics = lint_source(Source("mun.txt", text), Settings(select=["S104"]))
    assert [(d.code, d.line) for d in diagnostics] == [("S104", 18)]


def test_a_draft_without_the_header_is_no_model_un() -> None:
    text = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. Decides to act.\n"
    document = parse_source(Source("ga.txt", text))
    assert not document.heading.model_un
    assert detect_profile(document, Settings()).body == "general-assembly"
