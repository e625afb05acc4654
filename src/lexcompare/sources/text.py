"""Plain-text laws (PDF extractions, official .txt prints).

    read(data, path, lang) -> ParsedSource

Policy: undecodable input raises SourceError (from `lexcompare.text.decode`); otherwise the text
is normalised and segmented, and everything the segmenter had to guess (or could not find) is
recorded in `ParsedSource.warnings`.  Offsets point into the normalised text.
"""

from __future__ import annotations

from pathlib import Path

from lexcompare.segment import segment
from lexcompare.sources.base import ParsedSource
from lexcompare.text import decode, normalise


def read(data: bytes, path: Path, lang: str) -> ParsedSource:
    text = normalise(decode(data, path))
    result = segment(text, lang)
    return ParsedSource(
        text=text, provisions=result.provisions, metadata={}, warnings=result.warnings
    )
