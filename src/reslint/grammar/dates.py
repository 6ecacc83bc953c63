"""Dates as UN texts print them: "17 December 2015", "4 March" (year given later)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

_MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}

_MONTH = "|".join(_MONTHS)
# "17 December 2015" (UN style), and "December 17, 2015" (read, so that a citation
# keeps its date; the lint rule N101 reports the form)
DATE_PATTERN = re.compile(
    rf"\b(?:(?P<day>[0-3]?\d)[ \u00a0]+(?P<month>{_MONTH})"
    rf"(?:,?[ \u00a0]+(?P<year>(?:1[89]|20)\d\d))?"
    rf"|(?P<month2>{_MONTH})[ \u00a0]+(?P<day2>[0-3]?\d),?[ \u00a0]+(?P<year2>(?:1[89]|20)\d\d))\b"
)


@dataclass(frozen=True)
class Date:
    text: str
    day: int
    month: int
    year: int | None

    @property
    def iso(self) -> str | None:
        if self.year is None:
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def parse_date(text: str) -> Date | None:
    """The first date in ``text``; None when there is none or it is impossible."""
    for match in DATE_PATTERN.finditer(text):
        date = _date(match)
        if date:
            return date
    return None


def find_dates(text: str) -> list[tuple[int, int, Date]]:
    """Every valid date in ``text`` with its span."""
    found = []
    for match in DATE_PATTERN.finditer(text):
        date = _date(match)
        if date:
            found.append((match.start(), match.end(), date))
    return found


def _date(match: re.Match[str]) -> Date | None:
    day = int(match.group("day") or match.group("day2"))
    month = _MONTHS[match.group("month") or match.group("month2")]
    found_year = match.group("year") or match.group("year2")
    year = int(found_year) if found_year else None
    limit = calendar.monthrange(year or 2000, month)[1]
    if not 1 <= day <= limit:
        return None
    return Date(match.group(0), day, month, year)
