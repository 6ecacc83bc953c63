"""Score the classifier against the hand-labelled gold sets (tests/gold/).

    python tests/gold_score.py [--details] [--set classify|heldout]

``classify`` is the development set; ``heldout`` was labelled in the same way
from other corpus documents and is only scored, never read for tuning.

Used by tests/test_classify_gold.py; run alone it prints every disagreement,
for reading, not for tuning to the files: rules must hold for unseen texts.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "classify"
CORPUS = Path(os.environ.get("RESLINT_CORPUS", ROOT.parent / "shared" / "corpus" / "real"))


@dataclass
class Score:
    counts: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def ratio(self, hit: str, total: str) -> float:
        return self.counts[hit] / self.counts[total] if self.counts[total] else 1.0

    @property
    def f1(self) -> float:
        tp, fp, fn = self.counts["cat_tp"], self.counts["cat_fp"], self.counts["cat_fn"]
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().replace("‑", "-").split())


def _due_matches(gold: str, predicted: str | None) -> bool:
    gold, predicted = _norm(gold), _norm(predicted)
    if gold == "none" or predicted == "none":
        return gold == predicted
    return bool(predicted) and (gold in predicted or predicted in gold)


def score(details: bool = False, gold: Path = GOLD) -> Score:
    from reslint.classifier import Classifier
    from reslint.pipeline import parse_source
    from reslint.source import read_path

    classifier = Classifier()
    result = Score()
    c = result.counts
    for gold_file in sorted(gold.glob("*.toml")):
        gold = tomllib.loads(gold_file.read_text(encoding="utf-8"))
        classified = classifier.classify(parse_source(read_path(CORPUS / gold["source"])))
        pre = {p.id: p for p in classified.preambular}
        ops = {o.id: o for o in classified.operative}
        for pid, label in gold.get("preambular", {}).items():
            c["pre"] += 1
            got = pre.get(pid)
            if got and got.function == label["function"]:
                c["pre_ok"] += 1
            else:
                result.misses.append(
                    f"{gold_file.stem} {pid} function {label['function']} "
                    f"!= {got.function if got else None} [{label.get('opener')}]"
                )
        for oid, label in gold.get("operative", {}).items():
            got = ops.get(oid)
            c["op"] += 1
            if got is None:
                result.misses.append(f"{gold_file.stem} {oid} missing")
                continue
            if _norm(got.verb) == _norm(label["verb"]):
                c["verb_ok"] += 1
            else:
                result.misses.append(
                    f"{gold_file.stem} {oid} verb {label['verb']!r} != {got.verb!r}"
                )
            if _norm(got.head) == _norm(label["head"]):
                c["head_ok"] += 1
            else:
                result.misses.append(
                    f"{gold_file.stem} {oid} head {label['head']!r} != {got.head!r}"
                )
            gold_cats = set(label["addressees"])
            got_cats = {a.category for a in got.addressees}
            c["cat_tp"] += len(gold_cats & got_cats)
            c["cat_fp"] += len(got_cats - gold_cats)
            c["cat_fn"] += len(gold_cats - got_cats)
            if gold_cats != got_cats:
                result.misses.append(
                    f"{gold_file.stem} {oid} addressees {sorted(gold_cats)} != {sorted(got_cats)} "
                    f"{label.get('addressee_text')} / {[a.text for a in got.addressees]}"
                )
            if label.get("action"):
                c["action"] += 1
                if got.action:
                    c["action_found"] += 1
                    if _norm(got.action) == _norm(label["action"]):
                        c["action_ok"] += 1
                    else:
                        result.misses.append(
                            f"{gold_file.stem} {oid} action {label['action']!r} != {got.action!r}"
                        )
                else:
                    result.misses.append(
                        f"{gold_file.stem} {oid} action {label['action']!r} not found"
                    )
            if label.get("mandate"):
                c["mandate"] += 1
                due = got.mandate.due if got.mandate else None
                if got.mandate and _due_matches(label["mandate"], due):
                    c["mandate_ok"] += 1
                else:
                    result.misses.append(
                        f"{gold_file.stem} {oid} mandate {label['mandate']!r} != {due!r}"
                    )
    if details:
        print("\n".join(result.misses))
    return result


def report(result: Score) -> str:
    c = result.counts
    return (
        f"operative {c['op']}  preambular {c['pre']}\n"
        f"verb accuracy      {result.ratio('verb_ok', 'op'):.3f}\n"
        f"head accuracy      {result.ratio('head_ok', 'op'):.3f}\n"
        f"addressee F1       {result.f1:.3f}\n"
        f"function accuracy  {result.ratio('pre_ok', 'pre'):.3f}\n"
        f"action found       {result.ratio('action_found', 'action'):.3f} "
        f"(exact {result.ratio('action_ok', 'action'):.3f} of {c['action']})\n"
        f"mandates found     {c['mandate_ok']}/{c['mandate']}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--details", action="store_true")
    parser.add_argument(
        "--set",
        choices=["classify", "heldout"],
        default="classify",
        help="the development set, or the held-out set (labelled, never used for tuning)",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    print(report(score(args.details, ROOT / "tests" / "gold" / args.set)))
