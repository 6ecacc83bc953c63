"""``reslint parse --format tree``: an outline a person reads, with source lines."""

from __future__ import annotations

from reslint.model import Attachment, CrossHeading, Document, Paragraph, Section

_WIDTH = 72


def _cut(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _line(indent: int, tag: str, line: int, text: str = "") -> str:
    return f"{'  ' * indent}{tag:<12} L{line:<5} {_cut(text)}".rstrip()


def render(documents: list[Document]) -> str:
    return "\n".join(_document(document) for document in documents)


def _document(document: Document) -> str:
    out = [
        f"{document.path}  {document.symbol or '(no symbol)'}  "
        f"{document.body or 'unknown body'}  {document.kind}"
    ]
    heading = document.heading
    facts = [
        heading.distribution and f"Distr.: {heading.distribution}",
        heading.date,
        heading.session,
        heading.committee,
        heading.agenda_items and "Agenda item " + ", ".join(heading.agenda_items),
        heading.adoption_date and f"adopted {heading.adoption_date}",
        heading.sponsors and f"{len(heading.sponsors)} sponsors",
        heading.document_type,
    ]
    if heading.text:
        out.append(_line(0, "heading", heading.line, " · ".join(f for f in facts if f)))
    if document.title:
        number = f"{document.title.number}. " if document.title.number else ""
        out.append(_line(0, "title", document.title.line, number + document.title.text))
    if document.formula:
        out.append(_line(0, "formula", document.formula.line, document.formula.text))
    if document.preamble:
        out.append("preamble")
        out.extend(_items(document.preamble, 1))
    if document.main:
        out.append("operative")
        out.extend(_items(document.main, 1))
    if document.closing:
        out.append(_line(0, "closing", document.closing.line, document.closing.text))
    for attachment in document.attachments:
        out.extend(_attachment(attachment))
    if document.footnotes:
        labels = [f.label for f in document.footnotes]
        out.append(
            f"footnotes  {len(labels)}: {', '.join(labels[:12])}{' …' if len(labels) > 12 else ''}"
        )
    for problem in document.problems:
        out.append(_line(0, "problem", problem.line, f"{problem.code}: {problem.message}"))
    return "\n".join(out) + "\n"


def _items(items: list, indent: int) -> list[str]:
    out: list[str] = []
    for item in items:
        if isinstance(item, Section):
            label = f"section {item.label}"
            out.append(_line(indent, label, item.line, item.heading or ""))
            out.extend(_items(item.preamble, indent + 1))
            out.extend(_items(item.items, indent + 1))
        elif isinstance(item, CrossHeading):
            out.append(_line(indent, "heading", item.line, item.text))
        elif isinstance(item, Paragraph):
            out.extend(_paragraph(item, indent))
    return out


def _paragraph(paragraph: Paragraph, indent: int) -> list[str]:
    if paragraph.kind == "preambular":
        tag = f"P{paragraph.index}"
        text = f"[{paragraph.opener}] {paragraph.text}" if paragraph.opener else paragraph.text
    else:
        tag = paragraph.label or "¶"
        text = paragraph.text
    out = [_line(indent, tag, paragraph.line, text)]
    for child in paragraph.children:
        out.extend(_paragraph(child, indent + 1))
    return out


def _attachment(attachment: Attachment) -> list[str]:
    out = [_line(0, attachment.kind, attachment.line, attachment.label or attachment.title or "")]
    for paragraph in attachment.paragraphs:
        out.extend(_paragraph(paragraph, 1))
    return out
