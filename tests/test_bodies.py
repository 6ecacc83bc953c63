"""Texts of bodies other than the General Assembly and the Security Council.

Each construct is tested on its own, in the shapes the published texts of the
bodies show (corpus/other/SOURCES.md): formulas listed in
rules/lexicon/bodies.toml and formulas no entry lists, a formula that goes on
with the session, the formula said again before the operative part, roman
numbers, bulleted items, numbered preambles, and adoption markers.
"""

from __future__ import annotations

import pytest

from reslint.grammar.lines import formula_at
from reslint.lexicon import load_lexicon
from reslint.lint.engine import detect_profile
from reslint.lint.settings import Settings
from reslint.pipeline import lint_source, parse_source
from reslint.source import Source

BODY = (
    "\n\nRecalling its resolution 70/1 of 25 September 2015,\n\n"
    "1. Requests the Executive Director to report on its implementation;\n\n"
    "2. Decides to remain seized of the matter.\n"
)


@pytest.mark.parametrize(
    ("formula", "body"),
    [
        ("The Human Rights Council,", "human-rights-council"),
        ("The Economic and Social Council,", "economic-and-social-council"),
        ("The Commission on the Status of Women,", "ecosoc-commission"),
        ("The Seventy-seventh World Health Assembly,", "world-health-assembly"),
        ("The United Nations Environment Assembly,", "environment-assembly"),
        ("The General Conference,", "general-conference"),
        ("The Conference of the Parties,", "conference-of-parties"),
        ("The Assembly:", "african-union-assembly"),
        ("The Committee,", "committee"),
        # no entry lists it: its shape makes it a formula
        ("The Intergovernmental Council for the Management of Social Transformations,", "other"),
        ("The Governing Board of the Regional Centre:", "other"),
    ],
)
def test_formulas(formula: str, body: str) -> None:
    document = parse_source(Source("t.txt", formula + BODY))
    assert document.formula is not None and document.formula.text == formula
    assert document.body == body
    assert [p.number for p in document.operative] == ["1", "2"]
    _, _, diagnostics = lint_source(Source("t.txt", formula + BODY), Settings())
    assert "S101" not in {d.code for d in diagnostics}


@pytest.mark.parametrize(
    "line",
    [
        "The Fund shall be established as a trust fund;",  # a provision
        "The situation in Burundi",  # a heading
        "The Commission should, within two months, report to the Council.",
    ],
)
def test_lines_that_are_no_formula(line: str) -> None:
    found = formula_at(line, load_lexicon())
    assert found is None or found[1] < len(line.rstrip())


def test_profile_of_each_body_comes_from_the_lexicon() -> None:
    settings = Settings()
    for formula, profile in (
        ("The Economic and Social Council,", "general-assembly"),
        ("The Human Rights Council,", "human-rights-council"),
        ("The Seventy-seventh World Health Assembly,", "generic"),
        ("The Governing Board of the Regional Centre:", "generic"),
    ):
        document = parse_source(Source("t.txt", formula + BODY))
        assert detect_profile(document, settings).body == profile, formula


def test_african_commission_resolution() -> None:
    """other/ACHPR_Res338: the formula goes on with the session and ends with a semicolon,
    "The Commission:" says it again before roman-numbered paragraphs with bulleted items,
    and "Done in Banjul" closes it."""
    text = (
        "ACHPR/Res. 338(LVIII) 2016: Resolution on a Resolutions Committee\n"
        "The African Commission on Human and Peoples’ Rights (the Commission), meeting at "
        "its 58th Ordinary Session held in Banjul, from 6 to 20 April 2016;\n"
        "Recalling its mandate under Article 45 of the African Charter;\n"
        "Considering Rule 23 (1) of its Rules of Procedure;\n"
        "The Commission:\n"
        "i. Decides to establish a Resolutions Committee mandated to:\n"
        "∙ Collect data on situations of human rights violations;\n"
        "∙ Consider resolutions proposed by subsidiary mechanisms;\n"
        "ii. Appoints Commissioner Maya Sahli Fadel as Chairperson of the Committee;\n"
        "iii. Requests the Secretariat to provide the Committee with support.\n"
        "Done in Banjul, Islamic Republic of The Gambia, on 20 April 2016\n"
    )
    document = parse_source(Source("achpr.txt", text))
    assert document.body == "african-commission" and document.kind == "adopted"
    assert [p.opener for p in document.preambular] == ["Recalling", "Considering"]
    assert [p.number for p in document.operative] == ["i", "ii", "iii"]
    items = document.operative[0].children
    assert [(c.label, c.number) for c in items] == [("∙", None), ("∙", None)]
    assert document.closing is not None and document.closing.text.startswith("Done in")
    assert document.problems == []


def test_numbered_preamble() -> None:
    """UNESCO numbers every paragraph: the preamble's 1-3, the operative part's 4-5."""
    text = (
        "Decision of the Intergovernmental Committee: 7.COM 13.c\n\nThe Committee,\n\n"
        "1. Having examined Document ITH/12/7.COM/13.c,\n\n"
        "2. Recalling Resolution 4.GA 5,\n\n"
        "3. Further recalling its decision 6.COM 7,\n\n"
        "4. Decides to continue its reflection at its eighth session;\n\n"
        "5. Requests the Secretariat to propose draft amendments.\n"
    )
    document = parse_source(Source("unesco.txt", text))
    assert [p.number for p in document.preambular] == ["1", "2", "3"]
    assert [p.number for p in document.operative] == ["4", "5"]
    assert document.kind == "adopted"  # "Decision of the ..."
    _, _, diagnostics = lint_source(Source("unesco.txt", text), Settings(select=["S103"]))
    assert diagnostics == []


@pytest.mark.parametrize(
    "heading",
    [
        "At its 24th meeting, on 30 June 2006, the Human Rights Council adopted, by a "
        "recorded vote of 29 votes to 12, with 5 abstentions, the following text:",
        "Resolution of the General Assembly: 3.GA 11",
        "DECISION ON THE 18TH ANNUAL ACTIVITY REPORT OF THE COMMISSION",
        "[adopted without a vote]",
    ],
)
def test_adoption_markers(heading: str) -> None:
    text = f"{heading}\n\nThe Human Rights Council,{BODY}"
    assert parse_source(Source("t.txt", text)).kind == "adopted"


def test_a_draft_decision_stays_a_draft() -> None:
    text = f"Draft decision submitted by the Chair\n\nThe Human Rights Council,{BODY}"
    assert parse_source(Source("t.txt", text)).kind == "draft"
