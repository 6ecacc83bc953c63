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
    Python's regular-expression engine from jumping to the pattern's literal or
    first-character prefix ("UN", "[Cc]alls on"), which makes it many times
    slower on a whole corpus.  The left boundary is checked by hand instead,
    and a match that does not start on one is searched again one character
    on: the same matches as with the leading ``\\b``, found faster.

    The engine has no prefix to jump to when the case is ignored or the
    pattern opens with a lookaround ("(?=[a-z]+is[eai])"); there the leading
    ``\\b`` is what skips the inside of words quickly, and it stays.  For
    these patterns (the others ignore it) a rule can name an ``anchor``: a
    pattern of word characters found in the first word of every match
    ("is[eai]" in "organisation"; the matches start with a word character).
    The anchor is searched instead, and the whole pattern tried only at the
    start of the words it is found in: the same matches again, since a match
    starts at a word boundary and so at the start of its first word.
    """

    def __init__(self, pattern: str, flags: int, anchor: str | None = None) -> None:
        self.prefixed = not (flags & re.IGNORECASE) and not pattern.startswith("(?")
        self.anchor = re.compile(anchor, flags) if anchor and not self.prefixed else None
        body = rf"(?:{pattern})\b" if self.prefixed else rf"\b(?:{pattern})\b"
        self.regex = re.compile(body, flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        if self.anchor:
            yield from self._anchored(text, pos, end)
            return
        if not self.prefixed:
            yield from self.regex.finditer(text, pos, end)
            return
        search = self.regex.search
        match = search(text, pos, end)
        while match:
            start = match.start()
            if _at_boundary(text, start, end):
                yield match
                pos = max(match.end(), start + 1)
            else:
                pos = start + 1
            match = search(text, pos, end)

    def _anchored(self, text: str, pos: int, end: int) -> Iterator[re.Match]:
        """The matches starting at the words the anchor is found in, each word tried once:
        the search goes on after the match, or after the word."""
        assert self.anchor is not None
        hit = self.anchor.search(text, pos, end)
        while hit:
            start = _word_start(text, hit.start())
            # a word that begins before ``pos`` has no boundary at or after it to match on
            match = self.regex.match(text, start, end) if start >= pos else None
            if match:
                yield match
            resume = match.end() if match else _word_end(text, hit.end(), end)
            hit = self.anchor.search(text, max(resume, hit.start() + 1), end)


def _at_boundary(text: str, offset: int, end: int) -> bool:
    """``\\b`` at ``offset``: a word character on one side only (``end`` ends the text,
    as ``endpos`` does for the engine)."""
    before = offset > 0 and _is_word(text[offset - 1])
    after = offset < end and _is_word(text[offset])
    return before != after


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _word_start(text: str, offset: int) -> int:
    """The start of the word that ``offset`` is in."""
    while offset > 0 and _is_word(text[offset - 1]):
        offset -= 1
    return offset


def _word_end(text: str, offset: int, end: int) -> int:
    """The end of the word that ``offset`` is in (or ends), at most ``end``."""
    while offset < end and _is_word(text[offset]):
        offset += 1
    return offset
