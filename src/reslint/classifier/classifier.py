"""The classifier itself: one spaCy pipeline, built once, reading every clause.

(The steps and conventions are described in ``reslint.classifier``.)
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span

import reslint.classifier.actions  # noqa: F401  (registers the step)
from reslint.annotate import MODIFIERS, lemma_of, pipeline, tokenizable
from reslint.classifier.actors import Mention
from reslint.classifier.clauses import CLAUSES
from reslint.classifier.names import NameIndex
from reslint.classifier.preamble import classify_preambular
from reslint.classifier.results import (
    Addressee,
    Classification,
    Clause,
    OperativeClass,
    Strength,
)
from reslint.classifier.text import (
    damaged_words,
    paragraph_text,
    plain,
    repair,
    stray_marks,
    without_stray_marks,
)
from reslint.classifier.verbs import leading_modifiers
from reslint.lexicon import Lexicon
from reslint.model import Document, Paragraph

STEPS = ("reslint_clauses", "reslint_addressees", "reslint_actions")


class Classifier:
    """Classifies documents with one spaCy pipeline, built once."""

    def __init__(self, extensions: dict[str, Any] | None = None, source: str = "config") -> None:
        self.nlp = pipeline(None, extensions, source, STEPS)
        self.lexicon: Lexicon = self.nlp.get_pipe("reslint_clauses").lexicon
        self._damage = damaged_words(self.lexicon.actors)
        self._marks = stray_marks(self.lexicon.actors)

    def classify(self, document: Document) -> Classification:
        texts = [without_stray_marks(paragraph_text(p), self._marks) for p in document.operative]
        repaired = (tokenizable(repair(t, self.lexicon.actors, self._damage)) for t in texts)
        body = self.lexicon.bodies.get(document.body or "", {}).get("name")
        reading, offsets = _reading_text(document, texts)
        names = NameIndex(reading, self.lexicon.actors, body)
        operative = [
            self._operative(paragraph, text, doc, names, offset)
            for paragraph, text, doc, offset in zip(
                document.operative, texts, self.nlp.pipe(repaired), offsets, strict=True
            )
        ]
        return Classification(
            path=document.path,
            symbol=document.symbol,
            body=document.body,
            kind=document.kind,
            title=document.title.text if document.title else None,
            chapter_vii=self._chapter_vii(document),
            preambular=[classify_preambular(p, self.lexicon) for p in document.preambular],
            operative=operative,
        )

    def _chapter_vii(self, document: Document) -> bool:
        """A Security Council text acting under Chapter VII: in a preambular paragraph
        ("Acting under Chapter VII of the Charter,"), or anywhere in an operative one
        ("Decides, acting under Chapter VII of the Charter, that ...")."""
        if document.body != "security-council":
            return False
        phrases = self.lexicon.clauses.chapter_vii
        if any(p.text.startswith(phrases) for p in document.preambular):
            return True
        lowered = tuple(phrase.lower() for phrase in phrases)
        return any(
            any(phrase in " ".join(p.text.split()).lower() for phrase in lowered)
            for p in document.operative
        )

    def _operative(
        self, paragraph: Paragraph, text: str, doc: Doc, names: NameIndex, offset: int
    ) -> OperativeClass:
        found = [self._clause(span, text, names, offset) for span in doc.spans[CLAUSES]]
        first = found[0] if found else None
        result = OperativeClass(
            id=paragraph.id,
            number=paragraph.number,
            section=paragraph.section,
            line=paragraph.line,
            text=text,
            verb=first.verb if first else "unknown",
            head=first.head if first else None,
            modifiers=list(first.modifiers) if first else [],
            strength=first.strength if first else Strength(None, "unknown"),
            strongest=_strongest(found),
            addressees=_union(found),
            action=next((c.action for c in found if c.action), None),
            mandate=next((c.mandate for c in found if c.mandate), None),
            clauses=found,
        )
        if first is None:
            result.found = _first_word(doc)
            result.head = lemma_of(result.found) if result.found else None
        return result

    def _clause(self, span: Span, text: str, names: NameIndex, offset: int) -> Clause:
        phrase = span._.verb_phrase
        mentions = span._.addressing.mentions
        addressees = _unique([self._addressee(m, text, names, offset) for m in mentions])
        mandate, action = span._.mandate, span._.action
        if not any(a.category != "self" for a in addressees):
            # "Decides that the Security Council should remain seized" (S/RES/241 (1967)):
            # the body's own act, as "Decides to remain seized" is, asks nothing
            mandate = action = None
        elif mandate is not None:  # the category of the resolved name
            mandate = replace(mandate, category=addressees[0].category)
        return Clause(
            verb=phrase.verb,
            head=phrase.entry.head,
            modifiers=list(phrase.modifiers),
            strength=Strength(phrase.entry.rank, phrase.entry.strength),
            addressees=addressees or [Addressee("", "self")],
            action=action,
            mandate=mandate,
            start_char=span.start_char,
            end_char=span.end_char,
        )

    def _addressee(self, mention: Mention, text: str, names: NameIndex, offset: int) -> Addressee:
        """The printed actor (from the unrepaired text), with its resolved full name."""
        start, end = mention.span.start_char, mention.span.end_char
        category, name = mention.category, mention.name
        if mention.short:
            entity = names.resolve(mention.span.text, offset + start)
            if entity is not None:
                name, category = entity.name, entity.category or category
        if names.body in {name, mention.span.text}:
            category = "self"  # "Decides that the Council will remain seized": the body itself
        return Addressee(text[start:end], category, name, start, end)


def _reading_text(document: Document, texts: list[str]) -> tuple[str, list[int]]:
    """Title, preamble and operative part in reading order (where short names are
    resolved), and where each operative paragraph starts in it."""
    parts = [document.title.text if document.title else ""]
    parts += [plain(p.text) for p in document.preambular]
    at = sum(len(part) + 1 for part in parts)
    offsets = []
    for text in texts:
        offsets.append(at)
        at += len(text) + 1
    return "\n".join([*parts, *texts]), offsets


def _first_word(doc: Doc) -> str | None:
    """The word that stands where the verb should: after the leading modifiers."""
    leading = leading_modifiers(list(doc.spans[MODIFIERS]), 0)
    start = leading[-1].end if leading else 0
    return doc[start].lower_ if start < len(doc) else None


def _strongest(found: list[Clause]) -> Strength:
    known = [c.strength for c in found if c.strength.rank is not None]
    return max(known, key=lambda s: s.rank or 0) if known else Strength(None, "unknown")


def _unique(addressees: list[Addressee]) -> list[Addressee]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for addressee in addressees:
        key = (addressee.text, addressee.category)
        if key not in seen:
            seen.add(key)
            kept.append(addressee)
    return kept


def _union(found: list[Clause]) -> list[Addressee]:
    """The paragraph's addressees: every clause's, once each; ``self`` only when no
    clause addresses anyone."""
    named = _unique([a for c in found for a in c.addressees if a.category != "self"])
    return named or [Addressee("", "self")]


_classifiers: dict[str, Classifier] = {}


def classifier_for(extensions: dict[str, Any] | None = None) -> Classifier:
    """A ``Classifier`` per lexicon extension, built once per process."""
    key = json.dumps(extensions or {}, sort_keys=True)
    if key not in _classifiers:
        _classifiers[key] = Classifier(extensions, "lexicon argument")
    return _classifiers[key]
