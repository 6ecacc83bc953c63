from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from reslint.grammar.lines import first_words
from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document, Paragraph


_MARKERS = frozenset({"also", "further"})  # the two words this rule is about


class RepeatedOpenerOrder(Rule):
    """Repeated openers take "also" before "further".

    ## What it does
    Checks the markers of openers used more than once: "also" comes before
    "further" ("Recalling", "Recalling also", "Recalling further";
    "Requests", "Also requests", "Further requests").  Reports "further" on
    the second use of an opener, and "also" after "further".  A bare repeat
    is not reported: adopted resolutions repeat openers without a marker in
    most texts (118 of the 183 in the corpus).

    ## Why
    The markers tell the reader the body is adding to what it already said,
    in order.

    ## Example
    Recalling its resolution 70/1,
    Recalling further its resolution 71/2,
    Recalling also its resolution 72/3,

    ## Use instead
    Recalling its resolution 70/1,
    Recalling also its resolution 71/2,
    Recalling further its resolution 72/3,

    ## Fix safety
    No fix: the markers may have to move across several paragraphs.

    ## Source
    UN Editorial Manual; AMUN style handbook.  Adopted texts do not always
    follow it (33 of 183 corpus texts put "also" after "further"), so the
    General Assembly and Security Council profiles report it as info.
    """

    code = "V104"
    slug = "repeated-opener-order"
    message = "Repeated opener out of order"
    level = "warning"
    levels: ClassVar[dict[str, str]] = {
        "general-assembly": "info",
        "security-council": "info",
    }  # measured

    def check(self, node: Document, ctx: Context) -> None:
        lexicon = ctx.lexicon
        for paragraphs, index in (
            (node.preambular, lexicon.preambular),
            (node.operative, lexicon.operative),
        ):
            seen: dict[str, str] = {}  # opener -> the last marker used: "", "also", "further"
            for paragraph in paragraphs:
                # the opener's own modifiers, also after or inside it: "Recalling also",
                # "Taking also into account", "Noting further with appreciation"
                found = lexicon.match_opener(first_words(paragraph.text), index)
                if found is None:
                    continue
                marks = set(found.modifiers) & _MARKERS
                marker = "further" if "further" in marks else "also" if marks else ""
                last = seen.get(found.phrase)
                if last == "" and marker == "further":
                    self._report(ctx, paragraph, f'"further" before "also" for {found.phrase!r}')
                elif last == "further" and marker == "also":
                    self._report(ctx, paragraph, f'"also" after "further" for {found.phrase!r}')
                if last is None or marker:
                    seen[found.phrase] = marker

    def _report(self, ctx: Context, paragraph: Paragraph, message: str) -> None:
        ctx.report(
            self,
            paragraph.text_start,
            paragraph.text_start + len(paragraph.opener or "x"),
            message,
            node=paragraph.id,
        )
