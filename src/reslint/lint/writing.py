"""``lint --fix``: the fixed texts back into their files, or to stdout for standard input.

Each file is written as soon as it is fixed, and atomically
(``reslint.writeback``): an interrupted run keeps the files it finished and
leaves every other one as it was, never half written.  A file that cannot be
written, or that changed on disk since it was read, keeps its bytes; its
report then carries the error and the findings of the text as it still is,
and the count of fixed findings leaves it out.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from reslint.render.lint_summary import count
from reslint.writeback import WriteError, write_back

if TYPE_CHECKING:
    from reslint.lint.runner import FileReport, Linter


class FixWriter:
    """Writes the fixed files of one run, and says how many fixes it wrote."""

    def __init__(self, run: Any, linter: Linter, options: dict) -> None:
        self.run = run
        self.linter = linter
        self.stdin = "-" in options["files"]
        self.stdin_name = options["stdin_filename"] or "<stdin>"
        self.stdin_text: str | None = None  # the fixed standard input, for stdout at the end
        self.fixes = 0
        self.files = 0

    def write(self, report: FileReport) -> None:
        """Write one report's fixed text, if it has one; a failure goes into the report."""
        if report.fixed_text is None or report.error:
            return
        if self.stdin and report.path == self.stdin_name:
            self.stdin_text = report.fixed_text
        elif report.fixed_document is not None:  # a Word file: saved and read back whole
            from reslint.errors import ReslintError
            from reslint.readers.docx_fix import save_docx

            try:
                save_docx(report.fixed_document, report.path)
            except ReslintError as exc:
                self._unwritten(report, exc.describe())
                return
        else:
            source = report.source
            assert source is not None
            try:
                write_back(source.path, source.encode(report.fixed_text), source.digest)
            except WriteError as exc:
                self._unwritten(report, exc.describe())
                return
            except UnicodeEncodeError as exc:
                held = exc.object[exc.start : exc.end]
                self._unwritten(
                    report,
                    f"{source.path}: cannot write the fixes: {source.encoding} "
                    f"cannot hold {held!r}",
                )
                return
        self.fixes += report.fixed
        self.files += 1
        # written: the texts and the document are not needed any more
        report.source = report.original_text = report.fixed_text = report.fixed_document = None

    def finish(self) -> bool:
        """Say what was fixed; True when the fixed standard input went to stdout."""
        if self.stdin_text is not None:
            sys.stdout.write(self.stdin_text)
        if self.fixes:
            fixed, files = count(self.fixes, "finding"), count(self.files, "file")
            click.echo(f"reslint: fixed {fixed} in {files}", err=True)
        return self.stdin_text is not None

    def _unwritten(self, report: FileReport, message: str) -> None:
        """The file keeps its text: report why, with the findings that text still has."""
        if report.source is not None:
            report.diagnostics = self.linter.lint(report.source, fix=False).diagnostics
        report.fixed, report.fixed_text, report.original_text = 0, None, None
        report.fixed_document = None
        report.error = message
        self.run.error(message)
