"""The document model: one tree of plain dataclasses that every later stage reads.

Modelled on AKN4UN (Akoma Ntoso for the United Nations): a preface
(``Heading`` and ``Title``), a preamble (``Formula`` and preambular
paragraphs), a main body (operative paragraphs, their sub-paragraphs, and
sections), conclusions (``Closing``) and attachments (annexes, adopted
declarations).  Every node carries its span in the normalized text
(``start``/``end``) and where it starts in the user's original file
(``line``/``column``, 1-based).  No spaCy objects live here: a ``Document``
pickles, and the flat ``preambular`` and ``operative`` lists are views of the
tree, never copies.

Every node says what part of a resolution it is (``role``): the lint engine
hands each node to the rules that asked for its role, and rule scopes are
roles.  ``Document.nodes()`` is the one walk over the tree.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

SCHEMA_VERSION = "1.0"


ROLES = (
    "document",
    "heading",
    "title",
    "formula",
    "preambular",
    "operative",
    "subparagraph",
    "section",
    "closing",
    "footnote",
    "annex",
)


@dataclass
class Node:
    """Where a node is: clean-text span and original 1-based line and column."""

    role: ClassVar[str] = ""  # what part of a resolution the node is (ROLES)

    start: int
    end: int
    line: int
    column: int


@dataclass
class FootnoteRef(Node):
    """A footnote marker in the text (``[^3]`` in the normalized text)."""

    label: str


@dataclass
class Citation(Node):
    """A resolution, decision or document cited in the text."""

    kind: str  # "resolution", "decision" or "document"
    text: str  # as printed, e.g. "resolution 64/293 of 30 July 2010"
    number: str  # "64/293", "1757 (2007)", "2758 (XXVI)", "A/RES/61/171"
    form: str  # "short", "symbol", "year" (SC), "roman" (old GA), "session" (ES-/S-)
    body: str | None = None  # "general-assembly", "security-council", ... when known
    date: str | None = None  # as printed, "30 July 2010"
    iso_date: str | None = None  # "2010-07-30" when the year is given
    session: str | None = None  # "64", "ES-10", "S-26" for General Assembly numbers
    year: int | None = None  # Security Council year, or the year of the date


@dataclass
class Paragraph(Node):
    """A preambular, operative or sub-paragraph, or a paragraph of an attachment."""

    id: str
    kind: str  # "preambular", "operative", "subparagraph", "attachment"
    text: str  # the text after the printed label
    text_start: int  # clean offset where ``text`` starts
    number: str | None = None  # printed label without brackets or dot: "5", "a", "iv"
    label: str | None = None  # printed label as printed: "5.", "(a)"
    index: int | None = None  # preambular paragraphs: 1-based position
    opener: str | None = None  # preambular opener / first words of an operative paragraph
    section: str | None = None  # label path of the enclosing section, "II" or "A.II"
    level: int = 0  # 0 for paragraphs, 1 for (a), 2 for (i)
    children: list[Paragraph] = field(default_factory=list)
    footnote_refs: list[FootnoteRef] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    @property  # type: ignore[override]
    def role(self) -> str:
        """ "preambular", "operative", "subparagraph" or "attachment": the paragraph's kind."""
        return self.kind

    def walk(self) -> Iterator[Paragraph]:
        """This paragraph and its sub-paragraphs, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class CrossHeading(Node):
    """An unnumbered heading between operative paragraphs ("Travel ban")."""

    text: str


@dataclass
class Section(Node):
    """A roman-numeral or lettered section (I, II / A, B), or a lettered part of a resolution."""

    role: ClassVar[str] = "section"

    id: str
    label: str  # as printed, "II", "B"
    path: str  # label path from the top, "A.II"
    heading: str | None = None
    formula: Formula | None = None  # parts A and B of a resolution each have one
    preamble: list[Paragraph | CrossHeading] = field(default_factory=list)
    items: list[Paragraph | Section | CrossHeading] = field(default_factory=list)


@dataclass
class Heading(Node):
    """The preface: symbol, distribution, session, agenda, adoption, sponsors."""

    role: ClassVar[str] = "heading"

    text: str = ""
    symbol: str | None = None
    distribution: str | None = None  # "General", "Limited"
    date: str | None = None
    session: str | None = None  # "Seventy-ninth session"
    session_number: int | None = None
    committee: str | None = None
    agenda_items: list[str] = field(default_factory=list)
    agenda_title: str | None = None
    adoption: str | None = None  # "Resolution adopted by the General Assembly on 4 December 2024"
    adoption_date: str | None = None
    report: str | None = None  # "on the report of the Sixth Committee (A/79/467, para. 11)"
    sponsors: list[str] = field(default_factory=list)
    document_type: str | None = None  # "draft resolution", "revised draft resolution", ...
    revision: str | None = None  # "Rev.1"
    original_language: str | None = None
    # the header block of a Model UN draft ("Committee:", "Topic:", "Sponsors:", ...)
    model_un: bool = False
    topic: str | None = None  # "Topic:", "Question of:"
    signatories: list[str] = field(default_factory=list)  # "Signatories:", "Co-submitted by:"


@dataclass
class Title(Node):
    role: ClassVar[str] = "title"

    text: str
    number: str | None = None  # "79/117" in "79/117. Report of ..."


@dataclass
class Formula(Node):
    """ "The General Assembly," -- the adopting body."""

    role: ClassVar[str] = "formula"

    text: str
    body: str


@dataclass
class Vote:
    """How a text was adopted, where the closing line says it."""

    in_favour: int | None = None
    against: int | None = None
    abstentions: int | None = None
    against_states: list[str] = field(default_factory=list)
    abstaining_states: list[str] = field(default_factory=list)
    unanimous: bool = False
    without_vote: bool = False


@dataclass
class Closing(Node):
    """ "80th plenary meeting, 17 December 2015" or "Adopted at the 2350th meeting by ..."."""

    role: ClassVar[str] = "closing"

    text: str
    meeting: str | None = None  # "80th plenary meeting", "2350th meeting"
    meeting_number: int | None = None
    plenary: bool = False
    date: str | None = None
    iso_date: str | None = None
    vote: Vote | None = None


@dataclass
class Footnote(Node):
    role: ClassVar[str] = "footnote"

    label: str
    text: str
    refs: list[FootnoteRef] = field(default_factory=list)


@dataclass
class Attachment(Node):
    """An annex, or a declaration adopted by the resolution (first person plural)."""

    role: ClassVar[str] = "annex"

    id: str
    kind: str  # "annex", "declaration" or "amendment" (the instructions of an amendment)
    label: str | None  # "Annex", "Annex I"
    title: str | None
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Problem(Node):
    """Something the parser noticed and worked around; lint rules report these."""

    code: str
    message: str


@dataclass
class Document:
    """One parsed resolution or draft."""

    role: ClassVar[str] = "document"

    path: str
    text: str  # the normalized text every span points into
    body: str | None  # "general-assembly", "security-council", ...; None when unknown
    kind: str  # "adopted", "draft" or "amendment"
    heading: Heading
    title: Title | None = None
    formula: Formula | None = None
    preamble: list[Paragraph | CrossHeading] = field(default_factory=list)
    main: list[Paragraph | Section | CrossHeading] = field(default_factory=list)
    closing: Closing | None = None
    footnotes: list[Footnote] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def symbol(self) -> str | None:
        return self.heading.symbol

    @property
    def preambular(self) -> list[Paragraph]:
        """Every preambular paragraph, those of sections and misplaced ones included."""
        found = [p for p in self.preamble if isinstance(p, Paragraph)]
        for section in _sections(self.main):
            found.extend(p for p in section.preamble if isinstance(p, Paragraph))
        found.extend(
            p for p in _items(self.main) if isinstance(p, Paragraph) and p.kind == "preambular"
        )
        return sorted(found, key=lambda p: p.start)

    @property
    def operative(self) -> list[Paragraph]:
        """Every operative paragraph (not sub-paragraphs), in document order."""
        return [p for p in _items(self.main) if isinstance(p, Paragraph) and p.kind == "operative"]

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph of the resolution and its attachments, sub-paragraphs included."""
        for paragraph in sorted(self.preambular + self.operative, key=lambda p: p.start):
            yield from paragraph.walk()
        for attachment in self.attachments:
            for paragraph in attachment.paragraphs:
                yield from paragraph.walk()

    def nodes(self) -> Iterator[Document | Node]:
        """Every node a lint rule can look at, the document itself first: heading, title,
        formula, preambular paragraphs (each followed by its sub-paragraphs), operative
        paragraphs (likewise), sections, closing, footnotes, attachments."""
        yield self
        yield self.heading
        if self.title:
            yield self.title
        if self.formula:
            yield self.formula
        for paragraph in self.preambular + self.operative:
            yield from paragraph.walk()
        yield from _sections(self.main)
        if self.closing:
            yield self.closing
        yield from self.footnotes
        yield from self.attachments

    def citations(self) -> list[Citation]:
        found = [c for paragraph in self.paragraphs() for c in paragraph.citations]
        return sorted(found, key=lambda c: c.start)


def _items(items: list[Paragraph | Section | CrossHeading]) -> Iterator[Paragraph | CrossHeading]:
    for item in items:
        if isinstance(item, Section):
            yield from _items(item.items)
        else:
            yield item


def _sections(items: list[Paragraph | Section | CrossHeading]) -> Iterator[Section]:
    for item in items:
        if isinstance(item, Section):
            yield item
            yield from _sections(item.items)
