from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from reslint.lint.diagnostic import Edit, Fix
from reslint.lint.rule import Rule

_ANOTHER_NUMBER = re.compile(r"(?:,|\band)\s+(?:\d{1,4}/\d{1,4}\b|\d{1,4}\s\((?:19|20)\d\d\))")

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Citation, Paragraph

KEYWORD = re.compile(r"^(resolution|decision)(s?)\b", re.IGNORECASE)


class CitationNumberAgreement(Rule):
    """ "resolution" for one, "resolutions" for several.

    ## What it does
    Checks that "resolution" (or "decision") introduces a single number and
    "resolutions" several.

    ## Why
    "resolutions 61/180" names one resolution; "resolution 61/180 and
    64/178" names two.

    ## Example
    Recalling its resolution 61/180 and 64/178,

    ## Use instead
    Recalling its resolutions 61/180 and 64/178,

    ## Fix safety
    Safe: the "s" is added or removed.

    ## Source
    UN Editorial Manual, "Footnotes and other references".
    """

    code = "R105"
    slug = "citation-number-agreement"
    message = "Singular or plural does not match the citations"
    level = "warning"
    # SC texts of 1995-2018 break it (measured: tests/test_lint_corpus.py)
    levels: ClassVar[dict[str, str]] = {"security-council": "info"}
    nodes = ("preambular", "operative", "subparagraph")
    fixable = True

    def check(self, node: Paragraph, ctx: Context) -> None:
        for group in _groups(node.citations):
            match = KEYWORD.match(group[0].text)
            plural = bool(match.group(2))
            own_end = node.children[0].start if node.children else node.end
            goes_on = plural and _list_goes_on(ctx.text[group[-1].end : own_end])
            if plural == (len(group) > 1) or goes_on:
                continue
            start = group[0].start + match.end(1)
            edit = Edit(start, start + 1, "") if plural else Edit(start, start, "s")
            word = match.group(1) + ("s" if not plural else "")
            ctx.report(
                self,
                group[0].start,
                group[0].start + match.end(),
                f"{self.message}: write {word!r}",
                fix=Fix((edit,), message=f"{word!r}"),
                node=node.id,
            )


def _list_goes_on(rest: str) -> bool:
    """More numbers follow in the same clause of the paragraph, after a title or an
    aside: "resolutions 59/156 of 20 December 2004, entitled "...", 73/189 of ...": the
    plural is right."""
    clause = re.split(r";|\.\s", rest[:600], maxsplit=1)[0]
    return bool(_ANOTHER_NUMBER.search(clause))


def _groups(found: list[Citation]) -> list[list[Citation]]:
    """Citations that one keyword introduces ("resolutions A, B and C")."""
    groups: list[list[Citation]] = []
    for citation in found:
        if KEYWORD.match(citation.text):
            groups.append([citation])
        elif groups and citation.form != "symbol":
            groups[-1].append(citation)
    return groups
