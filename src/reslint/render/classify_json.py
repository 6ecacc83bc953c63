"""``reslint classify --format json``: the documented ``reslint.classify`` schema."""

from __future__ import annotations

import json

from reslint.classifier import CLASSIFY_SCHEMA_VERSION, Classification
from reslint.render.serialize import envelope, to_data


def render(results: list[Classification]) -> str:
    data = envelope("classify", [to_data(r) for r in results], CLASSIFY_SCHEMA_VERSION)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
