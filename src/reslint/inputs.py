"""Which files a run reads: paths, directories (recursive), globs, excludes and stdin."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_GLOBS = ("*.txt", "*.md", "*.docx", "*.pdf", "*.akn.xml", "*.akn")
WORD_LOCK_FILE = "~$*"  # Word's owner file beside an open document: not a document


@dataclass(frozen=True)
class Input:
    """One input: a file path, or standard input (``path`` is then its display name)."""

    path: str
    stdin: bool = False
    missing: bool = False


def discover(
    paths: tuple[str, ...],
    globs: tuple[str, ...] = (),
    excludes: tuple[str, ...] = (),
    stdin_name: str | None = None,
) -> Iterator[Input]:
    """Inputs in the order given; directories are walked in sorted order."""
    patterns = globs or DEFAULT_GLOBS
    for raw in paths:
        if raw == "-":
            yield Input(stdin_name or "<stdin>", stdin=True)
            continue
        path = Path(raw)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = found.relative_to(path).as_posix()
                if _matches(found.name, relative, patterns) and not _excluded(
                    found, relative, excludes
                ):
                    yield Input(str(found))
        elif path.exists():
            if not _excluded(path, path.as_posix(), excludes):
                yield Input(str(path))
        else:
            yield Input(str(path), missing=True)


def _matches(name: str, relative: str, patterns: tuple[str, ...]) -> bool:
    if fnmatch.fnmatch(name, WORD_LOCK_FILE):
        return False
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(relative, p) for p in patterns)


def _excluded(path: Path, relative: str, excludes: tuple[str, ...]) -> bool:
    return any(
        fnmatch.fnmatch(relative, pattern)
        or fnmatch.fnmatch(path.name, pattern)
        or any(fnmatch.fnmatch(part, pattern) for part in path.parts)
        for pattern in excludes
    )
