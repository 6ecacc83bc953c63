"""``reslint classify --unknown``: openers no lexicon lists, across all inputs.

The list a user works through to extend the lexicon (``[lexicon]`` in the
configuration): each opener with how often it occurs and where first, as a
table or in the machine formats of ``classify`` (json, jsonl, csv).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

from reslint.classifier import Classification

FIELDS = ("kind", "opener", "count", "first")


def collect(results: list[Classification]) -> list[dict]:
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], str] = {}
    for result in results:
        found = [("operative", p.found, p.line) for p in result.operative if p.verb == "unknown"]
        found += [
            ("preambular", p.found, p.line) for p in result.preambular if p.function == "unknown"
        ]
        for kind, word, line in found:
            key = (kind, (word or "").lower())
            counts[key] += 1
            first.setdefault(key, f"{result.path}:{line}")
    return [
        {"kind": kind, "opener": word, "count": count, "first": first[(kind, word)]}
        for (kind, word), count in counts.most_common()
    ]


def render(results: list[Classification], output_format: str = "table") -> str:
    """The list in any format of ``reslint classify``: table, json, jsonl or csv."""
    rows = collect(results)
    if output_format == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if output_format == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if output_format == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue()
    if not rows:
        return "every opener is in the lexicon\n"
    lines = [f"{'count':>5}  {'kind':<10}  {'opener':<20}  first seen"]
    lines += [f"{r['count']:>5}  {r['kind']:<10}  {r['opener']:<20}  {r['first']}" for r in rows]
    return "\n".join(lines) + "\n"
