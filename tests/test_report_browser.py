"""The HTML report in a real browser: headless Chromium draws every chart.

Marked ``slow``: it starts Chromium (Debian's ``chromium``, which .ci/run
installs).  On a machine without it the test skips, except in CI, where a
missing browser is a failure.  Two screenshots of the same page, with and
without its scripts, show that the charts are what the script draws; the DOM
after the scripts ran shows every chart as an SVG of nonzero size with marks.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from reslint.cli import main
from reslint.report.aggregate import Corpus
from reslint.report.charts import charts

pytestmark = [pytest.mark.slow, pytest.mark.corpus]

FILES = ("A_RES_79_117.txt", "A_RES_78_117.txt", "S_RES_101_1953.txt", "S_RES_836_1993.txt",
         "S_2018_1021.txt", "A_C.4_80_L.14.txt")  # fmt: skip
WINDOW = "1280,4200"


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            raise RuntimeError("chromium is not installed (.ci/run installs it)")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return found


def browse(page: Path, *options: str) -> subprocess.CompletedProcess:
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               f"--window-size={WINDOW}", "--virtual-time-budget=20000", *options, page.as_uri()]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not all((CORPUS / name).is_file() for name in FILES):
        pytest.skip(f"corpus not found at {CORPUS}")
    target = tmp_path_factory.mktemp("browser") / "report.html"
    result = CliRunner().invoke(
        main, ["report", *(str(CORPUS / f) for f in FILES), "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    return target


def test_every_chart_is_drawn_as_an_svg_with_marks(page: Path) -> None:
    dom = browse(page, "--dump-dom").stdout
    for chart in charts(Corpus()):
        element = re.search(
            rf'<div class="chart" id="chart-{chart.id}"[^>]*>(.*?)</figure>', dom, re.S
        )
        assert element, chart.id
        assert 'data-drawn="true"' in element.group(0), chart.id
        svg = re.search(
            r'<svg[^>]*\bwidth="(\d+(?:\.\d+)?)"[^>]*\bheight="(\d+(?:\.\d+)?)"', element.group(1)
        )
        assert svg and float(svg.group(1)) > 100 and float(svg.group(2)) > 50, chart.id
        assert element.group(1).count("<path") >= 5, chart.id  # axes, bars, dots, lines


def colourful_pixels(png: Path) -> int:
    """Pixels of a saturated colour: the charts' bars and dots (text is grey, the page
    white; the header's dark blue is the same in both screenshots)."""
    from PIL import Image

    with Image.open(png) as image:
        data = image.convert("RGB").tobytes()
    pixels = zip(data[0::3], data[1::3], data[2::3], strict=True)
    return sum(1 for r, g, b in pixels if max(r, g, b) - min(r, g, b) > 60)


def test_the_screenshot_shows_the_charts(page: Path) -> None:
    drawn, bare = page.with_name("drawn.png"), page.with_name("bare.png")
    browse(page, f"--screenshot={drawn}")
    without_scripts = page.with_name("bare.html")  # the same page, nothing drawn
    without_scripts.write_text(re.sub(r"<script>.*?</script>", "", page.read_text(), flags=re.S))
    browse(without_scripts, f"--screenshot={bare}")
    with_charts, without = colourful_pixels(drawn), colourful_pixels(bare)
    assert with_charts > without + 50_000, (with_charts, without)
