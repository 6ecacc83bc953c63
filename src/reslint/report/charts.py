"""The charts of the HTML report, as Vega-Lite specifications with their data inline.

Vega-Lite draws them in the browser (``vendor/``, inlined once into the
page), so building a chart here costs no more than building its data: a
report served from the cache is written in a fraction of a second.  Each
function returns one ``Chart``; ``charts(corpus)`` gives them all in the
order of the report's sections.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from reslint.report.aggregate import SELF, Corpus, cited_year, strength_scale

VEGA_VERSIONS = {"vega": "6.4.0", "vega-lite": "6.5.0"}
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
WIDTH = 640
MOST_CITED = 20
TOP_VERBS = 25
TOP_RULES = 20
LABELLED = 8  # cited resolutions named in the network


@dataclass
class Chart:
    id: str
    section: str  # the report section it belongs to
    title: str
    caption: str
    spec: dict[str, Any]


def library() -> str:
    """The JavaScript of Vega and Vega-Lite, to inline once into the page."""
    folder = files("reslint.report").joinpath("vendor")
    return "\n".join(
        folder.joinpath(name).read_text(encoding="utf-8")
        for name in ("vega.min.js", "vega-lite.min.js")
    )


def charts(corpus: Corpus) -> list[Chart]:
    return [
        strength_by_body(corpus),
        strength_by_year(corpus),
        verbs(corpus),
        addressees_by_body(corpus),
        addressees_by_year(corpus),
        preambular_functions(corpus),
        citation_network(corpus),
        most_cited(corpus),
        mandates(corpus),
        findings(corpus),
    ]


def _spec(values: list[dict[str, Any]], **rest: Any) -> dict[str, Any]:
    return {"$schema": SCHEMA, "data": {"values": values}, "width": WIDTH, **rest}


def _strength_color() -> dict[str, Any]:
    labels = list(strength_scale())
    return {
        "field": "strength",
        "type": "nominal",
        "sort": labels,
        "scale": {"domain": labels, "scheme": "redyellowblue"},
        "title": "strength",
    }


def _share(field: str, title: str) -> dict[str, Any]:
    return {
        "aggregate": "sum",
        "field": field,
        "type": "quantitative",
        "stack": "normalize",
        "axis": {"format": "%"},
        "title": title,
    }


def _by_body(
    values: list[dict[str, Any]],
    key: str,
    count: str,
    color: dict,
    title: str | None = None,
    ordered: bool = False,
) -> dict[str, Any]:
    """One bar per body, stacked by ``key``: the share of ``count`` in each (``ordered``
    stacks the keys in their sort order, the strength scale's)."""
    encoding: dict[str, Any] = {
        "y": {"field": "body", "type": "nominal", "title": None},
        "x": _share(count, title or f"share of {count}"),
        "color": color,
    }
    if ordered:
        encoding["order"] = {"field": key, "sort": "ascending"}
    encoding["tooltip"] = _tooltip(("body", "nominal"), (key, "nominal"), (count, "quantitative"))
    return _spec(values, mark="bar", encoding=encoding)


def _by_year(values: list[dict[str, Any]], key: str, count: str, color: dict) -> dict[str, Any]:
    """Stacked shares of ``count`` by ``key`` for each year, one row of bars per body."""
    return _spec(
        values,
        mark="bar",
        encoding={
            "x": {"field": "year", "type": "ordinal", "title": None},
            "y": _share(count, "share"),
            "row": {"field": "body", "type": "nominal", "title": None},
            "color": color,
            "tooltip": _tooltip(
                ("body", "nominal"), ("year", "ordinal"), (key, "nominal"), (count, "quantitative")
            ),
        },
        height=140,
    )


def _tooltip(*fields: tuple[str, str]) -> list[dict[str, str]]:
    return [{"field": name, "type": kind} for name, kind in fields]


def strength_by_body(corpus: Corpus) -> Chart:
    values = [
        {"body": b, "strength": s, "clauses": n} for (b, s), n in corpus.strength_by_body.items()
    ]
    return Chart(
        "strength-by-body",
        "strength",
        "Strength of clauses by body",
        "Share of all clauses (opening and later verb phrases) at each strength.",
        _by_body(values, "strength", "clauses", _strength_color(), ordered=True),
    )


def strength_by_year(corpus: Corpus) -> Chart:
    values = [
        {"body": b, "year": y, "strength": s, "clauses": n}
        for (b, y, s), n in corpus.strength_by_year.items()
    ]
    return Chart(
        "strength-by-year",
        "strength",
        "Strength of clauses by year",
        "Share of the clauses of each year's documents at each strength, one row per body "
        "(year of adoption or issue; for a General Assembly text without a date, the year "
        "its session opened).",
        _by_year(values, "strength", "clauses", _strength_color()),
    )


def verbs(corpus: Corpus) -> Chart:
    values = [
        {"verb": head, "strength": strength, "clauses": count}
        for head, strength, count in corpus.top_verbs(TOP_VERBS)
    ]
    return Chart(
        "verbs",
        "verbs",
        f"The {TOP_VERBS} most frequent operative verbs",
        "Clauses by the head of their verb phrase ('strongly urges' counts as 'urge').",
        _spec(
            values,
            mark="bar",
            encoding={
                "y": {"field": "verb", "type": "nominal", "sort": "-x", "title": None},
                "x": {"field": "clauses", "type": "quantitative"},
                "color": _strength_color(),
                "tooltip": _tooltip(
                    ("verb", "nominal"), ("strength", "nominal"), ("clauses", "quantitative")
                ),
            },
        ),
    )


def _category_color() -> dict[str, Any]:
    return {"field": "category", "type": "nominal", "scale": {"scheme": "tableau10"}}


def addressees_by_body(corpus: Corpus) -> Chart:
    values = [
        {"body": b, "category": c, "addressees": n}
        for (b, c), n in corpus.addressees_by_body.items()
        if c != SELF
    ]
    return Chart(
        "addressees-by-body",
        "addressees",
        "Who is asked to act, by body",
        "Share of the actors addressed by clauses, by category (clauses that address only "
        "the body itself are left out).",
        _by_body(values, "category", "addressees", _category_color()),
    )


def addressees_by_year(corpus: Corpus) -> Chart:
    values = [
        {"body": b, "year": y, "category": c, "addressees": n}
        for (b, y, c), n in corpus.addressees_by_year.items()
        if c != SELF
    ]
    return Chart(
        "addressees-by-year",
        "addressees",
        "Who is asked to act, over time",
        "Share of the actors addressed in each year's documents, by category, one row per body.",
        _by_year(values, "category", "addressees", _category_color()),
    )


def preambular_functions(corpus: Corpus) -> Chart:
    values = [
        {"body": b, "function": f, "paragraphs": n}
        for (b, f), n in corpus.functions_by_body.items()
    ]
    return Chart(
        "preambular-functions",
        "preamble",
        "What preambles do, by body",
        "Share of preambular paragraphs by the function of their opener.",
        _by_body(
            values,
            "function",
            "paragraphs",
            {"field": "function", "type": "nominal", "scale": {"scheme": "set2"}},
            title="share of preambular paragraphs",
        ),
    )


def citation_network(corpus: Corpus) -> Chart:
    """Citing documents (top row) joined to the resolutions they cite (bottom row), both
    placed by year: who cites the most cited resolutions, and how far back."""
    cited = [
        {"name": target, "year": cited_year(target), "citations": count}
        for target, count, _inside in corpus.most_cited(MOST_CITED)
    ]
    placed = {node["name"]: node["year"] for node in cited if node["year"] is not None}
    edges = [
        {"from": citing, "to": target, "x": corpus.citing_year.get(citing), "x2": placed[target]}
        for citing, target in corpus.citation_edges(placed)
        if corpus.citing_year.get(citing) is not None
    ]
    citing = [
        {"name": name, "year": corpus.citing_year[name], "cites": n}
        for name, n in sorted(Counter(e["from"] for e in edges).items())
    ]
    x = {"type": "quantitative", "scale": {"zero": False}, "axis": {"format": "d"}, "title": "year"}
    rows = {"type": "nominal", "sort": ["citing document", "cited resolution"], "title": None}
    return Chart(
        "citation-network",
        "citations",
        f"Citation network of the {MOST_CITED} most cited resolutions",
        "Each line joins a document of the corpus (top) to a resolution it cites (bottom), "
        "both placed by year; the larger a resolution's dot, the more documents cite it.",
        {
            "$schema": SCHEMA,
            "width": WIDTH,
            "height": 240,
            "layer": [
                {
                    "data": {"values": edges},
                    "mark": {"type": "rule", "opacity": 0.25, "color": "#4c78a8"},
                    "encoding": {
                        "x": {"field": "x", **x},
                        "x2": {"field": "x2"},
                        "y": {"datum": "citing document", **rows},
                        "y2": {"datum": "cited resolution"},
                    },
                },
                {
                    "data": {"values": citing},
                    "mark": {"type": "circle", "size": 40, "color": "#f58518", "opacity": 0.8},
                    "encoding": {
                        "x": {"field": "year", **x},
                        "y": {"datum": "citing document", **rows},
                        "tooltip": _tooltip(
                            ("name", "nominal"), ("year", "quantitative"), ("cites", "quantitative")
                        ),
                    },
                },
                {
                    "data": {"values": cited},
                    "mark": {"type": "circle", "color": "#4c78a8", "opacity": 0.85},
                    "encoding": {
                        "x": {"field": "year", **x},
                        "y": {"datum": "cited resolution", **rows},
                        "size": {
                            "field": "citations",
                            "type": "quantitative",
                            "title": "citing documents",
                        },
                        "tooltip": _tooltip(
                            ("name", "nominal"),
                            ("year", "quantitative"),
                            ("citations", "quantitative"),
                        ),
                    },
                },
                {
                    "data": {"values": cited[:LABELLED]},
                    "mark": {
                        "type": "text",
                        "angle": 30,
                        "align": "left",
                        "dx": 6,
                        "dy": 10,
                        "fontSize": 10,
                    },
                    "encoding": {
                        "x": {"field": "year", **x},
                        "y": {"datum": "cited resolution", **rows},
                        "text": {"field": "name"},
                    },
                },
            ],
        },
    )


def most_cited(corpus: Corpus) -> Chart:
    values = [
        {"resolution": target, "documents": count, "in corpus": "yes" if inside else "no"}
        for target, count, inside in corpus.most_cited(MOST_CITED)
    ]
    return Chart(
        "most-cited",
        "citations",
        f"The {MOST_CITED} most cited resolutions",
        "Number of documents of the corpus that cite each resolution.",
        _spec(
            values,
            mark="bar",
            encoding={
                "y": {"field": "resolution", "type": "nominal", "sort": "-x", "title": None},
                "x": {"field": "documents", "type": "quantitative", "title": "citing documents"},
                "color": {"field": "in corpus", "type": "nominal"},
                "tooltip": _tooltip(("resolution", "nominal"), ("documents", "quantitative")),
            },
        ),
    )


def mandates(corpus: Corpus) -> Chart:
    values = [{"due": due, "reports": n} for due, n in corpus.mandates_by_session().items()]
    order = sorted((v["due"] for v in values), key=lambda d: (not d.isdecimal(), d.zfill(4)))
    return Chart(
        "mandates",
        "mandates",
        "Reports asked of the Secretary-General, by the session they are due at",
        "'other' is a date or a rhythm ('regularly', 'every 90 days'); 'none' names no time.",
        _spec(
            values,
            mark="bar",
            encoding={
                "x": {"field": "due", "type": "ordinal", "sort": order, "title": "due at session"},
                "y": {"field": "reports", "type": "quantitative"},
                "tooltip": _tooltip(("due", "nominal"), ("reports", "quantitative")),
            },
        ),
    )


def findings(corpus: Corpus) -> Chart:
    ranked = sorted(corpus.findings.items(), key=lambda item: -item[1])[:TOP_RULES]
    values = [{"rule": code, "level": level, "findings": n} for (code, level), n in ranked]
    return Chart(
        "findings",
        "findings",
        f"Lint findings: the {TOP_RULES} most frequent rules",
        "Findings of reslint lint, each file with its own configuration.",
        _spec(
            values,
            mark="bar",
            encoding={
                "y": {"field": "rule", "type": "nominal", "sort": "-x", "title": None},
                "x": {"field": "findings", "type": "quantitative"},
                "color": {
                    "field": "level",
                    "type": "nominal",
                    "scale": {
                        "domain": ["error", "warning", "info"],
                        "range": ["#c0392b", "#e67e22", "#7f8c8d"],
                    },
                },
                "tooltip": _tooltip(
                    ("rule", "nominal"), ("level", "nominal"), ("findings", "quantitative")
                ),
            },
        ),
    )
