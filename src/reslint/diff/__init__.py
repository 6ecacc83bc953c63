"""``reslint diff``: two versions of a resolution compared paragraph by paragraph.

Data flows one way, from two parsed (and classified) documents:

    units.py    the paragraphs of each part, with what a comparison needs of them
    align.py    which paragraph of the new version is which of the old, by content
    meaning.py  what each aligned unit's edits mean (through the seam in clauses.py)
    summary.py  counts, renumbering and the verdict
    result.py   the ``Comparison`` the renderers (render/diff_*.py) read

``compare`` runs them; ``new_findings`` keeps the lint findings of the new version
that the old one did not have.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reslint.classifier import Classification
from reslint.diff.align import Match, align
from reslint.diff.clauses import (
    PreambleReading,
    Reading,
    operative_reading,
    preamble_reading,
)
from reslint.diff.meaning import Cited, Reader, without_repeats
from reslint.diff.result import AlignedUnit, Change, Comparison, Version
from reslint.diff.summary import summarize
from reslint.diff.text import Segment, word_diff, words
from reslint.diff.units import PARTS, Unit, document_units
from reslint.lexicon import Lexicon
from reslint.lint.diagnostic import Diagnostic
from reslint.model import Document, Paragraph

__all__ = ["compare", "new_findings"]

_NOTHING = Reading((), (), (), ())
# A clause split off into a paragraph of its own, or merged into another, has its actors
# and action read anew ("calls upon them" points at other words), so across a split or a
# merge only verbs, modifiers and mandates compare.
_READ_IN_CONTEXT = ("addressee", "action")
_LABEL = re.compile(r"\(?(?:\d{1,3}|[a-z]{1,2}|[ivxl]{1,6})[.)]")  # "5.", "(a)", "iv)"
_RECALL_WORDS = 6  # "Recalling also its resolution 79/129 of 4 December 2024": the words around it


def compare(
    old: Document,
    new: Document,
    lexicon: Lexicon,
    old_classes: Classification | None = None,
    new_classes: Classification | None = None,
) -> Comparison:
    """Align ``old`` and ``new`` and read what changed; without classifications only the
    wording, citations, dates and sessions are compared."""
    comparer = _Comparer(old, new, lexicon, old_classes, new_classes)
    old_units, new_units = document_units(old), document_units(new)
    units = [unit for part in PARTS for unit in comparer.level(old_units[part], new_units[part])]
    return Comparison(
        Version(old.path, old.symbol, old.kind),
        Version(new.path, new.symbol, new.kind),
        units,
        summarize(units),
    )


def new_findings(old: Sequence[Diagnostic], new: Sequence[Diagnostic]) -> list[Diagnostic]:
    """The findings of ``new`` that ``old`` did not have, compared by ``identity()`` (rule,
    message and line text, paragraph numbers left out), as many times as they occur."""
    known = Counter(d.identity() for d in old)
    added = []
    for diagnostic in new:
        if known[diagnostic.identity()]:
            known[diagnostic.identity()] -= 1
        else:
            added.append(diagnostic)
    return added


class _Comparer:
    """Builds the aligned units of one comparison, level by level."""

    def __init__(
        self,
        old: Document,
        new: Document,
        lexicon: Lexicon,
        old_classes: Classification | None,
        new_classes: Classification | None,
    ) -> None:
        self.reader = Reader(lexicon, new.heading.session_number)
        self.bodies = (old.body, new.body)
        self.readings = (_readings(old_classes, lexicon), _readings(new_classes, lexicon))

    def level(self, old: list[Unit], new: list[Unit], same: bool = False) -> list[AlignedUnit]:
        """The aligned units of two lists of paragraphs (one part, or the sub-paragraphs
        of aligned paragraphs), each followed by its sub-paragraphs.  ``same``: the
        enclosing paragraphs say the same words, however they are divided."""
        aligned = []
        for match in _ordered(align(old, new)):
            olds = [old[i] for i in match.old]
            news = [new[j] for j in match.new]
            aligned.append(self._unit(olds, news, match, same))
            whole = same or _same_subtree(olds, news)
            children = self.level(
                [c for u in olds for c in u.children], [c for u in news for c in u.children], whole
            )
            if whole:
                for child in children:
                    child.old = child.old or [u.id for u in olds]
                    child.new = child.new or [u.id for u in news]
            aligned.extend(children)
        return aligned

    def _unit(self, olds: list[Unit], news: list[Unit], match: Match, same: bool) -> AlignedUnit:
        sample = (olds or news)[0]
        old_text = " ".join(u.body for u in olds)
        new_text = " ".join(u.body for u in news)
        unit = AlignedUnit(
            part=sample.part,
            old=[u.id for u in olds],
            new=[u.id for u in news],
            old_labels=[u.label for u in olds],
            new_labels=[u.label for u in news],
            status=match.status,
            level=sample.level,
            moved=match.moved,
            similarity=round(match.similarity, 3),
            old_text=old_text,
            new_text=new_text,
        )
        if olds and news and (same or _same_subtree(olds, news)):
            unit.segments = [Segment("equal", old_text, new_text)]
            unit.moved = match.moved and not same
            unit.status = "moved" if unit.moved else "unchanged"
            if not same:  # the same words; their footnotes may still differ
                unit.changes = self.reader.footnote_changes(olds[0].notes, news[0].notes)
                if unit.changes:
                    unit.changes += self.reader.citation_changes(
                        self._cited(0, olds), self._cited(1, news)
                    )
                unit.status = "edited" if unit.changes and not unit.moved else unit.status
            return unit
        if same:  # a piece of a paragraph divided differently in the other version
            unit.status = "unchanged"
            return unit
        if olds and news:
            unit.segments = word_diff(old_text, new_text)
            unit.changes = self._changes(olds, news, unit.segments)
            if unit.status in ("split", "merged") and _redivided(unit):
                unit.status, unit.changes = "unchanged", []
            elif unit.status == "unchanged" and unit.changes:
                unit.status = "edited"
        else:
            unit.changes = self._one_side(olds, news)
            unit.rollover = unit.status == "added" and self._recalls_last_session(news, unit)
        return unit

    def _changes(self, olds: list[Unit], news: list[Unit], segments: list[Segment]) -> list[Change]:
        reader = self.reader
        changes = reader.text_changes(segments)
        changes += reader.footnote_changes(
            [n for u in olds for n in u.notes], [n for u in news for n in u.notes]
        )
        changes += reader.citation_changes(self._cited(0, olds), self._cited(1, news))
        changes += reader.date_changes(_paragraphs(olds), _paragraphs(news))
        changes += reader.session_changes(
            " ".join(u.body for u in olds), " ".join(u.body for u in news)
        )
        reading = self._reading_changes(olds, news)
        if len(olds) > 1 or len(news) > 1:
            reading = [c for c in reading if c.kind not in _READ_IN_CONTEXT]
        return without_repeats(changes + reading)

    def _one_side(self, olds: list[Unit], news: list[Unit]) -> list[Change]:
        """What an added or deleted paragraph brings or takes away: its verbs, addressees,
        mandates and citations."""
        changes = self._reading_changes(olds, news)
        changes += self.reader.citation_changes(self._cited(0, olds), self._cited(1, news))
        return changes

    def _reading_changes(self, olds: list[Unit], news: list[Unit]) -> list[Change]:
        old, new = self._reading(0, olds), self._reading(1, news)
        if isinstance(old, PreambleReading) or isinstance(new, PreambleReading):
            if isinstance(old, PreambleReading) and isinstance(new, PreambleReading):
                return self.reader.preamble_changes(old, new)
            reading = old or new
            assert isinstance(reading, PreambleReading)
            return [Change("verb", old and reading.opener, new and reading.opener, clause=0)]
        if old is None and new is None:
            return []
        return self.reader.clause_changes(old or _NOTHING, new or _NOTHING)

    def _reading(self, side: int, units: list[Unit]) -> Reading | PreambleReading | None:
        """The classification of top-level paragraphs; several (a split, a merge) read
        as one paragraph with all their clauses."""
        if not units or any(u.level for u in units):
            return None
        found = [self.readings[side].get(u.id) for u in units]
        if any(r is None for r in found):
            return None
        if isinstance(found[0], PreambleReading):
            return found[0]
        readings = [r for r in found if isinstance(r, Reading)]
        return Reading(
            clauses=tuple(c for r in readings for c in r.clauses),
            addressees=tuple(a for r in readings for a in r.addressees),
            actions=tuple(a for r in readings for a in r.actions),
            mandates=tuple(m for r in readings for m in r.mandates),
        )

    def _cited(self, side: int, units: list[Unit]) -> list[Cited]:
        return [
            cited
            for u in units
            for cited in self.reader.citations(u.paragraph, u.notes, self.bodies[side])
        ]

    def _recalls_last_session(self, news: list[Unit], unit: AlignedUnit) -> bool:
        """An added preambular paragraph that only recalls last session's resolution."""
        if len(news) != 1 or news[0].part != "preamble" or news[0].paragraph is None:
            return False
        reading = self.readings[1].get(news[0].id)
        cited = [c for c in unit.changes if c.kind == "citation"]
        if not isinstance(reading, PreambleReading) or reading.function != "recall-reaffirm":
            return False
        if not cited or not all(c.rollover for c in cited):
            return False
        citation_words = sum(len(words(c.text)) for c in news[0].paragraph.citations)
        return len(news[0].words) - citation_words <= _RECALL_WORDS


def _readings(
    classes: Classification | None, lexicon: Lexicon
) -> dict[str, Reading | PreambleReading]:
    if classes is None:
        return {}
    found: dict[str, Reading | PreambleReading] = {
        p.id: preamble_reading(p, lexicon) for p in classes.preambular
    }
    found.update({p.id: operative_reading(p) for p in classes.operative})
    return found


def _redivided(unit: AlignedUnit) -> bool:
    """The same words divided into paragraphs differently, where paragraphs bear no
    operative number (a paragraph break a PDF lost or added, an annex's "5." read as a
    label on one side and as a word on the other): at most punctuation, case and such
    labels differ."""
    return unit.part != "operative" and all(
        c.kind == "text" and (c.editorial or _labels_only(c)) for c in unit.changes
    )


def _labels_only(change: Change) -> bool:
    tokens = f"{change.old or ''} {change.new or ''}".split()
    return bool(tokens) and all(_LABEL.fullmatch(t) for t in tokens)


def _same_subtree(olds: list[Unit], news: list[Unit]) -> bool:
    """One paragraph on each side saying the same words, sub-paragraphs included."""
    return len(olds) == len(news) == 1 and olds[0].full_key == news[0].full_key


def _ordered(matches: list[Match]) -> list[Match]:
    """Matches in the new version's order; a deleted paragraph comes right after the
    paragraph that preceded it in the old version and stayed in place."""
    placed = {i: min(m.new) for m in matches if m.old and m.new and not m.moved for i in m.old}

    def position(match: Match) -> tuple[int, int, int]:
        if match.new:
            return (min(match.new), 0, 0)
        before = [placed[i] for i in placed if i < match.old[0]]
        return (max(before) if before else -1, 1, match.old[0])

    return sorted(matches, key=position)


def _paragraphs(units: list[Unit]) -> list[Paragraph]:
    """The parsed paragraphs of ``units`` (the title has none)."""
    return [u.paragraph for u in units if u.paragraph is not None]
