"""Golden outputs: the parse tree and JSON of every sample, kept as reviewed files.

    python tests/golden.py --update    # regenerate after a reviewed change (`make golden`)

``tests/test_golden.py`` fails when an output differs from its file, so every
change of the parser's output shows up in the diff of a commit.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"
RENDERERS = {"tree": "reslint.render.parse_tree", "json": "reslint.render.parse_json"}


def outputs(sample: Path) -> dict[str, str]:
    """Every golden output of one sample, by file suffix."""
    import importlib

    from reslint.pipeline import parse_source
    from reslint.source import read_path

    os.chdir(ROOT)  # paths in the outputs are relative to the checkout
    document = parse_source(read_path(sample.relative_to(ROOT)))
    return {
        suffix: importlib.import_module(module).render([document])
        for suffix, module in RENDERERS.items()
    }


def golden_files(sample: Path) -> dict[str, Path]:
    return {suffix: GOLDEN / f"{sample.name}.{suffix}" for suffix in RENDERERS}


def update() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for sample in sorted(SAMPLES.iterdir()):
        for suffix, text in outputs(sample).items():
            golden_files(sample)[suffix].write_text(text, encoding="utf-8")
            print("wrote", golden_files(sample)[suffix].relative_to(ROOT))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", required=True)
    parser.parse_args()
    update()
