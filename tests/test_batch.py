"""The batch engine: input order, failures, the cache, the progress bar."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reslint.batch import Batch
from reslint.cache import Cache
from reslint.errors import InputError
from reslint.inputs import Input
from reslint.source import Source


class WordCount:
    """A task cheap enough to run anywhere: words per file; "BAD" is a file error,
    "BUG" an unexpected exception.  ``settings`` decides the key like a configuration."""

    command = "test"

    def __init__(self, setting: str = "one") -> None:
        self.setting = setting
        self.started_in: int | None = None

    def settings(self, path: str) -> str:
        return self.setting

    def start(self) -> None:
        self.started_in = os.getpid()

    def run(self, source: Source) -> tuple[int, int | None]:
        if "BAD" in source.text:
            raise InputError(source.path, "bad on purpose")
        if "BUG" in source.text:
            raise ValueError("a bug")
        return len(source.text.split()), self.started_in


def files(folder: Path, count: int) -> list[Input]:
    items = []
    for n in range(count):
        path = folder / f"f{n:02d}.txt"
        path.write_text("word " * (n + 1) + ("BAD" if n == 3 else "") + ("BUG" if n == 5 else ""))
        items.append(Input(str(path)))
    return items


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order_and_failures_are_outcomes(tmp_path: Path, jobs: int) -> None:
    items = [*files(tmp_path, 12), Input(str(tmp_path / "gone.txt"), missing=True)]
    outcomes = list(Batch(items, WordCount(), jobs, None))
    assert [o.path for o in outcomes] == [i.path for i in items]
    assert outcomes[3].error and "bad on purpose" in outcomes[3].error
    assert outcomes[5].internal and "internal error (ValueError: a bug)" in outcomes[5].error
    assert "no such file or directory" in outcomes[-1].error
    good = [o for n, o in enumerate(outcomes[:-1]) if n not in (3, 5)]
    assert [o.result[0] for o in good] == [n + 1 for n in range(12) if n not in (3, 5)]
    workers = {o.result[1] for o in good}
    assert (os.getpid() in workers) == (jobs == 1)  # a pool's workers are other processes


def test_a_second_run_reads_every_result_from_the_cache(tmp_path: Path) -> None:
    items = files(tmp_path, 10)
    cache = Cache(tmp_path / "cache")
    first = list(Batch(items, WordCount(), 2, cache))
    again = Batch(items, WordCount(), 2, cache)
    assert again.misses == 1  # the file with a bug: never cached
    assert [(o.result, o.error) for o in again] == [(o.result, o.error) for o in first]
    Path(items[0].path).write_text("changed content")
    assert Batch(items, WordCount(), 1, cache).misses == 2  # content is in the key
    assert Batch(items, WordCount("two"), 1, cache).misses == 10  # and the settings


def test_an_unreadable_cache_entry_is_recomputed(tmp_path: Path) -> None:
    items = files(tmp_path, 2)
    cache = Cache(tmp_path / "cache")
    list(Batch(items, WordCount(), 1, cache))
    for entry in (tmp_path / "cache").rglob("*.pickle"):
        entry.write_bytes(b"garbage")
    assert [o.result[0] for o in Batch(items, WordCount(), 1, cache)] == [1, 2]


def test_a_cache_that_cannot_be_written_is_turned_off(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = Cache(blocker / "cache")
    outcomes = list(Batch(files(tmp_path, 2), WordCount(), 1, cache))
    assert [o.result[0] for o in outcomes] == [1, 2]
    assert cache.problem and "cannot write the cache" in cache.problem


def test_the_progress_bar_shows_only_on_a_terminal_outside_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from reslint.cli import _progress_bar

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert not _progress_bar(3, quiet=False).disable
    assert _progress_bar(3, quiet=True).disable
    monkeypatch.setenv("CI", "true")
    assert _progress_bar(3, quiet=False).disable
    monkeypatch.delenv("CI")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert _progress_bar(3, quiet=False).disable


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _cli_in_new_interpreter(args: list[str]) -> tuple[str, bool]:
    """stdout of ``reslint ARGS`` and whether spaCy was imported, in a new interpreter."""
    import json
    import subprocess
    import sys

    script = (
        "import json, sys; from click.testing import CliRunner; from reslint.cli import main; "
        f"r = CliRunner().invoke(main, {args!r}); "
        "print(json.dumps([r.stdout, 'spacy' in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    out, spacy = json.loads(done.stdout)
    return out, spacy


@pytest.mark.parametrize("command", [["classify", "-f", "json"], ["lint", "-f", "json"]])
def test_classify_and_lint_read_the_cache_without_spacy(tmp_path: Path, command: list[str]) -> None:
    import json

    files = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    args = [*command, "--jobs", "1", "--cache-dir", str(tmp_path), *files]
    first, _ = _cli_in_new_interpreter(args)
    again, spacy = _cli_in_new_interpreter(args)
    assert again == first
    assert json.loads(first)["schema"] in {"reslint.classify", "reslint.lint"}
    assert not spacy


class DiesOnBUG(WordCount):
    """A worker that dies outright (as the kernel's out-of-memory killer would do it)."""

    def run(self, source: Source) -> tuple[int, int | None]:
        if "BUG" in source.text:
            os._exit(9)
        return super().run(source)


def test_a_dead_worker_fails_the_files_left_not_the_run(tmp_path: Path) -> None:
    items = files(tmp_path, 12)
    outcomes = list(Batch(items, DiesOnBUG(), 2, None))
    assert [o.path for o in outcomes] == [i.path for i in items]
    assert all(o.result or o.error for o in outcomes)
    died = [o for o in outcomes if o.error and "a worker process died" in o.error]
    assert died and all(o.internal for o in died)
