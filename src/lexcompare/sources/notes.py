"""Editorial material that readers keep out of operative text, and how it finds its provision.

Readers that render a page or a PDF to text and then segment it (html, pdf) meet material that
is not operative text but belongs to a place in it: footnotes, struck-through (repealed) text,
amendment annotations such as "(Redação dada pela Lei nº ...)", marginal notes of
Commonwealth acts.  They put an *anchor* (a private-use character) where the material was,
segment the text without it, and afterwards hang the material on the provision whose span holds
the anchor: as a note (`Provision.notes`) or, for a marginal note beside the first line of a
section, as its heading.

`strip_editorial` does the same for text that is already split per provision (provisions-json):
it returns the text without the annotations and the annotations as notes.

Pure functions, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from lexcompare.model import CITABLE_KINDS, Provision

# Anchors are characters of Supplementary Private Use Area-A: no source text uses them, NFC
# leaves them alone, and `normalise` does not treat them as space.
_ANCHOR_BASE = 0xF0000
_ANCHOR_MAX = 0xFFFFD - _ANCHOR_BASE
_ANCHOR_RE = re.compile("[\U000f0000-\U000ffffd]")


def anchor(key: int) -> str:
    """The anchor character for note number `key`."""
    if not 0 <= key <= _ANCHOR_MAX:
        raise ValueError(f"anchor key out of range: {key}")
    return chr(_ANCHOR_BASE + key)


def strip_anchors(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove anchors: (clean text, [(offset in the clean text, key)]).

    An anchor between two spaces leaves one space; an anchor that was alone on its line leaves
    no empty line behind.
    """
    out: list[str] = []
    found: list[tuple[int, int]] = []
    length = 0
    last = ""
    i = 0
    n = len(text)
    while True:
        m = _ANCHOR_RE.search(text, i)
        end = m.start() if m else n
        if end > i:
            chunk = text[i:end]
            out.append(chunk)
            length += len(chunk)
            last = chunk[-1]
        if m is None:
            break
        i = m.end()
        nxt = text[i : i + 1]
        if last == " " and nxt in ("\n", "") and out:
            out[-1] = out[-1][:-1]  # "text <x>\n" -> "text\n"
            length -= 1
            last = out[-1][-1:] if out[-1] else ""
        found.append((length, ord(m.group()) - _ANCHOR_BASE))
        if (nxt == " " and last in (" ", "\n", "")) or (nxt == "\n" and last in ("\n", "")):
            i += 1  # "a <x> b" -> "a b"; a line holding only anchors disappears
    clean = "".join(out)
    lead = len(clean) - len(clean.lstrip())
    clean = clean.strip()
    found = [(min(max(0, p - lead), len(clean)), k) for p, k in found]
    return clean, found


@dataclass(frozen=True)
class Anchored:
    """A piece of editorial material placed at an offset of the rendered text."""

    offset: int
    text: str
    role: str = "note"  # "note": goes to Provision.notes; "heading": a marginal note


def attach(
    provisions: tuple[Provision, ...],
    items: Sequence[Anchored],
    *,
    authoritative_headings: bool = False,
) -> tuple[tuple[Provision, ...], list[Anchored]]:
    """Hang each item on its provision; return (new provisions, items that found no provision).

    A note goes to the deepest provision whose span holds its offset (at a boundary, to the
    provision that starts there).  A heading goes to the top-most citable provision starting at
    (or within a few characters after) its offset, if that provision has no heading yet, or
    always when `authoritative_headings` (marginal notes of Commonwealth acts are the headings;
    the run-in words the segmenter took for one go back to the provision's text); otherwise it
    becomes a note like any other marginal remark.
    """
    notes: dict[str, list[str]] = {}
    headings: dict[str, str] = {}
    unplaced: list[Anchored] = []
    for item in items:
        if item.role == "heading":
            target = _citable_starting_near(provisions, item.offset)
            if (
                target is not None
                and target.eid not in headings
                and (not target.heading or authoritative_headings)
            ):
                headings[target.eid] = item.text
                continue
        holder = _deepest_holding(provisions, item.offset)
        if holder is None:
            unplaced.append(item)
            continue
        prefix = "marginal note: " if item.role == "heading" else ""
        notes.setdefault(holder.eid, []).append(prefix + item.text)
    if not notes and not headings:
        return provisions, unplaced
    return tuple(_apply(p, notes, headings) for p in provisions), unplaced


def _apply(p: Provision, notes: dict[str, list[str]], headings: dict[str, str]) -> Provision:
    children = tuple(_apply(c, notes, headings) for c in p.children)
    extra = notes.get(p.eid, [])
    heading = headings.get(p.eid, p.heading)
    if not extra and heading == p.heading and children == p.children:
        return p
    text = p.text
    if heading != p.heading and p.heading:
        text = f"{p.heading}\n{text}" if text else p.heading
    return replace(p, notes=(*p.notes, *extra), heading=heading, text=text, children=children)


def _deepest_holding(provisions: Iterable[Provision], offset: int) -> Provision | None:
    best: Provision | None = None
    for p in provisions:
        if p.start <= offset < p.end or (p.start == offset == p.end):
            deeper = _deepest_holding(p.children, offset)
            return deeper or p
        if p.end == offset:
            best = p  # end of this one; a following sibling starting here wins
    return best


def _citable_starting_near(
    provisions: Iterable[Provision], offset: int, slack: int = 3
) -> Provision | None:
    for p in provisions:
        if p.kind in CITABLE_KINDS:
            if offset <= p.start <= offset + slack:
                return p
            continue
        if p.start - slack <= offset <= p.end:
            found = _citable_starting_near(p.children, offset, slack)
            if found is not None:
                return found
    return None


# ---------------------------------------------------------------------------------------------
# Amendment annotations printed inline by consolidating publishers.
#
# Each pattern matches one annotation including its brackets.  They are keyed by what they
# look like, not by country: the same publisher conventions recur across jurisdictions that
# share a language.  Only annotations that start with an amendment verb are matched, so that
# ordinary parenthesised text ("(Art. 11 Abs. 2 AIG)") stays in the provision.
_NEST = r"[^()]*(?:\([^()]*\)[^()]*)*"
EDITORIAL_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Portuguese (Brazil: Planalto; Portugal, Mozambique consolidations)
    (
        "pt",
        re.compile(
            r"\(\s*(?:Reda[çc][ãa]o dada|Inclu[ií]d[oa]s?|Acrescentad[oa]s?|Revogad[oa]s?|"
            r"Renumerad[oa]s?|Vide\b|Vig[êe]ncia|Produ[çc][ãa]o de efeitos?|Alterad[oa]s? pel[oa])"
            + _NEST
            + r"\)",
            re.I,
        ),
    ),
    # Spanish, run-in (Colombia, Función Pública): "Modificado por el art. 1, Ley 1 de 2000"
    (
        "es",
        re.compile(
            r"(?:(?:Adicionad[oa]|Modificad[oa]|Derogad[oa]|Subrogad[oa]|Sustituid[oa]|"
            r"Reformad[oa])(?:\s+parcialmente)?\s+por\s+(?:el|la|los|las)\s+(?:art[íi]culos?\b|[Aa]rts?\.|"
            r"Ley\b|Decreto\b|Acto\b)[^.;()]{0,80}?\b(?:de|del)\s+\d{4}"
            r"(?:\s*[.,]\s*|\s+(?=[A-ZÁÉÍÓÚÑ])|$))+"
        ),
    ),
    # Spanish (Costa Rica SCIJ, Chile, Peru)
    (
        "es",
        re.compile(
            r"\(\s*(?:As[ií] (?:reformad|adicionad|modificad|derogad|corrid|renumerad|"
            r"interpretad|anulad)|Nota de Sinalevi|Adicionad[oa] por|Reformad[oa] por|"
            r"Derogad[oa] por|Modificad[oa] por)" + _NEST + r"\)",
            re.I,
        ),
    ),
    # Arabic (Al Meezan, UAE e-laws): "(عدلت بموجب ...)", "(اضيفت بموجب ...)"
    (
        "ar",
        re.compile(
            r"\(\s*(?:عدلت|عُدلت|عدل|اضيفت|أضيفت|أُضيفت|الغيت|ألغيت|أُلغيت|استبدلت|معدلة|مضافة)"
            r"\s*(?:بموجب|ب)" + _NEST + r"\)"
        ),
    ),
    # Romanian (legislatie.just.ro): "(la 01-01-2000, Alin. (1) ... a fost modificat de ...)"
    ("ro", re.compile(r"\(\s*la \d{2}-\d{2}-\d{4},?" + _NEST + r"\)")),
    # Latvian (likumi.lv): "( 01.01.2000 . likuma redakcijā, kas stājas spēkā ... )"
    ("lv", re.compile(r"\((?:[^()]{0,60}?)\d{2}\.\d{2}\.\d{4}\s*\.?\s*likum\w*" + _NEST + r"\)")),
    # Swedish (SFS): "Lag (2000:1)." closing a paragraph
    ("sv", re.compile(r"(?<![\w(])Lag \(\d{4}:\d+\)\.?(?=\s|$)")),
    # Swiss Fedlex footnotes rendered inline: "Fassung gemäss Ziff. I der V vom ... ( AS 2000 1 )."
    (
        "de",
        re.compile(
            r"(?:Fassung gemäss|Eingefügt durch|Aufgehoben durch|Ausdruck gemäss|Berichtigung "
            r"vom|Berichtigt durch|Die Änderung gemäss)\b[^()]*?(?:\([^()]*\)[^()]*?)*?"
            r"\(\s*(?:AS|SR|BBl)\s[^()]*\)\.?(?:\s*Diese Änd\. wurde im ganzen Erlass "
            r"berücksichtigt\.)?"
        ),
    ),
    # Lithuanian (e-tar): "Straipsnio pakeitimai:\nNr. IX-1, 2000-01-01, Žin., ..."
    (
        "lt",
        re.compile(
            r"(?:Straipsnio(?: dalies| punkto)? pakeitimai|Papildyta straipsni\w*(?: dalimi)?|"
            r"Straipsnio numeracijos pakeitimas)\s*:?\s*(?:\n?\s*Nr\.[^\n]*)+"
        ),
    ),
    # Serbian gazette references: "*Службени гласник РС, број 1/2000" on its own line
    ("sr", re.compile(r"(?m)^\*+\s*(?:Службени гласник|Službeni glasnik)[^\n]*$")),
    # Pakistan Code footnotes: "1\nSubs. by Act No. X of 2000, s.2." (marker line, then note)
    (
        "en",
        re.compile(
            r"(?m)^\d{1,2}\n(?:Subs\.|Ins\.|Omitted|Added|Inserted|Substituted|"
            r"Renumbered|Rep\.)[^\n]*$"
        ),
    ),
    # Icelandic (Althingi): "L. 1/2000, 1. gr." on its own line
    ("is", re.compile(r"(?m)^L\. \d+/\d{4}, [^\n]*$")),
    # Norwegian (Lovdata): "0 Endret ved lover ..." on its own line
    ("no", re.compile(r"(?m)^0 (?:Endret|Tilføyd|Opphevet|Overskriften endret)[^\n]*$")),
    # Ukrainian/Russian (zakon.rada): "{Статтю 12 виключено на підставі Закону № ...}"
    (
        "uk",
        re.compile(
            r"\{\s*(?:[^{}]*?(?:Закон|закон|редакції|виключено|доповнено|Кодекс))"
            r"[^{}]*\}"
        ),
    ),
)

# Scraper artefacts: user-interface words that some portals leave in the text.
_UI_ARTEFACTS = re.compile(r"\s*\b(?:Ficha articulo|Pokaż całość)\b\s*")


def strip_editorial(text: str) -> tuple[str, list[str]]:
    """(text without inline amendment annotations, the annotations in order of appearance)."""
    found: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    for _lang, pattern in EDITORIAL_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            spans.append((m.start(), m.end()))
            found.append((m.start(), " ".join(m.group().split())))
    cleaned = text
    for s, e in sorted(spans, reverse=True):
        after = cleaned[e:]
        if after[:1] in (".", ",", ";", ":", ")"):
            cleaned = cleaned[:s].rstrip(" ") + after  # "segue (Redação ...)." -> "segue."
        else:
            cleaned = cleaned[:s] + " " + after
    cleaned = _UI_ARTEFACTS.sub(" ", cleaned)
    cleaned = re.sub(r"[ \t]+\n", "\n", cleaned)
    cleaned = re.sub(r"[ \t]{2,}", " ", cleaned)
    cleaned = re.sub(r"([.,;:])(?:\s*\1)+", r"\1", cleaned) if spans else cleaned
    return cleaned.strip(), [t for _, t in sorted(found)]


def editorial_spans(text: str) -> list[tuple[int, int]]:
    """Where inline amendment annotations are in `text` (non-overlapping, in order)."""
    spans: list[tuple[int, int]] = []
    for _lang, pattern in EDITORIAL_PATTERNS:
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append((m.start(), m.end()))
    return sorted(spans)
