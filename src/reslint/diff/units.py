"""The units two versions are aligned by: paragraphs, in the parts of a resolution.

A unit is a paragraph of one part -- the title, the preamble, the operative
part or the attachments -- with what a comparison needs of it: its body and
key (``text.py``), its words, the texts of the footnotes it points at, and its
sub-paragraphs as units of their own.  Alignment never crosses parts: a
preambular paragraph is compared with preambular paragraphs only.

``full_key`` is the key of the paragraph with its sub-paragraphs and their
labels: two subtrees with the same full key say the same words even when the
parser divided them differently ("(a) ... and (b) ..." run into the paragraph
in one version and set out as sub-paragraphs in the other).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from reslint.diff.text import body, key, words
from reslint.model import Document, Paragraph

PARTS = ("title", "preamble", "operative", "annex")


@dataclass
class Unit:
    id: str
    part: str  # one of PARTS
    label: str | None  # the printed number or letter ("5", "a"), None when unnumbered
    body: str
    key: str
    full_key: str
    words: list[str]
    notes: list[str]  # the bodies of the footnotes the paragraph points at
    paragraph: Paragraph | None = None  # None for the title
    children: list[Unit] = field(default_factory=list)
    level: int = 0

    def walk(self) -> Iterator[Unit]:
        yield self
        for child in self.children:
            yield from child.walk()


def document_units(document: Document) -> dict[str, list[Unit]]:
    """The units of each part of ``document``, in document order."""
    notes = {footnote.label: body(footnote.text) for footnote in document.footnotes}
    units: dict[str, list[Unit]] = {part: [] for part in PARTS}
    if document.title is not None and document.title.text.strip():
        units["title"].append(_heading("title", body(document.title.text)))
    units["preamble"] = [_unit(p, "preamble", notes) for p in document.preambular]
    units["operative"] = [_unit(p, "operative", notes) for p in document.operative]
    for attachment in document.attachments:
        heading = body(" ".join(filter(None, (attachment.label, attachment.title))))
        if heading:
            units["annex"].append(_heading(f"{attachment.id}__title", heading))
        units["annex"].extend(_unit(p, "annex", notes) for p in attachment.paragraphs)
    return units


def _heading(unit_id: str, heading: str) -> Unit:
    """A title: the resolution's, or an annex's label and title ("Annex I Declaration
    on ...")."""
    part = "title" if unit_id == "title" else "annex"
    heading_key = key(heading)
    return Unit(unit_id, part, None, heading, heading_key, heading_key, words(heading), [])


def _unit(paragraph: Paragraph, part: str, notes: dict[str, str]) -> Unit:
    own = body(paragraph.text)
    children = [_unit(child, part, notes) for child in paragraph.children]
    full = key(paragraph.text if not children else _with_children(paragraph))
    return Unit(
        id=paragraph.id,
        part=part,
        label=paragraph.number,
        body=own,
        key=key(own),
        full_key=full,
        words=words(own),
        notes=[notes[ref.label] for ref in paragraph.footnote_refs if ref.label in notes],
        paragraph=paragraph,
        children=children,
        level=paragraph.level,
    )


def _with_children(paragraph: Paragraph) -> str:
    """The paragraph's text followed by each sub-paragraph's label and text."""
    parts = [paragraph.text]
    for child in paragraph.children:
        parts.append(f"{child.label or ''} {_with_children(child)}")
    return " ".join(parts)
