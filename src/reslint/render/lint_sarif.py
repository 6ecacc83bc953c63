"""``sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run: the driver lists every rule of the registry (code, slug, summary,
the whole documentation ``reslint rule CODE`` prints, default level, family
tag); each result points at its rule by id and index, with its region in
the original file (1-based lines, columns in Unicode code points) and a
fingerprint that survives the finding moving to another line.  Paths are
relative to ``%SRCROOT%`` (the working directory).  In a Word or PDF file
the lines and columns count in the text reslint read from it, and the
region's ``properties`` give the place in the file itself (``paragraph`` and
``offset``, or ``page`` and ``line``).  Files that could not be linted
become error notifications of the invocation.

Fixes are not SARIF ``fixes``: their edits are offsets in the normalized
text, which a renderer cannot map back to the file, and SARIF wants at
least one replacement per fix.  A fixable result carries ``properties.fix``
(``applicability``, ``message``) instead.
"""

from __future__ import annotations

import json
from importlib import metadata
from typing import TYPE_CHECKING, Any

from reslint.lint.rule import FAMILIES
from reslint.render.lint_common import SARIF_LEVELS, artifact_uri, fingerprints, rule_text
from reslint.render.lint_json import fix_entry

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic
    from reslint.lint.rule import RuleInfo
    from reslint.lint.runner import FileReport

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "reslintFingerprint/v1"


def render(reports: list[FileReport], rules: dict[str, RuleInfo]) -> str:
    return json.dumps(sarif_log(reports, rules), ensure_ascii=False, indent=2) + "\n"


def sarif_log(reports: list[FileReport], rules: dict[str, RuleInfo]) -> dict[str, Any]:
    """The whole SARIF log: one run of reslint over ``reports``."""
    index = {code: position for position, code in enumerate(rules)}
    failed = [report for report in reports if report.error]
    run = {
        "tool": {"driver": driver(rules)},
        "invocations": [
            {
                "executionSuccessful": not failed,
                "toolExecutionNotifications": [notification(r) for r in failed],
            }
        ],
        "columnKind": "unicodeCodePoints",
        "results": [result(d, index, print_) for d, print_ in fingerprints(reports)],
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def driver(rules: dict[str, RuleInfo]) -> dict[str, Any]:
    from reslint import __version__

    data: dict[str, Any] = {"name": "reslint", "version": __version__}
    uri = information_uri()
    if uri:
        data["informationUri"] = uri
    data["rules"] = [descriptor(info) for info in rules.values()]
    return data


def information_uri() -> str | None:
    """The project's home page from the installed package's metadata, when it names one."""
    try:
        meta = metadata.metadata("reslint")
    except metadata.PackageNotFoundError:
        return None
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "documentation", "repository"):
            return url.strip()
    return meta.get("Home-page")


def descriptor(info: RuleInfo) -> dict[str, Any]:
    """The reportingDescriptor of one rule."""
    text = rule_text(info)
    family = FAMILIES.get(info.code[:1])
    return {
        "id": info.code,
        "name": info.slug,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": text},
        "help": {"text": text, "markdown": text},
        "defaultConfiguration": {"level": SARIF_LEVELS[info.level]},
        "properties": {"tags": [family] if family else []},
    }


def result(d: Diagnostic, index: dict[str, int], print_: str) -> dict[str, Any]:
    uri, base = artifact_uri(d.path)
    data: dict[str, Any] = {"ruleId": d.code}
    if d.code in index:
        data["ruleIndex"] = index[d.code]
    data["level"] = SARIF_LEVELS[d.level]
    data["message"] = {"text": d.message}
    data["locations"] = [{"physicalLocation": {**artifact(uri, base), "region": region(d)}}]
    data["partialFingerprints"] = {FINGERPRINT: print_}
    if d.fix is not None:
        data["properties"] = {"fix": fix_entry(d.fix)}
    return data


def artifact(uri: str, base: str | None) -> dict[str, Any]:
    location = {"uri": uri, "uriBaseId": base} if base else {"uri": uri}
    return {"artifactLocation": location}


def region(d: Diagnostic) -> dict[str, Any]:
    """Lines and columns; in a Word or PDF file they count in the text reslint read, and
    ``properties`` says where that is in the file (paragraph and offset, page and line)."""
    data: dict[str, Any] = {
        "startLine": d.line,
        "startColumn": d.column,
        "endLine": d.end_line,
        "endColumn": d.end_column,
    }
    if d.place:
        data["properties"] = {**d.place.as_dict(), "description": d.place.describe()}
    return data


def notification(report: FileReport) -> dict[str, Any]:
    """A file that could not be linted, as an error of the invocation."""
    return {
        "level": "error",
        "message": {"text": report.error or ""},
        "locations": [{"physicalLocation": artifact(*artifact_uri(report.path))}],
    }
