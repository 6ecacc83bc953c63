from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph

ROMAN = [
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
    "xxi",
    "xxii",
    "xxiii",
    "xxiv",
    "xxv",
]


_DOTTED = re.compile(r"\d+\.\d+")


def _sequence(labels: list[str]) -> list[str]:
    """The labels a list that starts like ``labels`` should have."""
    first = labels[0]
    if first.isdecimal():
        return [str(n) for n in range(int(first), int(first) + len(labels))]
    if _DOTTED.fullmatch(first):  # "1.1", "1.2" under clause 1 (Model UN)
        clause, item = first.split(".")
        return [f"{clause}.{n}" for n in range(int(item), int(item) + len(labels))]
    if first in ROMAN and (len(labels) == 1 or labels[1] in ROMAN) and first in {"i", "1"}:
        return ROMAN[: len(labels)]
    letters = [chr(c) for c in range(ord("a"), ord("z") + 1)]
    letters += [c + c for c in letters]  # (aa), (bb) after (z)
    start = letters.index(first) if first in letters else 0
    return letters[start : start + len(labels)]


class SubparagraphLabels(Rule):
    """Sub-paragraph labels run (a), (b), (c) ... and (i), (ii), (iii) ... without gaps.

    ## What it does
    Checks that the labels of the sub-paragraphs of a paragraph follow one
    another: letters in alphabetical order, roman numerals in order, with no
    label skipped or repeated.

    ## Why
    Sub-paragraphs are cited as "paragraph 3 (b)"; a gap or repeat breaks
    those references and usually means an item was lost or duplicated.

    ## Example
    (a) ...;  (b) ...;  (d) ...

    ## Use instead
    (a) ...;  (b) ...;  (c) ...

    ## Fix safety
    No fix: which label is wrong needs a reader.

    ## Source
    UN Editorial Manual, "Paragraphs and subparagraphs".
    """

    code = "S104"
    slug = "subparagraph-labels"
    message = "Sub-paragraph labels out of sequence"
    level = "warning"
    levels: ClassVar[dict[str, str]] = {"security-council": "info"}  # measured
    nodes = ("preambular", "operative", "subparagraph")

    def check(self, node: Paragraph, ctx: Context) -> None:
        labels = [c.number for c in node.children if c.number]
        if len(labels) < 2:
            return
        for child, label, wanted in zip(node.children, labels, _sequence(labels), strict=False):
            if label != wanted:
                ctx.report(
                    self,
                    child.start,
                    child.start + len(child.label or label),
                    f"{self.message}: ({label}) where ({wanted}) was expected",
                    node=child.id,
                )
                return
