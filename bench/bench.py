"""Benchmarks: `make bench` prints the numbers the README and the issues quote.

Tokenization, parse, classify and lint passes run in three rounds and the best
of each counts: the machine is shared, and others' work only ever adds time.

* parse throughput over the whole corpus (one process), beside a bare
  ``spacy.blank("en")`` tokenization pass over the same texts in the same run
  (each text is tokenized once: spaCy's vocabulary cache would flatter a
  repeated text);
* the wall time of ``reslint parse`` on one typical file, cold (a new
  interpreter each time), median of 5;
* classify throughput (documents/s, words/s, per-document latency; one
  process, and two worker processes);
* lint throughput over the whole corpus (one process) and the cold wall
  time of ``reslint lint`` on one file (median of 5), beside a bare
  ``python -c "import spacy"`` measured in the same run;
* reading Word and PDF files: the 12 original UN PDFs of ``corpus/pdf``
  (pypdf's text extraction, once), and a 40-paragraph .docx built with
  ``tests/docx_builder.py`` (list numbering, italics, footnotes; median of 5);
* the Akoma Ntoso export of the whole corpus (``parse -f akn``'s renderer,
  documents parsed and classified beforehand) and reading those XML files
  back (the AKN reader alone);
* ``reslint diff``: the two longest corpus texts compared (parse, classify
  and compare apart), the seven real pairs of tests/gold/diff/pairs.toml in
  total beside the time to parse both sides, and the alignment alone on
  texts of 125 to 1,000 paragraphs made by concatenating distinct corpus
  paragraphs (a second version with moves, deletions, insertions and
  rewrites), to show it stays near-linear.

``--diff-only`` runs the last part alone.

This machine is noisy: compare the ratios, which hold, more than the
seconds.

Results go to stdout and to ``bench/results/latest.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import corpus_folder

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
    """Classify the corpus as `reslint classify --jobs N --no-cache` does (in one process,
    with the pipeline built beforehand; in a pool, each worker builds its own)."""
    from reslint.batch import Batch
    from reslint.config import Config
    from reslint.inputs import Input
    from reslint.tasks import ClassifyTask

    task = ClassifyTask(Config())
    if jobs == 1:
        task.start()
    start = time.perf_counter()
    for outcome in Batch([Input(s.path) for s in sources], task, jobs, None):
        if outcome.error:
            print(outcome.error)
    return time.perf_counter() - start


def time_lint(sources: list) -> float:
    from reslint.lint.settings import Settings
    from reslint.pipeline import lint_source

    settings = Settings()
    start = time.perf_counter()
    for source in sources:
        lint_source(source, settings)
    return time.perf_counter() - start


def time_akn(sources: list) -> tuple[float, float]:
    """Seconds to export every document as AKN, and to read every export back."""
    from reslint.classifier import classifier_for
    from reslint.pipeline import parse_source
    from reslint.readers.akn import read_akn
    from reslint.render.parse_akn import render

    classifier = classifier_for(None)
    documents = [parse_source(source) for source in sources]
    classified = [(d, classifier.classify(d)) for d in documents]
    start = time.perf_counter()
    exported = [render(document, classification) for document, classification in classified]
    export_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for index, xml in enumerate(exported):
        read_akn(xml.encode("utf-8"), f"{index}.akn.xml")
    return export_seconds, time.perf_counter() - start


ROUNDS = 3  # passes of tokenize, parse, classify and lint; the best of each counts


def cold(argv: list[str], runs: int = 5) -> float:
    """Median wall time of a command in a new interpreter (exit 1, findings, is fine).

    With the modules' bytecode written, as an installed package has it (pip compiles
    it at install), even where the environment sets PYTHONDONTWRITEBYTECODE: one run
    before the timed ones writes it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(argv, check=False, capture_output=True, env=env)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=False, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def reslint_command() -> list[str]:
    command = shutil.which("reslint", path=str(Path(sys.executable).parent))
    return [command] if command else [sys.executable, "-m", "reslint.cli"]


def time_pdfs(folder: Path) -> tuple[int, float]:
    """Read every PDF of ``folder`` (the corpus' originals); how many, and the seconds."""
    from reslint.readers.pdf import read_pdf

    pdfs = sorted(folder.glob("*.pdf"))
    start = time.perf_counter()
    for pdf in pdfs:
        read_pdf(pdf)
    return len(pdfs), time.perf_counter() - start


def forty_paragraphs() -> str:
    """A draft of 40 Word paragraphs in the markup of tests/docx_builder.py."""
    heading = [
        "United Nations A/C.3/80/L.99",
        "General Assembly",
        "Distr.: Limited",
        "Seventy-ninth session",
        "Argentina and Brazil: draft resolution",
        "Protection of migrants",
        "The General Assembly,",
    ]
    preamble = [
        f"*Recalling* its resolution 70/{n} of 25 September 2015 on migrants,[^{n}]"
        for n in range(1, 14)
    ]
    operative = [
        f"# *Requests* the Secretary-General to report on item {n} at its eighty-first session;"
        for n in range(1, 21)
    ]
    notes = [f"[^{n}]: See A/80/{n}." for n in range(1, 14)]
    return "\n".join(heading + preamble + operative + notes)


def time_docx(runs: int = 5) -> float:
    """Median seconds to read a 40-paragraph .docx (built once, outside the timing)."""
    import tempfile

    sys.path.insert(0, str(ROOT / "tests"))
    from docx_builder import build_docx
    from reslint.readers.docx import read_docx

    with tempfile.TemporaryDirectory() as folder:
        path = build_docx(forty_paragraphs(), Path(folder) / "draft.docx")
        assert read_docx(path).text.count("\n") >= 40
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            read_docx(path)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


REAL_PAIRS = ROOT / "tests" / "gold" / "diff" / "pairs.toml"


def time_diff(sources: list, corpus: Path) -> dict:
    """The diff figures: longest pair, real pairs, alignment growth."""
    import tomllib

    from reslint.classifier import classifier_for
    from reslint.diff import compare
    from reslint.pipeline import parse_source
    from reslint.source import read_path

    classifier = classifier_for(None)
    results: dict = {}
    longest = sorted(sources, key=lambda s: len(s.text), reverse=True)[:2]
    parse, classify, diff, _ = _diff_pair(longest[0], longest[1], classifier, compare, parse_source)
    results["diff_longest_pair"] = " vs ".join(Path(s.path).name for s in longest)
    results["diff_longest_parse_seconds"] = round(parse, 3)
    results["diff_longest_classify_seconds"] = round(classify, 3)
    results["diff_longest_compare_seconds"] = round(diff, 3)
    pairs = tomllib.loads(REAL_PAIRS.read_text(encoding="utf-8"))["pair"]
    totals = [0.0, 0.0, 0.0]
    for pair in pairs:
        old, new = (read_path(corpus / pair[side]) for side in ("old", "new"))
        for index, seconds in enumerate(
            _diff_pair(old, new, classifier, compare, parse_source)[:3]
        ):
            totals[index] += seconds
    results["diff_real_pairs"] = len(pairs)
    results["diff_real_pairs_parse_seconds"] = round(totals[0], 3)
    results["diff_real_pairs_classify_seconds"] = round(totals[1], 3)
    results["diff_real_pairs_compare_seconds"] = round(totals[2], 3)
    results["diff_real_pairs_compare_to_parse_ratio"] = round(totals[2] / totals[0], 2)
    paragraphs = _distinct_paragraphs(sources, parse_source)
    for size in (125, 250, 500, 1000):
        results[f"align_{size}_paragraphs_seconds"] = round(_time_align(paragraphs, size), 4)
    results["align_growth_500_over_250"] = round(
        results["align_500_paragraphs_seconds"] / results["align_250_paragraphs_seconds"], 2
    )
    results["align_growth_1000_over_500"] = round(
        results["align_1000_paragraphs_seconds"] / results["align_500_paragraphs_seconds"], 2
    )
    return results


def _diff_pair(old, new, classifier, compare, parse_source) -> tuple[float, float, float, object]:
    start = time.perf_counter()
    documents = [parse_source(old), parse_source(new)]
    parsed = time.perf_counter()
    classes = [classifier.classify(d) for d in documents]
    classified = time.perf_counter()
    comparison = compare(documents[0], documents[1], classifier.lexicon, *classes)
    done = time.perf_counter()
    return parsed - start, classified - parsed, done - classified, comparison


def _distinct_paragraphs(sources: list, parse_source) -> list:
    """Operative paragraphs of the whole corpus as diff units, each wording once."""
    from reslint.diff.units import document_units

    seen, found = set(), []
    for source in sources:
        for unit in document_units(parse_source(source))["operative"]:
            if unit.key not in seen and len(unit.words) > 8:
                seen.add(unit.key)
                found.append(unit)
    return found


def _time_align(paragraphs: list, size: int) -> float:
    """Align ``size`` paragraphs with a revision of them: a tenth moved, a tenth
    deleted, a tenth rewritten (a third of their words replaced), a tenth inserted."""
    import random
    from dataclasses import replace

    from reslint.diff.align import align
    from reslint.diff.text import key

    rng = random.Random(size)
    old = paragraphs[:size]
    new = list(old)
    extra = iter(paragraphs[size : size * 2])
    for _ in range(size // 10):
        new.pop(rng.randrange(len(new)))
        new.insert(rng.randrange(len(new)), next(extra))
        at = rng.randrange(len(new))
        new.insert(rng.randrange(len(new)), new.pop(at))
        at = rng.randrange(len(new))
        words = list(new[at].words)
        for position in rng.sample(range(len(words)), len(words) // 3):
            words[position] = "changed"
        text = " ".join(words)
        new[at] = replace(new[at], body=text, key=key(text), full_key=key(text), words=words)
    start = time.perf_counter()
    align(old, new)
    return time.perf_counter() - start


def words(sources: list) -> int:
    return sum(len(source.text.split()) for source in sources)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--diff-only", action="store_true", help="Run the diff figures alone.")
    args = parser.parse_args()
    args.corpus = corpus_folder(args.corpus)
    if args.corpus is None:
        sys.exit(2)
    sources = corpus_sources(args.corpus)
    if args.diff_only:
        report(time_diff(sources, args.corpus), _diff_targets)
        return
    megabytes = sum(len(s.text.encode("utf-8")) for s in sources) / 1e6
    count, word_count = len(sources), words(sources)
    from reslint.classifier import classifier_for
    from reslint.lint.settings import Settings
    from reslint.pipeline import lint_source, parse_source

    parse_source(sources[0])  # load lexicons and word lists once, as a run does
    classifier_for(None)  # build the pipeline once, as a long run does
    lint_source(sources[0], Settings())
    # the ratios compare passes of one round; the best round of each is kept, since
    # this shared machine only ever adds time (timeit's rule)
    rounds = [
        (time_tokenize(sources), time_parse(sources), time_classify(sources, 1), time_lint(sources))
        for _ in range(ROUNDS)
    ]
    tokenize_seconds, parse_seconds, classify_one, lint_seconds = map(
        min, zip(*rounds, strict=True)
    )
    classify_two = time_classify(sources, 2)
    typical = str(args.corpus / TYPICAL)
    cold_parse = cold([*reslint_command(), "parse", typical])
    cold_lint = cold([*reslint_command(), "lint", "--no-cache", typical])
    import_spacy = cold([sys.executable, "-c", "import spacy"])
    pdf_count, pdf_seconds = time_pdfs(args.corpus.parent / "pdf")
    docx_seconds = time_docx()
    export_seconds, read_seconds = time_akn(sources)
    results = {
        "corpus_files": count,
        "corpus_mb": round(megabytes, 2),
        "corpus_words": word_count,
        "tokenize_seconds": round(tokenize_seconds, 2),
        "import_spacy_cold_seconds": round(import_spacy, 3),
        "parse_seconds": round(parse_seconds, 2),
        "parse_mb_per_s": round(megabytes / parse_seconds, 2),
        "parse_docs_per_s": round(count / parse_seconds, 1),
        "parse_to_tokenize_ratio": round(parse_seconds / tokenize_seconds, 2),
        "cold_parse_one_file_seconds": round(cold_parse, 3),
        "cold_file": TYPICAL,
        "classify_seconds_1_process": round(classify_one, 2),
        "classify_docs_per_s_1_process": round(count / classify_one, 1),
        "classify_words_per_s_1_process": round(word_count / classify_one),
        "classify_ms_per_doc_1_process": round(1000 * classify_one / count, 1),
        "classify_to_tokenize_ratio": round(classify_one / tokenize_seconds, 2),
        "classify_seconds_2_processes": round(classify_two, 2),
        "classify_docs_per_s_2_processes": round(count / classify_two, 1),
        "lint_seconds_1_process": round(lint_seconds, 2),
        "lint_docs_per_s_1_process": round(count / lint_seconds, 1),
        "lint_to_tokenize_ratio": round(lint_seconds / tokenize_seconds, 2),
        "cold_lint_one_file_seconds": round(cold_lint, 3),
        "cold_lint_to_import_spacy_ratio": round(cold_lint / import_spacy, 2),
        "read_pdf_files": pdf_count,
        "read_pdf_seconds": round(pdf_seconds, 2),
        "read_pdf_seconds_per_file": round(pdf_seconds / max(1, pdf_count), 3),
        "read_docx_40_paragraphs_seconds": round(docx_seconds, 3),
        "akn_export_seconds": round(export_seconds, 2),
        "akn_export_ms_per_doc": round(1000 * export_seconds / count, 1),
        "akn_read_seconds": round(read_seconds, 2),
        "akn_read_ms_per_doc": round(1000 * read_seconds / count, 1),
    }
    results.update(time_diff(sources, args.corpus))
    report(results, lambda r: [*_targets(r, cold_parse), *_diff_targets(r)])


def _targets(results: dict, cold_parse: float) -> list[tuple[str, bool]]:
    return [
        ("parse <= 1.5 x tokenize", results["parse_to_tokenize_ratio"] <= 1.5),
        ("cold parse < 0.5 s", cold_parse < 0.5),
        ("classify <= 2 x tokenize", results["classify_to_tokenize_ratio"] <= 2),
        ("lint <= 3 x tokenize", results["lint_to_tokenize_ratio"] <= 3),
        ("cold lint <= 1.4 x import spacy", results["cold_lint_to_import_spacy_ratio"] <= 1.4),
    ]


def _diff_targets(results: dict) -> list[tuple[str, bool]]:
    return [
        (
            "diff compare <= parse (real pairs)",
            results["diff_real_pairs_compare_to_parse_ratio"] <= 1,
        ),
        (
            "align near-linear (x2 paragraphs <= x2.5 time)",
            results["align_growth_1000_over_500"] <= 2.5,
        ),
    ]


def report(results: dict, targets) -> None:
    width = max(len(key) for key in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    checks = targets(results)
    print("targets: " + "; ".join(f"{name} ({'ok' if ok else 'MISSED'})" for name, ok in checks))
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    name = "latest.json" if len(checks) > 2 else "diff-latest.json"
    (out / name).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
