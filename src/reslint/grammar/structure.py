"""The structure grammar: a pyparsing grammar over the types of the body's paragraphs.

Each paragraph of the normalized body is typed by its first characters (see
``lines.py``) and written as one letter; the grammar then reads that string
of letters.  Working on one letter per paragraph keeps the grammar small and
fast, and lets it be the declarative statement of what a resolution is:

    body        := formula? preamble operative closing? attachment*
    preamble    := (preambular sub*)*
    operative   := (operative sub* | section | cross-heading)*
    section     := label title? formula? preamble (operative sub* | cross-heading | section)*
    attachment  := annex-heading anything*

Letters:  F formula  P preambular  O numbered operative  U unnumbered operative
          a (a)-label  i (i)-label  R roman section  L lettered part or section
          S lettered subsection of a roman section
          H heading line  T other text  C closing  A annex heading  D declaration content

The grammar never refuses input: whatever does not fit where it stands is
kept as a stray item, which the parser reports as a problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyparsing as pp


@dataclass
class Item:
    """A node of the parse: its kind, its paragraph index, and what it contains."""

    kind: str  # "preambular", "operative", "sub", "section", "cross", "closing", ...
    index: int
    children: list[Item] = field(default_factory=list)
    title: int | None = None  # sections: paragraph index of the heading line
    preamble: list[Item] = field(default_factory=list)
    formula: int | None = None  # lettered parts: paragraph index of their own formula


def _token(letters: str) -> pp.ParserElement:
    """One paragraph of one of ``letters``; its value is the paragraph index."""
    return pp.Char(letters).set_parse_action(lambda _s, loc, _t: loc)


def _item(kind: str):
    def action(tokens: pp.ParseResults) -> Item:
        index, *children = tokens
        return Item(
            kind, index, [c if isinstance(c, Item) else Item("content", c) for c in children]
        )

    return action


def _section(tokens: pp.ParseResults) -> Item:
    index = tokens[0]
    title = tokens.get("title")
    if isinstance(title, pp.ParseResults):
        title = title[0] if title else None
    preamble = list(tokens.get("preamble", []))
    items = list(tokens.get("items", []))
    formula = tokens.get("formula")
    if isinstance(formula, pp.ParseResults):
        formula = formula[0] if formula else None
    section = Item("section", index, items, title=title, preamble=preamble)
    section.formula = formula.index if isinstance(formula, Item) else None
    return section


def _build() -> pp.ParserElement:
    formula, preambular, text, heading = _token("F"), _token("P"), _token("T"), _token("H")
    numbered, unnumbered = _token("O"), _token("U")
    letter, roman = _token("a"), _token("i")
    roman_section, letter_section, sub_section = _token("R"), _token("L"), _token("S")
    closing, annex, declared = _token("C"), _token("A"), _token("D")
    anything = _token("FPTHOUaiRLSCAD")

    nested_roman = roman.copy().set_parse_action(_item_sub)
    nested_letter = letter.copy().set_parse_action(_item_sub)
    letter_item = (letter + pp.ZeroOrMore(nested_roman)).set_parse_action(_item("sub"))
    roman_item = (roman + pp.ZeroOrMore(nested_letter)).set_parse_action(_item("sub"))
    subs = pp.ZeroOrMore(letter_item | roman_item)
    cross = (text | heading).copy().set_parse_action(lambda _s, loc, _t: Item("cross", loc))
    # a heading line over the first operative paragraph belongs to the operative part
    preamble_item = ((preambular | text) + subs).set_parse_action(
        _item("preambular")
    ) | heading.copy().set_parse_action(lambda _s, loc, _t: Item("cross", loc)) + ~pp.FollowedBy(
        numbered | unnumbered | roman_section | letter_section
    )
    preamble = pp.ZeroOrMore(preamble_item)
    operative_item = ((numbered | unnumbered) + subs).set_parse_action(_item("operative"))
    title = text | heading
    misplaced = (preambular + subs).set_parse_action(_item("misplaced-preambular"))
    orphan = (letter_item | roman_item).copy().add_parse_action(_orphan)
    declaration = pp.OneOrMore(declared).set_parse_action(
        lambda tokens: Item("declaration", tokens[0], [Item("content", i) for i in tokens])
    )

    subsection = (
        sub_section
        + pp.Opt(title)("title")
        + pp.Group(preamble)("preamble")
        + pp.Group(pp.ZeroOrMore(operative_item | declaration | cross | misplaced | orphan))(
            "items"
        )
    ).set_parse_action(_section)
    inner_section = (
        roman_section
        + pp.Opt(title)("title")
        + pp.Group(preamble)("preamble")
        + pp.Group(
            pp.ZeroOrMore(operative_item | declaration | subsection | cross | misplaced | orphan)
        )("items")
    ).set_parse_action(_section)
    # a lettered part of a resolution (A, B) may carry its own formula
    part_formula = formula.copy().set_parse_action(lambda _s, loc, _t: Item("formula", loc))
    outer_section = (
        letter_section
        + pp.Opt(title)("title")
        + pp.Opt(part_formula)("formula")
        + pp.Group(preamble)("preamble")
        + pp.Group(
            pp.ZeroOrMore(operative_item | declaration | inner_section | cross | misplaced | orphan)
        )("items")
    ).set_parse_action(_section)
    operative = pp.ZeroOrMore(
        operative_item
        | declaration
        | outer_section
        | inner_section
        | subsection
        | cross
        | misplaced
        | orphan
    )
    closing_part = (closing + pp.ZeroOrMore(text | heading)).set_parse_action(_item("closing"))
    attachment = (annex + pp.ZeroOrMore(~annex + anything)).set_parse_action(_item("attachment"))
    stray = anything.copy().set_parse_action(lambda _s, loc, _t: Item("stray", loc))
    return (
        pp.Opt(formula.copy().set_parse_action(lambda _s, loc, _t: Item("formula", loc)))
        + pp.Group(preamble)("preamble")
        + pp.Group(operative)("operative")
        + pp.Opt(closing_part)("closing")
        + pp.Group(pp.ZeroOrMore(attachment | stray))("rest")
    )


def _orphan(tokens: pp.ParseResults) -> Item:
    """A sub-paragraph with no paragraph to belong to (after a cross-heading, say)."""
    item = tokens[0]
    return Item("orphan-sub", item.index, item.children)


def _item_sub(_s: str, loc: int, _t: pp.ParseResults) -> Item:
    return Item("sub", loc)


@dataclass
class Parse:
    """The grammar's reading of one body."""

    formula: Item | None
    preamble: list[Item]
    operative: list[Item]
    closing: Item | None
    rest: list[Item]  # attachments and stray items, in order


_GRAMMAR = _build()


def parse_structure(letters: str) -> Parse:
    """Read a string of paragraph letters; never fails."""
    result = _GRAMMAR.parse_string(letters, parse_all=True)
    formula = result[0] if result and isinstance(result[0], Item) else None
    closing = result.get("closing")
    return Parse(
        formula,
        list(result["preamble"]),
        list(result["operative"]),
        closing[0] if closing else None,
        list(result["rest"]),
    )
