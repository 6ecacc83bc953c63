"""The stages put together for one source: read -> normalize -> parse -> lint, and fixes.

Each function takes the previous stage's result; nothing here reaches back.
Classification (annotate -> classify) starts from ``parse_source`` too, in
``batch.py``, because it needs the spaCy pipeline built once per process.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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


def fix_source(
    source: Source, settings: Settings, unsafe: bool = False
) -> tuple[Source, int, list[Diagnostic]]:
    """Lint, fix, and lint again until nothing applicable is left.

    Returns the fixed source (the original one when nothing changed), how
    many fixes were applied, and the findings that remain.
    """
    from dataclasses import replace

    from reslint.lint.fixes import apply_fixes

    applied = 0
    current = source
    for _ in range(MAX_FIX_PASSES):
        normalized, _document, diagnostics = lint_source(current, settings)
        text, count = apply_fixes(normalized, diagnostics, unsafe)
        if count == 0 or text == current.text:
            return current, applied, diagnostics
        applied += count
        current = replace(current, text=text, warnings=[], _line_starts=None)
    return current, applied, lint_source(current, settings)[2]
