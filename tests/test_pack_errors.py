"""Every way a rule pack can be wrong is a load error that names the file and the line.

Each case is a pack whose one rule is broken in one way; loading it must raise
``ConfigError`` with the pack's path, the line of the rule and a message that
says what is wrong (never a traceback, never a rule that silently does nothing).
Through ``reslint lint`` the same error exits 2.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.errors import ConfigError
from reslint.lint.declarative import parse_pack

GOOD = """
code = "Z201"
slug = "no-stakeholders"
kind = "existence"
scope = ["operative"]
message = "Avoid '%s'"
tokens = ["stakeholders"]
"""


def rule(**changes: str | None) -> str:
    """The good rule with keys replaced (a value of None drops the key), as TOML lines."""
    lines = {}
    for line in GOOD.strip().splitlines():
        key, value = line.split(" = ", 1)
        lines[key] = value
    for key, value in changes.items():
        if value is None:
            lines.pop(key, None)
        else:
            lines[key] = value
    return "# a house pack\n\n[[rule]]\n" + "".join(f"{k} = {v}\n" for k, v in lines.items())


CASES = {
    "missing-key": (rule(message=None), "missing key 'message'"),
    "unknown-kind": (rule(kind='"banned"'), "unknown kind 'banned'"),
    "unknown-key": (rule(tokenz='["x"]'), "unknown keys ['tokenz'] for kind existence"),
    "kind-needs-its-keys": (rule(tokens=None), "kind existence needs ['tokens']"),
    "wrong-type": (rule(tokens='"stakeholders"'), "'tokens' must be a list of strings"),
    "list-of-non-strings": (rule(tokens="[1, 2]"), "'tokens' must be a list of strings"),
    "bool-for-number": (
        rule(kind='"occurrence"', tokens=None, token='"x"', max="true"),
        "'max' must be a whole number",
    ),
    "bad-code": (rule(code='"Z21"'), "code must be a family letter and three digits"),
    "unknown-scope": (rule(scope='["preambule"]'), "unknown scope 'preambule'"),
    "impossible-kind-and-scope": (
        rule(kind='"capitalization"', tokens=None, match='"$sentence"'),
        "kind capitalization cannot apply to scope operative",
    ),
    "occurrence-in-an-annex": (
        rule(kind='"occurrence"', tokens=None, token='"x"', max="1", scope='"annex"'),
        "kind occurrence cannot apply to scope annex",
    ),
    "bad-level": (rule(level='"severe"'), "level must be one of"),
    "levels-of-an-unknown-body": (
        rule(levels='{ "unesco" = "info" }'),
        "levels maps bodies",
    ),
    "levels-with-a-bad-level": (
        rule(levels='{ "security-council" = "loud" }'),
        "levels must be among",
    ),
    "unknown-body": (rule(bodies='["unesco"]'), "bodies must be among"),
    "unknown-document-kind": (rule(kinds='["final"]'), "kinds must be among"),
    "bad-regular-expression": (rule(tokens='["stake(holders"]'), "bad regular expression"),
    "bad-capitalization-pattern": (
        rule(kind='"capitalization"', tokens=None, scope='"title"', match='"[A-Z"'),
        "bad regular expression",
    ),
    "occurrence-without-bounds": (
        rule(kind='"occurrence"', tokens=None, token='"x"'),
        "occurrence needs max or min",
    ),
    "conditional-without-a-group": (
        rule(kind='"conditional"', tokens=None, first='"[A-Z]{3}"', second='"\\\\(%s\\\\)"'),
        "'first' needs a group",
    ),
    "conditional-without-placeholder": (
        rule(kind='"conditional"', tokens=None, first='"([A-Z]{3})"', second='"defined"'),
        "'second' needs %s",
    ),
    "conditional-bad-second-pattern": (
        rule(kind='"conditional"', tokens=None, first='"([A-Z]{3})"', second='"(%s"'),
        "bad regular expression",
    ),
    "substitution-bad-fix": (
        rule(kind='"substitution"', tokens=None, swap='{ "a" = "b" }', fix='"always"'),
        "fix must be safe, unsafe or display-only",
    ),
    "substitution-missing-group": (
        rule(kind='"substitution"', tokens=None, swap='{ "stake" = "\\\\1holders" }'),
        "names group 1, which is missing",
    ),
    "substitution-bad-anchor": (
        rule(kind='"substitution"', tokens=None, swap='{ "a" = "b" }', anchor='"(a"'),
        "bad regular expression '(a'",
    ),
    "substitution-anchor-of-nonword": (
        rule(
            kind='"substitution"', tokens=None, swap='{ "a" = "b" }', anchor='"a"', nonword="true"
        ),
        "cannot go with nonword",
    ),
    "sequence-bad-pattern": (
        rule(kind='"sequence"', tokens=None, patterns='[[{ LOWR = "in" }]]'),
        "bad token pattern",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_broken_rule_is_a_load_error(case: str, tmp_path: Path) -> None:
    text, expected = CASES[case]
    pack = tmp_path / "house.toml"
    pack.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        parse_pack(pack)
    assert expected in error.value.message
    assert error.value.path == str(pack)
    if "code = " in text and case != "bad-code":
        assert error.value.line == 4  # the line of the rule's code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[[rule]\ncode = 1\n", "invalid TOML"),
        ("[rules]\ncode = 'Z201'\n", "unknown tables ['rules']"),
        ("rule = 3\n", "rules are [[rule]] tables"),
    ],
    ids=["invalid-toml", "unknown-table", "rule-not-a-table"],
)
def test_broken_pack_file(text: str, expected: str, tmp_path: Path) -> None:
    pack = tmp_path / "house.toml"
    pack.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=expected.replace("[", r"\[").replace("]", r"\]")):
        parse_pack(pack)


def test_good_rule_loads(tmp_path: Path) -> None:
    pack = tmp_path / "house.toml"
    pack.write_text(rule(), encoding="utf-8")
    assert [info.code for info in parse_pack(pack)] == ["Z201"]


def test_lint_exits_2_on_a_broken_pack(tmp_path: Path) -> None:
    (tmp_path / "house.toml").write_text(rule(tokens='["stake(holders"]'), encoding="utf-8")
    (tmp_path / "reslint.toml").write_text('extend = "house.toml"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("The General Assembly,\n\n1. Decides.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "house.toml:4: rule Z201: bad regular expression" in result.stderr
    assert "Traceback" not in result.output
