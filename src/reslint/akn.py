"""Akoma Ntoso names shared by the AKN export and the AKN reader.

One home for the conventions both directions must agree on: the AKN 3.0
namespace, the naming-convention URIs of a UN resolution (AKN4UN: country
``un``, type ``statement``, subtype ``deliberation``, the adopting body as
the actor, the adoption date, the number with ``/`` written as ``-``), the
element ids (``para_3__list_1__point_a``) and the ``name`` of a preambular
container, made from its opener ("Bearing in mind" -> ``bearingInMind``).
"""

from __future__ import annotations

import re

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
RESLINT_NAMESPACE = "https://github.com/reslint/reslint/ns/akn"  # our own attributes
LANGUAGE = "eng"  # ISO 639-2: reslint reads English texts
SOURCE = "reslint"  # the agent every metadata block names as its source (#reslint)

# The AKN4UN actor component of a work URI and the body's name, per adopting body.
BODIES = {
    "general-assembly": ("unga", "General Assembly"),
    "security-council": ("unsc", "Security Council"),
    "economic-and-social-council": ("ecosoc", "Economic and Social Council"),
    "human-rights-council": ("unhrc", "Human Rights Council"),
}
UNKNOWN_BODY = ("un", "United Nations")

# A text that prints no date still needs a valid FRBRdate: this one, named as such.
PLACEHOLDER_DATE = "0001-01-01"
PLACEHOLDER_DATE_NAME = "placeholder: the text gives no date"

_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")
_NOT_IN_ID = re.compile(r"[^A-Za-z0-9_-]+")


def qualified(tag: str) -> str:
    """``{namespace}tag``, the ElementTree spelling of an AKN element."""
    return f"{{{NAMESPACE}}}{tag}"


def actor(body: str | None) -> tuple[str, str]:
    """The URI actor and the display name of an adopting body (``unga``, "General Assembly")."""
    return BODIES.get(body or "", UNKNOWN_BODY)


def number_component(number: str) -> str:
    """A resolution number or symbol as a URI component: "70/179" -> ``70-179``,
    "2334 (2016)" -> ``2334-2016``, "A/C.3/70/L.12/Rev.1" -> ``A-C3-70-L12-Rev1``."""
    cleaned = re.sub(r"[/\s]+", "-", number.strip()).replace(".", "")
    return _UNSAFE.sub("", cleaned).strip("-") or "unnumbered"


def work_uri(body: str | None, date: str, number: str) -> str:
    """``/akn/un/statement/deliberation/unga/2015-12-17/70-179``: the FRBRuri of the work."""
    return f"/akn/un/statement/deliberation/{actor(body)[0]}/{date}/{number_component(number)}"


def expression_uri(work: str) -> str:
    """The English expression of a work: ``<work>/eng@``."""
    return f"{work}/{LANGUAGE}@"


def manifestation_uri(expression: str) -> str:
    """The XML manifestation of an expression: ``<expression>.akn``."""
    return f"{expression}.akn"


def component(uri: str, name: str = "main") -> str:
    """FRBRthis of a component: ``<uri>/!main``, ``<uri>/!annex_1``; for a manifestation
    the format extension goes after the component (``/eng@/!main.akn``)."""
    if uri.endswith(".akn"):
        return f"{uri[:-4]}/!{name}.akn"
    return f"{uri}/!{name}"


def eid(*parts: str) -> str:
    """An element id from its path: ``eid("para_3", "list_1", "point_a")`` ->
    ``para_3__list_1__point_a``; characters an id may not hold are dropped."""
    return "__".join(_NOT_IN_ID.sub("", part) for part in parts if part)


def opener_name(opener: str | None) -> str:
    """A preambular container's ``name`` from its opener, in lower camel case:
    "Recalling" -> ``recalling``, "Bearing in mind" -> ``bearingInMind``."""
    words = re.findall(r"[A-Za-z]+", opener or "")
    if not words:
        return "preambularParagraph"
    first, *rest = (word.lower() for word in words)
    return first + "".join(word.capitalize() for word in rest)


def camel_id(text: str) -> str:
    """An id for a reference from a name: "the Secretary-General" -> ``secretaryGeneral``."""
    plain = re.sub(r"['’]", "", text)
    words = [w for w in re.findall(r"[A-Za-z0-9]+", plain) if w.lower() not in {"the", "all"}]
    if not words:
        return "unnamed"
    first, *rest = words
    name = first[0].lower() + first[1:] + "".join(w[0].upper() + w[1:] for w in rest)
    return name if name[0].isalpha() else f"n{name}"


def export_name(path: str, taken: set[str]) -> str:
    """The file name of an input's export: ``ga.txt`` -> ``ga.akn.xml`` (``-2`` and on
    when two inputs share a name; standard input is ``stdin.akn.xml``)."""
    stem = re.sub(r"[<>]", "", path.replace("\\", "/").rsplit("/", 1)[-1]) or "stdin"
    for suffix in (".xml", ".akn", ".txt", ".md"):
        stem = stem[: -len(suffix)] if stem.lower().endswith(suffix) else stem
    name, count = f"{stem}.akn.xml", 1
    while name in taken:
        count += 1
        name = f"{stem}-{count}.akn.xml"
    taken.add(name)
    return name
