from __future__ import annotations

import codecs

import pytest

from lexcompare.errors import SourceError
from lexcompare.numbering import normalise_num, split_designation
from lexcompare.text import decode, normalise

DESIGNATIONS = [
    ("§ 232a", "§", "232a"),
    ("Art. 182", "Art.", "182"),
    ("Artículo 5º", "Artículo", "5"),
    ("Artículo 5°", "Artículo", "5"),
    ("ARTICULO 145 bis", "ARTICULO", "145 bis"),
    ("ARTÍCULO 145 BIS", "ARTÍCULO", "145 bis"),
    ("Article 1er", "Article", "1"),
    ("Article premier", "Article", "1"),
    ("Artículo primero", "Artículo", "1"),
    ("Article 225-4-1", "Article", "225-4-1"),
    ("279.011", "", "279.011"),
    ("Art. 149-A", "Art.", "149-A"),
    ("Artigo 149-A", "Artigo", "149-A"),
    ("Article L425-1", "Article", "L425-1"),
    ("Section 3", "Section", "3"),
    ("Artikel 273f", "Artikel", "273f"),
    ("Article 28 quater", "Article", "28 quater"),
    ("Art. 177bis", "Art.", "177 bis"),
    ("Artículo 411 quáter", "Artículo", "411 quater"),
    ("§ 104a.", "§", "104a"),
]


@pytest.mark.parametrize(
    ("printed", "label", "num"), DESIGNATIONS, ids=[d[0] for d in DESIGNATIONS]
)
def test_split_designation(printed: str, label: str, num: str) -> None:
    assert split_designation(printed) == (label, num)


@pytest.mark.parametrize(
    ("raw", "num"),
    [
        ("5º", "5"),
        ("1er", "1"),
        ("145 BIS", "145 bis"),
        ("232 a", "232a"),
        ("premier", "1"),
        ("2A", "2A"),
        ("7103a", "7103a"),
        ("único", "único"),
    ],
)
def test_normalise_num(raw: str, num: str) -> None:
    assert normalise_num(raw) == num


SAMPLE = "Artículo 5º — La explotación será penada. Niño, acción, señal «texto»."


@pytest.mark.parametrize(
    "encoded",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("cp1252"),
        SAMPLE.encode("latin-1", errors="replace"),
        codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "latin1", "utf16le-bom", "utf16be-bom", "utf16le-nobom"],
)
def test_decode_encodings(encoded: bytes) -> None:
    text = decode(encoded, "x.txt")
    assert "Artículo 5º" in text
    assert "explotación" in text


def test_decode_cp1252_specific_characters() -> None:
    raw = "l’article « premier » – œuvre".encode("cp1252")
    assert decode(raw) == "l’article « premier » – œuvre"


@pytest.mark.parametrize(
    "junk", [b"", b"   \n", bytes(range(256)) * 20], ids=["empty", "blank", "binary"]
)
def test_decode_rejects_empty_and_binary(junk: bytes) -> None:
    with pytest.raises(SourceError) as info:
        decode(junk, "law.txt")
    assert "law.txt" in str(info.value)


def test_normalise() -> None:
    assert normalise("a\u00a0 b\r\n\r\n\r\n\r\nc\u00ad d\u200b") == "a b\n\nc d"
