"""``reslint classify --format csv``: one row per operative paragraph (tidy data)."""

from __future__ import annotations

import csv
import io

from reslint.classifier import Classification

COLUMNS = (
    "path",
    "symbol",
    "body",
    "kind",
    "chapter_vii",
    "id",
    "number",
    "section",
    "line",
    "verb",
    "head",
    "modifiers",
    "strength_rank",
    "strength_label",
    "addressee_categories",
    "addressees",
    "action",
    "mandate_due",
    "more_verbs",
    "text",
)


def render(results: list[Classification]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for result in results:
        for paragraph in result.operative:
            categories = sorted({a.category for a in paragraph.addressees})
            writer.writerow(
                (
                    result.path,
                    result.symbol or "",
                    result.body or "",
                    result.kind,
                    str(result.chapter_vii).lower(),
                    paragraph.id,
                    paragraph.number or "",
                    paragraph.section or "",
                    paragraph.line,
                    paragraph.verb,
                    paragraph.head or "",
                    ";".join(paragraph.modifiers),
                    _blank(paragraph.strength.rank),
                    paragraph.strength.label,
                    ";".join(categories),
                    ";".join(a.text for a in paragraph.addressees if a.text),
                    paragraph.action or "",
                    paragraph.mandate.due if paragraph.mandate else "",
                    ";".join(paragraph.more_verbs),
                    paragraph.text,
                )
            )
    return out.getvalue()


def _blank(value: object) -> str:
    return "" if value is None else str(value)
