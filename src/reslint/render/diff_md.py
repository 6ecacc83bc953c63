"""``reslint diff --format md``: a Markdown report that fits a pull-request comment.

The verdict and the counts first, then one table row per unit that changed (what
changed, in words), then the word changes in a collapsed ``<details>`` block:
deletions struck through, insertions in bold.  The comment stays under GitHub's
65,536-character limit: past ``LIMIT`` characters the word changes are cut with a
note saying how many units were left out.
"""

from __future__ import annotations

import re

from reslint.diff.result import AlignedUnit, Comparison
from reslint.diff.text import Segment
from reslint.render.diff_common import (
    PARTS,
    changed_units,
    described,
    numbering_runs,
    side_name,
    status_text,
    title_line,
)

LIMIT = 60_000
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~#])")


def render(comparison: Comparison, color: bool = False) -> str:
    summary = comparison.summary
    lines = [
        f"### reslint diff: {_escape(title_line(comparison))}",
        "",
        f"**Verdict: {summary.verdict}** — {_escape(summary.headline)}",
    ]
    runs = numbering_runs(summary.numbering)
    if runs:
        lines.extend(["", f"Renumbered operative paragraphs: {', '.join(runs)}"])
    units = changed_units(comparison)
    if units:
        lines.extend(["", "| part | old | new | status | what changed |", "|---|---|---|---|---|"])
        lines.extend(_row(unit) for unit in units)
    words = [_words(unit) for unit in units if _has_words(unit)]
    if words:
        lines.extend(["", "<details><summary>Word changes</summary>", ""])
        used = sum(len(line) + 1 for line in lines)
        for index, block in enumerate(words):
            if used + len(block) > LIMIT:
                lines.append(
                    f"_… {len(words) - index} more units left out (too long for a comment)_"
                )
                break
            lines.append(block)
            used += len(block) + 1
        lines.extend(["", "</details>"])
    if comparison.findings is not None:
        lines.extend(["", f"**New lint findings: {len(comparison.findings)}**", ""])
        lines.extend(
            f"- line {d.line}: `{d.code}` {_escape(d.message)}" for d in comparison.findings
        )
    return "\n".join(lines) + "\n"


def _row(unit: AlignedUnit) -> str:
    what = "; ".join(_escape(line) for line in described(unit))
    if not what and unit.status == "edited":
        what = "wording" if not all(c.editorial for c in unit.changes) else "editorial"
    return (
        f"| {PARTS[unit.part]} | {side_name(unit.old)} | {side_name(unit.new)} "
        f"| {status_text(unit)} | {what} |"
    )


def _has_words(unit: AlignedUnit) -> bool:
    return unit.status in ("added", "deleted") or any(s.tag != "equal" for s in unit.segments)


def _words(unit: AlignedUnit) -> str:
    name = side_name(unit.new) if unit.new else side_name(unit.old)
    if unit.status == "added":
        text = f"**{_escape(unit.new_text)}**"
    elif unit.status == "deleted":
        text = f"~~{_escape(unit.old_text)}~~"
    else:
        text = " ".join(_segment(s) for s in unit.segments)
    return f"- **{name}** ({status_text(unit)}): {text}"


def _segment(segment: Segment) -> str:
    if segment.tag == "equal":
        return _escape(segment.new)
    parts = []
    if segment.old:
        parts.append(f"~~{_escape(segment.old)}~~")
    if segment.new:
        parts.append(f"**{_escape(segment.new)}**")
    return " ".join(parts)


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)
