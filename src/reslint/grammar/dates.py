"""Dates as UN texts print them: "17 December 2015", "4 March" (year given later)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

_MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}

DATE_PATTERN = re.compile(
    r"\b([0-3]?\d)[ \u00a0]+(" + "|".join(_MONTHS) + r")(?:,?[ \u00a0]+((?:1[89]|20)\d\d))?\b"
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
    day, month = int(match.group(1)), _MONTHS[match.group(2)]
    year = int(match.group(3)) if match.group(3) else None
    limit = calendar.monthrange(year or 2000, month)[1]
    if not 1 <= day <= limit:
        return None
    return Date(match.group(0), day, month, year)
