"""Size series: wall time and peak memory of ``reslint lint`` (and ``parse -f json``) on
one resolution of 1, 4, 16 and 35 MB, to show that both grow linearly.

Each input is one resolution built from the corpus, never one text repeated:
the heading and formula of a typical file, then the preambular paragraphs of
every corpus text, then their operative paragraphs numbered on from 1 (so the
labels run past 1000), then a closing line.  The texts keep their broken
lines, hyphenation, split words and glued footnote numbers, as pasted from a
PDF, less the page headers and footnote zones (those name and number each
text on its own).  When one pass over the corpus is not enough
for a size, the corpus is taken again (lint needs no spaCy, whose word cache
a repeated text would flatter).

Each command runs in a new process; the peak resident memory is the child's
own (``wait4``).  The inputs are written to a temporary folder, never beside
the corpus.

Each command runs ``--rounds`` times (3 by default) and the fastest round is
kept, with the peak memory of that round: on a shared machine a slower round
measures the neighbours.

    python bench/sizes.py [--corpus DIR] [--sizes 1,4,16,35] [--commands lint,parse]
                          [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ROOT, corpus_folder

TYPICAL = "A_RES_79_117.txt"
_FORMULA = re.compile(
    r"^[ \t]*The (?:General Assembly|Security Council|Human Rights Council|"
    r"Economic and Social Council)[ \t]*,?[ \t]*$",
    re.MULTILINE,
)
_LABEL = re.compile(r"^([ \t]*)\d{1,3}\.(?=\s)", re.MULTILINE)
_SEIZED = re.compile(r"\bremain\s+(?:actively\s+)?seized\b")
_LAYOUT = ("page-furniture", "running-title", "separator", "footnote-moved")
COMMANDS = {"lint": ["lint", "--exit-zero", "--no-cache"], "parse": ["parse", "-f", "json"]}


def parts(path: Path) -> tuple[str, str] | None:
    """(preamble, operative part) of one corpus text as printed (page furniture, footnote
    zones and broken lines included); None for a text that is not a plain preamble and
    operative part numbered from 1 (sections, annexes, parse problems)."""
    from reslint.errors import InputError
    from reslint.parser import parse
    from reslint.pipeline import normalize_source
    from reslint.source import read_path

    try:
        normalized = normalize_source(read_path(path))
        document = parse(normalized)
    except InputError:
        return None
    preamble, operative = document.preambular, document.operative
    if (
        not preamble
        or not operative
        or document.problems
        or any(p.section or not p.number for p in operative)
        or operative[0].number != "1"
        or _SEIZED.search(operative[-1].text)  # what follows "remain seized" is an annex
    ):
        return None
    text = normalized.source.text
    first, last = normalized.raw_span(preamble[0].start, preamble[-1].end)
    op_first, op_last = normalized.raw_span(operative[0].start, operative[-1].end)
    # without what the layout pass takes out (page headers name the text's own symbol, in
    # another text they are not furniture; footnote zones run to the next page header)
    furniture = [r for r in normalized.repairs if r.kind in _LAYOUT]
    return _without(text, first, last, furniture), _without(text, op_first, op_last, furniture)


def _without(text: str, start: int, end: int, removed: list) -> str:
    """``text[start:end]`` less the spans ``removed``."""
    kept, position = [], start
    for repair in removed:
        if repair.end <= position or repair.start >= end:
            continue
        kept.append(text[position : max(position, repair.start)])
        position = max(position, repair.end)
    kept.append(text[position:end])
    return "".join(kept)


def build(corpus: Path, megabytes: float) -> str:
    """One resolution of about ``megabytes`` MB (UTF-8) made of the corpus texts."""
    files = sorted(corpus.glob("*.txt"))
    typical = (corpus / TYPICAL).read_text(encoding="utf-8")
    head = typical[: _FORMULA.search(typical).end()]
    pieces = [p for p in map(parts, files) if p]
    target = int(megabytes * 1_000_000) - len(head.encode())
    preambles: list[str] = []
    operatives: list[str] = []
    size = 0
    while size < target:
        for preamble, operative in pieces:
            preambles.append(preamble)
            operatives.append(operative)
            size += len(preamble.encode()) + len(operative.encode()) + 4
            if size >= target:
                break
    counter = iter(range(1, 10**9))
    numbered = _LABEL.sub(lambda m: f"{m.group(1)}{next(counter)}.", "\n\n".join(operatives))
    return f"{head}\n\n" + "\n\n".join(preambles) + f"\n\n{numbered}\n\n99th plenary meeting\n"


def measure(argv: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak resident MB and exit code of one command in a new process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        sys.stderr.write(process.stderr.read().decode(errors="replace")[-2000:])
    return seconds, usage.ru_maxrss / 1024, process.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--sizes", default="1,4,16,35", help="MB, comma-separated")
    parser.add_argument("--commands", default="lint,parse", help="lint and/or parse")
    parser.add_argument("--keep", type=Path, help="Write the inputs to this folder and keep them.")
    parser.add_argument("--rounds", type=int, default=3, help="Runs per command (fastest kept).")
    args = parser.parse_args()
    corpus = corpus_folder(args.corpus)
    if corpus is None:
        return 2
    reslint = [sys.executable, "-m", "reslint.cli"]
    rows = []
    with tempfile.TemporaryDirectory(prefix="reslint-sizes-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for size in (float(s) for s in args.sizes.split(",")):
            path = folder / f"resolution-{size:g}mb.txt"
            path.write_text(build(corpus, size), encoding="utf-8")
            actual = path.stat().st_size / 1e6
            for name in args.commands.split(","):
                runs = [measure([*reslint, *COMMANDS[name], str(path)]) for _ in range(args.rounds)]
                seconds, peak, code = min(runs)
                rows.append(
                    {
                        "command": name,
                        "mb": round(actual, 1),
                        "seconds": round(seconds, 1),
                        "peak_mb": round(peak),
                        "exit": code,
                        "rounds": [round(run[0], 1) for run in runs],
                        "s_per_mb": round(seconds / actual, 2),
                        "peak_mb_per_input_mb": round(peak / actual, 1),
                    }
                )
                row = rows[-1]
                print(
                    f"{name:<6} {row['mb']:>6.1f} MB  {row['seconds']:>7.1f} s  "
                    f"{row['peak_mb']:>6} MB peak  ({row['s_per_mb']} s/MB, "
                    f"{row['peak_mb_per_input_mb']} MB/MB)  exit {code}  rounds {row['rounds']}",
                    flush=True,
                )
    lint = [r for r in rows if r["command"] == "lint"]
    biggest = max(lint, key=lambda r: r["mb"], default=None)
    if biggest and biggest["mb"] >= 30:
        ok = biggest["seconds"] < 60 and biggest["peak_mb"] < 1024
        print(f"target: lint {biggest['mb']} MB in < 60 s and < 1 GB ({'ok' if ok else 'MISSED'})")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "sizes.json").write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
