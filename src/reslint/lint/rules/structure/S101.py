from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class MissingFormula(Rule):
    """The adopting body's formula opens the body of the resolution.

    ## What it does
    Reports a resolution or draft whose preamble and operative part are not
    introduced by the adopting body ("The General Assembly,").

    ## Why
    Every paragraph of a resolution continues the sentence whose subject is
    the adopting body; without it the text does not say who decides.

    ## Example
    Recalling its resolution 70/1, ...
    1. Decides ...

    ## Use instead
    The General Assembly,
    Recalling its resolution 70/1, ...

    ## Fix safety
    No fix: the body cannot be guessed.

    ## Source
    UN Editorial Manual, "Resolutions and other formal decisions of United
    Nations organs"; AKN4UN preamble formula.
    """

    code = "S101"
    slug = "missing-formula"
    message = "No adopting-body formula before the paragraphs"
    level = "error"

    def check(self, node: Document, ctx: Context) -> None:
        if node.formula or node.kind == "amendment" or _has_part_formulas(node):
            return
        first = (node.preambular or node.operative or [None])[0]
        if first is not None:
            formulas = ctx.lexicon.bodies.get(ctx.profile.body, {}).get("formula", [])
            expected = f' ("{formulas[0]},")' if formulas else ""
            ctx.report(self, first.start, first.start + 1, self.message + expected, node=first.id)


def _has_part_formulas(document: Document) -> bool:
    return any(getattr(item, "formula", None) for item in document.main)
