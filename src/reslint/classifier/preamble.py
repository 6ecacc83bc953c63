"""Preambular paragraphs: the opener's function, read from the lexicon alone.

The parser already cut the opener off with the lexicon (``Paragraph.opener``,
modifiers included, also those after the opener: "Recalling also", "Taking
also into account", "Noting with appreciation also"); the same match gives the
function and the modifiers here, without tokenizing the paragraph.  Openers
no list holds whole are read by their parts (``[stance]`` and
``[participles]`` of preambular.toml).
"""

from __future__ import annotations

from reslint.classifier.results import PreambularClass
from reslint.lexicon import Lexicon, words_of
from reslint.model import Paragraph


def classify_preambular(paragraph: Paragraph, lexicon: Lexicon) -> PreambularClass:
    """The function and modifiers of one preambular paragraph's opener."""
    words = words_of(paragraph.text[:160])
    result = PreambularClass(
        paragraph.id,
        paragraph.index,
        paragraph.section,
        paragraph.line,
        paragraph.opener,
        "unknown",
    )
    found = lexicon.match_opener(words, lexicon.preambular)
    stance = lexicon.preamble
    if found is not None:
        result.function = found.value
        result.modifiers = [m for m in found.modifiers if lexicon.repetition.match(words_of(m))]
        restating = found.phrase in stance.stance_openers
        if restating and words[found.words : found.words + 1] == ("its",):
            # "Reaffirming its deep concern" is concern, as "reaffirming its concern" is
            noun = _stance_function(words, found.words + 1, lexicon, reach=3)
            if noun in stance.restated:
                result.function = noun
        return result
    start = _after_modifiers(words, lexicon)
    first = words[start] if start < len(words) else ""
    if first in stance.participles:
        result.function = stance.participles[first]
    elif first in stance.stance_openers:
        result.function = _stance_function(words, start + 1, lexicon, reach=5)
    if result.function == "unknown":
        result.found = _printed(paragraph.text, first)
    return result


def _stance_function(words: tuple[str, ...], after: int, lexicon: Lexicon, reach: int) -> str:
    """The function of the first stance noun of the ``reach`` words from ``after``
    ("Expressing its profound condolences", "Reiterating its strong support"), or
    "unknown"."""
    functions = lexicon.preamble.stance_functions
    nouns = (w for w in words[after : after + reach] if w in functions)
    return next((functions[n] for n in nouns), "unknown")


def _after_modifiers(words: tuple[str, ...], lexicon: Lexicon) -> int:
    at = 0
    while at < len(words):
        found = lexicon.repetition.match(words[at:]) or lexicon.intensity.match(words[at:])
        if found is None:
            return at
        at += found[0]
    return at


def _printed(text: str, word: str) -> str | None:
    """The word as printed (its case) for the ``--unknown`` listing."""
    if not word:
        return None
    at = text.lower().replace("’", "'").find(word)
    return text[at : at + len(word)] if at >= 0 else word
