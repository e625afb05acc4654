"""Hostile and broken XML through the whole reading path (`lexcompare.sources.read_law`): entity
bombs, external entities, truncated files, binary junk, empty files, unknown vocabularies.
Each must raise SourceError/ParseError naming the file, where, and what to do — quickly, and
without any entity text reaching an output."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from lexcompare.errors import LexcompareError, ParseError, SourceError
from lexcompare.sources import read_law

FIXTURES = Path(__file__).parent / "fixtures" / "xml"
XML_FORMATS = ("akn", "justice-canada-xml", "clml", "uslm")
AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

_LEVELS = "".join(
    f'<!ENTITY l{i} "{"".join(f"&l{i - 1};" for _ in range(10))}">' for i in range(1, 10)
)
BILLION_LAUGHS = (
    f'<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [\n<!ENTITY l0 "lol">{_LEVELS}\n]>\n'
    f'<akomaNtoso xmlns="{AKN}"><act><body><article><num>1</num><content><p>&l9;</p>'
    "</content></article></body></act></akomaNtoso>"
).encode()
QUADRATIC = (
    f'<!DOCTYPE akomaNtoso [<!ENTITY a "{"x" * 100_000}">]>'
    f'<akomaNtoso xmlns="{AKN}"><act><body><article><num>1</num><content><p>'
    + "&a;" * 1000
    + "</p></content></article></body></act></akomaNtoso>"
).encode()
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?>\n<!DOCTYPE Bill [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>\n'
    b'<Bill xml:lang="en"><Body><Section><Label>1</Label><Text>&secret;</Text></Section>'
    b"</Body></Bill>"
)
PARAMETER_ENTITY = (
    b'<!DOCTYPE uscDoc [ <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote; ]>'
    b'<uscDoc xmlns="http://xml.house.gov/schemas/uslm/1.0"><main/></uscDoc>'
)
HIDDEN_IN_COMMENT = (
    f'<!DOCTYPE akomaNtoso [ <!-- <akomaNtoso> --> <!ENTITY x "boom"> ]>'
    f'<akomaNtoso xmlns="{AKN}"><act><body><article><num>1</num><content><p>&x;</p>'
    "</content></article></body></act></akomaNtoso>"
).encode()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refused(path: Path, *, fmt: str | None = None) -> LexcompareError:
    with pytest.raises(LexcompareError) as info:
        read_law([path], fmt=fmt)
    err = info.value
    assert err.path == str(path), "the error names the file"
    assert err.remedy, "the error says what to do"
    assert str(path) in str(err)
    return err


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("billion-laughs.xml", BILLION_LAUGHS),
        ("quadratic.xml", QUADRATIC),
        ("external-entity.xml", EXTERNAL_ENTITY),
        ("parameter-entity.xml", PARAMETER_ENTITY),
        ("hidden-in-comment.xml", HIDDEN_IN_COMMENT),
    ],
    ids=["billion-laughs", "quadratic", "external-entity", "parameter-entity", "hidden-in-comment"],
)
def test_entity_declarations_are_refused_fast(tmp_path: Path, name: str, data: bytes) -> None:
    path = write(tmp_path, name, data)
    fmt = {"external-entity.xml": "justice-canada-xml", "parameter-entity.xml": "uslm"}.get(
        name, "akn"
    )
    for forced in (None, fmt):  # sniffed, then read by the reader of its vocabulary
        t0 = time.perf_counter()
        err = refused(path, fmt=forced)
        elapsed = time.perf_counter() - t0
        assert isinstance(err, ParseError)
        assert elapsed < 10, f"took {elapsed:.1f} s"  # in practice a few milliseconds
        text = str(err)
        assert "lol" not in text and "root:" not in text and "boom" not in text
        assert "x" * 50 not in text
    assert "entit" in err.message and err.location and err.location.startswith("line ")


@pytest.mark.parametrize("fmt", XML_FORMATS)
def test_every_xml_reader_refuses_entities(tmp_path: Path, fmt: str) -> None:
    path = write(tmp_path, f"bomb-{fmt}.xml", BILLION_LAUGHS)
    err = refused(path, fmt=fmt)
    assert isinstance(err, ParseError)


def test_external_dtd_is_not_fetched_and_unknown_entities_leave_no_text(tmp_path: Path) -> None:
    # Justice Canada files name an external DTD; it is never read.  An entity that only the
    # DTD could define is dropped; a standard named entity becomes its character.
    data = (
        b'<?xml version="1.0"?><!DOCTYPE Bill PUBLIC "-//Example//DTD Nothing//EN" '
        b'"file:///etc/passwd"><Bill xml:lang="en"><Body><Section><Label>1</Label>'
        b"<Text>A&nbsp;person &private;shall.</Text></Section></Body></Bill>"
    )
    law = read_law([write(tmp_path, "dtd.xml", data)])
    s1 = law.find("1")
    assert s1 is not None and s1.text == "A person shall."
    assert "root:" not in law.text and "&" not in law.text


@pytest.mark.parametrize("fmt", [None, *XML_FORMATS])
def test_truncated_xml(tmp_path: Path, fmt: str | None) -> None:
    whole = (FIXTURES / "akn_act.xml").read_bytes()
    path = write(tmp_path, "truncated.xml", whole[: len(whole) // 2])
    err = refused(path, fmt=fmt)
    assert isinstance(err, ParseError)
    assert err.location and err.location.startswith("line ") and "column" in err.location
    assert "truncated" in (err.remedy or "")


@pytest.mark.parametrize("fmt", [None, *XML_FORMATS])
def test_binary_junk(tmp_path: Path, fmt: str | None) -> None:
    junk = bytes((i * 7919 + 13) % 256 for i in range(4096))
    path = write(tmp_path, "junk.xml", b"<" + junk)
    err = refused(path, fmt=fmt)
    assert isinstance(err, (SourceError, ParseError))


@pytest.mark.parametrize("fmt", XML_FORMATS)
def test_binary_junk_without_markup(tmp_path: Path, fmt: str) -> None:
    junk = bytes((i * 131 + 7) % 256 for i in range(2048))
    err = refused(write(tmp_path, "junk.bin", junk), fmt=fmt)
    assert isinstance(err, SourceError) and "binary" in err.message


@pytest.mark.parametrize("fmt", [None, *XML_FORMATS])
def test_empty_file(tmp_path: Path, fmt: str | None) -> None:
    err = refused(write(tmp_path, "empty.xml", b"  \n"), fmt=fmt)
    assert isinstance(err, SourceError) and "empty" in err.message


def test_unknown_vocabulary(tmp_path: Path) -> None:
    data = b'<?xml version="1.0"?><catalogue><record id="1">A law?</record></catalogue>'
    path = write(tmp_path, "unknown.xml", data)
    err = refused(path)
    assert isinstance(err, ParseError) and "unknown vocabulary" in err.message


@pytest.mark.parametrize("fmt", XML_FORMATS)
def test_wrong_vocabulary_for_a_forced_format(tmp_path: Path, fmt: str) -> None:
    data = b'<?xml version="1.0"?><catalogue><record id="1">A law?</record></catalogue>'
    err = refused(write(tmp_path, "unknown.xml", data), fmt=fmt)
    assert isinstance(err, ParseError) and "<catalogue>" in err.message
    assert err.location == "line 1"


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    depth = 5000
    data = (
        f'<akomaNtoso xmlns="{AKN}"><act><body>'
        + "<hcontainer>" * depth
        + "</hcontainer>" * depth
        + "</body></act></akomaNtoso>"
    ).encode()
    err = refused(write(tmp_path, "deep.xml", data))
    assert isinstance(err, ParseError)


def test_utf16_document_still_reads(tmp_path: Path) -> None:
    text = (FIXTURES / "jc_statute.xml").read_text(encoding="utf-8")
    text = text.replace('encoding="utf-8"', 'encoding="UTF-16"')
    law = read_law([write(tmp_path, "utf16.xml", text.encode("utf-16"))])
    assert [p.num for p in law.citable()] == ["1", "2", "3", "3.1", "4", "5"]
