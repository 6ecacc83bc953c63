"""Footnote markers glued to words or years, and spaced ones, turned into ``[^N]``.

Text pasted from a PDF loses the superscript: "the Commission,1 which",
"1 April 198259", "Dispute Resolution 5  as one".  A number is only taken for
a marker when a footnote with that number exists and markers run in order,
so each footnote is looked for after the previous one: "from 13 to 15 May"
stays, because "from" is a word that takes a number, and "of 3, 11 and 22
March" stays because it is a list of numbers.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterator

from reslint.lexicon import Lexicon
from reslint.normalize.mapped import MappedText
from reslint.normalize.notation import FOOTNOTE_DEFINITION, marker
from reslint.normalize.words import word_list

_DEFINITION_LINE = re.compile(rf"^{FOOTNOTE_DEFINITION.pattern}", re.MULTILINE)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*$")
_NUMBER_BEFORE = re.compile(r"(?<!\d)\d{1,3}[,;]?\s*$")
_NUMBER_AFTER = re.compile(r"\s*(?:,|and|or|to|–|-)\s*\d+(?![\d/])")  # not "8 and 4/9 of"
_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\s*$")
_MONTH = re.compile(r"\s*(?:" + "|".join(calendar.month_name[1:]) + r")\b")
# after a letter or closing punctuation, but not after a decimal point ("1.9 million")
_AFTER_PUNCTUATION = r"(?<=[A-Za-z)\]”\"’,;:]|(?<!\d)\.)"


_NUMBERED = re.compile(
    # every marker is a number: skip other positions fast (4x); a marker with spaces before
    # it starts after a non-space, so a run of spaces is scanned once, not from each position
    r"(?=\d|(?<![ \t])[ \t]+\d)(?:"
    # glued after a letter or closing punctuation: "Commission,1" "Rights1"
    rf"(?P<glued>{_AFTER_PUNCTUATION}\d{{1,3}})(?![\d/.,]\d|\d|/\d)"
    # glued after a year: "198259" is 1982 + 59
    r"|(?<=\b(?:1[89]|20)\d\d)(?P<year>\d{1,3})(?!\d)"
    # spaced after a word or punctuation: "Resolution 5  as", "2010, 3 and", "1/", and
    # before the next number of a citation list: "of 26 March 2015, 5 34/7 of ..."
    rf"|(?P<spaced>(?:{_AFTER_PUNCTUATION}|(?<=\b(?:1[89]|20)\d\d))[ \t]+\d{{1,3}}/?)"
    r"(?=[ \t]*(?:$|\n|[a-z(\[“\"]|[,;:.)](?!\d))"
    r"|(?:(?<=,[ \t]\d)|(?<=,[ \t]\d\d))[ \t]+\d{1,3}/\d)"
    r")"
)
_LINE_END = re.compile(r"(?<=[.,;:)\]”\"’])[ \t]*\d{1,3}(?=[ \t]*(?:\n|$))")
_DIGITS = re.compile(r"\d+")
_ABBREVIATION = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,4}\.$")


def _numbered(body: str) -> Iterator[re.Match[str]]:
    """What ``_NUMBERED.finditer(body)`` finds, tried only where a match can start.

    A match starts at a digit or at a run of spaces before one (its first
    lookahead says so); the digits are found by a search that jumps from one to
    the next, where the pattern itself would be tried at every character.
    """
    resume = 0  # where the last match ended: matches do not overlap
    for run in _DIGITS.finditer(body):
        start = spaces = run.start()
        while spaces > 0 and body[spaces - 1] in " \t":
            spaces -= 1
        positions = range(start, run.end())
        for position in positions if spaces == start else (spaces, *positions):
            if position < resume:
                continue
            match = _NUMBERED.match(body, position)
            if match:
                yield match
                resume = match.end()


def _stars(label: str) -> re.Pattern[str]:
    return re.compile(rf"(?<=[^\s*]){re.escape(label)}(?!\*)")


class _Candidates:
    """Every number of a text that stands where a footnote marker could, by value."""

    def __init__(self, body: str, lexicon: Lexicon) -> None:
        self.body = body
        self.lexicon = lexicon
        self.by_number: dict[str, list[tuple[int, int, str]]] = {}
        for match in _numbered(body):
            number = _DIGITS.search(match.group(0)).group(0)
            kind = match.lastgroup or ""
            self.by_number.setdefault(number, []).append((match.start(), match.end(), kind))

    def first(self, label: str, position: int, lexicon: Lexicon) -> tuple[int, int] | None:
        if label.strip("*") == "":
            match = _stars(label).search(self.body, position)
            return match.span() if match else None
        found = self.by_number.get(label, [])
        for index in range(bisect.bisect_left(found, (position,)), len(found)):
            start, end, kind = found[index]
            if _plausible(self.body, start, end, kind, lexicon):
                return start, end
        return None


def separate_markers(
    text: MappedText, labels: list[str], lexicon: Lexicon, body_start: int = 0
) -> tuple[MappedText, list[tuple[int, int, str]]]:
    """Replace footnote markers by ``[^N]``; returns the new text and the edits made.

    Numbered markers are looked for from ``body_start`` on (heading symbols
    such as "A/78/463/Add.1" end in numbers too); asterisk markers anywhere,
    since the sponsors line carries them.
    """
    definitions = list(_DEFINITION_LINE.finditer(text.text))
    body = text.text[: definitions[0].start()] if definitions else text.text
    known = labels + [m.group(1) for m in definitions]
    candidates = _Candidates(body, lexicon)
    edits: list[tuple[int, int, str]] = []
    position = body_start
    labels = list(dict.fromkeys(known))
    for index, label in enumerate(labels):
        if marker(label) in body:
            continue  # already a Markdown footnote reference
        start = 0 if label.startswith("*") else position
        found = candidates.first(label, start, lexicon)
        if found is None:
            continue
        following = labels[index + 1 : index + 3]
        if not label.startswith("*") and _lost(following, start, found, candidates):
            continue  # the next markers come first: this one was lost, that number is text
        edits.append((*found, marker(label)))
        position = max(position, found[1])
    edits.extend(_repeated(body, edits, lexicon))
    edits.extend(_orphans(labels, edits, candidates, body_start, lexicon))
    return text.edit(edits), edits


def _orphans(
    labels: list[str],
    found: list[tuple[int, int, str]],
    candidates: _Candidates,
    body_start: int,
    lexicon: Lexicon,
) -> list[tuple[int, int, str]]:
    """Markers whose footnote text is missing: the one number that can be a marker
    where the missing label of the sequence belongs ("... for 2024,1 ..." before
    marker 2, with no footnote 1), so that the lint rule F101 can report it.
    """
    numbers = sorted(int(label) for label in labels if label.isdecimal())
    placed = {int(marker[2:-1]): start for start, _, marker in found if marker[2:-1].isdecimal()}
    first, last = (numbers[0], numbers[-1]) if numbers else (1, 0)
    missing = [n for n in range(max(1, first - 1), last + 2) if n not in numbers]
    orphans = []
    for number in missing:
        low = max((p for n, p in placed.items() if n < number), default=body_start)
        high = min((p for n, p in placed.items() if n > number), default=None)
        # after the last marker only a number glued to the text and followed by a space
        # will do ("...;1 ", not the "1)" of a list)
        open_ended = high is None
        end_of_body = len(candidates.body)
        spans = [
            (start, end)
            for start, end, kind in candidates.by_number.get(str(number), [])
            if low <= start < (end_of_body if open_ended else high)
            and (not open_ended or (kind == "glued" and candidates.body[end : end + 1].isspace()))
            and _plausible(candidates.body, start, end, kind, lexicon)
        ]
        if len(spans) == 1:
            orphans.append((*spans[0], marker(str(number))))
    return orphans


def _lost(
    following: list[str], position: int, found: tuple[int, int], candidates: _Candidates
) -> bool:
    """The next two markers both stand before the number found for this one: that number
    is the text's own ("enabling 15 additional countries" far below) and the marker was
    lost in extraction."""
    if not following:
        return False
    for label in following:
        after = candidates.first(label, position, candidates.lexicon)
        if after is None or after[0] >= found[0]:
            return False
        position = after[1]
    return True


def _repeated(
    body: str, found: list[tuple[int, int, str]], lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """Second references to a footnote, printed at the end of a paragraph ("1993; 11").

    Printed Security Council volumes repeat a footnote number when a paragraph
    cites the same document again; only a number right after end punctuation
    at the end of a line is taken for such a repeat.
    """
    markers = {marker[2:-1]: marker for _, _, marker in found}
    taken = [(start, end) for start, end, _ in found]
    repeats = []
    for match in _LINE_END.finditer(body):
        label = match.group(0).strip()
        if label not in markers:
            continue
        overlaps = any(start < match.end() and match.start() < end for start, end in taken)
        kind = "glued" if match.group(0)[:1].isdecimal() else "spaced"
        if not overlaps and _plausible(body, match.start(), match.end(), kind, lexicon):
            repeats.append((match.start(), match.end(), markers[label]))
    return repeats


def _plausible(body: str, start: int, end: int, kind: str, lexicon: Lexicon) -> bool:
    """Is the number at ``body[start:end]`` a marker rather than a number of the text?"""
    if kind == "glued" and body[start - 1 : start].isalpha() and _code_like(body, start):
        return False
    if kind == "glued" and _letter_read_as_digit(body, start, end):
        return False  # "internationa1": an "l" the scan read as a one
    if kind == "glued" and _ABBREVIATION.search(body, max(0, start - 8), start):
        return False  # "Add.1", "Rev.2", "No.3": part of a symbol or reference
    if kind != "spaced":
        return True
    before = _WORD_BEFORE.search(body, max(0, start - 40), start)
    sentence_end = body[start - 1 : start] == "." and before and len(before.group(1)) > 4
    if before and not sentence_end and _takes_number(before.group(1), lexicon.words_before_numbers):
        return False  # "paragraph 5" (but "annexes. 5" ends a sentence: a marker)
    # a list of numbers: "of 3, 11 and 22 March", "on 3, 11 May" (but not after a year:
    # "of 19 December 1992 9 and 26 January 1993")
    if _NUMBER_AFTER.match(body, end) and not _YEAR_BEFORE.search(body, max(0, start - 6), start):
        return False
    return not (_NUMBER_BEFORE.search(body, max(0, start - 12), start) and _MONTH.match(body, end))


def _takes_number(word: str, words_before: frozenset[str]) -> bool:
    """ "paragraph 5", "Article 5": a word that a number follows as a number.

    The list matches case-sensitively: "resolution" is there, "Resolution" is
    not, so "Dispute Resolution 5" (a name, then a marker) is not "resolution 5".
    """
    return word in words_before


_LETTERS_BEFORE = re.compile(r"[A-Za-z]+$")
_LETTERS_AFTER = re.compile(r"[A-Za-z]*")


def _letter_read_as_digit(body: str, start: int, end: int) -> bool:
    """ "internationa1", "wi1l": a one inside or at the end of a word that is a word
    with an "l" in its place, and not one without it."""
    if body[start:end] != "1":
        return False
    left = _LETTERS_BEFORE.search(body, max(0, start - 30), start)
    if left is None:
        return False
    right = _LETTERS_AFTER.match(body, end).group(0)
    words = word_list()
    return (left.group(0) + "l" + right).lower() in words and left.group(0).lower() not in words


def _code_like(body: str, start: int) -> bool:
    """Letters glued to digits that make a name: "G20", "H5N1", "COVID-19"."""
    word_start = start
    while word_start > 0 and body[word_start - 1].isalpha():
        word_start -= 1
    word = body[word_start:start]
    return word.isupper() or len(word) < 3
