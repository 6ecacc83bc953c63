"""What a report keeps of one document: plain records, one list per unit of analysis.

A worker reduces each document to a ``DocumentRecord`` (``collect.py``) and
sends only that back: no text of the whole document, no spaCy objects, no
parse tree.  Records pickle (the cache stores them) and import nothing heavy,
so a run served from the cache never loads the classifier.  Each list is one
tidy table of the CSV output (docs/report-schema.md): every row names its
document by ``path`` there, and its paragraph by ``paragraph`` (the id).
"""

from __future__ import annotations

from dataclasses import dataclass, field

REPORT_SCHEMA_VERSION = "1.0"


@dataclass
class VoteRecord:
    """How the text was adopted, where its closing line says so."""

    in_favour: int | None
    against: int | None
    abstentions: int | None
    unanimous: bool
    without_vote: bool

    def describe(self) -> str:
        """ "14-0-1", "unanimous", "without a vote", or "" when nothing is known."""
        if self.in_favour is not None:
            return f"{self.in_favour}-{self.against or 0}-{self.abstentions or 0}"
        if self.unanimous:
            return "unanimous"
        return "without a vote" if self.without_vote else ""


@dataclass
class PreambularRecord:
    paragraph: str
    index: int | None
    section: str | None
    line: int
    opener: str | None
    function: str


@dataclass
class OperativeRecord:
    paragraph: str
    number: str | None
    section: str | None
    line: int
    verb: str  # of the opening clause
    head: str | None
    rank: int | None
    strength: str
    strongest_rank: int | None
    strongest: str
    clauses: int
    text: str


@dataclass
class ClauseRecord:
    paragraph: str
    clause: int  # 1-based within the paragraph; 1 is the opening clause
    verb: str
    head: str | None
    modifiers: str  # ";"-joined
    rank: int | None
    strength: str
    action: str | None
    text: str


@dataclass
class AddresseeRecord:
    paragraph: str
    clause: int
    category: str
    text: str  # as printed ("" for the body itself)
    name: str | None  # the full name when a shorter one is printed


@dataclass
class CitationRecord:
    paragraph: str
    kind: str  # resolution, decision, document
    number: str  # as the citation gives it: "64/293", "1757 (2007)"
    target: str  # the cited symbol, comparable with documents' symbols: "A/RES/64/293"
    cited_body: str | None
    text: str


@dataclass
class MandateRecord:
    paragraph: str
    clause: int
    category: str  # of the actor asked to report
    addressee: str
    due: str  # as printed, or "none"
    due_session: int | None  # "eighty-first session" -> 81


@dataclass
class FindingRecord:
    code: str
    level: str
    line: int
    column: int
    message: str


@dataclass
class DocumentRecord:
    """One document, reduced to what the report shows and the tables hold."""

    path: str
    symbol: str | None
    body: str | None
    kind: str
    title: str | None
    date: str | None  # ISO date of adoption or issue, when the text gives it
    year: int | None
    session: int | None  # General Assembly session
    chapter_vii: bool
    vote: VoteRecord | None
    preambular: list[PreambularRecord] = field(default_factory=list)
    operative: list[OperativeRecord] = field(default_factory=list)
    clauses: list[ClauseRecord] = field(default_factory=list)
    addressees: list[AddresseeRecord] = field(default_factory=list)
    citations: list[CitationRecord] = field(default_factory=list)
    mandates: list[MandateRecord] = field(default_factory=list)
    findings: list[FindingRecord] = field(default_factory=list)

    @property
    def name(self) -> str:
        """How the report names the document: its symbol, else its file name."""
        return self.symbol or self.path.replace("\\", "/").rsplit("/", 1)[-1]
