"""``reslint classify --format csv``: one row per operative paragraph, or per clause
(``--unit clause``), as tidy data."""

from __future__ import annotations

import csv
import io

from reslint.classifier import Classification, Clause, OperativeClass

DOCUMENT = ("path", "symbol", "body", "kind", "chapter_vii")
PLACE = ("id", "number", "section", "line")
READING = (
    "verb",
    "head",
    "modifiers",
    "strength_rank",
    "strength_label",
    "addressee_categories",
    "addressees",
    "action",
    "mandate_due",
)
PARAGRAPH_COLUMNS = (
    *DOCUMENT,
    *PLACE,
    *READING,
    "strongest_rank",
    "strongest_label",
    "clauses",
    "text",
)
CLAUSE_COLUMNS = (*DOCUMENT, *PLACE, "clause", *READING, "text")
UNITS = ("paragraph", "clause")


def render(results: list[Classification], unit: str = "paragraph") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CLAUSE_COLUMNS if unit == "clause" else PARAGRAPH_COLUMNS)
    for result in results:
        document = (
            result.path,
            result.symbol or "",
            result.body or "",
            result.kind,
            str(result.chapter_vii).lower(),
        )
        for paragraph in result.operative:
            place = (paragraph.id, paragraph.number or "", paragraph.section or "", paragraph.line)
            if unit == "clause":
                for number, clause in enumerate(paragraph.clauses, 1):
                    text = paragraph.text[clause.start_char : clause.end_char].strip()
                    writer.writerow((*document, *place, number, *_reading(clause), text))
            else:
                writer.writerow((*document, *place, *_paragraph(paragraph)))
    return out.getvalue()


def _paragraph(paragraph: OperativeClass) -> tuple[object, ...]:
    """The opening clause's reading, then what only a whole paragraph has."""
    return (
        *_reading(paragraph),
        _blank(paragraph.strongest.rank),
        paragraph.strongest.label,
        len(paragraph.clauses),
        paragraph.text,
    )


def _reading(clause: Clause | OperativeClass) -> tuple[object, ...]:
    categories = sorted({a.category for a in clause.addressees})
    return (
        clause.verb,
        clause.head or "",
        ";".join(clause.modifiers),
        _blank(clause.strength.rank),
        clause.strength.label,
        ";".join(categories),
        ";".join(a.text for a in clause.addressees if a.text),
        clause.action or "",
        clause.mandate.due if clause.mandate else "",
    )


def _blank(value: object) -> str:
    return "" if value is None else str(value)
