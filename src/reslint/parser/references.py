"""What a paragraph refers to: its footnote markers and the resolutions and documents it cites.

The parser locates both inside every paragraph's own text (the citations
with the small grammars of ``grammar/citations.py``), and pairs the footnote
texts at the end of the clean text with every marker that points at them.
"""

from __future__ import annotations

from reslint.grammar.citations import find_citations
from reslint.model import Citation, Footnote, FootnoteRef, Paragraph
from reslint.normalize.notation import FOOTNOTE_DEFINITION, FOOTNOTE_MARKER
from reslint.parser.body import BodyLine, Locator


def attach_references(paragraph: Paragraph, locate: Locator, body: str | None) -> None:
    """Footnote markers and citations inside the paragraph's own text."""
    base = paragraph.text_start
    for match in FOOTNOTE_MARKER.finditer(paragraph.text):
        where = locate(base + match.start(), base + match.end())
        paragraph.footnote_refs.append(FootnoteRef(**where, label=match.group(1)))
    for found in find_citations(paragraph.text, body):
        paragraph.citations.append(
            Citation(
                **locate(base + found.start, base + found.end),
                kind=found.kind,
                text=found.text,
                number=found.number,
                form=found.form,
                body=found.body,
                date=found.date,
                iso_date=found.iso_date,
                session=found.session,
                year=found.year,
            )
        )


def footnotes(lines: list[BodyLine], text: str, locate: Locator) -> list[Footnote]:
    """Footnote texts, each with every marker that refers to it (heading and closing too)."""
    refs: dict[str, list[FootnoteRef]] = {}
    end = lines[0].start if lines else len(text)
    for match in FOOTNOTE_MARKER.finditer(text, 0, end):
        label = match.group(1)
        refs.setdefault(label, []).append(
            FootnoteRef(**locate(match.start(), match.end()), label=label)
        )
    found = []
    for line in lines:
        definition = FOOTNOTE_DEFINITION.match(line.text)
        if definition is None:
            continue  # split_body keeps only definition lines here
        label = definition.group(1)
        found.append(
            Footnote(
                **locate(line.start, line.end),
                label=label,
                text=line.text[definition.end() :].strip(),
                refs=refs.get(label, []),
            )
        )
    return found
