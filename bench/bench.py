"""Benchmarks: `make bench` prints the numbers the README and the issues quote.

* parse throughput over the whole corpus (one process), beside a bare
  ``spacy.blank("en")`` tokenization pass over the same texts in the same run
  (each text is tokenized once: spaCy's vocabulary cache would flatter a
  repeated text);
* the wall time of ``reslint parse`` on one typical file, cold (a new
  interpreter each time), median of 5.

Results go to stdout and to ``bench/results/latest.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TYPICAL = "A_RES_79_117.txt"  # 8 pages, sections, sub-paragraphs, 31 footnotes


def corpus_sources(folder: Path) -> list:
    from reslint.source import read_path

    return [read_path(path) for path in sorted(folder.glob("*.txt"))]


def time_parse(sources: list) -> float:
    from reslint.pipeline import parse_source

    start = time.perf_counter()
    for source in sources:
        parse_source(source)
    return time.perf_counter() - start


def time_tokenize(sources: list) -> float:
    import spacy

    nlp = spacy.blank("en")
    start = time.perf_counter()
    for _ in nlp.pipe(source.text for source in sources):
        pass
    return time.perf_counter() - start


def time_classify(sources: list, jobs: int) -> float:
    """Classify the corpus as `reslint classify --jobs N` does (pipeline built beforehand)."""
    from types import SimpleNamespace

    from reslint.batch import classify_sources
    from reslint.config import Config

    run = SimpleNamespace(sources=lambda _options: iter(sources), error=print)
    start = time.perf_counter()
    classify_sources(run, {}, Config(), jobs)
    return time.perf_counter() - start


def cold_parse(path: Path, runs: int = 5) -> float:
    command = shutil.which("reslint", path=str(Path(sys.executable).parent))
    argv = [command] if command else [sys.executable, "-m", "reslint"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*argv, "parse", str(path)], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/real")
    args = parser.parse_args()
    sources = corpus_sources(args.corpus)
    megabytes = sum(len(s.text.encode("utf-8")) for s in sources) / 1e6
    from reslint.pipeline import parse_source

    parse_source(sources[0])  # load lexicons and word lists once, as a run does
    parse_seconds = time_parse(sources)
    tokenize_seconds = time_tokenize(sources)
    cold = cold_parse(args.corpus / TYPICAL)
    from reslint.classifier import classifier_for

    classifier_for(None)  # build the pipeline once, as a long run does
    classify_one = time_classify(sources, 1)
    classify_two = time_classify(sources, 2)
    results = {
        "corpus_files": len(sources),
        "corpus_mb": round(megabytes, 2),
        "parse_seconds": round(parse_seconds, 2),
        "parse_mb_per_s": round(megabytes / parse_seconds, 2),
        "parse_docs_per_s": round(len(sources) / parse_seconds, 1),
        "tokenize_seconds": round(tokenize_seconds, 2),
        "parse_to_tokenize_ratio": round(parse_seconds / tokenize_seconds, 2),
        "cold_parse_one_file_seconds": round(cold, 3),
        "cold_file": TYPICAL,
        "classify_seconds_1_process": round(classify_one, 2),
        "classify_docs_per_s_1_process": round(len(sources) / classify_one, 1),
        "classify_seconds_2_processes": round(classify_two, 2),
        "classify_docs_per_s_2_processes": round(len(sources) / classify_two, 1),
    }
    width = max(len(key) for key in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    ratio_ok = "ok" if results["parse_to_tokenize_ratio"] <= 1.5 else "MISSED"
    cold_ok = "ok" if cold < 0.5 else "MISSED"
    print(f"targets: parse <= 1.5 x tokenize ({ratio_ok}), cold parse < 0.5 s ({cold_ok})")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
