"""Physical lines of a text, with their offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")


class Line(NamedTuple):
    """``text[start:end]`` is the line without its newline; ``next`` starts the next line.

    A named tuple: the normalizer splits a text into lines several times, and
    ``_split_newlines`` makes tuples with ``tuple.__new__``, ten times as fast as
    a frozen dataclass.
    """

    start: int
    end: int
    next: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def content_start(self) -> int:
        """Offset of the first non-space character."""
        return self.start + len(self.text) - len(self.text.lstrip())

    @property
    def content_end(self) -> int:
        """Offset just after the last non-space character."""
        return self.start + len(self.text.rstrip())


def split_lines(text: str) -> list[Line]:
    """Every line of ``text``; a final newline does not make an empty last line."""
    if "\r" in text:
        lines = []
        for match in _LINE.finditer(text):
            if match.start() == len(text) and (not lines or lines[-1].next == len(text)):
                break
            lines.append(Line(match.start(), match.end(1), match.end(), match.group(1)))
        return lines
    return _split_newlines(text)


def _split_newlines(text: str) -> list[Line]:
    """The common case, "\n" only: ``str.split`` and a running offset (no regular
    expression, and no search per line)."""
    lines = []
    start = 0
    parts = text.split("\n")
    if parts[-1] == "":
        parts.pop()  # a final newline does not make an empty last line
    length = len(text)
    new = tuple.__new__
    for part in parts:
        end = start + len(part)
        lines.append(new(Line, (start, end, end + 1 if end < length else length, part)))
        start = end + 1
    return lines
