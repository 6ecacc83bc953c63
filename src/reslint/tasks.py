"""The work ``classify``, ``lint`` and ``report`` hand to a ``Batch`` (``reslint.batch``).

Each task is a small picklable object: what it needs to start a worker (the
lexicon extensions, the lint request), and what decides a file's result
besides its bytes (``settings``), for the cache key.  Heavy objects (the
spaCy pipeline, built settings) are made in ``start``, in each process, and
never pickled.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from reslint.config import Config
from reslint.source import Source

if TYPE_CHECKING:
    from reslint.classifier import Classification, Classifier
    from reslint.lint.runner import FileReport, Linter, Request
    from reslint.report.records import DocumentRecord


def config_fingerprint(config: Config) -> str:
    """A configuration's settings and the contents of the rule packs it names."""
    digest = hashlib.sha256(str(config.path).encode())
    digest.update(json.dumps(config.data, sort_keys=True, default=str).encode())
    for pack in config.packs:
        digest.update(pack.read_bytes())
    return digest.hexdigest()


class ClassifyTask:
    """``reslint classify``: one ``Classification`` per file."""

    command = "classify"

    def __init__(self, config: Config) -> None:
        self.extensions: dict[str, Any] = config.get("lexicon", {})
        self.source = config.source
        self._classifier: Classifier | None = None
        if self.extensions:  # a defect is a ConfigError here, before any worker starts
            from reslint.lexicon import load_lexicon

            load_lexicon().extended(self.extensions, self.source)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_classifier": None}

    def settings(self, path: str) -> str:
        return json.dumps(self.extensions, sort_keys=True)

    def start(self) -> None:
        from reslint.classifier import Classifier

        if self._classifier is None:
            self._classifier = Classifier(self.extensions, self.source)

    @property
    def classifier(self) -> Classifier:
        self.start()
        assert self._classifier is not None
        return self._classifier

    def run(self, source: Source) -> Classification:
        from reslint.pipeline import parse_source

        return self.classifier.classify(parse_source(source))


class LintTask:
    """``reslint lint`` without fixes: one ``FileReport`` per file, each file with the
    settings of its own configuration (``Linter``).  A baseline is applied by the
    command, after the cache, so changing it does not change the entries."""

    command = "lint"

    def __init__(self, request: Request) -> None:
        self.request = replace(request, baseline=None)
        self._linter: Linter | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_linter": None}

    @property
    def linter(self) -> Linter:
        if self._linter is None:
            from reslint.lint.runner import Linter

            self._linter = Linter(self.request)
        return self._linter

    def settings(self, path: str) -> str:
        return config_fingerprint(self.linter.settings_for(path).config) + repr(self.request)

    def start(self) -> None:
        self.linter.rules()

    def run(self, source: Source) -> FileReport:
        return self.linter.lint(source)


class ReportTask:
    """``reslint report``: each file linted with its own configuration's settings and
    classified with the lexicon of the configuration found here, then reduced to a
    ``DocumentRecord``."""

    command = "report"

    def __init__(self, request: Request, config: Config) -> None:
        self.lint = LintTask(request)
        self.classify = ClassifyTask(config)

    def settings(self, path: str) -> str:
        return self.lint.settings(path) + self.classify.settings(path)

    def start(self) -> None:
        self.lint.start()
        self.classify.start()

    def run(self, source: Source) -> DocumentRecord:
        from reslint.lexicon import load_lexicon
        from reslint.pipeline import lint_source
        from reslint.report.collect import record_of

        settings = self.lint.linter.settings_for(source.path)
        _normalized, document, diagnostics = lint_source(source, settings)
        classification = self.classify.classifier.classify(document)
        return record_of(document, classification, diagnostics, load_lexicon())
