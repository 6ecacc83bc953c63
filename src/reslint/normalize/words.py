"""Is this a word?  Evidence from the document itself, then from a word list.

Two repairs need to know whether a string is an English word: a hyphen at
the end of a line ("organ-" + "ization" joins, "well-" + "being" keeps its
hyphen) and a word split in two by the PDF extraction ("perso ns").  The
document is the first witness: a word that occurs whole elsewhere in the same
text is a word there.  The word list is WordNet's (through the
``spacy-lookups-data`` package spaCy's lemmatizer uses: base forms and their
inflections, about 120 000 words), loaded only when a decision needs it.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from importlib import resources

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_WHOLE_WORD = re.compile(r"\w+")  # a run of word characters: what \b bounds


@cache
def word_list() -> frozenset[str]:
    """Lower-case English words: WordNet lemmas and their inflected forms."""
    data = resources.files("spacy_lookups_data") / "data"
    words: set[str] = set()
    with gzip.open(data.joinpath("en_lemma_index.json.gz").open("rb")) as handle:
        for entries in json.load(handle).values():
            words.update(w for w in entries if w.isalpha())
    with gzip.open(data.joinpath("en_lemma_lookup.json.gz").open("rb")) as handle:
        lookup = json.load(handle)
    words.update(w for w in lookup if w.isalpha())
    words.update(w for w in lookup.values() if w.isalpha())
    return frozenset(words)


class Vocabulary:
    """Word counts of one document, plus the shared word list and function words."""

    def __init__(self, text: str, function_words: frozenset[str]) -> None:
        self.counts = Counter(_WORD.findall(text.lower()))
        self.function_words = function_words

    def unknown(self) -> set[str]:
        """Lower-case words of the document that are neither function words nor listed words.

        A word split in two has at least one unknown piece, so only these need
        a closer look.
        """
        candidates = set(self.counts) - self.function_words - word_list()
        return {word for word in candidates if word.isalpha() and len(word) <= 12}

    def is_word(self, word: str) -> bool:
        """A function word, or a word of the word list."""
        lower = word.lower()
        return lower in self.function_words or lower in word_list()

    def join_hyphenated(self, left: str, right: str) -> bool:
        """Should "left-" at a line end and "right" on the next line become one word?

        The document decides first: whichever of "left-right" and "leftright"
        it uses elsewhere wins.  Otherwise join when the joined form is a word
        and one of the pieces is not ("organ-ization"), and keep the hyphen
        when both pieces are words or the joined form is not ("well-being").
        """
        joined = (left + right).lower()
        hyphenated = f"{left}-{right}".lower()
        with_hyphen, without = self.counts[hyphenated], self.counts[joined]
        if with_hyphen or without:
            return without > with_hyphen
        if joined not in word_list():
            return False
        return not (self.is_word(left) and self.is_word(right))

    def split_word(self, left: str, right: str) -> bool:
        """Are "left right" one word split by the extraction ("perso ns", "Offi ce")?

        Only when the joined form is known (in this document or the word list)
        and the two pieces are not both words.
        """
        if not right.islower() or (left[:1].isupper() and left[1:2].isupper()):
            return False
        if self.is_word(left) and self.is_word(right):
            return False
        joined = (left + right).lower()
        return self.counts[joined] > 0 or joined in word_list()


def whole_words(text: str, words: set[str]) -> Iterator[tuple[int, int]]:
    """Spans of the whole words of ``text`` that, lower-cased, are among ``words``
    (lower-case letters).

    One scan of the lower-cased text by one pattern, the words arranged as a trie
    ("organi(?:se|ze)"): at each position the engine follows only the branch of the
    letters read so far.  (An alternation of the plain words is tried word by word
    at every position, and a loop over every word of the text is twice as slow.)
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets move
        for match in _WHOLE_WORD.finditer(text):
            if match.group(0).lower() in words:
                yield match.span()
        return
    if words:
        for match in re.finditer(rf"\b{_trie(words)}\b", lowered):
            yield match.span()


def _trie(words: set[str]) -> str:
    """A pattern matching exactly ``words``, written as a trie."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: dict) -> str:
    alternatives = "|".join(
        re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char
    )
    if not alternatives:
        return ""
    if "" in node:  # a word ends here, and longer ones go on
        return f"(?:{alternatives})?"
    return f"(?:{alternatives})" if len(node) > 1 else alternatives
