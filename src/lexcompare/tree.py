"""Building provision trees: readers and the segmenter fill mutable `Node` drafts, then `freeze`
turns them into frozen `Provision`s with Akoma Ntoso style eIds that are unique within the law and
stable across re-parses of the same text (they depend only on kinds, nums and order).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lexcompare.model import EID_PREFIX, Insertion, Provision


@dataclass
class Node:
    kind: str
    label: str = ""
    num: str = ""
    heading: str = ""
    text: str = ""
    start: int = 0
    end: int = 0
    children: list[Node] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    inserted: list[Insertion] = field(default_factory=list)


_EID_BAD = re.compile(r"[^0-9a-z.\-]+")


def eid_num(num: str) -> str:
    """The num part of an eId: ASCII lower case, spaces dropped ("145 bis" -> "145bis")."""
    s = unicodedata.normalize("NFKD", num).encode("ascii", "ignore").decode("ascii").lower()
    s = _EID_BAD.sub("", s.replace(" ", ""))
    s = s.strip(".-")
    if not s and num.strip():
        # Non-Latin designations (Arabic-Indic, CJK...): keep a stable transliteration by code point.
        digits = "".join(
            str(unicodedata.digit(c)) for c in num if unicodedata.digit(c, None) is not None
        )
        s = digits or "u" + "-".join(f"{ord(c):x}" for c in num.strip()[:8])
    return s


def freeze(nodes: list[Node], prefix: str = "") -> tuple[Provision, ...]:
    """Freeze drafts into Provisions, assigning eIds `<parent>__<prefix>_<num>`.

    Unnumbered nodes get `<prefix>_nn<k>` (k = 1-based position among unnumbered siblings of the
    same kind); a repeated eId gets `-<n>` appended for its n-th repetition.
    """
    return _freeze(nodes, prefix, {})


def _freeze(nodes: list[Node], prefix: str, seen: dict[str, int]) -> tuple[Provision, ...]:
    out: list[Provision] = []
    unnumbered: dict[str, int] = {}
    for node in nodes:
        abbr = EID_PREFIX.get(node.kind, node.kind)
        n = eid_num(node.num)
        if not n:
            unnumbered[abbr] = unnumbered.get(abbr, 0) + 1
            n = f"nn{unnumbered[abbr]}"
        eid = f"{prefix}__{abbr}_{n}" if prefix else f"{abbr}_{n}"
        count = seen.get(eid, 0) + 1
        seen[eid] = count
        if count > 1:
            # "-<n>" must not collide with a real num ("96" twice next to a real "96-2")
            while f"{eid}-{count}" in seen:
                count += 1
            seen[eid] = count
            eid = f"{eid}-{count}"
            seen[eid] = seen.get(eid, 0) + 1
        children = _freeze(node.children, eid, seen)
        end = max([node.end, *(c.end for c in children)]) if children else node.end
        out.append(
            Provision(
                eid=eid,
                kind=node.kind,
                label=node.label,
                num=node.num,
                heading=node.heading,
                text=node.text,
                children=children,
                start=node.start,
                end=end,
                notes=tuple(node.notes),
                inserted=tuple(node.inserted),
            )
        )
    return tuple(out)


def shift(p: Provision, delta: int) -> Provision:
    """The same provision with offsets moved by `delta` (used when laws are concatenated)."""
    from dataclasses import replace

    return replace(
        p,
        start=p.start + delta,
        end=p.end + delta,
        children=tuple(shift(c, delta) for c in p.children),
        inserted=tuple(replace(i, start=i.start + delta, end=i.end + delta) for i in p.inserted),
    )
