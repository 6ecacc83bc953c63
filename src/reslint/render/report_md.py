"""``reslint report --format md``: the report as GitHub-flavoured Markdown tables.

Made to be appended to ``$GITHUB_STEP_SUMMARY`` (which takes at most 1 MiB):
the corpus figures in full, and the documents table cut at
``DOCUMENT_ROWS`` rows, with a note, for the largest corpora.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reslint import __version__
from reslint.render.report_common import (
    DISPLAY_HEADINGS,
    RecordStream,
    corpus_of,
    display_values,
    text_output,
)
from reslint.report.aggregate import (
    SELF,
    Corpus,
    strength_scale,
)

DOCUMENT_ROWS = 1000  # under 400 bytes each: the summary stays well under 1 MiB
TOP = 20


def render(records: RecordStream, output: str | None) -> None:
    corpus = corpus_of(records)
    with text_output(output) as out:
        out.write(markdown(corpus))


def markdown(corpus: Corpus) -> str:
    totals = corpus.totals()
    parts = [
        "# Resolutions report\n",
        f"{totals['documents']} documents, {totals['operative']} operative paragraphs, "
        f"{totals['clauses']} clauses, {totals['citations']} citations; "
        f"made by reslint {__version__}.\n",
        _table(("", *totals), [("count", *totals.values())]),
        "## Documents by body and kind\n",
        _table(
            ("body", "kind", "documents"),
            [(b, k, n) for (b, k), n in sorted(corpus.by_kind().items(), key=lambda i: -i[1])],
        ),
        "## Strength of clauses by body\n",
        _crosstab(corpus.strength_by_body, corpus.bodies, list(strength_scale())),
        "## Most frequent operative verbs\n",
        _table(("verb", "strength", "clauses"), corpus.top_verbs(TOP)),
        "## Who is asked to act, by body\n",
        "Addressees of clauses by category (the body itself left out).\n",
        _crosstab(
            corpus.addressees_by_body,
            corpus.bodies,
            sorted({c for (_b, c) in corpus.addressees_by_body if c != SELF}),
        ),
        "## Most cited resolutions\n",
        _table(
            ("resolution", "citing documents", "in corpus"),
            [(t, n, "yes" if inside else "") for t, n, inside in corpus.most_cited(TOP)],
        ),
        "## Reports asked of the Secretary-General, by due session\n",
        _table(
            ("due at session", "reports"),
            sorted(
                corpus.mandates_by_session().items(),
                key=lambda item: (not item[0].isdecimal(), item[0]),
            ),
        ),
        "## Lint findings\n",
        _table(
            ("rule", "level", "findings"),
            sorted(((c, lv, n) for (c, lv), n in corpus.findings.items()), key=lambda r: -r[2])[
                :TOP
            ],
        ),
        "## Documents\n",
        _documents(corpus),
    ]
    if corpus.failed:
        parts.append("## Failed files\n")
        parts.append("".join(f"- {_escape(message)}\n" for message in corpus.failed))
    return "\n".join(parts)


def _documents(corpus: Corpus) -> str:
    rows = (display_values(row) for row in corpus.documents[:DOCUMENT_ROWS])
    text = _table(DISPLAY_HEADINGS, rows)
    left = len(corpus.documents) - DOCUMENT_ROWS
    if left > 0:
        text += f"\n{left} more documents: see the HTML, CSV or JSON report.\n"
    return text


def _crosstab(counts: Any, rows: Sequence[str], columns: Sequence[str]) -> str:
    """Counts of (row, column) pairs as a table, with each row's total."""
    present = [c for c in columns if any(counts[(r, c)] for r in rows)]
    body = [
        (r, *(counts[(r, c)] for c in present), sum(counts[(r, c)] for c in present)) for r in rows
    ]
    return _table(("body", *present, "total"), body)


def _table(headings: Sequence[Any], rows: Iterable[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(_escape(h) for h in headings) + " |"]
    lines.append("|" + "|".join("---" for _ in headings) + "|")
    lines += ["| " + " | ".join(_escape(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _escape(value: Any) -> str:
    """A cell: pipes escaped, no line breaks, None as empty."""
    text = "" if value is None else str(value)
    return " ".join(text.split()).replace("|", "\\|")
