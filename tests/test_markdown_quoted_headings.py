"""Amending acts whose quoted text holds headings, and scrapes that print each provision's heading
at the end of the record before it.  Snippets and fixtures are invented for these tests (no statute
text); corpus checks look at structure only.
"""

from __future__ import annotations

import json
from pathlib import Path

from lexcompare import corpus as c
from lexcompare.model import CONTAINER_KINDS, Provision
from lexcompare.segment import segment
from lexcompare.sources import markdown, provisions_json
from lexcompare.text import normalise


def _citable(provisions: tuple[Provision, ...]) -> list[Provision]:
    out: list[Provision] = []
    for p in provisions:
        if p.is_citable:
            out.append(p)
        else:
            out.extend(_citable(p.children))
    return out


def _check_insertions(text: str, units: list[Provision]) -> None:
    for p in units:
        for i in p.inserted:
            assert p.start <= i.start < i.end <= p.end, (p.num, i)
            assert text[i.start : i.end].strip()


# --------------------------------------------------------------------------------------------
# Markdown: quoted "### Título" and "##### Artículo" headings stay inside the amending article
# --------------------------------------------------------------------------------------------

AMENDING_MD = """---
title: "Ley de prueba que modifica otra ley"
country: "ar"
---
# LEY DE PRUEBA

El Congreso sanciona con fuerza de Ley:

**ARTICULO 1° —** Sustitúyese el artículo 4° de la ley 900 por el siguiente:

##### Artículo 4°: Toda oficina pública lleva un registro de solicitudes

recibidas y de las respuestas dadas.

**ARTICULO 2° —** Sustitúyese la denominación del Título III de la ley 900 por la siguiente:

### Título III

Registro y archivo de solicitudes

**ARTICULO 3° —** Sustitúyese el artículo 7° de la ley 900 por el siguiente:

##### Artículo 7°: La oficina conserva las solicitudes archivadas

durante diez (10) años, a fin de facilitar su consulta.

a) Las solicitudes se archivan por fecha;

b) Las respuestas se archivan con su solicitud.

**ARTICULO 4. —** Incorpórase como Título IV de la ley 900 el siguiente:

### Título IV

*Consejo de Archivos y Registros Públicos.*

**ARTICULO 5. —** Incorpórase como artículo 12 de la ley 900 el siguiente:

##### Artículo 12: Créase el Consejo de Archivos

que funciona en el ámbito del ministerio.

**ARTICULO 6. —** Comuníquese al Poder Ejecutivo.
"""


def test_markdown_quoted_title_and_article_headings_stay_in_the_amending_article() -> None:
    parsed = markdown.read(AMENDING_MD.encode(), Path("ley-prueba.md"), "es")
    # no container and no group: every quoted heading is text of an amending article
    assert all(p.is_citable for p in parsed.provisions), [
        (p.kind, p.heading) for p in parsed.provisions
    ]
    units = _citable(parsed.provisions)
    assert [p.num for p in units] == ["1", "2", "3", "4", "5", "6"]
    assert [[(i.label, i.target) for i in p.inserted] for p in units] == [
        [("Artículo", "4")],
        [("Título", "III")],
        [("Artículo", "7")],
        [("Título", "IV")],
        [("Artículo", "12")],
        [],
    ]
    _check_insertions(parsed.text, units)
    full = {p.num: p.full_text() for p in units}
    assert "Registro y archivo de solicitudes" in full["2"]
    assert "diez (10) años" in full["3"] and "con su solicitud" in full["3"]
    assert "Consejo de Archivos y Registros" in full["4"]
    assert "ámbito del ministerio" in full["5"]
    assert "oficina" not in full["6"]


# --------------------------------------------------------------------------------------------
# Plain text, several languages: a quoted title/chapter heading opens the quotation
# --------------------------------------------------------------------------------------------


def _units(text: str) -> tuple[str, list[Provision]]:
    norm = normalise(text)
    return norm, _citable(segment(norm).provisions)


def test_french_quoted_chapter_with_its_articles() -> None:
    text = (
        "Article 1er\n\nAprès le chapitre II du titre IV du code, il est inséré un chapitre II bis "
        "ainsi rédigé :\n\n« Chapitre II bis\n\n« Des registres nouveaux\n\n"
        "« Art. 45-1. - Chaque service tient un registre.\n\n"
        "« Art. 45-2. - Le registre est public. »\n\n"
        "Article 2\n\nLa présente loi entre en vigueur le lendemain."
    )
    norm, units = _units(text)
    assert [p.num for p in units] == ["1", "2"]
    assert [i.target for i in units[0].inserted] == ["45-1", "45-2"]
    assert "registres nouveaux" in units[0].full_text()
    _check_insertions(norm, units)


def test_portuguese_quoted_chapter_heading_only() -> None:
    text = (
        "Artigo 1.º\nÉ alterada a epígrafe do capítulo V da lei, que passa a ter a seguinte "
        "redação:\n\nCAPÍTULO V\nDos registos públicos\n\n"
        "Artigo 2.º\nA presente lei entra em vigor no dia seguinte."
    )
    norm, units = _units(text)
    assert [p.num for p in units] == ["1", "2"]
    assert [(i.label, i.target) for i in units[0].inserted] == [("CAPÍTULO", "V")]
    assert "registos públicos" in units[0].full_text()
    assert not [p for p in segment(norm).provisions if p.kind in CONTAINER_KINDS]


def test_english_quoted_part_heading_then_quoted_sections() -> None:
    text = (
        "SECTION 1. Short title. This Act may be cited as the Records Act.\n\n"
        "SECTION 2. The Principal Act is amended by inserting after Part 2 the following Part:\n\n"
        '"PART 2A\nPUBLIC REGISTERS\n\n'
        '"SEC. 20A. Keeping of registers. Every office shall keep a register."\n\n'
        "SECTION 3. Commencement. This Act comes into force on assent."
    )
    norm, units = _units(text)
    assert [p.num for p in units] == ["1", "2", "3"]
    assert [i.target for i in units[1].inserted] == ["20A"]
    assert "PUBLIC REGISTERS" in units[1].full_text()
    _check_insertions(norm, units)


def test_english_quoted_part_heading_only() -> None:
    text = (
        "SECTION 1. Short title. This Act may be cited as the Records Act.\n\n"
        "SECTION 2. The heading of Part 3 of the Principal Act is replaced by the following:\n\n"
        "PART 3\nOFFENCES AND PENALTIES\n\n"
        "SECTION 3. Commencement. This Act comes into force on assent."
    )
    norm, units = _units(text)
    assert [p.num for p in units] == ["1", "2", "3"]
    assert [(i.label, i.target) for i in units[1].inserted] == [("PART", "3")]
    assert "OFFENCES AND PENALTIES" in units[1].full_text()
    assert all(p.is_citable for p in segment(norm).provisions)


def test_real_chapters_after_an_article_ending_with_a_colon_stay_structure() -> None:
    # the article announces a list (no unit named), then the act's own next chapter follows
    text = (
        "CAPÍTULO I\nDisposiciones generales\n\n"
        "Artículo 1. Objeto. Esta ley regula los registros.\n\n"
        "Artículo 2. Definiciones. Se entiende por registro lo siguiente:\n\n"
        "CAPÍTULO II\nDe los registros\n\n"
        "Artículo 3. Registro. Cada oficina lleva un registro.\n\n"
        "Artículo 4. Consulta. El registro es público."
    )
    res = segment(normalise(text))
    assert [(p.kind, p.num) for p in res.provisions] == [("chapter", "I"), ("chapter", "II")]
    units = _citable(res.provisions)
    assert [p.num for p in units] == ["1", "2", "3", "4"]
    assert not units[1].inserted


def test_act_own_chapter_continuing_its_numbering_is_not_quoted() -> None:
    # the announcement names a chapter, but the heading that follows continues the act's own
    # chapters (II after I): the act's structure, not quoted text
    text = (
        "CAPÍTULO I\nReformas\n\n"
        "Artículo 1. Sustitúyese la denominación del capítulo III de la ley 900 por la "
        "siguiente:\n\n"
        "CAPÍTULO II\nDisposiciones finales\n\n"
        "Artículo 2. Comuníquese."
    )
    res = segment(normalise(text))
    assert [(p.kind, p.num) for p in res.provisions] == [("chapter", "I"), ("chapter", "II")]


# --------------------------------------------------------------------------------------------
# Provisions JSON: headings in capitals printed at the end of the record before
# --------------------------------------------------------------------------------------------

_BODIES = [
    "Quien destruya un registro público será sancionado con multa.",
    "Quien altere un registro público será sancionado con prisión de uno a tres años.",
    "Quien oculte un registro público será sancionado con multa doble.",
    "Quien divulgue datos reservados de un registro será sancionado con prisión.",
    "Las penas se aumentan en una tercera parte si el autor es funcionario.",
]
_TRAILING = [
    "DESTRUCCIÓN DE REGISTROS",  # printed before article 1: lost by the scrape
    "ALTERACIÓN DE REGISTROS",
    "TITULO II\nDE LOS DELITOS CONTRA LA RESERVA\nOCULTACIÓN DE REGISTROS",
    "DIVULGACIÓN DE DATOS,\nRESERVADOS",  # a heading wrapped over two lines
    "AGRAVACIÓN",
]


def _caps_json(n: int) -> bytes:
    records = []
    for k in range(n):
        num = k + 1
        first = _BODIES[k].split(" será")[0]
        content = f"ARTICULO {num}. {_BODIES[k]}"
        if k + 1 < n:
            content += "\n" + _TRAILING[k + 1]
        records.append(
            {
                "provision_ref": f"art{num}",
                "chapter": "TITULO I" if num < 3 else "TITULO II",
                "title": first,  # the scrape's title: a preview of the first words
                "content": content,
            }
        )
    return json.dumps({"title": "Ley de prueba", "provisions": records}).encode()


def test_json_trailing_capitals_are_the_next_records_heading() -> None:
    parsed = provisions_json.read(_caps_json(5), Path("prueba.json"), "es")
    units = _citable(parsed.provisions)
    assert [p.num for p in units] == ["1", "2", "3", "4", "5"]
    assert [p.heading for p in units] == [
        "",
        "ALTERACIÓN DE REGISTROS",
        "OCULTACIÓN DE REGISTROS",
        "DIVULGACIÓN DE DATOS, RESERVADOS",
        "AGRAVACIÓN",
    ]
    for p, body in zip(units, _BODIES, strict=True):
        assert p.text.endswith(body.split()[-1]), p.num  # no heading left at the end
        assert parsed.text[p.start : p.end].endswith(p.text)
        if p.heading:  # printed above the designation, inside the provision's span
            assert parsed.text[p.start :].startswith(p.heading.split(",")[0])
    # the group heading between articles 2 and 3 is text outside both, printed once
    assert parsed.text.count("TITULO II") == 1
    group = parsed.text.index("DE LOS DELITOS CONTRA LA RESERVA")
    assert units[1].end <= group < units[2].start
    assert any("capitals heading" in w for w in parsed.warnings)


def test_json_trailing_capitals_need_the_documents_habit() -> None:
    # two records: a single trailing line in capitals is no evidence of the habit
    parsed = provisions_json.read(_caps_json(2), Path("prueba.json"), "es")
    units = _citable(parsed.provisions)
    assert [p.heading for p in units] == ["", ""]
    assert units[0].text.endswith("ALTERACIÓN DE REGISTROS")


# --------------------------------------------------------------------------------------------
# Corpus: structure only
# --------------------------------------------------------------------------------------------


def test_corpus_amending_act_quoted_titles_are_no_containers(corpus: Path) -> None:
    law = c.load_law("arg/ley-26842")
    assert all(p.is_citable for p in law.provisions)
    units = list(law.citable())
    assert [p.num for p in units] == [str(n) for n in range(1, 31)]
    quoting_titles = [p.num for p in units if any(i.label == "Título" for i in p.inserted)]
    assert quoting_titles == ["3", "6", "10", "13", "18"]
    for p in units:
        for i in p.inserted:
            assert p.start <= i.start < i.end <= p.end
    # articles that quote a whole article keep it: their text runs to the quotation's end
    for num in ("4", "8", "15", "19", "21", "22", "25"):
        q = law.find(num)
        assert q is not None and q.inserted and q.inserted[-1].end == q.end


def test_corpus_json_headings_printed_before_their_article(corpus: Path) -> None:
    law = c.load_law("gtm/codigo-penal-decreto-17-73")
    units = list(law.citable())
    with_heading = [p for p in units if p.heading]
    assert len(with_heading) >= 0.9 * len(units)
    for p in units:
        last = p.text.rstrip().split("\n")[-1]
        cased = [ch for ch in last if ch.lower() != ch.upper()]
        assert not (cased and all(ch.isupper() for ch in cased)), p.num
    for p in with_heading:
        assert law.text[p.start : p.end].startswith(p.heading.split(",")[0]), p.num
