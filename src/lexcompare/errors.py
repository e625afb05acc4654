"""Errors that name the file, where in it, and what the user can do about it."""

from __future__ import annotations

from pathlib import Path


class LexcompareError(Exception):
    """Base class. `str(err)` is a complete message for a user."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        location: str | None = None,
        remedy: str | None = None,
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.location = location
        self.remedy = remedy
        super().__init__(self._render())

    def _render(self) -> str:
        where = ""
        if self.path:
            where = self.path
            if self.location:
                where += f" ({self.location})"
            where += ": "
        text = where + self.message
        if self.remedy:
            text += f". {self.remedy}"
        return text


class SourceError(LexcompareError):
    """The file cannot be read as a law at all: missing, empty, undecodable, no text layer."""


class ParseError(LexcompareError):
    """The file was read but its structure is malformed, hostile or not understood."""


class CorpusError(LexcompareError):
    """Manifest problems, missing corpus files, hash mismatches, failed downloads."""
