from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule
from reslint.lint.rules.abbreviations.acronyms import ACRONYM, DEFINITION, body_texts, is_acronym

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class AbbreviationBeforeDefinition(Rule):
    """An abbreviation is used only after its full name was given with it.

    ## What it does
    Reports the first use of an abbreviation ("UNODC") that comes before the
    place where the text defines it ("the United Nations Office on Drugs and
    Crime (UNODC)").

    ## Why
    The reader meets the full name first, with the abbreviation in
    parentheses; from then on the abbreviation alone.

    ## Example
    Requests UNODC to assist States ... the United Nations Office on Drugs and
    Crime (UNODC) ...

    ## Use instead
    Requests the United Nations Office on Drugs and Crime (UNODC) to assist
    States ... UNODC ...

    ## Fix safety
    No fix: the full name has to be moved by hand.

    ## Source
    UN Correspondence Manual (abbreviations); UN Editorial Manual.
    """

    code = "A101"
    slug = "abbreviation-before-definition"
    message = "Abbreviation used before its definition"
    level = "warning"

    def check(self, node: Document, ctx: Context) -> None:
        spans = list(body_texts(node))
        defined_at: dict[str, int] = {}
        for _, start, end in spans:
            for match in DEFINITION.finditer(ctx.text, start, end):
                defined_at.setdefault(match.group(1), match.start())
        reported: set[str] = set()
        for paragraph, start, end in spans:
            for match in ACRONYM.finditer(ctx.text, start, end):
                word = match.group(1)
                if word in reported or not is_acronym(word) or word not in defined_at:
                    continue
                reported.add(word)
                if match.start() < defined_at[word] - 1:
                    ctx.report(
                        self,
                        match.start(1),
                        match.end(1),
                        f"{self.message}: {word}",
                        node=paragraph.id,
                    )
