from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from reslint.lint.rule import Option, Rule
from reslint.lint.rules.punctuation.marks import check_marks

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph


class ColonBeforeSubparagraphs(Rule):
    """A paragraph that introduces sub-paragraphs ends its own text with a colon.

    ## What it does
    Checks that the text of a paragraph before its sub-paragraphs (a), (b)
    ends with a colon.  Older texts that run straight into the list without
    a mark are accepted unless the option ``strict`` is set.

    ## Why
    The colon announces the list; a semicolon or full stop there cuts the
    sentence in two.

    ## Example
    2. Requests the Secretary-General;
    (a) To report ...

    ## Use instead
    2. Requests the Secretary-General:
    (a) To report ...

    ## Fix safety
    Safe: the wrong mark is replaced by a colon.

    ## Options
    ``strict = true`` also reports a lead-in that has no mark at all.

    ## Source
    UN Editorial Manual, "Paragraphs and subparagraphs".
    """

    code = "P103"
    slug = "colon-before-subparagraphs"
    message = "The text before sub-paragraphs must end with a colon"
    level = "warning"
    nodes = ("preambular", "operative")
    fixable = True
    levels: ClassVar[dict[str, str]] = {"security-council": "info"}  # measured
    options: ClassVar[dict[str, Option]] = {
        "strict": Option(False, "also report a lead-in that has no mark at all")
    }

    def check(self, node: Paragraph, ctx: Context) -> None:
        if node.children and node.level == 0:  # the nested chapeaux come with their paragraph
            check_marks(self, ctx, node, {"chapeau"})
