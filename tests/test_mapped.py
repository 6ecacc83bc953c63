"""Offset maps: every clean position points back into the original, through every pass."""

from __future__ import annotations

from reslint.normalize.mapped import Builder, MappedText


def test_identity_maps_onto_itself() -> None:
    text = MappedText.identity("abcdef")
    assert text.to_raw(3) == 3
    assert text.raw_span(1, 4) == (1, 4)


def test_edits_compose_and_keep_copies_exact() -> None:
    original = "organ-\nization of work"
    first = MappedText.identity(original).edit([(5, 7, "")])  # join the hyphenated word
    assert first.text == "organization of work"
    second = first.edit([(13, 15, "in")])  # "of" -> "in"
    assert second.text == "organization in work"
    start = second.text.index("work")
    assert original[second.to_raw(start) :].startswith("work")
    # the replacement stands for the original span it replaced
    assert second.raw_span(13, 15) == (original.index("of"), original.index("of") + 2)
    # a one-to-many repair: the joined word spans the hyphen and the line break
    assert second.raw_span(0, 12) == (0, len("organ-\nization"))


def test_moved_text_keeps_its_origin() -> None:
    source = MappedText.identity("body\nfootnote\n")
    builder = Builder()
    builder.add_slice(source, 5, 13)  # "footnote" first
    builder.add_text(" | ", source, 4, 5)
    builder.add_slice(source, 0, 4)
    moved = builder.build()
    assert moved.text == "footnote | body"
    assert moved.to_raw(0) == 5
    assert moved.to_raw(moved.text.index("body")) == 0
    assert moved.is_copy(0, 8) and not moved.is_copy(8, 11)


def test_written_text_stands_for_the_original_behind_a_changed_text() -> None:
    """A pass writes text in place of a span of the text it reads; when an earlier pass
    changed that text, the span is mapped back to the original (a layout pass reading
    a web copy split into lines wrote footnote lines that pointed past the file's end)."""
    original = "Preamble, 1. Decides; notes"
    split = MappedText.identity(original).edit([(9, 10, "\n\n")])  # one space -> two lines
    builder = Builder()
    builder.add_slice(split, 0, len(split.text))
    builder.add_text("\n", split, len(split.text), len(split.text))
    builder.add_text("[^1]:", split, split.text.index("notes"), len(split.text))
    written = builder.build()
    assert written.raw_span(len(split.text), len(split.text) + 1) == (len(original),) * 2
    assert written.raw_span(len(written.text) - 5, len(written.text)) == (
        original.index("notes"),
        len(original),
    )
