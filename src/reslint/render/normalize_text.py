"""``reslint normalize``: the cleaned text of each input, one after the other."""

from __future__ import annotations

from reslint.normalize import Normalized


def render(results: list[Normalized]) -> str:
    return "\n".join(result.text for result in results)
