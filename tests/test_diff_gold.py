"""``reslint diff`` against the hand-written alignment of seven real pairs of versions
(tests/gold/diff/pairs.toml, scored by tests/diff_gold.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def scores(corpus):
    from diff_gold import score

    return score()


def test_every_aligned_unit_and_status(scores) -> None:
    for pair in scores:
        assert not pair.missed and not pair.extra, (pair.name, pair.missed, pair.extra)
        assert pair.units == pair.units_right > 0


def test_every_verb_strength_modifier_and_citation_change_found(scores) -> None:
    wrong = {(pair.name, line) for pair in scores for line in pair.wrong}
    assert not wrong
    assert sum(pair.checks for pair in scores) >= 45


def test_verdicts(scores) -> None:
    for pair in scores:
        assert pair.verdict[0] == pair.verdict[1], pair.name


def test_drafts_adopted_as_tabled_are_the_same_in_substance(scores) -> None:
    as_tabled = [pair for pair in scores if "RES_80" in pair.name.split(" -> ")[1]]
    assert len(as_tabled) == 4
    assert all(pair.headline == "no change" for pair in as_tabled)
