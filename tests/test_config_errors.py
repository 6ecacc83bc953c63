"""A configuration is never silently ignored: every mistake is an error that names the
file, the table or key, and the line, and ``reslint lint`` exits 2 without a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main

DRAFT = """The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,

1. Calls on Member States to act;

2. Decides to remain seized of the matter.
"""

CASES = {
    "unknown-key": ('selekt = ["P"]\n', "reslint.toml:1: unknown key 'selekt'"),
    "wrong-value-type": ('select = "P101"\n', "reslint.toml:1: 'select' must be a list"),
    "list-of-non-strings": ("ignore = [101]\n", "'ignore' must be a list of strings"),
    "per-file-ignores-value": (
        '[per-file-ignores]\n"a.txt" = "P"\n',
        "'per-file-ignores' ['a.txt'] must be a list",
    ),
    "bad-profile": ('profile = "unesco"\n', "reslint.toml:1: profile must be one of"),
    "bad-kind": ('kind = "final"\n', "reslint.toml:1: kind must be one of"),
    "bad-fail-on": ('fail-on = "never"\n', "reslint.toml:1: fail-on must be one of"),
    "bad-level": ('[rules.P101]\nlevel = "loud"\n', "[rules.P101] level must be one of"),
    "misspelt-level-key": (
        '[rules.P103]\nlevle = "warning"\n',
        "reslint.toml:2: [rules.P103]: unknown option 'levle' (rule P103 takes level, strict)",
    ),
    "misspelt-option": (
        "[rules.P103]\nstric = true\n",
        "reslint.toml:2: [rules.P103]: unknown option 'stric'",
    ),
    "option-of-the-wrong-type": (
        '[rules.P103]\nstrict = "yes"\n',
        "reslint.toml:2: [rules.P103] strict must be true or false, not 'yes'",
    ),
    "option-for-a-rule-without-options": (
        "[rules.P101]\nstrict = true\n",
        "[rules.P101]: unknown option 'strict' (rule P101 takes level)",
    ),
    "option-for-a-pack-rule": (
        "[rules.V105]\nstrict = true\n",
        "[rules.V105]: unknown option 'strict' (rule V105 takes level)",
    ),
    "rule-table-for-a-prefix": (
        '[rules.P1]\nlevel = "info"\n',
        "[rules.P1]: no rule 'P1' (a rule table names one rule code)",
    ),
    "rule-value-not-a-table": ("[rules]\nP101 = 3\n", "[rules] P101 must be a level or a table"),
    "unknown-code": ('ignore = ["Q999"]\n', "reslint.toml:1: unknown rule code or prefix 'Q999'"),
    "extend-target-missing": ('extend = "house.toml"\n', "extend: 'house.toml' not found"),
    "broken-toml": ('fail-on = "error"\nselect = ["P",,]\n', "reslint.toml:2: invalid TOML"),
}


def lint(folder: Path, *args: str):
    return CliRunner().invoke(main, ["lint", *args, str(folder / "a.txt")])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_configuration_mistake_exits_2(case: str, folder: Path) -> None:
    text, expected = CASES[case]
    (folder / "reslint.toml").write_text(text, encoding="utf-8")
    result = lint(folder)
    assert result.exit_code == 2, result.output
    assert expected in result.stderr
    assert str(folder / "reslint.toml") in result.stderr
    assert "Traceback" not in result.output


def test_extend_cycle(folder: Path) -> None:
    (folder / "reslint.toml").write_text('extend = "base.toml"\n', encoding="utf-8")
    (folder / "base.toml").write_text('extend = "reslint.toml"\n', encoding="utf-8")
    result = lint(folder)
    assert result.exit_code == 2
    assert "extend forms a cycle" in result.stderr


def test_extended_configuration_with_a_mistake_names_that_file(folder: Path) -> None:
    (folder / "reslint.toml").write_text('extend = "base.toml"\n', encoding="utf-8")
    (folder / "base.toml").write_text('fail-on = "always"\n', encoding="utf-8")
    result = lint(folder)
    assert result.exit_code == 2
    assert "fail-on must be one of" in result.stderr


def test_configuration_that_is_not_utf8(folder: Path) -> None:
    (folder / "reslint.toml").write_bytes('ignore = ["V105"] # café\n'.encode("cp1252"))
    result = lint(folder)
    assert result.exit_code == 2
    assert "reslint.toml: not UTF-8 text (byte 23)" in result.stderr


def test_missing_config_file_given_on_the_command_line(folder: Path) -> None:
    result = lint(folder, "--config", str(folder / "nowhere.toml"))
    assert result.exit_code == 2
    assert "nowhere.toml" in result.stderr and "does not exist" in result.stderr


def test_pyproject_table_is_checked_too(folder: Path) -> None:
    text = '[project]\nname = "x"\n\n[tool.reslint]\nfail-on = "warning"\nselct = ["P"]\n'
    (folder / "pyproject.toml").write_text(text, encoding="utf-8")
    result = lint(folder)
    assert result.exit_code == 2
    assert "pyproject.toml:6: unknown key 'selct'" in result.stderr


# -- what the checks accept ----------------------------------------------------------------


def test_rules_shorthand_level_and_slug_tables(folder: Path) -> None:
    """``[rules] V105 = "off"`` is short for a level; a rule table may use the slug."""
    (folder / "reslint.toml").write_text('[rules]\nV105 = "off"\n', encoding="utf-8")
    assert lint(folder).exit_code == 0
    (folder / "reslint.toml").write_text('[rules.calls-upon]\nlevel = "error"\n', encoding="utf-8")
    result = lint(folder)
    assert result.exit_code == 1 and "V105" in result.output and "[error]" in result.output


def test_declared_option_is_used(folder: Path) -> None:
    """P103's ``strict`` reports a lead-in with no mark at all before sub-paragraphs."""
    text = DRAFT.replace(
        "1. Calls on Member States to act;",
        "1. Calls upon Member States\n\n(a) To act;\n\n(b) To report;",
    )
    (folder / "a.txt").write_text(text, encoding="utf-8")
    assert "P103" not in lint(folder, "--select", "P103").output
    (folder / "reslint.toml").write_text("[rules.P103]\nstrict = true\n", encoding="utf-8")
    assert "P103" in lint(folder, "--select", "P103").output


def test_fail_on_is_resolved_per_file(tmp_path: Path) -> None:
    """Each file fails the run by its own configuration's fail-on."""
    strict, lenient = tmp_path / "strict", tmp_path / "lenient"
    for folder, fail_on in ((strict, "warning"), (lenient, "error")):
        folder.mkdir()
        (folder / "a.txt").write_text(DRAFT, encoding="utf-8")  # V105 is a warning
        (folder / "reslint.toml").write_text(f'fail-on = "{fail_on}"\n', encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["lint", str(lenient / "a.txt")]).exit_code == 0
    assert runner.invoke(main, ["lint", str(strict / "a.txt")]).exit_code == 1
    both = runner.invoke(main, ["lint", str(lenient / "a.txt"), str(strict / "a.txt")])
    assert both.exit_code == 1
    both = runner.invoke(main, ["lint", str(strict / "a.txt"), str(lenient / "a.txt")])
    assert both.exit_code == 1
    forced = runner.invoke(main, ["lint", "--fail-on", "error", str(strict / "a.txt")])
    assert forced.exit_code == 0


def test_rule_packs_are_read_once_per_configuration(tmp_path: Path, monkeypatch) -> None:
    """20 files and their fix passes under one configuration read its pack once."""
    import reslint.lint.declarative as declarative

    reads: list[Path] = []
    parse_pack = declarative.parse_pack

    def counting(path: Path, origin: str | None = None):
        reads.append(path)
        return parse_pack(path, origin)

    monkeypatch.setattr(declarative, "parse_pack", counting)
    pack = '[[rule]]\ncode = "Z301"\nslug = "z"\nkind = "existence"\nscope = "operative"\n'
    (tmp_path / "house.toml").write_text(pack + 'message = "%s"\ntokens = ["act"]\n')
    (tmp_path / "reslint.toml").write_text('extend = "house.toml"\n', encoding="utf-8")
    for number in range(20):
        (tmp_path / f"d{number}.txt").write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--fix", str(tmp_path)])
    assert result.exit_code == 0 and "Z301" in result.output  # a warning; V105 was fixed
    assert [p.name for p in reads if p.name == "house.toml"] == ["house.toml"]
