from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.grammar.lines import opener_at, verb_after_aside
from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph


class ClauseKindMismatch(Rule):
    """A preambular paragraph that reads as operative, or an operative one that reads as preambular.

    ## What it does
    Reports a preambular paragraph that opens with an operative verb
    ("Requests ...") and a numbered operative paragraph that opens with a
    preambular participle ("1. Recalling ...").

    ## Why
    The two parts have different force: the preamble gives reasons, the
    operative part acts.  A mix-up usually means a lost or extra number, or
    the wrong verb form.

    ## Example
    Requests the Secretary-General to report,
    1. Recalling its resolution 70/1;

    ## Use instead
    Recalling its resolution 70/1,
    1. Requests the Secretary-General to report;

    ## Fix safety
    No fix: the drafter decides which part the paragraph belongs to.

    ## Source
    UN Editorial Manual, "Resolutions and other formal decisions of United
    Nations organs".
    """

    code = "V103"
    slug = "clause-kind-mismatch"
    message = "Paragraph reads as the other part of the resolution"
    level = "error"
    nodes = ("preambular", "operative")

    def check(self, node: Paragraph, ctx: Context) -> None:
        found = ctx.opener(node)
        if found is None:
            return
        kind = found[0]
        if node.kind == "preambular" and kind == "operative":
            message = "Preambular paragraph opens with an operative verb"
        elif node.kind == "operative" and kind == "preambular":
            if verb_after_aside(node.text, ctx.lexicon) or _verbs_in_items(node, ctx):
                return  # "10. Acting under Chapter VII of the Charter, authorizes ..."
            message = "Operative paragraph opens with a preambular opener"
        else:
            return
        ctx.report(
            self,
            node.text_start,
            node.text_start + len(node.opener or "x"),
            f"{message}: {node.opener!r}",
            node=node.id,
        )


def _verbs_in_items(paragraph: Paragraph, ctx: Context) -> bool:
    """ "15. Acting under Chapter VII of the Charter: (a) decides ...; (b) authorizes ...":
    the aside introduces items that carry the operative verbs (S/RES/1769 (2007))."""
    if not paragraph.children or not paragraph.text.rstrip().endswith(":"):
        return False
    first = paragraph.children[0].text
    found = opener_at(first[:1].upper() + first[1:], ctx.lexicon)
    return found is not None and found[0] == "operative"
