"""Gold annotations (annotations/gold/*.jsonl): one line per provision, keyed by law id and num.

    {"law": "fra/code-penal", "num": "225-4-1", "elements": ["CRIM.OFFENCE", ...],
     "sdg": ["8.7", ...], "note": "..."}

Reading validates every line (codes against the ontology, unique keys); writing is atomic.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from lexcompare.errors import LexcompareError
from lexcompare.resources import annotations_dir
from lexcompare.tagging.ontology import load_ontology


@dataclass(frozen=True)
class GoldItem:
    law: str
    num: str
    elements: tuple[str, ...]
    sdg: tuple[str, ...]
    note: str = ""
    source: str = ""  # file it came from


def gold_dir() -> Path:
    return annotations_dir() / "gold"


def load_gold(paths: Sequence[Path] | None = None) -> tuple[GoldItem, ...]:
    onto = load_ontology()
    codes = set(onto.codes)
    targets = set(onto.target_codes)
    files = list(paths) if paths is not None else sorted(gold_dir().glob("*.jsonl"))
    items: list[GoldItem] = []
    seen: dict[tuple[str, str], str] = {}
    for f in files:
        for lineno, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"line {lineno}"
            try:
                d = json.loads(line)
                item = GoldItem(
                    law=str(d["law"]),
                    num=str(d["num"]),
                    elements=tuple(sorted(set(d.get("elements", [])))),
                    sdg=tuple(sorted(set(d.get("sdg", [])))),
                    note=str(d.get("note", "")),
                    source=f.name,
                )
            except (ValueError, KeyError, TypeError) as e:
                raise LexcompareError(
                    f"not a gold record ({e})",
                    path=f,
                    location=where,
                    remedy="Each line needs law, num, elements, sdg",
                ) from e
            bad = [c for c in item.elements if c not in codes]
            bad += [t for t in item.sdg if t not in targets]
            if bad:
                raise LexcompareError(
                    f"unknown code(s) {bad}",
                    path=f,
                    location=where,
                    remedy="Use the codes of annotations/ontology.yaml",
                )
            key = (item.law, item.num)
            if key in seen:
                raise LexcompareError(
                    f"{item.law} {item.num} is labelled twice (also in {seen[key]})",
                    path=f,
                    location=where,
                    remedy="Keep one line per provision",
                )
            seen[key] = f"{f.name}"
            items.append(item)
    return tuple(items)


def _splits() -> dict[str, list[str]]:
    raw = yaml.safe_load((annotations_dir() / "splits.yaml").read_text(encoding="utf-8")) or {}
    return {str(k): [str(x) for x in (v or [])] for k, v in raw.items()}


def held_out_laws() -> frozenset[str]:
    """The held-out laws of annotations/splits.yaml (never read while writing rules): every
    round (`test`, `test_round2`, ...)."""
    return frozenset(x for k, v in _splits().items() if k.startswith("test") for x in v)


def held_out_rounds() -> dict[str, frozenset[str]]:
    """The held-out laws by annotation round: {"1": ..., "2": ...}."""
    out = {}
    for k, v in _splits().items():
        if k == "test":
            out["1"] = frozenset(v)
        elif k.startswith("test_round"):
            out[k.removeprefix("test_round")] = frozenset(v)
    return out


def write_gold(path: Path, items: Iterable[GoldItem]) -> None:
    """Write gold lines sorted by (law, num), atomically (temp file + rename)."""
    rows = sorted(items, key=lambda i: (i.law, i.num))
    text = "".join(
        json.dumps(
            {
                "law": i.law,
                "num": i.num,
                "elements": list(i.elements),
                "sdg": list(i.sdg),
                "note": i.note,
            },
            ensure_ascii=False,
        )
        + "\n"
        for i in rows
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
