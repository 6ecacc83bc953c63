"""What a single line of a resolution can be, recognised without context.

These recognisers are shared by the normalizer (which must know where a
paragraph starts to join lines back into paragraphs, and which lines are page
furniture) and by the parser (which types whole paragraphs).  They are plain
regular expressions: a line classifier runs at many MB/s, and the structure
grammar over the line types is where pyparsing earns its keep.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, replace

from reslint.grammar.dates import DATE_PATTERN
from reslint.lexicon import WORD, Lexicon, OpenerMatch

# --- page furniture -------------------------------------------------------

# "24-23518 (E)", "22-02822 (E) 280222" (with the print date), "08-36177* (E)" (reissued)
JOB_NUMBER = re.compile(r"\d{2}-\d{5}\*?(?:\s*\([A-Z]\))?\*?(?:\s+\d{6})?")
PAGE_NUMBER = re.compile(r"\d{1,3}/\d{1,3}")
BARCODE = re.compile(r"\*\d{6,9}\*")
SEPARATOR = re.compile(r"[ \t]*(?:_{5,}|-{3,}|\*{3,})[ \t]*")
RECYCLE = re.compile(r"\bPle[a-z]?se\s+recycle\b")  # the footer of every UN page, OCR-mangled too
_FURNITURE_LINE = re.compile(
    rf"\s*(?:(?:{PAGE_NUMBER.pattern})\s+)?(?:{JOB_NUMBER.pattern}|{BARCODE.pattern})"
    rf"(?:\s+(?:{PAGE_NUMBER.pattern}|{BARCODE.pattern}|{RECYCLE.pattern}))*\s*"
)
# "2/8"; the typescript layout's "Page 2" under the running header and "/..." at the page foot
_PAGE_LINE = re.compile(rf"\s*(?:{PAGE_NUMBER.pattern}|Page\s+\d{{1,3}}|/\.\.\.)\s*")
FURNITURE_TOKEN = re.compile(
    rf"{JOB_NUMBER.pattern}|{BARCODE.pattern}|(?<!\d){PAGE_NUMBER.pattern}|{RECYCLE.pattern}"
)

# --- document symbols ------------------------------------------------------

# A/RES/70/179, A/C.3/70/L.12/Rev.1, S/RES/2334 (2016), S/2016/1100,
# A/HRC/RES/23/5, E/RES/2015/23, A/RES/ES-10/24, A/RES/S-26/2, A/80/L.1
# (a symbol has a few parts: bounded repetitions keep these linear on "A/A/A/...")
SYMBOL_GLUED = re.compile(r"(?:A|S|E)/(?:[A-Z]+(?:\.\d+)?/){0,4}\d+(?:/[A-Za-z0-9.\-]+){0,6}")
SYMBOL = re.compile(
    r"\b(?:A|S|E|A/HRC|E/CN\.\d+)/(?:[A-Z]+(?:\.\d+)?/){0,4}"
    r"(?:ES-\d+|S-\d+|\d+)(?:/[A-Za-z0-9.\-]+){0,6}(?:\s\(\d{4}\))?"
)

# --- labels ------------------------------------------------------------------

ROMAN = r"(?:X{0,3}(?:IX|IV|V?I{0,3}))"
# any size a text can have (paragraph 1000 too), but not a run of digits no text numbers
# to: more than 4,300 digits are no int() at all
NUMBER_LABEL = re.compile(r"(\d{1,9})\s*\.(?=\s|$)")
# "i. Decides", "iv. Requests": operative paragraphs numbered in roman (African Commission)
ROMAN_NUMBER_LABEL = re.compile(r"([ivx]{1,5})\.(?=\s+[A-Z])")
BULLETS = "•∙·▪◦‣"
SUB_LABEL = re.compile(
    r"\(\s*([a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\s*\)(?=\s|$)"
    r"|([a-z]|[ivx]{1,5})\)(?=\s+[A-Z])"  # "b) To abstain", "ii) Legal aid" (lost bracket)
    r"|([a-z])\.(?=\s+[A-Z])"  # a lettered item: "a. Calls upon all States ..."
    r"|(\d{1,3}\.\d{1,2})\.?(?=\s+[A-Z])"  # a numbered clause's item: "1.1 Refrain from ..."
    rf"|([{BULLETS}])(?=[ \t]+\S)"  # a bulleted item: "∙ Collect data and information ..."
)
SECTION_LABEL = re.compile(rf"((?=[IVX])({ROMAN})|[A-Z])\s*\.?\s*(?=\s|$)")
CLOSING = re.compile(
    r"(?:\d+(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?plenary\s+meeting|Adopted\b"
    r"|Resolution adopted at the|Done (?:at|in) [A-Z])",
)
ANNEX = re.compile(r"(?:Annex|ANNEX|Appendix|APPENDIX)(?:\s+(?:[IVX]+|[A-Z]|\d+))?\b\s*")
COMMENT_LINE = re.compile(r"\s*<!--.*?-->\s*")  # an HTML comment alone on its line
# "Part X", "Section 29F" over the parts of a budget resolution
NUMBERED_HEADING = re.compile(
    r"(?:Part|Section|Chapter|PART|SECTION|CHAPTER)\s+[\dIVXLC]+[A-Z]?\s*"
)
ARTICLE = re.compile(r"Article\s+(?:\d+|[IVXL]+)\s*")  # of an agreement a resolution approves
FIRST_PERSON = re.compile(r"(?:We|WE)\b")
_HEADING_ITEM = re.compile(
    r"(?:Distr\.|Original:|Agenda items?\b|Item \d|[A-Z][a-z]+(?:-[a-z]+)? session\b|"
    r"(?:First|Second|Third|Fourth|Fifth|Sixth) Committee\b|Resolution adopted by|"
    r"\[(?:on|without) |United Nations\s*$|General Assembly\s*$|Security Council\s*$)"
)


def is_furniture(line: str) -> bool:
    """A job number, barcode or page number line ("24-23518 (E) 131125", "*2423518*", "2/8")."""
    return bool(_FURNITURE_LINE.fullmatch(line) or _PAGE_LINE.fullmatch(line))


def is_job_or_barcode(line: str) -> bool:
    return bool(_FURNITURE_LINE.fullmatch(line))


def is_separator(line: str) -> bool:
    return bool(SEPARATOR.fullmatch(line))


def symbol_alone(line: str) -> str | None:
    """The symbol when a line holds only a document symbol (and perhaps "United Nations")."""
    text = line.strip()
    if text.startswith("United Nations"):
        text = text[len("United Nations") :].strip()
    match = SYMBOL.fullmatch(text)
    return match.group(0) if match else None


def is_heading_item(line: str) -> bool:
    """A line that starts a heading item (distribution, session, agenda item ...)."""
    return bool(_HEADING_ITEM.match(line.strip()))


# --- paragraph starts ----------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """A printed paragraph label at the start of a line and the text after it."""

    kind: str  # "number", "sub", "section"
    label: str  # as printed, without brackets or dot: "12", "a", "iv", "II"; "" for a bullet
    printed: str  # as printed: "12.", "(a)", "II."
    rest_offset: int  # offset of the text after the label


_LABEL_FIRST = frozenset(f"({string.ascii_lowercase}{BULLETS}")  # a digit, or one of these


def label_at(line: str) -> Label | None:
    """A paragraph label ("1.", "(a)", "(iv)", "iv.", "a.") at the start of a stripped line."""
    first = line[:1]
    if not (first.isdecimal() or first in _LABEL_FIRST):
        return None  # most lines: a capital, a quotation mark (the patterns need not run)
    match = NUMBER_LABEL.match(line) or ROMAN_NUMBER_LABEL.match(line)
    if match:
        return Label("number", match.group(1), match.group(0), _skip_space(line, match.end()))
    match = SUB_LABEL.match(line)
    if match:
        # a bullet is printed as a label but numbers nothing: its label is empty
        label = match.group(1) or match.group(2) or match.group(3) or match.group(4) or ""
        return Label("sub", label, match.group(0), _skip_space(line, match.end()))
    return None


_LOOSE_NUMBER = re.compile(r"(\d{1,9})(?:\s*,|(?=\s))")
_DATE_REST = re.compile(r"May\s+(?:1[89]|20)\d\d")  # a year, perhaps with a footnote glued


def loose_number_label(line: str, lexicon: Lexicon) -> Label | None:
    """A number label that lost its full stop ("11     Condemns", OCR "1, Determines").

    Taken only when an operative verb follows, so "12 August 1949" is not a label,
    nor the date in "30 May 2017" ("May" is also a provision's modal).
    """
    match = _LOOSE_NUMBER.match(line)
    if not match or DATE_PATTERN.match(line):
        return None
    rest = _skip_space(line, match.end())
    if _DATE_REST.match(line, rest):
        return None  # "27 May 2015, in New York": a date ("may" is an operative verb too)
    opener = opener_at(line[rest:], lexicon)
    if not opener or opener[0] != "operative":
        return None
    return Label("number", match.group(1), match.group(0), rest)


def section_label(line: str) -> Label | None:
    """A section label alone on a line, or before a short heading ("II", "B.", "I. Title")."""
    match = SECTION_LABEL.match(line)
    if not match or not match.group(0).strip():
        return None
    rest = line[match.end() :].strip()
    label = match.group(1)
    if label in {"A", "I"} and rest and not match.group(0).rstrip().endswith("."):
        return None  # "A State ...", "I am ..." are words, not labels
    if rest and (rest[-1] in ",;" or len(rest) > 150 or not rest[0].isupper()):
        return None
    return Label("section", label, match.group(0).strip(), _skip_space(line, match.end()))


def _skip_space(line: str, offset: int) -> int:
    while offset < len(line) and line[offset].isspace():
        offset += 1
    return offset


_ASIDE = re.compile(r"[,;:(]")


def first_words(text: str, limit: int = 8) -> tuple[str, ...]:
    """Lower-cased first words of a text, up to the first comma: the opener's words.

    "Recalling, in this context, ..." opens with "Recalling": what follows the
    comma is an aside, not part of the opener.
    """
    head = _ASIDE.split(text[:160], maxsplit=1)[0]
    if head.isascii():  # lower-cased at once: no letter changes its length or its class
        return tuple(WORD.findall(head.lower())[:limit])
    return tuple(word.lower().replace("’", "'") for word in WORD.findall(head)[:limit])


def opener_at(text: str, lexicon: Lexicon) -> tuple[str, OpenerMatch] | None:
    """("preambular" | "operative" | "plural", match) for a capitalised opener.

    "Recalling", "Deeply concerned", "Also requests" are openers; the same
    words in lower case are running text.  "plural" is the first person
    plural of declarations ("Reaffirm", "We commit").
    """
    stripped = text.lstrip()
    if not stripped[:1].isupper():
        return None
    skipped = 0
    formula = formula_at(stripped, lexicon)
    if formula and stripped[formula[1] :].lstrip()[:1].islower():
        skipped = len(first_words(stripped[: formula[1]]))
        stripped = stripped[formula[1] :].lstrip()  # "The Security Council requests ..."
    words = first_words(stripped)
    for kind, index in (("operative", lexicon.operative), ("preambular", lexicon.preambular)):
        found = lexicon.match_opener(words, index)
        if found:
            return kind, replace(found, words=found.words + skipped) if skipped else found
    if words[:1] == ("we",):
        found = lexicon.match_opener(words[1:], lexicon.plural)
        if found:
            return "plural", found
    found = lexicon.match_opener(words, lexicon.plural)
    if found:
        return "plural", found
    return None


def looks_like_participle(text: str) -> bool:
    """A capitalised "-ing" word or "Adverb-ly participle/adjective" that opens a clause.

    Catches preambular openers that no lexicon lists yet, so that a new
    opener still starts a new paragraph (and the classifier reports it as
    unknown instead of losing it inside the previous paragraph).
    """
    words = WORD.findall(text[:60])
    if not words or not text[:1].isalpha() or not words[0][:1].isupper() or words[0].isupper():
        return False
    first = words[0].lower()
    if first.endswith("ing") and len(first) > 5:
        # "Financing for Development", "Stockpiling and Use": a title, not an opener
        title_case = any(word[:1].isupper() for word in words[2:4]) and words[1].lower() in {
            "for",
            "and",
            "of",
            "the",
            "on",
            "in",
        }
        return len(words) > 1 and words[1][:1].islower() and not title_case
    return (
        first.endswith("ly")
        and len(words) > 1
        and words[1][:1].islower()
        and words[1].lower().endswith(("ed", "ful", "ous", "ent", "ant", "ive", "ing"))
    )


def looks_like_heading(text: str, lexicon: Lexicon) -> bool:
    """ "Political situation", "Travel ban": a few capitalised words, no end punctuation.

    Not a label, opener or closing line, and not cut off after "of" or "and"
    (a line that goes on).
    """
    words = text.split()
    if not (0 < len(words) <= 10 and len(text) < 80 and text[:1].isupper()):
        return False
    if words[-1].lower() in lexicon.function_words or text.rstrip('”’")] ')[-1:] in ".,;:":
        return False
    return not (
        label_at(text)
        or opener_at(text, lexicon)
        or looks_like_participle(text)
        or is_closing(text)
        or formula_at(text, lexicon)
    )


def formula_at(text: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """(body id, length) when a line opens with an adopting-body formula.

    The formula may stand alone ("The General Assembly,", "The Assembly:"), go on
    with the session ("The African Commission ... (the Commission), meeting at its
    58th Ordinary Session ...;"), or open a lone operative paragraph ("The General
    Assembly approves ...").  A line shaped like a formula that no body of
    ``rules/lexicon/bodies.toml`` lists ("The Commission on the Status of Women,")
    is the formula of body ``other``.
    """
    stripped = text.lstrip()
    if stripped.isupper():  # "THE GENERAL ASSEMBLY," of some Model UN conferences
        stripped = stripped.title()
    if not stripped.startswith("The "):
        return None
    lead = len(text) - len(stripped)
    named = _formula_name(stripped, lexicon)
    if named is not None:
        end = _formula_end(text, lead + named[1])
        return (named[0], end) if end is not None else None
    if _FORMULA_SHAPE.fullmatch(stripped.rstrip()):
        return "other", len(text.rstrip())
    return None


def _formula_name(text: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """(body, length) of the body's name a formula starts with: a listed form (longest
    first) or one of the patterns."""
    for name, body in lexicon.formulas.items():
        if text.startswith(name):
            return body, len(name)
    for pattern, body in lexicon.formula_patterns:
        match = pattern.match(text)
        if match:
            return body, match.end()
    return None


def _formula_end(text: str, end: int) -> int | None:
    """Where a formula whose name ends at ``end`` ends, or None when the line goes on
    in a way no formula does ("The General Assembly Hall")."""
    short = _SHORT_NAME.match(text, end)  # "(the Commission)"
    if short:
        end = short.end()
    after = text[end:].lstrip()
    if after[:1] in {",", ":", ";", "."}:
        if _SESSION_TAIL.match(after):
            return len(text.rstrip())  # ", meeting at its 58th Ordinary Session ...;"
        return len(text) - len(after) + 1  # "The General Assembly ," too
    if not after or after[:1].islower():
        return end  # the formula alone, or before a lone operative paragraph's verb
    return None


_SHORT_NAME = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
_SESSION_TAIL = re.compile(r",[ \t]*(?:meeting|at its|having met|assembled|gathered)\b")
# "The Commission on the Status of Women,", "The Conference of the Parties:" -- capitalised
# words and the small words of a body's name, ending with a comma or a colon
_FORMULA_SHAPE = re.compile(
    r"The(?: (?:[A-Z][\w’'\-]*|of|on|for|and|the|to|in|at|as|its)){1,14}"
    r"(?: \([^()\n]{1,40}\))?[ \t]*[,:]"
)


def is_closing(text: str) -> bool:
    """ "80th plenary meeting", "Adopted unanimously at the 1382nd meeting." ..."""
    return bool(CLOSING.match(text.lstrip()))


def is_first_person(text: str) -> bool:
    return bool(FIRST_PERSON.match(text.lstrip()))


_PROVISION = re.compile(r"[A-Z][^;:]{0,160}?\b(?:shall|should)\b")  # "The Fund shall be ..."


def opening_words_known(text: str, lexicon: Lexicon, kind: str) -> bool:
    """Does a paragraph open the way some listed opener of ``kind`` opens?

    The lint rules for unknown openers (V101, V102) use this lexical test,
    so that ``reslint lint`` needs no spaCy: the first word after any
    modifiers ("Also", "Deeply") must begin a phrase of the lexicon
    ("Expressing gravest concerns" begins like "Expressing concern").
    Operative paragraphs may also open with an aside before the verb
    ("Acting under Chapter VII of the Charter, authorizes ...") or be a
    provision ("The Fund shall be established ...").
    """
    index = lexicon.operative if kind == "operative" else lexicon.preambular
    words = first_words(text.lstrip())
    position = 1 if kind != "operative" and words[:1] and words[0] in lexicon.leading else 0
    while position < len(words):
        found = lexicon.repetition.match(words[position:]) or lexicon.intensity.match(
            words[position:]
        )
        if not found:
            break
        position += found[0]
    if position < len(words) and words[position] in index.starts:
        return True
    if kind == "operative":
        return verb_after_aside(text, lexicon) is not None or bool(_PROVISION.match(text.lstrip()))
    return False


def verb_after_aside(text: str, lexicon: Lexicon) -> str | None:
    """The operative verb after an opening aside: "In regard to DDR, endorses ...",
    "Acting under Chapter VII of the Charter, authorizes ...", "Further to counter that
    threat, calls upon ..."."""
    words = WORD.findall(text[:40])
    first = words[0].lower() if words else ""
    modifier = lexicon.repetition.match((first,)) or lexicon.intensity.match((first,))
    if first not in lexicon.function_words and not first.endswith("ing") and not modifier:
        return None
    for comma in re.finditer(r",\s+", text[:800]):
        found = lexicon.match_opener(first_words(text[comma.end() :]), lexicon.operative)
        if found is not None:
            return found.phrase
    return None
