"""The notation the normalizer writes into the clean text, which every later stage reads.

Footnotes use Markdown's footnote syntax, so a Markdown resolution already
written that way passes through unchanged:

* a marker in the text, ``[^3]`` (a superscript "3" in the PDF, glued to the
  word before it: "Convention,3" becomes "Convention,[^3]");
* a footnote text, moved to the end of the clean text on a line of its own,
  ``[^3]: Ibid., vol. 1577, No. 27531.``

This module is the one place that spells the notation: the normalizer writes
it with ``marker`` and ``definition``, the parser, the classifier and the lint
rules read it with the patterns and helpers below.  Labels are numbers or
asterisks, a few characters long; the bound keeps every pattern linear on
hostile input ("[^[^[^..." or long runs of spaces).
"""

from __future__ import annotations

import re

_LABEL = r"[^\]\s\[]{1,12}"
MARKER_PATTERN = rf"\[\^{_LABEL}\]"  # no group: to build into other patterns
FOOTNOTE_MARKER = re.compile(rf"\[\^({_LABEL})\]")  # group 1: the label
FOOTNOTE_DEFINITION = re.compile(rf"\[\^({_LABEL})\]:[ \t]?")  # at the start of a line
MARKER_START = "[^"


def marker(label: str) -> str:
    """The marker of footnote ``label`` in the text: ``[^3]``."""
    return f"[^{label}]"


def definition(label: str) -> str:
    """What opens the line of footnote ``label``'s text: ``[^3]: ``."""
    return f"[^{label}]: "


def without_markers(text: str, *, space_before: bool = False) -> str:
    """``text`` with its footnote markers removed (and, with ``space_before``, the
    spaces or tabs just before each marker: "Convention [^3]," reads "Convention,")."""
    if MARKER_START not in text:
        return text
    parts: list[str] = []
    last = 0
    for match in FOOTNOTE_MARKER.finditer(text):
        piece = text[last : match.start()]
        parts.append(piece.rstrip(" \t") if space_before else piece)
        last = match.end()
    parts.append(text[last:])
    return "".join(parts)


def without_trailing_markers(text: str) -> str:
    """``text`` without the markers (and whitespace) at its end: "Convention,[^3] [^4]"
    reads "Convention,"; the end mark of a paragraph stands before its markers."""
    stripped = text.rstrip()
    while stripped.endswith("]"):
        start = stripped.rfind(MARKER_START)
        if start < 0 or not FOOTNOTE_MARKER.fullmatch(stripped, start):
            break
        stripped = stripped[:start].rstrip()
    return stripped
