"""Data access for the app: every `st.cache_data` / `st.cache_resource` wrapper lives here.

The corpus database is loaded once per process (`st.cache_resource`, shared by all sessions and
never copied); tables computed from it by `lexcompare.compare` / `lexcompare.reports` are cached
with `st.cache_data`, keyed by the database path and its modification time so that a rebuild
invalidates them.  Nothing a user uploads is cached here (see the draft page).
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from lexcompare import compare, reports
from lexcompare.export import Report, Source, render_html, render_markdown, write_xlsx
from lexcompare.frames import Frames, load_frames
from lexcompare.gold import GoldItem, gold_dir, load_gold
from lexcompare.store import default_db_path

_BUILD_LOCK = threading.Lock()
ROOT = Path(__file__).resolve().parents[3]


def db_path() -> Path:
    """$LEXCOMPARE_DB, else the default database of `lexcompare build`."""
    return default_db_path()


def database_ready(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


@dataclass(frozen=True)
class BuildOutcome:
    built: int
    skipped: int
    failed: tuple[tuple[str, str], ...]
    seconds: float


def build_database(
    path: Path, progress: Callable[[int, int, str], None], corpus: str | Path | None = None
) -> BuildOutcome:
    """Build the corpus database law by law (so that progress can be shown); one build at a time
    per process.  Laws already stored with the same source and pipeline are skipped."""
    import time

    from lexcompare.corpus import load_manifest
    from lexcompare.store import build

    t0 = time.perf_counter()
    with _BUILD_LOCK:
        entries = list(load_manifest())
        built = skipped = 0
        failed: list[tuple[str, str]] = []
        for i, entry in enumerate(entries):
            progress(i, len(entries), entry.id)
            try:
                rep = build(corpus, path, entries=[entry], stream=io.StringIO())
            except Exception as err:  # one unreadable law must not stop the others
                failed.append((entry.id, str(err)))
                continue
            built += len(rep.built)
            skipped += len(rep.skipped)
            failed.extend(rep.failed)
        progress(len(entries), len(entries), "done")
    return BuildOutcome(built, skipped, tuple(failed), round(time.perf_counter() - t0, 1))


# --- the database ----------------------------------------------------------------------------


@st.cache_resource(max_entries=2, show_spinner="Loading the corpus database…")
def _frames(db: str, stamp: float) -> Frames:
    return load_frames(db)


@dataclass(frozen=True)
class Data:
    """A handle on one version of the database: `db` path and its modification time."""

    db: str
    stamp: float

    @property
    def frames(self) -> Frames:
        return _frames(self.db, self.stamp)

    @property
    def key(self) -> tuple[str, float]:
        return (self.db, self.stamp)


def open_data(path: Path | None = None) -> Data:
    p = path or db_path()
    return Data(str(p), p.stat().st_mtime)


# --- tables (st.cache_data; arguments are plain values) ---------------------------------------


def _t(values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(values or ())


@st.cache_data(max_entries=8, show_spinner=False)
def catalogue(db: str, stamp: float) -> pd.DataFrame:
    return compare.law_catalogue(_frames(db, stamp))


@st.cache_data(max_entries=32, show_spinner=False)
def laws_of(db: str, stamp: float, laws: tuple[str, ...] | None) -> pd.DataFrame:
    """The catalogue rows of some laws (all when None)."""
    f = _frames(db, stamp)
    return compare.law_catalogue(f if laws is None else compare.subset(f, laws))


@st.cache_data(max_entries=32, show_spinner=False)
def law_ids(
    db: str,
    stamp: float,
    regions: tuple[str, ...],
    languages: tuple[str, ...],
    law_types: tuple[str, ...],
) -> tuple[str, ...]:
    return tuple(
        compare.select_laws(
            _frames(db, stamp), regions=regions, languages=languages, law_types=law_types
        )
    )


def _subset(db: str, stamp: float, laws: tuple[str, ...] | None) -> Frames:
    f = _frames(db, stamp)
    return f if laws is None else compare.subset(f, laws)


@st.cache_data(max_entries=32, show_spinner=False)
def coverage(db: str, stamp: float, laws: tuple[str, ...] | None = None) -> pd.DataFrame:
    return compare.coverage(_subset(db, stamp, laws))


@st.cache_data(max_entries=32, show_spinner=False)
def heatmap(db: str, stamp: float, laws: tuple[str, ...] | None = None) -> pd.DataFrame:
    return compare.group_heatmap(coverage(db, stamp, laws))


@st.cache_data(max_entries=32, show_spinner=False)
def world(db: str, stamp: float, laws: tuple[str, ...] | None = None) -> pd.DataFrame:
    return compare.world_coverage(coverage(db, stamp, laws))


@st.cache_data(max_entries=64, show_spinner=False)
def side_by_side(
    db: str, stamp: float, codes: tuple[str, ...], countries: tuple[str, ...]
) -> pd.DataFrame:
    return compare.side_by_side_codes(_frames(db, stamp), codes, countries)


@st.cache_data(max_entries=64, show_spinner=False)
def penalties(db: str, stamp: float, countries: tuple[str, ...]) -> pd.DataFrame:
    return compare.penalties(_frames(db, stamp), countries=list(countries))


@st.cache_data(max_entries=64, show_spinner=False)
def penalty_ranges(db: str, stamp: float, countries: tuple[str, ...]) -> pd.DataFrame:
    return compare.penalty_ranges(penalties(db, stamp, countries))


@st.cache_data(max_entries=64, show_spinner=False)
def penalty_summary(db: str, stamp: float, countries: tuple[str, ...]) -> pd.DataFrame:
    return compare.penalty_summary(penalties(db, stamp, countries))


@st.cache_data(max_entries=64, show_spinner=False)
def gaps(db: str, stamp: float, country: str) -> pd.DataFrame:
    return compare.gap_report(_frames(db, stamp), country)


@st.cache_data(max_entries=64, show_spinner=False)
def gaps_view(db: str, stamp: float, country: str) -> pd.DataFrame:
    return compare.readable_status(gaps(db, stamp, country))


@st.cache_data(max_entries=64, show_spinner=False)
def profile_summary(db: str, stamp: float, country: str) -> dict[str, Any]:
    return compare.profile_summary(_frames(db, stamp), country)


@st.cache_data(max_entries=64, show_spinner=False)
def beyond_minimum(db: str, stamp: float, country: str) -> pd.DataFrame:
    return compare.beyond_minimum(_frames(db, stamp), country)


@st.cache_data(max_entries=64, show_spinner=False)
def sdg(db: str, stamp: float, countries: tuple[str, ...]) -> pd.DataFrame:
    return compare.sdg_alignment(_frames(db, stamp), countries=list(countries))


@st.cache_data(max_entries=64, show_spinner=False)
def sdg_view(db: str, stamp: float, countries: tuple[str, ...]) -> pd.DataFrame:
    return compare.readable_targets(sdg(db, stamp, countries))


@st.cache_data(max_entries=64, show_spinner=False)
def sources(db: str, stamp: float, countries: tuple[str, ...]) -> pd.DataFrame:
    return compare.law_sources(_frames(db, stamp), countries)


@st.cache_data(max_entries=128, show_spinner=False)
def search(
    db: str,
    stamp: float,
    query: str,
    codes: tuple[str, ...],
    targets: tuple[str, ...],
    countries: tuple[str, ...],
    languages: tuple[str, ...],
    limit: int = 50,
) -> tuple[pd.DataFrame, int]:
    return compare.search_provisions(
        _frames(db, stamp),
        query,
        codes=codes,
        targets=targets,
        countries=countries,
        languages=languages,
        limit=limit,
    )


@st.cache_data(max_entries=32, show_spinner=False)
def review_list(db: str, stamp: float, law: str, gold_stamp: float) -> pd.DataFrame:
    return reports.review_list(_frames(db, stamp), law, gold_items(gold_stamp))


@st.cache_data(max_entries=256, show_spinner=False)
def provision_tags(db: str, stamp: float, law: str, eid: str) -> pd.DataFrame:
    return reports.provision_tags(_frames(db, stamp), law, eid)


@st.cache_data(max_entries=256, show_spinner=False)
def provision_targets(db: str, stamp: float, law: str, eid: str) -> list[str]:
    return reports.provision_targets(_frames(db, stamp), law, eid)


@st.cache_data(max_entries=64, show_spinner=False)
def closest(db: str, stamp: float, draft_key: str, _draft: Frames) -> pd.DataFrame:
    """Closest corpus provisions for a draft; `draft_key` (a hash of the draft's text) is the
    cache key, the draft frames themselves are not hashed nor stored beyond this cache."""
    return compare.closest_provisions(_frames(db, stamp), _draft)


def readable(df: pd.DataFrame) -> pd.DataFrame:
    """Status in words, SDG targets with their names (not cached: for per-session tables)."""
    out = compare.readable_status(df)
    return compare.readable_targets(out) if "target" in out.columns else out


def save_draft(content: bytes, name: str) -> Path:
    """Keep an uploaded draft (only when the user asks): <database folder>/drafts/, atomically."""
    import hashlib

    folder = db_path().parent / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{hashlib.sha256(content).hexdigest()[:12]}-{Path(name).name}"
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_bytes(content)
    os.replace(tmp, target)
    return target


# --- reports and downloads -------------------------------------------------------------------


@st.cache_data(max_entries=32, show_spinner=False)
def comparison_report(
    db: str, stamp: float, countries: tuple[str, ...], codes: tuple[str, ...]
) -> Report:
    return reports.comparison_report(_frames(db, stamp), list(countries), list(codes))


@st.cache_data(max_entries=32, show_spinner=False)
def profile_report(db: str, stamp: float, country: str) -> Report:
    return reports.profile_report(_frames(db, stamp), country)


@st.cache_data(max_entries=64, show_spinner=False)
def report_sources(db: str, stamp: float, countries: tuple[str, ...]) -> tuple[Source, ...]:
    return reports.sources_for(_frames(db, stamp), countries)


def report_bytes(report: Report, fmt: str) -> bytes:
    """A report as HTML, Markdown or XLSX bytes (via `lexcompare.export`)."""
    if fmt == "html":
        return render_html(report).encode("utf-8")
    if fmt == "md":
        return render_markdown(report).encode("utf-8")
    with tempfile.TemporaryDirectory(prefix="lexcompare-xlsx-") as tmp:
        path = Path(tmp) / "report.xlsx"
        write_xlsx(report, path)
        return path.read_bytes()


def table_csv(df: pd.DataFrame) -> bytes:
    text: str = df.to_csv(index=False)
    return text.encode("utf-8")


def table_xlsx(df: pd.DataFrame, name: str, sources: tuple[Any, ...] = ()) -> bytes:
    return report_bytes(
        Report(title=name, tables={name[:31] or "table": df}, sources=sources), "xlsx"
    )


# --- gold annotations and measured accuracy --------------------------------------------------


def gold_directory() -> Path:
    """$LEXCOMPARE_GOLD_DIR, else annotations/gold (what `lexcompare train` / `evaluate` read)."""
    env = os.environ.get("LEXCOMPARE_GOLD_DIR")
    return Path(env) if env else gold_dir()


def gold_stamp() -> float:
    files = sorted(gold_directory().glob("*.jsonl"))
    return max((f.stat().st_mtime for f in files), default=0.0) + len(files)


@st.cache_data(max_entries=4, show_spinner=False)
def gold_items(stamp: float) -> tuple[GoldItem, ...]:
    files = sorted(gold_directory().glob("*.jsonl"))
    return load_gold(files) if files else ()


def evaluation_path() -> Path:
    env = os.environ.get("LEXCOMPARE_EVAL_RESULTS")
    return Path(env) if env else ROOT / "benchmarks" / "results" / "evaluate.json"


def measured_accuracy(lang: str) -> dict[str, Any] | None:
    """Element P/R/F1 for a language from the last `lexcompare evaluate --json` results."""
    path = evaluation_path()
    if not path.is_file():
        return None
    try:
        results = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return reports.language_accuracy(results, lang)


@st.cache_data(max_entries=16, show_spinner="Measuring accuracy against the gold labels…")
def measure_accuracy(lang: str, stamp: float) -> dict[str, Any] | None:
    """Run the evaluation for one language now (parses the laws that have gold labels)."""
    from lexcompare.evaluate import evaluate

    files = sorted(gold_directory().glob("*.jsonl"))
    items = [i for i in load_gold(files)] if files else []
    if not items:
        return None
    return reports.language_accuracy(evaluate(gold=items, languages=[lang]), lang)


def clear_gold_caches() -> None:
    gold_items.clear()
    review_list.clear()
