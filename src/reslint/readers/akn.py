"""Read stage for Akoma Ntoso 3.0 XML: a resolution's text as the text path reads it.

The reader turns an AKN document (reslint's own export, or an AKN4UN
resolution written by anyone else) back into the plain form a resolution
has on paper: the preface lines, the formula, one line per preambular and
operative paragraph with its number in front ("1. Calls upon ..."),
sub-paragraphs with theirs ("(a) ..."), section numbers and headings on
lines of their own, the closing, the annexes, and the footnotes in the
notation of ``reslint.normalize.notation`` (a ``[^N]`` marker where an
``authorialNote`` or ``noteRef`` stands, ``[^N]: text`` at the end).  The
normalizer, parser, classifier and linter then run unchanged.

Positions: the ``AknSource`` it returns maps every character back to the
line and column of the XML file it came from, so a finding points at the
element text in the user's own file; a number or marker the reader writes
(``1.`` from ``<num>``, ``[^3]``) points at its element.  The text has no
place to write fixes back to, so ``lint --fix`` leaves XML files alone.

Parsed with the standard library's expat, which gives the line and column
of every piece of text; entity declarations are refused (no entity
expansion attacks), external entities are never fetched.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from dataclasses import dataclass, field
from pathlib import Path

import reslint.akn as akn
from reslint.errors import InputError
from reslint.normalize.notation import definition, marker
from reslint.readers.sources import AknSource

_SPACE = re.compile(r"\s+")
_IRREGULAR_SPACE = re.compile(r"\s\s|[^\S ]")  # anything but single plain spaces
# Elements whose content is one line of text; everything else holds blocks.
_LINES = {"p", "heading", "subheading", "crossHeading", "li", "tr", "num"}
_SKIPPED = {"meta", "del", "img", "toc"}
_BREAKS = {"eol", "eop", "br"}
_GROUPS = {"conclusions"}  # printed as consecutive lines ("80th plenary meeting", date)
# Divisions whose number stands on a line of its own ("I", "A"), as printed.
_DIVISIONS = {
    "section",
    "division",
    "part",
    "chapter",
    "title",
    "book",
    "tome",
    "subsection",
    "subdivision",
    "subpart",
    "subchapter",
    "subtitle",
    "hcontainer",
}


def read_akn_file(path: str) -> AknSource:
    """Read one AKN file; unreadable or malformed files raise ``InputError``."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from None
    return read_akn(data, path)


# -- the XML, with positions ---------------------------------------------------------


@dataclass
class _Text:
    text: str
    line: int
    column: int


@dataclass
class _Element:
    tag: str  # local name; "" for an element of another namespace
    attributes: dict[str, str]
    line: int
    column: int
    children: list[_Element | _Text] = field(default_factory=list)

    def elements(self) -> list[_Element]:
        return [child for child in self.children if isinstance(child, _Element)]


def _parse(data: bytes, name: str) -> _Element:
    """The XML as a tree of ``_Element``/``_Text`` with 1-based positions."""
    parser = xml.parsers.expat.ParserCreate(namespace_separator="}")
    root = _Element("", {}, 1, 1)
    stack = [root]

    def start(tag: str, attributes: dict[str, str]) -> None:
        namespace, _, local = tag.rpartition("}")
        element = _Element(
            local if namespace == akn.NAMESPACE else "",
            attributes,
            parser.CurrentLineNumber,
            parser.CurrentColumnNumber + 1,
        )
        if not namespace and not stack[-1].tag and stack[-1] is root:
            element.tag = f"?{local}"  # a root outside the AKN namespace: named in the error
        stack[-1].children.append(element)
        stack.append(element)

    def end(_tag: str) -> None:
        stack.pop()

    def characters(text: str) -> None:
        stack[-1].children.append(
            _Text(text, parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
        )

    def refuse_entities(*_args: object) -> None:
        raise InputError(name, "XML entity declarations are not accepted")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.EntityDeclHandler = refuse_entities
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        where = f"line {exc.lineno}, column {exc.offset + 1}"
        message = xml.parsers.expat.errors.messages[exc.code]
        raise InputError(name, f"not well-formed XML ({message} at {where})") from None
    elements = root.elements()
    if len(elements) != 1 or elements[0].tag != "akomaNtoso":
        found = elements[0].tag.lstrip("?") if elements else "nothing"
        raise InputError(
            name,
            f"not an Akoma Ntoso 3.0 document (root element {found or 'of another namespace'})",
        )
    return elements[0]


# -- the text --------------------------------------------------------------------------


@dataclass
class _Line:
    """One line being written: pieces of text and where each starts in the XML."""

    pieces: list[tuple[str, int, int, bool]] = field(default_factory=list)
    group: int | None = None  # lines of one closing follow each other

    def add(self, text: str, line: int, column: int, advances: bool = True) -> None:
        """Text at an XML position; text the reader writes itself (a number, a
        marker) does not advance: all of it points at its element."""
        self.pieces.append((text, line, column, advances))

    def add_text(self, piece: _Text) -> None:
        self.add(piece.text, piece.line, piece.column)


class _Reader:
    """Writes the lines of one AKN document: blocks in order, footnotes at the end."""

    def __init__(self, root: _Element) -> None:
        self.root = root
        self.lines: list[_Line] = []
        self.footnotes: list[tuple[str, _Line]] = []
        self.seen_notes: set[str] = set()
        self.notes = _meta_notes(root)
        self.counter = 0
        self.prefix: tuple[str, _Element] | None = None  # a <num> waiting for its text
        self.group: int | None = None
        self.groups = 0

    def read(self) -> None:
        """Every line of the document, then the notes no marker pointed at."""
        self.blocks(self.root)
        for eid, (label, note) in self.notes.items():
            if label and eid not in self.seen_notes and label not in self.seen_notes:
                self.seen_notes.add(label)
                self.footnotes.append((label, self.inline_line(note)))

    def blocks(self, element: _Element) -> None:
        """The block structure: lines in document order."""
        if element.tag in _GROUPS:
            self.groups += 1
            outer, self.group = self.group, self.groups
            self.children(element)
            self.group = outer
        else:
            self.children(element)

    def children(self, element: _Element) -> None:
        for child in element.elements():
            if child.tag in _SKIPPED or not child.tag:
                continue
            if (
                child.tag == "num"
                and element.tag not in _DIVISIONS
                and not any(c.tag in {"heading", "subheading"} for c in element.elements())
            ):
                self.prefix = (_plain(child), child)  # "1." goes in front of the text
                continue
            if child.tag in _LINES or _has_text(child):
                self.lines.append(self.inline_line(child))
            else:
                self.blocks(child)
        if self.prefix is not None and any(c is self.prefix[1] for c in element.children):
            self.lines.append(self.inline_line(_Element("", {}, 0, 0)))  # a number alone

    def inline_line(self, element: _Element) -> _Line:
        line = _Line(group=self.group)
        if self.prefix is not None:
            number, num = self.prefix
            self.prefix = None
            line.add(number + " ", num.line, num.column, advances=False)
        self.inline(element, line)
        return line

    def inline(self, element: _Element, line: _Line) -> None:
        for child in element.children:
            if isinstance(child, _Text):
                line.add_text(child)
            elif child.tag in _BREAKS:
                line.add(" ", child.line, child.column)
            elif child.tag == "authorialNote":
                label = child.attributes.get("marker") or self.next_label()
                line.add(marker(label), child.line, child.column, advances=False)
                if label not in self.seen_notes:
                    self.seen_notes.add(label)
                    self.footnotes.append((label, self.inline_line(child)))
            elif child.tag == "noteRef":
                self.note_reference(child, line)
            elif child.tag == "p":  # a note's paragraphs: one line, words kept apart
                line.add(" ", child.line, child.column)
                self.inline(child, line)
            elif child.tag and child.tag not in _SKIPPED:
                self.inline(child, line)

    def note_reference(self, reference: _Element, line: _Line) -> None:
        target = reference.attributes.get("href", "").lstrip("#")
        label, note = self.notes.get(target, ("", None))
        label = reference.attributes.get("marker") or label or self.next_label()
        line.add(marker(label), reference.line, reference.column, advances=False)
        self.seen_notes.add(target)
        if note is not None and label not in self.seen_notes:
            self.seen_notes.add(label)
            self.footnotes.append((label, self.inline_line(note)))

    def next_label(self) -> str:
        self.counter += 1
        return str(self.counter)

    def source(self, name: str) -> AknSource:
        """The text, one paragraph per line with blank lines between, footnotes last."""
        lines = [(line, line.group) for line in self.lines]
        for label, note in self.footnotes:
            first = note.pieces[0] if note.pieces else ("", 1, 1, True)
            note.pieces.insert(0, (definition(label), first[1], first[2], False))
            lines.append((note, None))
        writer = _Writer()
        for index, (line, group) in enumerate(lines):
            if not writer.line(line):
                continue
            following = lines[index + 1][1] if index + 1 < len(lines) else None
            writer.end("\n" if group is not None and following == group else "\n\n")
        return AknSource(name, "".join(writer.parts), anchors=writer.anchors)


class _Writer:
    """Writes lines with their runs of whitespace made one space, and the anchors
    that map the text back to the XML (one where the mapping jumps)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.anchors: list[tuple[int, int, int]] = []
        self.offset = 0
        self.expected: tuple[int, int] | None = None  # the place the next character maps to

    def line(self, line: _Line) -> bool:
        """Write one line's words, one space where the XML had any whitespace between
        them; False when the line has no words."""
        wrote = pending = False
        for text, row, column, advances in line.pieces:
            inner = text.strip()
            if not inner:
                pending = pending or bool(text)
                continue
            if advances and not _IRREGULAR_SPACE.search(inner):  # maps one to one
                lead = len(text) - len(text.lstrip())
                if wrote and (pending or lead):
                    self.write(" ", None)
                self.write(inner, (row, column + lead))
                wrote, pending = True, len(inner) + lead < len(text)
                continue
            position = 0
            for match in re.finditer(r"\S+", text):
                pending = pending or match.start() > position
                before = text[: match.start()]
                if "\n" in before:
                    row, column = row + before.count("\n"), 1
                    before = before[before.rfind("\n") + 1 :]
                if wrote and pending:
                    self.write(" ", None)
                place = (row, column + len(before)) if advances else (row, column)
                self.write(match.group(), place)
                wrote, pending, position = True, False, match.end()
            pending = pending or position < len(text)
        return wrote

    def write(self, text: str, place: tuple[int, int] | None) -> None:
        if place is not None and place != self.expected:
            self.anchors.append((self.offset, *place))
        if place is not None:
            self.expected = (place[0], place[1] + len(text))
        elif self.expected is not None:
            self.expected = (self.expected[0], self.expected[1] + len(text))
        self.parts.append(text)
        self.offset += len(text)

    def end(self, separator: str) -> None:
        self.parts.append(separator)
        self.offset += len(separator)
        self.expected = None


def _plain(element: _Element) -> str:
    """The text of an element and its descendants, spaces collapsed."""
    parts: list[str] = []

    def collect(node: _Element) -> None:
        for child in node.children:
            if isinstance(child, _Text):
                parts.append(child.text)
            elif child.tag and child.tag not in _SKIPPED and child.tag != "authorialNote":
                collect(child)

    collect(element)
    return _SPACE.sub(" ", "".join(parts)).strip()


def _has_text(element: _Element) -> bool:
    """Text directly inside: a block that holds a line of its own (``<content>text</content>``)."""
    return any(isinstance(c, _Text) and c.text.strip() for c in element.children)


def _meta_notes(root: _Element) -> dict[str, tuple[str, _Element]]:
    """Notes of every ``<meta><notes>``: eId -> (marker, note)."""
    found: dict[str, tuple[str, _Element]] = {}

    def visit(element: _Element, in_meta: bool) -> None:
        for child in element.elements():
            if in_meta and child.tag == "note":
                key = child.attributes.get("eId") or f"note {len(found) + 1}"
                found[key] = (child.attributes.get("marker", ""), child)
            else:
                visit(child, in_meta or child.tag == "meta")

    visit(root, False)
    return found


def read_akn(data: bytes, name: str) -> AknSource:
    """An ``AknSource`` from the bytes of an AKN 3.0 document."""
    root = _parse(data, name)
    reader = _Reader(root)
    reader.read()
    source = reader.source(name)
    if not source.text.strip():
        raise InputError(name, "Akoma Ntoso document without text")
    return source
