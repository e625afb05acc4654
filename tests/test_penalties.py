"""Penalty extraction on invented sentences in the drafting styles of several languages."""

from __future__ import annotations

import pytest

from lexcompare.penalties import child_age, extract_penalties

# (id, lang, text, expected imprisonment tuples (min, max, life, aggravated))
CASES = [
    (
        "en-range",
        "en",
        "is liable to imprisonment for a term of not less than five years and not more "
        "than fifteen years.",
        [(5.0, 15.0, False, False)],
    ),
    (
        "en-life-min",
        "en",
        "is liable to imprisonment for life and to a minimum punishment of "
        "imprisonment for a term of five years.",
        [(5.0, None, True, False)],
    ),
    (
        "en-extend",
        "en",
        "shall be punished with imprisonment for a term which shall not be less than "
        "seven years but which may extend to ten years.",
        [(7.0, 10.0, False, False)],
    ),
    (
        "en-us-style",
        "en",
        "shall be fined under this title, imprisoned not more than 20 years, or both.",
        [(None, 20.0, False, False)],
    ),
    (
        "fr-code",
        "fr",
        "L'infraction est punie de sept ans d'emprisonnement et de 150 000 euros "
        "d'amende. Elle est punie de dix ans d'emprisonnement lorsqu'elle est commise à l'égard d'un "
        "mineur.",
        [(None, 7.0, False, False), (None, 10.0, False, True)],
    ),
    (
        "fr-ch",
        "fr",
        "est puni d'une peine privative de liberté de un à dix ans.",
        [(1.0, 10.0, False, False)],
    ),
    (
        "fr-life",
        "fr",
        "est punie de la réclusion criminelle à perpétuité.",
        [(None, None, True, False)],
    ),
    (
        "es-parens",
        "es",
        "será reprimido con prisión de cuatro (4) a ocho (8) años. La pena será de diez "
        "a quince años de prisión cuando la víctima fuere menor.",
        [(4.0, 8.0, False, False), (10.0, 15.0, False, True)],
    ),
    ("es-months", "es", "pena de seis meses a diez años de prisión", [(0.5, 10.0, False, False)]),
    (
        "pt-br",
        "pt",
        "Pena - reclusão, de 4 (quatro) a 8 (oito) anos, e multa.",
        [(4.0, 8.0, False, False)],
    ),
    (
        "de-range",
        "de",
        "wird mit Freiheitsstrafe von sechs Monaten bis zu zehn Jahren bestraft. Auf "
        "Freiheitsstrafe nicht unter einem Jahr ist zu erkennen, wenn das Opfer ein Kind ist.",
        [(0.5, 10.0, False, False), (1.0, None, False, True)],
    ),
    (
        "de-max",
        "de",
        "wird mit Freiheitsstrafe bis zu fünf Jahren oder mit Geldstrafe bestraft.",
        [(None, 5.0, False, False)],
    ),
    ("no-penalty", "en", "The Minister may make regulations within thirty days.", []),
]


@pytest.mark.parametrize(("name", "lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_imprisonment(
    name: str, lang: str, text: str, expected: list[tuple[float | None, float | None, bool, bool]]
) -> None:
    got = [
        (p.min_years, p.max_years, p.life, p.aggravated)
        for p in extract_penalties(text, lang)
        if p.kind == "imprisonment"
    ]
    assert got == expected
    for p in extract_penalties(text, lang):
        assert 0 <= p.start < p.end <= len(text)


@pytest.mark.parametrize(
    ("lang", "text", "fine", "currency"),
    [
        ("en", "and a fine of not less than 100,000 rupees.", "100,000 rupees", "rupees"),
        (
            "fr",
            "est punie de sept ans d'emprisonnement et de 150 000 euros d'amende.",
            "150 000 euros",
            "euros",
        ),
    ],
)
def test_fines_as_printed(lang: str, text: str, fine: str, currency: str) -> None:
    fines = [p for p in extract_penalties(text, lang) if p.kind == "fine"]
    assert [(f.fine, f.currency) for f in fines] == [(fine, currency)]


@pytest.mark.parametrize(
    ("lang", "text", "age"),
    [
        ("en", '"child" means a person below the age of eighteen years', 18),
        ("es", "cuando la víctima fuere menor de dieciocho años", 18),
        ("fr", "un mineur de moins de 15 ans", 15),
        ("de", "ein Kind unter 14 Jahren", 14),
        ("en", "within 18 days of the order", None),
    ],
)
def test_child_age(lang: str, text: str, age: int | None) -> None:
    assert child_age(text, lang) == age
