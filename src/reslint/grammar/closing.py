"""The closing line and the vote it records.

47th plenary meeting 4 December 2024
Adopted unanimously at the 1382nd meeting.
Adopted at the 2981st meeting by 12 votes to 1 (Cuba), with 2 abstentions (Ecuador, Yemen).
Adopted without vote at the 3050th meeting
"""

from __future__ import annotations

import re

import pyparsing as pp

from reslint.grammar.dates import parse_date
from reslint.model import Vote

_COUNT = pp.Regex(r"\d+|none|one|two|three|four|five").set_parse_action(
    lambda t: 0 if t[0] == "none" else int(t[0]) if t[0].isdecimal() else _WORDS[t[0]]
)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_STATES = pp.Suppress("(") + pp.Regex(r"[^)]*") + pp.Suppress(")")
_AGAINST = (
    pp.Suppress(pp.Keyword("to"))
    + _COUNT("against")
    + pp.Suppress(pp.Opt(pp.Keyword("against")))
    + pp.Opt(_STATES("against_states"))
)
_ABSTAIN = (
    pp.Suppress(pp.Opt(",") + pp.Keyword("with"))
    + _COUNT("abstentions")
    + pp.Suppress(pp.Regex(r"abstentions?"))
    + pp.Opt(_STATES("abstaining_states"))
)
VOTE = (
    pp.Suppress(pp.Keyword("by"))
    + _COUNT("in_favour")
    + pp.Suppress(pp.Regex(r"votes?"))
    + _AGAINST
    + pp.Opt(_ABSTAIN)
)
_MEETING = re.compile(r"(?<!\d)(\d+)\s*(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(plenary\s+)?meeting")


def parse_closing(text: str) -> dict:
    """Fields of a closing line; missing ones are absent."""
    fields: dict = {}
    meeting = _MEETING.search(text)
    if meeting:
        fields["meeting"] = re.sub(r"\s+", " ", meeting.group(0))
        fields["meeting_number"] = int(meeting.group(1))
        fields["plenary"] = bool(meeting.group(2))
    date = parse_date(text)
    if date:
        fields["date"] = date.text
        fields["iso_date"] = date.iso
    vote = Vote(
        unanimous="unanimously" in text,
        without_vote=bool(re.search(r"without (?:a )?vote", text)),
    )
    for result, _, _ in VOTE.scan_string(text, max_matches=1):
        vote.in_favour = result.get("in_favour")
        vote.against = result.get("against")
        vote.abstentions = result.get("abstentions")
        vote.against_states = _split_states(result.get("against_states"), vote.against)
        vote.abstaining_states = _split_states(result.get("abstaining_states"), vote.abstentions)
    if vote.in_favour is not None or vote.unanimous or vote.without_vote:
        fields["vote"] = vote
    return fields


def _split_states(found: pp.ParseResults | None, count: int | None) -> list[str]:
    """States named in brackets: "(Ecuador, Yemen)", "(China and Iraq)".

    Names can hold "and" ("Bosnia and Herzegovina"), so the last item is split
    on "and" only when the vote count says one more State is named.
    """
    if not found:
        return []
    text = re.sub(r"\s+", " ", found[0]).strip()
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if parts and count is not None and len(parts) < count and " and " in parts[-1]:
        parts[-1:] = [p.strip() for p in parts[-1].rsplit(" and ", 1)]
    return parts
