"""``reslint diff`` on short texts written for the tests: alignment, meaning, summary,
renderers and the command line."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from diff_plants import pdf_layout
from helpers import parsed
from reslint.cli import main
from reslint.diff import compare, new_findings
from reslint.diff.align import align
from reslint.diff.result import KINDS, STATUSES
from reslint.diff.text import body, key, word_diff
from reslint.diff.units import document_units

HEAD = """\
United Nations
A/80/L.99

General Assembly
Distr.: Limited
1 November 2025

Eightieth session
Agenda item 99
Measures to test the diff

Utopia: draft resolution

Measures to test the diff

The General Assembly,

"""

PREAMBLE = [
    "Recalling its resolution 79/129 of 4 December 2024,",
    "Noting with concern the continuing lack of reliable data on the matter,",
    "Welcoming the report of the Secretary-General on the collection of data,",
]

OPERATIVE = [
    "Urges Member States to share their data on the matter in a timely manner;",
    "Encourages States to cooperate with one another in collecting the data;",
    "Invites the regional commissions to support the collection of data in their regions;",
    "Stresses the importance of national statistical offices for the quality of the data;",
    "Calls upon all States to consider ratifying the Convention on the matter at the "
    "earliest possible date, and requests the Secretary-General to keep the depositary "
    "records of the Convention up to date and to publish them;",
    "Requests the Secretary-General to report to the General Assembly at its eighty-first "
    "session on the implementation of the present resolution;",
    "Decides to include in the provisional agenda of its eighty-first session the item "
    'entitled "Measures to test the diff".',
]


def text_of(preamble: list[str], operative: list[str]) -> str:
    numbered = [f"{n}. {paragraph}" for n, paragraph in enumerate(operative, 1)]
    if numbered:
        numbered[-1] = numbered[-1].rstrip(";") + ("" if numbered[-1].endswith(".") else ".")
    return HEAD + "\n\n".join([*preamble, *numbered]) + "\n"


OLD = text_of(PREAMBLE, OPERATIVE)


@pytest.fixture(scope="module")
def classifier():
    from reslint.classifier import classifier_for

    return classifier_for(None)


def diff(old: str, new: str, classifier):
    documents = [parsed(old), parsed(new)]
    classes = [classifier.classify(d) for d in documents]
    return compare(documents[0], documents[1], classifier.lexicon, *classes)


def unit(comparison, old: str | None = None, new: str | None = None):
    found = [
        u
        for u in comparison.units
        if (old is None or old in u.old) and (new is None or new in u.new)
    ]
    assert len(found) == 1, [(u.old, u.new, u.status) for u in comparison.units]
    return found[0]


def changed(comparison) -> list[tuple]:
    return [(u.old, u.new, u.status) for u in comparison.units if u.status != "unchanged"]


def with_op(number: int, paragraph: str) -> list[str]:
    operative = list(OPERATIVE)
    operative[number - 1] = paragraph
    return operative


# -- the text a comparison sees ------------------------------------------------------------


def test_layout_and_typography_fold_away() -> None:
    assert key("Secretary\u2011General,[^3] and") == key("Secretary -General;")
    assert body("the data;[^2]") == "the data"
    assert body("protection of civilians, and") == "protection of civilians"
    assert key("“quoted”") == key('"quoted"')
    assert key("urges") != key("Urges")  # a capital letter is an (editorial) edit


def test_word_diff_marks_editorial_edits_and_drops_spacing() -> None:
    segments = word_diff("States undertaking to act", "States’ undertaking to act")
    assert [s.editorial for s in segments if s.tag != "equal"] == [True]
    assert all(s.tag == "equal" for s in word_diff("the Unio n acts", "the Union acts"))
    (replace,) = [s for s in word_diff("Urges States", "Encourages States") if s.tag != "equal"]
    assert (replace.old, replace.new, replace.editorial) == ("Urges", "Encourages", False)


# -- alignment -----------------------------------------------------------------------------


def test_identical_and_pasted_from_a_pdf_compare_unchanged(classifier) -> None:
    pasted = pdf_layout(OLD, "A/80/L.99", random.Random(7))
    assert "\n1/1 " in pasted and "\n 1. Urges" in pasted  # page furniture, indented paragraphs
    for other in (OLD, pasted):
        comparison = diff(OLD, other, classifier)
        assert comparison.summary.verdict == "unchanged"
        assert comparison.summary.same
        assert {u.status for u in comparison.units} == {"unchanged"}
        assert comparison.summary.headline == "no change"


def test_insert_renumbers_without_counting_as_changes(classifier) -> None:
    operative = list(OPERATIVE)
    operative.insert(1, "Calls upon the specialized agencies to assist States in this work;")
    comparison = diff(OLD, text_of(PREAMBLE, operative), classifier)
    assert changed(comparison) == [([], ["op_2"], "added")]
    assert comparison.summary.numbering == [(str(n), str(n + 1)) for n in range(2, 8)]
    assert comparison.summary.headline.startswith("1 paragraph added")


def test_delete_move_split_and_merge_are_told_apart(classifier) -> None:
    operative = list(OPERATIVE)
    first, second = OPERATIVE[4].split(", and requests")
    operative[4:5] = [first + ";", "Requests" + second]  # split 5 into 5 and 6
    operative.insert(0, operative.pop(3))  # move old 4 to the top
    operative[2:4] = [OPERATIVE[1].rstrip(";") + ", and invites" + OPERATIVE[2][7:]]  # merge 2, 3
    del operative[-2]  # delete old 6
    comparison = diff(OLD, text_of(PREAMBLE, operative), classifier)
    assert sorted(changed(comparison)) == sorted(
        [
            (["op_4"], ["op_1"], "moved"),
            (["op_2", "op_3"], ["op_3"], "merged"),
            (["op_5"], ["op_4", "op_5"], "split"),
            (["op_6"], [], "deleted"),
        ]
    )
    assert not unit(comparison, old="op_4").changes  # moved without edits


def test_dates_of_merged_paragraphs_count_together(classifier) -> None:
    # the plants found it on A/RES/79/68: the second paragraph's dates, merged into the
    # first, were reported as added (only the first paragraphs were compared)
    dated = with_op(2, "Encourages States to meet on 16 January 2023;")
    dated[2] = "Invites the regional commissions to report by 31 January 2024;"
    merged = list(dated)
    merged[1:3] = [dated[1].rstrip(";") + ", and invites" + dated[2][7:]]
    moved = unit(diff(text_of(PREAMBLE, dated), text_of(PREAMBLE, merged), classifier), "op_2")
    assert moved.status == "merged"
    assert not [c for c in moved.changes if c.kind == "date"]
    # a date that does change in a merge is still reported
    merged[1] = merged[1].replace("2024", "2025")
    moved = unit(diff(text_of(PREAMBLE, dated), text_of(PREAMBLE, merged), classifier), "op_2")
    assert [(c.old, c.new) for c in moved.changes if c.kind == "date"] == [
        ("31 January 2024", "31 January 2025")
    ]


def test_rewritten_in_place_is_edited_but_far_away_it_is_not(classifier) -> None:
    # 0.45 of the wording kept: an edit where it stood, not a paragraph moved elsewhere
    rewritten = (
        "Encourages States to cooperate with regional statistical bodies on migration figures;"
    )
    in_place = diff(OLD, text_of(PREAMBLE, with_op(2, rewritten)), classifier)
    assert changed(in_place) == [(["op_2"], ["op_2"], "edited")]
    operative = list(OPERATIVE)
    operative[1] = "Stresses the need for statistics on migration in all regions of the world;"
    operative.append(rewritten)
    moved = diff(OLD, text_of(PREAMBLE, operative), classifier)
    assert sorted(changed(moved)) == [
        ([], ["op_2"], "added"),
        ([], ["op_8"], "added"),
        (["op_2"], [], "deleted"),
    ]


def test_alignment_never_crosses_parts() -> None:
    preamble = [
        *PREAMBLE,
        "Urges Member States to share their data on the matter in a timely manner,",
    ]
    units_old = document_units(parsed(OLD))
    units_new = document_units(parsed(text_of(preamble, OPERATIVE[1:])))
    statuses = {m.status for m in align(units_old["preamble"], units_new["preamble"])}
    assert statuses == {"unchanged", "added"}


def test_subparagraphs_align_within_their_paragraph(classifier) -> None:
    listed = (
        "Requests the Secretary-General:\n\n(a) To collect the data;\n\n(b) To publish the data;"
    )
    edited = listed.replace("To publish the data", "To publish and analyse the data")
    comparison = diff(
        text_of(PREAMBLE, with_op(6, listed)), text_of(PREAMBLE, with_op(6, edited)), classifier
    )
    assert changed(comparison) == [(["op_6__b"], ["op_6__b"], "edited")]


def test_subparagraphs_run_into_the_paragraph_compare_unchanged(classifier) -> None:
    inline = "Requests the Secretary-General to ensure: (a) the collection of data; and (b) its publication;"
    set_out = "Requests the Secretary-General to ensure:\n\n(a) the collection of data; and\n\n(b) its publication;"
    comparison = diff(
        text_of(PREAMBLE, with_op(6, inline)), text_of(PREAMBLE, with_op(6, set_out)), classifier
    )
    assert comparison.summary.verdict == "unchanged"


# -- what edits mean -----------------------------------------------------------------------


def test_verb_weakened_and_strengthened_with_strength(classifier) -> None:
    new = text_of(PREAMBLE, with_op(1, OPERATIVE[0].replace("Urges", "Encourages")))
    comparison = diff(OLD, new, classifier)
    edited = unit(comparison, old="op_1")
    verb = edited.changed("verb")[0]
    assert (verb.old, verb.new, verb.direction, verb.clause) == (
        "urges",
        "encourages",
        "weakened",
        0,
    )
    strength = edited.changed("strength")[0]
    assert (strength.old["rank"], strength.new["rank"]) == (3, 1)
    assert comparison.summary.counts["weakened"] == 1
    back = diff(new, OLD, classifier)
    assert back.summary.counts["strengthened"] == 1


def test_modifier_and_later_clause_changes(classifier) -> None:
    new = with_op(2, "Also encourages States to cooperate with one another in collecting the data;")
    new[4] = OPERATIVE[4].split(", and requests")[0] + ";"
    comparison = diff(OLD, text_of(PREAMBLE, new), classifier)
    assert [(c.old, c.new) for c in unit(comparison, old="op_2").changed("modifier")] == [
        (None, "also")
    ]
    assert [(c.old, c.new) for c in unit(comparison, old="op_5").changed("verb")] == [
        ("requests", None)
    ]


def test_addressee_added_with_its_category(classifier) -> None:
    new = with_op(1, OPERATIVE[0].replace("Member States", "Member States and civil society"))
    (change,) = unit(diff(OLD, text_of(PREAMBLE, new), classifier), old="op_1").changed("addressee")
    assert (change.old, change.new, change.category) == (
        None,
        "civil society",
        "civil-society-private-sector",
    )


def test_mandate_with_a_new_due_time(classifier) -> None:
    new = with_op(6, OPERATIVE[5].replace("eighty-first", "eighty-second"))
    edited = unit(diff(OLD, text_of(PREAMBLE, new), classifier), old="op_6")
    (mandate,) = edited.changed("mandate")
    assert (mandate.old, mandate.new, mandate.rollover) == (
        "eighty-first session",
        "eighty-second session",
        True,
    )
    assert not edited.changed("session")  # said once, as the mandate's due time


def test_citation_date_session_and_function_changes(classifier) -> None:
    preamble = [
        "Recalling its resolutions 79/129 of 4 December 2024 and 78/115 of 7 December 2023,",
        "Noting with concern the continuing lack of reliable data on the matter,",
        "Recalling the report of the Secretary-General on the collection of data,",
    ]
    operative = with_op(7, OPERATIVE[6].replace("eighty-first", "eighty-second"))
    operative[1] = OPERATIVE[1].rstrip(";") + " before 31 May 2026;"
    old = text_of(PREAMBLE, with_op(2, OPERATIVE[1].rstrip(";") + " before 30 May 2026;"))
    comparison = diff(old, text_of(preamble, operative), classifier)
    (citation,) = unit(comparison, old="pp_1").changed("citation")
    assert (citation.old, citation.new) == (None, "78/115")
    (date,) = unit(comparison, old="op_2").changed("date")
    assert (date.old, date.new) == ("30 May 2026", "31 May 2026")
    (session,) = unit(comparison, old="op_7").changed("session")
    assert (session.old, session.new, session.rollover) == ("eighty-first", "eighty-second", True)
    (function,) = unit(comparison, old="pp_3").changed("function")
    assert (function.old, function.new) == ("welcome-appreciation", "recall-reaffirm")


def test_footnote_changes_belong_to_their_paragraph(classifier) -> None:
    def noted(note: str) -> str:
        marked = OLD.replace("4 December 2024,", "4 December 2024,[^1]")
        return f"{marked}\n[^1]: {note}\n"

    comparison = diff(noted("A/79/99."), noted("A/80/177."), classifier)
    edited = unit(comparison, old="pp_1")
    assert edited.status == "edited"
    assert [(c.old, c.new, c.rollover) for c in edited.changed("citation")] == [
        ("A/79/99", "A/80/177", True)
    ]
    assert all(c.where == "footnote" for c in edited.changed("text"))


# -- summary and verdict -------------------------------------------------------------------


def test_editorial_edit_is_the_same_in_substance(classifier) -> None:
    new = with_op(
        4, OPERATIVE[3].replace("national statistical offices", "National Statistical Offices")
    )
    comparison = diff(OLD, text_of(PREAMBLE, new), classifier)
    assert comparison.summary.verdict == "editorial"
    assert comparison.summary.same
    assert comparison.summary.counts == {"editorial edits": 1}


def test_yearly_roll_over_is_a_technical_update(classifier) -> None:
    preamble = [
        "Recalling its resolution 80/12 of 3 December 2025,",
        *PREAMBLE[1:],
    ]
    preamble.insert(1, "Recalling also its resolution 79/129 of 4 December 2024,")
    operative = [p.replace("eighty-first", "eighty-second") for p in OPERATIVE]
    rolled = text_of(preamble, operative).replace("Eightieth session", "Eighty-first session")
    comparison = diff(OLD, rolled, classifier)
    assert comparison.summary.verdict == "technical update", comparison.summary.headline
    assert not comparison.summary.same
    assert unit(comparison, new="pp_1").status == "added"  # this year's resolution recalled
    assert unit(comparison, new="pp_2").changed("modifier")[0].new == "also"  # last year's
    substantive = rolled.replace("Urges Member States", "Encourages Member States")
    assert diff(OLD, substantive, classifier).summary.verdict == "substantive"


def test_new_lint_findings_ignore_renumbering() -> None:
    from helpers import source
    from reslint.lint.settings import Settings
    from reslint.pipeline import lint_source

    def findings(text: str):
        return lint_source(source(text), Settings())[2]

    operative = list(OPERATIVE)
    operative.insert(0, "Takes note of the report;")
    renumbered = text_of(PREAMBLE, operative)
    assert new_findings(findings(OLD), findings(renumbered)) == []
    worse = renumbered.replace("the present resolution", "this resolution")
    added = new_findings(findings(OLD), findings(worse))
    assert [d.code for d in added] == ["V106"]


# -- renderers and the command line ----------------------------------------------------------


@pytest.fixture(scope="module")
def versions(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("versions")
    operative = list(OPERATIVE)
    operative[0] = operative[0].replace("Urges", "Encourages")
    operative.insert(2, "Calls upon the specialized agencies to assist States in this work;")
    old, new = folder / "old.txt", folder / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(
        text_of(PREAMBLE, operative).replace("the present resolution", "this resolution"),
        encoding="utf-8",
    )
    return old, new


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["diff", *args])
    return result.exit_code, result.stdout, result.stderr


def test_exit_codes(versions) -> None:
    old, new = versions
    assert run(str(old), str(old))[0] == 0
    assert run(str(old), str(new))[0] == 1
    code, _, err = run(str(old), str(old.parent / "missing.txt"))
    assert code == 2 and "missing.txt: no such file" in err
    code, _, err = run(str(old), str(old.parent))
    assert code == 2 and "is a directory" in err


def test_text_output_summary_first_and_arrows_without_colour(versions) -> None:
    code, out, _ = run(*map(str, versions))
    assert code == 1
    lines = out.splitlines()
    assert lines[3] == "verdict: substantive"
    assert lines[4].startswith("summary: 1 paragraph added")
    assert "renumbered: 3–7 → 4–8" in out
    assert "↓" in out and "[-Urges-] {+Encourages+}" in out
    assert "\x1b[" not in out  # not a terminal: no colour


def test_text_output_colours_on_a_terminal(versions, classifier) -> None:
    from reslint.render.diff_text import render

    comparison = diff(*(p.read_text(encoding="utf-8") for p in versions), classifier)
    assert "\x1b[" in render(comparison, color=True)
    assert "\x1b[" not in render(comparison, color=False)


def test_json_output_follows_the_documented_schema(versions) -> None:
    code, out, _ = run(*map(str, versions), "-f", "json", "--lint")
    assert code == 1
    data = json.loads(out)
    assert data["schema"] == "reslint.diff" and data["summary"]["verdict"] == "substantive"
    statuses = {u["status"] for u in data["units"]}
    assert statuses <= set(STATUSES)
    added = [u for u in data["units"] if u["status"] == "added"]
    assert added[0]["old"] is None and added[0]["new"] == "op_3"
    kinds = {c["kind"] for u in data["units"] for c in u["changes"]}
    assert kinds <= set(KINDS) and {"verb", "strength", "text"} <= kinds
    assert [f["code"] for f in data["findings"]] == ["V106"]
    documented = (Path(__file__).parents[1] / "docs" / "diff-schema.md").read_text(encoding="utf-8")
    names = set(data) | set(data["summary"]) | set(added[0])
    names |= {name for u in data["units"] for c in u["changes"] for name in c}
    missing = sorted(name for name in names if f"`{name}`" not in documented)
    assert not missing, f"fields not documented in docs/diff-schema.md: {missing}"


def test_markdown_fits_a_pull_request_comment(versions, tmp_path) -> None:
    target = tmp_path / "diff.md"
    code, out, _ = run(*map(str, versions), "-f", "md", "-o", str(target))
    assert code == 1 and out == ""
    text = target.read_text(encoding="utf-8")
    assert text.startswith("### reslint diff: A/80/L.99 → A/80/L.99")
    assert "| Operative part | OP1 | OP1 | edited | verb: urges → encourages (weakened ↓)" in text
    assert "~~Urges~~ **Encourages**" in text
    assert len(text) < 65_536


def test_html_is_one_self_contained_page(versions, tmp_path) -> None:
    target = tmp_path / "diff.html"
    assert run(*map(str, versions), "-f", "html", "-o", str(target))[0] == 1
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert not re.search(r"<script|<link|src=|href=", page)
    verdict = page.index('class="verdict')
    assert verdict < page.index('<table class="diff">')  # the summary on top
    assert "<del>Urges</del>" in page and "<ins>Encourages</ins>" in page


def test_later_clauses_are_compared_clause_by_clause(classifier) -> None:
    old = with_op(
        5,
        "Urges Member States to share the data, and requests the Secretary-General to report "
        "thereon to the General Assembly at its eightieth session;",
    )
    new = with_op(
        5,
        "Urges Member States and civil society to share the data, and encourages the "
        "Secretary-General to report thereon to the General Assembly at its eighty-first session;",
    )
    edited = unit(diff(text_of(PREAMBLE, old), text_of(PREAMBLE, new), classifier), old="op_5")
    found = [(c.kind, c.old, c.new, c.direction, c.clause) for c in edited.changes]
    assert ("verb", "requests", "encourages", "weakened", 1) in found
    assert ("addressee", None, "civil society", None, None) in found
    assert ("mandate", "eightieth session", "eighty-first session", None, None) in found
    assert not [c for c in edited.changes if c.kind == "verb" and c.clause == 0]


def test_any_input_the_tool_reads_compares(versions, tmp_path) -> None:
    """diff reads through the path every command uses: an Akoma Ntoso export of the old
    version is the same in substance as its text."""
    old, _ = versions
    exported = tmp_path / "old.akn.xml"
    result = CliRunner().invoke(main, ["parse", "-f", "akn", str(old), "-o", str(exported)])
    assert result.exit_code == 0, result.stderr
    code, out, _ = run(str(old), str(exported))
    assert code == 0 and "verdict: unchanged" in out
