from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reslint.lint.rule import Rule
from reslint.lint.rules.references.citations import citations
from reslint.normalize.notation import FOOTNOTE_MARKER

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
            if not session or not session.isdecimal() or not citation.date or not year:
                continue
            start = 1945 + int(session)
            if year not in (start, start + 1) and not _another_organ(node, ctx, citation.end):
                ctx.report(
                    self,
                    citation.start,
                    citation.end,
                    f"{self.message}: session {session} sits in {start}-{start + 1}, not {year}",
                    node=paragraph.id,
                )


_MARKER_AFTER = re.compile(rf"[^;\[]{{0,200}}?{FOOTNOTE_MARKER.pattern}")
_OTHER_SYMBOL = re.compile(r"(?!A/RES/)[A-Z]{2}[A-Za-z]*/[\w./-]+")  # "UNEP/EA.5/Res.14"


def _another_organ(document: Document, ctx: Context, end: int) -> bool:
    """The footnote after the citation gives the symbol of another organ's resolution
    ("resolutions 5/14 of 2 March 2022, entitled ...,[^7]" with "7 UNEP/EA.5/Res.14."):
    the text names the author only there."""
    marker = _MARKER_AFTER.match(ctx.text, end)
    if marker is None:
        return False
    texts = {footnote.label: footnote.text for footnote in document.footnotes}
    return bool(_OTHER_SYMBOL.match(texts.get(marker.group(1), "").strip()))
