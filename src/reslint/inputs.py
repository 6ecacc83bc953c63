"""Which files a run reads: paths, directories (recursive), globs, excludes and stdin.

Directories are walked as ruff walks a project: hidden files and folders
(``.git``, ``.venv``, ``.pytest_cache``) are skipped, and so is whatever a
``.gitignore`` excludes (those of the walked folders and of the folders above
them up to the repository root), unless ``respect_gitignore`` is off.  A file
named on the command line is always read.  A folder that cannot be opened
is an input with an error, so the run reports it and goes on.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_GLOBS = ("*.txt", "*.md", "*.docx", "*.pdf", "*.akn.xml", "*.akn")
WORD_LOCK_FILE = "~$*"  # Word's owner file beside an open document: not a document


@dataclass(frozen=True)
class Input:
    """One input: a file path, or standard input (``path`` is then its display name).

    ``missing`` is set for an input that cannot be read at all, and ``problem``
    says why (a missing path, a folder that cannot be opened).
    """

    path: str
    stdin: bool = False
    missing: bool = False
    problem: str = "no such file or directory"


def discover(
    paths: tuple[str, ...],
    globs: tuple[str, ...] = (),
    excludes: tuple[str, ...] = (),
    stdin_name: str | None = None,
    respect_gitignore: bool = True,
) -> Iterator[Input]:
    """Inputs in the order given; directories are walked in sorted order."""
    patterns = globs or DEFAULT_GLOBS
    for raw in paths:
        if raw == "-":
            yield Input(stdin_name or "<stdin>", stdin=True)
            continue
        path = Path(raw)
        try:
            is_dir, exists = path.is_dir(), path.exists() or path.is_symlink()
        except OSError as exc:  # a folder above it cannot be entered
            yield Input(str(path), missing=True, problem=f"cannot be read: {exc.strerror or exc}")
            continue
        if is_dir:
            ignores = _Ignores.above(path) if respect_gitignore else None
            yield from _walk(path, path, patterns, excludes, ignores)
        elif exists:
            if not _excluded(path, path.as_posix(), excludes):
                yield Input(str(path))
        else:
            yield Input(str(path), missing=True)


def _walk(
    root: Path,
    folder: Path,
    patterns: tuple[str, ...],
    excludes: tuple[str, ...],
    ignores: _Ignores | None,
) -> Iterator[Input]:
    """Depth first, entries sorted by name (the order of sorted paths)."""
    if not os.access(folder, os.R_OK | os.X_OK):
        yield Input(str(folder), missing=True, problem="cannot open the folder: permission denied")
        return
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield Input(
            str(folder), missing=True, problem=f"cannot open the folder: {exc.strerror or exc}"
        )
        return
    here = folder.resolve()
    if ignores is not None:
        ignores = ignores.entering(here)
    for entry in entries:
        if entry.name.startswith("."):
            continue  # hidden, as ruff and git tools treat them
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if ignores is not None and ignores.ignored(here / entry.name, is_dir):
            continue
        relative = path.relative_to(root).as_posix()
        if is_dir:
            if not _excluded(path, relative, excludes):
                yield from _walk(root, path, patterns, excludes, ignores)
        elif _matches(entry.name, relative, patterns) and not _excluded(path, relative, excludes):
            yield Input(str(path))


class _Ignores:
    """The ``.gitignore`` rules in force in one folder: those of the folders above it."""

    def __init__(self, specs: tuple[tuple[Path, object], ...] = ()) -> None:
        self.specs = specs  # (folder of the .gitignore, its compiled patterns), outermost first

    @classmethod
    def above(cls, folder: Path) -> _Ignores:
        """The rules of the folders above ``folder`` up to its repository root (the folder
        holding ``.git``); none when it is in no repository."""
        folder = folder.resolve()
        chain = [folder, *folder.parents]
        root = next((f for f in chain if (f / ".git").exists()), None)
        ignores = cls()
        if root is None:
            return ignores
        for parent in reversed(chain[1 : chain.index(root) + 1]):
            ignores = ignores.entering(parent)
        return ignores

    def entering(self, folder: Path) -> _Ignores:
        """The rules in force inside ``folder`` (resolved): these, and its ``.gitignore``."""
        spec = _gitignore(folder / ".gitignore")
        return _Ignores((*self.specs, (folder, spec))) if spec else self

    def ignored(self, path: Path, is_dir: bool) -> bool:
        """Whether ``path`` (its folder resolved) is ignored: the last rule that matches
        decides, the deepest ``.gitignore`` last."""
        verdict = None
        for base, spec in self.specs:
            try:
                relative = path.relative_to(base).as_posix()
            except ValueError:
                continue
            result = spec.check_file(relative + "/" if is_dir else relative)
            if result.include is not None:
                verdict = result.include
        return bool(verdict)


def _gitignore(path: Path) -> object | None:
    """The patterns of one ``.gitignore``; None when there is none (or it cannot be read)."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


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
