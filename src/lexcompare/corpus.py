"""The corpus: which laws we cover (manifest), where their texts are, hash checks and fetching.

Texts are never part of the project.  They are looked up in the directory named by the
`LEXCOMPARE_CORPUS` environment variable, else in the user cache (platformdirs) that
`lexcompare corpus fetch` fills from the official URLs (or from a mirror given with --base-url).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from lexcompare.errors import CorpusError, SourceError
from lexcompare.model import Law

MANIFEST_NAME = "manifest.json"
ENV_VAR = "LEXCOMPARE_CORPUS"


@dataclass(frozen=True)
class CorpusEntry:
    id: str
    country: str
    title: str
    year: int | None
    language: str
    format: str
    official_url: str
    files: tuple[str, ...]
    sha256: tuple[str, ...]
    bytes: tuple[int, ...] = ()
    completeness: str = ""
    provenance: tuple[tuple[str, str], ...] = field(default=())

    @property
    def is_whole_code(self) -> bool:
        c = self.completeness.lower()
        return c.startswith(("whole code", "whole act", "full consolidated code", "full code"))


def manifest_path() -> Path:
    """The project's corpus/manifest.json (source checkout), else the copy shipped in the wheel."""
    here = Path(__file__).resolve()
    checkout = here.parents[2] / "corpus" / MANIFEST_NAME
    if checkout.is_file():
        return checkout
    return here.parent / "data" / MANIFEST_NAME


def load_manifest(path: str | Path | None = None) -> tuple[CorpusEntry, ...]:
    p = Path(path) if path else manifest_path()
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise CorpusError(
            "manifest not found", path=p, remedy="Reinstall lexcompare or pass --manifest"
        ) from e
    except ValueError as e:
        raise CorpusError(
            f"manifest is not valid JSON ({e})",
            path=p,
            remedy="Restore corpus/manifest.json from version control",
        ) from e
    entries = []
    seen: set[str] = set()
    for i, d in enumerate(raw.get("laws", [])):
        try:
            entry = CorpusEntry(
                id=d["id"],
                country=d["country"],
                title=d["title"],
                year=d.get("year"),
                language=d["language"],
                format=d["format"],
                official_url=d.get("official_url", ""),
                files=tuple(d["files"]),
                sha256=tuple(d.get("sha256", ())),
                bytes=tuple(d.get("bytes", ())),
                completeness=d.get("completeness", ""),
                provenance=tuple(sorted((k, str(v)) for k, v in d.get("provenance", {}).items())),
            )
        except (KeyError, TypeError) as e:
            raise CorpusError(
                f"entry {i} lacks field {e}",
                path=p,
                remedy="Every law needs id, country, title, language, format, files",
            ) from e
        if entry.id in seen:
            raise CorpusError(f"duplicate law id {entry.id!r}", path=p, remedy="Make ids unique")
        seen.add(entry.id)
        entries.append(entry)
    return tuple(entries)


def get_entry(law_id: str, entries: Sequence[CorpusEntry] | None = None) -> CorpusEntry:
    for e in entries if entries is not None else load_manifest():
        if e.id == law_id:
            return e
    raise CorpusError(
        f"no law with id {law_id!r} in the manifest",
        remedy="Run `lexcompare corpus list` to see the ids",
    )


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("lexcompare")) / "corpus"


def corpus_dir(explicit: str | Path | None = None) -> Path:
    """Where law texts are read from: explicit argument, $LEXCOMPARE_CORPUS, else the user cache."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return default_cache_dir()


_PREFERENCE = {"pdf": 0, "xml": 0, "html": 1, "htm": 1, "txt": 2, "md": 3, "json": 4}


def primary_files(entry: CorpusEntry) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(files to read as the law, fallback files if the primary cannot be read).

    Entries can list alternative renderings of one text (an official PDF with an extracted
    markdown beside it; an HTML page with a derived JSON): we read the publisher's original
    rendering and fall back to the derived text only when the original has no text layer.
    `metadata.json` files describe the law and are never its text.
    """
    files = [f for f in entry.files if Path(f).name != "metadata.json"]
    by_ext: dict[str, list[str]] = {}
    for f in files:
        by_ext.setdefault(Path(f).suffix.lower().lstrip("."), []).append(f)
    if len(by_ext) <= 1:
        return tuple(_natural_sorted(files) if len(files) > 1 else files), ()
    fmt = entry.format.lower()
    declared = {
        "markdown": "md",
        "text": "txt",
        "html": "html",
        "provisions-json": "json",
        "akn-xml": "xml",
        "justice-canada-xml": "xml",
    }.get(fmt)
    if declared and declared in by_ext:
        primary = declared
    else:
        primary = min(by_ext, key=lambda e: _PREFERENCE.get(e, 9))
    rest = sorted(
        (e for e in by_ext if e != primary and e != "json"),
        key=lambda e: _PREFERENCE.get(e, 9),
        reverse=True,
    )
    fallback: tuple[str, ...] = tuple(by_ext[rest[0]]) if rest else ()
    return tuple(by_ext[primary]), fallback


def _natural_sorted(files: Iterable[str]) -> list[str]:
    def key(s: str) -> list[Any]:
        return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", s)]

    return sorted(files, key=key)


def load_law(law_id: str | CorpusEntry, root: str | Path | None = None) -> Law:
    """Read one corpus law by id from the corpus directory."""
    from lexcompare.sources import LawMeta, read_law

    entry = law_id if isinstance(law_id, CorpusEntry) else get_entry(law_id)
    base = corpus_dir(root)
    primary, fallback = primary_files(entry)
    meta = LawMeta(
        id=entry.id,
        country=entry.country,
        title=entry.title,
        year=entry.year,
        language=entry.language,
        source_url=entry.official_url,
    )
    paths = [base / f for f in primary]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise CorpusError(
            f"{len(missing)} file(s) of {entry.id} missing, e.g. {missing[0]}",
            path=base,
            remedy=f"Set {ENV_VAR} to the corpus directory or run `lexcompare corpus fetch {entry.id}`",
        )
    try:
        return read_law(paths, meta)
    except SourceError as err:
        if not fallback:
            raise
        law = read_law([base / f for f in fallback], meta)
        from dataclasses import replace

        return replace(
            law, warnings=(f"primary rendering unusable ({err}); read {fallback[0]}", *law.warnings)
        )


# ---------------------------------------------------------------------------------------------
# verify


@dataclass(frozen=True)
class FileStatus:
    law: str
    file: str
    status: str  # "ok", "changed", "missing"
    expected: str
    actual: str = ""


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def verify(entries: Sequence[CorpusEntry], root: str | Path | None = None) -> list[FileStatus]:
    base = corpus_dir(root)
    out = []
    for e in entries:
        for i, f in enumerate(e.files):
            expected = e.sha256[i] if i < len(e.sha256) else ""
            p = base / f
            if not p.is_file():
                out.append(FileStatus(e.id, f, "missing", expected))
                continue
            actual = sha256_file(p)
            out.append(
                FileStatus(e.id, f, "ok" if actual == expected else "changed", expected, actual)
            )
    return out


# ---------------------------------------------------------------------------------------------
# fetch


@dataclass(frozen=True)
class FetchResult:
    law: str
    file: str
    status: str  # "present", "downloaded", "new-version", "failed"
    path: str = ""
    detail: str = ""


Opener = Callable[[str, float], IO[bytes]]


def _urlopen(url: str, timeout: float) -> IO[bytes]:
    req = urllib.request.Request(url, headers={"User-Agent": "lexcompare-fetch/0.1"})
    resp: IO[bytes] = urllib.request.urlopen(req, timeout=timeout)
    return resp


class Progress:
    """A plain progress bar on a stream (stderr by default)."""

    def __init__(self, total: int, label: str = "", stream: IO[str] | None = None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.label = label
        self.stream = stream if stream is not None else sys.stderr

    def step(self, note: str = "") -> None:
        self.done += 1
        width = 30
        filled = int(width * self.done / self.total)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total} {note[:40]:<40}")
        if self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()


def _download(url: str, *, timeout: float, retries: int, max_bytes: int, opener: Opener) -> bytes:
    last: Exception | None = None
    for attempt in range(retries + 1):
        try:
            with opener(url, timeout) as resp:
                chunks = []
                size = 0
                while True:
                    chunk = resp.read(1 << 16)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > max_bytes:
                        raise CorpusError(
                            f"download exceeds the size cap of {max_bytes} bytes",
                            path=url,
                            remedy="Raise --max-bytes if the law is really this large",
                        )
                    chunks.append(chunk)
                return b"".join(chunks)
        except CorpusError:
            raise
        except urllib.error.HTTPError as e:
            last = e
            if 400 <= e.code < 500 and e.code != 429:
                break
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as e:
            last = e
        if attempt < retries:
            time.sleep(min(0.5 * 2**attempt, 8.0))
    raise CorpusError(
        f"download failed after {retries + 1} attempt(s): {last}",
        path=url,
        remedy="Check the network or the URL; retry later",
    )


def fetch(
    entries: Sequence[CorpusEntry],
    dest: str | Path | None = None,
    *,
    base_url: str | None = None,
    timeout: float = 30.0,
    retries: int = 2,
    max_bytes: int = 50 * 1024 * 1024,
    accept_changed: bool = False,
    opener: Opener = _urlopen,
    progress: Progress | None = None,
) -> list[FetchResult]:
    """Download the laws' files into `dest` (default: the user cache).

    Each file is fetched from `base_url`/<file path> when a mirror is given, else from the law's
    official URL (single-file laws only: a multi-file law needs a mirror).  A file whose content
    matches the manifest hash is written to its place atomically.  A different content is a new
    upstream version: it is kept beside the file as `<name>.v-<sha12><ext>` and reported; it
    replaces the current file only with `accept_changed` (the old one is kept as a version too).
    Nothing already stored is lost.
    """
    root = Path(dest) if dest else default_cache_dir()
    root.mkdir(parents=True, exist_ok=True)
    jobs = [(e, i, f) for e in entries for i, f in enumerate(e.files)]
    bar = progress if progress is not None else Progress(len(jobs), "fetch")
    results = []
    log_path = root / "fetch-log.jsonl"
    for entry, i, rel in jobs:
        expected = entry.sha256[i] if i < len(entry.sha256) else ""
        target = root / rel
        if target.is_file() and expected and sha256_file(target) == expected:
            results.append(FetchResult(entry.id, rel, "present", str(target)))
            bar.step(entry.id)
            continue
        if base_url:
            url = base_url.rstrip("/") + "/" + urllib.request.pathname2url(rel).lstrip("/")
        elif len(entry.files) == 1:
            url = entry.official_url
        else:
            results.append(
                FetchResult(
                    entry.id, rel, "failed", "", "multi-file law: give --base-url of a mirror"
                )
            )
            bar.step(entry.id)
            continue
        try:
            data = _download(
                url, timeout=timeout, retries=retries, max_bytes=max_bytes, opener=opener
            )
        except CorpusError as err:
            results.append(FetchResult(entry.id, rel, "failed", "", str(err)))
            bar.step(entry.id)
            continue
        actual = hashlib.sha256(data).hexdigest()
        if not expected or actual == expected:
            _write_atomic(target, data)
            results.append(FetchResult(entry.id, rel, "downloaded", str(target)))
        else:
            version = target.with_name(f"{target.stem}.v-{actual[:12]}{target.suffix}")
            _write_atomic(version, data)
            detail = (
                f"upstream differs from the manifest hash {expected[:12]}; kept as {version.name}"
            )
            if accept_changed:
                if target.is_file():
                    old = target.with_name(
                        f"{target.stem}.v-{sha256_file(target)[:12]}{target.suffix}"
                    )
                    if not old.exists():
                        _write_atomic(old, target.read_bytes())
                _write_atomic(target, data)
                detail += " and made current (--accept-changed)"
            results.append(FetchResult(entry.id, rel, "new-version", str(version), detail))
        with log_path.open("a", encoding="utf-8") as log:
            log.write(
                json.dumps(
                    {
                        "law": entry.id,
                        "file": rel,
                        "url": url,
                        "sha256": actual,
                        "expected": expected,
                        "time": time.time(),
                    }
                )
                + "\n"
            )
        bar.step(entry.id)
    return results


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)
