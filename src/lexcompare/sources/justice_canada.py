"""Reader for Justice Canada XML (consolidated Statutes and Regulations in the `lims` schema, and
annual statutes / bills in the Bill Exchange DTD), English and French.

Mapping:
* `Heading level="n"` elements are flat in the file; they open containers that hold what follows
  until a heading of the same or a higher level.  "PART/PARTIE n" -> part, "DIVISION n" and the
  French "SECTION n" -> division, "SUBDIVISION/SOUS-SECTION" -> subdivision, any other heading
  -> hcontainer.
* `Section` -> section (citable), `Subsection`, `Paragraph`, `Subparagraph`, `Clause`,
  `Subclause` -> subdivisions; `Definition` -> an unnumbered item.  Canadian files print only
  the number, so `label` is "" and `num` is the number as printed ("279.011", "117", "25.1"),
  without brackets ("(2.1)" -> "2.1", French "a)" -> "a").
* `MarginalNote` is the heading.  `HistoricalNote` and `Footnote` go to notes.
* `AmendedText` (what an amending section quotes to insert or replace) stays in the text of the
  provision that quotes it, marked with an Insertion; the quoted sections never become
  provisions.  The "Related provisions" / "Amendments not in force" schedules of consolidations
  hold other acts' sections: each block becomes one hcontainer with their text, so that they
  are never mistaken for sections of this act.
* The bill summary is not law: it goes to metadata["summary"], not to the text.

Policy: the file must be well-formed XML with a Statute, Regulation or Bill root (else
ParseError); unknown elements are kept as text of the enclosing provision and named in a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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
    mixed_text,
    move_insertions,
    split_designation_heading,
    year_of,
)
from lexcompare.tree import Node, freeze

ROOTS = frozenset({"Statute", "Regulation", "Bill"})

_SUBDIVISIONS = {
    "Subsection": "subsection",
    "Paragraph": "paragraph",
    "Subparagraph": "subparagraph",
    "Clause": "clause",
    "Subclause": "subclause",
    "Subsubclause": "subclause",
}
# Depth below a section, used to name the target of a quoted piece ("486(3)", "7(4.11)").
_DEPTH = {
    "Section": 0,
    "Subsection": 1,
    "Paragraph": 2,
    "Subparagraph": 3,
    "Clause": 4,
    "Subclause": 5,
    "Subsubclause": 6,
}
_TEXT_BLOCKS = frozenset(
    {
        "Text",
        "ContinuedSectionSubsection",
        "ContinuedParagraph",
        "ContinuedSubparagraph",
        "ContinuedClause",
        "ContinuedSubclause",
        "ContinuedDefinition",
        "ContinuedFormulaParagraph",
        "FormulaText",
        "Oath",
        "ReaderNote",
        "Formula",
        "FormulaConnector",
        "FormulaDefinition",
        "FormulaTerm",
        "FormulaGroup",
        "FormulaParagraph",
    }
)
_NOTE_INLINE = frozenset({"FootnoteRef", "HistoricalNote", "Footnote"})
_TRANSPARENT = frozenset(
    {"SectionPiece", "DocumentInternal", "BillPiece", "Body", "List", "ScheduleBody"}
)
_IGNORED = frozenset(
    {
        "Label",
        "MarginalNote",
        "TitleText",
        "RunningHead",
        "RecentAmendments",
        "ScheduleFormHeading",
        "GroupHeading",
        "OriginatingRef",
        "ImageGroup",
    }
)
_HEADING_KINDS = {
    "part": "part",
    "partie": "part",
    "division": "division",
    "section": "division",
    "subdivision": "subdivision",
    "sous-section": "subdivision",
}
# References in amending instructions: "Subsection 486(3)", "paragraphe 4(2.1)", "alinéa 32b.1)".
_REF = re.compile(
    r"\b(?:sub)?(?:sections?|paragraphs?|subparagraphs?|clauses?|articles?|paragraphes?|"
    r"alinéas?|sous-alinéas?|divisions?|dispositions?)\s+"
    r"(\d+(?:\.\d+)*)((?:\s?\(?[A-Za-z0-9.]{1,8}\))*)",
    re.I,
)


@dataclass
class _Ctx:
    path: Path
    out: Out = field(default_factory=Out)
    warnings: list[str] = field(default_factory=list)
    unknown: dict[str, int] = field(default_factory=dict)


def read(data: bytes, path: Path, lang: str) -> ParsedSource:
    root = parse_xml(data, path, what="Justice Canada XML")
    name = local_name(root)
    if name not in ROOTS:
        raise ParseError(
            f"the root element is <{name}>, not a Justice Canada <Statute>, <Regulation> or <Bill>",
            path=path,
            location=f"line {root.sourceline}" if root.sourceline else None,
            remedy="Give the law in the Justice Canada XML published at laws-lois.justice.gc.ca, "
            "or read the file with its own format",
        )
    ctx = _Ctx(path)
    metadata = _metadata(root)
    title = metadata.get("long_title") or metadata.get("title", "")
    if title:
        ctx.out.line(title)
    roots: list[Node] = []
    for child in root:
        tag = local_name(child)
        if tag == "Introduction":
            _introduction(child, ctx, roots, metadata)
        elif tag == "Body":
            _container_items(list(child), ctx, roots)
        elif tag == "Schedule":
            roots.append(_schedule(child, ctx))
    if ctx.unknown:
        listed = ", ".join(f"<{k}> ×{v}" for k, v in sorted(ctx.unknown.items()))
        ctx.warnings.append(f"elements read as plain text of their provision: {listed}")
    provisions = freeze(roots)
    if not any(p.is_citable for top in provisions for p in top.walk()):
        ctx.warnings.append("no sections found in the file")
    return ParsedSource(
        text=ctx.out.text(),
        provisions=provisions,
        metadata=metadata,
        warnings=tuple(ctx.warnings),
    )


# --------------------------------------------------------------------------------------------
# metadata


def _metadata(root: etree._Element) -> dict[str, str]:
    md: dict[str, str] = {"country": "CAN"}
    lang = root.get("{http://www.w3.org/XML/1998/namespace}lang", "")
    if lang:
        md["language"] = lang.lower()[:2]
    ident = root.find("Identification")
    if ident is None:
        return md
    long_title = _plain(ident.find("LongTitle"))
    short = ident.find("ShortTitle")
    short_title = _plain(short)
    if short_title and (short is None or short.get("status") != "unofficial"):
        md["title"] = short_title
    elif long_title:
        md["title"] = long_title
    if long_title:
        md["long_title"] = long_title
    chapter = ident.find("Chapter")
    year = ""
    if chapter is not None:
        year = _plain(chapter.find("AnnualStatuteId/YYYY"))
        number = _plain(chapter.find("AnnualStatuteId/AnnualStatuteNumber"))
        consolidated = _plain(chapter.find("ConsolidatedNumber"))
        if consolidated:
            md["consolidated_number"] = consolidated
        if year and number:
            md["chapter"] = (
                f"{year}, c. {number}" if md.get("language") != "fr" else f"{year}, ch. {number}"
            )
    for stage in ident.iterfind("BillHistory/Stages"):
        if stage.get("stage") == "assented-to":
            date = _date(stage.find("Date"))
            if date:
                md["date"] = date
                year = year or year_of(date)
    if year:
        md["year"] = year
    bill = _plain(ident.find("BillNumber"))
    if bill:
        md["bill_number"] = bill
    instrument = _plain(ident.find("InstrumentNumber"))  # regulations: "SOR/2002-227"
    if instrument:
        md["instrument_number"] = instrument
    registered = _date(ident.find("RegistrationDate/Date"))
    if registered and "date" not in md:
        md["date"] = registered
        md.setdefault("year", year_of(registered))
    pit = root.get("{http://justice.gc.ca/lims}pit-date", "")
    if pit:
        md["point_in_time"] = pit
    return md


def _plain(el: etree._Element | None) -> str:
    return mixed_text(el, skip=lambda e: local_name(e) in _NOTE_INLINE) if el is not None else ""


def _date(el: etree._Element | None) -> str:
    if el is None:
        return ""
    y, m, d = (_plain(el.find(t)) for t in ("YYYY", "MM", "DD"))
    if not y:
        return ""
    return "-".join([y] + [f"{int(x):02d}" for x in (m, d) if x.isdigit()])


# --------------------------------------------------------------------------------------------
# structure


def _introduction(el: etree._Element, ctx: _Ctx, roots: list[Node], md: dict[str, str]) -> None:
    for child in el:
        tag = local_name(child)
        if tag == "Summary":
            summary = " ".join(_plain(p) for p in child.iter("Provision"))
            if summary:
                md["summary"] = summary
        elif tag == "Preamble":
            node = Node(kind="hcontainer", heading="")
            first = True
            for prov in child.iter("Provision"):
                label = _label(prov)
                s = " ".join(x for x in (label, _own_text(prov, node)) if x)
                if not s:
                    continue
                start, end = ctx.out.line(s)
                if first:
                    node.start, first = start, False
                node.end = end
                add_text(node, s)
            if not first:
                roots.append(node)
        else:  # Enacts and the like: the enacting formula, text outside any provision
            for prov in child.iter("Provision"):
                ctx.out.line(_own_text(prov, None))


def _own_text(prov: etree._Element, notes_to: Node | None) -> str:
    return " ".join(_inline(t, notes_to) for t in prov if local_name(t) in _TEXT_BLOCKS).strip()


def _inline(el: etree._Element, notes_to: Node | None) -> str:
    def keep_note(e: etree._Element) -> None:
        if notes_to is not None and local_name(e) != "FootnoteRef":
            note = (
                _historical(e)
                if local_name(e) == "HistoricalNote"
                else mixed_text(e, skip=lambda x: local_name(x) == "Label")
            )
            if note:
                notes_to.notes.append(note)

    return mixed_text(el, skip=lambda e: local_name(e) in _NOTE_INLINE, on_skip=keep_note)


def _historical(el: etree._Element) -> str:
    """A HistoricalNote as printed: its items separated by "; "."""
    items = [_plain(i) for i in el if local_name(i) == "HistoricalNoteSubItem"]
    return "; ".join(i for i in items if i) if items else _plain(el)


def _label(el: etree._Element) -> str:
    lab = el.find("Label")
    if lab is None:
        return ""
    return mixed_text(lab, skip=lambda e: local_name(e) in _NOTE_INLINE)


def _heading_node(el: etree._Element, ctx: _Ctx) -> Node:
    printed = _label(el)
    title = _plain(el.find("TitleText"))
    label, num, rest = split_designation_heading(printed) if printed else ("", "", "")
    word = (label or rest).lower()
    kind = _HEADING_KINDS.get(word, "hcontainer") if (label or rest) else "hcontainer"
    if kind == "hcontainer":
        label, num = "", ""
        title = " ".join(x for x in (printed, title) if x)
    node = Node(kind=kind, label=label, num=num, heading=title)
    note = el.find("MarginalNote")
    if note is not None:
        node.notes.append(_plain(note))
    line = " ".join(x for x in ((printed if kind != "hcontainer" else ""), title) if x)
    node.start, node.end = ctx.out.line(line) if line else (ctx.out.pos, ctx.out.pos)
    return node


def _container_items(items: Iterable[etree._Element], ctx: _Ctx, into: list[Node]) -> None:
    """Children of Body / a schedule: flat headings open containers; sections go in the
    innermost open container."""
    stack: list[tuple[int, Node]] = []

    def target() -> list[Node]:
        return stack[-1][1].children if stack else into

    for child in items:
        tag = local_name(child)
        if tag == "Heading":
            level = int(child.get("level", "1")) if child.get("level", "1").isdigit() else 1
            node = _heading_node(child, ctx)
            while stack and stack[-1][0] >= level:
                stack.pop()
            target().append(node)
            stack.append((level, node))
        elif tag == "Section":
            target().append(_provision(child, "section", ctx))
        elif tag == "RelatedOrNotInForce":
            target().append(_flat_block(child, ctx))
        elif tag == "Group":
            target().append(_group(child, ctx))
        elif tag == "Provision":
            item = _schedule_provision(child, ctx, 0)
            if item is not None:
                target().append(item)
        elif tag in _TRANSPARENT:
            _container_items(list(child), ctx, target())
        elif tag in _IGNORED or tag == "Schedule":
            continue
        else:
            text = _plain(child)
            if text:
                ctx.unknown[tag] = ctx.unknown.get(tag, 0) + 1
                _, end = ctx.out.line(text)
                if stack:
                    holder = stack[-1][1]
                    add_text(holder, text)
                    holder.end = end


def _schedule(el: etree._Element, ctx: _Ctx) -> Node:
    head = el.find("ScheduleFormHeading")
    printed = _label(head) if head is not None else ""
    title = _plain(head.find("TitleText")) if head is not None else ""
    ref = _plain(head.find("OriginatingRef")) if head is not None else ""
    label, num, _ = split_designation_heading(printed) if printed else ("", "", "")
    if not num:
        label = printed
    node = Node(kind="schedule", label=label, num=num, heading=title)
    line = " ".join(x for x in (printed, title, ref) if x)
    node.start, node.end = ctx.out.line(line) if line else (ctx.out.pos, ctx.out.pos)
    if ref:
        node.text = ref
    _container_items([c for c in el if local_name(c) != "ScheduleFormHeading"], ctx, node.children)
    return node


def _group(el: etree._Element, ctx: _Ctx) -> Node:
    head = el.find("GroupHeading")
    title = _plain(head.find("TitleText")) if head is not None else ""
    node = Node(kind="hcontainer", heading=title)
    node.start, node.end = ctx.out.line(title) if title else (ctx.out.pos, ctx.out.pos)
    for child in el:
        tag = local_name(child)
        if tag == "Provision":
            sub = _schedule_provision(child, ctx, 0)
            if sub is not None:
                node.children.append(sub)
        elif tag != "GroupHeading":
            _container_items([child], ctx, node.children)
    return node


_SCHEDULE_KINDS = ("paragraph", "subparagraph", "clause", "subclause", "item")


def _schedule_provision(el: etree._Element, ctx: _Ctx, depth: int) -> Node | None:
    """A `Provision` of a schedule or group: numbered -> paragraph (nested: subparagraph...)."""
    printed = _label(el)
    kind = _SCHEDULE_KINDS[min(depth, len(_SCHEDULE_KINDS) - 1)]
    node = Node(kind=kind, num=clean_num(printed) if printed else "")
    text = _own_text(el, node)
    line = " ".join(x for x in (printed, text) if x)
    if not line and not len(el):
        return None
    node.start, node.end = ctx.out.line(line) if line else (ctx.out.pos, ctx.out.pos)
    node.text = text
    for child in el:
        if local_name(child) == "Provision":
            sub = _schedule_provision(child, ctx, depth + 1)
            if sub is not None:
                node.children.append(sub)
    return node


def _provision(el: etree._Element, kind: str, ctx: _Ctx) -> Node:
    """A Section or one of its subdivisions, with everything inside it."""
    printed = _label(el)
    node = Node(kind=kind, num=clean_num(printed.lstrip("*")) if printed else "")
    marginal = el.find("MarginalNote")
    if marginal is not None:
        node.heading = _inline(marginal, node)
    children = [c for c in el if isinstance(c.tag, str)]
    first_text_el = next((c for c in children if local_name(c) in _TEXT_BLOCKS), None)
    # First line: designation + heading, or designation + first text when there is no heading.
    inline_first = (
        not node.heading
        and first_text_el is not None
        and next((c for c in children if local_name(c) not in _IGNORED), None) is first_text_el
    )
    if inline_first and first_text_el is not None:
        text = _inline(first_text_el, node)
        node.start, node.end = ctx.out.line(" ".join(x for x in (printed, text) if x))
        node.text = text
    else:
        line = " ".join(x for x in (printed, node.heading) if x)
        node.start, node.end = ctx.out.line(line) if line else (ctx.out.pos, ctx.out.pos)
    instruction = node.text
    for child in children:
        tag = local_name(child)
        if child is first_text_el and inline_first:
            continue
        if tag in _TEXT_BLOCKS:
            text = _inline(child, node)
            if text:
                _, node.end = ctx.out.line(text)
                add_text(node, text)
                instruction = text
        elif tag in _SUBDIVISIONS:
            node.children.append(_provision(child, _SUBDIVISIONS[tag], ctx))
        elif tag == "Definition":
            node.children.append(_provision(child, "item", ctx))
        elif tag == "Section":  # a section nested in a section: only in malformed files
            node.children.append(_provision(child, "subsection", ctx))
        elif tag == "AmendedText":
            _quoted(child, node, instruction, ctx)
        elif tag == "HistoricalNote":
            note = _historical(child)
            if note:
                node.notes.append(note)
        elif tag == "Footnote":
            note = mixed_text(child, skip=lambda e: local_name(e) == "Label")
            if note:
                node.notes.append(note)
        elif tag == "Provision":
            sub = _schedule_provision(child, ctx, 0)
            if sub is not None:
                node.children.append(sub)
        elif tag in _IGNORED:
            continue
        else:
            text = _plain(child)
            if text:
                ctx.unknown[tag] = ctx.unknown.get(tag, 0) + 1
                _, node.end = ctx.out.line(text)
                add_text(node, text)
    return node


# --------------------------------------------------------------------------------------------
# quoted amendments and flattened blocks


def _quoted(el: etree._Element, owner: Node, instruction: str, ctx: _Ctx) -> None:
    """Render what an amending provision quotes into the owner's own text, marking each quoted
    provision with an Insertion; the quoted provisions are not kept as provisions."""
    mark = ctx.out.mark()
    pieces: list[tuple[str, Node]] = []
    _quoted_items(el, ctx, pieces)
    lines = ctx.out.lines_since(mark)
    if not lines:
        return
    _, end = ctx.out.span_since(mark)
    add_text(owner, "\n".join(lines))
    owner.end = max(owner.end, end)
    for tag, node in pieces:
        target = node.num if tag == "Section" else _piece_target(tag, node.num, instruction)
        if not target:
            continue
        node_end = max([node.end, *(_subtree_end(c) for c in node.children)])
        owner.inserted.append(Insertion(target=target, label="", start=node.start, end=node_end))
    for _, node in pieces:
        owner.notes.extend(node.notes)


def _quoted_items(el: etree._Element, ctx: _Ctx, pieces: list[tuple[str, Node]]) -> None:
    for child in el:
        tag = local_name(child)
        if tag == "Section":
            pieces.append((tag, _provision(child, "section", ctx)))
        elif tag in _SUBDIVISIONS:
            pieces.append((tag, _provision(child, _SUBDIVISIONS[tag], ctx)))
        elif tag == "Definition":
            pieces.append((tag, _provision(child, "item", ctx)))
        elif tag == "Heading":
            _heading_node(child, ctx)
        elif tag == "Provision":
            _schedule_provision(child, ctx, 0)
        elif tag in _TRANSPARENT or tag == "SectionPiece":
            _quoted_items(child, ctx, pieces)
        elif tag in _TEXT_BLOCKS or tag not in _IGNORED:
            text = _plain(child)
            if text:
                ctx.out.line(text)


def _subtree_end(node: Node) -> int:
    return max([node.end, *(_subtree_end(c) for c in node.children)])


def _piece_target(tag: str, piece: str, instruction: str) -> str:
    """The designation a quoted subsection/paragraph... takes in the amended act.

    "Subsection 486(3) ... replaced" quoting (3) -> "486(3)"; "Section 7 ... adding after
    subsection (4.1)" quoting (4.11) -> "7(4.11)"; "Paragraphs 279.01(1)(a) and (b)" quoting (b)
    -> "279.01(1)(b)".  Falls back to the piece's own number.
    """
    refs = list(_REF.finditer(instruction))
    m = refs[-1] if refs else None  # the provision the instruction ends on is the one amended
    if tag == "Definition":
        return m.group(1) if m else ""
    if not piece:
        return ""
    if not m:
        return piece
    base = m.group(1)
    groups = re.findall(r"\(?([A-Za-z0-9.]{1,8})\)", m.group(2) or "")
    depth = _DEPTH.get(tag, 1)
    if groups and groups[-1] == piece:
        keep = groups[:-1]
    elif len(groups) >= depth:
        keep = groups[: max(depth - 1, 0)]
    else:
        keep = groups
    return base + "".join(f"({g})" for g in keep) + f"({piece})"


def _flat_block(el: etree._Element, ctx: _Ctx) -> Node:
    """A block of another act's provisions printed with this one (related provisions,
    amendments not in force): one hcontainer whose text is the whole block."""
    head = el.find("Heading")
    title = _plain(head.find("TitleText")) if head is not None else ""
    title = title.lstrip("—–- ").strip()
    node = Node(kind="hcontainer", heading=title)
    node.start, node.end = ctx.out.line(title) if title else (ctx.out.pos, ctx.out.pos)
    mark = ctx.out.mark()
    drafts: list[Node] = []
    for child in el:
        tag = local_name(child)
        if tag == "Section":
            drafts.append(_provision(child, "section", ctx))
        elif tag in _SUBDIVISIONS:
            drafts.append(_provision(child, _SUBDIVISIONS[tag], ctx))
        elif tag != "Heading":
            text = _plain(child)
            if text:
                ctx.out.line(text)
    lines = ctx.out.lines_since(mark)
    if lines:
        node.text = "\n".join(lines)
        node.end = ctx.out.pos
    inserted, notes = move_insertions(drafts)
    node.inserted.extend(inserted)
    node.notes.extend(notes)
    return node
