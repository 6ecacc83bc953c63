"""The Python API: ``reslint.parse``, ``reslint.classify`` and ``reslint.lint``.

None of them guesses whether a string is a path: a ``pathlib.Path``, or
``path=``, is read from disk; a ``str`` is the text itself; ``bytes`` are
decoded as a file's bytes are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

_T = TypeVar("_T")

if TYPE_CHECKING:
    from reslint.classifier import Classification
    from reslint.lint.diagnostic import Diagnostic
    from reslint.model import Document
    from reslint.source import Source


def parse(
    source: str | bytes | Path | None = None,
    *,
    path: str | Path | None = None,
    name: str | None = None,
) -> Document:
    """Parse a resolution.

    ``source`` is the text itself (a ``str``), a file's bytes (decoded as a file
    is), or a ``pathlib.Path`` to read; ``path=`` also reads a file.  ``name``
    names a text in messages.  Raises ``reslint.errors.InputError`` for a
    missing or unreadable file, a folder, or text that holds no resolution.
    """
    from reslint.pipeline import parse_source

    return _explained(source, lambda: parse_source(_source(source, path, name)))


def classify(
    source: str | bytes | Path | None = None,
    *,
    path: str | Path | None = None,
    name: str | None = None,
    lexicon: dict | None = None,
) -> Classification:
    """Classify every clause of a resolution (``source``, ``path``, ``name`` as for
    ``parse``).

    ``lexicon`` extends the shipped lexicons as the ``[lexicon]`` table of a
    configuration does (``{"verbs": {...}, "openers": {...}, "actors": {...}}``).
    The spaCy pipeline is built on the first call and reused.
    """
    from reslint.classifier import classifier_for

    document = parse(source, path=path, name=name)
    return classifier_for(lexicon).classify(document)


def lint(
    source: str | bytes | Path | None = None,
    *,
    path: str | Path | None = None,
    name: str | None = None,
    select: list[str] | tuple[str, ...] = (),
    ignore: list[str] | tuple[str, ...] = (),
    profile: str | None = None,
    kind: str | None = None,
    config: str | Path | None = None,
) -> list[Diagnostic]:
    """The findings of the drafting rules on a resolution (``source``, ``path``, ``name``
    as for ``parse``), in file order, as ``reslint lint`` finds them.

    The configuration is the one found from the file's folder (from the
    current folder for a text), or ``config``; ``select``, ``ignore``,
    ``profile`` and ``kind`` apply on top of it, as on the command line.
    Raises ``InputError`` as ``parse`` does, ``ConfigError`` for a broken
    configuration.
    """
    from reslint.lint.runner import Linter, Request
    from reslint.pipeline import lint_source

    request = Request(
        select=tuple(select),
        ignore=tuple(ignore),
        profile=profile,
        kind=kind,
        config_path=Path(config) if config else None,
    )
    text = _source(source, path, name)
    settings = Linter(request).settings_for(text.path)
    return _explained(source, lambda: lint_source(text, settings)[2])


def _source(source: str | bytes | Path | None, path: str | Path | None, name: str | None) -> Source:
    """A ``Source`` for the Python API, which never guesses what a string is.

    A ``Path``, or ``path=``, is read from disk (text in any encoding reslint
    reads, Word .docx or PDF; a missing file or a folder is an ``InputError``);
    a ``str`` is the text itself; ``bytes`` are decoded as a text file's bytes
    are.  ``name`` names a text or bytes in messages.
    """
    from reslint.errors import InputError
    from reslint.readers import read_path
    from reslint.source import Source, decode

    if path is not None:
        if source is not None:
            raise TypeError("give the text or path=, not both (name= names a text)")
        return read_path(Path(path))
    if isinstance(source, Path):
        return read_path(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return decode(bytes(source), name or "<bytes>")
    if isinstance(source, str):
        if not source.strip():
            raise InputError(name or "<text>", "empty text")
        return Source(name or "<text>", source)
    raise TypeError(f"expected a str (text), bytes or a Path, not {type(source).__name__}")


def _explained(source: object, work: Callable[[], _T]) -> _T:
    """``work()``; a one-line string that names a file and holds no resolution gets told
    how to read the file instead (a ``str`` is always the text itself)."""
    from reslint.errors import InputError

    try:
        return work()
    except InputError as exc:
        if isinstance(source, str) and "\n" not in source.strip() and Path(source).exists():
            raise InputError(
                exc.path,
                f"{exc.message}; a str is the text itself: to read the file "
                "pass pathlib.Path(...) or path=...",
            ) from None
        raise
