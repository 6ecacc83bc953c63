"""The classifier on short texts: verbs, strength, addressees, actions, mandates."""

from __future__ import annotations

import pytest

from helpers import SC, parsed
from helpers import operative as in_body
from reslint.classifier import classifier_for

GA = "The General Assembly,\n\n{}\n"


def operative(paragraph: str, lexicon: dict | None = None):
    document = parsed(GA.format("Recalling its resolutions,\n\n1. " + paragraph))
    return classifier_for(lexicon).classify(document).operative[0]


def categories(result) -> set[str]:
    return {a.category for a in result.addressees}


@pytest.mark.parametrize(
    ("text", "verb", "head", "modifiers", "rank", "label"),
    [
        ("Decides to remain seized of the matter.", "decides", "decide", [], 5, "decision"),
        (
            "Also strongly urges Member States to act;",
            "strongly urges",
            "urge",
            ["also"],
            3,
            "exhortation",
        ),
        ("Calls upon all States to act;", "calls upon", "call upon", [], 3, "exhortation"),
        ("Calls on all States to act;", "calls on", "call upon", [], 3, "exhortation"),
        ("Once again urges States to act;", "urges", "urge", ["once again"], 3, "exhortation"),
        (
            "Takes note with appreciation of the report;",
            "takes note with appreciation",
            "take note",
            [],
            0,
            "acknowledgement",
        ),
        (
            "Expresses its deep concern at the situation;",
            "expresses its deep concern",
            "express",
            [],
            0,
            "acknowledgement",
        ),
        (
            "Reiterates its call upon all parties to cease fire;",
            "reiterates its call upon",
            "reiterate",
            [],
            3,
            "exhortation",
        ),
        (
            "Reiterates its demand that Israel cease all settlement activities;",
            "reiterates its demand",
            "reiterate",
            [],
            4,
            "demand-condemnation",
        ),
        (
            "Draws the attention of Member States to the report;",
            "draws the attention of",
            "draw the attention",
            [],
            2,
            "request",
        ),
        (
            "Further requests the Secretary-General to report;",
            "requests",
            "request",
            ["further"],
            2,
            "request",
        ),
        (
            "Decides further that the Council shall meet;",
            "decides",
            "decide",
            ["further"],
            5,
            "decision",
        ),
        (
            "Reaffirms its conviction that peace is possible;",
            "reaffirms its conviction",
            "reaffirm",
            [],
            0,
            "acknowledgement",
        ),
        ("Emphasises the role of women;", "emphasises", "emphasize", [], 0, "acknowledgement"),
    ],
)
def test_verb_phrase_head_modifiers_and_strength(text, verb, head, modifiers, rank, label) -> None:
    result = operative(text)
    assert (result.verb, result.head, result.modifiers) == (verb, head, modifiers)
    assert (result.strength.rank, result.strength.label) == (rank, label)


def test_further_as_an_adjective_stays_out_of_the_modifiers() -> None:
    result = operative("Encourages further steps towards disarmament;")
    assert result.verb == "encourages" and result.modifiers == []
    assert categories(result) == {"self"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Calls upon Member States, international organizations, civil society organizations "
            "and the private sector to cooperate;",
            {"member-states", "other-organizations", "civil-society-private-sector"},
        ),
        ("Requests the Secretary-General to report;", {"secretary-general"}),
        ("Decides that all States shall prevent the sale of arms;", {"member-states"}),
        ("Demands that Iraq and Kuwait respect the boundary;", {"named-states"}),
        ("Decides to establish a committee;", {"self"}),
        ("Condemns the attacks against civilians;", {"self"}),
        ("Reaffirms that all States shall respect the Charter;", {"self"}),
        ("Welcomes the efforts of the Government of the Sudan;", {"self"}),
        ("Commends the Government of the Sudan for its efforts;", {"named-states"}),
        (
            "Encourages the United Nations Office on Drugs and Crime (UNODC) to assist States;",
            {"un-system"},
        ),
        (
            "Invites the Human Rights Council and the special rapporteurs to consider the matter;",
            {"un-organs"},
        ),
        ("Urges the parties to cease hostilities;", {"named-states"}),
        ("Calls upon all relevant stakeholders to cooperate;", {"all-actors"}),
        ("Urges States parties to the Convention to implement it;", {"states-parties"}),
        (
            "Welcomes the report, and requests the Secretary-General to submit a report;",
            {"secretary-general"},
        ),
        (
            "Requests the Secretary-General, in consultation with Member States, to act;",
            {"secretary-general"},
        ),
        (
            "Calls upon the Governments of Rwanda and Uganda to withdraw their troops;",
            {"named-states"},
        ),
    ],
)
def test_addressee_categories(text: str, expected: set[str]) -> None:
    assert categories(operative(text)) == expected


def test_addressee_surface_text_keeps_full_names() -> None:
    result = operative("Calls upon the Government of the Syrian Arab Republic to comply;")
    assert [(a.text, a.category) for a in result.addressees] == [
        ("Government of the Syrian Arab Republic", "named-states")
    ]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Urges Member States to consider ratifying the Convention;", "consider"),
        ("Urges Member States to further strengthen cooperation;", "strengthen"),
        ("Requests the Secretary-General to carry out a study;", "carry out"),
        ("Decides that all States shall not render assistance;", "render"),
        ("Calls upon all parties to armed conflict to respect the law;", "respect"),
        ("Takes note of the report;", None),
        ("Commends the Commission for its work;", None),
        # S/RES/241 (1967), paragraph 5: a verb joined by a hyphen is one verb
        ("Calls upon all Member States to co-operate with the Security Council;", "co-operate"),
    ],
)
def test_requested_action(text: str, action: str | None) -> None:
    assert operative(text).action == action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # S/RES/241 (1967), paragraph 6: the body's own "should remain seized" asks
        # nothing, as "Decides to remain seized" does; the request after it does
        (
            "Decides that the Security Council should remain seized of the question and "
            "requests the Secretary-General to follow the implementation of the present "
            "resolution.",
            "follow",
        ),
        ("Decides that the Council will remain actively seized of the matter.", None),
        # look-alike: another organ is asked
        ("Decides that the Committee shall meet in closed session.", "meet"),
    ],
)
def test_the_body_itself_is_asked_nothing(text: str, action: str | None) -> None:
    assert in_body(f"1. {text}", SC).action == action


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Requests the Secretary-General to submit a report at its seventy-first session;",
            "seventy-first session",
        ),
        (
            "Requests the Secretary-General to report to the Council every three months;",
            "every three months",
        ),
        (
            "Requests the Secretary-General to report by 31 May 2021 on the situation;",
            "31 May 2021",
        ),
        ("Requests the Secretary-General to keep the Council informed;", "none"),
    ],
)
def test_reporting_mandates(text: str, due: str) -> None:
    result = operative(text)
    assert result.mandate is not None and result.mandate.due == due


def test_request_that_is_not_a_report_is_no_mandate() -> None:
    assert operative("Requests the Secretary-General to prepare a plan;").mandate is None


def test_unknown_verb_is_reported_with_the_word_found() -> None:
    result = operative("Acclaims the work of the Committee;")
    assert (result.verb, result.found, result.strength.label) == ("unknown", "acclaims", "unknown")


def test_user_lexicon_extends_verbs_and_actors() -> None:
    lexicon = {
        "verbs": {
            "acclaims": {"head": "acclaim", "strength": "encouragement", "addresses": ["object"]}
        },
        "actors": {"Friends of the Chair": "un-organs"},
    }
    result = operative("Acclaims the Friends of the Chair for their work;", lexicon)
    assert (result.verb, result.head, result.strength.label) == (
        "acclaims",
        "acclaim",
        "encouragement",
    )
    assert categories(result) == {"un-organs"}


def test_preambular_functions_and_chapter_vii() -> None:
    document = parsed(
        "The Security Council,\n\nRecalling its resolution 2334 (2016),\n\n"
        "Deeply concerned by the violence,\n\nWelcoming the report,\n\n"
        "Expressing its profound condolences to the families,\n\n"
        "Having listened to the briefing,\n\nActing under Chapter VII of the Charter,\n\n"
        "1. Decides to act.\n"
    )
    result = classifier_for(None).classify(document)
    assert [p.function for p in result.preambular] == [
        "recall-reaffirm",
        "concern",
        "welcome-appreciation",
        "other",
        "consideration",
        "other",
    ]
    assert result.body == "security-council" and result.chapter_vii


@pytest.mark.parametrize(
    ("operative", "expected"),
    [
        # S/RES/1718 (2006): the Chapter VII clause inside the paragraph
        (
            "1. Decides, acting under Chapter VII of the Charter of the United Nations, that "
            "the DPRK shall abandon all nuclear weapons.",
            True,
        ),
        # S/RES/1769 (2007), paragraph 15: the operative paragraph opens with it
        (
            "15. Acting under Chapter VII of the Charter of the United Nations: (a) decides "
            "that UNAMID is authorized to take the necessary action.",
            True,
        ),
        (
            "1. Decides to extend the mandate of the Mission, recalling its resolutions "
            "under Chapter VI of the Charter.",
            False,
        ),
    ],
)
def test_chapter_vii_in_an_operative_paragraph(operative: str, expected: bool) -> None:
    document = parsed(f"The Security Council,\n\nRecalling its resolutions,\n\n{operative}\n")
    assert classifier_for(None).classify(document).chapter_vii is expected


def test_chapter_vii_is_the_security_councils() -> None:
    document = parsed(
        "The General Assembly,\n\nRecalling its resolutions,\n\n"
        "1. Decides, acting under Chapter VII of the Charter, that nothing changes.\n"
    )
    assert classifier_for(None).classify(document).chapter_vii is False


def test_provision_without_an_opening_verb() -> None:
    result = operative("Member States shall make advances to the Working Capital Fund;")
    assert (result.verb, result.strength.label) == ("shall", "decision")
    assert categories(result) == {"member-states"} and result.action == "make"


def test_the_tokenizer_is_given_no_run_longer_than_a_hundred_characters() -> None:
    from reslint.annotate import tokenizable

    text = "1. Decides " + "*" * 250 + " to act;"
    given = tokenizable(text)
    assert len(given) == len(text)
    assert max(len(run) for run in given.split()) == 99
    assert all(a == b or a == " " for a, b in zip(given, text, strict=True))
    # words and the paragraph around the run are untouched
    assert given.startswith("1. Decides ") and given.endswith(" to act;")
    assert tokenizable("Calls upon all States to act;") == "Calls upon all States to act;"
