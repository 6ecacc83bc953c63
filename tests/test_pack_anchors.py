"""The anchors of the shipped rule packs lose no match.

An ``anchor`` (a substitution's pattern searched first, see ``WordPattern``)
is a promise the loader cannot check: that the first word of every match
contains it.  A wrong one would silently drop findings, so every anchored
pattern of the shipped packs must find exactly what it finds without its
anchor, on every corpus text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reslint.lexicon import load_toml, rules_dir
from reslint.lint.declarative.scopes import WordPattern


def _anchored_patterns() -> list[tuple[str, str, int, str]]:
    """(rule code, pattern, flags, anchor) of every anchored substitution shipped."""
    found = []
    for pack in sorted((rules_dir() / "packs").glob("*.toml")):
        for rule in load_toml(pack).get("rule", []):
            if "anchor" in rule:
                flags = re.IGNORECASE if rule.get("ignorecase") else 0
                found += [(rule["code"], p, flags, rule["anchor"]) for p in rule["swap"]]
    return found


ANCHORED = _anchored_patterns()


def test_the_shipped_packs_use_anchors() -> None:
    assert {code for code, *_ in ANCHORED} >= {"T101", "T104"}


@pytest.mark.parametrize(("code", "pattern", "flags", "anchor"), ANCHORED)
def test_an_anchor_finds_every_match(
    corpus: list[Path], code: str, pattern: str, flags: int, anchor: str
) -> None:
    plain, anchored = WordPattern(pattern, flags), WordPattern(pattern, flags, anchor)
    total = 0
    for path in corpus:
        text = path.read_text(encoding="utf-8", errors="replace")
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in anchored.finditer(text)] == expected, path.name
        total += len(expected)
    if anchored.anchor is not None:  # (a pattern with a prefix of its own ignores it)
        assert total > 0, f"{code}: {pattern!r} matches nothing in the corpus"
