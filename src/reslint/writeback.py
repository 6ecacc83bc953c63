"""Writing fixed text back into the user's file without ever losing it.

``lint --fix`` rewrites files the user cares about; an interrupted or failed
write must leave each file either as it was or fully fixed, never empty or
half written.  So the new bytes go to a temporary file in the same folder
(the same file system, so the rename is atomic), are flushed to the disk,
get the original's permission bits, and are renamed over the original.
A file that changed on disk since it was read (the user saved it in the
meantime) is not overwritten: its fixes were made to text that is gone.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from reslint.errors import ReslintError
from reslint.source import digest


class WriteError(ReslintError):
    """A fixed file that could not be written back (the file itself is untouched)."""


def write_back(path: str | Path, data: bytes, read_digest: str | None) -> None:
    """Replace the file at ``path`` by ``data``, atomically.

    ``read_digest`` is the ``digest`` of the bytes the fixes were made to; when
    the file no longer holds them, nothing is written and ``WriteError`` says
    so.  A symbolic link is followed: the file it points to is replaced.
    """
    name = str(path)
    target = Path(os.path.realpath(path))
    try:
        current = target.read_bytes()
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError as exc:
        raise WriteError(name, f"cannot write the fixes: {exc.strerror or exc}") from None
    if read_digest is not None and digest(current) != read_digest:
        raise WriteError(name, "changed on disk since it was read; not overwritten")
    if not os.access(target, os.W_OK):
        raise WriteError(name, "cannot write the fixes: the file is read-only")
    try:
        _replace(target, data, mode)
    except OSError as exc:
        raise WriteError(name, f"cannot write the fixes: {exc.strerror or exc}") from None


def _replace(target: Path, data: bytes, mode: int) -> None:
    """Temporary file beside ``target``, flushed and synced, then renamed over it."""
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".reslint-tmp"
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:  # Ctrl-C too: leave no temporary file behind
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system allows a folder to be synced)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
