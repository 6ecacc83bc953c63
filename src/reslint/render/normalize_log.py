"""``reslint normalize -f log``: every repair, one line each, where it was made."""

from __future__ import annotations

from reslint.normalize import Normalized


def render(results: list[Normalized]) -> str:
    lines = [
        f"{result.source.path}:{r.line}:{r.column}: {r.kind}: {r.detail}"
        for result in results
        for r in result.repairs
    ]
    return "".join(line + "\n" for line in lines)
