"""The alphabet of the structure grammar: one letter per type of body paragraph.

The parser types every paragraph of a resolution's body (``parser/line_types.py``)
and writes its type as one letter; the structure grammar (``structure.py``)
reads the string of letters.  Both import the letters from here, the only
place they are spelled.
"""

from __future__ import annotations

FORMULA = "F"  # "The General Assembly,"
PREAMBULAR = "P"  # "Recalling its resolution ...,"
NUMBERED = "O"  # "1. Decides ...;"
UNNUMBERED = "U"  # an operative paragraph without a number (a lone one, say)
SUB_LETTER = "a"  # "(a) ..."
SUB_ROMAN = "i"  # "(i) ..."
ROMAN_SECTION = "R"  # "II"
LETTERED_PART = "L"  # "A", "B": a lettered part or section
SUBSECTION = "S"  # "A.", "B." under a roman section
HEADING = "H"  # "Travel ban": a heading line
TEXT = "T"  # any other text
CLOSING = "C"  # "80th plenary meeting"
ANNEX = "A"  # "Annex"
DECLARATION = "D"  # the content of an adopted declaration ("We, the Heads of State ...")

ALPHABET = (
    FORMULA
    + PREAMBULAR
    + TEXT
    + HEADING
    + NUMBERED
    + UNNUMBERED
    + SUB_LETTER
    + SUB_ROMAN
    + ROMAN_SECTION
    + LETTERED_PART
    + SUBSECTION
    + CLOSING
    + ANNEX
    + DECLARATION
)
OPERATIVE = NUMBERED + UNNUMBERED
SECTIONS = ROMAN_SECTION + LETTERED_PART + SUBSECTION
LOOSE_TEXT = PREAMBULAR + TEXT + HEADING  # text that a section label may head
TITLE_TEXT = TEXT + HEADING  # what may be a title line
ENDS = CLOSING + ANNEX  # after these no declaration goes on
