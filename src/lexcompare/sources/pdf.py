"""PDF with a text layer (official gazettes, Parliament prints) -> ParsedSource.

Stages, each a pure function over plain values:

1. open with pypdf (strict=False); refuse what is not a PDF, encrypted PDFs that an empty
   password does not open, and damaged files (SourceError / ParseError naming what to do);
2. extract per page the text pypdf lays out, keeping for every line where it starts on the
   page and its font size (pypdf's text visitor);
3. classify lines: running headers and footers (a line that recurs, digits aside, near the top
   or bottom of most pages), bare page numbers, footnotes (small print below the last line of
   body text), footnote markers (small digits inside the body), marginal notes (narrow blocks
   of small print beside the body, as in Commonwealth acts), a table of contents at the start
   (a run of numbered short lines under a "Contents" heading);
4. reflow the body lines into paragraphs (a line ending without terminal punctuation runs on
   into the next unless that one starts with an enumeration mark or a designation), joining
   words hyphenated at a line break ("imprison-" + "ment"; a hyphen is kept when the document
   elsewhere writes the word with one, as "sub-section");
5. normalise, segment with `lexcompare.segment.segment`, then hang the material kept out of
   the operative text on the provisions (`lexcompare.sources.notes`): a marginal note beside
   the first line of a section becomes its heading, any other marginal note and every
   footnote a note of the provision where its anchor lies.

A PDF without a text layer (a scan) raises SourceError suggesting OCR or a text version.
Policy: what cannot be read raises; pages that yield no text, notes that find no provision and
a text that yields no provision are recorded in `warnings`.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lexcompare.errors import ParseError, SourceError
from lexcompare.segment import Hints, segment
from lexcompare.sources.base import ParsedSource
from lexcompare.sources.notes import Anchored, anchor, attach, strip_anchors
from lexcompare.text import normalise

# A page "has text" when it yields at least this many letters or digits.
_MIN_PAGE_CHARS = 20
# Header/footer zones: this share of the page height at the top and at the bottom.
_EDGE_ZONE = 0.15
# A line recurring (digits aside) on at least this share of pages, in an edge zone, is a
# running header or footer.
_RECURRING_SHARE = 0.4
# Small print: font size below this share of the body text size.
_SMALL_SHARE = 0.88
# Marginal notes are printed in a narrow column: no line longer than this.
_MARGINAL_MAX_CHARS = 32

_TERMINAL = re.compile(r"(?:[.;:!?]|[—–]|:-|:—|\.[”\"’)]|[;:][”\"’])$")
_ENUM_START = re.compile(
    r"""^(?:[“"‘(\[]*\(?(?:\d{1,3}[A-Za-z]{0,3}|[a-z]{1,2}|[ivxlcdm]{1,7}|[A-Z])[)\]]  # (1) (a) (iv)
        |[“"‘]?\d{1,4}[A-Z]{0,3}(?:\.\d+)*\.\s           # 12.  360C.  1.2.
        |[“"‘]?\d{1,4}[A-Z]{0,3}\.?\s?[—–-]\s?\(?\d       # 4.-(1)
        |(?:Section|SECTION|Article|ARTICLE|Art\.|CHAPTER|Chapter|PART|Part|SCHEDULE|Schedule|
           TITLE|Explanation|Illustrations?|Provided|Proviso|Rule)\b
        |[•▪●◦\-–—]\s)""",
    re.X,
)
_DESIGNATION_START = re.compile(r"^[“\"‘]?\d{1,4}[A-Z]{0,3}\.\s?[(A-Z\[“\"]")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|(?:page|pág(?:ina)?|seite|p\.)\s*\d{1,4}(?:\s*(?:of|de|/)"
    r"\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4}|[ivxlc]{1,6})$",
    re.I,
)
_CONTENTS_HEADING = re.compile(
    r"^(?:(?:table\s+of\s+)?contents|arrangement\s+of\s+(?:sections|articles|clauses)|index|"
    r"sommaire|table\s+des\s+mati[èe]res|[íi]ndice|inhalt(?:sverzeichnis|s[üu]bersicht)?|"
    r"spis\s+tre[śs]ci|obsah|tartalom|فهرس(?:\s+المحتويات)?|المحتويات)\s*:?$",
    re.I,
)
_FOOTNOTE_START = re.compile(r"^\s*(\d{1,3}|[*†‡]+)(?=[^\W\d_]|[“\"‘\[(\s])\s*(.*)$")
_MARKER = re.compile(r"^\s*\[?\(?(\d{1,3}|[*†‡]+)\)?\]?\s*$")
_HYPHEN_END = re.compile(r"([^\W\d_]+)-$")
_BOLD_FONT = re.compile(r"bold|black|heavy|,B\b|-B\b", re.I)
_EMPHASIS_KEY = 65010  # anchor key: the paragraph starts in bold print (a hint, not a note)
_WORD_START = re.compile(r"^([^\W\d_]+)")


@dataclass
class _Line:
    page: int
    x: float
    y: float
    size: float
    text: str
    kind: str = "body"  # body, header, pagenum, footnote, marker, marginal, toc
    anchors: list[int] = field(default_factory=list)
    bold: bool = False


def read(data: bytes, path: Path, lang: str) -> ParsedSource:
    reader = _open(data, path)
    pages, heights, warnings = _extract(reader, path)
    lines = [ln for page in pages for ln in page]
    letters = sum(len(re.findall(r"\w", ln.text)) for ln in lines)
    empty = [
        i + 1
        for i, page in enumerate(pages)
        if sum(len(re.findall(r"\w", ln.text)) for ln in page) < _MIN_PAGE_CHARS
    ]
    if letters < _MIN_PAGE_CHARS * max(1, len(pages)) // 2 or len(empty) == len(pages):
        raise SourceError(
            "the PDF has no text layer (it is a scanned image)",
            path=path,
            remedy="Run OCR on it first (for example `ocrmypdf in.pdf out.pdf`), or give a "
            "text, markdown or HTML version of the law",
        )
    if empty:
        warnings.append(f"page(s) {_ranges(empty)} have no text layer and were skipped")
    body_size = _body_size(lines)
    _mark_running(pages, heights)
    _mark_toc(lines)
    notes: dict[int, tuple[str, str]] = {}
    _mark_marginals(pages, body_size, notes)
    _mark_footnotes(pages, body_size, notes, warnings)
    body = [ln for ln in lines if ln.kind in ("body", "marker")]
    hyphenated = _hyphenated_words([ln for ln in body if ln.kind == "body"])
    text = normalise(_reflow(body, hyphenated))
    clean, anchors = strip_anchors(text)
    _quoted_marginals(clean, anchors, notes)
    if not clean:
        raise SourceError(
            "the PDF has no body text",
            path=path,
            remedy="Check the file; give a text version of the law",
        )
    seg = segment(clean, lang, hints=_hints(clean, anchors, notes))
    items = [
        Anchored(offset, notes[key][1], notes[key][0]) for offset, key in anchors if key in notes
    ]
    provisions, unplaced = attach(tuple(seg.provisions), items, authoritative_headings=True)
    warnings.extend(str(w) for w in seg.warnings)
    if unplaced:
        warnings.append(f"{len(unplaced)} note(s) outside any provision were dropped")
    if not provisions:
        warnings.append("no provisions found in the PDF text")
    metadata = _metadata(reader, pages)
    return ParsedSource(
        text=clean, provisions=provisions, metadata=metadata, warnings=tuple(warnings)
    )


def _quoted_marginals(
    text: str, anchors: list[tuple[int, int]], notes: dict[int, tuple[str, str]]
) -> None:
    """Marginal notes of provisions quoted by an amending act are not headings of the act.

    The opening quotation mark of a quoted provision is often printed on its marginal note
    ("“Trafficking."); the quotation runs until the first closing mark that has no opening
    one in the body text.  Marginal notes anchored inside it become notes.
    """
    regions: list[tuple[int, int]] = []
    for offset, key in anchors:
        role, note = notes.get(key, ("", ""))
        if role != "note" or note[:1] not in '“"‘«':
            continue
        depth = 0
        end = len(text)
        for i in range(offset, len(text)):
            ch = text[i]
            if ch in "“«":
                depth += 1
            elif ch in "”»":
                depth -= 1
                if depth < 0:
                    end = i
                    break
        regions.append((offset, end))
    for offset, key in anchors:
        role, note = notes.get(key, ("", ""))
        if role == "heading" and any(a < offset <= b for a, b in regions):
            notes[key] = ("note", note)


def _hints(text: str, anchors: list[tuple[int, int]], notes: dict[int, tuple[str, str]]) -> Hints:
    """Lines beside which a marginal note is printed start a section: heading evidence."""
    headings: dict[int, int] = {}
    emphasised: set[int] = set()
    for offset, key in anchors:
        start = text.rfind("\n", 0, offset) + 1
        if key == _EMPHASIS_KEY:
            if offset == start:
                emphasised.add(start)
            continue
        role, _text = notes.get(key, ("", ""))
        if role == "heading":
            headings[start] = 0
    return Hints(headings=headings, emphasised=frozenset(emphasised))


# ---------------------------------------------------------------------------------------------
# opening and extraction


def _open(data: bytes, path: Path) -> Any:
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    head = data[:1024].lstrip()
    if not head.startswith(b"%PDF"):
        raise SourceError(
            "the file is not a PDF (no %PDF header)",
            path=path,
            remedy="Download the PDF again; if it is HTML or text, give it the right extension",
        )
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (DependencyError, NotImplementedError) as e:
                raise SourceError(
                    f"the PDF is encrypted ({e})",
                    path=path,
                    remedy="Save an unprotected copy of the PDF, or give a text version of the law",
                ) from e
            if not ok:
                raise SourceError(
                    "the PDF is encrypted with a password",
                    path=path,
                    remedy="Save an unprotected copy of the PDF, or give a text version of the law",
                )
        n = len(reader.pages)
    except (SourceError, ParseError):
        raise
    except FileNotDecryptedError as e:
        raise SourceError(
            "the PDF is encrypted with a password",
            path=path,
            remedy="Save an unprotected copy, or give a text version",
        ) from e
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        OSError,
        RecursionError,
        IndexError,
    ) as e:
        raise ParseError(
            f"the PDF is damaged or truncated ({type(e).__name__}: {e})",
            path=path,
            remedy="Download the PDF again",
        ) from e
    if n == 0:
        raise ParseError(
            "the PDF has no pages (damaged or truncated)",
            path=path,
            remedy="Download the PDF again",
        )
    return reader


def _extract(reader: Any, path: Path) -> tuple[list[list[_Line]], list[float], list[str]]:
    pages: list[list[_Line]] = []
    heights: list[float] = []
    warnings: list[str] = []
    failed: list[int] = []
    for i, page in enumerate(reader.pages):
        try:
            box = page.mediabox
            heights.append(float(box.height) or 842.0)
            pages.append(_page_lines(page, i))
        except Exception as e:  # pypdf raises many types on damaged pages
            if isinstance(e, (KeyboardInterrupt, MemoryError)):
                raise
            failed.append(i + 1)
            heights.append(842.0)
            pages.append([])
    if failed and len(failed) == len(pages):
        raise ParseError(
            "no page of the PDF could be read (damaged or truncated)",
            path=path,
            remedy="Download the PDF again",
        )
    if failed:
        warnings.append(f"page(s) {_ranges(failed)} could not be read and were skipped")
    return pages, heights, warnings


def _page_lines(page: Any, index: int) -> list[_Line]:
    frags: list[tuple[str, float, float, float, bool]] = []

    def visit(
        text: str, cm: Sequence[float], tm: Sequence[float], font: Any, font_size: float
    ) -> None:
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
        name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        frags.append(
            (text, float(x), float(y), abs(float(font_size) * scale), bool(_BOLD_FONT.search(name)))
        )

    page.extract_text(visitor_text=visit)
    lines: list[_Line] = []
    cur_text: list[str] = []
    cur_pos: tuple[float, float] | None = None
    cur_bold = False
    sizes: Counter[float] = Counter()

    def flush() -> None:
        nonlocal cur_pos
        text = "".join(cur_text)
        if text.strip():
            size = sizes.most_common(1)[0][0] if sizes else 0.0
            x, y = cur_pos if cur_pos else (0.0, 0.0)
            lines.append(_Line(index, x, y, size, text.strip(), bold=cur_bold))
        cur_text.clear()
        sizes.clear()
        cur_pos = None

    for text, x, y, size, bold in frags:
        pieces = text.split("\n")
        for j, piece in enumerate(pieces):
            if j > 0:
                flush()
            if not piece:
                continue
            cur_text.append(piece)
            if piece.strip():
                if cur_pos is None:
                    cur_pos = (x, y)
                    cur_bold = bold
                sizes[round(size * 2) / 2] += len(piece.strip())
    flush()
    return lines


def _body_size(lines: Sequence[_Line]) -> float:
    weights: Counter[float] = Counter()
    for ln in lines:
        weights[ln.size] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else 0.0


# ---------------------------------------------------------------------------------------------
# classification


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text)).lower()


def _mark_running(pages: list[list[_Line]], heights: Sequence[float]) -> None:
    """Running headers/footers and bare page numbers."""
    counts: Counter[str] = Counter()
    for page, h in zip(pages, heights, strict=True):
        seen = {_key(ln.text) for ln in page if _in_edge(ln, h)}
        counts.update(seen)
    n = len([p for p in pages if p])
    threshold = max(2, math.ceil(_RECURRING_SHARE * n))
    for page, h in zip(pages, heights, strict=True):
        for ln in page:
            if not _in_edge(ln, h):
                continue
            if _PAGE_NUMBER.match(ln.text):
                ln.kind = "pagenum"
            elif n >= 3 and counts[_key(ln.text)] >= threshold:
                ln.kind = "header"


def _in_edge(ln: _Line, height: float) -> bool:
    return ln.y >= height * (1 - _EDGE_ZONE) or ln.y <= height * _EDGE_ZONE


def _mark_toc(lines: list[_Line]) -> None:
    """A table of contents: a "Contents" heading followed by numbered short lines."""
    for i, ln in enumerate(lines[:200]):
        if ln.kind != "body" or not _CONTENTS_HEADING.match(ln.text.strip()):
            continue
        j = i + 1
        numbered = 0
        end = i
        while j < len(lines):
            t = lines[j].text.strip()
            if lines[j].kind != "body":
                j += 1
                continue
            if re.match(r"^\d{1,4}[A-Z]{0,3}\.?\s+\S", t) and len(t) <= 120:
                numbered += 1
                end = j
            elif numbered and end == j - 1 and len(t) <= 80 and t[:1].islower():
                end = j  # a wrapped entry
            else:
                break
            j += 1
        if numbered >= 3:
            for k in range(i, end + 1):
                if lines[k].kind == "body":
                    lines[k].kind = "toc"
        return


def _mark_footnotes(
    pages: list[list[_Line]],
    body_size: float,
    notes: dict[int, tuple[str, str]],
    warnings: list[str],
) -> None:
    """Footnotes (small print below the body) and their markers (small digits in the body)."""
    if not body_size:
        return
    small = body_size * _SMALL_SHARE
    pending: dict[str, int] = {}  # footnote number -> anchor key, markers met so far
    for page in pages:
        body = [ln for ln in page if ln.kind == "body" and ln.size >= small]
        if not body:
            continue
        lowest = min(ln.y for ln in body)
        current: list[str] | None = None
        current_num = ""
        texts: list[tuple[str, list[str]]] = []
        for ln in page:
            if ln.kind != "body" or ln.size >= small:
                continue
            if ln.y < lowest - 1:
                ln.kind = "footnote"
                m = _FOOTNOTE_START.match(ln.text)
                expected = str(int(current_num) + 1) if current_num.isdigit() else ""
                if (
                    m
                    and (current is None or m.group(1) == expected or not m.group(1).isdigit())
                    and m.group(1) != current_num
                ):
                    current_num = m.group(1)
                    current = [m.group(2).strip()]
                    texts.append((current_num, current))
                elif current is not None:
                    current.append(ln.text.strip())
                else:
                    current_num, current = "", [ln.text.strip()]
                    texts.append((current_num, current))
            elif _MARKER.match(ln.text):
                ln.kind = "marker"
                num = _MARKER.match(ln.text).group(1)  # type: ignore[union-attr]
                key = len(notes)
                notes[key] = ("note", "")
                pending[num] = key
                ln.anchors.append(key)
        for num, parts in texts:
            body_text = _join_words(parts)
            if num and num in pending:
                notes[pending.pop(num)] = ("note", f"footnote {num}: {body_text}")
            else:
                key = len(notes)
                notes[key] = ("note", f"footnote {num}: {body_text}" if num else body_text)
                # no marker found: anchor it at the last body line of the page
                body[-1].anchors.append(key)
    for key, (_role, text) in list(notes.items()):
        if not text:
            del notes[key]
    if pending:
        warnings.append(f"{len(pending)} footnote marker(s) without footnote text")


def _mark_marginals(
    pages: list[list[_Line]], body_size: float, notes: dict[int, tuple[str, str]]
) -> None:
    """Narrow blocks of small print beside the body: marginal notes."""
    if not body_size:
        return
    small = body_size * _SMALL_SHARE
    for page in pages:
        blocks: list[list[_Line]] = []
        for ln in page:
            if ln.kind != "body" or ln.size >= small or _MARKER.match(ln.text):
                continue
            last = blocks[-1][-1] if blocks else None
            if (
                last is not None
                and abs(ln.x - last.x) <= 3
                and abs(ln.size - last.size) < 1
                and 0 < last.y - ln.y <= 2.2 * max(ln.size, 1.0)
            ):
                blocks[-1].append(ln)
            else:
                blocks.append([ln])
        # a block of print that runs on beyond a narrow column is small body text
        blocks = [b for b in blocks if max(len(ln.text) for ln in b) <= _MARGINAL_MAX_CHARS]
        body = [ln for ln in page if ln.kind == "body" and ln.size >= small]
        lowest = min((ln.y for ln in body), default=0.0)
        for block in blocks:
            if not body:
                break
            # a block of short small lines that sits beside body text is a marginal note
            top = block[0].y
            if top < lowest - 2:
                continue  # below the body: footnotes
            near = [b for b in body if abs(b.y - top) <= 1.3 * body_size]
            if not near:
                continue
            target = min(near, key=lambda b: (not _DESIGNATION_START.match(b.text), abs(b.y - top)))
            for ln in block:
                ln.kind = "marginal"
            key = len(notes)
            text = _join_words([ln.text for ln in block])
            # a marginal note in quotation marks belongs to a quoted (inserted) provision
            role = "note" if text[:1] in '“"‘«' else "heading"
            notes[key] = (role, text)
            target.anchors.insert(0, key)


# ---------------------------------------------------------------------------------------------
# reflow


def _hyphenated_words(lines: Sequence[_Line]) -> set[str]:
    """Words the document writes with a hyphen inside a line ("sub-section")."""
    found: set[str] = set()
    for ln in lines:
        for m in re.finditer(r"([^\W\d_]+)-([^\W\d_]+)", ln.text):
            found.add(f"{m.group(1)}-{m.group(2)}".lower())
    return found


def _reflow(lines: Sequence[_Line], hyphenated: set[str]) -> str:
    paragraphs: list[str] = []
    current = ""
    prev: _Line | None = None
    for ln in lines:
        marks = "".join(anchor(k) for k in ln.anchors)
        text = ln.text.strip() if ln.kind == "body" else ""
        if not text:
            current += (" " + marks) if current else marks
            continue
        bold = anchor(_EMPHASIS_KEY) if ln.bold else ""
        if prev is None or not current:
            current = (current + marks + bold + text) if current else marks + bold + text
        elif _breaks(prev, ln):
            paragraphs.append(current)
            current = marks + bold + text
        else:
            current = _join(current, text, hyphenated, marks)
        prev = ln
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _breaks(prev: _Line, ln: _Line) -> bool:
    a, b = prev.text.strip(), ln.text.strip()
    if _TERMINAL.search(a) or _ENUM_START.match(b):
        return True
    if (a.isupper() and len(a) <= 80) or (b.isupper() and 3 < len(b) <= 80):
        return True
    return prev.page == ln.page and prev.y - ln.y > 2.2 * max(prev.size, ln.size, 1.0)


def _join(current: str, text: str, hyphenated: set[str], marks: str = "") -> str:
    m = _HYPHEN_END.search(current)
    w = _WORD_START.match(text)
    if m and w and text[:1].islower():
        compound = f"{m.group(1)}-{w.group(1)}".lower()
        if compound in hyphenated:
            return current + marks + text
        return current[:-1] + marks + text
    if current.endswith(("-", "/")) and not current.endswith(" -"):
        return current + marks + text
    return current + " " + marks + text


def _join_words(parts: Sequence[str]) -> str:
    out = ""
    for p in parts:
        p = p.strip()
        if not p:
            continue
        out = _join(out, p, set()) if out else p
    return " ".join(out.split())


# ---------------------------------------------------------------------------------------------
# metadata


def _metadata(reader: Any, pages: list[list[_Line]]) -> dict[str, str]:
    meta: dict[str, str] = {}
    title = ""
    try:
        info = reader.metadata
        raw = str(info.title) if info is not None and info.title else ""
    except Exception:  # damaged info dictionaries are common and harmless
        raw = ""
    if raw and not re.search(
        r"\.(?:p65|docx?|pdf|indd|qxd|rtf)\b|^Microsoft Word|^untitled", raw, re.I
    ):
        title = " ".join(raw.split())
    if not title:
        title = _largest_print(pages)
    if title:
        meta["title"] = title
        m = re.search(r"\b(?:of|OF|de|del|du|,)\s+(1[6-9]\d{2}|20\d{2})\b", title)
        if m:
            meta["year"] = m.group(1)
    return meta


def _largest_print(pages: list[list[_Line]]) -> str:
    for page in pages[:2]:
        body = [ln for ln in page if ln.kind == "body"]
        if not body:
            continue
        top = max(ln.size for ln in body)
        run: list[str] = []
        started = False
        for ln in body:
            if abs(ln.size - top) < 0.5:
                run.append(ln.text)
                started = True
            elif started:
                break
        title = " ".join(" ".join(run).split())
        return title[:300]
    return ""


def _ranges(nums: Sequence[int]) -> str:
    out: list[str] = []
    start = prev = nums[0]
    for n in nums[1:]:
        if n == prev + 1:
            prev = n
            continue
        out.append(f"{start}-{prev}" if prev != start else str(start))
        start = prev = n
    out.append(f"{start}-{prev}" if prev != start else str(start))
    return ", ".join(out)
