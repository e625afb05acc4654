"""Hardened XML (and HTML) parsing shared by every markup reader.

Policy: a file is parsed offline, without ever expanding an entity or loading a DTD.

* DTDs are never fetched or read (`load_dtd=False`, `no_network=True`): files that name an external
  DTD, like the Justice Canada ones, still parse, offline.
* A DOCTYPE internal subset that declares entities (`<!ENTITY ...>`) is refused before lxml sees
  the file.  That one rule stops entity-expansion bombs ("billion laughs", quadratic blow-up) and
  external entities (`<!ENTITY x SYSTEM "file:///etc/passwd">`) alike; no law needs them.
* Entities are never substituted (`resolve_entities=False`), libxml2's size and depth limits stay
  on (`huge_tree=False`), XInclude is never processed.
* Empty files, binary junk and malformed or truncated XML raise `SourceError`/`ParseError` naming
  the file, the line and column lxml reports, and what to do.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree

from lexcompare.errors import ParseError, SourceError

__all__ = [
    "local_name",
    "parse_html",
    "parse_xml",
    "refuse_entity_declarations",
]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_PROLOG_LIMIT = 1 << 20
_ENTITY_DECL = re.compile(r"<!ENTITY\b", re.I)
_DOCTYPE = re.compile(r"<!DOCTYPE\b", re.I)
_START_TAG = re.compile(r"<[A-Za-z_:]")
_COMMENT_OR_PI = re.compile(r"<!--.*?(?:-->|$)|<\?.*?(?:\?>|$)", re.S)
# Bytes that never occur in a text file: NUL and most C0 controls.
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")

_REMEDY_ENTITY = (
    "Remove the DOCTYPE internal subset (the [...] after <!DOCTYPE ...>): lexcompare never "
    "expands entities, which protects against entity-expansion and external-entity attacks"
)
_REMEDY_MALFORMED = (
    "The file is truncated or not well-formed XML: download or export it again, "
    "or check it with an XML validator (e.g. `xmllint --noout FILE`)"
)


def local_name(el: object) -> str:
    """The tag of an element without its namespace ("" for comments, PIs and entities)."""
    tag = getattr(el, "tag", None)
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _as_text_prefix(data: bytes, limit: int) -> str:
    """The start of the file decoded well enough to look for markup declarations."""
    head = data[:limit]
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(enc, errors="replace")
    # UTF-16 without BOM: "<\0?\0" or "\0<\0?".
    if head[:4] in (b"<\x00?\x00", b"<\x00!\x00"):
        return head.decode("utf-16-le", errors="replace")
    if head[:4] in (b"\x00<\x00?", b"\x00<\x00!"):
        return head.decode("utf-16-be", errors="replace")
    return head.decode("latin-1")


def _line_col(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {col}"


def refuse_entity_declarations(data: bytes, path: str | Path) -> None:
    """Raise ParseError if the document's prolog declares entities (DOCTYPE internal subset).

    Only the prolog is searched (up to the root element), so the cost is bounded whatever the
    size of the file.
    """
    text = _as_text_prefix(data, _PROLOG_LIMIT)
    # Blank out comments and processing instructions (keeping offsets) so that markup inside
    # them can neither hide a declaration nor fake the end of the prolog.
    text = _COMMENT_OR_PI.sub(lambda m: " " * len(m.group()), text)
    doctype = _DOCTYPE.search(text)
    if not doctype:
        return
    # Only declarations in the prolog count (`<!ENTITY` in a CDATA section of the body is
    # text).  Everything in an internal subset starts with "<!" or "<?", so the prolog ends at
    # the first real start tag.
    root = _START_TAG.search(text, doctype.end())
    if root is None and len(data) > _PROLOG_LIMIT:
        raise ParseError(
            f"the document's DOCTYPE runs over {_PROLOG_LIMIT // 2**20} MiB (refused)",
            path=path,
            location=_line_col(text, doctype.start()),
            remedy=_REMEDY_ENTITY,
        )
    m = _ENTITY_DECL.search(text, doctype.end(), root.start() if root else len(text))
    if m is None:
        return
    raise ParseError(
        "the document declares entities in its DOCTYPE (refused: entity declarations are how "
        "entity-expansion bombs and external-entity attacks work)",
        path=path,
        location=_line_col(text, m.start()),
        remedy=_REMEDY_ENTITY,
    )


def _check_not_junk(data: bytes, path: str | Path, what: str) -> None:
    if not data.strip():
        raise SourceError(
            "the file is empty", path=path, remedy="Check that the download or export completed"
        )
    text = _as_text_prefix(data, 4096)
    if text[:1] == "\ufeff":
        text = text[1:]
    sample = data[:4096]
    is_utf16 = any(data.startswith(b) for b, e in _BOMS if "16" in e or "32" in e) or sample[
        :4
    ] in (b"<\x00?\x00", b"\x00<\x00?", b"<\x00!\x00", b"\x00<\x00!")
    if not is_utf16 and len(_BINARY.findall(sample)) > max(4, len(sample) // 200):
        raise SourceError(
            f"the file is not {what}: it contains binary data",
            path=path,
            remedy="Check that this is the right file; download it again if it is",
        )
    if not text.lstrip().startswith("<"):
        raise SourceError(
            f"the file is not {what}: it does not start with markup",
            path=path,
            location="line 1, column 1",
            remedy="Check that this is the right file; give the law as XML, HTML, PDF or text",
        )


class _RefuseExternal(etree.Resolver):
    """Answers every request for an external resource (DTD, entity, XInclude) with nothing, so
    that no local file or URL is ever read, whatever libxml2 decides to load."""

    def resolve(  # type: ignore[override]  # lxml-stubs omit the context argument
        self, system_url: str, public_id: str, context: object
    ) -> object:
        return self.resolve_string("", context, base_url=None)


def _xml_parser() -> etree.XMLParser:
    # Note: collect_ids=False must not be passed: with it libxml2 reads the external DTD subset
    # (a local file named by the DOCTYPE) even though load_dtd is off.
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=False,
    )
    parser.resolvers.add(_RefuseExternal())
    return parser


def parse_xml(data: bytes, path: str | Path, *, what: str = "XML") -> etree._Element:
    """Parse XML bytes safely and return the root element.

    Raises SourceError (empty, binary, not markup) or ParseError (entity declarations,
    malformed or truncated XML), each naming `path`, the location and a remedy.
    """
    _check_not_junk(data, path, what)
    refuse_entity_declarations(data, path)
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    if data[len(bom) : len(bom) + 1].isspace():  # blank lines before "<?xml" (8-bit encodings)
        data = bom + data[len(bom) :].lstrip()
    try:
        root = etree.fromstring(data, _xml_parser())
    except etree.XMLSyntaxError as e:
        line, col = e.position if e.position else (e.lineno or 0, 0)
        msg = (e.msg or str(e)).strip()
        msg = re.sub(r",? line \d+, column \d+$", "", msg)
        raise ParseError(
            f"malformed XML: {msg}",
            path=path,
            location=f"line {line}, column {col}",
            remedy=_REMEDY_MALFORMED,
        ) from None
    except ValueError as e:  # e.g. an encoding declaration lxml cannot honour
        raise ParseError(
            f"unreadable XML: {e}", path=path, location="line 1", remedy=_REMEDY_MALFORMED
        ) from None
    if root is None:
        raise ParseError("the file holds no XML element", path=path, remedy=_REMEDY_MALFORMED)
    _refuse_entity_nodes(root, path)
    return root


def _refuse_entity_nodes(root: etree._Element, path: str | Path) -> None:
    """Unexpanded entity references left in the tree (from an external DTD we did not read)
    are dropped from text by the readers; refuse them only if there are suspiciously many."""
    for count, node in enumerate(root.iter(etree.Entity), 1):
        if count > 1000:
            raise ParseError(
                "the document uses more than 1000 entity references that lexcompare will not "
                "expand",
                path=path,
                location=f"line {node.sourceline}" if node.sourceline else None,
                remedy="Export the law with characters written out (no entities)",
            )


def parse_html(data: bytes, path: str | Path, *, encoding: str | None = None) -> etree._Element:
    """Parse HTML bytes safely (lenient about tag soup, strict about entities and the network).

    Same refusals as `parse_xml` for empty files, binary junk and DOCTYPE entity declarations.
    """
    _check_not_junk(data, path, "HTML")
    refuse_entity_declarations(data, path)
    parser = etree.HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        encoding=encoding,
    )
    parser.resolvers.add(_RefuseExternal())
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as e:
        raise ParseError(f"unreadable HTML: {e}", path=path, remedy=_REMEDY_MALFORMED) from None
    if root is None:
        raise ParseError(
            "the file holds no HTML element", path=path, remedy="Check that the download completed"
        )
    return root
