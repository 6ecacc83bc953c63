"""Addressees that are addressed, not merely mentioned: one test per pattern of issue 9.

Every case is a sentence of a real resolution (symbol and paragraph given); a
pattern that must give an addressee is tested beside the look-alike that must
not.  The expected value is the list of addressee categories of each clause.
"""

from __future__ import annotations

import pytest

from helpers import parsed
from reslint.classifier import OperativeClass, classifier_for

GA = "The General Assembly"
SC = "The Security Council"


def paragraph(
    text: str, body: str = GA, preamble: str = "Recalling its resolutions,"
) -> OperativeClass:
    """The first operative paragraph of a document with ``preamble`` before ``text``."""
    document = parsed(f"{body},\n\n{preamble}\n\n1. {text}\n")
    return classifier_for(None).classify(document).operative[0]


def clause_categories(result: OperativeClass) -> list[set[str]]:
    return [{a.category for a in clause.addressees} for clause in result.clauses]


def check(text: str, expected: list[set[str]], body: str = GA) -> OperativeClass:
    result = paragraph(text, body)
    assert clause_categories(result) == expected, [
        [(a.text, a.category) for a in c.addressees] for c in result.clauses
    ]
    return result


# -- asides and manner phrases: mentioned, not addressed -------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A/C.3/80/L.37, paragraph 6
        (
            "Requests the Secretary-General, in consultation with the Office of the United "
            "Nations High Commissioner for Human Rights, to submit to the General Assembly at "
            "its eighty-second session a comprehensive updated report in this regard;",
            GA,
        ),
        # S/RES/1044 (1996), paragraph 7: the aside without commas
        (
            "Requests the Secretary-General in consultation with the OAU to seek the "
            "cooperation of the Government of the Sudan in the implementation of this "
            "resolution and to report to the Council within 60 days;",
            SC,
        ),
        # A/RES/78/169, paragraph 11: the aside goes on past a comma
        (
            "Requests the Secretary-General, in close collaboration with the Food and "
            "Agriculture Organization of the United Nations, as well as other relevant "
            "international organizations, to include a special section on natural plant fibres "
            "and sustainable development in the report;",
            GA,
        ),
        # S/RES/1132 (1997), paragraph 4: "through" and "in cooperation with"
        (
            "Encourages the Secretary-General, through his Special Envoy, in cooperation with "
            "the ECOWAS Committee, to assist the search for a peaceful resolution of the crisis;",
            SC,
        ),
    ],
)
def test_actors_in_asides_are_not_addressed(text: str, body: str) -> None:
    check(text, [{"secretary-general"}], body)


def test_a_coordinated_actor_is_addressed() -> None:
    # S/RES/1127 (1997), part C, paragraph 18
    result = check(
        "Expresses its appreciation to the Secretary-General, his Special Representative, "
        "and the personnel of MONUA for assisting the parties in Angola to implement the "
        "peace process;",
        [{"secretary-general", "un-system"}],
        SC,
    )
    assert [a.text for a in result.clauses[0].addressees][:2] == [
        "Secretary-General",
        "his Special Representative",
    ]


# -- objects of protection or concern --------------------------------------------------


def test_objects_of_protection_are_not_addressed() -> None:
    # S/RES/814 (1993), part B, paragraph 9
    check(
        "Also demands that all Somali parties, including movements and factions, take all "
        "measures to ensure the safety of the personnel of the United Nations and its "
        "agencies as well as the staff of the International Committee of the Red Cross, "
        "intergovernmental organizations and non-governmental organizations engaged in "
        "providing humanitarian and other assistance;",
        [{"named-states"}],
        SC,
    )


def test_a_second_subject_of_the_demand_is_addressed() -> None:
    # S/RES/770 (1992), paragraph 6
    check(
        "Demands that all parties and others concerned take the necessary measures to ensure "
        "the safety of United Nations and other personnel engaged in the delivery of "
        "humanitarian assistance;",
        [{"named-states", "all-actors"}],
        SC,
    )


# -- possessors and places -----------------------------------------------------------------


def test_possessors_are_not_addressed() -> None:
    # S/RES/661 (1990), paragraph 9
    check(
        "Decides that, notwithstanding paragraphs 4 to 8 above, nothing in the present "
        "resolution shall prohibit assistance to the legitimate Government of Kuwait, and "
        "calls upon all States: (a) To take appropriate measures to protect assets of the "
        "legitimate Government of Kuwait and its agencies; (b) Not to recognize any regime "
        "set up by the occupying Power.",
        [{"self"}, {"member-states"}],
        SC,
    )


def test_places_and_persons_in_the_measure_are_not_addressed() -> None:
    # S/RES/1127 (1997), part B, paragraph 4 (chapeau and (a))
    check(
        "Decides that all States shall take the necessary measures: (a) To prevent the entry "
        "into or transit through their territories of all senior officials of UNITA and of "
        "adult members of their immediate families;",
        [{"member-states"}],
        SC,
    )


def test_the_owner_of_an_addressed_body_gives_its_category() -> None:
    # A/RES/80/197, paragraph 38 (second clause)
    result = check(
        "Takes note of the reports of the Secretary-General on the system-wide implementation "
        "of the United Nations Disability Inclusion Strategy, and calls upon the United Nations "
        "system, including its agencies, funds and programmes, within their respective "
        "mandates, to continue to mainstream disability inclusion;",
        [{"self"}, {"un-system"}],
    )
    assert result.clauses[1].action == "continue"


# -- the actors of a welcomed or noted event -----------------------------------------


def test_actors_of_a_welcomed_event_are_not_addressed() -> None:
    # A/RES/80/118, paragraph 13
    check(
        "Welcomes the establishment by the Commission on Science and Technology for "
        "Development of a dedicated working group to engage in a comprehensive and inclusive "
        "multi-stakeholder dialogue on data governance at all levels;",
        [{"self"}],
    )


def test_actors_of_appreciated_efforts_are_addressed() -> None:
    # A/RES/78/185, paragraph 22
    check(
        "Appreciates the ongoing efforts undertaken by Member States to implement the "
        "conclusion on machine-readable travel documents for refugees and stateless persons "
        "adopted by the Executive Committee at its sixty-eighth session;",
        [{"member-states"}],
    )


# -- commended, thanked, appreciated -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "body"),
    [
        # S/RES/1044 (1996), paragraph 3
        (
            "Commends the efforts of the Government of Ethiopia to resolve this issue through "
            "bilateral and regional arrangements;",
            {"named-states"},
            SC,
        ),
        # S/RES/1929 (2010), paragraph 34: an official, with the acronym of the agency
        (
            "Commends the Director General of the IAEA for his 21 October 2009 proposal of a "
            "draft Agreement;",
            {"un-system"},
            SC,
        ),
        # A/C.6/80/L.11, paragraph 6
        (
            "Expresses its appreciation to El Salvador, Ethiopia and Singapore for hosting the "
            "regional workshops on treaty law and practice in San Salvador, Addis Ababa and "
            "Singapore;",
            {"named-states"},
            GA,
        ),
        # A/RES/80/110, section IV, paragraph 46
        (
            "Pays tribute to the important and long-standing role of the International Court of "
            "Justice with regard to the peaceful settlement of disputes concerning the law of "
            "the sea;",
            {"un-organs"},
            GA,
        ),
        # A/RES/80/110, section VI, paragraph 63
        ("Commends the progress in the work of the Authority;", {"un-system"}, GA),
        # S/2024/37, paragraph 4: "by", and the framework is a place
        (
            "Commends the efforts by Member States within the framework of the International "
            "Maritime Organization, to enhance the safety and secure transit of merchant and "
            "commercial vessels of all States through the Red Sea;",
            {"member-states"},
            SC,
        ),
    ],
)
def test_commended_and_thanked_actors_are_addressed(text: str, expected: set, body: str) -> None:
    result = check(text, [expected], body)
    assert result.clauses[0].action is None  # commending asks for nothing


def test_thanked_actors_are_addressed() -> None:
    # A/RES/80/3, paragraph 2: the Government is thanked; "the people of" names no actor
    result = check(
        "Expresses its profound gratitude to the Government and the people of Turkmenistan for "
        "hosting the Third United Nations Conference on Landlocked Developing Countries, from 5 "
        "to 8 August 2025, and for providing all the necessary support.",
        [{"named-states"}],
    )
    assert result.verb == "expresses its profound gratitude"


def test_the_actors_of_welcomed_efforts_are_not_addressed() -> None:
    # A/RES/79/68, paragraph 19: the look-alike of "Commends the efforts of"
    check(
        "Welcomes the efforts of Cameroon and the Congo in providing assistance to the "
        "Interregional Coordination Centre for Maritime Security in the Gulf of Guinea;",
        [{"self"}],
    )


# -- short names resolved to the entity the text names -----------------------------------

ICSC = (
    "Having considered the report of the International Civil Service Commission for the year 2025,"
)


def test_a_short_name_takes_the_entity_the_text_names() -> None:
    # A/C.5/80/L.17, part A: preamble and paragraph 10
    document = parsed(
        f"{GA},\n\n{ICSC}\n\n10. Requests the Commission to align its work and the "
        "implementation of its work programme with the objectives of cost containment;\n"
    )
    [addressee] = classifier_for(None).classify(document).operative[0].addressees
    assert (addressee.text, addressee.category) == ("Commission", "un-organs")
    assert addressee.name == "International Civil Service Commission"


def test_the_unit_is_the_joint_inspection_unit_of_the_title() -> None:
    # A/RES/44/184 (1989), "Joint Inspection Unit": its preamble and paragraph 4, quoted
    # to the end of its second aside
    document = parsed(
        "44/184. Joint Inspection Unit\n\nThe General Assembly,\n\n"
        "Recalling its resolutions 40/259 of 18 December 1985 and 41/213 of 19 December 1986,"
        "\n\n4. Urges the Secretary-General, in preparing his report on the implementation of "
        "the recommendations of the Joint Inspection Unit, and the Unit, in preparing its "
        "annual report, ...\n"
    )
    result = classifier_for(None).classify(document).operative[0]
    assert [(a.text, a.category, a.name) for a in result.addressees] == [
        ("Secretary-General", "secretary-general", None),
        ("Unit", "un-organs", "Joint Inspection Unit"),
    ]


def test_a_short_name_the_text_does_not_define_keeps_its_category() -> None:
    result = paragraph(
        "Requests the Commission to align its work and the implementation of its work "
        "programme with the objectives of cost containment;"
    )
    [addressee] = result.addressees
    assert (addressee.category, addressee.name) == ("un-organs", None)


def test_a_participle_by_phrase_names_no_addressee() -> None:
    # S/RES/1445 (2002), paragraph 13, its sixth indent: the Tribunal indicts, it is not
    # the actor of the surrender called for
    check(
        "Calls also for the surrender to the International Criminal Tribunal for Rwanda of any "
        "persons indicted by the Tribunal;",
        [{"self"}],
        SC,
    )


def test_the_body_named_by_its_short_name_is_self() -> None:
    # S/RES/457 (1979), paragraph 5
    check(
        "Decides that the Council will remain actively seized of the matter and requests the "
        "Secretary-General to report urgently to it on developments regarding his efforts.",
        [{"self"}, {"secretary-general"}],
        SC,
    )


# -- "all concerned", "all parties" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # S/RES/521 (1982), paragraph 6
        (
            "Insists that all concerned must permit United Nations observers and forces "
            "established by the Security Council in Lebanon to be deployed;",
            [{"all-actors"}],
        ),
        # S/RES/1325 (2000), paragraph 10
        (
            "Calls on all parties to armed conflict to take special measures to protect women "
            "and girls from gender-based violence;",
            [{"named-states"}],
        ),
        # S/RES/1199 (1998), paragraph 13 (second clause)
        (
            "Calls upon the authorities of the Federal Republic of Yugoslavia and all others "
            "concerned in the Federal Republic of Yugoslavia to take all appropriate steps to "
            "ensure that monitoring personnel are not subject to the threat or use of force;",
            [{"named-states", "all-actors"}],
        ),
    ],
)
def test_all_concerned_and_all_parties(text: str, expected: list[set[str]]) -> None:
    check(text, expected, SC)


def test_all_concerned_and_all_parties_in_later_clauses() -> None:
    # S/RES/1445 (2002), paragraph 4: five clauses; the armed groups of the first are
    # the object of a noted fact, those of the second are called on
    result = check(
        "Stresses the importance of the voluntary nature of the disarmament, demobilization, "
        "repatriation, reintegration or resettlement (DDRRR) of the armed groups referred to "
        "in annex A. Chapter 9.1 of the Lusaka Ceasefire Agreement (S/1999/815), calls on the "
        "leaders and members of the armed groups to enter the DDRRR process, also calls on all "
        "concerned to work to this end, emphasizes the need to intensify MONUC's public "
        "information efforts in this regard and calls on all parties to support these efforts;",
        [{"self"}, {"named-states"}, {"all-actors"}, {"self"}, {"named-states"}],
        SC,
    )
    assert result.clauses[2].modifiers == ["also"]
    assert [a.text for a in result.clauses[2].addressees] == ["all concerned"]


# -- classes of States --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        # S/RES/1816 (2008), paragraph 2 (first clause)
        (
            "Urges States whose naval vessels and military aircraft operate on the high seas "
            "and airspace off the coast of Somalia to be vigilant to acts of piracy;",
            "States",
        ),
        # A/C.1/80/L.51, paragraph 28
        (
            "Encourages States in a position to do so to provide financial assistance, through "
            "a voluntary sponsorship fund;",
            "States",
        ),
        # A/RES/80/110, section VI, paragraph 66
        (
            "Encourages remaining States Parties to the Convention in arrears with their "
            "assessed contributions to the Authority to pay their assessed contributions;",
            "States Parties to the Convention",
        ),
    ],
)
def test_classes_of_states(text: str, printed: str) -> None:
    [clause] = paragraph(text).clauses
    assert {a.category for a in clause.addressees} <= {"member-states", "states-parties"}
    assert printed in clause.addressees[0].text
    assert clause.action != "do"  # "to do so" stands for the action


def test_a_class_of_states_in_a_later_clause() -> None:
    # S/RES/1540 (2004), paragraph 7
    result = check(
        "Recognizes that some States may require assistance in implementing the provisions of "
        "this resolution within their territories and invites States in a position to do so to "
        "offer assistance as appropriate in response to specific requests to the States lacking "
        "the legal and regulatory infrastructure;",
        [{"self"}, {"member-states"}],
        SC,
    )
    assert result.clauses[1].action == "offer"


def test_a_state_named_as_a_place_is_not_addressed() -> None:
    # A/C.1/80/L.51, paragraph 28 (rest): the States helped are not addressed
    result = paragraph(
        "Encourages States in a position to do so to provide financial assistance that could "
        "be distributed, upon request, to States otherwise unable to participate in meetings;"
    )
    assert [a.text for a in result.addressees] == ["States"]


# -- officials of organizations and missions ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # S/RES/101 (1953), part C, paragraph 4
        (
            "Requests the Chief of Staff of the Truce Supervision Organization to report "
            "within three months to the Security Council;",
            "un-system",
        ),
        # S/RES/687 (1991), part C, paragraph 13
        (
            "Requests the Director General of the International Atomic Energy Agency, through "
            "the Secretary-General and with the assistance and cooperation of the Special "
            "Commission, to carry out immediate on-site inspection of Iraq's nuclear capabilities;",
            "un-system",
        ),
        # S/RES/1929 (2010), paragraph 34, with the full name of the agency
        (
            "Commends the Director General of the International Atomic Energy Agency for his "
            "21 October 2009 proposal;",
            "un-system",
        ),
    ],
)
def test_officials_take_the_category_of_their_organization(text: str, expected: str) -> None:
    [clause] = paragraph(text, SC).clauses
    assert [a.category for a in clause.addressees] == [expected]


def test_officials_of_other_organizations_in_an_aside_are_not_addressed() -> None:
    # S/RES/733 (1992), paragraph 3
    result = check(
        "Also requests the Secretary-General of the United Nations, in cooperation with the "
        "Secretary-General of the Organization of African Unity and the Secretary-General of "
        "the League of Arab States, immediately to contact all parties involved in the "
        "conflict;",
        [{"secretary-general"}],
        SC,
    )
    assert result.clauses[0].action == "contact"


def test_an_official_mentioned_after_the_verb_of_a_request_is_not_addressed() -> None:
    # S/RES/101 (1953), part C, paragraph 3: the Chief of Staff is consulted, not asked
    check(
        "Requests the Secretary-General to consider, with the Chief of Staff, the best ways of "
        "strengthening the Truce Supervision Organization;",
        [{"secretary-general"}],
        SC,
    )


# -- nominal appeals: the actor in an of- or by-phrase -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A/RES/78/182, paragraph 44
        (
            "Encourages increased efforts by Governments and the United Nations system to "
            "enhance accountability for the implementation of commitments to gender equality;",
            [{"member-states", "un-system"}],
        ),
        # A/RES/73/7, paragraph 6 (first clause)
        (
            "Encourages further efforts by the United Nations, other international and regional "
            "organizations and States, as well as civil society, to appropriately assist States, "
            "upon their request, in strengthening their domestic capacity to investigate and "
            "prosecute crimes;",
            [{"un-system", "other-organizations", "member-states", "civil-society-private-sector"}],
        ),
        # S/2021/1075, paragraph 8
        (
            "Requests the full cooperation of Member States, in particular those under "
            "Council-mandated arms embargoes, with the corresponding Panel of Experts, and further "
            "stresses the importance of allowing such Panels of Experts to conduct inspections;",
            [{"member-states"}, {"self"}],
        ),
    ],
)
def test_nominal_appeals_address_the_actor_of_the_activity(
    text: str, expected: list[set[str]]
) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # A/C.3/80/L.12, paragraph 52: the countries whose efforts are supported are not urged
        "Urges States to support the efforts of developing countries, in particular the least "
        "developed countries, to realize progressively the right to education;",
        # S/2024/37, paragraph 5
        "Encourages Member States to support capacity building efforts of the Yemeni Coast "
        "Guard to effectively implement the measures imposed by paragraph 14 of resolution "
        "2216 (2015);",
    ],
)
def test_the_actor_of_an_activity_inside_the_requested_action_is_not_addressed(
    text: str,
) -> None:
    check(text, [{"member-states"}])


def test_a_nominal_appeal_without_an_actor_addresses_no_one() -> None:
    # S/RES/1445 (2002), paragraph 13, its second and third indents
    check(
        "Calls for a full cessation of hostilities involving regular forces and armed groups "
        "throughout the territory of the Democratic Republic of the Congo; — Calls for the "
        "cessation of all support to the armed groups referred to in Annex A Chapter 9.1 of the "
        "Lusaka Ceasefire Agreement;",
        [{"self"}, {"self"}],
        SC,
    )


# -- names damaged by OCR ------------------------------------------------------------------


def test_a_name_damaged_by_ocr_is_read() -> None:
    # S/RES/816 (1993), paragraph 5
    result = check(
        "Requests the Member States concerned, the Secretary~General and UNPROFOR to "
        "coordinate closely on the measures they are taking to implement paragraph 4 above;",
        [{"member-states", "secretary-general", "un-system"}],
        SC,
    )
    printed = [a.text for a in result.addressees]
    assert "Secretary~General" in printed  # as printed, at its place in the text
    start = result.addressees[printed.index("Secretary~General")].start_char
    assert result.text[start : start + 17] == "Secretary~General"


def test_a_bracket_for_a_letter_is_read_only_in_a_name() -> None:
    # S/RES/687 (1991), its heading "of 3 Apri] 1991", and S/2024/557's "[Secretariat]":
    # the repair keeps words that are no actor's and brackets that are brackets
    from reslint.classifier.text import damaged_words, repair

    actors = classifier_for(None).lexicon.actors
    pattern = damaged_words(actors)
    assert repair("of 3 Apri] 1991", actors, pattern) == "of 3 Apri] 1991"
    assert (
        repair("the [Secretariat] will notify", actors, pattern) == "the [Secretariat] will notify"
    )
    assert repair("to the Counci] on", actors, pattern) == "to the Council on"


# -- found reading a sample of appeals the tool left without addressee --------------------


@pytest.mark.parametrize(
    ("text", "expected", "body"),
    [
        # A/C.2/80/L.5, paragraph 41 (second clause): coordinated adjectives
        (
            "Recognizes that the preparatory period before graduation is crucial, and invites "
            "bilateral, regional and multilateral development partners to support the "
            "development, preparation, and implementation of countries' smooth transition "
            "strategies;",
            [{"self"}, {"member-states"}],
            GA,
        ),
        # S/2018/221, paragraph 14 (third clause): a suspended hyphen
        (
            "Requests UNMISS to take fully into account gender considerations as a crosscutting "
            "issue throughout its mandate, and further encourages Troop- and Police-contributing "
            "Countries to take measures to increase the deployment of women;",
            [{"un-system"}, {"member-states"}],
            SC,
        ),
        # A/RES/78/160, paragraph 43: the actors of a joint activity, after "between"
        (
            "Reiterates its call for continued collaboration between United Nations entities and "
            "other international organizations, civil society and the private sector in "
            "implementing the outcomes of the World Summit on the Information Society;",
            [{"un-system", "other-organizations", "civil-society-private-sector"}],
            GA,
        ),
        # A/C.1/80/L.51, paragraph 5: "those of" stands for the initiatives
        (
            "Encourages all relevant initiatives, including those of the United Nations, other "
            "international organizations, regional and subregional organizations and civil "
            "society, for the successful implementation of the Programme of Action, and calls "
            "upon all Member States to contribute towards the continued implementation of the "
            "Programme of Action;",
            [
                {"un-system", "other-organizations", "civil-society-private-sector"},
                {"member-states"},
            ],
            GA,
        ),
        # S/1997 draft (UNBench task 3, item 23), paragraph 6: the intention of an actor
        (
            "Notes the Addendum to the Report of the Secretary-General, supports the intention of "
            "the Special Representative of the Secretary-General to resume the adjourned meeting "
            "in September, and calls upon in particular the Abkhaz side to engage constructively "
            "at this resumed meeting;",
            [{"self"}, {"un-system"}, {"named-states"}],
            SC,
        ),
    ],
)
def test_appeals_whose_actor_is_named_otherwise(text: str, expected: list, body: str) -> None:
    check(text, expected, body)


def test_a_heading_run_into_a_paragraph_opens_no_clause() -> None:
    # S/2020/445, paragraph 8 (its end): the cross-heading "AMISOM Priorities and tasks"
    result = paragraph(
        "Requests the AU and UNSOM to provide additional support to AMISOM, and underlines the "
        "importance of deploying these forces for delivery of the tasks set out in the updated "
        "Transition Plan; AMISOM Priorities and tasks",
        SC,
    )
    assert [c.verb for c in result.clauses] == ["requests", "underlines"]


# -- actors found unnamed in a hand-read sample of 30 appeals (bench/clause_figures.py) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A/RES/80/147, paragraph 23
        (
            "Encourages decision makers to create supportive workplace and educational settings;",
            [{"all-actors"}],
        ),
        # S/2018/693, paragraph 36, as its PDF extraction prints the suspended hyphen
        (
            "Urges all troop- and police contributing countries to take appropriate steps to "
            "hold accountable those personnel responsible for sexual exploitation and abuse;",
            [{"member-states"}],
        ),
        # A/RES/80/234, section IV, paragraph 70
        (
            "Urges author departments to fully adhere to deadlines for document submission;",
            [{"un-system"}],
        ),
        # A/RES/78/232, paragraph 9
        (
            "Encourages providers of development finance to consider the specific "
            "vulnerabilities of small island developing States;",
            [{"member-states"}],
        ),
    ],
)
def test_actors_of_the_sample_are_addressed(text: str, expected: list[set[str]]) -> None:
    check(text, expected)


def test_policymakers_helped_by_the_action_are_not_addressed() -> None:
    # A/RES/78/160, paragraph 22: the policymakers are helped, nobody is asked
    check(
        "Encourages efforts to increase the availability of data to support the measurement "
        "of national innovation systems (such as the existing Global Innovation Index) and "
        "empirical research on innovation and development to assist policymakers in "
        "designing and implementing innovation strategies in order to measure the impact of "
        "digital technologies for sustainable development;",
        [{"self"}],
    )
