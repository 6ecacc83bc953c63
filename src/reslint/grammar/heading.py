"""The preface of a resolution: symbol, distribution, session, agenda, adoption, sponsors, title.

The heading lines come as the normalizer left them: one printed line per
line, a blank line between printed blocks.  Extractions glue items together
("General Assembly Distr.: General"), so each item is searched for, not
expected at a fixed place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reslint.grammar.dates import parse_date
from reslint.grammar.lines import SYMBOL, is_heading_item
from reslint.lexicon import Lexicon
from reslint.normalize.notation import without_markers

_DISTRIBUTION = re.compile(r"Distr\.?:?\s*([A-Z][a-z]+)")
_ORIGINAL = re.compile(r"Original:\s*([A-Z][a-z]+)")
_SESSION = re.compile(
    r"\b([A-Z][a-z]+(?:[-–][a-z]+)?)\s+((?:emergency\s+)?(?:special\s+)?session)\b"
)
_COMMITTEE = re.compile(r"\b(First|Second|Third|Fourth|Fifth|Sixth)\s+Committee\b")
_AGENDA = re.compile(
    r"Agenda items?\s+(\d+(?:\s*\([a-z]\))?(?:\s*(?:,|and)\s*\d+(?:\s*\([a-z]\))?)*)\s*(.*)"
)
_ADOPTION = re.compile(
    r"(?:Resolution adopted by the (?P<body>[A-Z][A-Za-z ]+?)|Adopted by the "
    r"(?P<body2>[A-Z][A-Za-z ]+?) at its [^,]*?),?\s+[Oo]n\s+"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
)
# "At its 24th meeting, on 30 June 2006, the Human Rights Council adopted ... the following
# text:", "[adopted without a vote]"
_ADOPTED_BY = re.compile(
    r"\bAt its \d+(?:st|nd|rd|th) (?:plenary )?meeting\b[^.]{0,120}\badopted\b"
    r"|\badopted without (?:a )?vote\b",
    re.IGNORECASE,
)
_DOCUMENT_LABEL = re.compile(
    r"^(?:[A-Z][\w ]{0,60} )?(?<!draft )(?:Decision|Resolution|DECISION|RESOLUTION)"
    r"(?: (?:of|on|adopted|ON|OF)\b|:| \d| [A-Z]+/)"
)
_MUN_ITEM = re.compile(
    r"(Committee|Forum|Topic|Question of|Question|Sponsors?|Submitted by|Main submitter"
    r"|Signatories|Co-submitted by|Co-submitters|Co-sponsors)\s*:\s*(\S.*)",
    re.IGNORECASE,
)
_REPORT = re.compile(r"\[\s*((?:on the report|without reference|on the recommendation)[^\]]*)\]")
_DRAFT = re.compile(
    r"^(?P<sponsors>.*?):\*{0,3}\s*(?P<type>(?:revised\s+)?draft\s+(?:resolution|decision)"
    r"|amendments?\s+to\b[^\n]*)",
    re.DOTALL,
)
_SUBMITTED = re.compile(r"^(?P<type>(?:Revised )?[Dd]raft (?:resolution|decision))\s+submitted by")
_TITLE_NUMBER = re.compile(r"^((?:ES-|S-)?\d{1,3}/\d{1,4})\s*\.\s+(.*)", re.DOTALL)
_SC_RESOLUTION = re.compile(
    r"^(?:RESOLUTION|Resolution)\s+(\d{1,4})\s*\((\d{4})\)|^(\d{1,4})\s*\((\d{4})\)\.?\s+Resolution"
)
_REVISION = re.compile(r"/(Rev\.\d+)")
_SPACE = re.compile(r"\s+")


@dataclass
class HeadingBlock:
    """Consecutive heading lines; ``start`` and ``end`` are clean-text offsets."""

    start: int
    end: int
    lines: list[str]

    @property
    def text(self) -> str:
        return " ".join(line.strip() for line in self.lines)


@dataclass
class HeadingFields:
    fields: dict = field(default_factory=dict)
    title: tuple[int, int, str, str | None] | None = None  # start, end, text, number
    kind: str | None = None  # "draft", "adopted", "amendment" when the heading says


def heading_blocks(text: str, start: int, end: int) -> list[HeadingBlock]:
    """Blocks of non-blank lines of ``text[start:end]``."""
    blocks: list[HeadingBlock] = []
    offset = start
    current: HeadingBlock | None = None
    for line in text[start:end].split("\n"):
        if line.strip():
            if current is None:
                current = HeadingBlock(offset, offset + len(line), [line])
                blocks.append(current)
            else:
                current.lines.append(line)
                current.end = offset + len(line)
        else:
            current = None
        offset += len(line) + 1
    return blocks


_BARE_DRAFT = re.compile(r"(?:Revised )?[Dd]raft (?:resolution|decision)")


def parse_heading(blocks: list[HeadingBlock], lexicon: Lexicon, body: str | None) -> HeadingFields:
    """Read every item the heading gives (footnote markers left out)."""
    blocks = [
        HeadingBlock(b.start, b.end, [without_markers(line) for line in b.lines]) for b in blocks
    ]
    result = HeadingFields()
    fields = result.fields
    whole = _SPACE.sub(" ", " ".join(block.text for block in blocks))
    _symbol(blocks, whole, fields, body)
    _search(_DISTRIBUTION, whole, fields, "distribution")
    _search(_ORIGINAL, whole, fields, "original_language")
    session = _SESSION.search(whole)
    if session and session.group(1).lower() not in {"the", "its", "this"}:
        fields["session"] = f"{session.group(1)} {session.group(2)}"
        fields["session_number"] = lexicon.ordinal(session.group(1))
    _search(_COMMITTEE, whole, fields, "committee", group=0)
    _model_un_items(blocks, fields, lexicon.states)
    for block in blocks:
        date = parse_date(block.text)
        if date and "date" not in fields and _is_date_line(block):
            fields["date"] = date.text
        _agenda(block, fields)
    adoption = _ADOPTION.search(whole)
    if adoption:
        fields["adoption"] = adoption.group(0)
        fields["adoption_date"] = adoption.group("date")
        result.kind = "adopted"
    _search(_REPORT, whole, fields, "report")
    _sponsors(blocks, fields, result, lexicon.states)
    if result.kind is None and (_ADOPTED_BY.search(whole) or _adopted_label(blocks)):
        result.kind = "adopted"
    result.title = _title(blocks, result)
    return result


def _model_un_items(blocks: list[HeadingBlock], fields: dict, states: frozenset[str]) -> None:
    """The header block of a Model UN draft, in the forms the large conferences' style
    guides give it: "Committee:"/"Forum:", "Topic:"/"Question of:", "Sponsors:"/
    "Submitted by:", "Signatories:"/"Co-submitted by:"."""
    found = False
    for block in blocks:
        for line in block.lines:
            match = _MUN_ITEM.match(line.strip())
            if not match:
                continue
            found = True
            key, value = match.group(1).lower(), _SPACE.sub(" ", match.group(2)).strip()
            if key in {"committee", "forum"}:
                fields["committee"] = value
            elif key in {"topic", "question of", "question"}:
                fields["topic"] = value
            elif key in {"sponsors", "sponsor", "submitted by", "main submitter"}:
                fields["sponsors"] = split_names(value, states)
            elif key in {"signatories", "co-submitted by", "co-submitters", "co-sponsors"}:
                fields["signatories"] = split_names(value, states)
    if found:
        fields["model_un"] = True


def _adopted_label(blocks: list[HeadingBlock]) -> bool:
    """A heading that names the text a decision or a resolution, not a draft one:
    "Decision of the Intergovernmental Committee: 13.COM 17", "Human Rights Council
    Decision 2006/107", "DECISION ON THE 18TH ANNUAL ACTIVITY REPORT"."""
    return any(_DOCUMENT_LABEL.search(block.text) for block in blocks[:4])


def _search(pattern: re.Pattern[str], text: str, fields: dict, name: str, group: int = 1) -> None:
    match = pattern.search(text)
    if match:
        fields[name] = match.group(group)


def _is_date_line(block: HeadingBlock) -> bool:
    return any(parse_date(line) and len(line.strip()) < 25 for line in block.lines) or (
        "Distr" in block.text
    )


def _symbol(blocks: list[HeadingBlock], whole: str, fields: dict, body: str | None) -> None:
    for block in blocks[:8]:
        for line in block.lines:
            stripped = line.strip()
            match = SYMBOL.search(stripped)
            if match and (match.start() == 0 or stripped.startswith("United Nations")):
                fields["symbol"] = match.group(0)
                revision = _REVISION.search(match.group(0))
                if revision:
                    fields["revision"] = revision.group(1)
                return
    for block in blocks[:4]:
        match = _SC_RESOLUTION.match(block.text.strip())
        if match:
            number = match.group(1) or match.group(3)
            year = match.group(2) or match.group(4)
            fields["symbol"] = f"S/RES/{number} ({year})"
            date = parse_date(
                block.text[match.end() :]
            )  # "Resolution 242 (1967) of 22 November 1967"
            if date and date.year:
                fields["adoption_date"] = date.text
            return


def _agenda(block: HeadingBlock, fields: dict) -> None:
    for index, line in enumerate(block.lines):
        match = _AGENDA.search(line)
        if not match:
            continue
        items = re.split(r"\s*(?:,|and)\s*", match.group(1))
        fields["agenda_items"] = [_SPACE.sub(" ", item) for item in items if item]
        title = [match.group(2).strip()] + [
            follower.strip()
            for follower in block.lines[index + 1 :]
            if not is_heading_item(follower)
        ]
        text = " ".join(part for part in title if part)
        if text:
            fields["agenda_title"] = text
        return


def _sponsors(
    blocks: list[HeadingBlock], fields: dict, result: HeadingFields, states: frozenset[str]
) -> None:
    for block in blocks:
        text = block.text.strip()
        if _BARE_DRAFT.fullmatch(text):
            fields["document_type"] = text.lower()
            result.kind = result.kind or "draft"
            return
        submitted = _SUBMITTED.match(text)
        if submitted:
            fields["document_type"] = submitted.group("type").lower()
            result.kind = result.kind or "draft"
            return
        match = _DRAFT.match(text)
        if match and len(match.group("sponsors")) < 3000:
            kind = match.group("type")
            fields["document_type"] = _SPACE.sub(" ", kind[:1].lower() + kind[1:])
            fields["sponsors"] = split_names(match.group("sponsors"), states)
            result.kind = "amendment" if kind.lower().startswith("amendment") else "draft"
            return


def split_names(text: str, states: frozenset[str] = frozenset()) -> list[str]:
    """ "Argentina, Brazil and Chile" -> three names: commas first, then the last "and",
    unless the whole is one State's name ("Bosnia and Herzegovina")."""
    text = _SPACE.sub(" ", text).strip().rstrip(":*").strip()
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if parts and " and " in parts[-1] and parts[-1] not in states:
        left, right = (p.strip() for p in parts[-1].rsplit(" and ", 1))
        if len(parts) > 1 or (left in states and right in states):
            parts[-1:] = [left, right]
    return parts


def _title(
    blocks: list[HeadingBlock], result: HeadingFields
) -> tuple[int, int, str, str | None] | None:
    for block in blocks:
        if block.text.startswith("#"):  # a Markdown heading
            return block.start, block.end, block.text.lstrip("#").strip(), None
    for block in blocks:
        match = _TITLE_NUMBER.match(block.text.strip())
        if match:
            return block.start, block.end, _SPACE.sub(" ", match.group(2)).strip(), match.group(1)
    if result.kind in {"draft", "amendment"}:
        after = False
        for block in blocks:
            text = block.text.strip()
            if _DRAFT.match(text) or _SUBMITTED.match(text) or _BARE_DRAFT.fullmatch(text):
                after = True
            elif after and not is_heading_item(block.text):
                return block.start, block.end, _SPACE.sub(" ", block.text).strip(), None
    for block in blocks[:3]:
        text = block.text.strip()
        if text.isupper() and len(text) > 6 and not SYMBOL.search(text):
            return block.start, block.end, text, None
    return None
