"""What a rule sees while it checks one document, and how it reports."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from reslint.lint.declarative.scopes import Span, scope_spans
from reslint.lint.diagnostic import DISPLAY, Diagnostic, Fix

T = TypeVar("T")

if TYPE_CHECKING:
    from reslint.lexicon import Lexicon, OpenerMatch
    from reslint.lint.rule import Checker
    from reslint.lint.settings import Settings
    from reslint.model import Document, Node, Paragraph
    from reslint.normalize import Normalized
    from reslint.readers.place import Place


UNCERTAIN = "not applied: the parser reported a problem in the structure here"


def uncertain_spans(document: Document) -> list[tuple[int, int]]:
    """Where the structure is uncertain: each span from the paragraph before a parser
    problem to the paragraph after it, sorted and merged."""
    if not document.problems:
        return []
    starts = sorted((p.start, p.end) for p in document.paragraphs())
    spans = []
    for problem in document.problems:
        index = bisect.bisect_right(starts, (problem.start, float("inf")))
        before = starts[index - 2][0] if index >= 2 else problem.start
        after = starts[index][1] if index < len(starts) else problem.end
        spans.append((min(before, problem.start), max(after, problem.end)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True)
class Profile:
    """Which drafting practice applies: the adopting body and the kind of document."""

    body: str  # general-assembly, security-council, human-rights-council, generic
    kind: str  # draft or adopted


class Context:
    """One document being linted: its texts, its profile, the findings so far."""

    def __init__(
        self, normalized: Normalized, document: Document, profile: Profile, settings: Settings
    ) -> None:
        self.normalized = normalized
        self.document = document
        self.text = normalized.text
        self.profile = profile
        self.settings = settings
        self.diagnostics: list[Diagnostic] = []
        self._cache: dict[str, Any] = {}
        self._lines = normalized.source.lines
        self._node_values: tuple[object, dict[str, Any]] = (None, {})

    @property
    def lexicon(self) -> Lexicon:
        """The shipped lexicon with the configuration's ``[lexicon]`` extensions."""
        return self.settings.lexicon

    def cached(self, key: str, compute: Callable[[], T]) -> T:
        """A value computed once per document and shared by the rules that need it."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def node_cached(self, node: Node, key: str, compute: Callable[[], T]) -> T:
        """A value computed once per node and shared by the rules that check it (they run
        one after the other on a node: only the current node's values are kept)."""
        current, values = self._node_values
        if current is not node:
            values = {}
            self._node_values = (node, values)
        if key not in values:
            values[key] = compute()
        return values[key]

    def scope_texts(self, node: Node, scope: str) -> list[tuple[Span, str]]:
        """The spans of ``scope`` in ``node`` with their text, for the pack rules."""
        return self.node_cached(
            node,
            f"scope {scope}",
            lambda: [
                (span, self.text[span.start : span.end])
                for span in scope_spans(node, scope, self.document)
            ],
        )

    def opener(self, paragraph: Paragraph) -> tuple[str, OpenerMatch] | None:
        """``opener_at`` of the paragraph's text, with the configured lexicon."""
        from reslint.grammar.lines import opener_at

        return self.node_cached(
            paragraph, "opener", lambda: opener_at(paragraph.text, self.lexicon)
        )

    def _uncertain(self, fix: Fix) -> bool:
        """An edit of ``fix`` falls in a span where the structure is uncertain."""
        spans = self.cached("uncertain", lambda: uncertain_spans(self.document))
        for edit in fix.edits:
            last = bisect.bisect_right(spans, (edit.end, float("inf"))) - 1  # starts at or before
            if last >= 0 and spans[last][1] >= edit.start:
                return True
        return False

    def report_first_word(self, rule: Checker, paragraph: Paragraph, message: str) -> None:
        """Report on the first word of a paragraph, quoting it ("... opener: 'Remembering'")."""
        from reslint.grammar.lines import first_words

        word = (first_words(paragraph.text) or ("",))[0]
        start = paragraph.text_start
        self.report(
            rule, start, start + max(1, len(word)), f"{message}: {word!r}", node=paragraph.id
        )

    def report_line(self, rule: Checker, line: int, column: int, message: str) -> None:
        """Record a finding located directly in the original file (a comment, say)."""
        self.diagnostics.append(
            Diagnostic(
                code=rule.code,
                slug=rule.slug,
                level=self.settings.level_of(rule, self.profile.body),
                message=message,
                path=self.normalized.source.path,
                line=line,
                column=column,
                end_line=line,
                end_column=column,
                start=0,
                end=0,
                source_line=self._lines[line - 1] if line - 1 < len(self._lines) else "",
                place=self._place_at(line, column),
            )
        )

    def report(
        self,
        rule: Checker,
        start: int,
        end: int,
        message: str | None = None,
        fix: Fix | None = None,
        node: str | None = None,
    ) -> None:
        """Record a finding of ``rule`` on the normalized span ``[start, end)``.

        Where the parser reported a problem (in the paragraph, or the one before
        or after it), the structure a fix relies on is uncertain: the fix is
        shown, never applied.
        """
        if fix is not None and fix.applicability != DISPLAY and self._uncertain(fix):
            fix = replace(fix, applicability=DISPLAY, message=f"{fix.message} ({UNCERTAIN})")
        raw_start, raw_end = self.normalized.raw_span(start, max(start, end))
        line, column = self.normalized.source.position(raw_start)
        end_line, end_column = self.normalized.source.position(max(raw_start, raw_end))
        self.diagnostics.append(
            Diagnostic(
                code=rule.code,
                slug=rule.slug,
                level=self.settings.level_of(rule, self.profile.body),
                message=message or rule.message,
                path=self.normalized.source.path,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                start=start,
                end=end,
                node=node,
                fix=fix,
                source_line=self._lines[line - 1] if line - 1 < len(self._lines) else "",
                place=self.normalized.source.place(raw_start),
            )
        )

    def _place_at(self, line: int, column: int) -> Place | None:
        """The place of a 1-based line and column of the original text."""
        source = self.normalized.source
        starts = source.line_starts
        if line - 1 >= len(starts):
            return None
        return source.place(starts[line - 1] + column - 1)
