"""The lint engine: one walk over the document, each node to the rules that asked for its role.

Rules declare the roles of the nodes they look at (``nodes``); the engine
walks the document once (``Document.nodes()``) and calls only those rules,
so adding a rule never means editing a central chain of checks.  Then inline
suppressions apply, and unused ones are reported (X102).
"""

from __future__ import annotations

from collections import defaultdict

from reslint.lint.context import Context, Profile
from reslint.lint.diagnostic import Diagnostic
from reslint.lint.rule import BODIES, Checker, RuleInfo
from reslint.lint.rules.artifacts.X102 import UnusedSuppression
from reslint.lint.settings import Settings
from reslint.lint.suppress import directives, suppressed
from reslint.model import Document
from reslint.normalize import Normalized


def detect_profile(document: Document, settings: Settings) -> Profile:
    """The body and kind a document is linted for: from its text, unless configured.  A
    body's profile is in ``rules/lexicon/bodies.toml`` (ECOSOC's texts are checked as the
    General Assembly's); unknown bodies and Model UN drafts (their header block says so)
    get the generic profile."""
    spec = settings.lexicon.bodies.get(document.body or "", {})
    detected = "generic" if document.heading.model_un else spec.get("profile", "generic")
    body = settings.body or (detected if detected in BODIES else "generic")
    kind = settings.kind or ("draft" if document.kind != "adopted" else "adopted")
    return Profile(body, kind)


def active_rules(settings: Settings, profile: Profile, path: str) -> list[RuleInfo]:
    """The rules that run on ``path``: in its profile and enabled by its configuration."""
    return [
        info
        for info in settings.registry.values()
        if profile.body in info.bodies
        and profile.kind in info.kinds
        and settings.enabled(info, path)
    ]


def lint(normalized: Normalized, document: Document, settings: Settings) -> list[Diagnostic]:
    """Every diagnostic for one document, suppressions applied, in file order."""
    profile = detect_profile(document, settings)
    active = active_rules(settings, profile, normalized.source.path)
    by_role: dict[str, list[Checker]] = defaultdict(list)
    for info in active:
        rule = settings.checker(info)
        for role in rule.nodes:
            by_role[role].append(rule)
    context = Context(normalized, document, profile, settings)
    for node in document.nodes():
        for rule in by_role.get(node.role, ()):
            rule.check(node, context)
    return _suppress(context, any(info.code == UnusedSuppression.code for info in active))


def _suppress(context: Context, report_unused: bool) -> list[Diagnostic]:
    found = directives(context.normalized.source.text)
    kept = [d for d in context.diagnostics if not suppressed(d, found)]
    if report_unused:
        rule = UnusedSuppression()
        for directive in found:
            if directive.kind != "enable" and directive.unused():
                rule.report_unused(directive, context)
        kept += [d for d in context.diagnostics if d.code == UnusedSuppression.code]
    return sorted(kept, key=lambda d: d.sort_key())
