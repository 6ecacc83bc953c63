"""The lint engine: one walk over the document, each node to the rules that asked for it.

Rules declare the node kinds they look at (``nodes``); the engine walks the
document once and calls only those rules, so adding a rule never means
editing a central chain of checks.  Then inline suppressions apply, and
unused ones are reported (X102).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from typing import Any

from reslint.lint.context import Context, Profile
from reslint.lint.rule import BODIES, RuleInfo, builtin_rules, info_of
from reslint.lint.settings import Settings
from reslint.lint.suppress import directives, suppressed
from reslint.model import Document, Paragraph
from reslint.normalize import Normalized

UNUSED_SUPPRESSION = "X102"


@cache
def _builtin() -> tuple[RuleInfo, ...]:
    return tuple(sorted((info_of(rule) for rule in builtin_rules()), key=lambda i: i.code))


def registry(settings: Settings | None = None) -> dict[str, RuleInfo]:
    """Every rule: built-in, shipped TOML packs, and packs the configuration adds."""
    from reslint.lint.declarative import load_packs

    rules = {info.code: info for info in _builtin()}
    for info in load_packs(settings.config.packs if settings else []):
        rules[info.code] = info
    return rules


def detect_profile(document: Document, settings: Settings) -> Profile:
    """The body and kind a document is linted for: from its text, unless configured."""
    body = settings.body or (document.body if document.body in BODIES else "generic")
    kind = settings.kind or ("draft" if document.kind != "adopted" else "adopted")
    return Profile(body, kind)


def walk(document: Document) -> Iterator[tuple[str, Any]]:
    """(node kind, node) for every node a rule can ask for, in document order."""
    yield "document", document
    yield "heading", document.heading
    if document.title:
        yield "title", document.title
    if document.formula:
        yield "formula", document.formula
    for kind, paragraphs in (
        ("preambular", document.preambular),
        ("operative", document.operative),
    ):
        for paragraph in paragraphs:
            yield kind, paragraph
            for child in _children(paragraph):
                yield "subparagraph", child
    for item in _sections(document.main):
        yield "section", item
    if document.closing:
        yield "closing", document.closing
    for footnote in document.footnotes:
        yield "footnote", footnote
    for attachment in document.attachments:
        yield "annex", attachment


def _children(paragraph: Paragraph) -> Iterator[Paragraph]:
    for child in paragraph.children:
        yield child
        yield from _children(child)


def _sections(items: list) -> Iterator[Any]:
    from reslint.model import Section

    for item in items:
        if isinstance(item, Section):
            yield item
            yield from _sections(item.items)


def lint(normalized: Normalized, document: Document, settings: Settings) -> list:
    """Every diagnostic for one document, suppressions applied, in file order."""
    known = registry(settings)
    profile = detect_profile(document, settings)
    path = normalized.source.path
    active = [
        info
        for info in known.values()
        if profile.body in info.bodies
        and profile.kind in info.kinds
        and settings.enabled(info, path)
    ]
    by_node: dict[str, list[Any]] = defaultdict(list)
    for info in active:
        rule = info.factory(settings.options_of(info.code))
        for node_kind in rule.nodes:
            by_node[node_kind].append(rule)
    context = Context(normalized, document, profile, settings)
    for node_kind, node in walk(document):
        for rule in by_node.get(node_kind, ()):
            rule.check(node, context)
    return _suppress(context, known, active, settings)


def _suppress(context: Context, known: dict, active: list, settings: Settings) -> list:
    found = directives(context.normalized.source.text)
    kept = [d for d in context.diagnostics if not suppressed(d, found)]
    unused = known.get(UNUSED_SUPPRESSION)
    if unused is not None and unused in active:
        rule = unused.factory({})
        for directive in found:
            if directive.kind != "enable" and directive.unused():
                rule.report_unused(directive, context)
        kept += [d for d in context.diagnostics if d.code == UNUSED_SUPPRESSION]
    return sorted(kept, key=lambda d: d.sort_key())
