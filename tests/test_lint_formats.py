"""Every ``reslint lint -f FORMAT`` output, through the real command line.

A flawed General Assembly text (a preambular paragraph without its comma, a
space before a comma, "Calls on", a skipped paragraph number), a clean one
and an empty file are linted in a temporary folder;
each test reads one format the way its consumer would (a regex for the
lines of a terminal, ``json``, ElementTree, the workflow-command grammar)
and checks what it says against what the linter found.  The golden files of
``tests/golden/lint/`` pin the exact bytes of each format for one sample.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from golden import LINT_FORMATS, LINT_SAMPLE, ROOT, lint_golden_files, lint_outputs
from reslint.cli import main
from reslint.lint.diagnostic import Diagnostic, Edit, Fix
from reslint.lint.runner import FileReport

FLAWED = """The General Assembly,

Recalling its resolution 70/1 of 25 September 2015

Welcoming the initiative of Côte d’Ivoire , Ghana and Türkiye,

1. Calls on Member States to integrate ocean literacy into education;

2. Invites the Secretary-General to report on the matter;

4. Decides to remain seized of the matter.
"""

CLEAN = """The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,

1. Calls upon Member States to integrate ocean literacy into education;

2. Decides to remain seized of the matter.
"""

BROKEN = ""  # an empty file: it cannot be linted

GA, OK, BAD = "drafts/ga.txt", "drafts/clean.txt", "drafts/broken.txt"

# (line, column, code) of what the flawed text holds, in file order
EXPECTED = [(3, 51, "P101"), (5, 42, "X103"), (7, 4, "V105"), (11, 1, "S103")]
LEVELS = {"P101": "error", "X103": "info", "V105": "warning", "S103": "error"}
FINDING_FIELDS = [
    "code", "slug", "level", "message", "path", "line", "column",
    "end_line", "end_column", "node", "fix", "place",
]  # fmt: skip


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with the three texts under ``drafts/``."""
    (tmp_path / "drafts").mkdir()
    for name, text in ((GA, FLAWED), (OK, CLEAN), (BAD, BROKEN)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint(*args: str) -> str:
    """Standard output of ``reslint lint ARGS`` (stderr holds the failed files)."""
    result = CliRunner().invoke(main, ["lint", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def report(path: str, *diagnostics: Diagnostic, error: str | None = None) -> FileReport:
    return FileReport(path, list(diagnostics), error)


def diagnostic(**changes: object) -> Diagnostic:
    """A hand-made finding: V105 on "Calls on" of line 7, unless ``changes`` say otherwise."""
    fields: dict[str, object] = {
        "code": "V105",
        "slug": "calls-upon",
        "level": "warning",
        "message": "Write 'Calls upon', not 'Calls on'",
        "path": "a.txt",
        "line": 7,
        "column": 4,
        "end_line": 7,
        "end_column": 12,
        "start": 100,
        "end": 108,
        "source_line": "1. Calls on Member States to act;",
    }
    fields.update(changes)
    return Diagnostic(**fields)  # type: ignore[arg-type]


# concise ---------------------------------------------------------------------------------


def test_concise_lines_are_path_line_column(folder: Path) -> None:
    lines = lint("-f", "concise", GA, OK).splitlines()
    pattern = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]\d{3}) ")
    found = [pattern.match(line) for line in lines[:-1]]
    assert all(found), lines
    assert {m["path"] for m in found if m} == {GA}
    assert [(int(m["line"]), int(m["col"]), m["code"]) for m in found if m] == EXPECTED
    assert lines[-1].startswith("Found 4 findings (2 error, 1 warning, 1 info)")


# full ------------------------------------------------------------------------------------


def full_blocks(output: str) -> dict[str, list[str]]:
    """The lines of each finding's block, by code."""
    blocks = [block.splitlines() for block in output.split("\n\n")]
    return {re.search(r": ([A-Z]\d{3}) ", block[0])[1]: block for block in blocks[:-1]}


def underlined(block: list[str]) -> str:
    """The part of the source line the carets of a ``full`` block stand under."""
    source, carets = block[2], block[3]
    text = source[source.index("| ") + 2 :]
    under = carets[carets.index("| ") + 2 :]
    start = under.index("^")
    return text[start : start + under.count("^")]


def test_full_shows_the_line_and_carets_under_the_span(folder: Path) -> None:
    output = lint("-f", "full", GA)
    blocks = full_blocks(output)
    assert list(blocks) == [code for _, _, code in EXPECTED]
    v105 = blocks["V105"]
    assert v105[0] == (
        f"{GA}:7:4: V105 Write 'Calls upon' (General Assembly usage), not 'Calls on' [warning]"
    )
    assert v105[2] == "7 | 1. Calls on Member States to integrate ocean literacy into education;"
    assert v105[3] == "  |    ^^^^^^^^"
    assert underlined(v105) == "Calls on"
    # columns count characters, not bytes: "ô" and "’" come before the span
    assert underlined(blocks["X103"]) == " ,"
    # a two-digit line number widens the gutter
    assert blocks["S103"][2].startswith("11 | 4. Decides") and underlined(blocks["S103"]) == "4."
    assert output.rstrip("\n").splitlines()[-1].startswith("Found 4 findings")


def test_full_help_says_whether_the_fix_is_safe(folder: Path) -> None:
    blocks = full_blocks(lint("-f", "full", GA))
    assert blocks["V105"][-1] == "  = help: replace with 'Calls upon' (safe fix, applied by --fix)"
    assert "unsafe fix" in blocks["S103"][-1] and "--unsafe-fixes" in blocks["S103"][-1]
    assert blocks["X103"][-1].startswith("  = help: ")  # a fix without a message still shows


def test_full_carets_for_missing_marks_runs_on_and_tabs() -> None:
    from reslint.render.lint_full import render

    at_end = diagnostic(column=11, end_line=9, end_column=1, source_line="Recalling X")
    empty = diagnostic(column=3, end_column=3, source_line="1.Calls", fix=None)
    runs_on = diagnostic(column=4, end_line=8, end_column=5, source_line="1. Calls on")
    tabbed = diagnostic(column=3, end_column=5, source_line="\t\tCalls on", fix=None)
    output = render([report("a.txt", at_end, empty, runs_on, tabbed)], {})
    carets = [line for line in output.splitlines() if line.lstrip(" |\t").startswith("^")]
    assert carets == [
        "  | " + " " * 10 + "^",  # after the end of the line: one caret
        "  |   ^",  # an empty span: one caret
        "  |    ^^^^^^^^",  # a span on to the next line: up to the end of this one
        "  | \t\t^^",  # tabs kept, so the carets line up under them
    ]
    assert "= help" not in output.split("\n\n")[1]  # no fix, no help


# json and jsonl --------------------------------------------------------------------------


def test_json_carries_every_file_and_every_field(folder: Path) -> None:
    data = json.loads(lint("-f", "json", GA, OK, BAD))
    assert data["schema"] == "reslint.lint" and data["schema_version"] == "1.1"
    files = {entry["path"]: entry for entry in data["files"]}
    assert list(files) == [GA, OK, BAD]
    assert files[OK] == {"path": OK, "error": None, "findings": []}
    assert files[BAD]["findings"] == [] and "empty file" in files[BAD]["error"]
    findings = files[GA]["findings"]
    assert all(list(f) == FINDING_FIELDS for f in findings)
    assert [(f["line"], f["column"], f["code"]) for f in findings] == EXPECTED
    assert {f["code"]: f["level"] for f in findings} == LEVELS
    v105 = next(f for f in findings if f["code"] == "V105")
    assert v105 == {
        "code": "V105",
        "slug": "calls-upon",
        "level": "warning",
        "message": "Write 'Calls upon' (General Assembly usage), not 'Calls on'",
        "path": GA,
        "line": 7,
        "column": 4,
        "end_line": 7,
        "end_column": 12,
        "node": "op_1",
        "fix": {"applicability": "safe", "message": "replace with 'Calls upon'"},
        "place": None,
    }
    s103 = next(f for f in findings if f["code"] == "S103")
    assert s103["fix"]["applicability"] == "unsafe" and s103["node"] == "op_4"


def test_json_fields_are_the_documented_ones() -> None:
    doc = (ROOT / "docs" / "lint-schema.md").read_text(encoding="utf-8")
    table = doc.split("**Finding**:")[1].split("**Fix**:")[0]
    rows = re.findall(r"^\| (`.+?`) \|", table, re.M)
    documented = [name for row in rows for name in re.findall(r"`(\w+)`", row)]
    assert documented == FINDING_FIELDS
    fix_table = doc.split("**Fix**:")[1].split("\n\n")[1]
    assert re.findall(r"^\| `(\w+)` \|", fix_table, re.M) == ["applicability", "message"]


def test_jsonl_is_one_json_finding_per_line(folder: Path) -> None:
    findings = json.loads(lint("-f", "json", GA, OK, BAD))["files"][0]["findings"]
    lines = lint("-f", "jsonl", GA, OK, BAD).splitlines()
    objects = [json.loads(line) for line in lines]
    assert [{"schema_version": "1.1", **f} for f in findings] == objects
    assert len(objects) == len(EXPECTED)


# github ----------------------------------------------------------------------------------

COMMAND = re.compile(
    r"^::(?P<command>error|warning|notice) (?P<properties>[^:\r\n]*)::(?P<message>[^\r\n]*)$"
)
PROPERTY = re.compile(r"^(file|line|col|endLine|endColumn|title)=[^,:]*$")


def unescape(text: str) -> str:
    for escaped, char in (("%3A", ":"), ("%2C", ","), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        text = text.replace(escaped, char)
    return text


def test_github_lines_are_workflow_commands(folder: Path) -> None:
    findings = json.loads(lint("-f", "json", GA))["files"][0]["findings"]
    lines = lint("-f", "github", GA, OK).splitlines()
    assert len(lines) == len(findings)
    for line, finding in zip(lines, findings, strict=True):
        match = COMMAND.match(line)
        assert match, line
        commands = {"error": "error", "warning": "warning", "info": "notice"}
        assert match["command"] == commands[finding["level"]]
        pairs = match["properties"].split(",")
        assert all(PROPERTY.match(pair) for pair in pairs), pairs
        properties = {key: unescape(value) for key, value in (p.split("=", 1) for p in pairs)}
        assert properties["file"] == GA and properties["line"] == str(finding["line"])
        assert properties["title"] == f"{finding['code']} {finding['slug']}"
        if finding["end_line"] == finding["line"]:
            assert properties["col"] == str(finding["column"])
            assert properties["endColumn"] == str(finding["end_column"])
        else:  # GitHub takes columns only within one line
            assert "col" not in properties and "endColumn" not in properties
        assert unescape(match["message"]) == finding["message"]


def test_github_escapes_messages_and_properties() -> None:
    from reslint.render.lint_github import render

    found = diagnostic(
        path="dir, 100%/a:b.txt",
        message="50% done: a, b\nnext line\r",
        slug="odd,slug:x",
        level="info",
    )
    line = render([report(found.path, found)], {})
    assert line == (
        "::notice file=dir%2C 100%25/a%3Ab.txt,line=7,col=4,endLine=7,endColumn=12,"
        "title=V105 odd%2Cslug%3Ax::50%25 done: a, b%0Anext line%0D\n"
    )
    assert COMMAND.match(line.rstrip("\n"))


# gitlab ----------------------------------------------------------------------------------


def test_gitlab_code_quality_issues(folder: Path) -> None:
    issues = json.loads(lint("-f", "gitlab", GA, OK, BAD))
    assert [(i["location"]["lines"]["begin"], i["check_name"]) for i in issues] == [
        (line, code) for line, _, code in EXPECTED
    ]
    severities = {"error": "major", "warning": "minor", "info": "info"}
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] == severities[LEVELS[issue["check_name"]]]
        assert issue["location"]["path"] == GA
        assert issue["description"].startswith(issue["check_name"] + ": ")
        assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_fingerprints_survive_a_move_and_follow_the_text(folder: Path) -> None:
    def prints() -> dict[str, tuple[int, str]]:
        issues = json.loads(lint("-f", "gitlab", GA))
        return {
            i["check_name"]: (i["location"]["lines"]["begin"], i["fingerprint"]) for i in issues
        }

    before = prints()
    moved = FLAWED.replace("The General Assembly,\n", "The General Assembly,\n\n", 1)
    (folder / GA).write_text(moved, encoding="utf-8")
    after = prints()
    assert set(after) == set(before)
    for code in before:
        assert after[code][0] == before[code][0] + 1  # the finding moved down a line
        assert after[code][1] == before[code][1]  # and kept its fingerprint
    (folder / GA).write_text(moved.replace("Calls on Member", "Calls on all"), encoding="utf-8")
    changed = prints()
    assert changed["V105"][1] != before["V105"][1]  # another line text: another finding
    assert changed["S103"][1] == before["S103"][1]


def test_gitlab_fingerprints_tell_identical_findings_apart() -> None:
    from reslint.render.lint_gitlab import render

    twice = [diagnostic(), diagnostic(line=9, start=200, end=208)]
    issues = json.loads(render([report("a.txt", *twice)], {}))
    assert len({i["fingerprint"] for i in issues}) == 2


# junit -----------------------------------------------------------------------------------


def test_junit_counts_failures_per_file(folder: Path) -> None:
    root = ET.fromstring(lint("-f", "junit", GA, OK, BAD))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("6", "4", "1")
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert list(suites) == [GA, OK, BAD]
    flawed = suites[GA]
    assert (flawed.get("tests"), flawed.get("failures"), flawed.get("errors")) == ("4", "4", "0")
    failures = [case.find("failure") for case in flawed.iter("testcase")]
    assert [f.get("message").split(":")[0] for f in failures] == [c for _, _, c in EXPECTED]
    assert [f.get("type") for f in failures] == [LEVELS[c] for _, _, c in EXPECTED]
    v105 = failures[2]
    assert (
        v105.get("message") == "V105: Write 'Calls upon' (General Assembly usage), not 'Calls on'"
    )
    assert v105.text.startswith(f"{GA}:7:4: ")
    clean_cases = list(suites[OK].iter("testcase"))
    assert len(clean_cases) == 1 and len(clean_cases[0]) == 0  # one passing testcase
    assert suites[OK].get("tests") == "1" and suites[OK].get("failures") == "0"
    error = suites[BAD].find("testcase/error")
    assert error is not None and "empty file" in error.get("message")


def test_junit_escapes_markup_and_drops_control_characters() -> None:
    from reslint.render.lint_junit import render

    found = diagnostic(message='a <b> & "c"\x0cd', path="x&y.txt")
    root = ET.fromstring(render([report("x&y.txt", found)], {}))
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("message") == 'V105: a <b> & "c"\ufffdd'
    assert root.find("testsuite").get("name") == "x&y.txt"


# statistics ------------------------------------------------------------------------------

STAT = re.compile(
    r"^ +(?P<count>\d+)  (?P<code>[A-Z]\d{3})  (?P<fix>\[\*\]| {3}) (?P<slug>[a-z-]+)  \((?P<levels>[a-z, ]+)\)$"
)


def test_statistics_count_per_code_most_frequent_first(folder: Path) -> None:
    (folder / "drafts" / "more.txt").write_text(
        FLAWED.replace("2. Invites", "2. Calls on"), encoding="utf-8"
    )
    lines = lint("--statistics", GA, "drafts/more.txt", OK).splitlines()
    rows = [STAT.match(line) for line in lines[:-1]]
    assert all(rows), lines
    counts = {m["code"]: int(m["count"]) for m in rows if m}
    assert counts == {"V105": 3, "P101": 2, "S103": 2, "X103": 2}
    assert [m["code"] for m in rows if m] == ["V105", "P101", "S103", "X103"]
    assert {m["code"]: m["levels"] for m in rows if m} == LEVELS
    fixes = {m["code"]: m["fix"] for m in rows if m}
    assert fixes == {"V105": "[*]", "P101": "[*]", "S103": "   ", "X103": "[*]"}  # S103: unsafe
    assert len({len(line.split("  ")[0]) for line in lines[:-1]}) == 1  # counts right-aligned
    assert lines[-1].startswith("Found 9 findings")


def test_statistics_mark_a_code_fixable_only_when_every_finding_is() -> None:
    from reslint.render.lint_statistics import render

    fix = Fix((Edit(0, 1, "x"),), message="m")
    mixed = [diagnostic(fix=fix), diagnostic(line=9, fix=None)]
    fixed = [diagnostic(code="T102", slug="secretary-general", fix=fix)] * 12
    lines = render([report("a.txt", *mixed, *fixed)], {}).splitlines()
    assert lines[0] == "  12  T102  [*] secretary-general  (warning)"
    assert lines[1] == "   2  V105      calls-upon  (warning)"


# no findings -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["github", "jsonl"])
def test_no_findings_means_no_lines(folder: Path, fmt: str) -> None:
    assert lint("-f", fmt, OK) == ""


def test_no_findings_in_the_other_formats(folder: Path) -> None:
    assert json.loads(lint("-f", "gitlab", OK)) == []
    assert json.loads(lint("-f", "sarif", OK))["runs"][0]["results"] == []
    assert lint("-f", "full", OK) == "All checks passed.\n"
    assert lint("--statistics", OK) == "All checks passed.\n"


# golden files ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def golden_outputs() -> dict[str, str]:
    return lint_outputs()


@pytest.mark.parametrize("fmt", LINT_FORMATS)
def test_lint_outputs_match_golden_files(golden_outputs: dict[str, str], fmt: str) -> None:
    expected = lint_golden_files()[fmt]
    assert expected.exists(), f"run `make golden` to create {expected}"
    assert golden_outputs[fmt] == expected.read_text(encoding="utf-8"), (
        f"lint {fmt} output changed: review it, then `make golden`"
    )


def test_golden_outputs_name_the_sample_by_a_relative_path(
    golden_outputs: dict[str, str],
) -> None:
    relative = LINT_SAMPLE.relative_to(ROOT).as_posix()
    for fmt, text in golden_outputs.items():
        assert str(ROOT) not in text, fmt
        if fmt != "statistics":
            assert relative in text, fmt
    from reslint.cli import LINT_FORMATS as CLI_FORMATS

    assert set(LINT_FORMATS) == {*CLI_FORMATS, "statistics"}  # every format has its golden file
