"""What every reader returns, and helpers readers share."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lexcompare.model import Provision


@dataclass(frozen=True)
class ParsedSource:
    """A reader's output for one file.

    text: the normalised plain text of the law as the reader rendered it; provision offsets point
    into it.  metadata: what the file itself says (keys: title, language, year, country,
    source_url, date...), all strings.  warnings: problems that did not stop the reader (recorded,
    never silent).
    """

    text: str
    provisions: tuple[Provision, ...]
    metadata: Mapping[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


# A reader: (bytes of the file, its path for messages, language hint or "") -> ParsedSource.
# Readers raise lexcompare.errors.SourceError / ParseError naming the path, never return garbage.
Reader = Callable[[bytes, Path, str], ParsedSource]


class TextBuilder:
    """Accumulates rendered text and hands out offsets, so that structured readers (XML, JSON)
    can record where each provision's text lands in `ParsedSource.text`."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0

    @property
    def pos(self) -> int:
        return self._len

    def add(self, s: str) -> tuple[int, int]:
        """Append `s` as its own line(s); return its (start, end) offsets."""
        if not s:
            return self._len, self._len
        if self._parts:
            self._parts.append("\n")
            self._len += 1
        start = self._len
        self._parts.append(s)
        self._len += len(s)
        return start, self._len

    def text(self) -> str:
        return "".join(self._parts)
