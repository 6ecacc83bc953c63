"""The corpus view of a report: per-document summaries and counts across documents.

``Corpus.add`` takes one ``DocumentRecord`` at a time and keeps only counters
and one small summary row per document, so a run over thousands of files
holds no paragraphs: the records themselves stream past (the CSV and JSON
Lines renderers write them out as they come).  Every renderer that shows
figures (HTML, Markdown, JSON) reads them from here, so they agree with each
other, and with ``reslint classify`` on the same files (tested).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from reslint.report.records import DocumentRecord

UNKNOWN = "unknown"
SELF = "self"
LEVELS = ("error", "warning", "info")
SECRETARY_GENERAL = "secretary-general"
MAIN_ADDRESSEES = 3  # categories named per document
FIRST_SESSION_YEAR = 1945
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_CITED_YEAR = re.compile(r"\((\d{4})\)$")  # S/RES/1757 (2007)
_CITED_SESSION = re.compile(r"^A/RES/(\d{1,3})/")  # A/RES/64/293
_CITED_ROMAN = re.compile(r"\(([IVXLC]+)\)$")  # A/RES/2758 (XXVI)


@lru_cache(maxsize=1)
def strength_scale() -> tuple[str, ...]:
    """The strength labels, strongest first, then ``unknown``: from the shipped lexicon
    (a configuration can move verbs between labels, not add labels)."""
    from reslint.lexicon import load_lexicon

    scale = load_lexicon().scale
    return (*sorted(scale, key=lambda label: -scale[label]), UNKNOWN)


@dataclass
class DocumentRow:
    """One line of the documents table."""

    path: str
    name: str
    symbol: str | None
    body: str
    kind: str
    title: str | None
    date: str | None
    year: int | None
    session: int | None
    chapter_vii: bool
    vote: str
    preambular: int
    operative: int
    clauses: int
    opening: Counter[str]  # strength label of each operative paragraph's opening clause
    strengths: Counter[str]  # strength label of every clause
    addressees: list[str]  # the most addressed categories (not the body itself)
    citations: int
    mandates: int
    findings: Counter[str]  # level -> count


def summarize(record: DocumentRecord) -> DocumentRow:
    categories = Counter(a.category for a in record.addressees if a.category != SELF)
    return DocumentRow(
        path=record.path,
        name=record.name,
        symbol=record.symbol,
        body=record.body or UNKNOWN,
        kind=record.kind,
        title=record.title,
        date=record.date,
        year=record.year,
        session=record.session,
        chapter_vii=record.chapter_vii,
        vote=record.vote.describe() if record.vote else "",
        preambular=len(record.preambular),
        operative=len(record.operative),
        clauses=len(record.clauses),
        opening=Counter(p.strength for p in record.operative),
        strengths=Counter(c.strength for c in record.clauses),
        addressees=[category for category, _ in categories.most_common(MAIN_ADDRESSEES)],
        citations=len(record.citations),
        mandates=len(record.mandates),
        findings=Counter(f.level for f in record.findings),
    )


@dataclass
class MandateRow:
    """A report asked of the Secretary-General, and when it is due."""

    document: str
    paragraph: str
    due: str
    due_session: int | None
    year: int | None


@dataclass
class Corpus:
    """Everything the report shows across documents, filled one record at a time."""

    documents: list[DocumentRow] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # "path: why", as told on stderr
    verbs: Counter[tuple[str, str]] = field(default_factory=Counter)  # (head, strength)
    strength_by_body: Counter[tuple[str, str]] = field(default_factory=Counter)
    strength_by_year: Counter[tuple[str, int, str]] = field(default_factory=Counter)
    addressees_by_body: Counter[tuple[str, str]] = field(default_factory=Counter)
    addressees_by_year: Counter[tuple[str, int, str]] = field(default_factory=Counter)
    functions_by_body: Counter[tuple[str, str]] = field(default_factory=Counter)
    cited_by: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    citing_year: dict[str, int | None] = field(default_factory=dict)
    mandates: list[MandateRow] = field(default_factory=list)
    findings: Counter[tuple[str, str]] = field(default_factory=Counter)  # (code, level)

    def add(self, record: DocumentRecord) -> None:
        row = summarize(record)
        self.documents.append(row)
        body, year = row.body, record.year
        for clause in record.clauses:
            self.verbs[(clause.head or clause.verb, clause.strength)] += 1
            self.strength_by_body[(body, clause.strength)] += 1
            if year is not None:
                self.strength_by_year[(body, year, clause.strength)] += 1
        for addressee in record.addressees:
            self.addressees_by_body[(body, addressee.category)] += 1
            if year is not None:
                self.addressees_by_year[(body, year, addressee.category)] += 1
        for paragraph in record.preambular:
            self.functions_by_body[(body, paragraph.function)] += 1
        for citation in record.citations:
            if citation.kind == "resolution":
                self.cited_by[citation.target].add(row.name)
        self.citing_year[row.name] = year
        self.mandates.extend(
            MandateRow(row.name, m.paragraph, m.due, m.due_session, year)
            for m in record.mandates
            if m.category == SECRETARY_GENERAL
        )
        for finding in record.findings:
            self.findings[(finding.code, finding.level)] += 1

    # -- views the renderers share ---------------------------------------------------

    @property
    def bodies(self) -> list[str]:
        """Bodies by number of documents, most first."""
        return [body for body, _ in Counter(d.body for d in self.documents).most_common()]

    @property
    def symbols(self) -> set[str]:
        return {d.symbol for d in self.documents if d.symbol}

    def totals(self) -> dict[str, int]:
        return {
            "documents": len(self.documents),
            "failed": len(self.failed),
            "preambular": sum(d.preambular for d in self.documents),
            "operative": sum(d.operative for d in self.documents),
            "clauses": sum(d.clauses for d in self.documents),
            "citations": sum(d.citations for d in self.documents),
            "mandates": sum(d.mandates for d in self.documents),
            "findings": sum(sum(d.findings.values()) for d in self.documents),
        }

    def by_kind(self) -> Counter[tuple[str, str]]:
        return Counter((d.body, d.kind) for d in self.documents)

    def top_verbs(self, limit: int = 25) -> list[tuple[str, str, int]]:
        """(head, strength, clauses), most frequent first."""
        ranked = sorted(self.verbs.items(), key=lambda item: (-item[1], item[0]))
        return [(head, strength, count) for (head, strength), count in ranked[:limit]]

    def most_cited(self, limit: int = 20) -> list[tuple[str, int, bool]]:
        """(cited symbol, citing documents, whether it is in the corpus), most first."""
        inside = self.symbols
        ranked = sorted(self.cited_by.items(), key=lambda item: (-len(item[1]), item[0]))
        return [(target, len(citing), target in inside) for target, citing in ranked[:limit]]

    def citation_edges(self, targets: Iterable[str]) -> list[tuple[str, str]]:
        """(citing document, cited symbol) for the given cited symbols."""
        return [(citing, target) for target in targets for citing in sorted(self.cited_by[target])]

    def mandates_by_session(self) -> Counter[str]:
        """Reports asked of the Secretary-General by the session they are due at
        ("81"), or "other" (a date, "regularly") and "none" (no time given)."""
        return Counter(
            str(m.due_session) if m.due_session else ("none" if m.due == "none" else "other")
            for m in self.mandates
        )

    def findings_by_level(self) -> Counter[str]:
        found: Counter[str] = Counter()
        for (_code, level), count in self.findings.items():
            found[level] += count
        return found


def cited_year(target: str) -> int | None:
    """The year of a cited resolution: printed for the Security Council, the session's
    first year for the General Assembly (numbered or roman sessions)."""
    for pattern, year in (
        (_CITED_YEAR, int),
        (_CITED_SESSION, lambda s: FIRST_SESSION_YEAR + int(s)),
        (_CITED_ROMAN, lambda s: FIRST_SESSION_YEAR + _roman(s)),
    ):
        found = pattern.search(target)
        if found:
            return year(found.group(1))
    return None


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def aggregate(records: Iterable[DocumentRecord]) -> Corpus:
    corpus = Corpus()
    for record in records:
        corpus.add(record)
    return corpus
