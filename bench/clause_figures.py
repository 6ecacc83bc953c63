"""Clause figures over a corpus (issue 9): how many clauses, where the mandates are,
and which appeals name no addressee.

    python bench/clause_figures.py [--corpus DIR] [--sample 30] [--seed 9] [--exclude DIR ...]

Prints, over every operative paragraph of every text in the corpus:

* clauses per operative paragraph: mean and distribution;
* reporting mandates (to any actor, and to the Secretary-General): how many
  paragraphs have one, and how many of those have it only in a later clause
  (the old one-verb reading would have missed them);
* exhortation, request and encouragement clauses: how many name no
  addressee (``self``), and, with ``--sample N``, N of them drawn at random
  (texts under ``--exclude`` folders left out of the draw, e.g. the gold
  sets) for reading by hand.
"""

from __future__ import annotations

import argparse
import random
import statistics
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPEALS = {"exhortation", "request", "encouragement"}


def classify_corpus(folder: Path) -> list:
    from reslint.batch import Batch
    from reslint.config import Config
    from reslint.inputs import Input
    from reslint.tasks import ClassifyTask

    inputs = [Input(str(path)) for path in sorted(folder.glob("*.txt"))]
    results = []
    for outcome in Batch(inputs, ClassifyTask(Config()), 1, None):
        if outcome.error:
            print(outcome.error)
        else:
            results.append(outcome.result)
    return results


def clause_counts(results: list) -> Counter:
    return Counter(len(p.clauses) for r in results for p in r.operative)


def mandates(results: list) -> dict[str, int]:
    """Paragraphs with a reporting mandate, and those whose mandate is only in a later clause."""
    counts: Counter = Counter()
    for paragraph in (p for r in results for p in r.operative):
        found = [c.mandate for c in paragraph.clauses if c.mandate]
        if not found:
            continue
        later_only = paragraph.clauses[0].mandate is None
        to_sg = any(m.category == "secretary-general" for m in found)
        counts["with"] += 1
        counts["later_only"] += later_only
        counts["with_sg"] += to_sg
        counts["later_only_sg"] += later_only and to_sg
    return dict(counts)


def unaddressed_appeals(results: list) -> tuple[int, list[tuple[str, str, str, str]]]:
    """Appeal clauses (exhortation, request, encouragement), and those naming no actor."""
    total, unaddressed = 0, []
    for result in results:
        for paragraph in result.operative:
            for clause in paragraph.clauses:
                if clause.strength.label not in APPEALS:
                    continue
                total += 1
                if {a.category for a in clause.addressees} == {"self"}:
                    text = paragraph.text[clause.start_char : clause.end_char].strip()
                    unaddressed.append((result.path, paragraph.id, clause.verb, text))
    return total, unaddressed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/real")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    results = classify_corpus(args.corpus)
    counts = clause_counts(results)
    per_paragraph = [n for n, k in counts.items() for _ in range(k)]
    paragraphs = len(per_paragraph)
    print(f"texts {len(results)}  operative paragraphs {paragraphs}  clauses {sum(per_paragraph)}")
    print(
        f"clauses per paragraph: mean {statistics.mean(per_paragraph):.2f}, "
        f"median {statistics.median(per_paragraph):g}, max {max(per_paragraph)}"
    )
    for n in sorted(counts):
        share = counts[n] / paragraphs
        print(f"  {n:>2} clause{'s' if n != 1 else ' '}  {counts[n]:>5}  {share:6.1%}")
    several = sum(k for n, k in counts.items() if n > 1)
    print(f"paragraphs with more than one clause: {several} ({several / paragraphs:.1%})")
    found = mandates(results)
    print(
        f"paragraphs with a reporting mandate: {found.get('with', 0)}, "
        f"only in a later clause: {found.get('later_only', 0)}; "
        f"to the Secretary-General: {found.get('with_sg', 0)}, "
        f"only in a later clause: {found.get('later_only_sg', 0)}"
    )
    total, unaddressed = unaddressed_appeals(results)
    print(
        f"exhortation/request/encouragement clauses: {total}, naming no addressee: "
        f"{len(unaddressed)} ({len(unaddressed) / total:.1%})"
    )
    if args.sample:
        excluded = {p.stem for folder in args.exclude for p in folder.glob("*.toml")}
        pool = [u for u in unaddressed if Path(u[0]).stem not in excluded]
        for number, (path, pid, verb, text) in enumerate(
            random.Random(args.seed).sample(pool, min(args.sample, len(pool))), 1
        ):
            print(f"\n[{number}] {Path(path).name} {pid} ({verb})\n    {text[:400]}")


if __name__ == "__main__":
    main()
