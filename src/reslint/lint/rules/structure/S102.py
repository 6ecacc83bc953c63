from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class MisplacedPreambular(Rule):
    """Preambular paragraphs come before the operative part.

    ## What it does
    Reports a preambular paragraph (an opener such as "Recalling" or "Deeply
    concerned") that stands among the operative paragraphs.

    ## Why
    The order of a resolution is fixed: formula, preamble, operative part.
    A preambular paragraph after an operative one usually lost its number or
    was moved by mistake.

    ## Example
    1. Decides ...;
    Recalling its resolution 70/1,
    2. Requests ...

    ## Use instead
    Recalling its resolution 70/1,
    1. Decides ...;
    2. Requests ...

    ## Fix safety
    No fix: moving a paragraph is the drafter's decision.

    ## Source
    UN Editorial Manual, "Resolutions and other formal decisions of United
    Nations organs".
    """

    code = "S102"
    slug = "misplaced-preambular"
    message = "Preambular paragraph among the operative paragraphs"
    level = "error"

    def check(self, node: Document, ctx: Context) -> None:
        for problem in node.problems:
            if problem.code == "misplaced-preambular":
                ctx.report(self, problem.start, problem.end)
