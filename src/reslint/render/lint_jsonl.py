"""``jsonl``: one finding per line, for streaming tools and ``grep``/``jq`` pipelines.

Each line is the finding object of ``--format json`` (docs/lint-schema.md)
with ``schema_version`` first, as ``reslint classify -f jsonl`` does.  Files
that could not be linted have no line: they are reported on stderr and in
the exit status.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from reslint.render.lint_json import LINT_SCHEMA_VERSION, finding

if TYPE_CHECKING:
    from reslint.lint.rule import RuleInfo
    from reslint.lint.runner import FileReport


def render(reports: list[FileReport], rules: dict[str, RuleInfo]) -> str:
    lines = [
        json.dumps({"schema_version": LINT_SCHEMA_VERSION, **finding(d)}, ensure_ascii=False)
        for report in reports
        for d in report.diagnostics
    ]
    return "".join(line + "\n" for line in lines)
