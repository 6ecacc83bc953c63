"""``reslint classify --format table``: a terminal-readable summary per document.

Each operative paragraph's line shows its opening clause; every later clause
of the paragraph follows on a line of its own.
"""

from __future__ import annotations

from reslint.classifier import Classification, Clause, OperativeClass


def render(results: list[Classification]) -> str:
    return "\n".join(_document(result) for result in results)


def _document(result: Classification) -> str:
    chapter = "  Chapter VII" if result.chapter_vii else ""
    lines = [
        f"{result.path}  {result.symbol or '(no symbol)'}  {result.body or 'unknown body'}"
        f"  {result.kind}{chapter}"
    ]
    if result.preambular:
        lines.append("  preamble")
        for paragraph in result.preambular:
            opener = paragraph.opener or paragraph.found or ""
            lines.append(
                f"    {paragraph.id:<10} L{paragraph.line:<5} {paragraph.function:<22} {opener}"
            )
    if result.operative:
        lines.append("  operative")
        header = f"    {'id':<14} {'line':<6} {'rank':<5} {'strength':<20} {'verb':<30} addressees"
        lines.append(header)
        for paragraph in result.operative:
            lines.extend(_paragraph(paragraph))
    return "\n".join(lines) + "\n"


def _paragraph(paragraph: OperativeClass) -> list[str]:
    """The paragraph's line (its opening clause), then one line per later clause."""
    if not paragraph.clauses:
        verb = f"unknown: {paragraph.found}"
        return [f"    {paragraph.id:<14} L{paragraph.line:<5} {'':<5} {'unknown':<20} {verb}"]
    first, *later = paragraph.clauses
    lines = [f"    {paragraph.id:<14} L{paragraph.line:<5} {_clause(first)}"]
    for number, clause in enumerate(later, 2):
        lines.append(f"      {f'clause {number}':<12} {'':<6} {_clause(clause)}")
    return lines


def _clause(clause: Clause) -> str:
    rank = "" if clause.strength.rank is None else str(clause.strength.rank)
    verb = clause.verb
    if clause.modifiers:
        verb = f"({' '.join(clause.modifiers)}) {verb}"
    addressees = ", ".join(sorted({a.category for a in clause.addressees}))
    extra = []
    if clause.action:
        extra.append(f"to {clause.action}")
    if clause.mandate:
        extra.append(f"report due {clause.mandate.due}")
    tail = f"  [{'; '.join(extra)}]" if extra else ""
    return f"{rank:<5} {clause.strength.label:<20} {verb[:30]:<30} {addressees}{tail}"
