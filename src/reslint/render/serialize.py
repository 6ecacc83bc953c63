"""The model as plain JSON data: the documented ``parse`` schema (docs/schema.md).

Every node keeps ``line`` and ``column`` (1-based, in the original file); the
clean-text offsets and the normalized text itself stay out, they mean nothing
outside a run.  The flat ``preambular`` and ``operative`` lists are added
beside the tree, as views of it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from reslint.model import SCHEMA_VERSION, Document, Node

_INTERNAL = {"start", "end", "text_start"}


def to_data(value: Any) -> Any:
    """Dataclasses to dicts (without offsets), lists element-wise, the rest as is."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {"type": type(value).__name__} if isinstance(value, Node) else {}
        for item in dataclasses.fields(value):
            if item.name in _INTERNAL:
                continue
            data[item.name] = to_data(getattr(value, item.name))
        return data
    if isinstance(value, list):
        return [to_data(item) for item in value]
    return value


def document_data(document: Document) -> dict[str, Any]:
    """One document, in the order a reader expects."""
    data = {
        "path": document.path,
        "symbol": document.symbol,
        "body": document.body,
        "kind": document.kind,
    }
    for item in dataclasses.fields(document):
        if item.name not in data and item.name != "text":
            data[item.name] = to_data(getattr(document, item.name))
    data["preambular"] = [_flat(p) for p in document.preambular]
    data["operative"] = [_flat(p) for p in document.operative]
    return data


def _flat(paragraph: Any) -> dict[str, Any]:
    keys = ("id", "index", "opener", "line", "column")
    if paragraph.kind == "operative":
        keys = ("id", "number", "section", "opener", "line", "column")
    return {key: getattr(paragraph, key) for key in keys}


def envelope(
    kind: str, documents: list[dict[str, Any]], version: str = SCHEMA_VERSION
) -> dict[str, Any]:
    """The top-level object of every JSON output: schema name, version, documents."""
    from reslint import __version__

    return {
        "schema": f"reslint.{kind}",
        "schema_version": version,
        "reslint_version": __version__,
        "documents": documents,
    }
