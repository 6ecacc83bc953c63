"""``reslint parse --format akn``: a resolution as Akoma Ntoso 3.0, following AKN4UN.

A rendering of the document model and its classification, not a second
parser: every element comes from a model node, every word from the
normalized text the parser read.

* ``<meta>``: FRBR identification with naming-convention URIs
  (``reslint.akn``), the adopting body as ``TLCOrganization``, one
  ``TLCConcept`` per strength label and preambular function used, one
  ``TLCOrganization``/``TLCRole`` per addressee (its category in
  ``reslint:category`` and in its ``href``), and the parser's problems as
  notes.
* ``<preface>``: the heading lines, with ``docNumber``, ``docTitle`` and
  ``docDate`` marked where they are printed; ``<preamble>``: the formula and
  one ``<container>`` per preambular paragraph, named by its opener;
  ``<mainBody>``: ``paragraph``/``num``/``content``, sub-paragraphs as
  ``list``/``point``, sections; ``<conclusions>``: the closing;
  ``<attachments>``: annexes and adopted declarations.
* Footnotes are ``authorialNote`` elements where their markers stand.
* Classification: the verb phrase of every clause is an ``<inline name="operativeVerb">``
  whose ``refersTo`` names its strength concept; each addressee is an
  ``<organization>`` or ``<role>`` where it stands.  The strict schema allows
  these in a statement (``@to`` exists only on debate elements).

The output is always valid against the strict ``akomantoso30.xsd``: a text
with no date gets the placeholder FRBRdate of ``reslint.akn``, and what the
parser worked around goes into a note, never into invalid markup.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass

import reslint.akn as akn
from reslint.classifier import Classification, OperativeClass
from reslint.grammar.dates import parse_date
from reslint.model import Attachment, CrossHeading, Document, Paragraph, Section
from reslint.normalize.notation import FOOTNOTE_MARKER, without_markers

ET.register_namespace("", akn.NAMESPACE)
ET.register_namespace("reslint", akn.RESLINT_NAMESPACE)

_ROMAN = re.compile(r"^[IVXLC]+$")
_ROLE_CATEGORIES = {"secretary-general"}  # addressed as a person holding an office
_STATEMENT_NAMES = {"adopted": "resolution", "draft": "draftResolution", "amendment": "amendment"}


def render(document: Document, classification: Classification) -> str:
    """The XML text of one resolution."""
    root = _Builder(document, classification).build()
    _indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


# Elements whose text is the document's own: never indented, their spaces matter.
_MIXED = {akn.qualified(name) for name in ("p", "num", "heading")}


def _indent(element: ET.Element, level: int = 0) -> None:
    """Indent the element-only structure; leave mixed content (``<p>`` and the inline
    elements in it) exactly as written, since spaces there are text."""
    if element.tag in _MIXED or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        child.tail = inner
        _indent(child, level + 1)
    element[-1].tail = "\n" + "  " * level


# -- the classification, read through one seam ----------------------------------


@dataclass(frozen=True)
class Marked:
    """A verb or addressee to mark: its printed text, what it refers to, and where the
    classifier put it in the paragraph's classified text: a character span when it
    gives one, or only ``start``, where to look for it (a clause's verb phrase)."""

    text: str
    kind: str  # "verb" or "addressee"
    label: str  # strength label (verbs) or addressee category
    start: int | None = None
    end: int | None = None
    name: str | None = None  # an addressee's full name, when the text prints a short one


def clause_marks(operative: OperativeClass) -> list[Marked]:
    """What to mark in one operative paragraph: the verb phrase of every clause (looked
    for from where its clause starts) and every addressee at its character span."""
    marks = []
    for clause in operative.clauses:
        if clause.verb != "unknown":
            marks.append(Marked(clause.verb, "verb", clause.strength.label, clause.start_char))
        marks.extend(
            Marked(a.text, "addressee", a.category, a.start_char, a.end_char, a.name)
            for a in clause.addressees
            if a.text
        )
    return marks


# -- building ----------------------------------------------------------------------


def _tag(name: str) -> str:
    return akn.qualified(name)


def _sub(parent: ET.Element, element: str, **attributes: str) -> ET.Element:
    """A child element; attributes with an empty value are left out."""
    return ET.SubElement(parent, _tag(element), {k: v for k, v in attributes.items() if v})


def _append_text(parent: ET.Element, text: str) -> None:
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


@dataclass(frozen=True)
class _Span:
    """An element to wrap around ``text[start:end]`` of one piece of raw text."""

    start: int
    end: int
    tag: str
    attributes: tuple[tuple[str, str], ...]


class _Builder:
    """Builds the XML tree of one document; holds the ids and references it hands out."""

    def __init__(self, document: Document, classification: Classification) -> None:
        self.document = document
        self.classification = classification
        self.footnotes = {f.label: f.text for f in document.footnotes}
        self.used_notes: set[str] = set()
        self.eids: set[str] = set()
        self.notes = 0
        self.concepts: dict[str, ET.Element] = {}  # eId -> TLCConcept
        self.actors: dict[tuple[str, str], str] = {}  # (text, category) -> eId
        self.references: list[ET.Element] = []
        self.operative = {o.id: o for o in classification.operative}
        self.functions = {p.id: p.function for p in classification.preambular}
        self.body_id, self.body_name = akn.actor(document.body)

    # -- identifiers ----------------------------------------------------------

    def unique(self, base: str) -> str:
        """``base``, or ``base-2``, ``base-3`` when taken: eIds are unique in a statement."""
        candidate, count = base, 1
        while candidate in self.eids:
            count += 1
            candidate = f"{base}-{count}"
        self.eids.add(candidate)
        return candidate

    def date(self) -> tuple[str, str]:
        """The FRBRdate and its name: adoption, closing or document date, else the placeholder."""
        heading = self.document.heading
        closing = self.document.closing
        candidates = (
            ("adoption", heading.adoption_date),
            ("adoption", closing.date if closing else None),
            ("document", heading.date),
        )
        for name, printed in candidates:
            found = parse_date(printed) if printed else None
            if found and found.iso:
                return found.iso, name
        return akn.PLACEHOLDER_DATE, akn.PLACEHOLDER_DATE_NAME

    def number(self) -> str:
        """The number the work URI carries: "70/179", "2334 (2016)", or a draft's symbol."""
        document = self.document
        if document.title and document.title.number:
            return document.title.number
        symbol = document.symbol or ""
        adopted = re.match(r"^[A-Z]+(?:/[A-Z0-9.-]+)?/RES/(.+)$", symbol)
        if adopted and document.kind == "adopted":
            return adopted.group(1)
        return symbol or "unnumbered"

    # -- the document -----------------------------------------------------------

    def build(self) -> ET.Element:
        document = self.document
        root = ET.Element(_tag("akomaNtoso"))
        name = _STATEMENT_NAMES.get(document.kind, "resolution")
        statement = _sub(root, "statement", name=name, contains="originalVersion")
        date, date_name = self.date()
        work = akn.work_uri(document.body, date, self.number())
        meta = self.meta(statement, work, "main", date, date_name)
        self.preface(statement)
        self.preamble(statement)
        body = _sub(statement, "mainBody")
        self.items(body, document.main, "")
        if not len(body):
            _sub(body, "p")
        if document.closing:
            conclusions = _sub(statement, "conclusions")
            self.line(conclusions, document.closing.text, self.date_marks(document.closing.text))
        if document.attachments:
            attachments = _sub(statement, "attachments")
            for index, attachment in enumerate(document.attachments, 1):
                self.attachment(attachments, attachment, index, work, date, date_name)
        self.finish_meta(meta)
        return root

    def meta(
        self, parent: ET.Element, work: str, component: str, date: str, date_name: str
    ) -> ET.Element:
        """``<meta>`` with the FRBR identification of the work, expression and manifestation."""
        meta = _sub(parent, "meta")
        identification = _sub(meta, "identification", source=f"#{akn.SOURCE}")
        expression = akn.expression_uri(work)
        manifestation = akn.manifestation_uri(expression)
        levels = (("FRBRWork", work), ("FRBRExpression", expression))
        levels += (("FRBRManifestation", manifestation),)
        for level, uri in levels:
            element = _sub(identification, level)
            _sub(element, "FRBRthis", value=akn.component(uri, component))
            _sub(element, "FRBRuri", value=uri)
            _sub(element, "FRBRdate", date=date, name=date_name)
            author = akn.SOURCE if level == "FRBRManifestation" else self.body_id
            _sub(element, "FRBRauthor", href=f"#{author}")
            if level == "FRBRWork":
                _sub(element, "FRBRcountry", value="un")
                _sub(element, "FRBRsubtype", value="deliberation")
                _sub(element, "FRBRnumber", value=self.number())
                _sub(element, "FRBRname", value=parent.get("name", ""))
            elif level == "FRBRExpression":
                _sub(element, "FRBRlanguage", language=akn.LANGUAGE)
            else:
                _sub(element, "FRBRformat", value="application/akn+xml")
        return meta

    def finish_meta(self, meta: ET.Element) -> None:
        """References (known only once the body is built) and notes go last in ``<meta>``."""
        references = _sub(meta, "references", source=f"#{akn.SOURCE}")
        _sub(
            references,
            "TLCOrganization",
            eId=self.body_id,
            href=f"/akn/ontology/organizations/un/{self.body_id}",
            showAs=self.body_name,
        )
        _sub(
            references,
            "TLCOrganization",
            eId=akn.SOURCE,
            href=f"/akn/ontology/organizations/{akn.SOURCE}",
            showAs=akn.SOURCE,
        )
        for element in [*self.concepts.values(), *self.references]:
            references.append(element)
        notes = list(self.problem_notes()) + list(self.orphan_notes())
        if notes:
            holder = _sub(meta, "notes", source=f"#{akn.SOURCE}")
            holder.extend(notes)

    def problem_notes(self) -> Iterator[ET.Element]:
        for index, problem in enumerate(self.document.problems, 1):
            note = ET.Element(_tag("note"), {"eId": self.unique(f"note_problem_{index}")})
            where = f"line {problem.line}, column {problem.column}"
            _sub(note, "p").text = f"{problem.code} ({where}): {problem.message}"
            yield note

    def orphan_notes(self) -> Iterator[ET.Element]:
        """Footnote texts no marker points at: kept, in notes, with their label."""
        for footnote in self.document.footnotes:
            if footnote.label in self.used_notes:
                continue
            self.used_notes.add(footnote.label)
            note = ET.Element(
                _tag("note"),
                {
                    "eId": self.unique(f"note_footnote_{akn.eid(footnote.label)}"),
                    "marker": footnote.label,
                },
            )
            _sub(note, "p").text = without_markers(footnote.text)
            yield note

    # -- preface, preamble, conclusions ---------------------------------------------

    def preface(self, statement: ET.Element) -> None:
        """The heading lines as printed, with number, title and date marked."""
        document = self.document
        end = self.body_start()
        lines = [line.strip() for line in document.text[:end].split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            return
        preface = _sub(statement, "preface")
        for line in lines:
            self.line(preface, line, self.preface_marks(line))

    def body_start(self) -> int:
        """Where the preface ends: after the heading and the title."""
        document = self.document
        return max(document.heading.end, document.title.end if document.title else 0)

    def preface_marks(self, line: str) -> list[_Span]:
        document = self.document
        marks: list[_Span] = []
        title = document.title
        if title and title.number and line.startswith(title.number):
            marks.append(_Span(0, len(title.number), "docNumber", ()))
        elif document.symbol and line == document.symbol:
            marks.append(_Span(0, len(line), "docNumber", ()))
        if title and title.text and line.endswith(title.text) and title.text.strip():
            start = len(line) - len(title.text)
            if not marks or marks[0].end <= start:
                marks.append(_Span(start, len(line), "docTitle", ()))
        if not marks and (document.heading.adoption or document.heading.date):
            marks = self.date_marks(line)
        return marks

    def date_marks(self, line: str) -> list[_Span]:
        """The first full date of a line as ``docDate``."""
        found = parse_date(without_markers(line))
        if not found or not found.iso or found.text not in line:
            return []
        start = line.index(found.text)
        return [_Span(start, start + len(found.text), "docDate", (("date", found.iso),))]

    def preamble(self, statement: ET.Element) -> None:
        document = self.document
        if not document.formula and not document.preamble:
            return
        if document.formula in [s.formula for s in document.main if isinstance(s, Section)]:
            formula_here = False  # part A's formula: written in part A
        else:
            formula_here = document.formula is not None
        if not formula_here and not document.preamble:
            return
        preamble = _sub(statement, "preamble")
        if formula_here and document.formula:
            formula = _sub(preamble, "formula", name="enactingFormula")
            self.line(formula, document.formula.text)
        for item in document.preamble:
            self.preambular(preamble, item, "preamble", container=True)

    def preambular(
        self, parent: ET.Element, item: Paragraph | CrossHeading, prefix: str, container: bool
    ) -> None:
        """A preambular paragraph: a ``container`` in the preamble, an ``hcontainer`` in a
        section (a section holds no containers), named by the opener."""
        if isinstance(item, CrossHeading):
            name, function = "crossHeading", None
        else:
            name, function = akn.opener_name(item.opener), self.functions.get(item.id)
        element_name = "container" if container else "hcontainer"
        count = sum(1 for child in parent if child.tag == _tag(element_name)) + 1
        element = _sub(
            parent,
            element_name,
            eId=self.unique(akn.eid(prefix, f"{element_name}_{count}")),
            name=name,
            refersTo=self.concept("function", function) if function else "",
        )
        holder = element if container else _sub(element, "content")
        if isinstance(item, CrossHeading):
            self.line(holder, item.text)
            return
        self.line(holder, item.text)
        if item.children:
            self.block_list(holder, item.children, element.get("eId", ""))

    def block_list(self, parent: ET.Element, children: list[Paragraph], prefix: str) -> None:
        """Sub-paragraphs of a preambular paragraph: ``blockList`` of ``item``s."""
        listing = _sub(parent, "blockList", eId=self.unique(akn.eid(prefix, "list_1")))
        for ordinal, child in enumerate(children, 1):
            item_id = akn.eid(listing.get("eId", ""), f"item_{child.number or ordinal}")
            item = _sub(listing, "item", eId=self.unique(item_id))
            if child.label:
                _sub(item, "num").text = child.label
            self.line(item, child.text)
            if child.children:
                self.block_list(item, child.children, item.get("eId", ""))

    # -- main body -------------------------------------------------------------

    def items(
        self, parent: ET.Element, items: list[Paragraph | Section | CrossHeading], prefix: str
    ) -> None:
        ordinal = 0
        for item in items:
            if isinstance(item, Section):
                self.section(parent, item, prefix)
            elif isinstance(item, CrossHeading):
                heading = _sub(
                    parent,
                    "hcontainer",
                    eId=self.unique(akn.eid(prefix, f"hcontainer_{len(parent) + 1}")),
                    name="crossHeading",
                )
                self.line(_sub(heading, "heading"), item.text, inline=True)
            elif item.kind == "preambular":
                self.preambular(parent, item, prefix, container=False)
            else:
                ordinal += 1
                self.paragraph(parent, item, prefix, ordinal)

    def section(self, parent: ET.Element, section: Section, prefix: str) -> None:
        kind, short = ("section", "sec") if _ROMAN.match(section.label) else ("division", "dvs")
        eid = self.unique(akn.eid(prefix, f"{short}_{section.label}"))
        element = _sub(parent, kind, eId=eid)
        _sub(element, "num").text = section.label
        if section.heading:
            self.line(_sub(element, "heading"), section.heading, inline=True)
        if section.formula:
            formula = _sub(
                element, "hcontainer", eId=self.unique(akn.eid(eid, "formula_1")), name="formula"
            )
            self.line(_sub(formula, "content"), section.formula.text)
        for item in section.preamble:
            self.preambular(element, item, eid, container=False)
        self.items(element, section.items, eid)

    def paragraph(
        self, parent: ET.Element, paragraph: Paragraph, prefix: str, ordinal: int
    ) -> None:
        """``paragraph``/``num``/``content``, or ``intro`` + ``list`` of ``point``s."""
        number = paragraph.number or f"u{ordinal}"
        eid = self.unique(akn.eid(prefix, f"para_{number}"))
        element = _sub(parent, "paragraph", eId=eid)
        pieces = list(paragraph.walk())
        marks = self.classification_marks(paragraph, pieces)
        self.hierarchy(element, paragraph, eid, marks)

    def hierarchy(
        self,
        element: ET.Element,
        paragraph: Paragraph,
        eid: str,
        marks: dict[int, list[_Span]],
    ) -> None:
        if paragraph.label:
            _sub(element, "num").text = paragraph.label
        holder = _sub(element, "intro" if paragraph.children else "content")
        self.line(holder, paragraph.text, marks.get(id(paragraph), []))
        if not paragraph.children:
            return
        listing = _sub(element, "list", eId=self.unique(akn.eid(eid, "list_1")))
        for ordinal, child in enumerate(paragraph.children, 1):
            point_id = self.unique(
                akn.eid(listing.get("eId", ""), f"point_{child.number or ordinal}")
            )
            self.hierarchy(_sub(listing, "point", eId=point_id), child, point_id, marks)

    def attachment(
        self,
        parent: ET.Element,
        attachment: Attachment,
        index: int,
        work: str,
        date: str,
        date_name: str,
    ) -> None:
        """An annex or declaration: its own ``doc`` with identification as a component."""
        holder = _sub(parent, "attachment", eId=self.unique(f"att_{index}"))
        doc = _sub(holder, "doc", name=attachment.kind)
        self.meta(doc, work, f"{attachment.kind}_{index}", date, date_name)
        lines = [text for text in (attachment.label, attachment.title) if text]
        if lines:
            preface = _sub(doc, "preface")
            for line in lines:
                self.line(preface, line)
        body = _sub(doc, "mainBody")
        prefix = f"att_{index}"
        for ordinal, paragraph in enumerate(attachment.paragraphs, 1):
            number = paragraph.number or f"u{ordinal}"
            eid = self.unique(akn.eid(prefix, f"para_{number}"))
            self.hierarchy(_sub(body, "paragraph", eId=eid), paragraph, eid, {})
        if not len(body):
            _sub(body, "p")

    # -- text with its notes and marks ----------------------------------------------

    def line(
        self, parent: ET.Element, text: str, marks: list[_Span] | None = None, inline: bool = False
    ) -> None:
        """One line of text as a ``<p>`` (or straight into ``parent`` when ``inline``):
        footnote markers become notes, ``marks`` become elements."""
        holder = parent if inline else _sub(parent, "p")
        cursor = 0
        for mark in sorted(marks or [], key=lambda m: m.start):
            if mark.start < cursor:
                continue  # overlapping marks: the first one wins
            self.text(holder, text[cursor : mark.start])
            element = _sub(holder, mark.tag, **dict(mark.attributes))
            self.text(element, text[mark.start : mark.end])
            cursor = mark.end
        self.text(holder, text[cursor:])

    def text(self, parent: ET.Element, text: str) -> None:
        """Text whose footnote markers become ``authorialNote``s at their place."""
        cursor = 0
        for match in FOOTNOTE_MARKER.finditer(text):
            _append_text(parent, text[cursor : match.start()])
            self.note(parent, match.group(1))
            cursor = match.end()
        _append_text(parent, text[cursor:])

    def note(self, parent: ET.Element, label: str) -> None:
        self.notes += 1
        note = _sub(
            parent,
            "authorialNote",
            eId=self.unique(f"authorialNote_{self.notes}"),
            marker=label,
            placement="bottom",
        )
        self.used_notes.add(label)
        _sub(note, "p").text = without_markers(self.footnotes.get(label, ""))

    # -- classification ----------------------------------------------------------

    def concept(self, family: str, label: str) -> str:
        """``#id`` of the TLCConcept of a strength label or a preambular function."""
        eid = akn.camel_id(f"{family} {label}")
        if eid not in self.concepts:
            self.concepts[eid] = ET.Element(
                _tag("TLCConcept"),
                {
                    "eId": eid,
                    "href": f"/akn/ontology/concepts/{akn.SOURCE}/{family}/{label}",
                    "showAs": label,
                },
            )
        return f"#{eid}"

    def actor_reference(self, text: str, category: str) -> str:
        """``#id`` of the TLCOrganization or TLCRole of one addressee."""
        key = (text, category)
        if key not in self.actors:
            eid = akn.camel_id(text)
            taken = {e.get("eId") for e in self.references} | {self.body_id, akn.SOURCE}
            base, count = eid, 1
            while eid in taken or eid in self.concepts:
                count += 1
                eid = f"{base}{count}"
            kind = "TLCRole" if category in _ROLE_CATEGORIES else "TLCOrganization"
            folder = "roles" if kind == "TLCRole" else "organizations"
            element = ET.Element(
                _tag(kind),
                {
                    "eId": eid,
                    "href": f"/akn/ontology/{folder}/{akn.SOURCE}/{category}/{eid}",
                    "showAs": text,
                    f"{{{akn.RESLINT_NAMESPACE}}}category": category,
                },
            )
            self.references.append(element)
            self.actors[key] = eid
        return f"#{self.actors[key]}"

    def classification_marks(
        self, paragraph: Paragraph, pieces: list[Paragraph]
    ) -> dict[int, list[_Span]]:
        """The verb and addressee marks of an operative paragraph, per piece of text
        (the paragraph and each sub-paragraph, keyed by ``id()``)."""
        operative = self.operative.get(paragraph.id)
        if operative is None:
            return {}
        text = _Classified(pieces)
        found: dict[int, list[_Span]] = {}
        cursor = 0
        for mark in clause_marks(operative):
            span = text.locate(mark, cursor)
            if span is None:
                continue
            start, end = span
            if mark.kind == "verb":
                cursor = end
                tag, attributes = (
                    "inline",
                    (
                        ("name", "operativeVerb"),
                        ("refersTo", self.concept("strength", mark.label)),
                    ),
                )
            else:
                tag = "role" if mark.label in _ROLE_CATEGORIES else "organization"
                reference = self.actor_reference(mark.name or mark.text, mark.label)
                attributes = (("refersTo", reference),)
            for piece, raw_start, raw_end in text.raw_spans(start, end):
                found.setdefault(id(piece), []).append(_Span(raw_start, raw_end, tag, attributes))
        return found


class _Classified:
    """The text the classifier reads for one operative paragraph (the paragraph and its
    sub-paragraphs joined by spaces, footnote markers and the spaces before them
    removed), with the way back to each piece's own text."""

    def __init__(self, pieces: list[Paragraph]) -> None:
        self.pieces = pieces
        parts: list[str] = []
        self.origin: list[tuple[int, int]] = []  # per character: (piece index, raw offset)
        for index, piece in enumerate(pieces):
            if index:
                parts.append(" ")
                self.origin.append((index - 1, len(pieces[index - 1].text)))
            plain, raw = _plain_with_offsets(piece.text)
            parts.append(plain)
            self.origin.extend((index, offset) for offset in raw)
        self.text = "".join(parts)

    def locate(self, mark: Marked, after: int) -> tuple[int, int] | None:
        """Where ``mark`` is: its own span when it fits the text, else the first match of
        its words from ``after`` on (words in between allowed: "calls once again upon")."""
        if (
            mark.start is not None
            and mark.end is not None
            and self.text[mark.start : mark.end].lower() == mark.text.lower()
        ):
            return mark.start, mark.end
        # the classifier's verb may space a hyphen as its tokens do: "re - emphasizes"
        words = re.sub(r"\s*-\s*", "-", mark.text).split()
        if not words:
            return None
        gap = r"\s+(?:[\w,]+\s+){0,3}?" if mark.kind == "verb" else r"\s+"
        parts = [re.escape(word).replace(r"\-", r"\s*-\s*") for word in words]
        pattern = re.compile(r"(?<!\w)" + gap.join(parts) + r"(?!\w)", re.IGNORECASE)
        after = mark.start if mark.start is not None else after
        match = pattern.search(self.text, after)
        if match is None and after:
            match = pattern.search(self.text)
        return (match.start(), match.end()) if match else None

    def raw_spans(self, start: int, end: int) -> list[tuple[Paragraph, int, int]]:
        """A span of the classified text as spans of the pieces' own texts (a mark that
        runs from one piece into the next is cut at the piece's end)."""
        first_piece, raw_start = self.origin[start]
        last_piece, raw_last = self.origin[end - 1]
        piece = self.pieces[first_piece]
        raw_end = raw_last + 1 if last_piece == first_piece else len(piece.text)
        if raw_end <= raw_start:
            return []
        return [(piece, raw_start, raw_end)]


def _plain_with_offsets(text: str) -> tuple[str, list[int]]:
    """``without_markers(text, space_before=True)`` and, per character, its offset in
    ``text``."""
    kept: list[int] = []
    last = 0
    for match in FOOTNOTE_MARKER.finditer(text):
        piece = text[last : match.start()]
        kept.extend(range(last, last + len(piece.rstrip(" \t"))))
        last = match.end()
    kept.extend(range(last, len(text)))
    return "".join(text[i] for i in kept), kept
