"""The classifier against the hand-labelled development set (tests/gold/classify).

Thresholds are those the classifier must reach on the development set, clause
by clause; `python tests/gold_score.py --details` prints every disagreement.
The held-out sets (tests/gold/heldout, tests/gold/unseen) are scored by the
same script and never used for tuning.
"""

from __future__ import annotations

import pytest

from gold_score import GOLD, report, score

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def result(corpus):
    return score()


def test_gold_set_is_large_enough(result) -> None:
    assert len(list(GOLD.glob("*.toml"))) >= 12
    assert result.counts["op"] >= 200 and result.counts["pre"] >= 150
    assert result.counts["clauses"] >= result.counts["op"] * 1.4  # many have several


def test_every_clause_is_found(result) -> None:
    assert result.ratio("aligned", "clauses") >= 0.97, report(result)
    assert result.ratio("aligned", "tool_clauses") >= 0.97, report(result)


def test_verb_head_and_strength_of_every_clause(result) -> None:
    for hit in ("verb_ok", "head_ok", "strength_ok"):
        assert result.ratio(hit, "clauses") >= 0.98, report(result)
        assert result.ratio(f"op_{hit}", "op") >= 0.98, report(result)


def test_addressees_of_the_opening_clause(result) -> None:
    assert result.f1("open") >= 0.96, report(result)


def test_addressees_of_every_clause(result) -> None:
    assert result.f1("all") >= 0.95, report(result)


def test_preambular_function_accuracy(result) -> None:
    assert result.ratio("pre_ok", "pre") >= 0.95, report(result)


def test_actions_found(result) -> None:
    assert result.ratio("action_found", "action") >= 0.90, report(result)


def test_every_reporting_mandate_found_with_its_due_time(result) -> None:
    assert result.counts["mandate"] >= 10
    assert result.counts["mandate_ok"] == result.counts["mandate"], report(result)
