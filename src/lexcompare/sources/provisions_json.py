"""Provisions JSON (third-party scrapes that split a law per provision) -> ParsedSource.

Shapes read (the keys vary between scrapers; records are dicts, keys matched case-insensitively):

- `{..., "provisions": [{provision_ref, chapter?, section | article, title?, content,
  metadata?}], "definitions": [...]}`; document metadata at the top level or in
  `"documents": [{...}]`;
- a bare list of records, e.g. `[{chapter, chapter_title, Section, section_title, section_desc}]`;
- `{"sections": [{number, heading, text}]}`.

Refused with ParseError: page extractions of a PDF (`{"n_pages", "body_pages"}`: read the PDF
instead) and metadata files that describe a law without its text.

Every record becomes one citable provision (article/section), in file order.  Its text in
`ParsedSource.text` is a designation/heading line (the record's title when it prints one, else
a line built from the label and number) followed by the content; `content` holding HTML is
rendered to text.  The content's subdivisions (and note lines) come from
`lexcompare.segment.split_body`.

Numbers (`Provision.num`) follow the contract of `lexcompare.numbering.normalise_num`, whatever
field they come from (`section`/`article`/`number`, else `provision_ref`, else the designation
printed in the title or at the start of the content):

- "1", "62a", "129-A", "448-1", "PRIMERO" -> "1", "62a", "129-A", "448-1", "1";
- a branch number printed after an underscore or caret (e-Gov "226_2" for 第226条の2, Matsne
  "143^1" for 143¹) is joined with a hyphen: "226-2", "143-1";
- a letter suffix separated by a space is joined like every other reader does ("§ 262 a" ->
  "262a", Swedish "1 a §" -> "1a"): one spelling per designation across formats;
- where section numbers restart in every chapter (Swedish balkar: "4 kap. 1 a §"), the chapter
  number is prefixed with a colon: "4:1a"; elsewhere (Danish, Norwegian codes numbered through)
  it is not.

Chapters become containers (kind from the keyword: Part/Título/Kapitel/Abschnitt/...; the
printed chapter line is rendered as the container's heading); consecutive records with the same
chapter share one container, and paths such as "Partea ... | Titlul I - ... | Capitolul I - ..."
become nested containers.  A record without chapter sits at the top level.

Amending acts: when a record opens a quotation (“...) that it does not close and the next
records do not continue its numbering, those records are the provisions it quotes: their text
stays inside the amending record, marked with an `Insertion`, and they never become citable on
their own.  Quoted designations inside a record's own content are marked the same way.

Known quality problems of scrapes are repaired where the evidence is unambiguous, and every
repair is reported in `warnings` (never a crash):

- a record that holds the next provision(s) too ("... <sentence>.Điều 12.<heading> ...",
  "\n[12. gr. a.\n"): split when a designation of the law's own style continues the record's
  number (n+1, or n with the next letter) after the end of a sentence or at a line start;
- a record that is only a cross-reference split off by the scrape ("Artículo 12, del ..."
  repeating an earlier number): joined to the record before;
- the next provision's heading printed at the end of a record while the next record's title is
  a bare designation ("... <sentence>. <heading>" + "Članak 12."): moved;
- every record ending with the lines printed above the next provision, in capitals (its heading,
  after group headings: "...\nTITULO II\n<TITLE>\n<HEADING>" + "ARTICULO 10. ..."), when that
  is the document's habit and the next record has no heading of its own: the heading moves to
  that record, the group headings become text between the two provisions;
- one-line scrapes: "(2)", "(b)" ... that continue their sequence after the end of a clause
  start a new line, so that subdivisions are found;
- chapter labels that are body text (two-column interleaving, PDF artefacts) are not used;
- web-page residue after the last provision (scripts, JSON, template placeholders) is cut;
- records without any number stay citable, with a heading that says so;
- duplicated numbers get unique eIds (`lexcompare.tree.freeze`);
- inline amendment annotations ("(Así reformado ...)", "Lag (2001:1).", "Fassung gemäss
  ...", "0 Endret ved lov ...") move to `notes` (`lexcompare.sources.notes`).

Top-level `definitions` arrays are extra data, not provisions: their count goes to metadata
(`definitions`).  Records named "visas", "signature", "preamble" are rendered as text outside
any provision.  Transitional points ("PN 13" in Latvian consolidations) are `point`s in an
`hcontainer`, not articles.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lexcompare.errors import ParseError
from lexcompare.model import Insertion
from lexcompare.numbering import normalise_num
from lexcompare.segment import clean_num, split_body
from lexcompare.sources.base import ParsedSource, TextBuilder
from lexcompare.sources.notes import strip_editorial
from lexcompare.text import normalise
from lexcompare.tree import Node, freeze

# --------------------------------------------------------------------------------------------
# vocabulary

# Label words printed before a number ("Artículo 5", "Članak 1.", "المادة 2") ...
_PREFIX_LABELS = (
    r"ART[ÍI]CULO|Art[íi]culo|Artigo|ARTIGO|Article|ARTICLE|Artikel|ARTIKEL|Articolo|Articolul|"
    r"ARTICOLUL|Artykuł|Art\.?|ART\.?|Section|SECTION|Sec\.|Sect\.|Rule|RULE|Regulation|"
    r"Članak|ČLANAK|Člen|ČLEN|Član|Čl\.|Член|ЧЛАН|Члан|Стаття|СТАТТЯ|Статья|Madde|MADDE|"
    r"Điều|ĐIỀU|მუხლი|Άρθρο|ΑΡΘΡΟ|Pasal|Paragraf|Paragraph|المادة|مادة|§§?"
)
# ... and after it ("1. §", "147 straipsnis", "154.1 pants", "227. gr.").
_SUFFIX_LABELS = r"§|straipsnis|pants|gr\.|grein|член"
_NUM_TOKEN = (
    r"(?:\d+(?:\s?[°ºª])?(?:[\-–.:/_^]\d+)*(?:[A-Za-z]{1,3}(?![^\W\d_])|\s[a-z](?![\w]))?"
    r"(?:[\-\s]?(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\b)?"
    r"(?:[\-.]?[A-Za-z](?![^\W\d_]))?"
    r"(?:\s?[\"“][A-Za-z][\"”])?"  # Guatemala: ARTICULO 225 "A"
    r"|[IVXLCDM]+\b"
    r"|(?:PRIMERO|SEGUNDO|TERCERO|CUARTO|QUINTO|SEXTO|S[ÉE]PTIMO|OCTAVO|NOVENO|D[ÉE]CIMO|"
    r"[ÚU]NICO|primero|segundo|tercero|cuarto|quinto|sexto|s[ée]ptimo|octavo|noveno|"
    r"d[ée]cimo|[úu]nico|premier|Premier|PREMIER)\b)"
)
_PREFIX_DESIGNATION = re.compile(
    rf"^\s*[\"“«\[]?\s*(?P<label>{_PREFIX_LABELS})\s*(?P<paren>\()?\s*(?P<num>{_NUM_TOKEN})"
    r"\s*\)?(?P<sep>\s*(?:[.:)\-–—]+\s*)*)",
)
_SUFFIX_DESIGNATION = re.compile(
    rf"^\s*\[?\s*(?P<num>\d+(?:\.\d+)?(?:\s?[a-z](?![a-z]))?)\.?\s*(?P<label>{_SUFFIX_LABELS})"
    r"(?:\s(?P<letter>[a-z])\.(?=\s|$))?"  # Icelandic "227. gr. a." = article 227a
    r"(?P<sep>\s*(?:[.:)\-–—]+\s*)*)",
)
_CJK_DESIGNATION = re.compile(
    r"^\s*第\s*(?P<num>[0-9０-９]+(?:\s*[之の-]\s*[0-9０-９]+)?)\s*(?P<label>條|条)(?P<sep>\s*)"
)
_ARABIC_ORDINAL_DESIGNATION = re.compile(
    r"^\s*(?P<label>المادة|مادة)\s+(?P<num>[^\s:\-–]+"
    r"(?:\s+(?:عشرة|عشر|والعشرون|والثلاثون|بعد المائة))?)"
    r"(?P<sep>\s*[:\-–]*\s*)"
)
_SECTION_LABELS = frozenset(
    {"§", "§§", "Section", "SECTION", "Sec.", "Sect.", "Paragraf", "Paragraph", "s"}
)
# provision_ref prefixes used by scrapers -> (label to print, kind)
_REF_PREFIX = re.compile(
    r"^(?P<p>art(?:icle|iculo|ículo)?|sec(?:tion)?|s|madde|dieu|điều|"
    r"§|rule|reg|para|pn)[\s.\-_]*(?P<rest>.+)$",
    re.I,
)
_REF_LABELS = {
    "art": "Art.",
    "article": "Article",
    "articulo": "Artículo",
    "artículo": "Artículo",
    "sec": "Section",
    "section": "Section",
    "s": "Section",
    "§": "§",
    "madde": "Madde",
    "dieu": "Điều",
    "điều": "Điều",
    "rule": "Rule",
    "reg": "Reg.",
    "para": "Para.",
    "pn": "",
}
# Records that are not provisions: preambles, signature blocks, enacting formulas.
_NON_PROVISIONS = frozenset(
    {
        "visas",
        "visa",
        "preamble",
        "preambulo",
        "preámbulo",
        "preambule",
        "préambule",
        "considerants",
        "considerandos",
        "signature",
        "signatures",
        "formula",
        "enacting",
        "intro",
        "introduction",
        "title",
        "titre",
        "firma",
        "firmas",
    }
)

# Container keywords -> kind.  Matched at the start of a chapter label, before or after the
# number ("Capítulo II", "1. Kapitel", "I. Fejezet", "XXVI SKYRIUS").
_CONTAINER_WORDS: tuple[tuple[str, str], ...] = (
    (
        "book",
        r"Libro|LIBRO|Livro|LIVRO|Book|BOOK|Livre|LIVRE|Buch|Kniha|KNIHA|Księga|Knjiga|"
        r"Книга|Cartea|CARTEA",
    ),
    (
        "part",
        r"Parte|PARTE|Partea|PARTEA|Part|PART|Partie|PARTIE|Teil|TEIL|[ČC]as[tť]|"
        r"ČASŤ|ČÁST|Dio|DIO|Del|DEL|Rész|RÉSZ|Μέρος|ΜΕΡΟΣ|Частина|ЧАСТИНА|Део|ДЕО|Phần|"
        r"PHẦN|Osa|Daļa|DAĻA|Dalis|DALIS|Hluti|Deo",
    ),
    (
        "title",
        r"T[ÍI]TULO|T[íi]tulo|Titlul|TITLUL|Title|TITLE|Titre|TITRE|Titel|TITEL|Tytuł|"
        r"TYTUŁ|Hlava|HLAVA|Cím|CÍM|Naslov|Розділ|РОЗДІЛ|Глава|ГЛАВА",
    ),
    (
        "chapter",
        r"Cap[íi]tulo|CAP[ÍI]TULO|Capitolul|CAPITOLUL|Capitolo|Chapter|CHAPTER|"
        r"Chapitre|CHAPITRE|Kapitel|KAPITEL|Kapitola|KAPITOLA|Kapittel|Rozdział|"
        r"ROZDZIAŁ|Poglavje|POGLAVJE|Poglavlje|POGLAVLJE|Fejezet|FEJEZET|Chương|CHƯƠNG|"
        r"თავი|Skyrius|SKYRIUS|skyrius|nodaļa|NODAĻA|kafli|KAFLI|kap\.|Kap\.|Luku|"
        r"Глава|ГЛАВА|Κεφάλαιο|ΚΕΦΑΛΑΙΟ|Bölüm|BÖLÜM|Bab|BAB|الباب|الفصل",
    ),
    (
        "division",
        r"Secci[óo]n|SECCI[ÓO]N|Sec[çc][ãa]o|SEC[ÇC][ÃA]O|Sec[ţț]iunea|SEC[ŢȚ]IUNEA|"
        r"Sezione|Abschnitt|ABSCHNITT|Odd[íi]l|ODDIEL|Oddiel|Diel|DIEL|Díl|DÍL|"
        r"Oddział|ODDZIAŁ|Odsjek|Odjeljak|Alcím|Mục|MỤC|Afdeling|Avsnitt|Titel|"
        r"Subsección|Párrafo|PÁRRAFO|Paragrafo|الفرع|Kısım|KISIM",
    ),
)
_ROMAN_OR_NUM = (
    r"(?:[IVXLCDMΙ]+(?:\s?[\-.]?\s?(?:\d+|[A-Z]|bis|ter))?|\d+(?:\s?[A-Za-z])?(?:\.\d+)?)"
)
_ORDINAL_WORD = r"[^\W\d_]{2,12}"  # Prvý / PRVÁ / Prvo / Erster before the keyword
_JUNK = re.compile(
    r"\$\(|\bfunction\s*\(|\{\{\s*[\w.]+\s*\}\}|\"\w+\"\s*:\s*[\"\[{]|\bvar\s+\w+\s*=\s*[\[{\"]|"
    r"<script\b|\bdocument\.(?:ready|getElement)|window\.location"
)
_HTML_HINT = re.compile(
    r"<(?:p|br|div|span|a|b|i|strong|em|ul|ol|li|table|tr|td|h\d)\b[^>]*>|"
    r"&(?:[a-z]{2,8}|#\d{2,5});",
    re.I,
)


# --------------------------------------------------------------------------------------------
# records


@dataclass(frozen=True)
class _Record:
    index: int
    ref: str
    section: str
    chapter: str
    title: str
    content: str
    printed_heading: str = ""  # a designation printed in a side field ("§ 1." in metadata)


@dataclass
class _Doc:
    records: list[_Record]
    metadata: dict[str, str]
    warnings: list[str] = field(default_factory=list)


def read(data: bytes, path: Path, lang: str) -> ParsedSource:
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise ParseError(
            "the JSON file is not UTF-8", path=path, remedy="Save the file as UTF-8"
        ) from e
    except ValueError as e:
        raise ParseError(
            f"the file is not valid JSON ({e})", path=path, remedy="Check that the file is complete"
        ) from e
    except RecursionError as e:
        raise ParseError(
            "the JSON is nested too deeply",
            path=path,
            remedy="Check the file; it may be malformed or hostile",
        ) from e
    doc = _records(raw, path)
    if not doc.records:
        raise ParseError(
            "the JSON holds no provisions",
            path=path,
            remedy="Check that the file is the law's provisions array",
        )
    return _build(doc, lang)


def _lower_keys(d: Mapping[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in d.items()}


def _s(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(int(v)) if float(v).is_integer() else str(v)
    if isinstance(v, str):
        return v
    return ""


def _records(raw: Any, path: Path) -> _Doc:
    meta_src: dict[str, Any] = {}
    items: Any
    extra: dict[str, str] = {}
    if isinstance(raw, list):
        items = raw
    elif isinstance(raw, dict):
        low = _lower_keys(raw)
        if "body_pages" in low or ("n_pages" in low and "title_page" in low):
            raise ParseError(
                "this JSON is a page-by-page extraction of a PDF, not a list of provisions",
                path=path,
                location="top level",
                remedy="Read the PDF of the law instead (it is the official rendering)",
            )
        meta_src = low
        docs = low.get("documents")
        if isinstance(docs, list) and docs and isinstance(docs[0], dict):
            meta_src = {
                **_lower_keys(docs[0]),
                **{k: v for k, v in low.items() if not isinstance(v, (list, dict))},
            }
        items = None
        for key in ("provisions", "sections", "articles", "items", "data"):
            if isinstance(low.get(key), list):
                items = low[key]
                break
        if items is None:
            raise ParseError(
                "the JSON has no provisions array (it looks like metadata about a law)",
                path=path,
                location="top level",
                remedy="Give the file that holds the law's text; metadata.json files only "
                "describe it",
            )
        defs = low.get("definitions")
        if isinstance(defs, list) and defs:
            extra["definitions"] = str(len(defs))
    else:
        raise ParseError(
            "the JSON is neither an object nor a list",
            path=path,
            remedy="Give a provisions JSON file",
        )
    records: list[_Record] = []
    skipped = 0
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            skipped += 1
            continue
        d = _lower_keys(item)
        content = (
            _s(d.get("content"))
            or _s(d.get("text"))
            or _s(d.get("section_desc"))
            or _s(d.get("body"))
            or _s(d.get("html"))
        )
        section = (
            _s(d.get("section"))
            or _s(d.get("article"))
            or _s(d.get("number"))
            or _s(d.get("num"))
            or _s(d.get("article_number"))
        )
        title = (
            _s(d.get("title"))
            or _s(d.get("heading"))
            or _s(d.get("section_title"))
            or _s(d.get("caption"))
        )
        chapter = _s(d.get("chapter"))
        ctitle = _s(d.get("chapter_title"))
        if ctitle:
            chapter = f"Chapter {chapter}: {ctitle}" if chapter else ctitle
        md = d.get("metadata")
        printed = _s(md.get("source_heading")) if isinstance(md, dict) else ""
        if not printed and any(k.startswith("section_") for k in d) and section:
            printed = f"Section {section}"  # {Section, section_title, section_desc} records
        if not (content or title or section):
            skipped += 1
            continue
        records.append(
            _Record(
                i,
                _s(d.get("provision_ref")) or _s(d.get("ref")) or _s(d.get("id")),
                section,
                chapter,
                title,
                content,
                printed,
            )
        )
    if not records and items:
        raise ParseError(
            "the provisions array holds no record with text",
            path=path,
            location="provisions",
            remedy="Records need a 'content' (or 'text') field",
        )
    doc = _Doc(records, _doc_metadata(meta_src, items))
    doc.metadata.update(extra)
    if skipped:
        doc.warnings.append(f"{skipped} record(s) without text or not objects were skipped")
    return doc


def _doc_metadata(m: Mapping[str, Any], items: Sequence[Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    title = _s(m.get("title")) or _s(m.get("title_en")) or _s(m.get("short_name"))
    if title:
        out["title"] = " ".join(title.split())
    url = _s(m.get("url")) or _s(m.get("source_url"))
    if url:
        out["source_url"] = url
    for key in ("issued_date", "enacted_date", "date", "in_force_date"):
        y = re.match(r"\s*(\d{4})", _s(m.get(key)))
        if y:
            out["year"] = y.group(1)
            break
    language = _s(m.get("language"))
    if not language and items and isinstance(items[0], dict):
        language = _s(_lower_keys(items[0]).get("language"))
    if re.fullmatch(r"[a-z]{2}", language or ""):
        out["language"] = language
    return out


# --------------------------------------------------------------------------------------------
# designations


@dataclass(frozen=True)
class _Designation:
    label: str
    num: str
    end: int  # where the designation (and its separator) ends in the string it was found in


def designation_at(text: str) -> _Designation | None:
    """A designation printed at the start of `text`: label, normalised num, end offset."""
    for rx in (_PREFIX_DESIGNATION, _SUFFIX_DESIGNATION, _CJK_DESIGNATION):
        m = rx.match(text)
        if m:
            num = _num(m.group("num") + (m.groupdict().get("letter") or ""))
            if num:
                return _Designation(m.group("label").strip(), num, m.end())
    m = _ARABIC_ORDINAL_DESIGNATION.match(text)
    if m:
        return _Designation(m.group("label"), "", m.end())
    return None


def _num(raw: str) -> str:
    """A designation's number, normalised by the shared contract (see module docstring)."""
    s = raw.strip()
    s = re.sub(r"[０-９]", lambda m: str(ord(m.group()) - 0xFF10), s)
    s = re.sub(r"(?<=\d)\s*[_^之の]\s*(?=\d)", "-", s)
    s = re.sub(r"(?<=\d)\.([a-z])$", r"\1", s)  # Slovenian "15.a" (člen) -> "15a"
    s = re.sub(r"\s*[\"“”']([A-Za-z])[\"“”']", r"\1", s)  # Guatemala 225 "A" -> 225A
    return normalise_num(s)


_FIELD_NUM = re.compile(
    rf"^\s*(?:§\s*)?(?P<num>{_NUM_TOKEN})\s*\.?\s*$|^\s*(?P<pn>[A-Za-z]{{1,3}})\s*(?P<pnum>\d+(?:\.\d+)*)\s*$"
)


def _num_from_field(raw: str) -> tuple[str, str] | None:
    """(num, prefix) from a section/article/ref field; prefix for "pn13"-like fields."""
    if not raw.strip():
        return None
    m = _FIELD_NUM.match(raw)
    if not m:
        return None
    if m.group("num"):
        return _num(m.group("num")), ""
    return _num(m.group("pnum")), m.group("pn").lower()


def _from_ref(ref: str) -> tuple[str, str, str] | None:
    """(num, label, chapter) from a provision_ref such as art1, sec2, s2A, madde1, 4:1a, art-3_2."""
    r = ref.strip()
    if not r:
        return None
    m = re.fullmatch(r"(\d+[A-Za-z]?):(\d+\s?[A-Za-z]{0,2})", r)
    if m:
        return _num(m.group(2)), "", m.group(1)
    m = _REF_PREFIX.match(r)
    if m:
        got = _num_from_field(m.group("rest"))
        if got and got[0]:
            return got[0], _REF_LABELS.get(m.group("p").lower(), ""), ""
        return None
    got = _num_from_field(r)
    if got and got[0] and not got[1]:
        return got[0], "", ""
    return None


# --------------------------------------------------------------------------------------------
# building


@dataclass
class _Unit:
    """One record as it will be rendered: a citable provision, or text outside provisions."""

    record: _Record
    num: str
    label: str
    kind: str  # article / section / "" for non-provisions
    group: str = ""  # "pn" for transitional points and the like
    absorbed: list[_Unit] = field(default_factory=list)  # records quoted by this one
    continued: list[_Record] = field(default_factory=list)  # fragments split off by the scrape
    moved_heading: str = ""  # its heading, found at the end of the record before it
    lead: str = ""  # group headings printed before it (found there too): text outside units


def _build(doc: _Doc, lang: str) -> ParsedSource:
    warnings = list(doc.warnings)
    units = _units(doc.records, warnings)
    units = _split_embedded(units, warnings)
    units = _move_trailing_headings(units, warnings)
    units = _move_trailing_capitals(units, warnings)
    units = _absorb_quoted(units, warnings)
    prefix_chapter = _chapters_restart(units)
    tb = TextBuilder()
    top: list[Node] = []
    stack: list[tuple[str, Node]] = []  # open containers: (path key, node)
    bad_chapters = 0
    junk_cut = 0
    groups: dict[str, Node] = {}
    for unit in units:
        rec = unit.record
        chapter_path, bad = _chapter_path(rec.chapter)
        bad_chapters += bad
        _sync_containers(chapter_path, stack, top, tb)
        parent_list = stack[-1][1].children if stack else top
        if unit.lead:
            printed = {_caseless_key(level.line) for level in chapter_path}
            lead = "\n".join(ln for ln in unit.lead.split("\n") if _caseless_key(ln) not in printed)
            if lead:
                tb.add(lead)  # group headings between two provisions: outside both
        if unit.kind == "":
            body, cut = _content_text(rec.content)
            junk_cut += cut
            block = "\n".join(p for p in (normalise(rec.title), body) if p)
            if block:
                tb.add(block)
            continue
        if unit.group:
            holder = groups.get(unit.group)
            if holder is None or holder not in parent_list:
                holder = Node(kind="hcontainer", start=tb.pos)
                groups[unit.group] = holder
                parent_list.append(holder)
            parent_list = holder.children
        node, cut = _render_unit(unit, tb, split_body, lang, prefix_chapter)
        junk_cut += cut
        parent_list.append(node)
        if unit.group:
            holder = groups[unit.group]
            holder.end = node.end
    for _key, node in stack:
        node.end = max(node.end, tb.pos)
    text = tb.text()
    _fix_container_spans(top)
    provisions = freeze(top)
    if bad_chapters:
        warnings.append(
            f"{bad_chapters} chapter label(s) look like body text (PDF or scraping "
            "artefacts) and were not used as containers"
        )
    if junk_cut:
        warnings.append(
            f"web-page residue (scripts, data, template text) was cut from {junk_cut} record(s)"
        )
    metadata = dict(doc.metadata)
    if lang and "language" not in metadata:
        metadata["language"] = lang
    return ParsedSource(
        text=text, provisions=provisions, metadata=metadata, warnings=tuple(warnings)
    )


def _units(records: list[_Record], warnings: list[str]) -> list[_Unit]:
    units: list[_Unit] = []
    seen_nums: set[str] = set()
    unnumbered = 0
    fragments = 0
    for rec in records:
        num, label, group = "", "", ""
        ref_word = re.sub(r"[^a-zà-ÿ]", "", rec.ref.lower()) if rec.ref else ""
        sec_word = re.sub(r"[^a-zà-ÿ]", "", rec.section.lower())
        if (sec_word in _NON_PROVISIONS or ref_word in _NON_PROVISIONS) and not re.search(
            r"\d", rec.section + rec.ref
        ):
            units.append(_Unit(rec, "", "", ""))
            continue
        got = _num_from_field(rec.section)
        if got:
            num, group = got
        ref = _from_ref(rec.ref)
        if not num and ref:
            num = ref[0]
        if ref and ref[1]:
            label = ref[1]
        printed = (
            designation_at(rec.printed_heading)
            or designation_at(rec.title)
            or designation_at(rec.content)
        )
        if printed is not None:
            if printed.label:
                label = printed.label
            if not num and printed.num:
                num = printed.num
            elif (
                num
                and printed.num != num
                and re.match(rf"^{re.escape(num)}(?:[\-\s]?[A-Za-z]{{1,3}}|[\-.]\d+)$", printed.num)
            ):
                num = printed.num  # the scrape's field lost a suffix: "art348" / "Art. 348-b"
        if units and num in seen_nums and units[-1].kind and _reference_like(rec.content):
            units[-1].continued.append(rec)  # "Artículo 12, del ..." split off by the scrape
            fragments += 1
            continue
        if group == "pn" or (ref is None and rec.ref.lower().startswith("pn")):
            group = "pn"
        if not num:
            unnumbered += 1
        kind = (
            "section"
            if label in _SECTION_LABELS
            or (ref_word in ("sec", "s", "section") and label in ("", "Section"))
            else "article"
        )
        if group:
            kind, label = "point", ""  # transitional points ("PN 13"): not articles
        units.append(_Unit(rec, num, label, kind, group))
        seen_nums.add(num)
    if unnumbered:
        warnings.append(
            f"{unnumbered} record(s) carry no provision number (the scrape lost "
            "them); they are kept as unnumbered provisions"
        )
    if fragments:
        warnings.append(
            f"{fragments} record(s) start with a cross-reference, not a heading "
            "(split off by the scrape); they were joined to the record before"
        )
    return units


_EMBEDDED = re.compile(
    rf"(?:(?<=\n)\[?|(?<=[.;:!?\]»”])\s*|(?<=[A-ZÀ-ÝĐ]))(?=(?:{_PREFIX_LABELS})\s*\d|\d+\.\s*"
    rf"(?:{_SUFFIX_LABELS}))"
)


def _successors(num: str) -> set[str]:
    m = re.match(r"^(\d+)([a-z]?)$", num)
    if not m:
        return set()
    n, letter = int(m.group(1)), m.group(2)
    nxt = {str(n + 1), f"{n}a" if not letter else f"{n}{chr(ord(letter) + 1)}"}
    return nxt


def _split_embedded(units: list[_Unit], warnings: list[str]) -> list[_Unit]:
    """Records holding the next provision(s) too ("... <sentence>.Điều 12.<heading> ...",
    "\n[227. gr. a.\n ...") are split: a designation of the law's own style whose number
    continues the record's own (n+1, or n with the next letter), at a line start or after the
    end of a sentence, and followed by a heading or text, starts a provision of its own."""
    labels = Counter(u.label for u in units if u.kind)
    usual = labels.most_common(1)[0][0] if labels else ""
    out: list[_Unit] = []
    split = 0
    for unit in units:
        if not unit.kind or not unit.num or unit.absorbed or unit.group:
            out.append(unit)
            continue
        content = unit.record.content
        current = unit
        pieces: list[tuple[int, _Designation]] = []
        expect = _successors(unit.num)
        for m in _EMBEDDED.finditer(content):
            at = m.end()
            if at < 20:
                continue
            d = designation_at(content[at:])
            if (
                d is None
                or d.num not in expect
                or (d.label != usual and content[at - 1 : at] not in ("\n", "["))
            ):
                continue
            after = content[at + d.end : at + d.end + 1]
            if after and (_starts_lower(after) or after in ",;)"):
                continue  # "jf. § 12, ...": a cross-reference
            pieces.append((at, d))
            expect = _successors(d.num)
        if not pieces:
            out.append(unit)
            continue
        bounds = [p - 1 if content[p - 1 : p] == "[" else p for p, _ in pieces] + [len(content)]
        head_rec = replace(unit.record, content=content[: bounds[0]].rstrip())
        out.append(replace(current, record=head_rec))
        for k, (_at, d) in enumerate(pieces):
            rec = replace(
                unit.record,
                title="",
                content=content[bounds[k] : bounds[k + 1]].strip(),
                ref="",
                section="",
            )
            out.append(_Unit(rec, d.num, d.label or unit.label, unit.kind))
            split += 1
    if split:
        warnings.append(
            f"{split} provision(s) were run into the record before them by the "
            "scrape and were split off"
        )
    return out


_TRAILING = re.compile(r"(?<=[.!?:;)\]])\s+(?P<h>[^\W\d_][^.!?:;\n]{2,120})\s*$")


def _move_trailing_headings(units: list[_Unit], warnings: list[str]) -> list[_Unit]:
    """Some scrapes end a record with the heading of the next provision ("... <sentence>.
    Trgovanje dijelovima ljudskog tijela"): when the next record's title is only a designation,
    that trailing phrase is its heading."""
    moved = 0
    out = list(units)
    for i in range(len(out) - 1):
        cur, nxt = out[i], out[i + 1]
        if not cur.kind or not nxt.kind or cur.absorbed or cur.continued:
            continue
        m = _TRAILING.search(cur.record.content)
        if m is None or len(m.group("h").split()) > 12 or _starts_lower(m.group("h")):
            continue
        t = " ".join(nxt.record.title.split())
        d = designation_at(t)
        if not t or d is None or t[d.end :].strip(" .:-–—"):
            continue  # the next record has a heading of its own (or no designation title)
        head = m.group("h").strip()
        if (
            designation_at(head) is not None
            or head.isupper()
            or re.search(r"\d|\b[IVXLC]{2,}\b", head)
            or any(rx.match(head) for _kind, rx in _CONTAINER_RX_NUM_FIRST + _CONTAINER_RX)
        ):
            continue  # a designation, or the heading of a group (chapter, title ...)
        out[i] = replace(cur, record=replace(cur.record, content=cur.record.content[: m.start()]))
        out[i + 1] = replace(nxt, record=replace(nxt.record, title=f"{t} {head}"))
        moved += 1
    if moved:
        warnings.append(
            f"{moved} heading(s) printed at the end of the record before their "
            "provision were moved to it"
        )
    return out


def _caseless_key(s: str) -> str:
    return " ".join(s.split()).casefold()


def _capitals_line(line: str) -> bool:
    """A short line whose letters are all capitals (letters of a cased script)."""
    t = line.strip()
    cased = [c for c in t if c.lower() != c.upper()]
    return 0 < len(t) <= 150 and bool(cased) and all(c.isupper() for c in cased)


def _trailing_capitals(content: str) -> tuple[int, list[str]] | None:
    """(offset, lines) of the block of capitals lines that ends `content`, when the text
    before it is in mixed case (in a text set all in capitals, capitals say nothing)."""
    lines = content.rstrip().split("\n")
    k = len(lines)
    while k > 1 and (not lines[k - 1].strip() or _capitals_line(lines[k - 1])):
        k -= 1
    block = [ln.strip() for ln in lines[k:] if ln.strip()]
    before = "\n".join(lines[:k])
    if sum(c.isupper() for c in "".join(block)) < 3 or not any(c.islower() for c in before):
        return None
    return len(before), block


_CONNECTIVE_END = re.compile(
    r"(?:,|(?:^|\s)(?:Y|E|O|U|NI|DE|DEL|LA|LAS|LOS|EL|AL|A|EN|CON|POR|PARA|SIN|CONTRA|DA|DO|DAS|DOS|"
    r"OU|ET|DES|DU|LE|AND|OR|OF|THE|TO|FOR|IN))$"
)


def _own_heading(unit: _Unit) -> bool:
    """The record prints a heading of its own (in its title or after its designation)."""
    content, _cut = _content_text(unit.record.content)
    if _split_title(unit.record.title, unit.num, content).heading:
        return True
    d = designation_at(content)
    return bool(_content_heading(content[d.end :] if d is not None else content)[0])


def _move_trailing_capitals(units: list[_Unit], warnings: list[str]) -> list[_Unit]:
    """Scrapes of printed codes that set each article's heading in capitals above its
    designation (and the group headings above that) often cut the page so that every record
    ends with the lines printed before the next provision: "... <sentence>.\nTITULO II\n<TITLE
    OF THE TITLE>\n<HEADING OF THE NEXT ARTICLE>" + "ARTICULO 10. <text> ...".  When that is
    the document's habit (at least half of the records followed by a record without a heading
    of its own, and at least three) and the body before the block is in mixed case, the last
    capitals line (with the lines it continues: a line ending in a comma or a connective) is
    the next record's heading, and the lines before it are group headings, rendered as text
    between the two provisions.  A last line that is a group designation ("CAPITULO II") is
    no heading."""
    pairs: list[tuple[int, int, list[str]]] = []  # (index, offset, block)
    eligible = 0
    for i in range(len(units) - 1):
        cur, nxt = units[i], units[i + 1]
        if not cur.kind or not nxt.kind or cur.absorbed or nxt.moved_heading or _own_heading(nxt):
            continue
        eligible += 1
        src = cur.continued[-1] if cur.continued else cur.record
        found = _trailing_capitals(src.content)
        if found is not None:
            pairs.append((i, *found))
    if len(pairs) < 3 or len(pairs) < 0.5 * eligible:
        return units
    out = list(units)
    for i, offset, block in pairs:
        cur, nxt = out[i], out[i + 1]
        k = len(block) - 1
        if any(rx.match(block[k]) for _kind, rx in _CONTAINER_RX_NUM_FIRST + _CONTAINER_RX):
            k = len(block)  # no heading, only group headings
        else:
            while k > 0 and len(block) - k < 3 and _CONNECTIVE_END.search(block[k - 1]):
                k -= 1
        heading = " ".join(" ".join(block[k:]).split())
        lead = "\n".join(block[:k])
        if cur.continued:
            last = replace(cur.continued[-1], content=cur.continued[-1].content[:offset].rstrip())
            out[i] = replace(cur, continued=[*cur.continued[:-1], last])
        else:
            out[i] = replace(cur, record=replace(cur.record, content=cur.record.content[:offset]))
        out[i + 1] = replace(nxt, moved_heading=heading, lead=lead)
    warnings.append(
        f"{len(pairs)} record(s) ended with the capitals heading of the next provision (and the "
        "group headings before it); moved to that provision"
    )
    return out


def _reference_like(content: str) -> bool:
    """The content starts with a designation used as a reference ("Artículo 12, del ...")."""
    d = designation_at(content)
    if d is None:
        return False
    rest = content[d.end :].lstrip()
    return rest.startswith(",") or (
        _starts_lower(rest) and not re.match(r"^(?:bis|ter|quater)\b", rest)
    )


def _open_quote_balance(text: str) -> int:
    opened = sum(text.count(q) for q in "“«„")
    closed = sum(text.count(q) for q in "”»")
    if "„" in text:  # German/Polish style „...“: the closing mark is “
        closed += text.count("“")
        opened -= text.count("“")
    return opened - closed


def _next_nums(num: str) -> set[str]:
    m = re.match(r"^(\d+)", num)
    if not m:
        return set()
    n = int(m.group(1))
    return {str(n + 1), str(n)}


def _absorb_quoted(units: list[_Unit], warnings: list[str]) -> list[_Unit]:
    """Records quoted by an amending record (its quotation still open) join that record."""
    out: list[_Unit] = []
    host: _Unit | None = None
    balance = 0
    absorbed = 0
    for unit in units:
        content = unit.record.content
        if host is not None and balance > 0 and unit.kind:
            successor = (
                bool(re.match(r"^\d+$", unit.num or ""))
                and unit.num in _next_nums(host.num)
                and unit.num != host.num
            )
            if not successor:
                host.absorbed.append(unit)
                absorbed += 1
                balance += _open_quote_balance(content)
                if balance <= 0:
                    host = None
                continue
            warnings.append(f"the quotation opened in provision {host.num} is not closed")
            host = None
        out.append(unit)
        b = _open_quote_balance(content) if unit.kind else 0
        if b > 0:
            host, balance = unit, b
        else:
            host, balance = None, 0
    if absorbed:
        warnings.append(
            f"{absorbed} record(s) are provisions quoted by an amending provision; "
            "they were kept inside it as insertions"
        )
    return out


def _chapters_restart(units: list[_Unit]) -> bool:
    """True when section numbers restart in every chapter (so nums need the chapter)."""
    by_num: dict[str, set[str]] = {}
    numbered = 0
    for u in units:
        if not u.num or not u.kind:
            continue
        numbered += 1
        chapter = _chapter_number(u)
        if chapter:
            by_num.setdefault(u.num, set()).add(chapter)
    if numbered < 10:
        return False
    shared = sum(1 for u in units if u.num and len(by_num.get(u.num, ())) > 1)
    return shared >= 0.3 * numbered


def _chapter_number(u: _Unit) -> str:
    ref = re.fullmatch(r"(\d+[A-Za-z]?):.+", u.record.ref.strip())
    if ref:
        return ref.group(1)
    ch = u.record.chapter.strip()
    if re.fullmatch(r"\d+[A-Za-z]?", ch):
        return ch
    return ""


# --------------------------------------------------------------------------------------------
# chapters -> containers


@dataclass(frozen=True)
class _Level:
    key: str
    kind: str
    num: str
    heading: str
    line: str  # what is printed for it ("" for a bare number)


_CONTAINER_RX = [
    (
        kind,
        re.compile(
            rf"^\s*(?:(?P<ord>{_ORDINAL_WORD})\s+)?(?P<kw>{words})\.?\s*(?P<num>{_ROMAN_OR_NUM}|"
            rf"[ÚU]NICO|[Úú]nico|unique|a\s\d+-a|\d+-a)?(?![\w])\s*[.:\-–—]?\s*(?P<head>.*)$",
            re.I,
        ),
    )
    for kind, words in _CONTAINER_WORDS
]
_CONTAINER_RX_NUM_FIRST = [
    (
        kind,
        re.compile(
            rf"^\s*(?P<num>{_ROMAN_OR_NUM})\.?\s+(?P<kw>{words})\b\.?\s*[.:\-–—]?\s*(?P<head>.*)$",
            re.I,
        ),
    )
    for kind, words in _CONTAINER_WORDS
]
_CJK_CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十百千0-9]+(?P<kw>編|章|節|款)")


def _chapter_path(raw: str) -> tuple[list[_Level], int]:
    """The container levels named by a chapter label; (levels, 1 if the label was unusable)."""
    s = raw.strip()
    if not s:
        return [], 0
    if re.search(r"\s{3,}", s):  # two-column interleaving: keep the left column
        s = re.split(r"\s{3,}", s)[0]
    parts = [p.strip() for p in re.split(r"\s+\|\s+", s) if p.strip()]
    if len(parts) == 1 and " / " in s:
        pieces = [p.strip() for p in s.split(" / ")]
        if sum(1 for p in pieces if _parse_level(p, "")) == len(pieces):
            parts = pieces
    levels: list[_Level] = []
    key = ""
    for part in parts:
        key = f"{key}|{part}"
        level = _parse_level(part, key)
        if level is None:
            return levels, 1
        levels.append(level)
    return levels, 0


def _parse_level(part: str, key: str) -> _Level | None:
    cleaned, _notes = strip_editorial(part)
    text = " ".join(cleaned.split())
    if re.fullmatch(r"\d+[A-Za-z]?", text):
        return _Level(key, "chapter", text, "", "")
    m_cjk = _CJK_CHAPTER.match(text)
    if m_cjk:
        kind = {"編": "part", "章": "chapter", "節": "division", "款": "subdivision"}[
            m_cjk.group("kw")
        ]
        return _Level(key, kind, "", text[m_cjk.end() :].strip(), text)
    m = re.match(r"^(?:Chapter|CHAPTER)\s+(\d+)\s*:\s*(.*)$", text)
    if m:  # "Chapter 1: 第一章 ..." (a scraper's label around the printed one)
        return _Level(key, "chapter", m.group(1), m.group(2).strip(), text)
    for kind, rx in _CONTAINER_RX_NUM_FIRST + _CONTAINER_RX:
        m = rx.match(text)
        if m:
            head = (m.group("head") or "").strip()
            raw_num = re.sub(r"^a\s(\d+)-a$", r"\1", m.group("num") or "")  # "a 2-a" (ro)
            num = _num(raw_num) if raw_num else ""
            if not num and m.groupdict().get("ord"):
                num = _ordinal_num(m.group("ord"))
            if not _heading_ok(head):
                return None
            return _Level(key, kind, num, head, text)
    if re.match(r"^[^\W\d_]", text) and not _starts_lower(text) and _heading_ok(text):
        return _Level(key, "chapter", "", text, text)
    return None


def _starts_lower(s: str) -> bool:
    """True for a lower-case start in a bicameral script (Georgian Mkhedruli is "lower case"
    for Unicode but has no capitals in running text)."""
    c = s.lstrip()[:1]
    return bool(c) and c.islower() and (ord(c) < 0x0530 or 0x1E00 <= ord(c) <= 0x1FFF)


def _ordinal_num(word: str) -> str:
    """Ordinal words before a container keyword ("Prvo ...", "PRVÁ ...") -> number."""
    n = clean_num(word)
    return n if n.isdigit() else ""


def _heading_ok(head: str) -> bool:
    """A container heading is short and is not running text."""
    if not head:
        return True
    if len(head) > 200 or _starts_lower(head) or re.match(r"^[(\[]?\d+[).]", head):
        return False
    # running text: a sentence end followed by more text, or clause punctuation
    return not re.search(r"[.;]\s*\S|[;]$|[.]\S", head)


def _sync_containers(
    levels: list[_Level], stack: list[tuple[str, Node]], top: list[Node], tb: TextBuilder
) -> None:
    keep = 0
    while keep < len(stack) and keep < len(levels) and stack[keep][0] == levels[keep].key:
        keep += 1
    for _key, node in stack[keep:]:
        node.end = max(node.end, tb.pos)
    del stack[keep:]
    for level in levels[keep:]:
        if level.line:
            start, end = tb.add(level.line)
        else:
            start = end = tb.pos + (1 if tb.pos else 0)
        node = Node(
            kind=level.kind, num=level.num, heading=level.heading or "", start=start, end=end
        )
        (stack[-1][1].children if stack else top).append(node)
        stack.append((level.key, node))


def _fix_container_spans(nodes: list[Node]) -> None:
    for n in nodes:
        if n.children:
            _fix_container_spans(n.children)
            n.end = max(n.end, *(c.end for c in n.children))
            if n.start > n.children[0].start:
                n.start = n.children[0].start


# --------------------------------------------------------------------------------------------
# one record -> Node


def _content_text(content: str) -> tuple[str, int]:
    """Content as normalised plain text (HTML rendered, web-page residue cut)."""
    text = _soft_hyphens(content)
    if _HTML_HINT.search(text):
        from lexcompare.sources.html import fragment_text

        text = fragment_text(text)
    cut = 0
    m = _JUNK.search(text)
    if m:
        text = text[: m.start()]
        cut = 1
    return normalise(text), cut


_INLINE_MARK = re.compile(r"(?<=[.;:—–-])[ \t]*(?=\((\d{1,3}|[a-z]{1,2})\))")


def break_inline_markers(text: str) -> str:
    """Start a new line at "(2)", "(b)" ... run into one line by the scrape, when the marker
    follows the end of a clause (".", ";", ":", a dash) and continues the sequence of the
    markers before it ("(1) ... (2) ...", "(a) ...; (b) ...").  Whitespace only changes."""
    out: list[str] = []
    pos = 0
    last: dict[str, int] = {}
    for m in re.finditer(r"\((\d{1,3}|[a-z])\)", text):
        tok = m.group(1)
        style, val = ("n", int(tok)) if tok.isdigit() else ("a", ord(tok) - 96)
        at_start = m.start() == 0 or text[m.start() - 1] == "\n"
        if at_start:
            last[style] = val
            continue
        gap = _INLINE_MARK.match(text, _space_start(text, m.start()))
        if gap and gap.end() == m.start() and last.get(style, 0) + 1 == val and val > 1:
            out.append(text[pos : gap.start()])
            out.append("\n")
            pos = m.start()
            last[style] = val
        elif style not in last and val == 1:
            if gap and gap.end() == m.start():
                out.append(text[pos : gap.start()])
                out.append("\n")
                pos = m.start()
            last[style] = val
    out.append(text[pos:])
    return "".join(out)


def _space_start(text: str, i: int) -> int:
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j


def _soft_hyphens(text: str) -> str:
    """Some scrapes print dashes as soft hyphens (U+00AD), which normalising would delete:
    "non\u00adcompoundable" -> "non-compoundable", "commencement.\u00ad(1)" -> "...—(1)"."""
    if "\u00ad" not in text:
        return text
    text = re.sub(r"(?<=[^\W\d_])\u00ad(?=[^\W\d_])", "-", text)
    return text.replace("\u00ad", "—")


@dataclass(frozen=True)
class _Title:
    head_line: str  # what the rendered designation/heading line prints
    heading: str
    run_in: str  # body text that the scrape put into the title
    prints_designation: bool


_RUN_IN = re.compile(r"[.:]?\s*[—–]\s*|\.-\s*|:\s*-\s+|\s+-\s+")


def _split_title(title: str, num: str, content: str) -> _Title:
    """Titles in scrapes are a heading ("Definitions."), a designation with a heading
    ("Artículo 1. <Heading>", "Section 1. Short title"), a designation alone ("Članak 1."), a
    preview of the content's first words ("Article 4 - <first words> ..."), or a first line
    cut by a PDF line break ("ARTÍCULO 12. <Heading>. <First words>" + "<rest> ...").
    """
    t = " ".join(normalise(_soft_hyphens(title)).split())
    if not t:
        return _Title("", "", "", False)
    d = designation_at(t)
    prints = d is not None and (
        not num or not d.num or d.num == num or d.num.split(":")[-1] == num.split(":")[-1]
    )
    lead = t[: d.end].rstrip() if prints and d is not None else ""
    rest = t[d.end :].strip() if prints and d is not None else t
    rest_core = rest.lstrip("-–—.: ").strip()
    if not rest_core:
        return _Title(lead, "", "", prints)
    flat_content = " ".join(content.split()).lstrip("-–—.: ")
    if rest_core.rstrip(".: ")[:50] in flat_content[:400]:
        return _Title(lead, "", "", prints)  # the title previews the content
    continues = bool(content) and _starts_lower(content)
    m = _RUN_IN.search(rest_core)
    after = rest_core[m.end() :] if m else ""
    if (
        m
        and m.start() > 0
        and (continues or len(after.split()) >= 8 or re.match(r"^\(?(?:\d+|[a-z])\)", after))
    ):
        head = rest_core[: m.start()]
        return _Title(
            f"{lead} {head}".strip(), _clean_heading(head), rest_core[m.end() :].strip(), prints
        )
    if continues and prints:
        # "<Heading>. <First words>" + "<rest in lower case> ..." : heading = first sentence
        m2 = re.match(r"^(?P<h>[^.]{2,120}\.)\s+(?P<r>\S.*)$", rest_core)
        if m2 and len(m2.group("h").split()) <= 12 and not _starts_lower(m2.group("h")):
            return _Title(
                f"{lead} {m2.group('h')}".strip(),
                _clean_heading(m2.group("h")),
                m2.group("r"),
                prints,
            )
        return _Title(lead, "", rest_core, prints)
    if continues and len(rest_core.split()) > 12:
        return _Title(lead, "", rest_core, prints)
    return _Title(f"{lead} {rest}".strip(), _clean_heading(rest_core), "", prints)


def _clean_heading(h: str) -> str:
    h = h.strip()
    m = re.fullmatch(r"[（(](.+)[）)]", h)  # e-Gov "（<heading>）"
    if m:
        h = m.group(1).strip()
    h = re.sub(r"^[a-z]\s(?=[A-ZÄÖÜ])", "", h)  # Fedlex "a <Heading>" (art. 1a)
    return h.rstrip(" .:-–—").strip() if len(h) > 1 else h


def _content_heading(body: str) -> tuple[str, str]:
    """A heading printed at the start of the content after the designation:
    "<Heading> . <Text> ..." / "<Heading>.- <Text> ..." / "(<Heading>) <Text> ...".
    """
    m = re.match(r"^(?P<h>[^.\n]{2,120}?)\s?(?:\.\s?[-–—]|\s\.\s)[\s.]*(?P<r>\S.*)$", body, re.S)
    if (
        m
        and len(m.group("h").split()) <= 12
        and not _starts_lower(m.group("h"))
        and not re.search(r"\d", m.group("h"))
    ):
        return m.group("h").strip(), m.group("r")
    m = re.match(r"^\((?P<h>[^()\n]{2,120})\)\s+(?P<r>\S.*)$", body, re.S)
    if m and len(m.group("h").split()) <= 12 and not re.search(r"\d", m.group("h")):
        return m.group("h").strip(), m.group("r")
    m = re.match(r"^(?P<h>[^\n.;:()]{3,100}?)\s+(?P<r>\(1\)\s.*)$", body, re.S)
    if m and len(m.group("h").split()) <= 10 and not _starts_lower(m.group("h")):
        return m.group("h").strip(), m.group("r")  # "<Heading> (1) <text> ..."
    return "", body


def _render_unit(
    unit: _Unit, tb: TextBuilder, split: Any, lang: str, prefix_chapter: bool
) -> tuple[Node, int]:
    """Render one record: head line, body (with fragments and quoted records); -> Node."""
    rec = unit.record
    content, cut = _content_text(rec.content)
    for extra in unit.continued:
        more, more_cut = _content_text(extra.content)
        cut += more_cut
        content = f"{content}\n{more}" if content else more
    content, notes = strip_editorial(content)
    title = _split_title(rec.title, unit.num, content)
    num = unit.num
    chapter_no = _chapter_number(unit)
    if prefix_chapter and chapter_no and num and ":" not in num:
        num = normalise_num(f"{chapter_no}:{num}")
    d = designation_at(content)
    content_prints = d is not None and (not unit.num or not d.num or d.num == unit.num)
    bare = (
        re.match(rf"^\s*{re.escape(unit.num)}\s*\.\s*[-–—]?\s*(?=\S)", content)
        if unit.num and not content_prints
        else None
    )  # Cyprus "6. <text> ..."
    heading = title.heading
    if content_prints and not title.heading and not title.run_in:
        head_line = ""  # "Artículo 1" + "ARTÍCULO 1°. <Heading> . ...": print it once
    elif title.prints_designation or (title.head_line and not content_prints):
        head_line = title.head_line
        if not title.prints_designation:
            designation = " ".join(p for p in (unit.label, unit.num) if p)
            head_line = f"{designation}. {head_line}" if designation else head_line
    elif content_prints:
        head_line = ""
    else:  # a designation line, unless the source prints no label we could print
        head_line = f"{unit.label} {unit.num}" if unit.label and unit.num else ""
    if unit.moved_heading:  # printed above the designation, as in the source
        heading = heading or _clean_heading(unit.moved_heading)
        head_line = f"{unit.moved_heading}\n{head_line}" if head_line else unit.moved_heading
    body = content
    if title.run_in:
        joiner = " " if _starts_lower(content) else "\n"
        body = f"{title.run_in}{joiner}{content}" if content else title.run_in
    body = break_inline_markers(body)
    # where the provision's own text starts inside `body`
    skip = 0
    if content_prints and d is not None and not title.run_in:
        skip = d.end
    elif bare is not None and not title.run_in:
        skip = bare.end()
    if not heading:
        h, rest = _content_heading(body[skip:])
        if h:
            heading = h
            skip = len(body) - len(rest)
    quoted = [_absorbed_text(a) for a in unit.absorbed]
    cut += sum(c for _, c in quoted)
    parts = [p for p in (head_line, body, *(t for t, _ in quoted)) if p]
    block = "\n".join(parts)
    if block:
        start, end = tb.add(block)
    else:
        start = end = tb.pos
    body_at = start + (len(head_line) + 1 if head_line and body else 0)
    own = block[(body_at - start) + skip :] if body else "\n".join(t for t, _ in quoted if t)
    own_at = body_at + skip if body else end - len(own)
    result = split(own, own_at, lang) if own.strip() else None
    node = Node(kind=unit.kind, label=unit.label, num=num, heading=heading, start=start, end=end)
    if result is not None:
        node.text = result.text.strip()
        node.children = list(result.children)
        node.notes.extend(result.notes)
    node.notes[:0] = notes
    node.inserted.extend(_insertions(block, start, unit))
    pos = len(block) - sum(len(t) + 1 for t, _ in quoted if t)
    for absorbed, (a_text, _c) in zip(unit.absorbed, quoted, strict=True):
        if not a_text:
            continue
        a_start = start + pos + 1
        if absorbed.num and not any(
            i.start <= a_start < i.end and i.target == absorbed.num for i in node.inserted
        ):
            node.inserted.append(
                Insertion(
                    target=absorbed.num,
                    label=absorbed.label,
                    start=a_start,
                    end=a_start + len(a_text),
                )
            )
        pos += len(a_text) + 1
    if not node.num and not node.heading:
        node.heading = f"[record {rec.index + 1} of the source file; its number is missing]"
    return node, cut


def _absorbed_text(unit: _Unit) -> tuple[str, int]:
    """Text of a record quoted by an amending record: its title line (if the content does
    not print the designation itself) and its content."""
    rec = unit.record
    content, cut = _content_text(rec.content)
    title = " ".join(normalise(_soft_hyphens(rec.title)).split())
    d = designation_at(content)
    if d is not None and (not d.num or d.num == unit.num):
        return content, cut
    head = title or " ".join(p for p in (unit.label, unit.num) if p)
    return "\n".join(p for p in (head, content) if p), cut


_QUOTED_DESIGNATION = re.compile(rf"[“«„\"]\s*(?P<label>{_PREFIX_LABELS})\s*(?P<num>{_NUM_TOKEN})")


def _insertions(block: str, offset: int, unit: _Unit) -> list[Insertion]:
    """Quoted provisions in an amending record: “Artigo 12-A ...” -> Insertion(12-A)."""
    out: list[Insertion] = []
    pos = 0
    while True:
        m = _QUOTED_DESIGNATION.search(block, pos)
        if not m:
            break
        opener = block[m.start()]
        close = _closing(block, m.start(), opener)
        num = _num(m.group("num"))
        if num and close > m.start():
            out.append(
                Insertion(
                    target=num, label=m.group("label"), start=offset + m.start(), end=offset + close
                )
            )
            pos = close
        else:
            pos = m.end()
    return out


def _closing(text: str, start: int, opener: str) -> int:
    """Offset just after the quotation mark closing the quotation opened at `start`."""
    pairs = {"“": "”", "«": "»", "„": "“", '"': '"'}
    closer = pairs.get(opener, "”")
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch == closer and (opener != closer or i > start):
            if depth <= 1:
                return i + 1
            depth -= 1
        elif ch == opener:
            depth += 1
    return len(text)


__all__ = ["break_inline_markers", "designation_at", "read"]
