from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from reslint.lint.rule import Rule
from reslint.lint.rules.punctuation.marks import check_marks

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph


class PreambularEndMark(Rule):
    """A preambular paragraph ends with a comma.

    ## What it does
    Checks that every preambular paragraph ends with a comma (its last
    sub-paragraph, when it has some).

    ## Why
    The preamble is one long sentence whose subject is the adopting body:
    each preambular paragraph is a clause of it and ends with a comma.

    ## Example
    Recalling its resolution 70/1 of 25 September 2015;

    ## Use instead
    Recalling its resolution 70/1 of 25 September 2015,

    ## Fix safety
    Safe: the wrong mark is replaced, or a comma is added.  A colon is replaced only
    with ``--unsafe-fixes``: it may announce a list the parser did not see as
    one.  An ellipsis keeps its dots.

    ## Source
    UN Editorial Manual, "Resolutions and other formal decisions of United
    Nations organs"; AMUN style handbook.
    """

    code = "P101"
    slug = "preambular-end-mark"
    message = "Preambular paragraph must end with a comma"
    level = "error"
    levels: ClassVar[dict[str, str]] = {
        "security-council": "info"
    }  # measured: tests/test_lint_corpus.py
    nodes = ("preambular",)
    fixable = True

    def check(self, node: Paragraph, ctx: Context) -> None:
        check_marks(self, ctx, node, {"own", "last-sub"})
