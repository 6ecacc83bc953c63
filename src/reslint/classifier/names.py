"""Short names resolved to the entity a document names in full.

A resolution names an entity in full once ("the Joint Inspection Unit", in its
title or preamble) and then refers back to it by a short name ("the Unit",
"the Committee", "the Mission").  An addressee printed as a short name
(``short_names`` and the entities' ``short`` forms in actors.toml) takes the
category and the full name of the nearest entity with that head that the text
named before it: a lexicon entity if the text prints one, else the
capitalized name the text prints ("Implementation Support Unit").  When the
text names none, the short name keeps the category the lexicon gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reslint.lexicon import ActorWords

_JOINERS = r"(?:of|on|for|and|the|in|to|against|from)"


@dataclass(frozen=True)
class Entity:
    name: str
    category: str | None  # None: the text names it, the lexicon does not know it


class NameIndex:
    """The entities a document names, looked up by short name."""

    def __init__(self, text: str, actors: ActorWords, body: str | None = None) -> None:
        self.text = text  # title, preamble and operative part, in reading order
        self.actors = actors
        self.body = body  # the adopting body's name: a short name may stand for it
        self._found: dict[tuple[str, int], Entity | None] = {}

    def resolve(self, short: str, before: int) -> Entity | None:
        """The entity ``short`` stands for, named in the text before offset ``before``."""
        key = (short, before)
        if key not in self._found:
            self._found[key] = self._nearest(short, self.text[:before])
        return self._found[key]

    def _nearest(self, short: str, text: str) -> Entity | None:
        best: tuple[int, Entity] | None = None
        for name, category in self.actors.named_by.get(short, ()):
            at = text.rfind(name)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, Entity(name, category))
        printed = _printed_names(short).finditer(text)
        for match in printed:
            name = match.group(0).strip()
            if name != short and (best is None or match.start() > best[0]):
                best = (match.start(), Entity(name, self.actors.entities.get(name)))
        return best[1] if best else None


@cache
def _printed_names(short: str) -> re.Pattern[str]:
    """Capitalized names with ``short`` as their head: "Joint Inspection Unit",
    "Committee on the Rights of the Child"."""
    word = r"[A-Z][\w’'‑-]*"
    before = rf"(?:{word}\s+)+"
    after = rf"(?:\s+{_JOINERS}(?:\s+{_JOINERS})*\s+{word}(?:\s+{word})*)+"
    head = re.escape(short)
    return re.compile(rf"(?<![\w’'‑-])(?:{before}{head}(?:{after})?|{head}{after})\b")
