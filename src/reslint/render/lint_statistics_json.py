"""``--statistics -f json``: the counts per rule as a JSON list, most frequent first.

Each entry: ``code``, ``slug``, ``count``, ``fixable`` (``--fix`` fixes every
finding of the code, as ``[*]`` marks in the text table) and ``levels``
(finding counts per level).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING

from reslint.lint.diagnostic import LEVELS
from reslint.render.lint_common import fixed_by_fix

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic
    from reslint.lint.rule import RuleInfo
    from reslint.lint.runner import FileReport


def render(reports: list[FileReport], rules: dict[str, RuleInfo]) -> str:
    by_code: dict[str, list[Diagnostic]] = {}
    for report in reports:
        for d in report.diagnostics:
            by_code.setdefault(d.code, []).append(d)
    rows = []
    for code in sorted(by_code, key=lambda code: (-len(by_code[code]), code)):
        found = by_code[code]
        levels = Counter(d.level for d in found)
        rows.append(
            {
                "code": code,
                "slug": found[0].slug,
                "count": len(found),
                "fixable": all(fixed_by_fix(d) for d in found),
                "levels": {level: levels[level] for level in reversed(LEVELS) if levels[level]},
            }
        )
    return json.dumps(rows, indent=2) + "\n"
