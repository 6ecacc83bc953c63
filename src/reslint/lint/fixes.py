"""Applying fixes to the user's own text, through the normalizer's offset map.

Rules propose edits on the clean text; the map turns each into a span of the
original text, so everything outside the fixed spans stays as it was (page
headers, line endings, encoding).  An edit that would touch text the
normalizer rewrote (a joined hyphenation, a removed page header) is not
applied: the original bytes there are not what the rule saw; where they
differ only by a run of spaces the normalizer collapsed, they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from reslint.lint.diagnostic import DISPLAY, SAFE, UNSAFE, Diagnostic, Edit
from reslint.normalize import Normalized


@dataclass(frozen=True)
class RawEdit:
    """Replace ``[start, end)`` of the original (decoded) text with ``text``."""

    start: int
    end: int
    text: str


def applicable(diagnostic: Diagnostic, unsafe: bool) -> bool:
    """A fix to apply: safe ones always, unsafe ones when asked, display-only never."""
    fix = diagnostic.fix
    if fix is None or fix.applicability == DISPLAY:
        return False
    return fix.applicability == SAFE or (unsafe and fix.applicability == UNSAFE)


def raw_edits(normalized: Normalized, edits: tuple[Edit, ...]) -> list[RawEdit] | None:
    """The edits of one fix in original-text offsets, or None when one cannot be mapped."""
    mapped = normalized.mapped
    result = []
    for edit in edits:
        if edit.start == edit.end:
            # an insertion goes right after the character before it ("matter" + ";")
            point = mapped.to_raw_end(edit.start) if edit.start else mapped.to_raw(0)
            result.append(RawEdit(point, point, edit.text))
            continue
        start, end = mapped.raw_span(edit.start, edit.end)
        if not mapped.is_copy(edit.start, edit.end) and not _same_but_spaces(
            normalized.text[edit.start : edit.end], normalized.source.text[start:end]
        ):
            return None
        result.append(RawEdit(start, end, edit.text))
    return result


def _same_but_spaces(clean: str, raw: str) -> bool:
    """The original says the same as the clean text but for runs of spaces, which the
    normalizer collapsed ("1.  Decides"): replacing the original span is still exact."""
    return clean.split() == raw.split() and "\n" not in raw.strip("\n")


def apply_fixes(
    normalized: Normalized, diagnostics: list[Diagnostic], unsafe: bool = False
) -> tuple[str, int]:
    """The original text with every applicable, non-overlapping fix applied, and how many.

    Fixes whose edits overlap one already taken wait for the next pass (the
    caller lints again and repeats until nothing changes).
    """
    taken: list[RawEdit] = []
    count = 0
    for diagnostic in diagnostics:
        if not applicable(diagnostic, unsafe):
            continue
        assert diagnostic.fix is not None
        edits = raw_edits(normalized, diagnostic.fix.edits)
        if edits is None or any(_overlaps(e, t) for e in edits for t in taken):
            continue
        taken.extend(edits)
        count += 1
    text = normalized.source.text
    for edit in sorted(taken, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text, count


def _overlaps(a: RawEdit, b: RawEdit) -> bool:
    """Two edits touch the same text; an insertion conflicts with anything at its point."""
    if a.start == a.end or b.start == b.end:
        return a.start <= b.end and b.start <= a.end
    return a.start < b.end and b.start < a.end
