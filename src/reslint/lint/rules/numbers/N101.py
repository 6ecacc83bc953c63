from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING, ClassVar

from reslint.lint.diagnostic import Edit, Fix
from reslint.lint.rule import Rule
from reslint.lint.rules.text import own_end

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph

MONTH = "|".join(calendar.month_name[1:])
US_DATE = re.compile(rf"\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
ORDINAL_DATE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)\s+(?:of\s+)?({MONTH}),?\s+(\d{{4}})\b")
COMMA_DATE = re.compile(rf"\b(\d{{1,2}})\s+({MONTH}),\s+(\d{{4}})\b")
# every date above names a month: most paragraphs name none, and one search for a month
# without the leading \b is 5 times faster than a scan of a date pattern
MONTH_NAME = re.compile(MONTH)


class DateFormat(Rule):
    """Dates are written "30 July 2010".

    ## What it does
    Reports dates written month first ("July 30, 2010"), with an ordinal
    ("30th July 2010") or with a comma before the year ("30 July, 2010").

    ## Why
    United Nations texts write the day, the month in full and the year,
    without ordinal or comma.

    ## Example
    adopted on July 30, 2010

    ## Use instead
    adopted on 30 July 2010

    ## Fix safety
    Safe: the same date is rewritten.

    ## Source
    UN Editorial Manual, "Numbers, dates and time".
    """

    code = "N101"
    slug = "date-format"
    message = "Date format"
    level = "warning"
    # SC texts of 1995-2018 break it (measured: tests/test_lint_corpus.py)
    levels: ClassVar[dict[str, str]] = {"security-council": "info"}
    nodes = ("preambular", "operative", "subparagraph")
    fixable = True

    def check(self, node: Paragraph, ctx: Context) -> None:
        start, end = node.text_start, own_end(node)
        if not MONTH_NAME.search(ctx.text, start, end):
            return
        for pattern, order in (
            (US_DATE, (2, 1, 3)),
            (ORDINAL_DATE, (1, 2, 3)),
            (COMMA_DATE, (1, 2, 3)),
        ):
            for match in pattern.finditer(ctx.text, start, end):
                day, month, year = (match.group(i) for i in order)
                right = f"{int(day)} {month} {year}"
                edit = Edit(match.start(), match.end(), right)
                ctx.report(
                    self,
                    match.start(),
                    match.end(),
                    f"{self.message}: write {right!r}",
                    fix=Fix((edit,)),
                    node=node.id,
                )
