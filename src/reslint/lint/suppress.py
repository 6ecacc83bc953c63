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

DIRECTIVE = re.compile(
    r"<!--\s*reslint:\s*(disable-file|disable-next-line|disable|enable)"
    r"(?:\s*=\s*([A-Za-z0-9_,\s-]+?))?\s*-->"
)


@dataclass
class Directive:
    kind: str
    line: int
    column: int
    codes: tuple[str, ...] | None  # None: every rule
    end_line: int | None = None  # for disable ranges, the line of the matching enable
    target: int | None = None  # for disable-next-line, the line it covers
    used: bool = field(default=False)

    def covers(self, code: str) -> bool:
        return self.codes is None or any(code.startswith(c) for c in self.codes)


def directives(text: str) -> list[Directive]:
    """Every directive of a source text, with the lines each covers."""
    lines = text.splitlines()
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
            directive.end_line = next(
                (
                    d.line
                    for d in found
                    if d.kind == "enable"
                    and d.line > directive.line
                    and (
                        d.codes is None
                        or directive.codes is None
                        or set(d.codes) & set(directive.codes)
                    )
                ),
                None,
            )
    return found


def suppressed(diagnostic: Diagnostic, found: list[Directive]) -> bool:
    """Is ``diagnostic`` silenced by a directive?  Marks the directives used."""
    hit = False
    for directive in found:
        if not directive.covers(diagnostic.code):
            continue
        if (
            directive.kind == "disable-file"
            or (directive.kind == "disable-next-line" and directive.target == diagnostic.line)
            or (
                directive.kind == "disable"
                and directive.line <= diagnostic.line
                and (directive.end_line is None or diagnostic.line < directive.end_line)
            )
        ):
            hit = directive.used = True
    return hit
