"""``concise``: one line per finding, ``path:line:col: CODE [*] message [level]``, as ruff
does; ``[*]`` marks what ``--fix`` fixes.  A finding in a Word or PDF file ends with
its place there: ``(paragraph 7, offset 11)``, ``(page 2, line 14)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.render.lint_common import fixed_by_fix, where
from reslint.render.lint_summary import summary

if TYPE_CHECKING:
    from reslint.lint.rule import RuleInfo
    from reslint.lint.runner import FileReport


def render(reports: list[FileReport], rules: dict[str, RuleInfo]) -> str:
    lines = []
    for report in reports:
        for d in report.diagnostics:
            fixable = " [*]" if fixed_by_fix(d) else ""
            lines.append(
                f"{d.path}:{d.line}:{d.column}: {d.code}{fixable} {d.message} [{d.level}]{where(d)}"
            )
    lines.append(summary(reports))
    return "\n".join(lines) + "\n"
