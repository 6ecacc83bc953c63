"""Text copied from web pages and word processors, made to look like a resolution again.

Runs first, before the page layout pass, because it restores the lines the
later passes read:

* Word field codes and picture artifacts ("Word.Picture.8", "MERGEFORMAT")
  are dropped;
* a resolution flattened onto one line (a web page that lost its line
  breaks, a .doc saved as text) is split back where its parts begin: the
  adopting-body formula, the preambular openers after a comma, the numbered
  paragraphs, the sub-paragraph labels after a colon or semicolon, the
  closing line, and the job numbers and barcodes of a page footer;
* a bullet, dash or opening quotation mark before a paragraph number or an
  opener ("• 1. Decides", "- Decides", "“2. Requests", as press releases and
  web pages print them) is dropped.  A bullet before plain text is an item of
  a list and stays, as the item's label.

Every change is an edit of the mapped text, so findings still point at the
user's own characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reslint.grammar import lines as recognize
from reslint.lexicon import Lexicon
from reslint.normalize.lines import Line, split_lines
from reslint.normalize.mapped import MappedText

_ARTIFACT = re.compile(
    r"Word\.(?:Picture|Document)\.\d+|\\\*\s*MERGEFORMAT\b|\bMERGEFORMAT\b"
    r"|\{\s*(?:PAGE|NUMPAGES|SEQ|EMBED|HYPERLINK)\b[^{}\n]{0,200}\}"
)
_PREFIX = re.compile(r"[^\S\n]*(?:[•∙·▪◦‣*\-–—]|[“\"'‘])[ \t]*")
_FLAT_LINE = 600  # a line this long may be a whole flattened text ...
_SHORTEST_FLAT = 80  # ... and a shorter one only when the formula stands inside it
# where a part of a resolution may begin inside a flattened line (the position before it)
_NUMBERED = re.compile(r"(?<=\S)[ \t]+(?=\d{1,4}[.,]?[ \t]+[“\"]?[A-Z])")
_SUBPARAGRAPH = re.compile(
    r"(?<=[:;])[ \t]+(?:(?:and|or)[ \t]+)?(?=\((?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\)[ \t])"
)
# after a comma or a full stop, perhaps after a footnote number whose footnote was lost
_AFTER_MARK = re.compile(r"[,.;](?:[ \t]*\d{1,3}/?)?[ \t]+(?=[A-Z][a-z])")
_FORMULA = re.compile(r"(?<=\S)[ \t]+(?=The [A-Z])")
_BARE_NUMBER = re.compile(r"\d{1,4}[.,]?[ \t]*")
_LABEL_BEFORE = re.compile(r"(?:^|\s)(?:\d{1,4}|[a-z])\.$")
# a roman section heading before the first paragraph of its section: "..., I Implementation of
# the Convention ... 1. Reaffirms"
_SECTION = re.compile(r"(?<=[,.;:)\]])[ \t]+(?=(?:[IVX]{1,5}|[A-H])\.?[ \t]+[A-Z][a-z])")
_CLOSING = re.compile(
    r"(?<=\S)[ \t]+(?=\d{1,4}(?:st|nd|rd|th)[ \t]+(?:\(resumed\)[ \t]+)?plenary[ \t]+meeting"
    r"|Adopted (?:at the \d|unanimously|without|by (?:the )?[A-Z][\w ]{2,60}? (?:at its|on \d))"
    r"|Done (?:at|in) [A-Z])"
)
_HEADING = re.compile(
    r"(?<=\S)[ \t]+(?=(?:Resolution adopted by|Distr\.|Agenda item|\d{1,3}/\d{1,4}\.[ \t]+[A-Z]))"
)
# "... present resolution. Annex Doha Political Declaration ...": the heading and its title
_ANNEX = re.compile(
    r"(?<=[.;:\d])[ \t]+(?P<annex>(?:Annex|ANNEX)(?:[ \t]+(?:[IVX]+|\d+))?)[ \t]+(?=[A-Z])"
)
# from the first space of a run only: tried at each space, "[ \t]+" rescanned the run
_FOOTER = re.compile(
    rf"(?<![ \t])[ \t]+(?={recognize.JOB_NUMBER.pattern}|{recognize.BARCODE.pattern})"
)


@dataclass(frozen=True)
class WebRepair:
    """A change made to a web copy (offsets in the text before the change)."""

    kind: str  # "artifact", "unflattened", "prefix"
    start: int
    end: int
    detail: str


def repair_web_copy(text: MappedText, lexicon: Lexicon) -> tuple[MappedText, list[WebRepair]]:
    """The text with artifacts dropped, flattened lines split and prefixes dropped."""
    repairs: list[WebRepair] = []
    lines = split_lines(text.text)  # split again only after a step changed the text
    for step in (_drop_artifacts, _unflatten, _drop_prefixes):
        edits = step(text.text, lines, lexicon)
        if edits:
            repairs += [_to_original(text, edit) for edit in edits]
            text = text.edit((edit.start, edit.end, edit.new) for edit in edits)
            lines = split_lines(text.text)
    return text, repairs


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    new: str
    kind: str
    detail: str


def _to_original(text: MappedText, edit: _Edit) -> WebRepair:
    start, end = text.raw_span(edit.start, edit.end)
    return WebRepair(edit.kind, start, end, edit.detail)


def _drop_artifacts(text: str, _lines: list[Line], _lexicon: Lexicon) -> list[_Edit]:
    if "MERGEFORMAT" not in text and "Word." not in text and "{" not in text:
        return []  # three substring scans instead of the pattern over the whole text
    return [
        _Edit(m.start(), m.end(), " ", "artifact", m.group(0)) for m in _ARTIFACT.finditer(text)
    ]


def _unflatten(_text: str, lines: list[Line], lexicon: Lexicon) -> list[_Edit]:
    """Line breaks where the parts of a flattened resolution begin."""
    edits: list[_Edit] = []
    for line in lines:
        if len(line.text) < _SHORTEST_FLAT:
            continue
        if len(line.text) < _FLAT_LINE and not _formula_inside(line.text, lexicon):
            continue  # the test below, made before looking for every other split point
        splits = _split_points(line.text, lexicon)
        kinds = [kind for _, kind in splits]
        if "formula" not in kinds and (len(line.text) < _FLAT_LINE or len(splits) < 3):
            continue  # one long paragraph, not a flattened text
        for at, kind in splits:
            if at == 0:
                continue  # the line starts there already
            gap = at
            while gap > 0 and line.text[gap - 1] in " \t":
                gap -= 1
            detail = f"{kind}: {line.text[at : at + 30]}"
            edits.append(_Edit(line.start + gap, line.start + at, "\n\n", "unflattened", detail))
    return edits


def _formula_inside(line: str, lexicon: Lexicon) -> bool:
    """The line holds an adopting-body formula (where ``_split_points`` finds one)."""
    starts = [match.end() for match in _FORMULA.finditer(line)]
    if line.startswith(_formula_prefixes(tuple(lexicon.formulas))):
        starts.insert(0, 0)
    return any(_formula_length(line[start:], lexicon) for start in starts)


@cache
def _formula_prefixes(formulas: tuple[str, ...]) -> tuple[str, ...]:
    """The first word of every formula: most lines start with none of them."""
    return tuple({name.split(" ", 1)[0] for name in formulas})


def _split_points(line: str, lexicon: Lexicon) -> list[tuple[int, str]]:
    """(offset where a part of the resolution begins, kind of part) in one line, in order."""
    found: dict[int, str] = {}
    for start in [0, *(match.end() for match in _FORMULA.finditer(line))]:
        length = _formula_length(line[start:], lexicon)
        if length:
            found[start] = "formula"
            after = start + length
            rest = line[after:]
            if rest.strip() and rest.lstrip()[:1].isalnum():  # "The Council, Recalling ..."
                found[after + len(rest) - len(rest.lstrip())] = "opener"
    last = 0
    for match in _NUMBERED.finditer(line):
        number = _opens_numbered(line, match.end(), last, lexicon)
        if number:
            found[match.end()] = "numbered"
            last = number
    for match in _SECTION.finditer(line):
        label_end = match.end() + len(line[match.end() :].split(None, 1)[0])
        following = line[label_end : label_end + 160].lstrip()
        roman = line[match.end()] in "IVX"
        opens = recognize.formula_at(following, lexicon) or (
            roman
            and (
                recognize.opener_at(following, lexicon)
                or _NUMBERED.search(line, match.end(), match.end() + 250)
            )
        )
        if opens:  # a part "B The Security Council," or a section "II Calls upon ..."
            found[match.end()] = "section"
    for match in _AFTER_MARK.finditer(line):
        if _LABEL_BEFORE.search(line, max(0, match.start() - 6), match.start() + 1):
            continue  # "1. Calls upon": the full stop of a number
        opener = recognize.opener_at(line[match.end() : match.end() + 160], lexicon)
        if opener is None or _modal(opener) or not _clause_follows(line, match.end(), opener):
            continue  # "May and 30 September": a modal opens a provision only after its subject
        found[match.end()] = "opener"
    for pattern, kind in (
        (_SUBPARAGRAPH, "subparagraph"),
        (_CLOSING, "closing"),
        (_HEADING, "heading"),
        (_FOOTER, "footer"),
    ):
        for match in pattern.finditer(line):
            found.setdefault(match.end(), kind)
    for match in _ANNEX.finditer(line):
        found.setdefault(match.start("annex"), "annex")
        found.setdefault(match.end(), "annex title")
    numbered = [at for at, kind in found.items() if kind == "numbered"]
    for at in [at for at, kind in found.items() if kind == "opener"]:
        # "...; 11 Condemns": the opener goes with the number before it
        if any(q < at and _BARE_NUMBER.fullmatch(line, q, at) for q in numbered):
            del found[at]
    return sorted(found.items())


def _formula_length(text: str, lexicon: Lexicon) -> int | None:
    """The length of a known formula at the start of ``text`` with its comma or colon,
    when what follows is another part ("The Security Council 1. Calls upon ...")."""
    for name in lexicon.formulas:
        if text.startswith(name):
            end = len(name)
            if text[end : end + 1] in {",", ":", ";"}:
                end += 1
            following = text[end:].lstrip()
            if not following or following[:1].isupper() or following[:1].isdecimal():
                return end
    return None


def _opens_numbered(line: str, at: int, last: int, lexicon: Lexicon) -> int | None:
    """The number of "12. Decides" at ``at`` when it opens a paragraph.

    An opener follows the number (and the word before it is not one that takes a
    number: "paragraph 12. Decides" is a citation), or the number comes next after
    ``last`` and follows the end of a sentence (a provision: "; 3. The Fund shall").
    A number without its full stop ("11 Condemns", OCR "1, Determines") must come next.
    """
    label = recognize.label_at(line[at : at + 200])
    loose = label is None
    label = label or recognize.loose_number_label(line[at : at + 200], lexicon)
    if label is None or label.kind != "number" or not label.label.isdecimal():
        return None
    number = int(label.label)
    follows = number == last + 1
    rest = line[at + label.rest_offset : at + label.rest_offset + 160].lstrip('“"')
    words = line[:at].rsplit(None, 1)
    takes_number = bool(words) and words[-1].lower().strip("(") in lexicon.words_before_numbers
    sentence_end = line[:at].rstrip()[-1:] in '.;:”")'  # or a title in quotes
    if loose:
        return number if follows else None
    if recognize.opener_at(rest, lexicon) is not None:
        return number if follows or not takes_number else None
    return number if follows and sentence_end else None


def _modal(opener: tuple) -> bool:
    """The opener is a provision's modal alone ("may", "shall"), whose entries in
    rules/lexicon/operative.toml all have the head "shall"."""
    return opener[0] == "operative" and opener[1].value.head == "shall"


def _clause_follows(line: str, at: int, opener: tuple) -> bool:
    """An opener is followed by the rest of its clause ("Recalling its ...", "Deeply
    concerned at ...", "Decides: (a) ..."), unlike a capitalised word in a list of names."""
    words = line[at : at + 200].split()
    if not words[: opener[1].words]:
        return False
    if words[opener[1].words - 1].endswith(":"):
        return True
    after = words[opener[1].words : opener[1].words + 1]
    return bool(after) and (after[0][:1].islower() or after[0][:1] in '(“"')


def _drop_prefixes(_text: str, lines: list[Line], lexicon: Lexicon) -> list[_Edit]:
    """Bullets, dashes and quotation marks before a paragraph's number or opener.

    Before a number ("• 1. Decides", "“2. Requests") the prefix goes.  Before an
    opener a bullet or dash goes where a paragraph ends before it ("...Charter,"
    then "- Decides"), or everywhere when the text puts one before its numbered or
    preambular paragraphs too (a web page that bullets every paragraph); after a
    colon or a semicolon it otherwise marks an item of a list and stays.
    Quotation marks go only when the text's formula is quoted too (a press release
    quotes every paragraph); otherwise they quote another text.
    """
    quoted = _quoted_formula(lines, lexicon)
    candidates = []
    previous = ""
    for line in lines:
        match = _PREFIX.match(line.text)
        stripped = line.text.strip()
        if match and (quoted or stripped[:1] not in "“\"'‘"):
            candidates.append((line, match, _opening(line.text[match.end() :], lexicon), previous))
        if stripped:
            previous = stripped
    decorative = sum(kind in {"label", "preambular"} for _, _, kind, _ in candidates) >= 2
    edits = []
    for line, match, kind, previous in candidates:
        in_list = previous[-1:] in ":;" or previous.endswith((" and", " or"))
        if kind == "label" or (kind in {"preambular", "operative"} and (decorative or not in_list)):
            prefix = match.group(0)
            start = line.start + len(prefix) - len(prefix.lstrip())
            edits.append(_Edit(start, line.start + match.end(), "", "prefix", prefix.strip()))
    return edits


def _opening(rest: str, lexicon: Lexicon) -> str | None:
    """What a prefixed line opens with: "label", "preambular" or "operative" (an opener
    or a formula), or None."""
    if recognize.label_at(rest) or recognize.loose_number_label(rest, lexicon):
        return "label"
    if recognize.formula_at(rest, lexicon):
        return "operative"
    opener = recognize.opener_at(rest, lexicon)
    return opener[0] if opener is not None and opener[0] != "plural" else None


def _quoted_formula(lines: list[Line], lexicon: Lexicon) -> bool:
    """The first formula of the text stands after an opening quotation mark."""
    for line in lines:
        stripped = line.text.strip()
        if recognize.formula_at(stripped, lexicon):
            return False
        if stripped[:1] in "“\"'‘" and recognize.formula_at(stripped[1:].lstrip(), lexicon):
            return True
    return False
