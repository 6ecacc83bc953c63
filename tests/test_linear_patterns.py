"""Every module-level regular expression of ``src/reslint`` runs in linear time.

Nested or overlapping quantifiers over unbounded runs ("paragraphs 1111...",
a run of spaces rescanned from each of its positions) turn a hostile input
into minutes or hours.  Each pattern is run over long runs of each character
class (and of short words), after each literal word of the pattern, so that
every alternative gets going, with a time bound per run that linear matching
meets a hundred times over and quadratic matching misses.

A pattern is searched (``finditer``) unless it is listed in ``ANCHORED``:
those are only ever matched at a given position (``match``/``fullmatch``),
which ``test_anchored_patterns_are_only_matched`` checks in the sources.

The patterns run in a child process with a time limit, so that a
catastrophic pattern fails the test instead of hanging it.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pyparsing as pp
import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "reslint"
LENGTH = 20_000  # characters of each run
BOUND = 0.25  # seconds for one run; linear matching takes a few milliseconds
GROWTH = 8  # a run 4 times as long takes about 4 times as long; quadratic, 16 times
RUNS = (
    # each character class alone
    " ", "\t", "\n", "\r\n", "\u00a0", "a", "A", "1", ".", ",", ";", ":", "-", "–", "_",
    "*", "/", "(", ")", "[", "]", "’", "“", "é", "\ue000", "I",
    # and in the shapes patterns look for: words, numbers, labels, markers, symbols
    "a ", "Ab ", "1 ", "1.", "1, ", "a1", "a-", "a.", "(a)", "1/", "A/", "[^", "[^1]",
    ". ", "; ", "-\n", "1 and ", "of the ",
)  # fmt: skip
# patterns only ever matched at a given position (the sources are checked for it)
ANCHORED = {
    "reslint.classifier.actions._REPEAT",
    "reslint.grammar.citations._CONTINUES",
    "reslint.grammar.citations._DATE_AFTER",
    "reslint.grammar.citations._LINKED",
    "reslint.grammar.citations._NAMED_AFTER",
    "reslint.grammar.lines.CLOSING",
    "reslint.grammar.lines.COMMENT_LINE",
    "reslint.grammar.lines.NUMBER_LABEL",
    "reslint.grammar.lines.SEPARATOR",
    "reslint.grammar.lines._DATE_REST",
    "reslint.grammar.lines._FURNITURE_LINE",
    "reslint.grammar.lines._LOOSE_NUMBER",
    "reslint.grammar.lines._PAGE_LINE",
    "reslint.grammar.lines._PROVISION",
    "reslint.grammar.lines._SHORT_NAME",
    "reslint.lint.rules.references.R104._MARKER_AFTER",
    "reslint.lint.rules.structure.S104._DOTTED",
    "reslint.lint.rules.references.R104._OTHER_SYMBOL",
    "reslint.normalize.layout._BARE_LABEL",
    "reslint.normalize.layout._FOOTNOTE_START",
    "reslint.normalize.layout._NOTES",
    "reslint.normalize.layout._TITLE_NUMBER",
    "reslint.normalize.markers._MONTH",
    "reslint.normalize.markers._NUMBER_AFTER",
    "reslint.normalize.web._PREFIX",
}
_SEARCHING = re.compile(r"\b(\w+)\.(?:search|finditer|findall|sub|subn|split)\(")


def module_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern bound at module level (alone, or in a tuple, list or dict),
    and the regular expressions of module-level pyparsing ``Regex`` elements."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[int] = set()  # a pattern imported by another module is checked once
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts).removesuffix(".__init__")
        if name.endswith("__main__"):
            continue
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            values = value if isinstance(value, (tuple, list)) else [value]
            if isinstance(value, dict):
                values = list(value.values())
            for index, item in enumerate(values):
                pattern = item.re if isinstance(item, pp.Regex) else item
                if isinstance(pattern, re.Pattern) and id(pattern) not in seen:
                    seen.add(id(pattern))
                    key = f"{name}.{attribute}" + (f"[{index}]" if len(values) > 1 else "")
                    found[key] = pattern
    return found


def _words(pattern: str) -> list[str]:
    """The literal words of a pattern, to put before a run so that the pattern gets going."""
    plain = re.sub(r"\\.", " ", pattern)
    return list(dict.fromkeys(re.findall(r"[A-Za-z]{3,}", plain)))[:4]


def timed(pattern: re.Pattern[str], text: str, anchored: bool) -> float:
    start = time.perf_counter()
    if anchored:
        pattern.match(text)
        pattern.fullmatch(text)
    else:
        for _ in pattern.finditer(text):
            pass
    return time.perf_counter() - start


def slowest(key: str, pattern: re.Pattern[str]) -> tuple[float, str]:
    """The longest time a run took that also grew faster than its length (a slow run on a
    busy machine that scales linearly is not a failure), and which run."""
    anchored = key.split("[")[0] in ANCHORED
    worst = (0.0, "")
    for prefix in ["", *(word + " " for word in _words(pattern.pattern))]:
        for run in RUNS:
            repeat = LENGTH // len(run)
            elapsed = timed(pattern, prefix + run * repeat + "x", anchored)
            if elapsed <= max(BOUND, worst[0]):
                continue
            quarter = timed(pattern, prefix + run * (repeat // 4) + "x", anchored)
            if elapsed > GROWTH * quarter:
                worst = (elapsed, f"{prefix!r} + {run!r} x {repeat}")
    return worst


def _child() -> None:
    """Run in a child process: print one JSON line per pattern, as it finishes."""
    for key, pattern in module_patterns().items():
        print(json.dumps({"pattern": key}), flush=True)
        seconds, run = slowest(key, pattern)
        print(json.dumps({"pattern": key, "seconds": seconds, "run": run}), flush=True)


def test_every_module_pattern_is_linear() -> None:
    process = subprocess.Popen(
        [sys.executable, __file__], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        out, err = process.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        last = [json.loads(line) for line in out.splitlines()][-1]["pattern"]
        pytest.fail(f"{last} did not finish: catastrophic backtracking")
    assert process.returncode == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    done = [row for row in rows if "seconds" in row]
    assert len(done) >= 90, "too few patterns found: the collection is broken"
    slow = {row["pattern"]: f"{row['seconds']:.2f} s on {row['run']}" for row in done}
    slow = {key: text for key, text in slow.items() if float(text.split()[0]) > BOUND}
    assert not slow, f"patterns not linear on long runs: {slow}"


def test_anchored_patterns_are_only_matched() -> None:
    """``ANCHORED`` patterns are never searched: no ``NAME.search(`` and the like."""
    names = {key.rsplit(".", 1)[1] for key in ANCHORED}
    searched = set()
    for path in SRC.rglob("*.py"):
        for match in _SEARCHING.finditer(path.read_text(encoding="utf-8")):
            if match.group(1) in names:
                searched.add(f"{path.name}: {match.group(0)}")
    assert not searched, f"patterns in ANCHORED are searched, so must be linear: {searched}"
    known = module_patterns()
    assert set(known) >= ANCHORED, f"not module patterns: {ANCHORED - set(known)}"


if __name__ == "__main__":
    _child()
