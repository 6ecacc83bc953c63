"""Footnote markers glued to words or years, and spaced ones, turned into ``[^N]``.

Text pasted from a PDF loses the superscript: "the Commission,1 which",
"1 April 198259", "Dispute Resolution 5  as one".  A number is only taken for
a marker when a footnote with that number exists and markers run in order,
so each footnote is looked for after the previous one: "from 13 to 15 May"
stays, because "from" is a word that takes a number, and "of 3, 11 and 22
March" stays because it is a list of numbers.
"""

from __future__ import annotations

import re

from reslint.lexicon import Lexicon
from reslint.normalize.mapped import MappedText

_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:", re.MULTILINE)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*$")
_NUMBER_BEFORE = re.compile(r"(?<!\d)\d{1,3}[,;]?\s*$")
_NUMBER_AFTER = re.compile(r"\s*(?:,|and|or|to|–|-)\s*\d")
_AFTER_PUNCTUATION = r"(?<=[A-Za-z.,;:)\]”\"’])"


def _candidates(label: str) -> re.Pattern[str]:
    if label.strip("*") == "":
        return re.compile(rf"(?<=[^\s*]){re.escape(label)}(?!\*)")
    number = re.escape(label)
    return re.compile(
        # glued after a letter or closing punctuation: "Commission,1" "Rights1"
        rf"(?P<glued>{_AFTER_PUNCTUATION}{number})(?![\d/.,]\d|\d|/\d)"
        # glued after a year: "198259" is 1982 + 59
        rf"|(?<=\b(?:1[89]|20)\d\d)(?P<year>{number})(?!\d)"
        # spaced after a word or punctuation: "Resolution 5  as", "2010, 3 and", "1/"
        rf"|(?P<spaced>{_AFTER_PUNCTUATION}[ \t]+{number}/?)"
        r"(?=[ \t]*(?:$|\n|[a-z(\[“\"]|[,;:.)]))"
    )


def _line_end(label: str) -> re.Pattern[str]:
    """A number right after end punctuation at the end of a line ("1993; 11")."""
    return re.compile(rf"(?P<spaced>(?<=[.,;:)\]”\"’])[ \t]*{re.escape(label)})(?=[ \t]*(?:\n|$))")


def separate_markers(
    text: MappedText, labels: list[str], lexicon: Lexicon
) -> tuple[MappedText, list[tuple[int, int, str]]]:
    """Replace footnote markers by ``[^N]``; returns the new text and the edits made."""
    definitions = list(_DEFINITION.finditer(text.text))
    body = text.text[: definitions[0].start()] if definitions else text.text
    known = labels + [m.group(1) for m in definitions]
    edits: list[tuple[int, int, str]] = []
    position = 0
    for label in dict.fromkeys(known):
        if f"[^{label}]" in body:
            continue  # already a Markdown footnote reference
        found = _find(body, label, position, lexicon)
        if found is None:
            continue
        edits.append((*found, f"[^{label}]"))
        position = found[1]
    edits.extend(_repeated(body, edits, lexicon))
    return text.edit(edits), edits


def _find(body: str, label: str, position: int, lexicon: Lexicon) -> tuple[int, int] | None:
    for match in _candidates(label).finditer(body, position):
        if _plausible(body, match.start(), match.end(), match.lastgroup or "", lexicon):
            return match.span()
    return None


def _repeated(
    body: str, found: list[tuple[int, int, str]], lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """Second references to a footnote, printed at the end of a paragraph ("1993; 11").

    Printed Security Council volumes repeat a footnote number when a paragraph
    cites the same document again; only a number right after end punctuation
    at the end of a line is taken for such a repeat.
    """
    taken = [(start, end) for start, end, _ in found]
    repeats = []
    for _, _, marker in found:
        label = marker[2:-1]
        if not label.isdigit():
            continue
        for match in _line_end(label).finditer(body):
            overlaps = any(start < match.end() and match.start() < end for start, end in taken)
            if not overlaps and _plausible(body, match.start(), match.end(), "spaced", lexicon):
                repeats.append((match.start(), match.end(), marker))
                taken.append(match.span())
    return repeats


def _plausible(body: str, start: int, end: int, kind: str, lexicon: Lexicon) -> bool:
    """Is the number at ``body[start:end]`` a marker rather than a number of the text?"""
    if kind == "glued" and body[start - 1 : start].isalpha() and _code_like(body, start):
        return False
    if kind != "spaced":
        return True
    before = _WORD_BEFORE.search(body, max(0, start - 40), start)
    if before and _takes_number(before.group(1), lexicon.words_before_numbers):
        return False
    # a list of numbers: "of 3, 11 and 22 March"
    listed = _NUMBER_BEFORE.search(body, max(0, start - 12), start)
    return not (listed or _NUMBER_AFTER.match(body, end))


def _takes_number(word: str, words_before: frozenset[str]) -> bool:
    """ "paragraph 5", "Article 5": a word that a number follows as a number.

    The list matches case-sensitively: "resolution" is there, "Resolution" is
    not, so "Dispute Resolution 5" (a name, then a marker) is not "resolution 5".
    """
    return word in words_before


def _code_like(body: str, start: int) -> bool:
    """Letters glued to digits that make a name: "G20", "H5N1", "COVID-19"."""
    word_start = start
    while word_start > 0 and body[word_start - 1].isalpha():
        word_start -= 1
    word = body[word_start:start]
    return word.isupper() or len(word) < 3
