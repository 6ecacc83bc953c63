"""Parse outputs of the samples equal their reviewed golden files (tests/golden/)."""

from __future__ import annotations

import pytest

from golden import SAMPLES, golden_files, outputs

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
    assert len(SAMPLE_FILES) >= 5
