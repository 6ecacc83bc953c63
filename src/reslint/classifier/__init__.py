"""Classify stage: what each clause does, how strongly, and to whom.

Every operative paragraph is split into its clauses, the opening verb phrase
and every later verb phrase in the body's voice ("..., and urges", "; and
requests"), and each clause is read in named steps, each its own module
testable alone:

1. verb phrase and strength (``verbs.py``): the verb as printed with its
   intensifiers and stance noun, the repetition modifiers split off, the head
   and the strength from ``rules/lexicon/operative.toml``;
2. clauses (``clauses.py``, spaCy component ``reslint_clauses``): where the
   verb phrases in the body's voice are, as ``doc.spans["clauses"]``;
3. actors and addressee roles (``actors.py``, ``reslint_addressees``): the
   actors each clause addresses, not those it merely mentions; short names
   resolved against the document (``names.py``);
4. action and mandate (``actions.py``, ``reslint_actions``): the requested
   action and a reporting mandate with its due time.

The components run after the annotate stage's in one pipeline, all given the
one ``Lexicon`` in ``nlp.initialize()``.  Preambular paragraphs need no
tokens: their opener's function comes from the lexicon (``preamble.py``).
The body and, for the Security Council, whether the text acts under Chapter
VII go with every classification.  A verb no lexicon lists is reported as
``unknown`` with the word found, never guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reslint.classifier.results import (
    CLASSIFY_SCHEMA_VERSION,
    Addressee,
    Classification,
    Clause,
    Mandate,
    OperativeClass,
    PreambularClass,
    Strength,
)

if TYPE_CHECKING:
    from reslint.classifier.classifier import STEPS, Classifier, classifier_for

_NEEDS_SPACY = {"STEPS", "Classifier", "classifier_for"}

__all__ = [
    "CLASSIFY_SCHEMA_VERSION",
    "STEPS",
    "Addressee",
    "Classification",
    "Classifier",
    "Clause",
    "Mandate",
    "OperativeClass",
    "PreambularClass",
    "Strength",
    "classifier_for",
]


def __getattr__(name: str) -> Any:
    """The classifier (and spaCy) load on first use: results read back from the cache,
    and their renderers, need only the plain dataclasses of ``results``."""
    if name in _NEEDS_SPACY:
        from reslint.classifier import classifier

        return getattr(classifier, name)
    raise AttributeError(f"module 'reslint.classifier' has no attribute {name!r}")
