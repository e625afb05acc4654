"""The XML readers (Akoma Ntoso, Justice Canada, CLML, USLM) on synthetic fixtures whose wording
is invented (tests/fixtures/xml), and on the real corpus files read at run time from
LEXCOMPARE_CORPUS (Justice Canada XML laws and the Mexican Akoma Ntoso law)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from lexcompare.model import Law, Provision
from lexcompare.sources import LawMeta, read_law, read_source, sniff
from lexcompare.sources.xmltree import (
    PageFurniture,
    apply_file_eids,
    clean_num,
    iso639_1,
    iso3166_alpha3,
    split_designation_heading,
    unwrap_lines,
)
from lexcompare.text import normalise
from lexcompare.tree import Node, freeze

FIXTURES = Path(__file__).parent / "fixtures" / "xml"
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

FIXTURE_FORMATS = {
    "akn_act.xml": "akn",
    "akn_pdf_es.xml": "akn",
    "jc_bill.xml": "justice-canada-xml",
    "jc_statute.xml": "justice-canada-xml",
    "clml_act.xml": "clml",
    "uslm_title.xml": "uslm",
}


def fixture_law(name: str) -> Law:
    return read_law([FIXTURES / name])


def by_eid(law: Law, eid: str) -> Provision:
    p = law.by_eid(eid)
    assert p is not None, f"no provision {eid}; have {[q.eid for q in law.walk()]}"
    return p


def first_line(law: Law, p: Provision) -> str:
    return law.text[p.start : p.end].split("\n", 1)[0]


def check_offsets(law: Law) -> None:
    """Every provision's span starts with its designation, else its heading, else its text."""
    for p in law.walk():
        assert 0 <= p.start <= p.end <= len(law.text), p.eid
        line = first_line(law, p)
        if p.num:
            # ranges ("2 and 3", "211 à 214") print their first number first
            assert split_designation_heading(line)[1] in (p.num, p.num.split(" ")[0]), (
                p.eid,
                line,
                p.num,
            )
        elif p.heading:
            assert p.heading in line, (p.eid, line, p.heading)
        elif p.label:
            assert line.startswith(p.label), (p.eid, line, p.label)
        elif p.text:
            assert law.text[p.start : p.end].startswith(p.text[:40]), (p.eid, line)
        for child in p.children:
            assert p.start <= child.start and child.end <= p.end, (p.eid, child.eid)


# ---------------------------------------------------------------------------------------------
# invariants on every fixture


@pytest.mark.parametrize("name", sorted(FIXTURE_FORMATS), ids=sorted(FIXTURE_FORMATS))
def test_fixture_sniffed_and_read(name: str) -> None:
    path = FIXTURES / name
    assert sniff(path.read_bytes(), path) == FIXTURE_FORMATS[name]
    fmt, parsed = read_source(path)
    assert fmt == FIXTURE_FORMATS[name]
    assert parsed.text == normalise(parsed.text)
    law = fixture_law(name)
    assert list(law.citable()), name
    check_offsets(law)


@pytest.mark.parametrize("name", sorted(FIXTURE_FORMATS), ids=sorted(FIXTURE_FORMATS))
def test_fixture_eids_unique_and_stable(name: str) -> None:
    a = fixture_law(name)
    b = fixture_law(name)
    eids = [p.eid for p in a.walk()]
    assert len(eids) == len(set(eids))
    assert eids == [p.eid for p in b.walk()]
    assert [p.text_hash() for p in a.walk()] == [p.text_hash() for p in b.walk()]


@pytest.mark.parametrize("name", sorted(FIXTURE_FORMATS), ids=sorted(FIXTURE_FORMATS))
def test_insertions_point_into_the_quoting_text(name: str) -> None:
    law = fixture_law(name)
    citable_nums = {p.num for p in law.citable()}
    for p in law.walk():
        for ins in p.inserted:
            assert p.start <= ins.start < ins.end <= p.end, (p.eid, ins)
            quoted = law.text[ins.start : ins.end]
            assert quoted.split("\n", 1)[0] in p.text, (p.eid, quoted[:60])
            assert ins.target not in citable_nums, f"{ins.target} became a provision"


# ---------------------------------------------------------------------------------------------
# Akoma Ntoso


def test_akn_structure_eids_and_metadata() -> None:
    law = fixture_law("akn_act.xml")
    assert (law.title, law.year, law.language, law.country) == (
        "Prevention of Exploitation (Example) Act, 2031",
        2031,
        "en",
        "ZAF",
    )
    assert [p.num for p in law.citable()] == ["1", "2", "3", "4"]
    assert [p.kind for p in law.provisions] == ["hcontainer", "chapter", "chapter"]
    chp = by_eid(law, "chp_2")
    assert (chp.label, chp.num, chp.heading) == ("CHAPTER", "2", "Offences")
    s3 = by_eid(law, "sec_3")  # the file's eIds are kept
    assert (s3.kind, s3.label, s3.heading) == ("section", "", "Exploitation of persons")
    sub1 = by_eid(law, "sec_3__subsec_1")
    # the unnumbered list is flattened: intro and wrapUp are the subsection's text
    assert [c.kind for c in sub1.children] == ["point", "point"]
    assert sub1.text.startswith("Any person who")
    assert sub1.text.endswith("commits an offence.")
    assert [c.num for c in sub1.children] == ["a", "b"]


def test_akn_notes_and_quoted_structure() -> None:
    law = fixture_law("akn_act.xml")
    s2 = by_eid(law, "sec_2")
    assert s2.notes == ("Compare the Example Labour Act, 2020.",)
    assert "Compare" not in s2.text
    sub2 = by_eid(law, "sec_3__subsec_2")
    assert sub2.notes == ("Subsection inserted by the Example Amendment Act, 2032.",)
    s4 = by_eid(law, "sec_4")
    assert [i.target for i in s4.inserted] == ["12A"]
    ins = s4.inserted[0]
    assert law.text[ins.start : ins.end].startswith("12A. Aggravated exploitation")
    assert "aggravating factor" in s4.text
    assert law.find("12A") is None and not s4.children


def test_akn_section_holding_articles_is_a_container() -> None:
    data = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act>
      <meta><identification source="#x"><FRBRWork><FRBRcountry value="es"/></FRBRWork>
      <FRBRExpression><FRBRlanguage language="spa"/></FRBRExpression></identification></meta>
      <body><chapter><num>Capítulo I</num><heading>Disposiciones</heading>
        <section><num>Sección 1.ª</num><heading>Del objeto</heading>
          <article><num>Artículo 1</num><content><p>Texto uno.</p></content></article>
          <article><num>Artículo 2</num>
            <paragraph><num>1.</num><content><p>Texto dos.</p></content></paragraph>
            <paragraph><num>2.</num><content><p>Texto tres.</p></content>
              <section><num>a)</num><content><p>Texto cuatro.</p></content></section>
            </paragraph>
          </article>
        </section></chapter></body></act></akomaNtoso>""".encode()
    path = Path("inline.xml")
    from lexcompare.sources import akn

    parsed = akn.read(data, path, "")
    top = parsed.provisions[0]
    section = top.children[0]
    assert (section.kind, section.label, section.num) == ("division", "Sección", "1")
    arts = section.children
    assert [(a.kind, a.num) for a in arts] == [("article", "1"), ("article", "2")]
    assert arts[0].text == "Texto uno."
    assert arts[1].children[1].children[0].kind == "subsection"  # a section inside an article
    assert parsed.metadata["language"] == "es" and parsed.metadata["country"] == "ESP"


def test_akn_pdf_conversion_is_cleaned_with_warnings() -> None:
    law = fixture_law("akn_pdf_es.xml")
    assert (law.language, law.country, law.year) == ("es", "MEX", 2030)
    text = law.text
    assert "1 de 4" not in text and "Cámara de Ejemplo" not in text
    assert "PRUEBAS DEL LECTOR" not in text
    warnings = " ".join(law.warnings)
    assert "page-furniture" in warnings and "hierarchy is broken" in warnings
    # headings run into <num> are split; a page number run into a heading is dropped
    titles = [p for p in law.provisions if p.kind == "title"]
    assert [(t.label, t.num, t.heading) for t in titles] == [
        ("TÍTULO", "1", "DISPOSICIONES GENERALES"),
        ("TÍTULO", "2", ""),
    ]
    # broken hierarchy: containers kept empty, articles at top level
    assert all(not p.children for p in law.provisions)
    arts = list(law.citable())
    assert [a.num for a in arts] == ["1", "2", "3", "1", "2"]
    # designation repeated in the text is removed; printed line wraps are joined
    a1 = arts[0]
    assert a1.text.startswith("Esta ley de ejemplo")
    assert "saque provecho del trabajo forzado de otra persona" in a1.text
    a2 = arts[1]
    assert a2.text.split("\n")[1].startswith("I. Explotación")
    assert "el trabajo forzado, la servidumbre" in a2.text
    assert a2.text.split("\n")[-1].startswith("III. Reparación")
    assert a2.notes == ("Fracción reformada en el ejemplo de 2031",)
    # the converter numbered the second transitory article "Artículo 1"; the text says Segundo
    last = arts[-1]
    assert (last.label, last.num) == ("", "2")
    assert last.text.startswith("Quedan sin efecto")
    assert arts[-2].text.startswith("Esta ley de ejemplo rige")


# ---------------------------------------------------------------------------------------------
# Justice Canada


def test_justice_canada_bill_quotes_are_insertions() -> None:
    law = fixture_law("jc_bill.xml")
    assert (law.title, law.year, law.language, law.country) == (
        "An Act to amend the Example Penal Code (exploitation of persons)",
        2031,
        "en",
        "CAN",
    )
    assert [p.num for p in law.citable()] == ["1", "2", "3"]
    assert all(p.label == "" for p in law.citable())
    s1 = law.find("1")
    assert s1 is not None and not s1.children
    assert [i.target for i in s1.inserted] == ["300.01"]
    assert "servitude" in s1.text and law.find("300.01") is None
    s2 = law.find("2")
    assert s2 is not None and s2.heading == "2001, c. 3, s. 4"
    assert [i.target for i in s2.children[0].inserted] == ["410(2)"]
    assert [i.target for i in s2.children[1].inserted] == ["410(3)(a)", "410(3)(b)"]
    top = law.provisions[0]
    assert (top.kind, top.heading, top.notes) == (
        "hcontainer",
        "EXAMPLE PENAL CODE",
        ("E.P.C., c. 7",),
    )
    meta = dict(law.metadata)
    assert meta["summary"].startswith("This enactment creates")
    assert "This enactment" not in law.text  # the summary is not law


def test_justice_canada_statute_structure() -> None:
    law = fixture_law("jc_statute.xml")
    assert (law.title, law.year, law.language) == ("Example Protection Act", 2030, "en")
    assert [p.num for p in law.citable()] == ["1", "2", "3", "3.1", "4", "5"]
    part1 = by_eid(law, "part_1")
    assert (part1.label, part1.num, part1.heading) == ("PART", "1", "Offences")
    assert [c.eid for c in part1.children] == ["part_1__dvs_1", "part_1__dvs_2"]
    s3 = law.find("3")
    assert s3 is not None and s3.heading == "Offence — exploitation"
    assert [c.num for c in s3.children] == ["1", "2"]
    para_a = s3.children[1].children[0]
    assert (para_a.kind, para_a.num, [c.num for c in para_a.children]) == (
        "paragraph",
        "a",
        ["i", "ii"],
    )
    assert s3.notes == ("2030, c. 4, s. 3",)
    s2 = law.find("2")
    assert s2 is not None and [c.kind for c in s2.children] == ["item", "item"]
    assert s2.notes == ("2030, c. 4, s. 2; 2031, c. 1, s. 7",)
    s4 = law.find("4")  # "*4": the footnote marker is not part of the number
    assert s4 is not None and s4.notes == ("[Note: Section 4 in force January 1, 2031.]",)
    assert "[Note" not in law.text
    assert law.find("3.1") is not None
    # amendments not in force: one flat block, its quoted section an insertion
    sched = law.provisions[-1]
    assert sched.kind == "schedule" and sched.heading == "AMENDMENTS NOT IN FORCE"
    block = sched.children[0]
    assert (block.kind, block.heading) == ("hcontainer", "2031, c. 9, s. 12")
    assert [i.target for i in block.inserted] == ["3.2"] and not block.children
    assert law.find("12") is None and law.find("3.2") is None


# ---------------------------------------------------------------------------------------------
# CLML and USLM


def test_clml_act() -> None:
    law = fixture_law("clml_act.xml")
    assert (law.title, law.year, law.language, law.country) == (
        "Exploitation (Example) Act 2031",
        2031,
        "en",
        "GBR",
    )
    assert law.source_url == "http://www.legislation.gov.uk/ukpga/2031/7"
    assert [p.num for p in law.citable()] == ["1", "2", "3", "4"]
    s1 = law.find("1")
    assert s1 is not None and s1.heading == "Holding a person in servitude"
    assert [(c.kind, c.num) for c in s1.children] == [("subsection", "1"), ("subsection", "2")]
    assert [(c.kind, c.num) for c in s1.children[0].children] == [
        ("paragraph", "a"),
        ("paragraph", "b"),
    ]
    notes = s1.children[1].notes
    assert len(notes) == 2 and notes[0].startswith("Words in s. 1(2) substituted")
    assert "substituted" not in law.text
    s2 = law.find("2")
    assert s2 is not None and s2.heading == "Penalty for offences under section 1"
    assert by_eid(law, "part_1__hcontainer_nn1").heading == "Penalties"
    s3 = law.find("3")
    assert s3 is not None and [i.target for i in s3.inserted] == ["12A"]
    assert law.find("12A") is None
    sched = law.provisions[-1]
    assert (sched.kind, sched.label, sched.num, sched.heading) == (
        "schedule",
        "SCHEDULE",
        "1",
        "Forms of servitude",
    )
    assert [c.kind for c in sched.children] == ["paragraph", "paragraph"]


def test_uslm_title() -> None:
    law = fixture_law("uslm_title.xml")
    assert (law.title, law.language, law.country, law.year) == ("Title 99", "en", "USA", 2031)
    assert [(p.label, p.num) for p in law.citable()] == [("§", "501"), ("§", "502"), ("§", "503")]
    title = law.provisions[0]
    assert (title.kind, title.label, title.num, title.heading) == (
        "title",
        "Title",
        "99",
        "EXAMPLE PROVISIONS",
    )
    s501 = law.find("501")
    assert s501 is not None and s501.heading == "Holding in servitude"
    sub_a = s501.children[0]
    assert sub_a.text == (
        "Whoever knowingly holds a person in servitude—\n"
        "is subject to a fine, a prison term of up to 20 years, or both."
    )
    assert [c.num for c in sub_a.children] == ["1", "2"]
    assert s501.notes[0].startswith("(Added Pub. L. 199–1")
    assert s501.notes[1].startswith("Amendments: 2031")
    assert "Pub. L." not in law.text
    s503 = law.find("503")
    assert s503 is not None and [i.target for i in s503.inserted] == ["12(d)"]
    assert not s503.children


# ---------------------------------------------------------------------------------------------
# helpers


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("TÍTULO PRIMERO DISPOSICIONES GENERALES", ("TÍTULO", "1", "DISPOSICIONES GENERALES")),
        ("CAPÍTULO IV De las Pruebas", ("CAPÍTULO", "IV", "De las Pruebas")),
        ("Artículo 10.", ("Artículo", "10", "")),
        ("Artículo 5o", ("Artículo", "5", "")),
        ("Décimo Primero", ("", "11", "")),
        ("Segundo", ("", "2", "")),
        ("Artículo Único", ("Artículo", "único", "")),
        ("(xlvii.11)", ("", "xlvii.11", "")),
        ("a)", ("", "a", "")),
        ("PART 1", ("PART", "1", "")),
        ("§ 1589.", ("§", "1589", "")),
        ("Short Title", ("", "", "Short Title")),
        ("ARTICULO 145 bis Trata", ("ARTICULO", "145 bis", "Trata")),
    ],
)
def test_split_designation_heading(printed: str, expected: tuple[str, str, str]) -> None:
    assert split_designation_heading(printed) == expected


def test_small_helpers() -> None:
    assert clean_num("(2.1)") == "2.1" and clean_num("279.011") == "279.011"
    assert iso639_1("spa") == "es" and iso639_1("fre") == "fr" and iso639_1("en-GB") == "en"
    assert iso3166_alpha3("mx") == "MEX" and iso3166_alpha3("za-wc") == "ZAF"
    assert iso3166_alpha3("MEX") == "MEX" and iso3166_alpha3("zz") == ""
    assert unwrap_lines(["Una frase que sigue", "en otra línea.", "II. Otra"]) == [
        "Una frase que sigue en otra línea.",
        "II. Otra",
    ]
    lines = []
    for page in range(1, 5):
        lines += [
            f"texto {page} de la ley",
            "TRANSITORIO",
            f"otra línea {page}",
            f"{page} de 4",
            "CABECERA",
            "Secretaría",
        ]
    furniture = PageFurniture(lines)
    assert furniture.is_furniture("CABECERA") and furniture.is_furniture("3 de 4")
    assert not furniture.is_furniture("TRANSITORIO")  # recurs, but not next to page numbers
    assert not furniture.is_furniture("otra línea 2")


def test_file_eids_override_and_stay_unique() -> None:
    nodes = [
        Node(kind="section", num="1", children=[Node(kind="subsection", num="1")]),
        Node(kind="section", num="2"),
    ]
    frozen = freeze(nodes)
    fixed = apply_file_eids(frozen, ["s-one", None, "s-one"])
    assert [p.eid for p in fixed[0].walk()] == ["s-one", "s-one__subsec_1"]
    assert fixed[1].eid == "s-one-2"


# ---------------------------------------------------------------------------------------------
# the real corpus (read at run time; nothing of it is stored in the project)

XML_LAWS = (
    "can/criminal-code-child-trafficking-min-sentence-2010-c3",
    "can/criminal-code-exploitation-trafficking-2015-c16",
    "can/criminal-code-trafficking-2005-c43",
    "can/criminal-code-trafficking-2012-c15",
    "can/immigration-refugee-protection-act-i-2.5",
    "can/lipr-fr-xml",
    "can/protection-communities-exploited-persons-act-2014-c25",
    "mex/lgpsedmtp-2012",
)
GOLDEN_COUNTS = json.loads(
    (Path(__file__).parent / "golden" / "counts_xml.json").read_text(encoding="utf-8")
)


def _manifest(corpus: Path) -> dict[str, dict[str, object]]:
    rows = (
        json.loads(line)
        for line in (corpus / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    )
    return {str(r["id"]): r for r in rows}


@cache
def _corpus_law(law_id: str, corpus: Path) -> Law:
    entry = _manifest(corpus)[law_id]
    files = [corpus / str(f) for f in entry["files"]]  # type: ignore[attr-defined]
    meta = LawMeta(id=law_id, country=str(entry["country"]), language=str(entry["language"]))
    return read_law(files, meta)


@pytest.mark.parametrize("law_id", XML_LAWS)
def test_corpus_xml_law(law_id: str, corpus: Path) -> None:
    law = _corpus_law(law_id, corpus)
    citable = list(law.citable())
    expected = GOLDEN_COUNTS[law_id]
    assert abs(len(citable) - expected["citable"]) <= expected["tolerance"]
    eids = [p.eid for p in law.walk()]
    assert len(eids) == len(set(eids))
    assert law.text == normalise(law.text)
    check_offsets(law)
    if law_id.startswith("can/"):
        assert law.format == "justice-canada-xml" and law.warnings == ()
        assert all(p.kind == "section" and p.label == "" for p in citable)
    again = read_law(list(law.files), LawMeta(id=law_id))
    assert [p.eid for p in again.walk()] == eids


AMENDING_ACTS = [
    i for i in XML_LAWS if i.startswith("can/") and "i-2.5" not in i and "lipr" not in i
]


@pytest.mark.parametrize("law_id", AMENDING_ACTS)
def test_corpus_amending_acts_quote_without_creating_sections(law_id: str, corpus: Path) -> None:
    law = _corpus_law(law_id, corpus)
    targets = [i.target for p in law.walk() for i in p.inserted]
    assert targets, "an amending act quotes provisions"
    nums = [p.num for p in law.citable()]
    assert all(n.isdigit() or "." in n for n in nums)
    # the Criminal Code sections it enacts (279.01 ...) are quoted, never citable units here
    assert not [t for t in targets if "." in t and "(" not in t and t in nums]
    assert not [n for n in nums if n.startswith("279")]


def test_corpus_amending_acts_targets(corpus: Path) -> None:
    enacts = _corpus_law("can/criminal-code-trafficking-2005-c43", corpus)
    targets = {i.target for p in enacts.walk() for i in p.inserted}
    assert {"279.01", "279.02", "279.03", "279.04"} <= targets
    child = _corpus_law("can/criminal-code-child-trafficking-min-sentence-2010-c3", corpus)
    s2 = child.find("2")
    assert s2 is not None and [i.target for i in s2.inserted] == ["279.011"]
    c15 = _corpus_law("can/criminal-code-trafficking-2012-c15", corpus)
    assert {i.target for p in c15.walk() for i in p.inserted} == {"7(4.11)", "279.04"}


def test_corpus_irpa_english_and_french(corpus: Path) -> None:
    en = _corpus_law("can/immigration-refugee-protection-act-i-2.5", corpus)
    fr = _corpus_law("can/lipr-fr-xml", corpus)
    assert (en.language, fr.language, en.year) == ("en", "fr", 2001)
    assert dict(en.metadata)["title"] == "Immigration and Refugee Protection Act"
    s118 = en.find("118")
    assert s118 is not None and "trafficking" in s118.heading
    assert [c.num for c in s118.children] == ["1", "2"]
    f118 = fr.find("118")
    assert f118 is not None and "trafic" in f118.heading.lower()
    s117 = en.find("117")
    assert s117 is not None and [c.num for c in s117.children][:4] == ["1", "2", "3", "3.1"]
    assert s117.notes  # historical note
    # consolidations print other acts' related provisions after the act: never citable here
    first = [p.num.split(" ")[0] for p in en.citable()]  # "204 and 205" / "204 et 205"
    assert first == [p.num.split(" ")[0] for p in fr.citable()]
    assert "204 and 205" in [p.num for p in en.citable()]
    kinds_en = [p.kind for p in en.provisions]
    assert kinds_en.count("part") == 6 and kinds_en.count("schedule") == 3
    fr_divisions = [c for p in fr.provisions for c in p.children if c.kind == "division"]
    assert fr_divisions and fr_divisions[0].label == "SECTION"


def test_corpus_mexico_akn(corpus: Path) -> None:
    law = _corpus_law("mex/lgpsedmtp-2012", corpus)
    assert (law.format, law.language, law.country, law.year) == ("akn", "es", "MEX", 2012)
    assert not re.search(r"^\d+ de 60$", law.text, re.M)
    assert "Parlamentarios" not in law.text  # the running header of every page
    warnings = " ".join(law.warnings)
    assert "page-furniture" in warnings and "hierarchy is broken" in warnings
    a10 = law.find("10")
    assert a10 is not None and a10.kind == "article" and a10.label == "Artículo"
    assert not a10.text.startswith("Artículo")
    assert a10.notes and all("DOF" in n for n in a10.notes)
    nums = [p.num for p in law.citable()]
    assert nums[:126] == [str(i) for i in range(1, 127)]


def test_akn_attachment_crossheading_and_remarks() -> None:
    from lexcompare.sources import akn

    data = f"""<akomaNtoso xmlns="{AKN_NS}"><act><meta/>
      <body>
        <hcontainer name="crossheading"><heading>General</heading></hcontainer>
        <section eId="sec_1"><num>1.</num><heading>Scope</heading>
          <content><p>This Act applies everywhere.<remark>[Words repealed by Act 3 of 2030]</remark>
          </p></content></section>
      </body>
      <attachments><attachment eId="att_1"><doc name="schedule">
        <meta/><preface><p><docTitle>Schedule 1</docTitle></p></preface>
        <mainBody><paragraph eId="att_1__para_1"><num>1.</num>
          <content><p>First item.</p></content></paragraph></mainBody>
      </doc></attachment></attachments></act></akomaNtoso>""".encode()
    parsed = akn.read(data, Path("inline.xml"), "")
    kinds = [p.kind for p in parsed.provisions]
    assert kinds == ["hcontainer", "section", "schedule"]
    s1 = parsed.provisions[1]
    assert s1.text == "This Act applies everywhere."
    assert s1.notes == ("[Words repealed by Act 3 of 2030]",)
    sched = parsed.provisions[2]
    assert sched.heading == "Schedule 1" and sched.children[0].eid == "att_1__para_1"


def test_clml_statutory_instrument_articles() -> None:
    from lexcompare.sources import clml

    data = b"""<Legislation xmlns="http://www.legislation.gov.uk/namespaces/legislation"
      xmlns:ukm="http://www.legislation.gov.uk/namespaces/metadata"
      xmlns:dc="http://purl.org/dc/elements/1.1/"><ukm:Metadata><dc:title>Example Order 2031</dc:title>
      <ukm:SecondaryMetadata><ukm:DocumentClassification><ukm:DocumentCategory Value="secondary"/>
      <ukm:DocumentMinorType Value="order"/></ukm:DocumentClassification>
      <ukm:MadeDate Date="2031-02-01"/></ukm:SecondaryMetadata></ukm:Metadata>
      <Secondary><Body><P1group><Title>Citation</Title><P1><Pnumber>1</Pnumber>
      <P1para><Text>This Order may be cited as the Example Order 2031.</Text></P1para></P1>
      </P1group></Body></Secondary></Legislation>"""
    parsed = clml.read(data, Path("si.xml"), "")
    art = parsed.provisions[0]
    assert (art.kind, art.num, art.heading) == ("article", "1", "Citation")
    assert parsed.metadata["year"] == "2031"


def test_xmlsafe_parse_html_is_reusable_and_safe(tmp_path: Path) -> None:
    from lexcompare.errors import ParseError
    from lexcompare.sources.xmlsafe import parse_html

    root = parse_html(b"<html><body><p>Art. 1&nbsp;Text</p></body></html>", tmp_path / "a.html")
    assert "Art. 1" in "".join(root.itertext())
    with pytest.raises(ParseError):
        parse_html(
            b'<!DOCTYPE html [<!ENTITY x "y">]><html><body>&x;</body></html>', tmp_path / "b.html"
        )


def test_justice_canada_regulation_continued_text_and_definitions() -> None:
    from lexcompare.sources import justice_canada

    data = b"""<?xml version="1.0" encoding="utf-8"?><Regulation regulation-type="SOR" xml:lang="en"
      xmlns:lims="http://justice.gc.ca/lims"><Identification><InstrumentNumber>SOR/2031-5
      </InstrumentNumber><RegistrationDate><Date><YYYY>2031</YYYY><MM>2</MM><DD>3</DD></Date>
      </RegistrationDate><ShortTitle>Example Shelter Regulations</ShortTitle></Identification>
      <Body><Section><Label>1</Label><Text>In these Regulations,</Text><Definition><Text>
      <DefinedTermEn>shelter</DefinedTermEn> means</Text><Paragraph><Label>(a)</Label><Text>a
      house; or</Text></Paragraph><Paragraph><Label>(b)</Label><Text>a room.</Text></Paragraph>
      </Definition></Section><Section><Label>2</Label><Subsection><Label>(1)</Label><Text>Where
      </Text><Paragraph><Label>(a)</Label><Text>a victim asks, or</Text></Paragraph><Paragraph>
      <Label>(b)</Label><Text>a victim is a child,</Text></Paragraph><ContinuedSectionSubsection>
      <Text>shelter must be offered.</Text></ContinuedSectionSubsection></Subsection></Section>
      </Body></Regulation>"""
    parsed = justice_canada.read(data, Path("reg.xml"), "")
    assert parsed.metadata["instrument_number"] == "SOR/2031-5"
    assert parsed.metadata["year"] == "2031" and parsed.metadata["title"].startswith("Example")
    s1, s2 = parsed.provisions
    definition = s1.children[0]
    assert definition.kind == "item" and [c.num for c in definition.children] == ["a", "b"]
    sub = s2.children[0]
    assert sub.text == "Where\nshelter must be offered."
    assert parsed.text.index("a victim is a child") < parsed.text.index("shelter must be")
