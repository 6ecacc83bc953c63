"""Block typing: the grammar letter of every body paragraph, from its text and its neighbours.

Each paragraph is first typed by its own first characters (a number label,
a sub-paragraph label, a section label, an annex heading, a closing line,
an opener from the lexicon, a heading-like line), then a few passes look at
the neighbours: the title under a bare section label, an operative verb in a
preambular position, an adopted declaration after "Adopts the following",
an annex whose heading the extraction lost.  The result feeds the structure
grammar (``grammar/structure.py``); the letters are those of
``grammar/alphabet.py``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from reslint.grammar import alphabet as letters
from reslint.grammar import lines as recognize
from reslint.grammar.lines import Label
from reslint.lexicon import Lexicon, OpenerMatch
from reslint.normalize.notation import without_markers
from reslint.parser.body import BodyLine

Opener = tuple[str, OpenerMatch]  # ("preambular" | "operative" | "plural", match)

_ROMAN_BEFORE = {"i": "h", "v": "u", "x": "w", "l": "k"}  # "(i)" after "(h)" is a letter
_FOLLOWING_TEXT = re.compile(r"\bthe following\b|\bas follows\b", re.IGNORECASE)
_REMAIN_SEIZED = re.compile(r"\bremain\s+(?:actively\s+)?seized\s+of\s+the\s+matter\.?$")
_FIRST_ARTICLE = re.compile(r"Article\s+(?:1|I)\b.{0,80}")
_ANNEX_HEADING = re.compile(r"(?:Annex|ANNEX)\s+(?:[IVX]+|[A-Z]|\d+)?\s*[^.;,]{0,80}")
_BEFORE_OPERATIVE = letters.FORMULA + letters.PREAMBULAR + letters.HEADING + letters.TEXT
_OPENER_LETTERS = {
    "operative": letters.UNNUMBERED,
    "preambular": letters.PREAMBULAR,
    "plural": letters.DECLARATION,
}


@dataclass
class TypedLine:
    """A body paragraph with its grammar letter, its printed label and its opener."""

    start: int
    end: int
    text: str
    letter: str = letters.TEXT
    label: Label | None = None
    opener: Opener | None = None


def type_lines(lines: list[BodyLine], lexicon: Lexicon) -> list[TypedLine]:
    """The typed paragraphs of a body, in order (``lines`` are left as they are)."""
    typed = [TypedLine(line.start, line.end, line.text) for line in lines]
    sections = _SectionLevels()
    last_letter_label: str | None = None
    for index, (line, paragraph) in enumerate(zip(lines, typed, strict=True)):
        if line.letter is not None:
            _preset(paragraph, line.letter, lexicon)
            continue
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        _type_alone(paragraph, following, sections, last_letter_label, lexicon)
        if paragraph.label and paragraph.label.kind == "number":
            last_letter_label = None
        elif paragraph.letter == letters.SUB_LETTER and paragraph.label:
            last_letter_label = paragraph.label.label
    _mark_numbered_preamble(typed)
    _mark_lettered_operative(typed, lexicon)
    _mark_section_titles(typed)
    _mark_preambular_verbs(typed)
    _mark_declarations(typed)
    _mark_unheaded_annex(typed)
    return typed


def _preset(paragraph: TypedLine, letter: str, lexicon: Lexicon) -> None:
    """The formula, or the lone operative paragraph on the formula's line (in lower case:
    "The General Assembly approves ...")."""
    paragraph.letter = letter
    if letter == letters.UNNUMBERED:
        text = paragraph.text
        paragraph.opener = recognize.opener_at(text[:1].upper() + text[1:], lexicon)


def _type_alone(
    paragraph: TypedLine,
    following: str,
    sections: _SectionLevels,
    last_letter_label: str | None,
    lexicon: Lexicon,
) -> None:
    """Type one paragraph by its own text (and, for a section label, the line after it)."""
    text = paragraph.text
    label = recognize.label_at(text) or recognize.loose_number_label(text, lexicon)
    paragraph.label = label
    if label and label.kind == "number":
        paragraph.letter = letters.NUMBERED
        paragraph.opener = recognize.opener_at(text[label.rest_offset :], lexicon)
    elif label and label.kind == "sub":
        paragraph.letter = _sub_letter(label.label, last_letter_label)
    elif recognize.ANNEX.fullmatch(text) or _annex_heading(text):
        paragraph.letter = letters.ANNEX
    elif (section := recognize.section_label(text)) and (
        level := sections.place(section.label, recognize.formula_at(following, lexicon))
    ):
        paragraph.label = section
        paragraph.letter = level
    elif recognize.is_closing(text):
        paragraph.letter = letters.CLOSING
    elif (found := recognize.formula_at(text, lexicon)) and found[1] >= len(text.rstrip()):
        paragraph.letter = letters.FORMULA  # the formula of part B of a resolution
    else:
        paragraph.opener = recognize.opener_at(text, lexicon)
        paragraph.letter = _unlabelled_letter(paragraph, lexicon)


def _sub_letter(label: str, last_letter: str | None) -> str:
    """(i) is roman unless it follows (h): then it is the ninth letter; bullets are
    items at the level of letters."""
    if not label:
        return letters.SUB_LETTER
    if label.isdecimal():
        return letters.SUB_ROMAN
    if all(c in "ivxl" for c in label):
        previous = _ROMAN_BEFORE.get(label)
        return letters.SUB_LETTER if previous and last_letter == previous else letters.SUB_ROMAN
    return letters.SUB_LETTER


def _unlabelled_letter(paragraph: TypedLine, lexicon: Lexicon) -> str:
    """An unlabelled paragraph by its opener, or by its shape when no lexicon knows it."""
    text = paragraph.text
    if paragraph.opener and paragraph.opener[0] == "plural" and _title_case(text):
        return letters.HEADING  # "Support for Implementation of the Ceasefire Agreement:"
    if paragraph.opener:
        return _OPENER_LETTERS[paragraph.opener[0]]
    if recognize.looks_like_participle(text):
        short = len(text) < 150 and text[-1:] not in ".,;:"
        return letters.HEADING if short else letters.PREAMBULAR  # "Reporting and review"
    if recognize.is_first_person(text):
        return letters.DECLARATION
    return letters.HEADING if recognize.looks_like_heading(text, lexicon) else letters.TEXT


def _title_case(text: str) -> bool:
    """A short line whose longer words are mostly capitalised: a heading, not a sentence."""
    words = [w for w in text.split() if len(w) > 3]
    if len(text) > 100 or not words:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _annex_heading(text: str) -> bool:
    """ "Annex I", "Annex to resolution 1454 (2002)" style headings, and the first "Article 1"
    of an agreement or statute a resolution approves (resolutions have no articles)."""
    if text.endswith((".", ";", ",")):
        return False
    return bool(_FIRST_ARTICLE.fullmatch(text)) or (
        bool(_ANNEX_HEADING.fullmatch(text)) and len(text) < 90
    )


def _ends_open(text: str) -> bool:
    """No end punctuation and short: a title line, not a paragraph."""
    return text[-1:] not in ".,;:" and len(text) < 150


def _mark_numbered_preamble(typed: list[TypedLine]) -> None:
    """Numbered paragraphs that open with a preambular opener, before the first numbered
    operative one, are the preamble of a body that numbers every paragraph (UNESCO:
    "1. Having examined document ...,", "2. Recalling ...", then "3. Decides ...")."""
    for paragraph in typed:
        if paragraph.letter != letters.NUMBERED:
            continue
        if paragraph.opener is None or paragraph.opener[0] != "preambular":
            return
        text = paragraph.text[paragraph.label.rest_offset :] if paragraph.label else paragraph.text
        if not without_markers(text).rstrip().endswith(","):
            return  # "1. Acting in accordance with Article 34 ..., requests ...;"
        paragraph.letter = letters.PREAMBULAR


def _mark_lettered_operative(typed: list[TypedLine], lexicon: Lexicon) -> None:
    """Operative paragraphs lettered instead of numbered (A/80/L.1: the preamble ends
    "... to resume the Conference:", then "(a) Expresses its profound gratitude ...;"
    and "(b) Endorses the New York Declaration ...").

    Lettered paragraphs that each open with an operative verb, right after the
    preamble, with no operative paragraph before them and none after, are the
    operative part: read as sub-paragraphs of the last preambular paragraph,
    their full stop would be "fixed" into a comma.
    """
    first = next((i for i, p in enumerate(typed) if p.letter not in _BEFORE_OPERATIVE), None)
    if first is None or first == 0 or typed[first - 1].letter != letters.PREAMBULAR:
        return
    run = list(itertools.takewhile(lambda p: p.letter == letters.SUB_LETTER, typed[first:]))
    rest = typed[first + len(run) :]
    if not run or any(p.letter in letters.OPERATIVE for p in rest):
        return
    for paragraph in run:
        assert paragraph.label is not None
        opener = recognize.opener_at(paragraph.text[paragraph.label.rest_offset :], lexicon)
        if opener is None or opener[0] != "operative":
            return
        paragraph.opener = opener
    for paragraph in run:
        paragraph.letter = letters.UNNUMBERED


def _mark_section_titles(typed: list[TypedLine]) -> None:
    """The line after a bare section label is its title, even "Streamlining efforts";
    so is the line after a bare "Part X" or "Section 31" heading of a budget text."""
    for paragraph, following in itertools.pairwise(typed):
        bare = paragraph.label and paragraph.label.rest_offset >= len(paragraph.text)
        labelled = (paragraph.letter in letters.SECTIONS and bare) or (
            paragraph.letter == letters.HEADING
            and recognize.NUMBERED_HEADING.fullmatch(paragraph.text)
        )
        if labelled and following.letter in letters.LOOSE_TEXT and _ends_open(following.text):
            following.letter = letters.HEADING


def _mark_preambular_verbs(typed: list[TypedLine]) -> None:
    """An unnumbered paragraph that opens with an operative verb but ends with a comma
    inside the preamble ("Welcomes the report," between two "Noting ..." paragraphs,
    or before "1. Decides") is a preambular paragraph with the wrong verb form; the
    lint rule V103 reports it."""
    numbered = [i for i, p in enumerate(typed) if p.letter == letters.NUMBERED]
    last_numbered = numbered[-1] if numbered else -1  # not a scan of the rest per paragraph
    for index, paragraph in enumerate(typed):
        if paragraph.letter != letters.UNNUMBERED:
            continue
        if not without_markers(paragraph.text).rstrip().endswith(","):
            continue
        after = typed[index + 1].letter if index + 1 < len(typed) else ""
        before = typed[index - 1].letter if index else ""
        numbered_later = last_numbered > index
        preamble_before = before in (letters.PREAMBULAR, letters.FORMULA)
        if after == letters.PREAMBULAR or (preamble_before and numbered_later):
            paragraph.letter = letters.PREAMBULAR


def _mark_declarations(typed: list[TypedLine]) -> None:
    """An adopted declaration embedded after "Adopts the following ...:" is not operative.

    Its paragraphs (title, "We, the Heads of State ...", numbered paragraphs in
    the first person plural) become declaration content up to the closing or
    an annex.
    """
    for index, paragraph in enumerate(typed):
        if paragraph.letter not in letters.OPERATIVE or not paragraph.text.endswith(":"):
            continue
        if not _FOLLOWING_TEXT.search(paragraph.text):
            continue
        following = typed[index + 1 : index + 4]
        if not any(
            p.letter == letters.DECLARATION or recognize.is_first_person(p.text) for p in following
        ):
            continue
        for later in typed[index + 1 :]:
            if later.letter in letters.ENDS:
                break
            later.letter = letters.DECLARATION
        return


def _mark_unheaded_annex(typed: list[TypedLine]) -> None:
    """After "Decides to remain seized of the matter." only closing and annexes follow.

    Extractions sometimes lose the "Annex" heading of an annexed statute;
    its numbered articles must not count as operative paragraphs.
    """
    for index, paragraph in enumerate(typed):
        if paragraph.letter in letters.OPERATIVE and _REMAIN_SEIZED.search(paragraph.text):
            rest = [p for p in typed[index + 1 :] if p.letter != letters.CLOSING]
            if rest and rest[0].letter != letters.ANNEX:
                rest[0].letter = letters.ANNEX
            return


class _SectionLevels:
    """Where a section label belongs: part (A, B), section (I, II) or subsection (A., B.).

    Labels must continue a sequence: "B" with no "A" before it is a table cell,
    not a section.  A letter under an open roman section starts subsections,
    unless a formula follows it (part B of a resolution has its own formula).
    """

    def __init__(self) -> None:
        self.part: str | None = None
        self.roman: str | None = None
        self.sub: str | None = None

    def place(self, label: str, formula_follows: object) -> str | None:
        """The grammar letter for ``label``, or None when it is no section."""
        is_letter = not all(c in "IVXL" for c in label) or (
            len(label) == 1 and self.part is not None and label == _next_letter(self.part)
        )
        if is_letter:
            if self.roman and not formula_follows and label == _next_letter(self.sub):
                self.sub = label
                return letters.SUBSECTION
            if label == _next_letter(self.part) or (formula_follows and label == "A"):
                self.part, self.roman, self.sub = label, None, None
                return letters.LETTERED_PART
            return None
        if roman_value(label) in {1, (roman_value(self.roman) if self.roman else 0) + 1}:
            self.roman, self.sub = label, None
            return letters.ROMAN_SECTION
        return None


def _next_letter(letter: str | None) -> str:
    return chr(ord(letter) + 1) if letter else "A"


def roman_value(numeral: str) -> int:
    """The value of a roman numeral ("XIV" -> 14); 0 for an empty one."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for char, following in zip(numeral, numeral[1:] + " ", strict=True):
        value = values.get(char, 0)
        total += -value if values.get(following, 0) > value else value
    return total
