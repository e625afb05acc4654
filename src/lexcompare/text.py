"""Decoding bytes to text and normalising text.  Pure functions, no I/O."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from lexcompare.errors import SourceError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters that mean "this is not text" when they occur in decoded text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, path: str | Path = "<input>") -> str:
    """Decode a text file: BOM first, then UTF-8, then UTF-16 without BOM, then cp1252/latin-1.

    Raises SourceError for empty input or binary junk.
    """
    if not data.strip():
        raise SourceError(
            "the file is empty", path=path, remedy="Check that the download or export completed"
        )
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(enc, errors="replace")
            return _check_text(text, path)
    try:
        return _check_text(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    # UTF-16 without BOM: every other byte is NUL for Latin text.
    if len(data) >= 4 and data.count(b"\x00") > len(data) // 4:
        le = data[1::2].count(0) > data[0::2].count(0)
        try:
            return _check_text(data.decode("utf-16-le" if le else "utf-16-be"), path)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return _check_text(text, path)


def _check_text(text: str, path: str | Path) -> str:
    sample = text[:20000]
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    if sample and bad > max(8, len(sample) // 100):
        raise SourceError(
            "the file does not look like text (binary or unknown encoding)",
            path=path,
            remedy="Convert it to UTF-8 text, or give a PDF/HTML/XML version of the law",
        )
    return text


_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_MANY_NL = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """NFC, unified newlines, no zero-width or soft hyphens, single spaces, at most one blank line.

    Zero-width joiners are removed only outside scripts that need them (we keep none: they are
    presentation hints in the scripts our corpus has).
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").replace("\f", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _MANY_NL.sub("\n\n", text)
    return text.strip()


def collapse(text: str) -> str:
    """Single-line form: all whitespace runs become one space."""
    return " ".join(text.split())
