"""Rules as data: TOML rule packs with a few strict kinds, checked when loaded.

A pack is a TOML file of ``[[rule]]`` tables (``rules/packs/*.toml`` ship with
reslint; a configuration adds its own with ``extend``).  Every rule has
``code``, ``slug``, ``kind``, ``scope``, ``level``, ``message`` and optional
``link``, ``bodies``, ``kinds``, ``documentation``; each kind has its own keys:

* ``existence``: ``tokens`` that must not appear;
* ``substitution``: ``swap`` = {found = replacement}, with a ``fix``, and
  ``exceptions``: names where the found form is right;
* ``capitalization``: the scope text must ``match`` $sentence, $title, $upper,
  $lower or a regular expression;
* ``occurrence``: ``token`` at most ``max`` / at least ``min`` times per node;
* ``repetition``: the same word twice in a row (``tokens`` to limit it);
* ``consistency``: ``either`` = {form = other form}, never both in one text;
* ``conditional``: every ``first`` match (its group 1) needs a ``second``
  match earlier in the text (``%s`` stands for the group): an abbreviation
  defined before it is used;
* ``sequence``: spaCy Matcher token ``patterns`` that must not occur.

Unknown keys, missing keys, bad regular expressions or patterns, and
impossible kind/scope pairs are load errors naming the file and the line.
Patterns compile once, at load.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reslint.errors import ConfigError
from reslint.lexicon import load_toml, rules_dir
from reslint.lint.diagnostic import DISPLAY, LEVELS, SAFE, UNSAFE, Edit, Fix
from reslint.lint.rule import BODIES, KINDS, RuleInfo, parse_sections

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
TEXT_SCOPES = ("preamble", "operative", "subparagraph")
COMMON = {
    "code",
    "slug",
    "kind",
    "scope",
    "level",
    "message",
    "link",
    "levels",
    "bodies",
    "kinds",
    "documentation",
    "ignorecase",
}
KIND_KEYS = {
    "existence": ({"tokens"}, {"nonword", "exceptions"}),
    "substitution": ({"swap"}, {"fix", "nonword", "exceptions"}),
    "capitalization": ({"match"}, {"exceptions"}),
    "occurrence": ({"token"}, {"max", "min"}),
    "repetition": (set(), {"tokens"}),
    "consistency": ({"either"}, set()),
    "conditional": ({"first", "second"}, {"exceptions"}),
    "sequence": ({"patterns"}, set()),
}
WHOLE_NODE_KINDS = {"capitalization", "occurrence"}  # need a node, not the whole document
DOCUMENT_KINDS = {"consistency", "conditional"}  # compare across the whole text


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


@dataclass
class Span:
    start: int
    end: int
    node: str | None


def scope_spans(node: Any, scope: str, document: Any) -> list[Span]:
    """The normalized-text spans a scope selects in one node."""
    node_id = getattr(node, "id", None)
    if scope.endswith(".opener"):
        opener = getattr(node, "opener", None)
        if not opener:
            return []
        return [Span(node.text_start, node.text_start + len(opener), node_id)]
    if scope == "annex":
        return [Span(p.text_start, p.end, p.id) for p in node.paragraphs]
    if scope in {"preamble", "operative", "subparagraph"}:
        own_end = node.children[0].start if node.children else node.end
        return [Span(node.text_start, own_end, node_id)]
    if scope == "footnote":
        return [Span(node.end - len(node.text), node.end, None)]
    title = document.title
    if scope == "heading" and title and node.start <= title.start < node.end:
        # the title is printed inside the heading zone: it is the "title" scope's
        return [Span(node.start, title.start, None), Span(title.end, node.end, None)]
    return [Span(node.start, node.end, node_id)]


class DeclarativeRule:
    """One ``[[rule]]`` of a pack, compiled."""

    def __init__(self, spec: dict[str, Any], source: str, line: int | None) -> None:
        self.code = spec["code"]
        self.slug = spec["slug"]
        self.kind = spec["kind"]
        self.level = spec.get("level", "warning")
        self.levels = dict(spec.get("levels", {}))
        self.message = spec["message"]
        self.link = spec.get("link")
        self.scopes = tuple(spec["scope"] if isinstance(spec["scope"], list) else [spec["scope"]])
        self.bodies = tuple(spec.get("bodies", BODIES))
        self.kinds = tuple(spec.get("kinds", KINDS))
        self.flags = re.IGNORECASE if spec.get("ignorecase", False) else 0
        self.spec = spec
        self.source, self.line = source, line
        self.nodes = tuple(
            sorted(
                {SCOPES[s] for s in self.scopes}
                | ({"document"} if self.kind in DOCUMENT_KINDS else set())
            )
        )
        self._compile()

    def error(self, message: str) -> ConfigError:
        return ConfigError(self.source, f"rule {self.code}: {message}", self.line)

    def _regex(self, pattern: str, word: bool = True) -> re.Pattern[str] | WordPattern:
        try:
            if self.spec.get("nonword") or not word:
                return re.compile(pattern, self.flags)
            return WordPattern(pattern, self.flags)
        except re.error as exc:
            raise self.error(f"bad regular expression {pattern!r}: {exc}") from None

    def _compile(self) -> None:
        spec = self.spec
        if self.kind == "existence":
            self.patterns = [self._regex(t) for t in spec["tokens"]]
            self.exceptions = set(spec.get("exceptions", []))
        elif self.kind == "substitution":
            self.swaps = [(self._regex(found), repl) for found, repl in spec["swap"].items()]
            # names spelled otherwise: "Organisation for the Prohibition of Chemical Weapons"
            self.names = [self._regex(name) for name in spec.get("exceptions", [])]
            self.fix_kind = spec.get("fix", SAFE)
            if self.fix_kind not in (SAFE, UNSAFE, DISPLAY):
                raise self.error(f"fix must be {SAFE}, {UNSAFE} or {DISPLAY}")
        elif self.kind == "capitalization":
            styles = {
                "$sentence": r"[^a-z].*",
                "$title": r"(?:[A-Z0-9][^\s]*\s*)+",
                "$upper": r"[^a-z]+",
                "$lower": r"[^A-Z]+",
            }
            self.shape = re.compile(styles.get(spec["match"], spec["match"]), re.DOTALL)
        elif self.kind == "occurrence":
            self.token = self._regex(spec["token"])
            self.maximum, self.minimum = spec.get("max"), spec.get("min")
            if self.maximum is None and self.minimum is None:
                raise self.error("occurrence needs max or min")
        elif self.kind == "repetition":
            self.repeat = re.compile(r"\b(\w+)\s+\1\b", self.flags)
            self.only = set(spec.get("tokens", []))
        elif self.kind == "consistency":
            self.pairs = [(self._regex(a), self._regex(b), a, b) for a, b in spec["either"].items()]
        elif self.kind == "conditional":
            self.first = self._regex(spec["first"], word=False)
            if self.first.groups < 1:
                raise self.error("conditional 'first' needs a group: the value to look for")
            if "%s" not in spec["second"]:
                raise self.error("conditional 'second' needs %s where the value goes")
            self.second = spec["second"]
            self.exceptions = set(spec.get("exceptions", []))
        elif self.kind == "sequence":
            self.patterns_spec = spec["patterns"]
            self._check_patterns()

    def _check_patterns(self) -> None:
        """Validate Matcher patterns at load (spaCy is imported only for sequence rules)."""
        from spacy.matcher import Matcher

        from reslint.annotate import pipeline

        self.matcher = Matcher(pipeline().vocab, validate=True)
        try:
            self.matcher.add(self.code, self.patterns_spec)
        except (ValueError, TypeError) as exc:
            first = str(exc).strip().splitlines()
            raise self.error(f"bad token pattern: {first[0] if first else exc}") from None

    # -- checking -------------------------------------------------------------

    def check(self, node: Any, ctx: Any) -> None:
        """Check one node (the engine runs only rules of the document's profile)."""
        if self.kind in DOCUMENT_KINDS:
            if node is ctx.document:
                self._check_document(ctx)
            return
        if node is ctx.document:
            return
        for scope in self.scopes:
            if SCOPES[scope] != _node_kind(node, scope):
                continue
            for span in scope_spans(node, scope, ctx.document):
                self._check_span(span, ctx)

    def _check_span(self, span: Span, ctx: Any) -> None:
        text = ctx.text[span.start : span.end]
        report = ctx.report
        if self.kind == "existence":
            for pattern in self.patterns:
                for m in pattern.finditer(text):
                    if m.group(0) not in self.exceptions:
                        report(
                            self,
                            span.start + m.start(),
                            span.start + m.end(),
                            self.message.replace("%s", m.group(0)),
                            node=span.node,
                        )
        elif self.kind == "substitution":
            names = [n.span() for name in self.names for n in name.finditer(text)]
            for pattern, replacement in self.swaps:
                for m in pattern.finditer(text):
                    start, end = span.start + m.start(), span.start + m.end()
                    new = m.expand(replacement)
                    if new == m.group(0) or any(a <= m.start() < b for a, b in names):
                        continue
                    fix = Fix((Edit(start, end, new),), self.fix_kind, f"replace with {new!r}")
                    message = self.message.replace("%s", new, 1).replace("%s", m.group(0), 1)
                    report(self, start, end, message, fix=fix, node=span.node)
        elif self.kind == "capitalization":
            if text.strip() and not self.shape.fullmatch(text.strip()):
                report(
                    self,
                    span.start,
                    span.end,
                    self.message.replace("%s", text[:40]),
                    node=span.node,
                )
        elif self.kind == "occurrence":
            count = sum(1 for _ in self.token.finditer(text))
            if (self.maximum is not None and count > self.maximum) or (
                self.minimum is not None and count < self.minimum
            ):
                report(
                    self,
                    span.start,
                    span.end,
                    self.message.replace("%s", str(count)),
                    node=span.node,
                )
        elif self.kind == "repetition":
            for m in self.repeat.finditer(text):
                if not self.only or m.group(1).lower() in self.only:
                    report(
                        self,
                        span.start + m.start(),
                        span.start + m.end(),
                        self.message.replace("%s", m.group(1)),
                        node=span.node,
                    )
        elif self.kind == "sequence":
            doc = _nlp()(text)
            for _, start, end in self.matcher(doc):
                chars = doc[start:end]
                report(
                    self,
                    span.start + chars.start_char,
                    span.start + chars.end_char,
                    self.message.replace("%s", chars.text),
                    node=span.node,
                )

    def _texts(self, ctx: Any) -> list[Span]:
        spans = []
        from reslint.lint.engine import walk

        for node_kind, node in walk(ctx.document):
            for scope in self.scopes:
                if SCOPES[scope] == node_kind and _node_kind(node, scope) == node_kind:
                    spans.extend(scope_spans(node, scope, ctx.document))
        return spans

    def _check_document(self, ctx: Any) -> None:
        spans = self._texts(ctx)
        if self.kind == "consistency":
            for first, second, a, b in self.pairs:
                hits_a = [(s, m) for s in spans for m in first.finditer(ctx.text, s.start, s.end)]
                hits_b = [(s, m) for s in spans for m in second.finditer(ctx.text, s.start, s.end)]
                if hits_a and hits_b:
                    minority, other = (hits_b, a) if len(hits_a) >= len(hits_b) else (hits_a, b)
                    for span, m in minority:
                        ctx.report(
                            self,
                            m.start(),
                            m.end(),
                            self.message.replace("%s", m.group(0), 1).replace("%s", other, 1),
                            node=span.node,
                        )
        elif self.kind == "conditional":
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
                        ctx.report(
                            self,
                            m.start(1),
                            m.end(1),
                            self.message.replace("%s", value),
                            node=span.node,
                        )


def _node_kind(node: Any, scope: str) -> str:
    kind = getattr(node, "kind", None)
    if kind == "preambular" or kind == "operative":
        return "preambular" if kind == "preambular" else "operative"
    if kind == "subparagraph":
        return "subparagraph"
    name = type(node).__name__
    return {
        "Heading": "heading",
        "Title": "title",
        "Closing": "closing",
        "Footnote": "footnote",
        "Attachment": "annex",
    }.get(name, SCOPES[scope])


@cache
def _nlp() -> Any:
    from reslint.annotate import pipeline

    return pipeline()


def _rule_line(text: str, code: str) -> int | None:
    match = re.search(rf'code\s*=\s*"{re.escape(code)}"', text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def parse_pack(path: Path, origin: str | None = None) -> list[RuleInfo]:
    """Load and check one rule pack; ``origin`` names it in listings and SARIF
    (never an absolute path: reports are uploaded and shared)."""
    data = load_toml(path)
    text = path.read_text(encoding="utf-8")
    source = str(path)
    unknown_tables = set(data) - {"rule"}
    if unknown_tables:
        raise ConfigError(source, f"unknown tables {sorted(unknown_tables)} (only [[rule]])")
    infos = []
    for number, spec in enumerate(data.get("rule", []), 1):
        line = _rule_line(text, str(spec.get("code", ""))) if spec.get("code") else None
        where = f"rule #{number}"
        for key in ("code", "slug", "kind", "scope", "message"):
            if key not in spec:
                raise ConfigError(source, f"{where}: missing key {key!r}", line)
        kind = spec["kind"]
        if kind not in KIND_KEYS:
            raise ConfigError(
                source, f"{where}: unknown kind {kind!r} (one of {sorted(KIND_KEYS)})", line
            )
        required, optional = KIND_KEYS[kind]
        unknown = set(spec) - COMMON - required - optional
        if unknown:
            raise ConfigError(
                source, f"{where}: unknown keys {sorted(unknown)} for kind {kind}", line
            )
        missing = required - set(spec)
        if missing:
            raise ConfigError(source, f"{where}: kind {kind} needs {sorted(missing)}", line)
        scopes = spec["scope"] if isinstance(spec["scope"], list) else [spec["scope"]]
        for scope in scopes:
            if scope not in SCOPES:
                raise ConfigError(
                    source, f"{where}: unknown scope {scope!r} (one of {sorted(SCOPES)})", line
                )
            if kind in WHOLE_NODE_KINDS and scope in {"annex"}:
                raise ConfigError(
                    source, f"{where}: kind {kind} cannot apply to scope {scope}", line
                )
            if kind == "capitalization" and scope in TEXT_SCOPES:
                raise ConfigError(
                    source,
                    f"{where}: capitalization applies to titles, headings, "
                    f"openers or closings, not to scope {scope}",
                    line,
                )
        if spec.get("level", "warning") not in LEVELS:
            raise ConfigError(source, f"{where}: level must be one of {LEVELS}", line)
        if not re.fullmatch(r"[A-Z]\d{3}", spec["code"]):
            raise ConfigError(
                source, f"{where}: code must be a family letter and three digits", line
            )
        levels = spec.get("levels", {})
        if not isinstance(levels, dict) or not set(levels) <= set(BODIES):
            raise ConfigError(source, f"{where}: levels maps bodies {list(BODIES)} to levels", line)
        if not set(levels.values()) <= set(LEVELS):
            raise ConfigError(source, f"{where}: levels must be among {list(LEVELS)}", line)
        for key, allowed in (("bodies", BODIES), ("kinds", KINDS)):
            if not set(spec.get(key, [])) <= set(allowed):
                raise ConfigError(source, f"{where}: {key} must be among {list(allowed)}", line)
        rule = DeclarativeRule(spec, source, line)
        documentation = parse_sections(spec.get("documentation", spec["message"]))
        infos.append(
            RuleInfo(
                rule.code,
                rule.slug,
                rule.level,
                rule.levels,
                rule.bodies,
                rule.kinds,
                kind == "substitution",
                documentation.get("Summary", spec["message"]).split("\n")[0],
                documentation,
                origin or source,
                lambda options, rule=rule: rule,
            )
        )
    return infos


@cache
def _shipped() -> tuple[RuleInfo, ...]:
    folder = rules_dir() / "packs"
    return tuple(
        info
        for path in sorted(folder.glob("*.toml"))
        for info in parse_pack(path, f"reslint:packs/{path.name}")
    )


def load_packs(extra: list[Path]) -> list[RuleInfo]:
    """The shipped packs, then extra packs (a configuration's ``extend``)."""
    infos = list(_shipped())
    for path in extra:
        if not path.is_file():
            raise ConfigError(str(path), "rule pack not found")
        if path.suffix == ".toml" and "rule" in load_toml(path):
            infos.extend(parse_pack(path, _shown(path)))
    return infos


def _shown(path: Path) -> str:
    """A pack's path relative to the working folder when it is under it, else its name."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.name
