"""Text helpers shared by the punctuation and structure rules."""

from __future__ import annotations

import re

from reslint.model import Paragraph
from reslint.normalize.notation import without_trailing_markers

# after the end mark: bare footnote numbers of old printed volumes (", 41", ",7"), and the
# "and"/"or" of "(a) ...; and" (the mark is still the semicolon).  Each opens with the
# mark, kept (group 1) when what follows it is removed: the engine jumps from mark to mark
# (a lookbehind would be tried at every character, 2 to 3 times slower), and searching a
# long paragraph stays linear
_BARE_NOTE = re.compile(r"([.,;:])\s*\d{1,3}/?$")
_LIST_JOINER = re.compile(r"(;)\s+(?:and|or)$")
_CLOSERS = '”’")] '


def end_mark(text: str, start: int, end: int) -> tuple[str, int]:
    """The last punctuation mark of ``text[start:end]`` before quotes, brackets and
    footnote markers, and its offset (``("", end)`` when the text ends in a word)."""
    segment = text[start:end].rstrip()  # a chapeau's text runs up to its first (a)
    trimmed = _without_trailing(segment)
    position = len(trimmed)
    while position > 0 and trimmed[position - 1] in _CLOSERS:
        position -= 1
    if position and trimmed[position - 1] in ".,;:":
        return trimmed[position - 1], start + position - 1
    return "", start + len(trimmed.rstrip())


def _without_trailing(segment: str) -> str:
    """``segment`` without what may follow its end mark: footnote markers, bare note
    numbers, a list's "and" (in any order: "Convention, 3[^4]; and")."""
    while True:
        trimmed = without_trailing_markers(segment)
        trimmed = _LIST_JOINER.sub(r"\1", _BARE_NOTE.sub(r"\1", trimmed)).rstrip()
        if trimmed == segment:
            return trimmed
        segment = trimmed


def own_end(paragraph: Paragraph) -> int:
    """Where a paragraph's own text ends: before its first sub-paragraph."""
    return paragraph.children[0].start if paragraph.children else paragraph.end


def last_leaf(paragraph: Paragraph) -> Paragraph:
    """The last sub-paragraph (deepest), or the paragraph itself."""
    while paragraph.children:
        paragraph = paragraph.children[-1]
    return paragraph


def mark_fix_edit(text: str, start: int, end: int, wanted: str) -> tuple[int, int, str]:
    """The edit that makes the paragraph ``[start, end)`` end with ``wanted``."""
    mark, at = end_mark(text, start, end)
    if mark:
        return at, at + 1, wanted
    return at, at, wanted
