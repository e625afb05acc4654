"""Readers, one per publisher format, chosen by sniffing the content (the extension only breaks ties).

    read_law([path, ...], meta) -> Law

Formats (names are stable, they appear in the manifest and in `Law.format`):
akn, justice-canada-xml, clml, uslm, html, markdown, text, pdf, provisions-json.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lexcompare.errors import LexcompareError, ParseError, SourceError
from lexcompare.model import Law, Provision
from lexcompare.sources.base import ParsedSource, Reader
from lexcompare.text import normalise
from lexcompare.tree import shift

FORMATS: dict[str, str] = {
    "akn": "lexcompare.sources.akn",
    "justice-canada-xml": "lexcompare.sources.justice_canada",
    "clml": "lexcompare.sources.clml",
    "uslm": "lexcompare.sources.uslm",
    "html": "lexcompare.sources.html",
    "markdown": "lexcompare.sources.markdown",
    "text": "lexcompare.sources.text",
    "pdf": "lexcompare.sources.pdf",
    "provisions-json": "lexcompare.sources.provisions_json",
}

# Manifest format names that mean the same reader.
ALIASES = {
    "akn-xml": "akn",
    "akomantoso": "akn",
    "md": "markdown",
    "txt": "text",
    "json": "provisions-json",
}

MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class LawMeta:
    """What is known about a law before reading it (from the manifest or the command line)."""

    id: str = ""
    country: str = ""
    title: str = ""
    year: int | None = None
    language: str = ""
    source_url: str = ""


def get_reader(fmt: str) -> Reader:
    fmt = ALIASES.get(fmt, fmt)
    if fmt not in FORMATS:
        raise SourceError(f"unknown format {fmt!r}", remedy=f"Use one of: {', '.join(FORMATS)}")
    module = importlib.import_module(FORMATS[fmt])
    reader: Reader = module.read
    return reader


_XML_ROOT = re.compile(rb"<(?![?!])(?:[A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)([^>]*)>", re.S)


def sniff(data: bytes, path: Path) -> str:
    """Name the format of a file from its content."""
    head = data[:8192]
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):  # UTF-16 files: sniff their characters, not their bytes
            head = head[2:].decode(enc, "ignore").encode("utf-8")
            break
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"%PDF"):
        return "pdf"
    if stripped[:1] in (b"{", b"["):
        try:
            json.loads(data.decode("utf-8-sig"))
            return "provisions-json"
        except RecursionError:
            return "provisions-json"  # nested too deeply: the reader reports it
        except (UnicodeDecodeError, ValueError):
            if path.suffix.lower() == ".json":
                raise ParseError(
                    "the file is not valid JSON",
                    path=path,
                    remedy="Check that the file is complete; a provisions JSON file must parse",
                ) from None
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown") and not stripped.startswith(b"<?xml"):
        return "markdown"  # markdown may open with inline HTML such as a <meta> tag
    lower = stripped[:2048].lower()
    if lower.startswith(b"<!doctype html") or b"<html" in lower[:1024]:
        return "html"
    if stripped.startswith(b"<"):
        body = re.sub(
            rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", b"", head, flags=re.S
        )
        m = _XML_ROOT.search(body)
        if m:
            root, attrs = m.group(1), m.group(2)
            if root == b"akomaNtoso" or b"akomantoso" in attrs.lower():
                return "akn"
            if root == b"Legislation" or b"legislation.gov.uk" in attrs:
                return "clml"
            if root in (b"uscDoc", b"lawDoc") or b"xml.house.gov/schemas/uslm" in attrs:
                return "uslm"
            if root in (b"Statute", b"Regulation", b"Bill"):
                return "justice-canada-xml"
            if root.lower() in (b"html", b"body", b"div", b"p", b"table"):
                return "html"
        if path.suffix.lower() in (".html", ".htm", ".xhtml"):
            return "html"
        raise ParseError(
            "XML of an unknown vocabulary",
            path=path,
            remedy="lexcompare reads Akoma Ntoso, CLML, USLM and Justice Canada XML; "
            "export the law as one of these, HTML or text",
        )
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return "html"
    if (
        suffix in (".md", ".markdown")
        or stripped.startswith(b"---\n")
        or re.search(rb"^#{1,6} \S", head, re.M)
    ):
        return "markdown"
    if suffix == ".pdf":
        raise SourceError(
            "the file has a .pdf name but is not a PDF", path=path, remedy="Download the PDF again"
        )
    return "text"


def read_source(path: Path, *, fmt: str | None = None, lang: str = "") -> tuple[str, ParsedSource]:
    """Read one file: (format name, ParsedSource)."""
    name, data = _sniffed(path, fmt)
    reader = get_reader(name)
    try:
        parsed = reader(data, path, lang)
    except LexcompareError:
        raise
    except RecursionError as e:
        raise ParseError(
            "the document is nested too deeply",
            path=path,
            remedy="Check the file; it may be malformed or hostile",
        ) from e
    return name, parsed


def read_law(
    paths: Sequence[str | Path], meta: LawMeta | None = None, *, fmt: str | None = None
) -> Law:
    """Read one law from one or more files (several files are parts of one law, in order)."""
    meta = meta or LawMeta()
    files = [Path(p) for p in paths]
    if not files:
        raise SourceError("no file given", remedy="Name at least one file")
    texts: list[str] = []
    provisions: list[Provision] = []
    warnings: list[str] = []
    found: dict[str, str] = {}
    digests: list[str] = []
    formats: list[str] = []
    offset = 0
    joined = _read_many(files, fmt=fmt, lang=meta.language) if len(files) > 1 else None
    for path in files:
        if joined is not None:
            # the reader joined all files into one source (see `_read_many`)
            if path is not files[0]:
                digests.append(hashlib.sha256(path.read_bytes()).hexdigest())
                continue
            name, parsed = joined
        else:
            name, parsed = read_source(path, fmt=fmt, lang=meta.language)
        formats.append(name)
        digests.append(hashlib.sha256(path.read_bytes()).hexdigest())
        for k, v in parsed.metadata.items():
            found.setdefault(k, v)
        warnings.extend(f"{path.name}: {w}" for w in parsed.warnings)
        if texts:
            offset += 2  # the "\n\n" that joins texts
        provisions.extend(
            shift(p, offset) for p in parsed.provisions
        ) if offset else provisions.extend(parsed.provisions)
        texts.append(parsed.text)
        offset += len(parsed.text)
    if len(files) > 1:
        provisions = list(_dedupe_eids(provisions))
    sha = (
        digests[0]
        if len(digests) == 1
        else hashlib.sha256("".join(digests).encode("ascii")).hexdigest()
    )
    year_s = found.get("year", "")
    year = meta.year if meta.year is not None else (int(year_s) if year_s.isdigit() else None)
    language = meta.language or found.get("language", "")
    if not language:
        from lexcompare.langdetect import detect_language

        language = detect_language("\n".join(texts)[:20000])
    return Law(
        id=meta.id or _default_id(files[0]),
        country=meta.country or found.get("country", ""),
        title=meta.title or found.get("title", "") or files[0].stem,
        year=year,
        language=language,
        format=formats[0] if len(set(formats)) == 1 else "+".join(dict.fromkeys(formats)),
        source_url=meta.source_url or found.get("source_url", ""),
        sha256=sha,
        provisions=tuple(provisions),
        text="\n\n".join(texts),
        files=tuple(str(p) for p in files),
        warnings=tuple(warnings),
        metadata=tuple(sorted((k, v) for k, v in found.items())),
    )


def _read_many(
    files: Sequence[Path], *, fmt: str | None, lang: str
) -> tuple[str, ParsedSource] | None:
    """Multi-file hook: when every file has the same format and that reader module defines
    `read_many([(data, path), ...], lang) -> ParsedSource`, it reads the files as ONE source
    (e.g. markdown chunks that each repeat the title/chapter headings).  Otherwise None, and
    the files are read one by one and concatenated."""
    names: list[str] = []
    datas: list[tuple[bytes, Path]] = []
    for path in files:
        name, data = _sniffed(path, fmt)
        names.append(name)
        datas.append((data, path))
    if len(set(names)) != 1:
        return None
    module = importlib.import_module(FORMATS[names[0]])
    read_many = getattr(module, "read_many", None)
    if read_many is None:
        return None
    try:
        parsed: ParsedSource = read_many(datas, lang)
    except RecursionError as e:
        raise ParseError(
            "the document is nested too deeply",
            path=files[0],
            remedy="Check the file; it may be malformed or hostile",
        ) from e
    return names[0], parsed


def _sniffed(path: Path, fmt: str | None) -> tuple[str, bytes]:
    """(format name, bytes) of one file, with the same checks as `read_source`."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise SourceError(
            f"cannot open the file ({e.strerror})",
            path=path,
            remedy="Check the path, or run `lexcompare corpus verify`",
        ) from e
    if size > MAX_BYTES:
        raise SourceError(
            f"the file is {size // 2**20} MB, over the {MAX_BYTES // 2**20} MB limit",
            path=path,
            remedy="Split the law into smaller files",
        )
    data = path.read_bytes()
    if not data.strip():
        raise SourceError(
            "the file is empty", path=path, remedy="Check that the download or export completed"
        )
    return (ALIASES.get(fmt, fmt) if fmt else sniff(data, path)), data


def _dedupe_eids(provisions: list[Provision]) -> list[Provision]:
    """Several files can each start numbering afresh; keep eIds unique across the law."""
    from dataclasses import replace

    seen: dict[str, int] = {}
    out = []

    def fix(p: Provision, old_prefix: str, new_prefix: str) -> Provision:
        eid = new_prefix + p.eid[len(old_prefix) :] if old_prefix else p.eid
        return replace(
            p, eid=eid, children=tuple(fix(c, old_prefix, new_prefix) for c in p.children)
        )

    for p in provisions:
        n = seen.get(p.eid, 0) + 1
        seen[p.eid] = n
        out.append(p if n == 1 else fix(p, p.eid, f"{p.eid}-{n}"))
    return out


def _default_id(path: Path) -> str:
    return re.sub(r"[^a-z0-9\-]+", "-", path.stem.lower()).strip("-")


def normalised(text: str) -> str:
    return normalise(text)
