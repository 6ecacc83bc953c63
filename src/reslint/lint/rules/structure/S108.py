from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.diagnostic import Edit, Fix
from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Formula


class FormulaComma(Rule):
    """The formula ends with a comma when a preamble follows it.

    ## What it does
    Checks that "The General Assembly" (or another body) is followed by a
    comma when preambular paragraphs come next.

    ## Why
    The formula is the subject of the sentence the preamble continues.

    ## Example
    The General Assembly
    Recalling its resolution 70/1,

    ## Use instead
    The General Assembly,
    Recalling its resolution 70/1,

    ## Fix safety
    Safe: a comma is added.

    ## Source
    UN Editorial Manual, "Resolutions and other formal decisions of United
    Nations organs".
    """

    code = "S108"
    slug = "formula-comma"
    message = "The formula must end with a comma before the preamble"
    level = "error"
    nodes = ("formula",)
    fixable = True

    def check(self, node: Formula, ctx: Context) -> None:
        if not ctx.document.preambular or node.text.rstrip().endswith(","):
            return
        end = node.start + len(node.text.rstrip(" :;."))
        edit = Edit(end, node.end, ",") if node.text.rstrip()[-1:] in ":;." else Edit(end, end, ",")
        ctx.report(self, node.start, end, fix=Fix((edit,), message="add the comma"))
