from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class StrayText(Rule):
    """Text that fits nowhere in the structure of a resolution.

    ## What it does
    Reports text the parser could not place: after the closing line but
    outside any annex, or a sub-paragraph cut off from its paragraph.

    ## Why
    Stray text is usually a leftover of copying (a page header, a note, a
    paragraph pasted in the wrong place) and would be printed as such.

    ## Example
    80th plenary meeting
    17 December 2015
    Please see the attached note.

    ## Use instead
    Remove the text, or put it in an annex with an "Annex" heading.

    ## Fix safety
    No fix.

    ## Source
    UN Editorial Manual; AKN4UN document structure.
    """

    code = "S106"
    slug = "stray-text"
    message = "Text outside the structure of the resolution"
    level = "warning"

    def check(self, node: Document, ctx: Context) -> None:
        for problem in node.problems:
            if problem.code in {"stray-text", "detached-subparagraph"}:
                ctx.report(self, problem.start, problem.end, problem.message)
