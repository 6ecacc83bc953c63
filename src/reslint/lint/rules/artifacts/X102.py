from __future__ import annotations

from typing import TYPE_CHECKING

from reslint.lint.rule import Rule

if TYPE_CHECKING:
    from reslint.lint.context import Context
    from reslint.lint.suppress import Directive


class UnusedSuppression(Rule):
    """A suppression comment that suppresses nothing.

    ## What it does
    Reports ``<!-- reslint: disable=... -->`` comments (and their
    ``disable-next-line`` and ``disable-file`` forms) that silenced no
    finding, and the codes of a comment that silenced nothing
    (``disable=P101,S`` where only P101 was needed names S).

    ## Why
    A suppression outlives the problem it was written for; left in place
    it would hide the next real finding.

    ## Example
    <!-- reslint: disable-next-line=P101 -->
    Recalling its resolution 70/1,

    ## Use instead
    Recalling its resolution 70/1,

    ## Fix safety
    No fix.

    ## Source
    reslint; the same rule as ruff's RUF100.
    """

    code = "X102"
    slug = "unused-suppression"
    message = "Unused suppression"
    level = "warning"
    nodes = ()

    def check(self, node: object, ctx: Context) -> None:  # reported by the engine
        return

    def report_unused(self, directive: Directive, ctx: Context) -> None:
        unused = directive.unused()
        codes = "all rules" if unused == (None,) else ",".join(str(c) for c in unused)
        ctx.report_line(
            self, directive.line, directive.column, f"{self.message}: {directive.kind} {codes}"
        )
