"""``reslint report --format jsonl``: one document record per line, written as it arrives.

Each line is a whole ``DocumentRecord`` (docs/report-schema.md): the
document's identity, then one list per unit (preambular, operative, clauses,
addressees, citations, mandates, findings), the same rows as the CSV tables.
"""

from __future__ import annotations

import dataclasses
import json

from reslint.render.report_common import RecordStream, text_output
from reslint.report.records import REPORT_SCHEMA_VERSION


def render(records: RecordStream, output: str | None) -> None:
    with text_output(output) as out:
        for record in records:
            data = {"schema_version": REPORT_SCHEMA_VERSION, **dataclasses.asdict(record)}
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
