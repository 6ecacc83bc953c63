"""Stable paragraph ids: ``pp_3``, ``op_5``, ``op_II_2``, ``op_II_2__a``; repeats get -2, -3.

Ids are built from what is printed (numbers, section labels) rather than
from positions, so they survive edits elsewhere in the text and make sense
to a reader of the JSON or of an Akoma Ntoso export.
"""

from __future__ import annotations

from reslint.model import Paragraph, Section


class IdAllocator:
    """Gives every paragraph and attachment of one document its id."""

    def __init__(self) -> None:
        self.preambular = 0
        self.unnumbered = 0
        self.attachments = 0
        self.used: dict[str, int] = {}

    def paragraph(
        self, paragraph: Paragraph, section: Section | None, parent: Paragraph | None
    ) -> str:
        """The id of ``paragraph``; preambular paragraphs also get their index here."""
        if parent is not None:
            base = f"{parent.id}__{paragraph.number or 'x'}"
        elif paragraph.kind == "preambular":
            self.preambular += 1
            paragraph.index = self.preambular
            base = f"pp_{self.preambular}"
        else:
            prefix = "op_" + (section.path.replace(".", "_") + "_" if section else "")
            if paragraph.number is None:
                self.unnumbered += 1
                base = f"{prefix}u{self.unnumbered}"
            else:
                base = f"{prefix}{paragraph.number}"
        self.used[base] = self.used.get(base, 0) + 1
        return base if self.used[base] == 1 else f"{base}-{self.used[base]}"

    def attachment(self, kind: str) -> str:
        """``annex_1``, ``declaration_2``: attachments are numbered in one sequence."""
        self.attachments += 1
        return f"{kind}_{self.attachments}"
