"""Penalty figures extracted from real corpus provisions, checked against what we read in the
laws (law id and provision number; the figures are facts about the provisions, not their text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lexcompare.corpus import load_law
from lexcompare.penalties import extract_penalties
from lexcompare.tagging.pipeline import provision_text

INF = float("inf")

# law, num, base (min, max) of the first stated imprisonment, highest aggravated max (INF = life;
# None = no aggravated range in the provision), first fine as printed (or None)
FACTS = [
    ("can/criminal-code-c-46-consolidated", "279.01", (4.0, 14.0), INF, None),
    ("can/criminal-code-c-46-consolidated", "279.011", (5.0, 14.0), INF, None),
    (
        "can/criminal-code-c-46-consolidated",
        "279.02",
        (None, 10.0),
        14.0,
        None,
    ),  # (2): child victims
    ("usa/usc-title18-ch77-peonage-slavery-trafficking", "1590", (None, 20.0), INF, None),
    ("usa/usc-title18-ch77-peonage-slavery-trafficking", "1584", (None, 20.0), INF, None),
    ("ind/bonded-labour-system-abolition-act-1976", "16", (None, 3.0), None, "two thousand rupees"),
    (
        "pak/prevention-of-trafficking-in-persons-act-2018@json",
        "3",
        (None, 10.0),
        14.0,
        "one million rupees",
    ),
    ("fra/code-penal", "225-4-1", (None, 7.0), 10.0, "150 000 €"),
    ("fra/code-penal", "225-4-3", None, 20.0, "3 000 000 euros"),
    ("lux/code-penal", "382-1", (3.0, 5.0), None, "10.000 à 50.000 euros"),
    ("lux/code-penal", "382-2", (5.0, 10.0), 15.0, "50.000 à 100.000 euros"),
    ("arg/codigo-penal-ley-11179", "145 bis", (4.0, 8.0), None, None),
    ("arg/codigo-penal-ley-11179", "140", (4.0, 15.0), None, None),
    ("arg/codigo-penal-ley-11179", "145 ter", None, 15.0, None),
    (
        "col/codigo-penal-ley-599-2000",
        "188A",
        (13.0, 23.0),
        None,
        "ochocientos (800) a mil quinientos (1.500) salarios mínimos legales mensuales vigentes",
    ),
    ("ury/ley-18250-migraciones", "78", (4.0, 16.0), None, None),
    ("bra/codigo-penal-planalto", "149-A", (4.0, 8.0), None, None),
    ("bra/codigo-penal-planalto", "149", (2.0, 8.0), None, None),
    ("deu/stgb-bundestag", "232a", (0.5, 10.0), 10.0, None),  # (4): 1 to 10 years
    ("deu/stgb-bundestag", "233", (None, 3.0), 10.0, None),
    ("deu/aufenthg-bundestag", "96", (0.25, 5.0), 10.0, None),
    ("mex/lgpsedmtp-2012", "10", (5.0, 15.0), None, None),
    ("mex/lgpsedmtp-2012", "11", (15.0, 30.0), None, "20 mil días multa"),
    (
        "pak/bonded-labour-system-abolition-act-1992",
        "11",
        (2.0, 5.0),
        None,
        "fifty thousand rupees",
    ),
    ("pak/prevention-control-human-trafficking-ordinance-2002", "3", (None, 7.0), 14.0, None),
    ("pak/prevention-control-human-trafficking-ordinance-2002", "4", None, 14.0, None),
]


@pytest.mark.parametrize(
    ("law_id", "num", "base", "aggravated_max", "fine"),
    FACTS,
    ids=[f"{f[0]}:{f[1]}" for f in FACTS],
)
def test_penalty_facts(
    law_id: str,
    num: str,
    base: tuple[float | None, float | None] | None,
    aggravated_max: float | None,
    fine: str | None,
    corpus: Path,
) -> None:
    law = load_law(law_id)
    p = law.find(num)
    assert p is not None, f"{law_id} {num} not found"
    pens = extract_penalties(provision_text(p), law.language)
    prison = [x for x in pens if x.kind == "imprisonment"]
    base_ranges = [x for x in prison if not x.aggravated]
    if base is not None:
        assert base_ranges, "no base range"
        assert (base_ranges[0].min_years, base_ranges[0].max_years) == base
    aggr = [x for x in prison if x.aggravated]
    if aggravated_max is None:
        assert not aggr
    else:
        top = max((INF if x.life else (x.max_years or 0.0)) for x in aggr)
        assert top == aggravated_max
    fines = [x.fine for x in pens if x.kind == "fine"]
    if fine is not None:
        assert fines and fines[0] == fine


def test_canada_279_01_life_and_minimum(corpus: Path) -> None:
    """The issue's example: s. 279.01 carries life imprisonment, and its minimum is stated."""
    law = load_law("can/criminal-code-c-46-consolidated")
    p = law.find("279.01")
    assert p is not None
    pens = [x for x in extract_penalties(provision_text(p), "en") if x.kind == "imprisonment"]
    assert any(x.life and x.min_years == 5.0 for x in pens)
    assert any(x.min_years == 4.0 and x.max_years == 14.0 for x in pens)


def test_languages_covered() -> None:
    langs = {
        "can": "en",
        "usa": "en",
        "ind": "en",
        "pak": "en",
        "fra": "fr",
        "lux": "fr",
        "arg": "es",
        "col": "es",
        "ury": "es",
        "mex": "es",
        "bra": "pt",
        "deu": "de",
    }
    laws = {f[0] for f in FACTS}
    assert len(laws) >= 15
    assert len({langs[law.split("/")[0]] for law in laws}) >= 5
