from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from reslint.lint.rule import Rule
from reslint.lint.rules.punctuation.marks import check_marks

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph


class SubparagraphEndMark(Rule):
    """Sub-paragraphs end with a semicolon (a comma under a preambular paragraph); the last
    one takes the paragraph's own mark.

    ## What it does
    Checks the end mark of every sub-paragraph but the last of its list: a
    semicolon under an operative paragraph, a comma under a preambular one.
    (The last one carries the paragraph's own mark, which P101 and P102
    check.)

    ## Why
    The sub-paragraphs are items of one sentence; semicolons separate them.
    A preambular paragraph is itself one comma-separated clause of the
    resolution's single sentence, so its items end with commas, as in the
    ninth preambular paragraph of A/RES/70/179.

    ## Example
    (a) To strengthen coordination.
    (b) To report to the Assembly;

    ## Use instead
    (a) To strengthen coordination;
    (b) To report to the Assembly;

    ## Fix safety
    Safe: the wrong mark is replaced by a semicolon.  A colon is replaced only
    with ``--unsafe-fixes``: it may announce a list the parser did not see as
    one.  An ellipsis keeps its dots.

    ## Source
    UN Editorial Manual, "Paragraphs and subparagraphs".
    """

    code = "P104"
    slug = "subparagraph-end-mark"
    message = "Wrong end mark for a sub-paragraph"
    level = "warning"
    levels: ClassVar[dict[str, str]] = {
        "security-council": "info"
    }  # measured: tests/test_lint_corpus.py
    nodes = ("preambular", "operative")
    fixable = True

    def check(self, node: Paragraph, ctx: Context) -> None:
        check_marks(self, ctx, node, {"sub"})
