"""``--statistics``: how often each rule fired, most frequent first, as ruff prints it.

One line per code: the count (right-aligned), the code, ``[*]`` when
``--fix`` fixes every finding of that code (safe fixes, as ``concise`` marks),
the slug and the level(s); then the summary line of the other human formats.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reslint.lint.diagnostic import LEVELS
from reslint.render.lint_common import fixed_by_fix
from reslint.render.lint_summary import summary

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic
    from reslint.lint.rule import RuleInfo
    from reslint.lint.runner import FileReport


def render(reports: list[FileReport], rules: dict[str, RuleInfo]) -> str:
    by_code: dict[str, list[Diagnostic]] = {}
    for report in reports:
        for d in report.diagnostics:
            by_code.setdefault(d.code, []).append(d)
    order = sorted(by_code, key=lambda code: (-len(by_code[code]), code))
    width = max((len(str(len(found))) for found in by_code.values()), default=1)
    lines = [row(by_code[code], width) for code in order]
    return "\n".join([*lines, summary(reports)]) + "\n"


def row(found: list[Diagnostic], width: int) -> str:
    """``  12  P102  [*] operative-end-mark  (error)`` for the findings of one code."""
    first = found[0]
    fixable = "[*]" if all(fixed_by_fix(d) for d in found) else "   "
    levels = Counter(d.level for d in found)
    named = ", ".join(level for level in reversed(LEVELS) if levels[level])
    return f"  {len(found):>{width}}  {first.code}  {fixable} {first.slug}  ({named})"
