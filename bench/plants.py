"""Planted defects: recall of the lint rules per defect kind, as a Markdown table.

Runs the harness of ``tests/plants.py`` (the one ``tests/test_plants.py``
asserts on) over the same seeded selection of the corpus and prints the
per-kind table (plants, hits, recall, fix round trips) and the misses, for
the closing notes of a change:

    python bench/plants.py [--corpus ../shared/corpus/real] [--per-kind 10] [--kind NAME]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from corpus import corpus_folder  # noqa: E402  (bench/corpus.py)

import plants  # noqa: E402  (tests/plants.py, beside the test that asserts on it)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--per-kind", type=int, default=plants.PLANTS_PER_KIND)
    parser.add_argument("--seed", type=int, default=plants.SEED)
    parser.add_argument("--kind", action="append", choices=sorted(plants.KINDS), default=[])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    corpus = corpus_folder(args.corpus)
    if corpus is None:
        return 2
    files = plants.select_files(sorted(corpus.glob("*.txt")), args.seed)
    kinds = [plants.KINDS[name] for name in args.kind] or None
    start = time.perf_counter()
    outcomes = plants.Harness().run(files, args.per_kind, args.seed, kinds, args.jobs)
    seconds = time.perf_counter() - start
    print(f"{len(files)} files, seed {args.seed}, up to {args.per_kind} plants per kind\n")
    print(plants.table(outcomes))
    print(f"\n{len(outcomes)} plants checked in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
