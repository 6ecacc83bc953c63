"""Normalize stage: clean text out of what users paste, with a map back to their file.

Passes, in order (each returns new text whose map composes with the last):

0. ``web``: web copies: Word artifacts, flattened lines split, bullets and
   quotation marks before paragraphs (``web.py``);
1. ``layout``: front matter, page furniture and footnote zones (``layout.py``);
2. ``markers``: glued footnote numbers become ``[^N]`` (``markers.py``);
3. ``labels``: paragraph numbers printed after their paragraph's first line
   are put back in front of it (``labels.py``);
4. ``reflow``: lines back into paragraphs, hyphenation, split words and glued
   paragraphs (``reflow.py``).

Text read from a Word file needs no reflow: its paragraphs are the author's
(``reslint.readers.docx`` writes one per line, with list labels and
footnote markers already in place); they only get the blank line between
them.  Text read from a PDF tells the layout pass where its pages start.

The result is one paragraph per line with a blank line between paragraphs,
the heading lines kept as they were, and footnotes at the end as
``[^N]: text`` lines.  Every repair is logged with where it happened in the
original file, for ``reslint normalize --log`` and for the lint rules that
report repairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reslint.lexicon import Lexicon, load_lexicon
from reslint.normalize.labels import restore_displaced_labels
from reslint.normalize.layout import remove_layout
from reslint.normalize.mapped import MappedText
from reslint.normalize.markers import separate_markers
from reslint.normalize.reflow import reflow, separate_paragraphs
from reslint.normalize.web import repair_web_copy
from reslint.readers.sources import AknSource, DocxSource, PdfSource
from reslint.source import Source


@dataclass(frozen=True)
class Repair:
    """One change the normalizer made, located in the original file."""

    kind: str
    start: int  # offset in the original text
    end: int
    line: int
    column: int
    detail: str


@dataclass
class Normalized:
    """Clean text of one source and the map back to it."""

    source: Source
    mapped: MappedText
    body_start: int  # offset in the clean text where the body begins
    repairs: list[Repair] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.mapped.text

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the original file of a clean-text offset."""
        return self.source.position(self.mapped.to_raw(offset))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text behind a clean-text span."""
        return self.mapped.raw_span(start, end)


def _shift(offset: int, edits: list[tuple[int, int, str]]) -> int:
    """Where ``offset`` moves to after ``edits`` (made before it)."""
    delta = sum(len(new) - (end - start) for start, end, new in edits if end <= offset)
    return offset + delta


def normalize(source: Source, lexicon: Lexicon | None = None) -> Normalized:
    """Run the normalization passes over one source."""
    lexicon = lexicon or load_lexicon()
    original = MappedText.identity(source.text)
    repairs: list[Repair] = []
    text = original
    if not isinstance(source, AknSource | DocxSource | PdfSource):  # web copies are plain text
        text, web_repairs = repair_web_copy(original, lexicon)
        repairs += [_repair(source, r.kind, r.start, r.end, r.detail) for r in web_repairs]
    pages = tuple(source.page_starts) if isinstance(source, PdfSource) else ()
    layout = remove_layout(text, lexicon, pages)
    for removal in layout.removals:  # offsets in the text the layout pass read
        raw_start, raw_end = text.raw_span(removal.start, removal.end)
        repairs.append(_repair(source, removal.kind, raw_start, raw_end, removal.detail))
    if isinstance(source, DocxSource):
        clean = separate_paragraphs(layout.text)
        body_start = _body_offset(clean, layout.body_start, layout.text)
        return Normalized(source, clean, body_start, repairs)
    marked, marker_edits = separate_markers(
        layout.text, layout.footnote_labels, lexicon, layout.body_start
    )
    for start, end, new in marker_edits:
        raw_start, raw_end = layout.text.raw_span(start, end)
        detail = f"{layout.text.text[start:end].strip()!r} -> {new}"
        repairs.append(_repair(source, "footnote-marker", raw_start, raw_end, detail))
    body_start = _shift(layout.body_start, marker_edits)
    relabelled, moves = restore_displaced_labels(marked, body_start, lexicon)
    for move in moves:
        raw_start, raw_end = marked.raw_span(move.label_start, move.label_end)
        repairs.append(_repair(source, "displaced-number", raw_start, raw_end, move.detail))
    clean, reflowed = reflow(relabelled, body_start, lexicon)
    for kind, edits in (
        ("hyphenation", reflowed.hyphenations),
        ("split-word", reflowed.splits),
        ("glued-paragraphs", reflowed.glued),
    ):
        for raw_start, raw_end, detail in edits:
            repairs.append(_repair(source, kind, raw_start, raw_end, detail))
    repairs.sort(key=lambda r: (r.start, r.end))
    return Normalized(source, clean, _body_offset(clean, body_start, relabelled), repairs)


def _body_offset(clean: MappedText, body_start: int, before: MappedText) -> int:
    """The clean offset of the first body character (searched by its original offset)."""
    if body_start >= len(before.text):
        return len(clean.text)
    found = clean.first_copy_from(before.to_raw(body_start))
    return len(clean.text) if found is None else found


def _repair(source: Source, kind: str, start: int, end: int, detail: str) -> Repair:
    line, column = source.position(start)
    return Repair(kind, start, end, line, column, detail)
