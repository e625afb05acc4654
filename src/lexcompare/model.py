"""Frozen value types: a Law and its tree of Provisions.

Offsets (`start`, `end`) are character offsets into `Law.text`, the normalised plain text that the
reader produced for the law (see `lexcompare.text.normalise`).  A provision's span covers its
designation, heading, own text and all its children.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# Kinds of provision, in Akoma Ntoso vocabulary.  Containers group citable units; citable units are
# what a lawyer cites ("section 3", "Art. 182", "§ 232a"); subdivisions live inside citable units.
CONTAINER_KINDS = frozenset(
    {
        "book",
        "part",
        "title",
        "subtitle",
        "chapter",
        "subchapter",
        "division",
        "subdivision",
        "hcontainer",
        "schedule",
    }
)
CITABLE_KINDS = frozenset({"article", "section", "rule"})
SUBDIVISION_KINDS = frozenset(
    {
        "subsection",
        "paragraph",
        "subparagraph",
        "point",
        "item",
        "clause",
        "subclause",
        "indent",
        "list",
    }
)
ALL_KINDS = CONTAINER_KINDS | CITABLE_KINDS | SUBDIVISION_KINDS

# Akoma Ntoso eId prefixes (naming convention 3.0) for each kind.
EID_PREFIX = {
    "book": "book",
    "part": "part",
    "title": "title",
    "subtitle": "subtitle",
    "chapter": "chp",
    "subchapter": "subchp",
    "division": "dvs",
    "subdivision": "subdvs",
    "hcontainer": "hcontainer",
    "schedule": "sched",
    "article": "art",
    "section": "sec",
    "rule": "rule",
    "subsection": "subsec",
    "paragraph": "para",
    "subparagraph": "subpara",
    "point": "point",
    "item": "item",
    "clause": "clause",
    "subclause": "subclause",
    "indent": "indent",
    "list": "list",
}


@dataclass(frozen=True)
class Insertion:
    """Text that an amending provision quotes in order to insert or replace it (AKN quotedStructure).

    The quoted text stays inside the amending provision's text; this marks where, and which
    provision of the amended law it becomes (`target`, a num such as "28 quater").
    """

    target: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class Provision:
    eid: str
    kind: str
    label: str  # as printed: "§", "Art.", "Artículo", "Section"; "" when the source prints none
    num: str  # designation without label word, sign or ordinal mark: "232a", "145 bis", "5"
    heading: str
    text: str  # own text only, without the children's text
    children: tuple[Provision, ...] = ()
    start: int = 0
    end: int = 0
    notes: tuple[str, ...] = ()  # editorial notes (amendment history...), kept apart from text
    inserted: tuple[Insertion, ...] = ()

    @property
    def is_citable(self) -> bool:
        return self.kind in CITABLE_KINDS

    def walk(self) -> Iterator[Provision]:
        """This provision and all its descendants, depth first, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def full_text(self) -> str:
        """Own text followed by every descendant's designation and text: the unit we label."""
        parts: list[str] = []
        if self.text:
            parts.append(self.text)
        for child in self.children:
            prefix = " ".join(p for p in (child.label, _display_num(child)) if p)
            body = child.full_text()
            if child.heading:
                body = f"{child.heading}\n{body}" if body else child.heading
            parts.append(f"{prefix} {body}".strip() if prefix else body)
        return "\n".join(p for p in parts if p)

    def designation(self) -> str:
        """How a lawyer would cite it: "Art. 182", "§ 232a", "Section 3"."""
        return " ".join(p for p in (self.label, self.num) if p)

    def text_hash(self) -> str:
        """Short hash of the normalised full text: lets tests check text without storing it."""
        return short_hash(self.full_text())


def _display_num(p: Provision) -> str:
    if not p.num:
        return ""
    if p.kind in SUBDIVISION_KINDS and not p.label:
        return f"({p.num})"
    return p.num


def short_hash(text: str, n: int = 12) -> str:
    collapsed = " ".join(text.split())
    return hashlib.sha256(collapsed.encode("utf-8")).hexdigest()[:n]


@dataclass(frozen=True)
class Law:
    id: str
    country: str  # ISO 3166-1 alpha-3
    title: str
    year: int | None
    language: str  # ISO 639-1
    format: str  # reader that produced it: akn, justice-canada-xml, clml, uslm, html, markdown...
    source_url: str
    sha256: str  # of the source bytes (several files: of their sha256s joined in order)
    provisions: tuple[Provision, ...]
    text: str = ""  # normalised plain text; provision offsets point into it
    files: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    metadata: tuple[tuple[str, str], ...] = field(default=())

    def walk(self) -> Iterator[Provision]:
        for p in self.provisions:
            yield from p.walk()

    def citable(self) -> Iterator[Provision]:
        """Top-level citable units (section/article/§), in document order, without descending."""
        yield from _citable(self.provisions)

    def find(self, num: str) -> Provision | None:
        """The citable provision with this designation (first match), or None."""
        for p in self.citable():
            if p.num == num:
                return p
        return None

    def by_eid(self, eid: str) -> Provision | None:
        for p in self.walk():
            if p.eid == eid:
                return p
        return None


def _citable(provisions: tuple[Provision, ...]) -> Iterator[Provision]:
    for p in provisions:
        if p.kind in CITABLE_KINDS:
            yield p
        else:
            yield from _citable(p.children)


def provision_to_dict(p: Provision) -> dict[str, Any]:
    return {
        "eid": p.eid,
        "kind": p.kind,
        "label": p.label,
        "num": p.num,
        "heading": p.heading,
        "text": p.text,
        "start": p.start,
        "end": p.end,
        "notes": list(p.notes),
        "inserted": [
            {"target": i.target, "label": i.label, "start": i.start, "end": i.end}
            for i in p.inserted
        ],
        "children": [provision_to_dict(c) for c in p.children],
    }


def law_to_dict(law: Law, *, include_text: bool = False) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": law.id,
        "country": law.country,
        "title": law.title,
        "year": law.year,
        "language": law.language,
        "format": law.format,
        "source_url": law.source_url,
        "sha256": law.sha256,
        "files": list(law.files),
        "warnings": list(law.warnings),
        "metadata": dict(law.metadata),
        "provisions": [provision_to_dict(p) for p in law.provisions],
    }
    if include_text:
        d["text"] = law.text
    return d


# --- tags -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """Why a tag is there: a character span of the provision's full text and what matched it."""

    start: int
    end: int
    pattern: str  # id of the lexicon pattern or rule ("en.def.means.coercion"), or "model"
    text: str = (
        ""  # the matched words (from the provision; shown to users, never stored in the project)
    )


@dataclass(frozen=True)
class Tag:
    """A Protocol element attached to one provision, traceable to its evidence."""

    law: str
    eid: str
    num: str
    code: str  # ontology code, e.g. "DEF.MEANS"
    score: float
    method: str  # "rule", "model", "both" or "human"
    evidence: tuple[Evidence, ...] = ()

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return tuple((e.start, e.end) for e in self.evidence)

    @property
    def patterns(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.pattern for e in self.evidence))


@dataclass(frozen=True)
class SdgTag:
    """An SDG target served by a provision, with the reasons ("8.7 via CRIM.OFFENCE", "16.2: cue 'under 18'")."""

    law: str
    eid: str
    num: str
    target: str
    because: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
