"""What ``reslint classify`` returns: plain dataclasses, the documented ``reslint.classify`` schema.

No spaCy objects live here, so a ``Classification`` pickles (``--jobs``) and
serializes as it is (docs/schema.md).  Character spans (``start_char``,
``end_char``) index the paragraph's ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CLASSIFY_SCHEMA_VERSION = "2.0"


@dataclass
class Strength:
    """A rank on the default scale (5 decision ... 0 acknowledgement) and its label."""

    rank: int | None
    label: str


@dataclass
class Addressee:
    """An actor a clause addresses, as printed, with its category.

    ``name`` is the full name when the text prints a shorter one (an acronym,
    "the Unit" for the Joint Inspection Unit); ``self`` has no text and no span.
    """

    text: str
    category: str
    name: str | None = None
    start_char: int | None = None
    end_char: int | None = None


@dataclass
class Mandate:
    """A reporting mandate: who is asked to report, and when it is due."""

    kind: str  # "report"
    due: str  # as printed ("seventy-first session", "31 May 2021"), or "none"
    category: str = "secretary-general"  # the category of the actor asked to report


@dataclass
class Clause:
    """One verb phrase in the body's voice and what it does."""

    verb: str  # as printed, lower case, with intensifiers and stance noun
    head: str | None
    modifiers: list[str]
    strength: Strength
    addressees: list[Addressee]
    action: str | None
    mandate: Mandate | None
    start_char: int  # the clause in the paragraph text: from its verb phrase
    end_char: int  # to the next clause


@dataclass
class OperativeClass:
    """An operative paragraph: its opening clause's reading, its strongest, all its clauses."""

    id: str
    number: str | None
    section: str | None
    line: int
    text: str  # with its sub-paragraphs, footnote markers removed: what spans index
    verb: str  # the opening clause's; "unknown" when no lexicon lists it
    head: str | None
    modifiers: list[str]
    strength: Strength
    strongest: Strength
    addressees: list[Addressee]  # the union over the clauses
    action: str | None  # the first action any clause asks for
    mandate: Mandate | None  # the first reporting mandate of any clause
    clauses: list[Clause] = field(default_factory=list)
    found: str | None = None  # the word found when the verb is unknown


@dataclass
class PreambularClass:
    id: str
    index: int | None
    section: str | None
    line: int
    opener: str | None
    function: str  # recall-reaffirm, concern, recognition, ... or "unknown"
    modifiers: list[str] = field(default_factory=list)
    found: str | None = None


@dataclass
class Classification:
    """Every clause of one document."""

    path: str
    symbol: str | None
    body: str | None
    kind: str
    title: str | None
    chapter_vii: bool
    preambular: list[PreambularClass]
    operative: list[OperativeClass]
