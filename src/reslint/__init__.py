"""reslint: parse, classify and lint United Nations resolutions.

The pipeline runs one way: read -> normalize -> parse -> annotate -> classify
-> lint -> render.  ``parse`` needs no spaCy; the stages that do import it
lazily, so ``import reslint`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from pathlib import Path

    from reslint.classifier import Classification
    from reslint.model import Document


def parse(text_or_path: str | Path, *, path: str | None = None) -> Document:
    """Parse a resolution given as text or as a path to a file.

    A ``pathlib.Path``, or a string naming an existing file, is read from disk
    (text in any encoding reslint reads, Word .docx or PDF); any other string is
    taken as the text itself.  ``path`` names the text in messages when text is given.  Raises
    ``reslint.errors.InputError`` for unreadable input or text that holds no
    resolution structure.
    """
    from reslint.pipeline import parse_source
    from reslint.source import source_from

    return parse_source(source_from(text_or_path, name=path))


def classify(
    text_or_path: str | Path, *, path: str | None = None, lexicon: dict | None = None
) -> Classification:
    """Classify every clause of a resolution given as text or as a path.

    ``lexicon`` extends the shipped lexicons as the ``[lexicon]`` table of a
    configuration does (``{"verbs": {...}, "openers": {...}, "actors": {...}}``).
    The spaCy pipeline is built on the first call and reused.
    """
    from reslint.classifier import classifier_for

    return classifier_for(lexicon).classify(parse(text_or_path, path=path))


__all__ = ["__version__", "classify", "parse"]
