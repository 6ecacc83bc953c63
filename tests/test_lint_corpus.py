"""The linter on the adopted resolutions of the corpus: texts UN editors passed.

Two promises are checked here.  Silence: with the profile detected for each
text, adopted resolutions draw at most 0.2 error and 1.0 warning findings
per document on average.  Profiles by measurement: a rule keeps its level in
a body's profile only if at least 95% of that body's adopted texts draw no
finding from it; where they do not, the rule reports at ``info`` level in
that profile (``levels`` on the rule) or leaves the profile (``bodies``),
and the measurement must justify every such entry.  The Human Rights Council
has no texts in the corpus: its profile is the General Assembly's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest

from reslint.lint.registry import build_registry as registry
from reslint.lint.rule import BODIES
from reslint.lint.settings import Settings
from reslint.pipeline import lint_source
from reslint.source import read_path

pytestmark = pytest.mark.corpus

FOLLOWED = 0.95  # share of a body's adopted texts that must draw no finding of a rule


def adopted(corpus: list[Path]) -> list[Path]:
    return [p for p in corpus if p.name.startswith(("A_RES_", "S_RES_"))]


@pytest.fixture(scope="module")
def linted(corpus: list[Path], linted_corpus: dict[str, tuple]) -> list[tuple[str, list]]:
    """(body, diagnostics) of every adopted text, profile detected."""
    return [
        (linted_corpus[path.name][2].body, linted_corpus[path.name][3]) for path in adopted(corpus)
    ]


def test_adopted_texts_are_nearly_silent(linted) -> None:
    levels = Counter(d.level for _, diagnostics in linted for d in diagnostics)
    per_rule = Counter((d.code, d.level) for _, diagnostics in linted for d in diagnostics)
    documents = len(linted)
    print(f"\n{documents} adopted texts; per rule:", dict(sorted(per_rule.items())))
    assert documents >= 180
    assert levels["error"] / documents <= 0.2
    assert levels["warning"] / documents <= 1.0


def test_levels_in_each_profile_follow_the_measurement(linted) -> None:
    documents: Counter[str] = Counter(body for body, _ in linted)
    drawing: dict[str, Counter[str]] = defaultdict(Counter)  # body -> code -> texts
    for body, diagnostics in linted:
        for code in {d.code for d in diagnostics}:
            drawing[body][code] += 1
    rules = registry()
    for body in documents:
        for code, info in rules.items():
            share_followed = 1 - drawing[body][code] / documents[body]
            demoted = info.levels.get(body) == "info" and info.level != "info"
            if demoted:
                assert share_followed < FOLLOWED, f"{code} needs no info level in {body}"
            elif info.level_for(body) != "info" and body in info.bodies:
                assert share_followed >= FOLLOWED, (
                    f"{code} fires on {drawing[body][code]} of {documents[body]} {body} texts"
                )


def test_rules_left_out_of_a_profile_are_not_followed_by_that_body(corpus) -> None:
    """A rule whose ``bodies`` leave a body out must be one that body's texts break."""
    texts = adopted(corpus)
    by_body = {
        "security-council": [p for p in texts if p.name.startswith("S_RES_")],
        "general-assembly": [p for p in texts if p.name.startswith("A_RES_")],
    }
    checked = 0
    for info in registry().values():
        for body, paths in by_body.items():
            if body in info.bodies or set(info.bodies) == {"general-assembly"}:
                continue  # S107: the General Assembly's own closing line, by definition
            settings = Settings(select=[info.code], body="generic")
            drawing = sum(1 for p in paths if lint_source(read_path(p), settings)[2])
            assert drawing / len(paths) > 1 - FOLLOWED, (info.code, body, drawing)
            checked += 1
    assert checked >= 2  # V105 "calls upon" and V106 "the present resolution"


def test_every_profile_is_a_known_body() -> None:
    for info in registry().values():
        assert set(info.bodies) <= set(BODIES) and set(info.levels) <= set(BODIES)
