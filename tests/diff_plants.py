"""Planted edits for ``reslint diff``: second versions of real texts with known edits.

For each chosen corpus text (a preamble of three paragraphs or more, six operative
paragraphs or more numbered 1..n, no sections or cross-headings), the generator takes
the clean text the normalizer gives, plans edits of every kind on distinct paragraphs,
writes the old and the new version, and pastes one of the two as it comes out of a PDF
(``pdf_layout``).  Kinds:

* structural, on the new version: ``insert`` (an operative paragraph of another text),
  ``delete``, ``move`` (three places or more), ``split`` (at ", and <verb>": "...;" and
  "Requests ..."), ``merge`` (two neighbours joined by ", and");
* in place, on either version: ``verb-up`` and ``verb-down`` (the opening verb moved up
  or down the strength scale: encourages, invites < requests < urges, calls upon),
  ``addressee-added`` and ``addressee-removed`` ("Urges Member States and regional
  organizations to ..."), ``due-session`` (a report due a session later),
  ``citation-added`` and ``citation-removed`` ("and its resolution 61/143 of 19 December
  2006" before the end of a recalling paragraph), ``date`` (a date one day off).

A removal is an addition planted in the old version.  ``score`` compares each pair and
counts, per kind, the plants the diff found (a unit with the right status and ids, or a
change of the right kind on the planted paragraph) and what it reported that no plant
explains.  ``python tests/diff_plants.py`` prints the table; tests/test_diff_plants.py
asserts on it.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from reslint.lexicon import words_of  # noqa: E402
from reslint.normalize.notation import FOOTNOTE_DEFINITION, FOOTNOTE_MARKER  # noqa: E402

SEED = 20251118
TEXTS = 80  # corpus texts a run plants into, at most (76 of the corpus fit)
STRUCTURAL = ("insert", "delete", "move", "split", "merge")
IN_PLACE = (
    "verb-up",
    "verb-down",
    "addressee-added",
    "addressee-removed",
    "due-session",
    "citation-added",
    "citation-removed",
    "date",
)
KINDS = STRUCTURAL + IN_PLACE
# the opening verbs a verb plant swaps, all read "<verb> <actors> to <do>", by strength rank
RANKED = {"Encourages": 1, "Invites": 1, "Requests": 2, "Urges": 3, "Calls upon": 3}
# actors an addressee plant adds, with the category the classifier gives them
ACTORS = (
    ("regional organizations", "other-organizations"),
    ("civil society", "civil-society-private-sector"),
    ("all relevant stakeholders", "all-actors"),
)
SPLIT_VERBS = (
    "requests",
    "encourages",
    "invites",
    "urges",
    "calls upon",
    "decides",
    "welcomes",
    "stresses",
    "emphasizes",
    "recognizes",
    "reaffirms",
)
WIDTH = 86  # characters per line of the PDF-like version
PAGE = 44  # lines per page


# -- the documents -----------------------------------------------------------------------


@dataclass
class Item:
    """A top-level paragraph of a version: its origin in the base text and its text (label
    and sub-paragraphs included, as in the clean text)."""

    origin: str  # base id, "op_5#1"/"op_5#2" for split parts, "op_5+op_6" merged, "new#3"
    text: str
    children: bool = False


@dataclass
class Base:
    """A corpus text cut into what the generator edits."""

    name: str
    symbol: str
    clean: str
    prefix: str
    preamble: list[Item]
    operative: list[Item]
    suffix: str
    document: object
    classes: object

    def render(self, preamble: list[Item], operative: list[Item]) -> str:
        ops = [_relabel(item.text, number) for number, item in enumerate(operative, 1)]
        text = self.prefix + "\n\n".join([*(i.text for i in preamble), *ops]) + self.suffix
        return _renumber_footnotes(text)


def _end(paragraph) -> int:
    return max(p.end for p in paragraph.walk())


def _renumber_footnotes(text: str) -> str:
    """Footnotes numbered in the order their markers now appear, as an editor renumbers
    them after paragraphs moved (labels other than numbers stay)."""
    body_end = min((m.start() for m in FOOTNOTE_DEFINITION.finditer(text)), default=len(text))
    order: dict[str, str] = {}
    for match in FOOTNOTE_MARKER.finditer(text, 0, body_end):
        label = match.group(1)
        if label.isdigit() and label not in order:
            order[label] = str(len(order) + 1)
    if all(old == new for old, new in order.items()):
        return text
    body = FOOTNOTE_MARKER.sub(lambda m: f"[^{order.get(m.group(1), m.group(1))}]", text[:body_end])
    notes = [b.strip() for b in text[body_end:].split("\n\n") if b.strip()]
    renamed = []
    for note in notes:
        found = FOOTNOTE_DEFINITION.match(note)
        label = order.get(found.group(1), found.group(1)) if found else None
        renamed.append(f"[^{label}]: {note[found.end() :]}" if found else note)
    renamed.sort(
        key=lambda n: (
            _order(FOOTNOTE_DEFINITION.match(n).group(1)) if FOOTNOTE_DEFINITION.match(n) else 0
        )
    )
    tail = "\n" if text.endswith("\n") else ""
    return body + "\n\n".join(renamed) + tail


def _relabel(text: str, number: int) -> str:
    return re.sub(r"^\d+\.", f"{number}.", text, count=1)


def base_of(path: Path) -> Base | None:
    """The text cut into items, or None when it does not fit the generator."""
    from reslint.pipeline import normalize_source, parse_source
    from reslint.source import Source, read_path

    clean = normalize_source(read_path(path)).text
    document = parse_source(Source(path.name, clean))
    pre, ops = document.preambular, document.operative
    if document.formula is None or len(pre) < 3 or len(ops) < 6 or any(p.section for p in ops):
        return None
    if [p.number for p in ops] != [str(n) for n in range(1, len(ops) + 1)]:
        return None
    ordered = pre + ops
    for before, after in itertools.pairwise(ordered):
        if clean[_end(before) : after.start] != "\n\n":
            return None  # a cross-heading or a section between paragraphs
    if any(p.start < 0 or "\n" in clean[p.start : p.end] for p in ordered):
        return None
    after = [b for b in clean[_end(ops[-1]) :].split("\n\n") if b.strip()]
    if not all(_CLOSING.fullmatch(b) or FOOTNOTE_DEFINITION.match(b) for b in after):
        return None  # an annex or a heading after the operative part: kept out, for simplicity

    def item(paragraph) -> Item:
        return Item(
            paragraph.id, clean[paragraph.start : _end(paragraph)], bool(paragraph.children)
        )

    return Base(
        name=path.name,
        symbol=document.symbol or "",
        clean=clean,
        prefix=clean[: pre[0].start],
        preamble=[item(p) for p in pre],
        operative=[item(p) for p in ops],
        suffix=clean[_end(ops[-1]) :],
        document=document,
        classes=_classifier().classify(document),
    )


@cache
def _classifier():
    from reslint.classifier import Classifier

    return Classifier()


@cache
def _lexicon():
    return _classifier().lexicon


def corpus_bases(corpus: Path, count: int = TEXTS) -> list[Base]:
    """The first ``count`` texts of the corpus (in a seeded order) that fit."""
    paths = sorted(p for p in corpus.glob("*.txt") if "__" not in p.name)
    random.Random(SEED).shuffle(paths)
    bases = []
    for path in paths:
        base = base_of(path)
        if base is not None:
            bases.append(base)
        if len(bases) == count:
            break
    return bases


# -- plants ------------------------------------------------------------------------------


@dataclass
class Plant:
    kind: str
    old: tuple[str, ...]  # ids in the old version
    new: tuple[str, ...]  # ids in the new version (filled once the version is laid out)
    what: str
    origin: str = ""  # the item tag that gives the new id


@dataclass
class Pair:
    name: str
    old: str
    new: str
    plants: list[Plant]
    noisy: str  # "old" or "new": the version pasted from a PDF


def _label_and_text(item: Item) -> tuple[str, str]:
    match = re.match(r"(\d+\.\s+)?", item.text)
    label = match.group(0) if match else ""
    return label, item.text[len(label) :]


def _own_classes(base: Base) -> dict:
    classes = base.classes
    return {c.id: c for c in [*classes.preambular, *classes.operative]}


def verb_plant(base: Base, item: Item, up: bool, rng: random.Random) -> tuple[str, str] | None:
    if item.children or not item.origin.startswith("op_"):
        return None
    reading = _own_classes(base).get(item.origin)
    if reading is None or reading.mandate is not None or reading.modifiers:
        return None
    label, text = _label_and_text(item)
    verb = next((v for v in RANKED if text.startswith(v + " ")), None)
    if verb is None:
        return None
    choices = [v for v, r in RANKED.items() if (r > RANKED[verb] if up else r < RANKED[verb])]
    if not choices:
        return None
    other = rng.choice(choices)
    return label + other + text[len(verb) :], f"{verb} -> {other}"


def addressee_plant(base: Base, item: Item, rng: random.Random) -> tuple[str, str] | None:
    if item.children or not item.origin.startswith("op_"):
        return None
    reading = _own_classes(base).get(item.origin)
    if reading is None or len(reading.addressees) != 1 or reading.mandate is not None:
        return None
    actor = reading.addressees[0]
    if actor.category == "self" or not actor.text:
        return None
    label, text = _label_and_text(item)
    verb = next((v for v in RANKED if text.startswith(v + " ")), None)
    if verb is None:
        return None
    head = f"{verb} {actor.text} to "
    head_the = f"{verb} the {actor.text} to "
    found = head if text.startswith(head) else head_the if text.startswith(head_the) else None
    if found is None:
        return None
    choices = [(name, category) for name, category in ACTORS if category != actor.category]
    name, _ = rng.choice(choices)
    planted = found[: -len(" to ")] + f" and {name} to " + text[len(found) :]
    return label + planted, f"+ {name}"


def due_plant(base: Base, item: Item, rng: random.Random) -> tuple[str, str] | None:
    from reslint.lint.rules.numbers.N102 import ordinal_words

    if item.children or not item.origin.startswith("op_"):
        return None
    reading = _own_classes(base).get(item.origin)
    if reading is None or reading.mandate is None or not reading.mandate.due.endswith("session"):
        return None
    ordinal = reading.mandate.due.split()[0]
    number = _lexicon().ordinal(ordinal)
    phrase = f"at its {ordinal} session"
    if number is None or item.text.count(phrase) != 1:
        return None
    later = ordinal_words(number + rng.choice((1, 2)), _lexicon())
    if later is None:
        return None
    return item.text.replace(phrase, f"at its {later} session"), f"{ordinal} -> {later}"


def citation_plant(base: Base, item: Item, rng: random.Random) -> tuple[str, str] | None:
    if item.children or not item.origin.startswith("pp_"):
        return None
    reading = _own_classes(base).get(item.origin)
    if reading is None or reading.function != "recall-reaffirm" or not item.text.endswith(","):
        return None
    session = rng.randint(50, 75)
    number = f"{session}/{rng.randint(100, 299)}"
    if number in item.text:
        return None
    cited = f"and its resolution {number} of {rng.randint(1, 20)} December {1945 + session}"
    return f"{item.text[:-1]}, {cited},", f"+ {number}"


def date_plant(base: Base, item: Item, rng: random.Random) -> tuple[str, str] | None:
    from reslint.grammar.dates import find_dates

    paragraph = _paragraph(base, item.origin)
    if item.children or paragraph is None:
        return None
    text = paragraph.text
    for citation in paragraph.citations:
        start, end = citation.start - paragraph.text_start, citation.end - paragraph.text_start
        text = text[:start] + " " * (end - start) + text[end:]
    reading = _own_classes(base).get(item.origin)
    due = reading.mandate.due if getattr(reading, "mandate", None) else ""
    dates = [
        d
        for _, _, d in find_dates(text)
        if d.year and item.text.count(d.text) == 1 and d.text not in due
    ]  # a date that is a report's due time is a due plant's business
    if not dates:
        return None
    date = rng.choice(dates)
    day = date.day + 1 if date.day < 28 else date.day - 1
    changed = re.sub(rf"\b{date.day}\b", str(day), date.text, count=1)
    return item.text.replace(date.text, changed), f"{date.text} -> {changed}"


def _paragraph(base: Base, paragraph_id: str):
    return next((p for p in base.document.paragraphs() if p.id == paragraph_id), None)


def split_point(item: Item) -> int | None:
    """Where ", and <verb>" starts a later clause that can stand as a paragraph."""
    if item.children:
        return None
    for match in re.finditer(r", and (?:also |further )?([a-z]+(?: upon)?) ", item.text):
        if match.group(1) not in SPLIT_VERBS:
            continue
        before, after = item.text[: match.start()], item.text[match.end(1) :]
        if len(before.split()) >= 8 and len(after.split()) >= 8 and "[^" not in after:
            return match.start()
    return None


def merge_ready(first: Item, second: Item) -> bool:
    if first.children or second.children or not first.text.endswith(";"):
        return False
    _, text = _label_and_text(second)
    found = _lexicon().match_opener(words_of(text[:40]), _lexicon().operative)
    return found is not None and not found.modifiers


def donors(bases: list[Base]) -> list[tuple[str, str]]:
    """Operative paragraphs that an insert plant can take from another text."""
    found = []
    for base in bases:
        for item in base.operative:
            _, text = _label_and_text(item)
            words = len(text.split())
            if not item.children and "[^" not in text and 15 <= words <= 70 and text.endswith(";"):
                found.append((base.name, text))
    return found


def plant_pair(base: Base, index: int, pool: list[tuple[str, str]]) -> Pair:
    """The old and the new version of ``base`` with a plant of as many kinds as it allows."""
    rng = random.Random(f"{SEED}:{base.name}")
    old_pre = [Item(i.origin, i.text, i.children) for i in base.preamble]
    old_ops = [Item(i.origin, i.text, i.children) for i in base.operative]
    new_pre = [Item(i.origin, i.text, i.children) for i in base.preamble]
    new_ops = [Item(i.origin, i.text, i.children) for i in base.operative]
    used: set[str] = set()
    plants: list[Plant] = []
    in_place = list(IN_PLACE)
    rng.shuffle(in_place)
    for kind in in_place:
        _plant_in_place(base, kind, rng, (old_pre, old_ops), (new_pre, new_ops), used, plants)
    structural = list(STRUCTURAL)
    rng.shuffle(structural)
    for kind in structural[:3]:
        _plant_structure(kind, rng, new_ops, used, plants, pool, base.name)
    old_text = base.render(old_pre, old_ops)
    new_text = base.render(new_pre, new_ops)
    _place(plants, new_pre, new_ops)
    noisy = "old" if index % 2 == 0 else "new"
    if noisy == "old":
        old_text = pdf_layout(old_text, base.symbol, rng)
    else:
        new_text = pdf_layout(new_text, base.symbol, rng)
    return Pair(base.name, old_text, new_text, plants, noisy)


def _plant_in_place(base, kind, rng, old_side, new_side, used, plants) -> None:
    makers = {
        "verb-up": lambda item: verb_plant(base, item, True, rng),
        "verb-down": lambda item: verb_plant(base, item, False, rng),
        "addressee-added": lambda item: addressee_plant(base, item, rng),
        "addressee-removed": lambda item: addressee_plant(base, item, rng),
        "due-session": lambda item: due_plant(base, item, rng),
        "citation-added": lambda item: citation_plant(base, item, rng),
        "citation-removed": lambda item: citation_plant(base, item, rng),
        "date": lambda item: date_plant(base, item, rng),
    }
    side = old_side if kind.endswith("-removed") else new_side
    items = [*side[0], *side[1]]
    candidates = [i for i in items if i.origin not in used]
    rng.shuffle(candidates)
    for item in candidates:
        made = makers[kind](item)
        if made is None:
            continue
        item.text, what = made
        used.add(item.origin)
        plants.append(Plant(kind, (item.origin,), (), what, origin=item.origin))
        return


def _plant_structure(kind, rng, ops, used, plants, pool, name) -> None:
    # the last paragraph ("Decides to remain seized ...") stays last and untouched
    free = [
        n for n, item in enumerate(ops[:-1]) if item.origin not in used and "#" not in item.origin
    ]
    if kind == "delete" and free:
        at = rng.choice(free)
        item = ops.pop(at)
        used.add(item.origin)
        plants.append(Plant("delete", (item.origin,), (), "deleted"))
    elif kind == "insert":
        donor_name, text = rng.choice([d for d in pool if d[0] != name])
        tag = f"new#{len(plants)}"
        ops.insert(rng.randrange(len(ops)), Item(tag, f"1. {text}"))
        used.add(tag)
        plants.append(Plant("insert", (), (), f"from {donor_name}", origin=tag))
    elif kind == "move" and len(free) > 4:
        at = rng.choice(free)
        item = ops.pop(at)
        places = [p for p in range(len(ops)) if abs(p - at) >= 3]
        ops.insert(rng.choice(places), item)
        used.add(item.origin)
        plants.append(Plant("move", (item.origin,), (), "moved", origin=item.origin))
    elif kind == "split":
        sites = [(n, split_point(ops[n])) for n in free]
        sites = [(n, at) for n, at in sites if at is not None]
        if not sites:
            return
        n, at = rng.choice(sites)
        item = ops[n]
        rest = item.text[at + len(", and ") :]
        first = Item(item.origin + "#1", item.text[:at] + ";")
        second = Item(item.origin + "#2", "1. " + rest[0].upper() + rest[1:])
        ops[n : n + 1] = [first, second]
        used.update({item.origin, first.origin, second.origin})
        plants.append(Plant("split", (item.origin,), (), "split", origin=item.origin))
    elif kind == "merge":
        sites = [n for n in free if n + 1 in free and merge_ready(ops[n], ops[n + 1])]
        if not sites:
            return
        n = rng.choice(sites)
        first, second = ops[n], ops[n + 1]
        _, text = _label_and_text(second)
        merged = Item(
            f"{first.origin}+{second.origin}", f"{first.text[:-1]}, and {text[0].lower()}{text[1:]}"
        )
        ops[n : n + 2] = [merged]
        used.update({first.origin, second.origin, merged.origin})
        plants.append(
            Plant("merge", (first.origin, second.origin), (), "merged", origin=merged.origin)
        )


def _place(plants: list[Plant], pre: list[Item], ops: list[Item]) -> None:
    """The new ids of the planted paragraphs, once the new version is laid out."""
    ids = {item.origin: f"pp_{n}" for n, item in enumerate(pre, 1)}
    ids.update({item.origin: f"op_{n}" for n, item in enumerate(ops, 1)})
    for plant in plants:
        if plant.kind == "delete":
            continue
        if plant.kind == "split":
            plant.new = (ids[plant.origin + "#1"], ids[plant.origin + "#2"])
        else:
            plant.new = (ids[plant.origin],)


# -- layout noise ------------------------------------------------------------------------


def pdf_layout(clean: str, symbol: str, rng: random.Random) -> str:
    """The clean text as pypdf gives a UN PDF: the heading kept, the body in lines of
    about ``WIDTH`` characters ending in a space, each paragraph indented, page breaks
    every ``PAGE`` lines with the symbol, "n/N" and the job number, footnote numbers glued
    to the words before them and the footnotes at the foot of their page under a rule,
    and some hyphens non-breaking."""
    from reslint.grammar.lines import formula_at

    paragraphs = clean.split("\n\n")
    notes = {}
    body = []
    for paragraph in paragraphs:
        definition = FOOTNOTE_DEFINITION.match(paragraph)
        if definition:
            notes[definition.group(1)] = paragraph[definition.end() :]
        else:
            body.append(paragraph)
    start = next((n for n, p in enumerate(body) if formula_at(p.strip(), _lexicon())), 0)
    pages: list[list[str]] = [[]]
    page_notes: list[list[str]] = [[]]
    head = "\n".join(f"{line} " for p in body[:start] for line in [*p.split("\n"), ""])
    for paragraph in body[start:]:
        text = FOOTNOTE_MARKER.sub(lambda m: f"\ue001{m.group(1)}\ue002", paragraph)
        text = _HYPHEN.sub(lambda m: "\u2011" if rng.random() < 0.2 else "-", text)
        closing = _closing(text)
        lines = closing or [w for line in text.split("\n") for w in _wrap(line)]
        for line in lines:
            if len(pages[-1]) >= PAGE and not closing:  # the closing stays with the text
                pages.append([])
                page_notes.append([])
            seen = {label for labels in page_notes for label in labels}
            page_notes[-1].extend(
                dict.fromkeys(x for x in _SENTINEL.findall(line) if x not in seen)
            )
            pages[-1].append(_SENTINEL.sub(lambda m: m.group(1), line))
    _place_unreferenced(notes, page_notes)
    job = f"{rng.randint(20, 25)}-{rng.randint(10000, 29999)}"
    out = [head]
    for number, (lines, labels) in enumerate(zip(pages, page_notes, strict=True), 1):
        out.extend(lines)
        if labels:
            out.append("__________________ ")
            out.extend(f" {label}  {notes[label]} " for label in labels if label in notes)
        furniture = [f" {symbol} ", " "] if symbol else []
        out.extend([*furniture, f"{number}/{len(pages)} {job} ", " "])
    return "\n".join(out) + "\n"


def _place_unreferenced(notes: dict[str, str], page_notes: list[list[str]]) -> None:
    """Footnotes whose marker the text does not show (the normalizer did not find it)
    are printed where the PDF printed them: after the footnote before them."""
    placed = {label: page for page, labels in enumerate(page_notes) for label in labels}
    page = 0
    for label in notes:
        if label in placed:
            page = placed[label]
            continue
        labels = page_notes[page]
        before = [n for n, other in enumerate(labels) if _order(other) < _order(label)]
        labels.insert(before[-1] + 1 if before else 0, label)


def _order(label: str) -> int:
    return int(label) if label.isdigit() else -1


# hyphens a PDF may print non-breaking; not those of ordinals ("eighty-first"): the
# classifier reads a due session only with a plain hyphen (reported to the lead)
_HYPHEN = re.compile(
    r"(?<=\w)(?<!twenty)(?<!thirty)(?<!forty)(?<!fifty)(?<!sixty)(?<!seventy)(?<!eighty)"
    r"(?<!ninety)-(?=\w)"
)
_DECIMAL = re.compile(r"\d\.\d+$")
_SENTINEL = re.compile("\ue001([^\ue002]+)\ue002")
_CLOSING = re.compile(r"(\d+(?:st|nd|rd|th) (?:plenary )?meeting) (.+)")


def _closing(paragraph: str) -> list[str] | None:
    """ "54th plenary meeting 19 December 2024" as the PDF prints it: two lines."""
    match = _CLOSING.fullmatch(paragraph)
    return [" ", match.group(1), match.group(2)] if match else None


def _wrap(paragraph: str) -> list[str]:
    """Lines of about ``WIDTH`` characters.  A line never ends in a decimal number: the
    normalizer would read "856.4" at the end of a line as "856." and footnote 4 when
    there is one (an ambiguity of the PDF, reported to the lead)."""
    lines, current = [], " "
    for word in paragraph.split():
        last = current.split()[-1] if current.split() else ""
        if len(current) + len(word) > WIDTH and current.strip() and not _DECIMAL.search(last):
            lines.append(current + " ")
            current = ""
        current = f"{current} {word}" if current.strip() else f"{current}{word}"
    lines.append(current + "  ")
    return lines


# -- scoring -----------------------------------------------------------------------------


@dataclass
class Tally:
    found: Counter = field(default_factory=Counter)  # kind -> plants found
    planted: Counter = field(default_factory=Counter)  # kind -> plants planted
    reported: Counter = field(default_factory=Counter)  # kind -> findings reported
    misses: list[str] = field(default_factory=list)
    unexplained: list[str] = field(default_factory=list)

    def recall(self, kind: str) -> float:
        return self.found[kind] / self.planted[kind] if self.planted[kind] else 1.0

    def precision(self, kind: str) -> float:
        return self.found[kind] / self.reported[kind] if self.reported[kind] else 1.0


def compare_texts(old: str, new: str, name: str = "planted.txt", classify: bool = True):
    """``reslint diff`` of two texts; without ``classify``, wording, citations, dates and
    sessions only (what layout could disturb)."""
    from reslint.diff import compare
    from reslint.pipeline import parse_source
    from reslint.source import Source

    classifier = _classifier()
    documents = [
        parse_source(Source(f"{side}/{name}", text)) for side, text in (("old", old), ("new", new))
    ]
    classes = [classifier.classify(d) for d in documents] if classify else [None, None]
    return compare(documents[0], documents[1], classifier.lexicon, *classes)


_STATUS_KIND = {
    "added": "insert",
    "deleted": "delete",
    "moved": "move",
    "split": "split",
    "merged": "merge",
}


def findings(comparison) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """What the diff reports, as (kind, old ids, new ids); kinds no plant makes are
    "other:<kind>"."""
    found = set()
    for unit in comparison.units:
        if unit.level:
            if unit.status != "unchanged":
                parent_status = "sub-paragraph"
                found.add((f"other:{parent_status}", tuple(unit.old), tuple(unit.new)))
            continue
        ids = (tuple(unit.old), tuple(unit.new))
        if unit.status in _STATUS_KIND:
            found.add((_STATUS_KIND[unit.status], *ids))
            if unit.status in ("added", "deleted"):
                continue
        for change in unit.changes:
            kind = _change_kind(change)
            if kind:
                found.add((kind, *ids))
    return found


def _change_kind(change) -> str | None:
    both = change.old is not None and change.new is not None
    if change.kind == "text":
        return None
    if change.kind == "strength":
        return {"strengthened": "verb-up", "weakened": "verb-down"}[change.direction]
    if (
        change.kind == "verb"
        and change.clause == 0
        and change.direction in ("strengthened", "weakened")
    ):
        return None  # reported with its strength
    if change.kind == "addressee" and not both:
        return "addressee-added" if change.old is None else "addressee-removed"
    if change.kind == "mandate" and both:
        return "due-session"
    if change.kind == "citation" and not both:
        return "citation-added" if change.old is None else "citation-removed"
    if change.kind == "date" and both:
        return "date"
    return f"other:{change.kind}"


def score_pair(pair: Pair, tally: Tally) -> None:
    comparison = compare_texts(pair.old, pair.new, pair.name)
    reported = findings(comparison)
    expected = {(p.kind, p.old, p.new) for p in pair.plants}
    for kind, old, new in reported:
        tally.reported[kind] += 1
        if (kind, old, new) not in expected:
            tally.unexplained.append(f"{pair.name}: {kind} {old} -> {new}")
    for plant in pair.plants:
        tally.planted[plant.kind] += 1
        if (plant.kind, plant.old, plant.new) in reported:
            tally.found[plant.kind] += 1
        else:
            tally.misses.append(
                f"{pair.name}: {plant.kind} {plant.old} -> {plant.new} ({plant.what})"
            )


def score(corpus: Path, count: int = TEXTS) -> tuple[Tally, list[str]]:
    """Plant into ``count`` texts; also compare each text with its PDF-like paste alone
    (nothing may change: the returned list says what did)."""
    bases = corpus_bases(corpus, count)
    pool = donors(bases)
    tally = Tally()
    layout_changes = []
    for index, base in enumerate(bases):
        score_pair(plant_pair(base, index, pool), tally)
        pasted = pdf_layout(base.clean, base.symbol, random.Random(f"{SEED}:layout:{base.name}"))
        comparison = compare_texts(base.clean, pasted, base.name, classify=False)
        if comparison.summary.verdict != "unchanged":
            layout_changes.append(f"{base.name}: {comparison.summary.headline}")
    return tally, layout_changes


def table(tally: Tally) -> str:
    lines = [
        f"{'kind':<20} {'planted':>8} {'found':>6} {'reported':>9} {'recall':>7} {'precision':>9}"
    ]
    for kind in KINDS:
        lines.append(
            f"{kind:<20} {tally.planted[kind]:>8} {tally.found[kind]:>6} {tally.reported[kind]:>9} "
            f"{tally.recall(kind):>7.2f} {tally.precision(kind):>9.2f}"
        )
    others = {k: v for k, v in tally.reported.items() if k.startswith("other:")}
    lines.append(f"reported with no plant of their kind: {others or 'none'}")
    return "\n".join(lines)


def main() -> None:
    import os

    corpus = Path(os.environ.get("RESLINT_CORPUS", ROOT.parent / "shared" / "corpus" / "real"))
    tally, layout_changes = score(corpus)
    print(table(tally))
    for line in tally.misses:
        print("missed:", line)
    for line in tally.unexplained:
        print("unexplained:", line)
    print(f"layout noise alone: {len(layout_changes)} texts changed")
    for line in layout_changes:
        print("  ", line)


if __name__ == "__main__":
    main()
