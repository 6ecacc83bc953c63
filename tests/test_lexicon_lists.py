"""The word lists the classifier reads (rules/lexicon): loaded once, well formed, sourced."""

from __future__ import annotations

from collections import Counter

from reslint.annotate import lexicon_for
from reslint.lexicon import load_lexicon, load_toml, rules_dir


def test_every_actor_phrase_is_listed_once() -> None:
    data = load_toml(rules_dir() / "lexicon" / "actors.toml")
    phrases: Counter[str] = Counter()
    for entity in data["entity"]:
        phrases.update([entity["name"], *entity.get("acronyms", []), *entity.get("short", [])])
    for listed in data["generic"].values():
        phrases.update(listed)
    phrases.update(list(data["titles"]))
    phrases.update(list(data["short_names"]))
    assert [p for p, n in phrases.items() if n > 1] == []


def test_titles_and_short_names_have_a_category_and_a_pattern() -> None:
    actors = load_lexicon().actors
    printed = {p.phrase for p in actors.patterns}
    data = load_toml(rules_dir() / "lexicon" / "actors.toml")
    assert set(data["titles"]) <= printed and set(data["short_names"]) <= printed
    assert "Unit" in actors.shorts and "Agency" in actors.shorts  # listed, and an entity's own
    assert ("Joint Inspection Unit", "un-organs") in actors.named_by["Unit"]


def test_every_list_says_where_it_comes_from() -> None:
    for path in sorted((rules_dir() / "lexicon").glob("*.toml")):
        head = path.read_text(encoding="utf-8")[:2000]
        sources = ("Source", "Written for reslint", "Editorial Manual")
        assert any(source in head for source in sources), path.name


def test_the_lexicon_is_loaded_once_for_every_stage() -> None:
    assert lexicon_for(None, {}, "config") is lexicon_for(None, {}, "config")
    from reslint.classifier import classifier_for

    classifier = classifier_for(None)
    components = [classifier.nlp.get_pipe(name) for name in ("reslint_clauses", "reslint_actions")]
    assert all(c.lexicon is classifier.lexicon for c in components)
    assert classifier.lexicon.actors is load_lexicon().actors
