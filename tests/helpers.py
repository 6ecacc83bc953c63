"""Small helpers for tests that build texts."""

from __future__ import annotations

from textwrap import dedent
from typing import TYPE_CHECKING

from reslint.model import Document
from reslint.normalize import Normalized, normalize
from reslint.pipeline import parse_source
from reslint.source import Source

if TYPE_CHECKING:
    from reslint.classifier import OperativeClass


def source(text: str, name: str = "test.txt") -> Source:
    return Source(name, dedent(text).lstrip("\n"))


def clean(text: str) -> Normalized:
    return normalize(source(text))


def parsed(text: str) -> Document:
    return parse_source(source(text))


GA = "The General Assembly"
SC = "The Security Council"


def operative(text: str, body: str = GA) -> OperativeClass:
    """The classification of one operative paragraph, after the body's formula and a
    preambular paragraph."""
    from reslint.classifier import classifier_for

    document = parsed(f"{body},\n\nRecalling its resolutions,\n\n{text}\n")
    return classifier_for(None).classify(document).operative[0]


def verbs(result: OperativeClass) -> list[str]:
    """The verb of each clause."""
    return [clause.verb for clause in result.clauses]


def categories(result: OperativeClass) -> list[set[str]]:
    """The addressee categories of each clause."""
    return [{a.category for a in clause.addressees} for clause in result.clauses]
