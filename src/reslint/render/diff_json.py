"""``reslint diff --format json``: the documented ``reslint.diff`` schema
(docs/diff-schema.md), for programs.

One object: the two versions, the summary, every aligned unit in the new version's
order (deleted ones where they stood), and with ``--lint`` the findings the new
version added.  A unit's ``old`` and ``new`` are a paragraph id, a list of ids (the
parts of a split or a merge) or null.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from reslint.diff.result import DIFF_SCHEMA_VERSION, AlignedUnit, Change, Comparison


def render(comparison: Comparison, color: bool = False) -> str:
    return json.dumps(document(comparison), ensure_ascii=False, indent=2) + "\n"


def document(comparison: Comparison) -> dict[str, Any]:
    from reslint import __version__
    from reslint.render.lint_json import finding

    summary = comparison.summary
    return {
        "schema": "reslint.diff",
        "schema_version": DIFF_SCHEMA_VERSION,
        "reslint_version": __version__,
        "old": dataclasses.asdict(comparison.old),
        "new": dataclasses.asdict(comparison.new),
        "summary": {
            "verdict": summary.verdict,
            "same_in_substance": summary.same,
            "headline": summary.headline,
            "paragraphs": summary.paragraphs,
            "subparagraphs": summary.subparagraphs,
            "counts": summary.counts,
            "numbering": [{"old": old, "new": new} for old, new in summary.numbering],
        },
        "units": [_unit(u) for u in comparison.units],
        "findings": (
            None if comparison.findings is None else [finding(d) for d in comparison.findings]
        ),
    }


def _side(ids: list[str]) -> str | list[str] | None:
    if not ids:
        return None
    return ids[0] if len(ids) == 1 else ids


def _unit(unit: AlignedUnit) -> dict[str, Any]:
    return {
        "part": unit.part,
        "level": unit.level,
        "old": _side(unit.old),
        "new": _side(unit.new),
        "old_labels": unit.old_labels,
        "new_labels": unit.new_labels,
        "status": unit.status,
        "moved": unit.moved,
        "edited": unit.edited,
        "similarity": unit.similarity,
        "rollover": unit.rollover,
        "changes": [_change(c) for c in unit.changes],
        "old_text": unit.old_text or None,
        "new_text": unit.new_text or None,
    }


def _change(change: Change) -> dict[str, Any]:
    """The change's kind, old and new values, and only the details that apply to it."""
    data: dict[str, Any] = {"kind": change.kind, "old": change.old, "new": change.new}
    for name in ("direction", "category", "clause", "where"):
        value = getattr(change, name)
        if value is not None:
            data[name] = value
    if change.kind == "text":
        data["editorial"] = change.editorial
    data["rollover"] = change.rollover
    return data
