"""Readers for HTML pages, PDFs with a text layer and provisions JSON scrapes.

Unit tests run on synthetic fixtures (invented wording) in tests/fixtures/{html,json} and on PDFs
built at test time; corpus tests read the real laws from LEXCOMPARE_CORPUS at run time.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pypdf
import pytest

from lexcompare import corpus as c
from lexcompare.errors import ParseError, SourceError
from lexcompare.model import Provision
from lexcompare.sources import ParsedSource, html, pdf, provisions_json
from lexcompare.sources.notes import anchor, strip_anchors, strip_editorial
from lexcompare.sources.provisions_json import break_inline_markers, designation_at

FIXTURES = Path(__file__).parent / "fixtures"


# --------------------------------------------------------------------------------------------
# helpers


def read_fixture(kind: str, name: str, lang: str = "") -> ParsedSource:
    path = FIXTURES / kind / name
    reader = {"json": provisions_json.read, "html": html.read, "pdf": pdf.read}[kind]
    return reader(path.read_bytes(), path, lang)


def walk(provisions: tuple[Provision, ...]) -> list[Provision]:
    out: list[Provision] = []
    for p in provisions:
        out.extend(p.walk())
    return out


def citable(provisions: tuple[Provision, ...]) -> list[Provision]:
    out: list[Provision] = []
    for p in provisions:
        if p.is_citable:
            out.append(p)
        else:
            out.extend(citable(p.children))
    return out


def by_num(provisions: tuple[Provision, ...], num: str) -> Provision:
    found = [p for p in citable(provisions) if p.num == num]
    assert found, f"no citable provision {num!r} in {[p.num for p in citable(provisions)]}"
    return found[0]


def check_offsets(parsed: ParsedSource) -> None:
    for p in walk(parsed.provisions):
        assert 0 <= p.start <= p.end <= len(parsed.text), p.eid
        if p.text:
            first = p.text.split("\n")[0][:25]
            assert first in parsed.text[p.start : p.end], (p.eid, first)
    eids = [p.eid for p in walk(parsed.provisions)]
    assert len(eids) == len(set(eids))


def make_pdf(
    pages: list[list[tuple[float, float, float, str]]],
    *,
    width: int = 400,
    height: int = 560,
    drawing_only: bool = False,
    title: str = "",
) -> bytes:
    """A minimal PDF: each page is a list of (x, y, font size, text) drawn in Helvetica."""
    objs: list[bytes] = [b"", b""]
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    kids: list[int] = []
    for items in pages:
        if drawing_only:
            stream = b"0.5 g 40 40 300 400 re f"
        else:
            ops = []
            for x, y, size, text in items:
                t = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(b"BT /F1 %g Tf %g %g Td (%s) Tj ET" % (size, x, y, t.encode("cp1252")))
            stream = b"\n".join(ops)
        objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content_id = len(objs)
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font "
            b"<< /F1 3 0 R >> >> /Contents %d 0 R >>" % (width, height, content_id)
        )
        kids.append(len(objs))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    info = b""
    if title:
        objs.append(b"<< /Title (%s) >>" % title.encode("latin-1"))
        info = b" /Info %d 0 R" % len(objs)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (i, obj))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objs) + 1, info, xref)
    )
    return out.getvalue()


def sample_act_pdf() -> bytes:
    """Three pages of an invented act printed like a Commonwealth gazette: running header and
    page number, body at 10 pt, marginal notes at 8 pt beside the sections (printed after the
    body, as typesetters do), a word hyphenated at a line break, a footnote with its marker."""
    header = "Sample Carriers Act, No. 3 of 2020"
    p1 = [
        (60, 530, 10, header),
        (330, 530, 10, "1"),
        (40, 480, 10, "1. This Act may be cited as the Sample Carriers Act, No. 3"),
        (40, 468, 10, "of 2020."),
        (40, 440, 10, "2. (1) A carrier who transports a person for exploitation"),
        (40, 428, 10, "commits an offence and is liable to imprison-"),
        (40, 416, 10, "ment for a term not exceeding ten years."),
        (40, 398, 10, "(2) In this section and in sub-section (1) of section 3,"),
        (40, 386, 10, '"carrier" means any person who moves passengers.'),
        (312, 482, 8, "Short title."),
        (312, 442, 8, "Offence of"),
        (312, 433, 8, "transport for"),
        (312, 424, 8, "exploitation."),
    ]
    p2 = [
        (60, 530, 10, header),
        (330, 530, 10, "2"),
        (40, 480, 10, "3. (1) The Minister may order an inspection of any"),
        (40, 468, 10, "vehicle used by a carrier."),
        (40, 450, 10, "(2) An order under sub-"),
        (40, 438, 10, "section (1) shall be published in the Gazette"),
        (120, 444, 6, "1"),
        (40, 426, 10, "without delay."),
        (40, 60, 7, "1 The Gazette is published every Friday by the Printer."),
        (312, 482, 8, "Inspections."),
    ]
    p3 = [
        (60, 530, 10, header),
        (330, 530, 10, "3"),
        (40, 480, 10, "4. This Act shall come into operation on the date of its"),
        (40, 468, 10, "publication."),
        (312, 482, 8, "Commencement."),
    ]
    return make_pdf([p1, p2, p3], title="Sample Carriers Act")


# --------------------------------------------------------------------------------------------
# provisions JSON: synthetic fixtures


def test_json_structure_containers_and_nums() -> None:
    parsed = read_fixture("json", "synthetic_act.json", "en")
    check_offsets(parsed)
    parts = [p for p in parsed.provisions if p.kind == "part"]
    assert [(p.num, p.heading) for p in parts] == [
        ("I", "Preliminary"),
        ("II", "Offences"),
        ("III", "Final provisions"),
    ]
    nums = [p.num for p in citable(parsed.provisions)]
    assert nums == ["1", "2", "3", "4", "5", "6", "7"]  # 10B is quoted, 6 was run into 5
    assert all(p.kind == "section" and p.label == "Section" for p in citable(parsed.provisions))
    assert parsed.metadata["title"] == "Sample Protection Act"
    assert parsed.metadata["year"] == "2019"
    assert parsed.metadata["source_url"].startswith("https://example.org/")
    assert parsed.metadata["definitions"] == "2"


def test_json_html_content_runin_title_and_subdivisions() -> None:
    parsed = read_fixture("json", "synthetic_act.json", "en")
    s2 = by_num(parsed.provisions, "2")
    assert s2.heading == "Interpretation"
    assert [c.num for c in s2.children] == ["a", "b"]
    assert "<p>" not in parsed.text and "&quot;" not in parsed.text
    s3 = by_num(parsed.provisions, "3")
    assert s3.heading == "Offence of exploitation"  # run-in title split from its body text
    assert [c.num for c in s3.children] == ["1", "2", "3"]  # one-line scrape re-broken
    assert "recruits another person" in s3.full_text()


def test_json_quoted_records_are_insertions_not_provisions() -> None:
    parsed = read_fixture("json", "synthetic_act.json", "en")
    s4 = by_num(parsed.provisions, "4")
    assert {i.target for i in s4.inserted} == {"10A", "10B"}
    for ins in s4.inserted:
        assert s4.start <= ins.start < ins.end <= s4.end
    assert "Nobody shall buy a person" in s4.full_text()
    assert not [p for p in citable(parsed.provisions) if p.num in ("10A", "10B")]
    assert any("quoted" in w for w in parsed.warnings)


def test_json_embedded_provision_and_web_residue() -> None:
    parsed = read_fixture("json", "synthetic_act.json", "en")
    assert "comes into force" in by_num(parsed.provisions, "6").full_text()
    assert "comes into force" not in by_num(parsed.provisions, "5").full_text()
    assert "var tree" not in parsed.text
    assert any("residue" in w for w in parsed.warnings)


def test_json_chapter_restart_prefixes_chapter_and_moves_notes() -> None:
    parsed = read_fixture("json", "chapters_restart.json", "sv")
    nums = [p.num for p in citable(parsed.provisions)]
    assert nums[:6] == ["1:1", "1:2", "1:3", "2:1", "2:1a", "2:2"]
    p = by_num(parsed.provisions, "2:1a")
    assert p.notes == ("Lag (2010:5).",)
    assert "Lag (2010:5)" not in parsed.text
    assert [c.kind for c in parsed.provisions] == ["chapter"] * 3


def test_json_list_of_records_shape() -> None:
    parsed = read_fixture("json", "list_records.json", "en")
    check_offsets(parsed)
    assert [p.num for p in citable(parsed.provisions)] == ["1", "2", "2A", "3"]
    p = by_num(parsed.provisions, "2A")
    assert (p.kind, p.label, p.heading) == ("section", "Section", "Trafficking of persons")
    assert [c.heading for c in parsed.provisions] == ["introduction", "offences against the person"]


def test_json_records_without_numbers_are_flagged() -> None:
    parsed = read_fixture("json", "sections_shape.json", "en")
    cit = citable(parsed.provisions)
    assert len(cit) == 3 and all(not p.num and p.heading for p in cit)
    assert [c.num for c in cit[0].children] == ["1", "2"]
    assert any("no provision number" in w for w in parsed.warnings)


@pytest.mark.parametrize(
    ("name", "words"),
    [("page_extraction.json", "PDF"), ("metadata_only.json", "metadata")],
    ids=["pdf-page-extraction", "metadata-file"],
)
def test_json_files_that_are_not_provisions_are_refused(name: str, words: str) -> None:
    with pytest.raises(ParseError) as err:
        read_fixture("json", name)
    assert words in str(err.value) and err.value.remedy


@pytest.mark.parametrize(
    "data",
    [b'{"provisions": [', b'{"provisions": []}', b'["a", "b"]', b"\xff\xfe{]"],
    ids=["truncated", "empty", "strings", "not-utf8"],
)
def test_json_malformed_input_raises_parse_error(data: bytes) -> None:
    with pytest.raises(ParseError):
        provisions_json.read(data, Path("x.json"), "")


@pytest.mark.parametrize(
    ("printed", "label", "num"),
    [
        ("Artículo 5º.- Objeto", "Artículo", "5"),
        ("ARTICULO 145 bis. El que", "ARTICULO", "145 bis"),
        ('ARTICULO 225 "A". Será', "ARTICULO", "225A"),
        ("1. § (1) Aki", "§", "1"),
        ("147 straipsnis. Prekyba", "straipsnis", "147"),
        ("227. gr. a.\n[Hverjum", "gr.", "227a"),
        ("Madde 80 - (1)", "Madde", "80"),
        ("Članak 106.", "Članak", "106"),
        ("第 2 條", "條", "2"),
        ("Điều 150.Tội", "Điều", "150"),
        ("Article (1)", "Article", "1"),
        ("Стаття 149. Торгівля", "Стаття", "149"),
    ],
)
def test_designation_at(printed: str, label: str, num: str) -> None:
    d = designation_at(printed)
    assert d is not None and (d.label, d.num) == (label, num)


@pytest.mark.parametrize(
    ("section", "ref", "num"),
    [
        ("226_2", "art-226_2", "226-2"),
        ("259^2", "art259_2", "259-2"),
        ("15.a", "15.a", "15a"),
        ("PRIMERO", "artprimero", "1"),
        ("262 a", "26:262a", "262a"),
        ("22AA", "s22AA", "22AA"),
    ],
)
def test_json_num_from_fields(section: str, ref: str, num: str) -> None:
    data = {"provisions": [{"provision_ref": ref, "section": section, "content": "Text."}]}
    parsed = provisions_json.read(json.dumps(data).encode(), Path("x.json"), "")
    assert [p.num for p in citable(parsed.provisions)] == [num]


def test_break_inline_markers_only_at_clause_ends_in_sequence() -> None:
    text = "(1) A rule applies. (2) It ends; see paragraph (1) here. (3) Last: (a) one; (b) two."
    assert break_inline_markers(text).split("\n") == [
        "(1) A rule applies.",
        "(2) It ends; see paragraph (1) here.",
        "(3) Last:",
        "(a) one;",
        "(b) two.",
    ]


def test_strip_editorial_annotations() -> None:
    text, notes = strip_editorial("Art. 5 O texto segue (Redação dada pela Lei nº 1, de 2000).")
    assert text == "Art. 5 O texto segue." and notes == ["(Redação dada pela Lei nº 1, de 2000)"]


def test_anchors_leave_no_trace() -> None:
    clean, found = strip_anchors(f"Intro\n{anchor(0)}\nArt. 1 text {anchor(1)} more {anchor(2)}\n")
    assert clean == "Intro\nArt. 1 text more"
    assert [k for _, k in found] == [0, 1, 2] and clean[found[0][0] :].startswith("Art. 1")


# --------------------------------------------------------------------------------------------
# HTML: synthetic fixtures


def test_html_drops_chrome_and_keeps_articles() -> None:
    parsed = read_fixture("html", "synthetic_pt.html", "pt")
    check_offsets(parsed)
    assert "proteção" in parsed.text  # declared windows-1252 decoded
    for chrome in ("Início", "Busca", "tracking", "color", "direitos reservados"):
        assert chrome not in parsed.text
    assert [p.num for p in citable(parsed.provisions)] == ["1", "2", "3"]
    assert [p.num for p in parsed.provisions] == ["I", "II"]
    assert parsed.metadata == {"title": "Lei de Exemplo", "language": "pt", "editorial_notes": "2"}


def test_html_struck_text_and_amendment_notes_are_notes() -> None:
    parsed = read_fixture("html", "synthetic_pt.html", "pt")
    art2 = by_num(parsed.provisions, "2")
    assert "bilhetes" not in parsed.text and "Redação" not in parsed.text
    assert any("bilhetes falsos" in n and n.startswith("struck-through") for n in art2.notes)
    assert "(Redação dada pela Lei nº 99, de 2010)" in art2.notes
    assert "recrutar pessoa" in art2.full_text()


def test_html_arabic_page_footnote_and_wrong_lang_attribute() -> None:
    parsed = read_fixture("html", "synthetic_ar.html")
    assert parsed.metadata["language"] == "ar"
    assert any("lang='en'" in w for w in parsed.warnings)
    assert [p.num for p in citable(parsed.provisions)] == ["1", "2", "3"]
    art2 = by_num(parsed.provisions, "2")
    assert art2.notes and "بصيغة أخرى" in art2.notes[0]
    assert "بصيغة أخرى" not in parsed.text


def test_html_portal_template_toc_and_disclaimer_dropped() -> None:
    parsed = read_fixture("html", "portal_toc.html", "en")
    assert "Part 1: General" not in parsed.text  # table of contents (a block of links)
    assert "not an official version" not in parsed.text and "VIEWSTATE" not in parsed.text
    assert [p.num for p in citable(parsed.provisions)] == ["1", "2", "3", "4", "5"]
    assert by_num(parsed.provisions, "5").full_text() == "This Act comes into force on publication."


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"<html><body><script>x()</script></body></html>", SourceError),
        (b"\x00\x01\x02\x03" * 500, SourceError),
        (b"  ", SourceError),
    ],
    ids=["no-text", "binary", "empty"],
)
def test_html_unreadable_pages(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        html.read(data, Path("page.html"), "")


def test_html_fragment_text() -> None:
    assert (
        html.fragment_text("<p>One &amp; two</p><p>three<br>four</p>") == "One & two\nthree\nfour"
    )


# --------------------------------------------------------------------------------------------
# PDF: built at test time


def test_pdf_sections_marginal_notes_headers_hyphens_footnotes() -> None:
    parsed = pdf.read(sample_act_pdf(), Path("act.pdf"), "en")
    check_offsets(parsed)
    assert "Sample Carriers Act, No. 3 of 2020\n" not in parsed.text  # running header
    assert "imprisonment for a term" in parsed.text  # hyphen at a line break joined
    assert "sub-section (1) shall" in parsed.text  # the document writes "sub-section"
    sections = citable(parsed.provisions)
    assert [p.num for p in sections] == ["1", "2", "3", "4"]
    assert [p.heading for p in sections] == [
        "Short title.",
        "Offence of transport for exploitation.",
        "Inspections.",
        "Commencement.",
    ]
    assert "Short title" not in parsed.text  # marginal notes are headings, not body text
    s3 = by_num(parsed.provisions, "3")
    assert any("published every Friday" in n for n in walk_notes(s3))
    assert "every Friday" not in parsed.text
    assert parsed.metadata["title"] == "Sample Carriers Act"


def walk_notes(p: Provision) -> list[str]:
    return [n for q in p.walk() for n in q.notes]


def test_pdf_without_text_layer_suggests_ocr() -> None:
    data = make_pdf([[], []], drawing_only=True)
    with pytest.raises(SourceError) as err:
        pdf.read(data, Path("scan.pdf"), "en")
    assert "no text layer" in str(err.value)
    assert "OCR" in str(err.value) and "ocrmypdf" in str(err.value)


def test_pdf_encrypted() -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(sample_act_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(SourceError) as err:
        pdf.read(buf.getvalue(), Path("locked.pdf"), "en")
    assert "encrypted" in str(err.value)


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body>not a pdf</body></html>",
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog",
        b"%PDF-1.4\n" + b"\x00" * 64,
    ],
    ids=["not-a-pdf", "truncated", "garbage"],
)
def test_pdf_broken_files(data: bytes) -> None:
    with pytest.raises((SourceError, ParseError)) as err:
        pdf.read(data, Path("broken.pdf"), "en")
    assert err.value.remedy  # type: ignore[union-attr]


# --------------------------------------------------------------------------------------------
# Corpus: every provisions-json, html and pdf law


def _my_entries() -> list[c.CorpusEntry]:
    out = []
    for e in c.load_manifest():
        primary, _fallback = c.primary_files(e)
        if primary and Path(primary[0]).suffix.lower() in (".json", ".html", ".htm", ".pdf"):
            out.append(e)
    return out


MY_ENTRIES = _my_entries()
_CACHE: dict[str, Any] = {}


def load(law_id: str) -> Any:
    if law_id not in _CACHE:
        _CACHE[law_id] = c.load_law(law_id)
    return _CACHE[law_id]


@pytest.mark.parametrize("entry", MY_ENTRIES, ids=[e.id for e in MY_ENTRIES])
def test_corpus_law_parses(entry: c.CorpusEntry, corpus: Path) -> None:
    law = load(entry.id)
    provisions = list(law.citable())
    assert provisions
    eids = [p.eid for p in law.walk()]
    assert len(eids) == len(set(eids))
    for p in provisions:
        assert p.num or p.heading
        assert 0 <= p.start <= p.end <= len(law.text)
    for p in law.walk():
        for i in p.inserted:
            assert p.start <= i.start <= i.end <= p.end, (p.eid, i)


KNOWN = {
    "col/codigo-penal-ley-599-2000": ["188A", "188B"],
    "jpn/keiho-penal-code": ["226-2"],
    "hun/btk-2012-c": ["192"],
    "tur/turk-ceza-kanunu-5237": ["80"],
    "swe/brottsbalken": ["4:1a"],
    "ukr/kryminalnyi-kodeks": ["149"],
    "cri/codigo-penal": ["172"],
    "bra/codigo-penal-planalto": ["149-A", "149"],
    "dnk/straffeloven-lbk-2025-1294": ["262a"],
    "isl/almenn-hegningarlog": ["227a"],
    "lva/kriminallikums": ["154.1", "154.2"],
    "geo/criminal-code": ["143-1", "143-2"],
    "nor/straffeloven-2005": ["257"],
    "svk/trestny-zakon-300-2005": ["179"],
    "vnm/bo-luat-hinh-su-2015": ["150", "151"],
    "srb/krivicni-zakonik": ["388"],
    "rou/codul-penal-2009": ["210", "211"],
    "ltu/baudziamasis-kodeksas": ["147"],
    "hrv/kazneni-zakon": ["106"],
    "pry/codigo-penal-ley-1160": ["129"],
    "ind/indian-penal-code-1860": ["370", "370A"],
    "are/fdl-24-2023-trafficking": ["1", "2", "27"],
    "qat/law-15-2011-trafficking": ["2", "28"],
    "lka/penal-code-amendment-act-16-2006": ["8", "14"],
    "lka/saarc-trafficking-women-children-act-30-2005": ["2", "14"],
    "pak/bonded-labour-system-abolition-act-1992": ["11", "21"],
}


@pytest.mark.parametrize(("law_id", "nums"), sorted(KNOWN.items()), ids=sorted(KNOWN))
def test_corpus_known_provisions_found(law_id: str, nums: list[str], corpus: Path) -> None:
    law = load(law_id)
    for num in nums:
        assert law.find(num) is not None, f"{law_id}: {num} not found"


def test_corpus_amending_acts_keep_quoted_provisions_inside(corpus: Path) -> None:
    moz = load("moz/lei-17-2020-codigo-penal-196a")
    assert moz.find("196-A") is None
    assert any(i.target == "196-A" for p in moz.citable() for i in p.inserted)
    per = load("per/ley-31146")
    assert per.find("129-A") is None
    assert any(i.target == "129-A" for p in per.citable() for i in p.inserted)
    lka = load("lka/penal-code-amendment-act-16-2006")
    assert lka.find("360C") is None and lka.find("358A") is None
    assert {"358A", "360C"} <= {i.target for p in lka.citable() for i in p.inserted}


def test_corpus_scanned_gazette_pdf_has_no_text_layer(corpus: Path) -> None:
    path = corpus / "PAK/prevention-of-trafficking-in-persons-act-2018"
    pdf_path = next(path.glob("*.pdf"))
    with pytest.raises(SourceError) as err:
        pdf.read(pdf_path.read_bytes(), pdf_path, "en")
    assert "no text layer" in str(err.value) and "OCR" in str(err.value)
    law = load("pak/prevention-of-trafficking-in-persons-act-2018")  # falls back to the .md
    assert law.format == "markdown"


@pytest.mark.parametrize("name", ["act.json", "metadata.json"])
def test_corpus_sri_lanka_side_files_are_refused(name: str, corpus: Path) -> None:
    path = corpus / "LKA/penal-code-amendment-act-16-2006" / name
    with pytest.raises(ParseError):
        provisions_json.read(path.read_bytes(), path, "en")


def test_corpus_marginal_notes_become_headings(corpus: Path) -> None:
    law = load("lka/penal-code-amendment-act-16-2006")
    s1 = law.find("1")
    assert s1 is not None and s1.heading == "Short title."
    s8 = law.find("8")
    assert s8 is not None and "360C" in s8.heading and s8.heading.startswith("Replacement")
    assert s8.heading not in law.text


def test_corpus_editorial_notes_kept_out_of_text(corpus: Path) -> None:
    cri = load("cri/codigo-penal").find("172")
    assert cri is not None and cri.notes and "Así reformado" not in cri.full_text()
    swe = load("swe/brottsbalken").find("4:1a")
    assert swe is not None and any(n.startswith("Lag (") for n in swe.notes)
    are = load("are/fdl-24-2023-trafficking")
    notes = [n for p in are.walk() for n in p.notes]
    assert len(notes) >= 2 and not any("footnote" in w for w in are.warnings)
    assert all(n not in are.text for n in notes)


# --------------------------------------------------------------------------------------------
# hostile input


def test_deeply_nested_json_is_a_parse_error(tmp_path: Path) -> None:
    from lexcompare.sources import read_source

    path = tmp_path / "deep.json"
    path.write_bytes(b'{"provisions":' + b"[" * 100000 + b"]" * 100000 + b"}")
    with pytest.raises(ParseError):
        read_source(path)


def test_html_entities_and_external_resources_are_not_loaded() -> None:
    page = (
        b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<html><body><p>Art. 1 &x; fim.</p><img src="http://example.org/t.png"></body></html>'
    )
    parsed = html.read(page, Path("x.html"), "pt")
    assert "root:" not in parsed.text


def test_deeply_nested_html_fails_cleanly() -> None:
    page = b"<html><body>" + b"<div>" * 20000 + b"<p>Art. 1 Texto.</p>" + b"</div>" * 20000
    try:
        parsed = html.read(page, Path("x.html"), "pt")
    except SourceError:
        return
    check_offsets(parsed)
