from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule
from reslint.normalize.notation import FOOTNOTE_MARKER

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class MarkerWithoutFootnote(Rule):
    """Every footnote marker has its footnote text.

    ## What it does
    Reports a footnote marker whose footnote text is missing.

    ## Why
    A marker without a footnote promises a reference that is not there.

    ## Example
    Recalling the Convention,[^3]   (and no footnote 3)

    ## Use instead
    Add footnote 3, or remove the marker.

    ## Fix safety
    No fix.

    ## Source
    UN Editorial Manual, "Footnotes and other references".
    """

    code = "F101"
    slug = "marker-without-footnote"
    message = "Footnote marker without a footnote"
    level = "error"

    def check(self, node: Document, ctx: Context) -> None:
        labels = {f.label for f in node.footnotes}
        end = node.footnotes[0].start if node.footnotes else len(ctx.text)
        for match in FOOTNOTE_MARKER.finditer(ctx.text, 0, end):
            if match.group(1) not in labels:
                ctx.report(self, match.start(), match.end(), f"{self.message}: {match.group(1)}")
