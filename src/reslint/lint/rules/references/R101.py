from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from reslint.lint.diagnostic import UNSAFE, Edit, Fix
from reslint.lint.rule import Rule
from reslint.lint.rules.references.citations import citations

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class ResolutionSymbolInText(Rule):
    """General Assembly resolutions are cited by number, not by document symbol.

    ## What it does
    Reports a resolution cited by its symbol in running text ("A/RES/61/171")
    instead of its number ("resolution 61/171").

    ## Why
    The General Assembly cites its resolutions by number; the symbol belongs
    to document references, not to the text of a resolution.

    ## Example
    Recalling A/RES/61/171,

    ## Use instead
    Recalling resolution 61/171,

    ## Fix safety
    Unsafe: the symbol becomes "resolution N"; check the sentence still reads.

    ## Source
    UN Editorial Manual, "Footnotes and other references".
    """

    code = "R101"
    slug = "resolution-symbol-in-text"
    message = "Resolution cited by its symbol: cite it by number"
    level = "warning"
    # SC texts of 1995-2018 break it (measured: tests/test_lint_corpus.py)
    levels: ClassVar[dict[str, str]] = {"security-council": "info"}
    fixable = True

    def check(self, node: Document, ctx: Context) -> None:
        for paragraph, citation in citations(node):
            if citation.form != "symbol" or citation.kind != "resolution":
                continue
            before = ctx.text[max(0, citation.start - 12) : citation.start]
            words = (
                citation.number
                if re.search(r"resolution\s*$", before)
                else (f"resolution {citation.number}")
            )
            fix = Fix((Edit(citation.start, citation.end, words),), UNSAFE, f"write {words!r}")
            ctx.report(
                self,
                citation.start,
                citation.end,
                f"{self.message}: {words!r}",
                fix=fix,
                node=paragraph.id,
            )
