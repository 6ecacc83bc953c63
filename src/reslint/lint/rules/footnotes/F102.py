from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Footnote


class FootnoteWithoutMarker(Rule):
    """Every footnote is referred to in the text.

    ## What it does
    Reports a footnote that no marker in the text refers to.

    ## Why
    A footnote nobody points at is left over from an edit, or its marker
    was lost (in pasted PDF text, a marker glued to a number may not be
    recognised: check the text at the place the footnote belongs).

    ## Example
    (footnote 4 printed, no marker 4 in the text)

    ## Use instead
    Put the marker back, or remove the footnote.

    ## Fix safety
    No fix.

    ## Source
    UN Editorial Manual, "Footnotes and other references".
    """

    code = "F102"
    slug = "footnote-without-marker"
    message = "Footnote without a marker in the text"
    level = "warning"
    levels: ClassVar[dict[str, str]] = {
        "general-assembly": "info",
        "security-council": "info",
    }  # measured
    nodes = ("footnote",)

    def check(self, node: Footnote, ctx: Context) -> None:
        if not node.refs:
            ctx.report(self, node.start, node.end, f"{self.message}: {node.label}")
