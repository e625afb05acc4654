"""Dutch lexicon (annotations/lexicons/nl.yaml): structure, and a few invented sentences in the
drafting styles of the Netherlands, Belgium and Suriname (the bulk of the Dutch cases live in
tests/test_lexicons_de.py and tests/test_drafting_variants_nl.py).  No sentence here is taken
from a statute."""

from __future__ import annotations

import pytest
from lexicon_checks import check_case, check_covers_every_code

LANG = "nl"

# (case id, invented text, codes that must be tagged, codes that must not be tagged)
CASES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "nl-be-offence-exploitation",
        "Wordt gestraft met opsluiting van tien jaar tot vijftien jaar, hij die een persoon "
        "vervoert met het oog op de uitbuiting van zijn arbeid.",
        ["CRIM.OFFENCE", "CRIM.PENALTY", "DEF.PURPOSE.LABOUR"],
        [],
    ),
    (
        "nl-repatriation",
        "Het slachtoffer van mensenhandel wordt bijgestaan bij de vrijwillige terugkeer naar het "
        "land van herkomst.",
        ["VIC.REPATRIATION"],
        ["CRIM.OFFENCE"],
    ),
    (
        "nl-road-traffic",
        "Hij die een motorrijtuig bestuurt onder invloed van alcohol wordt gestraft met hechtenis.",
        [],
        ["CRIM.OFFENCE", "CRIM.PENALTY"],
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_nl_cases(name: str, text: str, must: list[str], must_not: list[str]) -> None:
    check_case(name, text, LANG, must, must_not)


def test_nl_lexicon_covers_every_code() -> None:
    check_covers_every_code(LANG)
