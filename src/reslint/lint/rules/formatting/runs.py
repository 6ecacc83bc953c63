"""What the formatting rules share: the Word runs behind a paragraph, in clean-text offsets.

Only a ``.docx`` carries formatting; for every other source these helpers
return nothing, so the rules are silent on plain text and PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from reslint.grammar.lines import opener_at
from reslint.lexicon import WORD
from reslint.readers.sources import DocxSource

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph


@dataclass(frozen=True)
class Emphasis:
    """A stretch of clean text in one run: ``[start, end)``, italic and/or bold."""

    start: int
    end: int
    italic: bool
    bold: bool


def formatted(ctx: Context) -> bool:
    """The source carries formatting (a Word file): the rules have something to check."""
    return isinstance(ctx.normalized.source, DocxSource)


def word_runs(ctx: Context, start: int, end: int) -> list[Emphasis] | None:
    """The Word runs of clean text ``[start, end)``; None when the source is not Word."""
    source = ctx.normalized.source
    if not isinstance(source, DocxSource):
        return None
    mapped = ctx.normalized.mapped
    raw_start, raw_end = mapped.raw_span(start, end)
    found = []
    for run in source.styled(raw_start, raw_end):
        clean_start, clean_end = mapped.from_raw(run.start), mapped.from_raw(run.end - 1)
        if clean_start is not None and clean_end is not None:
            found.append(Emphasis(clean_start, clean_end + 1, run.italic, run.bold))
    return found


def opener_end(paragraph: Paragraph, ctx: Context) -> int | None:
    """Clean offset just after the opener the lexicon knows ("Also requests"), or None."""
    found = opener_at(paragraph.text, ctx.lexicon)
    if found is None:
        return None
    count = found[1].words
    last = next(islice(WORD.finditer(paragraph.text), count - 1, None), None) if count else None
    return None if last is None else paragraph.text_start + last.end()


def visible(ctx: Context, item: Emphasis) -> bool:
    """The stretch holds a letter or digit (formatting on spaces and marks shows nothing)."""
    return any(char.isalnum() for char in ctx.text[item.start : item.end])
