"""Clauses: every verb phrase in the body's voice, each read on its own (issue 9).

Sentences from real resolutions (symbol and paragraph given).
"""

from __future__ import annotations

import pytest

from helpers import GA, SC, operative, parsed, verbs
from reslint.classifier import OperativeClass, classifier_for


def paragraph(text: str, body: str = GA) -> OperativeClass:
    return operative(f"1. {text}", body)


@pytest.mark.parametrize(
    ("text", "expected", "body"),
    [
        # A/C.6/80/L.11, paragraph 13: ", and stresses"
        (
            "Recognizes the importance of the legal publications prepared by the Treaty Section, "
            "and stresses the need to update the Summary of Practice of the Secretary-General as "
            "Depositary of Multilateral Treaties;",
            ["recognizes", "stresses"],
            GA,
        ),
        # A/RES/78/169, paragraph 3: "and in this regard calls upon"
        (
            "Recognizes that the production, processing, application and proper management and "
            "export of natural plant fibres may well have the potential to be advantageous to the "
            "economies of many developing countries, and in this regard calls upon Member States "
            "to take effective measures, as appropriate;",
            ["recognizes", "calls upon"],
            GA,
        ),
        # S/2018/693, paragraph 13 (end): "; and requests" after sub-paragraphs
        (
            "Reaffirms that UNAMID must continue to give priority in decisions about the use of "
            "available capacity and resources to: (a) the protection of civilians across Darfur; "
            "and (b) ensuring safe and unhindered humanitarian access; and requests UNAMID to "
            "maximise the use of its capabilities;",
            ["reaffirms", "requests"],
            SC,
        ),
        # S/RES/1445 (2002), paragraph 13: indents, and "reiterates its demand for"
        (
            "Stresses that the main responsibility for resolving the conflict rests with the "
            "parties themselves and, in this regard: — Calls on all parties to provide full "
            "access for MONUC, and — Reiterates its demand for Kisangani to be demilitarized "
            "without further delay or precondition;",
            ["stresses", "calls on", "reiterates its demand"],
            SC,
        ),
        # A/C.3/80/L.52, paragraph 5 (g): a sub-paragraph with a verb of the body's voice
        (
            "Also reaffirms the duty of States:\n\n(g) Underlines the right of migrants to "
            "return to their country of citizenship, and recalls that States must ensure that "
            "their returning nationals are duly received;",
            ["reaffirms", "underlines", "recalls"],
            GA,
        ),
    ],
)
def test_every_verb_phrase_in_the_bodys_voice_opens_a_clause(
    text: str, expected: list[str], body: str
) -> None:
    assert verbs(paragraph(text, body)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A/C.1/80/L.51, paragraph 19: "requests for assistance" is a noun
        (
            "Reaffirms its decision to establish and maintain a structured procedure within the "
            "Secretariat, starting in 2026, to process offers of and requests for assistance "
            "submitted under the Programme of Action;",
            ["reaffirms its decision"],  # the body's stance noun belongs to the verb phrase
        ),
        # A/RES/79/81, paragraph 17
        (
            "Recalls its decision to convene during the seventy-ninth session of the General "
            "Assembly an international conference under the auspices of the Assembly;",
            ["recalls its decision"],
        ),
        # A/RES/80/170, paragraph 1: a modal is no verb of the body's voice
        (
            "Considers that the information on the treaties registered under Article 102 should "
            "be useful and relevant to Member States and should be kept updated to assist States "
            "in implementing their obligations;",
            ["considers"],
        ),
        # A/RES/79/185, paragraph 2: two verbs sharing one object
        (
            "Deplores and condemns in the strongest terms the continued armed violence;",
            ["deplores", "condemns in the strongest terms"],
        ),
    ],
)
def test_look_alikes_of_a_later_verb(text: str, expected: list[str]) -> None:
    assert verbs(paragraph(text)) == expected


def test_each_clause_has_its_own_strength_addressees_and_mandate() -> None:
    # S/RES/1325 (2000), paragraph 16
    result = paragraph(
        "Invites the Secretary-General to carry out a study on the impact of armed conflict on "
        "women and girls, and further invites him to submit a report to the Security Council on "
        "the results of this study and to make this available to all Member States of the "
        "United Nations;",
        SC,
    )
    first, second = result.clauses
    assert (first.verb, first.modifiers, first.action, first.mandate) == (
        "invites",
        [],
        "carry out",
        None,
    )
    assert (second.verb, second.modifiers, second.action) == ("invites", ["further"], "submit")
    [him] = second.addressees
    assert (him.text, him.category, him.name) == ("him", "secretary-general", "Secretary-General")
    assert second.mandate is not None and second.mandate.due == "none"
    assert result.mandate == second.mandate  # the paragraph's: the first of any clause


def test_the_paragraph_keeps_its_opening_clause_and_its_strongest() -> None:
    # S/RES/353 (1974), paragraph 7
    result = paragraph(
        "Decides to keep the situation under constant review and asks the Secretary-General to "
        "report as appropriate with a view to adopting further measures;",
        SC,
    )
    assert (result.verb, result.strength.label) == ("decides", "decision")
    assert [c.strength.label for c in result.clauses] == ["decision", "request"]
    assert result.strongest.label == "decision"
    # the union of the clauses' addressees: "self" only when no clause names an actor
    assert [(a.text, a.category) for a in result.addressees] == [
        ("Secretary-General", "secretary-general")
    ]


def test_the_strongest_clause_may_come_later() -> None:
    # A/C.6/80/L.11, paragraph 13
    result = paragraph(
        "Welcomes the report, and requests the Secretary-General to submit a report;"
    )
    assert (result.strength.rank, result.strongest.rank) == (0, 2)


def test_clause_and_addressee_spans_index_the_paragraph_text() -> None:
    # A/RES/78/169, paragraph 3 (shortened at its clause boundary)
    result = paragraph(
        "Recognizes that the export of natural plant fibres may well have the potential to be "
        "advantageous, and in this regard calls upon Member States to take effective measures;"
    )
    second = result.clauses[1]
    clause = result.text[second.start_char : second.end_char]
    assert clause.startswith("in this regard calls upon Member States")
    [addressee] = second.addressees
    assert result.text[addressee.start_char : addressee.end_char] == "Member States"


# -- preambular openers with post-posed modifiers ------------------------------------------


@pytest.mark.parametrize(
    ("opener", "modifiers", "function"),
    [
        ("Recalling also", ["also"], "recall-reaffirm"),
        ("Recalling further", ["further"], "recall-reaffirm"),
        ("Noting with appreciation also", ["also"], "welcome-appreciation"),
        ("Taking also into account", ["also"], "consideration"),
        ("Noting further with appreciation", ["further"], "welcome-appreciation"),
        ("Expressing with deep concern", [], "concern"),
    ],
)
def test_preambular_openers_keep_their_post_posed_modifiers(
    opener: str, modifiers: list[str], function: str
) -> None:
    document = parsed(
        f"{GA},\n\n{opener} the report of the Secretary-General,\n\n1. Decides to act.\n"
    )
    [preambular] = classifier_for(None).classify(document).preambular
    assert (preambular.opener, preambular.modifiers, preambular.function) == (
        opener,
        modifiers,
        function,
    )
