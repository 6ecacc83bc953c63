"""``reslint diff`` for the terminal: the summary first, then every unit that changed.

Word changes read like a word diff: ``[-old words-]{+new words+}``, or, on a colour
terminal, deletions in red and insertions in green.  Long unchanged stretches are cut
to a few words of context.  Strength changes carry ↑ (strengthened) or ↓ (weakened).
"""

from __future__ import annotations

from typing import ClassVar

import click

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

CONTEXT = 6  # words of unchanged text kept on each side of a change


def render(comparison: Comparison, color: bool = False) -> str:
    paint = _Painter(color)
    summary = comparison.summary
    lines = [
        paint.bold(f"reslint diff: {title_line(comparison)}"),
        f"  old: {comparison.old.path}",
        f"  new: {comparison.new.path}",
        f"verdict: {paint.bold(summary.verdict)}",
        f"summary: {summary.headline}",
    ]
    runs = numbering_runs(summary.numbering)
    if runs:
        lines.append(f"renumbered: {', '.join(runs)}")
    part = None
    for unit in changed_units(comparison):
        if unit.part != part:
            part = unit.part
            lines.extend(["", paint.bold(PARTS[part])])
        lines.extend(_unit(unit, paint))
    if comparison.findings is not None:
        lines.extend(["", paint.bold(f"new lint findings ({len(comparison.findings)})")])
        lines.extend(f"  {d.line}:{d.column}  {d.code}  {d.message}" for d in comparison.findings)
    return "\n".join(lines) + "\n"


def _unit(unit: AlignedUnit, paint: _Painter) -> list[str]:
    indent = "  " * (unit.level + 1)
    head = f"{side_name(unit.old)} → {side_name(unit.new)}"
    if unit.status == "added":
        head = f"{side_name(unit.new)}"
    elif unit.status == "deleted":
        head = f"{side_name(unit.old)}"
    lines = [f"{indent}{head}  {paint.status(unit.status, status_text(unit))}"]
    inner = indent + "    "
    lines.extend(f"{inner}{line}" for line in described(unit))
    if unit.status == "added":
        lines.append(f"{inner}{paint.insert(_cut(unit.new_text))}")
    elif unit.status == "deleted":
        lines.append(f"{inner}{paint.delete(_cut(unit.old_text))}")
    elif any(s.tag != "equal" for s in unit.segments):
        lines.append(f"{inner}{_words(unit.segments, paint)}")
    return lines


def _words(segments: list[Segment], paint: _Painter) -> str:
    parts = []
    for index, segment in enumerate(segments):
        if segment.tag == "equal":
            parts.append(_context(segment.new, index == 0, index == len(segments) - 1))
            continue
        if segment.old:
            parts.append(paint.delete(segment.old))
        if segment.new:
            parts.append(paint.insert(segment.new))
    return " ".join(p for p in parts if p)


def _context(text: str, first: bool, last: bool) -> str:
    words = text.split()
    if len(words) <= 2 * CONTEXT:
        return text
    head = [] if first else words[:CONTEXT]
    tail = [] if last else words[-CONTEXT:]
    return " ".join([*head, "…", *tail])


def _cut(text: str, limit: int = 40) -> str:
    words = text.split()
    return text if len(words) <= limit else " ".join(words[:limit]) + " …"


class _Painter:
    """ANSI colours on a terminal, word-diff brackets elsewhere."""

    STATUS_COLOURS: ClassVar[dict[str, str]] = {
        "added": "green",
        "deleted": "red",
        "moved": "cyan",
        "split": "magenta",
        "merged": "magenta",
        "edited": "yellow",
    }

    def __init__(self, color: bool) -> None:
        self.color = color

    def bold(self, text: str) -> str:
        return click.style(text, bold=True) if self.color else text

    def status(self, status: str, text: str) -> str:
        colour = self.STATUS_COLOURS.get(status)
        return click.style(text, fg=colour) if self.color and colour else f"[{text}]"

    def delete(self, text: str) -> str:
        return click.style(text, fg="red", strikethrough=True) if self.color else f"[-{text}-]"

    def insert(self, text: str) -> str:
        return click.style(text, fg="green", underline=True) if self.color else f"{{+{text}+}}"
