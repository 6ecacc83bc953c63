from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.diagnostic import UNSAFE, Edit, Fix
from reslint.lint.rule import Rule
from reslint.lint.rules.references.crossrefs import (
    BARE_PARAGRAPH_REFERENCE,
    NUMBER,
    PARAGRAPH_REFERENCE,
)
from reslint.lint.rules.text import own_end
from reslint.model import Document, Paragraph

if TYPE_CHECKING:
    from reslint.lint.context import Context


class OperativeNumbering(Rule):
    """Operative paragraphs are numbered 1, 2, 3 ... without gaps or repeats.

    ## What it does
    Checks that the printed numbers of operative paragraphs run on without a
    gap or a repeated number.  A section (I, II or A, B) may start again at 1.

    ## Why
    Paragraphs are cited by number ("paragraph 5 above"); a gap or a repeat
    makes every later reference ambiguous.

    ## Example
    1. Decides ...;
    2. Requests ...;
    4. Invites ...

    ## Use instead
    1. Decides ...;
    2. Requests ...;
    3. Invites ...

    ## Fix safety
    Unsafe: the fix renumbers the paragraphs and every reference that points
    at them: "paragraph N above", "below" or "of the present resolution", and
    a bare "paragraph N" that names no other text ("per paragraphs 7 and 8";
    not "paragraph 3 of resolution 1990 (2011)" nor "article 77, paragraph 3").
    References from other documents cannot be updated.

    ## Source
    UN Editorial Manual, "Paragraphs and subparagraphs".
    """

    code = "S103"
    slug = "operative-numbering"
    message = "Operative paragraph numbering"
    level = "error"
    fixable = True

    def check(self, node: Document, ctx: Context) -> None:
        numbered = [p for p in node.operative if p.number and p.number.isdecimal()]
        renumbering: dict[str, int] = {}
        problems: list[tuple[Paragraph, str]] = []
        # a body that numbers every paragraph (UNESCO) goes on from its preamble
        printed = _numbered_preamble(node)  # the previous printed number
        expected = printed + 1  # the renumbered sequence
        section = object()
        for paragraph in numbered:
            number = int(paragraph.number)
            if paragraph.section != section:
                section = paragraph.section
                if number == 1:
                    expected, printed = 1, 0
            if number != printed + 1:
                kind = "repeats" if number <= printed else "skips"
                problems.append(
                    (paragraph, f"paragraph {number} {kind} the numbering: expected {printed + 1}")
                )
            renumbering[paragraph.id] = expected
            expected += 1
            printed = number
        if not problems:
            return
        fix = self._renumber(node, numbered, renumbering, ctx)
        for index, (paragraph, message) in enumerate(problems):
            start = paragraph.start
            ctx.report(
                self,
                start,
                start + len(paragraph.label or "1"),
                message,
                fix=fix if index == 0 else None,
                node=paragraph.id,
            )

    def _renumber(
        self, document: Document, numbered: list[Paragraph], new: dict[str, int], ctx: Context
    ) -> Fix:
        edits = []
        old_to_new: dict[str, int] = {}
        for paragraph in numbered:
            if paragraph.number not in old_to_new:  # a repeated number keeps its first target
                old_to_new[paragraph.number] = new[paragraph.id]
            if int(paragraph.number) != new[paragraph.id]:
                digits = ctx.text.index(paragraph.number, paragraph.start)
                edits.append(Edit(digits, digits + len(paragraph.number), str(new[paragraph.id])))
        for paragraph in document.paragraphs():
            own = ctx.text[paragraph.text_start : own_end(paragraph)]
            references = [
                *PARAGRAPH_REFERENCE.finditer(own),
                *BARE_PARAGRAPH_REFERENCE.finditer(own),
            ]
            for match in references:
                for number in NUMBER.finditer(match.group(1)):
                    target = old_to_new.get(number.group(0))
                    if target is not None and str(target) != number.group(0):
                        start = paragraph.text_start + match.start(1) + number.start()
                        edits.append(Edit(start, start + len(number.group(0)), str(target)))
        unique = sorted(set(edits), key=lambda e: e.start)
        return Fix(tuple(unique), UNSAFE, "renumber the operative paragraphs and references")


def _numbered_preamble(document: Document) -> int:
    """How many preambular paragraphs the text numbers 1, 2, 3 ... (0 when it does not)."""
    numbers = [p.number for p in document.preamble if isinstance(p, Paragraph) and p.number]
    return len(numbers) if numbers == [str(n) for n in range(1, len(numbers) + 1)] else 0
