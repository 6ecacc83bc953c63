"""``reslint diff --format html``: one self-contained page, old and new side by side.

The summary is on top (verdict, counts, renumbering); below, every unit in the new
version's order, the old paragraph on the left and the new one on the right, words
deleted struck through in red and words inserted in green, and under each changed
unit what its changes mean.  Unchanged paragraphs are shown greyed, so the page reads
as the whole text.  No script, no external file: the page can be mailed or attached.
"""

from __future__ import annotations

from html import escape

from reslint.diff.result import AlignedUnit, Comparison
from reslint.render.diff_common import (
    PARTS,
    described,
    numbering_runs,
    side_name,
    status_text,
    title_line,
)

STYLE = """
body { font: 15px/1.45 Georgia, "Times New Roman", serif; margin: 2em auto; max-width: 78em;
  color: #1d1d1d; padding: 0 1em; }
h1 { font-size: 1.35em; margin-bottom: .2em; }
.paths { color: #555; font-size: .9em; margin-top: 0; }
.verdict { display: inline-block; padding: .15em .6em; border-radius: .3em; font-weight: bold; }
.v-unchanged, .v-editorial { background: #e3f2e1; }
.v-technical-update { background: #e4ecf7; }
.v-substantive { background: #fbe4d5; }
table.counts td { padding: .1em 1.2em .1em 0; }
table.diff { border-collapse: collapse; width: 100%; margin-top: 1.5em; }
table.diff td { vertical-align: top; width: 50%; padding: .45em .7em; border-top: 1px solid #ddd; }
tr.part th { text-align: left; padding-top: 1.4em; font-size: 1.1em;
  border-bottom: 2px solid #999; }
tr.unchanged td { color: #888; }
tr.changes td { border-top: none; padding-top: 0; font-size: .9em; }
.name { font-weight: bold; font-family: sans-serif; font-size: .85em; margin-right: .5em; }
.status { font-family: sans-serif; font-size: .75em; padding: .05em .4em; border-radius: .25em;
  background: #eee; margin-left: .4em; }
.s-added { background: #d8f0d2; } .s-deleted { background: #f6d5d2; }
.s-moved, .s-split, .s-merged { background: #dfe3f7; } .s-edited { background: #f8efc9; }
del { background: #fbd3d0; color: #7a1010; }
ins { background: #d2f1cd; color: #0f5512; text-decoration: none; }
ul.meaning { margin: 0; padding-left: 1.2em; }
.level-1 td:first-child, .level-1 td:last-child { padding-left: 2em; }
.level-2 td:first-child, .level-2 td:last-child { padding-left: 3.3em; }
"""


def render(comparison: Comparison, color: bool = False) -> str:
    summary = comparison.summary
    title = escape(title_line(comparison))
    counts = {**summary.paragraphs, **summary.counts}
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>{number}</td></tr>" for name, number in counts.items()
    )
    runs = numbering_runs(summary.numbering)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>reslint diff: {title}</title><style>{STYLE}</style></head><body>",
        f"<h1>reslint diff: {title}</h1>",
        f'<p class="paths">old: {escape(comparison.old.path)}<br>'
        f"new: {escape(comparison.new.path)}</p>",
        f'<p><span class="verdict v-{summary.verdict.replace(" ", "-")}">'
        f"{escape(summary.verdict)}</span> {escape(summary.headline)}</p>",
    ]
    if rows:
        parts.append(f'<table class="counts">{rows}</table>')
    if runs:
        parts.append(f"<p>Renumbered operative paragraphs: {escape(', '.join(runs))}</p>")
    parts.append(_findings(comparison))
    parts.append('<table class="diff"><tbody>')
    part = None
    for unit in comparison.units:
        if unit.part != part:
            part = unit.part
            parts.append(f'<tr class="part"><th colspan="2">{PARTS[part]}</th></tr>')
        parts.append(_unit(unit))
    parts.append("</tbody></table></body></html>\n")
    return "".join(parts)


def _unit(unit: AlignedUnit) -> str:
    old_cell, new_cell = _cells(unit)
    status = (
        ""
        if unit.status == "unchanged" and not unit.changes
        else (f'<span class="status s-{unit.status}">{escape(status_text(unit))}</span>')
    )
    row_class = "unchanged" if unit.status == "unchanged" and not unit.changes else "changed"
    old_name = f'<span class="name">{escape(side_name(unit.old))}</span>' if unit.old else ""
    new_name = f'<span class="name">{escape(side_name(unit.new))}</span>' if unit.new else ""
    html = (
        f'<tr class="{row_class} level-{unit.level}"><td>{old_name}{old_cell}</td>'
        f"<td>{new_name}{new_cell}{status}</td></tr>"
    )
    meaning = described(unit)
    if meaning:
        items = "".join(f"<li>{escape(line)}</li>" for line in meaning)
        html += (
            f'<tr class="changes level-{unit.level}"><td></td>'
            f'<td><ul class="meaning">{items}</ul></td></tr>'
        )
    return html


def _cells(unit: AlignedUnit) -> tuple[str, str]:
    if not unit.new:
        return f"<del>{escape(unit.old_text)}</del>", ""
    if not unit.old:
        return "", f"<ins>{escape(unit.new_text)}</ins>"
    if not unit.segments:
        return escape(unit.old_text), escape(unit.new_text)
    old, new = [], []
    for segment in unit.segments:
        if segment.tag == "equal":
            old.append(escape(segment.old))
            new.append(escape(segment.new))
            continue
        if segment.old:
            old.append(f"<del>{escape(segment.old)}</del>")
        if segment.new:
            new.append(f"<ins>{escape(segment.new)}</ins>")
    return " ".join(old), " ".join(new)


def _findings(comparison: Comparison) -> str:
    if comparison.findings is None:
        return ""
    items = "".join(
        f"<li>line {d.line}: <code>{escape(d.code)}</code> {escape(d.message)}</li>"
        for d in comparison.findings
    )
    return f"<h2>New lint findings ({len(comparison.findings)})</h2><ul>{items}</ul>"
