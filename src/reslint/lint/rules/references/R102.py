from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule
from reslint.lint.rules.references.citations import citations

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class FirstMentionWithoutDate(Rule):
    """The first mention of a General Assembly resolution gives its date.

    ## What it does
    Reports the first citation of a resolution by number ("resolution
    64/293") or by symbol ("A/RES/64/293") that does not give its date;
    later mentions may drop it.

    ## Why
    The date lets the reader place the resolution without a lookup; the
    Editorial Manual asks for it at first mention.

    ## Example
    Recalling its resolution 64/293,

    ## Use instead
    Recalling its resolution 64/293 of 30 July 2010,

    ## Fix safety
    No fix: the date must come from the record.

    ## Source
    UN Editorial Manual, "Footnotes and other references".
    """

    code = "R102"
    slug = "first-mention-without-date"
    message = "First mention of a resolution without its date"
    level = "info"

    def check(self, node: Document, ctx: Context) -> None:
        seen: set[str] = set()
        for paragraph, citation in citations(node):
            # a symbol ("A/RES/60/288") is a first mention too: R101's fix turns it into
            # "resolution 60/288", which must not bring a finding the text did not have
            if citation.form not in ("short", "symbol") or citation.kind != "resolution":
                continue
            if citation.number not in seen and citation.date is None:
                ctx.report(
                    self,
                    citation.start,
                    citation.end,
                    f"{self.message}: {citation.number}",
                    node=paragraph.id,
                )
            seen.add(citation.number)
