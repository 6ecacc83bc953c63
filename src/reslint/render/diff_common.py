"""What the ``reslint diff`` renderers share: names of units, the renumbering in runs,
and one sentence per change.

Units are named as negotiators name them: "PP3" for the third preambular paragraph,
"OP5" for operative paragraph 5, "OP5(a)" for its sub-paragraph, "OP II.2" in a
section.  Strength changes carry an arrow: ↑ strengthened, ↓ weakened.
"""

from __future__ import annotations

from reslint.diff.result import AlignedUnit, Change, Comparison

ARROWS = {"strengthened": "↑", "weakened": "↓", "same": "="}
ROLLOVER = " (roll-over)"


def unit_name(paragraph_id: str) -> str:
    """ "pp_3" -> "PP3", "op_5__a" -> "OP5(a)", "op_II_2" -> "OP II.2"; others as they are."""
    head, *children = paragraph_id.split("__")
    prefix, _, rest = head.partition("_")
    if prefix not in ("pp", "op") or not rest:
        return paragraph_id
    name = prefix.upper() + (" " if "_" in rest else "") + rest.replace("_", ".")
    return name + "".join(f"({child})" for child in children)


def side_name(ids: list[str]) -> str:
    """One side of a unit: "OP5", "OP5 + OP6", or "—" when the side is empty."""
    return " + ".join(unit_name(i) for i in ids) if ids else "—"


def status_text(unit: AlignedUnit) -> str:
    """ "edited", "moved", "moved, edited", ..."""
    if unit.status == "moved" and unit.edited:
        return "moved, edited"
    return unit.status


def numbering_runs(numbering: list[tuple[str, str]]) -> list[str]:
    """Renumbered operative paragraphs in runs: ["9–34 → 11–37", "5 → 4"]."""
    runs: list[list[tuple[int, int]]] = []
    others = []
    for old, new in numbering:
        if not (old.isdecimal() and new.isdecimal()):
            others.append(f"{old} → {new}")
            continue
        pair = (int(old), int(new))
        last = runs[-1][-1] if runs else None
        if last and pair == (last[0] + 1, last[1] + 1):
            runs[-1].append(pair)
        else:
            runs.append([pair])
    texts = []
    for run in runs:
        (old_first, new_first), (old_last, new_last) = run[0], run[-1]
        if len(run) == 1:
            texts.append(f"{old_first} → {new_first}")
        else:
            texts.append(f"{old_first}–{old_last} → {new_first}–{new_last}")
    return texts + others


def describe(change: Change, unit: AlignedUnit) -> str | None:
    """One line for a change; None for word-level changes (renderers show those as a
    word diff)."""
    old, new = change.old, change.new
    tail = ROLLOVER if change.rollover else ""
    if change.kind == "text":
        if change.where != "footnote":
            return None  # shown as a word diff
        if old is None:
            return f"footnote added: {new}{tail}"
        if new is None:
            return f"footnote removed: {old}{tail}"
        return f"footnote: {old} → {new}{tail}"
    if change.kind == "verb":
        what = "opener" if unit.part == "preamble" else ("verb" if change.clause == 0 else "clause")
        if old is None:
            return f"{what} added: {new}"
        if new is None:
            return f"{what} dropped: {old}"
        arrow = f" {ARROWS[change.direction]}" if change.direction else ""
        way = f" ({change.direction}{arrow})" if change.direction else ""
        return f"{what}: {old} → {new}{way}"
    if change.kind == "strength":
        arrow = ARROWS.get(change.direction or "", "")
        return (
            f"strength: {old['label']} ({old['rank']}) → {new['label']} ({new['rank']}) "
            f"{arrow} {change.direction}"
        )
    if change.kind == "addressee":
        category = f" [{change.category}]" if change.category else ""
        if old is None:
            return f"addressee added: {new}{category}"
        if new is None:
            return f"addressee removed: {old}{category}"
        return f"addressee: {old} → {new}{category}"
    if change.kind == "mandate":
        if old is None:
            return f"mandate added (due: {new}){tail}"
        if new is None:
            return f"mandate dropped (was due: {old}){tail}"
        return f"mandate due: {old} → {new}{tail}"
    names = {
        "modifier": "modifier",
        "action": "action",
        "function": "preambular function",
        "citation": "citation",
        "date": "date",
        "session": "session",
    }
    name = names[change.kind]
    if old is None:
        return f"{name} added: {new}{tail}"
    if new is None:
        return f"{name} removed: {old}{tail}"
    return f"{name}: {old} → {new}{tail}"


def described(unit: AlignedUnit) -> list[str]:
    """Every change of a unit but the word-level ones, one line each."""
    return [line for change in unit.changes if (line := describe(change, unit))]


def changed_units(comparison: Comparison) -> list[AlignedUnit]:
    """The units a reader needs to see: everything but unchanged ones."""
    return [u for u in comparison.units if u.status != "unchanged" or u.changes]


def title_line(comparison: Comparison) -> str:
    old, new = comparison.old, comparison.new
    return f"{old.symbol or old.path} → {new.symbol or new.path}"


PARTS = {"title": "Title", "preamble": "Preamble", "operative": "Operative part", "annex": "Annex"}
