"""``full``: each finding with the line it is on and carets under it, as ruff shows them.

For reading in a terminal: a header ``path:line:col: CODE message [level]``
(and the place in a Word or PDF file, as ``concise`` shows it),
the original line behind a line-number gutter, ``^`` under the span (to the
end of the line when the span runs on), and ``= help:`` with the fix and
whether it is safe to apply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.diagnostic import DISPLAY, SAFE, UNSAFE
from reslint.render.lint_common import where
from reslint.render.lint_summary import summary

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic, Fix
    from reslint.lint.rule import RuleInfo
    from reslint.lint.runner import FileReport

FIX_SAFETY = {
    SAFE: "safe fix, applied by --fix",
    UNSAFE: "unsafe fix, applied by --fix --unsafe-fixes",
    DISPLAY: "suggestion only, never applied",
}


def render(reports: list[FileReport], rules: dict[str, RuleInfo]) -> str:
    blocks = [finding(d) for report in reports for d in report.diagnostics]
    return "\n".join([*blocks, summary(reports) + "\n"])


def finding(d: Diagnostic) -> str:
    """One finding: header, source excerpt, carets, help; ends with a newline."""
    gutter = " " * len(str(d.line))
    lines = [
        f"{d.path}:{d.line}:{d.column}: {d.code} {d.message} [{d.level}]{where(d)}",
        f"{gutter} |",
        f"{d.line} | {d.source_line}".rstrip(),
        f"{gutter} | {carets(d)}",
    ]
    if d.fix is not None:
        lines.append(f"{gutter} = help: {help_text(d.fix)}")
    return "\n".join(lines) + "\n"


def carets(d: Diagnostic) -> str:
    """Blanks up to the column (tabs kept, so they line up), then one ``^`` per character."""
    line = d.source_line
    start = d.column - 1
    end = d.end_column - 1 if d.end_line == d.line else len(line)
    width = max(1, end - start)
    indent = "".join("\t" if char == "\t" else " " for char in line[:start])
    return indent + " " * (start - len(indent)) + "^" * width


def help_text(fix: Fix) -> str:
    message = fix.message or "apply the fix"
    return f"{message} ({FIX_SAFETY.get(fix.applicability, fix.applicability)})"
