"""Defects planted into real corpus texts, and the harness that measures recall.

Each defect kind is a small function that takes a clean text (the original
file, line endings and all), its parse and its normalized text, picks a site
with a seeded ``random.Random`` and returns the text with one defect planted
and the 1-based line where the rule must report it, or ``None`` when the
document offers no site (no sub-paragraphs, no citation with a date, ...).

Plants are minimal: one mark or a few words change on one line of the
original text (a renumbering changes the labels from the planted paragraph
to the end of its run, one per line).  Every edit keeps the number of lines, so
the findings of the clean and the planted text compare line for line.  Sites
come from the parse (paragraph spans, citations, footnotes) mapped back to the
original text with ``normalized.raw_span``; a site is taken only when the
original characters are exactly those of the normalized text (not a joined
hyphenation, not a rewritten footnote marker) and do not cross a line break.
Where a plant touches the opener of a paragraph, the opener must be the only
one of its phrase in the text, so that the "also"/"further" chain of V104
elsewhere stays as it was.

``run`` plants every kind into a selection of files and lints the clean and
the planted texts; ``table`` prints the result per kind.  ``tests/test_plants.py``
asserts on it and ``bench/plants.py`` prints it for the closing notes.
"""

from __future__ import annotations

import calendar
import multiprocessing
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reslint.grammar.lines import first_words, opener_at
from reslint.lexicon import Lexicon, load_lexicon
from reslint.model import Citation, Document, Paragraph
from reslint.normalize import Normalized

SEED = 20250601
PLANTS_PER_KIND = 10

MONTHS = "|".join(calendar.month_name[1:])
DATE = re.compile(rf"\b(\d{{1,2}}) ({MONTHS}) (\d{{4}})\b")
MARKS = ".,;:"
CLOSERS = '”’")]'
# after the end mark: footnote markers, quotes and brackets, spaces
_TAIL = re.compile(r"(?:\s|\[\^[^\]\s]+\]|[”’\"')\]])*\Z")


# -- what a plant returns, and the table of kinds --------------------------------------


@dataclass(frozen=True)
class Planted:
    text: str  # the whole original text with the defect planted
    line: int  # 1-based line where the expected rule must report
    what: str  # the change, for the report: "',' -> ';'"
    fixable: bool = True  # False: this site cannot round trip (see the kind)


Plant = Callable[[str, Document, Normalized, random.Random], "Planted | None"]


@dataclass(frozen=True)
class Kind:
    name: str
    code: str  # the rule expected to report the defect
    fix: str | None  # None (no fix expected), "safe" or "unsafe"
    bodies: tuple[str, ...] | None  # only texts of these bodies (rules not in every profile)
    plant: Plant
    summary: str


KINDS: dict[str, Kind] = {}
GA_ONLY = ("general-assembly",)


def kind(name: str, code: str, fix: str | None = None, bodies: tuple[str, ...] | None = None):
    """Register a planting function under ``name``; its docstring's first line is its summary."""

    def register(function: Plant) -> Plant:
        summary = (function.__doc__ or name).strip().splitlines()[0]
        KINDS[name] = Kind(name, code, fix, bodies, function, summary)
        return function

    return register


# -- sites: the parse mapped back to the original text ---------------------------------


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` of the original text with ``new``."""

    start: int
    end: int
    new: str


class Sites:
    """One clean text with its parse, and where its parts are in the original text."""

    def __init__(self, text: str, document: Document, normalized: Normalized) -> None:
        self.text = text
        self.document = document
        self.normalized = normalized
        self.clean = normalized.text
        self.lexicon = lexicon()

    def raw(self, start: int, end: int) -> tuple[int, int] | None:
        """The original span of a clean span, when it is a verbatim copy on one line."""
        if start >= end or not self.normalized.mapped.is_copy(start, end):
            return None
        raw_start, raw_end = self.normalized.raw_span(start, end)
        piece = self.text[raw_start:raw_end]
        if piece != self.clean[start:end] or "\n" in piece or "\r" in piece:
            return None
        return raw_start, raw_end

    def line(self, raw_offset: int) -> int:
        return self.normalized.source.position(raw_offset)[0]

    def clean_line(self, offset: int) -> int:
        return self.normalized.position(offset)[0]

    def plant(self, edits: list[Edit], line: int, what: str, fixable: bool = True) -> Planted:
        text = self.text
        for edit in sorted(edits, key=lambda e: e.start, reverse=True):
            assert "\n" not in edit.new and "\r" not in edit.new
            assert "\n" not in text[edit.start : edit.end]
            text = text[: edit.start] + edit.new + text[edit.end :]
        return Planted(text, line, what, fixable)

    # paragraphs

    def paragraphs(self) -> list[Paragraph]:
        """Preambular and operative paragraphs and their sub-paragraphs, in order."""
        tops = sorted(self.document.preambular + self.document.operative, key=lambda p: p.start)
        return [item for top in tops for item in top.walk()]

    def own(self, paragraph: Paragraph) -> tuple[int, int]:
        """The paragraph's own text, before its first sub-paragraph."""
        end = paragraph.children[0].start if paragraph.children else paragraph.end
        return paragraph.text_start, end

    def find(
        self, pattern: re.Pattern[str], group: int = 0, skip_openers: bool = False
    ) -> Iterator[tuple[Paragraph, re.Match[str], tuple[int, int]]]:
        """Matches in the own text of every paragraph whose ``group`` is verbatim on one line.

        ``skip_openers`` leaves out matches in the opener of a paragraph whose
        phrase is used elsewhere too (changing it would move V104's chain).
        """
        for paragraph in self.paragraphs():
            start, end = self.own(paragraph)
            for match in pattern.finditer(self.clean, start, end):
                span = self.raw(match.start(group), match.end(group))
                if span is None or self.raw(match.start(), match.end()) is None:
                    continue
                if skip_openers and not self.opener_free(paragraph, match.start()):
                    continue
                yield paragraph, match, span

    # openers

    def opener_end(self, paragraph: Paragraph) -> int:
        """Clean offset where the opener (modifiers included) ends; text_start when none."""
        found = opener_at(paragraph.text, self.lexicon)
        if not found or paragraph.kind not in {"preambular", "operative"}:
            return paragraph.text_start
        words = list(re.finditer(r"[A-Za-z][A-Za-z'’\-]*", paragraph.text))
        count = min(found[1].words, len(words))
        return paragraph.text_start + (words[count - 1].end() if count else 0)

    def phrase(self, paragraph: Paragraph) -> str | None:
        index = (
            self.lexicon.preambular if paragraph.kind == "preambular" else self.lexicon.operative
        )
        found = self.lexicon.match_opener(first_words(paragraph.text), index)
        return found.phrase if found else None

    def unique_opener(self, paragraph: Paragraph) -> bool:
        """No other paragraph of the same part opens with the same phrase."""
        phrase = self.phrase(paragraph)
        if phrase is None:
            return True
        same = (
            self.document.preambular if paragraph.kind == "preambular" else self.document.operative
        )
        return sum(1 for other in same if self.phrase(other) == phrase) == 1

    def opener_free(self, paragraph: Paragraph, offset: int) -> bool:
        """An edit at ``offset`` leaves V104's chain alone."""
        if paragraph.kind not in {"preambular", "operative"}:
            return True
        return offset >= self.opener_end(paragraph) or self.unique_opener(paragraph)

    # end marks

    def end_mark(self, start: int, end: int) -> int | None:
        """Offset of the final punctuation mark of ``clean[start:end]`` (before quotes,
        brackets and footnote markers), or None when the text ends in a word."""
        segment = self.clean[start:end]
        tail = _TAIL.search(segment)
        position = tail.start() if tail else len(segment)
        if position and segment[position - 1] in MARKS:
            return start + position - 1
        return None

    def marks(self, paragraph: Paragraph, final: str, role: str = "own") -> Iterator[tuple]:
        """(paragraph, role, expected mark, offset of the mark printed or None) down the
        sub-paragraphs: a chapeau takes a colon, sub-paragraphs a semicolon, the last
        one the paragraph's own mark."""
        if not paragraph.children:
            yield paragraph, role, final, self.end_mark(paragraph.text_start, paragraph.end)
            return
        start, end = self.own(paragraph)
        yield paragraph, "chapeau", ":", self.end_mark(start, end)
        for index, child in enumerate(paragraph.children):
            last = index == len(paragraph.children) - 1
            yield from self.marks(child, final if last else ";", "last-sub" if last else "sub")

    def final(self, paragraph: Paragraph) -> str:
        """The mark a paragraph (or its last sub-paragraph) ends with; "?" when the text
        has parts whose last paragraphs are unclear (no plant there)."""
        if paragraph.kind == "preambular":
            return ","
        operative = self.document.operative
        if any(getattr(item, "formula", None) for item in self.document.main):
            return "?"
        return "." if paragraph is operative[-1] else ";"

    def mark_sites(self, roles: set[str], mark: str, kinds: set[str]):
        """(paragraph, raw span) of every ``mark`` printed where it belongs, in the given
        roles ("own", "chapeau", "sub", "last-sub") of paragraphs of the given kinds."""
        tops = [p for p in self.document.preambular + self.document.operative if p.kind in kinds]
        for top in sorted(tops, key=lambda p: p.start):
            for paragraph, role, expected, at in self.marks(top, self.final(top)):
                if role in roles and expected == mark and at is not None and self.clean[at] == mark:
                    span = self.raw(at, at + 1)
                    if span:
                        yield paragraph, span


@cache
def lexicon() -> Lexicon:
    return load_lexicon()


def choose(rng: random.Random, candidates: list):
    return rng.choice(candidates) if candidates else None


def closer(text: str, offset: int) -> bool:
    """A closing quote or bracket follows: a mark deleted before it ("Countries.”") is
    put back after it by the fix ("Countries”."), the place the Editorial Manual gives
    it, so such a plant does not round trip byte for byte."""
    return text[offset : offset + 1] in set(CLOSERS)


def capital(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


# -- punctuation ------------------------------------------------------------------------


def change_mark(text, document, normalized, rng, roles, mark, kinds, new, what):
    """Replace (or delete, when ``new`` is "") an end mark the structure expects.

    A deleted mark before a closing quote is put back after the quote by the
    fix, so such plants are not counted for the fix round trip.
    """
    sites = Sites(text, document, normalized)
    found = choose(rng, list(sites.mark_sites(roles, mark, kinds)))
    if found is None:
        return None
    _, (start, end) = found
    fixable = bool(new) or not closer(text, end)
    return sites.plant([Edit(start, end, new)], sites.line(start), what, fixable)


PREAMBULAR, OPERATIVE, BOTH = {"preambular"}, {"operative"}, {"preambular", "operative"}
OWN = {"own", "last-sub"}


@kind("preambular-comma-missing", "P101", fix="safe")
def preambular_comma_missing(text, document, normalized, rng):
    """The comma that ends a preambular paragraph is deleted."""
    return change_mark(text, document, normalized, rng, OWN, ",", PREAMBULAR, "", "',' deleted")


@kind("preambular-comma-to-stop", "P101", fix="safe")
def preambular_comma_to_stop(text, document, normalized, rng):
    """The comma that ends a preambular paragraph becomes a semicolon or a full stop."""
    mark = rng.choice(";.")
    what = f"',' -> {mark!r}"
    return change_mark(text, document, normalized, rng, OWN, ",", PREAMBULAR, mark, what)


@kind("operative-semicolon-to-stop", "P102", fix="safe")
def operative_semicolon_to_stop(text, document, normalized, rng):
    """The semicolon that ends an operative paragraph (not the last) becomes a full stop."""
    return change_mark(text, document, normalized, rng, OWN, ";", OPERATIVE, ".", "';' -> '.'")


@kind("final-stop-missing", "P102", fix="safe")
def final_stop_missing(text, document, normalized, rng):
    """The full stop that ends the last operative paragraph is deleted."""
    what = "final '.' deleted"
    return change_mark(text, document, normalized, rng, OWN, ".", OPERATIVE, "", what)


@kind("subparagraph-semicolon-to-stop", "P104", fix="safe")
def subparagraph_semicolon_to_stop(text, document, normalized, rng):
    """The semicolon that ends a sub-paragraph (not the last of its list) becomes a full stop."""
    what = "sub-paragraph ';' -> '.'"
    return change_mark(text, document, normalized, rng, {"sub"}, ";", BOTH, ".", what)


@kind("chapeau-colon-to-semicolon", "P103", fix="safe")
def chapeau_colon_to_semicolon(text, document, normalized, rng):
    """The colon before sub-paragraphs (a), (b) becomes a semicolon."""
    what = "chapeau ':' -> ';'"
    return change_mark(text, document, normalized, rng, {"chapeau"}, ":", BOTH, ";", what)


@kind("space-before-punctuation", "X103", fix="safe")
def space_before_punctuation(text, document, normalized, rng):
    """A space is typed between a word and the comma or semicolon after it."""
    sites = Sites(text, document, normalized)
    candidates = [
        (match, span) for _, match, span in sites.find(re.compile(r"(?<=[a-z])[,;](?=\s)"))
    ]
    found = choose(rng, candidates)
    if found is None:
        return None
    match, (start, _) = found
    return sites.plant([Edit(start, start, " ")], sites.line(start), f"' {match.group(0)}'")


@kind("formula-comma-missing", "S108", fix="safe")
def formula_comma_missing(text, document, normalized, rng):
    """The comma after "The General Assembly" (before the preamble) is deleted."""
    sites = Sites(text, document, normalized)
    formula = document.formula
    if formula is None or not document.preambular or not formula.text.rstrip().endswith(","):
        return None
    at = formula.start + len(formula.text.rstrip()) - 1
    span = sites.raw(at, at + 1)
    if span is None:
        return None
    return sites.plant([Edit(*span, "")], sites.line(span[0]), "formula ',' deleted")


# -- numbering ---------------------------------------------------------------------------


REFERENCE = re.compile(
    r"\bparagraphs?\s+((?:\d+(?:\s*\([a-z]+\))?(?:\s*,\s*|\s+and\s+|\s+to\s+|\s*[-–]\s*)?)+)"
    r"\s*(?:above|below|of (?:the present|this) resolution)"
)


def referenced_numbers(document: Document) -> set[int]:
    """Paragraph numbers that "paragraph N above/below/of the present resolution" cite."""
    found = set()
    for paragraph in document.paragraphs():
        for match in REFERENCE.finditer(paragraph.text):
            found.update(int(n) for n in re.findall(r"\d+", match.group(1)))
    return found


def renumber(text, document, normalized, rng, delta: int, name: str):
    """Paragraph k and the rest of its run (up to a section that starts again at 1) are
    printed ``delta`` off: 1, 2, 4, 5 (skipped) or 1, 2, 2, 3 (repeated)."""
    sites = Sites(text, document, normalized)
    numbered = [p for p in document.operative if p.number and p.number.isdigit()]
    runs: list[list[Paragraph]] = []
    for paragraph in numbered:
        if not runs or paragraph.number == "1":
            runs.append([])
        runs[-1].append(paragraph)
    references = referenced_numbers(document)
    candidates = []
    for run in runs:
        if [int(p.number) for p in run] != list(range(1, len(run) + 1)):
            continue  # not numbered 1, 2, 3 ... already
        for index in range(1 if delta < 0 else 0, len(run)):
            # "paragraph N above" from N = the first number that moves (k, or k - 1 that
            # now stands twice) on would follow the renumbering fix: no plant there
            if any(n >= index + 1 + min(delta, 0) for n in references):
                continue
            edits = []
            for paragraph in run[index:]:
                digits = sites.clean.index(paragraph.number, paragraph.start)
                span = sites.raw(digits, digits + len(paragraph.number))
                if span is None:
                    break
                edits.append(Edit(*span, str(int(paragraph.number) + delta)))
            else:
                candidates.append((run[index], edits))
    found = choose(rng, candidates)
    if found is None:
        return None
    paragraph, edits = found
    what = f"{name}: paragraph {paragraph.number} printed {int(paragraph.number) + delta}"
    return sites.plant(edits, sites.line(edits[0].start), what)


@kind("operative-number-skipped", "S103", fix="unsafe")
def operative_number_skipped(text, document, normalized, rng):
    """An operative number is skipped: 1, 2, 4, 5 (the following ones run on from it)."""
    return renumber(text, document, normalized, rng, +1, "skipped")


@kind("operative-number-repeated", "S103", fix="unsafe")
def operative_number_repeated(text, document, normalized, rng):
    """An operative number is repeated: 1, 2, 2, 3 (the following ones run on from it)."""
    return renumber(text, document, normalized, rng, -1, "repeated")


ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii"]
LETTERS = [chr(c) for c in range(ord("a"), ord("z") + 1)]


@kind("subparagraph-label-skipped", "S104")
def subparagraph_label_skipped(text, document, normalized, rng):
    """A sub-paragraph label is skipped: (a), (c), (d) without (b)."""
    sites = Sites(text, document, normalized)
    candidates = []
    for paragraph in sites.paragraphs():
        labels = [child.number for child in paragraph.children]
        if len(labels) < 2 or None in labels:
            continue
        roman = labels[0] == "i" and labels[1] == "ii"
        sequence = ROMAN if roman else LETTERS
        if labels != sequence[: len(labels)] or len(labels) >= len(sequence):
            continue
        for index in range(1, len(labels)):
            edits = []
            for child in paragraph.children[index:]:
                at = sites.clean.index(child.number, child.start)
                span = sites.raw(at, at + len(child.number))
                if span is None:
                    break
                edits.append(Edit(*span, sequence[sequence.index(child.number) + 1]))
            else:
                candidates.append((paragraph.children[index], edits))
    found = choose(rng, candidates)
    if found is None:
        return None
    child, edits = found
    return sites.plant(edits, sites.line(edits[0].start), f"({child.number}) skipped")


# -- wording -----------------------------------------------------------------------------


def swap(text, document, normalized, rng, pattern: str, replace, group: int = 0, **options):
    """Replace one match of ``pattern`` (its ``group``) in the body by ``replace(match)``."""
    sites = Sites(text, document, normalized)
    regex = re.compile(pattern)
    candidates = list(sites.find(regex, group, skip_openers=True))
    found = choose(rng, candidates)
    if found is None:
        return None
    _, match, (start, end) = found
    new = replace(match)
    what = f"{match.group(group)!r} -> {new!r}"
    return sites.plant([Edit(start, end, new)], sites.line(start), what, **options)


@kind("calls-on", "V105", fix="safe", bodies=GA_ONLY)
def calls_on(text, document, normalized, rng):
    """ "calls upon" becomes "calls on" in a General Assembly text."""
    return swap(text, document, normalized, rng, r"\b[Cc]all(?:s|ing)? (upon)\b", lambda m: "on", 1)


@kind("this-resolution", "V106", fix="safe", bodies=GA_ONLY)
def this_resolution(text, document, normalized, rng):
    """ "the present resolution" becomes "this resolution" in a General Assembly text."""
    return swap(
        text,
        document,
        normalized,
        rng,
        r"\b(([Tt])he present) resolution\b",
        lambda m: capital("this", m.group(2)),
        group=1,
    )


@kind("member-states-lower-m", "T101", fix="unsafe")
def member_states_lower_m(text, document, normalized, rng):
    """ "Member States" (of the United Nations) becomes "member States"."""
    return swap(
        text, document, normalized, rng, r"(?<![\w(])(M)ember States\b(?! of\b)", lambda m: "m", 1
    )


@kind("member-states-lower-s", "T101", fix="unsafe")
def member_states_lower_s(text, document, normalized, rng):
    """ "Member States" becomes "Member states"."""
    return swap(text, document, normalized, rng, r"\bMember (S)tates\b(?! of\b)", lambda m: "s", 1)


@kind("secretary-general-hyphen", "T102", fix="safe")
def secretary_general_hyphen(text, document, normalized, rng):
    """ "Secretary-General" loses its hyphen: "Secretary General".

    Texts printed with a non-breaking hyphen ("Secretary‑General") cannot round
    trip: the fix writes the ordinary hyphen.
    """
    sites = Sites(text, document, normalized)
    found = choose(rng, list(sites.find(re.compile(r"\bSecretary([-‑])General\b"), 1)))
    if found is None:
        return None
    _, match, (start, end) = found
    hyphen = match.group(1)
    return sites.plant(
        [Edit(start, end, " ")],
        sites.line(start),
        f"'Secretary{hyphen}General' -> 'Secretary General'",
        hyphen == "-",
    )


@kind("body-abbreviation", "T103", bodies=GA_ONLY)
def body_abbreviation(text, document, normalized, rng):
    """ "United Nations" is abbreviated "UN" in a General Assembly text."""
    return swap(text, document, normalized, rng, r"\bUnited Nations\b(?![-‑])", lambda m: "UN")


IZE = re.compile(
    r"\b(?:organi|recogni|emphasi|prioriti|mobili|utili|stabili|authori|characteri|minimi|"
    r"maximi|summari|operationali|harmoni|moderni|reali|speciali|criminali|categori|"
    r"institutionali|globali|standardi|digitali|civili|criti)(z)"
    r"(?:e|es|ed|ing|ation|ations|er|ers)\b",
    re.IGNORECASE,
)
ISE_NAMES = re.compile(
    r"Organization (?:for Economic|for the Prohibition|of Eastern|of Islamic|internationale)"
)


@kind("ize-spelling", "T104", fix="safe")
def ize_spelling(text, document, normalized, rng):
    """An -ize word is spelled -ise: "organization" -> "organisation"."""
    sites = Sites(text, document, normalized)
    names = [m.span() for m in ISE_NAMES.finditer(sites.clean)]
    candidates = [
        (match, span)
        for _, match, span in sites.find(IZE, 1, skip_openers=True)
        if not any(a <= match.start() < b for a, b in names)
    ]
    found = choose(rng, candidates)
    if found is None:
        return None
    match, (start, end) = found
    new = "S" if match.group(1) == "Z" else "s"
    return sites.plant([Edit(start, end, new)], sites.line(start), f"{match.group(0)!r}: z -> s")


# -- dates and sessions ------------------------------------------------------------------


@kind("date-month-first", "N101", fix="safe")
def date_month_first(text, document, normalized, rng):
    """A date is written month first: "17 December 2015" -> "December 17, 2015"."""
    return swap(
        text,
        document,
        normalized,
        rng,
        DATE.pattern,
        lambda m: f"{m.group(2)} {int(m.group(1))}, {m.group(3)}",
    )


@kind("date-ordinal", "N101", fix="safe")
def date_ordinal(text, document, normalized, rng):
    """A date is written with an ordinal: "17 December 2015" -> "17th December 2015"."""

    def ordinal(match: re.Match[str]) -> str:
        return (
            f"{int(match.group(1))}{suffix(int(match.group(1)))} {match.group(2)} {match.group(3)}"
        )

    return swap(text, document, normalized, rng, DATE.pattern, ordinal)


def suffix(number: int) -> str:
    if number % 100 in {11, 12, 13}:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


@cache
def session_words() -> dict[str, int]:
    """ "seventy-first" -> 71, "eightieth" -> 80: ordinals in words up to 99."""
    ordinals = {w: n for w, n in lexicon().ordinals.items() if isinstance(n, int) and n < 100}
    tens = {w: n for w, n in lexicon().tens.items() if isinstance(n, int)}
    words = dict(ordinals)
    for ten, value in tens.items():
        for unit, number in ordinals.items():
            if number < 10:
                words[f"{ten}-{unit}"] = value + number
    return words


@kind("session-in-figures", "N102", fix="safe")
def session_in_figures(text, document, normalized, rng):
    """A session is written in figures: "seventy-first session" -> "71st session"."""
    words = sorted(session_words(), key=len, reverse=True)
    pattern = rf"\b({'|'.join(words)})(?= (?:special )?session\b)"

    def figures(match: re.Match[str]) -> str:
        number = session_words()[match.group(1)]
        return f"{number}{suffix(number)}"

    return swap(text, document, normalized, rng, pattern, figures)


# -- citations and references --------------------------------------------------------------


def body_citations(document: Document) -> list[tuple[Paragraph, Citation]]:
    found = []
    for top in sorted(document.preambular + document.operative, key=lambda p: p.start):
        for paragraph in top.walk():
            found.extend((paragraph, citation) for citation in paragraph.citations)
    return found


def date_in(sites: Sites, citation: Citation) -> re.Match[str] | None:
    """The printed date of a citation, on the same line as the citation's start."""
    match = DATE.search(sites.clean, citation.start, citation.end)
    if match is None or sites.raw(citation.start, match.end()) is None:
        return None
    return match


@kind("citation-date-inconsistent", "R103")
def citation_date_inconsistent(text, document, normalized, rng):
    """A resolution cited with its date is cited again with another day: a later dated
    citation gets another day, or a later undated one gets " of <another day>"."""
    sites = Sites(text, document, normalized)
    cited: dict[tuple, list[Citation]] = {}
    for _, citation in body_citations(document):
        cited.setdefault((citation.number, citation.body), []).append(citation)
    candidates = []
    for citations in cited.values():
        dated = [c for c in citations if c.iso_date]
        if not dated or len({c.iso_date for c in dated}) != 1:
            continue  # no date to disagree with, or already inconsistent
        first = DATE.search(dated[0].text)
        if first is None:
            continue
        for citation in (c for c in citations if c.start > dated[0].start):
            match = date_in(sites, citation)
            if match:  # the day of this date changes
                day = match.group(1)
                edit = Edit(*sites.raw(match.start(1), match.end(1)), other_day(day))
                candidates.append((citation, edit, f"day {day} -> {edit.new}"))
                continue
            number_end = citation.start + citation.text.find(citation.number) + len(citation.number)
            span = sites.raw(citation.start, number_end)
            if citation.date or citation.form != "short" or span is None:
                continue
            if re.match(r"\s+of\b", sites.clean[number_end:]):
                continue  # "resolution 70/1 of the Human Rights Council"
            date = f" of {other_day(first.group(1))} {first.group(2)} {first.group(3)}"
            what = f"{date.strip()!r} added (dated {first.group(0)!r} before)"
            candidates.append((citation, Edit(span[1], span[1], date), what))
    found = choose(rng, candidates)
    if found is None:
        return None
    citation, edit, what = found
    line = sites.clean_line(citation.start)
    return sites.plant([edit], line, f"{citation.number}: {what}")


def other_day(day: str) -> str:
    return str(int(day) + 1 if int(day) < 28 else int(day) - 1)


@kind("citation-date-outside-session", "R104")
def citation_date_outside_session(text, document, normalized, rng):
    """A General Assembly resolution is dated three years after its session."""
    sites = Sites(text, document, normalized)
    dated = Counter(c.number for _, c in body_citations(document) if c.date)
    candidates = []
    for _, citation in body_citations(document):
        if citation.body != "general-assembly" or citation.form != "short":
            continue
        if not (citation.session or "").isdigit() or dated[citation.number] != 1:
            continue
        match = date_in(sites, citation)
        if match and citation.year in (1945 + int(citation.session), 1946 + int(citation.session)):
            candidates.append((citation, match))
    found = choose(rng, candidates)
    if found is None:
        return None
    citation, match = found
    year = 1945 + int(citation.session) + 3
    start, end = sites.raw(match.start(3), match.end(3))
    what = f"{citation.number}: {match.group(3)} -> {year}"
    return sites.plant([Edit(start, end, str(year))], sites.clean_line(citation.start), what)


@kind("first-mention-without-date", "R102", bodies=GA_ONLY)
def first_mention_without_date(text, document, normalized, rng):
    """The first mention of a resolution loses its date ("of 17 December 2015")."""
    sites = Sites(text, document, normalized)
    seen: set[str] = set()
    candidates = []
    for _, citation in body_citations(document):
        if citation.form != "short" or citation.kind != "resolution":
            continue
        first = citation.number not in seen
        seen.add(citation.number)
        if not first or not citation.date:
            continue
        match = date_in(sites, citation)
        if match is None:
            continue
        before = re.search(r"\s+of\s+$", sites.clean[citation.start : match.start()])
        if before is None:
            continue
        start = citation.start + before.start()
        span = sites.raw(start, match.end())
        if span:
            candidates.append((citation, span))
    found = choose(rng, candidates)
    if found is None:
        return None
    citation, (start, end) = found
    what = f"{citation.number}: {text[start:end].strip()!r} deleted"
    return sites.plant([Edit(start, end, "")], sites.clean_line(citation.start), what)


@kind("resolution-symbol-in-text", "R101", fix="unsafe", bodies=GA_ONLY)
def resolution_symbol_in_text(text, document, normalized, rng):
    """A resolution cited only once is cited by symbol: "resolution A/RES/61/171"."""
    sites = Sites(text, document, normalized)
    cited = Counter(c.number for _, c in body_citations(document))
    candidates = []
    for _, citation in body_citations(document):
        if citation.form != "short" or citation.body != "general-assembly":
            continue
        if (
            not (citation.session or "").isdigit()
            or cited[citation.number] != 1
            or not re.match(r"resolution \d", citation.text)
        ):
            continue
        at = citation.start + len("resolution ")
        span = sites.raw(at, at + len(citation.number))
        if span and sites.clean[at : at + len(citation.number)] == citation.number:
            candidates.append((citation, span))
    found = choose(rng, candidates)
    if found is None:
        return None
    citation, (start, _) = found
    what = f"resolution {citation.number} -> resolution A/RES/{citation.number}"
    return sites.plant([Edit(start, start, "A/RES/")], sites.line(start), what)


@kind("citation-number-agreement", "R105", fix="safe")
def citation_number_agreement(text, document, normalized, rng):
    """ "resolutions 61/180 and 64/178" loses its "s": "resolution 61/180 and 64/178"."""
    sites = Sites(text, document, normalized)
    keyword = re.compile(r"^(resolution|decision)s\b")
    candidates = []
    for paragraph in sites.paragraphs():
        found = paragraph.citations
        for index, citation in enumerate(found[:-1]):
            following = found[index + 1]
            if keyword.match(citation.text) and not re.match(
                r"(?i)(resolution|decision)", following.text
            ):
                if following.form == "symbol":
                    continue
                at = citation.start + len(keyword.match(citation.text).group(1))
                span = sites.raw(at, at + 1)
                if span:
                    candidates.append((citation, span))
    found = choose(rng, candidates)
    if found is None:
        return None
    citation, (start, end) = found
    word = citation.text.split()[0]
    return sites.plant(
        [Edit(start, end, "")], sites.clean_line(citation.start), f"{word!r} -> {word[:-1]!r}"
    )


@kind("dangling-paragraph-reference", "R106")
def dangling_paragraph_reference(text, document, normalized, rng):
    """ "paragraph N above" points past the last operative paragraph.

    An existing reference gets a number beyond the last paragraph; a text
    without one gets "paragraph N of the present resolution" where an
    operative paragraph says "the present resolution".
    """
    sites = Sites(text, document, normalized)
    numbers = [int(p.number) for p in document.operative if p.number and p.number.isdigit()]
    if not numbers:
        return None
    beyond = str(max(numbers) + rng.randint(1, 20))
    existing = []
    for paragraph in sites.paragraphs():
        start, end = sites.own(paragraph)
        for match in REFERENCE.finditer(sites.clean, start, end):
            number = re.match(r"\d+", match.group(1))
            span = sites.raw(match.start(1), match.start(1) + number.end())
            if span:
                existing.append(span)
    if existing:
        start, end = rng.choice(existing)
        what = f"'paragraph {text[start:end]}' -> 'paragraph {beyond}'"
        return sites.plant([Edit(start, end, beyond)], sites.line(start), what)
    present = re.compile(r"(?<=\s)the present resolution\b")
    candidates = [
        span
        for paragraph, _, span in sites.find(present)
        if paragraph.kind in {"operative", "subparagraph"}
    ]
    if not candidates:
        return None
    start, _ = rng.choice(candidates)
    new = f"paragraph {beyond} of "
    return sites.plant([Edit(start, start, new)], sites.line(start), f"{new!r} inserted")


# -- footnotes ---------------------------------------------------------------------------


@kind("footnote-marker-without-footnote", "F101")
def footnote_marker_without_footnote(text, document, normalized, rng):
    """A footnote marker "[^N]" with no footnote N follows the end mark of a paragraph."""
    sites = Sites(text, document, normalized)
    labels = [int(f.label) for f in document.footnotes if f.label.isdigit()]
    label = max(labels, default=0) + 1
    candidates = []
    for paragraph in sites.paragraphs():
        if paragraph.children:
            continue
        at = sites.end_mark(paragraph.text_start, paragraph.end)
        if at is None or sites.clean[at + 1 : paragraph.end].strip():
            continue  # quotes or a marker after the mark
        span = sites.raw(at, at + 1)
        if span:
            candidates.append(span)
    if not candidates:
        return None
    _, end = rng.choice(candidates)
    return sites.plant([Edit(end, end, f"[^{label}]")], sites.line(end), f"'[^{label}]' inserted")


@kind("footnote-marker-deleted", "F102")
def footnote_marker_deleted(text, document, normalized, rng):
    """The only marker of a footnote is deleted from the text (the footnote stays)."""
    sites = Sites(text, document, normalized)
    candidates = []
    for footnote in document.footnotes:
        if len(footnote.refs) != 1 or not footnote.label.isdigit():
            continue
        ref = footnote.refs[0]
        raw_start, raw_end = normalized.raw_span(ref.start, ref.end)
        piece = text[raw_start:raw_end]
        digits = re.fullmatch(r"\s*(\d+)\s*", piece)
        if digits is None or digits.group(1) != footnote.label or "\n" in piece:
            continue
        # the number and the spaces before it: "Council 41 and" -> "Council and"
        at = raw_start + digits.start(1)
        while at > 0 and text[at - 1] in " \t":
            at -= 1
        edit = Edit(at, raw_start + digits.end(1), "")
        footnote_span = normalized.raw_span(footnote.start, footnote.end)
        candidates.append((footnote, edit, footnote_span[0]))
    found = choose(rng, candidates)
    if found is None:
        return None
    footnote, edit, footnote_at = found
    what = f"marker {footnote.label} deleted (line {sites.line(edit.start)})"
    return sites.plant([edit], sites.line(footnote_at), what)


@kind("footnote-text-deleted", "F101")
def footnote_text_deleted(text, document, normalized, rng):
    """The text of a footnote is deleted; its marker, a number glued to the text as
    printed ("for 2024,1"), stays.  The footnote's line is left empty."""
    sites = Sites(text, document, normalized)
    candidates = []
    for footnote in document.footnotes:
        if len(footnote.refs) != 1 or not footnote.label.isdigit():
            continue
        start, end = normalized.raw_span(footnote.start, footnote.end)
        if "\n" in text[start:end].rstrip("\r\n") or not text[start:end].strip():
            continue  # a footnote of several lines
        line_start = text.rfind("\n", 0, start) + 1
        line_end = len(text[:end].rstrip("\r\n"))
        if text[line_start:start].strip():
            continue  # something else on the footnote's line
        ref_at = normalized.raw_span(footnote.refs[0].start, footnote.refs[0].end)[0]
        candidates.append((footnote, Edit(line_start, line_end, ""), ref_at))
    found = choose(rng, candidates)
    if found is None:
        return None
    footnote, edit, ref_at = found
    what = f"footnote {footnote.label} deleted (line {sites.line(edit.start)})"
    return sites.plant([edit], sites.line(ref_at), what)


# -- abbreviations -----------------------------------------------------------------------

DEFINITION = re.compile(r"\(([A-Z][A-Z0-9&]*[A-Z])\)")
SMALL_WORDS = {
    "of",
    "on",
    "and",
    "the",
    "for",
    "in",
    "to",
    "against",
    "de",
    "la",
    "des",
    "et",
    "du",
}


def full_name(clean: str, start: int, acronym: str, floor: int) -> int | None:
    """Where the full name before "(ACRONYM)" at ``start`` begins: its capitals spell it."""
    words = list(re.finditer(r"[A-Za-z][A-Za-z'’\-]*", clean[floor:start]))
    letters = list(acronym)
    name_start = None
    for word in reversed(words):
        if not letters:
            break
        text = word.group(0)
        if text[0] == letters[-1] and text[0].isupper():
            letters.pop()
            name_start = floor + word.start()
        elif text.lower() in SMALL_WORDS and name_start is not None:
            continue
        else:
            return None
    if letters or name_start is None:
        return None
    return name_start


def abbreviation_sites(sites: Sites):
    """(acronym, name start, definition end, first use after it) for every acronym
    defined once in the body, used after its definition and never before it."""
    spans = [(p, *sites.own(p)) for p in sites.paragraphs()]
    definitions: dict[str, list[tuple[int, int, int]]] = {}
    for _, start, end in spans:
        for match in DEFINITION.finditer(sites.clean, start, end):
            name = full_name(sites.clean, match.start(), match.group(1), start)
            definitions.setdefault(match.group(1), []).append((name, match.start(), match.end()))
    for acronym, found in definitions.items():
        if len(found) != 1 or found[0][0] is None:
            continue
        name_start, open_at, close_at = found[0]
        use = re.compile(rf"(?<!\()\b{acronym}\b(?!\))")
        uses = sorted(
            m.start() for _, start, end in spans for m in use.finditer(sites.clean, start, end)
        )
        if not uses or uses[0] < open_at:
            continue  # never used alone, or used before its definition already
        later = uses[0]
        if sites.raw(name_start, close_at) and sites.raw(later, later + len(acronym)):
            yield acronym, name_start, close_at, later


@kind("abbreviation-before-definition", "A101")
def abbreviation_before_definition(text, document, normalized, rng):
    """The definition "Full Name (ABBR)" moves to a later use: the first use comes before it."""
    sites = Sites(text, document, normalized)
    found = choose(rng, list(abbreviation_sites(sites)))
    if found is None:
        return None
    acronym, name_start, close_at, later = found
    definition = sites.clean[name_start:close_at]
    first = sites.raw(name_start, close_at)
    second = sites.raw(later, later + len(acronym))
    edits = [Edit(*first, acronym), Edit(*second, definition)]
    what = f"{definition!r} moved to line {sites.line(second[0])}"
    return sites.plant(edits, sites.line(first[0]), what)


@kind("abbreviation-defined-twice", "A102")
def abbreviation_defined_twice(text, document, normalized, rng):
    """A later use of an abbreviation repeats its definition "Full Name (ABBR)"."""
    sites = Sites(text, document, normalized)
    found = choose(rng, list(abbreviation_sites(sites)))
    if found is None:
        return None
    acronym, name_start, close_at, later = found
    definition = sites.clean[name_start:close_at]
    start, end = sites.raw(later, later + len(acronym))
    return sites.plant([Edit(start, end, definition)], sites.line(start), f"{definition!r} again")


# -- openers -----------------------------------------------------------------------------

# participle of a preambular opener -> the operative verb of the same stem
PARTICIPLES = {
    "recalling": "recalls",
    "reaffirming": "reaffirms",
    "noting": "notes",
    "welcoming": "welcomes",
    "recognizing": "recognizes",
    "stressing": "stresses",
    "emphasizing": "emphasizes",
    "expressing": "expresses",
    "acknowledging": "acknowledges",
    "taking": "takes",
    "reiterating": "reiterates",
    "underlining": "underlines",
    "underscoring": "underscores",
    "encouraging": "encourages",
    "urging": "urges",
    "commending": "commends",
    "condemning": "condemns",
    "deploring": "deplores",
    "affirming": "affirms",
    "calling": "calls",
    "requesting": "requests",
    "inviting": "invites",
    "highlighting": "highlights",
    "supporting": "supports",
    "endorsing": "endorses",
    "deciding": "decides",
    "determining": "determines",
    "approving": "approves",
    "appreciating": "appreciates",
    "considering": "considers",
    "demanding": "demands",
    "reminding": "reminds",
    "authorizing": "authorizes",
}
VERBS = {verb: participle for participle, verb in PARTICIPLES.items()}


def switch_opener(text, document, normalized, rng, part: str, table: dict[str, str], becomes: str):
    """The first word of a paragraph of ``part`` is replaced from ``table`` so that the
    opener reads as ``becomes`` (checked with the lexicon); the opener must be unique."""
    sites = Sites(text, document, normalized)
    paragraphs = document.preambular if part == "preambular" else document.operative
    candidates = []
    for paragraph in paragraphs:
        word = re.match(r"[A-Za-z]+", paragraph.text)
        if word is None or word.group(0).lower() not in table or not word.group(0)[0].isupper():
            continue
        new = capital(table[word.group(0).lower()], word.group(0))
        found = opener_at(new + paragraph.text[word.end() :], sites.lexicon)
        if not found or found[0] != becomes or not sites.unique_opener(paragraph):
            continue
        span = sites.raw(paragraph.text_start, paragraph.text_start + word.end())
        if span:
            candidates.append((span, word.group(0), new))
    found = choose(rng, candidates)
    if found is None:
        return None
    (start, end), old, new = found
    return sites.plant([Edit(start, end, new)], sites.line(start), f"{old!r} -> {new!r}")


@kind("preambular-operative-verb", "V103")
def preambular_operative_verb(text, document, normalized, rng):
    """A preambular paragraph opens with an operative verb: "Recalling" -> "Recalls"."""
    return switch_opener(text, document, normalized, rng, "preambular", PARTICIPLES, "operative")


@kind("operative-participle", "V103")
def operative_participle(text, document, normalized, rng):
    """An operative paragraph opens with a participle: "Welcomes" -> "Welcoming"."""
    return switch_opener(text, document, normalized, rng, "operative", VERBS, "preambular")


def typo(text, document, normalized, rng, part: str):
    """A letter inside the first word of a paragraph with a unique opener is dropped."""
    sites = Sites(text, document, normalized)
    paragraphs = document.preambular if part == "preambular" else document.operative
    candidates = []
    for paragraph in paragraphs:
        word = re.match(r"[A-Z][a-z]{5,}", paragraph.text)
        if word is None or not opener_at(paragraph.text, sites.lexicon):
            continue
        if not sites.unique_opener(paragraph):
            continue
        span = sites.raw(paragraph.text_start, paragraph.text_start + word.end())
        if span:
            candidates.append((span, word.group(0)))
    found = choose(rng, candidates)
    if found is None:
        return None
    (start, end), word = found
    at = rng.randrange(2, len(word) - 3)
    new = word[:at] + word[at + 1 :]
    if opener_at(new + " x", sites.lexicon):
        return None
    return sites.plant([Edit(start, end, new)], sites.line(start), f"{word!r} -> {new!r}")


@kind("preambular-opener-typo", "V102")
def preambular_opener_typo(text, document, normalized, rng):
    """The opener of a preambular paragraph has a typo: "Welcoming" -> "Welcming"."""
    return typo(text, document, normalized, rng, "preambular")


@kind("operative-verb-typo", "V101")
def operative_verb_typo(text, document, normalized, rng):
    """The verb of an operative paragraph has a typo: "Requests" -> "Reqests"."""
    return typo(text, document, normalized, rng, "operative")


@kind("repeated-opener-order", "V104")
def repeated_opener_order(text, document, normalized, rng):
    """The first repeat of an opener takes "further" instead of "also"
    ("Recalling further" before "Recalling also")."""
    sites = Sites(text, document, normalized)
    lexicon = sites.lexicon
    candidates = []
    for paragraphs, index in (
        (document.preambular, lexicon.preambular),
        (document.operative, lexicon.operative),
    ):
        chain = []
        for paragraph in paragraphs:
            found = lexicon.match_opener(first_words(paragraph.text), index)
            if found is not None:
                marks = {m for m in found.modifiers if m in {"also", "further"}}
                chain.append((paragraph, found.phrase, marks))
        seen: dict[str, str] = {}
        for position, (paragraph, phrase, marks) in enumerate(chain):
            later_also = any(p == phrase and m == {"also"} for _, p, m in chain[position + 1 :])
            if seen.get(phrase) == "first" and marks == {"also"} and not later_also:
                opener = sites.clean[paragraph.text_start : sites.opener_end(paragraph)]
                also = re.search(r"\b([Aa])lso\b", opener)
                if also:
                    at = paragraph.text_start + also.start()
                    span = sites.raw(at, at + 4)
                    if span:
                        candidates.append((span, capital("further", also.group(1)), paragraph))
            if phrase not in seen:
                seen[phrase] = "first"
            if marks:
                seen[phrase] = "further" if "further" in marks else "also"
    found = choose(rng, candidates)
    if found is None:
        return None
    (start, end), new, paragraph = found
    line = sites.clean_line(paragraph.text_start)
    return sites.plant([Edit(start, end, new)], line, f"'{text[start:end]}' -> {new!r}")


# -- structure ---------------------------------------------------------------------------


@kind("formula-missing", "S101")
def formula_missing(text, document, normalized, rng):
    """The adopting body's formula ("The General Assembly,") is deleted from its line.

    Only in texts whose heading gives the symbol: in a text with neither, the
    formula is the only sign of the body, and without it the text is rightly
    linted with the generic profile (other rules then apply).
    """
    sites = Sites(text, document, normalized)
    formula = document.formula
    first = (document.preambular or document.operative or [None])[0]
    if formula is None or first is None or not document.heading.symbol:
        return None
    span = sites.raw(formula.start, formula.start + len(formula.text.rstrip()))
    if span is None:
        return None
    what = f"{formula.text.strip()!r} deleted"
    return sites.plant([Edit(*span, "")], sites.clean_line(first.start), what)


# -- the harness -------------------------------------------------------------------------


def select_files(paths: list[Path], seed: int = SEED) -> list[Path]:
    """The documented selection: 20 adopted General Assembly and 20 adopted Security
    Council resolutions, 10 General Assembly and 10 Security Council drafts, drawn
    with ``seed`` from the corpus without the ``__pdf-pypdf`` and ``__railcar-md``
    variants (the same texts again, messier)."""
    plain = sorted((p for p in paths if "__" not in p.name), key=lambda p: p.name)
    groups = [
        ([p for p in plain if p.name.startswith("A_RES_")], 20),
        ([p for p in plain if p.name.startswith("S_RES_")], 20),
        ([p for p in plain if re.match(r"A_(?:C\.\d_)?\d+_L\.", p.name)], 10),
        ([p for p in plain if p.name.startswith(("S_20", "SC_draft_"))], 10),
    ]
    rng = random.Random(seed)
    chosen = []
    for group, size in groups:
        chosen += rng.sample(group, min(size, len(group)))
    return sorted(chosen, key=lambda p: p.name)


def finding_key(diagnostic) -> tuple[str, int, str]:
    """A finding compared between the clean and the planted text: code, line, and the
    message with its figures masked (numbers that a plant shifts are not what makes a
    finding new).  X101 sums up the normalizer's repairs of one kind at the first of
    them, with a count: only the kind of repair is compared ("Repaired hyphenation"),
    not its line, detail or count (a plant that removes the first repair moves it), so
    that a repair of a new kind still counts as a new finding."""
    if diagnostic.code == "X101":
        return diagnostic.code, 0, diagnostic.message.split(":")[0]
    return diagnostic.code, diagnostic.line, re.sub(r"\d+", "#", diagnostic.message)


@dataclass
class Clean:
    """A corpus file linted once, and fixed once per fix mode."""

    source: object
    document: Document
    normalized: Normalized
    findings: Counter
    fixed: dict[bool, bytes] = field(default_factory=dict)


@dataclass
class Outcome:
    kind: str
    code: str
    file: str
    line: int  # where the expected rule must report
    what: str  # the change planted
    hit: bool = False
    reported: list[int] = field(default_factory=list)  # lines of new findings of the rule
    extra: list[tuple[str, int, str]] = field(default_factory=list)  # new findings elsewhere
    fix_ok: bool | None = None  # None: no round trip for this plant
    error: str | None = None

    def describe(self) -> str:
        if self.error:
            return self.error
        parts = ["hit"] if self.hit else []
        if not self.reported:
            parts.append(f"no new {self.code}")
        elif self.line not in self.reported:
            parts.append(f"{self.code} on line {', '.join(map(str, self.reported))} instead")
        if self.extra:
            parts.append(
                "new elsewhere: " + "; ".join(f"{c} line {n}: {m}" for c, n, m in self.extra[:4])
            )
        return ", ".join(parts)


class Harness:
    """Plants defects and checks the linter's answer; ``linted`` shares clean results
    (``path.name`` -> (source, normalized, document, diagnostics)) computed elsewhere,
    with the default settings, so the corpus is not linted twice in one test session."""

    def __init__(self, settings=None, linted: dict | None = None) -> None:
        from reslint.lint.settings import Settings

        self.settings = settings or Settings()
        self.linted = linted if settings is None else None
        self.cache: dict[Path, Clean] = {}

    def clean(self, path: Path) -> Clean:
        if path not in self.cache:
            from reslint.pipeline import lint_source
            from reslint.source import read_path

            if self.linted and path.name in self.linted:
                source, normalized, document, diagnostics = self.linted[path.name]
            else:
                source = read_path(path)
                normalized, document, diagnostics = lint_source(source, self.settings)
            findings = Counter(finding_key(d) for d in diagnostics)
            self.cache[path] = Clean(source, document, normalized, findings)
        return self.cache[path]

    def fixed(self, source, unsafe: bool) -> bytes:
        from reslint.pipeline import fix_source

        result = fix_source(source, self.settings, unsafe=unsafe).source
        return result.encode(result.text)

    def check(self, kind: Kind, path: Path, planted: Planted) -> Outcome:
        from reslint.pipeline import lint_source
        from reslint.source import Source

        clean = self.clean(path)
        original = clean.source
        assert planted.text.count("\n") == original.text.count("\n"), kind.name
        assert planted.text != original.text, kind.name
        source = Source(original.path, planted.text, original.encoding, original.bom)
        outcome = Outcome(kind.name, kind.code, path.name, planted.line, planted.what)
        try:
            _, _, diagnostics = lint_source(source, self.settings)
        except Exception as exc:  # a crash is a miss, reported with its cause
            outcome.error = f"lint crashed: {type(exc).__name__}: {exc}"
            outcome.fix_ok = False if kind.fix and planted.fixable else None
            return outcome
        new = Counter(finding_key(d) for d in diagnostics) - clean.findings
        outcome.reported = sorted({line for code, line, _ in new if code == kind.code})
        outcome.extra = sorted(key for key in new.elements() if key[1] != planted.line)
        outcome.hit = planted.line in outcome.reported and not outcome.extra
        if kind.fix and planted.fixable:
            unsafe = kind.fix == "unsafe"
            if unsafe not in clean.fixed:
                clean.fixed[unsafe] = self.fixed(original, unsafe)
            try:
                outcome.fix_ok = self.fixed(source, unsafe) == clean.fixed[unsafe]
            except Exception as exc:
                outcome.error = f"fix crashed: {type(exc).__name__}: {exc}"
                outcome.fix_ok = False
        return outcome

    def run(
        self,
        files: list[Path],
        per_kind: int = PLANTS_PER_KIND,
        seed: int = SEED,
        kinds: list[Kind] | None = None,
        jobs: int = 1,
    ) -> list[Outcome]:
        """Plant every kind into up to ``per_kind`` files (a seeded order of ``files``;
        files without a site are passed over) and check each plant, in ``jobs`` processes
        (the plants are the same whatever ``jobs`` is: they are made here, in order)."""
        plants = list(self.plant(files, per_kind, seed, kinds))
        if jobs <= 1 or len(plants) < 2:
            return [self.check(kind, path, planted) for kind, path, planted in plants]
        by_file: dict[Path, list[int]] = {}
        for index, (_, path, _) in enumerate(plants):
            by_file.setdefault(path, []).append(index)
        global _FORKED
        _FORKED = (self, plants)  # inherited by the forked workers, never pickled
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(jobs, mp_context=context) as pool:
            groups = list(pool.map(_check_group, list(by_file.values())))
        _FORKED = None
        outcomes: list[Outcome | None] = [None] * len(plants)
        for indices, checked in zip(by_file.values(), groups, strict=True):
            for index, outcome in zip(indices, checked, strict=True):
                outcomes[index] = outcome
        return [o for o in outcomes if o is not None]

    def plant(
        self, files: list[Path], per_kind: int, seed: int, kinds: list[Kind] | None
    ) -> Iterator[tuple[Kind, Path, Planted]]:
        """Every plant of the run, in order: (kind, file, planted text)."""
        for kind in kinds or list(KINDS.values()):
            order = sorted(files, key=lambda p: p.name)
            random.Random(f"{seed}:{kind.name}").shuffle(order)
            planted_count = 0
            for path in order:
                if planted_count >= per_kind:
                    break
                clean = self.clean(path)
                if kind.bodies and clean.document.body not in kind.bodies:
                    continue
                rng = random.Random(f"{seed}:{kind.name}:{path.name}")
                planted = kind.plant(clean.source.text, clean.document, clean.normalized, rng)
                if planted is None:
                    continue
                planted_count += 1
                yield kind, path, planted


_FORKED: tuple[Harness, list[tuple[Kind, Path, Planted]]] | None = None


def _check_group(indices: list[int]) -> list[Outcome]:
    """In a worker: check the plants of one file (its clean fixes are made once)."""
    assert _FORKED is not None
    harness, plants = _FORKED
    return [harness.check(*plants[index]) for index in indices]


@dataclass
class Row:
    kind: str
    code: str
    plants: int
    hits: int
    fix_ok: int
    fix_total: int

    @property
    def recall(self) -> float:
        return self.hits / self.plants if self.plants else 0.0


def rows(outcomes: list[Outcome]) -> list[Row]:
    table: dict[str, Row] = {}
    for outcome in outcomes:
        row = table.setdefault(outcome.kind, Row(outcome.kind, outcome.code, 0, 0, 0, 0))
        row.plants += 1
        row.hits += outcome.hit
        if outcome.fix_ok is not None:
            row.fix_total += 1
            row.fix_ok += outcome.fix_ok
    return list(table.values())


def table(outcomes: list[Outcome]) -> str:
    """The per-kind table as Markdown, with the total and the misses under it."""
    lines = [
        "| kind | rule | plants | hits | recall | fix round trips |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for row in rows(outcomes):
        fixes = f"{row.fix_ok}/{row.fix_total}" if row.fix_total else "-"
        lines.append(
            f"| {row.kind} | {row.code} | {row.plants} | {row.hits} | {row.recall:.0%} | {fixes} |"
        )
    plants = len(outcomes)
    hits = sum(o.hit for o in outcomes)
    fixes = [o.fix_ok for o in outcomes if o.fix_ok is not None]
    lines.append(
        f"| **all** | | {plants} | {hits} | {hits / plants if plants else 0:.1%} | "
        f"{sum(fixes)}/{len(fixes)} |"
    )
    misses = [o for o in outcomes if not o.hit or o.fix_ok is False]
    if misses:
        lines += ["", "Misses:", ""]
        for o in misses:
            fix = " (fix does not round trip)" if o.fix_ok is False and o.line in o.reported else ""
            lines.append(f"- {o.kind} ({o.code}) {o.file}:{o.line}: {o.what}: {o.describe()}{fix}")
    return "\n".join(lines)
