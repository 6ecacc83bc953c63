"""The end marks a paragraph and its sub-paragraphs must carry (shared by P101-P104).

A paragraph without sub-paragraphs ends with its own mark.  A paragraph that
introduces sub-paragraphs ends its own text with a colon; its sub-paragraphs
end with a semicolon (a comma under a preambular paragraph, as in A/RES/70/179),
and the last one takes the paragraph's own mark, down every level:
(a) ... ; (b) ... ; (i) ... ; (ii) <the mark>.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reslint.lint.diagnostic import SAFE, UNSAFE, Edit, Fix
from reslint.lint.rules.text import end_mark, own_end
from reslint.model import Document, Paragraph
from reslint.normalize.notation import MARKER_START

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.lint.rule import Rule

NAMES = {",": "a comma", ";": "a semicolon", ".": "a full stop", ":": "a colon"}
_ANNOUNCES = re.compile(r"\b(?:the following|as follows)\s*:\s*$")


@dataclass
class Expected:
    paragraph: Paragraph
    start: int
    end: int
    mark: str
    role: str  # "own" (a paragraph without sub-paragraphs), "chapeau", "sub", "last-sub"


def expected_marks(
    paragraph: Paragraph, final: str, role: str = "own", between: str | None = None
) -> Iterator[Expected]:
    """The marks of a paragraph and its sub-paragraphs: sub-paragraphs end with ";" (with
    "," under a preambular paragraph, which is one long comma-separated clause), the
    last one with the paragraph's own final mark."""
    if not paragraph.children:
        yield Expected(paragraph, paragraph.text_start, paragraph.end, final, role)
        return
    between = between or ("," if paragraph.kind == "preambular" else ";")
    yield Expected(paragraph, paragraph.text_start, own_end(paragraph), ":", "chapeau")
    for index, child in enumerate(paragraph.children):
        last = index == len(paragraph.children) - 1
        if not last and child.label and not child.number:
            continue  # the items of a bulleted list are punctuated as the text chooses
        mark, child_role = (final, "last-sub") if last else (between, "sub")
        yield from expected_marks(child, mark, child_role, between)


def final_mark(ctx: Context, paragraph: Paragraph) -> str:
    """ ";" for operative paragraphs, "." for the last of the resolution or of its part."""
    if paragraph.kind == "preambular":
        return ","
    last = ctx.cached("last-operative", lambda: _last_operative(ctx.document))
    return "." if paragraph.id in last else ";"


def _last_operative(document: Document) -> set[str]:
    """Ids of the paragraphs that end with a full stop: the last operative paragraph, or
    the last of each part (A, B) when the parts have their own formula."""
    operative = document.operative
    if not operative:
        return set()
    if not any(getattr(s, "formula", None) for s in _parts(document)):
        return {operative[-1].id}
    last: dict[str, Paragraph] = {}
    for paragraph in operative:
        part = paragraph.section.split(".")[0] if paragraph.section else ""
        last[part] = paragraph
    return {p.id for part, p in last.items() if part} | {operative[-1].id}


def _parts(document: Document) -> list:
    from reslint.model import Section

    return [item for item in document.main if isinstance(item, Section)]


def _introduces(text: str, expected: Expected) -> bool:
    """A colon that rightly introduces what follows: text that is no paragraph (a
    quotation, a table, an adopted text); after an unnumbered "Resolves that:", the
    numbered provisions; after the last preambular paragraph, lettered operative
    paragraphs ("... to resume the Conference:" over "(a) Expresses ...")."""
    from reslint.grammar.lines import label_at

    paragraph = expected.paragraph
    if paragraph.kind == "operative" and not paragraph.number and expected.role == "own":
        return True
    if paragraph.kind == "preambular" and expected.role == "own":
        following = text[expected.end : expected.end + 200].lstrip("\n")
        label = label_at(following)
        if label is not None and label.kind == "sub":
            return True  # lettered paragraphs that are not its own: the operative part
    if _ANNOUNCES.search(text, max(expected.start, expected.end - 80), expected.end):
        return True  # "... towards the following:" announces what comes, numbered or not
    following = text[expected.end : expected.end + 200].lstrip("\n")  # not the whole rest
    if not following or following.startswith(MARKER_START):
        return False
    return label_at(following) is None


def check_marks(rule: Rule, ctx: Context, paragraph: Paragraph, roles: set[str]) -> None:
    """Report every expected mark of ``roles`` that the text does not carry."""
    final = final_mark(ctx, paragraph)
    for expected in expected_marks(paragraph, final):
        if expected.role not in roles:
            continue
        mark, at = end_mark(ctx.text, expected.start, expected.end)
        if mark == expected.mark or (mark == ":" and _introduces(ctx.text, expected)):
            continue
        if expected.role == "chapeau" and mark == "" and not rule.option("strict"):
            continue  # "Affirms further the necessity" over (a), (b): older style, not wrong
        found = f"ends with {NAMES[mark]}" if mark else "has no end mark"
        ctx.report(
            rule,
            at,
            at + 1 if mark else at,  # the wrong mark, or the point where the mark is missing
            f"{rule.message}: {found}, expected {NAMES[expected.mark]}",
            fix=_mark_fix(ctx.text, mark, at, expected.mark),
            node=expected.paragraph.id,
        )


def _mark_fix(text: str, mark: str, at: int, wanted: str) -> Fix | None:
    """The fix that puts ``wanted`` in place of ``mark`` (or after the text, when none).

    Safe for punctuation that only closes the clause.  A colon announces what
    follows it (a list the parser may not have seen as one), so replacing it
    can change what the text says: unsafe.  The last dot of an ellipsis is no
    end mark to replace: no fix.
    """
    if mark == "." and text[at - 1 : at] in (".", "…"):
        return None
    edit = Edit(at, at + 1, wanted) if mark else Edit(at, at, wanted)
    return Fix((edit,), UNSAFE if mark == ":" else SAFE, f"end with {NAMES[wanted]}")
