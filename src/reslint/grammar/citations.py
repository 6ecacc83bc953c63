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
from reslint.normalize.notation import MARKER_PATTERN

# One reference ("64/293[^2] of 30 July 2010") is one regular expression: its parts are
# optional in order and taken greedily, as pyparsing's ``Opt`` takes them, and the
# whitespace between them is pyparsing's (" \t\n\r"), so the reference reads as the
# chain of elements did; one element instead of about twenty makes the grammar 3x faster.
_SPACE = r"[ \t\n\r]*"
_SESSION_NUMBER = r"(?:ES-|S-)?\d{1,3}/\d{1,4}(?:\s[A-Z](?![\w/]))?(?!/|\d)"
_YEAR_NUMBER = r"\d{1,4}\s?(?:[A-Z]\s)?\((?:1[89]|20)\d\d\)"
_ROMAN_NUMBER = r"\d{1,4}\s?(?:[A-Z]\s?)?\((?:[IVXL]+|ES-[IVX]+|S-[IVX]+)\)"
_ECOSOC_NUMBER = r"(?:19|20)\d\d/\d{1,3}(?!/|\d)"
_NUMBER = rf"(?P<number>{_YEAR_NUMBER}|{_ROMAN_NUMBER}|{_ECOSOC_NUMBER}|{_SESSION_NUMBER})"
_MARKER = rf"(?:{_SPACE}{MARKER_PATTERN})?"
_KEYWORD_EDGE = r"[A-Za-z0-9_$]"  # what a pyparsing Keyword may not touch
# ", of 30 July 2010", "on 30 April 2007"
_DATE_CLAUSE = (
    rf"(?:(?:{_SPACE},)?{_SPACE}(?<!{_KEYWORD_EDGE})(?:of|on)(?!{_KEYWORD_EDGE})"
    rf"{_SPACE}(?P<date>{DATE_PATTERN.pattern}))?"
)
REFERENCE = pp.Group(pp.Located(pp.Regex(_NUMBER + _MARKER + _DATE_CLAUSE + _MARKER)))
_COMMA = pp.Suppress(pp.Regex(rf",{_MARKER}"))  # "of 28 September 2017,[^3] 45/3"
REFERENCES = (
    REFERENCE
    + pp.ZeroOrMore(_COMMA + ~pp.Keyword("and") + REFERENCE)
    + pp.Opt(pp.Opt(_COMMA) + pp.Suppress(pp.Keyword("and")) + REFERENCE)
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
_KNOWN_ORGAN = r"General Assembly|Security Council|Human Rights Council|Economic and Social Council"
# any other organ: "United Nations Environment Assembly", "Commission on Crime Prevention
# and Criminal Justice", "Conference of the Parties to the Convention against ..."
# (a name has a few words: the repetitions are bounded, so that a long run of capitalised
# words is not read again from each of them)
_OTHER_ORGAN = (
    r"(?:(?<![\w-])[A-Z][\w-]*(?<!ing)\s+(?:(?:and|of|the)\s+){0,3}){0,8}"  # not "Recalling"
    r"(?:Assembly|Council|Commission|Conference|Board|Organization|Committee|Forum)"
    r"(?:\s+(?:for|on|of|to|against)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:(?:and|of|the|on|to|against|for)\s+){0,3}[A-Z][\w-]*){0,8}){0,3}"
)
_ORGAN = re.compile(rf"({_KNOWN_ORGAN}|{_OTHER_ORGAN})")
_NAMED_BEFORE = (
    re.compile(rf"({_KNOWN_ORGAN})\s*$"),
    re.compile(rf"({_OTHER_ORGAN})\s*$"),
)
_NAMED_AFTER = re.compile(
    rf"\s*(?:{MARKER_PATTERN}\s*)?(?:,\s*)?of\s+the\s+({_KNOWN_ORGAN}|{_OTHER_ORGAN})"
    rf"|(?:(?!resolution|which|“)[^;]){{0,100}}?\badopted\s+by\s+the\s+({_KNOWN_ORGAN}|{_OTHER_ORGAN})"
)
# how a body named earlier in the clause leads to its resolutions: "the Human Rights
# Council, including resolutions", "the Commission at its session, of resolution", "the
# Security Council, in its resolution"
_LINKED = re.compile(
    r"(?:,?\s+at\s+its\s+[\w\s-]{0,40}?session)?,?\s+"
    r"(?:including|in particular|inter alia|notably|of|in)(?:\s+its)?\s*"
)
_DATE_AFTER = re.compile(rf",?\s+of\s+({DATE_PATTERN.pattern})")
_CLAUSE = 240  # how far back a clause is read for the body it names
_CONTINUES = re.compile(r"(?:[^;.\n]{0,120}\s)?(?:and|as well as)\s+")  # the same list goes on
_OWN = re.compile(r"\b(?:its|this|the present)\s*$")


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
    previous: str | None = None  # the body of the list before, for "... and resolutions"
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < position:
            continue
        window = text[anchor.start() : anchor.start() + _WINDOW]
        try:
            _, result, end = _LOCATED.parse_string(window)
        except pp.ParseException:
            continue
        kind = result["kind"].lower().rstrip("s")  # "resolutions" cites resolutions
        qualifier = _qualifier(
            text[max(0, anchor.start() - 2 * _CLAUSE) : anchor.start()],
            text[anchor.start() + end : anchor.start() + end + 120],
            own_body,
        )
        if qualifier is None and _CONTINUES.fullmatch(text, position, anchor.start()):
            qualifier = previous  # "Council resolutions 28/16 ... on X and resolutions 32/13"
        previous = qualifier
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
    """(form, session, year, body) of a cited number; the number's form says the body
    when the text does not (2334 (2016) is the Security Council's)."""
    form, session, year, body = _read_number(number, qualifier)
    if body == "council":  # "Council resolution 1783 (2007)", "2006/46", "51/19"
        if form == "year":
            body = "security-council" if "(" in number else "economic-and-social-council"
        else:
            body = "other"
    return form, session, year, None if body == "other" else body


def _read_number(number: str, qualifier: str | None) -> tuple[str, str | None, int | None, str]:
    if number.endswith(")"):
        inside = number[number.rindex("(") + 1 : -1]
        if inside.isdecimal():
            return "year", None, int(inside), qualifier or "security-council"
        return "roman", inside, None, qualifier or "general-assembly"
    first = number.split("/")[0]
    if first.isdecimal() and len(first) == 4:
        return "year", None, int(first), qualifier or "economic-and-social-council"
    form = "session" if first.startswith(("ES-", "S-")) else "short"
    return form, first, None, qualifier or "general-assembly"


def _qualifier(before: str, after: str, own_body: str | None) -> str | None:
    """The body whose resolution is cited: a body id, ``"other"``, ``"council"`` (a bare
    "Council resolution") or None (not said).

    The author is named right before ("Security Council resolution"), or
    right after ("resolution 6/14 of the United Nations Environment
    Assembly", "..., adopted by the Human Rights Council"), or earlier in the
    same clause ("the Human Rights Council, including resolutions ...", "by
    the Commission at its session, of resolution ..."); "its resolution"
    with no body named in the clause is the adopting body's own.
    """
    for pattern in _NAMED_BEFORE:
        direct = pattern.search(before)
        if direct:
            return _body_of(direct.group(1))
    following = _NAMED_AFTER.match(after)
    if following:
        return _body_of(following.group(1) or following.group(2))
    clause = re.split(r"[;.]\s", before)[-1]
    named = list(_ORGAN.finditer(clause))
    if named and _LINKED.fullmatch(clause, named[-1].end()):
        return _body_of(named[-1].group(1))
    return own_body if _OWN.search(before) else None


def _body_of(organ: str) -> str:
    """A body id for a named organ; "the Assembly" alone is the General Assembly."""
    organ = organ.removeprefix("the ").strip()
    if organ == "Assembly":
        return "general-assembly"
    if organ == "Council":
        return "council"
    return _BODY_NAMES.get(organ, "other")


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
            dated = _DATE_AFTER.match(text, end)  # "A/RES/64/293 of 30 July 2010"
            parsed = parse_date(dated.group(1)) if dated else None
            result.append(
                Found(
                    start,
                    end,
                    "resolution",
                    symbol,
                    number,
                    "symbol",
                    body,
                    dated.group(1) if dated else None,
                    parsed.iso if parsed else None,
                    session,
                    year or (parsed.year if parsed else None),
                )
            )
        else:
            result.append(
                Found(
                    start, end, "document", symbol, symbol, "symbol", None, None, None, None, None
                )
            )
    return result
