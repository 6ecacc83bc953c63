"""Fixes that keep the meaning: the structure of a text before and after ``--fix``.

A safe fix changes punctuation or spelling, never what the text is: the
fixed text must parse to the same paragraphs (how many of each kind, their
numbers, openers and sub-paragraphs), and linting it again must find
nothing that was not found before.  Unsafe fixes may renumber the operative
paragraphs; the numbers are then compared through the renumbering.

``tests/test_fix_roundtrip.py`` runs this over every corpus text;
``python tests/roundtrip.py [FILES]`` prints what differs.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from reslint.errors import InputError
from reslint.lint.diagnostic import UNSAFE
from reslint.lint.settings import Settings
from reslint.model import Document, Paragraph
from reslint.pipeline import fix_source, lint_source
from reslint.source import Source, read_path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Shape:
    """What a fix must not change: one entry per paragraph of the resolution, in order."""

    paragraphs: tuple[tuple[str, str | None, str | None, int], ...]  # kind, number, opener, subs

    @classmethod
    def of(cls, document: Document) -> Shape:
        rows = []
        for paragraph in sorted(document.preambular + document.operative, key=lambda p: p.start):
            subs = sum(1 for _ in paragraph.walk()) - 1
            rows.append((paragraph.kind, paragraph.number, _opener(paragraph), subs))
        for attachment in document.attachments:
            rows.extend(("attachment", None, _opener(p), 0) for p in attachment.paragraphs)
        return cls(tuple(rows))

    def renumbered(self, mapping: dict[int, str | None]) -> Shape:
        """The shape with the operative numbers the renumbering gave, paragraph by paragraph
        (``mapping``: position among the operative paragraphs -> new number)."""
        rows, position = [], 0
        for kind, number, opener, subs in self.paragraphs:
            if kind == "operative":
                number = mapping.get(position, number) if number else number
                position += 1
            rows.append((kind, number, opener, subs))
        return Shape(tuple(rows))


# the wording fixes that rewrite openers by design: -ise spelling (T104), "calls on" (V105)
_SPELLING = re.compile(r"is(e|es|ed|ing)\b")
_CALLS_ON = re.compile(r"\bcalls on\b")


def _opener(paragraph: Paragraph) -> str | None:
    if not paragraph.opener:
        return None
    return _CALLS_ON.sub("calls upon", _SPELLING.sub(r"iz\1", paragraph.opener.lower()))


def _findings(diagnostics: list) -> Counter:
    """Findings by rule and message, not by place: a fix moves text.  The repair summary
    (X101) quotes the first repair and counts them: by kind only."""
    return Counter(
        (d.code, d.message.split(":")[0] if d.code == "X101" else d.message) for d in diagnostics
    )


def check(source: Source, settings: Settings | None = None) -> list[str]:
    """What ``--fix``, and ``--fix --unsafe-fixes`` when the text has unsafe fixes,
    changed that they must not."""
    settings = settings or Settings()
    try:
        _, before, found = lint_source(source, settings)
    except InputError:
        return []
    modes = [False]
    if any(d.fix is not None and d.fix.applicability == UNSAFE for d in found):
        modes.append(True)
    problems = []
    for unsafe in modes:
        mode = "--fix --unsafe-fixes" if unsafe else "--fix"
        problems += [f"{mode}: {p}" for p in _check_fixed(source, settings, before, found, unsafe)]
    return problems


def _check_fixed(
    source: Source, settings: Settings, before: Document, found: list, unsafe: bool
) -> list[str]:
    fixed = fix_source(source, settings, unsafe).source
    if fixed.text == source.text:
        return []
    try:
        _, after, found_after = lint_source(replace(fixed, path=source.path), settings)
    except InputError as exc:
        return [f"the fixed text no longer parses: {exc.message}"]
    problems = []
    old, new = Shape.of(before), Shape.of(after)
    if unsafe:
        old = old.renumbered(_renumbering(before, after))
        renumbering = any(
            d.code == "S103" and d.fix and d.fix.applicability == UNSAFE for d in found
        )
        if renumbering and any(d.code == "S103" for d in found_after):
            problems.append("the renumbering left the numbering broken")
    if old != new:
        problems.append(_difference(old, new))
    appeared = _findings(found_after) - _findings(found)
    problems.extend(f"new finding {code}: {message}" for code, message in sorted(appeared))
    return problems


def _renumbering(before: Document, after: Document) -> dict[int, str | None]:
    """Position of each operative paragraph -> its number after the renumbering."""
    return {index: p.number for index, p in enumerate(after.operative)}


def _difference(old: Shape, new: Shape) -> str:
    if len(old.paragraphs) != len(new.paragraphs):
        kinds = Counter(row[0] for row in old.paragraphs)
        changed = Counter(row[0] for row in new.paragraphs)
        return f"paragraphs {dict(kinds)} became {dict(changed)}"
    for index, (a, b) in enumerate(zip(old.paragraphs, new.paragraphs, strict=True)):
        if a != b:
            return f"paragraph {index + 1}: {a} became {b}"
    return "structure changed"


def corpus_texts() -> list[Path]:
    """Every text of the corpus: real, extra and other."""
    from conftest import CORPUS

    folders = (CORPUS, CORPUS.parent / "extra", CORPUS.parent / "other")
    return sorted(path for folder in folders for path in folder.glob("*.txt"))


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or corpus_texts()
    failed = 0
    for path in files:
        for problem in check(read_path(path)):
            failed += 1
            print(f"{path.name}: {problem}")
    print(f"{len(files)} files, {failed} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main(sys.argv[1:]))
