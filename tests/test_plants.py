"""Recall of the lint rules on defects planted into real corpus texts.

``tests/plants.py`` holds the defect kinds (one small planting function
each, with the rule that must report it) and the harness; this file runs it
on a fixed selection of the corpus and asserts on the result.

Selection (``plants.select_files``, seed ``plants.SEED``): 20 adopted General
Assembly resolutions (``A_RES_*``), 20 adopted Security Council resolutions
(``S_RES_*``), 10 General Assembly drafts (``A_*_L.*``) and 10 Security
Council drafts (``S_20*``, ``SC_draft_*``), without the ``__pdf-pypdf`` and
``__railcar-md`` variants.  Each kind is planted into up to
``plants.PLANTS_PER_KIND`` of them (a seeded order per kind; files that offer
no site are passed over; kinds of rules that only the General Assembly
profile runs are planted into General Assembly texts only).

A plant is a hit when the expected rule reports a finding on the planted
line that the clean text did not have, and no other new finding appears on
any other line.  Findings compare as (code, line, message with figures
masked) multisets; plants never add or remove a line, so lines compare
without adjustment, and no tolerance is allowed on the line.

Fix round trip, for every plant of a kind whose rule has a fix:
``fix_source(planted)`` must give, byte for byte in the file's encoding,
what ``fix_source(clean)`` gives (with ``unsafe`` when the rule's fix is
unsafe).  Comparing with the fixed clean text rather than the clean text
keeps the check sound when the clean text has fixable findings of its own:
the same fixes apply to both texts outside the plant, so the two results are
equal exactly when the planted defect was fixed back to the original
characters.  Sites are always marks or words that were right in the clean
text, so no clean fix touches them; and a clean text without fixable
findings is its own fixed text, so there the check is fix(planted) == clean.

Run with ``-s`` to see the per-kind table; ``python bench/plants.py`` prints
the same table as Markdown.
"""

from __future__ import annotations

import os

import pytest

import plants

pytestmark = pytest.mark.corpus

OVERALL_RECALL = 0.95
KIND_RECALL = 0.80
KINDS_WITH_FIVE_PLANTS = 20


@pytest.fixture(scope="module")
def outcomes(corpus, linted_corpus) -> list[plants.Outcome]:
    harness = plants.Harness(linted=linted_corpus)
    found = harness.run(plants.select_files(corpus), jobs=os.cpu_count() or 1)
    print()
    print(plants.table(found))
    return found


def listing(outcomes: list[plants.Outcome]) -> str:
    return "\n".join(
        f"{o.kind} ({o.code}) {o.file}:{o.line}: {o.what}: {o.describe()}" for o in outcomes
    )


def test_enough_kinds_and_plants(outcomes):
    rows = plants.rows(outcomes)
    missing = set(plants.KINDS) - {row.kind for row in rows}
    assert not missing, f"kinds with no site in the selection: {sorted(missing)}"
    well_planted = [row.kind for row in rows if row.plants >= 5]
    assert len(well_planted) >= KINDS_WITH_FIVE_PLANTS, well_planted


def test_recall_overall(outcomes):
    hits = sum(o.hit for o in outcomes)
    if hits / len(outcomes) < OVERALL_RECALL:
        missed = listing([o for o in outcomes if not o.hit])
        pytest.fail(f"recall {hits}/{len(outcomes)} < {OVERALL_RECALL:.0%}:\n{missed}")


@pytest.mark.parametrize("kind", sorted(plants.KINDS))
def test_recall_per_kind(outcomes, kind):
    row = next((row for row in plants.rows(outcomes) if row.kind == kind), None)
    if row is None:
        pytest.fail(f"{kind}: no site in the selection")
    if row.recall < KIND_RECALL:
        missed = listing([o for o in outcomes if o.kind == kind and not o.hit])
        pytest.fail(f"{kind} ({row.code}): {row.hits}/{row.plants} < {KIND_RECALL:.0%}\n{missed}")


def test_fix_round_trip(outcomes):
    """Every planted defect its rule reports and can fix is fixed back byte for byte (a
    defect the rule does not report fails the recall tests, not this one)."""
    failed = [o for o in outcomes if o.fix_ok is False and o.line in o.reported]
    if failed:
        pytest.fail("fix(planted) != fix(clean):\n" + listing(failed))
