"""Never lose a file, never crash, never hang (issue 8): each case a user hit.

Permission errors are simulated where the tests may run as root (who reads
everything): the code paths are the ones a real ``EACCES`` takes.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import reslint
from reslint.cli import main
from reslint.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

DRAFT = """The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,

1. Calls on Member States to act;

2. Requests the Secretary-General to report.
"""
CLEAN = DRAFT.replace("Calls on", "Calls upon")


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "reslint.toml").write_text("", encoding="utf-8")  # no configuration above
    monkeypatch.chdir(tmp_path)
    return tmp_path


# no lost data ------------------------------------------------------------------------


def test_fix_writes_atomically_and_keeps_permissions(folder: Path) -> None:
    draft = folder / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    draft.chmod(0o640)
    code, _, err = run("lint", "--fix", str(draft))
    assert code == 0, err
    assert draft.read_text(encoding="utf-8") == CLEAN
    assert draft.stat().st_mode & 0o777 == 0o640
    assert "fixed 1 finding in 1 file" in err
    assert sorted(p.name for p in folder.iterdir()) == ["draft.txt", "reslint.toml"]


def test_a_file_changed_since_it_was_read_is_left_alone(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = folder / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    saved = DRAFT.replace("to act", "to act now")
    import reslint.lint.writing as writing

    real = writing.write_back

    def user_saves_meanwhile(path, data, digest) -> None:
        Path(path).write_text(saved, encoding="utf-8")
        real(path, data, digest)

    monkeypatch.setattr(writing, "write_back", user_saves_meanwhile)
    code, out, err = run("lint", "--fix", str(draft))
    assert code == 1
    assert draft.read_text(encoding="utf-8") == saved
    assert "changed on disk since it was read; not overwritten" in err
    assert "fixed" not in err and "All checks passed" not in out


def test_a_failed_write_is_an_error_and_claims_no_fix(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = folder / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    import reslint.writeback as writeback

    def disk_full(target, data, mode) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writeback, "_replace", disk_full)
    code, out, err = run("lint", "--fix", str(draft))
    assert code == 1
    assert draft.read_text(encoding="utf-8") == DRAFT
    assert "cannot write the fixes: No space left on device" in err
    assert "fixed" not in err and "All checks passed" not in out
    assert "V105" in out  # the finding the file still has
    assert "1 file could not be checked" in out


def test_output_naming_an_input_is_refused(folder: Path) -> None:
    draft = folder / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    code, _, err = run("lint", str(draft), "-o", str(draft))
    assert code == 2 and "is one of the inputs" in err
    assert draft.read_text(encoding="utf-8") == DRAFT
    code, _, err = run("parse", str(folder), "-o", "draft.txt")  # found in the folder
    assert code == 2 and draft.read_text(encoding="utf-8") == DRAFT


def test_ctrl_c_exits_130_without_a_traceback(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "draft.txt").write_text(DRAFT, encoding="utf-8")
    from reslint.lint.runner import Linter

    def interrupted(self, source, fix=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(Linter, "lint", interrupted)
    code, _, err = run("lint", "--fix", "draft.txt")
    assert code == 130 and "reslint: interrupted" in err and "Traceback" not in err


# no traceback ---------------------------------------------------------------------------


def test_repeated_footnote_number(folder: Path) -> None:
    text = (
        "The General Assembly,\n\nRecalling the Convention,1 and the Protocol,1\n\n"
        "Noting the report,2\n\n1. Decides to act.\n__________________\n"
        "1 A/1.\n1 A/2.\n2 A/3.\n"
    )
    (folder / "notes.txt").write_text(text, encoding="utf-8")
    code, out, err = run("lint", "notes.txt")
    assert "Traceback" not in err and "internal error" not in err
    assert code in (0, 1) and out


def test_init_into_a_missing_or_unwritable_folder(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run("init", "missing/reslint.toml")
    assert code == 1 and err.strip() == "reslint: missing/reslint.toml: no folder missing"

    def read_only(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_text", read_only)
    code, _, err = run("init", "reslint.new.toml")
    assert code == 1
    assert err.strip() == "reslint: reslint.new.toml: cannot write: Permission denied"


def test_unreadable_inputs_are_one_line_errors_and_the_run_goes_on(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "good.txt").write_text(CLEAN, encoding="utf-8")
    (folder / "secret.txt").write_text(CLEAN, encoding="utf-8")
    (folder / "closed").mkdir()
    (folder / "closed" / "inside.txt").write_text(CLEAN, encoding="utf-8")
    real_read, real_access = Path.read_bytes, os.access

    def read_bytes(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    def access(path, mode, **kwargs) -> bool:  # "closed" can be listed but not entered
        return Path(path).name != "closed" and real_access(path, mode, **kwargs)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr("reslint.inputs.os.access", access)
    code, out, err = run("lint", "secret.txt", ".")
    lines = err.strip().splitlines()
    assert code == 1
    assert "reslint: secret.txt: cannot be read: Permission denied" in lines
    assert "reslint: closed: cannot open the folder: permission denied" in lines
    assert "good.txt" not in err and "All checks passed" not in out
    assert "could not be checked" in out


def test_unencodable_fix_is_skipped_and_said(folder: Path) -> None:
    pack = folder / "pack.toml"
    pack.write_text(
        '[[rule]]\ncode = "Z101"\nslug = "nb-hyphen"\nkind = "substitution"\n'
        'scope = ["operative"]\nlevel = "warning"\nmessage = "Write \'%s\', not \'%s\'"\n'
        'swap = { "Secretary-General" = "Secretary\u2011General" }\nfix = "safe"\n',
        encoding="utf-8",
    )
    (folder / "reslint.toml").write_text('extend = "pack.toml"\n', encoding="utf-8")
    draft = folder / "draft.txt"
    draft.write_bytes(DRAFT.replace("Recalling", "Recalling ®").encode("cp1252"))
    _, _, err = run("lint", "--fix", "draft.txt")
    assert "Traceback" not in err and "read as cp1252" in err
    assert "draft.txt: line 7: Z101 not fixed: cp1252 cannot hold '\u2011' (U+2011)" in err
    data = draft.read_bytes()
    assert b"Calls upon" in data and b"Secretary-General" in data  # the others applied


def test_utf16_without_a_byte_order_mark_is_read_and_named(folder: Path) -> None:
    (folder / "wide.txt").write_bytes(CLEAN.encode("utf-16-le"))
    code, _, err = run("lint", "wide.txt")
    assert code == 0
    assert "UTF-16 without a byte-order mark; read as utf-16-le" in err


# labels, discovery ----------------------------------------------------------------------


def test_paragraphs_numbered_1000_and_above(folder: Path) -> None:
    paragraphs = "\n\n".join(
        f"{n}. Requests the Secretary-General to report on item {n}, as set out in "
        f"paragraph {n} above;"
        for n in range(1, 1201)
    )
    text = f"The General Assembly,\n\nRecalling its resolution 70/1,\n\n{paragraphs}\n"
    document = reslint.parse(text)
    assert [p.number for p in document.operative] == [str(n) for n in range(1, 1201)]
    codes = {d.code for d in reslint.lint(text)}
    assert "R106" not in codes and "S103" not in codes


def test_discovery_skips_hidden_and_gitignored_files(folder: Path) -> None:
    (folder / ".git").mkdir()
    (folder / ".gitignore").write_text("build/\n*.draft.txt\n", encoding="utf-8")
    for name in ("a.txt", ".hidden/b.txt", ".venv/c.txt", "build/d.txt", "e.draft.txt"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(CLEAN, encoding="utf-8")
    code, out, _ = run("parse", "-f", "json", ".")
    assert [Path(d["path"]).name for d in json.loads(out)["documents"]] == ["a.txt"]
    code, out, _ = run("parse", "-f", "json", "--no-respect-gitignore", ".")
    names = [Path(d["path"]).name for d in json.loads(out)["documents"]]
    assert names == ["a.txt", "d.txt", "e.draft.txt"]
    code, out, _ = run("parse", "-f", "json", ".hidden/b.txt")  # named: always read
    assert code == 0 and len(json.loads(out)["documents"]) == 1


def test_markdown_without_a_resolution_is_info(folder: Path) -> None:
    (folder / "README.md").write_text("# Our drafts\n\nSee the folder.\n", encoding="utf-8")
    (folder / "notes.txt").write_text("Call Ana about the venue.\n", encoding="utf-8")
    (folder / "draft.txt").write_text(CLEAN, encoding="utf-8")
    code, out, err = run("lint", "README.md", "draft.txt")
    assert code == 0, err
    assert out.count("README.md") == 1 and "README.md:1:1: S100" in out and "[info]" in out
    code, out, err = run("parse", "README.md", "draft.txt")
    assert code == 0 and err.count("README.md") == 1 and "reslint: info: README.md" in err
    code, _, err = run("parse", "notes.txt")
    assert code == 1 and "reslint: notes.txt: no resolution structure found" in err


# messages -------------------------------------------------------------------------------


def test_counts_are_singular_and_plural(folder: Path) -> None:
    (folder / "draft.txt").write_text(DRAFT, encoding="utf-8")
    _, out, _ = run("lint", "draft.txt")
    assert "Found 1 finding (1 warning)" in out
    (folder / "other.txt").write_text(DRAFT.replace("Secretary-General", "SG"), encoding="utf-8")
    _, out, _ = run("lint", "draft.txt", "other.txt")
    assert "Found 3 findings" in out or "Found 2 findings" in out


def test_unsafe_fixes_alone_is_a_usage_error(folder: Path) -> None:
    (folder / "draft.txt").write_text(DRAFT, encoding="utf-8")
    code, _, err = run("lint", "--unsafe-fixes", "draft.txt")
    assert code == 2 and "--unsafe-fixes applies fixes only with --fix or --diff" in err


def test_statistics_formats_are_supported_or_refused(folder: Path) -> None:
    (folder / "draft.txt").write_text(DRAFT, encoding="utf-8")
    code, out, _ = run("lint", "--statistics", "-f", "json", "draft.txt")
    assert code == 0  # a warning does not fail the run
    assert json.loads(out) == [
        {
            "code": "V105",
            "slug": "calls-upon",
            "count": 1,
            "fixable": True,
            "levels": {"warning": 1},
        }
    ]
    code, _, err = run("lint", "--statistics", "-f", "sarif", "draft.txt")
    assert code == 2 and "--statistics prints concise or full or json, not sarif" in err


def test_classify_unknown_in_every_format(folder: Path) -> None:
    text = CLEAN.replace("Recalling", "Bemoaning")
    (folder / "draft.txt").write_text(text, encoding="utf-8")
    code, out, _ = run("classify", "--unknown", "-f", "csv", "draft.txt")
    assert code == 0
    assert out.splitlines()[0] == "kind,opener,count,first"
    assert out.splitlines()[1].startswith("preambular,bemoaning,1,")
    code, out, _ = run("classify", "--unknown", "-f", "jsonl", "draft.txt")
    assert json.loads(out.splitlines()[0])["opener"] == "bemoaning"


# the Python API -------------------------------------------------------------------------


def test_api_reads_paths_and_takes_strings_as_text(tmp_path: Path) -> None:
    file = tmp_path / "draft.txt"
    file.write_text(CLEAN, encoding="utf-8")
    assert reslint.parse(file).path == str(file)
    assert reslint.parse(path=str(file)).path == str(file)
    assert reslint.parse(CLEAN, name="mine.txt").path == "mine.txt"
    assert len(reslint.parse(CLEAN.encode("utf-16")).operative) == 2
    with pytest.raises(InputError, match="no such file or directory"):
        reslint.parse(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        reslint.parse(path=tmp_path)
    with pytest.raises(InputError, match=r"pass pathlib\.Path"):
        reslint.parse(str(file))  # a str is text, and the error says how to read the file
    with pytest.raises(TypeError):
        reslint.parse(CLEAN, path=file)


def test_api_lint_returns_the_findings(tmp_path: Path) -> None:
    found = reslint.lint(DRAFT, name="draft.txt", config=None)
    assert [(d.code, d.line, d.path) for d in found] == [("V105", 5, "draft.txt")]
    assert reslint.lint(DRAFT, ignore=["V105"]) == []


# safe fixes keep the meaning ------------------------------------------------------------

LETTERED = """The General Assembly,

Recalling its resolution 79/81 of 3 December 2024,

Recalling further its decision 79/573 B of 5 September 2025 to resume the Conference:

(a) Expresses its profound gratitude to the Co-Chairs of the Conference;

(b) Endorses the Declaration submitted by the Co-Chairs of the Conference.
"""


def test_lettered_operative_paragraphs_are_not_preambular_items(folder: Path) -> None:
    document = reslint.parse(LETTERED)
    assert [p.label for p in document.operative] == ["(a)", "(b)"]
    assert [p.children for p in document.preambular] == [[], []]
    (folder / "l1.txt").write_text(LETTERED, encoding="utf-8")
    run("lint", "--fix", "--unsafe-fixes", "l1.txt")
    assert (folder / "l1.txt").read_text(encoding="utf-8") == LETTERED  # the full stop stays
    items = LETTERED.replace("(a) Expresses", "(a) the Convention,").replace(
        "(b) Endorses", "(b) the Protocol,\n\n1. Endorses"
    )
    document = reslint.parse(items)  # a preambular paragraph's own items stay its items
    assert [len(p.children) for p in document.preambular] == [0, 2]


def test_no_fix_for_the_dots_of_an_ellipsis() -> None:
    text = CLEAN.replace("25 September 2015,", "25 September 2015 ...")
    (finding,) = [d for d in reslint.lint(text) if d.code == "P101"]
    assert finding.fix is None


def test_no_fix_where_the_parser_reported_a_problem() -> None:
    text = DRAFT.replace("2. Requests", "Noting the report,\n\n2. Requests")
    by_code = {d.code: d for d in reslint.lint(text)}
    assert "S102" in by_code  # the parser's problem: a preambular paragraph misplaced
    fix = by_code["V105"].fix
    assert fix is not None and fix.applicability == "display-only"
    assert "parser reported a problem" in fix.message


def test_a_fix_that_changes_the_structure_is_refused(folder: Path) -> None:
    (folder / "pack.toml").write_text(
        '[[rule]]\ncode = "Z101"\nslug = "number-it"\nkind = "substitution"\n'
        'scope = ["preamble"]\nlevel = "warning"\nmessage = "Write \'%s\', not \'%s\'"\n'
        'swap = { "Recalling" = "3. Recalling" }\nfix = "safe"\n',
        encoding="utf-8",
    )
    (folder / "reslint.toml").write_text('extend = "pack.toml"\n', encoding="utf-8")
    (folder / "draft.txt").write_text(DRAFT, encoding="utf-8")
    _, _, err = run("lint", "--fix", "draft.txt")
    assert "Z101 not fixed: it would change how the text reads" in err
    assert (folder / "draft.txt").read_text(encoding="utf-8") == CLEAN  # V105 still fixed
