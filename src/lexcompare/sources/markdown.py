"""Markdown renderings of laws (official consolidations converted to markdown).

    read(data, path, lang) -> ParsedSource
    read_many([(data, path), ...], lang) -> ParsedSource     one law split over several files

Policy: the reader raises SourceError for undecodable input and otherwise always returns a
structure; everything it had to guess is recorded in `ParsedSource.warnings`.

Stages: front matter (YAML between `---` lines) -> metadata; markdown -> plain lines with what
the markup said about each line (heading level, bold start, note block, group heading);
lines -> normalised text with offsets; text + those hints -> `lexcompare.segment.segment`.
Headings that carry a designation ("##### Article 5", "### 279.01 Trafficking in persons") give
the structure directly; where headings carry none, the segmenter finds designations in the text.

Source-specific renderings handled here (detected from the content, never from the file name):
- flattened Fedlex exports (Swiss federal law): marginal titles, "Art. N" and the text glued
  together, footnotes on tab-indented lines -> separated lines, notes;
- `<details>` blocks (historical notes) and footnote definitions -> notes;
- designations in bold glued after a note ("...1994)***ARTICULO 120**") -> their own line.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from lexcompare.numbering import LATIN_SUFFIXES
from lexcompare.segment import Hints, segment
from lexcompare.sources.base import ParsedSource
from lexcompare.text import decode, normalise
from lexcompare.tree import Node, freeze

# ISO 3166-1 alpha-2 -> alpha-3 for the countries whose publishers write alpha-2 in front matter.
_ALPHA3 = {
    "ad": "AND",
    "ar": "ARG",
    "at": "AUT",
    "au": "AUS",
    "be": "BEL",
    "bo": "BOL",
    "br": "BRA",
    "ca": "CAN",
    "ch": "CHE",
    "cl": "CHL",
    "co": "COL",
    "cr": "CRI",
    "cy": "CYP",
    "cz": "CZE",
    "de": "DEU",
    "dk": "DNK",
    "do": "DOM",
    "ec": "ECU",
    "ee": "EST",
    "es": "ESP",
    "fi": "FIN",
    "fr": "FRA",
    "gb": "GBR",
    "uk": "GBR",
    "gr": "GRC",
    "gt": "GTM",
    "hn": "HND",
    "hr": "HRV",
    "hu": "HUN",
    "ie": "IRL",
    "in": "IND",
    "is": "ISL",
    "it": "ITA",
    "jp": "JPN",
    "li": "LIE",
    "lk": "LKA",
    "lt": "LTU",
    "lu": "LUX",
    "lv": "LVA",
    "ma": "MAR",
    "mt": "MLT",
    "mx": "MEX",
    "mz": "MOZ",
    "ni": "NIC",
    "nl": "NLD",
    "no": "NOR",
    "nz": "NZL",
    "pa": "PAN",
    "pe": "PER",
    "ph": "PHL",
    "pk": "PAK",
    "pl": "POL",
    "pt": "PRT",
    "py": "PRY",
    "ro": "ROU",
    "rs": "SRB",
    "se": "SWE",
    "si": "SVN",
    "sk": "SVK",
    "sv": "SLV",
    "tr": "TUR",
    "ua": "UKR",
    "us": "USA",
    "uy": "URY",
    "ve": "VEN",
    "za": "ZAF",
    "zm": "ZMB",
    "zw": "ZWE",
}
_META_KEYS = {
    "title": ("title", "Title", "short_title"),
    "language": ("language", "lang"),
    "country": ("country", "jurisdiction"),
    "source_url": ("source", "source_url", "url", "eli", "official_url"),
    "date": ("version_date", "last_updated", "date", "publication_date", "enactment_date"),
    "year": ("year", "publication_date", "enactment_date", "enacted_date", "date"),
}


@dataclass
class _Out:
    """A rendered line and what the markup said about it."""

    text: str
    level: int = -1  # markdown heading level, -1 if not a heading
    emph: bool = False
    note: bool = False
    group: bool = False
    src: int = -1  # index of the source line


@dataclass
class Rendered:
    text: str
    hints: Hints
    heading_lines: list[tuple[int, int, str]] = field(default_factory=list)  # (start, level, text)


# --------------------------------------------------------------------------------------------
# Front matter
# --------------------------------------------------------------------------------------------


def front_matter(text: str) -> tuple[dict[str, str], str, list[str]]:
    """(metadata, body, warnings).  The block may be preceded by a few stray lines."""
    warnings: list[str] = []
    lines = text.split("\n")
    first = next((i for i, ln in enumerate(lines[:6]) if ln.strip() == "---"), None)
    if first is None:
        return {}, text, warnings
    close = next(
        (
            i
            for i in range(first + 1, min(len(lines), first + 400))
            if lines[i].strip() in ("---", "...")
        ),
        None,
    )
    if close is None:
        if first == 0:
            warnings.append("front matter is not closed by a '---' line; read as text")
        return {}, text, warnings
    block = "\n".join(lines[first + 1 : close])
    try:
        data: Any = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + first + 2})" if mark is not None else ""
        warnings.append(f"malformed YAML front matter{where}; metadata ignored")
        return {}, "\n".join(lines[:first] + lines[close + 1 :]), warnings
    if not isinstance(data, dict):
        if first == 0:
            warnings.append("front matter is not a mapping; metadata ignored")
            return {}, "\n".join(lines[close + 1 :]), warnings
        return {}, text, warnings
    if first > 0:
        warnings.append(f"front matter starts at line {first + 1}, after stray text")
    meta = _map_metadata(data)
    body = "\n".join(lines[:first] + lines[close + 1 :])
    return meta, body, warnings


def _scalar(v: Any) -> str:
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (str, int, float)):
        return html.unescape(str(v)).strip()
    return ""


def _map_metadata(data: dict[Any, Any]) -> dict[str, str]:
    lowered = {str(k).lower(): v for k, v in data.items()}
    out: dict[str, str] = {}
    for key, names in _META_KEYS.items():
        for name in names:
            v = _scalar(lowered.get(name.lower()))
            if not v:
                continue
            if key == "year":
                m = re.match(r"(1[5-9]\d\d|20\d\d)\b", v)
                if not m:
                    continue
                v = m.group(1)
            if key == "country":
                v = _ALPHA3.get(v.lower(), v.upper() if len(v) == 3 else "")
                if not v:
                    continue
            if key == "language":
                v = v.lower()[:2]
            out[key] = v
            break
    return out


# --------------------------------------------------------------------------------------------
# Flattened Fedlex exports
# --------------------------------------------------------------------------------------------

_FEDLEX_GLUE = re.compile(r"[a-zäöüéèàç)’'.:;]Art\.\s?\d")
_ART_GLUED = re.compile(
    r"Art\.\s?(?P<num>\d+)(?P<suf>[a-z]?(?:bis|ter|quater|quinquies|sexies|septies|octies|"
    r"nonies|decies)?[a-z]?)(?=[^\w]|[A-ZÀ-ÝÄÖÜ]|$)"
)


def _is_fedlex_flat(body: str) -> bool:
    return len(_FEDLEX_GLUE.findall(body)) >= 3 and "\n\t" in body


_FEDLEX_CONTAINER = re.compile(
    r"(?:(?<=^)|(?<=[a-zäöüéèàç.)’']))(?P<c>(?:[A-ZÄÖÜ][a-zäöüß]+(?:ter|tes|te)\s"
    r"(?:Titel|Buch|Teil|Kapitel|Abschnitt|Unterabschnitt)(?:bis|ter|quater)?\s?:?)|"
    r"(?:\d+[a-z]*\.\s(?:Titel|Kapitel|Abschnitt|Teil|Buch))\s?:?|"
    r"(?:Titre|Livre|Partie|Chapitre|Section|Sous-section|Titolo|Libro|Parte|Capo|Capitolo|"
    r"Sezione|Titel|Buch|Teil|Kapitel|Abschnitt)\s?\d+[a-z]*(?:bis|ter|quater)?\s?:?)"
)
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003]")


def _fedlex_lines(body: str) -> list[_Out]:
    """Separate the glued marginal titles, designations, paragraphs and footnotes."""
    out: list[_Out] = []
    raw_lines = [_SPACES.sub(" ", r) for r in body.split("\n")]
    # Join text lines that a footnote interrupted mid-sentence ("\t im Ausland..."): the notes
    # are emitted before the joined line.
    merged: list[tuple[str, list[str]]] = []  # (line, notes that followed it)
    for raw in raw_lines:
        if raw.startswith("\t\t"):
            note = raw.strip()
            # "Fassung gemäss … (AS 2006 3459; BBl 1999 1979). Allgemeine Bestimmungen": the
            # words after the closing reference continue the interrupted line
            m = re.match(r"^(.*\((?:AS|RO|RU|BBl|FF|SR|RS)\s[^()]*\)\.)\s+(\S.*)$", note)
            tail = ""
            if m and not m.group(2).rstrip().endswith((".", ";", ":", ")")):
                note, tail = m.group(1), m.group(2)
            if merged:
                prev, notes = merged[-1]
                merged[-1] = (f"{prev.rstrip()} {tail}" if tail else prev, [*notes, note])
            else:
                merged.append((tail, [note]))
            continue
        if (
            raw.startswith("\t")
            and (raw[1:2] == " " or raw[1:2] in ".,;:")
            and merged
            and (merged[-1][0].strip())
        ):
            prev, notes = merged[-1]
            merged[-1] = (prev.rstrip() + (" " if raw[1:2] == " " else "") + raw[1:].strip(), notes)
            continue
        merged.append((raw, []))
    for raw, notes in merged:
        level = -1
        line = raw.strip()
        hm = re.match(r"^(#{1,6})\s*(.*)$", line)
        if hm:
            level, line = len(hm.group(1)), hm.group(2)
        line = _inline(line)
        for k, (kind, piece) in enumerate(_fedlex_split(line)):
            if not piece:
                continue
            if kind == "art":
                out.append(_Out(piece, level=6))
            elif kind == "container":
                out.append(_Out(piece, level=max(level, 1) if level >= 0 else 2))
            elif kind == "group":
                out.append(_Out(piece, group=True, level=6))
            else:
                out.append(_Out(piece, level=level if k == 0 and level >= 0 else -1))
        out.extend(_Out(_inline(n), note=True) for n in notes)
    return out


def _title_end(s: str) -> int:
    """Where a glued title ends: at a lower->upper case junction or a glued number."""
    m = re.search(
        r"(?<=[a-zäöüéèàç’')])(?=[A-ZÀ-ÝÄÖÜ][a-zäöüéèàç])|"
        r"(?<=[a-zäöüéèàç]\.)(?=[A-ZÀ-ÝÄÖÜ][a-zäöüéèàç])|"
        r"(?<=[a-zäöüéèàç’'])(?=\d+[a-z]?\.\s)",
        s,
    )
    return m.start() if m else len(s)


def _fedlex_split(line: str) -> list[tuple[str, str]]:
    """One flattened line -> [(kind, text)] with kind in text/group/art/container."""
    result: list[tuple[str, str]] = []
    starts = [m.start() for m in _FEDLEX_CONTAINER.finditer(line)]
    if starts and starts[0] != 0:
        result.extend(_articles(line[: starts[0]]))
    if not starts:
        return _articles(line)
    for k, st in enumerate(starts):
        seg = line[st : starts[k + 1] if k + 1 < len(starts) else len(line)]
        m = _FEDLEX_CONTAINER.match(seg)
        assert m is not None
        desig = m.group("c").rstrip(" :")
        rest = seg[m.end() :].lstrip(" :")
        art = _ART_GLUED.search(rest)
        limit = art.start() if art else len(rest)
        cut = _title_end(rest[:limit])
        if art and cut == limit:
            # "Erster Titel: Geltungsbereich1. …Art. 1" - the title is everything before the
            # first glued group number, else the container has no title on this line
            cut = limit
        title = rest[:cut].strip()
        result.append(("container", f"{desig} {title}".strip()))
        result.extend(_articles(rest[cut:]))
    return result


def _is_reference(line: str, start: int) -> bool:
    """ "(Art. 182)" / "nach Art. 5": a designation inside running text, not a glued heading."""
    return start > 0 and line[start - 1] in ' ([„«"/–-' and not re.search(r"[.:;]\s$", line[:start])


def _articles(line: str) -> list[tuple[str, str]]:
    """Split a line at glued designations; the marginal titles before each go with it."""
    result: list[tuple[str, str]] = []
    matches = [m for m in _ART_GLUED.finditer(line) if not _is_reference(line, m.start())]
    prev_end, prefix = 0, ""
    for m in matches:
        text_part, titles = _split_titles(line[prev_end : m.start()])
        if text_part or prefix:
            result.extend(_paragraphs(prefix + text_part))
        heading = ""
        for t in titles:
            if re.match(r"^\d+[a-z]?\.\s", t) or re.match(r"^[IVX]+\.\s", t):
                result.append(("group", t))
            else:
                heading = f"{heading} {t}".strip() if heading else t
        num = m.group("num")
        prev_end, prefix = m.end(), ""
        after = line[m.end() :]
        # "Art. 1801 Wer ..." = Art. 180, paragraph 1; "Art. 2371.Wer" = Art. 237, "1."
        if len(num) > 1 and num.endswith("1") and not m.group("suf") and after[:1] in (" ", "."):
            pm = re.match(r"^(\.?)\s?(?=[A-ZÀ-ÝÄÖÜ])", after)
            if pm:
                num, prefix = num[:-1], "1" + pm.group(1) + " "
                prev_end = m.end() + pm.end()
        result.append(("art", f"Art. {num}{m.group('suf')} {heading}".strip()))
    tail = line[prev_end:]
    if tail.strip() or prefix:
        result.extend(_paragraphs(prefix + tail))
    return result


def _split_titles(segment_text: str) -> tuple[str, list[str]]:
    """Text before a glued designation: (running text, marginal titles at its end)."""
    s = segment_text
    # The titles start after the last sentence end of the running text.
    cut = -1
    group_cut = -1
    for m in re.finditer(
        r"(?<!\d)[.;:…!?](?=\d+[a-z]?\.\s|[^\s\d.,;:])|"
        r"(?<!\d)[.;:…!?]\s+(?=[A-ZÀ-ÝÄÖÜ])",
        s,
    ):
        cut = m.end()
        if re.match(r"\s*\d+[a-z]?\.\s", s[m.end() :]) and len(s) - m.end() <= 200:
            group_cut = m.end() if group_cut < 0 else group_cut
    if group_cut >= 0:
        cut = group_cut
    head, text = (s, "") if cut < 0 else (s[cut:], s[:cut])
    head = head.strip()
    if len(head) > 200:
        return s, []
    # "3. Conditions de lieuCrimes ou délits commis en Suisse" -> two titles
    pieces: list[str] = []
    while head:
        e = _title_end(head)
        if e == 0:
            e = len(head)
        pieces.append(head[:e].strip())
        head = head[e:].strip()
    return text.strip(), [p for p in pieces if p]


def _paragraphs(text: str) -> list[tuple[str, str]]:
    """Split glued paragraphs "…bestraft.2 Handelt es sich…" into lines."""
    t = text.strip()
    if not t:
        return []
    t = re.sub(r"(?<=[a-zäöüéèàç)][.;:…])(?=\d{1,2}[a-z]{0,6}\s[A-ZÀ-ÝÄÖÜ…])", "\n", t)
    t = re.sub(r"(?<=[;:])(?=[a-z]\.\s)", "\n", t)
    return [("text", p.strip()) for p in t.split("\n") if p.strip()]


# --------------------------------------------------------------------------------------------
# Markdown -> lines
# --------------------------------------------------------------------------------------------

_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?!#)\s*(.*?)\s*(?:#+\s*)?$")
_LIST = re.compile(r"^\s*(?:[-*+•]\s+)")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_HR = re.compile(r"^\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_FOOTNOTE_DEF = re.compile(r"^\[\^[^\]]+\]:\s*(.*)$")
_BOLD_GLUE = re.compile(
    r"(?<=[.)\]”\"x:;*])\s*(?=\*\*(?:ARTICULO|ARTÍCULO|Artículo|Articulo|ARTICLE|Article|"
    r"Art\.|ART\.|SECTION|SEC\.|Section|Sec\.|§|Artigo|ARTIGO|Artikel|Articolo)\s*\d)"
)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def _inline(s: str) -> str:
    """Inline markdown -> plain text."""
    s = re.sub(r"<sup>(.*?)</sup>", r"\1", s, flags=re.I)
    s = re.sub(r"<br\s*/?>", " ", s, flags=re.I)
    s = _TAG.sub("", s)
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
    s = re.sub(r"\[\^[^\]]+\]", "", s)
    s = re.sub(r"\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)", r"\1", s)
    s = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", s)
    s = re.sub(r"<(https?://[^>]+)>", r"\1", s)
    # protect "(*)" / "(**)" note markers and escaped stars, then drop emphasis
    s = re.sub(r"\(\s*(\*+)\s*\)", lambda m: "(" + "\x00" * len(m.group(1)) + ")", s)
    s = s.replace("\\*", "\x00")
    s = re.sub(r"(?<=\b[LRDA])\*(?=\d)", "\x00", s)  # "R*122-1": a designation, not emphasis
    s = s.replace("*", "")
    s = re.sub(r"(?<![\w\\])__(?=\S)(.+?)(?<=\S)__(?!\w)", r"\1", s)
    s = re.sub(r"(?<![\w\\])_(?=\S)([^_]+?)(?<=\S)_(?!\w)", r"\1", s)
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>~])", r"\1", s)
    s = s.replace("\x00", "*")
    s = html.unescape(s)
    return s


def _markdown_lines(body: str) -> list[_Out]:
    out: list[_Out] = []
    in_details = False
    in_fence = False
    in_footnote = False
    raw_lines = body.split("\n")
    expanded: list[tuple[int, str]] = []
    for i, raw in enumerate(raw_lines):
        parts = _BOLD_GLUE.split(raw)
        if len(parts) > 1 and sum(c.isalnum() for c in parts[0]) >= 2:
            expanded.extend((i, p) for p in parts)
        else:
            expanded.append((i, raw))
    prev_len, prev_src = 0, -1
    for src, raw in expanded:
        for row in out[prev_len:]:
            row.src = prev_src
        prev_len, prev_src = len(out), src
        stripped = raw.strip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            in_fence = not in_fence
            out.append(_Out(""))
            continue
        low = stripped.lower()
        if low.startswith("<details"):
            in_details = True
            rest = _TAG.sub("", stripped).strip()
            if rest:
                out.append(_Out(_inline(rest), note=True))
            continue
        if low.startswith("</details"):
            in_details = False
            out.append(_Out(""))
            continue
        if in_footnote:
            if not stripped or raw[:1] in (" ", "\t"):
                if stripped:
                    out.append(_Out(_inline(stripped), note=True))
                continue
            in_footnote = False
        fm = _FOOTNOTE_DEF.match(stripped)
        if fm and not in_fence:
            in_footnote = True
            if fm.group(1).strip():
                out.append(_Out(_inline(fm.group(1).strip()), note=True))
            continue
        if _HR.match(stripped) or _TABLE_SEP.match(stripped):
            out.append(_Out(""))
            continue
        line = stripped
        level = -1
        if not in_fence:
            line = _QUOTE.sub("", line)
            hm = _HEADING.match(line)
            if hm:
                level, line = len(hm.group(1)), hm.group(2)
            else:
                line = _LIST.sub("", line)
            if line.startswith(":") and re.match(r"^:\s+\S", line):
                line = line[1:].strip()
        if "|" in line and line.startswith("|"):
            line = " | ".join(c.strip() for c in line.strip("|").split("|"))
        emph = bool(re.match(r"^(?:\*\*|__)\s*\S", line))
        text = _inline(line).strip()
        if low.startswith("<summary"):
            text = _TAG.sub("", stripped).strip()
        out.append(_Out(text, level=level, emph=emph, note=in_details))
    for row in out[prev_len:]:
        row.src = prev_src
    return out


_LABELLED = re.compile(
    r"^[\W_]{0,3}(?:ART[IÍ]CULO|Art[ií]culo|ARTICLE|Article|Art\.|ART\.|SECTION|Section|SEC\.|Sec\.|"
    r"§|Artigo|Artikel|Articolo|Άρθρο|المادة|Článek)\s*[0-9IVXLC]"
)
_ORDERED = re.compile(r"^(\s*)([0-9]+)\.(?:\s+\S|\s*$)")


def _list_sections(body: str, rows: list[_Out]) -> None:
    """Markdown that encodes the act as a nested ordered list (sections = items of one list
    level, numbered 1, 2, 3 ...; PDF-to-markdown output): mark that level's items as headings.
    Only used when the markdown has (almost) no headings of its own."""
    if sum(1 for r in rows if r.level >= 0) > 2:
        return
    if sum(1 for r in rows if _LABELLED.match(r.text)) >= 3:
        return  # the law labels its units ("Artículo 5"): numbered lists are paragraphs
    raw = body.split("\n")
    row_of: dict[int, _Out] = {}
    for row in rows:
        row_of.setdefault(row.src, row)
    by_indent: dict[int, list[tuple[int, int]]] = {}
    for i, line in enumerate(raw):
        m = _ORDERED.match(line)
        if m:
            by_indent.setdefault(len(m.group(1).expandtabs(4)), []).append((i, int(m.group(2))))
    best: list[tuple[int, int]] = []
    for indent in sorted(by_indent):
        items = by_indent[indent]
        steps = sum(1 for a, b in itertools.pairwise(items) if b[1] == a[1] + 1)
        if len(items) >= 3 and steps >= 0.6 * (len(items) - 1) and items[0][1] <= 1:
            best = items
            break
    for i, _ in best:
        target = row_of.get(i)
        if target is not None and target.text:
            target.level = 6


def _assemble(rows: list[_Out]) -> Rendered:
    """Rendered lines -> normalised text (at most one blank line in a row) and hints."""
    parts: list[str] = []
    headings: dict[int, int] = {}
    emph: set[int] = set()
    notes: set[int] = set()
    groups: set[int] = set()
    heading_lines: list[tuple[int, int, str]] = []
    pos = 0
    blank_pending = False
    for row in rows:
        for piece in normalise(row.text).split("\n") if row.text.strip() else [""]:
            t = piece.strip()
            if not t:
                blank_pending = bool(parts)
                continue
            if parts:
                sep = "\n\n" if blank_pending else "\n"
                parts.append(sep)
                pos += len(sep)
            blank_pending = False
            if row.level >= 0:
                headings[pos] = row.level
                heading_lines.append((pos, row.level, t))
                if row.level >= 2 or row.group:
                    groups.add(pos)
            if row.group:
                groups.add(pos)
            if row.emph:
                emph.add(pos)
            if row.note:
                notes.add(pos)
            parts.append(t)
            pos += len(t)
    text = "".join(parts)
    hints = Hints(
        headings=headings,
        emphasised=frozenset(emph),
        notes=frozenset(notes),
        containers=frozenset(groups),
    )
    return Rendered(text, hints, heading_lines)


def _join_parentheses(rows: list[_Out]) -> list[_Out]:
    """ "Art. 382-1. (" / "L. 9 avril 2014" / ") text": a parenthesis that a converter spread over
    lines (link text on a line of its own) is put back on the line that opened it."""
    out: list[_Out] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        if row.text.endswith("(") and not row.note:
            k = i + 1
            middle: list[str] = []
            while (
                k < len(rows)
                and k <= i + 3
                and not rows[k].text.startswith(")")
                and (len(rows[k].text) <= 80)
            ):
                if rows[k].text:
                    middle.append(rows[k].text)
                k += 1
            if k < len(rows) and rows[k].text.startswith(")") and middle:
                closing = rows[k].text
                row.text = f"{row.text}{' '.join(middle)})"
                out.append(row)
                tail = closing[1:].strip()
                if tail:
                    out.append(_Out(tail, src=rows[k].src))
                i = k + 1
                continue
        out.append(row)
        i += 1
    return out


def render(body: str) -> Rendered:
    """Markdown body (without front matter) -> normalised text and hints."""
    if _is_fedlex_flat(body):
        rows = _fedlex_lines(body)
    else:
        rows = _join_parentheses(_markdown_lines(body))
        _list_sections(body, rows)
    return _assemble(rows)


# --------------------------------------------------------------------------------------------
# Readers
# --------------------------------------------------------------------------------------------


def read(data: bytes, path: Path, lang: str) -> ParsedSource:
    text = decode(data, path)
    meta, body, warnings = front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    return _parse(body, meta, warnings, lang or meta.get("language", ""))


def read_many(files: Sequence[tuple[bytes, Path]], lang: str) -> ParsedSource:
    """One law split over several markdown files (US Code chunks: one file per section or
    subsection, each prefixed with its title/chapter/section headings).  The files are joined
    in the order given; a heading line that repeats the heading in force at that point
    (same text, same level) is dropped, so repeated prefixes create no duplicate provisions."""
    meta: dict[str, str] = {}
    warnings: list[str] = []
    bodies: list[str] = []
    current: dict[int, str] = {}  # heading level -> text in force
    for data, path in files:
        text = decode(data, path)
        m, body, w = front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
        for k, v in m.items():
            meta.setdefault(k, v)
        warnings.extend(f"{path.name}: {x}" for x in w)
        kept: list[str] = []
        leading = True
        for line in body.split("\n"):
            hm = _HEADING.match(line)
            if leading and hm:
                level, title = len(hm.group(1)), hm.group(2).strip()
                if current.get(level) == title:
                    continue
                current[level] = title
                for deeper in [k for k in current if k > level]:
                    del current[deeper]
                kept.append(line)
                continue
            if line.strip():
                leading = False
            kept.append(line)
        bodies.append("\n".join(kept).strip("\n"))
    return _parse("\n\n".join(bodies), meta, warnings, lang or meta.get("language", ""))


# A designation whose Latin suffix the converter put on a line of its own, often emphasised:
# "Art. 372" / "*ter*" / ". (L. 7 août 2023)" is "Art. 372 ter. (L. 7 août 2023)".
_SPLIT_SUFFIX = re.compile(
    r"(?m)^([ \t]*(?:#+[ \t]*)?(?:\*\*)?[ \t]*(?:Art(?:icle|[íi]culo|igo|ikel)?\.?|§)[ \t]*"
    r"[0-9][0-9.\-]*)[ \t]*\n+[ \t]*[*_]{0,2}(" + "|".join(LATIN_SUFFIXES) + r")[*_]{0,2}"
    r"[ \t]*(?:\n+[ \t]*(?=[.:\-–]))?",
    re.I,
)


def _parse(body: str, meta: dict[str, str], warnings: list[str], lang: str) -> ParsedSource:
    body = _SPLIT_SUFFIX.sub(lambda m: f"{m.group(1)} {m.group(2)}", body)
    rendered = render(body)
    result = segment(rendered.text, lang, hints=rendered.hints)
    provisions = result.provisions
    warnings = warnings + list(result.warnings)
    if not any(p.is_citable for top in provisions for p in top.walk()):
        fallback = _unnumbered_sections(rendered)
        if fallback:
            provisions = fallback
            warnings.append(
                "no designations found: markdown headings after the enacting formula were taken "
                "as unnumbered sections (num is empty)"
            )
    return ParsedSource(
        text=rendered.text, provisions=provisions, metadata=meta, warnings=tuple(warnings)
    )


_ENACTING = re.compile(
    r"(?:hereby\s+enacted|enacted\s+as\s+follows|be\s+it\s+enacted|decreta|sancionan?\s+con\s+"
    r"fuerza|arr[êe]te|beschlossen|verordnet|ha\s+dado\s+la\s+ley)",
    re.I,
)


def _unnumbered_sections(rendered: Rendered) -> tuple[Any, ...]:
    """OCR output that lost its section numbers: headings after the enacting formula become
    unnumbered sections (repeated running heads such as the gazette masthead are skipped)."""
    text = rendered.text
    m = _ENACTING.search(text)
    start_at = m.end() if m else 0
    counts: dict[str, int] = {}
    for _, _, t in rendered.heading_lines:
        counts[t.upper()] = counts.get(t.upper(), 0) + 1
    heads = [
        (s, t)
        for s, _, t in rendered.heading_lines
        if s >= start_at and counts[t.upper()] == 1 and not _masthead(t)
    ]
    if len(heads) < 2:
        return ()
    nodes: list[Node] = []
    for k, (s, t) in enumerate(heads):
        e = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        body_start = s + len(t)
        body = text[body_start:e].strip()
        end = body_start + len(text[body_start:e].rstrip())
        nodes.append(Node(kind="section", heading=t.rstrip(":"), text=body, start=s, end=end))
    return freeze(nodes)


def _masthead(t: str) -> bool:
    letters = [c for c in t if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 12:
        return True
    return bool(re.search(r"gazette|extraordinary|published by authority|registered no", t, re.I))
