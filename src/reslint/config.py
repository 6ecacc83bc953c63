"""Configuration: ``reslint.toml``, ``.reslint.toml`` or ``pyproject.toml [tool.reslint]``.

The configuration that applies to a file is the first one found walking up
from the file's folder (or the one given with ``--config``).  Keys are
checked: a misspelt key is an error that names the file and the line, never
silently ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reslint.errors import ConfigError
from reslint.lexicon import load_toml

CONFIG_FILES = ("reslint.toml", ".reslint.toml", "pyproject.toml")
KNOWN_KEYS = {
    "profile": str,
    "kind": str,
    "select": list,
    "extend-select": list,
    "ignore": list,
    "per-file-ignores": dict,
    "exclude": list,
    "extend-exclude": list,
    "extend": (str, list),
    "fail-on": str,
    "rules": dict,
    "lexicon": dict,
}


@dataclass
class Config:
    """One configuration's settings (empty when there is none), ``extend`` resolved."""

    path: Path | None = None
    data: dict[str, Any] = field(default_factory=dict)
    packs: list[Path] = field(default_factory=list)  # rule packs named by ``extend``

    @property
    def root(self) -> Path:
        """The folder relative paths in the configuration start from."""
        return self.path.parent if self.path else Path.cwd()

    @property
    def source(self) -> str:
        return str(self.path) if self.path else "configuration"

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def error(self, key: str, message: str) -> ConfigError:
        """An error about ``key``, pointing at the line that sets it."""
        line = _line(_text(self.path), key) if self.path else None
        return ConfigError(self.source, message, line)


def find_config(start: Path) -> Path | None:
    """The first configuration file from ``start`` up to the file-system root."""
    folder = start if start.is_dir() else start.parent
    for directory in [folder.resolve(), *folder.resolve().parents]:
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "[tool.reslint" in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def load_config(path: Path, seen: tuple[Path, ...] = ()) -> Config:
    """Read and check one configuration file, and the files its ``extend`` names.

    ``extend`` names other configurations (their settings apply first, this
    file's override them; ``rules`` and ``lexicon`` tables merge) or rule
    packs (TOML files of ``[[rule]]`` tables), relative to this file.
    """
    if path.resolve() in seen:
        raise ConfigError(str(path), "extend forms a cycle")
    data = _checked(path)
    base = Config(path)
    for name in _as_list(data.get("extend", [])):
        target = (path.parent / name).resolve()
        if not target.is_file():
            line = _line(_text(path), "extend")
            raise ConfigError(str(path), f"extend: {name!r} not found", line)
        if "rule" in load_toml(target):
            base.packs.append(target)
        else:
            extended = load_config(target, (*seen, path.resolve()))
            base.packs[:0] = extended.packs
            base.data = _merge(extended.data, base.data)
    return Config(path, _merge(base.data, data), base.packs)


def _checked(path: Path) -> dict[str, Any]:
    """The reslint settings of one file, every key and the type of its value checked."""
    data = load_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("reslint", {})
    text = _text(path)
    for key, value in data.items():
        expected = KNOWN_KEYS.get(key)
        if expected is None:
            known = ", ".join(sorted(KNOWN_KEYS))
            raise ConfigError(str(path), f"unknown key {key!r} (known: {known})", _line(text, key))
        problem = _type_problem(value, expected)
        if key == "per-file-ignores" and not problem:
            for pattern, codes in value.items():
                problem = problem or _type_problem(codes, list, f"[{pattern!r}] ")
        if problem:
            raise ConfigError(str(path), f"{key!r} {problem}", _line(text, key))
    return data


def _type_problem(value: object, expected: type | tuple[type, ...], where: str = "") -> str | None:
    """What is wrong with ``value`` for a key of type ``expected``, or None; the items of a
    list must be strings."""
    kinds = expected if isinstance(expected, tuple) else (expected,)
    names = " or ".join({str: "a string", list: "a list", dict: "a table"}[k] for k in kinds)
    if not isinstance(value, kinds):
        return f"{where}must be {names}"
    if isinstance(value, list) and not all(isinstance(item, str) for item in value):
        return f"{where}must be a list of strings"
    return None


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """``override`` on top of ``base``; the ``rules`` and ``lexicon`` tables merge."""
    merged = {**base, **override}
    for key in ("rules", "lexicon", "per-file-ignores"):
        if key in base and key in override:
            merged[key] = {**base[key], **override[key]}
    merged.pop("extend", None)
    return merged


def config_for(start: Path, explicit: Path | None = None) -> Config:
    """The configuration for files under ``start``: ``explicit`` if given, else found."""
    path = explicit or find_config(start)
    return load_config(path) if path else Config()


def _line(text: str, key: str) -> int | None:
    """The line where ``key`` is set or its table opens, for error messages."""
    pattern = re.compile(
        rf'^\s*(?:"{re.escape(key)}"|{re.escape(key)})\s*=|^\s*\[(?:tool\.reslint\.)?'
        rf"{re.escape(key)}[\].]",
        re.MULTILINE,
    )
    match = pattern.search(text) or re.search(rf'"{re.escape(key)}"', text)  # a list item
    return text.count("\n", 0, match.start()) + 1 if match else None
