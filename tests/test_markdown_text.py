"""Markdown and plain-text readers: synthetic snippets written for these tests, then every markdown /
text law of the corpus (read at run time from $LEXCOMPARE_CORPUS, never copied here)."""

from __future__ import annotations

import json
import time
from functools import cache
from pathlib import Path

import pytest

from lexcompare import corpus as c
from lexcompare.model import Law, Provision
from lexcompare.sources import markdown, text
from lexcompare.sources.base import ParsedSource
from lexcompare.text import normalise

P = Path("test.md")


def md(src: str, lang: str = "") -> ParsedSource:
    return markdown.read(src.encode("utf-8"), P, lang)


def citable(ps: ParsedSource) -> list[Provision]:
    out: list[Provision] = []

    def walk(nodes: tuple[Provision, ...]) -> None:
        for p in nodes:
            if p.is_citable:
                out.append(p)
            else:
                walk(p.children)

    walk(ps.provisions)
    return out


# --------------------------------------------------------------------------------------------
# Front matter
# --------------------------------------------------------------------------------------------


def test_front_matter_is_mapped_to_metadata() -> None:
    ps = md(
        '---\ntitle: "Ley de prueba"\ncountry: "ar"\nlanguage: es\npublication_date: '
        '"2008-04-30"\nsource: "https://example.org/ley"\nlast_updated: 2019-07-23\n---\n'
        "# Ley de prueba\n\n##### Artículo 1\nTexto uno.\n\n##### Artículo 2\nTexto dos.\n"
    )
    assert ps.metadata == {
        "title": "Ley de prueba",
        "country": "ARG",
        "language": "es",
        "year": "2008",
        "source_url": "https://example.org/ley",
        "date": "2019-07-23",
    }
    assert [p.num for p in citable(ps)] == ["1", "2"]
    assert "title:" not in ps.text


def test_malformed_front_matter_warns_and_reads_the_text() -> None:
    ps = md("---\ntitle: [unclosed\n  : nonsense: :\n---\n##### Article 1\nText.\n")
    assert any("front matter" in w for w in ps.warnings)
    assert ps.metadata == {}
    assert [p.num for p in citable(ps)] == ["1"]


def test_front_matter_after_stray_lines() -> None:
    ps = md("Gesetz\nüber Proben\n---\nTitle: Probegesetz\n---\n\n### § 1 Zweck\nText.\n")
    assert ps.metadata.get("title") == "Probegesetz"
    assert any("stray" in w for w in ps.warnings)
    assert [p.num for p in citable(ps)] == ["1"]


# --------------------------------------------------------------------------------------------
# Markdown structure and syntax
# --------------------------------------------------------------------------------------------

SAMPLE = """# Code d'essai

## Partie législative

### Livre Ier : Dispositions générales

#### Chapitre Ier : Des principes

##### Article 111-1

Les *infractions* sont **classées** selon leur [gravité](https://example.org/g).

##### Article 111-2

- 1° Le premier cas ;
- 2° Le second cas.

#### Chapitre II : Des suites

##### Article 112-1

| colonne | valeur |
|---|---|
| a | b |
"""


def test_designation_headings_give_the_structure() -> None:
    ps = md(SAMPLE)
    units = citable(ps)
    assert [(p.label, p.num) for p in units] == [
        ("Article", "111-1"),
        ("Article", "111-2"),
        ("Article", "112-1"),
    ]
    book = (
        ps.provisions[0].children[0] if ps.provisions[0].kind == "hcontainer" else ps.provisions[0]
    )
    assert (book.kind, book.num) == ("book", "I")
    assert [(c.kind, c.num) for c in book.children] == [("chapter", "I"), ("chapter", "II")]
    assert units[0].text == "Les infractions sont classées selon leur gravité."
    assert [c.num for c in units[1].children] == ["1", "2"]
    assert "colonne | valeur" in units[2].text
    for marker in ("#", "**", "](", "|---"):
        assert marker not in ps.text
    assert normalise(ps.text) == ps.text


def test_offsets_point_into_the_rendered_text() -> None:
    ps = md(SAMPLE)
    for p in citable(ps):
        assert ps.text[p.start :].startswith(f"Article {p.num}")
        assert ps.text[p.start : p.end].rstrip().endswith(p.full_text().split("\n")[-1][-10:])


def test_details_blocks_and_footnotes_are_notes() -> None:
    ps = md(
        "### 1 Short title\n\nThis Act may be cited as the Test Act.\n\n<details>\n"
        "<summary>Historical Note</summary>\n\n- 2001, c. 3, s. 1\n\n</details>\n\n"
        "### 2 Definitions\n\nIn this Act words mean things.[^1]\n\n[^1]: Footnote text.\n"
    )
    first, second = citable(ps)
    assert first.text == "This Act may be cited as the Test Act."
    assert "2001, c. 3, s. 1" in first.notes
    assert second.notes == ("Footnote text.",)
    assert "[^1]" not in ps.text


def test_note_markers_survive_emphasis_stripping() -> None:
    ps = md(
        "**Artículo 1.-** Texto de prueba.\n\n> (*) Artículo modificado por la Ley 1, "
        "publicada el 01 enero 2000.\n\n**Artículo 2.-** Otro texto.\n\n**Artículo 3.-** Más."
    )
    first = citable(ps)[0]
    assert first.text == "Texto de prueba." and first.notes[0].startswith("(*)")


def test_bold_designation_glued_after_a_note_starts_a_line() -> None:
    ps = md(
        "**ARTICULO 1.-** Texto uno.\n\n*(Artículo sustituido por art. 1 de la Ley 10)***ARTICULO"
        " 2.-** Texto dos.\n\n**ARTICULO 3.-** Texto tres."
    )
    units = citable(ps)
    assert [p.num for p in units] == ["1", "2", "3"]
    assert units[0].notes and units[1].text == "Texto dos."


def test_headings_without_designation_become_groups_or_titles() -> None:
    ps = md(
        "## Part I\n\n### General\n\n### 3.1 Effect of acts\n\nText one.\n\n"
        "### Parties to Offences\n\n### 21 Parties\n\nText two.\n"
    )
    part = ps.provisions[0]
    # a heading right after a container designation without a title is taken as its title
    assert (part.kind, part.num, part.heading) == ("part", "I", "General")
    assert [(g.kind, g.heading) for g in part.children] == [
        ("section", "Effect of acts"),
        ("hcontainer", "Parties to Offences"),
    ]
    assert [p.num for p in citable(ps)] == ["3.1", "21"]


def test_title_heading_after_a_bare_designation_heading() -> None:
    ps = md("#### Díl 1\n\n#### Název dílu\n\n##### § 1\n\n#### Název paragrafu\n\nText.\n")
    (div,) = ps.provisions
    assert (div.kind, div.heading) == ("division", "Název dílu")
    assert (div.children[0].num, div.children[0].heading) == ("1", "Název paragrafu")


def test_flattened_fedlex_rendering() -> None:
    src = (
        "---\nlanguage: de\n---\n\n"
        "# Erster Titel: ProbenEine GruppeArt. 1Ein Satz ohne Absätze.ZweiteArt. 21 Erster "
        "Absatz.2 Zweiter Absatz.\n"
        "\t\t Fassung gemäss Ziff. I des BG vom 1. Jan. 2000 (AS 2000 1; BBl 1999 1).\n"
        "\tDritteArt. 3Text mit Verweis (Art. 1) im Satz.\n"
    )
    ps = md(src)
    units = citable(ps)
    assert [(p.num, p.heading) for p in units] == [
        ("1", "Eine Gruppe"),
        ("2", "Zweite"),
        ("3", "Dritte"),
    ]
    assert [c.num for c in units[1].children] == ["1", "2"]
    assert any("Fassung gemäss" in n for p in units for q in p.walk() for n in q.notes)
    assert "(Art. 1)" in units[2].text


def test_read_many_drops_repeated_prefix_headings() -> None:
    chunks = [
        "# Title 1— TEST\n### CHAPTER 2— SAMPLE\n#### § 10. First\n##### (a) Part one\n\nText a.\n",
        "# Title 1— TEST\n### CHAPTER 2— SAMPLE\n#### § 10. First\n##### (b) Part two\n\nText b.\n",
        "# Title 1— TEST\n### CHAPTER 2— SAMPLE\n#### § 11. Second\n\nText c.\n",
    ]
    ps = markdown.read_many(
        [(ch.encode(), Path(f"chunk-{i}.md")) for i, ch in enumerate(chunks)], "en"
    )
    units = citable(ps)
    assert [p.num for p in units] == ["10", "11"]
    assert [c.num for c in units[0].children] == ["a", "b"]
    assert ps.text.count("CHAPTER 2") == 1


def test_ocr_markdown_without_numbers_gives_unnumbered_sections() -> None:
    ps = md(
        "# THE GAZETTE OF TESTLAND EXTRAORDINARY\n\nAn Act to test.\n\nIt is hereby enacted "
        "as follows:\n\n# Short title\n\nThis Act may be called the Test Act.\n\n"
        "# Definitions\n\nIn this Act words mean things.\n\n# Offences\n\nDoing harm is an "
        "offence.\n"
    )
    units = citable(ps)
    assert [(p.num, p.heading) for p in units] == [
        ("", "Short title"),
        ("", "Definitions"),
        ("", "Offences"),
    ]
    assert any("unnumbered" in w for w in ps.warnings)


def test_act_written_as_a_nested_ordered_list() -> None:
    ps = md(
        "# Test Act\n\nBe it enacted as follows :\n\n0. \n    1. This Act may be cited as the "
        "Test Act.\n        - Short title.\n    2. \n        1. Any person who harms\n"
        "        2. Any person who helps\n    3. This Act binds everyone.\n"
    )
    units = citable(ps)
    assert [p.num for p in units] == ["1", "2", "3"]
    assert [c.num for c in units[1].children] == ["1", "2"]


# --------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------


def test_text_reader_decodes_normalises_and_segments() -> None:
    raw = "Article 1er\r\nLa loi s\u2019applique.\r\n\r\n\r\nArticle 2\r\nElle entre en vigueur.".encode(
        "cp1252"
    )
    ps = text.read(raw, Path("loi.txt"), "fr")
    assert [p.num for p in citable(ps)] == ["1", "2"]
    assert "\r" not in ps.text and "\n\n\n" not in ps.text


def test_text_reader_arabic() -> None:
    src = "قانون تجريبي\nالمادة الأولى\nنص أول.\nالمادة الثانية\nنص ثان.\nالمادة 3\nنص ثالث."
    ps = text.read(src.encode("utf-8"), Path("q.txt"), "ar")
    assert [p.num for p in citable(ps)] == ["1", "2", "3"]


def test_text_reader_rejects_binary() -> None:
    from lexcompare.errors import SourceError

    with pytest.raises(SourceError):
        text.read(bytes(range(256)) * 50, Path("junk.txt"), "")


# --------------------------------------------------------------------------------------------
# The corpus (markdown and text laws)
# --------------------------------------------------------------------------------------------

GOLDEN = Path(__file__).parent / "golden" / "counts_text.json"
COUNTS: dict[str, dict[str, object]] = json.loads(GOLDEN.read_text("utf-8"))
TEXT_LAWS = [e for e in c.load_manifest() if e.id in COUNTS]


@cache
def law(law_id: str) -> Law:
    return c.load_law(law_id)


@pytest.mark.parametrize("entry", TEXT_LAWS, ids=[e.id for e in TEXT_LAWS])
def test_corpus_law_parses(entry: c.CorpusEntry, corpus: Path) -> None:
    parsed = law(entry.id)
    units = list(parsed.citable())
    expected = COUNTS[entry.id]
    assert abs(len(units) - int(expected["citable"])) <= int(expected["tolerance"])  # type: ignore[call-overload]
    eids = [p.eid for p in parsed.walk()]
    assert len(eids) == len(set(eids))
    assert normalise(parsed.text) == parsed.text
    for p in parsed.walk():
        assert 0 <= p.start <= p.end <= len(parsed.text), p.eid
        assert "**" not in p.heading and not p.heading.startswith("#"), p.eid
    for p in units:
        assert p.num or p.heading, p.eid


def test_canadian_code_reads_in_seconds(corpus: Path) -> None:
    t0 = time.perf_counter()
    parsed = c.load_law("can/criminal-code-c-46-consolidated")
    assert time.perf_counter() - t0 < 60  # a few seconds on one free core
    p = parsed.find("279.01")
    assert p is not None and p.heading == "Trafficking in persons"
    assert [c.num for c in p.children] == ["1", "2", "3"]


@pytest.mark.parametrize(
    "law_id,num,targets",
    [
        ("per/ley-28950", "1", ["153", "153-A"]),
        ("mar/loi-27-14-ar", "1", [f"448-{i}" for i in range(1, 15)]),
        ("arg/ley-26842", "1", ["2"]),
        ("phl/ra-11862-expanded-anti-trafficking-2022", "4", ["4"]),
        ("lux/loi-2009-03-13-traite", "3", ["382-1", "382-2", "382-3"]),
    ],
)
def test_corpus_amending_acts_keep_quoted_provisions_inside(
    law_id: str, num: str, targets: list[str], corpus: Path
) -> None:
    parsed = law(law_id)
    p = parsed.find(num)
    assert p is not None
    assert [i.target for i in p.inserted] == targets
    for i in p.inserted:
        assert p.start <= i.start < i.end <= p.end


def test_corpus_editorial_notes_are_apart(corpus: Path) -> None:
    p = law("che/stgb-311.0-de").find("182")
    assert p is not None and p.heading == "Menschenhandel"
    assert any("Fassung gemäss" in n for q in p.walk() for n in q.notes)
    assert "Fassung gemäss" not in p.full_text()
    q = law("arg/codigo-penal-ley-11179").find("145 bis")
    assert q is not None and q.notes and "sustituido" not in q.full_text()
