from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule
from reslint.lint.rules.references.citations import citations

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class InconsistentCitationDate(Rule):
    """The same resolution is cited with the same date everywhere.

    ## What it does
    Reports a resolution cited twice in one text with two different dates.

    ## Why
    One of the two dates is wrong.

    ## Example
    resolution 64/293 of 30 July 2010 ... resolution 64/293 of 31 July 2010

    ## Use instead
    resolution 64/293 of 30 July 2010 ... resolution 64/293 of 30 July 2010

    ## Fix safety
    No fix: which date is right must be checked.

    ## Source
    UN Editorial Manual, "Footnotes and other references".
    """

    code = "R103"
    slug = "inconsistent-citation-date"
    message = "Resolution cited with two different dates"
    level = "error"

    def check(self, node: Document, ctx: Context) -> None:
        first: dict[tuple[str, str | None], str] = {}
        for paragraph, citation in citations(node):
            if not citation.iso_date:
                continue
            key = (citation.number, citation.body)
            if key not in first:
                first[key] = citation.iso_date
            elif first[key] != citation.iso_date:
                ctx.report(
                    self,
                    citation.start,
                    citation.end,
                    f"{self.message}: {citation.number} is dated {citation.date} here, "
                    f"{first[key]} earlier",
                    node=paragraph.id,
                )
