"""``junit``: JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

One ``<testsuite>`` per file linted.  Each finding is a ``<testcase>`` with a
``<failure>`` (message "CODE: message", type the level, text
``path:line:col: message``, and the place in a Word or PDF file); a file
without findings has one passing
testcase, and a file that could not be linted one with an ``<error>``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from reslint.render.lint_common import where

if TYPE_CHECKING:
    from reslint.lint.diagnostic import Diagnostic
    from reslint.lint.rule import RuleInfo
    from reslint.lint.runner import FileReport

# characters XML 1.0 cannot carry at all, even escaped (form feeds of PDF extractions)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(reports: list[FileReport], rules: dict[str, RuleInfo]) -> str:
    root = ET.Element("testsuites", name="reslint")
    for report in reports:
        root.append(suite(report))
    totals = {key: 0 for key in ("tests", "failures", "errors")}
    for element in root:
        for key in totals:
            totals[key] += int(element.get(key, "0"))
    root.attrib.update({key: str(value) for key, value in totals.items()})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def suite(report: FileReport) -> ET.Element:
    """The testsuite of one file."""
    element = ET.Element("testsuite", name=xml_text(report.path))
    if report.error:
        case = ET.SubElement(element, "testcase", name="lint", classname=xml_text(report.path))
        ET.SubElement(case, "error", message=xml_text(report.error)).text = xml_text(report.error)
    elif not report.diagnostics:
        ET.SubElement(element, "testcase", name="lint", classname=xml_text(report.path))
    for d in report.diagnostics:
        element.append(testcase(d))
    element.set("tests", str(len(element)))
    element.set("failures", str(len(report.diagnostics)))
    element.set("errors", "1" if report.error else "0")
    return element


def testcase(d: Diagnostic) -> ET.Element:
    case = ET.Element(
        "testcase", name=f"{d.code} {d.slug} ({d.line}:{d.column})", classname=xml_text(d.path)
    )
    failure = ET.SubElement(case, "failure", message=xml_text(f"{d.code}: {d.message}"))
    failure.set("type", d.level)
    failure.text = xml_text(f"{d.path}:{d.line}:{d.column}: {d.message}{where(d)}")
    return case


def xml_text(text: str) -> str:
    """``text`` without the control characters XML cannot hold (each becomes U+FFFD)."""
    return _NOT_XML.sub("\ufffd", text)
