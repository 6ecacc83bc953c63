"""Errors that end the processing of one input or of the whole run.

Every error carries the file it is about, so the command line can print one
line ``path: message`` and go on with the next file.
"""

from __future__ import annotations


class ReslintError(Exception):
    """Base class: ``str()`` gives the one-line message shown to the user."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.message = message
        self.line = line
        super().__init__(self.describe())

    def describe(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class InputError(ReslintError):
    """An input file that cannot be read or holds no resolution (exit 1)."""


class NoStructureError(InputError):
    """A text that was read but holds no resolution structure (a README, a letter)."""


class ConfigError(ReslintError):
    """A broken configuration or rule file (exit 2)."""
