"""``reslint lint draft.docx --annotate OUT.docx``: the findings as Word comments.

A copy of the draft gets one comment per finding, anchored on exactly the
text the finding is about (runs are split at its ends, each half keeping
its formatting), saying the rule code and name, the message, and the fix
with whether ``--fix`` applies it.  A finding about something missing (an
end mark) is anchored on the character before the gap; one about a list
number, on the paragraph; one in a footnote's text, on the footnote's
reference.  The original file is not touched; the copy is written the same
safe way fixes are (``docx_fix.save_docx``), and python-docx writes the
comments part Word and LibreOffice read.
"""

from __future__ import annotations

import os
from copy import deepcopy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from reslint.readers.docx import Extract, Piece, extract, open_document
from reslint.readers.docx_fix import save_docx, set_text

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic

AUTHOR, INITIALS = "reslint", "RL"
SAFETY = {
    "safe": "safe, applied by reslint lint --fix",
    "unsafe": "unsafe, applied by reslint lint --fix --unsafe-fixes",
    "display-only": "a suggestion, never applied automatically",
}


def annotate_docx(path: str | Path, diagnostics: list[Diagnostic], output: str | Path) -> int:
    """Write a copy of ``path`` with ``diagnostics`` as comments to ``output``; how many."""
    document = open_document(path)
    for diagnostic in diagnostics:
        current = extract(document, str(path))
        first, last = _anchor(current, diagnostic)
        comment = document.comments.add_comment(
            text=f"{diagnostic.code} ({diagnostic.slug}): {diagnostic.message}",
            author=AUTHOR,
            initials=INITIALS,
        )
        if diagnostic.fix is not None:
            fix = diagnostic.fix
            safety = SAFETY.get(fix.applicability, fix.applicability)
            comment.add_paragraph(f"Fix: {fix.message or 'apply the fix'} ({safety}).")
        _mark(first, last, comment.comment_id)
    save_docx(document, output)
    return len(diagnostics)


def _offsets(current: Extract, diagnostic: Diagnostic) -> tuple[int, int]:
    """The finding's span in the extracted text, from its 1-based lines and columns."""
    starts = current.source.line_starts
    text = current.source.text

    def offset(line: int, column: int) -> int:
        if line - 1 >= len(starts):
            return len(text)
        return min(len(text), starts[line - 1] + column - 1)

    start = offset(diagnostic.line, diagnostic.column)
    end = max(start, offset(diagnostic.end_line, diagnostic.end_column))
    if start == end:  # something missing: the character before the gap, else after it
        if start > 0 and text[start - 1] != "\n":
            start -= 1
        elif end < len(text) and text[end] != "\n":
            end += 1
    return start, end


def _anchor(current: Extract, diagnostic: Diagnostic) -> tuple[Any, Any]:
    """The first and last elements the comment covers (runs, split to the span)."""
    start, end = _offsets(current, diagnostic)
    place = current.source.place(start)
    if place is not None and place.footnote is not None:
        reference = current.references.get(place.footnote)
        if reference is not None:
            return reference, reference
    covered = [p for p in current.pieces if p.footnote is None and p.start < end and p.end > start]
    texts = [p for p in covered if p.editable]
    if texts:
        last = _split_after(texts[-1], end)
        first = _split_before(texts[0], start)
        if texts[0] is texts[-1]:
            last = first  # one run, split at both ends: the middle part
        if covered[0] is not texts[0]:
            first = _run_of(covered[0].element)
        if covered[-1] is not texts[-1]:
            last = _run_of(covered[-1].element)
        return first, last
    if covered:
        return _run_of(covered[0].element), _run_of(covered[-1].element)
    line = current.source.position(start)[0] - 1
    paragraph = current.paragraphs[min(line, len(current.paragraphs) - 1)]
    return paragraph, paragraph


def _run_of(element: Any) -> Any:
    """The ``w:r`` an element belongs to (a list label stands for its whole ``w:p``)."""
    while element is not None and element.tag not in (qn("w:r"), qn("w:p")):
        element = element.getparent()
    return element


def _split_before(piece: Piece, start: int) -> Any:
    """The run holding the piece's text from ``start`` on (split off when inside it)."""
    index = start - piece.start
    run = piece.element.getparent()
    if index <= 0:
        return run
    return _split(piece.element, index)


def _split_after(piece: Piece, end: int) -> Any:
    """The run holding the piece's text up to ``end`` (the rest split off)."""
    index = end - piece.start
    text = piece.element.text or ""
    if index >= len(text):
        return piece.element.getparent()
    _split(piece.element, index)
    return piece.element.getparent()


def _split(text_element: Any, index: int) -> Any:
    """Split the run of ``text_element`` (a ``w:t``) before character ``index``; the run
    keeps what comes before, a copy with the same properties what follows.  Returns the
    copy."""
    run = text_element.getparent()
    children = list(run)
    position = children.index(text_element)
    copy = deepcopy(run)
    copied = list(copy)
    for child in copied[:position]:
        if child.tag != qn("w:rPr"):
            copy.remove(child)
    for child in children[position + 1 :]:
        run.remove(child)
    text = text_element.text or ""
    set_text(text_element, text[:index])
    set_text(copied[position], text[index:])
    run.addnext(copy)
    return copy


def _mark(first: Any, last: Any, comment_id: int) -> None:
    """``w:commentRangeStart`` before ``first``, ``w:commentRangeEnd`` after ``last``, and
    the reference run after that (outside a tracked change or hyperlink it is in)."""
    start = OxmlElement("w:commentRangeStart", attrs={qn("w:id"): str(comment_id)})
    end = OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): str(comment_id)})
    reference = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    properties.append(OxmlElement("w:rStyle", attrs={qn("w:val"): "CommentReference"}))
    reference.append(properties)
    reference.append(OxmlElement("w:commentReference", attrs={qn("w:id"): str(comment_id)}))
    if first.tag == qn("w:p"):
        first.insert(_after_properties(first), start)
    else:
        first.addprevious(start)
    if last.tag == qn("w:p"):
        last.append(end)
        last.append(reference)
        return
    last.addnext(end)
    outer = last
    while outer.getparent() is not None and outer.getparent().tag != qn("w:p"):
        outer = outer.getparent()
    (outer if outer.getparent() is not None else end).addnext(reference)


def _after_properties(paragraph: Any) -> int:
    """Index in a ``w:p`` just after its ``w:pPr`` (where its content starts)."""
    properties = paragraph.find(qn("w:pPr"))
    return 0 if properties is None else list(paragraph).index(properties) + 1


def annotation_targets(paths: list[str], target: str) -> dict[str, Path]:
    """Where the annotated copy of each Word file goes: ``target`` itself for one file
    (or inside it when it is a folder or ends with "/"), ``target/NAME`` for several.
    A target that is one of the inputs is refused: the original stays untouched."""
    folder = Path(target)
    named_folder = target.endswith(("/", os.sep)) or folder.is_dir()
    if len(paths) == 1 and not named_folder:
        chosen = {paths[0]: folder}
    else:
        if folder.exists() and not folder.is_dir():
            raise ValueError(f"{target}: several Word files to annotate: give a folder")
        chosen = {path: folder / Path(path).name for path in paths}
    for path, output in chosen.items():
        if output.resolve() == Path(path).resolve():
            raise ValueError(f"{target}: would overwrite {path}; annotate into another file")
    return chosen
