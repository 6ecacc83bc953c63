"""One document's parse, classification and lint findings reduced to a ``DocumentRecord``.

Runs in the worker that read the document, so only the record crosses the
process boundary and goes into the cache.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reslint.grammar.dates import parse_date
from reslint.lexicon import Lexicon
from reslint.model import Citation, Document
from reslint.report.records import (
    AddresseeRecord,
    CitationRecord,
    ClauseRecord,
    DocumentRecord,
    FindingRecord,
    MandateRecord,
    OperativeRecord,
    PreambularRecord,
    VoteRecord,
)

if TYPE_CHECKING:
    from reslint.classifier import Classification, OperativeClass
    from reslint.lint.diagnostic import Diagnostic

# how a citation's body names its resolutions' symbols
_SYMBOL_PREFIX = {
    "general-assembly": "A/RES/",
    "security-council": "S/RES/",
    "human-rights-council": "A/HRC/RES/",
    "economic-and-social-council": "E/RES/",
}
_YEAR_IN_SYMBOL = re.compile(r"\((\d{4})\)|^S/(\d{4})/")  # S/RES/242 (1967), S/2016/1061
_SESSION_IN_SYMBOL = re.compile(r"^A/(?:RES/|C\.\d/)?(\d{1,3})/")  # A/RES/79/117, A/C.3/80/L.12
_DUE_SESSION = re.compile(r"\b([a-z]+(?:-[a-z]+)?)\s+(?:and\s+[a-z-]+\s+)?sessions?\b", re.I)
FIRST_SESSION_YEAR = 1945  # session N of the General Assembly opens in 1945 + N


def record_of(
    document: Document,
    classification: Classification,
    diagnostics: list[Diagnostic],
    lexicon: Lexicon,
) -> DocumentRecord:
    session = document.heading.session_number or _session_in(document.symbol)
    date = _date_of(document)
    record = DocumentRecord(
        path=document.path,
        symbol=document.symbol,
        body=document.body,
        kind=document.kind,
        title=classification.title,
        date=date,
        year=_year_of(document, date, session),
        session=session,
        chapter_vii=classification.chapter_vii,
        vote=_vote_of(document),
        preambular=[
            PreambularRecord(p.id, p.index, p.section, p.line, p.opener, p.function)
            for p in classification.preambular
        ],
        findings=[FindingRecord(d.code, d.level, d.line, d.column, d.message) for d in diagnostics],
    )
    for paragraph in classification.operative:
        _add_operative(record, paragraph, lexicon)
    for citing in document.paragraphs():
        record.citations.extend(_citation(citing.id, c) for c in citing.citations)
    return record


def _add_operative(record: DocumentRecord, paragraph: OperativeClass, lexicon: Lexicon) -> None:
    record.operative.append(
        OperativeRecord(
            paragraph=paragraph.id,
            number=paragraph.number,
            section=paragraph.section,
            line=paragraph.line,
            verb=paragraph.verb,
            head=paragraph.head,
            rank=paragraph.strength.rank,
            strength=paragraph.strength.label,
            strongest_rank=paragraph.strongest.rank,
            strongest=paragraph.strongest.label,
            clauses=len(paragraph.clauses),
            text=paragraph.text,
        )
    )
    for number, clause in enumerate(paragraph.clauses, 1):
        record.clauses.append(
            ClauseRecord(
                paragraph=paragraph.id,
                clause=number,
                verb=clause.verb,
                head=clause.head,
                modifiers=";".join(clause.modifiers),
                rank=clause.strength.rank,
                strength=clause.strength.label,
                action=clause.action,
                text=paragraph.text[clause.start_char : clause.end_char].strip(),
            )
        )
        record.addressees.extend(
            AddresseeRecord(paragraph.id, number, a.category, a.text, a.name)
            for a in clause.addressees
        )
        if clause.mandate is not None:
            actor = next((a for a in clause.addressees if a.category != "self"), None)
            record.mandates.append(
                MandateRecord(
                    paragraph=paragraph.id,
                    clause=number,
                    category=clause.mandate.category,
                    addressee=(actor.name or actor.text) if actor else "",
                    due=clause.mandate.due,
                    due_session=_due_session(clause.mandate.due, lexicon),
                )
            )


def _citation(paragraph: str, citation: Citation) -> CitationRecord:
    prefix = _SYMBOL_PREFIX.get(citation.body or "", "")
    resolution = citation.kind == "resolution" and citation.form != "symbol"
    target = f"{prefix}{citation.number}" if resolution and prefix else citation.number
    return CitationRecord(
        paragraph, citation.kind, citation.number, target, citation.body, citation.text
    )


def _date_of(document: Document) -> str | None:
    """The adoption (or issue) date: the closing's, else the heading's."""
    if document.closing and document.closing.iso_date:
        return document.closing.iso_date
    for text in (document.heading.adoption_date, document.heading.date):
        found = parse_date(text) if text else None
        if found and found.iso:
            return found.iso
    return None


def _year_of(document: Document, date: str | None, session: int | None) -> int | None:
    """From the date, else the symbol ("S/RES/242 (1967)"), else the session's first year."""
    if date:
        return int(date[:4])
    found = _YEAR_IN_SYMBOL.search(document.symbol or "")
    if found:
        return int(found.group(1) or found.group(2))
    return FIRST_SESSION_YEAR + session if session else None


def _session_in(symbol: str | None) -> int | None:
    found = _SESSION_IN_SYMBOL.match(symbol or "")
    return int(found.group(1)) if found else None


def _vote_of(document: Document) -> VoteRecord | None:
    vote = document.closing.vote if document.closing else None
    if vote is None:
        return None
    return VoteRecord(
        vote.in_favour, vote.against, vote.abstentions, vote.unanimous, vote.without_vote
    )


def _due_session(due: str, lexicon: Lexicon) -> int | None:
    """ "its eighty-first session" -> 81; a date or "regularly" -> None."""
    found = _DUE_SESSION.search(due)
    return lexicon.ordinal(found.group(1)) if found else None
