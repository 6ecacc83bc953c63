"""Step 4, action and mandate: what each clause asks its addressees to do, and reports.

``reslint_actions`` is a spaCy component.  For every clause whose verb asks for
action and names an addressee it writes ``span._.action`` (the lemma of the
requested verb: "consider", "carry out") and ``span._.mandate`` (a ``Mandate``
when the clause asks an actor to report, with the due time as printed).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from reslint.annotate import lemma_of
from reslint.classifier.actors import Addressing
from reslint.classifier.clauses import CLAUSES
from reslint.classifier.component import LexiconComponent
from reslint.classifier.results import Mandate
from reslint.classifier.tokens import HYPHENS, Tokens
from reslint.grammar.dates import DATE_PATTERN

for _name in ("action", "mandate"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)

_SESSION_DUE = re.compile(
    r"\bat\s+(?:its|their)\s+((?:[a-z]+-)?[a-z]+(?:\s+and\s+(?:[a-z]+-)?[a-z]+)?\s+"
    r"(?:special\s+)?sessions?)\b"
)
_DATE_DUE = re.compile(
    r"\b(?:by|no later than|not later than|before|on|until)\s+(" + DATE_PATTERN.pattern + ")"
)
_PERIOD_DUE = re.compile(
    r"\b(\w+\s+(?:days?|weeks?|months?|years?)\s+(?:after|from)\s+[^,;]{0,60}?"
    r"(?:\s+and\s+(?:on\s+an?\s+\w+\s+basis|every\s+[^,;]+?)\s+thereafter|(?=[,;]|$))"
    r"|within\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)(?:\s+of\s+[^,;]{0,60})?"
    r"|every\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)(?:\s+thereafter)?)"
)
_REPEAT = re.compile(r"\s*(?:,\s*)?and\s+(every\s+[^,;]+?thereafter)")  # no two \s* in a row


@Language.factory(
    "reslint_actions",
    assigns=["span._.action", "span._.mandate"],
    requires=["span._.addressing", "span._.verb_phrase"],
)
def make_actions(nlp: Language, name: str) -> ActionReader:
    return ActionReader(name)


class ActionReader(LexiconComponent):
    """The requested action and the reporting mandate of every clause."""

    def __call__(self, doc: Doc) -> Doc:
        for clause in doc.spans[CLAUSES]:
            addressing: Addressing = clause._.addressing
            if not addressing.mentions or not clause._.verb_phrase.entry.asks_action:
                continue
            verb = self.action_verb(addressing)
            if verb is None:
                continue
            clause._.action = self.action(verb)
            clause._.mandate = self.mandate(doc._.tokens, verb.start, clause.end, addressing)
        return doc

    def action_verb(self, addressing: Addressing) -> Span | None:
        """The verb asked for: after "to" or a modal, or right after a that-clause subject."""
        rest, tokens = addressing.rest, addressing.rest.doc._.tokens
        words, limit = self.lexicon.clauses, rest.end
        window = min(limit, rest.start + 25)
        at = rest.start
        if addressing.that_clause and tokens.word(at) not in words.modals | {"to"}:
            return self._verb_at(tokens.skip_adverbs(at, window, self.lexicon), limit, rest)
        while at < window:
            word = tokens.lower[at]
            if word == ";":
                break
            if word == "to" or word in words.modals:
                verb = at + 1 + (tokens.word(at + 1) == "not")
                verb = tokens.skip_adverbs(verb, limit, self.lexicon)
                if tokens.word(verb) == ":":
                    verb += 1  # "Requests the Secretary-General to: (a) Provide ..."
                elif word == "to" and not tokens.asked_verb(verb, limit, self.lexicon):
                    at += 1
                    continue  # "to the Council", "to armed conflict", "to do so"
                return self._verb_at(verb, limit, rest)
            at += 1
        return None

    def _verb_at(self, at: int, limit: int, rest: Span) -> Span | None:
        """The verb at ``at`` with its particle ("carry out"); none for "be" or a function word."""
        doc, tokens = rest.doc, rest.doc._.tokens
        word = tokens.word(at)
        if at >= limit or not word.isalpha() or word == "be" or word in self.lexicon.function_words:
            return None
        if tokens.hyphen_joined(at):
            return doc[at : at + 3]  # "co-operate", "re-establish": one verb
        end = at + 1 + (tokens.word(at + 1) in self.lexicon.clauses.particles and at + 1 < limit)
        return doc[at:end]

    def action(self, verb: Span) -> str:
        """The lemma of the requested verb, with its particle ("carry out"), or of the
        word joined by a hyphen ("co-operate")."""
        if len(verb) == 3 and verb[1].text in HYPHENS:
            return verb[:2].text.lower() + (lemma_of(verb[2].text).lower() or verb[2].lower_)
        head = lemma_of(verb[0].text).lower() or verb[0].lower_
        return " ".join([head, *(t.lower_ for t in verb[1:])])

    def mandate(
        self, tokens: Tokens, start: int, end: int, addressing: Addressing
    ) -> Mandate | None:
        """A report asked of the addressees, and when it is due.

        The request runs from the requested verb to the end of the clause; its
        parts (sub-paragraphs, split at ";") are read in order and the first that
        asks for a report, a briefing or to be kept informed gives the mandate.
        """
        words = self.lexicon.clauses
        while start < end:
            stop = next((i for i in range(start, end) if tokens.lower[i] == ";"), end)
            if not words.reporting.isdisjoint(tokens.lower[start:stop]):
                part = tokens.chars(start, stop)
                category = addressing.mentions[0].category
                return Mandate("report", due(part, words.due_words), category)
            start = stop + 1
        return None


def due(clause: str, due_words: tuple[str, ...]) -> str:
    """When a report is due, as printed; "none" when the text gives no time."""
    for pattern in (_SESSION_DUE, _DATE_DUE, _PERIOD_DUE):
        match = pattern.search(clause)
        if match:
            repeat = _REPEAT.match(clause[match.end() :])
            return f"{match.group(1)} and {repeat.group(1)}" if repeat else match.group(1)
    lower = clause.lower()
    for word in due_words:
        if re.search(rf"\b{re.escape(word)}\b", lower):
            return word
    return "none"
