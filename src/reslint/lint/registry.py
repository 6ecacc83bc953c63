"""The registry of rules: every built-in rule, the shipped TOML packs, and a configuration's packs.

Built once per configuration (``Settings.registry``): the built-in rules and
the shipped packs are read once per process, a configuration's own packs
once per configuration, however many files and fix passes follow.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from reslint.lint.declarative import load_packs
from reslint.lint.rule import RuleInfo, builtin_rules, info_of


@cache
def builtin() -> tuple[RuleInfo, ...]:
    """The Python rules of ``lint/rules/``, by code."""
    return tuple(sorted((info_of(rule) for rule in builtin_rules()), key=lambda i: i.code))


def build_registry(packs: Sequence[Path] = ()) -> dict[str, RuleInfo]:
    """Every rule by code: built-in, shipped packs, then ``packs`` (a pack may redefine
    a shipped rule's code)."""
    rules = {info.code: info for info in builtin()}
    for info in load_packs(list(packs)):
        rules[info.code] = info
    return rules
