"""Score ``reslint diff`` against the hand-written alignment of real pairs
(tests/gold/diff/pairs.toml).

    python tests/diff_gold.py          # every disagreement, and the score per pair

Used by tests/test_diff_gold.py.  Units are compared as (old ids, new ids, status);
a gold ``either`` line accepts the pair (edited or moved) or the old paragraph deleted
and the new one added.  Verb lines are checked on the unit the diff gives for the pair;
citation lines must all be found (the diff may report more, in footnotes the gold does
not list).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "diff" / "pairs.toml"
CORPUS = Path(os.environ.get("RESLINT_CORPUS", ROOT.parent / "shared" / "corpus" / "real"))

Key = tuple[tuple[str, ...], tuple[str, ...], str]


@dataclass
class PairScore:
    name: str
    units: int = 0  # gold units
    units_right: int = 0
    extra: list[str] = field(default_factory=list)  # units the diff gives that the gold has not
    missed: list[str] = field(default_factory=list)  # gold units the diff does not give
    checks: int = 0  # verb, modifier, heads, opener and citation lines checked
    checks_right: int = 0
    wrong: list[str] = field(default_factory=list)
    verdict: tuple[str, str] = ("", "")
    summary: str = ""
    headline: str = ""

    @property
    def perfect(self) -> bool:
        return (
            not self.extra
            and not self.missed
            and self.checks == self.checks_right
            and self.verdict[0] == self.verdict[1]
        )


def _ids(field_text: str) -> tuple[str, ...]:
    return () if field_text == "-" else tuple(field_text.split("+"))


def _lines(block: str) -> list[list[str]]:
    return [
        line.split()
        for line in block.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


@cache
def _classifier():
    from reslint.classifier import Classifier

    return Classifier()


def compare_files(old: str, new: str):
    from reslint.diff import compare
    from reslint.pipeline import parse_source
    from reslint.source import read_path

    classifier = _classifier()
    documents = [parse_source(read_path(CORPUS / name)) for name in (old, new)]
    classes = [classifier.classify(d) for d in documents]
    comparison = compare(documents[0], documents[1], classifier.lexicon, *classes)
    return documents, comparison


def _unit_key(unit) -> Key:
    return tuple(unit.old), tuple(unit.new), unit.status


def _expected(pair: dict, documents) -> tuple[set[Key], list[tuple[str, str]]]:
    """The gold units (``either`` pairs apart) and the ``either`` pairs."""
    expected: set[Key] = set()
    either = []
    mentioned_old, mentioned_new = set(), set()
    for old, new, status in _lines(pair["units"]):
        mentioned_old.update(_ids(old))
        mentioned_new.update(_ids(new))
        if status == "either":
            either.append((old, new))
        else:
            expected.add((_ids(old), _ids(new), status))
    if pair.get("rest") == "unchanged":
        if documents[0].title and documents[1].title and "title" not in mentioned_old:
            expected.add((("title",), ("title",), "unchanged"))
        new_ids = {p.id for p in documents[1].paragraphs()}
        for paragraph in documents[0].paragraphs():
            if paragraph.id not in mentioned_old and paragraph.id in new_ids:
                expected.add(((paragraph.id,), (paragraph.id,), "unchanged"))
    return expected, either


def _head(verb: str | None) -> str | None:
    from reslint.lexicon import words_of

    if verb is None:
        return None
    lexicon = _classifier().lexicon
    found = lexicon.match_opener(words_of(verb), lexicon.operative)
    head = found.value.head if found else verb
    return head.replace(" ", "_")


def _check(line: list[str], unit) -> bool:
    what = line[2]
    verbs = unit.changed("verb")
    if what == "verb":
        old, new = line[3].split(">")
        return any(
            c.clause == 0 and _head(c.old) == old and _head(c.new) == new and c.direction == line[4]
            for c in verbs
        )
    if what == "modifier":
        sign, word = line[3][0], line[3][1:]
        return any(
            (c.old == word and c.new is None) if sign == "-" else (c.new == word and c.old is None)
            for c in unit.changed("modifier")
        )
    if what == "heads":
        net: Counter = Counter()
        for change in verbs:
            if change.old:
                net[_head(change.old)] -= 1
            if change.new:
                net[_head(change.new)] += 1
        gold: Counter = Counter()
        for item in line[3:]:
            gold[item[1:]] += 1 if item[0] == "+" else -1
        return +net == +gold and -net == -gold
    if what == "opener":
        old, new = (side.replace("_", " ") for side in line[3].split(">"))
        return any(
            c.clause == 0 and (c.old or "").lower() == old and (c.new or "").lower() == new
            for c in verbs
        )
    raise ValueError(f"unknown gold line {' '.join(line)!r}")


def score_pair(pair: dict) -> PairScore:
    documents, comparison = compare_files(pair["old"], pair["new"])
    result = PairScore(f"{pair['old']} -> {pair['new']}", summary=pair["summary"])
    result.headline = comparison.summary.headline
    result.verdict = (pair["verdict"], comparison.summary.verdict)
    given = {_unit_key(u): u for u in comparison.units}
    expected, either = _expected(pair, documents)
    accounted: set[Key] = set()
    for key in expected:
        result.units += 1
        if key in given:
            result.units_right += 1
            accounted.add(key)
        else:
            result.missed.append(" ".join(("+".join(k) or "-") for k in key[:2]) + " " + key[2])
    for old, new in either:
        result.units += 1
        readings = [
            [(_ids(old), _ids(new), "edited")],
            [(_ids(old), _ids(new), "moved")],
            [(_ids(old), (), "deleted"), ((), _ids(new), "added")],
        ]
        found = next((r for r in readings if all(k in given for k in r)), None)
        if found:
            result.units_right += 1
            accounted.update(found)
        else:
            result.missed.append(f"{old} {new} either")
    result.extra = [
        " ".join(("+".join(k) or "-") for k in key[:2]) + " " + key[2]
        for key in given
        if key not in accounted
    ]
    by_pair = {(tuple(u.old), tuple(u.new)): u for u in comparison.units}
    either_pairs = {(_ids(o), _ids(n)) for o, n in either}
    for line in _lines(pair.get("verbs", "")) + _citation_lines(pair):
        pair_ids = (_ids(line[0]), _ids(line[1]))
        unit = by_pair.get(pair_ids)
        if unit is None and pair_ids in either_pairs:
            continue  # the diff read this rewrite as a deletion and an addition
        result.checks += 1
        if unit is not None and _check_line(line, unit):
            result.checks_right += 1
        else:
            result.wrong.append(" ".join(line))
    return result


def _citation_lines(pair: dict) -> list[list[str]]:
    return [
        [old, new, "citation", item]
        for old, new, *items in _lines(pair.get("citations", ""))
        for item in items
    ]


def _check_line(line: list[str], unit) -> bool:
    if line[2] != "citation":
        return _check(line, unit)
    sign, number = line[3][0], line[3][1:]
    side = "old" if sign == "-" else "new"
    return any(getattr(c, side) == number for c in unit.changed("citation"))


def score() -> list[PairScore]:
    pairs = tomllib.loads(GOLD.read_text(encoding="utf-8"))["pair"]
    return [score_pair(pair) for pair in pairs]


def main() -> None:
    results = score()
    total = Counter()
    for result in results:
        total["units"] += result.units
        total["right"] += result.units_right
        total["checks"] += result.checks
        total["checks_right"] += result.checks_right
        print(
            f"{result.name}: units {result.units_right}/{result.units}, "
            f"checks {result.checks_right}/{result.checks}, "
            f"verdict {result.verdict[1]} (gold {result.verdict[0]})"
        )
        print(f"    diff: {result.headline}")
        for item in result.missed:
            print(f"    missed: {item}")
        for item in result.extra:
            print(f"    extra:  {item}")
        for item in result.wrong:
            print(f"    wrong:  {item}")
    print(
        f"all: units {total['right']}/{total['units']}, "
        f"checks {total['checks_right']}/{total['checks']}"
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
