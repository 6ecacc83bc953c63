from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from reslint.lint.rule import Option, Rule
from reslint.lint.rules.formatting.runs import (
    Emphasis,
    formatted,
    opener_end,
    visible,
    word_runs,
)

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Paragraph


_SHOWN = 60  # characters of the emphasized text quoted in the message


class OperativeEmphasis(Rule):
    """No italics or bold for emphasis in operative text (Word files).

    ## What it does
    In a ``.docx``, reports bold anywhere in an operative paragraph or its
    sub-paragraphs, and italics other than the opening verb phrase.  The
    italics of the opening phrase may run on for a few words past the verb
    the lexicon knows ("*Expresses its deep appreciation* to ..."): option
    ``run-on``.  Titles that must stay in italics (publications, ships) are
    listed in the option ``allow``.  Silent on plain text and PDF.

    ## Why
    A resolution states what its organ does; emphasis is given by the verb
    ("Strongly condemns"), never by the type.  Italics in operative text are
    kept for the opening verb and for titles of publications, so stray
    italics or bold read as a drafting error or a pasted fragment.

    ## Example
    1. *Calls upon* all States to **immediately** cease *all* attacks;

    ## Use instead
    1. *Calls upon* all States to cease all attacks immediately;

    ## Fix safety
    No fix: the formatting is removed in Word.

    ## Options
    ``run-on = 3``: words the opening italics may run on past the verb
    phrase.  ``allow = ["World Drug Report 2024"]``: texts that may be in
    italics (titles of publications).

    ## Source
    UN Editorial Manual, "Resolutions and other formal decisions of United
    Nations organs" and "Italics"; DESIGN.md section 3, Formatting.
    """

    code = "W102"
    slug = "operative-emphasis"
    message = "Emphasis in operative text"
    level = "warning"
    nodes = ("operative",)
    options: ClassVar[dict[str, Option]] = {
        "run-on": Option(3, "words the opening italics may run on past the verb phrase"),
        "allow": Option([], "texts that may be in italics (titles of publications)"),
    }

    def check(self, node: Paragraph, ctx: Context) -> None:
        if not formatted(ctx):
            return
        end = max(paragraph.end for paragraph in node.walk())
        runs = word_runs(ctx, node.text_start, end)
        if not runs:
            return
        allowed = self._opening_italics(node, ctx, runs)
        for stretch in _merged(r for r in runs if (r.italic or r.bold) and visible(ctx, r)):
            italic = stretch.italic and not stretch.bold
            start = max(stretch.start, allowed) if italic else stretch.start
            shown = " ".join(ctx.text[start : stretch.end].split())
            if italic and (stretch.end <= allowed or shown in self.option("allow")):
                continue
            kind = "Italics" if italic else "Bold"
            if len(shown) > _SHOWN:
                shown = shown[: _SHOWN - 3] + "..."
            message = f"{kind} for emphasis in operative text: {shown!r}"
            ctx.report(self, start, stretch.end, message, node=node.id)

    def _opening_italics(self, node: Paragraph, ctx: Context, runs: list[Emphasis]) -> int:
        """Where the italics allowed at the opening end: the verb phrase, and the italic
        words right after it up to ``run-on`` words."""
        verb_end = opener_end(node, ctx)
        if verb_end is None:
            return node.text_start
        allowed = verb_end
        for run in runs:
            if run.end <= verb_end:
                continue
            if not run.italic or run.bold or run.start > allowed:
                break
            extra = len(ctx.text[verb_end : run.end].split())
            if extra > self.option("run-on"):
                break
            allowed = run.end
        return allowed


def _merged(runs: Any) -> list[Emphasis]:
    """Adjacent runs of the same emphasis as one stretch (Word splits runs freely)."""
    merged: list[Emphasis] = []
    for run in runs:
        last = merged[-1] if merged else None
        same = last is not None and (last.italic, last.bold) == (run.italic, run.bold)
        if same and last is not None and run.start - last.end <= 1:
            merged[-1] = Emphasis(last.start, run.end, run.italic, run.bold)
        else:
            merged.append(run)
    return merged
