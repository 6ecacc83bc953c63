"""Word styles: whether a run is italic or bold, and which list a paragraph style numbers.

A run's italic (``w:i``) and bold (``w:b``) come from the first of: its own
properties, its character style, its paragraph's style, the document
defaults, each style followed up its ``basedOn`` chain.  Drafts made from UN
templates number operative paragraphs through a paragraph style as often
as directly, so a paragraph's list (``w:numPr``) is looked up the same way.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

_FALSE = {"0", "false", "off", "none"}
_MAX_CHAIN = 20  # basedOn chains are short; a cycle must not loop


def flag(properties: Any, tag: str) -> bool | None:
    """An on/off property (``w:i``, ``w:b``) set in ``properties``, or None."""
    if properties is None:
        return None
    element = properties.find(qn(tag))
    if element is None:
        return None
    return (element.get(qn("w:val")) or "true").lower() not in _FALSE


class StyleSheet:
    """The styles part of one document, with the look-ups the reader needs."""

    def __init__(self, styles_element: Any) -> None:
        self.styles: dict[str, Any] = {}
        self.default_paragraph: str | None = None
        for style in styles_element.iterchildren(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            if style_id is None:
                continue
            self.styles[style_id] = style
            default = (style.get(qn("w:default")) or "").lower() in ("1", "true", "on")
            if style.get(qn("w:type")) == "paragraph" and default:
                self.default_paragraph = style_id
        defaults = styles_element.find(qn("w:docDefaults"))
        run_defaults = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
        self.run_defaults = run_defaults.find(qn("w:rPr")) if run_defaults is not None else None

    def _chain(self, style_id: str | None) -> list[Any]:
        """The style and those it is based on, nearest first."""
        chain: list[Any] = []
        while style_id and style_id in self.styles and len(chain) < _MAX_CHAIN:
            style = self.styles[style_id]
            if any(style is seen for seen in chain):
                break
            chain.append(style)
            based = style.find(qn("w:basedOn"))
            style_id = based.get(qn("w:val")) if based is not None else None
        return chain

    def paragraph_style(self, properties: Any) -> str | None:
        """The style id of a paragraph (its ``w:pStyle``, else the default one)."""
        element = properties.find(qn("w:pStyle")) if properties is not None else None
        return element.get(qn("w:val")) if element is not None else self.default_paragraph

    def _style_flag(self, style_id: str | None, tag: str) -> bool | None:
        for style in self._chain(style_id):
            value = flag(style.find(qn("w:rPr")), tag)
            if value is not None:
                return value
        return None

    def run_format(self, properties: Any, paragraph_style: str | None) -> tuple[bool, bool]:
        """(italic, bold) of a run with ``properties`` in a paragraph of ``paragraph_style``."""
        character = properties.find(qn("w:rStyle")) if properties is not None else None
        character_style = character.get(qn("w:val")) if character is not None else None
        result = []
        for tag in ("w:i", "w:b"):
            value = flag(properties, tag)
            if value is None:
                value = self._style_flag(character_style, tag)
            if value is None:
                value = self._style_flag(paragraph_style, tag)
            if value is None:
                value = flag(self.run_defaults, tag)
            result.append(bool(value))
        return result[0], result[1]

    def numbering(self, properties: Any, paragraph_style: str | None) -> tuple[str, int] | None:
        """(numId, level) of a numbered paragraph, from its own properties or its style."""
        own = properties.find(qn("w:numPr")) if properties is not None else None
        num_id, level = _num_pr(own)
        for style in self._chain(paragraph_style):
            if num_id is not None and level is not None:
                break
            style_properties = style.find(qn("w:pPr"))
            inherited = (
                style_properties.find(qn("w:numPr")) if style_properties is not None else None
            )
            style_num, style_level = _num_pr(inherited)
            num_id = num_id if num_id is not None else style_num
            level = level if level is not None else style_level
        if num_id is None or num_id == "0":
            return None
        return num_id, level or 0


def _num_pr(element: Any) -> tuple[str | None, int | None]:
    if element is None:
        return None, None
    num = element.find(qn("w:numId"))
    level = element.find(qn("w:ilvl"))
    level_value = level.get(qn("w:val")) if level is not None else None
    return (
        num.get(qn("w:val")) if num is not None else None,
        int(level_value) if level_value and level_value.isdecimal() else None,
    )
