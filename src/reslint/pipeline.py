"""The stages put together for one source: read -> normalize -> parse -> lint, and fixes.

Each function takes the previous stage's result; nothing here reaches back.
Classification (annotate -> classify) starts from ``parse_source`` too, in
``batch.py``, because it needs the spaCy pipeline built once per process.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from reslint.errors import InputError
from reslint.lexicon import load_lexicon
from reslint.model import Document
from reslint.normalize import Normalized, normalize
from reslint.parser import parse
from reslint.source import Source

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic
    from reslint.lint.settings import Settings


def normalize_source(source: Source) -> Normalized:
    return normalize(source, load_lexicon())


def parse_source(source: Source) -> Document:
    """Normalize and parse one source."""
    return parse(normalize_source(source), load_lexicon())


def lint_source(
    source: Source, settings: Settings
) -> tuple[Normalized, Document, list[Diagnostic]]:
    """Normalize, parse and lint one source."""
    from reslint.lint.engine import lint

    normalized = normalize_source(source)
    document = parse(normalized, load_lexicon())
    return normalized, document, lint(normalized, document, settings)


MAX_FIX_PASSES = 10  # a fix that keeps producing findings must not loop forever


@dataclass
class Fixed:
    """What fixing one source gave."""

    source: Source  # the fixed source (the original one when nothing changed)
    applied: int  # how many fixes were applied
    diagnostics: list[Diagnostic]  # the findings that remain
    notes: list[str] = field(default_factory=list)  # fixes left out, and why (one line each)


def fix_source(source: Source, settings: Settings, unsafe: bool = False) -> Fixed:
    """Lint, fix, and lint again until nothing applicable is left.

    A fix must not change what the text is: a pass whose fixes make the text
    parse to another structure (a paragraph more or less, a label read
    differently) keeps only the fixes that do not, found by halving, and the
    others are reported and offered no more.
    """
    from reslint.lint.fixes import apply_fixes, structure

    fixed = Fixed(source, 0, [])
    base, document, diagnostics = lint_source(source, settings)
    shape = structure(document, numbers=not unsafe)
    for _ in range(MAX_FIX_PASSES):
        result = apply_fixes(base, diagnostics, unsafe)
        fixed.notes.extend(note for note in result.skipped if note not in fixed.notes)
        if result.count == 0 or result.text == fixed.source.text:
            break
        candidate = _with_text(fixed.source, result.text)
        normalized, document, found = lint_source(candidate, settings)
        if structure(document, numbers=not unsafe) == shape:
            fixed.source, fixed.applied = candidate, fixed.applied + result.count
            base, diagnostics = normalized, found
            continue
        kept, refused = _keep_structure(base, result.taken, shape, unsafe)
        fixed.notes.extend(_refused(refused))
        if kept:
            result = apply_fixes(base, kept, unsafe)
            fixed.source = _with_text(fixed.source, result.text)
            fixed.applied += result.count
            diagnostics = lint_source(fixed.source, settings)[2]
        diagnostics = _without_fixes(diagnostics, refused)
        break  # the refused fixes would be found again: stop here
    fixed.diagnostics = diagnostics
    return fixed


def _with_text(source: Source, text: str) -> Source:
    return replace(source, text=text, warnings=[], _line_starts=None)


def _keep_structure(
    normalized: Normalized, taken: list[Diagnostic], shape: tuple, unsafe: bool
) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """(kept, refused): the fixes of ``taken`` that, applied together, keep ``shape``.

    Halving finds the few fixes that change the structure with a number of
    parses that grows with their count times the logarithm of the others.
    """
    from reslint.lint.fixes import apply_fixes, structure

    def keeps(fixes: list[Diagnostic]) -> bool:
        text = apply_fixes(normalized, fixes, unsafe).text
        try:
            document = parse(normalize_source(_with_text(normalized.source, text)))
        except InputError:
            return False
        return structure(document, numbers=not unsafe) == shape

    kept: list[Diagnostic] = []
    refused: list[Diagnostic] = []

    def search(pending: list[Diagnostic]) -> None:
        if not pending:
            return
        if keeps(kept + pending):
            kept.extend(pending)
        elif len(pending) == 1:
            refused.extend(pending)
        else:
            half = len(pending) // 2
            search(pending[:half])
            search(pending[half:])

    search(taken)
    return kept, refused


def _refused(refused: list[Diagnostic]) -> list[str]:
    return [
        f"line {d.line}: {d.code} not fixed: it would change how the text reads (its "
        "paragraphs or their labels)"
        for d in refused
    ]


def _without_fixes(diagnostics: list[Diagnostic], refused: list[Diagnostic]) -> list[Diagnostic]:
    """The findings, with no fix offered for those whose fix was refused."""
    keys = {(d.code, d.message, d.node) for d in refused}
    return [replace(d, fix=None) if (d.code, d.message, d.node) in keys else d for d in diagnostics]
