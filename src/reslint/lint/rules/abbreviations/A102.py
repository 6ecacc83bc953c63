from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from reslint.lint.rule import Rule
from reslint.lint.rules.abbreviations.acronyms import DEFINITION, body_texts, is_acronym

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class AbbreviationDefinedTwice(Rule):
    """An abbreviation is defined once.

    ## What it does
    Reports a second definition of the same abbreviation ("(UNODC)" after
    the full name, twice in one text).

    ## Why
    After its definition the abbreviation stands alone; a second definition
    is left over from moved paragraphs.

    ## Example
    the United Nations Office on Drugs and Crime (UNODC) ... the United
    Nations Office on Drugs and Crime (UNODC)

    ## Use instead
    the United Nations Office on Drugs and Crime (UNODC) ... UNODC

    ## Fix safety
    No fix.

    ## Source
    UN Correspondence Manual (abbreviations).
    """

    code = "A102"
    slug = "abbreviation-defined-twice"
    message = "Abbreviation defined a second time"
    level = "warning"
    # SC texts of 1995-2018 break it (measured: tests/test_lint_corpus.py)
    levels: ClassVar[dict[str, str]] = {"security-council": "info"}

    def check(self, node: Document, ctx: Context) -> None:
        seen: set[str] = set()
        for paragraph, start, end in body_texts(node):
            for match in DEFINITION.finditer(ctx.text, start, end):
                word = match.group(1)
                if not is_acronym(word):
                    continue  # "resolution 1514 (XV)": a session, not an abbreviation
                if word in seen:
                    ctx.report(
                        self,
                        match.start(1),
                        match.end(1),
                        f"{self.message}: {word}",
                        node=paragraph.id,
                    )
                seen.add(word)
