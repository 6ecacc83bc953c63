"""Shared fixtures: the real corpus (read-only, beside the checkout) and its parses."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Batch commands cache their results; the tests' cache is theirs alone, never the checkout's.
os.environ["RESLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="reslint-test-cache-")
atexit.register(shutil.rmtree, os.environ["RESLINT_CACHE_DIR"], ignore_errors=True)
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
def linted_corpus(corpus: list[Path]) -> dict[str, tuple]:
    """Every corpus file read, normalized, parsed and linted once per test session, with
    the default settings (profile detected): name -> (source, normalized, document,
    diagnostics).  The corpus tests, the lint corpus tests and the planted defects share it."""
    from reslint.lint.settings import Settings
    from reslint.pipeline import lint_source
    from reslint.source import read_path

    settings = Settings()
    linted = {}
    for path in corpus:
        source = read_path(path)
        linted[path.name] = (source, *lint_source(source, settings))
    return linted


@pytest.fixture(scope="session")
def parsed_corpus(linted_corpus: dict[str, tuple]) -> dict[str, object]:
    """Every corpus file's Document: name -> Document."""
    return {name: document for name, (_, _, document, _) in linted_corpus.items()}
