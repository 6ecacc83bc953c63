"""Text that remembers, for every character, where it came from in the original.

Normalization is a chain of small passes (drop page furniture, move footnotes,
join lines, repair split words).  Each pass rewrites a ``MappedText`` into a new
one, and the offset map composes on the way, so the final clean text can still
point every position back at the user's file, even for one-to-many repairs and
for footnotes moved out of the page flow.

A map is a list of segments covering the text.  A *copy* segment is a run of
characters taken unchanged from the original; a *synthetic* segment is text the
normalizer wrote (a space where a line break was, ``[^3]`` for a glued footnote
number) and stands for a whole span of the original.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    """``text[start:end]`` comes from ``original[raw_start:raw_end]``."""

    start: int
    end: int
    raw_start: int
    raw_end: int
    copy: bool


class MappedText:
    """A string plus its segment map back to the original text.

    The segments are kept as four parallel arrays of machine integers (start,
    raw start, raw end, copy flag; a segment ends where the next starts), not
    as objects: a 35 MB text has millions of them, and objects would cost
    five times the memory.
    """

    __slots__ = ("_copy", "_raw_end", "_raw_start", "_starts", "text")

    def __init__(
        self,
        text: str,
        starts: array,
        raw_starts: array,
        raw_ends: array,
        copies: bytearray,
    ) -> None:
        self.text = text
        self._starts = starts
        self._raw_start = raw_starts
        self._raw_end = raw_ends
        self._copy = copies

    @classmethod
    def identity(cls, text: str) -> MappedText:
        """The original text, mapped onto itself."""
        if not text:
            return cls(text, array("q"), array("q"), array("q"), bytearray())
        ends = array("q", [len(text)])
        return cls(text, array("q", [0]), array("q", [0]), ends, bytearray(b"\1"))

    def __len__(self) -> int:
        return len(self.text)

    @property
    def segments(self) -> list[Segment]:
        """The map as ``Segment`` objects (for inspection; the methods use the arrays)."""
        return list(self._segments_from(0))

    def _segments_from(self, index: int) -> Iterator[Segment]:
        for i in range(index, len(self._starts)):
            yield self._segment(i)

    def _segment(self, index: int) -> Segment:
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self.text)
        return Segment(
            self._starts[index],
            end,
            self._raw_start[index],
            self._raw_end[index],
            bool(self._copy[index]),
        )

    def _index_at(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def to_raw(self, offset: int) -> int:
        """Original offset of the character at ``offset`` (a start boundary)."""
        if not self._starts:
            return 0
        if offset >= len(self.text):
            return self._raw_end[-1]
        i = self._index_at(offset)
        if self._copy[i]:
            return self._raw_start[i] + (offset - self._starts[i])
        return self._raw_start[i]

    def to_raw_end(self, offset: int) -> int:
        """Original offset just after the character before ``offset`` (an end boundary)."""
        if not self._starts:
            return 0
        if offset <= 0:
            return self._raw_start[0]
        i = self._index_at(offset - 1)
        if self._copy[i]:
            return self._raw_start[i] + (offset - self._starts[i])
        return self._raw_end[i]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span that a clean span ``[start, end)`` stands for.

        A span that runs into text moved from earlier in the original (a footnote
        printed mid-page, now at the end) would come out reversed: it stands for
        the point where it starts instead.
        """
        if start >= end:
            point = self.to_raw(start)
            return point, point
        i = self._index_at(start)
        if self._copy[i] and (i + 1 == len(self._starts) or end <= self._starts[i + 1]):
            # inside one copied run, the common case (a line break, a space): one search
            shift = self._raw_start[i] - self._starts[i]
            return start + shift, end + shift
        raw_start = self.to_raw(start)
        return raw_start, max(raw_start, self.to_raw_end(end))

    def from_raw(self, raw: int) -> int | None:
        """The offset here of original character ``raw``, when it was copied unchanged
        (the inverse of ``to_raw``, for what a reader knows by original offsets)."""
        for seg in self.segments:
            if seg.copy and seg.raw_start <= raw < seg.raw_end:
                return seg.start + (raw - seg.raw_start)
        return None

    def is_copy(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` is an unchanged copy of the original."""
        if start >= end:
            return True
        i = self._index_at(start)
        segment_end = self._starts[i + 1] if i + 1 < len(self._starts) else len(self.text)
        return bool(self._copy[i]) and end <= segment_end

    def first_copy_from(self, raw: int) -> int | None:
        """The first offset whose character is a copy of the original at or after ``raw``."""
        for i in range(len(self._starts)):
            if self._copy[i] and self._raw_end[i] > raw:
                return self._starts[i] + max(0, raw - self._raw_start[i])
        return None

    def edit(self, edits: Iterable[tuple[int, int, str]]) -> MappedText:
        """Apply non-overlapping replacements ``(start, end, new_text)``.

        Replacement text stands for the original span it replaces; a pure
        insertion (``start == end``) stands for the point where it is made.
        """
        builder = Builder()
        position = 0
        for start, end, new_text in sorted(edits, key=lambda e: (e[0], e[1])):
            if start < position:
                raise ValueError(f"overlapping edit at {start}")
            builder.add_slice(self, position, start)
            builder.add_text(new_text, self, start, end)
            position = end
        builder.add_slice(self, position, len(self.text))
        return builder.build()


class Builder:
    """Assemble a new ``MappedText`` from slices of others and new text."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._starts = array("q")
        self._raw_start = array("q")
        self._raw_end = array("q")
        self._copy = bytearray()
        self._length = 0

    def add_slice(self, source: MappedText, start: int, end: int) -> None:
        """Append ``source.text[start:end]`` with its mapping."""
        if start >= end:
            return
        self._parts.append(source.text[start:end])
        starts = source._starts
        first = bisect.bisect_right(starts, start) - 1
        if first + 1 == len(starts) or end <= starts[first + 1]:  # within one segment: common
            self._push_part(source, first, start, end)
            return
        last = bisect.bisect_left(starts, end, first + 1) - 1  # the last one to start before end
        self._push_part(source, first, start, starts[first + 1])
        self._extend(source, first + 1, last)
        self._push_part(source, last, starts[last], end)

    def _push_part(self, source: MappedText, index: int, lo: int, hi: int) -> None:
        """Append ``[lo, hi)`` of segment ``index`` of ``source``."""
        if source._copy[index]:
            raw_lo = source._raw_start[index] + (lo - source._starts[index])
            self._push(hi - lo, raw_lo, raw_lo + (hi - lo), True)
        else:
            self._push(hi - lo, source._raw_start[index], source._raw_end[index], False)

    def _extend(self, source: MappedText, first: int, stop: int) -> None:
        """Append whole segments ``first`` to ``stop`` (excluded) of ``source`` as they are.

        Array slices instead of a ``_push`` per segment: a pass that edits a few
        places of a long text copies the rest of its map, hundreds of thousands of
        segments.  None of them merges with the one before: a map never holds two
        copied segments that continue each other (``_push`` merged them when it
        was built), and the part pushed before them ends where its segment does.
        """
        if first >= stop:
            return
        shift = self._length - source._starts[first]
        self._starts.extend(offset + shift for offset in source._starts[first:stop])
        self._raw_start.extend(source._raw_start[first:stop])
        self._raw_end.extend(source._raw_end[first:stop])
        self._copy.extend(source._copy[first:stop])
        self._length += source._starts[stop] - source._starts[first]

    def add_text(self, text: str, source: MappedText, start: int, end: int) -> None:
        """Append text the normalizer wrote in place of ``source.text[start:end]`` (a
        point, for an insertion): it stands for the original span behind that one.

        The span is given in ``source`` and mapped back here, never as original
        offsets: a pass reads a text that earlier passes changed (a web copy split
        into lines is longer than the file), and its offsets are not the file's.
        """
        if text:
            raw_start, raw_end = source.raw_span(start, end)
            self._parts.append(text)
            self._push(len(text), raw_start, raw_end, False)

    def _push(self, length: int, raw_start: int, raw_end: int, copy: bool) -> None:
        start = self._length
        self._length += length
        if copy and self._copy and self._copy[-1] and self._raw_end[-1] == raw_start:
            self._raw_end[-1] = raw_end  # a copy that goes on where the last one stopped
            return
        self._starts.append(start)
        self._raw_start.append(raw_start)
        self._raw_end.append(raw_end)
        self._copy.append(1 if copy else 0)

    @property
    def length(self) -> int:
        return self._length

    def build(self) -> MappedText:
        return MappedText(
            "".join(self._parts), self._starts, self._raw_start, self._raw_end, self._copy
        )
