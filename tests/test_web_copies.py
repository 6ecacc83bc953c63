"""Every corpus resolution, copied as web pages and word processors copy it, reads the same.

Two copies of each corpus file are made here from the file itself:

* flattened: every line joined onto one (a web page that lost its line breaks);
* bulleted: a bullet and a space before the first line of every paragraph (a
  page that lists the paragraphs as bullet points).

Each copy must give the same operative paragraph numbers and the same first two
words of every operative paragraph as the original, for at least 95% of the
files.  The copies are parsed in a process pool (two workers give half the
wall time of one).
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from reslint.errors import ReslintError
from reslint.model import Document
from reslint.pipeline import parse_source
from reslint.source import Source

pytestmark = pytest.mark.corpus

ENOUGH = 0.95


def signature(document: Document) -> list[tuple[str | None, str]]:
    """Operative paragraph numbers and the first two words of each."""
    return [(p.number, " ".join(p.text.split()[:2])) for p in document.operative]


def flattened(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def bulleted(text: str, document: Document) -> str:
    lines = text.splitlines(keepends=True)
    for paragraph in document.preambular + document.operative:
        index, column = paragraph.line - 1, paragraph.column - 1
        lines[index] = lines[index][:column] + "• " + lines[index][column:]
    return "".join(lines)


def _copy_signature(name_and_text: tuple[str, str]) -> list | str:
    name, text = name_and_text
    try:
        return signature(parse_source(Source(name, text)))
    except ReslintError as exc:
        return str(exc)


@pytest.fixture(scope="module")
def copies(linted_corpus: dict[str, tuple]) -> dict[str, dict[str, bool]]:
    """name -> {"flattened": same?, "bulleted": same?}"""
    names = sorted(linted_corpus)
    jobs = []
    for name in names:
        source, _, document, _ = linted_corpus[name]
        jobs += [(name, flattened(source.text)), (name, bulleted(source.text, document))]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(os.cpu_count() or 1, mp_context=context) as pool:
        found = list(pool.map(_copy_signature, jobs, chunksize=8))
    result = {}
    for index, name in enumerate(names):
        expected = signature(linted_corpus[name][2])
        result[name] = {
            "flattened": found[2 * index] == expected,
            "bulleted": found[2 * index + 1] == expected,
        }
    return result


@pytest.mark.parametrize("kind", ["flattened", "bulleted"])
def test_copies_read_like_the_original(copies: dict[str, dict[str, bool]], kind: str) -> None:
    same = [name for name, outcome in copies.items() if outcome[kind]]
    differ = sorted(set(copies) - set(same))
    print(f"\n{kind}: {len(same)}/{len(copies)} the same; differ: {differ}")
    assert len(same) / len(copies) >= ENOUGH, differ


def test_a_flattened_resolution_is_split_into_its_parts() -> None:
    """The shape of other/HRC_DEC_2006-107_flat.txt: a .doc saved as text, one line,
    with a picture artifact in front."""
    text = (
        "Word.Picture.8Human Rights Council Decision 2006/107. Incitement to hatred "
        "The Human Rights Council, Taking into account the statements made during its first "
        "session, Recalling its decision 1/106, 1. Requests the relevant special rapporteurs "
        "to report to the Council at its next session; 2. Decides to remain seized of the "
        "matter. 21st meeting 30 June 2006"
    )
    document = parse_source(Source("flat.txt", text))
    assert document.formula is not None and document.formula.text == "The Human Rights Council,"
    assert [p.opener for p in document.preambular] == ["Taking into account", "Recalling"]
    assert signature(document) == [("1", "Requests the"), ("2", "Decides to")]


@pytest.mark.parametrize(
    "prefix",
    ["• ", "- ", "– ", "“"],
    ids=["bullet", "dash", "en-dash", "quotation-mark"],
)
def test_prefixes_before_paragraph_numbers_go(prefix: str) -> None:
    quoted = prefix == "“"
    text = (
        f"{prefix}The Security Council,\n\n{prefix}Recalling its resolution 2661 (2022),\n\n"
        f"{prefix}1. Decides to extend resolution 2607 (2021) until 17 November 2022;\n\n"
        f"{prefix}2. Decides to remain actively seized of the matter.{'”' if quoted else ''}\n"
    )
    document = parse_source(Source("web.txt", text))
    assert [p.opener for p in document.preambular] == ["Recalling"]
    assert signature(document) == [("1", "Decides to"), ("2", "Decides to")]


def test_a_bullet_that_marks_a_list_item_stays() -> None:
    """After "mandated to:" a bullet is the label of an item (other/ACHPR_Res338)."""
    text = (
        "The Security Council,\n\nRecalling its resolution 2661 (2022),\n\n"
        "1. Decides to establish a committee mandated to:\n\n"
        "• Collect data on the situation;\n\n• Report to the Council;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    document = parse_source(Source("web.txt", text))
    assert signature(document) == [("1", "Decides to"), ("2", "Decides to")]
    assert "Collect data" in document.text
    assert "• Collect data" in document.text


def test_quoted_paragraphs_of_another_text_stay_quoted() -> None:
    """S/RES/501 (1982) quotes resolution 425 (1978) in its paragraph 1: the quoted
    formula and paragraphs are not the resolution's own."""
    text = (
        "The Security Council,\n\nRecalling its resolution 425 (1978),\n\n"
        "1. Reaffirms its resolution 425 (1978) which reads:\n\n"
        '"The Security Council,\n\n"1. Calls for strict respect for the territorial '
        'integrity of Lebanon;\n\n"2. Calls upon Israel to withdraw its forces,";\n\n'
        "2. Decides to remain seized of the question.\n"
    )
    document = parse_source(Source("quoted.txt", text))
    assert [p.number for p in document.operative] == ["1", "2"]


def test_word_field_codes_go() -> None:
    text = (
        "The General Assembly, { PAGE \\* MERGEFORMAT }\n\nRecalling its resolution 70/1,\n\n"
        "1. Decides to remain seized of the matter.\n"
    )
    document = parse_source(Source("codes.txt", text))
    assert "MERGEFORMAT" not in document.text and document.formula is not None


def test_extraction_repairs_map_back(tmp_path: Path) -> None:
    """The repairs of a web copy point at the user's own characters."""
    from reslint.pipeline import normalize_source

    text = (
        "The Security Council, Recalling its resolution 2661 (2022) on the situation in "
        "Somalia, 1. Decides to extend resolution 2607 (2021) until 17 November 2022."
    )
    normalized = normalize_source(Source("flat.txt", text))
    kinds = {repair.kind for repair in normalized.repairs}
    assert "unflattened" in kinds
    for repair in normalized.repairs:
        assert text[repair.start : repair.end].isspace() or repair.kind != "unflattened"
