"""The summary a comparison opens with: counts by kind of change, the renumbering of
the operative part, and the verdict.

Verdicts, from the least to the most:

* ``unchanged``: nothing differs but layout and typography;
* ``editorial``: only case, punctuation or hyphenation;
* ``technical update``: only what a yearly roll-over changes -- later sessions and
  dates, this year's resolution and report cited instead of last year's, a paragraph
  recalling last session's resolution -- with editorial edits;
* ``substantive``: anything else.
"""

from __future__ import annotations

from collections import Counter

from reslint.diff.result import STATUSES, AlignedUnit, Change, Summary

_STRUCTURE = ("added", "deleted", "moved", "split", "merged", "edited")


# What the headline counts, in its order; a paragraph added or deleted counts only for
# the mandates and citations it brings or takes away (its verbs are the paragraph's).
COUNTS = (
    "strengthened",
    "weakened",
    "verbs changed",
    "clauses added",
    "clauses dropped",
    "modifiers changed",
    "addressees added",
    "addressees removed",
    "addressees changed",
    "actions changed",
    "mandates added",
    "mandates dropped",
    "mandates with a new due time",
    "citations added",
    "citations removed",
    "citations updated",
    "dates changed",
    "sessions changed",
    "preambular functions changed",
    "editorial edits",
    "title changed",
)
_WHOLE = ("added", "deleted")


def summarize(units: list[AlignedUnit]) -> Summary:
    paragraphs = Counter(u.status for u in units if u.level == 0 and u.part != "title")
    subparagraphs = Counter(u.status for u in units if u.level > 0)
    counts: Counter[str] = Counter()
    for unit in units:
        if unit.part == "title" and unit.status != "unchanged":
            counts["title changed"] += 1
        for change in unit.changes:
            name = _counted(change, unit.status in _WHOLE)
            if name:
                counts[name] += 1
        if unit.status == "edited" and all(_editorial(c) for c in unit.changes):
            counts["editorial edits"] += 1
    ordered = {name: counts[name] for name in COUNTS if counts[name]}
    return Summary(
        verdict=_verdict(units),
        paragraphs={s: paragraphs[s] for s in STATUSES if paragraphs[s]},
        subparagraphs={s: subparagraphs[s] for s in STATUSES if subparagraphs[s]},
        counts=ordered,
        numbering=_numbering(units),
        headline=_headline(paragraphs, subparagraphs, ordered),
    )


# the counter of a change by its sides: (both sides, only the new one, only the old one)
_SIDED = {
    "mandate": ("mandates with a new due time", "mandates added", "mandates dropped"),
    "citation": ("citations updated", "citations added", "citations removed"),
    "verb": ("verbs changed", "clauses added", "clauses dropped"),
    "addressee": ("addressees changed", "addressees added", "addressees removed"),
}
_CHANGED = {
    "modifier": "modifiers changed",
    "action": "actions changed",
    "function": "preambular functions changed",
    "date": "dates changed",
    "session": "sessions changed",
}
_WITH_WHOLE = {"mandate", "citation"}  # counted even in a paragraph added or deleted


def _counted(change: Change, whole: bool) -> str | None:
    """The counter a change adds to (None for word-level edits); ``whole``: the change
    comes with a paragraph added or deleted."""
    if whole and change.kind not in _WITH_WHOLE:
        return None
    if change.kind == "strength":
        return change.direction
    if change.kind in _SIDED:
        both, added, removed = _SIDED[change.kind]
        if change.old is not None and change.new is not None:
            return both
        return added if change.old is None else removed
    return _CHANGED.get(change.kind)


def _editorial(change: Change) -> bool:
    return change.editorial


def _rollover(change: Change) -> bool:
    return change.rollover or _editorial(change)


def _verdict(units: list[AlignedUnit]) -> str:
    changed = [u for u in units if u.status != "unchanged" or u.changes]
    if not changed:
        return "unchanged"
    if all(u.status == "edited" and all(_editorial(c) for c in u.changes) for u in changed):
        return "editorial"
    if all(
        (u.status == "edited" and all(_rollover(c) for c in u.changes))
        or (u.status == "added" and u.rollover)
        for u in changed
    ):
        return "technical update"
    return "substantive"


def _numbering(units: list[AlignedUnit]) -> list[tuple[str, str]]:
    """Operative paragraphs whose printed number changed: (old, new)."""
    renumbered = []
    for unit in units:
        if unit.part != "operative" or unit.level or unit.status in ("added", "deleted"):
            continue
        for old in unit.old_labels:
            for new in unit.new_labels:
                if old and new and old != new:
                    renumbered.append((old, new))
    return renumbered


def _headline(paragraphs: Counter, subparagraphs: Counter, counts: dict[str, int]) -> str:
    """ "3 paragraphs added, 1 deleted, 2 weakened, 1 mandate dropped, ..."."""
    parts = []
    for status in _STRUCTURE:
        number = paragraphs[status]
        if number:
            noun = "" if parts else (" paragraph" if number == 1 else " paragraphs")
            parts.append(f"{number}{noun} {status}")
    sub = [f"{subparagraphs[s]} {s}" for s in _STRUCTURE if subparagraphs[s]]
    if sub:
        parts.append(f"sub-paragraphs {', '.join(sub)}")
    parts.extend(_counted_phrase(number, name) for name, number in counts.items())
    return ", ".join(parts) if parts else "no change"


def _counted_phrase(number: int, name: str) -> str:
    """ "1 citation updated", "2 citations updated", "1 editorial edit"."""
    if number != 1:
        return f"{number} {name}"
    words = name.split()
    plural = next((i for i, w in enumerate(words) if w in _PLURALS), None)
    if plural is not None:
        words[plural] = words[plural][:-1]
    return f"1 {' '.join(words)}"


_PLURALS = frozenset(
    {
        "verbs",
        "clauses",
        "modifiers",
        "addressees",
        "actions",
        "mandates",
        "citations",
        "dates",
        "sessions",
        "functions",
        "edits",
    }
)
