from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reslint.lexicon import Lexicon
from reslint.lint.diagnostic import Edit, Fix
from reslint.lint.rule import Rule
from reslint.lint.rules.text import own_end

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph

SESSION = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+((?:special\s+|emergency\s+special\s+)?session)\b"
)
# most paragraphs name no session: a search for the word (a literal, found 20 times
# faster than a scan for SESSION, which opens with \b) skips them
SESSION_WORD = re.compile("session")


def ordinal_words(number: int, lexicon: Lexicon) -> str | None:
    """71 -> "seventy-first", 80 -> "eightieth" (from the number words of rules/lexicon)."""
    by_value = {value: word for word, value in lexicon.ordinals.items()}
    if number in by_value:
        return by_value[number]
    tens = {value: word for word, value in lexicon.tens.items()}
    if number // 10 * 10 in tens and number % 10 in by_value:
        return f"{tens[number // 10 * 10]}-{by_value[number % 10]}"
    return None


class SessionInWords(Rule):
    """Sessions are written in words: "seventy-first session".

    ## What it does
    Reports a session number written in figures ("71st session").

    ## Why
    Sessions are numbered in words, meetings in figures ("80th plenary
    meeting").

    ## Example
    at its 71st session

    ## Use instead
    at its seventy-first session

    ## Fix safety
    Safe: the number is written in words.

    ## Source
    UN Editorial Manual, "Numbers, dates and time".
    """

    code = "N102"
    slug = "session-in-words"
    message = "Write the session in words"
    level = "warning"
    nodes = ("preambular", "operative", "subparagraph")
    fixable = True

    def check(self, node: Paragraph, ctx: Context) -> None:
        start, end = node.text_start, own_end(node)
        if not SESSION_WORD.search(ctx.text, start, end):
            return
        for match in SESSION.finditer(ctx.text, start, end):
            words = ordinal_words(int(match.group(1)), ctx.lexicon)
            fix = None
            if words:
                fix = Fix(
                    (Edit(match.start(), match.end(1) + 2, words),), message=f"write {words!r}"
                )
            ctx.report(
                self,
                match.start(),
                match.end(),
                f"{self.message}: {words or match.group(1)!r}",
                fix=fix,
                node=node.id,
            )
