"""References to paragraphs of the same resolution (R106 checks them, S103's
renumbering updates them): "paragraph 5 above", "paragraphs 3 to 7 below",
"paragraph 12 of the present resolution", and, for the renumbering, bare ones
that name no other text ("the progress ... per paragraph 14,").

Each number is followed by separators that hold no digit, so a run of digits
is read one way only: the patterns stay linear on any input.
"""

from __future__ import annotations

import re

_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+|\s+to\s+|\s*[-–]\s*)"
_ONE = r"\d+(?:\s*\([a-z]+\))?"
_NUMBERS = rf"{_ONE}(?:{_SEPARATOR}{_ONE})*"
_WHOLE_LIST = rf"\b(?!\s*\([a-z])(?!{_SEPARATOR}\d)"  # not the first numbers of a longer list
_OWN = r"\s*(?:above|below|of (?:the present|this) resolution)"
# "paragraph" as a word, the literal first: a pattern that opens with "\b" or a
# lookbehind is tried at every position, one that opens with a word is searched for
_PARAGRAPH = r"paragraph(?<!\wparagraph)"
PARAGRAPH_REFERENCE = re.compile(rf"{_PARAGRAPH}s?\s+({_NUMBERS})(?={_OWN})")
# a bare "paragraph N" is another text's when a text is named after it ("paragraph 3 of
# resolution 1990 (2011)", "paragraph 1 (b), of the London Convention") or just before it
# ("article 77, paragraph 3", "resolution 748 (1992), especially its paragraph 5")
_NAMED_AFTER = r"\s*,?\s*(?:of|in|under)\b"
_NAMED_BEFORE = r"(?<!its paragraph)(?<!\d, paragraph)(?<!\), paragraph)(?<![A-Za-z], paragraph)"
BARE_PARAGRAPH_REFERENCE = re.compile(
    rf"{_PARAGRAPH}{_NAMED_BEFORE}s?\s+({_NUMBERS}){_WHOLE_LIST}(?!{_OWN})(?!{_NAMED_AFTER})"
)
NUMBER = re.compile(r"\d+")  # each paragraph number inside group 1 of a reference
