"""``--diff``: the fixes as a unified diff, one file after another; no file changes."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reslint.lint.runner import FileReport


def render(reports: list[FileReport]) -> str:
    parts = []
    for report in reports:
        assert report.original_text is not None and report.fixed_text is not None
        parts.extend(
            difflib.unified_diff(
                report.original_text.splitlines(keepends=True),
                report.fixed_text.splitlines(keepends=True),
                fromfile=f"a/{report.path.lstrip('/')}",
                tofile=f"b/{report.path.lstrip('/')}",
            )
        )
    return "".join(parts)
