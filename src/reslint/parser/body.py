"""The body of a normalized text as a list of paragraphs, and where each one is.

After normalization every paragraph of the body is one line of the clean text
and every footnote text a ``[^N]: text`` line at the end.  This module cuts
the body into those lines (``BodyLine``), separates the footnote lines, splits
the adopting-body formula off the first paragraph when both share a line, and
locates clean-text spans in the user's original file (``Locator``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reslint.grammar import alphabet as letters
from reslint.grammar.lines import formula_at
from reslint.lexicon import Lexicon
from reslint.model import Formula
from reslint.normalize import Normalized
from reslint.normalize.notation import FOOTNOTE_DEFINITION


@dataclass(frozen=True)
class BodyLine:
    """One paragraph of the normalized body: a non-blank line of the clean text.

    ``letter`` is preset only where the line's type is known before typing:
    the formula, and the lone operative paragraph that shares its line
    ("The General Assembly approves ...").
    """

    start: int
    end: int
    text: str
    letter: str | None = None


class Locator:
    """Where a clean-text span is in the original file, as the model's location fields."""

    def __init__(self, normalized: Normalized) -> None:
        self.normalized = normalized

    def __call__(self, start: int, end: int) -> dict[str, int]:
        line, column = self.normalized.position(start)
        return {"start": start, "end": end, "line": line, "column": column}


def split_body(text: str, start: int) -> tuple[list[BodyLine], list[BodyLine]]:
    """Body paragraphs and footnote texts: the non-blank lines of ``text`` from ``start``."""
    paragraphs: list[BodyLine] = []
    footnotes: list[BodyLine] = []
    offset = start
    for line in text[start:].split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            found = BodyLine(offset + lead, offset + lead + len(stripped), stripped)
            (footnotes if FOOTNOTE_DEFINITION.match(stripped) else paragraphs).append(found)
        offset += len(line) + 1
    return paragraphs, footnotes


def split_formula(
    lines: list[BodyLine], lexicon: Lexicon, locate: Locator
) -> tuple[Formula | None, list[BodyLine]]:
    """The formula among the first three lines, and the lines with the formula's own.

    "The General Assembly approves ..." is a formula and a lone operative
    paragraph on one line: it becomes two lines.
    """
    for index, line in enumerate(lines[:3]):
        found = formula_at(line.text, lexicon)
        if not found:
            continue
        body, length = found
        formula_text = line.text[:length].strip()
        formula = Formula(**locate(line.start, line.start + length), text=formula_text, body=body)
        rest = line.text[length:]
        head = replace(line, letter=letters.FORMULA)
        if not rest.strip():
            return formula, [*lines[:index], head, *lines[index + 1 :]]
        lead = length + len(rest) - len(rest.lstrip())
        tail = BodyLine(line.start + lead, line.end, rest.strip(), letters.UNNUMBERED)
        head = replace(head, end=line.start + length, text=formula_text)
        return formula, [*lines[:index], head, tail, *lines[index + 1 :]]
    return None, lines
