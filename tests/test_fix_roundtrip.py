"""Fixes keep the meaning: every corpus text, fixed, parses to the same structure.

After ``--fix`` (and ``--fix --unsafe-fixes`` where a text has unsafe fixes)
each corpus text must parse to the same paragraphs, kinds, labels (through
the renumbering for unsafe fixes), openers and sub-paragraphs, and linting it
again must find nothing new (``tests/roundtrip.py`` says what differs).
"""

from __future__ import annotations

import pytest

from reslint.lint.settings import Settings
from reslint.source import read_path
from roundtrip import check, corpus_texts


@pytest.mark.corpus
def test_fixed_corpus_texts_keep_their_structure(corpus) -> None:
    settings = Settings()
    problems = [
        f"{path.name}: {problem}"
        for path in corpus_texts()
        for problem in check(read_path(path), settings)
    ]
    assert problems == []
