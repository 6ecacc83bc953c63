"""Decisions about the whole document: its body, its kind, whether it is a resolution at all."""

from __future__ import annotations

import re

from reslint.errors import NoStructureError
from reslint.grammar.lines import opener_at
from reslint.lexicon import Lexicon
from reslint.model import Document, Paragraph

_SC_DRAFT_SYMBOL = re.compile(r"S/\d{4}/")


def body_from_heading(symbol: str | None, heading: str, lexicon: Lexicon) -> str | None:
    """The adopting body when the text has no formula: by the symbol's longest known
    prefix ("A/HRC/RES/" before "A/"), else by a body's name in the heading."""
    best: tuple[int, str] | None = None
    for body, spec in lexicon.bodies.items():
        for prefix in spec.get("symbol_prefixes", []):
            if symbol and symbol.startswith(prefix) and (not best or len(prefix) > best[0]):
                best = (len(prefix), body)
    if best:
        return best[1]
    for body, spec in lexicon.bodies.items():
        if spec.get("name") and spec["name"] in heading:
            return body
    return None


def symbol_from_title(number: str | None, body: str | None, lexicon: Lexicon) -> str | None:
    """The symbol a text printed only as its number before the title ("70/179. Improving
    ..." in a General Assembly text is A/RES/70/179), by the body's symbol pattern."""
    pattern = lexicon.bodies.get(body or "", {}).get("resolution_symbol")
    return pattern.format(number=number) if pattern and number else None


def document_kind(heading_kind: str | None, document: Document) -> str:
    """Adopted or draft: as the heading says, else by the symbol, else by a closing line."""
    if heading_kind:
        return heading_kind
    symbol = document.symbol or ""
    if "/RES/" in symbol:
        return "adopted"
    if "/L." in symbol or _SC_DRAFT_SYMBOL.match(symbol):
        return "draft"
    return "adopted" if document.closing else "draft"


def require_structure(document: Document, lexicon: Lexicon) -> None:
    """Refuse texts that hold no resolution at all (a README, a letter)."""
    if document.formula or document.kind == "amendment":
        return
    known_openers = sum(
        1 for p in document.preambular + document.operative if _known_opener(p, lexicon)
    )
    if known_openers >= 2 or (document.closing and known_openers):
        return
    raise NoStructureError(
        document.path,
        "no resolution structure found (no adopting body, preambular or operative paragraphs)",
    )


def _known_opener(paragraph: Paragraph, lexicon: Lexicon) -> bool:
    return paragraph.opener is not None and opener_at(paragraph.text, lexicon) is not None
