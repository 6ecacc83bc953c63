"""Rules as data: TOML rule packs of a few strict kinds, checked when loaded.

A pack is a TOML file of ``[[rule]]`` tables (``rules/packs/*.toml`` ship with
reslint; a configuration adds its own with ``extend``).  Every rule has
``code``, ``slug``, ``kind``, ``scope``, ``level``, ``message`` and optional
``link``, ``levels``, ``bodies``, ``kinds``, ``documentation``, ``ignorecase``;
each kind (``kinds.py``: existence, substitution, capitalization, occurrence,
repetition, consistency, conditional, sequence) has its own keys.

Unknown keys, missing keys, values of the wrong type, bad regular
expressions or patterns, and impossible kind/scope pairs are load errors
naming the file and the line.  Patterns compile once, at load.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from reslint.errors import ConfigError
from reslint.lexicon import load_toml, rules_dir
from reslint.lint.declarative.kinds import PACK_KINDS, PackRule
from reslint.lint.declarative.scopes import SCOPES
from reslint.lint.diagnostic import LEVELS
from reslint.lint.rule import BODIES, KINDS, RuleInfo, parse_sections

COMMON: dict[str, type | tuple[type, ...]] = {
    "code": str,
    "slug": str,
    "kind": str,
    "scope": (str, list),
    "message": str,
    "level": str,
    "link": str,
    "levels": dict,
    "bodies": list,
    "kinds": list,
    "documentation": str,
    "ignorecase": bool,
}
REQUIRED = ("code", "slug", "kind", "scope", "message")
_CODE = re.compile(r"[A-Z]\d{3}")


def parse_pack(path: Path, origin: str | None = None) -> list[RuleInfo]:
    """Load and check one rule pack; ``origin`` names it in listings and SARIF
    (never an absolute path: reports are uploaded and shared)."""
    data = load_toml(path)
    text = path.read_text(encoding="utf-8", errors="replace")
    source = str(path)
    unknown_tables = set(data) - {"rule"}
    if unknown_tables:
        raise ConfigError(source, f"unknown tables {sorted(unknown_tables)} (only [[rule]])")
    if not isinstance(data.get("rule", []), list):
        raise ConfigError(source, "rules are [[rule]] tables")
    infos = []
    for number, spec in enumerate(data.get("rule", []), 1):
        line = _rule_line(text, spec.get("code"))
        rule = _compile(spec, f"rule #{number}", source, line)
        documentation = parse_sections(spec.get("documentation", spec["message"]))
        infos.append(
            RuleInfo(
                rule.code,
                rule.slug,
                rule.level,
                rule.levels,
                rule.bodies,
                rule.kinds,
                rule.fixable,
                documentation.get("Summary", spec["message"]).split("\n")[0],
                documentation,
                origin or source,
                lambda _values, rule=rule: rule,
            )
        )
    return infos


def _compile(spec: dict[str, Any], where: str, source: str, line: int | None) -> PackRule:
    """Check one ``[[rule]]`` table against its kind, then compile it."""

    def fail(message: str) -> ConfigError:
        return ConfigError(source, f"{where}: {message}", line)

    for key in REQUIRED:
        if key not in spec:
            raise fail(f"missing key {key!r}")
    kind = PACK_KINDS.get(spec["kind"]) if isinstance(spec["kind"], str) else None
    if kind is None:
        raise fail(f"unknown kind {spec['kind']!r} (one of {sorted(PACK_KINDS)})")
    allowed = {**COMMON, **kind.required, **kind.optional}
    unknown = set(spec) - set(allowed)
    if unknown:
        raise fail(f"unknown keys {sorted(unknown)} for kind {kind.kind}")
    missing = set(kind.required) - set(spec)
    if missing:
        raise fail(f"kind {kind.kind} needs {sorted(missing)}")
    for key, value in spec.items():
        if not _has_type(value, allowed[key], strings=key != "patterns"):
            raise fail(f"{key!r} must be {_type_names(allowed[key])}")
    _check_values(spec, kind, fail)
    return kind(spec, source, line)


def _check_values(spec: dict[str, Any], kind: type[PackRule], fail: Any) -> None:
    if not _CODE.fullmatch(spec["code"]):
        raise fail("code must be a family letter and three digits")
    scopes = spec["scope"] if isinstance(spec["scope"], list) else [spec["scope"]]
    for scope in scopes:
        if scope not in SCOPES:
            raise fail(f"unknown scope {scope!r} (one of {sorted(SCOPES)})")
        if scope in kind.forbidden_scopes:
            raise fail(f"kind {kind.kind} cannot apply to scope {scope}: {kind.why_forbidden}")
    if spec.get("level", "warning") not in LEVELS:
        raise fail(f"level must be one of {list(LEVELS)}")
    levels = spec.get("levels", {})
    if not set(levels) <= set(BODIES):
        raise fail(f"levels maps bodies {list(BODIES)} to levels")
    if not set(levels.values()) <= set(LEVELS):
        raise fail(f"levels must be among {list(LEVELS)}")
    for key, allowed in (("bodies", BODIES), ("kinds", KINDS)):
        if not set(spec.get(key, [])) <= set(allowed):
            raise fail(f"{key} must be among {list(allowed)}")


def _has_type(value: object, expected: type | tuple[type, ...], strings: bool) -> bool:
    """``value`` is of the expected TOML type (``true`` is no number), and the items of a
    list or the values of a table are strings (``strings``; token patterns are tables)."""
    kinds = expected if isinstance(expected, tuple) else (expected,)
    if not any(type(value) is kind for kind in kinds):
        return False
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return not strings or all(isinstance(item, str) for item in items)


def _type_names(expected: type | tuple[type, ...]) -> str:
    names = {
        str: "a string",
        list: "a list of strings",
        dict: "a table of strings",
        bool: "true or false",
        int: "a whole number",
    }
    kinds = expected if isinstance(expected, tuple) else (expected,)
    return " or ".join(names[k] for k in kinds)


def _rule_line(text: str, code: object) -> int | None:
    """The line of the pack where the rule with ``code`` is defined, for error messages."""
    if not isinstance(code, str):
        return None
    match = re.search(rf'code\s*=\s*"{re.escape(code)}"', text)
    return text.count("\n", 0, match.start()) + 1 if match else None


@cache
def shipped_packs() -> tuple[RuleInfo, ...]:
    """The rules of the packs that ship with reslint (``rules/packs``), read once."""
    folder = rules_dir() / "packs"
    return tuple(
        info
        for path in sorted(folder.glob("*.toml"))
        for info in parse_pack(path, f"reslint:packs/{path.name}")
    )


def load_packs(extra: list[Path]) -> list[RuleInfo]:
    """The shipped packs, then extra packs (a configuration's ``extend``)."""
    infos = list(shipped_packs())
    for path in extra:
        if not path.is_file():
            raise ConfigError(str(path), "rule pack not found")
        infos.extend(parse_pack(path, _shown(path)))
    return infos


def _shown(path: Path) -> str:
    """A pack's path relative to the working folder when it is under it, else its name."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.name
