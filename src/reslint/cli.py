"""The command line: ``reslint parse | normalize | ...``.

Conventions every command follows: ``--format/-f`` picks the output format,
``-o/--output`` the output file (stdout by default), errors go to stderr as
one line ``path: message``; exit 0 on success, 1 when a file failed (or, for
lint, findings), 2 for usage and configuration errors.  Heavy modules are
imported inside the commands, so ``reslint --help`` answers at once.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from reslint import __version__
from reslint.errors import ReslintError as ReslintErrorType
from reslint.failures import Failure, guarded
from reslint.lint.diagnostic import LEVELS
from reslint.lint.rule import BODIES, KINDS
from reslint.render.lint_summary import count

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


class Run:
    """The files of one command run, and what went wrong with them."""

    def __init__(self, output: str | None = None) -> None:
        self.output = output  # the output file, which no input may be
        self.failed = 0
        self.errors: list[str] = []  # the failed files' messages, for reports that list them
        self._progress: Any = None  # a progress bar being drawn: messages go above it

    def error(self, message: str) -> None:
        self.failed += 1
        self.errors.append(message)
        self._say(f"reslint: {message}")

    def warn(self, message: str) -> None:
        self._say(f"reslint: warning: {message}")

    def info(self, message: str) -> None:
        self._say(f"reslint: info: {message}")

    def _say(self, line: str) -> None:
        if self._progress is not None:
            self._progress.write(line, file=sys.stderr)
        else:
            click.echo(line, err=True)

    def inputs(self, options: dict[str, Any]) -> Iterator[Any]:
        """The inputs named on the command line (``reslint.inputs.Input``)."""
        from reslint.inputs import discover

        found = False
        output = _resolved(self.output)
        for item in discover(
            options["files"],
            options["glob"],
            options["exclude"],
            options["stdin_filename"],
            options.get("respect_gitignore", True),
        ):
            found = True
            is_file = output is not None and not item.missing and not item.stdin
            if is_file and _resolved(item.path) == output:
                raise click.UsageError(f"-o/--output {self.output} is one of the inputs")
            yield item
        if not found:
            self.error("no input files found")

    def batch(
        self,
        options: dict[str, Any],
        task: Any,
        keep: Callable[[str], bool] | None = None,
        unreadable: Callable[[str, str], None] | None = None,
    ) -> Iterator[Any]:
        """The results of ``task`` on every input (those ``keep`` keeps), in input order,
        in ``--jobs`` processes and from the cache (``reslint.batch``); failed files are
        reported and skipped, or handed, in order, to ``unreadable(path, message)``.
        Standard input is read here, and never cached."""
        from reslint.batch import Batch
        from reslint.cache import Cache, cache_root
        from reslint.readers import read_stdin

        report = unreadable or (lambda _path, message: self.error(message))
        items: list[Any] = []
        for item in self.inputs(options):
            if keep is not None and not item.missing and not keep(item.path):
                continue
            if not item.stdin:
                items.append(item)
                continue
            try:
                items.append(read_stdin(item.path))
            except ReslintErrorType as exc:
                report(item.path, exc.describe())
        cache = None if options["no_cache"] else Cache(cache_root(options["cache_dir"]))
        batch = Batch(items, task, options["jobs"], cache)
        with _progress_bar(len(batch), options["quiet"]) as self._progress:
            try:
                for outcome in batch:
                    for warning in outcome.warnings:
                        self.warn(warning)
                    if outcome.error and outcome.not_a_resolution and unreadable is None:
                        self.skip(Failure(outcome.path, outcome.error, True))
                    elif outcome.error:
                        report(outcome.path, outcome.error)
                    else:
                        yield outcome.result
                    self._progress.update()
            except KeyboardInterrupt:
                self._progress.close()
                click.echo("reslint: interrupted", err=True)
                sys.exit(EXIT_INTERRUPTED)
        self._progress = None
        if cache is not None and cache.problem:
            self.warn(cache.problem)

    def sources(
        self, options: dict[str, Any], unreadable: Callable[[str, str], None] | None = None
    ) -> Iterator[Any]:
        """Read each input; unreadable ones are reported and skipped, or handed, in
        order, to ``unreadable(path, message)`` (which then reports them)."""
        from reslint.errors import ReslintError
        from reslint.readers import read_path, read_stdin

        report = unreadable or (lambda _path, message: self.error(message))
        for item in self.inputs(options):
            if item.missing:
                report(item.path, f"{item.path}: {item.problem}")
                continue
            try:
                source = read_stdin(item.path) if item.stdin else read_path(item.path)
            except ReslintError as exc:
                report(item.path, exc.describe())
                continue
            for warning in source.warnings:
                self.warn(f"{source.path}: {warning}")
            yield source

    def each(self, options: dict[str, Any], work: Callable[[Any], Any]) -> list[Any]:
        """Apply ``work`` to every readable source; a failing file is reported, not fatal."""
        results = []
        for source in self.sources(options):
            outcome = guarded(source.path, work, source)
            if isinstance(outcome, Failure):
                self.skip(outcome)
            else:
                results.append(outcome)
        return results

    def skip(self, failure: Failure) -> None:
        """Report a file that gave no result: at ``info`` level when it is a Markdown file
        with no resolution in it (a README beside the resolutions), else as an error."""
        if failure.not_a_resolution and failure.path.lower().endswith(".md"):
            self.info(f"{failure.message} (skipped)")
        else:
            self.error(failure.message)

    def finish(self, text: str, output: str | None) -> None:
        write_output(text, output)
        sys.exit(EXIT_FAILED if self.failed else EXIT_OK)


def _resolved(path: str | None) -> Path | None:
    if path is None or path == "-":
        return None
    return Path(path).resolve()


def write_output(text: str, output: str | None) -> None:
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        click.echo(f"reslint: {output}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_USAGE)


def _progress_bar(total: int, quiet: bool) -> Any:
    """Files done, rate and time left on stderr (tqdm), only when a person watches it:
    stderr a terminal, not in CI, no ``--quiet``."""
    import os

    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
    hidden = quiet or not sys.stderr.isatty() or bool(os.environ.get("CI"))
    return tqdm(total=total, unit="file", file=sys.stderr, disable=hidden, leave=False)


def default_jobs() -> int:
    """The cores this process may run on."""
    import os

    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


cache_dir_option = click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    help="Cache folder (default: $RESLINT_CACHE_DIR, else .reslint_cache here).",
)


def batch_options(command: Callable) -> Callable:
    """--jobs, --no-cache, --cache-dir, --quiet: how a command works through many files."""
    decorators = [
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(1, 64),
            default=default_jobs(),
            show_default="the number of cores",
            help="Worker processes.",
        ),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the cache."),
        cache_dir_option,
        click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def input_options(command: Callable) -> Callable:
    """FILES, --glob, --exclude, --stdin-filename, --respect-gitignore: how every command
    finds its inputs (hidden files and folders are never searched)."""
    decorators = [
        # readable=False: an unreadable file is that file's one-line error, not a usage error
        click.argument("files", nargs=-1, required=True, type=click.Path(readable=False)),
        click.option(
            "--glob",
            multiple=True,
            help="File pattern inside directories (repeatable; default *.txt *.md *.docx *.pdf "
            "*.akn.xml *.akn).",
        ),
        click.option(
            "--exclude", multiple=True, help="Skip paths matching this pattern (repeatable)."
        ),
        click.option("--stdin-filename", help="Name to report for input read from '-'."),
        click.option(
            "--respect-gitignore/--no-respect-gitignore",
            default=True,
            show_default=True,
            help="Skip what .gitignore files exclude when searching directories.",
        ),
        click.option(
            "-o",
            "--output",
            type=click.Path(),
            help="Write the output to this file instead of stdout "
            "(a folder for one file per input, with -f akn; for report -f csv, its tables).",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def format_option(choices: Any, default: str, *aliases: str) -> Callable:
    """``-f/--format`` (and ``aliases``): the output format of a command."""
    return click.option(
        "-f",
        "--format",
        *aliases,
        "output_format",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="Output format.",
    )


def renderer(command: str, output_format: str) -> Callable[..., str]:
    """The ``render`` function of ``reslint.render.<command>_<format>``: one module per
    output format, imported only when chosen."""
    import importlib

    return importlib.import_module(f"reslint.render.{command}_{output_format}").render


def config_option(help_text: str) -> Callable:
    """``--config FILE``: the configuration to use instead of the one found."""
    return click.option(
        "--config", "config_path", type=click.Path(dir_okay=False, exists=True), help=help_text
    )


class _Commands(click.Group):
    """The command group; Ctrl-C ends any command with exit code 130 and one line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("\nreslint: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reslint")
def main() -> None:
    """Parse, classify and lint United Nations resolutions and drafts."""


@main.command()
@input_options
@format_option(["tree", "json", "akn"], "tree")
def parse(output_format: str, output: str | None, **options: Any) -> None:
    """Show the structure of resolutions: heading, preamble, operative part, annexes;
    or export them as Akoma Ntoso XML (-f akn)."""
    from reslint.pipeline import parse_source

    run = Run(output)
    if output_format == "akn":
        _export_akn(run, options, output)
    documents = run.each(options, parse_source)
    render = renderer("parse", output_format)
    run.finish(render(documents) if documents or output_format == "json" else "", output)


def _export_akn(run: Run, options: dict[str, Any], output: str | None) -> None:
    """``parse -f akn``: one XML document per input, to stdout for one input, else one
    ``.akn.xml`` file per input into the ``-o`` folder."""
    from reslint.config import config_for
    from reslint.errors import ConfigError

    try:
        config = config_for(Path.cwd(), None)
        from reslint.classifier import Classifier

        classifier = Classifier(config.get("lexicon", {}), config.source)
    except ConfigError as exc:
        click.echo(f"reslint: {exc.describe()}", err=True)
        sys.exit(EXIT_USAGE)

    def export(source: Any) -> tuple[str, str]:
        from reslint.pipeline import parse_source
        from reslint.render.parse_akn import render

        document = parse_source(source)
        return source.path, render(document, classifier.classify(document))

    exported = run.each(options, export)
    to_folder = output not in (None, "-") and (len(exported) > 1 or Path(output).is_dir())
    if len(exported) > 1 and not to_folder:
        click.echo("reslint: -f akn with several inputs needs -o FOLDER", err=True)
        sys.exit(EXIT_USAGE)
    if not to_folder:
        run.finish(exported[0][1] if exported else "", output)
    folder = Path(output or ".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        click.echo(f"reslint: {folder}: {exc.strerror}", err=True)
        sys.exit(EXIT_USAGE)
    from reslint.akn import export_name

    taken: set[str] = set()
    for path, xml in exported:
        target = folder / export_name(path, taken)
        if target.exists() and target.resolve() == Path(path).resolve():
            run.error(f"{path}: the export would overwrite its own input; choose another -o")
            continue
        try:
            target.write_text(xml, encoding="utf-8")
        except OSError as exc:
            run.error(f"{target}: {exc.strerror}")
    run.finish("", None)


@main.command()
@input_options
@format_option(["text", "log", "json"], "text")
@click.option("--log", is_flag=True, help="List every repair (the same as -f log).")
def normalize(output_format: str, log: bool, output: str | None, **options: Any) -> None:
    """Print the cleaned text of resolutions pasted from PDFs, or the repairs made (-f log)."""
    from reslint.pipeline import normalize_source

    run = Run(output)
    results = run.each(options, normalize_source)
    run.finish(renderer("normalize", "log" if log else output_format)(results), output)


CLASSIFY_FORMATS = ("table", "json", "jsonl", "csv")


@main.command()
@input_options
@format_option(CLASSIFY_FORMATS, "table")
@click.option(
    "--unit",
    type=click.Choice(("paragraph", "clause")),
    help="With -f csv: one row per operative paragraph (default) or per clause.",
)
@click.option(
    "--unknown",
    is_flag=True,
    help="List the openers no lexicon lists (to extend the lexicon) instead.",
)
@config_option("Configuration file (default: found from the current folder up).")
@batch_options
def classify(
    output_format: str,
    unit: str | None,
    unknown: bool,
    config_path: str | None,
    output: str | None,
    **options: Any,
) -> None:
    """Classify every clause: verb, strength, addressees, action, mandate, preambular function."""
    from reslint.config import config_for
    from reslint.errors import ConfigError

    if unit is not None and (output_format != "csv" or unknown):
        raise click.UsageError("--unit applies to --format csv only")
    run = Run(output)
    try:
        config = config_for(Path.cwd(), Path(config_path) if config_path else None)
        from reslint.tasks import ClassifyTask

        results = list(run.batch(options, ClassifyTask(config)))
    except ConfigError as exc:
        click.echo(f"reslint: {exc.describe()}", err=True)
        sys.exit(EXIT_USAGE)
    if unknown:
        from reslint.render.classify_unknown import render as render_unknown

        run.finish(render_unknown(results, output_format), output)
    if output_format == "csv":
        from reslint.render.classify_csv import render as render_csv

        run.finish(render_csv(results, unit or "paragraph"), output)
    module = {
        "table": "classify_table",
        "json": "classify_json",
        "jsonl": "classify_jsonl",
    }[output_format]
    import importlib

    render = importlib.import_module(f"reslint.render.{module}").render
    run.finish(render(results), output)


DIFF_FORMATS = ("text", "json", "md", "html")


@main.command()
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@format_option(DIFF_FORMATS, "text")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write the output to this file instead of stdout.",
)
@click.option(
    "--lint", "with_lint", is_flag=True, help="Also list the lint findings NEW has and OLD had not."
)
@config_option("Configuration file (default: found from the current folder up).")
def diff(
    old: str,
    new: str,
    output_format: str,
    output: str | None,
    with_lint: bool,
    config_path: str | None,
) -> None:
    """Compare two versions of a resolution, paragraph by paragraph, in substance.

    Paragraphs are matched by their wording, not their numbers (added, deleted, moved,
    split, merged, edited), and each edit is read for what it means: verbs and their
    strength, addressees, actions, mandates, citations, dates and sessions.  Exit 0
    when the versions are the same in substance, 1 when they differ, 2 on error.
    """
    from reslint.config import config_for
    from reslint.errors import ConfigError, ReslintError

    run = Run(output)
    try:
        config = config_for(Path.cwd(), Path(config_path) if config_path else None)
        lint_config = Path(config_path) if config_path else None
        versions = [_diff_version(run, path, config, with_lint, lint_config) for path in (old, new)]
    except (ConfigError, ReslintError) as exc:
        click.echo(f"reslint: {exc.describe()}", err=True)
        sys.exit(EXIT_USAGE)
    except RecursionError:
        click.echo("reslint: structure too deeply nested to parse", err=True)
        sys.exit(EXIT_USAGE)
    if run.failed or None in versions:
        sys.exit(EXIT_USAGE)
    from reslint.diff import compare, new_findings

    (old_doc, old_classes, old_found), (new_doc, new_classes, new_found) = versions
    comparison = compare(old_doc, new_doc, _classifier(config).lexicon, old_classes, new_classes)
    if with_lint:
        comparison.findings = new_findings(old_found, new_found)
    color = output in (None, "-") and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    write_output(renderer("diff", output_format)(comparison, color=color), output)
    sys.exit(EXIT_OK if comparison.summary.same else EXIT_FAILED)


def _classifier(config: Any) -> Any:
    from reslint.classifier import classifier_for

    return classifier_for(config.get("lexicon", {}))


def _diff_version(
    run: Run, path: str, config: Any, with_lint: bool, lint_config: Path | None
) -> tuple | None:
    """One side of ``reslint diff``: read through the same path as every command,
    parsed, classified and, with ``--lint``, linted.  None when it cannot be read."""
    from reslint.pipeline import parse_source

    if path != "-" and Path(path).is_dir():
        run.error(f"{path}: is a directory (reslint diff compares two files)")
        return None
    options = {"files": (path,), "glob": (), "exclude": (), "stdin_filename": None}
    source = next(iter(run.sources(options)), None)
    if source is None:
        return None
    document = parse_source(source)
    findings = []
    if with_lint:
        from reslint.lint.runner import Linter, Request

        report = Linter(Request(config_path=lint_config)).lint(source)
        if report.error:
            run.error(report.error)
            return None
        findings = report.diagnostics
    return document, _classifier(config).classify(document), findings


REPORT_FORMATS = ("html", "md", "csv", "jsonl", "json")
REPORT_SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".json": "json", ".jsonl": "jsonl"}


@main.command()
@input_options
@click.option(
    "-f",
    "--format",
    "output_format",
    type=click.Choice(REPORT_FORMATS),
    help="Output format (default: from OUT's extension; a folder without one is csv; "
    "md on stdout).",
)
@config_option("Configuration file (default: found by walking up from each file).")
@batch_options
def report(
    output_format: str | None, config_path: str | None, output: str | None, **options: Any
) -> None:
    """Report on a corpus: every document's profile, and strength, addressees, citations
    and mandates across documents, as HTML, Markdown, CSV tables or JSON."""
    from reslint.config import config_for
    from reslint.errors import ConfigError
    from reslint.lint.runner import Request
    from reslint.tasks import ReportTask

    chosen = output_format or _report_format(output)
    if chosen == "csv" and output in (None, "-"):
        raise click.UsageError("--format csv writes a folder of tables: name it with -o")
    run = Run(output)
    explicit = Path(config_path) if config_path else None
    try:
        task = ReportTask(Request(config_path=explicit), config_for(Path.cwd(), explicit))
        records = _Records(run, run.batch(options, task))
        renderer("report", chosen)(records, output)
    except ConfigError as exc:
        click.echo(f"reslint: {exc.describe()}", err=True)
        sys.exit(EXIT_USAGE)
    except OSError as exc:
        click.echo(f"reslint: {output}: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_USAGE)
    if output not in (None, "-"):
        click.echo(f"reslint: wrote the {chosen} report to {output}", err=True)
    sys.exit(EXIT_FAILED if run.failed else EXIT_OK)


class _Records:
    """The report's records as they come, and the files that failed (``RecordStream``)."""

    def __init__(self, run: Run, results: Iterator[Any]) -> None:
        self.failed = run.errors
        self._results = results

    def __iter__(self) -> Iterator[Any]:
        return iter(self._results)


def _report_format(output: str | None) -> str:
    if output in (None, "-"):
        return "md"
    suffix = Path(output).suffix.lower()
    if suffix in REPORT_SUFFIXES:
        return REPORT_SUFFIXES[suffix]
    if not suffix or Path(output).is_dir():
        return "csv"
    raise click.UsageError(f"cannot tell the format from {output!r}: give --format")


@main.command()
@cache_dir_option
def clean(cache_dir: str | None) -> None:
    """Remove the cache of classify, lint and report results."""
    from reslint.cache import cache_root
    from reslint.cache import clean as remove

    root = cache_root(cache_dir)
    try:
        removed = remove(root)
    except OSError as exc:
        click.echo(f"reslint: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(f"reslint: {'removed' if removed else 'no cache at'} {root}", err=True)


LINT_FORMATS = ("concise", "full", "json", "jsonl", "sarif", "github", "gitlab", "junit")
STATISTICS_FORMATS = ("concise", "full", "json")  # --statistics: a text table, or JSON


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select P1,S101 --select V`` to ("P1", "S101", "V")."""
    return tuple(code.strip() for value in values for code in value.split(",") if code.strip())


@main.command()
@input_options
@format_option(LINT_FORMATS, "concise", "--output-format")
@config_option("Configuration file (default: found by walking up from each file).")
@click.option("--select", multiple=True, help="Rule codes or prefixes to run (comma-separated).")
@click.option("--extend-select", multiple=True, help="Codes to run on top of the selection.")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to skip.")
@click.option("--profile", type=click.Choice(BODIES), help="Body profile (default: detected).")
@click.option("--kind", type=click.Choice(KINDS), help="Draft or adopted (default: detected).")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files.")
@click.option("--unsafe-fixes", is_flag=True, help="Apply unsafe fixes too (with --fix/--diff).")
@click.option("--diff", is_flag=True, help="Show the fixes as a diff; change no file.")
@click.option(
    "--annotate",
    type=click.Path(),
    help="Write a copy of each .docx with the findings as Word comments (a folder for several).",
)
@click.option("--statistics", is_flag=True, help="Count findings per rule instead of listing.")
@click.option(
    "--fail-on",
    type=click.Choice(LEVELS),
    help="Lowest level that fails the run (default: error, or the config's fail-on).",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    help="Ignore the findings recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    "write_baseline",
    type=click.Path(dir_okay=False),
    help="Record today's findings in this baseline file and exit 0.",
)
@batch_options
def lint(
    output_format: str,
    config_path: str | None,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    profile: str | None,
    kind: str | None,
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    annotate: str | None,
    statistics: bool,
    fail_on: str | None,
    exit_zero: bool,
    baseline_path: str | None,
    write_baseline: str | None,
    output: str | None,
    **options: Any,
) -> None:
    """Check resolutions against the drafting rules; fix what is safe to fix."""
    from reslint.errors import ConfigError
    from reslint.lint.baseline import Baseline
    from reslint.lint.runner import FileReport, Linter, Request, failing
    from reslint.lint.writing import FixWriter

    if unsafe_fixes and not (fix or diff):
        raise click.UsageError("--unsafe-fixes applies fixes only with --fix or --diff")
    if statistics and output_format not in STATISTICS_FORMATS:
        raise click.UsageError(
            f"--statistics prints {' or '.join(STATISTICS_FORMATS)}, not {output_format}"
        )
    run = Run(output)
    try:
        baseline = Baseline.load(Path(baseline_path)) if baseline_path else None
        request = Request(
            select=_codes(select),
            extend_select=_codes(extend_select),
            ignore=_codes(ignore),
            profile=profile,
            kind=kind,
            config_path=Path(config_path) if config_path else None,
            fix=fix or diff,
            unsafe_fixes=unsafe_fixes,
            baseline=baseline,
            fail_on=fail_on,
        )
        reports: list[FileReport] = []
        writer: FixWriter | None = None

        def unread(path: str, message: str) -> None:  # in the reports, so every format says it
            reports.append(FileReport(path, error=message))

        if request.fix:  # fixes write files: one at a time, here, never from the cache
            linter = Linter(request)
            writer = FixWriter(run, linter, options) if fix and not diff else None
            for source in run.sources(options, unread):
                if not linter.excluded(source.path):
                    reports.append(linter.lint(source))
                    if writer:
                        writer.write(reports[-1])  # as soon as it is fixed: Ctrl-C keeps it
        else:
            from reslint.tasks import LintTask

            task = LintTask(request)
            linter = task.linter
            kept = lambda path: not linter.excluded(path)  # noqa: E731
            for report in run.batch(options, task, keep=kept, unreadable=unread):
                if baseline is not None:  # applied here: the cache keeps every finding
                    report.diagnostics = baseline.filter(report.diagnostics)
                reports.append(report)
    except ConfigError as exc:
        click.echo(f"reslint: {exc.describe()}", err=True)
        sys.exit(EXIT_USAGE)
    for report in reports:
        if report.error and report.error not in run.errors:  # a failed write is reported
            run.error(report.error)
        for note in report.notes:
            run.warn(f"{report.path}: {note}")
    if write_baseline:
        found = [d for report in reports for d in report.diagnostics]
        write_output(Baseline.of(found, Path(write_baseline)).dump(), write_baseline)
        recorded = count(len(found), "finding")
        click.echo(f"reslint: recorded {recorded} in {write_baseline}", err=True)
        sys.exit(EXIT_FAILED if run.failed else EXIT_OK)
    if diff:
        from reslint.render.lint_diff import render as render_diff

        changed = [r for r in reports if r.fixed_text is not None]
        write_output(render_diff(changed), output)
        sys.exit(EXIT_FAILED if changed or run.failed else EXIT_OK)
    fixed_stdin = writer.finish() if writer else False
    if annotate:
        _annotate(run, reports, annotate)
    text = _render_lint(reports, output_format, statistics, linter)
    if fixed_stdin and output is None:
        click.echo(text, err=True, nl=False)  # stdout carries the fixed text
    else:
        write_output(text, output)
    failed = failing(reports) and not exit_zero
    sys.exit(EXIT_FAILED if failed or run.failed else EXIT_OK)


def _annotate(run: Run, reports: list[Any], target: str) -> None:
    """``--annotate``: a copy of each Word file with its findings as comments."""
    from reslint.readers.docx_annotate import annotate_docx, annotation_targets
    from reslint.readers.sources import is_word_file

    words = [r for r in reports if is_word_file(r.path) and not r.error]
    if not words:
        run.warn("--annotate: no Word (.docx) file among the inputs")
        return
    try:
        targets = annotation_targets([r.path for r in words], target)
    except ValueError as exc:
        click.echo(f"reslint: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    for report in words:
        output = targets[report.path]
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            comments = annotate_docx(report.path, report.diagnostics, output)
        except (OSError, ReslintErrorType) as exc:
            run.error(f"{report.path}: cannot annotate: {exc}")
            continue
        click.echo(f"reslint: {output}: {count(comments, 'comment')}", err=True)


def _render_lint(reports: list[Any], output_format: str, statistics: bool, linter: Any) -> str:
    if statistics:
        output_format = "statistics_json" if output_format == "json" else "statistics"
    return renderer("lint", output_format)(reports, linter.rules())


@main.command()
@click.argument("prefixes", nargs=-1)
@format_option(["table", "json"], "table")
@config_option("Configuration file, for the rule packs it adds.")
def rules(prefixes: tuple[str, ...], output_format: str, config_path: str | None) -> None:
    """List every rule (or those whose code starts with PREFIXES)."""
    import json

    chosen = [
        info
        for info in _registry(config_path).values()
        if not prefixes or any(info.code.startswith(p) or info.slug == p for p in prefixes)
    ]
    if output_format == "json":
        rows = [
            {
                "code": i.code,
                "slug": i.slug,
                "level": i.level,
                "levels": i.levels,
                "profiles": list(i.bodies),
                "kinds": list(i.kinds),
                "fixable": i.fixable,
                "summary": i.summary,
                "origin": i.origin,
            }
            for i in chosen
        ]
        click.echo(json.dumps(rows, indent=2))
        return
    for info in chosen:
        fix = "[*]" if info.fixable else "   "
        click.echo(f"{info.code}  {fix} {info.slug:<34} {info.level:<8} {info.profiles()}")


@main.command()
@click.argument("code")
@config_option("Configuration file, for the rule packs it adds.")
def rule(code: str, config_path: str | None) -> None:
    """Print the documentation of one rule (by code or slug)."""
    known = _registry(config_path)
    found = known.get(code.upper()) or next((i for i in known.values() if i.slug == code), None)
    if found is None:
        click.echo(f"reslint: unknown rule {code!r} (reslint rules lists them)", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(found.text(), nl=False)


def _registry(config_path: str | None) -> dict[str, Any]:
    from reslint.config import config_for
    from reslint.errors import ConfigError
    from reslint.lint.settings import Settings

    try:
        config = config_for(Path.cwd(), Path(config_path) if config_path else None)
        settings = Settings.from_config(config)
        settings.validate()
        return settings.registry
    except ConfigError as exc:
        click.echo(f"reslint: {exc.describe()}", err=True)
        sys.exit(EXIT_USAGE)


@main.command()
@click.argument("path", default="reslint.toml", type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(path: str, force: bool) -> None:
    """Write a commented starter configuration (reslint.toml)."""
    from importlib.resources import files

    target = Path(path)
    if target.exists() and not force:
        click.echo(f"reslint: {path}: already exists (use --force to overwrite)", err=True)
        sys.exit(EXIT_FAILED)
    if not target.parent.is_dir():
        click.echo(f"reslint: {path}: no folder {target.parent}", err=True)
        sys.exit(EXIT_FAILED)
    starter = files("reslint").joinpath("starter.toml").read_text(encoding="utf-8")
    try:
        target.write_text(starter, encoding="utf-8")
    except OSError as exc:
        click.echo(f"reslint: {path}: cannot write: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(f"reslint: wrote {path}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
