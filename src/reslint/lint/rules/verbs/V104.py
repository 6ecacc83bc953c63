from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.grammar.lines import first_words
from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document, Paragraph


class RepeatedOpenerOrder(Rule):
    """A repeated opener takes "also", then "further".

    ## What it does
    Checks openers used more than once: the first stands alone, the second
    takes "also" and later ones "further" ("Recalling", "Recalling also",
    "Recalling further"; "Requests", "Also requests", "Further requests").
    Reports a repeat with no such word, and "further" before "also".

    ## Why
    The markers tell the reader the body is adding to what it already said;
    a bare repeat reads as a duplicate.

    ## Example
    Recalling its resolution 70/1,
    Recalling its resolution 71/2,

    ## Use instead
    Recalling its resolution 70/1,
    Recalling also its resolution 71/2,

    ## Fix safety
    No fix: where the modifier goes depends on the sentence.

    ## Source
    UN Editorial Manual; the adopted resolutions of the corpus.
    """

    code = "V104"
    slug = "repeated-opener-order"
    message = "Repeated opener"
    level = "info"

    def check(self, node: Document, ctx: Context) -> None:
        lexicon = ctx.lexicon
        for paragraphs, index in (
            (node.preambular, lexicon.preambular),
            (node.operative, lexicon.operative),
        ):
            seen: dict[str, str] = {}
            for paragraph in paragraphs:
                words = first_words(paragraph.text)
                found = lexicon.match_opener(words, index)
                if found is None:
                    continue
                marks = {m for m in found.modifiers if m in {"also", "further"}}
                key = found.phrase
                state = seen.get(key)
                if state is None:
                    seen[key] = "first"
                elif not marks:
                    self._report(
                        ctx, paragraph, f'{self.message} {key!r} without "also" or "further"'
                    )
                elif "further" in marks and state == "first":
                    self._report(ctx, paragraph, f'"further" before "also" for {key!r}')
                if marks:
                    seen[key] = "further" if "further" in marks else "also"

    def _report(self, ctx: Context, paragraph: Paragraph, message: str) -> None:
        ctx.report(
            self,
            paragraph.text_start,
            paragraph.text_start + len(paragraph.opener or "x"),
            message,
            node=paragraph.id,
        )
