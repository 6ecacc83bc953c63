"""The tree builder: the structure grammar's items turned into the model's nodes.

The grammar (``grammar/structure.py``) says which paragraph is what and what
contains what; the builder makes the ``model`` nodes: paragraphs with their
printed labels, openers, ids, footnote references and citations, sections
with their headings and formulas, the closing.  What does not fit is kept
and reported as a ``Problem``, never dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from reslint.grammar import alphabet as letters
from reslint.grammar.closing import parse_closing
from reslint.grammar.lines import formula_at, opener_at
from reslint.grammar.structure import Item, ItemKind
from reslint.lexicon import WORD, Lexicon
from reslint.model import Closing, CrossHeading, Formula, Node, Paragraph, Problem, Section
from reslint.normalize.notation import without_markers
from reslint.parser.body import Locator
from reslint.parser.ids import IdAllocator
from reslint.parser.line_types import Opener, TypedLine
from reslint.parser.references import attach_references

Built = Paragraph | Section | CrossHeading
_LIST_HEADING = 90  # longest heading of a list's items ("Support for Security Reform:")


class TreeBuilder:
    """Builds the nodes of one document from its typed paragraphs and the grammar's items."""

    def __init__(
        self,
        lines: list[TypedLine],
        locate: Locator,
        lexicon: Lexicon,
        body: str | None,
        ids: IdAllocator,
    ) -> None:
        self.lines = lines
        self.locate = locate
        self.lexicon = lexicon
        self.body = body
        self.ids = ids
        self.problems: list[Problem] = []
        self._builders: dict[ItemKind, Callable[[Item, Section | None, list[Built]], None]] = {
            ItemKind.OPERATIVE: self._operative,
            ItemKind.MISPLACED: self._misplaced,
            ItemKind.SECTION: self._nested_section,
            ItemKind.CROSS: self._cross,
            ItemKind.ORPHAN: self._orphan,
            ItemKind.PREAMBULAR: self._preambular,
        }

    # -- the parts of a resolution -------------------------------------------

    def items(self, items: list[Item], section: Section | None) -> list[Built]:
        """The nodes of a preamble or an operative part, in order: paragraphs,
        sections, cross-headings (declarations become attachments elsewhere)."""
        built: list[Built] = []
        for item in items:
            build = self._builders.get(item.kind)
            if build is not None:
                build(item, section, built)
        return built

    def _operative(self, item: Item, section: Section | None, built: list[Built]) -> None:
        built.append(self.paragraph(item, "operative", section))

    def _preambular(self, item: Item, section: Section | None, built: list[Built]) -> None:
        built.append(self.paragraph(item, "preambular", section))

    def _misplaced(self, item: Item, section: Section | None, built: list[Built]) -> None:
        paragraph = self.paragraph(item, "preambular", section)
        self.problem(
            paragraph, "misplaced-preambular", "preambular paragraph among the operative paragraphs"
        )
        built.append(paragraph)

    def _nested_section(self, item: Item, section: Section | None, built: list[Built]) -> None:
        built.append(self.section(item, section))

    def _cross(self, item: Item, _section: Section | None, built: list[Built]) -> None:
        line = self.lines[item.index]
        built.append(CrossHeading(**self.locate(line.start, line.end), text=line.text))

    def _orphan(self, item: Item, section: Section | None, built: list[Built]) -> None:
        """Give a stray sub-paragraph to the last paragraph before it, and say so, unless
        a heading of the list stands between them ("Support for Security Reform:" among
        the items of a mandate)."""
        parents = [node for node in built if isinstance(node, Paragraph)]
        if not parents:
            self.stray(self.lines[item.index])
            return
        parent = parents[-1]
        child = self.paragraph(item, "subparagraph", section, parent)
        parent.children.append(child)
        parent.end = child.end
        heading = built[-1]
        list_heading = (
            isinstance(heading, CrossHeading)
            and heading.text.endswith(":")
            and len(heading.text) <= _LIST_HEADING
        )
        if not list_heading:
            message = "sub-paragraph separated from its paragraph by other text"
            self.problem(child, "detached-subparagraph", message)

    def section(self, item: Item, parent: Section | None) -> Section:
        """A roman or lettered section with its heading, formula, preamble and items."""
        line = self.lines[item.index]
        label = line.label.label if line.label else line.text
        path = f"{parent.path}.{label}" if parent else label
        heading = line.text[line.label.rest_offset :].strip() if line.label else ""
        end = line.end
        if item.title is not None:
            heading = self.lines[item.title].text
            end = self.lines[item.title].end
        section = Section(
            **self.locate(line.start, end),
            id="sec_" + path.replace(".", "_"),
            label=label,
            path=path,
            heading=heading or None,
        )
        if item.formula is not None:
            section.formula = self._formula(self.lines[item.formula])
        section.preamble = self.items(item.preamble, section)
        section.items = self.items(item.children, section)
        if section.items or section.preamble:
            section.end = (section.items or section.preamble)[-1].end
        return section

    def _formula(self, line: TypedLine) -> Formula:
        found = formula_at(line.text, self.lexicon)
        return Formula(
            **self.locate(line.start, line.end),
            text=line.text,
            body=found[0] if found else self.body or "",
        )

    def paragraph(
        self, item: Item, kind: str, section: Section | None, parent: Paragraph | None = None
    ) -> Paragraph:
        """A paragraph and its sub-paragraphs, with id, opener and references."""
        line = self.lines[item.index]
        label = line.label if line.label and line.label.kind in {"number", "sub"} else None
        text_offset = label.rest_offset if label else 0
        text = line.text[text_offset:]
        paragraph = Paragraph(
            **self.locate(line.start, line.end),
            id="",
            kind=kind,
            text=text,
            text_start=line.start + text_offset,
            number=label.label or None if label else None,
            label=label.printed if label else None,
            section=section.path if section else None,
            level=parent.level + 1 if parent else 0,
        )
        opener = line.opener if line.letter != letters.DECLARATION else None
        if label and label.kind == "sub":
            opener = opener_at(text, self.lexicon)
        paragraph.opener = opener_text(text, opener)
        paragraph.id = self.ids.paragraph(paragraph, section, parent)
        attach_references(paragraph, self.locate, self.body)
        paragraph.children = [
            self.paragraph(child, "subparagraph", section, paragraph) for child in item.children
        ]
        if paragraph.children:
            paragraph.end = paragraph.children[-1].end
        return paragraph

    def closing(self, item: Item) -> Closing:
        """The closing line with what continues it (the date, the vote); other text after
        it ("Please see the attached note.") is stray."""
        kept = [item.index]
        for child in item.children:
            text = self.lines[child.index].text
            before = self.lines[kept[-1]].text.rstrip()
            continues = parse_closing(text) or text[:1] == "(" or text[:1].islower()
            if continues or before.endswith((",", "(")) or before.count("(") > before.count(")"):
                kept.append(child.index)
            else:
                self.stray(self.lines[child.index])
        first, last = self.lines[kept[0]], self.lines[kept[-1]]
        text = " ".join(self.lines[i].text for i in kept)
        closing = Closing(**self.locate(first.start, last.end), text=text)
        for name, value in parse_closing(without_markers(text)).items():
            setattr(closing, name, value)
        return closing

    # -- problems ---------------------------------------------------------------

    def stray(self, line: TypedLine) -> None:
        """Text outside the resolution's structure: kept in the report, not in the tree."""
        self.problems.append(
            Problem(
                **self.locate(line.start, line.end),
                code="stray-text",
                message=f"text outside the resolution's structure: {line.text[:60]!r}",
            )
        )

    def problem(self, node: Node, code: str, message: str) -> None:
        where = {"start": node.start, "end": node.end, "line": node.line, "column": node.column}
        self.problems.append(Problem(**where, code=code, message=message))


def opener_text(text: str, opener: Opener | None) -> str | None:
    """The opener as printed: the words the lexicon matched, or the first word."""
    words = list(WORD.finditer(text[:200]))
    if not words:
        return None
    count = opener[1].words if opener else 1
    if opener and opener[0] == "plural" and words[0].group(0).lower() == "we":
        count += 1
    if not opener and len(words) > 1 and words[0].group(0).lower().endswith("ly"):
        count = 2
    count = min(count, len(words))
    return text[words[0].start() : words[count - 1].end()]
