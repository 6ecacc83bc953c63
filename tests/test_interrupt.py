"""``lint --fix`` killed at random moments: every file as it was or fully fixed.

The harness is ``tests/interrupt.py``; this runs it 20 times (half Ctrl-C,
half SIGKILL) over a seeded sample of the corpus, and shows on its own
intact and fixed files that some kills fell among the writes.
"""

from __future__ import annotations

import pytest

from conftest import CORPUS
from interrupt import interrupt, sample

FILES, KILLS, SEED = 40, 20, 8


@pytest.mark.corpus
def test_killed_fix_runs_leave_every_file_whole(corpus) -> None:
    outcome = interrupt(sample(CORPUS, FILES, SEED), KILLS, SEED)
    assert outcome.kills == KILLS
    assert outcome.damaged == [], outcome
    assert outcome.intact and outcome.fixed, outcome  # kills before, among and after writes
