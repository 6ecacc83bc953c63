from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.grammar.lines import opener_at
from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class UnknownOperativeVerb(Rule):
    """An operative paragraph opens with a verb phrase no lexicon lists.

    ## What it does
    Reports operative paragraphs whose first words are not a known operative
    verb phrase ("Decides", "Calls upon", "Takes note with appreciation").

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
    needs_nlp = True

    def check(self, node: Document, ctx: Context) -> None:
        if not node.operative:
            return
        by_id = {p.id: p for p in node.operative}
        for result in ctx.classification.operative:
            if result.verb == "unknown":
                paragraph = by_id[result.id]
                if opener_at(paragraph.text, ctx.lexicon):
                    continue  # a preambular opener: V103 reports it
                word = result.found or ""
                ctx.report(
                    self,
                    paragraph.text_start,
                    paragraph.text_start + max(1, len(word)),
                    f"{self.message}: {word!r}",
                    node=paragraph.id,
                )
