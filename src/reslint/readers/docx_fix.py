"""``reslint lint --fix`` on a .docx: text fixes written into the runs, formatting kept.

A fix is an edit of the text reslint read (``readers.docx``); each edit is
cut down to the characters that really change ("Calls on" -> "Calls upon"
inserts "up") and written into the one ``w:t`` that holds them, so the run
keeps its italics, bold and style.  An edit that would span two runs, or
touch a list number or footnote marker Word prints but the text does not
hold, or text inside a footnote, is not made: the user is told where and
why, and fixes it in Word.

As for text files, fixing repeats until nothing applicable is left, with a
hard limit.  The file is replaced only by a copy that was saved next to it
and read back whole (``save_docx``), so a failure never leaves a damaged
file.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reslint.errors import InputError
from reslint.lint.fixes import applicable, raw_edits
from reslint.readers.docx import Extract, Piece, extract, open_document

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic
    from reslint.lint.settings import Settings
    from reslint.normalize import Normalized
    from reslint.readers.sources import DocxSource

MAX_FIX_PASSES = 10


@dataclass(frozen=True)
class RunEdit:
    """Replace ``[start, end)`` of the text of ``element`` (a ``w:t``) with ``text``."""

    element: Any
    start: int
    end: int
    text: str
    span: tuple[int, int]  # the edit in the extracted text, to tell overlaps


@dataclass
class FixedDocument:
    """A fixed document in memory, what was fixed, and what could not be."""

    document: Any
    source: DocxSource  # what the fixed document reads
    applied: int
    diagnostics: list[Diagnostic]
    refused: list[str] = field(default_factory=list)  # one line each, for the user


def fix_docx(source: DocxSource, settings: Settings, unsafe: bool = False) -> FixedDocument:
    """Lint the .docx of ``source``, apply the fixes that fit in runs, lint again."""
    from reslint.pipeline import lint_source

    document = open_document(source.path)
    applied = 0
    refused: dict[tuple[str, int, str], str] = {}
    for _ in range(MAX_FIX_PASSES):
        current = extract(document, source.path)
        normalized, _, diagnostics = lint_source(current.source, settings)
        edits, count = _plan(current, normalized, diagnostics, unsafe, refused)
        if not edits:
            break
        _apply(edits)
        applied += count
    current = extract(document, source.path)
    diagnostics = lint_source(current.source, settings)[2]
    return FixedDocument(document, current.source, applied, diagnostics, list(refused.values()))


def _plan(
    current: Extract,
    normalized: Normalized,
    diagnostics: list[Diagnostic],
    unsafe: bool,
    refused: dict[tuple[str, int, str], str],
) -> tuple[list[RunEdit], int]:
    """The run edits of every applicable fix that fits, and how many fixes they make."""
    taken: list[RunEdit] = []
    count = 0
    for diagnostic in diagnostics:
        if not applicable(diagnostic, unsafe):
            continue
        assert diagnostic.fix is not None
        mapped = raw_edits(normalized, diagnostic.fix.edits)
        edits = None if mapped is None else _run_edits(current, mapped)
        if isinstance(edits, str) or edits is None:
            why = edits or "it touches text the document does not hold as typed"
            where = diagnostic.place.describe() if diagnostic.place else f"line {diagnostic.line}"
            key = (diagnostic.code, diagnostic.line, diagnostic.message)  # once, not per pass
            refused[key] = f"{where}: {diagnostic.code} not fixed: {why}; fix it in Word"
            continue
        if any(_overlaps(edit.span, other.span) for edit in edits for other in taken):
            continue  # the next pass
        taken.extend(edits)
        count += 1
    return taken, count


def _run_edits(current: Extract, edits: list[Any]) -> list[RunEdit] | str:
    """The edits as edits of ``w:t`` texts, or why they cannot be made."""
    text = current.source.text
    result = []
    for edit in edits:
        start, end, new = _trimmed(text, edit.start, edit.end, edit.text)
        if start == end and not new:
            continue
        piece = _holder(current.pieces, start, end)
        if piece is None:
            return _why_not(current.pieces, start, end)
        result.append(
            RunEdit(piece.element, start - piece.start, end - piece.start, new, (start, end))
        )
    return result


def _trimmed(text: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """The edit without the characters it leaves as they are, at either end."""
    old = text[start:end]
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < min(len(old), len(new)) - prefix
        and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]
    ):
        suffix += 1
    return start + prefix, end - suffix, new[prefix : len(new) - suffix]


def _holder(pieces: list[Piece], start: int, end: int) -> Piece | None:
    """The editable piece that holds ``[start, end)``; an insertion goes into the piece
    before the point (it takes that run's formatting), else the one after it."""
    if start == end:
        before = next((p for p in pieces if p.start < start <= p.end and p.editable), None)
        return before or next((p for p in pieces if p.start == start and p.editable), None)
    return next((p for p in pieces if p.start <= start and end <= p.end and p.editable), None)


def _why_not(pieces: list[Piece], start: int, end: int) -> str:
    """Why no run holds ``[start, end)``: what Word prints there without holding it as
    text, or a formatting change inside the span."""
    touched = [p for p in pieces if p.start < max(end, start + 1) and p.end > start]
    if any(p.footnote is not None for p in touched):
        return "the fix is inside a footnote"
    kinds = {p.kind for p in touched}
    if "label" in kinds:
        return "it changes a list number Word prints (change the numbering in Word)"
    if "marker" in kinds:
        return "it touches a footnote reference"
    return "the fix would cross formatting runs"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] == a[1] or b[0] == b[1]:
        return a[0] <= b[1] and b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


def _apply(edits: list[RunEdit]) -> None:
    """Write the edits into their ``w:t`` elements, the last ones of each element first."""
    for edit in sorted(edits, key=lambda e: (id(e.element), e.start), reverse=True):
        old = edit.element.text or ""
        set_text(edit.element, old[: edit.start] + edit.text + old[edit.end :])


def set_text(element: Any, text: str) -> None:
    """Set a ``w:t``'s text; spaces at its ends are kept only with ``xml:space``."""
    element.text = text
    if text != text.strip():
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def save_docx(document: Any, path: str | Path) -> None:
    """Save over ``path`` safely: into a temporary file in the same folder, read it back
    whole, then rename it over the original (an atomic replacement)."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    os.close(handle)
    try:
        document.save(temporary)
        extract(open_document(temporary), temporary)  # it opens and reads, or raises
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except (OSError, InputError) as exc:
        Path(temporary).unlink(missing_ok=True)
        reason = exc.message if isinstance(exc, InputError) else exc.strerror or str(exc)
        raise InputError(str(path), f"cannot write the Word file: {reason}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The permissions of the file replaced, or those a new file gets (the umask's)."""
    if target.exists():
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
