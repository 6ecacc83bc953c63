"""Parse stage: every construct of a resolution, on short texts written for the test."""

from __future__ import annotations

import pickle

import pytest

from helpers import parsed
from reslint.errors import InputError
from reslint.model import CrossHeading, Section

GA = """\
United Nations
A/RES/70/179

General Assembly
Distr.: General
21 January 2016

Seventieth session
Agenda item 106

Resolution adopted by the General Assembly on 17 December 2015

[on the report of the Third Committee (A/70/490)]

70/179. Improving the coordination of efforts against trafficking
in persons

The General Assembly,

Recalling its resolution 64/293 of 30 July 2010 and resolutions 61/180 of 20 December 2006 and 64/178 of 18 December 2009,

Deeply concerned about trafficking in persons, in particular:

(a) Women and girls;

(b) Children,

1. Urges Member States to consider ratifying the Protocol;1

2. Requests the Secretary-General:

(a) To strengthen coordination, including by:

(i) Sharing information;

(ii) Reporting;

(b) To submit a report at its seventy-first session;

3. Decides to remain seized of the matter.

80th plenary meeting
17 December 2015

1 United Nations, Treaty Series, vol. 2237, No. 39574.
"""


def test_heading_fields() -> None:
    heading = parsed(GA).heading
    assert heading.symbol == "A/RES/70/179"
    assert heading.distribution == "General"
    assert heading.date == "21 January 2016"
    assert heading.session == "Seventieth session"
    assert heading.session_number == 70
    assert heading.agenda_items == ["106"]
    assert heading.adoption == "Resolution adopted by the General Assembly on 17 December 2015"
    assert heading.adoption_date == "17 December 2015"
    assert heading.report == "on the report of the Third Committee (A/70/490)"


def test_title_formula_body_and_kind() -> None:
    document = parsed(GA)
    assert document.title.number == "70/179"
    assert document.title.text == (
        "Improving the coordination of efforts against trafficking in persons"
    )
    assert document.formula.text == "The General Assembly,"
    assert document.body == "general-assembly"
    assert document.kind == "adopted"


def test_preambular_paragraphs_with_openers_and_subparagraphs() -> None:
    preambular = parsed(GA).preambular
    assert [p.opener for p in preambular] == ["Recalling", "Deeply concerned"]
    assert [p.id for p in preambular] == ["pp_1", "pp_2"]
    assert [c.label for c in preambular[1].children] == ["(a)", "(b)"]
    assert preambular[1].children[0].id == "pp_2__a"


def test_operative_numbers_subparagraphs_and_nesting() -> None:
    operative = parsed(GA).operative
    assert [p.number for p in operative] == ["1", "2", "3"]
    request = operative[1]
    assert [c.number for c in request.children] == ["a", "b"]
    assert [c.number for c in request.children[0].children] == ["i", "ii"]
    assert request.children[0].children[1].id == "op_2__a__ii"
    assert request.children[0].children[1].level == 2


def test_lines_point_at_the_original_file() -> None:
    document = parsed(GA)
    lines = GA.splitlines()
    assert lines[document.operative[1].line - 1].startswith("2. Requests")
    assert lines[document.preambular[1].children[1].line - 1] == "(b) Children,"
    assert lines[document.title.line - 1].startswith("70/179.")


def test_footnotes_and_their_references() -> None:
    document = parsed(GA)
    assert [f.label for f in document.footnotes] == ["1"]
    footnote = document.footnotes[0]
    assert footnote.text.startswith("United Nations, Treaty Series")
    assert [ref.label for ref in footnote.refs] == ["1"]
    line = GA.splitlines()[footnote.refs[0].line - 1]
    assert line[footnote.refs[0].column - 1 :] == "1"  # the glued "Protocol;1"
    assert GA.splitlines()[footnote.line - 1].startswith("1 United Nations")


def test_citations_with_numbers_bodies_and_dates() -> None:
    citations = parsed(GA).preambular[0].citations
    assert [(c.number, c.date, c.iso_date) for c in citations] == [
        ("64/293", "30 July 2010", "2010-07-30"),
        ("61/180", "20 December 2006", "2006-12-20"),
        ("64/178", "18 December 2009", "2009-12-18"),
    ]
    assert {c.body for c in citations} == {"general-assembly"}
    assert citations[0].text == "resolution 64/293 of 30 July 2010"


@pytest.mark.parametrize(
    ("text", "number", "form", "body"),
    [
        (
            "Recalling Security Council resolution 1757 (2007),",
            "1757 (2007)",
            "year",
            "security-council",
        ),
        ("Recalling its resolution 2758 (XXVI),", "2758 (XXVI)", "roman", "general-assembly"),
        ("Recalling its decision 70/543,", "70/543", "short", "general-assembly"),
        ("Recalling resolution ES-10/24,", "ES-10/24", "session", "general-assembly"),
        ("Recalling resolution A/RES/61/171,", "61/171", "symbol", "general-assembly"),
        (
            "Recalling Human Rights Council resolution 23/5,",
            "23/5",
            "short",
            "human-rights-council",
        ),
    ],
)
def test_citation_forms(text: str, number: str, form: str, body: str) -> None:
    document = parsed(f"The General Assembly,\n\n{text}\n\n1. Decides to act.\n")
    citation = document.preambular[0].citations[0]
    assert (citation.number, citation.form, citation.body) == (number, form, body)


def test_documents_cited_by_symbol() -> None:
    document = parsed(
        "The General Assembly,\n\nHaving considered the report (A/79/467),\n\n1. Decides to act.\n"
    )
    citation = document.preambular[0].citations[0]
    assert (citation.kind, citation.number) == ("document", "A/79/467")


def test_closing_of_the_general_assembly() -> None:
    closing = parsed(GA).closing
    assert closing.meeting == "80th plenary meeting"
    assert closing.plenary
    assert closing.date == "17 December 2015"
    assert closing.vote is None


SC = """\
Resolution 2350 (2026)
of 3 March 2026

The Security Council,

Acting under Chapter VII of the Charter of the United Nations,

1. Decides that all States shall prevent the supply of arms;

2. Calls on the parties to cease hostilities.

Adopted at the 2350th meeting by 10 votes to 1 (Panama), with 4 abstentions (China, France, Bosnia and Herzegovina, United Kingdom of Great Britain and Northern Ireland).
"""


def test_security_council_symbol_and_vote() -> None:
    document = parsed(SC)
    assert document.symbol == "S/RES/2350 (2026)"
    assert document.body == "security-council"
    assert document.kind == "adopted"
    assert document.title is None
    vote = document.closing.vote
    assert (vote.in_favour, vote.against, vote.abstentions) == (10, 1, 4)
    assert vote.against_states == ["Panama"]
    assert vote.abstaining_states == [
        "China",
        "France",
        "Bosnia and Herzegovina",
        "United Kingdom of Great Britain and Northern Ireland",
    ]
    assert document.closing.meeting_number == 2350


def test_unanimous_closing_and_old_footnote_on_the_adoption_line() -> None:
    document = parsed(
        "The Security Council,\n\n1. Requests the Secretary-General to report.\n\n"
        "Adopted unanimously at the 1382nd meeting. 22\n\n22 Adopted without vote.\n"
    )
    assert document.closing.vote.unanimous
    assert document.closing.meeting == "1382nd meeting"
    assert [f.text for f in document.footnotes] == ["Adopted without vote."]


@pytest.mark.parametrize(
    ("formula", "body"),
    [
        ("The General Assembly,", "general-assembly"),
        ("The Security Council,", "security-council"),
        ("The Human Rights Council,", "human-rights-council"),
        ("The Economic and Social Council,", "economic-and-social-council"),
    ],
)
def test_adopting_body_formulas(formula: str, body: str) -> None:
    document = parsed(f"{formula}\n\nRecalling its resolutions,\n\n1. Decides to act;\n")
    assert document.formula.text == formula
    assert document.body == body
    assert [p.number for p in document.operative] == ["1"]


def test_sections_with_headings_own_preamble_and_restarting_numbers() -> None:
    document = parsed(
        """\
        The General Assembly,

        Recalling its resolutions,

        A
        Questions of principle

        Noting the report,

        I

        1. Decides to act;

        2. Requests the Secretary-General to act;

        II
        Financing

        1. Decides to finance the Mission;

        B
        Other matters

        1. Invites Member States to contribute.
        """
    )
    part_a, _ = [item for item in document.main if isinstance(item, Section)]
    assert (part_a.label, part_a.heading, part_a.path) == ("A", "Questions of principle", "A")
    assert [p.opener for p in part_a.preamble] == ["Noting"]
    _, second = [item for item in part_a.items if isinstance(item, Section)]
    assert (second.path, second.heading) == ("A.II", "Financing")
    ids = [p.id for p in document.operative]
    assert ids == ["op_A_I_1", "op_A_I_2", "op_A_II_1", "op_B_1"]
    assert [p.section for p in document.operative] == ["A.I", "A.I", "A.II", "B"]
    assert [p.id for p in document.preambular] == ["pp_1", "pp_2"]


def test_letter_i_after_h_is_a_letter_not_a_roman_numeral() -> None:
    items = "\n\n".join(f"({c}) Item {c};" for c in "abcdefghij")
    document = parsed(f"The General Assembly,\n\n1. Decides that:\n\n{items}\n")
    children = document.operative[0].children
    assert [c.number for c in children] == list("abcdefghij")
    assert all(c.level == 1 for c in children)


def test_ocr_digit_label_for_roman_subparagraph() -> None:
    document = parsed(
        "The Security Council,\n\n1. Affirms the principles:\n\n(1) Withdrawal of forces;\n\n"
        "(ii) Termination of claims;\n"
    )
    assert [c.label for c in document.operative[0].children] == ["(1)", "(ii)"]


def test_no_preamble_and_single_unnumbered_paragraph() -> None:
    document = parsed(
        "The Economic and Social Council,\n\nTakes note of the report of the Committee.\n"
    )
    assert document.preambular == []
    (paragraph,) = document.operative
    assert paragraph.number is None
    assert paragraph.id == "op_u1"
    assert paragraph.opener == "Takes note"


def test_formula_and_verb_on_one_line() -> None:
    document = parsed("The General Assembly approves the programme of work.\n")
    assert document.formula.body == "general-assembly"
    assert document.operative[0].text == "approves the programme of work."


def test_draft_with_sponsors_and_revision() -> None:
    document = parsed(
        """\
        United Nations
        A/C.3/70/L.12/Rev.1

        General Assembly
        Distr.: Limited

        Argentina, Bosnia and Herzegovina, Brazil and Chile: revised draft resolution

        Protection of migrants

        The General Assembly,

        Recalling its resolutions,

        1. Calls upon all States to protect migrants.
        """
    )
    assert document.kind == "draft"
    assert document.symbol == "A/C.3/70/L.12/Rev.1"
    assert document.heading.revision == "Rev.1"
    assert document.heading.document_type == "revised draft resolution"
    assert document.heading.sponsors == ["Argentina", "Bosnia and Herzegovina", "Brazil", "Chile"]
    assert document.title.text == "Protection of migrants"


@pytest.mark.parametrize(
    "symbol",
    [
        "A/RES/70/179",
        "A/C.3/70/L.12/Rev.1",
        "S/RES/2334 (2016)",
        "S/2016/1100",
        "A/HRC/RES/23/5",
        "E/RES/2015/23",
        "A/RES/ES-10/24",
        "A/RES/S-26/2",
    ],
)
def test_symbols(symbol: str) -> None:
    document = parsed(f"United Nations\n{symbol}\n\nThe General Assembly,\n\n1. Decides to act.\n")
    assert document.symbol == symbol


def test_cross_headings_between_operative_paragraphs() -> None:
    document = parsed(
        "The Security Council,\n\nRecalling its resolutions,\n\nArms embargo\n\n"
        "1. Decides to renew the measures;\n\nTravel ban\n\n2. Decides that all States shall act.\n"
    )
    headings = [item.text for item in document.main if isinstance(item, CrossHeading)]
    assert headings == ["Arms embargo", "Travel ban"]
    assert [p.number for p in document.operative] == ["1", "2"]
    assert len(document.preambular) == 1


def test_annex_is_kept_out_of_the_operative_part() -> None:
    document = parsed(
        """\
        The General Assembly,

        1. Adopts the programme contained in the annex to the present resolution.

        80th plenary meeting
        1 June 2026

        Annex

        Programme of work

        1. States will report annually;

        2. The secretariat will assist them.
        """
    )
    assert [p.number for p in document.operative] == ["1"]
    (annex,) = document.attachments
    assert (annex.kind, annex.label, annex.title) == ("annex", "Annex", "Programme of work")
    assert [p.number for p in annex.paragraphs] == ["1", "2"]
    assert annex.paragraphs[0].id == "annex_1__para_1"


def test_embedded_declaration_in_the_first_person_plural() -> None:
    document = parsed(
        """\
        The General Assembly

        Adopts the following political declaration:

        Political declaration on clean air

        We, the Heads of State and Government, assembled in New York, therefore:

        1. Reaffirm our commitment to clean air;

        2. Commit to sharing data.

        3rd plenary meeting
        10 October 2026
        """
    )
    assert [p.opener for p in document.operative] == ["Adopts"]
    (declaration,) = document.attachments
    assert declaration.kind == "declaration"
    assert declaration.title == "Political declaration on clean air"
    assert [p.number for p in declaration.paragraphs if p.number] == ["1", "2"]
    assert document.closing.meeting == "3rd plenary meeting"


def test_duplicate_numbers_get_distinct_stable_ids() -> None:
    text = "The General Assembly,\n\n1. Decides to act;\n\n1. Decides again;\n\n2. Decides.\n"
    first, second = parsed(text), parsed(text)
    assert [p.id for p in first.operative] == ["op_1", "op_1-2", "op_2"]
    assert [p.id for p in first.operative] == [p.id for p in second.operative]


def test_amendment_has_instructions_not_paragraphs() -> None:
    document = parsed(
        """\
        United Nations
        A/80/L.31

        General Assembly
        Distr.: Limited

        United States of America: amendment to draft resolution A/80/L.25

        Strengthening humanitarian assistance

        In operative paragraph 68, after "health", insert "and education".
        """
    )
    assert document.kind == "amendment"
    assert document.operative == [] and document.preambular == []
    assert document.attachments[0].kind == "amendment"


def test_document_model_pickles() -> None:
    document = parsed(GA)
    again = pickle.loads(pickle.dumps(document))
    assert [p.id for p in again.operative] == [p.id for p in document.operative]


@pytest.mark.parametrize(
    "text",
    [
        "# My project\n\nInstall it with pip.\n\n1. Clone the repository.\n2. Run make.\n",
        "Dear Sir,\n\nI have the honour to transmit the attached letter.\n\nYours sincerely,\n",
    ],
)
def test_text_without_resolution_structure_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="no resolution structure found"):
        parsed(text)


def test_old_security_council_heading_gives_symbol_and_date() -> None:
    document = parsed(
        "Resolution 242 (1967)\nof 22 November 1967\n\nThe Security Council,\n\n"
        "1. Affirms the principles;\n\nAdopted unanimously at the\n1382nd meeting.\n"
    )
    assert document.symbol == "S/RES/242 (1967)"
    assert document.heading.adoption_date == "22 November 1967"
    assert document.closing.text == "Adopted unanimously at the 1382nd meeting."


def test_python_api_takes_text_or_a_path(tmp_path) -> None:
    import reslint

    text = "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to act.\n"
    from_text = reslint.parse(text, name="draft.txt")
    file = tmp_path / "draft.txt"
    file.write_text(text, encoding="utf-16")
    from_path = reslint.parse(file)
    assert from_text.path == "draft.txt"
    assert [p.id for p in from_text.operative] == [p.id for p in from_path.operative] == ["op_1"]
    with pytest.raises(InputError):
        reslint.parse("Hello world.\n")
