"""The corpus database: an embedded DuckDB file that researchers can query in SQL.

    lexcompare build [--corpus DIR] [--db PATH]

Tables (see README, "Database schema"):
    laws        one row per law: metadata, source hash, pipeline version, counts
    provisions  one row per citable provision: eid, num, heading, text, relevant flag
    tags        one row per (provision, element): score, method, evidence spans and patterns
    sdg_tags    one row per (provision, SDG target): reasons
    penalties   one row per sanction stated in a CRIM.PENALTY provision

Rebuilds are incremental: a law whose source hash and pipeline version are unchanged is skipped.
A law is replaced inside one transaction, so an interrupted build loses nothing already stored.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import duckdb

from lexcompare import __version__
from lexcompare.corpus import CorpusEntry, Progress, load_law, load_manifest, primary_files
from lexcompare.errors import LexcompareError

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS laws (
    id VARCHAR PRIMARY KEY, country VARCHAR, title VARCHAR, year INTEGER, language VARCHAR,
    format VARCHAR, source_url VARCHAR, sha256 VARCHAR, pipeline_version VARCHAR,
    whole_code BOOLEAN, completeness VARCHAR, n_citable INTEGER, n_relevant INTEGER,
    warnings VARCHAR, built_at DOUBLE
);
CREATE TABLE IF NOT EXISTS provisions (
    law VARCHAR, eid VARCHAR, num VARCHAR, label VARCHAR, kind VARCHAR, heading VARCHAR,
    text VARCHAR, position INTEGER, relevant BOOLEAN, country VARCHAR, language VARCHAR,
    PRIMARY KEY (law, eid)
);
CREATE TABLE IF NOT EXISTS tags (
    law VARCHAR, eid VARCHAR, num VARCHAR, code VARCHAR, score DOUBLE, method VARCHAR,
    spans VARCHAR, patterns VARCHAR, evidence VARCHAR
);
CREATE TABLE IF NOT EXISTS sdg_tags (
    law VARCHAR, eid VARCHAR, num VARCHAR, target VARCHAR, because VARCHAR
);
CREATE TABLE IF NOT EXISTS penalties (
    law VARCHAR, eid VARCHAR, num VARCHAR, kind VARCHAR, min_years DOUBLE, max_years DOUBLE,
    life BOOLEAN, fine VARCHAR, currency VARCHAR, aggravated BOOLEAN, child_age INTEGER
);
"""


def default_db_path() -> Path:
    """$LEXCOMPARE_DB when set, else lexcompare.duckdb in the user data directory."""
    import os

    import platformdirs

    env = os.environ.get("LEXCOMPARE_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("lexcompare")) / "lexcompare.duckdb"


def pipeline_version() -> str:
    """Changes whenever parsing or tagging could give different rows: package version, lexicons,
    ontology, crosswalk and model weights are all hashed in."""
    import hashlib

    from lexcompare.resources import annotations_dir
    from lexcompare.tagging.pipeline import MODEL_DIR, PIPELINE_VERSION

    h = hashlib.sha256(f"{__version__}/{PIPELINE_VERSION}/{SCHEMA_VERSION}".encode())
    ann = annotations_dir()
    files = [ann / "ontology.yaml", ann / "sdg.yaml", *sorted((ann / "lexicons").glob("*.yaml"))]
    if MODEL_DIR.is_dir():
        files += sorted(p for p in MODEL_DIR.rglob("*") if p.is_file())
    rel = Path(__file__).resolve().parent / "data" / "relevance.yaml"
    if rel.is_file():
        files.append(rel)
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def connect(db: str | Path | None = None, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path = Path(db) if db else default_db_path()
    if read_only and not path.is_file():
        raise LexcompareError(
            "database not found", path=path, remedy="Run `lexcompare build` first"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as e:
        raise LexcompareError(
            f"cannot open the database ({e})",
            path=path,
            remedy="Close other programs using it, or delete it and rebuild",
        ) from e
    if not read_only:
        con.execute(SCHEMA)
    return con


@dataclass(frozen=True)
class BuildReport:
    built: tuple[str, ...]
    skipped: tuple[str, ...]
    failed: tuple[tuple[str, str], ...]
    seconds: float
    rows: dict[str, int]


def _law_rows(entry: CorpusEntry, root: str | Path | None) -> dict[str, list[tuple[Any, ...]]]:
    from lexcompare.penalties import child_age, extract_penalties
    from lexcompare.relevant import relevant
    from lexcompare.tagging.pipeline import tag_provisions

    law = load_law(entry, root)
    citable = list(law.citable())
    rel = {p.eid for p in relevant(law)}
    whole = entry.is_whole_code
    # Whole codes: tag the provisions that concern trafficking; dedicated acts: all of them.
    to_tag = [p for p in citable if p.eid in rel] if whole else citable
    tagged = tag_provisions(law, to_tag)
    rows: dict[str, list[tuple[Any, ...]]] = {
        "laws": [
            (
                law.id,
                law.country,
                entry.title,
                entry.year,
                law.language,
                law.format,
                law.source_url,
                law.sha256,
                "",
                whole,
                entry.completeness,
                len(citable),
                len(rel),
                json.dumps(list(law.warnings), ensure_ascii=False),
                time.time(),
            )
        ],
        "provisions": [],
        "tags": [],
        "sdg_tags": [],
        "penalties": [],
    }
    from lexcompare.tagging.pipeline import provision_text

    for i, p in enumerate(citable):
        rows["provisions"].append(
            (
                law.id,
                p.eid,
                p.num,
                p.label,
                p.kind,
                p.heading,
                provision_text(p),
                i,
                p.eid in rel or not whole,
                law.country,
                law.language,
            )
        )
    for tp in tagged:
        codes = set()
        for t in tp.tags:
            codes.add(t.code)
            rows["tags"].append(
                (
                    law.id,
                    tp.eid,
                    tp.num,
                    t.code,
                    t.score,
                    t.method,
                    json.dumps([list(s) for s in t.spans]),
                    json.dumps(list(t.patterns)),
                    json.dumps([e.text for e in t.evidence][:10], ensure_ascii=False),
                )
            )
        for s in tp.sdg:
            rows["sdg_tags"].append(
                (law.id, tp.eid, tp.num, s.target, json.dumps(list(s.because), ensure_ascii=False))
            )
        age = (
            child_age(tp.text, law.language)
            if codes & {"DEF.CHILD", "CRIM.AGGRAV", "CRIM.PENALTY"}
            else None
        )
        if "CRIM.PENALTY" in codes:
            for pen in extract_penalties(tp.text, law.language):
                rows["penalties"].append(
                    (
                        law.id,
                        tp.eid,
                        tp.num,
                        pen.kind,
                        pen.min_years,
                        pen.max_years,
                        pen.life,
                        pen.fine,
                        pen.currency,
                        pen.aggravated,
                        age,
                    )
                )
        elif age is not None:
            rows["penalties"].append(
                (law.id, tp.eid, tp.num, "child-age", None, None, False, "", "", False, age)
            )
    return rows


def build(
    corpus: str | Path | None = None,
    db: str | Path | None = None,
    *,
    entries: Sequence[CorpusEntry] | None = None,
    force: bool = False,
    stream: IO[str] | None = None,
) -> BuildReport:
    t0 = time.perf_counter()
    chosen = list(entries) if entries is not None else list(load_manifest())
    version = pipeline_version()
    con = connect(db)
    existing = dict(
        con.execute("SELECT id, sha256 || '/' || pipeline_version FROM laws").fetchall()
    )
    from lexcompare.corpus import corpus_dir, sha256_file

    root = corpus_dir(corpus)
    todo = []
    skipped = []
    source_sha: dict[str, str] = {}  # hash of the files the manifest lists as the law's source
    for e in chosen:
        files, _ = primary_files(e)
        try:
            digests = [sha256_file(root / f) for f in files]
        except OSError:
            todo.append(e)
            continue
        import hashlib

        sha = (
            digests[0]
            if len(digests) == 1
            else hashlib.sha256("".join(digests).encode()).hexdigest()
        )
        source_sha[e.id] = sha
        if not force and existing.get(e.id) == f"{sha}/{version}":
            skipped.append(e.id)
        else:
            todo.append(e)
    bar = (
        Progress(len(todo), "build", stream if stream is not None else sys.stderr) if todo else None
    )
    built, failed = [], []
    for e in todo:
        try:
            rows = _law_rows(e, corpus)
        except LexcompareError as err:
            failed.append((e.id, str(err)))
            if bar:
                bar.step(e.id)
            continue
        law_row = list(rows["laws"][0])
        law_row[8] = version
        # The source hash recorded is the one of the primary files, even when a fallback
        # rendering was read (a PDF without text layer): it is what the next build compares.
        law_row[7] = source_sha.get(e.id, law_row[7])
        rows["laws"] = [tuple(law_row)]
        con.execute("BEGIN TRANSACTION")
        try:
            for table in ("laws", "provisions", "tags", "sdg_tags", "penalties"):
                key = "id" if table == "laws" else "law"
                con.execute(f"DELETE FROM {table} WHERE {key} = ?", [e.id])
                if rows[table]:
                    marks = ", ".join("?" * len(rows[table][0]))
                    con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
            con.execute("COMMIT")
        except duckdb.ConstraintException as err:
            con.execute("ROLLBACK")
            failed.append((e.id, f"inconsistent rows ({err}); the previous version is kept"))
            if bar:
                bar.step(e.id)
            continue
        except Exception:
            con.execute("ROLLBACK")
            raise
        built.append(e.id)
        if bar:
            bar.step(e.id)
    con.execute(
        "INSERT OR REPLACE INTO meta VALUES ('pipeline_version', ?), ('lexcompare', ?)",
        [version, __version__],
    )
    counts = {
        t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # type: ignore[index]
        for t in ("laws", "provisions", "tags", "sdg_tags", "penalties")
    }
    con.close()
    return BuildReport(
        tuple(built), tuple(skipped), tuple(failed), round(time.perf_counter() - t0, 2), counts
    )
