"""``github``: GitHub Actions workflow commands, so findings show as annotations of a run.

One line per finding::

    ::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=CODE slug::message

``warning`` findings use ``::warning`` and ``info`` ones ``::notice``; the
message of a finding in a Word or PDF file ends with its place there.
Columns are given only when the span stays on one line (GitHub ignores
them otherwise).  Messages and property values are escaped by the
workflow-command rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.render.lint_common import GITHUB_COMMANDS, relative_path, where

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic
    from reslint.lint.rule import RuleInfo
    from reslint.lint.runner import FileReport


def render(reports: list[FileReport], rules: dict[str, RuleInfo]) -> str:
    return "".join(command(d) + "\n" for report in reports for d in report.diagnostics)


def command(d: Diagnostic) -> str:
    properties = {"file": relative_path(d.path), "line": str(d.line)}
    if d.end_line == d.line:
        properties.update(col=str(d.column), endLine=str(d.line), endColumn=str(d.end_column))
    else:
        properties["endLine"] = str(d.end_line)
    properties["title"] = f"{d.code} {d.slug}"
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{GITHUB_COMMANDS[d.level]} {joined}::{escape_data(d.message + where(d))}"


def escape_data(text: str) -> str:
    """The message of a command: ``%``, CR and LF percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: as a message, and ``:`` and ``,`` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
