"""``reslint report --format json``: the corpus figures and one summary per document.

One object (docs/report-schema.md): ``totals``, the counts across the
corpus the HTML report charts (strength and addressee categories by body
and by year, verb frequency, the citation network, the Secretary-General's
mandates, findings by rule), ``documents`` (one row of the documents table
each) and ``failed``.  The paragraphs themselves are in ``--format jsonl``
and ``csv``.
"""

from __future__ import annotations

import json
from typing import Any

from reslint import __version__
from reslint.render.report_common import RecordStream, corpus_of, text_output
from reslint.report.aggregate import Corpus, DocumentRow
from reslint.report.records import REPORT_SCHEMA_VERSION


def render(records: RecordStream, output: str | None) -> None:
    corpus = corpus_of(records)
    with text_output(output) as out:
        json.dump(report_data(corpus), out, ensure_ascii=False, indent=2)
        out.write("\n")


def report_data(corpus: Corpus) -> dict[str, Any]:
    return {
        "schema": "reslint.report",
        "schema_version": REPORT_SCHEMA_VERSION,
        "reslint_version": __version__,
        "totals": corpus.totals(),
        "corpus": {
            "documents_by_body_and_kind": _rows(corpus.by_kind(), ("body", "kind")),
            "strength_by_body": _rows(corpus.strength_by_body, ("body", "strength")),
            "strength_by_year": _rows(corpus.strength_by_year, ("body", "year", "strength")),
            "addressees_by_body": _rows(corpus.addressees_by_body, ("body", "category")),
            "addressees_by_year": _rows(corpus.addressees_by_year, ("body", "year", "category")),
            "preambular_functions_by_body": _rows(corpus.functions_by_body, ("body", "function")),
            "verbs": [
                {"head": head, "strength": strength, "count": count}
                for head, strength, count in corpus.top_verbs(limit=len(corpus.verbs))
            ],
            "most_cited": [
                {"symbol": target, "citing_documents": count, "in_corpus": inside}
                for target, count, inside in corpus.most_cited(limit=len(corpus.cited_by))
            ],
            "citations": [
                {"citing": citing, "cited": cited}
                for citing, cited in corpus.citation_edges(sorted(corpus.cited_by))
            ],
            "secretary_general_mandates": [
                {
                    "document": m.document,
                    "paragraph": m.paragraph,
                    "due": m.due,
                    "due_session": m.due_session,
                }
                for m in corpus.mandates
            ],
            "findings": _rows(corpus.findings, ("code", "level")),
        },
        "documents": [_document(row) for row in corpus.documents],
        "failed": corpus.failed,
    }


def _rows(counter: Any, keys: tuple[str, ...]) -> list[dict[str, Any]]:
    return [
        {**dict(zip(keys, key, strict=True)), "count": count}
        for key, count in sorted(counter.items(), key=lambda item: tuple(map(str, item[0])))
    ]


def _document(row: DocumentRow) -> dict[str, Any]:
    return {
        "path": row.path,
        "symbol": row.symbol,
        "body": row.body,
        "kind": row.kind,
        "title": row.title,
        "date": row.date,
        "year": row.year,
        "session": row.session,
        "chapter_vii": row.chapter_vii,
        "vote": row.vote or None,
        "preambular": row.preambular,
        "operative": row.operative,
        "clauses": row.clauses,
        "opening_strength": dict(row.opening),
        "clause_strength": dict(row.strengths),
        "main_addressees": row.addressees,
        "citations": row.citations,
        "mandates": row.mandates,
        "findings": dict(row.findings),
    }
