"""Parse outputs of the samples equal their reviewed golden files (tests/golden/)."""

from __future__ import annotations

import pytest

from golden import GOLDEN, SAMPLES, golden_files, outputs

SAMPLE_FILES = sorted(SAMPLES.iterdir())


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_outputs_match_golden_files(sample) -> None:
    expected = golden_files(sample)
    for suffix, text in outputs(sample).items():
        assert expected[suffix].exists(), f"run `make golden` to create {expected[suffix]}"
        assert text == expected[suffix].read_text(encoding="utf-8"), (
            f"{sample.name} {suffix} output changed: review it, then `make golden`"
        )


def test_every_sample_has_golden_files() -> None:
    """Each sample has its golden files, and each golden file belongs to a sample (a
    renamed or deleted sample must not leave a stale golden file behind)."""
    expected = {path for sample in SAMPLE_FILES for path in golden_files(sample).values()}
    missing = sorted(p.name for p in expected if not p.is_file())
    assert not missing, f"run `make golden` to create {missing}"
    present = {p for p in GOLDEN.iterdir() if p.is_file()}
    assert sorted(p.name for p in present - expected) == [], "golden files of no sample"
    assert len(SAMPLE_FILES) >= 5
