from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from reslint.lint.rule import Rule
from reslint.lint.rules.punctuation.marks import check_marks, final_mark

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph


class OperativeEndMark(Rule):
    """An operative paragraph ends with a semicolon, the last one with a full stop.

    ## What it does
    Checks the end mark of every operative paragraph (of its last
    sub-paragraph, when it has some): a semicolon, except the last paragraph
    of the resolution (or of each part, A and B, that has its own formula),
    which ends with a full stop.

    ## Why
    The operative part continues the sentence the adopting body opened;
    its paragraphs are separated by semicolons and the sentence ends with
    the last one.

    ## Example
    1. Decides to remain seized of the matter;

    ## Use instead
    1. Decides to remain seized of the matter.

    ## Fix safety
    Safe: the wrong mark is replaced, or the right one added.  A colon is replaced only
    with ``--unsafe-fixes``: it may announce a list the parser did not see as
    one.  An ellipsis keeps its dots.

    ## Source
    UN Editorial Manual, "Resolutions and other formal decisions of United
    Nations organs".
    """

    code = "P102"
    slug = "operative-end-mark"
    message = "Operative paragraph end mark"
    level = "error"
    levels: ClassVar[dict[str, str]] = {
        "security-council": "info"
    }  # measured: tests/test_lint_corpus.py
    nodes = ("operative",)
    fixable = True

    def check(self, node: Paragraph, ctx: Context) -> None:
        final = final_mark(ctx, node)
        self.message = (
            "The last operative paragraph must end with a full stop"
            if final == "."
            else "Operative paragraph must end with a semicolon"
        )
        check_marks(self, ctx, node, {"own", "last-sub"})
