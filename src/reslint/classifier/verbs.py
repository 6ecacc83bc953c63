"""Step 1, verb phrase and strength: the verb phrases of an operative paragraph.

A verb phrase is read from the spans the annotate stage put on the ``Doc``
(``verbs`` and ``modifiers``, from ``rules/lexicon``): the leading modifiers
("Also strongly ..."), the verb ("calls upon"), a repetition word inside or
after it ("Calls once again upon", "Decides further that"), and the body's
own stance noun that completes it ("Reaffirms its conviction", "Reiterates
its call upon").  The lexicon entry of the whole phrase gives its head and its
strength.  Which verb phrases open clauses is step 2 (``clauses.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span

from reslint.annotate import MODIFIERS, VERBS
from reslint.classifier.tokens import Tokens, span_at
from reslint.lexicon import Lexicon, VerbEntry, words_of

# The longest aside, in words, read between a verb and its stance noun ("for the
# twentieth consecutive year").
ASIDE_WORDS = 8


@dataclass(frozen=True)
class VerbPhrase:
    """A verb phrase in the body's voice, as printed, with the entry that gives its strength."""

    span: Span  # from the first modifier to the last word of the phrase
    verb: str  # printed, lower case: "strongly urges", "reiterates its call upon"
    entry: VerbEntry
    modifiers: tuple[str, ...]  # repetition words: "also", "further", "once again"
    voice: str = "verb"  # "verb" (third person) or "plural" (declarations: "We reaffirm")


def leading_modifiers(spans: list[Span], start: int) -> list[Span]:
    """Modifier spans one after the other from ``start`` ("Also strongly ...")."""
    found = []
    while (modifier := span_at(spans, start)) is not None:
        found.append(modifier)
        start = modifier.end
    return found


def opening_verb(tokens: Tokens, lexicon: Lexicon) -> VerbPhrase | None:
    """The verb phrase that opens the paragraph, also after an opening aside or after the
    body's own name ("The Security Council requests the permanent members ...", S/RES/1
    (1946))."""
    leading = leading_modifiers(tokens.spans(MODIFIERS), 0)
    start = leading[-1].end if leading else _after_own_name(tokens, lexicon)
    verbs = [s for s in tokens.spans(VERBS) if s.label_ == "verb"]
    plural = [s for s in tokens.spans(VERBS) if s.label_ == "plural"]
    main = span_at(verbs, start) or span_at(plural, start)
    if main is not None:
        return read_phrase(tokens, main, leading, lexicon)
    main = _verb_after_aside(tokens, verbs, start, lexicon)
    return read_phrase(tokens, main, [], lexicon) if main is not None else None


def provision_verb(tokens: Tokens, lexicon: Lexicon) -> VerbPhrase | None:
    """The modal of a provision with no opening verb ("The Fund shall be established"),
    read from its subject (``provision_start``)."""
    start = provision_start(tokens, lexicon)
    if start is None:
        return None
    for at in range(start + 1, min(tokens.size, start + 20)):
        word = tokens.lower[at]
        if word in {";", ":", "."}:
            return None
        entry = lexicon.operative.entries.get((word,))
        if word in lexicon.clauses.modals and entry is not None:
            return VerbPhrase(tokens.doc[at : at + 1], word, entry, ())
    return None


def provision_start(tokens: Tokens, lexicon: Lexicon) -> int | None:
    """Where the subject of a provision starts: after a sub-paragraph label ("(a) The
    Government of India should agree ...") and after an opening subordinate clause ("If
    these local forces should be found to be inadequate, the Commission ... should
    arrange ..."), whose own modal is not the provision's.  Without a subordinate
    clause the subject is capitalized; ``None`` when nothing looks like one."""
    start = 3 if tokens.word(0) == "(" and tokens.word(2) == ")" else 0
    if any(tokens.starts_with(start, words) for words in lexicon.clauses.subordinators):
        limit = min(tokens.size, start + 60)
        comma = next((i for i in range(start, limit) if tokens.lower[i] in {",", ";"}), None)
        if comma is None or tokens.lower[comma] != ",":
            return None
        return comma + 1
    return start if tokens.is_title(start) else None


def read_phrase(tokens: Tokens, main: Span, leading: list[Span], lexicon: Lexicon) -> VerbPhrase:
    """The verb phrase around the lexicon verb ``main`` and the modifiers before it."""
    doc = tokens.doc
    modifiers = [m.kb_id_ for m in leading if m.label_ == "repetition"]
    entry, printed, end = _inner_modifier(tokens, main, modifiers, lexicon)
    trailing, end = _trailing_intensity(tokens, end, lexicon)
    entry, manner, end = _manner(tokens, entry, end, lexicon)
    entry, stance, end = _stance(tokens, entry, end, lexicon)
    after_stance, end = _trailing_intensity(tokens, end, lexicon) if stance else ("", end)
    entry, continued, end = _continued(tokens, entry, end, lexicon)
    parts = (printed, trailing, manner, stance, after_stance, continued)
    printed = " ".join(part for part in parts if part)
    intensity = [m.text.lower() for m in leading if m.label_ == "intensity"]
    start = leading[0].start if leading else main.start
    verb = " ".join([*intensity, printed])
    return VerbPhrase(doc[start:end], verb, entry, tuple(modifiers), main.label_)


def entry_of(span: Span, lexicon: Lexicon) -> VerbEntry:
    """The lexicon entry a verb span was matched from (third person or plural); its
    ``kb_id`` is the entry's words joined by spaces."""
    key = tuple(span.kb_id_.split(" "))
    return lexicon.operative.entries.get(key) or lexicon.plural.entries[key]


def _inner_modifier(
    tokens: Tokens, main: Span, modifiers: list[str], lexicon: Lexicon
) -> tuple[VerbEntry, str, int]:
    """The main verb's entry, its printed phrase, and where the phrase ends.

    "Calls once again upon" is "calls upon" with the modifier "once again"
    inside it; in "Decides further that" the modifier follows the verb; in
    "Encourages further steps" "further" is an adjective and stays.
    """
    entry = entry_of(main, lexicon)
    printed = _printed(tokens, main.start, main.end)
    repetition = [s for s in tokens.spans(MODIFIERS) if s.label_ == "repetition"]
    inner = span_at(repetition, main.end)
    if inner is None:
        return entry, printed, main.end
    following = tokens.word(inner.end)
    joined = (*main.kb_id_.split(" "), following) if following.isalpha() else ()
    longer = lexicon.operative.entries.get(joined)
    if longer is not None:
        modifiers.append(inner.kb_id_)
        return longer, f"{printed} {following}", inner.end + 1
    if not following.isalpha() or following in lexicon.function_words:
        modifiers.append(inner.kb_id_)
        return entry, printed, inner.end
    return entry, printed, main.end


def _trailing_intensity(tokens: Tokens, end: int, lexicon: Lexicon) -> tuple[str, int]:
    """ "Condemns unequivocally", "Reaffirms emphatically", "Deplores in the strongest
    terms": an intensifier after the verb belongs to the verb phrase as one before it
    does ("Strongly condemns"); so does one after the stance noun ("Reaffirms its
    condemnation in the strongest possible terms", A/C.1/80/L.62).  Only the ``trailing``
    words of modifiers.toml: after a verb, "ever" or "most" colour the next word
    ("Welcomes ever closer cooperation").
    Returns the words added to the printed verb and where they end."""
    found = lexicon.trailing.match(tuple(tokens.lower[end : end + lexicon.trailing.longest]))
    if found is None:
        return "", end
    size = found[0]
    return _printed(tokens, end, end + size), end + size


def _manner(
    tokens: Tokens, entry: VerbEntry, end: int, lexicon: Lexicon
) -> tuple[VerbEntry, str, int]:
    """ "Welcomes with great satisfaction", "Notes with appreciation and satisfaction": a
    manner phrase after the verb belongs to the verb phrase, as "with appreciation" does
    in the lexicon's "takes note with appreciation", also with an adjective inside it or
    a second noun after "and".  The entry is the lexicon's for the verb with the bare
    phrase ("welcomes with satisfaction") when it has one, else the verb's: the manner
    changes neither head nor strength.  Returns the entry, the words added to the
    printed verb and where they end."""
    at = end
    if not _ends_in_manner(entry, lexicon):  # "notes with appreciation" has one already
        noun_end = (
            _manner_noun_end(tokens, end + 1, lexicon) if tokens.word(end) == "with" else None
        )
        if noun_end is None:
            return entry, "", end
        bare = words_of(f"{entry.phrase} with {tokens.word(noun_end - 1)}")
        entry = lexicon.operative.entries.get(bare, entry)
        at = noun_end
    if tokens.word(at) == "and":
        at = _manner_noun_end(tokens, at + 1, lexicon) or at
    return entry, _printed(tokens, end, at), at


def _ends_in_manner(entry: VerbEntry, lexicon: Lexicon) -> bool:
    """A lexicon phrase that ends in a manner phrase ("notes with appreciation"), which a
    second noun may join; "expresses concern" ends in a stance noun, not in a manner."""
    words = entry.phrase.split()
    return "with" in words and words[-1] in lexicon.manner_nouns


def _manner_noun_end(tokens: Tokens, at: int, lexicon: Lexicon) -> int | None:
    """Where a manner noun after at most two manner adjectives ends ("great satisfaction",
    "very deep concern"), or ``None`` when the words at ``at`` are no such phrase."""
    for offset in range(3):
        word = tokens.word(at + offset)
        if word in lexicon.manner_nouns:
            return at + offset + 1
        if word not in lexicon.manner_adjectives:
            return None
    return None


def _printed(tokens: Tokens, start: int, end: int) -> str:
    """A verb as printed, lower case, one space between words: "re-emphasizes" is three
    tokens but one word ("re - emphasizes" would match no gold and no user's list)."""
    return " ".join(tokens.chars(start, end).lower().split())


def _stance(
    tokens: Tokens, entry: VerbEntry, end: int, lexicon: Lexicon
) -> tuple[VerbEntry, str, int]:
    """ "Reaffirms its conviction", "expresses full support": the verb goes on to the noun,
    also past a short aside between commas ("Reiterates, for the twentieth consecutive
    year, its deep concern").

    Returns the entry whose strength applies (that of the lexicon phrase
    without adjectives: "reiterates its continued support" is "reiterates its
    support"), the words added to the printed verb, and where they end.
    """
    words = lexicon.clauses
    if entry.head not in words.nominal_verbs or len(entry.phrase.split()) > 1:
        return entry, "", end
    for start in dict.fromkeys((end, _aside_end(tokens, end))):
        cursor = _possessive_end(tokens, start, lexicon)
        for at in range(cursor, min(cursor + 3, tokens.size)):
            word = tokens.lower[at]
            if not word.isalpha() or word in lexicon.function_words:
                break
            if word in words.stance_nouns:
                better = _stance_entry(entry, word, lexicon)
                return better, tokens.chars(start, at + 1).lower(), at + 1
    return entry, "", end


def _stance_entry(entry: VerbEntry, noun: str, lexicon: Lexicon) -> VerbEntry:
    """The entry of the verb with its stance noun: the lexicon's phrase ("reiterates its
    demand"), else what the noun gives any verb (``Lexicon.stance_entries``: "Reaffirms
    its condemnation" is a condemnation as "reiterates its condemnation" is), else the
    verb's own.  The head stays the verb's ("reaffirm")."""
    phrase = f"{entry.phrase} its {noun}"
    found = lexicon.operative.entries.get(words_of(phrase))
    if found is not None:
        return found
    by_noun = lexicon.stance_entries().get(noun)
    if by_noun is None:
        return entry
    return replace(by_noun, phrase=phrase, head=entry.head)


def _aside_end(tokens: Tokens, end: int) -> int:
    """Where a short aside between commas after the verb ends ("Reiterates, for the
    twentieth consecutive year, its deep concern", A/RES/80/130): the stance noun after
    it still completes the verb, and the aside stays out of the printed phrase.  ``end``
    when no comma follows the verb or no second comma closes the aside within
    ``ASIDE_WORDS`` words."""
    if tokens.word(end) != ",":
        return end
    for at in range(end + 1, min(end + 2 + ASIDE_WORDS, tokens.size)):
        word = tokens.word(at)
        if word == ",":
            return at + 1 if at > end + 1 else end
        if not word.isalnum() and word not in {"-", "–"}:
            return end  # a semicolon, a bracket: no aside
    return end


def _after_own_name(tokens: Tokens, lexicon: Lexicon) -> int:
    """Where a paragraph that opens with "The" and a body's name ("The Security
    Council") goes on; 0 when it opens otherwise."""
    return _own_name_end(tokens, 0, lexicon) or 0


def _own_name_end(tokens: Tokens, at: int, lexicon: Lexicon) -> int | None:
    """Where "the" and a body's own name at ``at`` ("the Security Council") end, or None."""
    if tokens.word(at) != "the":
        return None
    for body in lexicon.bodies.values():
        name = words_of(body.get("name", ""))
        if name and tokens.starts_with(at + 1, name):
            return at + 1 + len(name)
    return None


def _possessive_end(tokens: Tokens, end: int, lexicon: Lexicon) -> int:
    """Where the body's possessive before a stance noun ends: "its", or the body named by
    its own name ("expresses the Security Council's intention", S/2018/221 op 34), which
    stands for "its"; ``end`` when there is neither."""
    if tokens.word(end) == "its":
        return end + 1
    after = _own_name_end(tokens, end, lexicon)
    if after is not None and tokens.word(after) in {"'s", "’s"}:
        return after + 1
    return end


def _continued(
    tokens: Tokens, entry: VerbEntry, end: int, lexicon: Lexicon
) -> tuple[VerbEntry, str, int]:
    """ "Continues to call for X", "continues to encourage States to ...": the body
    goes on doing what the verb after "to" does, so that verb gives the strength and
    where the addressees are; the head stays the printed one ("continue").  Returns
    the entry, the words added to the printed verb ("to call for") and where they end."""
    if entry.head not in lexicon.clauses.continuing_verbs or tokens.word(end) != "to":
        return entry, "", end
    found = _base_form_entry(tokens, end + 1, lexicon)
    if found is None:
        return entry, "", end
    base, after = found
    phrase = f"{entry.phrase} to {base.phrase}"
    return replace(base, phrase=phrase, head=entry.head), _printed(tokens, end, after), after


def _base_form_entry(tokens: Tokens, at: int, lexicon: Lexicon) -> tuple[VerbEntry, int] | None:
    """The longest lexicon phrase whose base form starts at ``at`` ("call on" is "calls
    on", "encourage" "encourages"), and where it ends: the lexicon prints third persons,
    made from a base form by "-s", "-es" or "-y" to "-ies"."""
    base = tokens.word(at)
    if not base.isalpha():
        return None
    thirds = (f"{base}s", f"{base}es", f"{base[:-1]}ies")
    index = lexicon.operative
    for length in range(min(index.longest, tokens.size - at), 0, -1):
        rest = tuple(tokens.lower[at + 1 : at + length])
        for third in thirds:
            entry = index.entries.get((third, *rest))
            if entry is not None:
                return entry, at + length
    return None


def _verb_after_aside(
    tokens: Tokens, verbs: list[Span], start: int, lexicon: Lexicon
) -> Span | None:
    """The verb after an opening aside: "In regard to DDR, endorses also ...", and
    the Security Council's "Acting under Chapter VII of the Charter, authorizes ..."."""
    first = tokens.word(start)
    if not first or (first not in lexicon.function_words and not first.endswith("ing")):
        return None
    for span in verbs:
        if span.start > 80:
            break
        if tokens.word(span.start - 1) == ",":
            return span
    return None


def later_verbs(tokens: Tokens, after: int, label: str, lexicon: Lexicon) -> list[VerbPhrase]:
    """Verb phrases after ``after`` that open a clause of their own: "..., and urges",
    "; and requests", ", reaffirms its support for", "and in this regard calls upon",
    "encourages and welcomes".

    A verb of the lexicon opens a clause when a clause opener ("and", a comma,
    a semicolon) stands before it, modifiers aside, and no sign of a noun
    follows it ("its decisions, requests and recommendations", "notes by the
    Secretary-General").  ``label`` is the voice of the opening verb: third
    person ("verb") or, in a declaration, first person plural ("plural").
    """
    found: list[VerbPhrase] = []
    modifier_spans = tokens.spans(MODIFIERS)
    verbs = tokens.spans(VERBS)
    for span in verbs:
        if span.start < after or span.label_ != label or span.kb_id_ in lexicon.clauses.modals:
            continue  # a modal opens a provision only at the start ("should be kept updated")
        if found and span.start < found[-1].span.end:
            continue
        leading = _modifiers_before(modifier_spans, span.start)
        before = (leading[0].start if leading else span.start) - 1
        while before > after and tokens.is_adverb(before, lexicon):
            before -= 1  # "and respectfully requests"
        if before >= 0 and tokens.lower[before] not in lexicon.clauses.clause_openers:
            continue
        if _is_noun(tokens, verbs, span, lexicon):
            continue
        found.append(read_phrase(tokens, span, leading, lexicon))
    return found


def _modifiers_before(modifiers: list[Span], start: int) -> list[Span]:
    """The modifier spans that end right before ``start``, one after another
    ("and in this regard further calls upon")."""
    chain: list[Span] = []
    end = start
    while True:
        before = [m for m in modifiers if m.end == end]
        if not before:
            break
        longest = min(before, key=lambda m: m.start)
        chain.insert(0, longest)
        end = longest.start
    return chain


def _is_noun(tokens: Tokens, verbs: list[Span], span: Span, lexicon: Lexicon) -> bool:
    """A verb of the lexicon used as a plural noun ("requests and recommendations").

    "and" after it is a noun's list unless another verb of the lexicon follows
    ("Encourages and welcomes the efforts"): then the two verbs share an object.
    """
    following = tokens.word(span.end)
    if not following:
        return True  # nothing after it: "AMISOM Priorities and tasks", a heading run in
    if len(span) > 1 or following not in lexicon.clauses.noun_signs:
        return False  # "calls upon", "reiterates its demand for": a phrase is a verb
    if following in {"and", "or", ","}:
        return not any(v.start == span.end + 1 for v in verbs)
    return True
