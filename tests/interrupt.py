"""Interrupting ``lint --fix``: every file must be as it was or fully fixed, never less.

A child process runs ``reslint lint --fix`` over a copy of corpus texts and is
killed by Ctrl-C (SIGINT) or without warning (SIGKILL), at a random moment of
the run or just after the first file changes on disk (so that kills land
among the writes); then every file is compared with its original bytes and
with the bytes a complete run gives.  ``tests/test_interrupt.py`` does this 20 times over a
seeded sample of the corpus; for a larger run (or another reslint, the
command is an argument):

    python tests/interrupt.py [--files N] [--kills N] [--seed N] [-- COMMAND...]
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

RESLINT = [sys.executable, "-m", "reslint.cli"]


@dataclass
class Outcome:
    """What the kills left behind."""

    kills: int = 0
    during_writes: int = 0  # kills after the first file was written and before the last
    intact: int = 0  # files as they were
    fixed: int = 0  # files fully fixed
    damaged: list[str] = field(default_factory=list)  # neither: "name (N bytes)"
    leftovers: int = 0  # temporary files a SIGKILL left (hidden, beside their file)


def fix_command(folder: Path, command: list[str]) -> list[str]:
    return [*command, "lint", "--fix", "--exit-zero", str(folder)]


def _run_fix(folder: Path, command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(fix_command(folder, command), capture_output=True, check=False)
    return time.perf_counter() - start


def interrupt(files: list[Path], kills: int, seed: int, command: list[str] = RESLINT) -> Outcome:
    """Fix a copy of ``files`` completely once, then ``kills`` times from the originals
    with a kill at a random moment, and compare every file after each kill."""
    rng = random.Random(seed)
    outcome = Outcome()
    with tempfile.TemporaryDirectory(prefix="reslint-interrupt-") as scratch:
        root = Path(scratch)
        reference = root / "reference"
        reference.mkdir()
        originals = {}
        for path in files:
            originals[path.name] = path.read_bytes()
            (reference / path.name).write_bytes(originals[path.name])
        (root / "reslint.toml").write_text("", encoding="utf-8")  # no configuration above
        full = _run_fix(reference, command)
        fixed = {name: (reference / name).read_bytes() for name in originals}
        changed = [name for name in originals if fixed[name] != originals[name]]
        if not changed:
            raise RuntimeError("no file has a fix: nothing to interrupt")
        work = root / "work"
        for attempt in range(kills):
            if work.exists():
                shutil.rmtree(work)
            work.mkdir()
            for name, data in originals.items():
                (work / name).write_bytes(data)
            process = subprocess.Popen(
                fix_command(work, command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            if attempt % 4 < 2:
                time.sleep(rng.uniform(0.05, full))  # anywhere in the run
            else:  # aimed at the writes: just after the first file changes
                _first_write(process, [work / name for name in changed])
                time.sleep(rng.uniform(0, 0.005))
            process.send_signal(signal.SIGINT if attempt % 2 else signal.SIGKILL)
            process.wait()
            outcome.kills += 1
            done = 0
            for name, data in originals.items():
                now = (work / name).read_bytes()
                if now == data:
                    outcome.intact += 1
                elif now == fixed[name]:
                    outcome.fixed += 1
                    done += 1
                else:
                    outcome.damaged.append(f"{name} ({len(now)} bytes, kill {attempt + 1})")
            if 0 < done < len(changed):
                outcome.during_writes += 1
            outcome.leftovers += sum(1 for p in work.iterdir() if p.name.startswith("."))
    return outcome


def _first_write(process: subprocess.Popen, watched: list[Path]) -> None:
    """Wait until one of the files is replaced or rewritten (or the run ends)."""
    before = {path: path.stat() for path in watched}
    while process.poll() is None:
        for path, stat in before.items():
            try:
                now = path.stat()
            except OSError:
                return  # gone for a moment: written right now
            if (now.st_ino, now.st_size, now.st_mtime_ns) != (
                stat.st_ino,
                stat.st_size,
                stat.st_mtime_ns,
            ):
                return
        time.sleep(0.0005)


def sample(folder: Path, count: int, seed: int) -> list[Path]:
    files = sorted(folder.glob("*.txt"))
    return sorted(random.Random(seed).sample(files, min(count, len(files))))


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from conftest import CORPUS

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("command", nargs="*", default=RESLINT)
    args = parser.parse_args()
    outcome = interrupt(sample(CORPUS, args.files, args.seed), args.kills, args.seed, args.command)
    print(outcome)
    return 1 if outcome.damaged else 0


if __name__ == "__main__":
    sys.exit(main())
