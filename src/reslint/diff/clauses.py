"""The one seam between the diff and the classifier: what of a paragraph's
classification two versions are compared on.

An operative paragraph reads as clauses -- the opening verb phrase and each
later verb phrase in the body's voice (", and requests ...") -- with the actors
it addresses, the actions it asks for and the reports it mandates.  A
classification by clause (``OperativeClass.clauses``, issue 9) is read clause by
clause; today's gives the opening clause in full and only the printed verbs of
the later ones (``more_verbs``, their head and strength looked up in the lexicon
here), and its actors, action and mandate for the paragraph as a whole
(``Reading.by_clause`` False), which the diff then does not compare across a
split or a merge.
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
    by_clause: bool = False  # actors, actions and mandates read clause by clause


@dataclass(frozen=True)
class PreambleReading:
    opener: str | None  # lower case, without its modifiers ("recalling")
    function: str
    modifiers: tuple[str, ...]


def operative_reading(paragraph: OperativeClass, lexicon: Lexicon) -> Reading:
    clauses = getattr(paragraph, "clauses", None)
    if clauses:
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
            by_clause=True,
        )
    opening = Clause(
        paragraph.verb,
        paragraph.head,
        paragraph.strength.rank,
        paragraph.strength.label,
        tuple(paragraph.modifiers),
    )
    later = tuple(_looked_up(verb, lexicon) for verb in getattr(paragraph, "more_verbs", ()))
    return Reading(
        clauses=(opening, *later),
        addressees=tuple(
            (a.category, a.text) for a in paragraph.addressees if a.category != "self"
        ),
        actions=(paragraph.action,) if paragraph.action else (),
        mandates=(paragraph.mandate.due,) if paragraph.mandate else (),
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


def _looked_up(verb: str, lexicon: Lexicon) -> Clause:
    entry = lexicon.operative.entries.get(words_of(verb))
    if entry is None:
        return Clause(verb, None, None, "unknown")
    return Clause(verb, entry.head, entry.rank, entry.strength)
