"""Reader for Akoma Ntoso 3.0 (OASIS LegalDocML) documents: act, bill, doc and the like.

Mapping:
* Hierarchy elements -> kinds: book/tome, part/subpart, title, subtitle, chapter, subchapter,
  division, subdivision, hcontainer/transitional -> containers; article, rule -> citable;
  `section` is citable unless it holds articles (Spanish "Sección": a container, kind division)
  or sits inside an article (then a subsection); subsection, paragraph, subparagraph, point,
  indent, alinea, clause, subclause, proviso -> subdivisions.  An unnumbered `list` is flattened
  into its parent (intro/wrapUp become the parent's text, points its children).
* `eId` attributes are kept when present; elsewhere eIds come from `tree.freeze`.
* `num` is split by the designation rules (numbering.normalise_num; "1o" -> "1"); a `num` that
  runs on into its heading ("TÍTULO PRIMERO DISPOSICIONES GENERALES"), as converters from PDF
  write it, is split into label, num and heading.
* Text comes from intro, content and wrapUp; `authorialNote`, `remark`, `noteRef` (resolved
  against meta/notes) and stray `note` elements go to notes.
* `quotedStructure` (what an amending act quotes) stays in the text of the provision that
  quotes it and is marked with an Insertion; it never becomes a provision.
* Metadata from FRBR: title (preface docTitle, else FRBRalias), language (FRBRlanguage ->
  ISO 639-1), date/year (FRBRdate of the work), country (FRBRcountry -> ISO 3166 alpha-3).

Documents converted from PDF keep page furniture inside the text ("7 de 60" and the running
header of each page): page-number lines and the recurring lines next to them are dropped, and the
printed line wraps are joined, with a warning.  A file whose containers are mostly empty (the
converter put every article in the last container) is read with its articles at top level and
its containers as empty headings, with a warning: the file does not say which article belongs
where.

Policy: malformed XML or a root that is not akomaNtoso -> ParseError; everything else is read,
with the problems recorded in warnings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from lexcompare.errors import ParseError
from lexcompare.model import CITABLE_KINDS, CONTAINER_KINDS, Insertion
from lexcompare.sources.base import ParsedSource
from lexcompare.sources.xmlsafe import local_name, parse_xml
from lexcompare.sources.xmltree import (
    Out,
    PageFurniture,
    add_text,
    apply_file_eids,
    is_num_token,
    iso639_1,
    iso3166_alpha3,
    mixed_text,
    raw_text,
    split_designation_heading,
    strip_page_number_suffix,
    unwrap_lines,
    year_of,
)
from lexcompare.text import collapse
from lexcompare.tree import Node, freeze

_CONTAINERS = {
    "book": "book",
    "tome": "book",
    "part": "part",
    "subpart": "part",
    "title": "title",
    "subtitle": "subtitle",
    "chapter": "chapter",
    "subchapter": "subchapter",
    "division": "division",
    "subdivision": "subdivision",
    "hcontainer": "hcontainer",
    "transitional": "hcontainer",
}
_SUBDIVISIONS = {
    "subsection": "subsection",
    "subrule": "subsection",
    "paragraph": "paragraph",
    "subparagraph": "subparagraph",
    "point": "point",
    "indent": "indent",
    "alinea": "paragraph",
    "clause": "clause",
    "subclause": "subclause",
    "proviso": "paragraph",
    "list": "list",
    "sublist": "list",
}
_HIERARCHY = (
    frozenset(_CONTAINERS) | frozenset(_SUBDIVISIONS) | {"article", "rule", "section", "level"}
)
_TEXT_PARTS = frozenset({"intro", "content", "wrapUp", "wrap", "crossHeading"})
_NOTE_INLINE = frozenset({"authorialNote", "remark", "noteRef", "note"})
_DROPPED_INLINE = frozenset({"del"})
_BLOCK_ROWS = frozenset(
    {
        "p",
        "listIntroduction",
        "listWrapUp",
        "tr",
        "heading",
        "subheading",
        "num",
        "blockContainer",
        "tblock",
        "foreign",
        "toc",
        "tocItem",
    }
)
_BODIES = ("body", "mainBody", "judgmentBody", "debateBody", "amendmentBody", "collectionBody")
_DOC_TYPES = frozenset(
    {
        "act",
        "bill",
        "doc",
        "statement",
        "amendment",
        "judgment",
        "debate",
        "debateReport",
        "officialGazette",
        "documentCollection",
        "portion",
        "amendmentList",
    }
)


@dataclass
class _Ctx:
    path: Path
    out: Out = field(default_factory=Out)
    warnings: list[str] = field(default_factory=list)
    notes_by_id: dict[str, str] = field(default_factory=dict)
    furniture: PageFurniture | None = None
    furniture_removed: int = 0
    page_suffixes: int = 0
    pending_designation: str = ""
    pending_node: Node | None = None
    renumbered: list[str] = field(default_factory=list)
    # id(draft) -> (draft, eId in the file); the draft is held so that its id is never reused
    file_eids: dict[int, tuple[Node, str]] = field(default_factory=dict)


def read(data: bytes, path: Path, lang: str) -> ParsedSource:
    root = parse_xml(data, path, what="Akoma Ntoso XML")
    if local_name(root) != "akomaNtoso":
        raise ParseError(
            f"the root element is <{local_name(root)}>, not <akomaNtoso>",
            path=path,
            location=f"line {root.sourceline}" if root.sourceline else None,
            remedy="Give an Akoma Ntoso 3.0 document, or read the file with its own format",
        )
    doc = next((c for c in root if local_name(c) in _DOC_TYPES), None)
    if doc is None:
        doc = next((c for c in root if isinstance(c.tag, str)), None)
    if doc is None:
        raise ParseError(
            "the akomaNtoso element holds no document",
            path=path,
            remedy="Check that the file is complete",
        )
    ctx = _Ctx(path)
    metadata = _metadata(doc)
    ctx.notes_by_id = _meta_notes(doc)
    ctx.furniture = PageFurniture(
        line for p in doc.iter("{*}p") for line in raw_text(p).split("\n")
    )
    roots: list[Node] = []
    _document(doc, ctx, roots)
    if not any(n.kind in CITABLE_KINDS for n in _iter_nodes(roots)):
        ctx.warnings.append("no article, section or rule found in the document")
    roots = _repair_flattened(roots, ctx)
    if ctx.furniture_removed and ctx.furniture is not None:
        example = ctx.furniture.example
        ctx.warnings.append(
            f"dropped {ctx.furniture_removed} page-furniture lines (page numbers such as "
            f"{example!r} and the running headers next to them) left by a PDF conversion"
        )
    if ctx.renumbered:
        shown = "; ".join(ctx.renumbered[:5]) + ("; ..." if len(ctx.renumbered) > 5 else "")
        ctx.warnings.append(
            f"{len(ctx.renumbered)} units numbered differently in <num> and in their text; "
            f"the text's designation is kept ({shown})"
        )
    if ctx.page_suffixes:
        ctx.warnings.append(
            f"removed a page number run into {ctx.page_suffixes} heading(s) by a PDF conversion"
        )
    provisions = freeze(roots)
    eids = [ctx.file_eids[id(n)][1] if id(n) in ctx.file_eids else None for n in _iter_nodes(roots)]
    if any(eids):
        provisions = apply_file_eids(provisions, eids)
    return ParsedSource(
        text=ctx.out.text(),
        provisions=provisions,
        metadata=metadata,
        warnings=tuple(ctx.warnings),
    )


# --------------------------------------------------------------------------------------------
# metadata


def _metadata(doc: etree._Element) -> dict[str, str]:
    md: dict[str, str] = {}
    ident = doc.find("{*}meta/{*}identification")
    if ident is not None:
        work = ident.find("{*}FRBRWork")
        expr = ident.find("{*}FRBRExpression")
        if work is not None:
            country = _attr(work, "FRBRcountry", "value")
            if iso3166_alpha3(country):
                md["country"] = iso3166_alpha3(country)
            date = _attr(work, "FRBRdate", "date")
            if date:
                md["date"] = date
                if year_of(date):
                    md["year"] = year_of(date)
            aliases = work.findall("{*}FRBRalias")
            alias = next(
                (
                    a.get("value", "")
                    for a in aliases
                    if a.get("name", "") in ("title", "short", "shortTitle")
                ),
                "",
            )
            alias = alias or (aliases[0].get("value", "") if aliases else "")
            if alias:
                md["title"] = collapse(alias)
            number = _attr(work, "FRBRnumber", "value")
            if number:
                md["number"] = number
            uri = _attr(work, "FRBRuri", "value") or _attr(work, "FRBRthis", "value")
            if uri:
                md["frbr_work"] = uri
        if expr is not None:
            language = iso639_1(_attr(expr, "FRBRlanguage", "language"))
            if language:
                md["language"] = language
            if not md.get("date"):
                date = _attr(expr, "FRBRdate", "date")
                if year_of(date):
                    md["date"], md["year"] = date, year_of(date)
    preface = doc.find("{*}preface")
    if preface is not None:
        for tag in ("docTitle", "shortTitle", "docShortTitle"):
            el = next(preface.iter("{*}" + tag), None)
            if el is not None and mixed_text(el):
                md["title"] = mixed_text(el)
                break
        long_title = next(preface.iter("{*}longTitle"), None)
        if long_title is not None and mixed_text(long_title):
            md["long_title"] = mixed_text(long_title)
    return md


def _attr(parent: etree._Element, tag: str, attr: str) -> str:
    el = parent.find("{*}" + tag)
    return (el.get(attr) or "").strip() if el is not None else ""


def _meta_notes(doc: etree._Element) -> dict[str, str]:
    notes: dict[str, str] = {}
    for note in doc.iterfind("{*}meta/{*}notes/{*}note"):
        key = note.get("eId") or note.get("id") or ""
        if key:
            notes[key] = mixed_text(note)
    return notes


# --------------------------------------------------------------------------------------------
# document structure


def _document(doc: etree._Element, ctx: _Ctx, roots: list[Node]) -> None:
    for part in doc:
        name = local_name(part)
        if name in ("meta", "coverPage"):
            continue
        if name == "preface":
            for line in _lines(part, ctx, None):
                ctx.out.line(line)
        elif name == "preamble":
            node = Node(kind="hcontainer")
            _text_into(part, node, ctx, first=True)
            if node.text:
                roots.append(node)
        elif name in _BODIES:
            _items(part, ctx, roots, in_citable=False)
        elif name == "conclusions":
            for line in _lines(part, ctx, None):
                ctx.out.line(line)
        elif name in ("attachments", "components"):
            for att in part:
                schedule = _attachment(att, ctx)
                if schedule is not None:
                    roots.append(schedule)
        elif name in _DOC_TYPES:  # documentCollection members
            _document(part, ctx, roots)


def _attachment(att: etree._Element, ctx: _Ctx) -> Node | None:
    inner = next((c for c in att.iter() if local_name(c) in _DOC_TYPES and c is not att), None)
    heading_el = next((c for c in att if local_name(c) in ("heading", "subheading")), None)
    title = mixed_text(heading_el) if heading_el is not None else ""
    if inner is not None and not title:
        preface_title = next(inner.iter("{*}docTitle"), None)
        title = mixed_text(preface_title) if preface_title is not None else ""
    node = Node(kind="schedule", heading=title)
    node.start, node.end = ctx.out.line(title) if title else (ctx.out.pos, ctx.out.pos)
    if inner is not None:
        for body in inner:
            if local_name(body) in _BODIES:
                _items(body, ctx, node.children, in_citable=False)
    return node if (node.children or title) else None


def _items(
    parent: etree._Element,
    ctx: _Ctx,
    into: list[Node],
    *,
    in_citable: bool,
    owner: Node | None = None,
) -> None:
    """The hierarchy children of `parent` become nodes in `into`; text parts go to `owner`."""
    for child in parent:
        name = local_name(child)
        if name in _HIERARCHY:
            if name in ("list", "sublist") and not _has_num(child) and owner is not None:
                _items(child, ctx, into, in_citable=in_citable, owner=owner)
                continue
            into.append(_unit(child, ctx, in_citable))
        elif name in _TEXT_PARTS:
            if owner is not None:
                _text_into(child, owner, ctx)
            else:
                for line in _lines(child, ctx, None):
                    ctx.out.line(line)
        elif name in _NOTE_INLINE:
            if owner is not None:
                note = _note_text(child, ctx)
                if note:
                    owner.notes.append(note)
        elif name in ("num", "heading", "subheading"):
            continue
        elif owner is not None:
            _text_into(child, owner, ctx)


def _has_num(el: etree._Element) -> bool:
    return any(local_name(c) == "num" for c in el)


def _kind(el: etree._Element, in_citable: bool) -> str:
    name = local_name(el)
    if name in ("article", "rule"):
        return name
    if name == "section":
        if _holds_articles(el):
            return "division"
        return "subsection" if in_citable else "section"
    if name == "level":
        return "paragraph" if in_citable else "hcontainer"
    if name in _CONTAINERS:
        return _CONTAINERS[name]
    return _SUBDIVISIONS.get(name, "hcontainer")


def _holds_articles(el: etree._Element) -> bool:
    """Does this element hold articles or rules of its own (not quoted ones)?"""
    for found in el.iterdescendants("{*}article", "{*}rule"):
        anc = found.getparent()
        while (
            anc is not None
            and anc is not el
            and local_name(anc) not in ("quotedStructure", "embeddedStructure")
        ):
            anc = anc.getparent()
        if anc is el:
            return True
    return False


def _unit(el: etree._Element, ctx: _Ctx, in_citable: bool) -> Node:
    kind = _kind(el, in_citable)
    num_el = next((c for c in el if local_name(c) == "num"), None)
    heading_el = next((c for c in el if local_name(c) == "heading"), None)
    sub_el = next((c for c in el if local_name(c) == "subheading"), None)
    printed = mixed_text(num_el) if num_el is not None else ""
    if ctx.furniture:  # only in documents that carry page numbers
        printed, had_page = strip_page_number_suffix(printed)
        ctx.page_suffixes += had_page
    label, num, rest = split_designation_heading(printed) if printed else ("", "", "")
    heading = mixed_text(heading_el, skip=_is_note) if heading_el is not None else ""
    if ctx.furniture:
        heading, had_page = strip_page_number_suffix(heading)
        ctx.page_suffixes += had_page
    printed_heading = heading
    if not heading and rest:
        heading = rest
    if sub_el is not None and mixed_text(sub_el):
        heading = f"{heading} — {mixed_text(sub_el)}" if heading else mixed_text(sub_el)
    found = _text_designation(el) if num and kind in CITABLE_KINDS else None
    if found is not None and found[0] != num:
        # The converter's <num> disagrees with the designation printed in the text
        # ("Artículo 10" over "Décimo Primero.- ..."): the text is what was printed.
        ctx.renumbered.append(f"{printed} -> {found[1]}")
        label, num, printed = "", found[0], found[1]
    node = Node(kind=kind, label=label, num=num, heading=heading)
    if el.get("eId"):
        ctx.file_eids[id(node)] = (node, el.get("eId", ""))
    line = " ".join(x for x in (printed, printed_heading) if x)
    if sub_el is not None and mixed_text(sub_el):
        line = f"{line} {mixed_text(sub_el)}".strip()
    if line:
        node.start, node.end = ctx.out.line(line)
    else:
        node.start = node.end = ctx.out.pos + (1 if ctx.out.pos else 0)
    if printed:
        ctx.pending_designation, ctx.pending_node = printed, node
    inside = in_citable or kind in CITABLE_KINDS
    _items(el, ctx, node.children, in_citable=inside, owner=node)
    _fold_sole_paragraph(node, ctx)
    return node


def _fold_sole_paragraph(node: Node, ctx: _Ctx) -> None:
    """An article whose only child is an unnumbered, unheaded paragraph: that paragraph is the
    article's own text (converters wrap every body in one)."""
    if len(node.children) != 1 or node.text:
        return
    child = node.children[0]
    if child.num or child.heading or child.kind not in ("paragraph", "list"):
        return
    if id(child) in ctx.file_eids:
        return
    node.text = child.text
    node.children = child.children
    node.notes.extend(child.notes)
    node.inserted.extend(child.inserted)
    node.end = max(node.end, child.end)


def _is_note(el: etree._Element) -> bool:
    return local_name(el) in _NOTE_INLINE


def _note_text(el: etree._Element, ctx: _Ctx) -> str:
    if local_name(el) == "noteRef":
        href = (el.get("href") or "").lstrip("#")
        return ctx.notes_by_id.get(href, "")
    return mixed_text(el)


def _text_into(el: etree._Element, node: Node, ctx: _Ctx, *, first: bool = False) -> None:
    """Render a text part (intro, content, wrapUp...) as lines of `node`'s own text."""
    quoted: list[etree._Element] = []
    for line in _lines(el, ctx, node, quoted):
        start, end = ctx.out.line(line)
        if first and not node.text:
            node.start = start
        add_text(node, collapse(line))
        node.end = max(node.end, end)
    for q in quoted:
        _quoted(q, node, ctx)


def _lines(
    el: etree._Element, ctx: _Ctx, node: Node | None, quoted: list[etree._Element] | None = None
) -> list[str]:
    """The lines of a block of mixed content: one per paragraph-like element, page furniture
    dropped, printed line wraps joined."""
    out: list[str] = []

    def keep_note(e: etree._Element) -> None:
        if node is not None and local_name(e) in _NOTE_INLINE:
            note = _note_text(e, ctx)
            if note:
                node.notes.append(note)
        elif quoted is not None and local_name(e) in ("quotedStructure", "embeddedStructure"):
            quoted.append(e)

    def skip(e: etree._Element) -> bool:
        name = local_name(e)
        return (
            name in _NOTE_INLINE
            or name in _DROPPED_INLINE
            or name in ("quotedStructure", "embeddedStructure")
        )

    def block(e: etree._Element) -> None:
        name = local_name(e)
        if name in _NOTE_INLINE:
            keep_note(e)
            return
        if name in ("quotedStructure", "embeddedStructure"):
            if quoted is not None:
                quoted.append(e)
            return
        has_blocks = any(
            local_name(c) in _BLOCK_ROWS or local_name(c) in ("blockList", "item", "table", "tr")
            for c in e
        )
        if name in ("item",) or not has_blocks:
            sep = " " if name == "tr" else ""
            raw = (
                raw_text(e, skip=skip, on_skip=keep_note)
                if not sep
                else sep.join(mixed_text(c, skip=skip, on_skip=keep_note) for c in e)
            )
            out.extend(_clean_lines(raw, ctx))
            return
        if e.text and e.text.strip():
            out.extend(_clean_lines(e.text, ctx))
        for c in e:
            if isinstance(c.tag, str):
                block(c)
            if c.tail and c.tail.strip():
                out.extend(_clean_lines(c.tail, ctx))

    block(el)
    return _strip_designation(out, ctx)


def _clean_lines(raw: str, ctx: _Ctx) -> list[str]:
    lines = raw.split("\n")
    if ctx.furniture:
        kept = [x for x in lines if not ctx.furniture.is_furniture(x)]
        ctx.furniture_removed += sum(1 for x in lines if x.strip()) - sum(
            1 for x in kept if x.strip()
        )
        lines = kept
    return unwrap_lines(lines)


def _strip_designation(lines: list[str], ctx: _Ctx) -> list[str]:
    """Text that repeats the unit's designation ("Artículo 1o. La presente Ley...",
    "Primero.- La presente Ley..." under <num>Artículo 1</num>) loses it."""
    printed = ctx.pending_designation
    node = ctx.pending_node
    if not lines:
        return lines
    ctx.pending_designation, ctx.pending_node = "", None
    if not printed:
        return lines
    first = lines[0]
    pattern = re.escape(collapse(printed).rstrip(".:-–— ")) + r"\s*[.:\-–—]*\s*"
    m = re.match(pattern, first, re.I)
    if not m:
        found = _ordinal_designation(first)
        if found is None or node is None or found[0] != node.num:
            return lines
        m = found[2]
    rest = first[m.end() :]
    return ([rest] if rest else []) + lines[1:]


def _ordinal_designation(line: str) -> tuple[str, str, re.Match[str]] | None:
    """A designation in ordinal words opening a text ("Décimo Primero.- ...") ->
    (num, as printed, match)."""
    m = _ORDINAL_DESIGNATION.match(line)
    if not m:
        return None
    words = m.group(1).split()
    if not all(
        is_num_token(w) and not w[0].isdigit() and not _ROMANISH.fullmatch(w) for w in words
    ):
        return None
    _, num, rest = split_designation_heading(m.group(1))
    if not num or rest:
        return None
    return num, m.group(1), m


def _text_designation(el: etree._Element) -> tuple[str, str] | None:
    """The ordinal designation that opens a unit's own first text, if any."""
    for p in el.iter("{*}p"):
        anc = p.getparent()
        while anc is not None and anc is not el:
            if local_name(anc) in _HIERARCHY and _has_num(anc):
                break
            anc = anc.getparent()
        if anc is not el:
            continue
        first = next((x.strip() for x in raw_text(p).split("\n") if x.strip()), "")
        found = _ordinal_designation(collapse(first))
        return (found[0], found[1]) if found else None
    return None


# "Décimo Primero.- ...", "Único. ...": a designation in ordinal words opening the text.
_ORDINAL_DESIGNATION = re.compile(r"^([^\W\d_]+(?:\s[^\W\d_]+)?)\s*(?:\.\s*[-–—]?|[-–—])\s*")
_ROMANISH = re.compile(r"[IVXLCDMivxlcdm]+")


def _quoted(q: etree._Element, owner: Node, ctx: _Ctx) -> None:
    """A quotedStructure: rendered into the owner's text, one Insertion per quoted unit."""
    mark = ctx.out.mark()
    drafts: list[Node] = []
    saved = ctx.pending_designation
    _items(q, ctx, drafts, in_citable=False, owner=Node(kind="hcontainer"))
    ctx.pending_designation = saved
    for d in _iter_nodes(drafts):  # quoted units are not provisions: forget their eIds
        ctx.file_eids.pop(id(d), None)
    lines = ctx.out.lines_since(mark)
    if not lines:
        return
    start, end = ctx.out.span_since(mark)
    add_text(owner, "\n".join(lines))
    owner.end = max(owner.end, end)
    units = [d for d in drafts if d.num] or drafts
    if not units:
        target = (q.get("for") or "").rsplit("/", 1)[-1].lstrip("#")
        owner.inserted.append(Insertion(target=target, label="", start=start, end=end))
        return
    for d in units:
        d_end = max([d.end, *(c.end for c in _iter_nodes(d.children))])
        owner.inserted.append(Insertion(target=d.num, label=d.label, start=d.start, end=d_end))


# --------------------------------------------------------------------------------------------
# repairs and helpers


def _iter_nodes(nodes: Sequence[Node]) -> list[Node]:
    out: list[Node] = []
    stack = list(reversed(nodes))
    while stack:
        n = stack.pop()
        out.append(n)
        stack.extend(reversed(n.children))
    return out


def _repair_flattened(roots: list[Node], ctx: _Ctx) -> list[Node]:
    """Most containers empty, the articles all in one of them: the converter lost the
    hierarchy.  Keep the containers as empty headings and put the citable units at top level."""
    containers = [
        n for n in _iter_nodes(roots) if n.kind in CONTAINER_KINDS and n.kind != "hcontainer"
    ]
    empty = [n for n in containers if not n.children and not n.text]
    if len(containers) < 3 or len(empty) * 2 < len(containers):
        return roots
    flat: list[Node] = []

    def visit(nodes: list[Node]) -> None:
        for n in nodes:
            if n.kind in CONTAINER_KINDS and n.kind != "hcontainer":
                kids = n.children
                n.children = []
                flat.append(n)
                visit(kids)
            else:
                flat.append(n)

    visit(roots)
    ctx.warnings.append(
        f"the file's hierarchy is broken ({len(empty)} of {len(containers)} containers hold "
        "nothing and the provisions sit in the others): containers are kept as empty "
        "headings and the provisions are placed at top level"
    )
    return flat
