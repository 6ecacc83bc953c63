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

_WORD = r"[A-Z][\w’'‑-]*"
# what joins the words of a name after its head: "Committee on the Rights of the
# Child", "Office for Outer Space Affairs", "Committee on Economic, Social and
# Cultural Rights" ("and" only right before a capitalized word: in "the Committee
# and the President of the Council" the name ends before "and")
_JOINER = r"(?:(?:of|on|for|in|against|from)(?:\s+the)?|,?\s*and(?=\s+[A-Z]))"


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
        """The entity named last before ``text`` ends; a lexicon name wins over the
        printed name it contains ("United Nations Relief and Works Agency ...")."""
        best: tuple[int, Entity] | None = None
        for name, category in self.actors.named_by.get(short, ()):
            at = text.rfind(name)
            if at >= 0 and (best is None or at + len(name) > best[0]):
                best = (at + len(name), Entity(name, category))
        known = [name for name, _ in self.actors.named_by.get(short, ())]
        for match in _printed_names(short).finditer(text):
            name = match.group(0).strip()
            if any(k in name for k in known):
                continue  # "United Nations Commission on International Trade Law Day"
            if name != short and (best is None or match.end() > best[0]):
                best = (match.end(), Entity(name, self.actors.entities.get(name)))
        return best[1] if best else None


@cache
def _printed_names(short: str) -> re.Pattern[str]:
    """Capitalized names with ``short`` as their head: "Joint Inspection Unit",
    "Committee on the Rights of the Child"."""
    before = rf"(?:{_WORD}\s+)+"
    after = rf"(?:\s*{_JOINER}\s+{_WORD}(?:\s+{_WORD})*)+"
    head = re.escape(short)
    return re.compile(rf"(?<![\w’'‑-])(?:{before}{head}(?:{after})?|{head}{after})\b")
