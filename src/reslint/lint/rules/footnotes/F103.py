from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class FootnoteOrder(Rule):
    """Footnotes are numbered in the order their markers appear.

    ## What it does
    Reports a numbered footnote marker that first appears before a marker
    with a lower number.

    ## Why
    Footnotes run in reading order; an out-of-order number was left by a
    moved or inserted paragraph.

    ## Example
    ... Convention,[^3] ... Declaration,[^2]

    ## Use instead
    ... Convention,[^2] ... Declaration,[^3]

    ## Fix safety
    No fix: the footnotes must be renumbered with their texts.

    ## Source
    UN Editorial Manual, "Footnotes and other references".
    """

    code = "F103"
    slug = "footnote-order"
    message = "Footnote out of order"
    level = "warning"

    def check(self, node: Document, ctx: Context) -> None:
        # by the first marker only: a repeated footnote number gives two footnotes
        # whose markers start at the same offset, and footnotes do not compare
        firsts = sorted(
            (f for f in node.footnotes if f.refs and f.label.isdecimal()),
            key=lambda footnote: footnote.refs[0].start,
        )
        highest = 0
        for footnote in firsts:
            number = int(footnote.label)
            if number < highest:
                ref = footnote.refs[0]
                ctx.report(
                    self, ref.start, ref.end, f"{self.message}: {number} appears after {highest}"
                )
            highest = max(highest, number)
