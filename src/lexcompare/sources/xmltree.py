"""Helpers shared by the XML readers (akn, justice_canada, clml, uslm): text extraction from mixed
content, designations printed with their headings, file eIds, page furniture, code tables.

Pure functions and small value classes; no I/O.
"""

from __future__ import annotations

import html.entities
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from lxml import etree

from lexcompare.model import Insertion, Provision
from lexcompare.numbering import ORDINAL_WORDS, SOLE_WORDS, normalise_num
from lexcompare.sources.base import TextBuilder
from lexcompare.sources.xmlsafe import local_name
from lexcompare.text import collapse, normalise
from lexcompare.tree import Node

# --------------------------------------------------------------------------------------------
# Rendering text with offsets


class Out(TextBuilder):
    """A TextBuilder that remembers its lines, so a reader can take back what it rendered since
    a mark (used for quoted amendments and flattened blocks)."""

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[tuple[int, str]] = []

    def add(self, s: str) -> tuple[int, int]:
        start, end = super().add(s)
        if s:
            self._lines.append((start, s))
        return start, end

    def line(self, s: str) -> tuple[int, int]:
        """Add one normalised single line (whitespace collapsed); empty strings add nothing."""
        return self.add(collapse(s))

    def block(self, s: str) -> tuple[int, int]:
        """Add normalised multi-line text (no blank lines kept inside)."""
        return self.add(normalise_block(s))

    def mark(self) -> int:
        return len(self._lines)

    def lines_since(self, mark: int) -> list[str]:
        return [s for _, s in self._lines[mark:]]

    def span_since(self, mark: int) -> tuple[int, int]:
        """(start, end) of what was added since `mark` ((pos, pos) if nothing)."""
        if mark >= len(self._lines):
            return self.pos, self.pos
        return self._lines[mark][0], self.pos


def normalise_block(s: str) -> str:
    """`text.normalise`, then without blank lines (a reader's piece is one block of lines)."""
    return "\n".join(line for line in normalise(s).split("\n") if line)


# --------------------------------------------------------------------------------------------
# Mixed content -> text

_BREAKS = frozenset({"br", "eol", "eop"})
# Block-like elements (table cells, list items, paragraphs) nested in mixed content: their text
# must not run into the neighbours' ("cellAcellB").
_SPACED = frozenset(
    {
        "td",
        "th",
        "tr",
        "p",
        "li",
        "entry",
        "row",
        "cell",
        "column",
        "ListItem",
        "Para",
        "Text",
        "P",
        "item",
        "TableCell",
        "Row",
        "Entry",
    }
)


def entity_text(node: object) -> str:
    """The character an unexpanded entity reference stands for, if it is a standard (HTML)
    named entity; "" otherwise (entities are never resolved from a DTD)."""
    name = str(getattr(node, "name", "") or "")
    return html.entities.html5.get(name + ";", "")


def mixed_text(
    el: etree._Element,
    *,
    skip: Callable[[etree._Element], bool] | None = None,
    on_skip: Callable[[etree._Element], None] | None = None,
    keep_newlines: bool = False,
) -> str:
    """Text of an element with mixed content.

    Elements for which `skip(el)` is true are left out (and passed to `on_skip`, e.g. to collect
    notes); line-break elements become newlines; unexpanded entities become their character
    (standard named entities) or nothing.  Whitespace is collapsed to single spaces, except that
    newlines survive when `keep_newlines` is true.
    """
    s = raw_text(el, skip=skip, on_skip=on_skip)
    if keep_newlines:
        return normalise_block(s)
    return collapse(s)


def raw_text(
    el: etree._Element,
    *,
    skip: Callable[[etree._Element], bool] | None = None,
    on_skip: Callable[[etree._Element], None] | None = None,
) -> str:
    """Like `mixed_text`, but without any whitespace normalisation (line breaks as in the file)."""
    parts: list[str] = []
    _walk_text(el, parts, skip, on_skip)
    return "".join(parts)


def _walk_text(
    el: etree._Element,
    parts: list[str],
    skip: Callable[[etree._Element], bool] | None,
    on_skip: Callable[[etree._Element], None] | None,
) -> None:
    if el.text:
        parts.append(el.text)
    for child in el:
        if isinstance(child, etree._Entity):
            parts.append(entity_text(child))
        elif isinstance(child.tag, str):
            name = local_name(child)
            if skip is not None and skip(child):
                if on_skip is not None:
                    on_skip(child)
                parts.append(" ")
            elif name in _BREAKS:
                parts.append("\n")
            elif name in _SPACED:
                parts.append(" ")
                _walk_text(child, parts, skip, on_skip)
                parts.append(" ")
            else:
                _walk_text(child, parts, skip, on_skip)
        if child.tail:
            parts.append(child.tail)


# --------------------------------------------------------------------------------------------
# Designations printed together with headings ("TÍTULO PRIMERO DISPOSICIONES GENERALES")

_ROMAN = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ARABIC = re.compile(
    r"\d+(?:[A-Za-z](?![A-Za-z]))?(?:[.\-/:]\d+[A-Za-z]?)*\.?(?:o|º|°|ª|er|re|e|st|nd|rd|th)?"
)
_PAREN = re.compile(r"\(?[A-Za-z0-9]{1,8}(?:\.[A-Za-z0-9]{1,4})*\)")
_LABEL = re.compile(r"(?:§§?|[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)*\.?)", re.U)
_SUFFIX = re.compile(
    r"(?:bis|ter|quater|qu[aá]ter|quinquies|sexies|septies|octies|nonies|novies|decies)$", re.I
)

# Feminine and compound ordinals that numbering.ORDINAL_WORDS does not list.
_MORE_ORDINALS = {
    "primera": 1,
    "segunda": 2,
    "tercera": 3,
    "cuarta": 4,
    "quinta": 5,
    "sexta": 6,
    "séptima": 7,
    "septima": 7,
    "octava": 8,
    "novena": 9,
    "décima": 10,
    "decima": 10,
    "undécimo": 11,
    "undecimo": 11,
    "duodécimo": 12,
    "duodecimo": 12,
    "vigésimo": 20,
    "vigesimo": 20,
    "trigésimo": 30,
    "trigesimo": 30,
    "cuadragésimo": 40,
    "cuadragesimo": 40,
    "quincuagésimo": 50,
    "quincuagesimo": 50,
    "vigésima": 20,
    "trigésima": 30,
}


def _ordinal_value(word: str) -> int | None:
    w = word.lower().rstrip(".:,;-–—")
    if w in ORDINAL_WORDS:
        return int(ORDINAL_WORDS[w])
    return _MORE_ORDINALS.get(w)


def is_num_token(tok: str) -> bool:
    """Does a single token look like a designation number ("5", "5o", "IV", "(a)", "primero")?"""
    t = tok.strip().rstrip(".:,;-–—")
    if not t:
        return False
    if _ARABIC.fullmatch(t) or _PAREN.fullmatch(tok.strip().rstrip(".:,;-–—")):
        return True
    if t.isupper() and _ROMAN.fullmatch(t):
        return True
    if len(t) == 1 and t.isalpha() and t.isupper():
        return True
    low = t.lower()
    return _ordinal_value(low) is not None or low in SOLE_WORDS


def clean_num(raw: str) -> str:
    """numbering.normalise_num, plus the typewriter ordinal "1o" -> "1" and feminine or compound
    ordinal words ("segunda" -> "2")."""
    s = raw.strip()
    if s.count("(") > 1 or s.count(")") > 1:  # ranges: "(2) and (3)", "a) à c)" -> "2 and 3"
        s = re.sub(r"\(([^()]*)\)", r"\1", s)
        s = re.sub(r"(?<=\w)\)", "", s)
    value = _ordinal_value(s)
    if value is not None:
        return str(value)
    s = re.sub(r"(?<=\d)\.?\s?[ºª°]$", "", s)  # "1.º", "1.ª"
    s = normalise_num(s)
    return re.sub(r"(?<=\d)o$", "", s)


def split_designation_heading(text: str) -> tuple[str, str, str]:
    """Split a printed designation that may run on into a heading.

    "TÍTULO PRIMERO DISPOSICIONES GENERALES" -> ("TÍTULO", "1", "DISPOSICIONES GENERALES");
    "Artículo 10." -> ("Artículo", "10", ""); "(a)" -> ("", "a", ""); "PART 1" -> ("PART", "1", "");
    "Short Title" -> ("", "", "Short Title") (no number: all heading).
    """
    s = collapse(unicodedata.normalize("NFC", text))
    if not s:
        return "", "", ""
    toks = s.split(" ")
    label = ""
    i = 0
    if toks[0].startswith("§"):
        label = "§§" if toks[0].startswith("§§") else "§"
        rest0 = toks[0][len(label) :]
        if rest0:
            toks[0] = rest0
        else:
            i = 1
    elif not is_num_token(toks[0]) and _LABEL.fullmatch(toks[0]) and len(toks) > 1:
        label = toks[0]
        i = 1
    if i >= len(toks) or not is_num_token(toks[i]):
        if label and not label.startswith("§"):
            return "", "", s.strip(" .:-–—")
        if label:
            return label, "", " ".join(toks[i:])
        return "", "", s.strip(" .:-–—")
    num_toks = [toks[i]]
    j = i + 1
    # "DÉCIMO PRIMERO" (11), "145 bis", "5 ter"
    first = _ordinal_value(toks[i])
    if first is not None and first % 10 == 0 and j < len(toks):
        unit = _ordinal_value(toks[j])
        if unit is not None and unit < 10:
            num_toks.append(toks[j])
            j += 1
    while j < len(toks) and _SUFFIX.fullmatch(toks[j].rstrip(".:,;-–—")):
        num_toks.append(toks[j])
        j += 1
    rest = " ".join(toks[j:]).strip(" .:-–—")
    if len(num_toks) == 2 and first is not None and _ordinal_value(num_toks[1]) is not None:
        unit = _ordinal_value(num_toks[1]) or 0
        num = str(first + unit)
    else:
        num = clean_num(" ".join(num_toks))
    return label, num, rest


# --------------------------------------------------------------------------------------------
# eIds from the file


def apply_file_eids(
    provisions: tuple[Provision, ...], eids: Sequence[str | None]
) -> tuple[Provision, ...]:
    """Replace frozen eIds by the file's own (given in pre-order, None where absent).

    A provision without a file eId keeps its generated tail under its parent's new eId; repeats
    get "-2", "-3"... so that eIds stay unique.
    """
    index = 0
    seen: dict[str, int] = {}

    def fix(p: Provision, old_parent: str, new_parent: str) -> Provision:
        nonlocal index
        own = eids[index] if index < len(eids) else None
        index += 1
        if own:
            eid = own
        elif old_parent and p.eid.startswith(old_parent + "__"):
            eid = new_parent + p.eid[len(old_parent) :]
        else:
            eid = p.eid
        n = seen.get(eid, 0) + 1
        seen[eid] = n
        if n > 1:
            eid = f"{eid}-{n}"
        children = tuple(fix(c, p.eid, eid) for c in p.children)
        return replace(p, eid=eid, children=children)

    return tuple(fix(p, "", "") for p in provisions)


# --------------------------------------------------------------------------------------------
# Page furniture (running headers/footers and page numbers left by a PDF conversion)

_PAGE_NUMBER = re.compile(
    r"^(?:(?:p[áa]g(?:ina)?|page|seite|p)\.?\s*)?\d{1,4}\s*(?:de|of|/|von|sur|di|z|od|из)\s*\d{1,4}$"
    r"|^[-–—]\s*\d{1,4}\s*[-–—]$"
    r"|^(?:p[áa]gina|page|seite|pag\.)\s*\d{1,4}$",
    re.I,
)
_PAGE_SUFFIX = re.compile(
    r"\s+(?:(?:p[áa]g(?:ina)?|page|seite)\.?\s*)?\d{1,4}\s*(?:de|of|/|von|sur)\s*\d{1,4}$", re.I
)


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line.strip()))


def strip_page_number_suffix(s: str) -> tuple[str, bool]:
    """ "TÍTULO TERCERO 7 de 9" -> ("TÍTULO TERCERO", True)."""
    t = _PAGE_SUFFIX.sub("", s)
    return t, t != s


class PageFurniture:
    """Finds the lines a PDF conversion left at page breaks: page numbers ("7 de 60", "Page 3")
    and running headers/footers (short lines that recur next to page numbers).

    A line is a header/footer when it recurs at least 3 times and at least half of its
    occurrences sit in a contiguous run of recurring lines that touches a page-number line.
    """

    def __init__(self, lines: Iterable[str], *, min_repeats: int = 3, window: int = 8) -> None:
        seq = [collapse(x) for x in lines]
        counts = Counter(x for x in seq if x)
        pages = [i for i, x in enumerate(seq) if x and is_page_number(x)]
        near: Counter[str] = Counter()
        for i in pages:
            for step in (1, -1):
                j, taken = i + step, 0
                while 0 <= j < len(seq) and taken < window:
                    x = seq[j]
                    if x and (counts[x] < min_repeats or len(x) > 200 or is_page_number(x)):
                        break
                    if x:
                        near[x] += 1
                        taken += 1
                    j += step
        numbers = {m.group() for i in pages if (m := re.search(r"\d+", seq[i]))}
        # Page numbers count only when there are several different ones (a lone "1/2" in a
        # table is a fraction, not a page break).
        self.active = len(numbers) >= min_repeats
        self.page_lines = len(pages) if self.active else 0
        self.example = seq[pages[0]] if self.active else ""
        self.furniture = frozenset(
            x for x, n in near.items() if self.active and n >= min_repeats and n * 2 >= counts[x]
        )

    def __bool__(self) -> bool:
        return self.active

    def is_furniture(self, line: str) -> bool:
        x = collapse(line)
        return self.active and bool(x) and (is_page_number(x) or x in self.furniture)


# --------------------------------------------------------------------------------------------
# Soft line wraps (text extracted from PDF keeps the printed line breaks)

_ENUMERATOR = re.compile(
    r"^(?:[IVXLCDM]+\s*[.)\-–]|[a-zA-Z]\)|\(\s*[a-zA-Z0-9]{1,6}(?:\.\d+)?\s*\)|\d+(?:\.\d+)*\s*[.)°º\-–]"
    r"|[-–—•·▪*]\s|art[íi]culo\b|article\b|art\.|§)",
    re.I,
)


def unwrap_lines(lines: Sequence[str]) -> list[str]:
    """Join lines broken by the printed layout: a line break is kept only after a blank line,
    after a sentence or clause end (. : ;) or before an enumerator (I., a), (1), 2., bullet,
    "Artículo")."""
    out: list[str] = []
    hard = True
    for raw in lines:
        line = collapse(raw)
        if not line:
            hard = True
            continue
        if (
            not hard
            and out
            and not out[-1].endswith((".", ":", ";", "!", "?"))
            and not _ENUMERATOR.match(line)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        hard = False
    return out


# --------------------------------------------------------------------------------------------
# Draft helpers


def node_span(node: Node, start: int, end: int) -> None:
    """Widen a draft's span to cover [start, end)."""
    if node.start == node.end == 0 and not node.text:
        node.start, node.end = start, end
    else:
        node.start = min(node.start, start)
        node.end = max(node.end, end)


def add_text(node: Node, s: str) -> None:
    node.text = f"{node.text}\n{s}" if node.text else s


def move_insertions(nodes: Iterable[Node]) -> tuple[list[Insertion], list[str]]:
    """All insertions and notes held anywhere in these drafts (for flattened blocks)."""
    ins: list[Insertion] = []
    notes: list[str] = []
    stack = list(nodes)[::-1]
    while stack:
        n = stack.pop()
        ins.extend(n.inserted)
        notes.extend(n.notes)
        stack.extend(reversed(n.children))
    return ins, notes


# --------------------------------------------------------------------------------------------
# Code tables

# ISO 639-2 (bibliographic and terminology codes) -> ISO 639-1.
_ISO639_2 = {
    "afr": "af",
    "alb": "sq",
    "sqi": "sq",
    "amh": "am",
    "ara": "ar",
    "arm": "hy",
    "hye": "hy",
    "aze": "az",
    "baq": "eu",
    "eus": "eu",
    "bel": "be",
    "ben": "bn",
    "bos": "bs",
    "bul": "bg",
    "bur": "my",
    "mya": "my",
    "cat": "ca",
    "chi": "zh",
    "zho": "zh",
    "hrv": "hr",
    "cze": "cs",
    "ces": "cs",
    "dan": "da",
    "dut": "nl",
    "nld": "nl",
    "eng": "en",
    "est": "et",
    "fin": "fi",
    "fre": "fr",
    "fra": "fr",
    "geo": "ka",
    "kat": "ka",
    "ger": "de",
    "deu": "de",
    "gre": "el",
    "ell": "el",
    "heb": "he",
    "hin": "hi",
    "hun": "hu",
    "ice": "is",
    "isl": "is",
    "ind": "id",
    "gle": "ga",
    "ita": "it",
    "jpn": "ja",
    "kaz": "kk",
    "khm": "km",
    "kor": "ko",
    "lao": "lo",
    "lat": "la",
    "lav": "lv",
    "lit": "lt",
    "ltz": "lb",
    "mac": "mk",
    "mkd": "mk",
    "may": "ms",
    "msa": "ms",
    "mlt": "mt",
    "mon": "mn",
    "nep": "ne",
    "nor": "no",
    "nob": "nb",
    "nno": "nn",
    "per": "fa",
    "fas": "fa",
    "pol": "pl",
    "por": "pt",
    "pus": "ps",
    "rum": "ro",
    "ron": "ro",
    "rus": "ru",
    "srp": "sr",
    "sin": "si",
    "slo": "sk",
    "slk": "sk",
    "slv": "sl",
    "som": "so",
    "spa": "es",
    "swa": "sw",
    "swe": "sv",
    "tgl": "tl",
    "fil": "tl",
    "tam": "ta",
    "tha": "th",
    "tur": "tr",
    "ukr": "uk",
    "urd": "ur",
    "uzb": "uz",
    "vie": "vi",
    "wel": "cy",
    "cym": "cy",
    "xho": "xh",
    "zul": "zu",
    "tsn": "tn",
    "sot": "st",
    "nso": "nso",
    "ven": "ve",
    "tso": "ts",
    "ssw": "ss",
    "nbl": "nr",
    "kin": "rw",
    "lug": "lg",
    "yor": "yo",
    "ibo": "ig",
    "hau": "ha",
    "mlg": "mg",
    "sna": "sn",
    "nya": "ny",
    "tir": "ti",
    "orm": "om",
    "bre": "br",
    "glg": "gl",
    "kur": "ku",
    "tat": "tt",
    "tgk": "tg",
    "tuk": "tk",
    "kir": "ky",
    "pan": "pa",
    "guj": "gu",
    "mar": "mr",
    "tel": "te",
    "kan": "kn",
    "mal": "ml",
    "ori": "or",
    "div": "dv",
    "dzo": "dz",
}


def iso639_1(code: str) -> str:
    """ "spa" -> "es", "en" -> "en", "en-GB" -> "en"; "" if unknown."""
    c = code.strip().lower().replace("_", "-").split("-")[0]
    if len(c) == 2 and c.isalpha():
        return c
    return _ISO639_2.get(c, "")


# ISO 3166-1 alpha-2 -> alpha-3.
_ISO3166_PAIRS = (
    "AD:AND AE:ARE AF:AFG AG:ATG AI:AIA AL:ALB AM:ARM AO:AGO AQ:ATA AR:ARG AS:ASM AT:AUT "
    "AU:AUS AW:ABW AX:ALA AZ:AZE BA:BIH BB:BRB BD:BGD BE:BEL BF:BFA BG:BGR BH:BHR BI:BDI "
    "BJ:BEN BL:BLM BM:BMU BN:BRN BO:BOL BQ:BES BR:BRA BS:BHS BT:BTN BV:BVT BW:BWA BY:BLR "
    "BZ:BLZ CA:CAN CC:CCK CD:COD CF:CAF CG:COG CH:CHE CI:CIV CK:COK CL:CHL CM:CMR CN:CHN "
    "CO:COL CR:CRI CU:CUB CV:CPV CW:CUW CX:CXR CY:CYP CZ:CZE DE:DEU DJ:DJI DK:DNK DM:DMA "
    "DO:DOM DZ:DZA EC:ECU EE:EST EG:EGY EH:ESH ER:ERI ES:ESP ET:ETH FI:FIN FJ:FJI FK:FLK "
    "FM:FSM FO:FRO FR:FRA GA:GAB GB:GBR GD:GRD GE:GEO GF:GUF GG:GGY GH:GHA GI:GIB GL:GRL "
    "GM:GMB GN:GIN GP:GLP GQ:GNQ GR:GRC GS:SGS GT:GTM GU:GUM GW:GNB GY:GUY HK:HKG HM:HMD "
    "HN:HND HR:HRV HT:HTI HU:HUN ID:IDN IE:IRL IL:ISR IM:IMN IN:IND IO:IOT IQ:IRQ IR:IRN "
    "IS:ISL IT:ITA JE:JEY JM:JAM JO:JOR JP:JPN KE:KEN KG:KGZ KH:KHM KI:KIR KM:COM KN:KNA "
    "KP:PRK KR:KOR KW:KWT KY:CYM KZ:KAZ LA:LAO LB:LBN LC:LCA LI:LIE LK:LKA LR:LBR LS:LSO "
    "LT:LTU LU:LUX LV:LVA LY:LBY MA:MAR MC:MCO MD:MDA ME:MNE MF:MAF MG:MDG MH:MHL MK:MKD "
    "ML:MLI MM:MMR MN:MNG MO:MAC MP:MNP MQ:MTQ MR:MRT MS:MSR MT:MLT MU:MUS MV:MDV MW:MWI "
    "MX:MEX MY:MYS MZ:MOZ NA:NAM NC:NCL NE:NER NF:NFK NG:NGA NI:NIC NL:NLD NO:NOR NP:NPL "
    "NR:NRU NU:NIU NZ:NZL OM:OMN PA:PAN PE:PER PF:PYF PG:PNG PH:PHL PK:PAK PL:POL PM:SPM "
    "PN:PCN PR:PRI PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT RE:REU RO:ROU RS:SRB RU:RUS RW:RWA "
    "SA:SAU SB:SLB SC:SYC SD:SDN SE:SWE SG:SGP SH:SHN SI:SVN SJ:SJM SK:SVK SL:SLE SM:SMR "
    "SN:SEN SO:SOM SR:SUR SS:SSD ST:STP SV:SLV SX:SXM SY:SYR SZ:SWZ TC:TCA TD:TCD TF:ATF "
    "TG:TGO TH:THA TJ:TJK TK:TKL TL:TLS TM:TKM TN:TUN TO:TON TR:TUR TT:TTO TV:TUV TW:TWN "
    "TZ:TZA UA:UKR UG:UGA UM:UMI US:USA UY:URY UZ:UZB VA:VAT VC:VCT VE:VEN VG:VGB VI:VIR "
    "VN:VNM VU:VUT WF:WLF WS:WSM XK:XKX YE:YEM YT:MYT ZA:ZAF ZM:ZMB ZW:ZWE"
)
_ISO3166 = dict(pair.split(":") for pair in _ISO3166_PAIRS.split())
_ALPHA3 = frozenset(_ISO3166.values())


def iso3166_alpha3(code: str) -> str:
    """ "mx" -> "MEX", "MEX" -> "MEX", "za-wc" (subdivision) -> "ZAF"; "" if unknown."""
    c = code.strip().upper().replace("_", "-").split("-")[0]
    if len(c) == 3 and c in _ALPHA3:
        return c
    return _ISO3166.get(c, "")


def year_of(date: str) -> str:
    m = re.match(r"\s*(\d{4})", date)
    return m.group(1) if m else ""
