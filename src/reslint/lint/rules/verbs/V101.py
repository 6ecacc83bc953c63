from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.grammar.lines import opening_words_known
from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph


class UnknownOperativeVerb(Rule):
    """An operative paragraph opens with a verb phrase no lexicon lists.

    ## What it does
    Reports operative paragraphs whose first word (after modifiers such as
    "Also", "Strongly") begins no verb phrase of the operative lexicon
    ("Decides", "Calls upon", "Takes note with appreciation").  An opening
    aside before the verb ("Acting under Chapter VII of the Charter,
    authorizes ...") and provisions ("The Fund shall be established ...")
    pass.

    ## Why
    An operative paragraph opens with a present-tense verb; an unknown
    opener is a typo, a missing verb, or a verb to add to the lexicon with
    its strength (``[lexicon.verbs]`` in the configuration).

    ## Example
    3. Acclaims the work of the Committee;

    ## Use instead
    3. Commends the work of the Committee;

    ## Fix safety
    No fix.

    ## Source
    UN Editorial Manual; AMUN style handbook (operative clauses).
    """

    code = "V101"
    slug = "unknown-operative-verb"
    message = "Operative paragraph opens with an unknown verb"
    level = "warning"
    nodes = ("operative",)

    def check(self, node: Paragraph, ctx: Context) -> None:
        lexicon = ctx.lexicon
        if opening_words_known(node.text, lexicon, "operative") or ctx.opener(node):
            return  # known, or a preambular opener (V103 reports that)
        ctx.report_first_word(self, node, self.message)
