"""Parse stage: normalized text to the document model.

1. The heading zone (before the body) goes to the heading grammar.
2. Each body paragraph gets a type letter from its first characters.
3. The structure grammar (``grammar/structure.py``) reads the letters.
4. The parse is built into ``model`` nodes with stable ids, footnote
   references, citations and original line numbers.

The parser never refuses a text that has any resolution structure: what does
not fit is kept and reported as a ``Problem``.  A text with none at all (a
README, a letter) raises ``InputError``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from reslint.errors import InputError
from reslint.grammar import lines as kinds
from reslint.grammar.citations import find_citations
from reslint.grammar.closing import parse_closing
from reslint.grammar.heading import heading_blocks, parse_heading
from reslint.grammar.structure import Item, parse_structure
from reslint.lexicon import Lexicon, OpenerMatch, load_lexicon
from reslint.model import (
    Attachment,
    Citation,
    Closing,
    CrossHeading,
    Document,
    Footnote,
    FootnoteRef,
    Formula,
    Heading,
    Paragraph,
    Problem,
    Section,
    Title,
)
from reslint.normalize import Normalized
from reslint.normalize.notation import FOOTNOTE_DEFINITION, FOOTNOTE_MARKER, without_markers

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_ROMAN_VALUES = {"i": "h", "v": "u", "x": "w", "l": "k"}  # "(i)" after "(h)" is a letter
_FOLLOWING_TEXT = re.compile(r"\bthe following\b|\bas follows\b", re.IGNORECASE)
_REMAIN_SEIZED = re.compile(r"\bremain\s+(?:actively\s+)?seized\s+of\s+the\s+matter\.?$")


@dataclass
class Block:
    """One paragraph of the normalized body: a line of the clean text."""

    start: int
    end: int
    text: str
    letter: str = "T"
    label: kinds.Label | None = None
    opener: tuple[str, OpenerMatch] | None = None


def parse(normalized: Normalized, lexicon: Lexicon | None = None) -> Document:
    """Build the ``Document`` of one normalized text."""
    lexicon = lexicon or load_lexicon()
    return _Parser(normalized, lexicon).document()


class _Parser:
    def __init__(self, normalized: Normalized, lexicon: Lexicon) -> None:
        self.normalized = normalized
        self.text = normalized.text
        self.lexicon = lexicon
        self.problems: list[Problem] = []
        self.body: str | None = None

    # -- locations ---------------------------------------------------------

    def _where(self, start: int, end: int) -> dict:
        line, column = self.normalized.position(start)
        return {"start": start, "end": end, "line": line, "column": column}

    # -- the document ------------------------------------------------------

    def document(self) -> Document:
        text, start = self.text, self.normalized.body_start
        blocks, footnote_blocks = self._blocks(start)
        formula = self._split_formula(blocks)
        self.body = formula.body if formula else None
        fields = parse_heading(heading_blocks(text, 0, start), self.lexicon, self.body)
        self.body = self.body or self._body_from_symbol(fields.fields.get("symbol"), text[:start])
        heading = Heading(**self._where(0, start), text=text[:start].strip(), **fields.fields)
        title = None
        if fields.title:
            t_start, t_end, t_text, number = fields.title
            title = Title(**self._where(t_start, t_end), text=t_text, number=number)

        if fields.kind == "amendment":
            return self._amendment(blocks, footnote_blocks, heading, title)
        self._type_blocks(blocks)
        parse = parse_structure("".join(block.letter for block in blocks))
        document = Document(
            path=self.normalized.source.path,
            text=text,
            body=self.body,
            kind="draft",
            heading=heading,
            title=title,
            formula=formula,
        )
        numbering = _Ids()
        document.preamble = self._preamble(blocks, parse.preamble, None, numbering)
        document.main = self._items(blocks, parse.operative, None, numbering)
        if parse.closing:
            document.closing = self._closing(blocks, parse.closing)
        for item in parse.rest:
            if item.kind == "attachment":
                document.attachments.append(self._attachment(blocks, item, numbering))
            else:
                self._stray(blocks[item.index])
        declarations = [i for i in _walk_items(parse.operative) if i.kind == "declaration"]
        for item in declarations:
            document.attachments.insert(0, self._declaration(blocks, item, numbering))
        document.footnotes = self._footnotes(footnote_blocks, document)
        document.kind = self._kind(fields.kind, document)
        document.problems = self.problems
        self._require_structure(document)
        return document

    def _amendment(
        self, blocks: list[Block], footnotes: list[Block], heading: Heading, title: Title | None
    ) -> Document:
        """An amendment to a draft: its title, then instructions, no preamble or operative part."""
        if title is None and blocks and kinds.looks_like_heading(blocks[0].text, self.lexicon):
            first = blocks.pop(0)
            title = Title(**self._where(first.start, first.end), text=first.text)
        document = Document(
            path=self.normalized.source.path,
            text=self.text,
            body=self.body,
            kind="amendment",
            heading=heading,
            title=title,
        )
        if blocks:
            for block in blocks:
                block.label = kinds.label_at(block.text)
            attachment = Attachment(
                **self._where(blocks[0].start, blocks[-1].end),
                id="amendment_1",
                kind="amendment",
                label=None,
                title=None,
            )
            attachment.paragraphs = self._attachment_paragraphs(blocks, attachment.id)
            document.attachments.append(attachment)
        document.footnotes = self._footnotes(footnotes, document)
        return document

    def _blocks(self, start: int) -> tuple[list[Block], list[Block]]:
        """Body paragraphs and footnote texts: the non-blank lines from ``start``."""
        blocks: list[Block] = []
        footnotes: list[Block] = []
        offset = start
        for line in self.text[start:].split("\n"):
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                block = Block(offset + lead, offset + lead + len(stripped), stripped)
                (footnotes if FOOTNOTE_DEFINITION.match(stripped) else blocks).append(block)
            offset += len(line) + 1
        return blocks, footnotes

    def _split_formula(self, blocks: list[Block]) -> Formula | None:
        """The formula block; "The General Assembly approves ..." splits into two blocks."""
        for index, block in enumerate(blocks[:3]):
            found = kinds.formula_at(block.text, self.lexicon)
            if not found:
                continue
            body, length = found
            rest = block.text[length:]
            formula_text = block.text[:length].strip()
            formula = Formula(
                **self._where(block.start, block.start + length), text=formula_text, body=body
            )
            block.letter = "F"
            if rest.strip():
                lead = length + len(rest) - len(rest.lstrip())
                tail = Block(block.start + lead, block.end, rest.strip())
                capitalised = tail.text[:1].upper() + tail.text[1:]
                tail.opener = kinds.opener_at(capitalised, self.lexicon)
                tail.letter = "U"  # "The General Assembly approves ...": one operative paragraph
                block.end, block.text = block.start + length, formula_text
                blocks.insert(index + 1, tail)
            return formula
        return None

    def _body_from_symbol(self, symbol: str | None, heading: str) -> str | None:
        best: tuple[int, str] | None = None
        for body, spec in self.lexicon.bodies.items():
            for prefix in spec.get("symbol_prefixes", []):
                if symbol and symbol.startswith(prefix) and (not best or len(prefix) > best[0]):
                    best = (len(prefix), body)
        if best:
            return best[1]
        for body, spec in self.lexicon.bodies.items():
            if spec.get("name") and spec["name"] in heading:
                return body
        return None

    # -- typing paragraphs ---------------------------------------------------

    def _type_blocks(self, blocks: list[Block]) -> None:
        """Give every block its letter for the structure grammar."""
        last_letter_label: str | None = None
        sections = _SectionLevels()
        for index, block in enumerate(blocks):
            if block.letter in ("F", "U"):
                continue
            text = block.text
            label = kinds.label_at(text) or kinds.loose_number_label(text, self.lexicon)
            block.label = label
            following = blocks[index + 1].text if index + 1 < len(blocks) else ""
            if label and label.kind == "number":
                block.letter = "O"
                block.opener = kinds.opener_at(text[label.rest_offset :], self.lexicon)
                last_letter_label = None
            elif label and label.kind == "sub":
                block.letter = self._sub_letter(label.label, last_letter_label)
                if block.letter == "a":
                    last_letter_label = label.label
            elif kinds.ANNEX.fullmatch(text) or _annex_heading(text):
                block.letter = "A"
            elif (section := kinds.section_label(text)) and (
                level := sections.place(section.label, kinds.formula_at(following, self.lexicon))
            ):
                block.label = section
                block.letter = level
            elif kinds.is_closing(text):
                block.letter = "C"
            elif (found := kinds.formula_at(text, self.lexicon)) and found[1] >= len(text.rstrip()):
                block.letter = "F"  # the formula of part B of a resolution
            else:
                block.opener = kinds.opener_at(text, self.lexicon)
                block.letter = self._opener_letter(block)
        self._mark_section_titles(blocks)
        self._mark_preambular_verbs(blocks)
        self._mark_declarations(blocks)
        self._mark_unheaded_annex(blocks)

    @staticmethod
    def _sub_letter(label: str, last_letter: str | None) -> str:
        if label.isdigit():
            return "i"
        if all(c in "ivxl" for c in label):
            previous = _ROMAN_VALUES.get(label)
            return "a" if previous and last_letter == previous else "i"
        return "a"

    def _opener_letter(self, block: Block) -> str:
        if block.opener:
            kind = block.opener[0]
            return {"operative": "U", "preambular": "P", "plural": "D"}[kind]
        if kinds.looks_like_participle(block.text):
            short = len(block.text) < 150 and block.text[-1:] not in ".,;:"
            return "H" if short else "P"  # "Reporting and review" is a heading
        if kinds.is_first_person(block.text):
            return "D"
        return "H" if kinds.looks_like_heading(block.text, self.lexicon) else "T"

    @staticmethod
    def _mark_section_titles(blocks: list[Block]) -> None:
        """The line after a bare section label is its title, even "Streamlining efforts";
        so is the line after a bare "Part X" or "Section 31" heading of a budget text."""
        for block, following in itertools.pairwise(blocks):
            bare = block.label and block.label.rest_offset >= len(block.text)
            labelled = (block.letter in "RLS" and bare) or (
                block.letter == "H" and kinds.NUMBERED_HEADING.fullmatch(block.text)
            )
            untitled = following.text[-1:] not in ".,;:" and len(following.text) < 150
            if labelled and following.letter in "PTH" and untitled:
                following.letter = "H"

    @staticmethod
    def _mark_preambular_verbs(blocks: list[Block]) -> None:
        """An unnumbered paragraph that opens with an operative verb but ends with a comma
        inside the preamble ("Welcomes the report," between two "Noting ..." paragraphs,
        or before "1. Decides") is a preambular paragraph with the wrong verb form; the
        lint rule V103 reports it."""
        for index, block in enumerate(blocks):
            if block.letter != "U" or not without_markers(block.text).rstrip().endswith(","):
                continue
            after = blocks[index + 1].letter if index + 1 < len(blocks) else ""
            before = blocks[index - 1].letter if index else ""
            numbered_later = any(b.letter == "O" for b in blocks[index + 1 :])
            if after == "P" or (before in ("P", "F") and numbered_later):
                block.letter = "P"

    def _mark_declarations(self, blocks: list[Block]) -> None:
        """An adopted declaration embedded after "Adopts the following ...:" is not operative.

        Its blocks (title, "We, the Heads of State ...", numbered paragraphs in
        the first person plural) become "D" up to the closing or an annex.
        """
        for index, block in enumerate(blocks):
            if block.letter not in "OU" or not block.text.endswith(":"):
                continue
            if not _FOLLOWING_TEXT.search(block.text):
                continue
            following = blocks[index + 1 : index + 4]
            if not any(b.letter == "D" or kinds.is_first_person(b.text) for b in following):
                continue
            for later in blocks[index + 1 :]:
                if later.letter in "CA":
                    break
                later.letter = "D"
            return

    @staticmethod
    def _mark_unheaded_annex(blocks: list[Block]) -> None:
        """After "Decides to remain seized of the matter." only closing and annexes follow.

        Extractions sometimes lose the "Annex" heading of an annexed statute;
        its numbered articles must not count as operative paragraphs.
        """
        for index, block in enumerate(blocks):
            if block.letter in "OU" and _REMAIN_SEIZED.search(block.text):
                rest = [b for b in blocks[index + 1 :] if b.letter != "C"]
                if rest and rest[0].letter not in "A":
                    rest[0].letter = "A"
                return

    # -- building nodes ------------------------------------------------------

    def _items(
        self, blocks: list[Block], items: list[Item], section: Section | None, ids: _Ids
    ) -> list[Paragraph | Section | CrossHeading]:
        built: list[Paragraph | Section | CrossHeading] = []
        for item in items:
            if item.kind == "operative":
                built.append(self._paragraph(blocks, item, "operative", section, ids))
            elif item.kind == "misplaced-preambular":
                paragraph = self._paragraph(blocks, item, "preambular", section, ids)
                self._problem(
                    paragraph,
                    "misplaced-preambular",
                    "preambular paragraph among the operative paragraphs",
                )
                built.append(paragraph)
            elif item.kind == "section":
                built.append(self._section(blocks, item, section, ids))
            elif item.kind == "cross":
                block = blocks[item.index]
                built.append(CrossHeading(**self._where(block.start, block.end), text=block.text))
            elif item.kind == "orphan-sub":
                self._adopt_orphan(blocks, item, built, section, ids)
        return built

    def _adopt_orphan(
        self,
        blocks: list[Block],
        item: Item,
        built: list[Paragraph | Section | CrossHeading],
        section: Section | None,
        ids: _Ids,
    ) -> None:
        """Give a stray sub-paragraph to the last paragraph before it, and say so."""
        parents = [node for node in built if isinstance(node, Paragraph)]
        if not parents:
            self._stray(blocks[item.index])
            return
        parent = parents[-1]
        child = self._paragraph(blocks, item, "subparagraph", section, ids, parent)
        parent.children.append(child)
        parent.end = child.end
        self._problem(
            child,
            "detached-subparagraph",
            "sub-paragraph separated from its paragraph by other text",
        )

    def _preamble(
        self, blocks: list[Block], items: list[Item], section: Section | None, ids: _Ids
    ) -> list[Paragraph | CrossHeading]:
        built: list[Paragraph | CrossHeading] = []
        for item in items:
            if item.kind == "cross":
                block = blocks[item.index]
                built.append(CrossHeading(**self._where(block.start, block.end), text=block.text))
            else:
                built.append(self._paragraph(blocks, item, "preambular", section, ids))
        return built

    def _section(
        self, blocks: list[Block], item: Item, parent: Section | None, ids: _Ids
    ) -> Section:
        block = blocks[item.index]
        label = block.label.label if block.label else block.text
        path = f"{parent.path}.{label}" if parent else label
        heading = block.text[block.label.rest_offset :].strip() if block.label else ""
        end = block.end
        if item.title is not None:
            heading = blocks[item.title].text
            end = blocks[item.title].end
        section = Section(
            **self._where(block.start, end),
            id="sec_" + path.replace(".", "_"),
            label=label,
            path=path,
            heading=heading or None,
        )
        if item.formula is not None:
            formula_block = blocks[item.formula]
            body = kinds.formula_at(formula_block.text, self.lexicon)
            section.formula = Formula(
                **self._where(formula_block.start, formula_block.end),
                text=formula_block.text,
                body=body[0] if body else self.body or "",
            )
        section.preamble = self._preamble(blocks, item.preamble, section, ids)
        section.items = self._items(blocks, item.children, section, ids)
        if section.items or section.preamble:
            last = (section.items or section.preamble)[-1]
            section.end = last.end
        return section

    def _paragraph(
        self,
        blocks: list[Block],
        item: Item,
        kind: str,
        section: Section | None,
        ids: _Ids,
        parent: Paragraph | None = None,
    ) -> Paragraph:
        block = blocks[item.index]
        label = block.label if block.label and block.label.kind in {"number", "sub"} else None
        text_offset = label.rest_offset if label else 0
        text = block.text[text_offset:]
        paragraph = Paragraph(
            **self._where(block.start, block.end),
            id="",
            kind=kind,
            text=text,
            text_start=block.start + text_offset,
            number=label.label if label else None,
            label=label.printed if label else None,
            section=section.path if section else None,
            level=parent.level + 1 if parent else 0,
        )
        opener = block.opener if block.letter != "D" else None
        if label and label.kind == "sub":
            opener = kinds.opener_at(text, self.lexicon)
        paragraph.opener = _opener_text(text, opener)
        paragraph.id = ids.assign(paragraph, kind, section, parent)
        self._annotate(paragraph)
        paragraph.children = [
            self._paragraph(blocks, child, "subparagraph", section, ids, paragraph)
            for child in item.children
        ]
        if paragraph.children:
            paragraph.end = paragraph.children[-1].end
        return paragraph

    def _annotate(self, paragraph: Paragraph) -> None:
        """Footnote references and citations inside the paragraph's own text."""
        base = paragraph.text_start
        for match in FOOTNOTE_MARKER.finditer(paragraph.text):
            where = self._where(base + match.start(), base + match.end())
            paragraph.footnote_refs.append(FootnoteRef(**where, label=match.group(1)))
        for found in find_citations(paragraph.text, self.body):
            where = self._where(base + found.start, base + found.end)
            paragraph.citations.append(
                Citation(
                    **where,
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

    def _closing(self, blocks: list[Block], item: Item) -> Closing:
        """The closing line with what continues it (the date, the vote); other text after
        it ("Please see the attached note.") is stray."""
        first = blocks[item.index]
        kept = [item.index]
        for child in item.children:
            text = blocks[child.index].text
            before = blocks[kept[-1]].text.rstrip()
            continues = parse_closing(text) or text[:1] == "(" or text[:1].islower()
            if continues or before.endswith((",", "(")) or before.count("(") > before.count(")"):
                kept.append(child.index)
            else:
                self._stray(blocks[child.index])
        last = blocks[kept[-1]]
        text = " ".join(blocks[i].text for i in kept)
        closing = Closing(**self._where(first.start, last.end), text=text)
        for name, value in parse_closing(without_markers(text)).items():
            setattr(closing, name, value)
        return closing

    def _attachment(self, blocks: list[Block], item: Item, ids: _Ids) -> Attachment:
        head = blocks[item.index]
        number = ids.next_attachment()
        contents = [blocks[c.index] for c in item.children]
        title = None
        if contents and contents[0].letter in "TH":
            title = contents.pop(0).text
        attachment = Attachment(
            **self._where(head.start, (contents[-1] if contents else head).end),
            id=f"annex_{number}",
            kind="annex",
            label=head.text,
            title=title,
        )
        attachment.paragraphs = self._attachment_paragraphs(contents, attachment.id)
        return attachment

    def _declaration(self, blocks: list[Block], item: Item, ids: _Ids) -> Attachment:
        contents = [blocks[c.index] for c in item.children]
        number = ids.next_attachment()
        start, end = contents[0].start, contents[-1].end
        title = None
        if len(contents) > 1 and not kinds.is_first_person(contents[0].text):
            title = contents.pop(0).text
        attachment = Attachment(
            **self._where(start, end),
            id=f"declaration_{number}",
            kind="declaration",
            label=None,
            title=title,
        )
        attachment.paragraphs = self._attachment_paragraphs(contents, attachment.id)
        return attachment

    def _attachment_paragraphs(self, contents: list[Block], prefix: str) -> list[Paragraph]:
        """Paragraphs of an annex or declaration; (a)/(i) items nest under the one before."""
        paragraphs: list[Paragraph] = []
        seen: dict[str, int] = {}
        for count, block in enumerate(contents, 1):
            label = block.label if block.label and block.label.kind in {"number", "sub"} else None
            text = block.text[label.rest_offset :] if label else block.text
            key = label.label if label and label.kind == "number" else f"p{count}"
            seen[key] = seen.get(key, 0) + 1
            suffix = f"-{seen[key]}" if seen[key] > 1 else ""
            paragraph = Paragraph(
                **self._where(block.start, block.end),
                id=f"{prefix}__para_{key}{suffix}",
                kind="attachment",
                text=text,
                text_start=block.start + (label.rest_offset if label else 0),
                number=label.label if label else None,
                label=label.printed if label else None,
                opener=_opener_text(text, kinds.opener_at(text, self.lexicon)),
            )
            self._annotate(paragraph)
            if label and label.kind == "sub" and paragraphs:
                parent = paragraphs[-1]
                paragraph.level = 1
                paragraph.id = f"{parent.id}__{label.label}"
                parent.children.append(paragraph)
            else:
                paragraphs.append(paragraph)
        return paragraphs

    def _footnotes(self, blocks: list[Block], document: Document) -> list[Footnote]:
        """Footnote texts, each with every marker that refers to it (heading and closing too)."""
        refs: dict[str, list[FootnoteRef]] = {}
        end = blocks[0].start if blocks else len(self.text)
        for match in FOOTNOTE_MARKER.finditer(self.text, 0, end):
            where = self._where(match.start(), match.end())
            refs.setdefault(match.group(1), []).append(FootnoteRef(**where, label=match.group(1)))
        footnotes = []
        for block in blocks:
            match = FOOTNOTE_DEFINITION.match(block.text)
            assert match is not None
            footnote = Footnote(
                **self._where(block.start, block.end),
                label=match.group(1),
                text=block.text[match.end() :].strip(),
                refs=refs.get(match.group(1), []),
            )
            footnotes.append(footnote)
        return footnotes

    def _kind(self, heading_kind: str | None, document: Document) -> str:
        if heading_kind:
            return heading_kind
        symbol = document.symbol or ""
        if "/RES/" in symbol:
            return "adopted"
        if "/L." in symbol or re.match(r"S/\d{4}/", symbol):
            return "draft"
        return "adopted" if document.closing else "draft"

    def _stray(self, block: Block) -> None:
        problem = Problem(
            **self._where(block.start, block.end),
            code="stray-text",
            message=f"text outside the resolution's structure: {block.text[:60]!r}",
        )
        self.problems.append(problem)

    def _problem(self, node: Paragraph, code: str, message: str) -> None:
        where = {"start": node.start, "end": node.end, "line": node.line, "column": node.column}
        self.problems.append(Problem(**where, code=code, message=message))

    def _require_structure(self, document: Document) -> None:
        """Refuse texts that hold no resolution at all (a README, a letter)."""
        if document.formula or document.kind == "amendment":
            return
        known_openers = sum(
            1 for p in document.preambular + document.operative if _known_opener(p, self.lexicon)
        )
        if known_openers >= 2 or (document.closing and known_openers):
            return
        raise InputError(
            document.path,
            "no resolution structure found (no adopting body, preambular or operative paragraphs)",
        )


class _SectionLevels:
    """Where a section label belongs: part (A, B), section (I, II) or subsection (A., B.).

    Labels must continue a sequence: "B" with no "A" before it is a table cell,
    not a section.  A letter under an open roman section starts subsections,
    unless a formula follows it (part B of a resolution has its own formula).
    """

    def __init__(self) -> None:
        self.part: str | None = None
        self.roman: str | None = None
        self.sub: str | None = None

    def place(self, label: str, formula_follows: object) -> str | None:
        """The grammar letter for ``label`` ("L", "R", "S"), or None when it is no section."""
        is_letter = not all(c in "IVXL" for c in label) or (
            len(label) == 1 and self.part is not None and label == _next_letter(self.part)
        )
        if is_letter:
            if self.roman and not formula_follows and label == _next_letter(self.sub):
                self.sub = label
                return "S"
            if label == _next_letter(self.part) or (formula_follows and label == "A"):
                self.part, self.roman, self.sub = label, None, None
                return "L"
            return None
        if _roman_value(label) in {1, (_roman_value(self.roman) if self.roman else 0) + 1}:
            self.roman, self.sub = label, None
            return "R"
        return None


def _next_letter(letter: str | None) -> str:
    return chr(ord(letter) + 1) if letter else "A"


class _Ids:
    """Stable ids: pp_3, op_5, op_II_2, op_II_2__a; repeats get -2, -3."""

    def __init__(self) -> None:
        self.preambular = 0
        self.unnumbered = 0
        self.attachments = 0
        self.used: dict[str, int] = {}

    def assign(
        self, paragraph: Paragraph, kind: str, section: Section | None, parent: Paragraph | None
    ) -> str:
        if parent is not None:
            base = f"{parent.id}__{paragraph.number or 'x'}"
        elif kind == "preambular":
            self.preambular += 1
            paragraph.index = self.preambular
            base = f"pp_{self.preambular}"
        else:
            prefix = "op_" + (section.path.replace(".", "_") + "_" if section else "")
            if paragraph.number is None:
                self.unnumbered += 1
                base = f"{prefix}u{self.unnumbered}"
            else:
                base = f"{prefix}{paragraph.number}"
        self.used[base] = self.used.get(base, 0) + 1
        return base if self.used[base] == 1 else f"{base}-{self.used[base]}"

    def next_attachment(self) -> int:
        self.attachments += 1
        return self.attachments


def _roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for char, following in zip(numeral, numeral[1:] + " ", strict=True):
        value = values.get(char, 0)
        total += -value if values.get(following, 0) > value else value
    return total


def _opener_text(text: str, opener: tuple[str, OpenerMatch] | None) -> str | None:
    """The opener as printed: the words the lexicon matched, or the first word."""
    words = list(_WORD.finditer(text[:200]))
    if not words:
        return None
    count = opener[1].words if opener else 1
    if opener and opener[0] == "plural" and words[0].group(0).lower() == "we":
        count += 1
    if not opener and len(words) > 1 and words[0].group(0).lower().endswith("ly"):
        count = 2
    count = min(count, len(words))
    return text[words[0].start() : words[count - 1].end()]


def _known_opener(paragraph: Paragraph, lexicon: Lexicon) -> bool:
    return paragraph.opener is not None and kinds.opener_at(paragraph.text, lexicon) is not None


def _annex_heading(text: str) -> bool:
    """ "Annex I", "Annex to resolution 1454 (2002)" style headings, and the first "Article 1"
    of an agreement or statute a resolution approves (resolutions have no articles)."""
    if re.fullmatch(r"Article\s+(?:1|I)\b.{0,80}", text) and not text.endswith((".", ";", ",")):
        return True
    return bool(re.fullmatch(r"(?:Annex|ANNEX)\s+(?:[IVX]+|[A-Z]|\d+)?\s*[^.;,]{0,80}", text)) and (
        len(text) < 90 and not text.endswith((".", ";", ","))
    )


def _walk_items(items: list[Item]) -> list[Item]:
    found = []
    for item in items:
        found.append(item)
        found.extend(
            _walk_items([c for c in item.children if c.kind in {"section", "declaration"}])
        )
    return found
