"""Annotate stage: a rule-based spaCy pipeline built from ``rules/lexicon``.

``spacy.blank("en")`` plus three components, all made from the TOML lexicons:

* ``reslint_phrases`` (a registered factory): one ``PhraseMatcher`` on lower
  case for the lexicons of operative verbs, preambular openers and modifiers;
  it writes ``doc.spans["verbs"]``, ``["openers"]`` and ``["modifiers"]``, each
  span labelled with its kind and carrying its lexicon phrase as ``kb_id``;
* ``span_ruler`` (spaCy's own, the one ruler kind used here) for actors,
  added after ``initialize`` (which would empty it):
  entity names, acronyms, short names, generic phrases and States, matched as
  printed (``ORTH``: treaty "Parties" and conflict "parties" differ), into
  ``doc.spans["actors"]`` labelled with the addressee category;
* lookup lemmas (``spacy-lookups-data``'s English table), read on demand by
  ``lemma()`` for the few words that need a base form (requested actions,
  verbs no lexicon lists): a lemmatizer component would look up every token
  of the corpus and cost as much as the rest of the classifier.

The pipeline is built once per process (``pipeline()``); no statistical model
is needed.  Only the classifier imports this module, so ``parse`` never pays
for spaCy.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from reslint.errors import ConfigError
from reslint.lexicon import Lexicon, load_lexicon, load_toml, rules_dir

VERBS, OPENERS, MODIFIERS, ACTORS = "verbs", "openers", "modifiers", "actors"
CATEGORIES = (
    "self",
    "member-states",
    "states-parties",
    "named-states",
    "secretary-general",
    "un-system",
    "un-organs",
    "other-organizations",
    "civil-society-private-sector",
    "all-actors",
)


@Language.factory(
    "reslint_phrases",
    default_config={"rules": None, "extensions": {}, "source": "config"},
    assigns=["doc.spans"],
)
def make_phrases(
    nlp: Language, name: str, rules: str | None, extensions: dict, source: str
) -> PhraseTagger:
    """Factory: the lexicon phrase tagger, from ``rules`` plus the user's ``extensions``."""
    return PhraseTagger(nlp, lexicon_for(rules, extensions, source))


def lexicon_for(rules: str | None, extensions: dict, source: str) -> Lexicon:
    """The shipped lexicon of ``rules``, extended with a config's ``[lexicon]`` table."""
    lexicon = load_lexicon(Path(rules) if rules else None)
    return lexicon.extended(extensions, source) if extensions else lexicon


class PhraseTagger:
    """Tags operative verb phrases, preambular openers and modifiers by lexicon lookup."""

    def __init__(self, nlp: Language, lexicon: Lexicon) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kinds: dict[int, tuple[str, str, str]] = {}
        groups = (
            (VERBS, "verb", lexicon.operative.entries),
            (VERBS, "plural", lexicon.plural.entries),  # "We reaffirm" in declarations
            (OPENERS, "opener", lexicon.preambular.entries),
            (MODIFIERS, "repetition", lexicon.repetition.entries),
            (MODIFIERS, "intensity", lexicon.intensity.entries),
        )
        for key, label, phrases in groups:
            for words in phrases:
                phrase = " ".join(words)
                name = f"{label}:{phrase}"
                self.kinds[nlp.vocab.strings.add(name)] = (key, label, phrase)
                self.matcher.add(name, [nlp.make_doc(phrase)])
        if not self.kinds:
            raise ConfigError("rules/lexicon", "the verb and opener lexicons are empty")

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[Span]] = {VERBS: [], OPENERS: [], MODIFIERS: []}
        for match_id, start, end in self.matcher(doc):
            key, label, phrase = self.kinds[match_id]
            found[key].append(Span(doc, start, end, label=label, kb_id=phrase))
        for kind, spans in found.items():
            doc.spans[kind] = spans if kind == MODIFIERS else filter_spans(spans)
        return doc


def actor_patterns(folder: Path, extra: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """SpanRuler phrase patterns for every actor phrase and State form, by category."""
    data = load_toml(folder / "lexicon" / "actors.toml")
    states = load_toml(folder / "lexicon" / "states.toml")
    source = str(folder / "lexicon" / "actors.toml")
    patterns: list[dict[str, Any]] = []

    def add(phrase: str, category: str, name: str) -> None:
        if category not in CATEGORIES:
            raise ConfigError(source, f"unknown actor category {category!r} for {phrase!r}")
        patterns.append({"label": category, "pattern": phrase, "id": name})

    for entity in data.get("entity", []):
        for phrase in [entity["name"], *entity.get("acronyms", []), *entity.get("short", [])]:
            add(phrase, entity["category"], entity["name"])
    for category, phrases in data.get("generic", {}).items():
        for phrase in phrases:
            add(phrase, category, phrase)
    for state in states.get("state", []):
        for form in [state["name"], *state.get("forms", [])]:
            add(form, "named-states", state["name"])
    for phrase, category in (extra or {}).items():
        add(phrase, category, phrase)
    return patterns


def head_nouns(folder: Path) -> dict[str, str]:
    """Fallback categories by head noun ("organizations" -> other-organizations)."""
    return dict(load_toml(folder / "lexicon" / "actors.toml").get("head_nouns", {}))


@cache
def _pipeline(folder: str, extensions: str, source: str) -> Language:
    options = json.loads(extensions)
    nlp = spacy.blank("en")
    nlp.add_pipe(
        "reslint_phrases",
        config={"rules": folder, "extensions": options, "source": source},
    )
    nlp.initialize()  # a ruler added before initialize would lose its patterns
    ruler = nlp.add_pipe(
        "span_ruler",
        name="reslint_actors",
        config={"spans_key": ACTORS, "phrase_matcher_attr": "ORTH", "overwrite": False},
    )
    ruler.add_patterns(actor_patterns(Path(folder), options.get("actors")))
    return nlp


@cache
def _lemma_table() -> Any:
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


def lemma(token: Any) -> str:
    """The lookup lemma of a token, as spaCy's lookup lemmatizer gives it."""
    return _lemma_table().get(token.text, token.text)


def pipeline(
    folder: Path | None = None, extensions: dict | None = None, source: str = "config"
) -> Language:
    """The annotation pipeline, built once per process and per set of rules."""
    chosen = str(folder or rules_dir())
    return _pipeline(chosen, json.dumps(extensions or {}, sort_keys=True), source)
