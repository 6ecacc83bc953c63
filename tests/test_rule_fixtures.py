"""Rule tests as data: one fixture file per rule, one parametrized test over every case.

Each rule has ``tests/fixtures/rules/<CODE>.toml`` with named ``[[case]]``
tables (the shape of SQLFluff's ``std_rule_cases``):

* ``name``: unique within the file; the test id is ``<CODE>-<name>``;
* ``kind``: ``pass`` (the rule does not fire), ``fail`` (it fires exactly on
  ``lines``, once per entry) or ``fix`` (the rule fires on ``text``,
  ``fix_source`` turns it into ``fixed``, and fixing ``fixed`` changes nothing);
* ``text``: the resolution text, linted with only that rule selected;
* ``lines``: for ``fail`` (and optionally ``fix``), the 1-based lines of the findings;
* ``level``: optional, the level every finding of the rule must have;
* ``fixed``, ``unsafe``: for ``fix``, the whole text after fixing, and
  whether unsafe fixes apply;
* ``config``: optional ``profile``, ``kind``, ``rules`` (code -> options and
  level) and ``select`` (the rules to run, when a case needs more than one);
* ``xfail``: the reason, for a case that shows a known bug of the rule;
* ``docx``: true to lint ``text`` as a Word file: the test builds it with
  python-docx from the markup of ``tests/docx_builder.py`` (one paragraph
  per line, ``*italic*``, ``**bold**``, ``# `` for list numbering), and
  ``lines`` are then paragraph numbers.

Unknown keys are errors, so a misspelt key never silently weakens a case.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from docx_builder import build_docx
from reslint.errors import NoStructureError
from reslint.lexicon import load_toml
from reslint.lint.diagnostic import Diagnostic
from reslint.lint.registry import build_registry as registry
from reslint.lint.rule import DOC_SECTIONS
from reslint.lint.runner import no_structure
from reslint.lint.settings import Settings
from reslint.pipeline import fix_source, lint_source
from reslint.readers.docx import read_docx
from reslint.source import Source

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
CASE_KINDS = ("pass", "fail", "fix")
CASE_KEYS = {
    "name", "kind", "text", "lines", "level", "fixed", "unsafe", "config", "xfail", "docx",
}  # fmt: skip
CONFIG_KEYS = {"profile", "kind", "rules", "select"}


@dataclass(frozen=True)
class Case:
    code: str
    name: str
    kind: str
    text: str
    lines: tuple[int, ...] | None = None
    level: str | None = None
    fixed: str | None = None
    unsafe: bool = False
    config: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    xfail: str | None = None
    docx: bool = False

    @property
    def id(self) -> str:
        return f"{self.code}-{self.name}"


def _case(code: str, path: Path, number: int, data: dict[str, Any]) -> Case:
    where = f"{path.name} case #{number} ({data.get('name', '?')})"
    unknown = set(data) - CASE_KEYS
    assert not unknown, f"{where}: unknown keys {sorted(unknown)}"
    assert {"name", "kind", "text"} <= set(data), f"{where}: needs name, kind and text"
    kind = data["kind"]
    assert kind in CASE_KINDS, f"{where}: kind must be one of {CASE_KINDS}"
    config = data.get("config", {})
    unknown = set(config) - CONFIG_KEYS
    assert not unknown, f"{where}: unknown config keys {sorted(unknown)}"
    if kind == "fail":
        assert data.get("lines"), f"{where}: a fail case needs lines"
    if kind == "fix":
        assert "fixed" in data, f"{where}: a fix case needs fixed"
        assert not data.get("docx"), f"{where}: fix cases of Word files are in test_docx.py"
    else:
        assert "fixed" not in data and "unsafe" not in data, f"{where}: fixed/unsafe in {kind}"
    if kind == "pass":
        assert "lines" not in data and "level" not in data, f"{where}: lines/level in a pass"
    lines = data.get("lines")
    return Case(
        code=code,
        name=data["name"],
        kind=kind,
        text=data["text"],
        lines=tuple(lines) if lines is not None else None,
        level=data.get("level"),
        fixed=data.get("fixed"),
        unsafe=bool(data.get("unsafe", False)),
        config=dict(config),
        xfail=data.get("xfail"),
        docx=bool(data.get("docx", False)),
    )


@cache
def fixture_cases() -> dict[str, tuple[Case, ...]]:
    """code -> its cases, from every fixture file."""
    found: dict[str, tuple[Case, ...]] = {}
    for path in sorted(FIXTURES.glob("*.toml")):
        code = path.stem
        data = load_toml(path)
        assert set(data) == {"case"}, f"{path.name}: only [[case]] tables"
        cases = tuple(_case(code, path, n, item) for n, item in enumerate(data["case"], 1))
        names = Counter(case.name for case in cases)
        repeated = [name for name, count in names.items() if count > 1]
        assert not repeated, f"{path.name}: repeated case names {repeated}"
        found[code] = cases
    return found


def _params() -> list[Any]:
    params = []
    for cases in fixture_cases().values():
        for case in cases:
            marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
            params.append(pytest.param(case, id=case.id, marks=marks))
    return params


def settings_for(case: Case) -> Settings:
    config = case.config
    select = list(config.get("select", [case.code]))
    assert case.code in select, f"{case.id}: select must include {case.code}"
    settings = Settings(
        select=select,
        rule_options={code: dict(options) for code, options in config.get("rules", {}).items()},
        body=config.get("profile"),
        kind=config.get("kind"),
    )
    settings.validate()
    return settings


def findings(case: Case, text: str, settings: Settings) -> list[Diagnostic]:
    if case.docx:
        with tempfile.TemporaryDirectory() as folder:
            source = read_docx(build_docx(text, Path(folder) / "case.docx"))
    else:
        source = Source(path="case.txt", text=text)
    try:
        _, _, diagnostics = lint_source(source, settings)
    except NoStructureError:
        diagnostics = no_structure(source, settings)  # what reslint lint reports (S100)
    return [d for d in diagnostics if d.code == case.code]


def _show(diagnostics: list[Diagnostic]) -> str:
    return "\n".join(f"  {d.line}:{d.column} {d.level} {d.message}" for d in diagnostics)


@pytest.mark.parametrize("case", _params())
def test_rule_case(case: Case) -> None:
    settings = settings_for(case)
    found = findings(case, case.text, settings)
    lines = sorted(d.line for d in found)
    if case.kind == "pass":
        assert not found, f"{case.code} fired where it must not:\n{_show(found)}"
        return
    assert found, f"{case.code} did not fire"
    if case.lines is not None:
        assert lines == sorted(case.lines), f"{case.code} fired on other lines:\n{_show(found)}"
    if case.level is not None:
        assert {d.level for d in found} == {case.level}, _show(found)
    if case.kind == "fix":
        source = Source(path="case.txt", text=case.text)
        fixed = fix_source(source, settings, case.unsafe).source
        assert fixed.text == case.fixed
        again = fix_source(Source(path="case.txt", text=fixed.text), settings, case.unsafe)
        assert (again.source.text, again.applied) == (fixed.text, 0), (
            "fixing the fixed text changed it"
        )


def test_every_rule_has_fixtures() -> None:
    codes = set(registry())
    cases = fixture_cases()
    assert sorted(codes - set(cases)) == [], "rules without a fixture file"
    assert sorted(set(cases) - codes) == [], "fixture files for no rule"


@pytest.mark.parametrize("info", registry().values(), ids=lambda info: info.code)
def test_fixture_kinds(info) -> None:
    kinds = Counter(case.kind for case in fixture_cases().get(info.code, ()))
    assert kinds["pass"] >= 1, "needs a pass case"
    assert kinds["fail"] >= 1, "needs a fail case"
    if info.fixable:
        assert kinds["fix"] >= 1, "a fixable rule needs a fix case"


@pytest.mark.parametrize("info", registry().values(), ids=lambda info: info.code)
def test_rule_documentation(info) -> None:
    missing = [s for s in DOC_SECTIONS if not info.documentation.get(s, "").strip()]
    assert not missing, f"{info.code}: empty or missing sections {missing}"
