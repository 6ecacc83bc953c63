"""Results of earlier runs, kept so that an unchanged file is not read again.

An entry is one file's result for one command, stored under a key made of
everything the result depends on: the command, the tool (its version and a
fingerprint of its own code and shipped rules, so an edited checkout never
reads stale results), the configuration that governs the file, the path it
is reported under, and the file's bytes.  The cache lives under the current
folder (``.reslint_cache/``), ``--cache-dir`` or ``RESLINT_CACHE_DIR``:
never beside the inputs, which may be read-only.  It marks itself with a
``CACHEDIR.TAG`` (backup tools skip it) and a ``.gitignore`` of ``*`` (so
it is never committed), as ruff's and pytest's caches do.

Entries are pickles: they hold the tool's own dataclasses, are read only
by the same version of the same code (the key says so), and live in a
folder of the user's, as trusted as the code itself.  Nothing is evicted;
``reslint clean`` removes the folder.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

CACHE_DIR_NAME = ".reslint_cache"
CACHE_DIR_VARIABLE = "RESLINT_CACHE_DIR"
_LAYOUT = "v1"  # the folder of this entry format; a new format gets a new folder
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by reslint.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


def cache_root(option: str | None = None) -> Path:
    """``--cache-dir``, else ``RESLINT_CACHE_DIR``, else ``.reslint_cache`` here."""
    chosen = option or os.environ.get(CACHE_DIR_VARIABLE)
    return Path(chosen) if chosen else Path.cwd() / CACHE_DIR_NAME


@lru_cache(maxsize=1)
def tool_fingerprint() -> str:
    """The version, and the size and modification time of every file of the installed
    code and shipped rules: a checkout edited without a new version still misses."""
    from reslint import __version__
    from reslint.lexicon import rules_dir

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for folder in (package, rules_dir()):
        for path in sorted(folder.rglob("*")):
            if path.suffix in {".py", ".toml"}:
                stat = path.stat()
                digest.update(
                    f"{path.relative_to(folder)}:{stat.st_size}:{stat.st_mtime_ns};".encode()
                )
    return digest.hexdigest()


class Cache:
    """One folder of entries; a cache that cannot be written is turned off, not fatal."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.entries = root / _LAYOUT
        self.problem: str | None = None  # why writing was given up, to tell the user once

    def key(self, command: str, settings: str, path: str, content: bytes) -> str:
        digest = hashlib.sha256()
        for part in (command, tool_fingerprint(), settings, path):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(content)
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.entries / key[:2] / f"{key}.pickle"

    def has(self, key: str) -> bool:
        return self._file(key).is_file()

    def load(self, key: str) -> Any | None:
        """The entry, or None when it is missing or cannot be read back."""
        try:
            with self._file(key).open("rb") as handle:
                return pickle.load(handle)
        except Exception:  # a truncated or foreign file is a miss, never an error
            return None

    def store(self, key: str, value: Any) -> None:
        if self.problem is not None:
            return
        target = self._file(key)
        try:
            self._prepare()
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, target)  # readers never see half an entry
        except OSError as exc:
            self.problem = f"{self.root}: cannot write the cache ({exc.strerror or exc})"

    def _prepare(self) -> None:
        if (self.root / "CACHEDIR.TAG").is_file():
            return
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / ".gitignore").write_text("# created by reslint\n*\n", encoding="utf-8")
        (self.root / "CACHEDIR.TAG").write_text(_TAG, encoding="utf-8")


def clean(root: Path) -> bool:
    """Remove a cache folder; False when there was none.  Refuses a folder that is not
    a reslint cache (no tag), so a mistyped ``--cache-dir`` deletes nothing."""
    if not root.exists():
        return False
    tag = root / "CACHEDIR.TAG"
    if not tag.is_file() or "reslint" not in tag.read_text(encoding="utf-8", errors="replace"):
        raise OSError(f"{root}: not a reslint cache (no CACHEDIR.TAG written by reslint)")
    shutil.rmtree(root)
    return True
