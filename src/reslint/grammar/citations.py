"""Citations of resolutions, decisions and documents in running text.

    resolution 64/293 of 30 July 2010
    resolutions 61/180 of 20 December 2006 and 64/178 of 18 December 2009
    Security Council resolution 1757 (2007)
    resolution 2758 (XXVI), resolution 217 A (III), decision 70/543
    A/RES/61/171 (a resolution cited by symbol), A/79/467 (a document)

A regular expression finds where a citation may start ("resolution",
"decisions" followed by a number); the pyparsing grammar then reads the
whole list with its dates from there.  Running the grammar only at those
anchors keeps it off the 99 % of the text that cites nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyparsing as pp

from reslint.grammar.dates import DATE_PATTERN, parse_date
from reslint.grammar.lines import SYMBOL

_MARKER = pp.Suppress(pp.Opt(pp.Regex(r"\[\^[^\]\s]+\]")))
_SESSION_NUMBER = pp.Regex(r"(?:ES-|S-)?\d{1,3}/\d{1,4}(?:\s[A-Z](?![\w/]))?(?!/|\d)")
_YEAR_NUMBER = pp.Regex(r"\d{1,4}\s?(?:[A-Z]\s)?\((?:1[89]|20)\d\d\)")
_ROMAN_NUMBER = pp.Regex(r"\d{1,4}\s?(?:[A-Z]\s?)?\((?:[IVXL]+|ES-[IVX]+|S-[IVX]+)\)")
_ECOSOC_NUMBER = pp.Regex(r"(?:19|20)\d\d/\d{1,3}(?!/|\d)")
NUMBER = (_YEAR_NUMBER | _ROMAN_NUMBER | _ECOSOC_NUMBER | _SESSION_NUMBER)("number")
DATE_CLAUSE = (
    pp.Suppress(pp.Opt(","))
    + pp.Suppress(pp.Keyword("of"))
    + pp.Regex(DATE_PATTERN.pattern)("date")
)
REFERENCE = pp.Group(pp.Located(NUMBER + _MARKER + pp.Opt(DATE_CLAUSE) + _MARKER))
REFERENCES = (
    REFERENCE
    + pp.ZeroOrMore(pp.Suppress(",") + ~pp.Keyword("and") + REFERENCE)
    + pp.Opt(pp.Suppress(pp.Opt(",")) + pp.Suppress(pp.Keyword("and")) + REFERENCE)
)
CITATION = pp.Regex(r"(resolution|decision)s?")("kind") + REFERENCES("references")
_LOCATED = pp.Located(CITATION)  # gives where the citation list ends

_BODY_NAMES = {
    "General Assembly": "general-assembly",
    "Security Council": "security-council",
    "Human Rights Council": "human-rights-council",
    "Economic and Social Council": "economic-and-social-council",
}
_WINDOW = 1200  # a citation list never runs longer than this
_ANCHOR = re.compile(r"\b(?:[Rr]esolution|[Dd]ecision)s?[ \u00a0]+(?=(?:ES-|S-)?\d)")
_QUALIFIERS = (
    ("general-assembly", re.compile(r"(?:General Assembly|the Assembly)\s*$")),
    ("security-council", re.compile(r"Security Council\s*$")),
    ("human-rights-council", re.compile(r"Human Rights Council\s*$")),
    ("economic-and-social-council", re.compile(r"Economic and Social Council\s*$")),
    (
        "other",
        re.compile(
            r"(?:Health Assembly|Board|Commission|Conference|Committee|"
            r"Council|Assembly|Organization|Parties|Governing Council)\s*$"
        ),
    ),
)


@dataclass(frozen=True)
class Found:
    """A citation found in a text: offsets into that text."""

    start: int
    end: int
    kind: str
    text: str
    number: str
    form: str
    body: str | None
    date: str | None
    iso_date: str | None
    session: str | None
    year: int | None


def find_citations(text: str, own_body: str | None = None) -> list[Found]:
    """Every citation in ``text``; ``own_body`` answers "its resolution ..."."""
    found: list[Found] = []
    position = 0
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < position:
            continue
        window = text[anchor.start() : anchor.start() + _WINDOW]
        try:
            _, result, end = _LOCATED.parse_string(window)
        except pp.ParseException:
            continue
        kind = result["kind"].lower().rstrip("s")  # "resolutions" cites resolutions
        qualifier = _qualifier(text[max(0, anchor.start() - 60) : anchor.start()], own_body)
        for number, reference in enumerate(result["references"]):
            ref_start, tokens, ref_end = reference
            ref_start = 0 if number == 0 else ref_start
            found.append(
                _reference(text, anchor.start(), ref_start, ref_end, tokens, kind, qualifier)
            )
        position = anchor.start() + end
    found.extend(_symbols(text, found))
    return sorted(found, key=lambda f: f.start)


def _reference(
    text: str,
    base: int,
    ref_start: int,
    ref_end: int,
    tokens: pp.ParseResults,
    kind: str,
    qualifier: str | None,
) -> Found:
    number = re.sub(r"\s+", " ", tokens["number"])
    date = tokens.get("date")
    parsed = parse_date(date) if date else None
    form, session, year, body = _classify(number, qualifier)
    if parsed and parsed.year:
        year = year or parsed.year
    start, end = base + ref_start, base + ref_end
    while end > start and text[end - 1] in " ,":
        end -= 1
    return Found(
        start,
        end,
        kind,
        text[start:end],
        number,
        form,
        body,
        date,
        parsed.iso if parsed else None,
        session,
        year,
    )


def _classify(number: str, qualifier: str | None) -> tuple[str, str | None, int | None, str | None]:
    """(form, session, year, body) of a cited number."""
    if number.endswith(")"):
        inside = number[number.rindex("(") + 1 : -1]
        if inside.isdigit():
            return "year", None, int(inside), qualifier or "security-council"
        return "roman", inside, None, qualifier or "general-assembly"
    first = number.split("/")[0]
    if first.isdigit() and len(first) == 4:
        return "year", None, int(first), qualifier or "economic-and-social-council"
    form = "session" if first.startswith(("ES-", "S-")) else "short"
    return form, first, None, qualifier or "general-assembly"


def _qualifier(before: str, own_body: str | None) -> str | None:
    if re.search(r"\b(?:its|this|the present)\s*$", before):
        # "by the Security Council in its resolutions ...": the named body, not the author
        named = re.search(
            r"(General Assembly|Security Council|Human Rights Council|Economic and "
            r"Social Council)(?:,)?\s+(?:in|by)\s+its\s*$",
            before,
        )
        return _BODY_NAMES[named.group(1)] if named else own_body
    for body, pattern in _QUALIFIERS:
        if pattern.search(before):
            return None if body == "other" else body
    return None


def _symbols(text: str, found: list[Found]) -> list[Found]:
    """Documents cited by symbol; a resolution symbol (A/RES/61/171) is a resolution."""
    taken = [(f.start, f.end) for f in found]
    result = []
    for match in SYMBOL.finditer(text):
        start, end = match.span()
        if any(s <= start < e for s, e in taken):
            continue
        symbol = match.group(0)
        resolution = re.match(r"([AES])/(?:HRC/)?RES/(.+)$", symbol)
        if resolution:
            number = resolution.group(2)
            body = {
                "A": "general-assembly",
                "S": "security-council",
                "E": "economic-and-social-council",
            }[resolution.group(1)]
            if "/HRC/" in symbol:
                body = "human-rights-council"
            _, session, year, _ = _classify(number, body)
            result.append(
                Found(
                    start,
                    end,
                    "resolution",
                    symbol,
                    number,
                    "symbol",
                    body,
                    None,
                    None,
                    session,
                    year,
                )
            )
        else:
            result.append(
                Found(
                    start, end, "document", symbol, symbol, "symbol", None, None, None, None, None
                )
            )
    return result
