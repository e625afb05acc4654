"""Reader for USLM (United States Legislative Markup), the XML of the US Code (uscDoc) and of
enrolled laws (lawDoc), namespace http://xml.house.gov/schemas/uslm/1.0.

Mapping:
* title, subtitle, chapter, subchapter, part, subpart, division, subdivision -> containers;
  `section` -> section (citable); subsection, paragraph, subparagraph, clause, subclause, item,
  subitem, subsubitem -> subdivisions; a generic `level` is a paragraph inside a section and an
  hcontainer outside.
* `num/@value` is the num when present ("1589", "a"); the printed num gives the label ("§ 1589."
  -> label "§"; "(a)" -> no label; "CHAPTER 77—" -> "CHAPTER").
* Text comes from `content`, `chapeau`, `continuation`, `proviso` and `p`; `notes`, `note` and
  `sourceCredit` go to notes; `toc` and `layout` tables of contents are skipped.
* `quotedContent` (what an amending provision quotes) stays in the quoting provision's text,
  marked with an Insertion whose target is the quoted num.
* Metadata: dc:title, dc:language (else xml:lang), dc:date/dcterms:created, docNumber; country
  "USA".

Policy: malformed XML or a root other than uscDoc/lawDoc -> ParseError; anything else is read,
with problems recorded in warnings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from lexcompare.errors import ParseError
from lexcompare.model import Insertion
from lexcompare.sources.base import ParsedSource
from lexcompare.sources.xmlsafe import local_name, parse_xml
from lexcompare.sources.xmltree import (
    Out,
    add_text,
    clean_num,
    iso639_1,
    mixed_text,
    year_of,
)
from lexcompare.tree import Node, freeze

NS = "http://xml.house.gov/schemas/uslm/1.0"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"

_CONTAINERS = {
    "title": "title",
    "subtitle": "subtitle",
    "chapter": "chapter",
    "subchapter": "subchapter",
    "part": "part",
    "subpart": "part",
    "division": "division",
    "subdivision": "subdivision",
    "appendix": "schedule",
    "compiledAct": "hcontainer",
    "courtRules": "hcontainer",
    "reorganizationPlans": "hcontainer",
}
_SUBDIVISIONS = {
    "subsection": "subsection",
    "paragraph": "paragraph",
    "subparagraph": "subparagraph",
    "clause": "clause",
    "subclause": "subclause",
    "item": "item",
    "subitem": "item",
    "subsubitem": "item",
}
_TEXT = frozenset({"content", "chapeau", "continuation", "proviso", "p", "text"})
_NOTES = frozenset({"notes", "note", "sourceCredit", "footnote"})
_SKIPPED = frozenset({"num", "heading", "subheading", "toc", "layout", "meta", "img"})
_INLINE_SKIP = frozenset({"footnote", "note", "ref_footnote"})


@dataclass
class _Ctx:
    path: Path
    out: Out = field(default_factory=Out)
    warnings: list[str] = field(default_factory=list)


def read(data: bytes, path: Path, lang: str) -> ParsedSource:
    root = parse_xml(data, path, what="USLM XML")
    if local_name(root) not in ("uscDoc", "lawDoc"):
        raise ParseError(
            f"the root element is <{local_name(root)}>, not a USLM <uscDoc> or <lawDoc>",
            path=path,
            location=f"line {root.sourceline}" if root.sourceline else None,
            remedy="Give the US Code XML of uscode.house.gov (USLM), or read the file with its "
            "own format",
        )
    ctx = _Ctx(path)
    metadata = _metadata(root)
    roots: list[Node] = []
    main = next((c for c in root if local_name(c) == "main"), None)
    if main is None:
        raise ParseError(
            "the document has no <main> element",
            path=path,
            remedy="Check that the file is complete",
        )
    _children(main, ctx, roots, None, in_section=False)
    provisions = freeze(roots)
    if not any(p.is_citable for top in provisions for p in top.walk()):
        ctx.warnings.append("no sections found in the file")
    return ParsedSource(
        text=ctx.out.text(), provisions=provisions, metadata=metadata, warnings=tuple(ctx.warnings)
    )


def _metadata(root: etree._Element) -> dict[str, str]:
    md: dict[str, str] = {"country": "USA"}
    lang = root.get("{http://www.w3.org/XML/1998/namespace}lang", "")
    meta = next((c for c in root if local_name(c) == "meta"), None)
    if meta is not None:
        for el in meta:
            name, ns = local_name(el), etree.QName(el).namespace
            value = mixed_text(el)
            if not value:
                continue
            if ns == DC and name == "title":
                md["title"] = value
            elif ns == DC and name == "language":
                lang = value
            elif (ns == DC and name == "date") or (ns == DCTERMS and name == "created"):
                md.setdefault("date", value[:10])
            elif name == "docNumber":
                md["number"] = value
            elif name == "docPublicationName":
                md["publication"] = value
    if iso639_1(lang):
        md["language"] = iso639_1(lang)
    if md.get("date") and year_of(md["date"]):
        md["year"] = year_of(md["date"])
    if root.get("identifier"):
        md["identifier"] = root.get("identifier", "")
    return md


def _skip_inline(el: etree._Element) -> bool:
    return local_name(el) in _INLINE_SKIP


def _children(
    el: etree._Element, ctx: _Ctx, into: list[Node], owner: Node | None, *, in_section: bool
) -> None:
    for child in el:
        name = local_name(child)
        if name in _CONTAINERS or (name == "level" and not in_section):
            into.append(_unit(child, ctx, _CONTAINERS.get(name, "hcontainer"), in_section))
        elif name == "section":
            into.append(_unit(child, ctx, "subsection" if in_section else "section", in_section))
        elif name in _SUBDIVISIONS or name == "level":
            into.append(_unit(child, ctx, _SUBDIVISIONS.get(name, "paragraph"), in_section))
        elif name in _NOTES:
            if owner is not None:
                for note in _note_texts(child):
                    owner.notes.append(note)
        elif name in _TEXT:
            _text(child, owner, ctx)
        elif name in ("quotedContent", "quotedText") and owner is not None:
            _quoted(child, owner, ctx)
        elif name in _SKIPPED:
            continue
        elif owner is not None:
            _text(child, owner, ctx)


def _unit(el: etree._Element, ctx: _Ctx, kind: str, in_section: bool) -> Node:
    num_el = next((c for c in el if local_name(c) == "num"), None)
    heading_el = next((c for c in el if local_name(c) == "heading"), None)
    printed = mixed_text(num_el) if num_el is not None else ""
    value = (num_el.get("value") or "").strip() if num_el is not None else ""
    num = clean_num(value or printed)
    label = _label(printed, value)
    heading = mixed_text(heading_el, skip=_skip_inline) if heading_el is not None else ""
    heading = heading.strip(" .—–-")
    node = Node(kind=kind, label=label, num=num, heading=heading)
    line = " ".join(x for x in (printed.rstrip("—–- "), heading) if x)
    node.start, node.end = ctx.out.line(line) if line else (ctx.out.pos, ctx.out.pos)
    inside = in_section or kind == "section"
    _children(el, ctx, node.children, node, in_section=inside)
    return node


def _label(printed: str, value: str) -> str:
    """The label word of a printed num: "§ 1589." -> "§"; "CHAPTER 77—" -> "CHAPTER"."""
    s = printed.strip().strip("“”\"‘’'").rstrip(".—–- ")
    if value and value in s:
        s = s[: s.rfind(value)]
    elif s.startswith("("):
        return ""
    else:
        s = s.rsplit(" ", 1)[0] if " " in s else ("§" if s.startswith("§") else "")
    return s.strip(" ([").strip()


def _text(el: etree._Element, owner: Node | None, ctx: _Ctx) -> None:
    quoted: list[etree._Element] = []

    def skip(e: etree._Element) -> bool:
        return _skip_inline(e) or local_name(e) == "quotedContent"

    def on_skip(e: etree._Element) -> None:
        if local_name(e) == "quotedContent":
            quoted.append(e)
        elif owner is not None:
            owner.notes.extend(_note_texts(e))

    blocks = [c for c in el if local_name(c) in ("p", "quotedContent")]
    if blocks and not (el.text or "").strip():
        for b in blocks:
            if local_name(b) == "quotedContent":
                quoted.append(b)
            else:
                _line(mixed_text(b, skip=skip, on_skip=on_skip), owner, ctx)
    else:
        _line(mixed_text(el, skip=skip, on_skip=on_skip), owner, ctx)
    if owner is not None:
        for q in quoted:
            _quoted(q, owner, ctx)


def _line(text: str, owner: Node | None, ctx: _Ctx) -> None:
    if not text:
        return
    _, end = ctx.out.line(text)
    if owner is not None:
        add_text(owner, text)
        owner.end = max(owner.end, end)


def _note_texts(el: etree._Element) -> list[str]:
    name = local_name(el)
    if name == "notes":
        return [t for c in el for t in _note_texts(c)]
    heading = next((c for c in el if local_name(c) == "heading"), None)
    head = mixed_text(heading) if heading is not None else ""
    body = " ".join(mixed_text(c) for c in el if local_name(c) != "heading")
    if not body and not len(el):
        body = mixed_text(el)
    text = f"{head}: {body}" if head and body else head or body
    return [text] if text else []


def _quoted(q: etree._Element, owner: Node, ctx: _Ctx) -> None:
    """Quoted content of an amendment: rendered into the owner's text, one Insertion per quoted
    unit (quoted words alone stay text)."""
    mark = ctx.out.mark()
    drafts: list[Node] = []
    if local_name(q) == "quotedText" or not any(isinstance(c.tag, str) for c in q):
        _line(mixed_text(q), None, ctx)
    else:
        _children(q, ctx, drafts, Node(kind="hcontainer"), in_section=False)
    lines = ctx.out.lines_since(mark)
    if not lines:
        return
    sections = _SECTION_REF.findall(owner.text)  # the instruction, before the quote
    _, end = ctx.out.span_since(mark)
    add_text(owner, "\n".join(lines))
    owner.end = max(owner.end, end)
    for d in drafts:
        if d.num:
            d_end = max([d.end, *(_end(c) for c in d.children)])
            target = d.num
            if d.kind not in ("section", "title", "chapter") and sections:
                target = f"{sections[-1]}({d.num})"  # "Section 12 ... adding (d)" -> "12(d)"
            owner.inserted.append(Insertion(target=target, label=d.label, start=d.start, end=d_end))


_SECTION_REF = re.compile(r"\bsection\s+(\d+[A-Za-z0-9\-]*)", re.I)


def _end(node: Node) -> int:
    return max([node.end, *(_end(c) for c in node.children)])
