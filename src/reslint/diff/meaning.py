"""What an edit means: the changes between two aligned paragraphs, read from their parse
and their classification.

Each reader below compares one thing and returns ``Change`` entries:

* ``clause_changes``: operative verbs (opening and later clauses) with their strength
  and its direction, repetition modifiers, addressees with their category, requested
  actions and reporting mandates with their due time (``clauses.Reading``);
* ``preamble_changes``: the opener, its modifiers and the preambular function;
* ``citation_changes``: resolutions and documents cited in the paragraph or its
  footnotes, a roll-over (last year's number replaced by this year's) paired up;
* ``date_changes`` and ``session_changes``: dates outside citations, and sessions
  written in words ("at its eightieth session");
* ``text_changes`` and ``footnote_changes``: the word-level edits of the paragraph and
  of its footnotes, editorial ones (case, punctuation, hyphenation) marked.

Every change that a yearly roll-over makes (a later session, a later date, this year's
resolution or report instead of last year's) is marked ``rollover``; the summary
reads a version that changes nothing else as a technical update.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reslint.diff.clauses import Clause, PreambleReading, Reading
from reslint.diff.result import Change
from reslint.diff.text import Segment, body, editorial_form, key, word_diff
from reslint.grammar.citations import find_citations
from reslint.grammar.dates import find_dates
from reslint.lexicon import Lexicon, words_of
from reslint.model import Paragraph

_SESSION = re.compile(r"\b([A-Za-z]+(?:-[A-Za-z]+)?)\s+(?:emergency\s+)?(?:special\s+)?sessions?\b")
_NUMBER = re.compile(r"\d+")
_MONTHS = frozenset(name.lower() for name in calendar.month_name if name)
_EDGES = ".,;:()[]\"'"
_FIRST_SESSION_ORDINAL = 10


@dataclass(frozen=True)
class Cited:
    """A citation as the diff compares it."""

    kind: str  # "resolution", "decision", "document"
    number: str  # "79/129", "A/80/177", "2025/23"
    date: str | None

    @property
    def shape(self) -> str:
        """The number with its digits hidden: this year's report ("A/80/177") has the
        shape of last year's ("A/79/99")."""
        return _NUMBER.sub("#", self.number)

    @property
    def series(self) -> int | None:
        """The session or year the number belongs to: 79 in "79/129", "A/79/99" and
        "A/C.6/79/SR.37", 2025 in "2025/23" and "1757 (2025)"."""
        year = re.search(r"\((\d{4})\)", self.number)
        if year:
            return int(year.group(1))
        found = next((p for p in self.number.split("/") if p.isdecimal()), None)
        return int(found) if found else None


class Reader:
    """Reads the changes of aligned paragraphs; built once per comparison."""

    def __init__(self, lexicon: Lexicon, new_session: int | None) -> None:
        self.lexicon = lexicon
        self.new_session = new_session  # the new version's session, for "last year's" texts

    # -- words ----------------------------------------------------------------

    def text_changes(self, segments: Iterable[Segment], where: str | None = None) -> list[Change]:
        return [
            Change(
                "text",
                segment.old or None,
                segment.new or None,
                where=where,
                editorial=segment.editorial or self._repetition(segment),
                rollover=self._rolling(segment),
            )
            for segment in segments
            if segment.tag != "equal"
        ]

    def footnote_changes(self, old: Sequence[str], new: Sequence[str]) -> list[Change]:
        """The footnotes a paragraph points at, matched by their words in order (their
        numbers never count): a footnote added, dropped or reworded."""
        old_keys, new_keys = [key(n) for n in old], [key(n) for n in new]
        if old_keys == new_keys:
            return []
        changes = []
        matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            for offset in range(max(i2 - i1, j2 - j1)):
                before = old[i1 + offset] if i1 + offset < i2 else ""
                after = new[j1 + offset] if j1 + offset < j2 else ""
                changes.extend(self.text_changes(word_diff(before, after), where="footnote"))
        return changes

    def _repetition(self, segment: Segment) -> bool:
        """Only "also" or "further" came or went: editorial (see ``_modifier_changes``)."""
        words = words_of(f"{segment.old} {segment.new}")
        return bool(words) and all(self.lexicon.repetition.match((w,)) for w in words)

    def _rolling(self, segment: Segment) -> bool:
        """A word run that a roll-over changes: numbers, session ordinals, months and the
        small words between them ("A/79/99 and A/79/99/Add.1" -> "A/80/177")."""
        tokens = [t.strip(_EDGES) for t in f"{segment.old} {segment.new}".split()]
        tokens = [t for t in tokens if t]
        rolling = [t for t in tokens if self._rolling_word(t)]
        return bool(rolling) and all(
            t in rolling or t.lower() in self.lexicon.function_words for t in tokens
        )

    def _rolling_word(self, token: str) -> bool:
        """A number, a month, or a session's ordinal (sessions run past the tenth; "third"
        and "Fourth" in "the Fourth Review Conference" are not roll-overs)."""
        ordinal = self.lexicon.ordinal(token)
        return (
            any(c.isdecimal() for c in token)
            or token.lower() in _MONTHS
            or (ordinal is not None and ordinal >= _FIRST_SESSION_ORDINAL)
        )

    # -- sessions and dates ----------------------------------------------------

    def sessions(self, text: str) -> list[tuple[str, int]]:
        """Sessions written in words: ("eightieth", 80)."""
        found = []
        for match in _SESSION.finditer(text):
            number = self.lexicon.ordinal(match.group(1))
            if number is not None:
                found.append((match.group(1).lower(), number))
        return found

    def session_changes(self, old: str, new: str) -> list[Change]:
        removed, added = _difference(self.sessions(old), self.sessions(new))
        return [
            Change(
                "session",
                before[0] if before else None,
                after[0] if after else None,
                rollover=bool(before and after and after[1] > before[1]),
            )
            for before, after in _paired(removed, added)
        ]

    def date_changes(self, old: Sequence[Paragraph], new: Sequence[Paragraph]) -> list[Change]:
        """Dates outside citations that one side has and the other lacks; the paragraphs
        of a split or a merge count together (a date of the second paragraph merged
        into the first is neither removed nor added)."""
        removed, added = _difference(
            [d for p in old for d in _dates(p)], [d for p in new for d in _dates(p)]
        )
        return [
            Change(
                "date",
                before[0] if before else None,
                after[0] if after else None,
                rollover=bool(before and after and before[1] and after[1] and after[1] > before[1]),
            )
            for before, after in _paired(removed, added)
        ]

    # -- citations --------------------------------------------------------------

    def citations(
        self, paragraph: Paragraph | None, notes: Sequence[str], body_id: str | None
    ) -> list[Cited]:
        """Citations of the paragraph's own text (the parse) and of its footnotes."""
        found: list[Cited] = []
        if paragraph is not None:
            found.extend(Cited(c.kind, c.number.rstrip("."), c.date) for c in paragraph.citations)
        for note in notes:
            found.extend(
                Cited(c.kind, c.number.rstrip("."), c.date) for c in find_citations(note, body_id)
            )
        return found

    def citation_changes(self, old: list[Cited], new: list[Cited]) -> list[Change]:
        old_numbers = {c.number: c for c in old}
        new_numbers = {c.number: c for c in new}
        changes = [
            Change("date", old_numbers[n].date, new_numbers[n].date, rollover=False)
            for n in old_numbers.keys() & new_numbers.keys()
            if old_numbers[n].date
            and new_numbers[n].date
            and old_numbers[n].date != new_numbers[n].date
        ]
        removed = [c for n, c in old_numbers.items() if n not in new_numbers]
        added = [c for n, c in new_numbers.items() if n not in old_numbers]
        latest_new = max((c.series or 0 for c in new), default=0)
        for before, after in _paired(removed, added, lambda c: (c.kind, c.shape)):
            changes.append(
                Change(
                    "citation",
                    before.number if before else None,
                    after.number if after else None,
                    rollover=self._rolled(before, after, latest_new),
                )
            )
        return changes

    def _rolled(self, before: Cited | None, after: Cited | None, latest_new: int) -> bool:
        """Last year's text replaced by this year's, an older one dropped beside it, or
        last session's resolution newly recalled."""
        if before and after:
            return bool(before.series and after.series and after.series > before.series)
        if before:
            return bool(before.series and before.series < latest_new)
        assert after is not None
        return bool(
            self.new_session
            and after.series
            and self.new_session - 1 <= after.series <= self.new_session
        )

    # -- classification ---------------------------------------------------------

    def clause_changes(self, old: Reading, new: Reading) -> list[Change]:
        """Verbs, modifiers, addressees, actions and mandates; a paragraph added or
        deleted is compared with an empty reading."""
        if old.clauses and new.clauses:
            changes = _verb_changes(old.clauses[0], new.clauses[0], 0)
            changes.extend(_modifier_changes(old.clauses[0].modifiers, new.clauses[0].modifiers))
            changes.extend(_later_clauses(old.clauses[1:], new.clauses[1:]))
        else:
            changes = [Change("verb", c.verb, None, clause=n) for n, c in enumerate(old.clauses)]
            changes += [Change("verb", None, c.verb, clause=n) for n, c in enumerate(new.clauses)]
        removed, added = _difference(old.addressees, new.addressees, _actor)
        for before, after in _paired(removed, added, lambda a: a[0]):
            changes.append(
                Change(
                    "addressee",
                    before[1] if before else None,
                    after[1] if after else None,
                    category=(after or before)[0],  # type: ignore[index]
                )
            )
        removed_actions, added_actions = _difference(old.actions, new.actions)
        changes.extend(
            Change("action", before, after)
            for before, after in _paired(removed_actions, added_actions)
        )
        removed_dues, added_dues = _difference(old.mandates, new.mandates)
        changes.extend(
            Change("mandate", before, after, rollover=self._later_due(before, after))
            for before, after in _paired(removed_dues, added_dues)
        )
        return changes

    def _later_due(self, before: str | None, after: str | None) -> bool:
        if not before or not after:
            return False
        old, new = self.sessions(before), self.sessions(after)
        if old and new:
            return new[0][1] > old[0][1]
        old_dates, new_dates = find_dates(before), find_dates(after)
        if old_dates and new_dates:
            return (new_dates[0][2].iso or "") > (old_dates[0][2].iso or "")
        return False

    @staticmethod
    def preamble_changes(old: PreambleReading, new: PreambleReading) -> list[Change]:
        changes = []
        if (old.opener or "").lower() != (new.opener or "").lower():
            changes.append(Change("verb", old.opener, new.opener, clause=0))
        if old.function != new.function:
            changes.append(Change("function", old.function, new.function))
        changes.extend(_modifier_changes(old.modifiers, new.modifiers))
        return changes


def without_repeats(changes: list[Change]) -> list[Change]:
    """Sessions and dates already reported as a mandate's new due time are not reported
    again on their own."""
    dues = [(c.old or "", c.new or "") for c in changes if c.kind == "mandate"]
    kept = []
    for change in changes:
        repeated = change.kind in ("session", "date") and any(
            (change.old or "") in before and (change.new or "") in after for before, after in dues
        )
        if not repeated:
            kept.append(change)
    return kept


def direction(old: int | None, new: int | None) -> str | None:
    if old is None or new is None:
        return None
    return "strengthened" if new > old else "weakened" if new < old else "same"


def _verb_changes(old: Clause, new: Clause, clause: int) -> list[Change]:
    if (old.head, old.verb) == (new.head, new.verb):
        return []
    way = direction(old.rank, new.rank)
    changes = [Change("verb", old.verb, new.verb, direction=way, clause=clause)]
    if way in ("strengthened", "weakened"):
        changes.append(
            Change(
                "strength",
                {"rank": old.rank, "label": old.strength},
                {"rank": new.rank, "label": new.strength},
                direction=way,
                clause=clause,
            )
        )
    return changes


def _modifier_changes(old: Sequence[str], new: Sequence[str]) -> list[Change]:
    """ "also", "further" gained or lost: editorial, they follow from the order of the
    paragraphs that open alike (UN Editorial Manual), not from what a paragraph asks."""
    removed, added = _difference(old, new)
    return [Change("modifier", m, None, editorial=True) for m in removed] + [
        Change("modifier", None, m, editorial=True) for m in added
    ]


def _later_clauses(old: Sequence[Clause], new: Sequence[Clause]) -> list[Change]:
    """Later clauses matched by their verbs in order; a clause with a different verb in
    the place of one other clause is a verb change, the others were added or dropped."""
    heads = difflib.SequenceMatcher(
        None, [c.head or c.verb for c in old], [c.head or c.verb for c in new], autojunk=False
    )
    changes: list[Change] = []
    for tag, i1, i2, j1, j2 in heads.get_opcodes():
        if tag == "equal":
            continue
        # clauses replaced one for one are verb changes; otherwise they went and came
        pairs = i2 - i1 if tag == "replace" and i2 - i1 == j2 - j1 else 0
        for offset in range(pairs):
            changes.extend(_verb_changes(old[i1 + offset], new[j1 + offset], j1 + offset + 1))
        changes.extend(Change("verb", c.verb, None, clause=None) for c in old[i1 + pairs : i2])
        changes.extend(
            Change("verb", None, c.verb, clause=j1 + pairs + n + 1)
            for n, c in enumerate(new[j1 + pairs : j2])
        )
    return changes


def _actor(addressee: tuple[str, str]) -> tuple[str, str]:
    return addressee[0], editorial_form(addressee[1])


def _dates(paragraph: Paragraph) -> list[tuple[str, str | None]]:
    """Dates of the paragraph's own text outside its citations: (as printed, ISO)."""
    text = paragraph.text
    for citation in paragraph.citations:
        start, end = citation.start - paragraph.text_start, citation.end - paragraph.text_start
        if 0 <= start < end <= len(text):
            text = text[:start] + " " * (end - start) + text[end:]
    return [(body(date.text), date.iso) for _, _, date in find_dates(text)]


def _difference(old: Iterable, new: Iterable, key_of=None) -> tuple[list, list]:  # noqa: ANN001
    """Items of ``old`` not in ``new`` and of ``new`` not in ``old``, as multisets, in order."""
    key_of = key_of or (lambda item: item)
    old_list, new_list = list(old), list(new)
    old_count = Counter(key_of(item) for item in old_list)
    new_count = Counter(key_of(item) for item in new_list)
    removed, added = [], []
    seen: Counter = Counter()
    for item in old_list:
        seen[key_of(item)] += 1
        if seen[key_of(item)] > new_count[key_of(item)]:
            removed.append(item)
    seen = Counter()
    for item in new_list:
        seen[key_of(item)] += 1
        if seen[key_of(item)] > old_count[key_of(item)]:
            added.append(item)
    return removed, added


def _paired(removed: list, added: list, group_of=None) -> list[tuple]:  # noqa: ANN001
    """Removed and added items paired in order (within the same group when ``group_of``
    is given), the rest alone: [(old, new), (old, None), (None, new)]."""
    group_of = group_of or (lambda item: None)
    pairs: list[tuple] = []
    waiting = list(added)
    for item in removed:
        partner = next((a for a in waiting if group_of(a) == group_of(item)), None)
        if partner is not None:
            waiting.remove(partner)
        pairs.append((item, partner))
    pairs.extend((None, item) for item in waiting)
    return pairs
