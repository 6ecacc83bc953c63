"""What a lint rule reports: a diagnostic, located, with an optional fix."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reslint.readers.place import Place

LEVELS = ("info", "warning", "error")
_LABEL = re.compile(r"^(?:\d+\.|\([a-z]{1,4}\))\s*")  # a paragraph's number is not its identity
SAFE, UNSAFE, DISPLAY = "safe", "unsafe", "display-only"


def level_rank(level: str) -> int:
    return LEVELS.index(level)


@dataclass(frozen=True)
class Edit:
    """Replace the normalized text ``[start, end)`` with ``text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Fix:
    """Edits that resolve a diagnostic, with how safe they are to apply unattended.

    ``safe`` fixes keep the meaning (a punctuation mark, "calls on" to "calls
    upon"); ``unsafe`` ones may not (renumbering paragraphs); ``display-only``
    ones are shown, never applied.
    """

    edits: tuple[Edit, ...]
    applicability: str = SAFE
    message: str = ""


@dataclass
class Diagnostic:
    code: str
    slug: str
    level: str
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int = field(repr=False)  # offsets in the normalized text
    end: int = field(repr=False)
    node: str | None = None  # id of the paragraph it is about
    fix: Fix | None = None
    source_line: str = field(default="", repr=False)  # the original line, for display
    place: Place | None = None  # paragraph and offset (.docx) or page and line (PDF)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code)

    def identity(self) -> tuple[str, str, str]:
        """What names a finding across edits elsewhere in its file: the rule, the message
        and the text of its line (spaces collapsed, a paragraph number left out, so that
        renumbering keeps old findings old).  Baselines and every renderer's fingerprint
        use it."""
        line = _LABEL.sub("", " ".join(self.source_line.split()))
        return (self.code, self.message, line)
