"""The one seam between the diff and the classifier: what of a paragraph's
classification two versions are compared on.

An operative paragraph reads as its clauses (``OperativeClass.clauses``): the
opening verb phrase and each later verb phrase in the body's voice (", and
requests ..."), each with its strength, the actors it addresses, the action it
asks for and the report it mandates.  A paragraph the classifier finds no clause
in (no verb it knows) reads as one clause of its paragraph-level fields.  A
preambular paragraph reads as its opener, the opener's modifiers and its
function.
"""

from __future__ import annotations

from dataclasses import dataclass

from reslint.classifier import OperativeClass, PreambularClass
from reslint.lexicon import Lexicon, words_of


@dataclass(frozen=True)
class Clause:
    verb: str  # as printed, lower case, without repetition modifiers ("calls upon")
    head: str | None  # the lexicon's base form ("call upon"), None when unknown
    rank: int | None  # strength rank (rules/lexicon/operative.toml [scale])
    strength: str  # strength label, "unknown" when the verb is not in the lexicon
    modifiers: tuple[str, ...] = ()  # "also", "further"


@dataclass(frozen=True)
class Reading:
    """What an operative paragraph does, as the diff compares it."""

    clauses: tuple[Clause, ...]
    addressees: tuple[tuple[str, str], ...]  # (category, text as printed)
    actions: tuple[str, ...]
    mandates: tuple[str, ...]  # the due time of each reporting mandate ("none" if untimed)


@dataclass(frozen=True)
class PreambleReading:
    opener: str | None  # lower case, without its modifiers ("recalling")
    function: str
    modifiers: tuple[str, ...]


def operative_reading(paragraph: OperativeClass) -> Reading:
    clauses = paragraph.clauses or [paragraph]
    return Reading(
        clauses=tuple(
            Clause(c.verb, c.head, c.strength.rank, c.strength.label, tuple(c.modifiers))
            for c in clauses
        ),
        addressees=tuple(
            (a.category, a.text) for c in clauses for a in c.addressees if a.category != "self"
        ),
        actions=tuple(c.action for c in clauses if c.action),
        mandates=tuple(c.mandate.due for c in clauses if c.mandate),
    )


def preamble_reading(paragraph: PreambularClass, lexicon: Lexicon) -> PreambleReading:
    """The opener as the lexicon reads it ("recalling"), with every repetition
    modifier around it ("Recalling also" gives "also")."""
    found = (
        lexicon.match_opener(words_of(paragraph.opener), lexicon.preambular)
        if paragraph.opener
        else None
    )
    if found is None:
        return PreambleReading(paragraph.opener, paragraph.function, tuple(paragraph.modifiers))
    return PreambleReading(found.phrase, paragraph.function, found.modifiers)
