"""References to paragraphs of the same resolution (R106 checks them, S103's
renumbering updates them): "paragraph 5 above", "paragraphs 3 to 7 below",
"paragraph 12 of the present resolution"."""

from __future__ import annotations

import re

PARAGRAPH_REFERENCE = re.compile(
    r"\bparagraphs?\s+((?:\d+(?:\s*\([a-z]+\))?(?:\s*,\s*|\s+and\s+|\s+to\s+|\s*[-–]\s*)?)+)"
    r"(?=\s*(?:above|below|of (?:the present|this) resolution))"
)
NUMBER = re.compile(r"\d+")  # each paragraph number inside group 1 of a reference
