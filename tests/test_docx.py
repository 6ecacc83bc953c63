"""Word (.docx) input: every construct through parse, classify, lint, fix and annotate.

The documents are built by the tests with python-docx (``docx_builder.py``):
manual numbers, list numbering at two levels, footnotes, italics right and
wrong, tracked insertions and deletions, tables and existing comments.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from docx_builder import build_docx
from reslint.classifier import classifier_for
from reslint.cli import main
from reslint.errors import InputError
from reslint.lint.settings import Settings
from reslint.pipeline import lint_source, parse_source
from reslint.readers import read_path
from reslint.readers.docx import open_document, read_docx
from reslint.readers.docx_annotate import annotate_docx
from reslint.readers.docx_fix import fix_docx, save_docx
from reslint.source import Source

HEAD = """
United Nations A/C.3/80/L.99
General Assembly
Distr.: Limited
Argentina and Brazil: draft resolution
Protection of migrants
The General Assembly,
"""
MANUAL = (
    HEAD
    + """
*Recalling* its resolution 70/1 of 25 September 2015,
*Deeply concerned* by the situation of migrants,
1. *Calls upon* all States to protect migrants:
(a) By adopting laws;
(b) By training officials;
2. *Requests* the Secretary-General to report to it at its eighty-first session.
"""
)
LISTED = (
    HEAD
    + """
*Recalling* its resolution 70/1 of 25 September 2015,
*Deeply concerned* by the situation of migrants,
# *Calls upon* all States to protect migrants:
## By adopting laws;
## By training officials;
# *Requests* the Secretary-General to report to it at its eighty-first session.
"""
)
FOOTNOTES = (
    HEAD
    + """
*Recalling* its resolution 70/1 of 25 September 2015,[^1]
*Reaffirming* the Convention on the Rights of the Child,[^2]
# *Decides* to continue its consideration of the question.[^3]
[^1]: See resolution 70/1.
[^2]: United Nations, Treaty Series, vol. 1577, No. 27531.
[^3]: See A/80/1.
"""
)
TRACKED = (
    HEAD
    + """
*Recalling* its resolution 70/1 of 25 September 2015,
# {-Calls on-}{+Calls upon+} all States to protect migrants{+ and refugees+};
# *Requests* the Secretary-General to report{- to it-}.
"""
)
SETTINGS = Settings()


def docx(tmp_path: Path, markup: str, name: str = "draft.docx") -> Path:
    return build_docx(markup, tmp_path / name)


def text_source(markup: str) -> Source:
    """The plain-text twin of markup: list numbers typed out, no formatting."""
    lines, number, letter = [], 0, 0
    for line in markup.strip().splitlines():
        if line.startswith("# "):
            number, letter = number + 1, 0
            line = f"{number}. {line[2:]}"
        elif line.startswith("## "):
            letter += 1
            line = f"({'abcdefgh'[letter - 1]}) {line[3:]}"
        if line.strip():
            lines.append(line.strip().replace("*", ""))
    return Source("twin.txt", "\n\n".join(lines) + "\n")


def outline(document) -> list[tuple]:
    return [
        (p.id, p.kind, p.number, p.label, p.opener, " ".join(p.text.split()))
        for p in document.paragraphs()
    ]


def findings(path: Path, *codes: str) -> list[tuple[str, str]]:
    settings = Settings(select=list(codes)) if codes else SETTINGS
    return [
        (d.code, d.place.describe() if d.place else "")
        for d in lint_source(read_docx(path), settings)[2]
    ]


# numbering --------------------------------------------------------------------------------


def test_list_numbers_are_restored_at_two_levels(tmp_path: Path) -> None:
    source = read_docx(docx(tmp_path, LISTED))
    lines = source.text.splitlines()
    assert lines[8:12] == [
        "1. Calls upon all States to protect migrants:",
        "(a) By adopting laws;",
        "(b) By training officials;",
        "2. Requests the Secretary-General to report to it at its eighty-first session.",
    ]


def test_list_numbering_parses_as_manual_numbers(tmp_path: Path) -> None:
    listed = parse_source(read_docx(docx(tmp_path, LISTED, "listed.docx")))
    manual = parse_source(read_docx(docx(tmp_path, MANUAL, "manual.docx")))
    assert outline(listed) == outline(manual)
    assert [(p.id, p.label) for p in listed.paragraphs()][2:5] == [
        ("op_1", "1."),
        ("op_1__a", "(a)"),
        ("op_1__b", "(b)"),
    ]
    assert outline(manual) == outline(parse_source(text_source(MANUAL)))


def test_sub_paragraph_letters_restart_under_each_paragraph(tmp_path: Path) -> None:
    markup = HEAD + "# *Decides*:\n## First;\n## Second;\n# *Requests*:\n## Third;\n### Deep;\n"
    source = read_docx(docx(tmp_path, markup))
    labels = [line.split(" ")[0] for line in source.text.splitlines()[6:12]]
    assert labels == ["1.", "(a)", "(b)", "2.", "(a)", "(i)"]


def test_numbering_through_a_paragraph_style(tmp_path: Path) -> None:
    """UN templates number operative paragraphs by a paragraph style, not directly."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="7"><w:lvl w:ilvl="0">'
            '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
            "</w:lvl></w:abstractNum>"
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="7"><w:abstractNumId w:val="7"/></w:num>')
    )
    style = document.styles.add_style("OperativePara", 1)
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="7"/></w:numPr>')
    )
    document.add_paragraph("The General Assembly,")
    document.add_paragraph("Decides to act;", style="OperativePara")
    document.add_paragraph("Requests a report.", style="OperativePara")
    document.save(tmp_path / "styled.docx")
    parsed = parse_source(read_docx(tmp_path / "styled.docx"))
    assert [p.number for p in parsed.operative] == ["1", "2"]


# places -----------------------------------------------------------------------------------


def test_places_are_paragraph_and_offset(tmp_path: Path) -> None:
    markup = HEAD + "*Recalling* its resolution 70/1;\n|a table|\n# *Calls on* all States to act.\n"
    found = findings(docx(tmp_path, markup), "P101", "V105")
    # P101 on the ';' at offset 29 of paragraph 7; the table is not a paragraph, so the
    # operative paragraph is the 8th, and the list number "1. " takes no offset
    assert found == [("P101", "paragraph 7, offset 29"), ("V105", "paragraph 8, offset 0")]


def test_tables_are_skipped_with_a_warning(tmp_path: Path) -> None:
    source = read_docx(docx(tmp_path, HEAD + "|Sponsors: Chile|\n# *Decides* to act.\n"))
    assert "Sponsors" not in source.text
    assert source.warnings == ["1 table skipped (after paragraph 6)"]


def test_existing_comments_are_not_read(tmp_path: Path) -> None:
    path = docx(tmp_path, MANUAL)
    document = open_document(path)
    document.add_comment(document.paragraphs[6].runs, text="Ask the Legal Office", author="X")
    document.save(str(path))
    source = read_docx(path)
    assert "Legal Office" not in source.text
    assert outline(parse_source(source)) == outline(parse_source(text_source(MANUAL)))


# footnotes --------------------------------------------------------------------------------


def test_footnotes_parse_with_their_references(tmp_path: Path) -> None:
    parsed = parse_source(read_docx(docx(tmp_path, FOOTNOTES)))
    assert [(f.label, f.text) for f in parsed.footnotes] == [
        ("1", "See resolution 70/1."),
        ("2", "United Nations, Treaty Series, vol. 1577, No. 27531."),
        ("3", "See A/80/1."),
    ]
    refs = {p.id: [r.label for r in p.footnote_refs] for p in parsed.paragraphs()}
    assert refs == {"pp_1": ["1"], "pp_2": ["2"], "op_1": ["3"]}
    assert parsed.operative[0].text.endswith("question.[^3]")


def test_footnotes_lint_clean_and_placed(tmp_path: Path) -> None:
    path = docx(tmp_path, FOOTNOTES)
    assert [f for f in findings(path) if f[0].startswith("F")] == []
    broken = docx(tmp_path, FOOTNOTES.replace("See A/80/1.", "See A/80/1;"), "b.docx")
    source = read_docx(broken)
    place = source.place(source.text.index("See A/80/1;") + 10)
    # Word's footnote text is " See A/80/1;": the space after the number counts
    assert place is not None and place.describe() == "footnote 3, offset 11"


def test_footnote_text_fixes_are_refused_and_say_so(tmp_path: Path) -> None:
    markup = FOOTNOTES.replace("See resolution 70/1.", "Report of the Secretary General.")
    path = docx(tmp_path, markup)
    fixed = fix_docx(read_docx(path), Settings(select=["T102"]))
    assert fixed.applied == 0
    assert fixed.refused == [
        "footnote 1, offset 15: T102 not fixed: the fix is inside a footnote; fix it in Word"
    ]


# tracked changes --------------------------------------------------------------------------


def test_tracked_changes_read_as_accepted_and_reported_once(tmp_path: Path) -> None:
    source = read_docx(docx(tmp_path, TRACKED))
    assert "1. Calls upon all States to protect migrants and refugees;" in source.text
    assert "Calls on" not in source.text and "report to it" not in source.text
    assert source.warnings == ["has unaccepted tracked changes: read as if all were accepted"]
    assert ("V105", "paragraph 8, offset 0") not in findings(docx(tmp_path, TRACKED, "t.docx"))
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "t.docx")])
    assert result.stderr.count("unaccepted tracked changes") == 1


def test_offsets_count_the_accepted_text(tmp_path: Path) -> None:
    markup = HEAD + "# *Decides*{- not-} to act{+ now+};\n"
    source = read_docx(docx(tmp_path, markup))
    assert source.text.splitlines()[6] == "1. Decides to act now;"
    place = source.place(source.text.index("now"))
    assert place is not None and (place.paragraph, place.offset) == (7, 15)


def test_paragraph_mark_deleted_joins_the_next_paragraph(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    path = docx(tmp_path, HEAD + "# *Decides* to\ncontinue its work.\n")
    document = open_document(path)
    split = document.paragraphs[6]._p.get_or_add_pPr()
    split.append(
        parse_xml(
            f'<w:rPr {nsdecls("w")}><w:del w:id="9" w:author="A" w:date="2024-01-01T00:00:00Z"/>'
            "</w:rPr>"
        )
    )
    document.save(str(path))
    assert "1. Decides tocontinue its work." in read_docx(path).text


# classify ---------------------------------------------------------------------------------


def classify(source: Source) -> list[tuple]:
    result = classifier_for(None).classify(parse_source(source))
    operative = [(c.id, c.verb, [a.category for a in c.addressees]) for c in result.operative]
    return operative + [(c.id, c.function) for c in result.preambular]


def test_every_construct_classifies_as_its_text(tmp_path: Path) -> None:
    twin = classify(text_source(MANUAL))
    assert twin[0] == ("op_1", "calls upon", ["member-states"])
    assert classify(read_docx(docx(tmp_path, LISTED, "l.docx"))) == twin
    assert classify(read_docx(docx(tmp_path, MANUAL, "m.docx"))) == twin
    footnoted = classify(read_docx(docx(tmp_path, FOOTNOTES, "f.docx")))
    assert footnoted == classify(text_source(FOOTNOTES))
    assert outline(parse_source(read_docx(tmp_path / "f.docx"))) == outline(
        parse_source(text_source(FOOTNOTES))
    )
    tracked = classify(read_docx(docx(tmp_path, TRACKED, "t.docx")))
    assert tracked[:2] == [
        ("op_1", "calls upon", ["member-states"]),
        ("op_2", "requests", ["secretary-general"]),
    ]


# fix --------------------------------------------------------------------------------------


def italic_words(path: Path) -> list[str]:
    source = read_docx(path)
    return [source.text[s.start : s.end] for s in source.styles if s.italic]


def test_fix_keeps_the_formatting_of_the_runs(tmp_path: Path) -> None:
    markup = HEAD + "*Recalling* its resolution 70/1;\n# *Calls on* all States to act;\n"
    path = docx(tmp_path, markup + "# *Decides* to remain seized of the matter;\n")
    fixed = fix_docx(read_docx(path), SETTINGS)
    assert fixed.applied == 3 and fixed.refused == []
    save_docx(fixed.document, path)
    lines = read_docx(path).text.splitlines()
    assert lines[6:9] == [
        "Recalling its resolution 70/1,",
        "1. Calls upon all States to act;",
        "2. Decides to remain seized of the matter.",
    ]
    assert italic_words(path) == ["Recalling", "Calls upon", "Decides"]
    again = fix_docx(read_docx(path), SETTINGS)
    assert again.applied == 0, "fixing a fixed file changed it"


def test_fixes_in_every_construct(tmp_path: Path) -> None:
    """Manual numbers, list numbers, footnotes and tracked changes: the fix lands in
    the right run and the construct survives."""
    cases = {
        "manual": (MANUAL.replace("session.", "session;"), "session."),
        "listed": (LISTED.replace("laws;", "laws ;"), "(a) By adopting laws;"),
        "footnotes": (FOOTNOTES.replace("question.[^3]", "question;[^3]"), "question.[^3]"),
        "tracked": (TRACKED.replace("{- to it-}.", "{- to it-}"), "report."),
    }
    for name, (markup, expected) in cases.items():
        path = docx(tmp_path, markup, f"{name}.docx")
        before = read_docx(path)
        fixed = fix_docx(before, SETTINGS)
        assert fixed.applied >= 1, name
        save_docx(fixed.document, path)
        after = read_docx(path)
        assert expected in after.text, name
        assert len(after.text.splitlines()) == len(before.text.splitlines()), name
        assert after.warnings == before.warnings, name
    assert [f.label for f in parse_source(read_docx(tmp_path / "footnotes.docx")).footnotes] == [
        "1",
        "2",
        "3",
    ]


def test_a_fix_across_runs_is_refused_with_its_place(tmp_path: Path) -> None:
    """ "this" -> "the present" changes "is", which Word split across two runs here."""
    markup = HEAD + "# *Decides* that t**hi**s resolution shall apply.\n"
    path = docx(tmp_path, markup)
    original = path.read_bytes()
    result = CliRunner().invoke(main, ["lint", "--fix", "--select", "V106", str(path)])
    assert (
        "reslint: warning: " + str(path) + ": paragraph 7, offset 13: V106 not fixed: "
        "the fix would cross formatting runs; fix it in Word"
    ) in result.stderr
    assert path.read_bytes() == original


def test_a_fix_of_a_list_number_is_refused(tmp_path: Path) -> None:
    path = docx(tmp_path, HEAD + "# *Decides* to remain seized of the matter.\n")
    fixed = fix_docx(read_docx(path), Settings(select=["S105"]))
    assert fixed.applied == 0
    assert fixed.refused == [
        "paragraph 7, offset 0: S105 not fixed: it changes a list number Word prints "
        "(change the numbering in Word); fix it in Word"
    ]


def test_the_smallest_edit_avoids_crossing_runs(tmp_path: Path) -> None:
    """ "Calls on" -> "Calls upon" only inserts "up": the bold "on" keeps its run."""
    path = docx(tmp_path, HEAD + "# *Calls* **on** all States to act.\n")
    fixed = fix_docx(read_docx(path), Settings(select=["V105"]))
    assert fixed.applied == 1
    save_docx(fixed.document, path)
    source = read_docx(path)
    bold = [source.text[s.start : s.end] for s in source.styles if s.bold]
    assert "1. Calls upon all States" in source.text and bold == ["on"]


def test_a_failed_save_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch) -> None:
    import reslint.readers.docx_fix as docx_fix

    path = docx(tmp_path, HEAD + "# *Calls on* all States to act.\n")
    original = path.read_bytes()
    fixed = fix_docx(read_docx(path), SETTINGS)

    def unreadable(document, name):
        raise InputError(name, "damaged Word document: its package cannot be read")

    monkeypatch.setattr(docx_fix, "extract", unreadable)
    with pytest.raises(InputError, match="cannot write the Word file"):
        save_docx(fixed.document, path)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx"]  # no temporary left


def test_cli_fix_writes_a_word_file_that_opens(tmp_path: Path) -> None:
    path = docx(tmp_path, LISTED.replace("session.", "session;"))
    result = CliRunner().invoke(main, ["lint", "--fix", str(path)])
    assert "fixed 1 finding in 1 file" in result.stderr
    assert zipfile.ZipFile(path).testzip() is None
    assert read_docx(path).text.splitlines()[11].endswith("session.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx"]


def test_diff_shows_word_fixes_and_writes_nothing(tmp_path: Path) -> None:
    path = docx(tmp_path, MANUAL.replace("session.", "session;"))
    original = path.read_bytes()
    result = CliRunner().invoke(main, ["lint", "--diff", str(path)])
    assert "+2. Requests the Secretary-General to report to it at its eighty-first session." in (
        result.stdout
    )
    assert path.read_bytes() == original


# annotate ---------------------------------------------------------------------------------


def comments(path: Path) -> dict[str, tuple[str, str]]:
    """Comment text and the document text its range covers, by comment id."""
    from docx.oxml.ns import qn

    document = open_document(path)
    texts = {str(c.comment_id): "\n".join(p.text for p in c.paragraphs) for c in document.comments}
    covered: dict[str, str] = {}
    open_ranges: set[str] = set()
    for element in document.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ranges.add(element.get(qn("w:id")))
        elif element.tag == qn("w:commentRangeEnd"):
            open_ranges.discard(element.get(qn("w:id")))
        elif element.tag == qn("w:t") and element.getparent().getparent().tag != qn("w:del"):
            for key in open_ranges:
                covered[key] = covered.get(key, "") + (element.text or "")
    return {key: (texts[key], covered.get(key, "")) for key in texts}


def test_annotate_puts_each_finding_on_its_text(tmp_path: Path) -> None:
    markup = (
        HEAD
        + "*Recalling* its resolution 70/1;\nNoting the report,\n# *Calls on* all **States**.\n"
    )
    path = docx(tmp_path, markup)
    original = path.read_bytes()
    diagnostics = lint_source(read_docx(path), SETTINGS)[2]
    out = tmp_path / "annotated.docx"
    assert annotate_docx(path, diagnostics, out) == len(diagnostics)
    assert path.read_bytes() == original
    found = sorted(comments(out).values())
    by_code = {text.split(" ")[0]: covered for text, covered in found}
    assert by_code["V105"] == "Calls on"
    assert by_code["W101"] == "Noting"
    assert by_code["W102"] == "States"
    assert by_code["P101"] == ";"
    v105 = next(text for text, _ in found if text.startswith("V105"))
    assert v105 == (
        "V105 (calls-upon): Write 'Calls upon' (General Assembly usage), not 'Calls on'\n"
        "Fix: replace with 'Calls upon' (safe, applied by reslint lint --fix)."
    )
    annotated = read_docx(out)
    assert annotated.text == read_docx(path).text  # "Noting" was split off its run
    assert italic_words(out) == ["Recalling", "Calls on"]
    bold = [annotated.text[s.start : s.end] for s in annotated.styles if s.bold]
    assert bold == ["States"]


def test_annotate_every_construct(tmp_path: Path) -> None:
    cases = {
        "listed": LISTED.replace("laws;", "laws ;"),
        "footnotes": FOOTNOTES.replace("See A/80/1.", "See A/80/1 ."),
        "tracked": TRACKED.replace("{- to it-}.", "{- to it-}"),
        "manual": MANUAL.replace("Calls upon", "Calls on"),
    }
    for name, markup in cases.items():
        path = docx(tmp_path, markup, f"{name}.docx")
        diagnostics = lint_source(read_docx(path), SETTINGS)[2]
        assert diagnostics, name
        out = tmp_path / f"{name}-annotated.docx"
        annotate_docx(path, diagnostics, out)
        noted = comments(out)
        assert len(noted) == len(diagnostics), name
        assert all(covered for _, covered in noted.values()), name
        assert read_docx(out).text == read_docx(path).text, name


def test_cli_annotate_into_a_file_or_a_folder(tmp_path: Path) -> None:
    first = docx(tmp_path, MANUAL.replace("Calls upon", "Calls on"), "first.docx")
    second = docx(tmp_path, LISTED, "second.docx")
    runner = CliRunner()
    result = runner.invoke(main, ["lint", str(first), "--annotate", str(tmp_path / "a.docx")])
    assert result.exit_code == 0, result.output  # V105 is a warning
    assert "V105" in comments(tmp_path / "a.docx")["0"][0]
    refused = runner.invoke(main, ["lint", str(first), "--annotate", str(first)])
    assert refused.exit_code == 2 and "would overwrite" in refused.stderr
    folder = tmp_path / "out"
    runner.invoke(main, ["lint", str(first), str(second), "--annotate", str(folder)])
    assert sorted(p.name for p in folder.iterdir()) == ["first.docx", "second.docx"]
    runner.invoke(main, ["lint", str(first), "--annotate", f"{tmp_path / 'one'}/"])
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["first.docx"]


# errors and discovery ---------------------------------------------------------------------


def test_unreadable_word_files_are_clear_errors(tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    good = docx(tmp_path, MANUAL, "good.docx")
    locked = tmp_path / "locked.docx"
    with good.open("rb") as plain, locked.open("wb") as out:
        OOXMLFile(plain).encrypt("secret", out)
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(good.read_bytes()[:2000])
    old = tmp_path / "old.doc"  # the compound-file header every .doc starts with
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    renamed = tmp_path / "draft.txt"
    renamed.write_bytes(good.read_bytes())
    expected = {
        locked: "password-protected Word document: save a copy without the password",
        damaged: "damaged Word document: its package cannot be read",
        old: "old binary Word (.doc) document: save it as .docx",
        renamed: "not a text file: it is a Word (or other Office) document; give a Word file "
        "the .docx extension",
    }
    for path, message in expected.items():
        with pytest.raises(InputError) as error:
            read_path(path)
        assert error.value.describe() == f"{path}: {message}"
    result = CliRunner().invoke(main, ["parse", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.count("reslint: ") == 3  # the three Word files; draft.txt is *.txt too
    assert f"{good}" in result.stdout


def test_a_doc_that_is_really_a_docx_is_read(tmp_path: Path) -> None:
    path = docx(tmp_path, MANUAL, "saved-as.doc")
    assert "Calls upon" in read_path(path).text


def test_directories_give_word_and_pdf_files_not_lock_files(tmp_path: Path) -> None:
    docx(tmp_path, MANUAL, "draft.docx")
    (tmp_path / "~$draft.docx").write_bytes(b"\x0bowner file")
    result = CliRunner().invoke(main, ["lint", "-f", "json", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert "~$" not in result.stdout and "draft.docx" in result.stdout


def test_every_output_format_says_paragraph_and_offset(tmp_path: Path) -> None:
    import json

    path = docx(tmp_path, HEAD + "# *Calls on* all States to act.\n")
    runner = CliRunner()

    def run(*options: str) -> str:
        return runner.invoke(main, ["lint", "--select", "V105", *options, str(path)]).stdout

    assert "(paragraph 7, offset 0)" in run()
    assert "(paragraph 7, offset 0)" in run("-f", "full")
    assert "(paragraph 7, offset 0)" in run("-f", "github")
    assert "(paragraph 7, offset 0)" in run("-f", "gitlab")
    assert "(paragraph 7, offset 0)" in run("-f", "junit")
    finding = json.loads(run("-f", "json"))["files"][0]["findings"][0]
    assert finding["place"] == {"paragraph": 7, "offset": 0}
    assert json.loads(run("-f", "jsonl"))["place"] == {"paragraph": 7, "offset": 0}
    sarif = json.loads(run("-f", "sarif"))
    region = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["properties"] == {
        "paragraph": 7,
        "offset": 0,
        "description": "paragraph 7, offset 0",
    }


def test_custom_footnote_marks_and_hidden_text(tmp_path: Path) -> None:
    """A footnote with its own mark ("*", as on the title of a reissued draft) is labelled
    by it; numbered footnotes are counted without it; hidden text is not read."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    path = docx(tmp_path, FOOTNOTES.replace("Protection of migrants", "Protection of migrants[^1]"))
    document = open_document(path)
    title = document.paragraphs[4]._p
    reference = title.findall(".//{*}footnoteReference")[0]
    reference.set(reference.tag.replace("footnoteReference", "customMarkFollows"), "1")
    reference.addnext(parse_xml(f"<w:t {nsdecls('w')}>*</w:t>"))
    hidden = document.paragraphs[6].add_run(" (secretariat note)")
    hidden._r.get_or_add_rPr().append(parse_xml(f"<w:vanish {nsdecls('w')}/>"))
    document.save(str(path))
    source = read_docx(path)
    lines = source.text.splitlines()
    assert lines[4] == "Protection of migrants[^*]"
    assert "secretariat note" not in source.text
    assert [line.split(":")[0] for line in lines if line.startswith("[^")] == [
        "[^*]",
        "[^1]",
        "[^2]",
        "[^3]",
    ]
