"""Table-driven tests of the segmenter on small snippets written for these tests (no statute text)."""

from __future__ import annotations

import time

import pytest

from lexcompare.model import Provision
from lexcompare.segment import Hints, clean_num, num_key, segment, split_body, subdivide
from lexcompare.text import normalise
from lexcompare.tree import Node


def units(text: str, lang: str = "", hints: Hints | None = None) -> list[Provision]:
    res = segment(normalise(text), lang, hints=hints)
    out: list[Provision] = []

    def walk(ps: tuple[Provision, ...]) -> None:
        for p in ps:
            if p.is_citable:
                out.append(p)
            else:
                walk(p.children)

    walk(res.provisions)
    return out


def nums(text: str, lang: str = "") -> list[str]:
    return [p.num for p in units(text, lang)]


# --------------------------------------------------------------------------------------------
# Numbering styles: (id, text, [(label, num), ...])
# --------------------------------------------------------------------------------------------

STYLES = [
    (
        "en-section",
        "Section 1. Short title\nThis Act is the Test Act.\n\nSection 2. Scope\nIt "
        "applies to every person.",
        [("Section", "1"), ("Section", "2")],
    ),
    (
        "en-sec-abbrev",
        "Sec. 1. Name.—This Act is the Sample Act.\nSec. 2. Purpose.—It protects "
        "people.\nSec. 3. Force.—It applies at once.",
        [("Sec.", "1"), ("Sec.", "2"), ("Sec.", "3")],
    ),
    (
        "fr-premier",
        "Article premier\nLa présente loi règle les essais.\n\nArticle 2\nElle s'applique partout.",
        [("Article", "1"), ("Article", "2")],
    ),
    (
        "fr-1er",
        "Art. 1er.\nLe texte vaut pour tous.\n\nArt. 2.\nIl entre en vigueur demain.",
        [("Art.", "1"), ("Art.", "2")],
    ),
    (
        "fr-hyphenated",
        "Article 225-4-1\nPremier texte.\n\nArticle 225-4-2\nSecond texte.\n\n"
        "Article 225-4-10\nTroisième texte.",
        [("Article", "225-4-1"), ("Article", "225-4-2"), ("Article", "225-4-10")],
    ),
    (
        "fr-code-letters",
        "Article L425-1\nUn texte.\n\nArticle L425-2\nUn autre.\n\nArticle R425-1\nUn décret.",
        [("Article", "L425-1"), ("Article", "L425-2"), ("Article", "R425-1")],
    ),
    (
        "es-ordinal",
        "Artículo 5º.- Objeto. La ley protege a las víctimas.\n\nArtículo 6º.- Ámbito. "
        "Rige en todo el país.",
        [("Artículo", "5"), ("Artículo", "6")],
    ),
    (
        "es-bis-ter",
        "ARTICULO 145.- Primer texto de prueba.\n\nARTICULO 145 bis.- Segundo texto de "
        "prueba.\n\nARTICULO 145 ter.- Tercer texto de prueba.",
        [("ARTICULO", "145"), ("ARTICULO", "145 bis"), ("ARTICULO", "145 ter")],
    ),
    ("es-unico", "Artículo único.- Apruébase el texto adjunto.", [("Artículo", "único")]),
    (
        "pt-letter",
        "Art. 149. Texto de ensaio.\n\nArt. 149-A. Outro texto de ensaio.\n\nArt. 150. "
        "Mais um texto.",
        [("Art.", "149"), ("Art.", "149-A"), ("Art.", "150")],
    ),
    (
        "de-paragraph",
        "§ 232 Beispielnorm\n(1) Wer etwas tut, wird bestraft.\n\n§ 232a Zweite Norm\n"
        "(1) Wer anderes tut, auch.\n\n§ 233 Dritte Norm\nText.",
        [("§", "232"), ("§", "232a"), ("§", "233")],
    ),
    (
        "nl-artikel",
        "Artikel 273f\nEen bepaling voor de proef.\n\nArtikel 274\nNog een bepaling.",
        [("Artikel", "273f"), ("Artikel", "274")],
    ),
    (
        "it-articolo",
        "Articolo 600\nUna norma di prova.\n\nArticolo 601\nUn'altra norma.",
        [("Articolo", "600"), ("Articolo", "601")],
    ),
    (
        "ca-quater",
        "Article 28 ter. Títol\nText de prova.\n\nArticle 28 quater. Altre títol\nMés text.",
        [("Article", "28 ter"), ("Article", "28 quater")],
    ),
    (
        "el-letter",
        "Άρθρο 323\nΚείμενο δοκιμής.\n\nΆρθρο 323Α\nΆλλο κείμενο.\n\nΆρθρο 324\nΤρίτο.",
        [("Άρθρο", "323"), ("Άρθρο", "323Α"), ("Άρθρο", "324")],
    ),
    ("cs-paragraph", "§ 168\nPrvní text.\n\n§ 169\nDruhý text.", [("§", "168"), ("§", "169")]),
    (
        "sk-clanok",
        "Článok 5\nPrvý text.\n\nČlánok 6\nDruhý text.",
        [("Článok", "5"), ("Článok", "6")],
    ),
    (
        "pl-art",
        "Art. 189.\nPierwszy przepis.\n\nArt. 189a.\nDrugi przepis.",
        [("Art.", "189"), ("Art.", "189a")],
    ),
    ("hu-postfix", "192. §\nElső szöveg.\n\n193. §\nMásodik szöveg.", [("§", "192"), ("§", "193")]),
    (
        "ar-madda-digits",
        "المادة ١\nنص تجريبي أول.\n\nالمادة ٢\nنص تجريبي ثان.",
        [("المادة", "1"), ("المادة", "2")],
    ),
    (
        "ar-madda-ordinal",
        "المادة الأولى\nنص تجريبي أول.\n\nالمادة الثانية\nنص تجريبي ثان.",
        [("المادة", "1"), ("المادة", "2")],
    ),
    (
        "ar-fasl-maghreb",
        "الفصل 448-1\nنص تجريبي أول.\nالفصل 448-2\nنص تجريبي ثان.\nالفصل 448-3\nنص ثالث.",
        [("الفصل", "448-1"), ("الفصل", "448-2"), ("الفصل", "448-3")],
    ),
    (
        "ka-mukhli",
        "მუხლი 1 პირველი\nტექსტი.\n\nმუხლი 2 მეორე\nტექსტი.",
        [("მუხლი", "1"), ("მუხლი", "2")],
    ),
    ("zh-tiao", "第 1 條\n測試條文。\n\n第 2 條\n另一條文。", [("第", "1"), ("第", "2")]),
    (
        "canada-bare",
        "279 Kidnapping\n(1) A first rule.\n\n279.01 Trafficking in persons\n(1) A "
        "second rule.\n\n279.011 Trafficking of a minor\n(1) A third rule.\n\n279.02 Material "
        "benefit\n(1) A fourth rule.",
        [("", "279"), ("", "279.01"), ("", "279.011"), ("", "279.02")],
    ),
    (
        "commonwealth",
        "3.—(1) A person shall not do the first thing.\n(2) Nor the second.\n\n"
        "4.—(1) Another rule applies.\n(2) And another.\n\n5.—(1) Last rule.",
        [("", "3"), ("", "4"), ("", "5")],
    ),
    (
        "indian-dash",
        "1. Short title, extent and commencement.—(1) This Act may be cited as the "
        "Sample Act.\n(2) It extends everywhere.\n\n2. Definitions.—In this Act, words mean what "
        "they say.",
        [("", "1"), ("", "2")],
    ),
]


@pytest.mark.parametrize(
    "text,expected", [(t, e) for _, t, e in STYLES], ids=[i for i, _, _ in STYLES]
)
def test_numbering_styles(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(p.label, p.num) for p in units(text)]
    assert got == expected


def test_nordic_chapter_sections() -> None:
    text = (
        "1 kap. Om brott\n\n1 §\nEn första regel.\n\n2 §\nEn andra regel.\n\n"
        "4 kap. Om brott mot friheten\n\n1 §\nEn tredje regel.\n\n1 a §\nEn fjärde regel."
    )
    assert nums(text) == ["1:1", "1:2", "4:1", "4:1a"]


# --------------------------------------------------------------------------------------------
# Containers
# --------------------------------------------------------------------------------------------


def test_containers_nest_in_the_order_the_document_uses() -> None:
    text = (
        "Erster Teil\n\nErster Abschnitt - Grundsätze\n\n§ 1 Eins\nText eins.\n\n"
        "Zweiter Titel - Unterteil\n\n§ 2 Zwei\nText zwei.\n\nZweiter Abschnitt - Weiteres\n\n"
        "§ 3 Drei\nText drei."
    )
    res = segment(normalise(text))
    (part,) = res.provisions
    assert (part.kind, part.num) == ("part", "1")
    div1, div2 = part.children
    assert (div1.kind, div1.num, div1.heading) == ("division", "1", "Grundsätze")
    assert [c.kind for c in div1.children] == ["section", "title"]
    assert div1.children[1].children[0].num == "2"
    assert (div2.kind, div2.num) == ("division", "2")
    assert [p.num for p in div2.children] == ["3"]


@pytest.mark.parametrize(
    "heading,kind,num",
    [
        ("CHAPTER II", "chapter", "II"),
        ("Titre Ier : Des peines", "title", "I"),
        ("Capítulo I", "chapter", "I"),
        ("LIBRO SEGUNDO", "book", "2"),
        ("ČÁST PRVNÍ", "part", "1"),
        ("Livre II", "book", "II"),
        ("HLAVA III", "title", "III"),
        ("1. Kapitel: Allgemeines", "chapter", "1"),
        ("Hoofdstuk 3", "chapter", "3"),
        ("Capítol segon. Títol", "chapter", "2"),
    ],
)
def test_container_headings(heading: str, kind: str, num: str) -> None:
    res = segment(normalise(f"{heading}\n\nArticle 1\nText of the test.\n\nArticle 2\nMore."))
    top = res.provisions[0]
    assert (top.kind, top.num) == (kind, num)
    assert [p.num for p in top.children] == ["1", "2"]


def test_french_section_is_a_container_in_an_article_code() -> None:
    text = (
        "Chapitre Ier : Des principes\n\nSection 1 : Des infractions\n\nArticle 113-1\nTexte.\n\n"
        "Article 113-2\nTexte.\n\nSection 2 : Des autres\n\nArticle 113-3\nTexte."
    )
    res = segment(normalise(text))
    chap = res.provisions[0]
    assert [c.kind for c in chap.children] == ["division", "division"]
    assert [p.num for p in units(text)] == ["113-1", "113-2", "113-3"]


def test_table_of_contents_before_the_first_unit_is_no_structure() -> None:
    text = (
        "TITULO I\nTITULO II\nTITULO III\n\nTITULO I\nDISPOSICIONES\n\nArtículo 1.- Texto uno.\n\n"
        "TITULO II\nPENAS\n\nArtículo 2.- Texto dos."
    )
    res = segment(normalise(text))
    assert [(p.kind, p.num) for p in res.provisions] == [("title", "I"), ("title", "II")]


# --------------------------------------------------------------------------------------------
# Cross-references are not headings
# --------------------------------------------------------------------------------------------

IMPOSTORS = [
    (
        "reference-of",
        "Article 1\nThe rules of\nArticle 5 of the Convention apply.\n\nArticle 2\nText.",
        ["1", "2"],
    ),
    (
        "lowercase-label",
        "Artículo 1.- Conforme al\nartículo 145 bis del Código Penal se castiga.\n\n"
        "Artículo 2.- Otro texto.",
        ["1", "2"],
    ),
    (
        "statute-abbreviation",
        "§ 1 Eins\nDie Vorschrift gilt nach\n§ 232 StGB entsprechend.\n\n§ 2 Zwei\nText.",
        ["1", "2"],
    ),
    (
        "continuation",
        "Section 1. Rule\nA person who breaks a rule in this Act or in the\n"
        "Section 9 of the other Act, is liable.\n\nSection 2. Other\nText.",
        ["1", "2"],
    ),
    (
        "out-of-sequence",
        "Article 1\nText one.\n\nArticle 2\nText two, which cites:\n\nArticle 500\n"
        "\nArticle 3\nText three.\n\nArticle 4\nText four.",
        ["1", "2", "3", "4"],
    ),
    (
        "absatz-reference",
        "Art. 1 Eins\nText.\n\nArt. 2 Zwei\nNach\nArt. 1 Abs. 2 gilt das.\n\nArt. 3 Drei\nText.",
        ["1", "2", "3"],
    ),
]


@pytest.mark.parametrize(
    "text,expected", [(t, e) for _, t, e in IMPOSTORS], ids=[i for i, _, _ in IMPOSTORS]
)
def test_cross_references_are_not_headings(text: str, expected: list[str]) -> None:
    assert nums(text) == expected


def test_inline_reference_keeps_text_in_its_unit() -> None:
    text = "Article 1\nThe rules of\nArticle 5 of the Convention apply.\n\nArticle 2\nText."
    first = units(text)[0]
    assert "Convention" in first.full_text()


# --------------------------------------------------------------------------------------------
# Editorial notes
# --------------------------------------------------------------------------------------------

NOTES = [
    (
        "es-modificado",
        "Artículo 1.- Texto vigente de prueba.\n(Artículo sustituido por art. 2 de la "
        "Ley N° 1.234 B.O. 1/1/2000)\n\nArtículo 2.- Otro.",
        "sustituido",
    ),
    (
        "de-fassung",
        "Art. 1 Eins\n1 Ein Satz.\nFassung gemäss Ziff. I des BG vom 1. Jan. 2000 "
        "(AS 2000 1; BBl 1999 1).\n\nArt. 2 Zwei\nText.",
        "Fassung",
    ),
    (
        "fr-teneur",
        "Art. 1 Un\nUne phrase.\nNouvelle teneur selon le ch. I de la LF du 1er janv. "
        "2000 (RO 2000 1; FF 1999 1).\n\nArt. 2 Deux\nTexte.",
        "Nouvelle teneur",
    ),
    (
        "spij-star",
        "Artículo 1.- Texto de prueba.\n(*) Artículo modificado por el Artículo 1 de la "
        "Ley N° 1, publicada el 01 enero 2000.\n\nArtículo 2.- Otro.",
        "modificado",
    ),
    (
        "en-amended",
        "Section 1. Rule\nA rule.\nAmended by Act No. 2 of 2001.\n\nSection 2. Other\nText.",
        "Amended",
    ),
]


@pytest.mark.parametrize("text,word", [(t, w) for _, t, w in NOTES], ids=[i for i, _, _ in NOTES])
def test_editorial_notes_are_kept_apart(text: str, word: str) -> None:
    first = units(text)[0]
    assert word not in first.full_text()
    assert any(word in n for p in first.walk() for n in p.notes)


def test_hint_notes_from_a_reader() -> None:
    text = normalise("Section 1. Rule\nA rule.\nHistory: 2001 c. 3\n\nSection 2. Other\nText.")
    hint_at = text.index("History")
    (first, _second) = units(text, hints=Hints(notes=frozenset({hint_at})))
    assert first.text == "A rule." and first.notes == ("History: 2001 c. 3",)


# --------------------------------------------------------------------------------------------
# Amending acts: quoted provisions stay inside the amending provision
# --------------------------------------------------------------------------------------------


def test_spanish_replacement_in_other_case_style() -> None:
    text = (
        "ARTICULO 1° — Sustitúyese el artículo 2° de la ley 100 por el siguiente:\n"
        "Artículo 2°: Se entiende por prueba cualquier cosa.\n\n"
        "ARTICULO 2° — Incorpórase como artículo 145 bis del Código Penal el siguiente:\n"
        "Artículo 145 bis: Será reprimido quien haga algo.\n\nARTICULO 3° — Comuníquese."
    )
    us = units(text)
    assert [p.num for p in us] == ["1", "2", "3"]
    assert [(i.target, i.label) for i in us[0].inserted] == [("2", "Artículo")]
    assert [i.target for i in us[1].inserted] == ["145 bis"]
    ins = us[1].inserted[0]
    full = normalise(text)
    assert full[ins.start : ins.end].startswith("Artículo 145 bis")
    assert us[1].start <= ins.start < ins.end <= us[1].end


def test_english_quoted_sections() -> None:
    text = (
        "SECTION 1. Section 3 of the Principal Act is amended to read as follows:\n"
        '"SEC. 3. Definitions. — In this Act words mean things.\n(a) Child means a minor."\n\n'
        "SEC. 2. Section 4 of the Principal Act is amended to read as follows:\n"
        '"SEC. 4. Offences. — It is unlawful to harm."\n\n'
        "SEC. 3. Effectivity. — This Act takes effect at once."
    )
    us = units(text)
    assert [(p.label, p.num) for p in us] == [("SECTION", "1"), ("SEC.", "2"), ("SEC.", "3")]
    assert [i.target for i in us[0].inserted] == ["3"]
    assert [i.target for i in us[1].inserted] == ["4"]


def test_catalan_inline_insertion() -> None:
    text = (
        "Article 1. Addició\nS'afegeix un nou article 28 quater: “Article 28 quater. Títol de "
        "prova. El text afegit.”\n\nArticle 2. Entrada en vigor\nAquesta llei entra en vigor."
    )
    us = units(text)
    assert [p.num for p in us] == ["1", "2"]
    assert [i.target for i in us[0].inserted] == ["28 quater"]


def test_unquoted_insertion_by_number_jump() -> None:
    text = (
        "1 Section 7 of the Act is amended by adding the following after subsection (4):\n"
        "(4.1) Every one who does a thing is guilty.\n\n"
        "2 The Act is amended by adding the following after section 279:\n"
        "279.01 Trafficking in persons\n(1) Every person who does a thing is guilty.\n\n"
        "279.02 Material benefit\n(1) Every person who profits is guilty.\n\n"
        "3 This Act comes into force on assent."
    )
    us = units(text)
    assert [p.num for p in us] == ["1", "2", "3"]
    assert [i.target for i in us[1].inserted] == ["279.01", "279.02"]


def test_multi_paragraph_quotation_with_quote_at_each_paragraph() -> None:
    text = (
        "Artículo 1.- Intercálase en el Código el siguiente párrafo:\n"
        '"5 bis. De los delitos de prueba\n'
        '"Artículo 411 bis.- Primer delito de prueba.\n'
        "Artículo 411 ter.- Segundo delito de prueba.\n"
        'Artículo 411 quater.- Tercer delito de prueba.".\n\n'
        "Artículo 2.- Derógase lo demás."
    )
    us = units(text)
    assert [p.num for p in us] == ["1", "2"]
    assert [i.target for i in us[0].inserted] == ["411 bis", "411 ter", "411 quater"]


def test_quoted_headings_of_a_consolidation_are_not_insertions() -> None:
    text = (
        'Artículo 1.- Texto uno.\n\n"Artículo 2.- Texto dos, modificado."\n\n'
        "Artículo 3.- Texto tres."
    )
    assert nums(text) == ["1", "2", "3"]


# --------------------------------------------------------------------------------------------
# Subdivisions
# --------------------------------------------------------------------------------------------


def kids(node_list: list[Node]) -> list[tuple[str, str, list[object]]]:
    return [(n.kind, n.num, kids(n.children)) for n in node_list]


def test_subdivide_nesting_and_offsets() -> None:
    body = (
        "Intro words.\n(1) First.\n(a) alpha;\n(b) beta:\n(i) one;\n(ii) two.\n"
        "(2) Second.\n(a) gamma."
    )
    own, nodes = subdivide(body, offset=100)
    assert own == "Intro words."
    assert kids(nodes) == [
        (
            "subsection",
            "1",
            [
                ("paragraph", "a", []),
                ("paragraph", "b", [("subparagraph", "i", []), ("subparagraph", "ii", [])]),
            ],
        ),
        ("subsection", "2", [("paragraph", "a", [])]),
    ]
    first = nodes[0]
    assert body[first.start - 100 :].startswith("(1) First.")
    assert first.end - 100 == body.index("(2)") - 1


def test_roman_i_after_h_is_a_letter() -> None:
    body = "\n".join(f"({c}) item {c};" for c in "abcdefghij")
    _, nodes = subdivide(body)
    assert [n.num for n in nodes] == list("abcdefghij")
    assert {n.kind for n in nodes} == {"paragraph"}


@pytest.mark.parametrize(
    "body,expected",
    [
        ("1° premier;\n2° second.", ["1", "2"]),
        ("a) primero;\nb) segundo.", ["a", "b"]),
        ("1. uno;\n2. dos;\n3. tres.", ["1", "2", "3"]),
        ("1) eins;\n2) zwei.", ["1", "2"]),
        ("1 Wer etwas tut, wird bestraft.\n2 Der Versuch ist strafbar.", ["1", "2"]),
    ],
    ids=["degree", "letter-paren", "digit-dot", "digit-paren", "fedlex-bare"],
)
def test_subdivision_marker_styles(body: str, expected: list[str]) -> None:
    _, nodes = subdivide(body)
    assert [n.num for n in nodes] == expected


def test_commonwealth_section_with_subsections_on_the_heading_line() -> None:
    (sec,) = units("3.—(1) A person shall not do it.\n(2) A person shall not help.")
    assert sec.num == "3" and [c.num for c in sec.children] == ["1", "2"]


def test_german_absaetze() -> None:
    (p,) = units(
        "§ 5 Norm\n(1) Erster Absatz.\n(2) Zweiter Absatz.\n1. eine Nummer,\n2. noch eine."
    )
    assert [c.num for c in p.children] == ["1", "2"]
    assert [c.num for c in p.children[1].children] == ["1", "2"]


def test_spanish_unnumbered_paragraphs_stay_in_own_text() -> None:
    (p,) = units(
        "Artículo 7.- Primer párrafo del artículo.\nSegundo párrafo sin número.\n"
        "Tercer párrafo sin número."
    )
    assert p.children == ()
    assert p.text.count("\n") == 2


def test_marginal_note_before_subsection_is_its_heading() -> None:
    (p,) = units("279.01 Trafficking\n(1) A first rule.\nConsent\n(2) No consent is valid.")
    assert p.children[1].heading == "Consent"
    assert "Consent" not in p.children[0].text


def test_split_body_returns_notes() -> None:
    body = split_body("Text.\n(*) Artículo modificado por la Ley 1, publicada el 01 enero 2000.")
    assert body.text == "Text." and len(body.notes) == 1


# --------------------------------------------------------------------------------------------
# Numbers, hints, determinism, speed
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw,num",
    [
        ("5º", "5"),
        ("1er", "1"),
        ("premier", "1"),
        ("145 BIS", "145 bis"),
        ("٤٤٨", "448"),
        ("الأولى", "1"),
        ("R*122-1", "R*122-1"),
        ("L. 425-1", "L425-1"),
        ("232 a", "232a"),
        ("πρώτο", "1"),
    ],
)
def test_clean_num(raw: str, num: str) -> None:
    assert clean_num(raw) == num


def test_num_key_orders_designations() -> None:
    order = [
        "5",
        "5a",
        "5 bis",
        "5.1",
        "6",
        "279.01",
        "279.011",
        "279.02",
        "279.1",
        "L425-1",
        "R425-1",
    ]
    keys = [num_key(n) for n in order]
    assert keys[:9] == sorted(keys[:9]) and keys[9] < keys[10]


def test_markup_headings_are_trusted_over_sequence() -> None:
    # numbering that goes backwards (historical versions, out-of-order consolidations)
    text = normalise("Article 5\nOne.\n\nArticle 3\nTwo.\n\nArticle 4\nThree.\n\nArticle 9\nFour.")
    heads = {
        i: 5
        for i in range(len(text))
        if i == 0 or text[i - 1] == "\n"
        if text[i:].startswith("Article")
    }
    assert [p.num for p in units(text, hints=Hints(headings=heads))] == ["5", "3", "4", "9"]


def test_no_headings_gives_a_warning_not_an_error() -> None:
    res = segment("Just a paragraph of text without any designation at all.")
    assert res.provisions == () and res.warnings


def test_deterministic() -> None:
    text = normalise("\n\n".join(f"Article {i}\nText {i}.\n(1) a.\n(2) b." for i in range(1, 50)))
    a = [p.eid for top in segment(text).provisions for p in top.walk()]
    b = [p.eid for top in segment(text).provisions for p in top.walk()]
    assert a == b and len(a) == len(set(a))


def test_large_text_is_fast() -> None:
    chunk = (
        "Section {n}. Heading number {n}\n(1) A person who does a thing in relation to "
        "section {m} is guilty.\n(a) first case;\n(b) second case.\n(2) Another rule.\n\n"
    )
    text = normalise("".join(chunk.format(n=i, m=i + 7) for i in range(1, 12000)))
    assert len(text) > 1_500_000
    t0 = time.perf_counter()
    res = segment(text)
    assert time.perf_counter() - t0 < 60
    assert sum(1 for p in res.provisions if p.is_citable) == 11999
