"""Small helpers for tests that build texts."""

from __future__ import annotations

from textwrap import dedent

from reslint.model import Document
from reslint.normalize import Normalized, normalize
from reslint.pipeline import parse_source
from reslint.source import Source


def source(text: str, name: str = "test.txt") -> Source:
    return Source(name, dedent(text).lstrip("\n"))


def clean(text: str) -> Normalized:
    return normalize(source(text))


def parsed(text: str) -> Document:
    return parse_source(source(text))
