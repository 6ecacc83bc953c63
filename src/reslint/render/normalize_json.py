"""``reslint normalize -f json``: the cleaned text and the repairs of each input.

Schema (docs/schema.md, "normalize"): the common envelope, and per input its
``path``, the cleaned ``text`` and ``repairs``, each with ``kind``, ``line``,
``column`` (1-based, in the original file) and ``detail``.
"""

from __future__ import annotations

import json

from reslint.normalize import Normalized
from reslint.render.serialize import envelope


def render(results: list[Normalized]) -> str:
    documents = [
        {
            "path": result.source.path,
            "text": result.text,
            "repairs": [
                {"kind": r.kind, "line": r.line, "column": r.column, "detail": r.detail}
                for r in result.repairs
            ],
        }
        for result in results
    ]
    return json.dumps(envelope("normalize", documents), ensure_ascii=False, indent=2) + "\n"
