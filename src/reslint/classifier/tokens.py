"""Token attributes as plain lists, and the list reading every step shares.

The rules look at the same few attributes of the same tokens many times; a
``Doc`` index builds a Python ``Token`` object on every access, so each
annotated ``Doc`` gets one ``Tokens`` view (``doc._.tokens``) with its words
read once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from spacy.attrs import LOWER, ORTH, SPACY
from spacy.tokens import Doc, Span

from reslint.annotate import lemma_of
from reslint.lexicon import Lexicon

HYPHENS = frozenset({"-", "‑"})  # the hyphen and the non-breaking hyphen (U+2011)


class Tokens:
    """The words of one ``Doc``, as printed and in lower case (read from the string
    store: no ``Token`` object is built)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        strings = doc.vocab.strings
        orth, lower, self._space = doc.to_array([ORTH, LOWER, SPACY]).T.tolist()
        self.text = [strings[key] for key in orth]
        self.lower = [strings[key] for key in lower]
        self.size = len(self.text)
        self._spans: dict[str, list[Span]] = {}

    @cached_property
    def _offsets(self) -> tuple[str, list[int]]:
        """The text and each token's offset, built only for the few clauses that need
        the printed text (a stance noun, a reporting mandate)."""
        pairs = list(zip(self.text, self._space, strict=True))
        source = "".join(w + " " if s else w for w, s in pairs)
        return source, list(accumulate((len(w) + s for w, s in pairs), initial=0))

    def spans(self, key: str) -> list[Span]:
        """``doc.spans[key]`` read once (each read builds every ``Span`` again)."""
        if key not in self._spans:
            self._spans[key] = list(self.doc.spans[key])
        return self._spans[key]

    def chars(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` as printed."""
        source, idx = self._offsets
        return source[idx[start] : idx[end]].rstrip()

    def word(self, at: int) -> str:
        """The lower-case word at ``at``, or "" past the end (no bounds checks at call sites)."""
        return self.lower[at] if 0 <= at < self.size else ""

    def hyphen_joined(self, at: int) -> bool:
        """The word at ``at`` is joined by a hyphen to the next word, one printed word
        ("co-operate" is "co", "-", "operate"; "inter-agency")."""
        if at + 2 >= self.size or self._space[at] or self._space[at + 1]:
            return False
        return self.text[at + 1] in HYPHENS and self.text[at + 2].isalpha()

    def is_title(self, at: int) -> bool:
        return at < self.size and self.text[at].istitle()

    def starts_with(self, at: int, phrase: tuple[str, ...]) -> bool:
        return tuple(self.lower[at : at + len(phrase)]) == phrase

    def is_adverb(self, at: int, lexicon: Lexicon) -> bool:
        """A modifier of the lexicon or an "-ly" adverb ("to further strengthen", "to fully
        implement"); "apply" and "comply" are verbs."""
        word = self.word(at)
        if lexicon.repetition.match((word,)) or lexicon.intensity.match((word,)):
            return True
        return (
            len(word) > 4
            and word.endswith("ly")
            and word.isalpha()
            and word not in lexicon.clauses.ly_verbs
        )

    def skip_adverbs(self, at: int, limit: int, lexicon: Lexicon) -> int:
        while at < limit and self.is_adverb(at, lexicon):
            at += 1
        return at

    def asked_verb(self, at: int, limit: int, lexicon: Lexicon) -> bool:
        """A verb in its base form after "to" ("consider", "carry"); not "the", "armed"
        ("to armed conflict") nor "do so" (it stands for the action); a colon opens
        a list of actions ("to: (a) Provide ...")."""
        if at >= limit or any(self.starts_with(at, p) for p in lexicon.clauses.pro_verbs):
            return False
        word = self.text[at]
        if word == ":":
            return True
        return (
            word.isalpha()
            and not word.istitle()
            and lemma_of(word).lower() == self.lower[at]
            and self.lower[at] not in lexicon.clauses.not_infinitives
        )

    def bare_verb(self, at: int, lexicon: Lexicon) -> bool:
        """A verb in its base form with no "to" before it, as drafts print it after the
        actor asked ("Requests the Secretary-General provide written reports", "demands
        the TGNU immediately cease obstructing"): a lower-case word that the lemma table
        gives as the lemma of its own "-ing" or "-ed" form ("provide", "cease", "comply");
        adjectives ("international", "able") have none.  A word joined by a hyphen to the
        next is part of a compound ("the United Nations inter-agency task team")."""
        word = self.word(at)
        if not word.isalpha() or self.text[at].istitle() or word in lexicon.function_words:
            return False
        if self.hyphen_joined(at):
            return False
        stem = word[:-1] if word.endswith("e") else word
        forms = {f"{stem}ing", f"{stem}ed", f"{word}{word[-1]}ed", f"{word[:-1]}ied"}
        return any(lemma_of(form).lower() == word for form in forms)

    def infinitive_at(self, at: int, limit: int, lexicon: Lexicon) -> bool:
        """ "to" + a verb ("to consider", "to further strengthen"), not "to the Council"."""
        if self.word(at) != "to":
            return False
        return self.asked_verb(self.skip_adverbs(at + 1, limit, lexicon), limit, lexicon)


@dataclass(frozen=True)
class Item:
    """One item of a coordinated list ("Member States", "regional organizations")."""

    start: int
    end: int


def list_items(tokens: Tokens, start: int, end: int, inside: frozenset[int]) -> list[Item]:
    """Items of a list: split at commas, "and", "or", "as well as" outside brackets and
    outside the names in ``inside`` ("Educational, Scientific and Cultural Organization")."""
    items, begin, depth, at = [], start, 0, start
    lower = tokens.lower
    while at < end:
        word = lower[at]
        depth += (word == "(") - (word == ")")
        joiner = 0
        if depth == 0 and at not in inside:
            if word in {",", "and", "or", "and/or"}:
                joiner = 1
            elif word == "as" and at + 2 < end and lower[at + 1] == "well":
                joiner = 3
        if joiner:
            if at > begin:
                items.append(Item(begin, at))
            begin = at = at + joiner
            continue
        at += 1
    if end > begin:
        items.append(Item(begin, end))
    return items


def span_at(spans: list[Span], start: int) -> Span | None:
    """The longest span that starts at ``start``."""
    best = None
    for span in spans:
        if span.start == start and (best is None or span.end > best.end):
            best = span
    return best


def skip_aside(tokens: Tokens, at: int, limit: int) -> int:
    """Skip a parenthetical right after the verb: "Urges, having regard to ..., States"."""
    if tokens.word(at) == "," and at < limit:
        for close in range(at + 1, min(limit, at + 40)):
            if tokens.lower[close] == ",":
                return close + 1
            if tokens.lower[close] == ";":
                break
    return at


def skip_citation(tokens: Tokens, at: int, limit: int, lexicon: Lexicon) -> int:
    """Skip a citation right after the verb phrase: "Reiterates its request in resolution
    79/116 for Governments to provide ..." (A/RES/80/160) asks Governments, as it would
    without "in resolution 79/116".  A citation is "in", "its" or "the" at will, a word
    that numbers follow (``words_before_numbers``), then numbers, brackets, "and" and
    commas, then "of" and a date, or "of" and another citation ("in paragraph 5 of
    resolution 70/1")."""
    if tokens.word(at) != "in":
        return at
    cursor = at + 1
    while cursor < limit:
        cursor += tokens.word(cursor) in {"its", "the"}
        if tokens.word(cursor) not in lexicon.words_before_numbers:
            return at
        end = cursor + 1
        while end < limit and (_numbering(tokens.word(end)) or tokens.word(end) in {"(", ")", ","}):
            end += 1
        if end == cursor + 1:
            return at
        if tokens.word(end) == "of" and _numbering(tokens.word(end + 1)):
            end += 4  # "of 30 July 2010"
        if tokens.word(end) != "of":
            return min(end, limit)
        cursor = end + 1
    return at


def _numbering(word: str) -> bool:
    """A number of a citation: "79/116", "2422", "(2018)", "1 and 2"."""
    return word == "and" or any(c.isdigit() for c in word)
