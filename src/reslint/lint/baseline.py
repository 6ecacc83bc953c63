"""Baselines: adopt reslint in a repository without fixing every old finding first.

``--write-baseline FILE`` records today's findings; ``--baseline FILE``
hides the recorded ones and reports only new findings.  A finding is
recorded by file, rule code and the text it is about (the message and the
trimmed source line without its paragraph number), not by line number, so
edits elsewhere in the file, and the renumbering they cause, do not bring
old findings back; each record hides as many findings as it counts.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from reslint.errors import ConfigError
from reslint.lint.diagnostic import Diagnostic

VERSION = 1


def fingerprint(diagnostic: Diagnostic, root: Path) -> tuple[str, str, str, str]:
    """What identifies a finding across edits elsewhere in its file; paths are
    relative to ``root`` (the baseline's folder) so any working folder matches."""
    try:
        path = Path(diagnostic.path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        path = Path(diagnostic.path).as_posix()
    return (path, *diagnostic.identity())


class Baseline:
    """Recorded findings, each with how many times it occurred."""

    def __init__(self, root: Path, counts: Counter[tuple[str, str, str, str]] | None = None):
        self.root = root
        self.counts: Counter[tuple[str, str, str, str]] = counts or Counter()

    @classmethod
    def of(cls, diagnostics: list[Diagnostic], path: Path) -> Baseline:
        """The baseline of ``diagnostics``, to be written to ``path``."""
        root = path.parent
        return cls(root, Counter(fingerprint(d, root) for d in diagnostics))

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != VERSION:
                raise ValueError(f"version must be {VERSION}")
            counts = Counter(
                {
                    (f["path"], f["code"], f["message"], f["line_text"]): int(f["count"])
                    for f in data["findings"]
                }
            )
        except OSError as exc:
            raise ConfigError(str(path), f"cannot read the baseline: {exc.strerror}") from None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ConfigError(str(path), f"not a reslint baseline: {exc}") from None
        return cls(path.parent, counts)

    def dump(self) -> str:
        findings = [
            {"path": p, "code": c, "message": m, "line_text": t, "count": n}
            for (p, c, m, t), n in sorted(self.counts.items())
        ]
        return json.dumps({"version": VERSION, "findings": findings}, indent=2) + "\n"

    def filter(self, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        """The findings the baseline does not record (each record hides ``count`` of them)."""
        left = Counter(self.counts)
        kept = []
        for diagnostic in diagnostics:
            key = fingerprint(diagnostic, self.root)
            if left[key] > 0:
                left[key] -= 1
            else:
                kept.append(diagnostic)
        return kept
