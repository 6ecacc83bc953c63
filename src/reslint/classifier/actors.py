"""Step 3, actors and addressee roles: whom each clause addresses.

``reslint_addressees`` is a spaCy component.  For every clause of
``doc.spans["clauses"]`` it writes ``span._.addressing`` (an ``Addressing``):
the actors the clause addresses, as ``Mention`` spans of the actor spans the
annotate stage found, and the words after them where step 4 reads the
requested action.

Where a verb names its addressee is lexicon data (``addresses`` in
operative.toml): right after it ("Urges Member States to ..."), as the subject
of its that-clause ("Decides that all States shall ..."), after "to"
("Expresses its appreciation to X"), or as the actor of the activity it calls
for or commends ("Commends the efforts of X", "Encourages the provision of
assistance by X").  The rest are conventions (DESIGN.md section 2):

* a coordinated list gives several actors, and stops at the first item that
  is not an actor: in "the assets of the Government and its agencies" and "the
  safety of mission personnel and humanitarian actors" the actors are a
  possessor and an object of protection;
* actors in asides are mentioned, not addressed ("in consultation with
  Member States", "through", a parenthetical between commas);
* an official title followed by "of" and an organization takes the
  organization's category ("the Director General of the IAEA");
* a short name ("the Unit", "the Committee") is marked for the document-level
  step that resolves it to the entity the text names (``names.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from reslint.annotate import ACTORS, lemma_of
from reslint.classifier.clauses import CLAUSES
from reslint.classifier.component import LexiconComponent
from reslint.classifier.tokens import Item, Tokens, list_items, skip_aside, skip_citation
from reslint.classifier.verbs import VerbPhrase, provision_start

if not Span.has_extension("addressing"):
    Span.set_extension("addressing", default=None)


@dataclass
class Mention:
    """An addressed actor: where it is printed, its category, its full name if longer."""

    span: Span
    category: str
    name: str | None = None
    short: bool = False  # a short name the document-level step resolves ("the Unit")


@dataclass
class Addressing:
    """Whom a clause addresses, and the words after them (where its action is asked)."""

    mentions: list[Mention]
    rest: Span
    that_clause: bool = False  # the actors are the subject of "that ... shall"


@dataclass
class _Actors:
    """The actor spans of one ``Doc``, indexed by where they start."""

    starts: dict[int, Span]
    inside: frozenset[int] = field(default_factory=frozenset)  # tokens within a name

    @classmethod
    def of(cls, doc: Doc) -> _Actors:
        starts = {span.start: span for span in filter_spans(doc.spans[ACTORS])}
        inside = frozenset(i for s in starts.values() for i in range(s.start + 1, s.end))
        return cls(starts, inside)


@Language.factory(
    "reslint_addressees",
    assigns=["span._.addressing"],
    requires=["doc.spans", "doc._.tokens", "span._.verb_phrase"],
)
def make_addressees(nlp: Language, name: str) -> AddresseeReader:
    return AddresseeReader(name)


class AddresseeReader(LexiconComponent):
    """Reads the addressees of every clause of an operative paragraph."""

    def __call__(self, doc: Doc) -> Doc:
        clauses = list(doc.spans[CLAUSES])
        if not clauses:
            return doc
        reading = _Reading(doc, doc._.tokens, _Actors.of(doc), self)
        previous: list[Mention] = []
        for index, clause in enumerate(clauses):
            phrase: VerbPhrase = clause._.verb_phrase
            start, limit = phrase.span.end, clause.end
            following = clauses[index + 1] if index + 1 < len(clauses) else None
            if following is not None and reading.only_joiners(start, limit):
                # "Encourages and welcomes the efforts of X": the verbs share the object
                start, limit = following._.verb_phrase.span.end, following.end
            if phrase.verb in self.lexicon.clauses.modals:
                addressing = reading.provision(phrase, limit)
            else:
                addressing = reading.clause(phrase, start, limit, previous)
            later = reading.later_provisions(start, limit)
            if later:
                addressing = replace(addressing, mentions=[*addressing.mentions, *later])
            clause._.addressing = addressing
            previous = addressing.mentions
        return doc


class _Reading:
    """The rules, over the tokens and actor spans of one ``Doc``."""

    def __init__(self, doc: Doc, tokens: Tokens, actors: _Actors, owner: LexiconComponent):
        self.doc, self.tokens, self.actors = doc, tokens, actors
        self.lexicon = owner.lexicon
        self.words = owner.lexicon.clauses
        self.aside_starts = {phrase[0] for phrase in self.words.asides}

    def only_joiners(self, start: int, limit: int) -> bool:
        return all(w in {"and", ",", "or"} for w in self.tokens.lower[start:limit])

    # -- where the verb names its addressee -------------------------------------

    def clause(
        self, phrase: VerbPhrase, start: int, limit: int, previous: list[Mention]
    ) -> Addressing:
        """The actors one clause addresses, by the slots its verb names them in
        (``previous``: those of the clause before, for a pronoun)."""
        slots = phrase.entry.addresses
        at = skip_citation(self.tokens, skip_aside(self.tokens, start, limit), limit, self.lexicon)
        word = self.tokens.word(at)
        if word == "that" and "that" in slots:
            return self.that_clauses(at, limit)
        if "that" in slots and (listed := self.provisions(at, limit)) is not None:
            return listed
        if word == "." and not self.tokens.is_title(at + 1):
            at += 1  # "Requests. the Ad Hoc Sub-Committee": a stray full stop of OCR
            word = self.tokens.word(at)
        if (word == "to" and "to" in slots) or (word == "of" and "object" in slots):
            at += 1  # "Expresses its appreciation to X", "draws the attention of X"
        elif word == "for" and "nominal" in slots:
            # "Reiterates its request for Governments to provide ...": X is asked
            return self._for_actor(at + 1, limit) or self.nominal(at + 1, limit)
        elif "object" not in slots:
            return self.nominal(at, limit) if "nominal" in slots else self._none(at, limit)
        pronouns = self.antecedent(at, phrase, previous)
        if pronouns:
            return Addressing(pronouns, self.doc[at + 1 : limit])
        stops = set() if phrase.entry.asks_action else {"for", "on"}
        mentions, end = self.objects(at, limit, stops)
        if not mentions and "nominal" in slots:
            return self.nominal(at, limit)
        # a verb right after the actors, "to" or "that" left out: read as a that-clause
        elided = bool(mentions) and self.tokens.bare_verb(end, self.lexicon)
        return Addressing(mentions, self.doc[end:limit], elided)

    def provision(self, phrase: VerbPhrase, limit: int) -> Addressing:
        """A provision with no opening verb ("Member States shall make advances ..."):
        the actors before the modal are its subject (after a label or an opening
        subordinate clause: ``provision_start``)."""
        modal = phrase.span.start
        start = provision_start(self.tokens, self.lexicon) or 0
        subjects = self._subjects(start, modal) or self._passive_agents(modal, limit)
        return Addressing(subjects, self.doc[modal:limit])

    def later_provisions(self, start: int, limit: int) -> list[Mention]:
        """The actors of the provisions in the clause's later sentences: "Recommends the
        creation ... of a United Nations Peace-keeping Force in Cyprus.  The composition
        and size of the Force shall be established by the Secretary-General ... The
        Commander of the Force shall be appointed by the Secretary-General and report to
        him" (S/RES/186 (1964)) also addresses the Secretary-General and the Commander.
        A sentence starts after a full stop, with a capital."""
        tokens, modals, mentions = self.tokens, self.words.modals, []
        for stop in range(start, limit - 1):
            if tokens.lower[stop] != "." or not tokens.is_title(stop + 1):
                continue
            end = next((i for i in range(stop + 1, limit) if tokens.lower[i] in {".", ";"}), limit)
            modal = next((i for i in range(stop + 1, end) if tokens.lower[i] in modals), None)
            if modal is not None:
                found = self._subjects(stop + 1, modal) or self._passive_agents(modal, end)
                mentions.extend(found)
        return mentions

    def _passive_agents(self, modal: int, limit: int) -> list[Mention]:
        """The agents of a passive provision: "All questions ... shall be decided by the
        Court" (S/RES/9 (1946)) asks the Court; they end at a comma ("by the
        Secretary-General, in consultation with the Governments of ...")."""
        participle = self._participle(modal)
        if participle is None or self.tokens.word(participle + 1) != "by":
            return []
        start = participle + 2
        end = next((i for i in range(start, limit) if self.tokens.lower[i] == ","), limit)
        mentions, _ = self.objects(start, end, set())
        return mentions

    def _none(self, at: int, limit: int) -> Addressing:
        return Addressing([], self.doc[at:limit])

    def antecedent(self, at: int, phrase: VerbPhrase, previous: list[Mention]) -> list[Mention]:
        """The actors a pronoun stands for: those the previous clause addressed
        ("Congratulates the States Parties ..., and calls upon them to ..."), or else
        the last actor named before the verb ("welcomes the statement of the Government
        ..., and encourages it to ...").  Each keeps the pronoun's span and takes the
        actor's category and name.  "those that have contributed" stands for the
        actors of the clause before, except after a condemnation ("and condemns those who
        seek to hamper the provision of assistance", S/RES/1445 (2002): the wrongdoers
        are named by what they do); "him" and "her" for a person (``_persons``)."""
        word = self.tokens.word(at)
        relative = any(self.tokens.starts_with(at, p) for p in self.words.relative_pronouns)
        if relative and phrase.entry.strength == "demand-condemnation":
            return []
        if word not in self.words.pronouns and not relative:
            return []
        pronoun = self.doc[at : at + 1]
        if previous:
            return [Mention(pronoun, m.category, m.name or m.span.text) for m in previous]
        before = [s for s in self.actors.starts.values() if s.end <= phrase.span.start]
        if word in self.words.person_pronouns:
            before = self._persons(before) or before
        if not before or relative:
            return []
        last = max(before, key=lambda span: span.start)
        return [Mention(pronoun, last.label_, self._name(last) or last.text)]

    def _persons(self, spans: list[Span]) -> list[Span]:
        """The actor spans that name a person: the Secretary-General, a title, a
        Special Envoy ("him" does not stand for "UN peacekeeping")."""
        titles, nouns = self.lexicon.actors.titles, self.words.person_nouns
        return [
            s
            for s in spans
            if s.label_ == "secretary-general" or s.text in titles or s[-1].text in nouns
        ]

    def that_clauses(self, at: int, limit: int) -> Addressing:
        """The subjects of every that-clause of the verb: "Decides further that the tasks of
        the Verification Mission shall be those described ..., and that the Verification
        Mission shall adopt a strategic approach" (S/2021/443) decides for the Mission too.
        A later that-clause is one "and that" opens, until a "that" inside a clause ("shall
        ensure that their nationals comply and that ..." goes on inside the action); the
        action is read in the first clause with a subject."""
        readings = [self.subject(at + 1, limit)]
        lower = self.tokens.lower
        for later in range(at + 2, limit - 1):
            if lower[later] != "that":
                continue
            if lower[later - 1] != "and":
                break
            readings.append(self.subject(later + 1, limit))
        mentions = [m for reading in readings for m in reading.mentions]
        first = next((r for r in readings if r.mentions), readings[0])
        return Addressing(mentions, first.rest, True)

    def subject(self, at: int, limit: int) -> Addressing:
        """The subject of "that ... shall": the actors just before the modal verb.

        "Decides that, in furtherance of its commitment ..., Iraq shall extend";
        without a modal ("Demands that Iraq and Kuwait respect ...") the actors
        right after "that", also after an aside ("Demands that, as a first step,
        Iran and Iraq observe ...").
        """
        at = skip_aside(self.tokens, at, limit)
        direct, direct_end = self.objects(at, limit, set(), subject=True)
        stops = self.words.modals | self.words.clause_ends
        lower = self.tokens.lower
        modal = next((i for i in range(at, min(limit, at + 60)) if lower[i] in stops), None)
        if direct and self._first_content(at) in self.actors.starts:
            relative = direct_end < limit and lower[direct_end] in {"that", "which", "who"}
            if modal is not None and (modal == direct_end or relative) and self._receives(modal):
                return Addressing(self._passive_agents(modal, limit), self.doc[modal:limit], True)
            return Addressing(direct, self.doc[direct_end:limit], True)
        if modal is None or lower[modal] in self.words.clause_ends:
            return Addressing(direct, self.doc[direct_end:limit], True)
        begin = at
        for i in range(at, modal):
            if lower[i] == ",":
                begin = i + 1
        if self._receives(modal):
            return Addressing(self._passive_agents(modal, limit), self.doc[modal:limit], True)
        return Addressing(self._subjects(begin, modal), self.doc[modal:limit], True)

    def _receives(self, modal: int) -> bool:
        """The subject of a passive after the modal receives, only an agent is asked:
        "Decides that the Mission will not be extended" (S/RES/881 (1993)), "Member States
        ... shall be credited with" (A/RES/78/299); not when the passive asks the subject
        to act ("AMISOM shall be authorised to take")."""
        participle = self._participle(modal)
        return participle is not None and self.tokens.word(participle + 1) != "to"

    def _participle(self, modal: int) -> int | None:
        """Where the participle of a passive after the modal is ("shall be decided",
        "will not be extended"); None for no passive ("shall be open")."""
        be = modal + 1 + (self.tokens.word(modal + 1) == "not")
        participle = self.tokens.word(be + 1)
        if self.tokens.word(be) != "be" or lemma_of(participle) == participle:
            return None
        return be + 1

    def _subjects(self, start: int, modal: int) -> list[Mention]:
        """The actors before a modal, read from the end of each item ("on 14 November
        1999 all States"); a list that opens with a thing is no subject ("the assets of
        the Government and its agencies shall be frozen")."""
        mentions = []
        for item in self._items(start, modal):
            mention = self.item_actor(item, tail=True)
            if mention is None:
                break
            mentions.append(mention)
        return mentions

    def provisions(self, at: int, limit: int) -> Addressing | None:
        """ "Decides ... the following: (a) Iraq shall submit ...; (b) The Secretary-General
        shall develop ...": a list of provisions after a colon is a list of that-clauses,
        each addressing its subject."""
        lower = self.tokens.lower
        colon = next((i for i in range(at, min(limit, at + 15)) if lower[i] in {":", ";"}), None)
        if colon is None or lower[colon] != ":":
            return None
        if not any(tuple(lower[colon - len(p) : colon]) == p for p in self.words.provision_lists):
            return None  # "Requests the Secretary-General to: (a) ..." is no list of provisions
        readings: list[Addressing] = []
        start = colon + 1
        while start < limit:
            end = next((i for i in range(start, limit) if lower[i] == ";"), limit)
            if any(lower[i] in self.words.modals for i in range(start, end)):
                readings.append(self.subject(start, end))
            start = end + 1
        mentions = [m for reading in readings for m in reading.mentions]
        if not mentions:
            return None
        first = next(r for r in readings if r.mentions)
        return Addressing(mentions, self.doc[first.rest.start : limit], True)

    def nominal(self, at: int, limit: int) -> Addressing:
        """The actor of the activity a clause calls for or commends: "the efforts of X",
        "the provision of assistance by X", "close coordination among X" (the nouns are
        ``agent_nouns``), or the actor of a "for X to" ("calls for its prompt
        implementation, and for the Islamic Republic of Iran to take ...")."""
        lower = self.tokens.lower
        for position in range(at, min(limit, at + 25)):
            word = lower[position]
            if word in {";", ":", "that", "which", "who"} or self._active_infinitive(
                position, limit
            ):
                break
            repeated = word == "for" and lower[position - 1] in {"and", ","}
            if repeated and (asked := self._for_actor(position + 1, limit)) is not None:
                return asked
            agent = (
                word in self.words.agent_prepositions
                and lower[position - 1] in self.words.agent_nouns
            )
            if (word == "by" and self._actor_by(position)) or agent:
                mentions, end = self.objects(position + 1, limit, set())
                if mentions:
                    return Addressing(mentions, self.doc[end:limit])
        return self._none(at, limit)

    def _active_infinitive(self, at: int, limit: int) -> bool:
        """ "to" and a verb, where the activity's own words end; a passive after the
        noun asked for ("a ceasefire to be respected by all parties") goes on to its
        agent, one that describes a state ("submissions yet to be considered by the
        Commission") does not."""
        if not self.tokens.infinitive_at(at, limit, self.lexicon):
            return False
        after_noun = self.tokens.word(at - 1) not in self.lexicon.function_words
        return self.tokens.word(at + 1) != "be" or not after_noun

    def _for_actor(self, at: int, limit: int) -> Addressing | None:
        """ "..., and for X to <verb>", the verb's "for" said again: X is asked to act.
        Only when the infinitive follows the actors at once: in "support for developing
        countries in order to generate" and "services for all, including ..., to expand"
        the actors are beneficiaries."""
        mentions, end = self.objects(at, limit, set())
        if not mentions or mentions[-1].span.end != end:
            return None
        if not self.tokens.infinitive_at(end, limit, self.lexicon):
            return None
        return Addressing(mentions, self.doc[end:limit])

    def _actor_by(self, at: int) -> bool:
        """ "by" names the actor of the activity ("the provision of assistance by X", "the
        efforts undertaken by X", "a ceasefire to be respected by X", S/2024/835), not
        of a participle that describes an object ("the surrender of any persons
        indicted by the Tribunal")."""
        before = self.tokens.word(at - 1)
        participle = before.endswith(("ed", "en")) and lemma_of(before) != before
        if participle and self.tokens.word(at - 2) == "be":
            return True  # "Demands an immediate ceasefire to be respected by all parties"
        return not participle or self.tokens.word(at - 2) in self.words.agent_nouns

    # -- lists of actors -----------------------------------------------------------

    def objects(
        self, at: int, limit: int, stops: set[str], subject: bool = False
    ) -> tuple[list[Mention], int]:
        """The actors of a list up to the infinitive ("A, B and C to ..."), and where
        the list ends.  The list stops at the first item that is no actor; in a
        that-clause subject (``subject``) also after an actor followed by its verb
        ("that all parties respect the safety of ...")."""
        end = self._object_end(at, min(limit, at + 80), stops)
        mentions: list[Mention] = []
        last_end = at
        for item in self._items(at, end):
            mention = self.item_actor(item)
            if mention is None and mentions and self._between_commas(item):
                continue  # a parenthetical: "the Secretary-General, in preparing his report, and"
            if mention is None and self._shared_modifier(item):
                continue  # "bilateral, regional and multilateral partners", "Troop- and Police-"
            if mention is None:
                break
            mentions.append(mention)
            last_end = mention.span.end
            if subject and mention.span.end < item.end:
                break
            after = self.tokens.skip_adverbs(mention.span.end, item.end, self.lexicon)
            if after < item.end and self.tokens.bare_verb(after, self.lexicon):
                return mentions, after  # "Requests the Secretary-General provide reports"
            if self._of_a_thing(mention.span.end, item.end):
                break  # "Reminds States of their obligations under ... and protocols, and"
        return mentions, (last_end if subject else end)

    def _of_a_thing(self, at: int, end: int) -> bool:
        """ "of" and a lower-case word after an actor ("Reminds States of their obligations
        under relevant conventions and protocols, and Security Council resolutions"): what
        follows belongs to that thing, and the list's later "and" joins its words, not
        actors.  "the Government of Somali" (a name, misprinted) and "of the" go on."""
        following = self.tokens.word(at + 1)
        return (
            at + 1 < end
            and self.tokens.word(at) == "of"
            and following != "the"
            and not self.tokens.is_title(at + 1)
            and following.isalpha()
        )

    def _items(self, start: int, end: int) -> list[Item]:
        """The items of a list without its asides."""
        asides = self._asides(start, end)
        items: list[Item] = []
        begin = start
        for aside_start, aside_end in [*asides, (end, end)]:
            items.extend(list_items(self.tokens, begin, aside_start, self.actors.inside))
            begin = aside_end
        return items

    def _asides(self, start: int, end: int) -> list[tuple[int, int]]:
        """Aside phrases inside a list ("in consultation with X and Y", "through X"), up
        to the last comma of the list: in "in close collaboration with FAO, as well as
        other organizations, to ..." the organizations are in the aside too."""
        lower, found, at = self.tokens.lower, [], start
        while at < end:
            if lower[at] in self.aside_starts and any(
                self.tokens.starts_with(at, p) for p in self.words.asides
            ):
                close = max((i for i in range(at, end) if lower[i] == ","), default=end)
                found.append((at, close))
                at = close + 1
                continue
            at += 1
        return found

    def _shared_modifier(self, item: Item) -> bool:
        """A list item that is only a modifier of the next one's head: one word that is
        no function word ("bilateral", "regional and multilateral development
        partners"), or a word with a suspended hyphen ("Troop- and Police-contributing
        Countries"), also after determiners ("the United Nations and other appropriate
        international, regional and subregional organizations")."""
        words = [w for w in self.tokens.lower[item.start : item.end] if w != "-"]
        while len(words) > 1 and words[0] in self.words.determiners:
            words.pop(0)
        return (
            len(words) == 1
            and words[0].rstrip("-").isalpha()
            and words[0] not in self.lexicon.function_words
            and words[0] not in self.words.determiners
        )

    def _between_commas(self, item: Item) -> bool:
        return self.tokens.word(item.start - 1) == "," and self.tokens.word(item.end) == ","

    def item_actor(self, item: Item, tail: bool = False) -> Mention | None:
        """The actor one list item names: "Member States", "all concerned", "the relevant
        bodies of the United Nations system", "mine-affected States"; ``tail`` reads the
        end of a that-clause subject ("on 14 November 1999 all States")."""
        starts, lower = self.actors.starts, self.tokens.lower
        first = item.start
        while first < item.end and first not in starts and lower[first] in self.words.determiners:
            first += 1
        if first >= item.end:
            return self._everyone(item)
        if first in starts:
            return self.extend(starts[first], item.end)
        if lower[first] in self.lexicon.function_words:
            return self._tail_actor(item) if tail else None  # "in consultation with ...": aside
        for at in range(first, min(item.end, first + 6)):
            if lower[at] in self.lexicon.function_words:
                return None  # "coordination with international partners": not a head
            if at in starts:  # "Implementation Support Unit", "mine-affected States"
                named = self.extend(starts[at], item.end)
                return Mention(self.doc[first : named.span.end], named.category, named.name)
            category = self.lexicon.actors.head_nouns.get(lower[at])
            if category is not None:
                return Mention(self._trim(first, item.end), self._owner_category(at, category))
        return None

    def _everyone(self, item: Item) -> Mention | None:
        """ "all" alone ("calls upon all, in particular relevant United Nations entities,
        ..."): every actor (the words are ``everyone`` in clauses.toml)."""
        words = tuple(w for w in self.tokens.lower[item.start : item.end] if w != ",")
        if words not in self.words.everyone:
            return None
        return Mention(self._trim(item.start, item.end), "all-actors")

    def _tail_actor(self, item: Item) -> Mention | None:
        inner = [
            s for s in self.actors.starts.values() if item.start <= s.start and s.end == item.end
        ]
        return Mention(inner[0], inner[0].label_, self._name(inner[0])) if inner else None

    def _owner_category(self, at: int, category: str) -> str:
        """ "the relevant bodies of the United Nations system": a head noun followed by "of"
        and an actor takes that actor's category.  Members and participants of an
        organization are States ("members of the specialized agencies"), those of a
        named State or group are named ("members of the armed groups")."""
        if self.tokens.word(at + 1) != "of":
            return category
        after = at + 2 + (self.tokens.word(at + 2) == "the")
        owner = self.actors.starts.get(after)
        if owner is None:
            return category
        if category == "member-states" and owner.label_ != "named-states":
            return category
        return owner.label_

    def extend(self, span: Span, limit: int) -> Mention:
        """One actor from "Government of the Sudan", "Governments of X and Y" (named States,
        not Member States in general), "the Director General of the IAEA" (a title takes
        its organization's category), or a name with its acronym "(UNODC)"."""
        end, category = span.end, span.label_
        title = span.text in self.lexicon.actors.titles
        while end + 1 < limit and self.tokens.lower[end] == "of":
            after = end + 1 + (self.tokens.lower[end + 1] == "the")
            owner = self.actors.starts.get(after)
            if owner is None:
                break
            end = owner.end
            if title or (owner.label_ == "named-states" and category == "member-states"):
                category = owner.label_
            title = False
        if end + 2 < limit and self.tokens.text[end] == "(" and end + 1 in self.actors.starts:
            closing = self.actors.starts[end + 1].end
            if closing < limit and self.tokens.text[closing] == ")":
                end = closing + 1
        printed = self.doc[span.start : end]
        if end == span.end:
            short = span.text in self.lexicon.actors.shorts
            return Mention(span, category, self._name(span), short)
        return Mention(printed, category)

    def _name(self, span: Span) -> str | None:
        """The entity's full name when the text prints an acronym or a short form."""
        return span.id_ if span.id_ and span.id_ != span.text else None

    def _trim(self, start: int, end: int) -> Span:
        while end > start and self.tokens.lower[end - 1] in {",", ";", "and", "or"}:
            end -= 1
        return self.doc[start:end]

    def _first_content(self, at: int) -> int:
        while at < self.tokens.size and self.tokens.lower[at] in self.words.determiners:
            at += 1
        return at

    # -- where a list of actors ends --------------------------------------------------

    def _object_end(self, at: int, limit: int, stops: set[str]) -> int:
        """Where an object list ends: before "to" + verb, "that", ";", ":" (or ``stops``)."""
        lower = self.tokens.lower
        for position in range(at, limit):
            word = lower[position]
            if word in {";", ":", "that", "which", "who", "whose"} or word in stops:
                return position
            if word == "to" and self.tokens.infinitive_at(position, limit, self.lexicon):
                return position
        return limit
