from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reslint.lint.diagnostic import Edit, Fix
from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class LoneNumberedParagraph(Rule):
    """A resolution with a single operative paragraph does not number it.

    ## What it does
    Reports "1." before the only operative paragraph of a resolution.

    ## Why
    Numbers distinguish paragraphs; a lone operative paragraph follows the
    formula unnumbered ("The General Assembly, ... Takes note of ...").

    ## Example
    The Economic and Social Council,
    1. Takes note of the report.

    ## Use instead
    The Economic and Social Council,
    Takes note of the report.

    ## Fix safety
    Safe: the label is removed.

    ## Source
    UN Editorial Manual, "Paragraphs and subparagraphs".
    """

    code = "S105"
    slug = "lone-numbered-paragraph"
    message = "A lone operative paragraph is not numbered"
    level = "warning"
    fixable = True

    def check(self, node: Document, ctx: Context) -> None:
        if len(node.operative) != 1 or node.attachments:
            return
        paragraph = node.operative[0]
        if paragraph.number != "1":
            return
        label = re.match(r"1\s*\.\s*", ctx.text[paragraph.start : paragraph.text_start])
        if label:
            edit = Edit(paragraph.start, paragraph.start + label.end(), "")
            ctx.report(
                self,
                paragraph.start,
                paragraph.start + 2,
                fix=Fix((edit,), message="remove the number"),
                node=paragraph.id,
            )
