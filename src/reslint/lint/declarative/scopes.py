"""Scopes: the parts of a resolution a TOML rule looks at, as spans of the clean text.

A scope names a role of the document model (``model.ROLES``) and, for
paragraphs, which part of it: ``preamble`` is a preambular paragraph's own
text (up to its first sub-paragraph), ``preamble.opener`` only its opener.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reslint.model import Attachment, Document, Footnote, Node, Paragraph, Title

SCOPES = {
    "heading": "heading",
    "title": "title",
    "preamble": "preambular",
    "preamble.opener": "preambular",
    "operative": "operative",
    "operative.opener": "operative",
    "subparagraph": "subparagraph",
    "footnote": "footnote",
    "annex": "annex",
    "closing": "closing",
}
TEXT_SCOPES = frozenset({"preamble", "operative", "subparagraph"})  # running paragraph text


@dataclass(frozen=True)
class Span:
    """A stretch of the clean text a rule checks, and the paragraph it belongs to."""

    start: int
    end: int
    node: str | None


def scope_spans(node: Node, scope: str, document: Document) -> list[Span]:
    """The clean-text spans ``scope`` selects in ``node`` (a node of the scope's role)."""
    if isinstance(node, Paragraph):
        if scope.endswith(".opener"):
            if not node.opener:
                return []
            return [Span(node.text_start, node.text_start + len(node.opener), node.id)]
        own_end = node.children[0].start if node.children else node.end
        return [Span(node.text_start, own_end, node.id)]
    if isinstance(node, Attachment):
        return [Span(p.text_start, p.end, p.id) for p in node.paragraphs]
    if isinstance(node, Footnote):
        return [Span(node.end - len(node.text), node.end, None)]
    if isinstance(node, Title) and node.number:
        # "79/117. Report of ...": the scope is the title's words, not its number
        number = re.match(rf"\s*{re.escape(node.number)}\s*\.\s*", document.text[node.start :])
        return [Span(node.start + (number.end() if number else 0), node.end, None)]
    title = document.title
    if scope == "heading" and title and node.start <= title.start < node.end:
        # the title is printed inside the heading zone: it is the "title" scope's
        return [Span(node.start, title.start, None), Span(title.end, node.end, None)]
    return [Span(node.start, node.end, None)]


def document_spans(document: Document, scopes: tuple[str, ...]) -> list[Span]:
    """Every span of ``scopes`` in the whole document, in the order of ``Document.nodes()``."""
    return [
        span
        for node in document.nodes()
        if isinstance(node, Node)
        for scope in scopes
        if SCOPES[scope] == node.role
        for span in scope_spans(node, scope, document)
    ]


class WordPattern:
    """A pattern matched as whole words, fast.

    ``\\b(?:pattern)\\b`` would be the plain way, but a leading ``\\b`` stops
    Python's regular-expression engine from jumping to the pattern's literal
    prefix ("UN", "Secretary General"), which makes it 10-40 times slower on
    a whole corpus.  The left boundary is checked by hand instead when the
    pattern starts with a letter.
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.literal_start = pattern[:1].isalnum()
        body = rf"(?:{pattern})\b" if self.literal_start else rf"\b(?:{pattern})\b"
        self.regex = re.compile(body, flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        for match in self.regex.finditer(text, pos, end):
            start = match.start()
            if not self.literal_start or start == 0 or not _is_word(text[start - 1]):
                yield match


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"
