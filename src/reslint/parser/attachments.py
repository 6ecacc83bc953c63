"""Attachments: annexes, adopted declarations, and the instructions of an amendment.

Their paragraphs are kept as paragraphs of kind ``attachment`` with ids
under the attachment's own (``annex_1__para_3``): the linter and the
classifier look at the resolution's own paragraphs, and an export can still
carry the whole text.
"""

from __future__ import annotations

from reslint.grammar import alphabet as letters
from reslint.grammar.lines import is_first_person, opener_at
from reslint.grammar.structure import Item
from reslint.model import Attachment, Paragraph
from reslint.parser.builder import TreeBuilder, opener_text
from reslint.parser.line_types import TypedLine
from reslint.parser.references import attach_references


def annex(builder: TreeBuilder, item: Item) -> Attachment:
    """An annex: its heading line, an optional title line, its paragraphs."""
    head = builder.lines[item.index]
    contents = [builder.lines[c.index] for c in item.children]
    number = builder.ids.attachment("annex")
    title = None
    if contents and contents[0].letter in letters.TITLE_TEXT:
        title = contents.pop(0).text
    attachment = Attachment(
        **builder.locate(head.start, (contents[-1] if contents else head).end),
        id=number,
        kind="annex",
        label=head.text,
        title=title,
    )
    attachment.paragraphs = paragraphs(builder, contents, attachment.id)
    return attachment


def declaration(builder: TreeBuilder, item: Item) -> Attachment:
    """A declaration the resolution adopts ("We, the Heads of State ... commit")."""
    contents = [builder.lines[c.index] for c in item.children]
    number = builder.ids.attachment("declaration")
    start, end = contents[0].start, contents[-1].end
    title = None
    if len(contents) > 1 and not is_first_person(contents[0].text):
        title = contents.pop(0).text
    attachment = Attachment(
        **builder.locate(start, end), id=number, kind="declaration", label=None, title=title
    )
    attachment.paragraphs = paragraphs(builder, contents, attachment.id)
    return attachment


def amendment(builder: TreeBuilder, contents: list[TypedLine]) -> Attachment:
    """The instructions of an amendment to a draft ("Replace operative paragraph 3 ...")."""
    attachment = Attachment(
        **builder.locate(contents[0].start, contents[-1].end),
        id="amendment_1",
        kind="amendment",
        label=None,
        title=None,
    )
    attachment.paragraphs = paragraphs(builder, contents, attachment.id)
    return attachment


def paragraphs(builder: TreeBuilder, contents: list[TypedLine], prefix: str) -> list[Paragraph]:
    """Paragraphs of an attachment; (a)/(i) items nest under the one before."""
    found: list[Paragraph] = []
    seen: dict[str, int] = {}
    for count, line in enumerate(contents, 1):
        label = line.label if line.label and line.label.kind in {"number", "sub"} else None
        text = line.text[label.rest_offset :] if label else line.text
        key = label.label if label and label.kind == "number" else f"p{count}"
        seen[key] = seen.get(key, 0) + 1
        suffix = f"-{seen[key]}" if seen[key] > 1 else ""
        paragraph = Paragraph(
            **builder.locate(line.start, line.end),
            id=f"{prefix}__para_{key}{suffix}",
            kind="attachment",
            text=text,
            text_start=line.start + (label.rest_offset if label else 0),
            number=label.label or None if label else None,
            label=label.printed if label else None,
            opener=opener_text(text, opener_at(text, builder.lexicon)),
        )
        attach_references(paragraph, builder.locate, builder.body)
        if label and label.kind == "sub" and found:
            parent = found[-1]
            paragraph.level = 1
            paragraph.id = f"{parent.id}__{label.label}"
            parent.children.append(paragraph)
        else:
            found.append(paragraph)
    return found
