"""The kinds of TOML rules: one small class per kind, each with its own keys, compile and check.

Every kind implements the engine's ``Checker`` protocol through ``PackRule``:
a kind that checks one span at a time writes ``check_span``; a kind that
compares the whole text (``whole_document``) writes ``check_document``.  A
kind declares the keys it needs and accepts with their types, and the scopes
it cannot apply to; ``parse_pack`` checks a rule's table against them before
the class compiles its patterns, so every mistake is a load error, never a
rule that silently does nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

from reslint.errors import ConfigError
from reslint.lint.declarative.scopes import (
    SCOPES,
    TEXT_SCOPES,
    Span,
    WordPattern,
    document_spans,
)
from reslint.lint.diagnostic import DISPLAY, SAFE, UNSAFE, Edit, Fix
from reslint.lint.rule import BODIES, KINDS
from reslint.model import Document, Node

if TYPE_CHECKING:
    from spacy.language import Language

    from reslint.lint.context import Context

Pattern = re.Pattern[str] | WordPattern


class PackRule:
    """One ``[[rule]]`` of a pack, compiled: what every kind shares."""

    kind: ClassVar[str]
    required: ClassVar[dict[str, type | tuple[type, ...]]] = {}
    optional: ClassVar[dict[str, type | tuple[type, ...]]] = {}
    whole_document: ClassVar[bool] = False  # compares across the whole text
    forbidden_scopes: ClassVar[frozenset[str]] = frozenset()
    why_forbidden: ClassVar[str] = ""

    def __init__(self, spec: dict[str, Any], source: str, line: int | None) -> None:
        self.source, self.line = source, line
        self.code: str = spec["code"]
        self.slug: str = spec["slug"]
        self.level: str = spec.get("level", "warning")
        self.levels: dict[str, str] = dict(spec.get("levels", {}))
        self.message: str = spec["message"]
        self.scopes = tuple(spec["scope"] if isinstance(spec["scope"], list) else [spec["scope"]])
        self.bodies = tuple(spec.get("bodies", BODIES))
        self.kinds = tuple(spec.get("kinds", KINDS))
        self.flags = re.IGNORECASE if spec.get("ignorecase", False) else 0
        self.nonword = bool(spec.get("nonword", False))
        roles = {SCOPES[scope] for scope in self.scopes}
        self.nodes = ("document",) if self.whole_document else tuple(sorted(roles))
        self.compile(spec)

    @property
    def fixable(self) -> bool:
        return False

    def error(self, message: str) -> ConfigError:
        return ConfigError(self.source, f"rule {self.code}: {message}", self.line)

    def regex(self, pattern: str, word: bool = True, anchor: str | None = None) -> Pattern:
        """``pattern`` compiled (as whole words unless ``nonword``, searched for by its
        ``anchor`` if given: see ``WordPattern``); a bad one is a load error."""
        try:
            if self.nonword or not word:
                return re.compile(pattern, self.flags)
            return WordPattern(pattern, self.flags, anchor)
        except re.error as exc:
            raise self.error(f"bad regular expression {pattern!r}: {exc}") from None

    def compile(self, spec: dict[str, Any]) -> None:
        """Read the kind's own keys and compile its patterns."""

    # -- checking -------------------------------------------------------------

    def check(self, node: Document | Node, ctx: Context) -> None:
        """Check one node of a role this rule asked for (the document for whole-text kinds)."""
        if self.whole_document:
            self.check_document(document_spans(ctx.document, self.scopes), ctx)
            return
        assert isinstance(node, Node)
        for scope in self.scopes:
            if SCOPES[scope] == node.role:
                for span, text in ctx.scope_texts(node, scope):
                    self.check_span(span, text, ctx)

    def check_span(self, span: Span, text: str, ctx: Context) -> None:
        """Check the text of one span (``text`` is ``ctx.text[span.start:span.end]``)."""

    def check_document(self, spans: list[Span], ctx: Context) -> None:
        """Check the spans of every scope across the whole text."""

    def report(self, ctx: Context, span: Span, start: int, end: int, message: str) -> None:
        """A finding at ``[start, end)`` of the span's text, ``%s`` in the message filled."""
        ctx.report(self, span.start + start, span.start + end, message, node=span.node)


class Existence(PackRule):
    """``tokens`` that must not appear ("%s" in the message is the word found)."""

    kind = "existence"
    required: ClassVar = {"tokens": list}
    optional: ClassVar = {"nonword": bool, "exceptions": list}

    def compile(self, spec: dict[str, Any]) -> None:
        self.patterns = [self.regex(token) for token in spec["tokens"]]
        self.exceptions = set(spec.get("exceptions", []))

    def check_span(self, span: Span, text: str, ctx: Context) -> None:
        for pattern in self.patterns:
            for m in pattern.finditer(text):
                if m.group(0) not in self.exceptions:
                    self.report(ctx, span, m.start(), m.end(), _fill(self.message, m.group(0)))


class Substitution(PackRule):
    """``swap`` = {found = replacement}: the found form is reported with its replacement as a
    fix; ``exceptions`` are names where the found form is right; ``anchor`` is what the
    first word of every found form contains, searched first where the patterns themselves
    are slow to search (see ``WordPattern``)."""

    kind = "substitution"
    required: ClassVar = {"swap": dict}
    optional: ClassVar = {"fix": str, "nonword": bool, "exceptions": list, "anchor": str}

    @property
    def fixable(self) -> bool:
        return self.applicability != DISPLAY  # a display-only fix is never applied

    def compile(self, spec: dict[str, Any]) -> None:
        anchor = spec.get("anchor")
        if anchor is not None:
            if self.nonword:
                raise self.error("an anchor finds whole words: it cannot go with nonword")
            self.regex(anchor, word=False)  # a bad anchor fails at load, named
        swaps = spec["swap"].items()
        self.swaps = [(self.regex(found, anchor=anchor), repl) for found, repl in swaps]
        for pattern, replacement in self.swaps:
            _check_template(self, pattern, replacement)
        # names spelled otherwise: "Organisation for the Prohibition of Chemical Weapons"
        self.names = [self.regex(name) for name in spec.get("exceptions", [])]
        self.applicability = spec.get("fix", SAFE)
        if self.applicability not in (SAFE, UNSAFE, DISPLAY):
            raise self.error(f"fix must be {SAFE}, {UNSAFE} or {DISPLAY}")

    def check_span(self, span: Span, text: str, ctx: Context) -> None:
        names: list[tuple[int, int]] | None = None  # looked for once something is found
        for pattern, replacement in self.swaps:
            for m in pattern.finditer(text):
                new = m.expand(replacement)
                if new == m.group(0):
                    continue
                if names is None:
                    names = [n.span() for name in self.names for n in name.finditer(text)]
                if any(a <= m.start() < b for a, b in names):
                    continue
                start, end = span.start + m.start(), span.start + m.end()
                fix = Fix((Edit(start, end, new),), self.applicability, f"replace with {new!r}")
                message = _fill(self.message, new, m.group(0))
                ctx.report(self, start, end, message, fix=fix, node=span.node)


class Capitalization(PackRule):
    """The scope's text must ``match`` $sentence, $title, $upper, $lower or a regular
    expression (a whole title, heading, opener or closing, not running text)."""

    kind = "capitalization"
    required: ClassVar = {"match": str}
    optional: ClassVar = {"exceptions": list}
    forbidden_scopes = TEXT_SCOPES | {"annex"}
    why_forbidden = "capitalization applies to titles, headings, openers or closings"
    STYLES: ClassVar[dict[str, str]] = {
        "$sentence": r"[^a-z].*",
        "$title": r"(?:[A-Z0-9][^\s]*\s*)+",
        "$upper": r"[^a-z]+",
        "$lower": r"[^A-Z]+",
    }

    def compile(self, spec: dict[str, Any]) -> None:
        shape = self.STYLES.get(spec["match"], spec["match"])
        try:
            self.shape = re.compile(shape, re.DOTALL)
        except re.error as exc:
            raise self.error(f"bad regular expression {shape!r}: {exc}") from None
        self.exceptions = set(spec.get("exceptions", []))

    def check_span(self, span: Span, text: str, ctx: Context) -> None:
        shown = text.strip()
        if shown and shown not in self.exceptions and not self.shape.fullmatch(shown):
            self.report(ctx, span, 0, len(text), _fill(self.message, text[:40]))


class Occurrence(PackRule):
    """``token`` at most ``max`` and/or at least ``min`` times per node ("%s": the count)."""

    kind = "occurrence"
    required: ClassVar = {"token": str}
    optional: ClassVar = {"max": int, "min": int, "nonword": bool}
    forbidden_scopes = frozenset({"annex"})
    why_forbidden = "occurrence counts per node; an annex is many paragraphs"

    def compile(self, spec: dict[str, Any]) -> None:
        self.token = self.regex(spec["token"])
        self.maximum, self.minimum = spec.get("max"), spec.get("min")
        if self.maximum is None and self.minimum is None:
            raise self.error("occurrence needs max or min")

    def check_span(self, span: Span, text: str, ctx: Context) -> None:
        count = sum(1 for _ in self.token.finditer(text))
        too_many = self.maximum is not None and count > self.maximum
        too_few = self.minimum is not None and count < self.minimum
        if too_many or too_few:
            self.report(ctx, span, 0, len(text), _fill(self.message, str(count)))


class Repetition(PackRule):
    """The same word twice in a row ("the the"); ``tokens`` limits it to those words."""

    kind = "repetition"
    optional: ClassVar = {"tokens": list}

    def compile(self, spec: dict[str, Any]) -> None:
        self.repeat = re.compile(r"\b(\w+)\s+\1\b", self.flags)
        self.only = {token.lower() for token in spec.get("tokens", [])}

    def check_span(self, span: Span, text: str, ctx: Context) -> None:
        for m in self.repeat.finditer(text):
            if not self.only or m.group(1).lower() in self.only:
                self.report(ctx, span, m.start(), m.end(), _fill(self.message, m.group(1)))


class Consistency(PackRule):
    """``either`` = {form = other form}: a text uses one of the two, never both; the forms
    used less often are reported ("%s" the form found, then the other)."""

    kind = "consistency"
    required: ClassVar = {"either": dict}
    optional: ClassVar = {"nonword": bool}
    whole_document = True

    def compile(self, spec: dict[str, Any]) -> None:
        self.pairs = [(self.regex(a), self.regex(b), a, b) for a, b in spec["either"].items()]

    def check_document(self, spans: list[Span], ctx: Context) -> None:
        for first, second, a, b in self.pairs:
            hits_a = [(s, m) for s in spans for m in first.finditer(ctx.text, s.start, s.end)]
            hits_b = [(s, m) for s in spans for m in second.finditer(ctx.text, s.start, s.end)]
            if not (hits_a and hits_b):
                continue
            minority, other = (hits_b, a) if len(hits_a) >= len(hits_b) else (hits_a, b)
            for span, m in minority:
                message = _fill(self.message, m.group(0), other)
                ctx.report(self, m.start(), m.end(), message, node=span.node)


class Conditional(PackRule):
    """Every ``first`` match (its group 1) needs a ``second`` match earlier in the text,
    ``%s`` in ``second`` standing for the group: an abbreviation defined before it is used."""

    kind = "conditional"
    required: ClassVar = {"first": str, "second": str}
    optional: ClassVar = {"exceptions": list}
    whole_document = True

    def compile(self, spec: dict[str, Any]) -> None:
        self.first = self.regex(spec["first"], word=False)
        if self.first.groups < 1:
            raise self.error("conditional 'first' needs a group: the value to look for")
        if "%s" not in spec["second"]:
            raise self.error("conditional 'second' needs %s where the value goes")
        self.second = spec["second"]
        self.regex(self.second.replace("%s", "X"), word=False)  # a bad pattern fails at load
        self.exceptions = set(spec.get("exceptions", []))

    def check_document(self, spans: list[Span], ctx: Context) -> None:
        seen: set[str] = set()
        for span in spans:
            for m in self.first.finditer(ctx.text, span.start, span.end):
                value = m.group(1)
                if value in seen or value in self.exceptions:
                    continue
                seen.add(value)
                definition = re.compile(self.second.replace("%s", re.escape(value)))
                earlier = definition.search(ctx.text, 0, m.end() + len(value) + 4)
                if earlier is None or earlier.start() > m.start():
                    message = _fill(self.message, value)
                    ctx.report(self, m.start(1), m.end(1), message, node=span.node)


class Sequence(PackRule):
    """spaCy Matcher token ``patterns`` that must not occur (spaCy loads only for these)."""

    kind = "sequence"
    required: ClassVar = {"patterns": list}

    def compile(self, spec: dict[str, Any]) -> None:
        from spacy.matcher import Matcher

        self.matcher = Matcher(_nlp().vocab, validate=True)
        try:
            self.matcher.add(self.code, spec["patterns"])
        except (ValueError, TypeError) as exc:
            first = str(exc).strip().splitlines()
            raise self.error(f"bad token pattern: {first[0] if first else exc}") from None

    def check_span(self, span: Span, text: str, ctx: Context) -> None:
        from reslint.annotate import tokenizable  # spaCy is loaded only for this kind

        doc = _nlp()(tokenizable(text))
        for _, start, end in self.matcher(doc):
            found = doc[start:end]
            message = _fill(self.message, found.text)
            self.report(ctx, span, found.start_char, found.end_char, message)


PACK_KINDS: dict[str, type[PackRule]] = {
    kind.kind: kind
    for kind in (
        Existence,
        Substitution,
        Capitalization,
        Occurrence,
        Repetition,
        Consistency,
        Conditional,
        Sequence,
    )
}


def _fill(message: str, *values: str) -> str:
    """``message`` with each ``%s`` replaced, in order, by ``values``."""
    for value in values:
        message = message.replace("%s", value, 1)
    return message


def _check_template(rule: PackRule, pattern: Pattern, replacement: str) -> None:
    """A replacement may only name the groups its pattern has (``\\1``)."""
    regex = pattern.regex if isinstance(pattern, WordPattern) else pattern
    for group in re.findall(r"\\(\d+)", replacement):
        if int(group) > regex.groups:
            raise rule.error(f"replacement {replacement!r} names group {group}, which is missing")


@cache
def _nlp() -> Language:
    from reslint.annotate import pipeline

    return pipeline()
