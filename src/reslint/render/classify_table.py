"""``reslint classify --format table``: a terminal-readable summary per document."""

from __future__ import annotations

from reslint.classifier import Classification


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
            rank = "" if paragraph.strength.rank is None else str(paragraph.strength.rank)
            verb = paragraph.verb if paragraph.verb != "unknown" else f"unknown: {paragraph.found}"
            if paragraph.modifiers:
                verb = f"({' '.join(paragraph.modifiers)}) {verb}"
            addressees = ", ".join(sorted({a.category for a in paragraph.addressees}))
            extra = []
            if paragraph.action:
                extra.append(f"to {paragraph.action}")
            if paragraph.mandate:
                extra.append(f"report due {paragraph.mandate.due}")
            tail = f"  [{'; '.join(extra)}]" if extra else ""
            lines.append(
                f"    {paragraph.id:<14} L{paragraph.line:<5} {rank:<5} "
                f"{paragraph.strength.label:<20} {verb[:30]:<30} {addressees}{tail}"
            )
    return "\n".join(lines) + "\n"
