"""SDG targets from elements (the documented crosswalk in annotations/sdg.yaml) and from explicit
cues (lexicon rules whose code is "SDG:<target>").  Every SDG tag states its reasons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import yaml

from lexcompare.model import Evidence, SdgTag, Tag
from lexcompare.resources import annotations_dir
from lexcompare.tagging.rules import Hit

TARGET_ORDER = ("5.2", "5.3", "8.7", "8.8", "10.7", "16.2", "16.3", "16.4", "16.a")


@dataclass(frozen=True)
class Crosswalk:
    elements: tuple[tuple[str, tuple[str, ...]], ...]  # target -> element codes

    def targets_for(self, code: str) -> tuple[str, ...]:
        return tuple(t for t, codes in self.elements if code in codes)


@lru_cache(maxsize=1)
def load_crosswalk() -> Crosswalk:
    raw = yaml.safe_load((annotations_dir() / "sdg.yaml").read_text(encoding="utf-8"))
    return Crosswalk(
        tuple((str(t), tuple(v.get("elements") or ())) for t, v in raw["crosswalk"].items())
    )


def _order(target: str) -> int:
    return TARGET_ORDER.index(target) if target in TARGET_ORDER else len(TARGET_ORDER)


def sdg_tags(
    law: str, eid: str, num: str, text: str, tags: Sequence[Tag], hits: Sequence[Hit]
) -> tuple[SdgTag, ...]:
    cw = load_crosswalk()
    reasons: dict[str, list[str]] = {}
    evidence: dict[str, list[Evidence]] = {}
    for tag in tags:
        for target in cw.targets_for(tag.code):
            reasons.setdefault(target, []).append(f"{target} via {tag.code}")
    for hit in hits:
        if not hit.code.startswith("SDG:"):
            continue
        target = hit.code[4:]
        for start, end, pid in hit.spans[:3]:
            words = " ".join(text[start:end].split())
            reasons.setdefault(target, []).append(f"{target}: cue '{words}'")
            evidence.setdefault(target, []).append(Evidence(start, end, pid, text[start:end]))
    out = []
    for target in sorted(reasons, key=_order):
        because = tuple(dict.fromkeys(reasons[target]))
        out.append(
            SdgTag(
                law=law,
                eid=eid,
                num=num,
                target=target,
                because=because,
                evidence=tuple(evidence.get(target, ())),
            )
        )
    return tuple(out)
