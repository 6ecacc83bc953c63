"""PDF input: the text layer of every page, with the pages kept apart.

pypdf extracts each page's text in reading order; the pages are joined with
a newline, exactly as the corpus' ``__pdf-pypdf`` texts were made, so the
normalizer sees the text it was built on.  The source remembers where each
page starts: the normalizer uses it to find page headers and footers at
page ends, and a finding is reported at its page and line on that page.

A PDF without a text layer (a scan) or one that needs a password cannot be
read: the error says so and what to do.
"""

from __future__ import annotations

import logging
from pathlib import Path

from reslint.errors import InputError
from reslint.readers.sources import PdfSource

PAGE_JOINER = "\n"


def read_pdf(path: str | Path) -> PdfSource:
    """Read a PDF's text layer; unreadable, encrypted and scanned files raise ``InputError``."""
    name = str(path)
    pages = _page_texts(name)
    if not any(page.strip() for page in pages):
        raise InputError(name, "PDF has no text layer (a scanned image?); run OCR on it first")
    warnings = [
        f"page {number} has no text layer; its text is missing"
        for number, page in enumerate(pages, 1)
        if not page.strip()
    ]
    starts, offset = [], 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + len(PAGE_JOINER)
    return PdfSource(name, PAGE_JOINER.join(pages), warnings=warnings, page_starts=starts)


def _page_texts(name: str) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # pypdf logs every repaired cross-reference table
    try:
        reader = PdfReader(name)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise InputError(name, "encrypted PDF: it needs a password; save an unprotected copy")
        return [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot be read") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise InputError(name, f"damaged or unreadable PDF ({type(exc).__name__})") from None
    finally:
        quiet.setLevel(level)


def _opens_without_password(reader: object) -> bool:
    """PDFs locked only against editing open with the empty password, as in any viewer."""
    from pypdf.errors import PyPdfError

    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except (PyPdfError, NotImplementedError, ValueError):
        return False
