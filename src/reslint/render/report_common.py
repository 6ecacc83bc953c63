"""What the ``report`` renderers share: the record stream, the output, the documents table."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TextIO

from reslint.report.aggregate import LEVELS, DocumentRow, strength_scale
from reslint.report.records import DocumentRecord


class RecordStream(Protocol):
    """The records of a run, in input order, as the workers finish them; ``failed``
    holds the files that could not be reported ("path: why") once it is consumed."""

    failed: list[str]

    def __iter__(self) -> Iterator[DocumentRecord]: ...


@contextmanager
def text_output(output: str | None) -> Iterator[TextIO]:
    """The output file (UTF-8, Unix newlines), or stdout when there is none or it is -."""
    if output is None or output == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with Path(output).open("w", encoding="utf-8", newline="\n") as handle:
        yield handle


def document_columns() -> list[str]:
    """The documents table: identity, counts, the strength profiles (one column per
    label, strongest first), addressees, findings by level."""
    scale = strength_scale()
    return [
        "path",
        "symbol",
        "body",
        "kind",
        "title",
        "date",
        "year",
        "session",
        "chapter_vii",
        "vote",
        "preambular",
        "operative",
        "clauses",
        *(f"opening_{label}" for label in scale),
        *(f"clauses_{label}" for label in scale),
        "main_addressees",
        "citations",
        "mandates",
        *(f"findings_{level}" for level in LEVELS),
    ]


def document_values(row: DocumentRow) -> list[Any]:
    scale = strength_scale()
    return [
        row.path,
        row.symbol,
        row.body,
        row.kind,
        row.title,
        row.date,
        row.year,
        row.session,
        row.chapter_vii,
        row.vote,
        row.preambular,
        row.operative,
        row.clauses,
        *(row.opening[label] for label in scale),
        *(row.strengths[label] for label in scale),
        ";".join(row.addressees),
        row.citations,
        row.mandates,
        *(row.findings[level] for level in LEVELS),
    ]
