"""``reslint report --format csv``: a folder of tidy tables, one per unit of analysis.

``documents.csv`` has one row per document (docs/report-schema.md); the
others one row per preambular paragraph, operative paragraph, clause,
addressee, citation, reporting mandate and lint finding, each keyed by the
document's ``path`` and the paragraph's id.  Rows are written as the records
arrive, so the tables of thousands of documents never sit in memory.
"""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

from reslint.render.report_common import RecordStream, document_columns, document_values
from reslint.report.aggregate import summarize
from reslint.report.records import (
    AddresseeRecord,
    CitationRecord,
    ClauseRecord,
    FindingRecord,
    MandateRecord,
    OperativeRecord,
    PreambularRecord,
)

# table name -> (the record list it holds, its row type)
TABLES = {
    "preambular": PreambularRecord,
    "operative": OperativeRecord,
    "clauses": ClauseRecord,
    "addressees": AddresseeRecord,
    "citations": CitationRecord,
    "mandates": MandateRecord,
    "findings": FindingRecord,
}


def columns(row_type: type) -> list[str]:
    return ["path", *(f.name for f in dataclasses.fields(row_type))]


def render(records: RecordStream, output: str | None) -> None:
    if output is None:
        raise ValueError("--format csv writes a folder: give it with -o")
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    names = ["documents", *TABLES]
    handles = {
        name: (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") for name in names
    }
    try:
        writers = {
            name: csv.writer(handle, lineterminator="\n") for name, handle in handles.items()
        }
        writers["documents"].writerow(document_columns())
        for name, row_type in TABLES.items():
            writers[name].writerow(columns(row_type))
        for record in records:
            writers["documents"].writerow(_cells(document_values(summarize(record))))
            for name in TABLES:
                for item in getattr(record, name):
                    values = (getattr(item, f.name) for f in dataclasses.fields(item))
                    writers[name].writerow(_cells([record.path, *values]))
    finally:
        for handle in handles.values():
            handle.close()


def _cells(values: list[object]) -> list[object]:
    """None as an empty cell, booleans as true/false (as ``classify -f csv`` writes them)."""
    return ["" if v is None else str(v).lower() if isinstance(v, bool) else v for v in values]
