"""The structure grammar: a pyparsing grammar over the types of the body's paragraphs.

Each paragraph of the normalized body is typed by its first characters (see
``parser/line_types.py``) and written as one letter of ``alphabet.py``; the
grammar then reads that string of letters.  Working on one letter per
paragraph keeps the grammar small and fast, and lets it be the declarative
statement of what a resolution is:

    body        := formula? preamble formula? operative closing? attachment*
    preamble    := (preambular sub*)*
    operative   := (operative sub* | section | cross-heading)*
    section     := label title? formula? preamble (operative sub* | cross-heading | section)*
    attachment  := annex-heading anything*

The grammar never refuses input: whatever does not fit where it stands is
kept as a stray item, which the parser reports as a problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import pyparsing as pp

from reslint.grammar import alphabet as letters


class ItemKind(str, Enum):
    """What a node of the parse is."""

    PREAMBULAR = "preambular"
    OPERATIVE = "operative"
    SUB = "sub"  # a sub-paragraph (a), (i)
    SECTION = "section"
    CROSS = "cross"  # a cross-heading between paragraphs
    MISPLACED = "misplaced-preambular"  # a preambular paragraph among the operative ones
    ORPHAN = "orphan-sub"  # a sub-paragraph with no paragraph before it
    DECLARATION = "declaration"
    CLOSING = "closing"
    ATTACHMENT = "attachment"
    FORMULA = "formula"
    CONTENT = "content"  # a paragraph of a closing, attachment or declaration
    STRAY = "stray"


@dataclass
class Item:
    """A node of the parse: its kind, its paragraph index, and what it contains."""

    kind: ItemKind
    index: int
    children: list[Item] = field(default_factory=list)
    title: int | None = None  # sections: paragraph index of the heading line
    preamble: list[Item] = field(default_factory=list)
    formula: int | None = None  # lettered parts: paragraph index of their own formula


def _token(chars: str) -> pp.ParserElement:
    """One paragraph of one of the letters ``chars``; its value is the paragraph index."""
    return pp.Char(chars).set_parse_action(lambda _s, loc, _t: loc)


def _single(element: pp.ParserElement, kind: ItemKind) -> pp.ParserElement:
    """One paragraph read as an ``Item`` of ``kind`` with no children."""
    return element.copy().set_parse_action(lambda _s, loc, _t: Item(kind, loc))


def _item(kind: ItemKind):
    def action(tokens: pp.ParseResults) -> Item:
        index, *children = tokens
        contents = [c if isinstance(c, Item) else Item(ItemKind.CONTENT, c) for c in children]
        return Item(kind, index, contents)

    return action


def _first(tokens: pp.ParseResults, name: str) -> object:
    value = tokens.get(name)
    if isinstance(value, pp.ParseResults):
        return value[0] if value else None
    return value


def _section(tokens: pp.ParseResults) -> Item:
    formula = _first(tokens, "formula")
    return Item(
        ItemKind.SECTION,
        tokens[0],
        list(tokens.get("items", [])),
        title=_first(tokens, "title"),
        preamble=list(tokens.get("preamble", [])),
        formula=formula.index if isinstance(formula, Item) else None,
    )


def _orphan(tokens: pp.ParseResults) -> Item:
    """A sub-paragraph with no paragraph to belong to (after a cross-heading, say)."""
    item = tokens[0]
    return Item(ItemKind.ORPHAN, item.index, item.children)


def _declaration(tokens: pp.ParseResults) -> Item:
    return Item(
        ItemKind.DECLARATION, tokens[0], [Item(ItemKind.CONTENT, index) for index in tokens]
    )


def _build() -> pp.ParserElement:
    formula, preambular = _token(letters.FORMULA), _token(letters.PREAMBULAR)
    text, heading = _token(letters.TEXT), _token(letters.HEADING)
    numbered, unnumbered = _token(letters.NUMBERED), _token(letters.UNNUMBERED)
    letter, roman = _token(letters.SUB_LETTER), _token(letters.SUB_ROMAN)
    roman_section = _token(letters.ROMAN_SECTION)
    lettered_part, subsection = _token(letters.LETTERED_PART), _token(letters.SUBSECTION)
    closing, annex = _token(letters.CLOSING), _token(letters.ANNEX)
    anything = _token(letters.ALPHABET)

    letter_item = (letter + pp.ZeroOrMore(_single(roman, ItemKind.SUB))).set_parse_action(
        _item(ItemKind.SUB)
    )
    roman_item = (roman + pp.ZeroOrMore(_single(letter, ItemKind.SUB))).set_parse_action(
        _item(ItemKind.SUB)
    )
    subs = pp.ZeroOrMore(letter_item | roman_item)
    cross = _single(text | heading, ItemKind.CROSS)
    # a heading line over the first operative paragraph belongs to the operative part
    preamble_item = ((preambular | text) + subs).set_parse_action(
        _item(ItemKind.PREAMBULAR)
    ) | _single(heading, ItemKind.CROSS) + ~pp.FollowedBy(
        numbered | unnumbered | roman_section | lettered_part
    )
    preamble = pp.ZeroOrMore(preamble_item)
    operative_item = ((numbered | unnumbered) + subs).set_parse_action(_item(ItemKind.OPERATIVE))
    title = text | heading
    misplaced = (preambular + subs).set_parse_action(_item(ItemKind.MISPLACED))
    orphan = (letter_item | roman_item).copy().add_parse_action(_orphan)
    declaration = pp.OneOrMore(_token(letters.DECLARATION)).set_parse_action(_declaration)

    def section(
        label: pp.ParserElement, nested: pp.ParserElement | None, own_formula: bool = False
    ) -> pp.ParserElement:
        """A labelled section; a lettered part of a resolution (A, B) may carry its own
        formula, and a section may hold the sections of the level below (``nested``)."""
        inner = [operative_item, declaration, *([nested] if nested else []), cross]
        part_formula = pp.Opt(_single(formula, ItemKind.FORMULA))("formula")
        return (
            label
            + pp.Opt(title)("title")
            + (part_formula if own_formula else pp.Empty())
            + pp.Group(preamble)("preamble")
            + pp.Group(pp.ZeroOrMore(pp.MatchFirst([*inner, misplaced, orphan])))("items")
        ).set_parse_action(_section)

    subsection_item = section(subsection, None)
    inner_section = section(roman_section, subsection_item)
    outer_section = section(lettered_part, inner_section, own_formula=True)
    operative = pp.ZeroOrMore(
        operative_item
        | declaration
        | outer_section
        | inner_section
        | subsection_item
        | cross
        | misplaced
        | orphan
    )
    closing_part = (closing + pp.ZeroOrMore(text | heading)).set_parse_action(
        _item(ItemKind.CLOSING)
    )
    attachment = (annex + pp.ZeroOrMore(~annex + anything)).set_parse_action(
        _item(ItemKind.ATTACHMENT)
    )
    stray = _single(anything, ItemKind.STRAY)
    # the formula said again before the operative part ("The Commission:" after the
    # preamble of an African Commission resolution)
    restated = pp.Suppress(pp.Opt(formula))
    return (
        pp.Opt(_single(formula, ItemKind.FORMULA))
        + pp.Group(preamble)("preamble")
        + restated
        + pp.Group(operative)("operative")
        + pp.Opt(closing_part)("closing")
        + pp.Group(pp.ZeroOrMore(attachment | stray))("rest")
    )


@dataclass
class Parse:
    """The grammar's reading of one body."""

    formula: Item | None
    preamble: list[Item]
    operative: list[Item]
    closing: Item | None
    rest: list[Item]  # attachments and stray items, in order


_GRAMMAR = _build()


def parse_structure(letter_string: str) -> Parse:
    """Read a string of paragraph letters; never fails."""
    result = _GRAMMAR.parse_string(letter_string, parse_all=True)
    formula = result[0] if result and isinstance(result[0], Item) else None
    closing = result.get("closing")
    return Parse(
        formula,
        list(result["preamble"]),
        list(result["operative"]),
        closing[0] if closing else None,
        list(result["rest"]),
    )
