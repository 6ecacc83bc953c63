"""Inline suppressions: ``<!-- reslint: disable=P101 -->`` and friends.

    <!-- reslint: disable=CODE,... -->        from this line on (all rules without codes)
    <!-- reslint: enable=CODE,... -->         back on
    <!-- reslint: disable-next-line=CODE -->  only the next line that has text
    <!-- reslint: disable-file=CODE -->       the whole file (all rules without codes)

They are HTML comments, so they work in Markdown and plain text alike, and
the normalizer drops them before parsing.  Codes match by prefix ("P" is
every punctuation rule).  A suppression that suppresses nothing is reported
by rule X102.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reslint.lint.diagnostic import Diagnostic
from reslint.source import physical_lines

DIRECTIVE = re.compile(
    r"<!--\s*reslint:\s*(disable-file|disable-next-line|disable|enable)"
    r"(?:\s*=\s*([A-Za-z0-9_,\s-]+?))?\s*-->"
)


@dataclass
class Directive:
    """One suppression comment; ``keys`` are its codes, or ``(None,)`` for every rule."""

    kind: str
    line: int
    column: int
    codes: tuple[str, ...] | None  # None: every rule
    ends: dict[str | None, int | None] = field(default_factory=dict)  # disable: per key
    target: int | None = None  # for disable-next-line, the line it covers
    used: set[str | None] = field(default_factory=set)  # keys that suppressed something

    @property
    def keys(self) -> tuple[str | None, ...]:
        return self.codes if self.codes is not None else (None,)

    def unused(self) -> tuple[str | None, ...]:
        return tuple(key for key in self.keys if key not in self.used)

    def covers(self, key: str | None, diagnostic: Diagnostic) -> bool:
        """``key`` of this directive silences ``diagnostic``."""
        if key is not None and not diagnostic.code.startswith(key):
            return False
        if self.kind == "disable-file":
            return True
        if self.kind == "disable-next-line":
            return self.target == diagnostic.line
        if self.kind == "disable":
            end = self.ends.get(key)
            return self.line <= diagnostic.line and (end is None or diagnostic.line < end)
        return False


def directives(text: str) -> list[Directive]:
    """Every directive of a source text, with the lines each covers."""
    lines = physical_lines(text)
    found: list[Directive] = []
    for number, line in enumerate(lines, 1):
        for match in DIRECTIVE.finditer(line):
            codes = match.group(2)
            parsed = (
                tuple(c.strip().upper() for c in codes.split(",") if c.strip()) if codes else None
            )
            found.append(Directive(match.group(1), number, match.start() + 1, parsed))
    for directive in found:
        if directive.kind == "disable-next-line":
            directive.target = next(
                (
                    n
                    for n in range(directive.line + 1, len(lines) + 1)
                    if lines[n - 1].strip() and not DIRECTIVE.search(lines[n - 1])
                ),
                None,
            )
        elif directive.kind == "disable":
            directive.ends = {k: _enabled_at(found, directive.line, k) for k in directive.keys}
    return found


def _enabled_at(found: list[Directive], after: int, key: str | None) -> int | None:
    """The line of the first ``enable`` after line ``after`` that turns ``key`` back on
    (an ``enable`` without codes turns everything back on)."""
    for directive in found:
        if directive.kind != "enable" or directive.line <= after:
            continue
        if directive.codes is None or (key is not None and key in directive.codes):
            return directive.line
    return None


def suppressed(diagnostic: Diagnostic, found: list[Directive]) -> bool:
    """Is ``diagnostic`` silenced by a directive?  Marks the keys that were used."""
    hit = False
    for directive in found:
        for key in directive.keys:
            if directive.covers(key, diagnostic):
                directive.used.add(key)
                hit = True
    return hit
