"""Golden outputs: the parse tree, JSON and Akoma Ntoso XML of every sample, and every
``reslint lint`` format of one lint sample, kept as reviewed files.

    python tests/golden.py --update    # regenerate after a reviewed change (`make golden`)

``tests/test_golden.py`` (parse) and ``tests/test_lint_formats.py`` (lint) fail
when an output differs from its file, so every change of the parser's or the
linter's output shows up in the diff of a commit.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"
RENDERERS = {
    "tree": "reslint.render.parse_tree",
    "json": "reslint.render.parse_json",
    "akn.xml": "reslint.render.parse_akn",  # fed the classification too
}
# the lint sample sits beside its own (empty) reslint.toml, so no other configuration applies
LINT_GOLDEN = GOLDEN / "lint"
LINT_SAMPLE = LINT_GOLDEN / "sample.txt"
LINT_FORMATS = (
    "concise",
    "full",
    "json",
    "jsonl",
    "sarif",
    "github",
    "gitlab",
    "junit",
    "statistics",
)


@contextlib.contextmanager
def in_checkout() -> Iterator[None]:
    """Run with the checkout as working folder (paths in the outputs are relative to
    it), and give the caller its own working folder back."""
    before = Path.cwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(before)


def outputs(sample: Path) -> dict[str, str]:
    """Every golden output of one sample, by file suffix."""
    import importlib

    from reslint.classifier import classifier_for
    from reslint.pipeline import parse_source
    from reslint.source import read_path

    with in_checkout():
        document = parse_source(read_path(sample.relative_to(ROOT)))
    found = {}
    for suffix, module in RENDERERS.items():
        render = importlib.import_module(module).render
        if suffix == "akn.xml":
            found[suffix] = render(document, classifier_for().classify(document))
        else:
            found[suffix] = render([document])
    return found


def golden_files(sample: Path) -> dict[str, Path]:
    return {suffix: GOLDEN / f"{sample.name}.{suffix}" for suffix in RENDERERS}


def lint_outputs() -> dict[str, str]:
    """Every ``reslint lint`` format of the lint sample, by format name.

    The registry given to the renderers holds only the rules that fired (so
    editing another rule's documentation leaves the SARIF file alone).
    """
    import importlib

    from reslint.lint.runner import Linter, Request
    from reslint.source import read_path

    with in_checkout():
        linter = Linter(Request())
        path = LINT_SAMPLE.relative_to(ROOT).as_posix()
        reports = [linter.lint(read_path(path))]
        fired = {d.code for report in reports for d in report.diagnostics}
        known = linter.settings_for(path).registry
        rules = {code: info for code, info in known.items() if code in fired}
        return {
            name: importlib.import_module(f"reslint.render.lint_{name}").render(reports, rules)
            for name in LINT_FORMATS
        }


def lint_golden_files() -> dict[str, Path]:
    return {name: LINT_GOLDEN / f"{LINT_SAMPLE.name}.{name}" for name in LINT_FORMATS}


def update() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for sample in sorted(SAMPLES.iterdir()):
        for suffix, text in outputs(sample).items():
            golden_files(sample)[suffix].write_text(text, encoding="utf-8")
            print("wrote", golden_files(sample)[suffix].relative_to(ROOT))
    for name, text in lint_outputs().items():
        lint_golden_files()[name].write_text(text, encoding="utf-8")
        print("wrote", lint_golden_files()[name].relative_to(ROOT))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", required=True)
    parser.parse_args()
    update()
