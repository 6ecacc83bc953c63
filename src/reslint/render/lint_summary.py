"""The closing line of the human formats: how many findings, how many fixable."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reslint.lint.runner import FileReport


def summary(reports: list[FileReport]) -> str:
    diagnostics = [d for report in reports for d in report.diagnostics]
    if not diagnostics:
        return "All checks passed."
    levels = Counter(d.level for d in diagnostics)
    parts = [f"{levels[level]} {level}" for level in ("error", "warning", "info") if levels[level]]
    fixable = sum(1 for d in diagnostics if d.fix is not None)
    hint = f"; {fixable} fixable with --fix (see --diff)" if fixable else ""
    return f"Found {len(diagnostics)} findings ({', '.join(parts)}){hint}."
