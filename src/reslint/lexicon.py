"""The word lists of ``rules/lexicon/*.toml``, loaded once and shared by every stage.

The parser uses them to tell a preambular paragraph from an operative one and
to cut the opener off a paragraph; the classifier builds its spaCy matchers
from the very same lists.  Nothing here knows a word of English by itself: the
words are data, this module only loads, checks and indexes them.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from reslint.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# a word of the lexicons and of the texts they are matched against: letters, with inner
# apostrophes and hyphens ("Secretary-General", "States’")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CACHE_LIMIT = 100_000  # opener matches kept: line starts repeat within and across texts


def rules_dir() -> Path:
    """The shipped ``rules/`` folder: inside the installed package, or the checkout's."""
    packaged = Path(__file__).resolve().parent / "rules"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "rules"
    if checkout.is_dir():
        return checkout
    raise ConfigError(str(packaged), "the rules folder is missing from the installation")


def load_toml(path: Path) -> dict[str, Any]:
    """Read a TOML file; syntax errors become ``ConfigError`` with the line."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_of(str(exc))
        message = str(exc).split(" (at line")[0]
        raise ConfigError(str(path), f"invalid TOML: {message}", line) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(str(path), f"not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise ConfigError(str(path), exc.strerror or "cannot be read") from None


def _line_of(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def words_of(phrase: str) -> tuple[str, ...]:
    """Lower-cased words of a phrase, the key every lookup uses."""
    return tuple(w.lower().replace("’", "'") for w in WORD.findall(phrase))


ACTOR_CATEGORIES = (
    "self",
    "member-states",
    "states-parties",
    "named-states",
    "secretary-general",
    "un-system",
    "un-organs",
    "other-organizations",
    "civil-society-private-sector",
    "all-actors",
)

# Where an operative verb names its addressee (operative.toml ``addresses``):
# right after it, as the subject of its that-clause, after "to", or as the
# actor of the activity it calls for ("Calls for the efforts of X").
ADDRESS_SLOTS = ("object", "that", "to", "nominal")


@dataclass(frozen=True)
class VerbEntry:
    """One operative verb phrase: its base head, its strength and where it names its addressee."""

    phrase: str
    head: str
    strength: str
    rank: int
    addresses: tuple[str, ...] = ()
    asks_action: bool = True


@dataclass
class PhraseIndex:
    """Longest-match lookup of phrases (as word tuples) at the start of a text."""

    entries: dict[tuple[str, ...], Any] = field(default_factory=dict)
    longest: int = 0
    # the words that begin a phrase ("expressing", "calls"): most texts start with none,
    # and need no lookup
    starts: set[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.starts = {key[0] for key in self.entries}

    def add(self, phrase: str, value: Any, source: str) -> None:
        key = words_of(phrase)
        if not key:
            raise ConfigError(source, f"empty phrase {phrase!r}")
        if key in self.entries and self.entries[key] != value:
            raise ConfigError(source, f"phrase {phrase!r} is listed twice with different values")
        self.entries[key] = value
        self.starts.add(key[0])
        self.longest = max(self.longest, len(key))

    def match(self, words: tuple[str, ...]) -> tuple[int, Any] | None:
        """(number of words, value) of the longest phrase that starts ``words``."""
        if not words or words[0] not in self.starts:
            return None
        for size in range(min(self.longest, len(words)), 0, -1):
            value = self.entries.get(words[:size])
            if value is not None:
                return size, value
        return None


@dataclass(frozen=True)
class OpenerMatch:
    """An opener found at the start of a paragraph."""

    words: int  # how many words of the paragraph the opener covers
    phrase: str  # the lexicon phrase, without modifiers
    value: Any  # function (preambular) or VerbEntry (operative)
    modifiers: tuple[str, ...]


@dataclass(frozen=True)
class ClauseWords:
    """The closed lists of ``clauses.toml`` the classifier reads a clause with."""

    determiners: frozenset[str]
    particles: frozenset[str]
    reporting: frozenset[str]
    due_words: tuple[str, ...]
    chapter_vii: tuple[str, ...]
    nominal_verbs: frozenset[str]
    continuing_verbs: frozenset[str]
    stance_nouns: frozenset[str]
    pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    person_nouns: frozenset[str]
    relative_pronouns: tuple[tuple[str, ...], ...]
    clause_openers: frozenset[str]
    modals: frozenset[str]
    clause_ends: frozenset[str]
    not_infinitives: frozenset[str]
    pro_verbs: tuple[tuple[str, ...], ...]
    ly_verbs: frozenset[str]
    asides: tuple[tuple[str, ...], ...]  # longest first
    agent_nouns: frozenset[str]
    agent_prepositions: frozenset[str]
    noun_signs: frozenset[str]
    provision_lists: tuple[tuple[str, ...], ...]
    subordinators: tuple[tuple[str, ...], ...]
    everyone: frozenset[tuple[str, ...]]


@dataclass(frozen=True)
class ActorPattern:
    """One printed form of an actor for the span ruler."""

    phrase: str
    category: str
    name: str  # the entity's full name, or the phrase itself


@dataclass(frozen=True)
class ActorWords:
    """``actors.toml`` and ``states.toml``: actor names, titles, short names, head nouns."""

    patterns: tuple[ActorPattern, ...]
    head_nouns: dict[str, str]
    titles: dict[str, str]  # official title -> category when no organization follows
    shorts: frozenset[str]  # every short name ("Unit"), also the entities' own ("Agency")
    entities: dict[str, str]  # full name -> category, for resolving short names
    named_by: dict[str, tuple[tuple[str, str], ...]]  # "Unit" -> (("Joint Inspection Unit", cat),)
    damaged_letters: dict[str, str]  # OCR letter -> the letter it stands for
    stray_marks: str  # OCR marks read as spaces at the start of a word ("calls _on")
    words: frozenset[str]  # every word of every actor phrase (to accept an OCR repair)


@dataclass(frozen=True)
class PreambleWords:
    """``preambular.toml`` beyond the opener lists: openers read by their parts."""

    stance_openers: frozenset[str]
    stance_functions: dict[str, str]  # stance noun -> function
    restated: frozenset[str]  # functions a noun gives an opener matched alone
    participles: dict[str, str]  # "having" -> consideration


@dataclass
class Lexicon:
    """Every list the stages share, indexed for matching."""

    preambular: PhraseIndex
    operative: PhraseIndex
    plural: PhraseIndex  # first person plural heads ("reaffirm", "call upon")
    repetition: PhraseIndex
    intensity: PhraseIndex
    scale: dict[str, int]
    bodies: dict[str, dict[str, Any]]
    function_words: frozenset[str]
    words_before_numbers: frozenset[str]
    ordinals: dict[str, int]
    tens: dict[str, int]
    never_join: frozenset[str]
    states: frozenset[str]  # every printed form of a State name (states.toml)
    suspended_hyphen_joiners: frozenset[str]
    clauses: ClauseWords
    actors: ActorWords
    preamble: PreambleWords
    # printed formula -> body id, longest first ("The Commission on ..." before "The Commission")
    formulas: dict[str, str] = field(default_factory=dict)
    formula_patterns: tuple[tuple[re.Pattern[str], str], ...] = ()  # varying forms -> body id
    # words before a preambular opener that leave it as it is ("Being appalled", "While noting")
    leading: frozenset[str] = frozenset()
    # intensity words that may also follow the verb they colour ("Condemns unequivocally")
    trailing: PhraseIndex = field(default_factory=PhraseIndex)
    # a manner phrase after a verb ("with great satisfaction"): its nouns and adjectives
    manner_nouns: frozenset[str] = frozenset()
    manner_adjectives: frozenset[str] = frozenset()
    _matches: dict = field(default_factory=dict, repr=False, compare=False)

    def extended(self, extensions: dict[str, Any], source: str) -> Lexicon:
        """A copy with the user's own verbs and openers (the ``[lexicon]`` table of a config).

        ``verbs`` maps a printed phrase to ``{head, strength, addresses}``;
        ``openers`` maps a printed opener to its function; ``actors`` maps a
        printed actor to its category.
        """
        unknown = set(extensions) - {"verbs", "openers", "actors"}
        if unknown:
            raise ConfigError(source, f"[lexicon]: unknown tables {sorted(unknown)}")
        operative = PhraseIndex(dict(self.operative.entries), self.operative.longest)
        preambular = PhraseIndex(dict(self.preambular.entries), self.preambular.longest)
        functions = set(self.preambular.entries.values())
        for phrase, spec in extensions.get("verbs", {}).items():
            if not isinstance(spec, dict):
                raise ConfigError(source, f"[lexicon.verbs] {phrase!r}: expected a table")
            entry = verb_entry(phrase, spec, self.scale, source, f"[lexicon.verbs] {phrase!r}")
            operative.entries.pop(words_of(phrase), None)
            operative.add(phrase, entry, source)
        for phrase, function in extensions.get("openers", {}).items():
            if function not in functions:
                raise ConfigError(
                    source, f"[lexicon.openers] {phrase!r}: unknown function {function!r}"
                )
            preambular.entries.pop(words_of(phrase), None)
            preambular.add(phrase, function, source)
        actors = self.actors
        if extensions.get("actors"):
            added = tuple(
                _actor_pattern(phrase, category, phrase, source)
                for phrase, category in extensions["actors"].items()
            )
            actors = replace(actors, patterns=actors.patterns + added)
        return replace(self, operative=operative, preambular=preambular, actors=actors, _matches={})

    def stance_entries(self) -> dict[str, VerbEntry]:
        """The entry a stance noun gives any verb it completes, read from the lexicon's own
        phrases ("reiterates its condemnation" is a condemnation, "reaffirms its support"
        encouragement): the noun, not the restating verb, carries the strength, so
        "Reaffirms its condemnation" (A/C.1/80/L.62) is as strong as "reiterates its
        condemnation".  Only nouns whose phrases all agree on strength and addressing."""
        key = ("stance-entries", id(self.operative))
        if key not in self._matches:
            found: dict[str, set[tuple[str, int, tuple[str, ...], bool]]] = {}
            for words, entry in self.operative.entries.items():
                if len(words) >= 3 and words[1] == "its" and words[-1] in self.clauses.stance_nouns:
                    how = (entry.strength, entry.rank, entry.addresses, entry.asks_action)
                    found.setdefault(words[-1], set()).add(how)
            self._matches[key] = {
                noun: VerbEntry(noun, noun, *next(iter(hows)))
                for noun, hows in found.items()
                if len(hows) == 1
            }
        return self._matches[key]

    def ordinal(self, words: str) -> int | None:
        """The number of an ordinal in words: "seventy-ninth" -> 79, "eightieth" -> 80."""
        parts = words.lower().replace("–", "-").split("-")
        if len(parts) == 1:
            return self.ordinals.get(parts[0])
        if len(parts) == 2 and parts[0] in self.tens and parts[1] in self.ordinals:
            return self.tens[parts[0]] + self.ordinals[parts[1]]
        return None

    def _opener_starts(self, index: PhraseIndex) -> frozenset[str]:
        """Every word an opener of ``index`` can begin with: a phrase's first word, a
        modifier's, or (preambular) a leading word; a line whose first word is none of
        these is no opener, and needs no closer look."""
        key = ("opener-starts", id(index))
        if key not in self._matches:
            starts = index.starts | self.repetition.starts | self.intensity.starts
            if index is self.preambular:
                starts |= self.leading
            self._matches[key] = frozenset(starts)
        return self._matches[key]

    def match_opener(self, words: tuple[str, ...], index: PhraseIndex) -> OpenerMatch | None:
        """Modifiers, then the longest phrase of ``index``, then trailing repetition words.

        "Also strongly urges" gives modifiers ("also", "strongly") and "urges";
        "Recalling further its" gives "recalling" and ("further",).  After the
        verb a repetition word counts only before a function word or at the
        end, so in "Encourages further steps" it stays an adjective.
        """
        if not words or words[0] not in self._opener_starts(index):
            return None  # most capitalised lines: no phrase or modifier begins with the word
        key = (words, id(index))
        if key not in self._matches:
            if len(self._matches) > _CACHE_LIMIT:
                self._matches.clear()
            self._matches[key] = self._match_opener(words, index)
        return self._matches[key]

    def _match_opener(self, words: tuple[str, ...], index: PhraseIndex) -> OpenerMatch | None:
        modifiers: list[str] = []
        position = 1 if index is self.preambular and words[:1] and words[0] in self.leading else 0
        while position < len(words):
            found = self.repetition.match(words[position:]) or self.intensity.match(
                words[position:]
            )
            if not found:
                break
            modifiers.append(" ".join(words[position : position + found[0]]))
            position += found[0]
        found = self._match_phrase(words, position, index)
        if found is None:
            return None
        size, value, phrase, inner = found
        modifiers.extend(inner)
        end = position + size
        trailing = self.repetition.match(words[end:])
        if trailing:
            after = words[end + trailing[0] : end + trailing[0] + 1]
            if not after or after[0] in self.function_words:
                modifiers.append(" ".join(words[end : end + trailing[0]]))
                end += trailing[0]
        return OpenerMatch(end, phrase, value, tuple(modifiers))

    def _match_phrase(
        self, words: tuple[str, ...], position: int, index: PhraseIndex
    ) -> tuple[int, Any, str, tuple[str, ...]] | None:
        """The longest phrase of ``index`` at ``position``, also with a repetition
        word inside it: "Taking also into account" is "taking into account" and
        "also", "Noting further with appreciation" is "noting with appreciation".

        Returns the words covered, the value, the phrase without the inner word
        and that word.  The inner reading wins only when the phrase goes on past
        the word, so in "Encourages further steps" "further" stays an adjective.
        """
        best = None
        direct = index.match(words[position:])
        if direct is not None:
            best = (direct[0], direct[1], " ".join(words[position : position + direct[0]]), ())
        for inner in range(position + 1, min(len(words), position + index.longest)):
            found = self.repetition.match(words[inner:])
            if found is None:
                continue
            rest = words[position:inner] + words[inner + found[0] :]
            match = index.match(rest)
            if match is None or match[0] <= inner - position:
                continue
            if best is None or match[0] + found[0] > best[0]:
                modifier = " ".join(words[inner : inner + found[0]])
                best = (match[0] + found[0], match[1], " ".join(rest[: match[0]]), (modifier,))
        return best


def verb_entry(
    phrase: str, spec: dict[str, Any], scale: dict[str, int], source: str, where: str
) -> VerbEntry:
    """A checked ``VerbEntry`` from a TOML table (shipped lexicon or user config)."""
    unknown = set(spec) - {"head", "strength", "phrases", "addresses", "action"}
    if unknown:
        raise ConfigError(source, f"{where}: unknown keys {sorted(unknown)}")
    strength = spec.get("strength")
    if strength not in scale:
        raise ConfigError(source, f"{where}: unknown strength {strength!r} (one of {list(scale)})")
    head = spec.get("head")
    if not isinstance(head, str) or not head:
        raise ConfigError(source, f"{where}: missing head")
    addresses = tuple(spec.get("addresses", ()))
    if not set(addresses) <= set(ADDRESS_SLOTS):
        raise ConfigError(source, f"{where}: addresses must be among {list(ADDRESS_SLOTS)}")
    asks_action = spec.get("action", True)
    if not isinstance(asks_action, bool):
        raise ConfigError(source, f"{where}: action must be true or false")
    return VerbEntry(phrase, head, strength, scale[strength], addresses, asks_action)


def _phrases(table: Any, source: str, key: str) -> list[str]:
    if not isinstance(table, list) or not all(isinstance(p, str) for p in table):
        raise ConfigError(source, f"'{key}' must be a list of strings")
    return table


def _numbers(english: dict[str, Any], table: str, source: str) -> dict[str, int]:
    """``[numbers.<table>]``: words to numbers, every value checked (a key written
    after the table by mistake would otherwise land in it)."""
    numbers = dict(english.get("numbers", {}).get(table, {}))
    for word, value in numbers.items():
        if not isinstance(value, int):
            raise ConfigError(source, f"[numbers.{table}] {word!r} must be a number")
    return numbers


def load_lexicon(directory: Path | None = None) -> Lexicon:
    """Load and index ``rules/lexicon``, once per folder and process (the parser, the
    lint rules and every classifier component share it); any defect is a
    ``ConfigError``."""
    return _load_lexicon((directory or rules_dir()).resolve())


@cache
def _load_lexicon(directory: Path) -> Lexicon:
    folder = directory / "lexicon"

    def source_of(name: str) -> str:
        return str(folder / f"{name}.toml")

    modifiers = load_toml(folder / "modifiers.toml")
    repetition, intensity = PhraseIndex(), PhraseIndex()
    source = str(folder / "modifiers.toml")
    for phrase in _phrases(modifiers.get("repetition"), source, "repetition"):
        repetition.add(phrase, phrase, source)
    for phrase in _phrases(modifiers.get("intensity"), source, "intensity"):
        intensity.add(phrase, phrase, source)
    trailing = PhraseIndex()
    for phrase in _phrases(modifiers.get("trailing", []), source, "trailing"):
        trailing.add(phrase, phrase, source)

    preambular = PhraseIndex()
    source = str(folder / "preambular.toml")
    preambular_data = load_toml(folder / "preambular.toml")
    functions = preambular_data.get("function")
    if not isinstance(functions, dict) or not functions:
        raise ConfigError(source, "missing [function] table")
    for function, phrases in functions.items():
        for phrase in _phrases(phrases, source, f"function.{function}"):
            preambular.add(phrase, function, source)

    operative, plural = PhraseIndex(), PhraseIndex()
    source = str(folder / "operative.toml")
    data = load_toml(folder / "operative.toml")
    scale = data.get("scale")
    if not isinstance(scale, dict) or not all(isinstance(v, int) for v in scale.values()):
        raise ConfigError(source, "[scale] must map strength labels to integer ranks")
    for number, verb in enumerate(data.get("verb", []), 1):
        where = f"verb #{number}"
        for phrase in _phrases(verb.get("phrases"), source, f"{where}.phrases"):
            entry = verb_entry(phrase, verb, scale, source, where)
            operative.add(phrase, entry, source)
        if words_of(entry.head) not in plural.entries:
            plural.add(entry.head, replace(entry, phrase=entry.head), source)

    bodies_data = load_toml(folder / "bodies.toml").get("body", {})
    formulas, formula_patterns = _formulas(bodies_data, source_of("bodies"))
    english = load_toml(folder / "english.toml")
    function_words = frozenset(
        _phrases(english.get("function_words"), str(folder / "english.toml"), "function_words")
    )
    words_before_numbers = frozenset(
        _phrases(
            english.get("words_before_numbers"),
            str(folder / "english.toml"),
            "words_before_numbers",
        )
    )
    states = load_toml(folder / "states.toml").get("state", [])
    return Lexicon(
        preambular,
        operative,
        plural,
        repetition,
        intensity,
        dict(scale),
        bodies_data,
        function_words,
        words_before_numbers,
        _numbers(english, "ordinal", str(folder / "english.toml")),
        _numbers(english, "tens", str(folder / "english.toml")),
        frozenset(
            _phrases(english.get("never_join", []), str(folder / "english.toml"), "never_join")
        ),
        frozenset(form for state in states for form in [state["name"], *state.get("forms", [])]),
        frozenset(english.get("suspended_hyphen_joiners", [])),
        clauses=_clause_words(folder / "clauses.toml"),
        actors=_actor_words(folder / "actors.toml", states),
        preamble=_preamble_words(preambular_data),
        formulas=formulas,
        formula_patterns=formula_patterns,
        leading=frozenset(
            _phrases(modifiers.get("leading", []), source_of("modifiers"), "leading")
        ),
        trailing=trailing,
        manner_nouns=frozenset(
            _phrases(modifiers.get("manner_nouns", []), source_of("modifiers"), "manner_nouns")
        ),
        manner_adjectives=frozenset(
            _phrases(
                modifiers.get("manner_adjectives", []), source_of("modifiers"), "manner_adjectives"
            )
        ),
    )


PROFILES = ("general-assembly", "security-council", "human-rights-council", "generic")


def _formulas(
    bodies: dict[str, Any], source: str
) -> tuple[dict[str, str], tuple[tuple[re.Pattern[str], str], ...]]:
    """Printed formulas (longest first) and formula patterns, by body; every body's
    ``profile`` must be a lint profile."""
    formulas: dict[str, str] = {}
    patterns: list[tuple[re.Pattern[str], str]] = []
    for body, spec in bodies.items():
        if spec.get("profile", "generic") not in PROFILES:
            raise ConfigError(source, f"[body.{body}] profile must be one of {list(PROFILES)}")
        for formula in _phrases(spec.get("formula"), source, f"body.{body}.formula"):
            formulas[formula] = body
        for pattern in _phrases(spec.get("formula_patterns", []), source, f"body.{body}"):
            try:
                patterns.append((re.compile(pattern), body))
            except re.error as exc:
                raise ConfigError(source, f"[body.{body}] bad pattern {pattern!r}: {exc}") from None
    ordered = dict(sorted(formulas.items(), key=lambda item: -len(item[0])))
    return ordered, tuple(patterns)


def _clause_words(path: Path) -> ClauseWords:
    """``clauses.toml``: every list is required, a missing one is a ``ConfigError``."""
    data = load_toml(path)
    source = str(path)

    def words(key: str) -> list[str]:
        return _phrases(data.get(key), source, key)

    asides = sorted((words_of(p) for p in words("aside_phrases")), key=len, reverse=True)
    return ClauseWords(
        determiners=frozenset(words("actor_determiners")),
        particles=frozenset(words("particles")),
        reporting=frozenset(words("reporting")),
        due_words=tuple(words("due_words")),
        chapter_vii=tuple(words("chapter_vii")),
        nominal_verbs=frozenset(words("nominal_verbs")),
        continuing_verbs=frozenset(words("continuing_verbs")),
        stance_nouns=frozenset(words("stance_nouns")),
        pronouns=frozenset(words("object_pronouns")),
        person_pronouns=frozenset(words("person_pronouns")),
        person_nouns=frozenset(words("person_nouns")),
        relative_pronouns=tuple(tuple(p.split()) for p in words("relative_pronouns")),
        clause_openers=frozenset(words("clause_openers")),
        modals=frozenset(words("modals")),
        clause_ends=frozenset(words("clause_ends")),
        not_infinitives=frozenset(words("not_infinitives")),
        pro_verbs=tuple(tuple(p.split()) for p in words("pro_verbs")),
        ly_verbs=frozenset(words("ly_verbs")),
        asides=tuple(asides),
        agent_nouns=frozenset(words("agent_nouns")),
        agent_prepositions=frozenset(words("agent_prepositions")),
        noun_signs=frozenset(words("noun_signs")),
        provision_lists=tuple(tuple(p.split()) for p in words("provision_lists")),
        subordinators=tuple(tuple(p.split()) for p in words("subordinators")),
        everyone=frozenset(tuple(p.split()) for p in words("everyone")),
    )


def _actor_pattern(phrase: str, category: str, name: str, source: str) -> ActorPattern:
    if category not in ACTOR_CATEGORIES:
        raise ConfigError(source, f"unknown actor category {category!r} for {phrase!r}")
    return ActorPattern(phrase, category, name)


def _actor_words(path: Path, states: list[dict[str, Any]]) -> ActorWords:
    """``actors.toml`` (and the State names of ``states.toml``), read once for every stage."""
    data = load_toml(path)
    source = str(path)
    patterns: list[ActorPattern] = []
    entities: dict[str, str] = {}
    shorts: set[str] = set(data.get("short_names", {}))
    for entity in data.get("entity", []):
        entities[entity["name"]] = entity["category"]
        shorts.update(entity.get("short", []))
        for phrase in [entity["name"], *entity.get("acronyms", []), *entity.get("short", [])]:
            patterns.append(_actor_pattern(phrase, entity["category"], entity["name"], source))
    for category, phrases in data.get("generic", {}).items():
        for phrase in _phrases(phrases, source, f"generic.{category}"):
            patterns.append(_actor_pattern(phrase, category, phrase, source))
    titles = dict(data.get("titles", {}))
    for table in (titles, data.get("short_names", {})):
        patterns.extend(_actor_pattern(p, c, p, source) for p, c in table.items())
    for state in states:
        for form in [state["name"], *state.get("forms", [])]:
            patterns.append(ActorPattern(form, "named-states", state["name"]))
    return ActorWords(
        patterns=tuple(patterns),
        head_nouns=dict(data.get("head_nouns", {})),
        titles=titles,
        shorts=frozenset(shorts),
        entities=entities,
        named_by={
            short: tuple(
                (n, c) for n, c in entities.items() if n != short and f" {short} " in f" {n} "
            )
            for short in shorts
        },
        damaged_letters=dict(data.get("damaged_letters", {})),
        stray_marks="".join(data.get("ocr", {}).get("stray_marks", [])),
        words=frozenset(w for p in patterns for w in p.phrase.split()),
    )


def _preamble_words(data: dict[str, Any]) -> PreambleWords:
    """``[stance]`` and ``[participles]`` of ``preambular.toml``."""
    stance = dict(data.get("stance", {}))
    openers = stance.pop("openers", [])
    restated = stance.pop("restated", [])
    return PreambleWords(
        stance_openers=frozenset(openers),
        restated=frozenset(restated),
        stance_functions={noun: function for function, nouns in stance.items() for noun in nouns},
        participles=dict(data.get("participles", {})),
    )
