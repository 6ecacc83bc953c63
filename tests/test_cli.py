"""The command line: formats, outputs, exit codes, many files, stdin, bad files."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from reslint import __version__
from reslint.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_version_and_help() -> None:
    code, out, _ = run("--version")
    assert code == 0 and __version__ in out
    code, out, _ = run("--help")
    assert code == 0 and "parse" in out and "normalize" in out


def test_parse_tree_shows_structure_with_lines() -> None:
    code, out, _ = run("parse", str(SAMPLES / "ga-adopted.txt"))
    assert code == 0
    assert "A/RES/81/42" in out
    assert "section I" in out
    assert "P3" in out and "[Deeply concerned]" in out
    assert "closing" in out and "58th plenary meeting" in out


def test_parse_json_schema() -> None:
    code, out, _ = run("parse", "-f", "json", str(SAMPLES / "sc-resolution.txt"))
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "reslint.parse" and data["schema_version"]
    (document,) = data["documents"]
    assert document["body"] == "security-council"
    assert [p["id"] for p in document["preambular"]][:2] == ["pp_1", "pp_2"]
    assert document["operative"][0] == {
        "id": "op_1",
        "number": "1",
        "section": None,
        "opener": "Demands",
        "line": 15,
        "column": 1,
    }
    assert document["closing"]["vote"]["abstaining_states"] == ["Algeria", "China"]
    assert all("line" in p and "column" in p for p in document["preambular"])


def test_directory_recursion_glob_and_exclude(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    text = (SAMPLES / "hrc-resolution.txt").read_text()
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "sub" / "b.txt").write_text(text)
    (tmp_path / "sub" / "c.md").write_text(text)
    (tmp_path / "notes.rst").write_text("not read")
    code, out, _ = run("parse", "-f", "json", str(tmp_path))
    paths = [Path(d["path"]).name for d in json.loads(out)["documents"]]
    assert code == 0 and paths == ["a.txt", "b.txt", "c.md"]
    code, out, _ = run("parse", "-f", "json", "--glob", "*.md", str(tmp_path))
    assert [Path(d["path"]).name for d in json.loads(out)["documents"]] == ["c.md"]
    code, out, _ = run("parse", "-f", "json", "--exclude", "sub", str(tmp_path))
    assert [Path(d["path"]).name for d in json.loads(out)["documents"]] == ["a.txt"]


def test_stdin_with_a_filename() -> None:
    data = (SAMPLES / "sc-resolution.txt").read_bytes()
    code, out, _ = run("parse", "-f", "json", "--stdin-filename", "draft.txt", "-", stdin=data)
    assert code == 0
    assert json.loads(out)["documents"][0]["path"] == "draft.txt"


def test_a_bad_file_is_reported_and_the_others_still_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    (tmp_path / "readme.txt").write_text("# Project\n\nInstall with pip.\n")
    good = SAMPLES / "ga-draft.txt"
    code, out, err = run("parse", "-f", "json", str(tmp_path), str(good), "missing.txt")
    assert code == 1
    assert [Path(d["path"]).name for d in json.loads(out)["documents"]] == ["ga-draft.txt"]
    lines = err.strip().splitlines()
    assert len(lines) == 4
    assert any("empty.txt: empty file" in line for line in lines)
    assert any("binary.txt: binary file" in line for line in lines)
    assert any("readme.txt: no resolution structure found" in line for line in lines)
    assert any("missing.txt: no such file or directory" in line for line in lines)
    assert "Traceback" not in err


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, out, _ = run("parse", "-f", "json", "-o", str(target), str(SAMPLES / "ga-draft.txt"))
    assert code == 0 and out == ""
    assert json.loads(target.read_text())["documents"][0]["symbol"] == "A/C.2/81/L.17"


def test_usage_error_exits_2() -> None:
    code, _, _ = run("parse", "-f", "yaml", str(SAMPLES / "ga-draft.txt"))
    assert code == 2


def test_normalize_prints_clean_text_and_the_log() -> None:
    code, out, _ = run("normalize", str(SAMPLES / "ga-draft.txt"))
    assert code == 0
    assert "the work of the persons responsible" in out
    assert "26-18213" not in out.split("The General Assembly")[1]
    code, out, _ = run("normalize", "--log", str(SAMPLES / "ga-draft.txt"))
    assert "ga-draft.txt:39:111: split-word: perso ns -> persons" in out
    assert "hyphenation: communi-|ties -> communities" in out


def test_normalize_json_carries_text_and_repairs() -> None:
    code, out, _ = run("normalize", "-f", "json", str(SAMPLES / "ga-draft.txt"))
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "reslint.normalize"
    (document,) = data["documents"]
    assert "the work of the persons responsible" in document["text"]
    repair = {"kind": "split-word", "line": 39, "column": 111, "detail": "perso ns -> persons"}
    assert repair in document["repairs"]
    _, log, _ = run("normalize", "-f", "log", str(SAMPLES / "ga-draft.txt"))
    assert log.count("\n") == len(document["repairs"])


def test_every_command_that_reads_resolutions_takes_a_format() -> None:
    """The README promises -f/--format on every command that reads resolutions; each
    one's formats are one renderer module each (reslint/render/<command>_<format>.py)."""
    import importlib

    readers = [c for c in main.commands.values() if any(p.name == "files" for p in c.params)]
    assert {c.name for c in readers} >= {"parse", "normalize", "classify", "lint"}
    for command in readers:
        option = next((p for p in command.params if "-f" in p.opts), None)
        assert option is not None and "--format" in option.opts, command.name
        for name in option.type.choices:
            importlib.import_module(f"reslint.render.{command.name}_{name}")


def test_parse_never_imports_spacy() -> None:
    script = (
        "import sys; from click.testing import CliRunner; from reslint.cli import main; "
        f"r = CliRunner().invoke(main, ['parse', {str(SAMPLES / 'ga-adopted.txt')!r}]); "
        "assert r.exit_code == 0, r.output; "
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_console_script_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reslint", "parse", str(SAMPLES / "hrc-resolution.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "human-rights-council" in result.stdout


def test_classify_formats() -> None:
    sample = str(SAMPLES / "ga-adopted.txt")
    code, out, _ = run("classify", sample)
    assert code == 0 and "calls upon" in out and "secretary-general" in out
    code, out, _ = run("classify", "-f", "json", sample)
    data = json.loads(out)
    assert data["schema"] == "reslint.classify"
    paragraph = data["documents"][0]["operative"][2]
    assert paragraph["strength"] == {"rank": 2, "label": "request"}
    assert paragraph["mandate"] == {
        "kind": "report",
        "due": "eighty-third session",
        "category": "secretary-general",
    }
    [addressee] = paragraph["addressees"]
    assert (addressee["text"], addressee["category"]) == ("Secretary-General", "secretary-general")
    start, end = addressee["start_char"], addressee["end_char"]
    assert paragraph["text"][start:end] == "Secretary-General"
    assert [c["verb"] for c in paragraph["clauses"]] == ["requests"]
    code, out, _ = run("classify", "-f", "jsonl", sample, str(SAMPLES / "sc-resolution.txt"))
    assert [json.loads(line)["body"] for line in out.splitlines()] == [
        "general-assembly",
        "security-council",
    ]
    code, out, _ = run("classify", "-f", "csv", sample)
    rows = out.splitlines()
    assert rows[0].startswith("path,symbol,body") and len(rows) == 5


# S/RES/353 (1974), paragraph 7, and A/C.6/80/L.11, paragraph 13: two clauses each.
TWO_CLAUSES = (
    "The Security Council,\n\nRecalling its resolutions,\n\n"
    "1. Decides to keep the situation under constant review and asks the "
    "Secretary-General to report as appropriate with a view to adopting further measures;\n\n"
    "2. Recognizes the importance of the legal publications prepared by the Treaty Section, "
    "and stresses the need to update the Summary of Practice.\n"
)


def test_classify_shows_each_clause(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text(TWO_CLAUSES)
    code, out, _ = run("classify", str(path))
    assert code == 0
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("op_1"))
    assert "decides" in lines[at] and "self" in lines[at]
    assert "clause 2" in lines[at + 1] and "asks" in lines[at + 1]
    assert "secretary-general" in lines[at + 1] and "request" in lines[at + 1]
    _, out, _ = run("classify", "-f", "csv", "--unit", "clause", str(path))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["id"], r["clause"], r["verb"]) for r in rows] == [
        ("op_1", "1", "decides"),
        ("op_1", "2", "asks"),
        ("op_2", "1", "recognizes"),
        ("op_2", "2", "stresses"),
    ]
    assert rows[1]["text"].startswith("asks the Secretary-General")
    _, out, _ = run("classify", "-f", "csv", str(path))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["verb"], r["strongest_label"], r["clauses"]) for r in rows] == [
        ("decides", "decision", "2"),
        ("recognizes", "acknowledgement", "2"),
    ]
    assert rows[0]["addressee_categories"] == "secretary-general"


def test_classify_unit_is_for_csv_only(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text(TWO_CLAUSES)
    code, _, err = run("classify", "--unit", "clause", str(path))
    assert code == 2 and "--unit" in err


def test_classify_unknown_lists_openers(tmp_path: Path) -> None:
    text = "The General Assembly,\n\nRecalling its resolutions,\n\n1. Acclaims the work;\n"
    (tmp_path / "a.txt").write_text(text)
    code, out, _ = run("classify", "--unknown", str(tmp_path / "a.txt"))
    assert code == 0 and "acclaims" in out and "a.txt:5" in out


def test_classify_reads_lexicon_extensions_from_config(tmp_path: Path) -> None:
    text = "The General Assembly,\n\nRecalling its resolutions,\n\n1. Acclaims the work;\n"
    (tmp_path / "a.txt").write_text(text)
    config = tmp_path / "reslint.toml"
    config.write_text('[lexicon.verbs]\n"acclaims" = { head = "acclaim", strength = "decision" }\n')
    code, out, _ = run("classify", "-f", "json", "--config", str(config), str(tmp_path / "a.txt"))
    assert json.loads(out)["documents"][0]["operative"][0]["strength"]["label"] == "decision"
    config.write_text('[lexicon.verbs]\n"acclaims" = { head = "acclaim", strength = "loud" }\n')
    code, _, err = run("classify", "--config", str(config), str(tmp_path / "a.txt"))
    assert code == 2 and "reslint.toml" in err and "unknown strength 'loud'" in err


def test_classify_in_parallel_gives_the_same_result() -> None:
    files = [str(p) for p in sorted(SAMPLES.iterdir())]
    _, single, _ = run("classify", "-f", "json", *files)
    _, parallel, _ = run("classify", "-f", "json", "--jobs", "2", *files)
    assert json.loads(single)["documents"] == json.loads(parallel)["documents"]
