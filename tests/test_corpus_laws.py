"""Every law of the corpus parses; citable counts within tolerance; golden provisions verified by
reading the files (num, kind, words that occur, short hash of the normalised text — never the text).

Expected counts and golden provisions live in tests/golden/counts_*.json and provisions_*.json.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from lexcompare import corpus as c
from lexcompare.model import Law

GOLDEN = Path(__file__).parent / "golden"
ENTRIES = c.load_manifest()


def _load_json_files(prefix: str) -> list[tuple[str, Any]]:
    return [
        (p.name, json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(GOLDEN.glob(f"{prefix}_*.json"))
    ]


def _counts() -> dict[str, dict[str, Any]]:
    merged: dict[str, dict[str, Any]] = {}
    for _name, d in _load_json_files("counts"):
        merged.update(d)
    return merged


def _golden() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for _name, d in _load_json_files("provisions"):
        rows.extend(d)
    return rows


COUNTS = _counts()
GOLDEN_ROWS = _golden()


@cache
def parsed(law_id: str) -> Law:
    return c.load_law(law_id)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_every_law_parses(entry: c.CorpusEntry, corpus: Path) -> None:
    law = parsed(entry.id)
    citable = list(law.citable())
    assert citable, f"{entry.id}: no citable provision"
    eids = [p.eid for p in law.walk()]
    assert len(eids) == len(set(eids)), f"{entry.id}: duplicate eIds"
    assert law.sha256 and law.language == entry.language and law.country == entry.country
    for p in citable:
        assert p.num or p.heading, f"{entry.id} {p.eid}: neither number nor heading"
        assert 0 <= p.start <= p.end <= len(law.text), f"{entry.id} {p.eid}: bad offsets"
    expected = COUNTS.get(entry.id)
    assert expected is not None, f"{entry.id}: no expected count in tests/golden/counts_*.json"
    n = len(citable)
    assert abs(n - expected["citable"]) <= expected["tolerance"], (
        f"{entry.id}: {n} citable provisions, expected {expected['citable']} ± {expected['tolerance']}"
    )


def test_reparse_is_stable(corpus: Path) -> None:
    """eIds are stable across re-parses of the same text."""
    for law_id in (
        "fra/code-penal",
        "can/immigration-refugee-protection-act-i-2.5",
        "col/ley-985-2005",
    ):
        a = [p.eid for p in c.load_law(law_id).walk()]
        b = [p.eid for p in c.load_law(law_id).walk()]
        assert a == b


def test_golden_covers_enough_laws_and_languages() -> None:
    laws = {r["law"] for r in GOLDEN_ROWS}
    langs = {e.language for e in ENTRIES if e.id in laws}
    assert len(laws) >= 25, sorted(laws)
    assert len(langs) >= 8, sorted(langs)


@pytest.mark.parametrize("row", GOLDEN_ROWS, ids=[f"{r['law']}:{r['num']}" for r in GOLDEN_ROWS])
def test_golden_provision(row: dict[str, Any], corpus: Path) -> None:
    law = parsed(row["law"])
    p = law.find(row["num"])
    assert p is not None, f"{row['law']}: no citable provision numbered {row['num']!r}"
    assert p.kind == row["kind"]
    text = p.full_text().casefold() + " " + p.heading.casefold()
    for w in row["words"]:
        assert w.casefold() in text, f"{row['law']} {row['num']}: {w!r} not in the provision"
    assert p.text_hash() == row["hash"], f"{row['law']} {row['num']}: text changed"
