"""What the ``reslint lint`` renderers share: level names, paths, rule texts, fingerprints.

Every machine format maps reslint's three levels to its own words, writes
paths relative to the working directory with forward slashes, names a
finding by a fingerprint that survives the finding moving to another line,
and says where a finding in a Word or PDF file is in that file's terms.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from pathlib import Path, PurePath
from typing import TYPE_CHECKING
from urllib.parse import quote

from reslint.lint.diagnostic import SAFE

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic
    from reslint.lint.rule import RuleInfo
    from reslint.lint.runner import FileReport

SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
GITLAB_SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def relative_path(path: str) -> str:
    """``path`` relative to the working directory when it lies inside it, with ``/``."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(Path.cwd())
        except ValueError:
            return candidate.as_posix()
    return PurePath(os.path.normpath(candidate)).as_posix()


def artifact_uri(path: str) -> tuple[str, str | None]:
    """A URI for ``path`` and its base: relative ones to ``%SRCROOT%``, others ``file://``."""
    relative = relative_path(path)
    if PurePath(relative).is_absolute():
        return Path(relative).as_uri(), None
    return quote(relative, safe="/"), "%SRCROOT%"


def where(diagnostic: Diagnostic) -> str:
    """ " (paragraph 7, offset 11)" or " (page 2, line 14)" for a finding in a Word or PDF
    file, whose line and column count in the text reslint read from it; else ""."""
    return f" ({diagnostic.place.describe()})" if diagnostic.place else ""


def fixed_by_fix(diagnostic: Diagnostic) -> bool:
    """``--fix`` applies this finding's fix (a safe one): what ``[*]`` marks."""
    return diagnostic.fix is not None and diagnostic.fix.applicability == SAFE


def rule_text(info: RuleInfo) -> str:
    """The rule's whole documentation (Markdown), as ``reslint rule CODE`` prints it."""
    return info.text()


def fingerprint(diagnostic: Diagnostic, occurrence: int = 0) -> str:
    """A stable name of a finding: its path and ``Diagnostic.identity()`` (the line's
    text, not its number), as the baselines use.

    ``occurrence`` tells apart identical findings on identical lines of one file.
    """
    parts = (relative_path(diagnostic.path), *diagnostic.identity(), str(occurrence))
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def fingerprints(reports: list[FileReport]) -> list[tuple[Diagnostic, str]]:
    """Every finding with its fingerprint, in the order given."""
    seen: Counter[tuple[str, ...]] = Counter()
    result = []
    for report in reports:
        for d in report.diagnostics:
            key = (d.path, *d.identity())
            result.append((d, fingerprint(d, seen[key])))
            seen[key] += 1
    return result
