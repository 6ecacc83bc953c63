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
from collections.abc import Iterable
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
    """A string plus its segment map back to the original text."""

    __slots__ = ("_starts", "segments", "text")

    def __init__(self, text: str, segments: list[Segment]) -> None:
        self.text = text
        self.segments = segments
        self._starts = [seg.start for seg in segments]

    @classmethod
    def identity(cls, text: str) -> MappedText:
        """The original text, mapped onto itself."""
        return cls(text, [Segment(0, len(text), 0, len(text), True)] if text else [])

    def __len__(self) -> int:
        return len(self.text)

    def _segment_at(self, offset: int) -> Segment:
        return self.segments[bisect.bisect_right(self._starts, offset) - 1]

    def to_raw(self, offset: int) -> int:
        """Original offset of the character at ``offset`` (a start boundary)."""
        if not self.segments:
            return 0
        if offset >= len(self.text):
            return self.segments[-1].raw_end
        seg = self._segment_at(offset)
        return seg.raw_start + (offset - seg.start) if seg.copy else seg.raw_start

    def to_raw_end(self, offset: int) -> int:
        """Original offset just after the character before ``offset`` (an end boundary)."""
        if not self.segments:
            return 0
        if offset <= 0:
            return self.segments[0].raw_start
        seg = self._segment_at(offset - 1)
        return seg.raw_start + (offset - seg.start) if seg.copy else seg.raw_end

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span that a clean span ``[start, end)`` stands for."""
        if start >= end:
            point = self.to_raw(start)
            return point, point
        return self.to_raw(start), self.to_raw_end(end)

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
        seg = self._segment_at(start)
        return seg.copy and end <= seg.end

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
            if new_text:
                raw_start, raw_end = self.raw_span(start, end)
                builder.add_text(new_text, raw_start, raw_end)
            position = end
        builder.add_slice(self, position, len(self.text))
        return builder.build()


class Builder:
    """Assemble a new ``MappedText`` from slices of others and new text."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0

    def add_slice(self, source: MappedText, start: int, end: int) -> None:
        """Append ``source.text[start:end]`` with its mapping."""
        if start >= end:
            return
        self._parts.append(source.text[start:end])
        index = bisect.bisect_right(source._starts, start) - 1
        segments = source.segments
        while index < len(segments) and segments[index].start < end:
            seg = segments[index]
            lo, hi = max(seg.start, start), min(seg.end, end)
            if seg.copy:
                raw_lo = seg.raw_start + (lo - seg.start)
                self._push(hi - lo, raw_lo, raw_lo + (hi - lo), True)
            else:
                self._push(hi - lo, seg.raw_start, seg.raw_end, False)
            index += 1

    def add_text(self, text: str, raw_start: int, raw_end: int) -> None:
        """Append text the normalizer wrote, standing for ``original[raw_start:raw_end]``."""
        if text:
            self._parts.append(text)
            self._push(len(text), raw_start, raw_end, False)

    def _push(self, length: int, raw_start: int, raw_end: int, copy: bool) -> None:
        start = self._length
        self._length += length
        last = self._segments[-1] if self._segments else None
        if copy and last is not None and last.copy and last.raw_end == raw_start:
            self._segments[-1] = Segment(last.start, self._length, last.raw_start, raw_end, True)
            return
        self._segments.append(Segment(start, self._length, raw_start, raw_end, copy))

    @property
    def length(self) -> int:
        return self._length

    def build(self) -> MappedText:
        return MappedText("".join(self._parts), self._segments)
