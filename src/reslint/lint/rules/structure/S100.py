from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context


class NoResolutionStructure(Rule):
    """The text holds no resolution structure: no formula, preamble or operative part.

    ## What it does
    Reports, once, at the top of the file, a text in which the parser finds
    no adopting-body formula and fewer than two paragraphs that open like a
    resolution's ("Recalling ...", "1. Decides ..."): a letter, a README, a
    resolution whose text was lost in extraction.  Nothing else is checked in
    such a text, so without this finding it would look clean.  A Markdown
    file gets it at ``info`` level: a repository's documentation is Markdown
    too.

    ## Why
    "All checks passed" must mean that the text was read as a resolution and
    passed; a file that could not be read as one must say so.

    ## Example
    This is a note about the weather.

    ## Use instead
    The General Assembly,

    Recalling its resolution 70/1,

    1. Decides to remain seized of the matter.

    ## Fix safety
    No fix.

    ## Source
    reslint.
    """

    code = "S100"
    slug = "no-resolution-structure"
    message = "No resolution structure found (no adopting body, preamble or operative part)"
    level = "error"
    nodes = ()

    def check(self, node: object, ctx: Context) -> None:  # reported by the runner
        return
