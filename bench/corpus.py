"""Where the benchmarks find the corpus, and what they say when it is not there."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpus" / "real"


def corpus_folder(given: Path | None = None) -> Path | None:
    """The corpus folder: ``given`` (``--corpus``, ``make ... CORPUS=``), else
    ``RESLINT_CORPUS``, else ``../shared/corpus/real`` beside the checkout; None, with a
    message that says where it was expected and how to point at it, when it has no texts.
    """
    folder = given or Path(os.environ.get("RESLINT_CORPUS") or DEFAULT)
    if folder.is_dir() and any(folder.glob("*.txt")):
        return folder
    print(
        f"reslint bench: no corpus at {folder} (expected the *.txt resolutions there); "
        "set it with CORPUS=DIR (make bench CORPUS=DIR, make plants CORPUS=DIR) "
        "or the RESLINT_CORPUS environment variable",
        file=sys.stderr,
    )
    return None
