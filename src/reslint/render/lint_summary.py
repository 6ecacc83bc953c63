"""The closing line of the human formats: how many findings, how many fixable."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reslint.lint.diagnostic import UNSAFE
from reslint.render.lint_common import fixed_by_fix

if TYPE_CHECKING:
    from reslint.lint.runner import FileReport


def summary(reports: list[FileReport]) -> str:
    diagnostics = [d for report in reports for d in report.diagnostics]
    if not diagnostics:
        return "All checks passed."
    levels = Counter(d.level for d in diagnostics)
    parts = [f"{levels[level]} {level}" for level in ("error", "warning", "info") if levels[level]]
    safe = sum(1 for d in diagnostics if fixed_by_fix(d))
    unsafe = sum(1 for d in diagnostics if d.fix is not None and d.fix.applicability == UNSAFE)
    hint = f"; {safe} fixable with --fix (see --diff)" if safe else ""
    if unsafe:
        hint += f"; {unsafe} more with --fix --unsafe-fixes"
    return f"Found {len(diagnostics)} findings ({', '.join(parts)}){hint}."
