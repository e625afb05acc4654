"""Reader for CLML (Crown Legislation Markup Language), the XML of legislation.gov.uk.

Mapping (namespace http://www.legislation.gov.uk/namespaces/legislation):
* `Part`, `Chapter` -> part, chapter ("Part 1" -> label "Part", num "1"); `Pblock` / `PsubBlock`
  (cross-headings) -> hcontainer; `Schedule` -> schedule.
* `P1group` carries the heading (`Title`) of the `P1` it groups.  In the body of an Act `P1` is
  a section (citable), `P2` a subsection, `P3` a paragraph, `P4` a subparagraph, `P5`/`P6` clause
  and subclause; in a statutory instrument `P1` is an article (orders) or a rule (rules,
  regulations); in a schedule `P1` is a paragraph.  `Pnumber` is the num ("12A", "1", "a"); CLML
  prints no label word, so `label` is "".
* Text comes from `Text` and list items; `CommentaryRef` and the `CommentaryRef` attribute of
  `Addition`/`Substitution`/`Repeal` pull the referenced `Commentary` (F-notes, C-notes,
  I-notes...) into the provision's notes.
* `BlockAmendment` (what an amending provision quotes) stays in the quoting provision's text,
  marked with an Insertion whose target is the quoted `Pnumber`.
* Metadata: dc:title, dc:language, ukm:Year, ukm:EnactmentDate/MadeDate, dc:identifier.

Policy: malformed XML or a root other than `Legislation` -> ParseError; anything else is read,
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
    split_designation_heading,
    year_of,
)
from lexcompare.tree import Node, freeze

NS = "http://www.legislation.gov.uk/namespaces/legislation"
UKM = "http://www.legislation.gov.uk/namespaces/metadata"
DC = "http://purl.org/dc/elements/1.1/"

_LEVELS = ("P1", "P2", "P3", "P4", "P5", "P6")
_ACT_KINDS = ("section", "subsection", "paragraph", "subparagraph", "clause", "subclause")
_SCHEDULE_KINDS = ("paragraph", "subparagraph", "point", "item", "clause", "subclause")
_CONTAINERS = {
    "Part": "part",
    "Chapter": "chapter",
    "Pblock": "hcontainer",
    "PsubBlock": "hcontainer",
    "Schedule": "schedule",
    "Group": "hcontainer",
}
_TRANSPARENT = frozenset(
    {
        "Body",
        "Schedules",
        "ScheduleBody",
        "P1para",
        "P2para",
        "P3para",
        "P4para",
        "P5para",
        "P6para",
        "P7para",
        "Para",
        "BlockText",
        "Appendix",
    }
)
_TEXT = frozenset({"Text", "ListItem", "P", "Formula", "Tabular"})
_SKIPPED = frozenset(
    {"Number", "Title", "TitleBlock", "Pnumber", "Reference", "Subtitle", "ScheduleBody"}
)
_INLINE_NOTES = frozenset({"CommentaryRef", "FootnoteRef"})


@dataclass
class _Ctx:
    path: Path
    kinds: tuple[str, ...] = _ACT_KINDS
    out: Out = field(default_factory=Out)
    warnings: list[str] = field(default_factory=list)
    commentaries: dict[str, str] = field(default_factory=dict)
    footnotes: dict[str, str] = field(default_factory=dict)


def read(data: bytes, path: Path, lang: str) -> ParsedSource:
    root = parse_xml(data, path, what="CLML XML")
    if local_name(root) != "Legislation":
        raise ParseError(
            f"the root element is <{local_name(root)}>, not a CLML <Legislation>",
            path=path,
            location=f"line {root.sourceline}" if root.sourceline else None,
            remedy="Give the XML of legislation.gov.uk (…/data.xml), or read the file with its "
            "own format",
        )
    metadata = _metadata(root)
    ctx = _Ctx(path)
    minor_el = root.find(f".//{{{UKM}}}DocumentMinorType")
    minor = minor_el.get("Value", "") if minor_el is not None else ""
    category = root.find(f".//{{{UKM}}}DocumentCategory")
    if category is not None and category.get("Value") == "secondary":
        first = "article" if minor == "order" else "rule"
        ctx.kinds = (first, *_ACT_KINDS[1:])
    for c in root.iter(f"{{{NS}}}Commentary"):
        if c.get("id"):
            ctx.commentaries[c.get("id", "")] = mixed_text(c)
    for f in root.iter(f"{{{NS}}}Footnote"):
        if f.get("id"):
            ctx.footnotes[f.get("id", "")] = mixed_text(f)
    roots: list[Node] = []
    doc = next((c for c in root if local_name(c) in ("Primary", "Secondary", "EURetained")), None)
    if doc is None:
        raise ParseError(
            "the file holds no <Primary> or <Secondary> legislation",
            path=path,
            remedy="Give the full document (…/data.xml), not a fragment",
        )
    for part in doc:
        name = local_name(part)
        if name in ("PrimaryPrelims", "SecondaryPrelims", "EUPrelims"):
            for el in part.iter(
                f"{{{NS}}}Title", f"{{{NS}}}Number", f"{{{NS}}}LongTitle", f"{{{NS}}}Text"
            ):
                ctx.out.line(mixed_text(el, skip=_skip_inline))
        elif name == "Body":
            _children(part, ctx, roots, None, depth=0, in_schedule=False)
        elif name == "Schedules":
            _children(part, ctx, roots, None, depth=0, in_schedule=True)
    provisions = freeze(roots)
    if not any(p.is_citable for top in provisions for p in top.walk()):
        ctx.warnings.append("no sections, articles or rules found in the file")
    return ParsedSource(
        text=ctx.out.text(), provisions=provisions, metadata=metadata, warnings=tuple(ctx.warnings)
    )


def _metadata(root: etree._Element) -> dict[str, str]:
    md: dict[str, str] = {"country": "GBR"}
    meta = root.find(f"{{{UKM}}}Metadata")
    if meta is None:
        return md
    title = meta.find(f"{{{DC}}}title")
    if title is not None and mixed_text(title):
        md["title"] = mixed_text(title)
    language = meta.find(f"{{{DC}}}language")
    if language is not None and iso639_1(mixed_text(language)):
        md["language"] = iso639_1(mixed_text(language))
    year = meta.find(f".//{{{UKM}}}Year")
    if year is not None and year.get("Value", "").isdigit():
        md["year"] = year.get("Value", "")
    for tag in ("EnactmentDate", "MadeDate"):
        date = meta.find(f".//{{{UKM}}}{tag}")
        if date is not None and date.get("Date"):
            md["date"] = date.get("Date", "")
            md.setdefault("year", year_of(md["date"]))
            break
    number = meta.find(f".//{{{UKM}}}Number")
    if number is not None and number.get("Value"):
        md["number"] = number.get("Value", "")
    ident = meta.find(f"{{{DC}}}identifier")
    url = mixed_text(ident) if ident is not None else root.get("DocumentURI", "")
    if url.startswith("http"):
        md["source_url"] = url
    return md


def _skip_inline(el: etree._Element) -> bool:
    return local_name(el) in _INLINE_NOTES


def _children(
    el: etree._Element,
    ctx: _Ctx,
    into: list[Node],
    owner: Node | None,
    *,
    depth: int,
    in_schedule: bool,
    heading: str = "",
) -> None:
    for child in el:
        name = local_name(child)
        if name in _CONTAINERS:
            into.append(_container(child, ctx, in_schedule=in_schedule or name == "Schedule"))
        elif name == "P1group":
            title = _title(child)
            _children(child, ctx, into, owner, depth=depth, in_schedule=in_schedule, heading=title)
        elif name in _LEVELS:
            level = _LEVELS.index(name)
            into.append(_unit(child, ctx, level, in_schedule=in_schedule, heading=heading))
            heading = ""
        elif name == "BlockAmendment":
            if owner is not None:
                _quoted(child, owner, ctx)
        elif name in _TEXT:
            if owner is not None:
                text = _text(child, owner, ctx)
                if text:
                    _, end = ctx.out.line(text)
                    add_text(owner, text)
                    owner.end = max(owner.end, end)
            else:
                ctx.out.line(mixed_text(child, skip=_skip_inline))
        elif name in ("UnorderedList", "OrderedList", "List") or name in _TRANSPARENT:
            _children(child, ctx, into, owner, depth=depth, in_schedule=in_schedule)
        elif name in _SKIPPED or name == "Commentaries":
            continue
        elif owner is not None:
            text = _text(child, owner, ctx)
            if text:
                _, end = ctx.out.line(text)
                add_text(owner, text)
                owner.end = max(owner.end, end)


def _title(el: etree._Element) -> str:
    t = el.find(f"{{{NS}}}Title")
    if t is None:
        block = el.find(f"{{{NS}}}TitleBlock")
        t = block.find(f"{{{NS}}}Title") if block is not None else None
    return mixed_text(t, skip=_skip_inline) if t is not None else ""


def _container(el: etree._Element, ctx: _Ctx, *, in_schedule: bool) -> Node:
    name = local_name(el)
    kind = _CONTAINERS[name]
    number = el.find(f"{{{NS}}}Number")
    printed = mixed_text(number, skip=_skip_inline) if number is not None else ""
    label, num, rest = split_designation_heading(printed) if printed else ("", "", "")
    title = _title(el)
    node = Node(kind=kind, label=label, num=num, heading=title or rest)
    line = " ".join(x for x in (printed, title) if x)
    node.start, node.end = ctx.out.line(line) if line else (ctx.out.pos, ctx.out.pos)
    ref = el.find(f"{{{NS}}}Reference")
    if ref is not None and mixed_text(ref):
        _, node.end = ctx.out.line(mixed_text(ref))
        add_text(node, mixed_text(ref))
    _notes_of(el, node, ctx, attr_only=True)
    _children(el, ctx, node.children, node, depth=0, in_schedule=in_schedule)
    return node


def _unit(el: etree._Element, ctx: _Ctx, level: int, *, in_schedule: bool, heading: str) -> Node:
    kinds = _SCHEDULE_KINDS if in_schedule else ctx.kinds
    kind = kinds[min(level, len(kinds) - 1)]
    pnum = el.find(f"{{{NS}}}Pnumber")
    raw = mixed_text(pnum, skip=_skip_inline) if pnum is not None else ""
    node = Node(kind=kind, num=clean_num(raw) if raw else "", heading=heading)
    if pnum is not None:
        _notes_of(pnum, node, ctx)
    printed = raw if level == 0 else (f"({raw})" if raw else "")
    line = " ".join(x for x in (printed, heading) if x)
    node.start, node.end = ctx.out.line(line) if line else (ctx.out.pos, ctx.out.pos)
    _notes_of(el, node, ctx, attr_only=True)
    _children(el, ctx, node.children, node, depth=level + 1, in_schedule=in_schedule)
    return node


def _text(el: etree._Element, node: Node, ctx: _Ctx) -> str:
    """The text of a block; the commentaries and footnotes it refers to become notes, in
    document order."""
    for e in el.iter():
        name = local_name(e)
        ref = e.get("Ref", "") if name in _INLINE_NOTES else e.get("CommentaryRef", "")
        note = ctx.commentaries.get(ref) or ctx.footnotes.get(ref, "") if ref else ""
        if note and note not in node.notes:
            node.notes.append(note)
    return mixed_text(el, skip=_skip_inline)


def _notes_of(el: etree._Element, node: Node, ctx: _Ctx, *, attr_only: bool = False) -> None:
    refs = [el.get("CommentaryRef", "")]
    if not attr_only:
        refs += [r.get("Ref", "") for r in el.iter(f"{{{NS}}}CommentaryRef")]
    for ref in refs:
        if ref in ctx.commentaries and ctx.commentaries[ref] not in node.notes:
            node.notes.append(ctx.commentaries[ref])


def _quoted(el: etree._Element, owner: Node, ctx: _Ctx) -> None:
    """A BlockAmendment: rendered into the owner's text, one Insertion per quoted unit."""
    mark = ctx.out.mark()
    drafts: list[Node] = []
    in_schedule = el.get("Context") == "schedule"
    _children(el, ctx, drafts, Node(kind="hcontainer"), depth=0, in_schedule=in_schedule)
    lines = ctx.out.lines_since(mark)
    if not lines:
        return
    sections = _SECTION_REF.findall(owner.text)  # the instruction, before the quote
    _, end = ctx.out.span_since(mark)
    add_text(owner, "\n".join(lines))
    owner.end = max(owner.end, end)
    for d in drafts:
        if d.num:  # quoted words or headings alone stay text, without an Insertion
            d_end = max([d.end, *(_end(c) for c in d.children)])
            target = d.num
            if d.kind not in ("section", "article", "rule", "paragraph") and sections:
                target = f"{sections[-1]}({d.num})"  # "after subsection (3) insert" -> "5(3A)"
            owner.inserted.append(Insertion(target=target, label=d.label, start=d.start, end=d_end))


_SECTION_REF = re.compile(r"\b(?:section|article|regulation|rule)\s+(\d+[A-Z]*)", re.I)


def _end(node: Node) -> int:
    return max([node.end, *(_end(c) for c in node.children)])
