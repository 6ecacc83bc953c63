from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule
from reslint.lint.rules.references.citations import citations

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class DateOutsideSession(Rule):
    """A General Assembly resolution's date fits its session.

    ## What it does
    Checks that a resolution of regular session N is dated in the year 1945 +
    N or the next (resolution 64/293 falls in 2009 or 2010).  Emergency
    special ("ES-10/24") and special ("S-26/2") sessions are exempt.

    ## Why
    A date outside the session is a typo in the number or in the date.

    ## Example
    resolution 64/293 of 30 July 2012

    ## Use instead
    resolution 64/293 of 30 July 2010

    ## Fix safety
    No fix.

    ## Source
    UN Editorial Manual; the numbering of General Assembly sessions.
    """

    code = "R104"
    slug = "date-outside-session"
    message = "Resolution date does not fit its session"
    level = "error"

    def check(self, node: Document, ctx: Context) -> None:
        for paragraph, citation in citations(node):
            if citation.body != "general-assembly" or citation.form not in {"short", "symbol"}:
                continue
            session, year = citation.session, citation.year
            if not session or not session.isdigit() or not citation.date or not year:
                continue
            start = 1945 + int(session)
            if year not in (start, start + 1):
                ctx.report(
                    self,
                    citation.start,
                    citation.end,
                    f"{self.message}: session {session} sits in {start}-{start + 1}, not {year}",
                    node=paragraph.id,
                )
