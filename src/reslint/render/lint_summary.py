"""The closing line of the human formats: how many findings, how many fixable, and
whether every input could be checked."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reslint.lint.diagnostic import UNSAFE
from reslint.render.lint_common import fixed_by_fix

if TYPE_CHECKING:
    from reslint.lint.runner import FileReport


def count(number: int, noun: str) -> str:
    """ "1 finding", "2 findings": every count the command line prints."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def summary(reports: list[FileReport]) -> str:
    """ "All checks passed." only when every input was checked and nothing was found."""
    diagnostics = [d for report in reports for d in report.diagnostics]
    unchecked = sum(1 for report in reports if report.error)
    not_checked = f"; {count(unchecked, 'file')} could not be checked" if unchecked else ""
    if not diagnostics:
        if not unchecked:
            return "All checks passed."
        checked = len(reports) - unchecked
        return f"No findings in {count(checked, 'file')} checked{not_checked}."
    levels = Counter(d.level for d in diagnostics)
    parts = [f"{levels[level]} {level}" for level in ("error", "warning", "info") if levels[level]]
    safe = sum(1 for d in diagnostics if fixed_by_fix(d))
    unsafe = sum(1 for d in diagnostics if d.fix is not None and d.fix.applicability == UNSAFE)
    hint = f"; {safe} fixable with --fix (see --diff)" if safe else ""
    if unsafe:
        hint += f"; {unsafe} more with --fix --unsafe-fixes"
    found = count(len(diagnostics), "finding")
    return f"Found {found} ({', '.join(parts)}){hint}{not_checked}."
