from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class UnknownPreambularOpener(Rule):
    """A preambular paragraph opens with a phrase no lexicon lists.

    ## What it does
    Reports preambular paragraphs whose opener ("Recalling", "Deeply
    concerned") is not in the lexicon of preambular openers.

    ## Why
    A preambular paragraph opens with a participle or an adjective phrase;
    an unknown opener is a typo or an opener to add to the lexicon
    (``[lexicon.openers]`` in the configuration).

    ## Example
    Remembering its resolution 70/1,

    ## Use instead
    Recalling its resolution 70/1,

    ## Fix safety
    No fix.

    ## Source
    UN Editorial Manual; AMUN style handbook (preambulatory clauses).
    """

    code = "V102"
    slug = "unknown-preambular-opener"
    message = "Preambular paragraph opens with an unknown opener"
    level = "warning"
    needs_nlp = True

    def check(self, node: Document, ctx: Context) -> None:
        if not node.preambular:
            return
        by_id = {p.id: p for p in node.preambular}
        for result in ctx.classification.preambular:
            if result.function == "unknown":
                paragraph = by_id[result.id]
                word = result.found or ""
                ctx.report(
                    self,
                    paragraph.text_start,
                    paragraph.text_start + max(1, len(word)),
                    f"{self.message}: {word!r}",
                    node=paragraph.id,
                )
