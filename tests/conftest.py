"""Shared fixtures: the real corpus (read-only, beside the checkout) and its parses."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("RESLINT_CORPUS", ROOT.parent / "shared" / "corpus" / "real"))


def corpus_files() -> list[Path]:
    """Every text of the corpus; in CI a missing corpus is an error, not a skip."""
    if not CORPUS.is_dir():
        if os.environ.get("CI"):
            raise RuntimeError(f"corpus not found at {CORPUS}")
        return []
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def corpus() -> list[Path]:
    files = corpus_files()
    if not files:
        pytest.skip(f"corpus not found at {CORPUS}")
    return files


@pytest.fixture(scope="session")
def parsed_corpus(corpus: list[Path]) -> dict[str, object]:
    """Every corpus file parsed once per test session: name -> Document."""
    from reslint.pipeline import parse_source
    from reslint.source import read_path

    return {path.name: parse_source(read_path(path)) for path in corpus}
