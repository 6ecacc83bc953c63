"""The text the classifier reads for an operative paragraph.

The paragraph with its sub-paragraphs, joined with a space, footnote markers
and OCR stray marks ("calls _on") removed: the ``text`` of ``OperativeClass``
that every character span indexes.
Before tokenizing, letters damaged by OCR inside actor names are repaired in
place, one character for one ("Secretary-Genera1", "Counci]"), so the spans
stay valid in the printed text.
"""

from __future__ import annotations

import re

from reslint.lexicon import ActorWords
from reslint.model import Paragraph
from reslint.normalize.notation import without_markers


def plain(text: str) -> str:
    """Text without footnote markers (and the space before them)."""
    return without_markers(text, space_before=True)


def paragraph_text(paragraph: Paragraph) -> str:
    """A paragraph with its sub-paragraphs (labels dropped), as the classifier reads it."""
    return " ".join(plain(p.text) for p in paragraph.walk())


def damaged_words(actors: ActorWords) -> re.Pattern[str]:
    """Words with a letter OCR may have damaged: a letter run with a damage character in
    it or at its end ("Genera1", "Counci]", "Secretary~General")."""
    damage = re.escape("".join(actors.damaged_letters))
    return re.compile(rf"[A-Za-z][A-Za-z-]*[{damage}][A-Za-z{damage}-]*")


def stray_marks(actors: ActorWords) -> re.Pattern[str] | None:
    """One OCR stray mark before a word, with the space after it ("calls _ on", "Calls
    _on"); a mark inside a word ("file_name") and a run of them (the blank of a draft,
    "resolution ___ of 1990") stay."""
    if not actors.stray_marks:
        return None
    marks = re.escape(actors.stray_marks)
    return re.compile(rf"(?<!\S)[{marks}] ?(?=[^\W\d{marks}])")


def without_stray_marks(text: str, pattern: re.Pattern[str] | None) -> str:
    """``text`` without its stray marks, as without its footnote markers: the verb and
    the words around it are read as printed around the mark ("calls on")."""
    return text if pattern is None else pattern.sub("", text)


def repair(text: str, actors: ActorWords, pattern: re.Pattern[str]) -> str:
    """``text`` with the damaged words of actor names repaired, length kept.

    A word is repaired only when the repaired word is a word of an actor name
    ("Secretary-Genera1" -> "Secretary-General"); "Apri]" and "G77" stay.
    """
    if not pattern.search(text):
        return text
    table = str.maketrans(actors.damaged_letters)

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        repaired = word.translate(table)
        return repaired if repaired in actors.words else word

    return pattern.sub(fix, text)
