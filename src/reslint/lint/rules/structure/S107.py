from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class MissingClosing(Rule):
    """An adopted General Assembly resolution ends with its plenary meeting and date.

    ## What it does
    Reports an adopted General Assembly resolution without the closing line
    ("80th plenary meeting / 17 December 2015").

    ## Why
    The closing records where and when the text was adopted; it is part of
    every adopted General Assembly resolution.

    ## Example
    3. Decides to remain seized of the matter.
    (end of text)

    ## Use instead
    3. Decides to remain seized of the matter.
    80th plenary meeting
    17 December 2015

    ## Fix safety
    No fix: the meeting and date must come from the record.

    ## Source
    UN Editorial Manual, "Resolutions and other formal decisions of United
    Nations organs"; the adopted resolutions of the corpus.
    """

    code = "S107"
    slug = "missing-closing"
    message = "Adopted resolution without its closing line (plenary meeting and date)"
    level = "warning"
    bodies = ("general-assembly",)
    kinds = ("adopted",)

    def check(self, node: Document, ctx: Context) -> None:
        if node.closing is None and node.operative:
            last = node.operative[-1]
            ctx.report(self, last.end - 1, last.end, node=last.id)
