from reslint.lint.rule import Rule
from reslint.lint.rules.punctuation.marks import check_marks


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
    nodes = ("preambular", "operative", "subparagraph")
    fixable = True
    options = {"strict": False}

    def check(self, node, ctx) -> None:
        if node.children:
            from reslint.lint.rules.punctuation.marks import Expected  # noqa: F401

            check_marks(self, ctx, node, {"chapeau"}) if node.level == 0 else self._nested(
                node, ctx
            )

    def _nested(self, node, ctx) -> None:
        from reslint.lint.rules.punctuation.marks import NAMES, end_mark
        from reslint.lint.rules.text import own_end

        mark, at = end_mark(ctx.text, node.text_start, own_end(node))
        if mark in {":", ""}:
            return
        from reslint.lint.diagnostic import Edit, Fix

        ctx.report(
            self,
            at,
            at + 1,
            f"{self.message}: ends with {NAMES[mark]}",
            fix=Fix((Edit(at, at + 1, ":"),), message="end with a colon"),
            node=node.id,
        )
