"""Lines back into paragraphs: one paragraph per line, a blank line between paragraphs.

PDF text breaks paragraphs into lines, and page breaks into pieces; some
extractions glue paragraphs onto one line ("... Federation; 10. Confirms ...")
and others give one paragraph per line.  A line starts a new paragraph when it
opens with a label ("1.", "(a)", "II"), an opener ("Recalling", "Also
requests"), the adopting-body formula, a closing line or a footnote text, and
the line before it could end a paragraph.  Everything else continues the
paragraph it follows.

The heading zone (before the formula) keeps its lines: its items are short
and the heading grammar reads them line by line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from reslint.grammar import lines as recognize
from reslint.lexicon import Lexicon
from reslint.normalize.layout import PAGE_BREAK
from reslint.normalize.lines import Line, split_lines
from reslint.normalize.mapped import MappedText
from reslint.normalize.notation import MARKER_START, without_trailing_markers
from reslint.normalize.words import Vocabulary, whole_words

_END_PUNCTUATION = ".,;:"
_LIST_JOINER = re.compile(r";\s*(?:and|or)$")
_LOST_MARKER = re.compile(r"(?<=[,;:])[ \t]*\d{1,3}$")
_CLOSING_QUOTES = '”’")]'
_INNER_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_GLUED_PARAGRAPH = re.compile(
    r"(?<=[;:.,])[ \t]+(?:(?P<heading>[A-Z][a-z]+(?: [a-z]+){0,5})[ \t]+)?(?=\d+\.[ \t]+[A-Z])"
)
_GLUED_SUBPARAGRAPH = re.compile(r"(?<=;)[ \t]+(?:(?:or|and)[ \t]+)?(?=\([a-z]{1,4}\)[ \t]+[A-Z])")
_HEADING_BEFORE_NUMBER = re.compile(
    r"^(?P<heading>[A-Z][a-z]+(?:[ \t][a-z]+){0,6})[ \t]+(?=\d+\.[ \t]+[A-Z])", re.MULTILINE
)
_GLUED_OPENER = re.compile(r"(?<=,)[ \t]+(?=[A-Z][a-z])")
_QUOTE_REACH = 3  # lines a quotation may run across a would-be paragraph start
_WORD_BEFORE = re.compile(r"\b([A-Za-z]{1,12}) $")
_WORD_AFTER = re.compile(r" [a-z]{1,12}\b")
_HYPHEN_END = re.compile(r"(?<![A-Za-z])([A-Za-z]+)[ \t]?-$")  # tried once per word
_WORD_START = re.compile(r"[a-z]+")


@dataclass
class Repairs:
    """Edits made by the reflow that the repair log reports, as spans of the original."""

    hyphenations: list[tuple[int, int, str]]
    splits: list[tuple[int, int, str]]
    glued: list[tuple[int, int, str]]

    def to_original(self, attribute: str, text: MappedText) -> None:
        """Turn the spans of ``attribute`` from offsets in ``text`` into original offsets."""
        spans = getattr(self, attribute)
        setattr(self, attribute, [(*text.raw_span(a, b), detail) for a, b, detail in spans])


def _ends_paragraph(text: str) -> bool:
    """Ends like a paragraph: end punctuation, perhaps before quotes and footnote markers
    (a marker whose footnote text is lost stays a bare number: "Doha, 11"), or the
    "; and" / "; or" that joins the items of a list ("(b) ...; and" before "(c)")."""
    last = text[-1:]
    if last and last in _END_PUNCTUATION:
        return True  # most lines end with their mark or a letter: no marker, quote or number
    if last.isalpha():
        return text.endswith((" and", " or")) and bool(_LIST_JOINER.search(text[-6:]))
    stripped = without_trailing_markers(text).rstrip(_CLOSING_QUOTES + " ")
    stripped = _LOST_MARKER.sub("", stripped).rstrip(_CLOSING_QUOTES + " ")
    if stripped.endswith((" and", " or")) and _LIST_JOINER.search(stripped[-6:]):
        return True
    return bool(stripped) and stripped[-1] in _END_PUNCTUATION


def _part_heading(text: str) -> bool:
    """ "Annex I", "Article 3" or "Section 31" alone on its line: a heading of its own."""
    return bool(
        recognize.ANNEX.fullmatch(text)
        or recognize.ARTICLE.fullmatch(text)
        or recognize.NUMBERED_HEADING.fullmatch(text)
    )


def _bare_label(text: str) -> bool:
    label = recognize.label_at(text)
    return bool(label and label.rest_offset >= len(text))


class _Reader:
    """Per-document decisions of the reflow."""

    def __init__(self, lines: list[Line], lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        content = [line.text.strip() for line in lines if PAGE_BREAK not in line.text]
        content = [text for text in content if text]
        long_lines = [text for text in content if len(text) > 30]
        ending = sum(1 for text in long_lines if _ends_paragraph(text))
        # one paragraph per line: almost every line ends like a paragraph
        self.one_per_line = len(long_lines) >= 3 and ending >= 0.8 * len(long_lines)
        self.last_number = 0  # the number of the last numbered paragraph opened

    def opened(self, text: str) -> None:
        """A paragraph opens with ``text``: remember its number, if it has one."""
        label = recognize.label_at(text)
        if label and label.kind == "number" and label.label.isdecimal():
            self.last_number = int(label.label)

    def starts_paragraph(
        self, previous: str, text: str, gap: str, following: str, head: str
    ) -> bool:
        """Does ``text`` open a new paragraph after ``previous``, across ``gap``?

        ``following`` is the next non-blank line, to recognise a heading line
        ("Travel ban") by the numbered paragraph under it; ``head`` is the
        first line of the paragraph ``previous`` belongs to: a paragraph that
        opened like one ("Noting ...") and has not ended goes on across a
        blank line.
        """
        if text.startswith(MARKER_START):
            return True
        if head.startswith(MARKER_START):
            return False  # footnotes come last: what follows one belongs to it
        if recognize.ANNEX.fullmatch(previous) or recognize.ARTICLE.fullmatch(previous):
            return True  # "Annex I" or "Article 3" alone: its title or text follows
        if _bare_label(previous) or (text[:1].islower() and not recognize.label_at(text)):
            return False  # "1." alone on its line, or a sentence that goes on ("i." does not)
        section = recognize.section_label(previous)
        if section and section.rest_offset >= len(previous):
            return True  # "II" alone: a heading follows
        bare_formula = previous.endswith(("Assembly", "Council"))
        if bare_formula and recognize.formula_at(previous, self.lexicon):
            return True  # "The General Assembly" without its comma
        closed = _ends_paragraph(previous)
        if (
            not closed
            and recognize.looks_like_heading(previous, self.lexicon)
            and self._structural(text)
        ):
            return True  # "Political situation" over "Reiterating ..."
        if self._structural(text) and (closed or gap == "blank"):
            return True
        if _part_heading(text) or (recognize.is_first_person(text) and previous.endswith(":")):
            return True  # "Annex" after a closing; "We, the Heads of State ..." after ":"
        label = recognize.label_at(text) or recognize.loose_number_label(text, self.lexicon)
        if label and label.kind == "number":
            rest = text[label.rest_offset :]
            words = previous.rsplit(None, 1)
            takes_number = bool(words) and words[-1].lower() in self.lexicon.words_before_numbers
            # "session 21. Recalls": the number that comes next opens a paragraph anyway
            next_number = label.label.isdecimal() and int(label.label) == self.last_number + 1
            opens = recognize.opener_at(rest, self.lexicon) or _bare_label(text)
            if opens and (next_number or not takes_number):
                return True
        if closed and self._heading_line(text, following, previous):
            return True
        if gap == "blank":
            last_word = previous.rsplit(None, 1)[-1].lower()
            # a paragraph that opened like one goes on across a blank line; a closing
            # line ("80th plenary meeting / 17 December 2015") does not
            unfinished = not closed and self._structural(head) and not recognize.is_closing(head)
            return (
                text[:1].isupper()
                and last_word not in self.lexicon.function_words
                and not unfinished
            )
        if gap == "page":
            return False
        return self.one_per_line and closed

    def _structural(self, text: str) -> bool:
        """A line that can only open a paragraph: label, opener, formula, closing ..."""
        return bool(
            recognize.label_at(text)
            or recognize.loose_number_label(text, self.lexicon)
            or recognize.formula_at(text, self.lexicon)
            or _part_heading(text)
            or recognize.section_label(text)
            or recognize.is_closing(text)
            or recognize.opener_at(text, self.lexicon)
            or recognize.looks_like_participle(text)
        )

    def _heading_line(self, text: str, following: str, previous: str) -> bool:
        """A short capitalised line without end punctuation: a heading, not running text.

        It stands over a numbered paragraph, or it is too short to be the last
        line of a paragraph that goes on after a full stop ("Contents").
        """
        if len(text) > 90 or not text[:1].isupper() or _ends_paragraph(text):
            return False
        label = recognize.label_at(following)
        if label or recognize.opener_at(following, self.lexicon):
            return True
        return previous.endswith(".") and len(text) < 40


def separate_paragraphs(text: MappedText) -> MappedText:
    """A blank line between lines that are paragraphs already (a Word file's), so
    that no line is joined to another; footnote lines stay together at the end."""
    lines = split_lines(text.text)
    edits = [
        (line.next, line.next, "\n")
        for line, following in pairwise(lines)
        if not line.blank
        and not following.blank
        and not (line.text.startswith(MARKER_START) and following.text.startswith(MARKER_START))
    ]
    return text.edit(edits)


def reflow(text: MappedText, body_start: int, lexicon: Lexicon) -> tuple[MappedText, Repairs]:
    """Join lines into paragraphs from ``body_start`` on; see the module docstring."""
    lines = split_lines(text.text)
    vocabulary = Vocabulary(text.text, lexicon.function_words)
    reader = _Reader([line for line in lines if line.start >= body_start], lexicon)
    edits: list[tuple[int, int, str]] = []
    repairs = Repairs([], [], [])
    previous: Line | None = None
    gap = "none"
    in_body = False
    following = _next_content(lines)
    head = ""
    quotes, quoting = 0, 0
    for index, line in enumerate(lines):
        if PAGE_BREAK in line.text:
            gap = "page"
            continue
        stripped = line.text.strip()
        first_body_line = not in_body and line.start >= body_start
        in_body = in_body or first_body_line
        if not stripped:
            if gap != "page":
                gap = "blank"
            continue
        _inner_spaces(line, edits)
        if previous is None:
            head = stripped
            if line.content_start > 0:
                edits.append((0, line.content_start, ""))
        elif not in_body:
            lower = stripped[:1].islower() and gap == "none"
            joiner = " " if lower else "\n\n" if gap != "none" else "\n"
            edits.append((previous.content_end, line.content_start, joiner))
        elif first_body_line or (
            not (quoting and index - quoting <= _QUOTE_REACH and not recognize.label_at(stripped))
            and reader.starts_paragraph(
                previous.text.strip(), stripped, gap, following[index], head
            )
        ):
            edits.append((previous.content_end, line.content_start, "\n\n"))
            head = stripped
            reader.opened(stripped)
            quotes, quoting = 0, 0
        else:
            edits.append(
                _join(previous, line, vocabulary, repairs, lexicon.suspended_hyphen_joiners)
            )
        # a quotation opened on the last lines ("entitled “... of All States,\nTaking into
        # Account ...”") is not left for a new paragraph
        quotes += stripped.count("“") - stripped.count("”")
        if quotes > 0 and not quoting:
            quoting = index
        elif quotes <= 0:
            quoting = 0
        previous = line
        gap = "none"
    if previous is not None:
        edits.append((previous.content_end, len(text.text), "\n"))
    joined = text.edit(edits)
    repairs.to_original("hyphenations", text)
    repaired = _repair_words(joined, body_start, vocabulary, lexicon, repairs)
    repairs.to_original("splits", joined)
    repairs.to_original("glued", joined)
    return repaired, repairs


def _split_candidates(body: str, vocabulary: Vocabulary) -> list[tuple[int, int, int]]:
    """(left start, space, right end) of word pairs around an unknown word ("perso ns")."""
    unknown = vocabulary.unknown()
    if not unknown:
        return []
    pairs = set()
    for start, end in whole_words(body, unknown):
        before = _WORD_BEFORE.search(body, max(0, start - 14), start)
        if before:
            pairs.add((before.start(1), start - 1, end))
        after = _WORD_AFTER.match(body, end)
        if after:
            pairs.add((start, end, after.end()))
    return sorted(pairs)


def _next_content(lines: list[Line]) -> list[str]:
    """For each line, the text of the next line that is neither blank nor a page break."""
    result = [""] * len(lines)
    upcoming = ""
    for index in range(len(lines) - 1, -1, -1):
        result[index] = upcoming
        text = lines[index].text.strip()
        if text and PAGE_BREAK not in lines[index].text:
            upcoming = text
    return result


def _inner_spaces(line: Line, edits: list[tuple[int, int, str]]) -> None:
    text = line.text
    if "  " not in text and "\t" not in text and "\u00a0" not in text:
        return  # no run of two spaces can be in it (most lines)
    start, end = line.content_start, line.content_end
    offset = start - line.start
    for match in _INNER_SPACES.finditer(line.text, offset, end - line.start):
        edits.append((line.start + match.start(), line.start + match.end(), " "))


def _join(
    previous: Line,
    line: Line,
    vocabulary: Vocabulary,
    repairs: Repairs,
    joiners: frozenset[str],
) -> tuple[int, int, str]:
    """The edit that joins ``line`` onto ``previous`` inside one paragraph."""
    before = previous.text.rstrip()
    hyphen = _HYPHEN_END.search(before, max(0, len(before) - 80)) if before[-1:] == "-" else None
    after = _WORD_START.match(line.text.lstrip())
    if hyphen and after and after.group(0) in joiners:
        # "burden- and responsibility-sharing": a suspended hyphen keeps its space
        return (previous.content_end, line.content_start, " ")
    if hyphen and line.text.lstrip()[:1].isupper():
        # "Confidence-" + "Building": a capitalised compound keeps its hyphen
        return (previous.start + hyphen.start() + len(hyphen.group(1)), line.content_start, "-")
    if hyphen and after:
        left, right = hyphen.group(1), after.group(0)
        hyphen_at = previous.start + hyphen.start() + len(left)
        if vocabulary.join_hyphenated(left, right):
            edit = (hyphen_at, line.content_start, "")
            repairs.hyphenations.append((edit[0], edit[1], f"{left}-|{right} -> {left}{right}"))
        else:
            edit = (hyphen_at, line.content_start, "-")
        return edit
    return (previous.content_end, line.content_start, " ")


def _repair_words(
    text: MappedText, body_start: int, vocabulary: Vocabulary, lexicon: Lexicon, repairs: Repairs
) -> MappedText:
    """Split glued paragraphs and join words split by the extraction."""
    edits: list[tuple[int, int, str]] = []
    body = text.text
    for match in _GLUED_PARAGRAPH.finditer(body, min(body_start, len(body))):
        following = body[match.end() : match.end() + 80]
        label = recognize.label_at(following)
        if label and recognize.opener_at(following[label.rest_offset :], lexicon):
            heading = match.group("heading")
            new = f"\n\n{heading}\n\n" if heading else "\n\n"
            if heading:  # keep the heading's own characters mapped as they are
                edits.append((match.start(), match.start("heading"), "\n\n"))
                edits.append((match.end("heading"), match.end(), "\n\n"))
            else:
                edits.append((match.start(), match.end(), new))
            repairs.glued.append((match.start(), match.end(), following[:30]))
    for match in _GLUED_SUBPARAGRAPH.finditer(body, min(body_start, len(body))):
        edits.append((match.start(), match.end(), "\n\n"))
        repairs.glued.append((match.start(), match.end(), body[match.end() : match.end() + 30]))
    for match in _HEADING_BEFORE_NUMBER.finditer(body, min(body_start, len(body))):
        following = body[match.end() : match.end() + 80]
        label = recognize.label_at(following)
        if label and recognize.opener_at(following[label.rest_offset :], lexicon):
            edits.append((match.end("heading"), match.end(), "\n\n"))
            repairs.glued.append((match.start(), match.end(), following[:30]))
    for match in _GLUED_OPENER.finditer(body, min(body_start, len(body))):
        following = body[match.end() : match.end() + 80]
        opener = recognize.opener_at(following, lexicon)
        if opener and opener[0] == "preambular":
            after = following.split()[opener[1].words : opener[1].words + 1]
            if after and after[0][:1].islower():
                edits.append((match.start(), match.end(), "\n\n"))
                repairs.glued.append((match.start(), match.end(), following[:30]))
    taken = {start for start, _, _ in edits} | {end for _, end, _ in edits}
    for left_start, space, right_end in _split_candidates(body, vocabulary):
        left, right = body[left_start:space], body[space + 1 : right_end]
        if space in taken or space + 1 in taken or f"{left} {right}" in lexicon.never_join:
            continue
        if not vocabulary.split_word(left, right):
            continue
        taken.update((space, space + 1))
        edits.append((space, space + 1, ""))
        repairs.splits.append((left_start, right_end, f"{left} {right} -> {left}{right}"))
    return text.edit(edits)
