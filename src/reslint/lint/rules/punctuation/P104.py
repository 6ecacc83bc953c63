from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from reslint.lint.rule import Rule
from reslint.lint.rules.punctuation.marks import check_marks

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph


class SubparagraphEndMark(Rule):
    """Sub-paragraphs end with a semicolon; the last one takes the paragraph's own mark.

    ## What it does
    Checks the end mark of every sub-paragraph but the last of its list: a
    semicolon.  (The last one carries the paragraph's own mark, which P101
    and P102 check.)

    ## Why
    The sub-paragraphs are items of one sentence; semicolons separate them.

    ## Example
    (a) To strengthen coordination.
    (b) To report to the Assembly;

    ## Use instead
    (a) To strengthen coordination;
    (b) To report to the Assembly;

    ## Fix safety
    Safe: the wrong mark is replaced by a semicolon.

    ## Source
    UN Editorial Manual, "Paragraphs and subparagraphs".
    """

    code = "P104"
    slug = "subparagraph-end-mark"
    message = "Sub-paragraph must end with a semicolon"
    level = "warning"
    levels: ClassVar[dict[str, str]] = {
        "security-council": "info"
    }  # measured: tests/test_lint_corpus.py
    nodes = ("preambular", "operative")
    fixable = True

    def check(self, node: Paragraph, ctx: Context) -> None:
        check_marks(self, ctx, node, {"sub"})
