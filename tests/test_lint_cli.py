"""``reslint lint`` end to end: exit codes, configuration, suppressions, baselines, fixes.

Each test writes short resolution texts into a temporary folder and runs the
real command; what is asserted is what a user or a CI job would see.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main

CLEAN = """The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,

1. Calls upon Member States to act;

2. Decides to remain seized of the matter.
"""

FLAWED = """The General Assembly,

Recalling its resolution 70/1 of 25 September 2015

1. Calls on Member States to act,

2. Requests the Secretary General to report;

3. Decides to remain seized of the matter;
"""

FIXED = """The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,

1. Calls upon Member States to act;

2. Requests the Secretary-General to report;

3. Decides to remain seized of the matter.
"""


def lint(*args: str, cwd: Path | None = None, stdin: str | None = None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, ["lint", *args], input=stdin)
    with runner.isolated_filesystem(temp_dir=cwd.parent):
        import os

        os.chdir(cwd)
        return runner.invoke(main, ["lint", *args], input=stdin)


def codes(output: str) -> list[tuple[int, str]]:
    """(line, code) of every concise finding line."""
    return [
        (int(m.group(1)), m.group(2))
        for m in re.finditer(r"^[^\n]*?:(\d+):\d+: ([A-Z]\d{3})", output, re.M)
    ]


def levels(output: str) -> set[tuple[str, str]]:
    """(code, level) of every concise finding line."""
    return set(re.findall(r"^[^\n]*?:\d+:\d+: ([A-Z]\d{3}) .*\[(\w+)\]$", output, re.M))


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "flawed.txt").write_text(FLAWED, encoding="utf-8")
    return tmp_path


# -- exit codes -----------------------------------------------------------------


def test_clean_text_exits_zero(texts: Path) -> None:
    result = lint(str(texts / "clean.txt"))
    assert result.exit_code == 0, result.output
    assert "All checks passed." in result.output


def test_findings_exit_one_and_name_line_and_rule(texts: Path) -> None:
    result = lint(str(texts / "flawed.txt"))
    assert result.exit_code == 1
    assert set(codes(result.output)) == {
        (3, "P101"),
        (5, "V105"),
        (5, "P102"),
        (7, "T102"),
        (9, "P102"),
    }


def test_fail_on_and_exit_zero(texts: Path) -> None:
    only_warnings = ["--select", "V105,T102"]
    assert lint(*only_warnings, str(texts / "flawed.txt")).exit_code == 0
    assert lint(*only_warnings, "--fail-on", "warning", str(texts / "flawed.txt")).exit_code == 1
    assert lint("--exit-zero", str(texts / "flawed.txt")).exit_code == 0


def test_bad_files_are_reported_and_the_run_goes_on(texts: Path) -> None:
    (texts / "empty.txt").write_bytes(b"")
    (texts / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (texts / "readme.txt").write_text("A readme.\n\nNothing else.\n", encoding="utf-8")
    result = lint(str(texts))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("reslint:")]
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("binary.txt: binary file" in e for e in errors)
    assert not any("readme.txt" in e for e in errors)  # it was read: S100 says what it is
    assert "Traceback" not in result.output
    assert (5, "V105") in codes(result.stdout)  # the good files were still linted
    assert any(
        line.startswith(f"{texts / 'readme.txt'}:1:1: S100") for line in result.stdout.splitlines()
    )


def test_a_text_that_is_no_resolution_never_passes(tmp_path: Path) -> None:
    """A one-line note once printed "All checks passed" and exited 1: now it is an S100
    finding (and in Markdown an info one, since documentation is Markdown too)."""
    (tmp_path / "note.txt").write_text("A note about the weather.\n", encoding="utf-8")
    result = lint(str(tmp_path / "note.txt"))
    assert result.exit_code == 1 and "All checks passed" not in result.output
    assert codes(result.stdout) == [(1, "S100")]
    (tmp_path / "README.md").write_text("# A project\n\nInstall it.\n", encoding="utf-8")
    result = lint(str(tmp_path / "README.md"))
    assert result.exit_code == 0 and "All checks passed" not in result.output
    assert "S100" in result.stdout and "[info]" in result.stdout


def test_unknown_rule_code_is_a_usage_error(texts: Path) -> None:
    result = lint("--select", "Q999", str(texts / "clean.txt"))
    assert result.exit_code == 2
    assert "unknown rule code or prefix 'Q999'" in result.stderr


# -- configuration --------------------------------------------------------------


def test_configuration_is_found_walking_up_from_each_file(tmp_path: Path) -> None:
    relaxed = tmp_path / "relaxed" / "deep"
    strict = tmp_path / "strict"
    relaxed.mkdir(parents=True)
    strict.mkdir()
    (tmp_path / "relaxed" / "reslint.toml").write_text('ignore = ["P"]\n', encoding="utf-8")
    (strict / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.reslint]\nselect = ["P101"]\n', encoding="utf-8"
    )
    (relaxed / "a.txt").write_text(FLAWED, encoding="utf-8")
    (strict / "b.txt").write_text(FLAWED, encoding="utf-8")
    result = lint(str(relaxed / "a.txt"), str(strict / "b.txt"))
    found = re.findall(r"^(\S+?):\d+:\d+: ([A-Z]\d{3})", result.output, re.M)
    assert {code for path, code in found if path.endswith("a.txt")} == {"V105", "T102"}
    assert {code for path, code in found if path.endswith("b.txt")} == {"P101"}


def test_broken_configuration_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "reslint.toml").write_text('select = ["P"]\nselec = ["S"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    result = lint(str(tmp_path / "a.txt"))
    assert result.exit_code == 2
    assert re.search(r"reslint\.toml:2: unknown key 'selec'", result.stderr)


def test_invalid_toml_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "reslint.toml").write_text('select = ["P"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    result = lint(str(tmp_path / "a.txt"))
    assert result.exit_code == 2
    assert "reslint.toml" in result.stderr and "Traceback" not in result.output


def test_extend_merges_a_base_configuration_and_adds_a_rule_pack(tmp_path: Path) -> None:
    (tmp_path / "base.toml").write_text(
        'ignore = ["T"]\n[rules.P102]\nlevel = "warning"\n', encoding="utf-8"
    )
    (tmp_path / "pack.toml").write_text(
        '[[rule]]\ncode = "Z101"\nslug = "no-act"\nkind = "existence"\nscope = "operative"\n'
        'message = "Avoid %s"\ntokens = ["act"]\n',
        encoding="utf-8",
    )
    (tmp_path / "reslint.toml").write_text(
        'extend = ["base.toml", "pack.toml"]\n[rules.P101]\nlevel = "info"\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text(FLAWED, encoding="utf-8")
    result = lint("-f", "json", str(tmp_path / "a.txt"))
    findings = _json_findings(result.output)
    levels = {f["code"]: f["level"] for f in findings}
    assert levels["P101"] == "info" and levels["P102"] == "warning"
    assert "T102" not in levels  # ignored by the base configuration
    assert "Z101" in levels  # the pack's rule


def test_per_file_ignores_and_exclude(tmp_path: Path) -> None:
    (tmp_path / "reslint.toml").write_text(
        'exclude = ["old/*"]\n[per-file-ignores]\n"legacy-*.txt" = ["P"]\n', encoding="utf-8"
    )
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "x.txt").write_text(FLAWED, encoding="utf-8")
    (tmp_path / "legacy-1.txt").write_text(FLAWED, encoding="utf-8")
    result = lint(str(tmp_path))
    assert "x.txt" not in result.output
    assert {code for _, code in codes(result.output)} == {"V105", "T102"}


def test_profile_option_overrides_detection(texts: Path) -> None:
    """The text is detected as a General Assembly one; --profile reads it as the Security
    Council's: no "calls upon" rule, end punctuation at info level (measured), so the
    run passes under the default fail-on while the detected profile fails it."""
    detected = lint(str(texts / "flawed.txt"))
    assert detected.exit_code == 1
    assert ("V105", "warning") in levels(detected.output)
    council = lint("--profile", "security-council", str(texts / "flawed.txt"))
    assert council.exit_code == 0, council.output
    found = levels(council.output)
    assert "V105" not in {code for code, _ in found}  # the Council writes "calls on" too
    assert {("P101", "info"), ("P102", "info"), ("T102", "info")} <= found


# -- suppressions -----------------------------------------------------------------


def test_inline_suppressions(tmp_path: Path) -> None:
    text = (
        FLAWED.replace(
            "Recalling its resolution",
            "<!-- reslint: disable-next-line=P101 -->\nRecalling its resolution",
        )
        .replace("2. Requests", "<!-- reslint: disable=T102,S -->\n2. Requests")
        .replace("3. Decides", "<!-- reslint: enable=T102 -->\n3. Decides")
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    found = {code for _, code in codes(lint(str(tmp_path / "a.txt")).output)}
    assert "P101" not in found and "T102" not in found
    assert {"V105", "P102"} <= found
    assert "X102" in found  # the S in disable=T102,S suppresses nothing


def test_disable_file_and_unused_suppression(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("<!-- reslint: disable-file -->\n" + FLAWED, encoding="utf-8")
    assert codes(lint(str(tmp_path / "a.txt")).output) == []
    (tmp_path / "b.txt").write_text(
        CLEAN.replace("1. Calls", "<!-- reslint: disable-next-line=P102 -->\n1. Calls"),
        encoding="utf-8",
    )
    assert codes(lint(str(tmp_path / "b.txt")).output) == [(5, "X102")]


# -- baseline -----------------------------------------------------------------------


def test_baseline_hides_recorded_findings_and_reports_new_ones(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(FLAWED, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    assert lint("--write-baseline", str(baseline), str(doc)).exit_code == 0
    assert json.loads(baseline.read_text(encoding="utf-8"))["version"] == 1
    assert lint("--baseline", str(baseline), str(doc)).exit_code == 0
    # a new paragraph moves the old findings down and brings a new one
    doc.write_text(
        FLAWED.replace("1. Calls", "1. Notes the report,\n\n2. Calls")
        .replace("2. Requests", "3. Requests")
        .replace("3. Decides", "4. Decides"),
        encoding="utf-8",
    )
    result = lint("--baseline", str(baseline), str(doc))
    assert result.exit_code == 1
    assert codes(result.output) == [(5, "P102")]


def test_broken_baseline_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    result = lint("--baseline", str(tmp_path / "b.json"), str(tmp_path / "a.txt"))
    assert result.exit_code == 2 and "not a reslint baseline" in result.stderr


# -- fixes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "newline"),
    [("utf-8", "\n"), ("utf-8", "\r\n"), ("utf-8-sig", "\r\n"), ("utf-16", "\n"), ("cp1252", "\n")],
)
def test_fix_keeps_encoding_and_line_endings(tmp_path: Path, encoding: str, newline: str) -> None:
    doc = tmp_path / "a.txt"
    flawed = FLAWED.replace("Member States", "Member States’")  # a non-ASCII character
    doc.write_bytes(flawed.replace("\n", newline).encode(encoding))
    result = lint("--fix", str(doc))
    assert result.exit_code == 0, result.output
    expected = FIXED.replace("Member States", "Member States’").replace("\n", newline)
    assert doc.read_bytes() == expected.encode(encoding)
    again = lint("--fix", str(doc))
    assert again.exit_code == 0 and doc.read_bytes() == expected.encode(encoding)


def test_fix_leaves_page_furniture_and_everything_else_byte_identical(tmp_path: Path) -> None:
    pasted = (
        "A/RES/80/1\n\nThe General Assembly,\n\nRecalling its resolution 70/1 of 25 September\n"
        "2015\n\n1. Calls on Member States to act;\n\n25-12345\n2/3\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    doc = tmp_path / "a.txt"
    doc.write_text(pasted, encoding="utf-8")
    lint("--fix", str(doc))
    assert doc.read_text(encoding="utf-8") == pasted.replace("2015\n", "2015,\n").replace(
        "Calls on", "Calls upon"
    )


def test_diff_shows_fixes_without_writing(texts: Path) -> None:
    before = (texts / "flawed.txt").read_bytes()
    result = lint("--diff", str(texts / "flawed.txt"))
    assert result.exit_code == 1
    assert "-1. Calls on Member States to act," in result.output
    assert "+1. Calls upon Member States to act;" in result.output
    assert (texts / "flawed.txt").read_bytes() == before


def test_unsafe_fixes_only_when_asked(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    text = CLEAN.replace("2. Decides", "3. Decides to act as in paragraph 3 below;\n\n4. Decides")
    doc.write_text(text, encoding="utf-8")
    lint("--fix", str(doc))
    assert doc.read_text(encoding="utf-8") == text  # renumbering is unsafe
    lint("--fix", "--unsafe-fixes", str(doc))
    fixed = doc.read_text(encoding="utf-8")
    assert "2. Decides to act as in paragraph 2 below;" in fixed and "3. Decides to remain" in fixed


def test_fix_from_stdin_writes_the_fixed_text(texts: Path) -> None:
    result = lint("--fix", "--stdin-filename", "draft.txt", "-", stdin=FLAWED)
    assert FIXED in result.stdout


# -- rules, rule, init --------------------------------------------------------------------


def test_rules_lists_every_rule_and_rule_prints_its_documentation() -> None:
    runner = CliRunner()
    listing = runner.invoke(main, ["rules"]).output
    assert re.search(r"^P101  \[\*\] \S+ +error +general-assembly", listing, re.M)
    assert re.search(r"^V105 .*security-council", listing, re.M) is None  # not in the SC profile
    doc = runner.invoke(main, ["rule", "P101"])
    assert doc.exit_code == 0
    for section in (
        "## What it does",
        "## Why",
        "## Example",
        "## Use instead",
        "## Fix safety",
        "## Source",
    ):
        assert section in doc.output
    assert runner.invoke(main, ["rule", "Z999"]).exit_code == 2


def test_init_writes_a_starter_whose_every_example_is_valid(tmp_path: Path) -> None:
    runner = CliRunner()
    target = tmp_path / "reslint.toml"
    assert runner.invoke(main, ["init", str(target)]).exit_code == 0
    assert runner.invoke(main, ["init", str(target)]).exit_code == 1  # no silent overwrite
    # uncomment every example setting: the result must still be a valid configuration
    full = re.sub(
        r'^# ((\[[\w.-]+\])$|("[^"]*"|[a-z-]+) = )',
        r"\1",
        target.read_text(encoding="utf-8"),
        flags=re.M,
    )
    target.write_text(full, encoding="utf-8")
    (tmp_path / "house-rules.toml").write_text("", encoding="utf-8")
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    result = lint("--config", str(target), str(tmp_path / "a.txt"))
    assert result.exit_code == 0, result.output


def _json_findings(output: str) -> list[dict]:
    data = json.loads(output)
    if isinstance(data, dict):
        data = data.get("findings") or [
            f
            for file in data.get("files", [])
            for f in file.get("findings", file.get("diagnostics", []))
        ]
    return data


def test_form_feeds_do_not_shift_the_lines_shown() -> None:
    """PDF extractions keep a form feed at each page break; the line a finding shows is
    the one its line number names (str.splitlines would count the form feed as a line
    break and show a line further up)."""
    from reslint.lint.settings import Settings
    from reslint.pipeline import lint_source
    from reslint.source import Source

    text = FLAWED.replace("Recalling its resolution", "\fRecalling its resolution")
    text = "\f" + text.replace("2. Requests", "\f2. Requests")
    _, _, diagnostics = lint_source(Source("a.txt", text), Settings())
    lines = text.split("\n")
    assert {d.code for d in diagnostics} >= {"P101", "T102"}
    for diagnostic in diagnostics:
        assert diagnostic.source_line == lines[diagnostic.line - 1]
