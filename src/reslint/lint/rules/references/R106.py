from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule
from reslint.lint.rules.references.crossrefs import NUMBER, PARAGRAPH_REFERENCE
from reslint.lint.rules.text import own_end

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document, Paragraph


class DanglingParagraphReference(Rule):
    """ "paragraph N above" points at a paragraph that exists.

    ## What it does
    Checks every "paragraph N above", "paragraph N below" and "paragraph N
    of the present resolution": paragraph N must be one of the operative
    paragraphs of the text.

    ## Why
    A reference to a paragraph that is not there is left over from a
    renumbering or a deleted paragraph, and misleads the reader.

    ## Example
    (in a text of 18 paragraphs) ... as set out in paragraph 25 above;

    ## Use instead
    ... as set out in paragraph 15 above;

    ## Fix safety
    No fix; S103's renumbering fix updates references it can map.

    ## Source
    UN Editorial Manual, "Footnotes and other references".
    """

    code = "R106"
    slug = "dangling-paragraph-reference"
    message = "Reference to a paragraph that does not exist"
    level = "error"
    nodes = ("preambular", "operative", "subparagraph")

    def check(self, node: Paragraph, ctx: Context) -> None:
        numbers = ctx.cached("operative-numbers", lambda: _numbers(ctx.document))
        if not numbers:
            return
        own = ctx.text[node.text_start : own_end(node)]
        for match in PARAGRAPH_REFERENCE.finditer(own):
            for number in NUMBER.finditer(match.group(1)):
                if number.group(0) not in numbers:
                    start = node.text_start + match.start(1) + number.start()
                    ctx.report(
                        self,
                        start,
                        start + len(number.group(0)),
                        f"{self.message}: paragraph {number.group(0)}",
                        node=node.id,
                    )


def _numbers(document: Document) -> set[str]:
    """The printed numbers of the operative paragraphs (once per document, not per node)."""
    return {p.number for p in document.operative if p.number}
