"""Alignment: which paragraph of the new version is which of the old, by content.

Numbers cannot say it (a paragraph inserted renumbers all that follow, a
preambular paragraph has none), so the wording does, in passes that each
look only at what the earlier ones left, which keeps the whole near-linear in
the number of paragraphs:

1. **Same words**: paragraphs whose keys (``text.key``) are equal, first whole
   subtrees (``Unit.full_key``), then the paragraph's own text; a hash table.
2. **Similar words**: each paragraph left is compared only with the few
   paragraphs of the other version that share most of its word pairs, rare ones
   weighing more (an inverted index of word bigrams, pairs found in more than
   ``COMMON`` paragraphs left out; at most ``CANDIDATES`` per paragraph), and
   pairs are taken best first while at least half of the wording is shared
   (``PAIRED``).
3. **Order**: the longest run of pairs in the same order in both versions
   (a longest increasing subsequence, n log n) stays; the other pairs moved.
4. **Same place**: between two pairs that stay, a paragraph rewritten in its
   own place is recognized with less wording kept (``IN_PLACE``): a reader
   sees the old sentence where it was.
5. **Split and merged**: a paragraph left over whose words nearly all
   (``CONTAINED``) stand in a paired paragraph of the other version, which the
   two together cover, is a part of a split or a merge.

Each pass is a function of its own; ``align`` runs them and returns the
matches, every unit of both lists in exactly one.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field

from reslint.diff.text import shared_bound, similarity
from reslint.diff.units import Unit

PAIRED = 0.5  # share of the wording two paragraphs must keep to be the same one anywhere
IN_PLACE = 0.35  # ... when the paragraph stays in its place between two kept ones
CONTAINED = 0.8  # share of a part's words found in the whole it was split from or merged into
COVERED = 0.8  # share of the whole's words the parts account for together
CANDIDATES = 6  # paragraphs of the other version compared with each paragraph
COMMON = 40  # a word pair found in more paragraphs than this says nothing


@dataclass
class Match:
    """Old and new units (indices into the two lists) that are one unit of the comparison."""

    old: list[int]
    new: list[int]
    status: str  # unchanged, edited, moved, split, merged, added, deleted
    similarity: float = 1.0
    moved: bool = False


@dataclass
class _State:
    old: list[Unit]
    new: list[Unit]
    pairs: dict[int, int] = field(default_factory=dict)  # old index -> new index
    scores: dict[tuple[int, int], float] = field(default_factory=dict)
    candidates: list[tuple[float, int, int]] = field(default_factory=list)

    def paired_new(self) -> dict[int, int]:
        return {j: i for i, j in self.pairs.items()}

    def score(self, i: int, j: int) -> float:
        """The share of wording two paragraphs keep; below ``IN_PLACE`` only a bound (the
        words they share in any order), which no pass uses."""
        if (i, j) not in self.scores:
            old, new = self.old[i].words, self.new[j].words
            bound = shared_bound(old, new)
            self.scores[i, j] = bound if bound < IN_PLACE else similarity(old, new)[0]
        return self.scores[i, j]


def align(old: list[Unit], new: list[Unit]) -> list[Match]:
    """Every unit of ``old`` and ``new`` in exactly one match, in no particular order."""
    state = _State(old, new)
    _same_words(state, lambda unit: unit.full_key)
    _same_words(state, lambda unit: unit.key)
    state.candidates = _candidates(state)
    _similar_words(state)
    kept = _in_order(state.pairs)
    _same_place(state, kept)
    kept = _in_order(state.pairs)
    return _matches(state, kept)


def _same_words(state: _State, key_of) -> None:  # noqa: ANN001 (a key function)
    waiting: dict[str, deque[int]] = defaultdict(deque)
    taken = set(state.pairs.values())
    for j, unit in enumerate(state.new):
        if j not in taken:
            waiting[key_of(unit)].append(j)
    for i, unit in enumerate(state.old):
        if i in state.pairs:
            continue
        queue = waiting.get(key_of(unit))
        if queue:
            state.pairs[i] = queue.popleft()


def _shingles(unit: Unit) -> set[tuple[str, str]]:
    words = unit.words
    return set(itertools.pairwise(words)) if len(words) > 1 else {(w, "") for w in words}


def _candidates(state: _State) -> list[tuple[float, int, int]]:
    """Pairs worth comparing, best first: each unpaired old paragraph against the
    unpaired new ones that share the most of its word pairs, weighed by rarity."""
    taken = set(state.pairs.values())
    old_left = [i for i in range(len(state.old)) if i not in state.pairs]
    new_left = [j for j in range(len(state.new)) if j not in taken]
    if not old_left or not new_left:
        return []
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    frequency: dict[tuple[str, str], int] = defaultdict(int)
    for j in new_left:
        for shingle in sorted(_shingles(state.new[j])):
            postings[shingle].append(j)
            frequency[shingle] += 1
    old_shingles = {i: _shingles(state.old[i]) for i in old_left}
    for shingles in old_shingles.values():
        for shingle in shingles:
            frequency[shingle] += 1
    found = []
    for i, shingles in old_shingles.items():
        votes: dict[int, float] = defaultdict(float)
        for shingle in shingles:
            posting = postings.get(shingle)
            if posting and len(posting) <= COMMON:
                for j in posting:
                    votes[j] += 1 / frequency[shingle]
        best = sorted(votes, key=lambda j: (-votes[j], j))[:CANDIDATES]
        found.extend((state.score(i, j), i, j) for j in best)
    return sorted(found, key=lambda item: (-item[0], item[1], item[2]))


def _similar_words(state: _State) -> None:
    taken = set(state.pairs.values())
    for score, i, j in state.candidates:
        if score < PAIRED:
            break
        if i not in state.pairs and j not in taken:
            state.pairs[i] = j
            taken.add(j)


def _in_order(pairs: dict[int, int]) -> set[int]:
    """The old indices of the longest run of pairs in the same order in both versions."""
    ordered = sorted(pairs.items())
    tails: list[int] = []  # new index ending the best run of each length
    tail_at: list[int] = []  # position in ``ordered`` of that end
    before = [-1] * len(ordered)
    for position, (_, j) in enumerate(ordered):
        length = bisect.bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            tail_at.append(position)
        else:
            tails[length] = j
            tail_at[length] = position
        before[position] = tail_at[length - 1] if length else -1
    kept: set[int] = set()
    position = tail_at[-1] if tail_at else -1
    while position >= 0:
        kept.add(ordered[position][0])
        position = before[position]
    return kept


def _same_place(state: _State, kept: set[int]) -> None:
    """Pair paragraphs rewritten in place: both between the same two kept pairs."""
    anchors = sorted((i, state.pairs[i]) for i in kept)
    old_anchor = [i for i, _ in anchors]
    new_anchor = [j for _, j in anchors]
    taken = set(state.pairs.values())
    chosen: dict[int, list[tuple[int, int]]] = defaultdict(list)  # gap -> pairs taken in it
    for score, i, j in state.candidates:
        if score < IN_PLACE:
            break
        if i in state.pairs or j in taken:
            continue
        gap = bisect.bisect_left(old_anchor, i)
        if gap != bisect.bisect_left(new_anchor, j):
            continue
        if any((i < a) != (j < b) for a, b in chosen[gap]):
            continue  # would cross a pair already taken in this gap
        state.pairs[i] = j
        taken.add(j)
        chosen[gap].append((i, j))


def _containment(part: Unit, whole: Unit) -> float:
    """The share of ``part``'s words found, in order, in ``whole``."""
    if not part.words:
        return 0.0
    return similarity(part.words, whole.words)[1] / len(part.words)


def _cover(whole: Unit, parts: Iterable[Unit]) -> float:
    words = [word for part in parts for word in part.words]
    if not whole.words:
        return 0.0
    return similarity(whole.words, words)[1] / len(whole.words)


def _parts(state: _State, left: set[int], reverse: bool) -> dict[int, list[int]]:
    """Leftover units that are parts of a paired unit on the other side: the split
    parts of an old paragraph (``reverse`` False: leftover new units) or the merged
    parts of a new one (``reverse`` True: leftover old units).  Returns the paired
    unit's index on its side -> all its parts, the paired one included, in order."""
    partner = state.pairs if not reverse else state.paired_new()
    whole_units = state.old if not reverse else state.new
    part_units = state.new if not reverse else state.old
    groups: dict[int, list[int]] = defaultdict(list)
    used: set[int] = set()
    for _, i, j in state.candidates:
        whole, part = (i, j) if not reverse else (j, i)
        if part not in left or part in used or whole not in partner:
            continue
        if _containment(part_units[part], whole_units[whole]) >= CONTAINED:
            groups[whole].append(part)
            used.add(part)
    result = {}
    for whole, parts in groups.items():
        members = sorted([partner[whole], *parts])
        if _cover(whole_units[whole], (part_units[m] for m in members)) >= COVERED:
            result[whole] = members
    return result


def _matches(state: _State, kept: set[int]) -> list[Match]:
    paired_new = set(state.pairs.values())
    old_left = {i for i in range(len(state.old)) if i not in state.pairs}
    new_left = {j for j in range(len(state.new)) if j not in paired_new}
    splits = _parts(state, new_left, reverse=False)
    merges = _parts(state, old_left, reverse=True)
    matches = []
    grouped_old: set[int] = set()
    grouped_new: set[int] = set()
    for whole, members in splits.items():
        matches.append(Match([whole], members, "split", state.score(whole, state.pairs[whole])))
        grouped_old.add(whole)
        grouped_new.update(members)
    paired_old = state.paired_new()
    for whole, members in merges.items():
        if paired_old[whole] in grouped_old:
            continue
        matches.append(Match(members, [whole], "merged", state.score(paired_old[whole], whole)))
        grouped_old.update(members)
        grouped_new.add(whole)
    for i, j in sorted(state.pairs.items()):
        if i in grouped_old or j in grouped_new:
            continue
        same = state.old[i].key == state.new[j].key
        score = 1.0 if same else state.score(i, j)
        moved = i not in kept
        status = "moved" if moved else ("unchanged" if same else "edited")
        matches.append(Match([i], [j], status, score, moved))
    matches.extend(Match([i], [], "deleted", 0.0) for i in sorted(old_left - grouped_old))
    matches.extend(Match([], [j], "added", 0.0) for j in sorted(new_left - grouped_new))
    return matches
