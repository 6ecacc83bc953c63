"""What a rule is: the protocol every rule implements, the Python rule base class, options.

A rule has a stable code (family letter and three digits), a slug, a default
level, the profiles it belongs to (bodies and kinds of document), the roles
of the nodes it looks at (``model.ROLES``), typed options, and its
documentation in fixed sections (What it does, Why, Example, Use instead,
Fix safety, Source).  The same documentation feeds ``reslint rule CODE`` and
the SARIF ``fullDescription``.

Two kinds of rules implement the ``Checker`` protocol the engine calls: the
Python rules (one ``Rule`` subclass per module under ``lint/rules/``) and
the rules of TOML packs (``lint/declarative/``).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from reslint.lexicon import PROFILES

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document, Node

BODIES = PROFILES  # a rule's profiles are named after the bodies whose practice they follow
KINDS = ("draft", "adopted")
DOC_SECTIONS = ("What it does", "Why", "Example", "Use instead", "Fix safety", "Source")
FAMILIES = {
    "S": "structure",
    "P": "punctuation",
    "V": "verbs and wording",
    "R": "references and citations",
    "T": "terms and capitalization",
    "N": "numbers and dates",
    "F": "footnotes",
    "A": "abbreviations",
    "X": "text artifacts",
    "W": "Word formatting",
}


class Checker(Protocol):
    """What the engine calls: a rule ready to check the nodes of one document."""

    code: str
    slug: str
    message: str
    level: str
    levels: dict[str, str]
    nodes: tuple[str, ...]  # the roles of the nodes it looks at

    def check(self, node: Document | Node, ctx: Context) -> None:
        """Look at one node and report through ``ctx.report``."""


@dataclass(frozen=True)
class Option:
    """One option a rule accepts in ``[rules.CODE]``: its default (which gives its type)
    and what it does, for the documentation and for configuration errors."""

    default: bool | int | str | list[str]
    help: str

    @property
    def type_name(self) -> str:
        names = {bool: "true or false", int: "a whole number", str: "a string"}
        return names.get(type(self.default), "a list of strings")

    def accepts(self, value: object) -> bool:
        """``value`` has the option's type (a bool is not a number here)."""
        if isinstance(self.default, list):
            return isinstance(value, list) and all(isinstance(item, str) for item in value)
        return type(value) is type(self.default)


class Rule:
    """Base class of the built-in rules: one subclass per module, named by its code."""

    code: ClassVar[str]
    slug: ClassVar[str]
    message: ClassVar[str]
    level: ClassVar[str] = "warning"
    # the level in a body's profile where that body's adopted texts do not follow the rule
    # consistently (measured on the corpus: tests/test_lint_corpus.py)
    levels: ClassVar[dict[str, str]] = {}
    bodies: ClassVar[tuple[str, ...]] = BODIES
    kinds: ClassVar[tuple[str, ...]] = KINDS
    nodes: ClassVar[tuple[str, ...]] = ("document",)
    fixable: ClassVar[bool] = False
    status: ClassVar[str] = "stable"
    options: ClassVar[dict[str, Option]] = {}

    def __init__(self, values: dict[str, Any] | None = None) -> None:
        self._values = values or {}

    def option(self, name: str) -> Any:
        """The configured value of option ``name``, else its default."""
        return self._values.get(name, self.options[name].default)

    def check(self, node: Any, ctx: Context) -> None:
        """Look at one node and report through ``ctx.report``."""
        raise NotImplementedError

    @classmethod
    def documentation(cls) -> dict[str, str]:
        """The fixed documentation sections, from the class docstring."""
        return parse_sections(inspect.getdoc(cls) or "")

    @classmethod
    def summary(cls) -> str:
        return (inspect.getdoc(cls) or "").split("\n", 1)[0]


def parse_sections(doc: str) -> dict[str, str]:
    """Split "## Section" blocks of a docstring into a dict (summary under "Summary")."""
    sections: dict[str, str] = {}
    current = "Summary"
    lines: list[str] = []
    for line in doc.splitlines():
        heading = re.match(r"^##\s+(.+?)\s*$", line)
        if heading:
            sections[current] = "\n".join(lines).strip()
            current, lines = heading.group(1), []
        else:
            lines.append(line)
    sections[current] = "\n".join(lines).strip()
    return sections


@dataclass
class RuleInfo:
    """What the registry knows of a rule, whatever its origin (Python or TOML)."""

    code: str
    slug: str
    level: str
    levels: dict[str, str]
    bodies: tuple[str, ...]
    kinds: tuple[str, ...]
    fixable: bool
    summary: str
    documentation: dict[str, str]
    origin: str  # "built-in" or the TOML file
    factory: Callable[[dict[str, Any]], Checker]  # option values -> a ready rule
    options: dict[str, Option] = field(default_factory=dict)

    def level_for(self, body: str) -> str:
        """The default level in ``body``'s profile."""
        return self.levels.get(body, self.level)

    def profiles(self) -> str:
        """ "general-assembly, security-council (info), ..." for listings."""
        return ", ".join(
            f"{body} ({self.levels[body]})" if body in self.levels else body for body in self.bodies
        )

    def text(self) -> str:
        """The whole documentation as Markdown: what ``reslint rule CODE`` prints and
        SARIF carries as the rule's full description."""
        doc = self.documentation
        lines = [f"# {self.code} ({self.slug})", "", doc.get("Summary", self.summary), ""]
        fix = "yes" if self.fixable else "no"
        lines += [
            f"Level: {self.level}. Profiles: {self.profiles()}. Kinds: {', '.join(self.kinds)}.",
            f"Fixable: {fix}. Defined in: {self.origin}.",
            "",
        ]
        for section in DOC_SECTIONS + tuple(s for s in doc if s not in DOC_SECTIONS):
            if section != "Summary" and doc.get(section):
                lines += [f"## {section}", "", doc[section], ""]
        return "\n".join(lines).rstrip() + "\n"


def builtin_rules() -> Iterator[type[Rule]]:
    """Every Rule subclass in ``reslint.lint.rules`` (one module per rule)."""
    import reslint.lint.rules as package

    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if module.ispkg:
            continue
        loaded = importlib.import_module(module.name)
        for value in vars(loaded).values():
            own = inspect.isclass(value) and value.__module__ == loaded.__name__
            if own and issubclass(value, Rule) and value is not Rule:
                yield value


def info_of(rule: type[Rule]) -> RuleInfo:
    return RuleInfo(
        rule.code,
        rule.slug,
        rule.level,
        dict(rule.levels),
        rule.bodies,
        rule.kinds,
        rule.fixable,
        rule.summary(),
        rule.documentation(),
        "built-in",
        rule,
        dict(rule.options),
    )
