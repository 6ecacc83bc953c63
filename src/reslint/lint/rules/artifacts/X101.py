from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.model import Document


class NormalizerRepair(Rule):
    """What the normalizer repaired in text pasted from a PDF.

    ## What it does
    Reports, as information, the repairs made before parsing, one finding
    per kind of repair at its first place with how many there were: page
    headers and footers removed, footnotes moved out of the page flow,
    footnote numbers separated from words, hyphenation and split words
    joined, paragraphs glued on one line split.  ``reslint normalize --log``
    lists every repair.

    ## Why
    The repairs are what the tool assumed about the text; a reviewer can
    check them, and a clean source file has none.

    ## Example
    perso ns (split by the PDF extraction)

    ## Use instead
    persons

    ## Fix safety
    No fix: the repair is already applied to what reslint reads.

    ## Source
    reslint's normalizer (``reslint normalize --log``).
    """

    code = "X101"
    slug = "normalizer-repair"
    message = "Repaired"
    level = "info"

    def check(self, node: Document, ctx: Context) -> None:
        by_kind: dict[str, list] = {}
        for repair in ctx.normalized.repairs:
            if repair.kind != "comment":  # an inline suppression is not a repair
                by_kind.setdefault(repair.kind, []).append(repair)
        for kind, repairs in by_kind.items():
            first = repairs[0]
            more = f" ({len(repairs)} in all; reslint normalize --log lists them)"
            ctx.report_line(
                self,
                first.line,
                first.column,
                f"{self.message} {kind}: {first.detail}" + (more if len(repairs) > 1 else ""),
            )
