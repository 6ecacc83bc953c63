"""Word's automatic list numbers: the labels Word prints but the text does not hold.

Drafts often number operative paragraphs ("1.", "2.") and their items
("(a)", "(b)") with list numbering, so the numbers live in the numbering
definitions (``word/numbering.xml``), not in the paragraphs.  ``Numbering``
reads the definitions (abstract numbering, level formats, start values and
overrides) and counts the numbered paragraphs in document order, the way
Word does: each level has a counter per list, a level restarts when a
higher one advances, and ``lvlText`` ("%1.", "(%2)") is filled with the
counters formatted by each level's ``numFmt``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from docx.oxml.ns import qn

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def roman(number: int) -> str:
    """Lower-case roman numeral of a positive number."""
    parts = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        parts.append(letters * count)
    return "".join(parts)


def letters(number: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa..zzz."""
    repeat, index = divmod(number - 1, 26)
    return chr(ord("a") + index) * (repeat + 1)


def format_number(number: int, kind: str) -> str | None:
    """``number`` in the numFmt ``kind``; None for bullets and formats a label cannot show."""
    if kind in ("decimal", "decimalZero"):
        return f"{number:02d}" if kind == "decimalZero" and number < 10 else str(number)
    if kind == "lowerLetter":
        return letters(number)
    if kind == "upperLetter":
        return letters(number).upper()
    if kind == "lowerRoman":
        return roman(number)
    if kind == "upperRoman":
        return roman(number).upper()
    return None


@dataclass
class Level:
    """One level of a list definition."""

    start: int = 1
    kind: str = "decimal"  # numFmt
    text: str = "%1."  # lvlText
    restart: int | None = None  # lvlRestart: restart after this (1-based) level, 0 never
    suffix: str = "tab"  # what follows the label: tab, space or nothing


@dataclass
class _List:
    """A concrete list (``w:num``): its levels and their counters."""

    key: str  # the abstract numbering: lists sharing one continue each other's counts
    levels: dict[int, Level]
    counters: dict[int, int] = field(default_factory=dict)


def _val(element: Any, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else None


def _level(element: Any) -> Level:
    start = _val(element, "w:start")
    restart = _val(element, "w:lvlRestart")
    return Level(
        start=int(start) if start and start.lstrip("-").isdecimal() else 1,
        kind=_val(element, "w:numFmt") or "decimal",
        text=_val(element, "w:lvlText") or "",
        restart=int(restart) if restart and restart.isdecimal() else None,
        suffix=_val(element, "w:suff") or "tab",
    )


class Numbering:
    """The numbering definitions of one document, counting as paragraphs are read."""

    def __init__(self, numbering_element: Any | None) -> None:
        self._lists: dict[str, _List] = {}
        self._shared: dict[str, dict[int, int]] = {}  # abstract id -> counters
        if numbering_element is None:
            return
        abstract: dict[str, dict[int, Level]] = {}
        for element in numbering_element.iterchildren(qn("w:abstractNum")):
            levels = {
                int(lvl.get(qn("w:ilvl"), "0")): _level(lvl)
                for lvl in element.iterchildren(qn("w:lvl"))
            }
            abstract[element.get(qn("w:abstractNumId"), "")] = levels
        for element in numbering_element.iterchildren(qn("w:num")):
            key = _val(element, "w:abstractNumId") or ""
            levels = dict(abstract.get(key, {}))
            shared = True
            for override in element.iterchildren(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                redefined = override.find(qn("w:lvl"))
                if redefined is not None:
                    levels[ilvl] = _level(redefined)
                start = _val(override, "w:startOverride")
                if start and start.isdecimal():
                    levels[ilvl] = replace(levels.get(ilvl, Level()), start=int(start))
                shared = False  # an override starts a list of its own
            num_id = element.get(qn("w:numId"), "")
            self._lists[num_id] = _List(key if shared else f"num-{num_id}", levels)

    def label(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """The printed label of the next paragraph of list ``num_id`` at level ``ilvl``
        and what follows it (a space or nothing); None when it prints no text label."""
        found = self._lists.get(num_id)
        if found is None or num_id == "0" or ilvl not in found.levels:
            return None
        counters = self._shared.setdefault(found.key, {})
        level = found.levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [depth for depth in counters if depth > ilvl]:
            restart = found.levels.get(deeper, Level()).restart
            if restart is None or restart > ilvl:  # default: restart after any higher level
                del counters[deeper]
        text = level.text
        for depth in range(9):
            placeholder = f"%{depth + 1}"
            if placeholder not in text:
                continue
            shown_level = found.levels.get(depth, Level())
            value = counters.get(depth, shown_level.start)
            shown = format_number(value, shown_level.kind)
            if shown is None:
                return None
            text = text.replace(placeholder, shown)
        if not text.strip():
            return None
        return text, "" if level.suffix == "nothing" else " "
