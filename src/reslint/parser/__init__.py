"""Parse stage: normalized text to the document model, in named steps.

1. ``body``: the body's paragraphs (one clean line each) and footnote lines;
   the formula split off when it shares a line with the first paragraph.
2. ``grammar/heading.py``: the heading zone before the body (symbol, session,
   sponsors, title ...).
3. ``line_types``: every body paragraph typed as one letter of
   ``grammar/alphabet.py``.
4. ``grammar/structure.py``: the pyparsing grammar over the letters.
5. ``builder`` and ``attachments``: the grammar's items built into ``model``
   nodes with stable ids (``ids``), footnote references and citations
   (``references``), original line numbers.
6. ``document_checks``: the document's body and kind, and whether the text
   holds a resolution at all.

The parser never refuses a text that has any resolution structure: what does
not fit is kept and reported as a ``Problem``.  A text with none at all (a
README, a letter) raises ``InputError``.
"""

from __future__ import annotations

from reslint.grammar.heading import heading_blocks, parse_heading
from reslint.grammar.lines import label_at, looks_like_heading
from reslint.grammar.structure import Item, ItemKind, Parse, parse_structure
from reslint.lexicon import Lexicon, load_lexicon
from reslint.model import Document, Heading, Title
from reslint.normalize import Normalized
from reslint.parser import attachments
from reslint.parser.body import BodyLine, Locator, split_body, split_formula
from reslint.parser.builder import TreeBuilder
from reslint.parser.document_checks import (
    body_from_heading,
    document_kind,
    require_structure,
    symbol_from_title,
)
from reslint.parser.ids import IdAllocator
from reslint.parser.line_types import TypedLine, type_lines
from reslint.parser.references import footnotes


def parse(normalized: Normalized, lexicon: Lexicon | None = None) -> Document:
    """Build the ``Document`` of one normalized text."""
    lexicon = lexicon or load_lexicon()
    text, start = normalized.text, normalized.body_start
    locate = Locator(normalized)
    lines, footnote_lines = split_body(text, start)
    formula, lines = split_formula(lines, lexicon, locate)
    body = formula.body if formula else None
    fields = parse_heading(heading_blocks(text, 0, start), lexicon, body)
    body = body or body_from_heading(fields.fields.get("symbol"), text[:start], lexicon)
    document = Document(
        path=normalized.source.path,
        text=text,
        body=body,
        kind=fields.kind or "draft",
        heading=Heading(**locate(0, start), text=text[:start].strip(), **fields.fields),
        formula=formula,
    )
    if fields.title:
        t_start, t_end, t_text, number = fields.title
        document.title = Title(**locate(t_start, t_end), text=t_text, number=number)
        document.heading.symbol = document.symbol or symbol_from_title(number, body, lexicon)
    if fields.kind == "amendment":
        _build_amendment(document, lines, locate, lexicon)
    else:
        _build_resolution(document, type_lines(lines, lexicon), locate, lexicon)
        document.kind = document_kind(fields.kind, document)
    document.footnotes = footnotes(footnote_lines, text, locate)
    if document.kind != "amendment":
        require_structure(document, lexicon)
    return document


def _build_resolution(
    document: Document, lines: list[TypedLine], locate: Locator, lexicon: Lexicon
) -> None:
    """Preamble, operative part, closing and attachments, from the structure grammar."""
    parse = parse_structure("".join(line.letter for line in lines))
    builder = TreeBuilder(lines, locate, lexicon, document.body, IdAllocator())
    document.preamble = builder.items(parse.preamble, None)
    document.main = builder.items(parse.operative, None)
    if parse.closing:
        document.closing = builder.closing(parse.closing)
    for item in parse.rest:
        if item.kind is ItemKind.ATTACHMENT:
            document.attachments.append(attachments.annex(builder, item))
        else:
            builder.stray(lines[item.index])
    document.attachments[:0] = [
        attachments.declaration(builder, item) for item in _declarations(parse)
    ]
    document.problems = builder.problems


def _build_amendment(
    document: Document, lines: list[BodyLine], locate: Locator, lexicon: Lexicon
) -> None:
    """An amendment to a draft: its title, then instructions, no preamble or operative part."""
    if document.title is None and lines and looks_like_heading(lines[0].text, lexicon):
        first, lines = lines[0], lines[1:]
        document.title = Title(**locate(first.start, first.end), text=first.text)
    if lines:
        contents = [
            TypedLine(line.start, line.end, line.text, label=label_at(line.text)) for line in lines
        ]
        builder = TreeBuilder(contents, locate, lexicon, document.body, IdAllocator())
        document.attachments.append(attachments.amendment(builder, contents))


def _declarations(parse: Parse) -> list[Item]:
    """The adopted declarations of the operative part, sections included, in order."""
    found = []
    pending = list(reversed(parse.operative))
    while pending:
        item = pending.pop()
        if item.kind is ItemKind.DECLARATION:
            found.append(item)
        elif item.kind is ItemKind.SECTION:
            pending.extend(reversed(item.children))
    return found
