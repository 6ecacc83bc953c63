"""Many files through one command's work: in worker processes, in input order, cached.

``classify``, ``lint`` and ``report`` hand their inputs and a ``Task`` (what to
do with one source, and what besides the file decides the result) to a
``Batch``.  The batch looks each file up in the cache first (``reslint.cache``:
a hit needs no worker, so a run over an unchanged corpus never imports spaCy),
and sends the others to a process pool whose workers each build the task's
pipeline once (``Task.start``) and read, parse and process whole files,
returning only their results.  ``nlp.pipe(n_process=...)`` is slower than one
process for rule pipelines (measured on a 2-core machine: 0.15-0.4x); a pool
of whole-file workers scales with the cores (2.0-2.1x on 2 cores).

Results come back in input order, one at a time, so a run over thousands of
files holds only the few that are ready before their turn.  A file that fails
(unreadable, no resolution, or a bug) becomes an ``Outcome`` with a one-line
error and the run goes on.
"""

from __future__ import annotations

import signal
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from reslint.cache import Cache
from reslint.errors import NoStructureError, ReslintError
from reslint.inputs import Input
from reslint.source import Source


class Task(Protocol):
    """One command's work on one source; pickled once into every worker."""

    command: str  # names the results in the cache

    def settings(self, path: str) -> str:
        """Everything besides the file's bytes that decides its result (configuration,
        options), as text; called in the main process for the cache key."""

    def start(self) -> None:
        """Build what every file needs (the spaCy pipeline), once per process: a second
        call does nothing."""

    def run(self, source: Source) -> Any:
        """The result for one source (picklable); may raise ``ReslintError``."""


@dataclass
class Outcome:
    """What became of one input: its result, or why it failed."""

    path: str
    result: Any = None
    error: str | None = None  # one line, "path: message"
    warnings: list[str] = field(default_factory=list)
    internal: bool = False  # an unexpected exception: never cached
    not_a_resolution: bool = False  # the error: a text with no resolution in it


@dataclass
class _Plan:
    unit: Input | Source  # what a worker reads: a file, or standard input already read
    key: str | None = None  # None: not cached (standard input, unreadable file)
    hit: bool = False


class Batch:
    """The inputs of one run, planned against the cache; iterate for the outcomes."""

    def __init__(self, items: Iterable[Input | Source], task: Task, jobs: int, cache: Cache | None):
        self.task, self.jobs, self.cache = task, jobs, cache
        self.plans = [self._plan(item) for item in items]

    def __len__(self) -> int:
        return len(self.plans)

    @property
    def misses(self) -> int:
        return sum(not plan.hit for plan in self.plans)

    def _plan(self, item: Input | Source) -> _Plan:
        """Look the file up in the cache.  The task's settings for it are worked out
        here in any case: a broken configuration stops the run before any worker starts."""
        if isinstance(item, Source) or item.missing:
            return _Plan(item)
        settings = self.task.settings(item.path)
        if self.cache is None:
            return _Plan(item)
        try:
            content = Path(item.path).read_bytes()
        except OSError:
            return _Plan(item)  # the worker reports why it cannot be read
        key = self.cache.key(self.task.command, settings, item.path, content)
        return _Plan(item, key, self.cache.has(key))

    def __iter__(self) -> Iterator[Outcome]:
        computed = self._compute([p.unit for p in self.plans if not p.hit])
        for plan in self.plans:
            outcome = self.cache.load(plan.key) if plan.hit and self.cache and plan.key else None
            if outcome is None:
                outcome = next(computed) if not plan.hit else _local(self.task, plan.unit)
                if plan.key and self.cache and not outcome.internal:
                    self.cache.store(plan.key, outcome)
            yield outcome

    def _compute(self, units: list[Input | Source]) -> Iterator[Outcome]:
        workers = min(self.jobs, len(units))
        if workers <= 1:
            yield from (_local(self.task, unit) for unit in units)
            return
        chunk = max(1, min(8, len(units) // (workers * 8)))  # small: files differ in size
        done = 0
        with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(self.task,)) as pool:
            try:
                for outcome in pool.map(_work, units, chunksize=chunk):
                    done += 1
                    yield outcome
            except BrokenProcessPool:  # a worker killed (out of memory?): the rest fail
                for unit in units[done:]:
                    message = f"{unit.path}: not processed: a worker process died"
                    yield Outcome(unit.path, error=message, internal=True)
            finally:
                pool.shutdown(cancel_futures=True)


_task: Task | None = None  # this process's task, started once


def _start(task: Task) -> None:
    global _task
    task.start()
    _task = task


def _start_worker(task: Task) -> None:
    """A pool worker: Ctrl-C is for the main process, which stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _start(task)


def _local(task: Task, unit: Input | Source) -> Outcome:
    """Work on one unit in this process (the task started on first use)."""
    if _task is not task:
        _start(task)
    return _work(unit)


def _work(unit: Input | Source) -> Outcome:
    """Read one input and run the task on it; every failure becomes the outcome's error."""
    from reslint.readers import read_path

    path = unit.path
    if isinstance(unit, Input) and unit.missing:
        return Outcome(path, error=f"{path}: {unit.problem}")
    warnings: list[str] = []
    try:
        source = unit if isinstance(unit, Source) else read_path(path)
        warnings = [f"{source.path}: {warning}" for warning in source.warnings]
        assert _task is not None
        return Outcome(path, _task.run(source), warnings=warnings)
    except ReslintError as exc:
        no_structure = isinstance(exc, NoStructureError)
        return Outcome(path, error=exc.describe(), warnings=warnings, not_a_resolution=no_structure)
    except RecursionError:
        return Outcome(path, error=f"{path}: structure too deeply nested to parse")
    except Exception as exc:  # a bug on one file must not lose the others' results
        message = f"{path}: internal error ({type(exc).__name__}: {exc}); please report it"
        return Outcome(path, error=message, warnings=warnings, internal=True)
