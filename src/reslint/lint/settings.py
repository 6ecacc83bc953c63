"""Which rules run on a file, at which level, with which options.

Built from the configuration (``select``, ``extend-select``, ``ignore``,
``per-file-ignores``, ``[rules.CODE]``, ``profile``, ``kind``, ``fail-on``)
and the command line.  Codes select by prefix, as in ruff: ``P`` is every
punctuation rule, ``P1`` every rule from P100 to P199, ``ALL`` every rule.

Nothing is silently ignored: every code must name a rule, every
``[rules.CODE]`` table names one rule (by code or slug) and holds only
``level`` and the options that rule declares, with values of the declared
type; anything else is a configuration error that names the file, the
table and the key.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reslint.config import Config
from reslint.lint.diagnostic import LEVELS
from reslint.lint.rule import BODIES, KINDS, Checker, RuleInfo

if TYPE_CHECKING:
    from reslint.lexicon import Lexicon

OFF = "off"


@dataclass
class Settings:
    config: Config = field(default_factory=Config)
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    body: str | None = None
    kind: str | None = None
    fail_on: str = "error"

    @classmethod
    def from_config(
        cls, config: Config, select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()
    ) -> Settings:
        """Settings from a configuration, with command-line selections on top; checked."""
        chosen = list(select) or list(config.get("select", ["ALL"]))
        chosen += list(config.get("extend-select", []))
        settings = cls(
            config=config,
            select=chosen,
            ignore=list(config.get("ignore", [])) + list(ignore),
            per_file_ignores={k: list(v) for k, v in config.get("per-file-ignores", {}).items()},
            rule_options=_rule_tables(config),
            body=config.get("profile"),
            kind=config.get("kind"),
            fail_on=config.get("fail-on", "error"),
        )
        for key, value, allowed in (
            ("profile", settings.body, BODIES),
            ("kind", settings.kind, KINDS),
            ("fail-on", settings.fail_on, LEVELS),
        ):
            if value is not None and value not in allowed:
                raise config.error(key, f"{key} must be one of {list(allowed)}, not {value!r}")
        return settings

    @cached_property
    def registry(self) -> dict[str, RuleInfo]:
        """Every rule this configuration knows, its own packs included (built once)."""
        from reslint.lint.registry import build_registry

        return build_registry(self.config.packs)

    @cached_property
    def lexicon(self) -> Lexicon:
        """The shipped lexicon with the configuration's ``[lexicon]`` extensions (built once)."""
        from reslint.lexicon import load_lexicon

        extensions = self.config.get("lexicon")
        if not extensions:
            return load_lexicon()
        return load_lexicon().extended(extensions, self.config.source)

    def validate(self) -> None:
        """Every code names a rule, every ``[rules.CODE]`` table fits its rule."""
        known = self.registry
        names = self.select + self.ignore
        names += [code for codes in self.per_file_ignores.values() for code in codes]
        for name in names:
            if name != "ALL" and not any(_matches(name, info) for info in known.values()):
                raise self.config.error(name, f"unknown rule code or prefix {name!r}")
        by_slug = {info.slug: code for code, info in known.items()}
        checked = {}
        for name, values in self.rule_options.items():
            code = name if name in known else by_slug.get(name)
            if code is None:
                raise self.config.error(
                    name, f"[rules.{name}]: no rule {name!r} (a rule table names one rule code)"
                )
            self._check_options(name, values, known[code])
            checked[code] = values
        self.rule_options = checked

    def _check_options(self, name: str, values: dict[str, Any], info: RuleInfo) -> None:
        for key, value in values.items():
            if key == "level":
                if value not in (*LEVELS, OFF):
                    message = f"[rules.{name}] level must be one of {[*LEVELS, OFF]}"
                    raise self.config.error(key, message)
                continue
            option = info.options.get(key)
            if option is None:
                known = ", ".join(["level", *info.options])
                message = f"[rules.{name}]: unknown option {key!r} (rule {info.code} takes {known})"
                raise self.config.error(key, message)
            if not option.accepts(value):
                message = f"[rules.{name}] {key} must be {option.type_name}, not {value!r}"
                raise self.config.error(key, message)

    def enabled(self, info: RuleInfo, path: str) -> bool:
        if self.rule_options.get(info.code, {}).get("level") == OFF:
            return False
        if not any(_matches(code, info) for code in self.select):
            return False
        if any(_matches(code, info) for code in self.ignore):
            return False
        return not any(_matches(code, info) for code in self.ignored_for(path))

    def ignored_for(self, path: str) -> list[str]:
        """The codes ``per-file-ignores`` switches off for ``path``."""
        if not self.per_file_ignores:
            return []
        relative, name = _relative(path, self.config.root), Path(path).name
        return [
            code
            for pattern, codes in self.per_file_ignores.items()
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(name, pattern)
            for code in codes
        ]

    def level_of(self, rule: Checker, body: str) -> str:
        """The configured level, else the rule's level in ``body``'s profile."""
        configured = self.rule_options.get(rule.code, {}).get("level")
        return configured or rule.levels.get(body, rule.level)

    def checker(self, info: RuleInfo) -> Checker:
        """The rule ready to run, with its configured option values."""
        values = {k: v for k, v in self.rule_options.get(info.code, {}).items() if k != "level"}
        return info.factory(values)


def _rule_tables(config: Config) -> dict[str, dict[str, Any]]:
    """``[rules.CODE]`` tables; ``[rules] CODE = "off"`` is short for ``level = "off"``."""
    tables: dict[str, dict[str, Any]] = {}
    for name, value in config.get("rules", {}).items():
        if isinstance(value, str):
            tables[name] = {"level": value}
        elif isinstance(value, dict):
            tables[name] = dict(value)
        else:
            message = f"[rules] {name} must be a level or a table ([rules.{name}] level = ...)"
            raise config.error(name, message)
    return tables


def _matches(name: str, info: RuleInfo) -> bool:
    return name == "ALL" or info.code.startswith(name) or name == info.slug


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()
