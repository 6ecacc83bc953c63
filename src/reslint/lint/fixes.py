"""Applying fixes to the user's own text, through the normalizer's offset map.

Rules propose edits on the clean text; the map turns each into a span of the
original text, so everything outside the fixed spans stays as it was (page
headers, line endings, encoding).  An edit that would touch text the
normalizer rewrote (a joined hyphenation, a removed page header) is not
applied: the original bytes there are not what the rule saw; where they
differ only by a run of spaces the normalizer collapsed, they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reslint.lint.diagnostic import DISPLAY, SAFE, UNSAFE, Diagnostic, Edit
from reslint.model import Document
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


@dataclass
class Applied:
    """The original text with fixes applied, and which fixes those were."""

    text: str
    taken: list[Diagnostic] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # why a fix was left out, one line each

    @property
    def count(self) -> int:
        return len(self.taken)


def apply_fixes(
    normalized: Normalized, diagnostics: list[Diagnostic], unsafe: bool = False
) -> Applied:
    """The original text with every applicable, non-overlapping fix applied.

    Fixes whose edits overlap one already taken wait for the next pass (the
    caller lints again and repeats until nothing changes).  A fix whose text
    the file's encoding cannot hold is left out, and said so.
    """
    source = normalized.source
    result = Applied(source.text)
    edits: list[RawEdit] = []
    for diagnostic in diagnostics:
        if not applicable(diagnostic, unsafe):
            continue
        assert diagnostic.fix is not None
        mapped = raw_edits(normalized, diagnostic.fix.edits)
        if mapped is None or any(_overlaps(e, t) for e in mapped for t in edits):
            continue
        unwritable = _unwritable(mapped, source.encoding)
        if unwritable:
            result.skipped.append(
                f"line {diagnostic.line}: {diagnostic.code} not fixed: {source.encoding} "
                f"cannot hold {unwritable!r} (U+{ord(unwritable):04X})"
            )
            continue
        edits.extend(mapped)
        result.taken.append(diagnostic)
    result.text = _edited(source.text, edits)
    return result


def _unwritable(edits: list[RawEdit], encoding: str) -> str | None:
    """The first character of the edits that ``encoding`` cannot encode."""
    for edit in edits:
        for char in edit.text:
            try:
                char.encode(encoding)
            except UnicodeEncodeError:
                return char
    return None


def _edited(text: str, edits: list[RawEdit]) -> str:
    """``text`` with non-overlapping edits applied, in one pass (linear in its length)."""
    parts = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        parts.append(text[position : edit.start])
        parts.append(edit.text)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


def structure(document: Document, numbers: bool = True) -> tuple:
    """What a fix must leave as it is: every paragraph's kind, label, whether it opens
    with an opener and how many sub-paragraphs it has, and the other parts of the text.

    Openers themselves may change (a spelling fix, "calls on" to "calls upon"),
    and so may operative labels with ``numbers=False`` (unsafe fixes renumber)
    and the label of a lone operative paragraph, which says nothing (S105).
    """
    numbers = numbers and len(document.operative) > 1
    paragraphs = tuple(
        (
            p.kind,
            p.label if numbers or p.kind != "operative" else None,
            p.opener is not None,
            len(p.children),
        )
        for p in document.paragraphs()
    )
    return (
        paragraphs,
        document.formula is not None,
        document.closing is not None,
        len(document.footnotes),
        len(document.attachments),
        len(document.problems),
    )


def _overlaps(a: RawEdit, b: RawEdit) -> bool:
    """Two edits touch the same text; an insertion conflicts with anything at its point."""
    if a.start == a.end or b.start == b.end:
        return a.start <= b.end and b.start <= a.end
    return a.start < b.end and b.start < a.end
