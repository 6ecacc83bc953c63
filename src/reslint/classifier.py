"""Classify stage: what each clause does, how strongly, and to whom.

For every operative paragraph: the opening verb phrase (as printed, with its
intensifiers), the repetition modifiers split off ("also", "further"), the
base ``head``, the strength (rank and label from ``rules/lexicon``), the
addressees (actors asked, told, urged, encouraged, invited, requested,
authorized, commended or thanked, in any clause of the paragraph and its
sub-paragraphs), the requested action, and a reporting mandate to the
Secretary-General with its due time.  For every preambular paragraph: the
opener and its function.  The body and, for the Security Council, whether the
text acts under Chapter VII go with every classification.

The rules read the spans the annotate stage put on each spaCy ``Doc``; the
words come from ``rules/lexicon``.  A verb or opener that no lexicon lists is
reported as ``unknown`` with the word found, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from reslint.annotate import (
    ACTORS,
    MODIFIERS,
    OPENERS,
    VERBS,
    head_nouns,
    lemma,
    lexicon_for,
    pipeline,
)
from reslint.grammar.dates import DATE_PATTERN
from reslint.lexicon import Lexicon, VerbEntry, load_toml, rules_dir, words_of
from reslint.model import Document, Paragraph
from reslint.normalize.notation import without_markers

CLASSIFY_SCHEMA_VERSION = "1.0"
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


@dataclass
class Strength:
    rank: int | None
    label: str


@dataclass
class Addressee:
    text: str
    category: str


@dataclass
class Mandate:
    """A reporting mandate to the Secretary-General."""

    kind: str  # "report"
    due: str  # as printed ("seventy-first session", "31 May 2021"), or "none"


@dataclass
class OperativeClass:
    id: str
    number: str | None
    section: str | None
    line: int
    text: str
    verb: str  # as printed, lower case; "unknown" when no lexicon lists it
    head: str | None
    modifiers: list[str]
    strength: Strength
    addressees: list[Addressee]
    action: str | None
    mandate: Mandate | None
    more_verbs: list[str] = field(default_factory=list)
    found: str | None = None  # the word found when the verb is unknown


@dataclass
class PreambularClass:
    id: str
    index: int | None
    section: str | None
    line: int
    opener: str | None
    function: str  # recall-reaffirm, concern, recognition, ... or "unknown"
    modifiers: list[str] = field(default_factory=list)
    found: str | None = None


@dataclass
class Classification:
    """Every clause of one document."""

    path: str
    symbol: str | None
    body: str | None
    kind: str
    title: str | None
    chapter_vii: bool
    preambular: list[PreambularClass]
    operative: list[OperativeClass]


@dataclass
class _Words:
    """The small closed lists of rules/lexicon/clauses.toml."""

    determiners: frozenset[str]
    connectors: frozenset[str]
    particles: frozenset[str]
    reporting: frozenset[str]
    due_words: tuple[str, ...]
    chapter_vii: tuple[str, ...]
    head_nouns: dict[str, str]
    nominal_verbs: frozenset[str]
    stance_nouns: frozenset[str]
    pronouns: frozenset[str]
    clause_openers: frozenset[str]
    stance_openers: frozenset[str]
    stance_functions: dict[str, str]
    participles: dict[str, str]
    modals: frozenset[str]
    clause_ends: frozenset[str]
    not_infinitives: frozenset[str]
    pro_verbs: tuple[tuple[str, ...], ...]

    @classmethod
    def load(cls, folder: Path) -> _Words:
        data = load_toml(folder / "lexicon" / "clauses.toml")
        preambular = load_toml(folder / "lexicon" / "preambular.toml")
        stance = dict(preambular.get("stance", {}))
        return cls(
            frozenset(data["actor_determiners"]),
            frozenset(data["actor_connectors"]),
            frozenset(data["particles"]),
            frozenset(data["reporting"]),
            tuple(data["due_words"]),
            tuple(data["chapter_vii"]),
            head_nouns(folder),
            frozenset(data["nominal_verbs"]),
            frozenset(data["stance_nouns"]),
            frozenset(data["object_pronouns"]),
            frozenset(data["clause_openers"]),
            frozenset(stance.pop("openers", [])),
            {noun: function for function, nouns in stance.items() for noun in nouns},
            dict(preambular.get("participles", {})),
            frozenset(data["modals"]),
            frozenset(data["clause_ends"]),
            frozenset(data["not_infinitives"]),
            tuple(tuple(phrase.split()) for phrase in data["pro_verbs"]),
        )


class Classifier:
    """Classifies documents with one spaCy pipeline, built once."""

    def __init__(self, extensions: dict[str, Any] | None = None, source: str = "config") -> None:
        folder = rules_dir()
        self.lexicon: Lexicon = lexicon_for(str(folder), extensions or {}, source)
        self.nlp = pipeline(folder, extensions, source)
        self.words = _Words.load(folder)

    def classify(self, document: Document) -> Classification:
        chapter_vii = (
            any(p.text.startswith(self.words.chapter_vii) for p in document.preambular)
            and document.body == "security-council"
        )
        preambular_texts = [_plain(p.text)[:160] for p in document.preambular]
        operative_texts = [_clause_text(p) for p in document.operative]
        preambular = [
            self._preambular(paragraph, doc)
            for paragraph, doc in zip(
                document.preambular, self.nlp.pipe(preambular_texts), strict=True
            )
        ]
        operative = [
            self._operative(paragraph, doc)
            for paragraph, doc in zip(
                document.operative, self.nlp.pipe(operative_texts), strict=True
            )
        ]
        return Classification(
            path=document.path,
            symbol=document.symbol,
            body=document.body,
            kind=document.kind,
            title=document.title.text if document.title else None,
            chapter_vii=chapter_vii,
            preambular=preambular,
            operative=operative,
        )

    # -- preambular ----------------------------------------------------------

    def _preambular(self, paragraph: Paragraph, doc: Doc) -> PreambularClass:
        start, leading = self._leading_modifiers(doc, 0)
        opener = _span_at(doc.spans[OPENERS], start)
        result = PreambularClass(
            paragraph.id,
            paragraph.index,
            paragraph.section,
            paragraph.line,
            paragraph.opener,
            "unknown",
            [m.kb_id_ for m in leading if m.label_ == "repetition"],
        )
        if opener is not None:
            result.function = self.lexicon.preambular.entries[words_of(opener.kb_id_)]
            return result
        word = doc[start].lower_ if start < len(doc) else ""
        if word in self.words.participles:
            result.function = self.words.participles[word]
        elif word in self.words.stance_openers:
            nouns = (t.lower_ for t in doc[start + 1 : start + 6])
            result.function = next(
                (self.words.stance_functions[n] for n in nouns if n in self.words.stance_functions),
                "unknown",
            )
        if result.function == "unknown":
            result.found = doc[start].text if start < len(doc) else None
        return result

    # -- operative ------------------------------------------------------------

    def _operative(self, paragraph: Paragraph, doc: Doc) -> OperativeClass:
        verbs = [s for s in doc.spans[VERBS] if s.label_ == "verb"]
        start, leading = self._leading_modifiers(doc, 0)
        main = (
            _span_at(verbs, start)
            or _span_at([s for s in doc.spans[VERBS] if s.label_ == "plural"], start)
            or self._verb_after_aside(doc, verbs, start)
        )
        result = OperativeClass(
            id=paragraph.id,
            number=paragraph.number,
            section=paragraph.section,
            line=paragraph.line,
            text=_plain(paragraph.text),
            verb="unknown",
            head=None,
            modifiers=[m.kb_id_ for m in leading if m.label_ == "repetition"],
            strength=Strength(None, "unknown"),
            addressees=[],
            action=None,
            mandate=None,
        )
        if main is None:
            provision = self._provision(doc, start)
            if provision is not None:
                return self._classify_provision(doc, provision, result)
            word = doc[start] if start < len(doc) else None
            result.found = word.text.lower() if word is not None else None
            result.head = lemma(word).lower() if word is not None else None
            return result
        entry, phrase, end = self._verb_entry(doc, main, result.modifiers)
        entry, stance, end = self._stance(doc, entry, end)
        intensity = [m.text.lower() for m in leading if m.label_ == "intensity"]
        phrase = " ".join(part for part in (phrase, stance) if part)
        result.verb = " ".join([*intensity, phrase]) if main.start == start else phrase
        result.head = entry.head
        result.strength = Strength(entry.rank, entry.strength)
        clauses = [(entry, main.start, end), *self._later_verbs(doc, verbs, end)]
        result.more_verbs = [doc[s:e].text.lower() for _, s, e in clauses[1:]]
        self._addressees_and_action(doc, clauses, result)
        return result

    def _provision(self, doc: Doc, start: int) -> int | None:
        """The modal of a provision with no opening verb ("The Fund shall be established")."""
        if start >= len(doc) or not doc[start].is_title:
            return None
        for at in range(start + 1, min(len(doc), start + 20)):
            if doc[at].text in {";", ":", "."}:
                return None
            if (
                doc[at].lower_ in self.words.modals
                and words_of(doc[at].lower_) in self.lexicon.operative.entries
            ):
                return at
        return None

    def _classify_provision(self, doc: Doc, modal: int, result: OperativeClass) -> OperativeClass:
        entry = self.lexicon.operative.entries[words_of(doc[modal].lower_)]
        result.verb, result.head = doc[modal].lower_, entry.head
        result.strength = Strength(entry.rank, entry.strength)
        starts = {span.start: span for span in filter_spans(doc.spans[ACTORS])}
        for item_start, item_end in _items(doc, 0, modal, _inside(starts)):
            found = self._item_actor(doc, item_start, item_end, starts, tail=True)
            if found:
                result.addressees.append(found[0])
        if result.addressees:
            result.action = self._action(doc, modal, len(doc), False)[0] or None
        else:
            result.addressees.append(Addressee("", "self"))
        return result

    def _verb_after_aside(self, doc: Doc, verbs: list[Span], start: int) -> Span | None:
        """The verb after an opening aside: "In regard to DDR, endorses also ...", and
        the Security Council's "Acting under Chapter VII of the Charter, authorizes ..."."""
        if start >= len(doc):
            return None
        first = doc[start].lower_
        if first not in self.lexicon.function_words and not first.endswith("ing"):
            return None
        for span in verbs:
            if span.start > 80:
                break
            if doc[span.start - 1].text == ",":
                return span
        return None

    def _stance(self, doc: Doc, entry: VerbEntry, end: int) -> tuple[VerbEntry, str, int]:
        """ "Reaffirms its conviction", "expresses full support": the verb goes on to the noun.

        Returns the entry whose strength applies (that of the lexicon phrase
        without adjectives: "reiterates its continued support" is "reiterates
        its support"), the words added to the printed verb, and where they end.
        """
        if entry.head not in self.words.nominal_verbs or len(entry.phrase.split()) > 1:
            return entry, "", end
        cursor = end + 1 if end < len(doc) and doc[end].lower_ == "its" else end
        for at in range(cursor, min(cursor + 3, len(doc))):
            token = doc[at]
            if not token.is_alpha or token.lower_ in self.lexicon.function_words:
                break
            if token.lower_ in self.words.stance_nouns:
                plain = words_of(f"{entry.phrase} its {token.lower_}")
                better = self.lexicon.operative.entries.get(plain, entry)
                return better, doc[end : at + 1].text.lower(), at + 1
        return entry, "", end

    def _leading_modifiers(self, doc: Doc, start: int) -> tuple[int, list[Span]]:
        """Modifier spans from ``start`` on ("Also strongly ..."), and the first other token."""
        modifiers = []
        spans = doc.spans[MODIFIERS]
        while (found := _span_at(spans, start)) is not None:
            modifiers.append(found)
            start = found.end
        return start, modifiers

    def _verb_entry(self, doc: Doc, main: Span, modifiers: list[str]) -> tuple[VerbEntry, str, int]:
        """The main verb's lexicon entry, its printed phrase, and where the clause goes on.

        "Calls once again upon" is "calls upon" with the modifier "once again"
        inside it; in "Decides further that" the modifier follows the verb; in
        "Encourages further steps" "further" is an adjective and stays.
        """
        entry = self._entry(main)
        printed = main.text.lower()
        repetition = [s for s in doc.spans[MODIFIERS] if s.label_ == "repetition"]
        inner = _span_at(repetition, main.end)
        if inner is None:
            return entry, printed, main.end
        following = doc[inner.end].lower_ if inner.end < len(doc) else ""
        joined = words_of(f"{main.kb_id_} {following}") if following.isalpha() else ()
        longer = self.lexicon.operative.entries.get(joined)
        if longer is not None:
            modifiers.append(inner.kb_id_)
            return longer, f"{printed} {following}", inner.end + 1
        if not following.isalpha() or following in self.lexicon.function_words:
            modifiers.append(inner.kb_id_)
            return entry, printed, inner.end
        return entry, printed, main.end

    def _entry(self, span: Span) -> VerbEntry:
        key = words_of(span.kb_id_)
        return self.lexicon.operative.entries.get(key) or self.lexicon.plural.entries[key]

    def _later_verbs(
        self, doc: Doc, verbs: list[Span], after: int
    ) -> list[tuple[VerbEntry, int, int]]:
        """Verbs that open a later clause: "..., and requests", "; also encourages"."""
        found = []
        for span in verbs:
            if span.start < after:
                continue
            before = span.start - 1
            modifier_ends = {m.end: m.start for m in doc.spans[MODIFIERS]}
            while before >= 0 and (
                before + 1 in modifier_ends or _is_modifier(doc[before], self.lexicon)
            ):
                before = (
                    modifier_ends.get(before + 1, before + 1) - 1
                    if before + 1 in modifier_ends
                    else before - 1
                )
            if before < 0 or doc[before].lower_ in self.words.clause_openers:
                found.append((self._entry(span), span.start, span.end))
        return found

    # -- addressees, action and mandate -----------------------------------------

    def _addressees_and_action(
        self, doc: Doc, clauses: list[tuple[VerbEntry, int, int]], result: OperativeClass
    ) -> None:
        """Addressees of every clause; the first requested action; a reporting mandate."""
        starts = {span.start: span for span in filter_spans(doc.spans[ACTORS])}
        seen: set[tuple[str, str]] = set()
        for index, (entry, _, end) in enumerate(clauses):
            limit = clauses[index + 1][1] if index + 1 < len(clauses) else len(doc)
            if not entry.addresses:
                continue
            found, after, subject = self._clause_actors(doc, entry, end, limit, starts)
            for addressee in found:
                if (addressee.text, addressee.category) not in seen:
                    seen.add((addressee.text, addressee.category))
                    result.addressees.append(addressee)
            if not found or not entry.asks_action:
                continue
            action, action_at = self._action(doc, after, limit, subject)
            if result.action is None and action:
                result.action = action
            if result.mandate is None and any(a.category == "secretary-general" for a in found):
                result.mandate = self._mandate(doc, action_at, limit) if action else None
        if not result.addressees:
            result.addressees.append(Addressee("", "self"))

    def _clause_actors(
        self, doc: Doc, entry: VerbEntry, end: int, limit: int, starts: dict[int, Span]
    ) -> tuple[list[Addressee], int, bool]:
        """Actors a clause addresses, where they end, and whether they are a that-clause subject."""
        position = _skip_aside(doc, end, limit)
        token = doc[position].lower_ if position < limit else ""
        if token == "that" and "that" in entry.addresses:
            found, after = self._subject(doc, position + 1, limit, starts)
            return found, after, True
        if token in {"to", "of"} and ("to" in entry.addresses or token == "of"):
            position += 1
        elif "object" not in entry.addresses:
            return [], position, False
        if position < limit and doc[position].lower_ in self.words.pronouns:
            antecedent = [s for s in starts.values() if s.end <= end]
            if antecedent:
                last = max(antecedent, key=lambda span: span.start)
                return [Addressee(_trim(last.text), last.label_)], position + 1, False
        stops = {"for", "on"} if not entry.asks_action else set()
        found, after, _ = self._objects(doc, position, limit, starts, stops)
        return found, after, False

    def _objects(
        self, doc: Doc, position: int, limit: int, starts: dict[int, Span], stops: set[str]
    ) -> tuple[list[Addressee], int, int]:
        """The actors of a list up to the infinitive ("A, B and C to ..."): the actors,
        where the list ends, and where its last actor ends."""
        end = self._object_end(doc, position, min(limit, position + 80), stops)
        found: list[Addressee] = []
        last_end = position
        for item_start, item_end in _items(doc, position, end, _inside(starts)):
            item = self._item_actor(doc, item_start, item_end, starts)
            if item is None:
                if found:
                    continue
                break
            found.append(item[0])
            last_end = item[1]
        return found, end, last_end

    def _subject(
        self, doc: Doc, position: int, limit: int, starts: dict[int, Span]
    ) -> tuple[list[Addressee], int]:
        """The subject of "that ... shall": the actors just before the modal verb.

        "Decides that, in furtherance of its commitment ..., Iraq shall extend";
        without a modal ("Demands that Iraq and Kuwait respect ...") the actors
        right after "that", also after an aside ("Demands that, as a first step, Iran
        and Iraq observe ...").
        """
        position = _skip_aside(doc, position, limit)
        found, _, last_end = self._objects(doc, position, limit, starts, set())
        direct = (found, last_end)  # without a modal, the verb follows the subject
        if found and _first_content(doc, position, self.words) in starts:
            return direct  # "that the Secretary-General designate ...": the subject comes first
        window = min(limit, position + 60)
        stops = self.words.modals | self.words.clause_ends
        modal = next(
            (i for i in range(position, window) if doc[i].lower_ in stops),
            None,
        )
        if modal is None or doc[modal].lower_ in self.words.clause_ends:
            return direct
        begin = position
        for i in range(position, modal):
            if doc[i].text == ",":
                begin = i + 1
        found = []
        for item_start, item_end in _items(doc, begin, modal, _inside(starts)):
            item = self._item_actor(doc, item_start, item_end, starts, tail=True)
            if item:
                found.append(item[0])
        return found, modal

    def _item_actor(
        self, doc: Doc, start: int, end: int, starts: dict[int, Span], tail: bool = False
    ) -> tuple[Addressee, int] | None:
        """The actor one list item names: "Member States", "the relevant bodies of the
        United Nations system", "regional organizations"; ``tail`` reads the end of a
        that-clause subject ("on 14 November 1999 all States")."""
        first = start
        while first < end and doc[first].lower_ in self.words.determiners:
            first += 1
        if first >= end:
            return None
        if first in starts:
            return self._extend(doc, starts[first], starts, end)
        if doc[first].lower_ in self.lexicon.function_words:
            if tail:
                inner = [s for s in starts.values() if start <= s.start and s.end == end]
                if inner:
                    return Addressee(_trim(inner[0].text), inner[0].label_), inner[0].end
            return None  # "in consultation with Member States": an aside
        for at in range(first, min(end, first + 6)):
            if doc[at].lower_ in self.lexicon.function_words:
                return None  # "coordination with international partners": not a head
            category = self.words.head_nouns.get(doc[at].lower_)
            if category is None:
                continue
            owner = at + 1 if at + 1 < end and doc[at + 1].lower_ == "of" else None
            if owner is not None:
                after = owner + 1 + (doc[owner + 1].lower_ == "the")
                if after in starts:
                    category = starts[after].label_
            return Addressee(_trim(doc[first:end].text), category), end
        return None

    def _extend(
        self, doc: Doc, span: Span, starts: dict[int, Span], limit: int
    ) -> tuple[Addressee, int]:
        """One actor from "Government of the Sudan", "Governments of X and Y" (named
        States, not Member States in general), or a name with its acronym "(UNODC)"."""
        end, category = span.end, span.label_
        while end + 1 < limit and doc[end].lower_ == "of":
            after = end + 1 + (doc[end + 1].lower_ == "the")
            if after not in starts:
                break
            end = starts[after].end
            if starts[after].label_ == "named-states" and category == "member-states":
                category = "named-states"
        if end + 2 < limit and doc[end].text == "(" and end + 1 in starts:
            closing = starts[end + 1].end
            if closing < limit and doc[closing].text == ")":
                end = closing + 1
        return Addressee(_trim(doc[span.start : end].text), category), end

    def _object_end(self, doc: Doc, position: int, limit: int, stops: set[str]) -> int:
        """Where an object list ends: before "to" + verb, "that", ";", ":" (or ``stops``)."""
        for at in range(position, limit):
            lower = doc[at].lower_
            if lower in {";", ":", "that", "which", "who", "whose"} or lower in stops:
                return at
            if lower == "to" and at + 1 < limit:
                verb_at = self._skip_adverbs(doc, at + 1, limit)  # "to further strengthen"
                if self._pro_verb(doc, verb_at):
                    continue  # "States in a position to do so to provide ..."
                if verb_at < limit and self._infinitive(doc[verb_at]):
                    return at
        return limit

    def _pro_verb(self, doc: Doc, at: int) -> bool:
        """ "do so" after "to": it stands for the action, it is not the action."""
        return any(
            tuple(t.lower_ for t in doc[at : at + len(phrase)]) == phrase
            for phrase in self.words.pro_verbs
        )

    def _infinitive(self, token: Any) -> bool:
        """A base-form word after "to" ("to consider"), not "to armed conflict" or "to the"."""
        return (
            token.is_alpha
            and not token.is_title
            and lemma(token).lower() == token.lower_
            and token.lower_ not in self.words.not_infinitives
        ) or token.text == ":"

    def _action(self, doc: Doc, position: int, limit: int, subject: bool) -> tuple[str, int]:
        """The requested action: the verb of "to ...", of "shall ...", or of a that-clause."""
        window = min(limit, position + 25)
        cursor = position
        if subject and cursor < window and doc[cursor].lower_ not in self.words.modals | {"to"}:
            verb_at = self._skip_adverbs(doc, cursor, window)
            return self._verb(doc, verb_at, limit)
        while cursor < window:
            lower = doc[cursor].lower_
            if lower == ";":
                break
            if lower == "to" or lower in self.words.modals:
                verb_at = cursor + 1 + (cursor + 1 < limit and doc[cursor + 1].lower_ == "not")
                verb_at = self._skip_adverbs(doc, verb_at, limit)
                if verb_at < limit and doc[verb_at].text == ":":
                    verb_at += 1  # "Requests the Secretary-General to: (a) Provide ..."
                elif lower == "to" and (
                    verb_at >= limit
                    or not self._infinitive(doc[verb_at])
                    or self._pro_verb(doc, verb_at)
                ):
                    cursor += 1
                    continue  # "to the Council", "to armed conflict", "to do so"
                return self._verb(doc, verb_at, limit)
            cursor += 1
        return "", position

    def _skip_adverbs(self, doc: Doc, position: int, limit: int) -> int:
        while position < limit and _is_modifier(doc[position], self.lexicon):
            position += 1
        return position

    def _verb(self, doc: Doc, at: int, limit: int) -> tuple[str, int]:
        """The lemma of the verb at ``at`` with its particle ("carry out"); "" for "be"."""
        if (
            at >= limit
            or not doc[at].is_alpha
            or doc[at].lower_ == "be"
            or doc[at].lower_ in self.lexicon.function_words
        ):
            return "", at
        action = lemma(doc[at]).lower() or doc[at].lower_
        if at + 1 < limit and doc[at + 1].lower_ in self.words.particles:
            action += " " + doc[at + 1].lower_
        return action, at

    def _mandate(self, doc: Doc, action_at: int, limit: int) -> Mandate | None:
        """A report asked of the Secretary-General, and when it is due.

        The request's clause runs to the next verb of the paragraph; its parts
        (sub-paragraphs, split at ";") are read in order and the first that asks
        for a report, a briefing or to be kept informed gives the mandate.
        """
        for part in doc[action_at:limit].text.split(";"):
            if set(re.findall(r"[a-z]+", part.lower())) & self.words.reporting:
                return Mandate("report", _due(part, self.words.due_words))
        return None


def _due(clause: str, due_words: tuple[str, ...]) -> str:
    """When a report is due, as printed; "none" when the text gives no time."""
    for pattern in (_SESSION_DUE, _DATE_DUE, _PERIOD_DUE):
        match = pattern.search(clause)
        if match:
            due = match.group(1)
            repeat = re.match(r"\s*,?\s*and\s+(every\s+[^,;]+?thereafter)", clause[match.end() :])
            return f"{due} and {repeat.group(1)}" if repeat else due
    lower = clause.lower()
    for word in due_words:
        if re.search(rf"\b{re.escape(word)}\b", lower):
            return word
    return "none"


def _first_content(doc: Doc, position: int, words: _Words) -> int:
    """The first token from ``position`` that is not a determiner ("the", "all")."""
    while position < len(doc) and doc[position].lower_ in words.determiners:
        position += 1
    return position


def _skip_aside(doc: Doc, position: int, limit: int) -> int:
    """Skip a parenthetical right after the verb: "Urges, having regard to ..., States"."""
    if position < limit and doc[position].text == ",":
        for at in range(position + 1, min(limit, position + 40)):
            if doc[at].text == ",":
                return at + 1
            if doc[at].text == ";":
                break
    return position


def _items(
    doc: Doc, start: int, end: int, inside: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """Items of a list: split at commas, "and", "or", "as well as" outside brackets and
    outside the names in ``inside`` ("Educational, Scientific and Cultural Organization")."""
    items, begin, depth = [], start, 0
    at = start
    while at < end:
        text = doc[at].lower_
        depth += (text == "(") - (text == ")")
        joiner = 0
        if depth == 0 and at not in inside:
            if text in {",", "and", "or", "and/or"}:
                joiner = 1
            elif text == "as" and at + 2 < end and doc[at + 1].lower_ == "well":
                joiner = 3
        if joiner:
            if at > begin:
                items.append((begin, at))
            begin = at + joiner
            at += joiner
            continue
        at += 1
    if end > begin:
        items.append((begin, end))
    return items


def _inside(starts: dict[int, Span]) -> frozenset[int]:
    """Token positions inside (not at the edges of) an actor name."""
    return frozenset(i for span in starts.values() for i in range(span.start + 1, span.end))


def _plain(text: str) -> str:
    """Paragraph text without footnote markers."""
    return without_markers(text, space_before=True)


def _clause_text(paragraph: Paragraph) -> str:
    """A paragraph with its sub-paragraphs, as the classifier reads it."""
    parts = [_plain(paragraph.text)]
    for child in paragraph.children:
        parts.append(_clause_text(child))
    return " ".join(parts)


def _span_at(spans: Any, start: int) -> Span | None:
    """The longest span that starts at ``start``."""
    best = None
    for span in spans:
        if span.start == start and (best is None or span.end > best.end):
            best = span
    return best


def _is_modifier(token: Any, lexicon: Lexicon) -> bool:
    word = (token.lower_,)
    return bool(lexicon.repetition.match(word) or lexicon.intensity.match(word)) or (
        token.lower_.endswith("ly") and token.is_alpha and len(token) > 4
    )


def _trim(text: str) -> str:
    return text.strip(" ,;")


_classifiers: dict[str, Classifier] = {}


def classifier_for(extensions: dict[str, Any] | None = None) -> Classifier:
    """A ``Classifier`` per lexicon extension, built once per process."""
    import json

    key = json.dumps(extensions or {}, sort_keys=True)
    if key not in _classifiers:
        _classifiers[key] = Classifier(extensions, "lexicon argument")
    return _classifiers[key]
