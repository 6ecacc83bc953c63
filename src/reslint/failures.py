"""One file's failure as one line, whatever went wrong: the run goes on with the others.

Expected failures are ``ReslintError``s (unreadable input, text with no
resolution in it).  Anything else is a bug in reslint; it too becomes one
line naming the file, not a traceback that ends the run over a folder.
``RESLINT_DEBUG=1`` lets such a bug raise, for its traceback.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reslint.errors import NoStructureError, ReslintError


@dataclass(frozen=True)
class Failure:
    """Why one file gave no result."""

    path: str
    message: str  # one line: "path: what went wrong"
    not_a_resolution: bool = False  # the text holds no resolution (a README, a letter)


def failure_of(path: str, exc: BaseException) -> Failure:
    """The one-line failure for an exception raised while processing ``path``."""
    if isinstance(exc, ReslintError):
        return Failure(path, exc.describe(), isinstance(exc, NoStructureError))
    if isinstance(exc, RecursionError):
        return Failure(path, f"{path}: structure too deeply nested to parse")
    if isinstance(exc, MemoryError):
        return Failure(path, f"{path}: out of memory")
    name = type(exc).__name__
    return Failure(path, f"{path}: internal error ({name}: {exc}); please report it")


def guarded(path: str, work: Callable[..., Any], *args: Any) -> Any:
    """``work(*args)``, or the ``Failure`` it ended in."""
    try:
        return work(*args)
    except Exception as exc:  # a bug must not end the run over the other files
        if os.environ.get("RESLINT_DEBUG") and not isinstance(exc, ReslintError):
            raise
        return failure_of(path, exc)
