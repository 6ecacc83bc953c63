"""The linter on the adopted resolutions of the corpus: texts UN editors passed.

Two promises are checked here.  Silence: with the profile detected for each
text, adopted resolutions draw at most 0.2 error and 1.0 warning findings
per document on average, in each group of texts.  Profiles by measurement: a
rule keeps its level in a body's profile only if at least 95% of that body's
adopted texts draw no finding from it in every group; where they do not, the
rule reports at ``info`` level in that profile (``levels`` on the rule) or
leaves the profile (``bodies``), and the measurement must justify every such
entry.  The groups are the corpus (``real``: the printed volumes of the
Security Council's resolutions of 1946-2002 and the General Assembly's of
2023-2025) and ``extra`` (the Security Council's PDF editions of 1995-2018 and
A/RES/70/179): practice changes over the years, and a profile follows the
practice of every period it is measured on.  The Human Rights Council has no
texts in the corpus: its profile is the General Assembly's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest

from conftest import CORPUS
from reslint.lint.registry import build_registry as registry
from reslint.lint.rule import BODIES
from reslint.lint.settings import Settings
from reslint.pipeline import lint_source
from reslint.source import read_path

pytestmark = pytest.mark.corpus

FOLLOWED = 0.95  # share of a body's adopted texts that must draw no finding of a rule
EXTRA = CORPUS.parent / "extra"
SMALLEST_GROUP = 20  # texts of one body in one group that a share is taken on

Linted = list[tuple[str, list]]  # (body, diagnostics) of each adopted text


def adopted(corpus: list[Path]) -> list[Path]:
    return [p for p in corpus if p.name.startswith(("A_RES_", "S_RES_"))]


@pytest.fixture(scope="module")
def groups(corpus: list[Path], linted_corpus: dict[str, tuple]) -> dict[str, Linted]:
    """(body, diagnostics) of every adopted text of each group, profile detected."""
    real = [
        (linted_corpus[path.name][2].body, linted_corpus[path.name][3]) for path in adopted(corpus)
    ]
    extra = []
    for path in adopted(sorted(EXTRA.glob("*.txt"))):
        _, document, diagnostics = lint_source(read_path(path), Settings())
        extra.append((document.body, diagnostics))
    return {"real": real, "extra": extra} if extra else {"real": real}


@pytest.mark.parametrize(("group", "smallest"), [("real", 180), ("extra", 35)])
def test_adopted_texts_are_nearly_silent(groups, group: str, smallest: int) -> None:
    if group not in groups:
        pytest.skip(f"no {group} texts")
    linted = groups[group]
    levels = Counter(d.level for _, diagnostics in linted for d in diagnostics)
    per_rule = Counter((d.code, d.level) for _, diagnostics in linted for d in diagnostics)
    documents = len(linted)
    print(f"\n{documents} adopted texts ({group}); per rule:", dict(sorted(per_rule.items())))
    assert documents >= smallest
    assert levels["error"] / documents <= 0.2
    assert levels["warning"] / documents <= 1.0


def test_levels_in_each_profile_follow_the_measurement(groups) -> None:
    followed: dict[tuple[str, str], list[float]] = defaultdict(list)  # (body, code) -> shares
    rules = registry()
    for linted in groups.values():
        documents: Counter[str] = Counter(body for body, _ in linted)
        drawing: dict[str, Counter[str]] = defaultdict(Counter)  # body -> code -> texts
        for body, diagnostics in linted:
            for code in {d.code for d in diagnostics}:
                drawing[body][code] += 1
        for body in documents:
            if documents[body] < SMALLEST_GROUP:
                continue  # A/RES/70/179 alone in extra measures nothing of the Assembly
            for code in rules:
                followed[body, code].append(1 - drawing[body][code] / documents[body])
    for (body, code), shares in followed.items():
        info = rules[code]
        demoted = info.levels.get(body) == "info" and info.level != "info"
        if demoted:
            assert min(shares) < FOLLOWED, f"{code} needs no info level in {body}: {shares}"
        elif info.level_for(body) != "info" and body in info.bodies:
            assert min(shares) >= FOLLOWED, f"{code} is broken in {body}: {shares}"


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
