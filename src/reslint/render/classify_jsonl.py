"""``reslint classify --format jsonl``: one document per line, for streaming tools."""

from __future__ import annotations

import json

from reslint.classifier import CLASSIFY_SCHEMA_VERSION, Classification
from reslint.render.serialize import to_data


def render(results: list[Classification]) -> str:
    lines = []
    for result in results:
        data = {"schema_version": CLASSIFY_SCHEMA_VERSION, **to_data(result)}
        lines.append(json.dumps(data, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)
