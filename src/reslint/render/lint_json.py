"""``json``: the documented ``reslint.lint`` schema (docs/lint-schema.md), for programs.

One object: schema name and version, the reslint version, and one entry per
file linted with its findings, or the reason it could not be linted.
Locations are 1-based, in the original file (for Word and PDF files, in the
text read from them, with ``place`` saying paragraph and offset, or page and
line); fixes carry their safety and message, not their edits (those are
offsets in the normalized text).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic, Fix
    from reslint.lint.rule import RuleInfo
    from reslint.lint.runner import FileReport

LINT_SCHEMA_VERSION = "1.1"  # 1.1: "place" of findings in Word and PDF files


def render(reports: list[FileReport], rules: dict[str, RuleInfo]) -> str:
    return json.dumps(document(reports), ensure_ascii=False, indent=2) + "\n"


def document(reports: list[FileReport]) -> dict[str, Any]:
    """The whole ``reslint.lint`` object."""
    from reslint import __version__

    return {
        "schema": "reslint.lint",
        "schema_version": LINT_SCHEMA_VERSION,
        "reslint_version": __version__,
        "files": [file_entry(report) for report in reports],
    }


def file_entry(report: FileReport) -> dict[str, Any]:
    return {
        "path": report.path,
        "error": report.error,
        "findings": [finding(d) for d in report.diagnostics],
    }


def finding(d: Diagnostic) -> dict[str, Any]:
    """One finding; the same object is a line of ``--format jsonl``."""
    return {
        "code": d.code,
        "slug": d.slug,
        "level": d.level,
        "message": d.message,
        "path": d.path,
        "line": d.line,
        "column": d.column,
        "end_line": d.end_line,
        "end_column": d.end_column,
        "node": d.node,
        "fix": fix_entry(d.fix),
        "place": d.place.as_dict() if d.place else None,
    }


def fix_entry(fix: Fix | None) -> dict[str, str] | None:
    if fix is None:
        return None
    return {"applicability": fix.applicability, "message": fix.message}
