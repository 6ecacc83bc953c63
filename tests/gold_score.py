"""Score the classifier against the hand-labelled gold sets (tests/gold/), clause by clause.

    python tests/gold_score.py [--details] [--set classify|heldout|unseen|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8]

``classify`` is the development set; ``heldout``, ``unseen`` and ``heldout2`` to
``heldout8`` were labelled in the same way from other corpus documents; each
was scored once before any of its disagreements was read (the first scores
are kept in their README).

Every operative paragraph of a gold file lists its clauses in order (verb,
head, strength, addressee categories).  The tool's clauses are aligned to the
gold clauses in order, a pair when their verbs begin with the same word
(longest common subsequence), so a missed or an extra clause costs only
itself.  Addressee precision, recall and F1 count (clause, category) pairs:
a gold clause left unaligned counts its categories as missed, a tool clause
left unaligned counts its categories as wrong.  They are given for the
opening clause of each paragraph and over all clauses.

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

    def precision(self, scope: str) -> float:
        tp, fp = self.counts[f"{scope}_tp"], self.counts[f"{scope}_fp"]
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, scope: str) -> float:
        tp, fn = self.counts[f"{scope}_tp"], self.counts[f"{scope}_fn"]
        return tp / (tp + fn) if tp + fn else 1.0

    def f1(self, scope: str) -> float:
        c = self.counts
        tp, fp, fn = c[f"{scope}_tp"], c[f"{scope}_fp"], c[f"{scope}_fn"]
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().replace("‑", "-").split())


def _due_matches(gold: str, predicted: str | None) -> bool:
    gold, predicted = _norm(gold), _norm(predicted)
    if gold == "none" or predicted == "none":
        return gold == predicted
    return bool(predicted) and (gold in predicted or predicted in gold)


def align(gold: list[dict], predicted: list) -> list[tuple[int, int]]:
    """Pairs (gold index, tool index) of clauses whose verbs begin with the same word,
    in order (longest common subsequence)."""

    def key(verb: str) -> str:
        return _norm(verb).split(" ")[0]

    g = [key(c["verb"]) for c in gold]
    p = [key(c.verb) for c in predicted]
    table = [[0] * (len(p) + 1) for _ in range(len(g) + 1)]
    for i in range(len(g) - 1, -1, -1):
        for j in range(len(p) - 1, -1, -1):
            table[i][j] = (
                table[i + 1][j + 1] + 1 if g[i] == p[j] else max(table[i + 1][j], table[i][j + 1])
            )
    pairs, i, j = [], 0, 0
    while i < len(g) and j < len(p):
        if g[i] == p[j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _count_addressees(c: Counter, scope: str, gold: set[str], got: set[str]) -> None:
    c[f"{scope}_tp"] += len(gold & got)
    c[f"{scope}_fp"] += len(got - gold)
    c[f"{scope}_fn"] += len(gold - got)


def _score_clauses(result: Score, where: str, gold: list[dict], got: list) -> None:
    """Opening clause and all clauses of one paragraph."""
    c = result.counts
    c["clauses"] += len(gold)
    c["tool_clauses"] += len(got)
    pairs = align(gold, got)
    c["aligned"] += len(pairs)
    paired_gold = {i for i, _ in pairs}
    paired_tool = {j for _, j in pairs}
    opening = got[0] if got else None
    first = gold[0]
    c["op"] += 1
    c["op_verb_ok"] += bool(opening) and _norm(opening.verb) == _norm(first["verb"])
    c["op_head_ok"] += bool(opening) and _norm(opening.head) == _norm(first["head"])
    c["op_strength_ok"] += bool(opening) and opening.strength.label == first["strength"]
    first_got = {a.category for a in opening.addressees} if opening else set()
    _count_addressees(c, "open", set(first["addressees"]), first_got)
    if opening is None or _norm(opening.verb) != _norm(first["verb"]):
        result.misses.append(
            f"{where} opening verb {first['verb']!r} != {opening and opening.verb!r}"
        )
    if set(first["addressees"]) != first_got:
        result.misses.append(
            f"{where} clause 1 addressees {sorted(first['addressees'])} != {sorted(first_got)} "
            f"{[a.text for a in opening.addressees] if opening else []}"
        )
    for i, j in pairs:
        label, clause = gold[i], got[j]
        cats = {a.category for a in clause.addressees}
        c["verb_ok"] += _norm(clause.verb) == _norm(label["verb"])
        c["head_ok"] += _norm(clause.head) == _norm(label["head"])
        c["strength_ok"] += clause.strength.label == label["strength"]
        _count_addressees(c, "all", set(label["addressees"]), cats)
        if _norm(clause.verb) != _norm(label["verb"]):
            result.misses.append(
                f"{where} clause {i + 1} verb {label['verb']!r} != {clause.verb!r}"
            )
        if clause.strength.label != label["strength"]:
            result.misses.append(
                f"{where} clause {i + 1} ({label['verb']}) strength {label['strength']} "
                f"!= {clause.strength.label}"
            )
        if i and set(label["addressees"]) != cats:
            result.misses.append(
                f"{where} clause {i + 1} ({label['verb']}) addressees "
                f"{sorted(label['addressees'])} != {sorted(cats)} "
                f"{[a.text for a in clause.addressees]}"
            )
    for i, label in enumerate(gold):
        if i not in paired_gold:
            _count_addressees(c, "all", set(label["addressees"]), set())
            result.misses.append(f"{where} clause {i + 1} {label['verb']!r} not found")
    for j, clause in enumerate(got):
        if j not in paired_tool:
            _count_addressees(c, "all", set(), {a.category for a in clause.addressees})
            result.misses.append(f"{where} extra clause {clause.verb!r}")


def _score_paragraph(result: Score, where: str, label: dict, got: object) -> None:
    """Action and reporting mandate, read over the whole paragraph."""
    c = result.counts
    if label.get("action"):
        c["action"] += 1
        if got.action:
            c["action_found"] += 1
            if _norm(got.action) == _norm(label["action"]):
                c["action_ok"] += 1
            else:
                result.misses.append(f"{where} action {label['action']!r} != {got.action!r}")
        else:
            result.misses.append(f"{where} action {label['action']!r} not found")
    if label.get("mandate"):
        c["mandate"] += 1
        mandates = [cl.mandate for cl in got.clauses if cl.mandate]
        to_sg = [m for m in mandates if m.category == "secretary-general"] or mandates
        due = to_sg[0].due if to_sg else None
        if due is not None and _due_matches(label["mandate"], due):
            c["mandate_ok"] += 1
        else:
            result.misses.append(f"{where} mandate {label['mandate']!r} != {due!r}")


def score(details: bool = False, gold: Path = GOLD) -> Score:
    from reslint.classifier import Classifier
    from reslint.pipeline import parse_source
    from reslint.source import read_path

    classifier = Classifier()
    result = Score()
    c = result.counts
    for gold_file in sorted(gold.glob("*.toml")):
        labels = tomllib.loads(gold_file.read_text(encoding="utf-8"))
        classified = classifier.classify(parse_source(read_path(CORPUS / labels["source"])))
        c["documents"] += 1
        pre = {p.id: p for p in classified.preambular}
        ops = {o.id: o for o in classified.operative}
        for pid, label in labels.get("preambular", {}).items():
            c["pre"] += 1
            got = pre.get(pid)
            if got and got.function == label["function"]:
                c["pre_ok"] += 1
            else:
                result.misses.append(
                    f"{gold_file.stem} {pid} function {label['function']} "
                    f"!= {got.function if got else None} [{label.get('opener')}]"
                )
        for oid, label in labels.get("operative", {}).items():
            where = f"{gold_file.stem} {oid}"
            got = ops.get(oid)
            if got is None:
                c["op"] += 1
                c["clauses"] += len(label["clauses"])
                result.misses.append(f"{where} missing")
                continue
            _score_clauses(result, where, label["clauses"], got.clauses)
            _score_paragraph(result, where, label, got)
    if details:
        print("\n".join(result.misses))
    return result


def report(result: Score) -> str:
    c = result.counts
    return (
        f"documents {c['documents']}  operative paragraphs {c['op']}  "
        f"clauses {c['clauses']} (tool {c['tool_clauses']}, aligned {c['aligned']})  "
        f"preambular {c['pre']}\n"
        f"opening clause  verb {result.ratio('op_verb_ok', 'op'):.3f}  "
        f"head {result.ratio('op_head_ok', 'op'):.3f}  "
        f"strength {result.ratio('op_strength_ok', 'op'):.3f}  "
        f"addressee F1 {result.f1('open'):.3f} "
        f"(P {result.precision('open'):.3f}, R {result.recall('open'):.3f})\n"
        f"all clauses     verb {result.ratio('verb_ok', 'clauses'):.3f}  "
        f"head {result.ratio('head_ok', 'clauses'):.3f}  "
        f"strength {result.ratio('strength_ok', 'clauses'):.3f}  "
        f"addressee F1 {result.f1('all'):.3f} "
        f"(P {result.precision('all'):.3f}, R {result.recall('all'):.3f})\n"
        f"clause split    precision {result.ratio('aligned', 'tool_clauses'):.3f}  "
        f"recall {result.ratio('aligned', 'clauses'):.3f}\n"
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
        choices=["classify", "heldout", "unseen", *(f"heldout{n}" for n in range(2, 9))],
        default="classify",
        help="the development set, or a held-out set (labelled, never used for tuning)",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    print(report(score(args.details, ROOT / "tests" / "gold" / args.set)))
