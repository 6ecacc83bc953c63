from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule
from reslint.lint.rules.formatting.runs import formatted, opener_end, visible, word_runs

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph


class OpenerItalics(Rule):
    """The preambular opener and the operative verb phrase are in italics (Word files).

    ## What it does
    In a ``.docx``, checks that the opening words of every preambular
    paragraph ("Recalling", "Deeply concerned") and the verb phrase that
    opens every operative paragraph ("Decides", "Also requests", "Takes note
    with appreciation") are set in italics, directly or through a character
    or paragraph style.  Openers no lexicon knows are left to V101 and V103.
    Silent on plain text and PDF, which carry no formatting.

    ## Why
    UN resolutions print the preambular opener and the operative verb in
    italics: the reader finds the structure of a long text by them, and
    editors restore them in every draft that lacks them.

    ## Example
    Recalling its resolution 70/1 of 25 September 2015,  (opener in roman)

    ## Use instead
    *Recalling* its resolution 70/1 of 25 September 2015,

    ## Fix safety
    No fix: select the words in Word and set them in italics.

    ## Source
    UN Editorial Manual, "Resolutions and other formal decisions of United
    Nations organs" (italics for the opening words of preambular and
    operative paragraphs); DESIGN.md section 3, Formatting.
    """

    code = "W101"
    slug = "opener-italics"
    message = "Opening words not in italics"
    level = "warning"
    nodes = ("preambular", "operative")

    def check(self, node: Paragraph, ctx: Context) -> None:
        if not formatted(ctx):
            return
        end = opener_end(node, ctx)
        if end is None:
            return
        runs = word_runs(ctx, node.text_start, end)
        if not runs or all(run.italic for run in runs if visible(ctx, run)):
            return
        words = " ".join(ctx.text[node.text_start : end].split())
        what = "preambular opener" if node.kind == "preambular" else "operative verb"
        ctx.report(
            self, node.text_start, end, f"The {what} {words!r} is not in italics", node=node.id
        )
