"""``reslint parse --format json``."""

from __future__ import annotations

import json

from reslint.model import Document
from reslint.render.serialize import document_data, envelope


def render(documents: list[Document]) -> str:
    data = envelope("parse", [document_data(document) for document in documents])
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
