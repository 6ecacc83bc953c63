"""Page layout of text pasted from UN PDFs: what is page furniture, what is a footnote.

One pass over the physical lines:

* the heading zone (everything before the adopting-body formula) keeps its
  lines, less job numbers and barcodes;
* in the body, a page break is a run of furniture lines (the document's own
  symbol, "2/8", "24-23518", the running title between or beside them); the
  run becomes one page-break line, so that the reflow knows a paragraph may
  continue across it;
* a separator line ("______") opens a footnote zone that lasts until the next
  page break; footnotes printed after the closing line (older Security Council
  texts) form a zone too.  Footnote texts leave the paragraph flow and are
  appended at the end of the text as ``[^1]: text`` lines, still mapped to
  where they were printed.

When the pages are known (a PDF read by ``reslint.readers`` says where each
starts; a PDF extraction pasted as text may keep form feeds), the page ends
are used too: a line repeated at the top or bottom of several pages is
furniture even when it names no symbol ("Advance unedited version", "Page 2
of 5"), a bare number that is its page's number is one, and a footnote zone
ends with its page.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from reslint.grammar import lines as recognize
from reslint.lexicon import Lexicon
from reslint.normalize.lines import Line, split_lines
from reslint.normalize.mapped import Builder, MappedText
from reslint.normalize.notation import definition

PAGE_BREAK = "\ue000"  # private use: never in input, unlike a form feed
FORM_FEED = "\f"
_FOOTNOTE_START = re.compile(r"\s*(\d{1,3}/?|\*{1,3})\s+(?=\S)")
_NOTES = re.compile(r"[ \t]*Notes?[ \t]*")
_BARE_LABEL = re.compile(r"\s*(\d{1,3}/?|\*{1,3})\s*")  # a footnote number whose text is elsewhere
_DRAFT_LINE = re.compile(r":\*{0,3}\s*(?:draft|revised draft|amendment)", re.IGNORECASE)
_TITLE_NUMBER = re.compile(r"\s*\d+/\d+\s*\.\s+")
_MAX_TITLE_LINES = 3
# what a footer leaves beside its job number: the print date on a line of its own
# ("260218"), a barcode read one character per line ("*", "0", "3" ...) or as backticks
_FOOTER_SCRAP = re.compile(r"\d{6}|[*\d]|`{3,}")


@dataclass(frozen=True)
class Removal:
    """Lines taken out of the flow, for the repair log."""

    kind: str  # "front-matter", "page-furniture", "separator", "running-title", "footnote-moved"
    start: int
    end: int
    detail: str


def _norm(text: str) -> str:
    """Spaces collapsed, lower case: how lines are compared (twice per line: no regex)."""
    return " ".join(text.split()).lower()


def find_body_start(lines: list[Line], lexicon: Lexicon) -> int:
    """Index of the first line of the body: the formula, else the first paragraph."""
    for index, line in enumerate(lines):
        if recognize.formula_at(line.text, lexicon):
            return _part_label_before(lines, index)
    after_heading = 0
    for index, line in enumerate(lines[:60]):
        if _DRAFT_LINE.search(line.text):
            after_heading = index + 1
    for index in range(after_heading, len(lines)):
        text = lines[index].text.strip()
        if not text:
            continue
        label = recognize.label_at(text)
        if label and label.kind == "number" and text[label.rest_offset : label.rest_offset + 1]:
            return index
        if recognize.opener_at(text, lexicon) and not recognize.is_heading_item(text):
            return index
        if recognize.looks_like_participle(text) and _paragraph_at(lines, index).endswith(","):
            return index  # "Having determined ...," (no lexicon lists every opener)
    return after_heading


def _paragraph_at(lines: list[Line], index: int) -> str:
    """The text from line ``index`` to the next blank line (at most 12 lines)."""
    taken = []
    for line in lines[index : index + 12]:
        if line.blank:
            break
        taken.append(line.text.strip())
    return " ".join(taken)


def _part_label_before(lines: list[Line], index: int) -> int:
    """Start at "A" when the formula belongs to part A of a resolution made of parts."""
    before = index - 1
    while before >= 0 and lines[before].blank:
        before -= 1
    return before if before >= 0 and lines[before].text.strip() in {"A", "A."} else index


def own_symbols(lines: list[Line]) -> set[str]:
    """The document's own symbol(s): printed in the first lines, or in its page footers.

    Texts that start at the formula have no heading; their symbol is then the
    one printed beside job numbers and barcodes ("*2321227*A/C.3/78/L.41").
    """
    found = set()
    for line in lines[:25]:
        symbol = recognize.symbol_alone(line.text)
        if symbol:
            found.add(_norm(symbol))
        elif line.text.strip().startswith("United Nations"):
            match = recognize.SYMBOL.search(line.text)
            if match:
                found.add(_norm(match.group(0)))
    if not found:
        for line in lines:
            if recognize.FURNITURE_TOKEN.search(line.text):
                found.update(_norm(s) for s in recognize.SYMBOL_GLUED.findall(line.text))
    return found


def title_text(lines: list[Line], body_start: int) -> str:
    """The heading text after the symbol lines, normalised: running titles repeat it."""
    return _norm(" ".join(line.text for line in lines[:body_start]))


class _Page:
    """Decisions about the body lines, made once per document."""

    def __init__(self, lines: list[Line], body_start: int, page_lines: list[int]) -> None:
        self.lines = lines
        self.body_start = body_start
        self.symbols = own_symbols(lines)
        self.symbol_pattern = (
            re.compile(
                "|".join(re.escape(symbol).replace(r"\ ", r"\s*") for symbol in self.symbols),
                re.IGNORECASE,
            )
            if self.symbols
            else None
        )
        self.heading = title_text(lines, body_start)
        self.counts = Counter(_norm(line.text) for line in lines[body_start:] if not line.blank)
        self.title = self._title(lines[:body_start])
        self.pages = _page_numbers(lines, page_lines)
        self.page_lines = {  # the first line of every page but the first
            index
            for index in range(1, len(self.pages))
            if self.pages[index] != self.pages[index - 1]
        }
        self.edges = _repeated_edge_lines(lines, self.pages)

    @staticmethod
    def _title(heading: list[Line]) -> str:
        for index, line in enumerate(heading):
            number = _TITLE_NUMBER.match(line.text)
            if number:
                parts = [line.text[number.end() :]]
                for follower in heading[index + 1 :]:
                    if follower.blank:
                        break
                    parts.append(follower.text)
                return _norm(" ".join(parts))
        return ""

    def marker(self, index: int) -> bool:
        """A line made of page furniture only: job number, page number, barcode, own symbol.

        Extractions glue them ("23-21227 5/9A/C.3/78/L.41", "*2321227*A/C.3/78/L.41"),
        and may put the running title before the symbol on the same line.
        """
        text = self.lines[index].text.strip()
        if not text:
            return False
        if index in self.edges or recognize.is_furniture(text):
            return True
        if self._bare_page_number(index, text):
            return True
        if not self.symbol_pattern:
            return bool(recognize.symbol_alone(text))
        rest = self.symbol_pattern.sub(" ", text)
        if rest == text:
            return False
        rest = recognize.FURNITURE_TOKEN.sub(" ", rest).strip()
        if rest.startswith("United Nations"):
            rest = rest[len("United Nations") :].strip()
        norm = _norm(rest)
        return not norm or (len(norm.split()) >= 3 and norm in self.heading)

    def _bare_page_number(self, index: int, text: str) -> bool:
        """ "4" alone between blank lines on page 4 of a text whose page breaks are known
        (the form feeds of a PDF extraction): the page's number, wherever the extraction
        put it."""
        if not self.pages or not text.isdecimal() or int(text) != self.pages[index]:
            return False
        lines = self.lines
        above = index == 0 or lines[index - 1].blank
        below = index + 1 >= len(lines) or lines[index + 1].blank
        return above and below

    def running_title(self, index: int) -> bool:
        """A short line without end punctuation that repeats the title at a page top."""
        text = self.lines[index].text.strip()
        norm = _norm(text)
        if not norm or text[-1] in ".;" or len(norm) > 140 or len(norm.split()) < 2:
            return False
        in_heading = norm in self.heading or (self.title and norm in self.title)
        return bool(in_heading) and (self.counts[norm] >= 2 or norm == self.title)


def _page_numbers(lines: list[Line], page_lines: list[int]) -> list[int]:
    """The page of every line: from the lines where the reader says pages start (a
    PDF), else counted from the form feeds a PDF extraction leaves at each page break;
    empty when neither tells."""
    starts = set(page_lines[1:])
    pages: list[int] = []
    page = 1
    for index, line in enumerate(lines):
        if starts:
            page += index in starts
        else:
            page += line.text.count(FORM_FEED)
        pages.append(page)
    return pages if page > 1 else []


_EDGE_LINES = 3  # lines at the top and at the bottom of a page that may be furniture
_DIGITS = re.compile(r"\d+")
_WORDS = re.compile(r"[a-z]{2,}.*[a-z]{2,}")  # two words at least


def _repeated_edge_lines(lines: list[Line], pages: list[int]) -> set[int]:
    """Lines at a page's top or bottom whose text (digits aside) recurs at the top or
    bottom of other pages: running headers and footers, whatever they say."""
    if not pages or pages[-1] < 3:
        return set()  # two pages repeat too little to tell a header from the text
    firsts = [0] + [i for i in range(1, len(pages)) if pages[i] != pages[i - 1]]
    edges: dict[str, list[int]] = {}
    for first, end in pairwise([*firsts, len(lines)]):
        filled = [i for i in range(first, end) if not lines[i].blank]
        for index in {*filled[:_EDGE_LINES], *filled[-_EDGE_LINES:]}:
            key = _DIGITS.sub("#", _norm(lines[index].text))
            # words, not numbers (a paragraph number may stand at a page's top); and not
            # running text, which goes on with a comma or semicolon
            if _WORDS.search(key) and len(key) <= 80 and not key.endswith((",", ";", ":")):
                edges.setdefault(key, []).append(index)
    needed = max(3, (len(firsts) + 1) // 2)
    return {index for found in edges.values() if len(found) >= needed for index in found}


def _page_break(page: _Page, index: int) -> tuple[int, int] | None:
    """The run of furniture lines around marker line ``index``: (first, last)."""
    lines = page.lines
    first = last = index

    def absorbable(i: int, enclosed: bool) -> bool:
        if lines[i].blank or page.marker(i) or _FOOTER_SCRAP.fullmatch(lines[i].text.strip()):
            return True
        return page.running_title(i) or (enclosed and _enclosed_title(page, i))

    while first - 1 >= page.body_start and absorbable(first - 1, False):
        first -= 1
    while last + 1 < len(lines) and absorbable(last + 1, True):
        last += 1
    while first < index and lines[first].blank:
        first += 1
    return first, last


def _enclosed_title(page: _Page, index: int) -> bool:
    """A title-like line between an own-symbol line and the job/page number below it."""
    lines = page.lines
    text = lines[index].text.strip()
    if not text or text[-1] in ".;" or _norm(text) not in page.heading:
        return False
    above = index - 1
    steps = 0
    while above >= 0 and steps < _MAX_TITLE_LINES and not page.marker(above):
        if lines[above].blank:
            return False
        above -= 1
        steps += 1
    if above < 0 or not page.marker(above):
        return False
    below = index + 1
    while below < len(lines) and below - index <= _MAX_TITLE_LINES + 2:
        if page.marker(below):
            return True
        below += 1
    return False


def _footnote_zone_end(page: _Page, start: int, furniture: dict[int, str], lexicon: Lexicon) -> int:
    """Last line of a footnote zone opened at ``start``: before the next page break.

    Texts whose page headers were lost go on with the body right after the
    footnotes; a line that opens a paragraph after a finished footnote ends
    the zone there.
    """
    lines = page.lines
    index = start
    while (
        index + 1 < len(lines)
        and furniture.get(index + 1) != "page-furniture"
        and index + 1 not in page.page_lines
    ):
        following = lines[index + 1].text.strip()
        finished = lines[index].text.rstrip().endswith(".")
        if finished and (recognize.label_at(following) or recognize.opener_at(following, lexicon)):
            break
        index += 1
    while index > start and lines[index].blank:
        index -= 1
    return index


def _opens_footnotes(lines: list[Line], index: int) -> bool:
    """A separator rule, or the "Notes" heading of the typescript layout over a footnote
    ("Notes" / "1" / "Other required elements: ...")."""
    text = lines[index].text
    if recognize.is_separator(text):
        return True
    if not _NOTES.fullmatch(text):
        return False
    following = next((line.text for line in lines[index + 1 :] if not line.blank), "")
    return bool(_FOOTNOTE_START.match(following) or _BARE_LABEL.fullmatch(following))


def _text_after_break(
    page: _Page, end: int, drop: dict[int, str], lexicon: Lexicon
) -> list[tuple[int, int]]:
    """A footnote number at the foot of a zone whose text the extraction put after the
    page furniture ("13" / "4/7" / "E/2002/68/Add.1."): the lines of that text."""
    lines = page.lines
    if not _BARE_LABEL.fullmatch(lines[end].text):
        return []
    index = end + 1
    while index < len(lines) and (lines[index].blank or drop.get(index) == "page-furniture"):
        index += 1
    if index >= len(lines) or index in drop or index == end + 1:
        return []
    text = lines[index].text.strip()
    if recognize.label_at(text) or recognize.opener_at(text, lexicon):
        return []
    return [(index, _footnote_zone_end(page, index, drop, lexicon))]


def _trailing_footnotes(page: _Page, taken: set[int]) -> int | None:
    """First line of footnotes printed after the closing line, if any."""
    lines = page.lines
    closing = None
    for index in range(len(lines) - 1, page.body_start - 1, -1):
        if index not in taken and recognize.is_closing(lines[index].text):
            closing = index
            break
    if closing is None:
        return None
    index = closing + 1
    while index < len(lines) and not lines[index].blank:
        index += 1
    while index < len(lines) and (lines[index].blank or index in taken):
        index += 1
    if index < len(lines) and _FOOTNOTE_START.match(lines[index].text):
        return index
    return None


@dataclass
class Layout:
    """Result of the layout pass."""

    text: MappedText
    removals: list[Removal]
    footnote_labels: list[str]
    body_start: int  # offset in ``text`` of the first body line


def remove_layout(text: MappedText, lexicon: Lexicon, page_starts: tuple[int, ...] = ()) -> Layout:
    """Drop page furniture, move footnotes to the end; see the module docstring.

    ``page_starts`` are the offsets in ``text`` where pages start, when known.
    """
    lines = split_lines(text.text)
    starts = [line.start for line in lines]
    page_lines = sorted({bisect.bisect_left(starts, offset) for offset in page_starts})
    removals: list[Removal] = []
    drop: dict[int, str] = {}  # line index -> removal kind
    _front_matter(lines, drop)
    after_front_matter = max(drop, default=-1) + 1
    for index, line in enumerate(lines):
        if recognize.COMMENT_LINE.fullmatch(line.text):
            drop[index] = "comment"  # "<!-- reslint: disable=P101 -->": not text
    body_start = max(find_body_start(lines, lexicon), after_front_matter)
    page = _Page(lines, body_start, [i for i in page_lines if i < len(lines)])

    for index in range(body_start):
        if index not in drop and recognize.is_job_or_barcode(lines[index].text):
            drop[index] = "page-furniture"

    breaks: list[tuple[int, int]] = []
    index = body_start
    while index < len(lines):
        if page.marker(index):
            first, last = _page_break(page, index)
            breaks.append((first, last))
            for i in range(first, last + 1):
                drop[i] = "page-furniture"
            index = last + 1
        else:
            index += 1

    footnotes: list[tuple[int, int]] = []  # (first, last) line ranges
    for index in range(body_start, len(lines)):
        if index in drop or not _opens_footnotes(lines, index):
            continue
        drop[index] = "separator"
        end = _footnote_zone_end(page, index, drop, lexicon)
        zone_start = index + 1
        while zone_start <= end and lines[zone_start].blank:
            zone_start += 1
        # a zone opens with a numbered footnote, or goes on with the last page's footnote
        if zone_start > end:
            continue
        first_line = lines[zone_start].text
        opens = _FOOTNOTE_START.match(first_line) or _BARE_LABEL.fullmatch(first_line)
        numbered_paragraph = recognize.label_at(first_line.strip()) is not None
        if (footnotes or opens) and not numbered_paragraph:
            zones = [(zone_start, end), *_text_after_break(page, end, drop, lexicon)]
            for first, last in zones:
                footnotes.append((first, last))
                for i in range(first, last + 1):
                    drop[i] = "footnote-moved"
    trailing = _trailing_footnotes(page, set(drop))
    if trailing is not None:
        end = len(lines) - 1
        while end > trailing and (lines[end].blank or end in drop):
            end -= 1
        footnotes.append((trailing, end))
        for i in range(trailing, end + 1):
            drop.setdefault(i, "footnote-moved")

    for index in range(body_start, len(lines)):
        if index not in drop and page.title and _norm(lines[index].text) == page.title:
            drop[index] = "running-title"

    return _rebuild(text, lines, drop, breaks, footnotes, removals, body_start)


def _front_matter(lines: list[Line], drop: dict[int, str]) -> None:
    """YAML front matter of Markdown extractions (``---`` ... ``---`` at the top)."""
    if not lines or lines[0].text.strip() != "---":
        return
    for index in range(1, min(len(lines), 60)):
        if lines[index].text.strip() == "---":
            for i in range(index + 1):
                drop[i] = "front-matter"
            return


def _rebuild(
    text: MappedText,
    lines: list[Line],
    drop: dict[int, str],
    breaks: list[tuple[int, int]],
    footnotes: list[tuple[int, int]],
    removals: list[Removal],
    body_start_line: int,
) -> Layout:
    builder = Builder()
    break_at = {first: last for first, last in breaks}
    body_offset = 0
    kept = None  # where the run of kept lines not yet copied starts: copied in one slice
    index = 0
    while index < len(lines):
        line = lines[index]
        if kept is not None and (index == body_start_line or index in break_at or index in drop):
            builder.add_slice(text, kept, line.start)
            kept = None
        if index == body_start_line:
            body_offset = builder.length
        if index in break_at:
            last = break_at[index]
            removals.append(_removal("page-furniture", lines, index, last))
            if last + 1 < len(lines):
                builder.add_text(PAGE_BREAK + "\n", text, line.start, lines[last].next)
            index = last + 1
            continue
        kind = drop.get(index)
        if kind is None:
            kept = line.start if kept is None else kept
        elif kind != "footnote-moved":
            last = index
            while last + 1 < len(lines) and drop.get(last + 1) == kind and last + 1 not in break_at:
                last += 1
            removals.append(_removal(kind, lines, index, last))
            index = last + 1
            continue
        index += 1
    if kept is not None:
        builder.add_slice(text, kept, lines[-1].next)
    if body_start_line >= len(lines):
        body_offset = builder.length

    labels: list[str] = []
    if footnotes and not text.text.endswith("\n"):
        builder.add_text("\n", text, len(text.text), len(text.text))
    for first, last in footnotes:
        removals.append(_removal("footnote-moved", lines, first, last))
        labels.extend(_append_footnotes(builder, text, lines[first : last + 1]))
    return Layout(builder.build(), removals, labels, body_offset)


def _append_footnotes(builder: Builder, text: MappedText, zone: list[Line]) -> list[str]:
    """Write ``[^N]: text`` lines for a footnote zone; returns the labels.

    Footnotes run in order, so a line opens a new footnote only with the next
    number (or at the top of the zone, or with asterisks); "17 December 2015"
    at the start of a continuation line stays part of the footnote before it.
    """
    labels: list[str] = []
    after_blank = False
    for line in zone:
        if line.blank:
            after_blank = True
            continue
        match = _FOOTNOTE_START.match(line.text) or _BARE_LABEL.fullmatch(line.text)
        label = match.group(1).rstrip("/") if match else None
        if label and labels and not _continues(label, labels[-1], after_blank):
            label = None  # a continuation line that starts with a number
        after_blank = False
        if match and label:
            labels.append(label)
            builder.add_text("\n" + definition(label), text, line.start, line.start + match.end())
            builder.add_slice(text, line.start + match.end(), line.content_end)
        else:
            builder.add_text("\n", text, line.start, line.start)
            builder.add_slice(text, line.content_start, line.content_end)
    builder.add_text("\n", text, zone[-1].end, zone[-1].end)
    return labels


def _continues(label: str, last: str, after_blank: bool = False) -> bool:
    """Is ``label`` the footnote that comes after ``last``?  After a blank line a
    footnote may also skip one or two numbers (a footnote whose text is missing)."""
    if label.isdecimal() and last.isdecimal():
        step = int(label) - int(last)
        return step == 1 or (after_blank and step in (2, 3))
    if label.isdecimal():
        return True  # numbered footnotes after the "*" footnotes of the sponsors
    return label.strip("*") == "" and len(label) != len(last)


def _removal(kind: str, lines: list[Line], first: int, last: int) -> Removal:
    shown = [line.text.strip() for line in lines[first : last + 1] if not line.blank]
    detail = " | ".join(shown)
    if len(detail) > 120:
        detail = detail[:117] + "..."
    return Removal(kind, lines[first].start, lines[last].end, detail)
