"""Acronyms in the text of a resolution and where they are defined (A101, A102)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reslint.lint.rules.text import own_end
from reslint.model import Document, Paragraph

ACRONYM = re.compile(r"\b([A-Z][A-Z0-9&]*[A-Z](?:-\d+)?)s?\b")
DEFINITION = re.compile(r"\(([A-Z][A-Z0-9&]*[A-Z](?:-\d+)?)s?\)")  # "(NGOs)" defines NGO
ROMAN = re.compile(r"^[IVXLC]+$")


def body_texts(document: Document) -> Iterator[tuple[Paragraph, int, int]]:
    """Own text spans of every paragraph of the preamble and operative part, in order."""
    for paragraph in sorted(document.preambular + document.operative, key=lambda p: p.start):
        for item in paragraph.walk():
            yield item, item.text_start, own_end(item)


def is_acronym(word: str) -> bool:
    return len(word) >= 2 and not ROMAN.match(word)
