"""Step 2, clauses: an operative paragraph split at every verb phrase in the body's voice.

``reslint_clauses`` is a spaCy component: it writes ``doc.spans["clauses"]``,
one span per clause from its verb phrase to the next clause (labelled with the
verb's head), each with ``span._.verb_phrase`` (a ``VerbPhrase``, step 1).
The first clause opens with the paragraph's opening verb phrase, or the modal
of a provision ("Member States shall ..."); a paragraph whose verb no lexicon
lists has no clauses.  ``doc._.tokens`` keeps the ``Tokens`` view for the
later steps.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from reslint.classifier.component import LexiconComponent
from reslint.classifier.tokens import Tokens
from reslint.classifier.verbs import VerbPhrase, later_verbs, opening_verb, provision_verb

CLAUSES = "clauses"

if not Doc.has_extension("tokens"):
    Doc.set_extension("tokens", default=None)
if not Span.has_extension("verb_phrase"):
    Span.set_extension("verb_phrase", default=None)


@Language.factory(
    "reslint_clauses",
    assigns=["doc.spans", "doc._.tokens", "span._.verb_phrase"],
    requires=["doc.spans"],
)
def make_clauses(nlp: Language, name: str) -> ClauseSplitter:
    return ClauseSplitter(name)


class ClauseSplitter(LexiconComponent):
    """The clauses of one operative paragraph, in order."""

    def __call__(self, doc: Doc) -> Doc:
        tokens = Tokens(doc)
        doc._.tokens = tokens
        phrases = self.verb_phrases(tokens)
        clauses = []
        for index, phrase in enumerate(phrases):
            end = phrases[index + 1].span.start if index + 1 < len(phrases) else len(doc)
            clause = Span(doc, phrase.span.start, end, label=phrase.entry.head)
            clause._.verb_phrase = phrase
            clauses.append(clause)
        doc.spans[CLAUSES] = clauses
        return doc

    def verb_phrases(self, tokens: Tokens) -> list[VerbPhrase]:
        """The opening verb phrase (or a provision's modal), then the later ones.

        A provision speaks of its subject, not in the body's voice: its later verbs
        are the subject's ("such State shall have deposited a declaration ..., and
        undertakes to comply", S/RES/9 (1946)), unless a semicolon parts them."""
        opening = opening_verb(tokens, self.lexicon)
        provision = opening is None
        opening = opening or provision_verb(tokens, self.lexicon)
        if opening is None:
            return []
        later = later_verbs(tokens, opening.span.end, opening.voice, self.lexicon)
        if provision:
            later = [p for p in later if ";" in tokens.lower[p.span.start - 3 : p.span.start]]
        return [opening, *later]
