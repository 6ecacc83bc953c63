"""Every kind of TOML rule, as data: a fixture file per kind with its rules and cases.

``tests/fixtures/kinds/<kind>.toml`` holds ``[[rule]]`` tables of that kind
(codes Z1xx) and ``[[case]]`` tables of the shape of the rule fixtures
(``test_rule_fixtures.py``): a case runs the rules of its file (or those its
``config.select`` names) on its text; ``fail`` cases give the lines of the
findings, ``fix`` cases the fixed text, and fixing that again changes nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from reslint.config import Config
from reslint.lexicon import load_toml
from reslint.lint.declarative import parse_pack
from reslint.lint.declarative.kinds import PACK_KINDS
from reslint.lint.settings import Settings
from reslint.pipeline import fix_source, lint_source
from reslint.source import Source
from test_rule_fixtures import Case, _case

KINDS = Path(__file__).parent / "fixtures" / "kinds"


def _pack(path: Path, folder: Path) -> tuple[Path, list[str]]:
    """The ``[[rule]]`` tables of a fixture file written as a pack, and their codes."""
    import tomllib

    text = path.read_text(encoding="utf-8")
    rules = tomllib.loads(text)["rule"]
    pack = folder / f"{path.stem}-pack.toml"
    tables = re.split(r"^(?=\[\[)", text, flags=re.MULTILINE)
    pack.write_text("".join(t for t in tables if t.startswith("[[rule]]")), encoding="utf-8")
    return pack, [rule["code"] for rule in rules]


def _cases() -> list[Any]:
    params = []
    for path in sorted(KINDS.glob("*.toml")):
        data = load_toml(path)
        assert set(data) == {"rule", "case"}, f"{path.name}: [[rule]] and [[case]] tables only"
        codes = [rule["code"] for rule in data["rule"]]
        for number, item in enumerate(data["case"], 1):
            code = item.get("config", {}).get("select", codes)[0]
            case = _case(code, path, number, item)
            params.append(pytest.param(path, case, id=f"{path.stem}-{case.name}"))
    return params


def _settings(path: Path, case: Case, folder: Path) -> tuple[Settings, list[str]]:
    pack, codes = _pack(path, folder)
    select = list(case.config.get("select", codes))
    settings = Settings(config=Config(packs=[pack]), select=select)
    settings.validate()
    return settings, select


@pytest.mark.parametrize(("path", "case"), _cases())
def test_kind_case(path: Path, case: Case, tmp_path: Path) -> None:
    settings, codes = _settings(path, case, tmp_path)
    text = case.text.lstrip("\n")
    _, _, diagnostics = lint_source(Source("case.txt", text), settings)
    found = [d for d in diagnostics if d.code in codes]
    if case.kind == "pass":
        assert not found, [(d.code, d.line, d.message) for d in found]
        return
    assert found, f"{codes} did not fire"
    if case.lines is not None:
        assert sorted(d.line for d in found) == sorted(case.lines), [
            (d.code, d.line, d.message) for d in found
        ]
    if case.kind == "fix":
        fixed = fix_source(Source("case.txt", text), settings, case.unsafe).source
        assert fixed.text == case.fixed.lstrip("\n")
        again = fix_source(Source("case.txt", fixed.text), settings, case.unsafe)
        assert (again.source.text, again.applied) == (fixed.text, 0), (
            "fixing the fixed text changed it"
        )


def test_every_kind_has_a_fixture_with_pass_and_fail_cases() -> None:
    kinds_found = {}
    for path in KINDS.glob("*.toml"):
        data = load_toml(path)
        kinds = {rule["kind"] for rule in data["rule"]}
        assert kinds == {path.stem}, f"{path.name} holds rules of kinds {kinds}"
        kinds_found[path.stem] = {case["kind"] for case in data["case"]}
    assert set(kinds_found) == set(PACK_KINDS)
    for kind, case_kinds in kinds_found.items():
        assert {"pass"} <= case_kinds and case_kinds & {"fail", "fix"}, kind
    assert "fix" in kinds_found["substitution"]


def test_fixture_packs_load_as_packs(tmp_path: Path) -> None:
    for path in sorted(KINDS.glob("*.toml")):
        pack, codes = _pack(path, tmp_path)
        assert [info.code for info in parse_pack(pack)] == codes
