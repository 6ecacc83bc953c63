"""One ``reslint lint`` run: the configuration of each file, fixes, the baseline.

Each file gets the configuration found by walking up from its own folder
(or the one given with ``--config``); settings are built once per
configuration file.  A file that cannot be read or parsed becomes a report
with an error, and the run goes on.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reslint.config import Config, config_for
from reslint.errors import NoStructureError
from reslint.failures import Failure, guarded
from reslint.lint.baseline import Baseline
from reslint.lint.diagnostic import Diagnostic, level_rank
from reslint.lint.rule import RuleInfo
from reslint.lint.settings import Settings
from reslint.readers.sources import DocxSource
from reslint.source import Source


@dataclass
class FileReport:
    """What linting one file found (or why it could not be linted)."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None  # one line: the file could not be read, parsed or fixed
    fixed: int = 0  # fixes applied
    fixed_text: str | None = None  # the text after fixing, when it changed
    original_text: str | None = None
    fixed_document: Any = None  # a Word file: the fixed document, to save over the file
    notes: list[str] = field(default_factory=list)  # fixes not made, and why
    fail_on: str = "error"  # the lowest level that fails the run, from the file's configuration
    source: Source | None = None  # what was read, when there is fixed text to write back


@dataclass(frozen=True)
class Request:
    """What the command line asks for, on top of each file's configuration."""

    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    profile: str | None = None
    kind: str | None = None
    config_path: Path | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    baseline: Baseline | None = None
    fail_on: str | None = None  # --fail-on: overrides every configuration's fail-on


class Linter:
    """Lints sources one by one with the settings that apply to each."""

    def __init__(self, request: Request) -> None:
        self.request = request
        self._settings: dict[Path | None, Settings] = {}

    def settings_for(self, path: str) -> Settings:
        """Settings of the configuration that governs ``path`` (built once per file)."""
        start = Path(path) if Path(path).exists() else Path.cwd()
        config = config_for(start, self.request.config_path)
        if config.path not in self._settings:
            self._settings[config.path] = self._build(config)
        return self._settings[config.path]

    def _build(self, config: Config) -> Settings:
        request = self.request
        settings = Settings.from_config(config, request.select, request.ignore)
        settings.select += list(request.extend_select)
        settings.body = request.profile or settings.body
        settings.kind = request.kind or settings.kind
        settings.fail_on = request.fail_on or settings.fail_on
        settings.validate()
        return settings

    def rules(self) -> dict[str, RuleInfo]:
        """Every rule of every configuration used so far (packs differ between folders)."""
        known: dict[str, RuleInfo] = {}
        for settings in self._settings.values():
            known.update(settings.registry)
        return known or Settings().registry

    def excluded(self, path: str) -> bool:
        """The file matches the governing configuration's ``exclude`` patterns."""
        settings = self.settings_for(path)
        patterns = settings.config.get("exclude", []) + settings.config.get("extend-exclude", [])
        if not patterns:
            return False
        try:
            relative = Path(path).resolve().relative_to(settings.config.root.resolve()).as_posix()
        except ValueError:
            relative = Path(path).as_posix()
        parts = Path(relative).parts
        return any(
            fnmatch.fnmatch(relative, p) or any(fnmatch.fnmatch(part, p) for part in parts)
            for p in patterns
        )

    def lint(self, source: Source, fix: bool | None = None) -> FileReport:
        """Lint (and with ``fix``, by default the request's, fix) one source; a failure
        becomes the report's ``error``."""
        settings = self.settings_for(source.path)
        fix = self.request.fix if fix is None else fix
        report = FileReport(source.path, fail_on=settings.fail_on)
        if fix and not source.fixable:
            fix = False
            report.notes.append("fixes are not written into this kind of file (Akoma Ntoso XML)")
        outcome = guarded(source.path, self._check, source, settings, fix, report)
        if isinstance(outcome, Failure):
            report.error = outcome.message
            return report
        diagnostics = outcome
        if self.request.baseline is not None:
            diagnostics = self.request.baseline.filter(diagnostics)
        report.diagnostics = diagnostics
        return report

    def _check(
        self, source: Source, settings: Settings, fix: bool, report: FileReport
    ) -> list[Diagnostic]:
        """The findings of one source (fixed first, with ``fix``); a text with no
        resolution in it has the one finding S100."""
        try:
            return self._lint_or_fix(source, settings, fix, report)
        except NoStructureError:
            return no_structure(source, settings)

    def _lint_or_fix(
        self, source: Source, settings: Settings, fix: bool, report: FileReport
    ) -> list[Diagnostic]:
        from reslint.pipeline import fix_source, lint_source

        if not fix:
            return lint_source(source, settings)[2]
        if isinstance(source, DocxSource):
            return self._fix_word(source, settings, report)
        result = fix_source(source, settings, self.request.unsafe_fixes)
        report.fixed, report.notes = result.applied, result.notes
        if result.source.text != source.text:
            report.fixed_text, report.original_text = result.source.text, source.text
            report.source = source
        return result.diagnostics

    def _fix_word(self, source: DocxSource, settings: Settings, report: FileReport) -> list:
        """Fix a Word file in memory; the command writes it (``readers.docx_fix``)."""
        from reslint.readers.docx_fix import fix_docx

        fixed = fix_docx(source, settings, self.request.unsafe_fixes)
        report.fixed, report.notes = fixed.applied, fixed.refused
        if fixed.source.text != source.text:
            report.fixed_text, report.original_text = fixed.source.text, source.text
            report.fixed_document = fixed.document
        return fixed.diagnostics


def no_structure(source: Source, settings: Settings) -> list[Diagnostic]:
    """The one finding of a text that holds no resolution (S100), if S100 is enabled; at
    info level for Markdown, where documentation lives too."""
    from reslint.lint.rules.structure.S100 import NoResolutionStructure as rule

    info = settings.registry.get(rule.code)
    if info is None or not settings.enabled(info, source.path):
        return []
    level = "info" if source.path.lower().endswith(".md") else settings.level_of(rule, "generic")
    lines = source.lines
    return [
        Diagnostic(
            code=rule.code,
            slug=rule.slug,
            level=level,
            message=rule.message,
            path=source.path,
            line=1,
            column=1,
            end_line=1,
            end_column=1,
            start=0,
            end=0,
            source_line=lines[0] if lines else "",
        )
    ]


def failing(reports: list[FileReport]) -> bool:
    """Any finding at or above the ``fail-on`` level of its own file's configuration."""
    return any(
        level_rank(d.level) >= level_rank(report.fail_on)
        for report in reports
        for d in report.diagnostics
    )
