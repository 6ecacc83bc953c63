"""reslint: parse, classify and lint United Nations resolutions.

The pipeline runs one way: read -> normalize -> parse -> annotate -> classify
-> lint -> render.  ``parse`` needs no spaCy; the stages that do import it
lazily, so ``import reslint`` stays cheap.
"""

from __future__ import annotations

__version__ = "0.1.0"

from reslint import lint
from reslint.api import classify, parse

__all__ = ["__version__", "classify", "lint", "parse"]
