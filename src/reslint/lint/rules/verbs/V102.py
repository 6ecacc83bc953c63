from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.grammar.lines import opening_words_known
from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph


class UnknownPreambularOpener(Rule):
    """A preambular paragraph opens with a phrase no lexicon lists.

    ## What it does
    Reports preambular paragraphs whose first word (after modifiers such as
    "Deeply") begins no opener of the lexicon of preambular openers
    ("Expressing gravest concern" begins like "Expressing concern" and
    passes; "Remembering" does not).

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
    nodes = ("preambular",)

    def check(self, node: Paragraph, ctx: Context) -> None:
        if not opening_words_known(node.text, ctx.lexicon, "preambular"):
            ctx.report_first_word(self, node, self.message)
