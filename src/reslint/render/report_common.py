"""What the ``report`` renderers share: the record stream, the output, the documents table."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TextIO

from reslint.report.aggregate import LEVELS, Corpus, DocumentRow, aggregate, strength_scale
from reslint.report.records import DocumentRecord


class RecordStream(Protocol):
    """The records of a run, in input order, as the workers finish them; ``failed``
    holds the files that could not be reported ("path: why") once it is consumed."""

    failed: list[str]

    def __iter__(self) -> Iterator[DocumentRecord]: ...


def corpus_of(records: RecordStream) -> Corpus:
    """The corpus figures of a whole stream, the failed files included."""
    corpus = aggregate(records)
    corpus.failed = list(records.failed)
    return corpus


@contextmanager
def text_output(output: str | None) -> Iterator[TextIO]:
    """The output file (UTF-8, Unix newlines), or stdout when there is none or it is -."""
    if output is None or output == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    with Path(output).open("w", encoding="utf-8", newline="\n") as handle:
        yield handle


DISPLAY_HEADINGS = (
    "document", "title", "body", "kind", "date", "session", "preambular", "operative",
    "clauses", "opening clauses", "all clauses", "main addressees", "vote",
    *(f"{level}s" for level in LEVELS),
)  # fmt: skip


def display_values(row: DocumentRow) -> tuple[Any, ...]:
    """A row of the documents table people read (HTML, Markdown): ``DISPLAY_HEADINGS``."""
    return (
        row.name,
        row.title or "",
        row.body,
        row.kind,
        row.date or (str(row.year) if row.year else ""),
        row.session,
        row.preambular,
        row.operative,
        row.clauses,
        strength_profile(row.opening),
        strength_profile(row.strengths),
        ", ".join(row.addressees),
        row.vote,
        *(row.findings[level] for level in LEVELS),
    )


def strength_profile(counts: Counter[str]) -> str:
    """ "decision 2, request 3": the labels with clauses, strongest first."""
    return ", ".join(f"{label} {counts[label]}" for label in strength_scale() if counts[label])


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
