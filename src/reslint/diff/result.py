"""What a comparison of two versions gives the renderers: aligned units with their
changes, a summary, and (with ``--lint``) the findings the new version added.

The JSON renderer writes these dataclasses as they are; docs/diff-schema.md
documents every field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reslint.diff.text import Segment

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic

DIFF_SCHEMA_VERSION = "1.0"
STATUSES = ("unchanged", "edited", "moved", "split", "merged", "added", "deleted")
KINDS = (
    "verb",
    "strength",
    "modifier",
    "addressee",
    "action",
    "mandate",
    "function",
    "citation",
    "date",
    "session",
    "text",
)
VERDICTS = ("unchanged", "editorial", "technical update", "substantive")


@dataclass
class Change:
    """One thing that changed in a unit; ``old`` or ``new`` is None when it was added or
    dropped."""

    kind: str  # one of KINDS
    old: Any
    new: Any
    direction: str | None = None  # verb/strength: "strengthened", "weakened" or "same"
    category: str | None = None  # addressee: its category
    clause: int | None = None  # verb: 0 for the opening verb, n for the n-th later clause
    where: str | None = None  # text: "footnote" for a footnote's words, else None
    editorial: bool = False  # text: only case, punctuation or hyphenation; modifier: always
    rollover: bool = False  # what a yearly roll-over changes (sessions, dates, last year's texts)


@dataclass
class AlignedUnit:
    """Paragraphs of the two versions that are one unit: one and one, one and several
    (split), several and one (merged), or one side empty (added, deleted)."""

    part: str  # "title", "preamble", "operative" or "annex"
    old: list[str]  # paragraph ids
    new: list[str]
    old_labels: list[str | None]  # printed numbers or letters
    new_labels: list[str | None]
    status: str  # one of STATUSES
    level: int = 0  # 0 paragraph, 1 sub-paragraph (a), 2 (i)
    moved: bool = False
    rollover: bool = False  # an added paragraph that only recalls last session's resolution
    similarity: float = 1.0
    changes: list[Change] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)  # word-level, for renderers
    old_text: str = ""
    new_text: str = ""

    @property
    def edited(self) -> bool:
        return bool(self.changes)

    def changed(self, kind: str) -> list[Change]:
        return [change for change in self.changes if change.kind == kind]


@dataclass
class Summary:
    verdict: str  # one of VERDICTS
    paragraphs: dict[str, int]  # status -> count, paragraphs (level 0)
    subparagraphs: dict[str, int]  # status -> count, sub-paragraphs
    counts: dict[str, int]  # what changed: "strengthened", "citations added", ...
    numbering: list[tuple[str, str]]  # operative paragraphs renumbered: (old, new)
    headline: str

    @property
    def same(self) -> bool:
        """Same in substance: nothing changed but layout or editing."""
        return self.verdict in ("unchanged", "editorial")


@dataclass
class Version:
    path: str
    symbol: str | None
    kind: str  # "adopted", "draft", "amendment"


@dataclass
class Comparison:
    old: Version
    new: Version
    units: list[AlignedUnit]
    summary: Summary
    findings: list[Diagnostic] | None = None  # --lint: what the new version added
