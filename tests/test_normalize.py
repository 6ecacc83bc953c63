"""Normalize stage on short texts in the shapes real PDF extractions take."""

from __future__ import annotations

import re

from helpers import clean

PDF_PAGE = """\
United Nations
A/RES/80/12

General Assembly
Distr.: General
20 December 2025

25-21080 (E)    291225
*2521080*

Eightieth session
Agenda item 12

80/12. Cooperation on water

The General Assembly,

Recalling its resolution 78/206 of 19 December 2023 on the Commission,1

Recognizing the role of regional organ-
izations and the well-
being of all peoples,

1. Requests the Secretary-General to support the work of the
__________________

1 See A/80/100.

A/RES/80/12
Cooperation on water

25-21080
2/3

perso ns concerned from 13 to 15 May 2026;

2. Decides to remain seized of the matter.
"""


def test_page_furniture_is_removed_and_logged() -> None:
    result = clean(PDF_PAGE)
    body = result.text[result.body_start :]
    for furniture in ("25-21080", "*2521080*", "2/3", "A/RES/80/12\nCooperation"):
        assert furniture not in body
    kinds = [repair.kind for repair in result.repairs]
    assert kinds.count("page-furniture") == 2  # the first-page job number, then the page break
    assert "separator" in kinds and "footnote-moved" in kinds


def test_heading_keeps_its_own_lines() -> None:
    result = clean(PDF_PAGE)
    heading = result.text[: result.body_start]
    assert "A/RES/80/12\n" in heading
    assert "Distr.: General\n20 December 2025" in heading
    assert "80/12. Cooperation on water" in heading


def test_paragraph_continues_across_the_page_break_and_footnote() -> None:
    result = clean(PDF_PAGE)
    assert (
        "1. Requests the Secretary-General to support the work of the persons concerned "
        "from 13 to 15 May 2026;" in result.text
    )


def test_hyphenation_joins_words_and_keeps_compounds() -> None:
    result = clean(PDF_PAGE)
    assert "regional organizations and the well-being of all peoples," in result.text


def test_split_word_joined_but_real_numbers_untouched() -> None:
    result = clean(PDF_PAGE)
    assert "persons concerned from 13 to 15 May 2026" in result.text
    assert [r.detail for r in result.repairs if r.kind == "split-word"] == ["perso ns -> persons"]


def test_glued_footnote_number_becomes_a_reference_and_text_moves_to_the_end() -> None:
    result = clean(PDF_PAGE)
    assert "on the Commission,[^1]" in result.text
    assert result.text.rstrip().endswith("[^1]: See A/80/100.")


def test_year_glued_footnote_number() -> None:
    result = clean(
        """\
        The General Assembly,

        Recalling the Declaration adopted on 1 April 198259 and the Convention of 1990,

        1. Decides to remain seized of the matter.
        __________________
        59 A/37/1.
        """
    )
    assert "1 April 1982[^59] and the Convention of 1990," in result.text


def test_glued_paragraphs_are_split() -> None:
    result = clean(
        """\
        The Security Council,
        1. Welcomes the efforts of the Russian Federation; 2. Confirms its determination to support the parties;
        3. Decides to remain seized of the matter.
        """
    )
    assert "Russian Federation;\n\n2. Confirms its determination" in result.text
    assert any(r.kind == "glued-paragraphs" for r in result.repairs)


def test_one_paragraph_per_line_layout_is_kept() -> None:
    result = clean(
        """\
        The Security Council,
        Recalling its resolution 2334 (2016),
        Guided by the purposes and principles of the Charter,
        1. Reaffirms its commitment;
        2. Decides to remain seized of the matter.
        """
    )
    lines = [line for line in result.text.splitlines() if line]
    assert lines[1] == "Recalling its resolution 2334 (2016),"
    assert lines[2] == "Guided by the purposes and principles of the Charter,"


def test_every_clean_position_maps_to_the_original_line() -> None:
    result = clean(PDF_PAGE)
    offset = result.text.index("persons concerned")
    line, column = result.position(offset)
    assert PDF_PAGE.splitlines()[line - 1][column - 1 :].startswith("perso ns")
    offset = result.text.index("[^1]: See")
    line, _ = result.position(offset)
    assert PDF_PAGE.splitlines()[line - 1].startswith("1 See A/80/100.")


def test_repairs_point_at_the_original_file() -> None:
    result = clean(PDF_PAGE)
    lines = PDF_PAGE.splitlines()
    for repair in result.repairs:
        assert PDF_PAGE[repair.start : repair.end].strip()
        assert 1 <= repair.line <= len(lines)


def test_offsets_are_byte_exact_under_utf16_and_crlf() -> None:
    import codecs

    from reslint.normalize import normalize
    from reslint.source import decode

    text = PDF_PAGE.replace("\n", "\r\n")
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    result = normalize(decode(data, "pdf.txt"))
    for word in ("persons concerned", "regional organizations", "Requests the Secretary-General"):
        offset = result.text.index(word)
        raw_start, raw_end = result.raw_span(offset, offset + len(word))
        source = result.source
        first, last = source.byte_offset(raw_start), source.byte_offset(raw_end)
        original = data[first:last].decode("utf-16-le")
        # the bytes behind the clean words are the user's own, line break and split included
        assert original.replace("\r\n", "\n").replace("-\n", "").replace(" ns", "ns") == word


def test_whole_words_finds_what_a_scan_of_every_word_finds() -> None:
    """The trie pattern of ``whole_words`` (how split words are looked for) against the
    plain reading: every run of word characters whose lower case is one of the words."""
    import random

    from reslint.normalize.words import whole_words

    def every_word(text: str, words: set[str]) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(r"\w+", text) if m.group(0).lower() in words]

    rng = random.Random(7)
    for _ in range(2000):
        words = {"".join(rng.choices("abc", k=rng.randint(1, 4))) for _ in range(rng.randint(0, 6))}
        # the Kelvin sign lower-cases to "k"; "İ" to two characters (offsets would move)
        text = "".join(rng.choices("abcABC _-é\u212aİ", k=rng.randint(0, 40)))
        assert list(whole_words(text, words)) == every_word(text, words), (text, words)
    assert list(whole_words("Perso ns, PERSO and persons", {"perso", "ns"})) == [
        (0, 5),
        (6, 8),
        (10, 15),
    ]


def test_marker_candidates_are_what_the_pattern_finds_everywhere() -> None:
    """``_numbered`` tries the marker pattern only at digits and the spaces before them;
    it must find what the pattern finds tried at every character."""
    import random

    from reslint.normalize.markers import _NUMBERED, _numbered

    def spans(matches) -> list[tuple[int, int, str | None]]:
        return [(m.start(), m.end(), m.lastgroup) for m in matches]

    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choices("12 \t9.,;:a)A/\n198", k=rng.randint(0, 30)))
        assert spans(_numbered(text)) == spans(_NUMBERED.finditer(text)), repr(text)
    text = "the Commission,1 which 1 April 198259 and Dispute Resolution 5  as one"
    # glued after a comma, glued to a year, spaced after a word; not the day of "1 April"
    assert [m.group(0) for m in _numbered(text)] == ["1", "59", " 5"]
