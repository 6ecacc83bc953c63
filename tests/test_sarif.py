"""``reslint lint -f sarif``: valid SARIF 2.1.0 as GitHub code scanning reads it.

First the structure code scanning needs (version, schema, driver and rules,
results pointing at their rules, locations, levels), with every rule of the
registry described by the same text ``reslint rule CODE`` prints; then the
file is read back with a real SARIF consumer, sarif-tools, whose counts and
records must agree with what reslint found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint import __version__
from reslint.cli import main
from reslint.lint.registry import build_registry as registry
from reslint.lint.rule import FAMILIES

FLAWED = """The General Assembly,

Recalling its resolution 70/1 of 25 September 2015

Welcoming the initiative of Côte d’Ivoire , Ghana and Türkiye,

1. Calls on Member States to integrate ocean literacy into education;

2. Invites the secretary-general to report on the matter;

4. Decides to remain seized of the matter.
"""

SECURITY_COUNCIL = """The Security Council,

Recalling its resolution 2334 (2016)

1. Calls on all parties to respect the ceasefire;

2. Requests the Secretary General to report;

3. Decides to remain seized of the matter.
"""

CLEAN = """The General Assembly,

Recalling its resolution 70/1 of 25 September 2015,

1. Calls upon Member States to integrate ocean literacy into education;

2. Decides to remain seized of the matter.
"""

FILES = {
    "drafts/ga draft.txt": FLAWED,
    "drafts/sc.txt": SECURITY_COUNCIL,
    "drafts/clean.txt": CLEAN,
    "drafts/broken.txt": "",  # an empty file: it cannot be linted
}
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "drafts").mkdir()
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.fixture
def linted(folder: Path) -> tuple[Path, dict, list[dict]]:
    """The SARIF file of the four texts, its data, and the findings of ``-f json``."""
    files = list(FILES)
    run("lint", "-f", "sarif", "-o", "report.sarif", *files)
    data = json.loads((folder / "report.sarif").read_text(encoding="utf-8"))
    findings = [
        finding
        for entry in json.loads(run("lint", "-f", "json", *files))["files"]
        for finding in entry["findings"]
    ]
    assert len(findings) >= 6  # enough to compare: both texts have findings
    return folder / "report.sarif", data, findings


def test_top_level_and_driver(linted: tuple[Path, dict, list[dict]]) -> None:
    _, data, _ = linted
    assert data["version"] == "2.1.0"
    assert data["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert len(data["runs"]) == 1
    driver = data["runs"][0]["tool"]["driver"]
    assert driver["name"] == "reslint" and driver["version"] == __version__
    assert [rule["id"] for rule in driver["rules"]] == list(registry())


def test_every_rule_is_described_as_reslint_rule_prints_it(
    linted: tuple[Path, dict, list[dict]],
) -> None:
    _, data, _ = linted
    known = registry()
    for rule in data["runs"][0]["tool"]["driver"]["rules"]:
        info = known[rule["id"]]
        assert rule["name"] == info.slug
        assert rule["shortDescription"]["text"] == info.summary
        text = rule["fullDescription"]["text"]
        assert text == run("rule", info.code)
        assert rule["help"] == {"text": text, "markdown": text}
        # every section of the documentation, the summary first
        sections = [body for body in info.documentation.values() if body]
        assert sections[0] == info.documentation["Summary"]
        positions = [text.find(body) for body in sections]
        assert -1 not in positions and positions[0] == min(positions), info.code
        assert rule["defaultConfiguration"]["level"] == LEVELS[info.level]
        assert rule["properties"]["tags"] == [FAMILIES[info.code[0]]]


def test_results_point_at_their_rule_and_place(linted: tuple[Path, dict, list[dict]]) -> None:
    _, data, findings = linted
    run_ = data["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    results = run_["results"]
    assert len(results) == len(findings)
    for result, finding in zip(results, findings, strict=True):
        assert result["ruleId"] == finding["code"]
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in {"error", "warning", "note", "none"}
        assert result["level"] == LEVELS[finding["level"]]
        assert result["message"]["text"] == finding["message"]
        (location,) = result["locations"]
        artifact = location["physicalLocation"]["artifactLocation"]
        assert artifact["uriBaseId"] == "%SRCROOT%"
        assert artifact["uri"] == finding["path"].replace(" ", "%20")  # a URI: encoded
        region = location["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert (region["startLine"], region["startColumn"]) == (finding["line"], finding["column"])
        assert (region["endLine"], region["endColumn"]) == (
            finding["end_line"],
            finding["end_column"],
        )
        fix = result.get("properties", {}).get("fix")
        assert fix == finding["fix"]
    assert run_["columnKind"] == "unicodeCodePoints"
    prints = [next(iter(r["partialFingerprints"].values())) for r in results]
    assert len(set(prints)) == len(prints)


def test_profile_levels_reach_the_results(linted: tuple[Path, dict, list[dict]]) -> None:
    _, data, _ = linted
    levels = {
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"]): r["level"]
        for r in data["runs"][0]["results"]
    }
    assert levels[("drafts/ga%20draft.txt", "S103")] == "error"
    assert levels[("drafts/ga%20draft.txt", "X103")] == "note"
    assert levels[("drafts/ga%20draft.txt", "P101")] == "error"
    assert levels[("drafts/sc.txt", "P101")] == "note"  # the Council's profile: info
    assert ("drafts/sc.txt", "V105") not in levels  # the Council may write "calls on"


def test_a_file_that_failed_is_a_notification(linted: tuple[Path, dict, list[dict]]) -> None:
    _, data, _ = linted
    (invocation,) = data["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (notice,) = invocation["toolExecutionNotifications"]
    assert notice["level"] == "error" and "empty file" in notice["message"]["text"]
    location = notice["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "drafts/broken.txt", "uriBaseId": "%SRCROOT%"}


def test_a_clean_run_succeeds(folder: Path) -> None:
    data = json.loads(run("lint", "-f", "sarif", "drafts/clean.txt"))
    (invocation,) = data["runs"][0]["invocations"]
    assert invocation == {"executionSuccessful": True, "toolExecutionNotifications": []}
    assert data["runs"][0]["results"] == []


def test_absolute_paths_become_relative_inside_the_working_directory(folder: Path) -> None:
    inside = str(folder / "drafts" / "sc.txt")
    data = json.loads(run("lint", "-f", "sarif", inside))
    artifact = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert artifact["artifactLocation"] == {"uri": "drafts/sc.txt", "uriBaseId": "%SRCROOT%"}


def test_paths_outside_the_working_directory_are_file_uris(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "elsewhere").mkdir()
    monkeypatch.chdir(folder / "elsewhere")
    target = folder / "drafts" / "sc.txt"
    data = json.loads(run("lint", "-f", "sarif", str(target)))
    artifact = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert artifact["artifactLocation"] == {"uri": target.as_uri()}


def test_sarif_tools_reads_what_reslint_found(linted: tuple[Path, dict, list[dict]]) -> None:
    from sarif.loader import load_sarif_file

    path, _, findings = linted
    sarif_file = load_sarif_file(str(path))
    assert sarif_file.get_distinct_tool_names() == ["reslint"]
    assert sarif_file.get_result_count() == len(findings)
    report = sarif_file.get_report()
    for level, severity in LEVELS.items():
        expected = sum(1 for f in findings if f["level"] == level)
        assert report.get_issue_count_for_severity(severity) == expected, level
    assert report.get_issue_count_for_severity("error") >= 2
    records = sarif_file.get_records()
    assert [(r["Location"], r["Line"], r["Code"]) for r in records] == [
        (f["path"].replace(" ", "%20"), f["line"], f["code"]) for f in findings
    ]
    assert [r["Description"] for r in records] == [f["message"] for f in findings]
    assert sarif_file.get_rules_by_id("V105")[0]["name"] == "calls-upon"
