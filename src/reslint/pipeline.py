"""The stages put together: read -> normalize -> parse (and later annotate, classify, lint).

Each function takes the previous stage's result; nothing here reaches back.
"""

from __future__ import annotations

from reslint.lexicon import load_lexicon
from reslint.model import Document
from reslint.normalize import Normalized, normalize
from reslint.parser import parse
from reslint.source import Source


def normalize_source(source: Source) -> Normalized:
    return normalize(source, load_lexicon())


def parse_source(source: Source) -> Document:
    """Normalize and parse one source."""
    return parse(normalize_source(source), load_lexicon())
