"""Annotate stage: a rule-based spaCy pipeline built from ``rules/lexicon``.

``spacy.blank("en")`` plus two components, both made from the TOML lexicons:

* ``reslint_phrases`` (a registered factory): one ``PhraseMatcher`` on lower
  case for the lexicons of operative verbs, preambular openers and modifiers;
  it writes ``doc.spans["verbs"]``, ``["openers"]`` and ``["modifiers"]``, each
  span labelled with its kind and carrying its lexicon phrase as ``kb_id``;
* ``span_ruler`` (spaCy's own, the one ruler kind used here) for actors:
  entity names, acronyms, short names, titles, generic phrases and States,
  matched as printed (``ORTH``: treaty "Parties" and conflict "parties"
  differ), into ``doc.spans["actors"]`` labelled with the addressee category
  and carrying the entity's full name as ``id``.

Their data is loaded in ``nlp.initialize()``, the way spaCy's own components
load theirs: the ``[initialize.components]`` settings give each the rules
folder and the user's extensions, ``lexicon_for`` loads the one ``Lexicon``
of ``lexicon.py`` from them (once per process, shared with the parser and the
classifier's components), and the ruler's patterns come from the registered
function ``reslint.actor_patterns.v1`` over that same lexicon.

Lookup lemmas (``spacy-lookups-data``'s English table) are read on demand by
``lemma_of()`` for the few words that need a base form (requested actions):
a lemmatizer component would look up every token of the corpus and cost as
much as the rest of the classifier.

The pipeline is built once per process (``pipeline()``); no statistical model
is needed.  Only the classifier and the token rules import this module, so
``parse`` never pays for spaCy.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from reslint.errors import ConfigError
from reslint.lexicon import Lexicon, load_lexicon, rules_dir

# The longest run without a space the tokenizer is given: spaCy strips a run's
# punctuation one suffix at a time, each search rescanning the run, so a run of
# thousands of "*" or "_" (a pasted rule, a fuzzed file) took seconds per paragraph.
_LONG_RUN = re.compile(r"(\S{99})\S(?=\S)")


def tokenizable(text: str) -> str:
    """``text`` with a space for every hundredth character of a run without one,
    length kept so that token offsets still index ``text`` (no word is that long)."""
    return _LONG_RUN.sub(r"\1 ", text)


VERBS, OPENERS, MODIFIERS, ACTORS = "verbs", "openers", "modifiers", "actors"


@Language.factory("reslint_phrases", assigns=["doc.spans"])
def make_phrases(nlp: Language, name: str) -> PhraseTagger:
    """Factory: the lexicon phrase tagger; its phrases come in ``initialize``."""
    return PhraseTagger(nlp)


def lexicon_for(rules: str | None, extensions: dict, source: str) -> Lexicon:
    """The shipped lexicon of ``rules``, extended with a config's ``[lexicon]`` table,
    loaded once per process for every component."""
    return _extended(rules, json.dumps(extensions, sort_keys=True), source)


@cache
def _extended(rules: str | None, extensions: str, source: str) -> Lexicon:
    lexicon = load_lexicon(Path(rules) if rules else None)
    options = json.loads(extensions)
    return lexicon.extended(options, source) if options else lexicon


@registry.misc("reslint.actor_patterns.v1")
def actor_patterns(rules: str | None, extensions: dict, source: str) -> list[dict[str, Any]]:
    """SpanRuler phrase patterns for every actor phrase, title and State form, by category."""
    lexicon = lexicon_for(rules, extensions, source)
    return [
        {"label": p.category, "pattern": p.phrase, "id": p.name} for p in lexicon.actors.patterns
    ]


class PhraseTagger:
    """Tags operative verb phrases, preambular openers and modifiers by lexicon lookup."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.kinds: dict[int, tuple[str, str, str]] = {}

    def initialize(
        self,
        get_examples: object = None,
        *,
        nlp: Language,
        rules: str | None = None,
        extensions: dict | None = None,
        source: str = "config",
    ) -> None:
        """Add every lexicon phrase to the matcher (an empty lexicon is an error)."""
        lexicon = lexicon_for(rules, extensions or {}, source)
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


@cache
def _pipeline(folder: str, extensions: str, source: str, steps: tuple[str, ...]) -> Language:
    lexicon = {"rules": folder, "extensions": json.loads(extensions), "source": source}
    patterns = {"@misc": "reslint.actor_patterns.v1", **lexicon}
    settings: dict[str, Any] = {name: lexicon for name in ("reslint_phrases", *steps)}
    settings["reslint_actors"] = {"patterns": patterns}
    nlp = spacy.blank("en", config={"initialize": {"components": settings}})
    nlp.add_pipe("reslint_phrases")
    nlp.add_pipe(
        "span_ruler",
        name="reslint_actors",
        config={"spans_key": ACTORS, "phrase_matcher_attr": "ORTH", "overwrite": False},
    )
    for step in steps:
        nlp.add_pipe(step)
    nlp.initialize()
    return nlp


@cache
def _lemma_table() -> Any:
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


def lemma_of(word: str) -> str:
    """The lookup lemma of a word as printed, as spaCy's lookup lemmatizer gives it."""
    return _lemma_table().get(word, word)


def pipeline(
    folder: Path | None = None,
    extensions: dict | None = None,
    source: str = "config",
    steps: tuple[str, ...] = (),
) -> Language:
    """The annotation pipeline, with the registered components ``steps`` after it
    (the classifier's), built and initialized once per process and per set of rules."""
    chosen = str(folder or rules_dir())
    return _pipeline(chosen, json.dumps(extensions or {}, sort_keys=True), source, steps)
