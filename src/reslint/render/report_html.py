"""``reslint report --format html``: one self-contained page to read, share and mail.

Everything is inline: the styles, the charts' library (Vega and Vega-Lite,
``reslint/report/vendor``) and the charts' data, so the page opens offline
and fetches nothing.  Tables sort by a click on a column heading and filter
as you type (a few lines of inline script); the charts keep their numbers in
tooltips.  Sections: summary, strength, verbs, addressees, preamble,
citations, mandates, findings, documents, and the files that failed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from html import escape
from importlib.resources import files
from typing import Any

from reslint import __version__
from reslint.render.report_common import (
    DISPLAY_HEADINGS,
    RecordStream,
    corpus_of,
    display_values,
    text_output,
)
from reslint.report.aggregate import Corpus
from reslint.report.charts import Chart, charts, library

SECTIONS = (
    ("summary", "Summary"),
    ("strength", "Strength"),
    ("verbs", "Verbs"),
    ("addressees", "Addressees"),
    ("preamble", "Preamble"),
    ("citations", "Citations"),
    ("mandates", "Mandates"),
    ("findings", "Lint findings"),
    ("documents", "Documents"),
    ("failed", "Failed files"),
)
TABLE_LIMIT = 100  # rows of the verb and most-cited tables


def render(records: RecordStream, output: str | None) -> None:
    corpus = corpus_of(records)
    with text_output(output) as out:
        out.write(page(corpus))


def page(corpus: Corpus) -> str:
    drawn = charts(corpus)
    by_section: dict[str, list[Chart]] = {}
    for chart in drawn:
        by_section.setdefault(chart.section, []).append(chart)
    body = "".join(_section(key, title, by_section.get(key, []), corpus) for key, title in SECTIONS)
    specs = json.dumps(
        {_element(c): c.spec for c in drawn}, ensure_ascii=False, separators=(",", ":")
    )
    totals = corpus.totals()
    nav = "".join(f'<a href="#{key}">{escape(title)}</a>' for key, title in SECTIONS)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>reslint report: {totals['documents']} documents</title>"
        f"<style>{_asset('page.css')}</style></head><body>"
        f"<header><h1>Resolutions report</h1>{totals['documents']} documents, "
        f"{totals['operative']} operative paragraphs, {totals['clauses']} clauses; "
        f"made by reslint {escape(__version__)}</header>"
        f"<nav>{nav}</nav><main>{body}</main>"
        f'<script type="application/json" id="chart-specs">{_script_safe(specs)}</script>'
        f"<script>{_script_safe(library())}</script><script>{_asset('page.js')}</script>"
        "</body></html>\n"
    )


def _section(key: str, title: str, drawn: list[Chart], corpus: Corpus) -> str:
    parts = [f'<section id="{key}"><h2>{escape(title)}</h2>']
    parts += [_figure(chart) for chart in drawn]
    parts.append(_TABLES[key](corpus))
    parts.append("</section>")
    return "".join(parts)


def _figure(chart: Chart) -> str:
    return (
        f'<figure><div class="chart" id="{_element(chart)}" role="img" '
        f'aria-label="{escape(chart.title)}">'
        f"</div><figcaption><b>{escape(chart.title)}.</b> {escape(chart.caption)}</figcaption>"
        "</figure>"
    )


def _element(chart: Chart) -> str:
    """The id of a chart's element (section ids are plain words: "verbs")."""
    return f"chart-{chart.id}"


def _asset(name: str) -> str:
    return files("reslint.report").joinpath(name).read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    """Nothing in a script element may close it (a JSON string or the library's code)."""
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)


def _table(
    table_id: str, headings: Sequence[str], rows: Iterable[Sequence[Any]], filter_box: bool = True
) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    box = (
        f'<input class="filter" type="search" data-table="{table_id}" '
        f'placeholder="Filter rows" aria-label="Filter the table">'
        if filter_box
        else ""
    )
    return (
        f'{box}<div class="scroll"><table class="sortable" id="{table_id}">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return f"<td>{'yes' if value else ''}</td>"
    if isinstance(value, int | float):
        return f'<td class="n">{value}</td>'
    return f"<td>{escape('' if value is None else str(value))}</td>"


def _summary(corpus: Corpus) -> str:
    totals = corpus.totals()
    boxes = "".join(f"<div><b>{count}</b>{escape(name)}</div>" for name, count in totals.items())
    kinds = sorted(corpus.by_kind().items(), key=lambda item: (-item[1], item[0]))
    rows = [(body, kind, count) for (body, kind), count in kinds]
    return f'<div class="totals">{boxes}</div>' + _table(
        "by-kind", ("body", "kind", "documents"), rows, filter_box=False
    )


def _verbs(corpus: Corpus) -> str:
    return _table("verb-table", ("verb", "strength", "clauses"), corpus.top_verbs(TABLE_LIMIT))


def _citations(corpus: Corpus) -> str:
    rows = []
    for target, count, inside in corpus.most_cited(TABLE_LIMIT):
        citing = sorted(corpus.cited_by[target])
        shown = ", ".join(citing[:8]) + (f" and {len(citing) - 8} more" if len(citing) > 8 else "")
        rows.append((target, count, inside, shown))
    return _table("cited-table", ("resolution", "citing documents", "in corpus", "cited by"), rows)


def _mandates(corpus: Corpus) -> str:
    rows = [(m.document, m.paragraph, m.due, m.due_session, m.year) for m in corpus.mandates]
    headings = ("document", "paragraph", "due", "due session", "year of the document")
    return _table("mandate-table", headings, rows)


def _findings(corpus: Corpus) -> str:
    rows = sorted(((c, lv, n) for (c, lv), n in corpus.findings.items()), key=lambda r: -r[2])
    return _table("finding-table", ("rule", "level", "findings"), rows)


def _documents(corpus: Corpus) -> str:
    rows = (display_values(row) for row in corpus.documents)
    return _table("document-table", DISPLAY_HEADINGS, rows)


def _failed(corpus: Corpus) -> str:
    if not corpus.failed:
        return "<p>Every file was read and reported.</p>"
    items = "".join(f"<li>{escape(message)}</li>" for message in corpus.failed)
    return f"<p>{len(corpus.failed)} files could not be reported:</p><ul>{items}</ul>"


def _nothing(corpus: Corpus) -> str:
    return ""


_TABLES = {
    "summary": _summary,
    "strength": _nothing,
    "verbs": _verbs,
    "addressees": _nothing,
    "preamble": _nothing,
    "citations": _citations,
    "mandates": _mandates,
    "findings": _findings,
    "documents": _documents,
    "failed": _failed,
}
