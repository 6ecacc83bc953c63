"""Which rules run on a file, at which level, with which options.

Built from the configuration (``select``, ``extend-select``, ``ignore``,
``per-file-ignores``, ``[rules.CODE]``, ``profile``, ``kind``) and the command
line.  Codes select by prefix, as in ruff: ``P`` is every punctuation rule,
``P1`` every rule from P100 to P199, ``ALL`` every rule.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reslint.config import Config
from reslint.lint.diagnostic import LEVELS
from reslint.lint.rule import BODIES, KINDS, RuleInfo


@dataclass
class Settings:
    config: Config = field(default_factory=Config)
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    body: str | None = None
    kind: str | None = None

    @classmethod
    def from_config(
        cls, config: Config, select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()
    ) -> Settings:
        """Settings from a configuration, with command-line selections on top."""
        chosen = list(select) or list(config.get("select", ["ALL"]))
        chosen += list(config.get("extend-select", []))
        settings = cls(
            config=config,
            select=chosen,
            ignore=list(config.get("ignore", [])) + list(ignore),
            per_file_ignores={k: list(v) for k, v in config.get("per-file-ignores", {}).items()},
            rule_options={k: dict(v) for k, v in config.get("rules", {}).items()},
            body=config.get("profile"),
            kind=config.get("kind"),
        )
        if settings.body and settings.body not in BODIES:
            raise config.error(
                "profile", f"profile must be one of {list(BODIES)}, not {settings.body!r}"
            )
        if settings.kind and settings.kind not in KINDS:
            raise config.error("kind", f"kind must be one of {list(KINDS)}, not {settings.kind!r}")
        if config.get("fail-on", "error") not in LEVELS:
            raise config.error("fail-on", f"fail-on must be one of {list(LEVELS)}")
        for code, options in settings.rule_options.items():
            level = options.get("level")
            if level is not None and level not in (*LEVELS, "off"):
                raise config.error(code, f"[rules.{code}] level must be one of {LEVELS} or off")
        return settings

    @property
    def lexicon(self) -> dict[str, Any] | None:
        return self.config.get("lexicon") or None

    def validate_codes(self, known: dict[str, RuleInfo]) -> None:
        """Every code named in the configuration must select at least one rule."""
        names = self.select + self.ignore + list(self.rule_options)
        names += [code for codes in self.per_file_ignores.values() for code in codes]
        for name in names:
            if name != "ALL" and not any(_matches(name, info) for info in known.values()):
                raise self.config.error(name, f"unknown rule code or prefix {name!r}")

    def enabled(self, info: RuleInfo, path: str) -> bool:
        if self.rule_options.get(info.code, {}).get("level") == "off":
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

    def level_of(self, rule: Any, body: str) -> str:
        """The configured level, else the rule's level in ``body``'s profile."""
        configured = self.rule_options.get(rule.code, {}).get("level")
        return configured or getattr(rule, "levels", {}).get(body, rule.level)

    def options_of(self, code: str) -> dict[str, Any]:
        return {k: v for k, v in self.rule_options.get(code, {}).items() if k != "level"}


def _matches(name: str, info: RuleInfo) -> bool:
    return name == "ALL" or info.code.startswith(name) or name == info.slug


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()
