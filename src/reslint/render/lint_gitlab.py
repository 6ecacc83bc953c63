"""``gitlab``: a GitLab Code Quality report, for the merge request widget and diff notes.

A JSON array, one issue per finding: ``description`` ("CODE: message", and
the place of a finding in a Word or PDF file),
``check_name`` (the code), ``fingerprint`` (a hash of path, code, message
and the text of the line, not its number, so a finding that only moved is
not reported as new), ``severity`` (error ``major``, warning ``minor``,
info ``info``) and ``location`` (relative ``path``, ``lines.begin``/``end``).
Files that could not be linted are not issues: they are on stderr.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from reslint.render.lint_common import GITLAB_SEVERITIES, fingerprints, relative_path, where

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic
    from reslint.lint.rule import RuleInfo
    from reslint.lint.runner import FileReport


def render(reports: list[FileReport], rules: dict[str, RuleInfo]) -> str:
    issues = [issue(d, print_) for d, print_ in fingerprints(reports)]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def issue(d: Diagnostic, fingerprint: str) -> dict[str, Any]:
    return {
        "description": f"{d.code}: {d.message}{where(d)}",
        "check_name": d.code,
        "fingerprint": fingerprint,
        "severity": GITLAB_SEVERITIES[d.level],
        "location": {
            "path": relative_path(d.path),
            "lines": {"begin": d.line, "end": d.end_line},
        },
    }
