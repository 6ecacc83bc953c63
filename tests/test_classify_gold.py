"""The classifier against the hand-labelled gold set (tests/gold/classify, 15 documents).

Thresholds are those the classifier must reach; `python tests/gold_score.py
--details` prints every disagreement.
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


def test_verb_and_head_accuracy(result) -> None:
    assert result.ratio("verb_ok", "op") >= 0.98, report(result)
    assert result.ratio("head_ok", "op") >= 0.98, report(result)


def test_addressee_category_f1(result) -> None:
    assert result.f1 >= 0.93, report(result)


def test_preambular_function_accuracy(result) -> None:
    assert result.ratio("pre_ok", "pre") >= 0.95, report(result)


def test_actions_found(result) -> None:
    assert result.ratio("action_found", "action") >= 0.90, report(result)


def test_every_reporting_mandate_found_with_its_due_time(result) -> None:
    assert result.counts["mandate"] >= 10
    assert result.counts["mandate_ok"] == result.counts["mandate"], report(result)
