"""Paragraph numbers printed after the first line of their paragraph, put back in front.

In the Security Council's layout of about 2000-2011 the number of an
operative paragraph is set in the margin, level with the paragraph's second
line, and text extraction writes it there:

    Expresses concern at the potential damaging impact of HIV/AIDS on the
    1.
    health of international peacekeeping personnel, ...

A bare number line is moved in front of the line before it when that line
opens an operative paragraph (its opener is an operative verb, the line
before it ended a paragraph) and the line after the number goes on with the
same sentence; numbers must also continue the numbering seen so far, so a
number of the running text is never taken.  Lettered items of a list ("a.",
"b.") printed the same way are put back the same way.  The moved number keeps its own
place in the map back to the original file: a finding about it points at
the line where it was printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reslint.grammar import lines as recognize
from reslint.lexicon import Lexicon
from reslint.normalize.layout import PAGE_BREAK
from reslint.normalize.lines import Line, split_lines
from reslint.normalize.mapped import Builder, MappedText
from reslint.normalize.notation import without_trailing_markers

_BARE_LABEL = re.compile(r"(\d{1,4}|[a-z])\.")  # "12." or a lettered item "b."
_INLINE_LABEL = re.compile(r"(\d{1,4}|[a-z])\.\s+\S")
_ENDS_PARAGRAPH = ".,;:"


@dataclass(frozen=True)
class Move:
    """A number moved in front of its paragraph's first line (offsets before the move)."""

    label_start: int
    label_end: int
    line_start: int
    detail: str


def restore_displaced_labels(
    text: MappedText, body_start: int, lexicon: Lexicon
) -> tuple[MappedText, list[Move]]:
    """The text with displaced paragraph numbers moved back, and the moves made."""
    lines = [line for line in split_lines(text.text) if line.start >= body_start]
    # page breaks do not part a paragraph from its number ("Calls on ...\n8." at a page top)
    content = [line for line in lines if not line.blank and PAGE_BREAK not in line.text]
    moves: list[Move] = []
    sequence = _Sequence()
    for index, line in enumerate(content):
        stripped = line.text.strip()
        bare = _BARE_LABEL.fullmatch(stripped)
        inline = _INLINE_LABEL.match(stripped)
        if inline and not bare:
            sequence.see(inline.group(1))
            continue
        if not bare or index < 2 or not sequence.continues(bare.group(1)):
            continue
        before, first, after = content[index - 2], content[index - 1], _at(content, index + 1)
        if _displaced(before.text, first.text, after, lexicon):
            moves.append(
                Move(
                    line.content_start,
                    line.content_end,
                    first.content_start,
                    f"{stripped} moved before {first.text.strip()[:30]!r}",
                )
            )
        sequence.see(bare.group(1))
    return (_apply(text, moves) if moves else text), moves


class _Sequence:
    """The numbering seen so far: paragraph numbers, and the letters of a list under one."""

    def __init__(self) -> None:
        self.number: int | None = None
        self.letter: str | None = None

    def see(self, label: str) -> None:
        if label.isdecimal():
            self.number, self.letter = int(label), None
        else:
            self.letter = label

    def continues(self, label: str) -> bool:
        if label.isdecimal():
            return self.number is None or int(label) == self.number + 1
        return label == (chr(ord(self.letter) + 1) if self.letter else "a")


def _at(lines: list[Line], index: int) -> str:
    return lines[index].text.strip() if index < len(lines) else ""


def _displaced(before: str, first: str, after: str, lexicon: Lexicon) -> bool:
    """``first`` opens an operative paragraph whose number was printed after it."""
    opener = recognize.opener_at(first.strip(), lexicon)
    if opener is None or opener[0] != "operative":
        return False
    ended = without_trailing_markers(before).rstrip("”’\"') ")[-1:] in _ENDS_PARAGRAPH
    if not ended and not recognize.formula_at(before, lexicon):
        return False
    if without_trailing_markers(first)[-1:] in ".;:":
        return False  # a paragraph of one line ends before its number: not this layout
    goes_on = after[:1].islower() or not (
        recognize.label_at(after) or recognize.opener_at(after, lexicon)
    )
    return bool(after) and goes_on


def _apply(text: MappedText, moves: list[Move]) -> MappedText:
    """Copy the text with each number in front of its line and its own line dropped."""
    builder = Builder()
    position = 0
    source = text.text
    for move in moves:
        builder.add_slice(text, position, move.line_start)
        builder.add_slice(text, move.label_start, move.label_end)
        builder.add_text(" ", text, move.label_end, move.label_end)
        label_line_start = source.rfind("\n", 0, move.label_start) + 1
        builder.add_slice(text, move.line_start, label_line_start)
        next_line = source.find("\n", move.label_end)
        position = len(source) if next_line < 0 else next_line + 1
    builder.add_slice(text, position, len(source))
    return builder.build()
