"""The text a comparison sees: what layout and typography leave of a paragraph.

Two versions of a resolution differ in ways that are not edits: one is pasted
from the PDF (page furniture, reflowed lines, words split by letter spacing,
"Secretary -General"), the other is clean; one prints non-breaking hyphens and
curly quotes, the other plain ones; a paragraph that was last ends with a full
stop, the same paragraph followed by another with a semicolon.  Everything
here folds those differences away, so that only wording is compared:

* ``fold``: typography to one form (hyphens, spaces, quotes, soft hyphens);
* ``body``: a paragraph's text without footnote markers and without its end
  mark (";", ",", "." and a trailing "and"/"or");
* ``key``: the body without any whitespace -- two paragraphs with the same key
  say the same words, however their lines were broken or their letters spaced;
* ``words``: lower-case word tokens, for measuring how much of a paragraph
  survives in another;
* ``word_diff``: the word-level edits from one body to another, with the edits
  that are only spacing dropped and the editorial ones (case, punctuation,
  hyphenation) marked.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass

from reslint.normalize.notation import without_markers

_TYPOGRAPHY = str.maketrans(
    {
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash ("2015–2030" is typeset either way)
        "\u2212": "-",  # minus sign
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
    }
)
_END_MARKS = " ,;.:"  # after collapsing spaces: what may close a paragraph
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_EDITORIAL_MARKS = re.compile(r"[^\w\s-]")


def fold(text: str) -> str:
    """``text`` with typographic variants made one (hyphens, spaces, quotes)."""
    return text.translate(_TYPOGRAPHY)


def body(text: str) -> str:
    """A paragraph's wording: folded, without footnote markers, spaces collapsed and
    the end mark that only says where the paragraph stands (";", ",", ".", "; and")
    removed."""
    plain = _SPACES.sub(" ", fold(without_markers(text, space_before=True))).strip()
    return _without_end(plain)


def _without_end(text: str) -> str:
    """``text`` without its closing marks and a list's ", and" / "; or" before them.

    Read from the end, character by character: a pattern anchored at the end
    would be tried from every mark of a long run of them (quadratic).
    """
    end = len(text)
    while end and text[end - 1] in _END_MARKS:
        end -= 1
    for joiner in ("and", "or"):
        if text.endswith(joiner, 0, end):
            before = end - len(joiner)
            while before and text[before - 1] == " ":
                before -= 1
            if before and text[before - 1] in ",;":
                end = before - 1
                while end and text[end - 1] == " ":
                    end -= 1
            break
    return text[:end]


def key(text: str) -> str:
    """What two paragraphs must share to say the same: the body without whitespace."""
    return _SPACES.sub("", body(text))


def words(text: str) -> list[str]:
    """Lower-case word tokens of a body, for similarity."""
    return _WORD.findall(text.lower())


def similarity(old: list[str], new: list[str]) -> tuple[float, int]:
    """How much of the wording two paragraphs share: ``2 * matched / (len + len)`` over
    the word sequences, and the number of words matched in order."""
    if not old or not new:
        return 0.0, 0
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return 2 * matched / (len(old) + len(new)), matched


def shared_bound(old: list[str], new: list[str]) -> float:
    """An upper bound of ``similarity``, cheap: the words two paragraphs share in any
    order (difflib's ``quick_ratio``)."""
    if not old or not new:
        return 0.0
    shared = sum((Counter(old) & Counter(new)).values())
    return 2 * shared / (len(old) + len(new))


def editorial_form(text: str) -> str:
    """What is left of a phrase when case, punctuation and hyphenation are ignored:
    "States' undertaking" and "States undertaking", "capacity-development" and
    "capacity development" read the same."""
    plain = _EDITORIAL_MARKS.sub("", fold(text).lower()).replace("-", " ")
    return _SPACES.sub(" ", plain).strip()


@dataclass(frozen=True)
class Segment:
    """A run of the word-level comparison: ``equal``, ``insert``, ``delete`` or
    ``replace``, with the old and the new words (either empty for an insertion or a
    deletion)."""

    tag: str
    old: str
    new: str

    @property
    def editorial(self) -> bool:
        """Only case, punctuation or hyphenation differ."""
        return self.tag != "equal" and editorial_form(self.old) == editorial_form(self.new)


def word_diff(old: str, new: str) -> list[Segment]:
    """The word-level comparison of two bodies: every run, equal ones included, so a
    renderer can show the whole paragraph with its changes.  A run that differs only
    in spacing ("Unio n" / "Union", "Secretary -General") is layout and counts as
    equal."""
    old_tokens, new_tokens = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        before, after = " ".join(old_tokens[i1:i2]), " ".join(new_tokens[j1:j2])
        if tag != "equal" and before.replace(" ", "") == after.replace(" ", ""):
            tag, before = "equal", after
        if segments and segments[-1].tag == tag == "equal":
            last = segments.pop()
            before, after = f"{last.old} {before}", f"{last.new} {after}"
        segments.append(Segment(tag, before, after))
    return segments
