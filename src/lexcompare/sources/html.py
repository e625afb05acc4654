"""HTML pages of official publishers (Planalto, UAE e-laws, Qatar Al Meezan ...) -> ParsedSource.

Stages, each a pure function:

1. decode: BOM, then the declared charset (`<meta charset>`, `<?xml encoding?>`), then UTF-8,
   then cp1252;
2. parse with lxml's HTML parser, which never loads external resources (no network, no DTD,
   comments and processing instructions dropped);
3. clean: drop scripts, styles, forms, navigation and other page chrome (by tag, ARIA role and
   class/id words such as "menu", "breadcrumb", "footer"), hidden elements, link lists (tables
   of contents: blocks that are mostly link text), and everything outside the element that holds
   nearly all of the page's text (headers and footers of portal templates);
4. keep editorial material out of the operative text: footnotes, struck-through (repealed)
   text (`<strike>`, `<s>`, `<del>`) and inline amendment annotations ("(Redação dada pela Lei
   nº ...)", "(عدلت بموجب قانون ...)") leave an anchor behind and become notes of the provision
   that holds the anchor (`lexcompare.sources.notes`);
5. render block elements to lines (`<br>` too), normalise (`lexcompare.text.normalise`);
6. structure the text with `lexcompare.segment.segment` and hang the notes on the provisions.

Policy: a page without any text raises SourceError; malformed markup is repaired by the parser
(lxml recovers); a page whose text yields no provision is returned with a warning.

Metadata: `title` from the first `<h1>`, else `<title>`; `language` from `lang`/`xml:lang`
attributes when the script of the text agrees with them (portals often declare `lang="en"` on
Arabic pages), else the language hint.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
from lxml import etree

from lexcompare.errors import ParseError, SourceError
from lexcompare.segment import Hints, segment
from lexcompare.sources.base import ParsedSource
from lexcompare.sources.notes import (
    Anchored,
    anchor,
    attach,
    editorial_spans,
    strip_anchors,
)
from lexcompare.text import normalise

# Elements whose content is never law text.
_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "nav",
        "aside",
        "input",
        "select",
        "option",
        "button",
        "textarea",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "map",
        "menu",
        "dialog",
        "audio",
        "video",
        "picture",
        "source",
        "track",
        "link",
        "meta",
    }
)
# Elements that stay but get unwrapped? none; these are block-level (they start a new line).
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
        "legend",
    }
)
_CELL_TAGS = frozenset({"td", "th"})
_STRUCK_TAGS = frozenset({"strike", "s", "del"})
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar", "complementary"}
)
_CHROME_WORDS = re.compile(
    r"(?:^|[\s_\-])(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|site-?header|site-?footer|"
    r"page-?header|page-?footer|footer|sidebar|toolbar|cookies?|banner|skip-?link|share|social|"
    r"no-?print|pagination|search(?:box|bar)?)(?:$|[\s_\-])",
    re.I,
)
_FOOTNOTE_WORDS = re.compile(r"foot-?note|end-?note|^fn\d|[\s_\-]fn\d|^ftn", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BLOCK_BREAK = "\x1e"  # record separator: stands for a block boundary until rendering ends
_LINE_BREAK = "\x1f"  # unit separator: an explicit <br>

# A block that is mostly link text is navigation (a table of contents, a menu).
_LINK_LIST_MIN_LINKS = 3
_LINK_LIST_SHARE = 0.8
# Descend into a single child that holds this share of the page's text (portal templates),
# or most of it with only a line or two of text outside it (disclaimers, copyright).
_MAIN_SHARE = 0.97
_MAIN_REST_CHARS = 160

_SCRIPT_LANGS = frozenset(
    {"ar", "ka", "el", "he", "ja", "zh", "ko", "th", "hi", "uk", "sr", "ru", "bg"}
)
_LANG_OF_SCRIPT_OK = {
    "arab": {"ar", "fa", "ur", "ps", "ku"},
    "cyrl": {"uk", "sr", "ru", "bg", "mk", "be", "kk"},
    "hani": {"zh", "ja"},
}


@dataclass
class _Collected:
    """Editorial material met while cleaning the tree, keyed by anchor number."""

    notes: dict[int, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, text: str) -> int:
        key = len(self.notes)
        self.notes[key] = text
        return key


def read(data: bytes, path: Path, lang: str) -> ParsedSource:
    text_in = _decode(data, path)
    root = _parse(text_in, path)
    title = _title(root)
    declared_lang = _declared_lang(root)
    body = root.find("body")
    if body is None:
        body = root
    collected = _Collected()
    _clean(body, collected)
    content = _main_content(body)
    _drop_link_lists(content)
    raw = _render(content, hints=True)
    rendered = normalise(raw)
    rendered = _anchor_editorial(rendered, collected)
    clean, anchors = strip_anchors(rendered)
    if not clean.strip():
        raise SourceError(
            "the page has no text (or its markup is nested too deeply to read)",
            path=path,
            remedy="Check that the download is the law page itself, not a frame "
            "or a redirect; save the page's text as .txt if it is built by scripts",
        )
    language = _choose_lang(declared_lang, lang, clean, collected)
    seg = segment(clean, lang or language, hints=_hints(clean, anchors))
    provisions = tuple(seg.provisions)
    items = [
        Anchored(offset, collected.notes[key])
        for offset, key in anchors
        if key in collected.notes and key < _HINT_HEADING
    ]
    provisions, unplaced = attach(provisions, items)
    warnings = list(collected.warnings) + [str(w) for w in seg.warnings]
    if unplaced:
        warnings.append(f"{len(unplaced)} editorial note(s) outside any provision were dropped")
    if not provisions:
        warnings.append("no provisions found in the page text")
    metadata: dict[str, str] = {}
    if title:
        metadata["title"] = title
    if language:
        metadata["language"] = language
    if collected.notes:
        metadata["editorial_notes"] = str(len(collected.notes))
    return ParsedSource(
        text=clean, provisions=provisions, metadata=metadata, warnings=tuple(warnings)
    )


def _hints(text: str, anchors: list[tuple[int, int]]) -> Hints:
    """Layout evidence for the segmenter: heading elements and lines that start in bold.

    A heading element (below <h1>) whose text has no number in its first words ("OF THE
    CRIMES AGAINST ...") is also a group heading (`Hints.containers`).
    """
    headings: dict[int, int] = {}
    emphasised: set[int] = set()
    containers: set[int] = set()
    for offset, key in anchors:
        if key < _HINT_HEADING:
            continue
        start = text.rfind("\n", 0, offset) + 1
        if key == _HINT_EMPHASIS:
            emphasised.add(start)
            continue
        headings[start] = key - _HINT_HEADING
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if (
            key - _HINT_HEADING > 1
            and line
            and not re.search(r"\d|\b[IVXLC]+\b", " ".join(line.split()[:3]))
        ):
            containers.add(start)  # <h1> is the document's title, not a group
    return Hints(
        headings=headings, emphasised=frozenset(emphasised), containers=frozenset(containers)
    )


# ---------------------------------------------------------------------------------------------
# decode and parse

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def _decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise SourceError(
            "the file is empty", path=path, remedy="Check that the download completed"
        )
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return _checked(data[len(bom) :].decode(enc, errors="replace"), path)
    head = data[:4096]
    declared = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    candidates: list[str] = []
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        with contextlib.suppress(LookupError):
            candidates.append(codecs.lookup(name).name)
    candidates += ["utf-8", "cp1252"]
    for enc in candidates:
        try:
            return _checked(data.decode(enc), path)
        except UnicodeDecodeError:
            continue
    return _checked(data.decode("latin-1"), path)


def _checked(text: str, path: Path) -> str:
    sample = text[:20000]
    bad = len(re.findall(r"[\x00-\x08\x0e-\x1f\x7f]", sample)) + sample.count("\ufffd")
    if sample and bad > max(8, len(sample) // 100):
        raise SourceError(
            "the file does not look like HTML text (binary or unknown encoding)",
            path=path,
            remedy="Download the page again, or save it as UTF-8",
        )
    return text


def _parse(text: str, path: Path) -> lxml.html.HtmlElement:
    text = _XML_DECL.sub("", text, count=1)
    parser = lxml.html.HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        remove_blank_text=False,
        compact=True,
    )
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise ParseError(
            f"the HTML cannot be parsed ({e})",
            path=path,
            remedy="Check that the file is a complete HTML page",
        ) from e
    if root is None:
        raise ParseError(
            "the HTML cannot be parsed",
            path=path,
            remedy="Check that the file is a complete HTML page",
        )
    return root


def _title(root: lxml.html.HtmlElement) -> str:
    for el in root.iter("h1"):
        t = " ".join(el.text_content().split())
        if t:
            return t
    t_el = root.find(".//title")
    if t_el is not None:
        return " ".join(t_el.text_content().split())
    return ""


def _declared_lang(root: lxml.html.HtmlElement) -> str:
    for el in (root, root.find("body")):
        if el is None:
            continue
        for attr in ("lang", "{http://www.w3.org/XML/1998/namespace}lang", "xml:lang"):
            v = (el.get(attr) or "").strip()
            if v:
                return v.split("-")[0].split("_")[0].lower()
    for meta in root.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "content-language":
            v = (meta.get("content") or "").strip()
            if v:
                return v.split(",")[0].split("-")[0].lower()
    return ""


def _choose_lang(declared: str, hint: str, text: str, collected: _Collected) -> str:
    """The declared language unless the script of the text contradicts it; else the hint."""
    from lexcompare.langdetect import detect_language

    detected = detect_language(text[:20000])
    if declared and detected and not _same_script(declared, detected):
        collected.warnings.append(
            f"the page declares lang={declared!r} but its text is in another script "
            f"({detected!r}); the declaration was ignored"
        )
        declared = ""
    return declared or hint or detected


def _same_script(a: str, b: str) -> bool:
    def script(code: str) -> str:
        for family, members in _LANG_OF_SCRIPT_OK.items():
            if code in members:
                return family
        return code if code in _SCRIPT_LANGS else "latn"

    return script(a) == script(b)


# ---------------------------------------------------------------------------------------------
# cleaning


def _words(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _clean(body: lxml.html.HtmlElement, collected: _Collected) -> None:
    footnotes = _footnotes(body)
    refs = _footnote_refs(body, footnotes)
    placed: set[str] = set()
    for el, fid in refs:
        key = collected.add(footnotes[fid])
        placed.add(fid)
        _replace_with_anchor(el, key)
    for fid, el in _footnote_elements(body, footnotes).items():
        if fid not in placed:
            collected.warnings.append(f"footnote {fid!r} has no reference in the text; dropped")
        _drop(el)
    for el in list(body.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if _is_chrome(el):
            _drop(el)
    for el in list(body.iter(*_STRUCK_TAGS)):
        if el.getparent() is None:
            continue
        struck = " ".join(el.text_content().split())
        if struck:
            key = collected.add(f"struck-through (repealed) text: {struck}")
            _replace_with_anchor(el, key)
        else:
            _drop(el)


def _is_chrome(el: etree._Element) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _DROP_TAGS:
        return True
    if tag in ("header", "footer") and el.getparent() is not None:
        return True
    role = (el.get("role") or "").lower()
    if role in _CHROME_ROLES:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(el.get("style") or ""):
        return True
    return bool(_CHROME_WORDS.search(_words(el)))


def _footnotes(body: lxml.html.HtmlElement) -> dict[str, str]:
    """Footnote texts by element id (elements whose id/class says footnote)."""
    out: dict[str, str] = {}
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        fid = el.get("id") or el.get("name") or ""
        if not fid or not _FOOTNOTE_WORDS.search(_words(el)):
            continue
        text = " ".join(el.text_content().split())
        text = re.sub(r"^\[?\(?\d{1,3}[\])]?\s*", "", text)  # its own number: "[1] ..."
        if text and fid not in out:
            out[fid] = text
    return out


def _footnote_elements(
    body: lxml.html.HtmlElement, footnotes: dict[str, str]
) -> dict[str, etree._Element]:
    found: dict[str, etree._Element] = {}
    for el in body.iter():
        if isinstance(el.tag, str) and (el.get("id") or el.get("name") or "") in footnotes:
            fid = el.get("id") or el.get("name") or ""
            found.setdefault(fid, el)
    return found


def _footnote_refs(
    body: lxml.html.HtmlElement, footnotes: dict[str, str]
) -> list[tuple[etree._Element, str]]:
    if not footnotes:
        return []
    out: list[tuple[etree._Element, str]] = []
    holders = set(_footnote_elements(body, footnotes).values())
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if any(h is el or el in h.iterancestors() for h in holders if h is not None) or any(
            anc in holders for anc in el.iterancestors()
        ):
            continue
        href = el.get("href") or ""
        click = el.get("onclick") or ""
        for fid in footnotes:
            if href == f"#{fid}" or re.search(rf"""['"]{re.escape(fid)}['"]""", click):
                out.append((el, fid))
                break
    return out


def _replace_with_anchor(el: etree._Element, key: int) -> None:
    el.tail = anchor(key) + (el.tail or "")
    _drop(el)


def _drop(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _text_len(el: etree._Element) -> int:
    return sum(len(t.strip()) for t in el.itertext())


def _main_content(body: etree._Element) -> etree._Element:
    """The element that holds nearly all of the text (descending through template wrappers)."""
    node = body
    total = _text_len(body)
    while total:
        children = [c for c in node if isinstance(c.tag, str)]
        if not children:
            break
        best = max(children, key=_text_len)
        size = _text_len(best)
        if size < _MAIN_SHARE * total and not (
            size >= 0.8 * total and total - size <= _MAIN_REST_CHARS
        ):
            break
        node = best
    return node


def _drop_link_lists(root: etree._Element) -> None:
    for el in list(root.iter("div", "ul", "ol", "table", "p", "td", "section", "dl")):
        if el.getparent() is None:
            continue
        links = list(el.iter("a"))
        if len(links) < _LINK_LIST_MIN_LINKS:
            continue
        total = _text_len(el)
        linked = sum(_text_len(a) for a in links)
        if total and linked >= _LINK_LIST_SHARE * total:
            _drop(el)


# ---------------------------------------------------------------------------------------------
# rendering


# Anchor keys that carry layout hints for the segmenter rather than notes.
_HINT_HEADING = 65000  # + level 1..6: the line is an <h1>..<h6>
_HINT_EMPHASIS = 65010  # the line starts with <strong>/<b>
_HEADING_TAGS = {f"h{i}": i for i in range(1, 7)}


def _render(root: etree._Element, hints: bool = False) -> str:
    parts: list[str] = []
    at_line_start = True

    def emit(text: str) -> None:
        nonlocal at_line_start
        parts.append(text)
        if text.strip(" \t\n\r" + _BLOCK_BREAK + _LINE_BREAK):
            at_line_start = False

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                parts.append(_BLOCK_BREAK)
                at_line_start = True
                if hints and tag in _HEADING_TAGS:
                    parts.append(anchor(_HINT_HEADING + _HEADING_TAGS[tag]))
            elif tag == "br":
                parts.append(_LINE_BREAK)
                at_line_start = True
            elif tag in _CELL_TAGS:
                parts.append(" ")
            elif hints and tag in ("strong", "b") and at_line_start and el.text_content().strip():
                parts.append(anchor(_HINT_EMPHASIS))
            if el.text:
                emit(el.text if tag != "pre" else el.text.replace("\n", _LINE_BREAK))
        else:
            if tag in _BLOCK_TAGS:
                parts.append(_BLOCK_BREAK)
                at_line_start = True
            elif tag in _CELL_TAGS:
                parts.append(" ")
            if el is not root and el.tail:
                emit(el.tail)
    raw = "".join(parts)
    raw = re.sub(r"\s+", lambda m: _collapse_space(m.group()), raw)
    raw = re.sub(
        f"[ {_BLOCK_BREAK}{_LINE_BREAK}]*[{_BLOCK_BREAK}{_LINE_BREAK}][ {_BLOCK_BREAK}"
        f"{_LINE_BREAK}]*",
        "\n",
        raw,
    )
    return raw


def _collapse_space(ws: str) -> str:
    keep = "".join(c for c in ws if c in (_BLOCK_BREAK, _LINE_BREAK))
    return keep if keep else " "


def _anchor_editorial(text: str, collected: _Collected) -> str:
    """Replace inline amendment annotations by anchors carrying them as notes."""
    spans = editorial_spans(text)
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for s, e in spans:
        out.append(text[pos:s])
        key = collected.add(" ".join(text[s:e].split()))
        out.append(anchor(key))
        pos = e
    out.append(text[pos:])
    return "".join(out)


def fragment_text(markup: str) -> str:
    """Plain text of an HTML fragment (block elements and <br> become line breaks).

    Used by readers whose fields hold HTML snippets (provisions-json `content`).
    """
    if "<" not in markup and "&" not in markup:
        return markup
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div", parser=parser)
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]{0,200}>", " ", markup)
    for el in list(root.iter(*_DROP_TAGS)):
        _drop(el)
    return normalise(_render(root))
