"""``reslint report``: the report of a corpus subset in every format, read as its
readers read it, checked against ``reslint classify`` and ``reslint lint`` on the
same files; the cache, failing files, input order."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from docx_builder import build_docx
from reslint.cli import main
from reslint.render.report_html import SECTIONS
from reslint.report.charts import VEGA_VERSIONS, Chart, charts

pytestmark = pytest.mark.corpus

SUBSET = (
    "A_RES_79_117.txt",  # GA, sections, footnotes, mandates
    "A_RES_78_117.txt",
    "A_RES_80_103.txt",
    "A_C.4_80_L.14.txt",  # GA draft
    "A_80_L.1.txt",
    "S_RES_101_1953.txt",  # SC with a recorded vote
    "S_RES_216_1965.txt",
    "S_RES_665_1990.txt",
    "S_RES_836_1993.txt",  # Chapter VII
    "S_2018_1021.txt",  # SC draft
    "S_2023_571.txt",
)
PDF = CORPUS.parent / "pdf" / "A_RES_73_3.pdf"
AKN = Path(__file__).resolve().parent / "fixtures" / "akn" / "coastal-fisheries.akn.xml"
BROKEN = "not a resolution at all, just a note to self\n"
WORD = """
United Nations A/C.3/80/L.99
General Assembly
Distr.: Limited
Argentina and Brazil: draft resolution
Protection of migrants
The General Assembly,
*Recalling* its resolution 70/1 of 25 September 2015,
# *Calls upon* all States to protect migrants;
# *Requests* the Secretary-General to report to it at its eighty-first session.
"""
EXTRA = 3  # the PDF, the AKN and the Word file beside the corpus texts
DOCUMENTATION_HOSTS = ("https://vega.github.io/",)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def subset(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    if not all((CORPUS / name).is_file() for name in SUBSET) or not PDF.is_file():
        pytest.skip(f"corpus not found at {CORPUS}")
    folder = tmp_path_factory.mktemp("inputs")
    broken = folder / "broken.txt"
    broken.write_text(BROKEN)
    word = build_docx(WORD, folder / "draft.docx")
    files = [str(CORPUS / name) for name in SUBSET]
    return [*files[:3], str(broken), *files[3:], str(PDF), str(AKN), str(word)]


@pytest.fixture(scope="module")
def made(subset: list[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The report in every format, the first run in two processes (it fills the cache,
    the others read it), and classify and lint JSON of the same files."""
    out = tmp_path_factory.mktemp("report")
    cache = str(out / "cache")
    made: dict[str, object] = {"cache": cache, "out": out}
    for fmt, target, jobs in (
        ("html", "r.html", "2"),
        ("md", "r.md", "1"),
        ("csv", "tables", "1"),
        ("json", "r.json", "1"),
        ("jsonl", "r.jsonl", "1"),
    ):
        code, _, err = run("report", *subset, "-f", fmt, "-o", str(out / target),
                           "--jobs", jobs, "--cache-dir", cache)  # fmt: skip
        made[fmt] = (code, err, out / target)
    good = [path for path in subset if not path.endswith("broken.txt")]
    made["classify"] = json.loads(run("classify", "-f", "json", "--no-cache", *good)[1])
    made["lint"] = json.loads(run("lint", "-f", "json", "--no-cache", "--exit-zero", *good)[1])
    return made


def test_a_failing_file_is_reported_and_skipped(made: dict) -> None:
    for fmt in ("html", "md", "csv", "json", "jsonl"):
        code, err, _ = made[fmt]
        assert code == 1, fmt
        assert "broken.txt: no resolution structure found" in err
    data = json.loads(made["json"][2].read_text())
    assert len(data["documents"]) == len(SUBSET) + EXTRA
    assert [m for m in data["failed"] if "broken.txt" in m]
    assert "broken.txt" in made["md"][2].read_text()
    assert "broken.txt: no resolution structure found" in made["html"][2].read_text()


def test_documents_come_in_input_order(made: dict, subset: list[str]) -> None:
    expected = [path for path in subset if not path.endswith("broken.txt")]
    with (made["csv"][2] / "documents.csv").open() as handle:
        assert [row["path"] for row in csv.DictReader(handle)] == expected
    lines = made["jsonl"][2].read_text().splitlines()
    assert [json.loads(line)["path"] for line in lines] == expected
    data = json.loads(made["json"][2].read_text())
    assert [d["path"] for d in data["documents"]] == expected


class _Checker(HTMLParser):
    """Well-formedness (every element closed in order), and every src and href."""

    VOID: ClassVar = {"meta", "input", "br", "img", "hr", "link", "source", "wbr"}

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.problems: list[str] = []
        self.links: list[tuple[str, str, str]] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        found = dict(attrs)
        self.links += [(tag, a, v or "") for a, v in attrs if a in {"src", "href"}]
        if "id" in found:
            self.ids.append(found["id"])
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.open[-1] if self.open else None}>")
        else:
            self.open.pop()


def test_html_is_well_formed_self_contained_and_complete(made: dict) -> None:
    text = made["html"][2].read_text()
    assert text.startswith("<!DOCTYPE html>")
    checker = _Checker()
    checker.feed(text)
    checker.close()
    assert not checker.problems and not checker.open
    for tag, attribute, value in checker.links:  # nothing fetched: no src at all
        assert attribute == "href" and tag == "a", (tag, attribute, value)
        assert value.startswith("#") or value.startswith(DOCUMENTATION_HOSTS), value
    style = text.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "<link" not in text and "@import" not in style and "url(" not in style
    for key, _title in SECTIONS:
        assert key in checker.ids, key
    specs = json.loads(text.split('id="chart-specs">', 1)[1].split("</script>", 1)[0])
    assert len(checker.ids) == len(set(checker.ids))  # the script finds charts by id
    expected = [f"chart-{c.id}" for c in charts(_empty_corpus())]
    assert list(specs) == expected
    for chart_id, spec in specs.items():
        assert chart_id in checker.ids
        assert _has_data(spec), chart_id
    for version in VEGA_VERSIONS.values():  # the library is in the page, once
        assert text.count(f'"{version}"') >= 1
    assert text.count("<script>") == 2  # the library, then the page's own script
    assert len(text.encode()) < 5_000_000


def _empty_corpus() -> object:
    from reslint.report.aggregate import Corpus

    return Corpus()


def _has_data(spec: dict) -> bool:
    """A chart with something to draw: values in its data or in one of its layers."""
    if spec.get("data", {}).get("values"):
        return True
    return any(_has_data(layer) for layer in spec.get("layer", []))


def test_csv_tables_count_the_paragraphs_classify_finds(made: dict) -> None:
    folder = made["csv"][2]
    tables = {}
    for name in ("documents", "preambular", "operative", "clauses", "addressees", "mandates",
                 "citations", "findings"):  # fmt: skip
        with (folder / f"{name}.csv").open(encoding="utf-8") as handle:
            tables[name] = list(csv.DictReader(handle))
    documents = made["classify"]["documents"]
    assert len(tables["documents"]) == len(documents)
    operative = [p for d in documents for p in d["operative"]]
    clauses = [c for p in operative for c in p["clauses"]]
    assert len(tables["preambular"]) == sum(len(d["preambular"]) for d in documents)
    assert len(tables["operative"]) == len(operative)
    assert len(tables["clauses"]) == len(clauses)
    assert len(tables["addressees"]) == sum(len(c["addressees"]) for c in clauses)
    assert len(tables["mandates"]) == sum(1 for c in clauses if c["mandate"])
    assert len(tables["findings"]) == sum(len(f["findings"]) for f in made["lint"]["files"])
    for row, document in zip(tables["documents"], documents, strict=True):
        assert int(row["preambular"]) == len(document["preambular"])
        assert int(row["operative"]) == len(document["operative"])
    assert len(tables["citations"]) > 0


def test_report_numbers_agree_with_classify(made: dict) -> None:
    report = json.loads(made["json"][2].read_text())
    documents = made["classify"]["documents"]
    for row, document in zip(report["documents"], documents, strict=True):
        assert row["path"] == document["path"] and row["symbol"] == document["symbol"]
        assert row["chapter_vii"] == document["chapter_vii"]
        opening = Counter(p["strength"]["label"] for p in document["operative"])
        every = Counter(c["strength"]["label"] for p in document["operative"] for c in p["clauses"])
        assert row["opening_strength"] == dict(opening)
        assert row["clause_strength"] == dict(every)
        assert row["clauses"] == sum(every.values())
    by_body: Counter = Counter()
    verbs: Counter = Counter()
    for document in documents:
        for paragraph in document["operative"]:
            for clause in paragraph["clauses"]:
                by_body[(document["body"], clause["strength"]["label"])] += 1
                verbs[(clause["head"] or clause["verb"], clause["strength"]["label"])] += 1
    reported = {
        (r["body"], r["strength"]): r["count"] for r in report["corpus"]["strength_by_body"]
    }
    assert reported == dict(by_body)
    assert {(v["head"], v["strength"]): v["count"] for v in report["corpus"]["verbs"]} == verbs
    sg = sum(
        1
        for d in documents
        for p in d["operative"]
        for c in p["clauses"]
        if c["mandate"] and c["mandate"]["category"] == "secretary-general"
    )
    assert len(report["corpus"]["secretary_general_mandates"]) == sg > 0


def test_report_knows_votes_dates_and_findings(made: dict) -> None:
    report = json.loads(made["json"][2].read_text())
    rows = {Path(d["path"]).name: d for d in report["documents"]}
    assert rows["S_RES_101_1953.txt"]["vote"] == "9-0-2"
    assert rows["S_RES_101_1953.txt"]["year"] == 1953
    assert rows["A_RES_79_117.txt"]["date"] == "2024-12-04"
    assert rows["A_RES_79_117.txt"]["session"] == 79
    lint = {
        Path(f["path"]).name: Counter(x["level"] for x in f["findings"])
        for f in made["lint"]["files"]
    }
    for name, row in rows.items():
        assert row["findings"] == dict(lint[name]), name


def test_markdown_fits_a_job_summary(made: dict) -> None:
    text = made["md"][2].read_text()
    assert len(text.encode()) < 1024 * 1024
    for heading in ("## Strength of clauses by body", "## Most cited resolutions", "## Documents"):
        assert heading in text
    table = [
        line for line in text.split("## Documents\n", 1)[1].splitlines() if line.startswith("| ")
    ]
    assert len(table) == 1 + len(SUBSET) + EXTRA  # heading, then one row per document


def test_a_cached_run_does_not_import_spacy(made: dict, subset: list[str], tmp_path: Path) -> None:
    target = tmp_path / "again.json"
    script = (
        "import sys; from click.testing import CliRunner; from reslint.cli import main; "
        f"r = CliRunner().invoke(main, ['report', *{subset!r}, '-o', {str(target)!r}, "
        f"'--cache-dir', {made['cache']!r}]); "
        "assert r.exit_code == 1, r.output; "
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    assert json.loads(target.read_text()) == json.loads(made["json"][2].read_text())


def test_the_cache_lives_where_it_is_told_and_cleans(
    made: dict, subset: list[str], tmp_path: Path
) -> None:
    cache = Path(made["cache"])
    assert (cache / "CACHEDIR.TAG").is_file() and (cache / ".gitignore").read_text().endswith("*\n")
    assert len(list(cache.rglob("*.pickle"))) == len(subset)  # the broken file's error too
    elsewhere = tmp_path / "elsewhere"
    code, _, _ = run("report", subset[0], "-o", str(tmp_path / "r.md"), "--no-cache",
                     "--cache-dir", str(elsewhere))  # fmt: skip
    assert code == 0 and not elsewhere.exists()
    os.environ["RESLINT_CACHE_DIR"], saved = str(elsewhere), os.environ.get("RESLINT_CACHE_DIR")
    try:
        assert run("report", subset[0], "-o", str(tmp_path / "r.md"))[0] == 0
        assert (elsewhere / "CACHEDIR.TAG").is_file()
        code, _, err = run("clean")
        assert code == 0 and "removed" in err and not elsewhere.exists()
    finally:
        if saved is None:
            del os.environ["RESLINT_CACHE_DIR"]
        else:
            os.environ["RESLINT_CACHE_DIR"] = saved
    not_a_cache = tmp_path / "precious"
    not_a_cache.mkdir()
    code, _, err = run("clean", "--cache-dir", str(not_a_cache))
    assert code == 2 and "not a reslint cache" in err and not_a_cache.is_dir()


def test_every_chart_has_a_section() -> None:
    sections = {key for key, _ in SECTIONS}
    for chart in charts(_empty_corpus()):
        assert isinstance(chart, Chart) and chart.section in sections
